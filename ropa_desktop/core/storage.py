"""One register = one SQLite file.

``RegisterFile.open`` is the one way to open a register file, ``RegisterFile.create``
the one way to make one.  Every edit is committed at once, in one transaction,
together with a row in ``change_log``.  The file is always self-contained
(``journal_mode=DELETE``: no ``-wal``/``-shm`` beside it) and is treated as
coming from a stranger: it is checked before anything is written to it, and a
file that is not a register of ours is refused with the bytes left untouched.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import getpass
import os
import re
import shutil
import sqlite3
import unicodedata
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa_desktop import __version__, paths
from ropa_desktop.core import files, schema
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import (
    DamagedFile,
    EditConflict,
    InvalidRegister,
    NewerVersion,
    NotARegister,
    Problem,
    ReadOnlyRegister,
    RegisterFileError,
    WriteFailed,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 2000
BACKUPS_KEPT = 10
# No text in a register is anywhere near this long; a file that holds one is refused, an edit rejected.
MAX_TEXT_BYTES = 1_000_000
_INT64 = (-(2**63), 2**63 - 1)


# --- reading the header without SQLite ------------------------------------------------


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path, *, check_version: bool = True) -> Header:
    """Check a file is an SQLite register of ours by its first 100 bytes alone."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise files.read_error(exc, path) from None
    if not head:
        raise NotARegister("empty_file", path=str(path))
    if not head.startswith(SQLITE_MAGIC[: len(head)]) or len(head) < len(SQLITE_MAGIC):
        raise NotARegister("not_sqlite", path=str(path))
    if len(head) < 100:  # an SQLite file cut short
        raise DamagedFile("damaged", path=str(path))
    header = Header(
        application_id=int.from_bytes(head[68:72], "big"),
        user_version=int.from_bytes(head[60:64], "big"),
    )
    if header.application_id != schema.APPLICATION_ID:
        raise NotARegister("foreign_sqlite", path=str(path))
    if check_version and header.user_version > schema.SCHEMA_VERSION:
        raise NewerVersion("newer_version", path=str(path))
    return header


def _hot_journal(path: Path) -> bool:
    """A rollback journal left by a process that stopped in the middle of a write."""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _recover(path: Path) -> None:
    """Let SQLite roll back an interrupted write (it does so on the first read), then let go."""
    try:
        conn = _connect(path, read_only=False, set_journal_mode=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        err = _sqlite_error(exc, path)
        raise (DamagedFile("damaged", path=str(path)) if isinstance(err, WriteFailed) else err) from None


# --- connections ----------------------------------------------------------------------


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI for a local or network path (``\\\\server\\share\\x.ropa`` too: SQLite wants an empty host)."""
    posix = path.resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/Users/... on Windows
    return "file:" + urllib.parse.quote(posix if not posix.startswith("//") else "//" + posix) + f"?mode={mode}"


def _connect(path: Path, *, read_only: bool, set_journal_mode: bool = True) -> sqlite3.Connection:
    uri = _uri(path, "ro" if read_only else "rw")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        for pragma in (
            "trusted_schema = OFF",
            "cell_size_check = ON",
            "mmap_size = 0",
            "foreign_keys = ON",
            # Deleted text is overwritten with zeros, so a file e-mailed on carries no deleted data.
            "secure_delete = ON",
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
        ):
            conn.execute(f"PRAGMA {pragma}")
        if not read_only:
            if set_journal_mode:
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _sqlite_error(exc: sqlite3.Error, path: Path) -> RegisterFileError:
    """A sentence for an SQLite failure."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    code = None if code is None else code & 0xFF  # the primary code of an extended one
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) and path.exists():
        if not _is_writable(path):
            return ReadOnlyRegister("became_read_only", path=str(path))
    if "locked" in text or "busy" in text or code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return WriteFailed("locked", path=str(path))
    if "full" in text or code == sqlite3.SQLITE_FULL:
        return WriteFailed("disk_full", path=str(path))
    if "readonly" in text or "read-only" in text or code == sqlite3.SQLITE_READONLY:
        return ReadOnlyRegister("read_only", path=str(path))
    if "malformed" in text or "not a database" in text or code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DamagedFile("damaged", path=str(path))
    if code == sqlite3.SQLITE_IOERR or "disk i/o" in text:
        return WriteFailed("io_error", path=str(path))
    return WriteFailed("write_failed", path=str(path), reason=str(exc))


def _now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to refuse an edit
        return ""


def _is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def copy_with_backup_api(conn: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of an open database to ``target`` (atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = files.new_temp_file(target)
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_series(path: Path) -> str:
    """The name shared by the backups of one register: its file name and a digest of its full path.

    Two registers both called ``zimes.ropa`` in different folders never share (or prune) each other's backups.
    """
    import hashlib  # only when backups are made or listed, not at every start

    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{Path(path).stem}-{digest}"


def prune_backups(register_path: Path, keep: int = BACKUPS_KEPT) -> None:
    for old in list_backups(register_path)[keep:]:  # newest first
        old.path.unlink(missing_ok=True)


def backup_name(path: Path, reason: str, *, day: _dt.date | None = None) -> str:
    now = _dt.datetime.now()
    if day is not None:
        now = now.replace(year=day.year, month=day.month, day=day.day)
    return f"{backup_series(path)}--{now.strftime(_BACKUP_STAMP)}--{reason}{paths.REGISTER_SUFFIX}"


# --- values SQLite cannot hold, or no register needs ---------------------------------------


def value_problems(obj: Any, path: str = "") -> list[Problem]:
    """Texts too long or not storable as UTF-8, and whole numbers beyond 64 bits, each with its path."""
    out: list[Problem] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, str):
            try:
                size = len(value.encode("utf-8"))
            except UnicodeEncodeError:
                out.append(Problem(where, "bad_text"))
                return
            if size > MAX_TEXT_BYTES:
                out.append(Problem(where, "too_long", {"limit": MAX_TEXT_BYTES // 1_000_000}))
        elif isinstance(value, bool):
            return
        elif isinstance(value, int):
            if not _INT64[0] <= value <= _INT64[1]:
                out.append(Problem(where, "number_too_large"))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")

    walk(m.to_json(obj), path)
    return out


def _check_values(obj: Any, path: str = "") -> None:
    problems = value_problems(obj, path)
    if problems:
        raise InvalidRegister(problems)


def _oversized(conn: sqlite3.Connection) -> bool:
    """True when any text in the file is longer than any register needs (a hostile or broken file)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith("sqlite_"):
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[2].upper() == "TEXT"]
        if not columns:
            continue
        test = " OR ".join(f'length(CAST("{c}" AS BLOB)) > {MAX_TEXT_BYTES}' for c in columns)
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {test} LIMIT 1').fetchone():
            return True
    return False


# --- rows <-> model -----------------------------------------------------------------------


def _ids(conn: sqlite3.Connection, table: str, owner_col: str, target_col: str, owner: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            f"SELECT {target_col} FROM {table} WHERE {owner_col} = ? ORDER BY position", (owner,)
        )
    ]


def _grouped(conn: sqlite3.Connection, sql: str, key_index: int = 0) -> dict[Any, list[tuple]]:
    out: dict[Any, list[tuple]] = {}
    for row in conn.execute(sql):
        out.setdefault(row[key_index], []).append(row)
    return out


class _Rows:
    """Reads the tables into the JSON shape, so the model's reader checks every value."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def organisation(self) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT name, registration_number, address, email, phone, website, processing_locations,"
            " contact_name, contact_role, contact_email, contact_phone FROM organisation"
        ).fetchone()
        if row is None:
            raise DamagedFile("damaged_content", detail="organisation")
        dpo = self.conn.execute("SELECT name, email, phone FROM organisation_dpo").fetchone()
        rep = self.conn.execute("SELECT name, address, email, phone FROM organisation_representative").fetchone()
        return {
            "name": row[0],
            "registration_number": row[1],
            "address": row[2],
            "email": row[3],
            "phone": row[4],
            "website": row[5],
            "representative": (
                None if rep is None else dict(zip(("name", "address", "email", "phone"), rep, strict=True))
            ),
            "dpo": None if dpo is None else dict(zip(("name", "email", "phone"), dpo, strict=True)),
            "contact_person": dict(zip(("name", "role", "email", "phone"), row[7:11], strict=True)),
            "processing_locations": row[6],
        }

    def _where(self, column: str, item_id: str | None) -> tuple[str, tuple]:
        return (f" WHERE {column} = ?", (item_id,)) if item_id is not None else ("", ())

    def subject_categories(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {"id": r[0], "name": r[1], "description": r[2], "groups_note": r[3]}
            for r in self.conn.execute(
                f"SELECT id, name, description, groups_note FROM subject_categories{where} ORDER BY position, id", args
            )
        ]

    def data_categories(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {"id": r[0], "name": r[1], "description": r[2], "sensitivity": r[3]}
            for r in self.conn.execute(
                f"SELECT id, name, description, sensitivity FROM data_categories{where} ORDER BY position, id", args
            )
        ]

    def recipients(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        agreements = {
            r[0]: {"kind": r[1], "signed_on": r[2], "review_on": r[3], "note": r[4]}
            for r in self.conn.execute(
                f"SELECT recipient_id, kind, signed_on, review_on, note FROM recipient_agreements"
                f"{self._where('recipient_id', item_id)[0]}",
                args,
            )
        }
        transfers = {
            r[0]: {"country": r[1], "safeguard": r[2], "note": r[3]}
            for r in self.conn.execute(
                f"SELECT recipient_id, country, safeguard, note FROM recipient_transfers"
                f"{self._where('recipient_id', item_id)[0]}",
                args,
            )
        }
        return [
            {
                "id": r[0],
                "name": r[1],
                "registration_number": r[2],
                "country": r[3],
                "role": r[4],
                "service": r[5],
                "agreement": agreements.get(r[0]),
                "transfer": transfers.get(r[0]),
            }
            for r in self.conn.execute(
                f"SELECT id, name, registration_number, country, role, service FROM recipients{where}"
                " ORDER BY position, id",
                args,
            )
        ]

    def _links(self, table: str, owner_col: str, target_col: str, item_id: str | None) -> dict[str, list[str]]:
        where, args = self._where(owner_col, item_id)
        out: dict[str, list[str]] = {}
        for owner, target in self.conn.execute(
            f"SELECT {owner_col}, {target_col} FROM {table}{where} ORDER BY {owner_col}, position", args
        ):
            out.setdefault(owner, []).append(target)
        return out

    def purposes(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("purpose_id", item_id)
        bases: dict[str, list] = {}
        for pid, basis, note in self.conn.execute(
            f"SELECT purpose_id, basis, note FROM purpose_legal_bases{where} ORDER BY purpose_id, position", args
        ):
            bases.setdefault(pid, []).append({"basis": basis, "note": note})
        sources: dict[str, list] = {}
        for pid, kind, note in self.conn.execute(
            f"SELECT purpose_id, kind, note FROM purpose_sources{where} ORDER BY purpose_id, position", args
        ):
            sources.setdefault(pid, []).append({"kind": kind, "note": note})
        consents = {
            r[0]: {"method": r[1], "withdrawal": r[2]}
            for r in self.conn.execute(f"SELECT purpose_id, method, withdrawal FROM purpose_consents{where}", args)
        }
        subjects = self._links("purpose_subject_categories", "purpose_id", "subject_category_id", item_id)
        data = self._links("purpose_data_categories", "purpose_id", "data_category_id", item_id)
        recipients = self._links("purpose_recipients", "purpose_id", "recipient_id", item_id)
        out = []
        pwhere, pargs = self._where("id", item_id)
        for r in self.conn.execute(
            "SELECT id, name, description, legitimate_interest, collection_method, requirement_kind,"
            " requirement_consequence, automated_decisions, special_condition, dpia_required, dpia_note"
            f" FROM purposes{pwhere} ORDER BY position, id",
            pargs,
        ):
            pid = r[0]
            dpia_required = r[9]
            out.append(
                {
                    "id": pid,
                    "name": r[1],
                    "description": r[2],
                    "legal_bases": bases.get(pid, []),
                    "legitimate_interest": r[3],
                    "subject_category_ids": subjects.get(pid, []),
                    "data_category_ids": data.get(pid, []),
                    "sources": sources.get(pid, []),
                    "collection_method": r[4],
                    "recipient_ids": recipients.get(pid, []),
                    "requirement": {"kind": r[5], "consequence": r[6]},
                    "automated_decisions": r[7],
                    "consent": consents.get(pid),
                    "special_condition": r[8],
                    "dpia": {"required": None if dpia_required is None else bool(dpia_required), "note": r[10]},
                }
            )
        return out

    def retention_rules(self, item_id: str | None = None) -> list[dict[str, Any]]:
        purposes = self._links("retention_rule_purposes", "retention_rule_id", "purpose_id", item_id)
        data = self._links("retention_rule_data_categories", "retention_rule_id", "data_category_id", item_id)
        where, args = self._where("id", item_id)
        return [
            {
                "id": r[0],
                "purpose_ids": purposes.get(r[0], []),
                "data_category_ids": data.get(r[0], []),
                "period": None if r[1] is None else {r[1]: r[2]},
                "until_event": r[3],
                "legal_reference": r[4],
                "then": r[5],
            }
            for r in self.conn.execute(
                "SELECT id, period_unit, period_value, until_event, legal_reference, then_action"
                f" FROM retention_rules{where} ORDER BY position, id",
                args,
            )
        ]

    def security_measures(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {"id": r[0], "kind": r[1], "name": r[2], "description": r[3]}
            for r in self.conn.execute(
                f"SELECT id, kind, name, description FROM security_measures{where} ORDER BY position, id", args
            )
        ]

    def identification_rules(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("channel", item_id)
        return [
            {"channel": r[0], "criteria": r[1]}
            for r in self.conn.execute(
                f"SELECT channel, criteria FROM identification_rules{where} ORDER BY position, channel", args
            )
        ]

    def document_settings(self) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT version, approved_by, approved_on, effective_from FROM document_settings"
        ).fetchone()
        if row is None:
            raise DamagedFile("damaged_content", detail="document_settings")
        return dict(zip(("version", "approved_by", "approved_on", "effective_from"), row, strict=True))

    def register(self) -> dict[str, Any]:
        info = self.conn.execute("SELECT language FROM register_info").fetchone()
        if info is None:
            raise DamagedFile("damaged_content", detail="register_info")
        data: dict[str, Any] = {
            "format": m.FORMAT,
            "format_version": m.FORMAT_VERSION,
            "language": info[0],
            "organisation": self.organisation(),
        }
        for kind in m.LIST_KINDS:
            data[kind] = getattr(self, kind)()
        data["document_settings"] = self.document_settings()
        return data


class _Writer:
    """Writes model objects into the tables (inside a transaction the caller holds)."""

    def __init__(self, conn: sqlite3.Connection, summary: str = "") -> None:
        self.conn = conn
        self.summary = summary  # the change log's words for this write; a writer may refine them
        self.skipped = False

    def skip(self) -> None:
        """Nothing to write after all: the transaction ends without a change or a change-log row."""
        self.skipped = True

    def x(self, sql: str, args: tuple | list = ()) -> None:
        self.conn.execute(sql, args)

    def register_info(self, language: str) -> None:
        self.x("DELETE FROM register_info")
        self.x(
            "INSERT INTO register_info (singleton, language, created_at, created_by_app) VALUES (1, ?, ?, ?)",
            (language, _now(), f"ROPA Desktop {__version__}"),
        )

    def language(self, language: str) -> None:
        self.x("UPDATE register_info SET language = ?", (language,))

    def document_settings(self, s: m.DocumentSettings) -> None:
        self.x("DELETE FROM document_settings")
        self.x(
            "INSERT INTO document_settings (singleton, version, approved_by, approved_on, effective_from)"
            " VALUES (1, ?, ?, ?, ?)",
            (s.version, s.approved_by, s.approved_on, s.effective_from),
        )

    def organisation(self, o: m.Organisation) -> None:
        c = o.contact_person
        self.x("DELETE FROM organisation")
        self.x(
            "INSERT INTO organisation (singleton, name, registration_number, address, email, phone, website,"
            " processing_locations, contact_name, contact_role, contact_email, contact_phone)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (o.name, o.registration_number, o.address, o.email, o.phone, o.website, o.processing_locations,
             c.name, c.role, c.email, c.phone),
        )
        self.x("DELETE FROM organisation_dpo")
        if o.dpo is not None:
            self.x(
                "INSERT INTO organisation_dpo (singleton, name, email, phone) VALUES (1, ?, ?, ?)",
                (o.dpo.name, o.dpo.email, o.dpo.phone),
            )
        self.x("DELETE FROM organisation_representative")
        if o.representative is not None:
            r = o.representative
            self.x(
                "INSERT INTO organisation_representative (singleton, name, address, email, phone)"
                " VALUES (1, ?, ?, ?, ?)",
                (r.name, r.address, r.email, r.phone),
            )

    def _links(self, table: str, owner_col: str, target_col: str, owner: str, targets: list[str]) -> None:
        self.x(f"DELETE FROM {table} WHERE {owner_col} = ?", (owner,))
        self.conn.executemany(
            f"INSERT INTO {table} ({owner_col}, {target_col}, position) VALUES (?, ?, ?)",
            [(owner, t, i) for i, t in enumerate(targets)],
        )

    # Each entry writer upserts the entry's own row at ``position`` and replaces the rows it owns.
    def subject_categories(self, e: m.SubjectCategory, position: int) -> None:
        self.x(
            "INSERT INTO subject_categories (id, position, name, description, groups_note) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, groups_note=excluded.groups_note",
            (e.id, position, e.name, e.description, e.groups_note),
        )

    def data_categories(self, e: m.DataCategory, position: int) -> None:
        self.x(
            "INSERT INTO data_categories (id, position, name, description, sensitivity) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, sensitivity=excluded.sensitivity",
            (e.id, position, e.name, e.description, e.sensitivity),
        )

    def recipients(self, e: m.Recipient, position: int) -> None:
        self.x(
            "INSERT INTO recipients (id, position, name, registration_number, country, role, service)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " registration_number=excluded.registration_number, country=excluded.country, role=excluded.role,"
            " service=excluded.service",
            (e.id, position, e.name, e.registration_number, e.country, e.role, e.service),
        )
        self.x("DELETE FROM recipient_agreements WHERE recipient_id = ?", (e.id,))
        if e.agreement is not None:
            a = e.agreement
            self.x(
                "INSERT INTO recipient_agreements (recipient_id, kind, signed_on, review_on, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (e.id, a.kind, a.signed_on, a.review_on, a.note),
            )
        self.x("DELETE FROM recipient_transfers WHERE recipient_id = ?", (e.id,))
        if e.transfer is not None:
            t = e.transfer
            self.x(
                "INSERT INTO recipient_transfers (recipient_id, country, safeguard, note) VALUES (?, ?, ?, ?)",
                (e.id, t.country, t.safeguard, t.note),
            )

    def purposes(self, e: m.Purpose, position: int) -> None:
        dpia = None if e.dpia.required is None else int(e.dpia.required)
        self.x(
            "INSERT INTO purposes (id, position, name, description, legitimate_interest, collection_method,"
            " requirement_kind, requirement_consequence, automated_decisions, special_condition, dpia_required,"
            " dpia_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, legitimate_interest=excluded.legitimate_interest,"
            " collection_method=excluded.collection_method, requirement_kind=excluded.requirement_kind,"
            " requirement_consequence=excluded.requirement_consequence,"
            " automated_decisions=excluded.automated_decisions, special_condition=excluded.special_condition,"
            " dpia_required=excluded.dpia_required, dpia_note=excluded.dpia_note",
            (e.id, position, e.name, e.description, e.legitimate_interest, e.collection_method, e.requirement.kind,
             e.requirement.consequence, e.automated_decisions, e.special_condition, dpia, e.dpia.note),
        )
        self.x("DELETE FROM purpose_legal_bases WHERE purpose_id = ?", (e.id,))
        self.conn.executemany(
            "INSERT INTO purpose_legal_bases (purpose_id, position, basis, note) VALUES (?, ?, ?, ?)",
            [(e.id, i, b.basis, b.note) for i, b in enumerate(e.legal_bases)],
        )
        self.x("DELETE FROM purpose_sources WHERE purpose_id = ?", (e.id,))
        self.conn.executemany(
            "INSERT INTO purpose_sources (purpose_id, position, kind, note) VALUES (?, ?, ?, ?)",
            [(e.id, i, s.kind, s.note) for i, s in enumerate(e.sources)],
        )
        self.x("DELETE FROM purpose_consents WHERE purpose_id = ?", (e.id,))
        if e.consent is not None:
            self.x(
                "INSERT INTO purpose_consents (purpose_id, method, withdrawal) VALUES (?, ?, ?)",
                (e.id, e.consent.method, e.consent.withdrawal),
            )
        self._links("purpose_subject_categories", "purpose_id", "subject_category_id", e.id, e.subject_category_ids)
        self._links("purpose_data_categories", "purpose_id", "data_category_id", e.id, e.data_category_ids)
        self._links("purpose_recipients", "purpose_id", "recipient_id", e.id, e.recipient_ids)

    def retention_rules(self, e: m.RetentionRule, position: int) -> None:
        unit, value = (None, None) if e.period is None else (e.period.unit, e.period.value)
        self.x(
            "INSERT INTO retention_rules (id, position, period_unit, period_value, until_event, legal_reference,"
            " then_action) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, period_unit=excluded.period_unit,"
            " period_value=excluded.period_value, until_event=excluded.until_event,"
            " legal_reference=excluded.legal_reference, then_action=excluded.then_action",
            (e.id, position, unit, value, e.until_event, e.legal_reference, e.then),
        )
        self._links("retention_rule_purposes", "retention_rule_id", "purpose_id", e.id, e.purpose_ids)
        self._links(
            "retention_rule_data_categories", "retention_rule_id", "data_category_id", e.id, e.data_category_ids
        )

    def security_measures(self, e: m.SecurityMeasure, position: int) -> None:
        self.x(
            "INSERT INTO security_measures (id, position, kind, name, description) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, kind=excluded.kind, name=excluded.name,"
            " description=excluded.description",
            (e.id, position, e.kind, e.name, e.description),
        )

    def identification_rules(self, e: m.IdentificationRule, position: int) -> None:
        self.x(
            "INSERT INTO identification_rules (channel, position, criteria) VALUES (?, ?, ?)"
            " ON CONFLICT(channel) DO UPDATE SET position=excluded.position, criteria=excluded.criteria",
            (e.channel, position, e.criteria),
        )

    def everything(self, r: m.Register) -> None:
        for table in (
            "identification_rules", "security_measures", "retention_rules", "purposes", "recipients",
            "data_categories", "subject_categories", "organisation_representative", "organisation_dpo",
            "organisation", "document_settings", "register_info",
        ):
            self.x(f"DELETE FROM {table}")
        self.register_info(r.language)
        self.organisation(r.organisation)
        self.document_settings(r.document_settings)
        for kind in m.LIST_KINDS:
            write = getattr(self, kind)
            for position, entry in enumerate(r.items(kind)):
                write(entry, position)


# --- references that point at an entry (for delete and undo) -------------------------------

# kind -> [(link table, owner column, column pointing at the entry)]
_BACK_REFERENCES: dict[str, list[tuple[str, str, str]]] = {
    "subject_categories": [("purpose_subject_categories", "purpose_id", "subject_category_id")],
    "data_categories": [
        ("purpose_data_categories", "purpose_id", "data_category_id"),
        ("retention_rule_data_categories", "retention_rule_id", "data_category_id"),
    ],
    "recipients": [("purpose_recipients", "purpose_id", "recipient_id")],
    "purposes": [("retention_rule_purposes", "retention_rule_id", "purpose_id")],
}

_KEY_COLUMN = {kind: ("channel" if kind == "identification_rules" else "id") for kind in m.LIST_KINDS}


@dataclass
class Deletion:
    """What a delete removed, enough to put it back exactly (undo)."""

    kind: str
    entry: Any
    position: int
    links: list[tuple[str, str, str, str, int]] = field(default_factory=list)  # table, owner col, owner, col, pos


@dataclass(frozen=True)
class ChangeLogEntry:
    changed_at: str
    user_name: str
    entity: str
    entity_id: str
    action: str
    summary: str


class RegisterFile:
    """An open register file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self._data_version = self._read_data_version()

    # -- opening and creating -------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> RegisterFile:
        """Open a register file; refuse anything else, leaving it byte-for-byte untouched."""
        path = Path(path)
        writable = not read_only and _is_writable(path)
        if _hot_journal(path):
            # A write was cut off (a crash, a killed process, a pulled plug): the header on disk may
            # show the half-written state.  Only our own files get this far (magic and application
            # id checked first); SQLite puts the last committed state back.
            read_header(path, check_version=False)
            if _is_writable(path):
                _recover(path)
        header = read_header(path)
        try:
            conn = _connect(path, read_only=not writable, set_journal_mode=False)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, path) from None
        try:
            version = cls._verify(conn, path, header.user_version)
            if writable:
                conn.execute("PRAGMA journal_mode = DELETE")
            if version < schema.SCHEMA_VERSION:
                if not writable:
                    raise ReadOnlyRegister("needs_upgrade_read_only", path=str(path))
                cls._upgrade(conn, path, version)
        except sqlite3.Error as exc:
            conn.close()
            raise _sqlite_error(exc, path) from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, read_only=not writable)

    @staticmethod
    def _verify(conn: sqlite3.Connection, path: Path, header_version: int) -> int:
        """Check an opened file is an undamaged register of a known schema; its schema version."""
        try:
            app_id, version = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
            if app_id != schema.APPLICATION_ID:
                raise NotARegister("foreign_sqlite", path=str(path))
            if version > schema.SCHEMA_VERSION or version != header_version:
                raise NewerVersion("newer_version", path=str(path)) if version > schema.SCHEMA_VERSION else (
                    DamagedFile("damaged", path=str(path))
                )
            result = conn.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise DamagedFile("damaged", path=str(path))
            found = schema.schema_objects(conn)
            if found != schema.expected_objects(version):
                raise NotARegister("unexpected_schema", path=str(path))
            if _oversized(conn):
                raise DamagedFile("field_too_large", path=str(path), limit=MAX_TEXT_BYTES // 1_000_000)
        except sqlite3.Error as exc:
            err = _sqlite_error(exc, path)
            raise (DamagedFile("damaged", path=str(path)) if isinstance(err, WriteFailed) else err) from None
        return version

    @staticmethod
    def _upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
        backup = paths.backups_dir() / backup_name(path, f"before-upgrade-v{version}")
        try:
            copy_with_backup_api(conn, backup)
        except (OSError, sqlite3.Error) as exc:
            raise WriteFailed("backup_failed", path=str(backup), reason=str(exc)) from None
        prune_backups(path)
        try:
            schema.apply(conn)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, path) from None

    @classmethod
    def create(cls, path: Path | str, register: m.Register | None = None, *, overwrite: bool = False) -> RegisterFile:
        """Make a new register file (empty, or holding ``register``), atomically."""
        path = Path(path)
        register = register or m.Register()
        m.check_valid(register)
        _check_values(register)
        if path.exists() and not overwrite:
            raise RegisterFileError("exists", path=str(path))
        if path.exists():
            # Replacing a register that may be open elsewhere (the app, the accountant's copy of the
            # app on a shared folder): write the new content into it under SQLite's locks, in one
            # transaction, so the other program sees the change instead of keeping a deleted file.
            try:
                existing = cls.open(path)
            except (NotARegister, DamagedFile, NewerVersion):
                existing = None  # not a register we could write into: replaced as a whole below
            if existing is not None:
                try:
                    existing.replace_all(register)
                except BaseException:
                    existing.close()
                    raise
                return existing
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = files.new_temp_file(path)
        except OSError as exc:
            raise WriteFailed("write_failed", path=str(path), reason=exc.strerror or str(exc)) from None
        try:
            conn = _connect(tmp, read_only=False)
            try:
                schema.apply(conn)
                with contextlib.closing(conn.cursor()) as cur:
                    cur.execute("BEGIN IMMEDIATE")
                    _Writer(conn).everything(register)
                    _log(conn, "register", "", "create", "new register")
                    cur.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, path)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise _sqlite_error(exc, path) from None
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise WriteFailed("write_failed", path=str(path), reason=exc.strerror or str(exc)) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> RegisterFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading --------------------------------------------------------------

    def load(self) -> m.Register:
        """The whole register, every value checked by the format's reader.

        Read in one transaction, so a save by another program half-way through is never seen in part.
        """
        try:
            with self._reading():
                data = _Rows(self._conn).register()
                version = self._read_data_version()
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, self.path) from None
        try:
            register = m.from_json(data)
        except InvalidRegister as exc:
            raise DamagedFile("damaged_content", detail=exc.problems[0]) from None
        self._data_version = version
        return register

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("COMMIT")

    def get(self, kind: str, item_id: str) -> Any | None:
        try:
            with self._reading():
                rows = getattr(_Rows(self._conn), kind)(item_id)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, self.path) from None
        if not rows:
            return None
        entry, problems = m.read_entry(kind, rows[0])
        if problems:
            raise DamagedFile("damaged_content", detail=problems[0])
        return entry

    def organisation(self) -> m.Organisation:
        return self._part(m.Organisation, "organisation", lambda rows: rows.organisation())

    def document_settings(self) -> m.DocumentSettings:
        return self._part(m.DocumentSettings, "document_settings", lambda rows: rows.document_settings())

    def _part(self, cls: type, name: str, read: Any) -> Any:
        try:
            with self._reading():
                data = read(_Rows(self._conn))
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, self.path) from None
        value, problems = m.read_as(cls, data, name)
        if problems:
            raise DamagedFile("damaged_content", detail=problems[0])
        return value

    def ids(self, kind: str) -> list[str]:
        column = _KEY_COLUMN[kind]
        return [r[0] for r in self._conn.execute(f"SELECT {column} FROM {kind} ORDER BY position, {column}")]

    def usage(self, kind: str, item_id: str) -> dict[str, list[str]]:
        """Which entries point at this one: {owner list: [owner ids]}."""
        out: dict[str, list[str]] = {}
        for table, owner_col, col in _BACK_REFERENCES.get(kind, []):
            owners = [r[0] for r in self._conn.execute(f"SELECT {owner_col} FROM {table} WHERE {col} = ?", (item_id,))]
            if owners:
                out["purposes" if owner_col == "purpose_id" else "retention_rules"] = owners
        return out

    def change_log(self, limit: int = 100) -> list[ChangeLogEntry]:
        return [
            ChangeLogEntry(*r)
            for r in self._conn.execute(
                "SELECT changed_at, user_name, entity, entity_id, action, summary FROM change_log"
                " ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        ]

    # -- noticing other writers -----------------------------------------------

    def _read_data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def changed_elsewhere(self) -> bool:
        """True once another connection (another app, the CLI) has committed since the last load."""
        try:
            return self._read_data_version() != self._data_version
        except sqlite3.Error:
            return False

    # -- writing --------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self, entity: str, entity_id: str, action: str, summary: str) -> Iterator[_Writer]:
        if self.read_only:
            raise ReadOnlyRegister("read_only", path=str(self.path))
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, self.path) from None
        writer = _Writer(conn, summary)
        try:
            yield writer
            if writer.skipped:
                conn.execute("ROLLBACK")
                return
            _log(conn, entity, entity_id, action, writer.summary)
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.IntegrityError):
                raise InvalidRegister([Problem(f"{entity}.{entity_id}", "integrity", {"detail": str(exc)})]) from None
            if isinstance(exc, OverflowError | UnicodeEncodeError):  # checked before; never half-written
                raise InvalidRegister([Problem(f"{entity}.{entity_id}", "bad_text")]) from None
            if isinstance(exc, sqlite3.Error):
                raise _sqlite_error(exc, self.path) from None
            raise
        # Our own commit moves data_version only for other connections; nothing to reload here.

    def set_organisation(self, organisation: m.Organisation, base: m.Organisation | None = None) -> None:
        """Save the organisation; with ``base`` only the fields changed since ``base`` (see ``update``)."""
        self._set_part("organisation", organisation, base, lambda rows: rows.organisation())

    def set_document_settings(self, settings: m.DocumentSettings, base: m.DocumentSettings | None = None) -> None:
        """Save the document settings; with ``base`` only the fields changed since ``base``."""
        self._set_part("document_settings", settings, base, lambda rows: rows.document_settings())

    def _set_part(self, name: str, value: Any, base: Any | None, read: Any) -> None:
        problems: list[Problem] = []
        m.check_fields(value, name, problems)
        problems += value_problems(value, name)
        if problems:
            raise InvalidRegister(problems)
        if base is not None and m.to_json(base) == m.to_json(value):
            return
        with self._write(name, "", "update", name.replace("_", " ")) as w:
            if base is not None:
                conflict = EditConflict(f"edit_conflict_{name}")
                merged = merge_edit(read(_Rows(self._conn)), m.to_json(base), m.to_json(value), conflict)
                value, problems = m.read_as(type(value), merged, name)
                m.check_fields(value, name, problems)
                if problems:
                    raise InvalidRegister(problems)
            getattr(w, name)(value)

    def set_language(self, language: str) -> None:
        if language not in m.LANGUAGES:
            raise InvalidRegister([Problem("language", "unknown_value", {"value": language, "allowed": "lv, en"})])
        with self._write("register", "", "update", f"language {language}") as w:
            w.language(language)

    def _position_of(self, kind: str, item_id: str) -> int | None:
        row = self._conn.execute(f"SELECT position FROM {kind} WHERE {_KEY_COLUMN[kind]} = ?", (item_id,)).fetchone()
        return None if row is None else row[0]

    def _next_position(self, kind: str) -> int:
        return self._conn.execute(f"SELECT COALESCE(MAX(position) + 1, 0) FROM {kind}").fetchone()[0]

    def add(self, entry: Any) -> Any:
        """Add a list entry at the end; an empty id is made from its name. Returns the stored entry."""
        kind = entry.KIND
        if kind != "identification_rules" and not entry.id:
            entry = dataclasses.replace(
                entry, id=m.new_id(getattr(entry, "name", ""), set(self.ids(kind)), _ID_FALLBACK[kind])
            )
        problems = m.validate_entry(entry, kind) + value_problems(entry, kind)
        if self._position_of(kind, entry.id) is not None:
            key = "duplicate_channel" if kind == "identification_rules" else "duplicate_id"
            problems.append(Problem(kind, key, {"value": entry.id}))
        if problems:
            raise InvalidRegister(problems)
        with self._write(kind, entry.id, "add", _label(entry)) as w:
            getattr(w, kind)(entry, self._next_position(kind))
        return entry

    def update(self, entry: Any, base: Any | None = None) -> None:
        """Save a changed list entry (found by id).

        With ``base`` (the entry as it was when the user started editing), only the fields that differ
        from ``base`` are written, onto what the file holds now, so a change another program saved
        meanwhile to other fields is kept; if another program changed one of the same fields,
        ``EditConflict`` is raised and nothing is written.  Without ``base`` the entry is written whole.
        """
        kind = entry.KIND
        problems = m.validate_entry(entry, kind) + value_problems(entry, kind)
        if problems:
            raise InvalidRegister(problems)
        new = m.to_json(entry)
        if base is not None and m.to_json(base) == new:
            return
        with self._write(kind, entry.id, "update", "") as w:
            # Read inside the transaction: another program may have changed or removed it meanwhile.
            current = self.get(kind, entry.id)
            position = self._position_of(kind, entry.id)
            if current is None or position is None:
                raise InvalidRegister([Problem(f"{kind}.{entry.id}", "no_such_entry", {"value": entry.id})])
            now = m.to_json(current)
            if base is not None:
                new = merge_edit(now, m.to_json(base), new, EditConflict("edit_conflict", entry=_label(base)))
                entry, problems = m.read_entry(kind, new)
                problems += m.validate_entry(entry, kind)
                if problems:
                    raise InvalidRegister(problems)
            changed = [k for k, v in new.items() if now.get(k) != v]
            if not changed:
                w.skip()
                return
            w.summary = ", ".join(changed)
            getattr(w, kind)(entry, position)

    def delete(self, kind: str, item_id: str) -> Deletion:
        """Remove an entry and every reference to it; the result puts it all back (undo)."""
        entry = self.get(kind, item_id)
        if entry is None:
            raise InvalidRegister([Problem(f"{kind}.{item_id}", "no_such_entry", {"value": item_id})])
        if kind == "data_categories":
            # A retention rule naming only this category would silently come to cover every category of its
            # purposes ("no categories" means "all" in the format): the rule must be changed first.
            sole = [
                r[0]
                for r in self._conn.execute(
                    "SELECT retention_rule_id FROM retention_rule_data_categories AS l WHERE data_category_id = ?"
                    " AND (SELECT count(*) FROM retention_rule_data_categories"
                    "      WHERE retention_rule_id = l.retention_rule_id) = 1",
                    (item_id,),
                )
            ]
            if sole:
                raise InvalidRegister(
                    [Problem(f"retention_rules.{sole[0]}", "only_category_of_rule", {"value": _label(entry)})]
                )
        deletion = Deletion(kind, entry, self._position_of(kind, item_id) or 0)
        for table, owner_col, col in _BACK_REFERENCES.get(kind, []):
            for owner, position in self._conn.execute(
                f"SELECT {owner_col}, position FROM {table} WHERE {col} = ?", (item_id,)
            ):
                deletion.links.append((table, owner_col, owner, col, position))
        with self._write(kind, item_id, "delete", _label(entry)) as w:
            w.x(f"DELETE FROM {kind} WHERE {_KEY_COLUMN[kind]} = ?", (item_id,))
        return deletion

    def restore(self, deletion: Deletion) -> None:
        """Undo a delete: the entry at its old place, and the references that still can point at it."""
        entry = deletion.entry
        with self._write(deletion.kind, entry.id, "restore", _label(entry)) as w:
            getattr(w, deletion.kind)(entry, deletion.position)
            for table, owner_col, owner, col, position in deletion.links:
                owner_table = "purposes" if owner_col == "purpose_id" else "retention_rules"
                if self._conn.execute(f"SELECT 1 FROM {owner_table} WHERE id = ?", (owner,)).fetchone():
                    w.x(
                        f"INSERT OR IGNORE INTO {table} ({owner_col}, {col}, position) VALUES (?, ?, ?)",
                        (owner, entry.id, position),
                    )

    def move(self, kind: str, item_id: str, new_index: int) -> None:
        """Put an entry at ``new_index`` in its list."""
        order = self.ids(kind)
        if item_id not in order:
            raise InvalidRegister([Problem(f"{kind}.{item_id}", "no_such_entry", {"value": item_id})])
        order.remove(item_id)
        order.insert(max(0, min(new_index, len(order))), item_id)
        with self._write(kind, item_id, "move", f"to {new_index}") as w:
            w.conn.executemany(
                f"UPDATE {kind} SET position = ? WHERE {_KEY_COLUMN[kind]} = ?", list(enumerate(order))
            )

    def replace_all(self, register: m.Register) -> None:
        """Replace the whole content (e.g. an imported JSON register) in one transaction."""
        m.check_valid(register)
        _check_values(register)
        with self._write("register", "", "replace", "whole register replaced") as w:
            w.everything(register)

    # -- copies ---------------------------------------------------------------

    def save_as(self, target: Path | str) -> None:
        """A consistent copy of this register at ``target`` (SQLite backup API, atomic rename)."""
        try:
            copy_with_backup_api(self._conn, Path(target))
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, Path(target)) from None
        except OSError as exc:
            raise WriteFailed("write_failed", path=str(target), reason=exc.strerror or str(exc)) from None

    def backup(self, reason: str, *, day: _dt.date | None = None) -> Path:
        """A copy in the backups folder; only the newest ``BACKUPS_KEPT`` of this register are kept."""
        target = paths.backups_dir() / backup_name(self.path, reason, day=day)
        self.save_as(target)
        prune_backups(self.path)
        return target

    def _restore_from(self, backup: Path, version: int) -> Path:
        if self.read_only:
            raise ReadOnlyRegister("read_only", path=str(self.path))
        safety = self.backup("before-restore")
        try:
            src = _connect(backup, read_only=True)
            try:
                src.backup(self._conn)  # page by page into the open file, under SQLite's locks
            finally:
                src.close()
            if version < schema.SCHEMA_VERSION:
                schema.apply(self._conn)
            with self._write("register", "", "restore", f"restored from {backup.name}"):
                pass
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, self.path) from None
        return safety

    def compact_copy(self, target: Path | str) -> None:
        """A fresh, compacted copy (``VACUUM INTO``), integrity-checked, then renamed into place.

        Deleted rows are not carried over, and the change log keeps when and by whom entries that no
        longer exist were changed but not their names, so nothing removed earlier travels with the copy.
        """
        target = Path(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = files.new_temp_file(target)
        except OSError as exc:
            raise WriteFailed("write_failed", path=str(target), reason=exc.strerror or str(exc)) from None
        tmp.unlink()  # VACUUM INTO wants a name that does not exist yet
        try:
            self._conn.execute("VACUUM INTO ?", (str(tmp),))
            copy = sqlite3.connect(tmp, isolation_level=None)
            try:
                copy.execute("PRAGMA secure_delete = ON")
                copy.execute("BEGIN IMMEDIATE")
                for kind in m.LIST_KINDS:
                    copy.execute(
                        f"UPDATE change_log SET summary = '' WHERE entity = ? AND summary != ''"
                        f" AND entity_id NOT IN (SELECT {_KEY_COLUMN[kind]} FROM {kind})",
                        (kind,),
                    )
                copy.execute("COMMIT")
                copy.execute("VACUUM")
                ok = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            if not ok:
                raise DamagedFile("damaged", path=str(target))
            os.replace(tmp, target)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise _sqlite_error(exc, target) from None
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise WriteFailed("write_failed", path=str(target), reason=exc.strerror or str(exc)) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def accountant_copy(self, folder: Path | str, day: _dt.date | None = None) -> Path:
        """"Prepare copy for the accountant": a compact copy in ``folder`` named after the organisation
        and the date (never over an existing file); returns its path."""
        folder = Path(folder)
        name = self._conn.execute("SELECT name FROM organisation").fetchone()
        file_name = accountant_copy_name(name[0] if name else "", day)
        target = folder / file_name
        n = 2
        while target.exists():
            target = folder / f"{Path(file_name).stem} ({n}){paths.REGISTER_SUFFIX}"
            n += 1
        self.compact_copy(target)
        return target

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def merge_edit(now: Any, base: Any, mine: Any, conflict: EditConflict) -> Any:
    """Three-way merge of one edit (JSON shapes): what the user changed from ``base`` goes onto ``now``.

    Objects merge field by field (so two people may change different fields of one entry, or the
    e-mail and the phone of the contact person); anything else is one value.  A value both the user
    and someone else changed, to different results, is an ``EditConflict``.
    """
    if isinstance(now, dict) and isinstance(base, dict) and isinstance(mine, dict):
        return {k: merge_edit(now.get(k), base.get(k), mine.get(k), conflict) for k in {**now, **mine}}
    if mine == base or now == mine:
        return now
    if now == base:
        return mine
    raise conflict


_ID_FALLBACK = {
    "subject_categories": "subjects",
    "data_categories": "data",
    "recipients": "recipient",
    "purposes": "purpose",
    "retention_rules": "retention",
    "security_measures": "measure",
    "identification_rules": "channel",
}


def _label(entry: Any) -> str:
    return getattr(entry, "name", "") or getattr(entry, "channel", "") or getattr(entry, "id", "")


def _log(conn: sqlite3.Connection, entity: str, entity_id: str, action: str, summary: str) -> None:
    conn.execute(
        "INSERT INTO change_log (changed_at, user_name, entity, entity_id, action, summary) VALUES (?, ?, ?, ?, ?, ?)",
        (_now(), _user_name(), entity, entity_id, action, summary[:500]),
    )


def load_register(path: Path | str) -> m.Register:
    """A register from a register file or a ``.json`` register (for commands that only read)."""
    from ropa_desktop.core import interchange

    path = Path(path)
    if path.suffix.lower() == ".json":
        return interchange.read(path)
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


# --- names, backups and restoring ------------------------------------------------------------

_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\']')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_stem(text: str, fallback: str = "register", limit: int = 80) -> str:
    """``text`` as a file name that every system accepts; letters of any language are kept."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = _UNSAFE_IN_NAMES.sub(" ", text)
    text = " ".join(text.split())[:limit].strip(" .")
    if not text or text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"{fallback} {text}".strip() if text else fallback
    return text


def accountant_copy_name(organisation_name: str, day: _dt.date | None = None) -> str:
    """E.g. ``SIA ZĪMES 2025-03-14.ropa`` for SIA “ZĪMES”."""
    day = day or _dt.date.today()
    return f"{safe_file_stem(organisation_name)} {day.isoformat()}{paths.REGISTER_SUFFIX}"


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup copy of a register."""

    path: Path
    created: _dt.datetime
    reason: str  # "daily", "before-upgrade-v1", "before-restore", ...
    size: int


_BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"


def list_backups(register_path: Path | str) -> list[BackupInfo]:
    """The backup copies of the register at ``register_path``, newest first."""
    series = backup_series(Path(register_path))
    folder = paths.backups_dir()
    out = []
    for file in folder.glob(f"{glob_escape(series)}--*{paths.REGISTER_SUFFIX}") if folder.is_dir() else ():
        parts = file.name[: -len(paths.REGISTER_SUFFIX)].rsplit("--", 2)
        if len(parts) != 3 or parts[0] != series:
            continue
        try:
            created = _dt.datetime.strptime(parts[1], _BACKUP_STAMP)
            size = file.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(file, created, parts[2], size))
    return sorted(out, key=lambda b: b.created, reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)


def daily_backup(store: RegisterFile, day: _dt.date | None = None) -> Path | None:
    """The first time a register is opened on a day, a backup copy of it (the app calls this at open).

    Returns the new backup, or None when there already is one from that day (or the file is read-only:
    nothing can change in it).  The backups folder itself is the record of what was done.
    """
    day = day or _dt.date.today()
    if store.read_only:
        return None
    if any(b.reason == "daily" and b.created.date() == day for b in list_backups(store.path)):
        return None
    return store.backup("daily", day=day)


def _check_backup(backup: Path) -> int:
    """Open a backup copy read-only and check it as any register is checked; its schema version."""
    header = read_header(backup)
    try:
        conn = _connect(backup, read_only=True)
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, backup) from None
    try:
        version = RegisterFile._verify(conn, backup, header.user_version)
        if version == schema.SCHEMA_VERSION:
            RegisterFile(conn, backup, read_only=True).load()
        return version
    finally:
        conn.close()


def restore_backup(backup: Path | str, target: RegisterFile | Path | str) -> Path | None:
    """Put a backup copy's content into a register, first backing up what is there now.

    ``target`` is the open register (its content is replaced in place, so another program that has
    it open sees the change) or the path of one that cannot be opened (a damaged file is kept byte
    for byte in the backups folder, then replaced).  Returns the backup of the replaced content
    (None when there was no file).
    """
    backup = Path(backup)
    version = _check_backup(backup)
    if isinstance(target, RegisterFile):
        return target._restore_from(backup, version)
    target = Path(target)
    if target.exists():
        try:
            store = RegisterFile.open(target)
        except RegisterFileError:
            store = None
        if store is not None:
            with store:
                return store._restore_from(backup, version)
        safety = paths.backups_dir() / backup_name(target, "damaged")
        try:
            safety.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, safety)  # a damaged file: its bytes as they are
        except OSError as exc:
            raise WriteFailed("backup_failed", path=str(safety), reason=exc.strerror or str(exc)) from None
    else:
        safety = None
    try:
        src = _connect(backup, read_only=True)
        try:
            copy_with_backup_api(src, target)
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, target) from None
    except OSError as exc:
        raise WriteFailed("write_failed", path=str(target), reason=exc.strerror or str(exc)) from None
    RegisterFile.open(target).close()  # brings an older backup up to date (with its own backup first)
    return safety
