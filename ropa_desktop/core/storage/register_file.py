"""``RegisterFile``: an open register file, and the one way to open, create, edit and copy one.

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
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa_desktop.core import files, schema
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import (
    Busy,
    DamagedFile,
    EditConflict,
    EntryGone,
    InvalidRegister,
    NewerVersion,
    NotARegister,
    Notice,
    Problem,
    ReadOnlyRegister,
    RegisterFileError,
    WriteFailed,
)
from ropa_desktop.core.gc_pause import gc_paused
from ropa_desktop.core.limits import INT64, check_values, value_problems
from ropa_desktop.core.storage.backups import list_backups, make_backup
from ropa_desktop.core.storage.connection import (
    connect,
    copy_with_backup_api,
    cut_short,
    file_errors,
    is_writable,
    read_header,
    sqlite_error,
    uri,
)
from ropa_desktop.core.storage.journal import has_journal, journal_is_hot
from ropa_desktop.core.storage.journal import recover as recover_journal_safely
from ropa_desktop.core.storage.names import accountant_copy_name, free_name
from ropa_desktop.core.storage.replace import create_file, replace_file
from ropa_desktop.core.storage.rows import (
    BACK_REFERENCES,
    KEY_COLUMN,
    OWNER_TABLES,
    RowReader,
    RowWriter,
    label,
    log_change,
)
from ropa_desktop.core.storage.verify import verify_register
from ropa_desktop.core.storage.wal import checked_copy, fold_in, uses_wal


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


def _shortened(summary: str, most: int = 200) -> str:
    """A change log summary of at most ``most`` characters (a change to many entries names the first ones)."""
    return summary if len(summary) <= most else summary[: most - 1].rstrip(", ") + "…"


class RegisterFile:
    """An open register file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self._data_version = self._read_data_version()
        self.notices: list[Notice] = []  # what opening did that the user should know (a recovered save)
        try:
            self._identity = _identity(path)
        except OSError:
            self._identity = None

    # -- opening and creating -------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> RegisterFile:
        """Open a register file; refuse anything else, leaving it byte-for-byte untouched."""
        path = Path(path)
        try:
            return cls._open(path, read_only=read_only)
        except DamagedFile as exc:
            # A file with backups is the user's own: its latest backup is the remedy.  One without is, as a
            # rule, a file received (e-mailed, copied from a USB stick): only its sender can help.
            if exc.key == "damaged" and not list_backups(path):
                if cut_short(path):  # still being copied, or copied in part
                    raise DamagedFile("incomplete", path=str(path)) from None
                raise DamagedFile("damaged_no_backup", path=str(path)) from None
            raise
        except OSError as exc:  # e.g. a name too long for the disk
            raise files.read_error(exc, path) from None

    @classmethod
    def _open(cls, path: Path, *, read_only: bool) -> RegisterFile:
        writable = not read_only and is_writable(path)
        notices: list[Notice] = []
        if uses_wal(path):  # kept in WAL mode by another program: see wal.py
            read_header(path, check_version=False)  # our own files only (magic and application id first)
            checked = checked_copy(path)
            if not writable:  # read from the checked copy: nothing is written beside the file
                version = checked.execute("PRAGMA user_version").fetchone()[0]
                if version < schema.SCHEMA_VERSION:
                    checked = _upgraded_in_memory(checked)
                return cls(checked, path, read_only=True)
            checked.close()
            fold_in(path)
        elif has_journal(path):
            # A write was cut off (a crash, a killed process, a pulled plug), or another program is
            # saving, or a journal was copied in that is not this file's.  Only our own files get this
            # far (magic and application id checked first); see journal.py for what is done.
            read_header(path, check_version=False)
            if journal_is_hot(path):  # (asked read-only)
                if not is_writable(path):  # e.g. a write-protected USB stick: it cannot be rolled back there
                    raise ReadOnlyRegister("cut_off_read_only", path=str(path), journal=f"{path.name}-journal")
                notices.append(recover_journal_safely(path))
        header = read_header(path)
        with file_errors(path, opening=True):
            conn = connect(path, read_only=not writable, set_journal_mode=False)
        try:
            with file_errors(path, opening=True):
                version = verify_register(conn, path, header.user_version)
                if writable:
                    conn.execute("PRAGMA journal_mode = DELETE")
                if version < schema.SCHEMA_VERSION and writable:
                    make_backup(conn, path, f"before-upgrade-v{version}", error_key="backup_failed")
                    schema.apply(conn)
                elif version < schema.SCHEMA_VERSION:
                    # Only to be read (a command that reads, or a file that cannot be written): read an
                    # up-to-date copy made in memory; the file itself is left as it is.
                    conn = _upgraded_in_memory(conn)
        except BaseException:
            conn.close()
            raise
        store = cls(conn, path, read_only=not writable)
        store.notices = notices
        return store

    @classmethod
    def create(cls, path: Path | str, register: m.Register | None = None, *, overwrite: bool = False) -> RegisterFile:
        """Make a new register file (empty, or holding ``register``), atomically."""
        path = Path(path)
        register = register or m.Register()
        with gc_paused():  # every entry checked
            m.check_valid(register)
            check_values(register)
        try:
            there = path.exists() or path.is_symlink()
        except OSError as exc:  # e.g. a name too long for the disk
            raise files.read_error(exc, path) from None
        if there and not overwrite:
            raise RegisterFileError("exists", path=str(path))
        if there:
            files.refuse_special(path)
            # Replacing a register that may be open elsewhere (the app, the accountant's copy of the
            # app on a shared folder): write the new content into it under SQLite's locks, in one
            # transaction, so the other program sees the change instead of keeping a deleted file.
            try:
                existing = _register_at(path)
            except Busy:  # another program is saving it: nothing is replaced under it
                raise Busy("busy_replace", path=str(path)) from None
            if existing is not None:
                try:
                    existing.backup("before-replace")
                    existing._replace_checked(register)  # checked above
                except BaseException:
                    existing.close()
                    raise
                return existing
        with file_errors(path, key="create_failed"):  # (not "your last change was not saved": there was none)
            path.parent.mkdir(parents=True, exist_ok=True)
            with files.temp_beside(path) as tmp:
                conn = connect(tmp, read_only=False)
                try:
                    schema.apply(conn)
                    with contextlib.closing(conn.cursor()) as cur:
                        cur.execute("BEGIN IMMEDIATE")
                        RowWriter(conn).everything(register)
                        log_change(conn, "register", "", "create", "new register")
                        cur.execute("COMMIT")
                finally:
                    conn.close()
                if overwrite:
                    replace_file(tmp, path)  # under a lock of our own, the old bytes kept as a backup
                else:
                    create_file(tmp, path)  # fails if another program made the file meanwhile
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
        with gc_paused():  # a whole register's objects at once, all kept
            with file_errors(self.path):
                with self._reading():
                    data = RowReader(self._conn, self.path).register()
                    version = self._read_data_version()
            try:
                register = m.from_json(data)
            except InvalidRegister as exc:
                raise DamagedFile("damaged_content", path=str(self.path), detail=exc.problems[0]) from None
        self._data_version = version
        return register

    def in_memory(self) -> RegisterFile:
        """A read-only copy of the file as it is now, held in memory (``changed_elsewhere`` counts from now).

        For reading at length in another process: copying takes the file's read lock for milliseconds,
        where a ``load`` of a large register would hold it long enough to make the window's saves wait.
        """
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            with file_errors(self.path):
                version = self._read_data_version()
                self._conn.backup(memory)
        except BaseException:
            memory.close()
            raise
        self._data_version = version
        return RegisterFile(memory, self.path, read_only=True)

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
        with file_errors(self.path):
            with self._reading():
                rows = getattr(RowReader(self._conn, self.path), kind)(item_id)
        if not rows:
            return None
        entry, problems = m.read_entry(kind, rows[0])
        if problems:
            raise DamagedFile("damaged_content", path=str(self.path), detail=problems[0])
        return entry

    def organisation(self) -> m.Organisation:
        return self._part(m.Organisation, "organisation", lambda rows: rows.organisation())

    def document_settings(self) -> m.DocumentSettings:
        return self._part(m.DocumentSettings, "document_settings", lambda rows: rows.document_settings())

    def _part(self, cls: type, name: str, read: Any) -> Any:
        with file_errors(self.path):
            with self._reading():
                data = read(RowReader(self._conn, self.path))
        value, problems = m.read_as(cls, data, name)
        if problems:
            raise DamagedFile("damaged_content", path=str(self.path), detail=problems[0])
        return value

    def ids(self, kind: str) -> list[str]:
        column = KEY_COLUMN[kind]
        return [r[0] for r in self._conn.execute(f"SELECT {column} FROM {kind} ORDER BY position, {column}")]

    def usage(self, kind: str, item_id: str) -> dict[str, list[str]]:
        """Which entries point at this one: {owner list: [owner ids]}."""
        out: dict[str, list[str]] = {}
        for table, owner_col, col in BACK_REFERENCES.get(kind, []):
            owners = [r[0] for r in self._conn.execute(f"SELECT {owner_col} FROM {table} WHERE {col} = ?", (item_id,))]
            if owners:
                out[OWNER_TABLES[owner_col]] = owners
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

    def logs_left_out(self) -> bool:
        """This file is (or was put in place from) a copy handed on without the requests log and the breach
        register (``compact_copy``): they are kept in the company's own register file, not here."""
        found = self._conn.execute("SELECT 1 FROM change_log WHERE action = ? LIMIT 1", (LOGS_LEFT_OUT,))
        return found.fetchone() is not None

    # -- noticing other writers -----------------------------------------------

    def _read_data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def moved(self) -> bool:
        """True when the file at ``path`` is no longer the one open here: another program moved, renamed, deleted
        or replaced it (a sync tool saving a newer version by renaming it onto the path, as a rule).  Nothing
        more can be saved into the one open here (``FileMoved``); it can still be read and copied."""
        if self._identity is None:
            return False
        try:
            now = _identity(self.path)
        except OSError:  # e.g. a network folder out of reach for a moment: not known to have moved
            return False
        if now is None or self._identity[1] == 0:  # (a file system without file numbers: only "gone" is known)
            return now is None
        return now != self._identity

    def changed_elsewhere(self) -> bool:
        """True once another connection (another app, the CLI) has committed since the last load."""
        try:
            return self._read_data_version() != self._data_version
        except sqlite3.Error:
            return False

    # -- writing --------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self, entity: str, entity_id: str, action: str, summary: str) -> Iterator[RowWriter]:
        if self.read_only:
            raise ReadOnlyRegister("read_only", path=str(self.path))
        conn = self._conn
        with file_errors(self.path):
            conn.execute("BEGIN IMMEDIATE")
        writer = RowWriter(conn, summary)
        try:
            yield writer
            if writer.skipped:
                conn.execute("ROLLBACK")
                return
            log_change(conn, entity, entity_id, action, writer.summary)
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
                if self._change_log_exhausted():  # SQLite says "full" when no number is left for a row
                    raise WriteFailed("log_exhausted", path=str(self.path)) from None
                raise sqlite_error(exc, self.path) from None
            raise
        # Our own commit moves data_version only for other connections; nothing to reload here.

    def _change_log_exhausted(self) -> bool:
        try:
            row = self._conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").fetchone()
        except sqlite3.Error:
            return False
        return row is not None and row[0] >= INT64[1]

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
                merged = merge_edit(read(RowReader(self._conn, self.path)), m.to_json(base), m.to_json(value), conflict)
                value, problems = m.read_as(type(value), merged, name)
                m.check_fields(value, name, problems)
                if problems:
                    raise InvalidRegister(problems)
            getattr(w, name)(value)

    def set_languages(self, languages: list[str]) -> None:
        """The languages the register is kept in, main language first."""
        problems = m.language_problems(list(languages))
        if problems:
            raise InvalidRegister(problems)
        with self._write("register", "", "update", f"languages {', '.join(languages)}") as w:
            w.languages(list(languages))

    def _position_of(self, kind: str, item_id: str) -> int | None:
        row = self._conn.execute(f"SELECT position FROM {kind} WHERE {KEY_COLUMN[kind]} = ?", (item_id,)).fetchone()
        return None if row is None else row[0]

    def _next_position(self, kind: str) -> int:
        return self._conn.execute(f"SELECT COALESCE(MAX(position) + 1, 0) FROM {kind}").fetchone()[0]

    def add(self, entry: Any) -> Any:
        """Add a list entry at the end; an empty id is made from its name. Returns the stored entry."""
        kind = entry.KIND
        if kind != "identification_rules" and not entry.id:
            entry = dataclasses.replace(entry, id=m.new_id(label(entry), set(self.ids(kind)), _ID_FALLBACK[kind]))
        problems = m.validate_entry(entry, kind) + value_problems(entry, kind)
        if self._position_of(kind, entry.id) is not None:
            key = "duplicate_channel" if kind == "identification_rules" else "duplicate_id"
            problems.append(Problem(kind, key, {"value": entry.id}))
        if problems:
            raise InvalidRegister(problems)
        with self._write(kind, entry.id, "add", label(entry)) as w:
            getattr(w, kind)(entry, self._next_position(kind))
        return entry

    def update(self, entry: Any, base: Any | None = None) -> None:
        """Save a changed list entry (found by id).

        With ``base`` (the entry as it was when the user started editing), only the fields that differ
        from ``base`` are written, onto what the file holds now, so a change another program saved
        meanwhile to other fields is kept; if another program changed one of the same fields,
        ``EditConflict`` is raised and nothing is written.  Without ``base`` the entry is written whole.
        """
        self.update_many([(entry, base)])

    def update_many(self, changes: list[tuple[Any, Any | None]], *, skip_gone: bool = False) -> None:
        """Save several changed entries of one kind, (entry, base) pairs, each as ``update`` does, in one
        transaction: all are written or none.  With ``skip_gone``, entries another program has removed
        meanwhile are left out rather than refused (an undo of a change to many entries puts back the rest)."""
        for entry, _base in changes:
            problems = m.validate_entry(entry, entry.KIND) + value_problems(entry, entry.KIND)
            if problems:
                raise InvalidRegister(problems)
        pending = []
        for entry, base in changes:
            new, old = m.to_json(entry), None if base is None else m.to_json(base)
            if new != old:
                pending.append((entry, new, old, base))
        if not pending:
            return
        kind = pending[0][0].KIND
        if any(e.KIND != kind for e, *_rest in pending):
            raise ValueError("update_many: entries of one kind")
        single = len(pending) == 1
        key = KEY_COLUMN[kind]
        with self._write(kind, pending[0][0].id if single else "", "update", "") as w:
            # Read inside the transaction: another program may have changed or removed them meanwhile.
            read = getattr(RowReader(self._conn, self.path), kind)
            if len(pending) > 20:  # one pass over the list rather than a query per entry
                rows = {r[key]: r for r in read()}
                positions = dict(self._conn.execute(f"SELECT {key}, position FROM {kind}").fetchall())
            else:
                rows = {r[key]: r for e, *_rest in pending for r in read(e.id)}
                positions = {e.id: self._position_of(kind, e.id) for e, *_rest in pending}
            written = []
            for entry, new, old, base in pending:
                if skip_gone and entry.id not in rows:
                    continue
                conflict = EditConflict("edit_conflict", entry=label(base if base is not None else entry))
                changed = self._update_row(w, entry, new, old, rows.get(entry.id), positions.get(entry.id), conflict)
                if changed:
                    written.append(", ".join(changed) if single else entry.id)
            if not written:
                w.skip()
                return
            w.summary = written[0] if single else _shortened(", ".join(written))

    def _update_row(
        self,
        w: RowWriter,
        entry: Any,
        new: dict[str, Any],
        base: dict[str, Any] | None,
        row: dict[str, Any] | None,
        position: int | None,
        conflict: EditConflict,
    ) -> list[str]:
        """Write one entry (``new`` is its JSON, ``base`` that of what the user started from) inside a
        transaction onto its stored ``row``; returns the fields that changed."""
        kind = entry.KIND
        if row is None or position is None:  # deleted by another program meanwhile
            raise EntryGone("entry_deleted_elsewhere", entry=label(entry))
        current, problems = m.read_entry(kind, row)
        if problems:
            raise DamagedFile("damaged_content", path=str(self.path), detail=problems[0])
        now = m.to_json(current)
        if base is not None and now != base:  # changed elsewhere meanwhile: the user's fields onto it
            new = merge_edit(now, base, new, conflict)
            entry, problems = m.read_entry(kind, new)
            problems += m.validate_entry(entry, kind)
            if problems:
                raise InvalidRegister(problems)
        changed = [k for k, v in new.items() if now.get(k) != v]
        if changed:
            getattr(w, kind)(entry, position)
        return changed

    def delete(self, kind: str, item_id: str) -> Deletion:
        """Remove an entry and every reference to it; the result puts it all back (undo)."""
        entry = self.get(kind, item_id)
        if entry is None:  # deleted by another program meanwhile
            raise EntryGone("entry_already_deleted", entry=item_id)
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
                    [Problem(f"retention_rules.{sole[0]}", "only_category_of_rule", {"value": label(entry)})]
                )
        deletion = Deletion(kind, entry, self._position_of(kind, item_id) or 0)
        for table, owner_col, col in BACK_REFERENCES.get(kind, []):
            for owner, position in self._conn.execute(
                f"SELECT {owner_col}, position FROM {table} WHERE {col} = ?", (item_id,)
            ):
                deletion.links.append((table, owner_col, owner, col, position))
        with self._write(kind, item_id, "delete", label(entry)) as w:
            w.execute(f"DELETE FROM {kind} WHERE {KEY_COLUMN[kind]} = ?", (item_id,))
        return deletion

    def restore(self, deletion: Deletion) -> None:
        """Undo a delete: the entry at its old place, and the references that still can point at it."""
        entry = deletion.entry
        with self._write(deletion.kind, entry.id, "restore", label(entry)) as w:
            getattr(w, deletion.kind)(entry, deletion.position)
            for table, owner_col, owner, col, position in deletion.links:
                owner_table = OWNER_TABLES[owner_col]
                if self._conn.execute(f"SELECT 1 FROM {owner_table} WHERE id = ?", (owner,)).fetchone():
                    w.execute(
                        f"INSERT OR IGNORE INTO {table} ({owner_col}, {col}, position) VALUES (?, ?, ?)",
                        (owner, entry.id, position),
                    )

    def move(self, kind: str, item_id: str, new_index: int) -> None:
        """Put an entry at ``new_index`` in its list."""
        order = self.ids(kind)
        if item_id not in order:  # deleted by another program meanwhile
            raise EntryGone("entry_deleted_elsewhere", entry=item_id)
        order.remove(item_id)
        order.insert(max(0, min(new_index, len(order))), item_id)
        with self._write(kind, item_id, "move", f"to {new_index}") as w:
            w.conn.executemany(f"UPDATE {kind} SET position = ? WHERE {KEY_COLUMN[kind]} = ?", list(enumerate(order)))

    def replace_all(self, register: m.Register) -> None:
        """Replace the whole content (e.g. an imported JSON register) in one transaction."""
        with gc_paused():  # every entry checked
            m.check_valid(register)
            check_values(register)
        self._replace_checked(register)

    def _replace_checked(self, register: m.Register) -> None:
        """``replace_all`` of a register already checked (``create`` checks it before it decides where to write)."""
        with self._write("register", "", "replace", "whole register replaced") as w:
            w.everything(register)

    # -- copies ---------------------------------------------------------------

    def save_as(self, target: Path | str) -> None:
        """A consistent copy of this register at ``target`` (SQLite backup API; see ``_put_in_place``)."""
        target = Path(target)
        files.check_output(target, sources=(self.path,), force=True, register=True)  # never onto this file itself
        with file_errors(target, key="copy_failed"):  # (the register itself is as it was: said so)
            target.parent.mkdir(parents=True, exist_ok=True)
            with files.temp_beside(target) as tmp:
                copy_with_backup_api(self._conn, tmp)
                _put_in_place(tmp, target)

    def backup(self, reason: str, *, day: _dt.date | None = None) -> Path:
        """A copy in the backups folder; only the newest ``BACKUPS_KEPT`` of this register are kept."""
        return make_backup(self._conn, self.path, reason, day=day)

    def restore_from(self, backup: Path, version: int) -> Path:
        """Put the content of ``backup`` (checked by ``restore.check_backup``: schema ``version``) into this
        open register, in place; returns the backup made of what was here before."""
        if self.read_only:
            raise ReadOnlyRegister("read_only", path=str(self.path))
        safety = self.backup("before-restore")
        with file_errors(self.path):
            src = connect(backup, read_only=True)
            try:
                src.backup(self._conn)  # page by page into the open file, under SQLite's locks
            finally:
                src.close()
            if version < schema.SCHEMA_VERSION:
                schema.apply(self._conn)
            with self._write("register", "", "restore", f"restored from {backup.name}"):
                pass
        return safety

    def compact_copy(self, target: Path | str, *, with_logs: bool = False) -> None:
        """A copy to hand on (the accountant's): nothing deleted, renamed or erased travels with it.

        The requests log and the breach register hold personal data and stay out of it (with their
        change-log rows) unless ``with_logs``.

        The register is copied into memory; there every entry gets an id that says nothing (``recipient-3``:
        an id made from a name would keep a deleted or former name), and the change log keeps when, by whom
        and what kind of change was made, but no names.  Only then is the copy written (``VACUUM INTO``,
        so no free pages) beside ``target``, integrity-checked, and renamed into place: a temporary file a
        kill leaves behind holds nothing more than the copy would.
        """
        target = Path(target)
        # never onto this file itself, under another name (a hard link) too: the copy would be written into it
        files.check_output(target, sources=(self.path,), force=True, register=True)
        with file_errors(target, key="copy_failed"):
            target.parent.mkdir(parents=True, exist_ok=True)
            files.remove_stale_temp_files(target.parent)
            memory = sqlite3.connect("file::memory:", uri=True, isolation_level=None)
            try:
                self._conn.backup(memory)
                if not with_logs:
                    _leave_out_the_logs(memory)
                _scrub_for_handing_on(memory)
                with files.temp_beside(target) as tmp:
                    tmp.unlink()  # VACUUM INTO wants a name that does not exist yet
                    memory.execute("VACUUM INTO ?", (uri(tmp, "rwc"),))
                    copy = sqlite3.connect(uri(tmp, "rw"), uri=True, isolation_level=None)
                    try:
                        ok = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                        copy.execute("PRAGMA journal_mode = DELETE")
                    finally:
                        copy.close()
                    if not ok:
                        raise DamagedFile("damaged", path=str(target))
                    _put_in_place(tmp, target)
            finally:
                memory.close()

    def accountant_copy(self, folder: Path | str, day: _dt.date | None = None, *, with_logs: bool = False) -> Path:
        """ "Prepare copy for the accountant": a compact copy in ``folder`` named after the organisation
        and the date (never over an existing file), without the logs unless ``with_logs``; returns its path."""
        folder = Path(folder)
        name = self._conn.execute("SELECT name FROM organisation").fetchone()
        target = folder / free_name(folder, accountant_copy_name(name[0] if name else "", day))
        self.compact_copy(target, with_logs=with_logs)
        return target

    def scrub_change_log(self, text: str) -> int:
        """Blank every change-log row that names ``text`` (in its summary or its entry's id, any letter case);
        how many.  The freed text is overwritten (``secure_delete``)."""
        needle = text.casefold()
        rows = [
            row_id
            for row_id, entity_id, summary in self._conn.execute("SELECT id, entity_id, summary FROM change_log")
            if needle in entity_id.casefold() or needle in summary.casefold()
        ]
        if not rows:
            return 0
        with self._write("register", "", "erase", "") as w:
            w.conn.executemany("UPDATE change_log SET entity_id = '', summary = '' WHERE id = ?", [(r,) for r in rows])
        return len(rows)

    def integrity_ok(self) -> bool:
        return self._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (its device and file number), None when there is none."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return info.st_dev, info.st_ino


def _put_in_place(new: Path, target: Path) -> None:
    """Put the complete register file ``new`` at ``target`` (a copy saved by Save As or for the accountant).

    Nothing that was at ``target`` is lost.  A register there, perhaps open in another program (last month's
    copy, open on the accountant's computer), gets the copy written into it under SQLite's locks, after a
    backup of what it held: the other program sees the new content and goes on saving into the same file,
    where a rename would leave it writing into one that is gone.  Any other file is replaced under a lock of
    our own, its bytes kept as a backup (``replace_file``).
    """
    if target.exists() or target.is_symlink():
        try:
            existing = _register_at(target)
        except Busy:
            raise Busy("busy_replace", path=str(target)) from None
        if existing is not None:
            with existing:
                if existing.read_only:
                    raise ReadOnlyRegister("read_only", path=str(target))
                existing.backup("before-replace")
                with file_errors(target):
                    source = connect(new, read_only=True)
                    try:
                        source.backup(existing._conn, progress=_give_up_when_busy(target))
                    finally:
                        source.close()
            return
    replace_file(new, target)


def _register_at(path: Path) -> RegisterFile | None:
    """The register already at ``path``, opened to be written into; None where what is there is not a register
    that can be (another file, a damaged one, a newer version's): it is replaced as a whole instead."""
    try:
        return RegisterFile.open(path)
    except (NotARegister, DamagedFile, NewerVersion):
        return None


def _give_up_when_busy(target: Path) -> Any:
    """A ``backup`` progress callback that stops at once when another program holds ``target``'s lock (after
    the connection's busy timeout): left to itself, Python's ``backup`` would try again for ever."""

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise Busy("busy_replace", path=str(target))

    return progress


LOG_KINDS = ("requests", "breaches")


LOGS_LEFT_OUT = "copy_without_logs"  # the change-log action of a copy made without the logs (``logs_left_out``)


def _leave_out_the_logs(conn: sqlite3.Connection) -> None:
    """Empty the requests log and the breach register (their links go with them) and their change-log rows; the
    change log says that they were left out."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN IMMEDIATE")
    for kind in LOG_KINDS:
        conn.execute(f"DELETE FROM {kind}")
        conn.execute("DELETE FROM change_log WHERE entity = ?", (kind,))
    log_change(conn, "register", "", LOGS_LEFT_OUT, "")
    conn.execute("COMMIT")


def _scrub_for_handing_on(conn: sqlite3.Connection) -> None:
    """No former or deleted names in a copy to hand on (see ``RegisterFile.compact_copy``).

    An entry's id made from the name it had when added (``anna-liepa``) is a trace once it is renamed: it
    becomes ``recipient-3``.  The change log keeps when, by whom and what kind of change was made; the ids
    of entries that no longer exist and the names it recorded (an add's, a delete's) go.
    """
    conn.execute("PRAGMA foreign_keys = ON")  # the links follow a new id (ON UPDATE CASCADE)
    conn.execute("BEGIN IMMEDIATE")
    renamed: dict[tuple[str, str], str] = {}
    live: set[tuple[str, str]] = set()
    for kind in m.LIST_KINDS:
        if KEY_COLUMN[kind] != "id":
            continue
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({kind})")}
        name_col = "name" if "name" in columns else "id"
        entries = conn.execute(f"SELECT id, {name_col} FROM {kind}").fetchall()
        taken = {entry_id for entry_id, _ in entries}
        added_as = dict(
            conn.execute(
                "SELECT entity_id, summary FROM change_log WHERE entity = ? AND action = 'add'", (kind,)
            ).fetchall()
        )
        for entry_id, name in entries:
            former = added_as.get(entry_id, "")
            now = {m.new_id(n, ()) for n in _text_values(name)}  # the slugs of its name in every language
            from_former = (
                former
                and m.new_id(former, ()) not in now
                and (entry_id == m.new_id(former, ()) or entry_id.startswith(m.new_id(former, ()) + "-"))
            )
            if from_former:
                new = m.new_id("", taken, _ID_FALLBACK[kind])  # "recipient", "recipient-2", ...
                taken.add(new)
                conn.execute(f"UPDATE {kind} SET id = ? WHERE id = ?", (new, entry_id))
                renamed[(kind, entry_id)] = new
                live.add((kind, new))
            else:
                live.add((kind, entry_id))
    for row_id, entity, entity_id in conn.execute("SELECT id, entity, entity_id FROM change_log").fetchall():
        if entity in m.LIST_KINDS and KEY_COLUMN[entity] == "id":
            new_id = renamed.get((entity, entity_id), entity_id)
            if (entity, new_id) not in live:
                conn.execute("UPDATE change_log SET entity_id = '', summary = '' WHERE id = ?", (row_id,))
            elif new_id != entity_id:
                conn.execute("UPDATE change_log SET entity_id = ? WHERE id = ?", (new_id, row_id))
    # What was changed stays (field names, "update", "move"); the names an add or a delete recorded go.
    conn.execute("UPDATE change_log SET summary = '' WHERE action NOT IN ('update', 'move', 'create', 'replace')")
    conn.execute("COMMIT")


def _text_values(column: Any) -> list[str]:
    """The words of a text column: each language's value of the format's JSON object, or the text itself."""
    if isinstance(column, str) and column.startswith("{"):
        try:
            value = json.loads(column)
        except ValueError:
            return [column]
        if isinstance(value, dict):
            return [v for v in value.values() if isinstance(v, str)]
    return [column] if isinstance(column, str) else []


def _upgraded_in_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A copy of the open file in memory, brought up to the current schema; ``conn`` is closed."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(memory)
        conn.close()
        memory.execute("PRAGMA foreign_keys = ON")
        schema.apply(memory)
    except BaseException:
        memory.close()
        raise
    return memory


def merge_edit(now: Any, base: Any, mine: Any, conflict: EditConflict) -> Any:
    """Three-way merge of one edit (JSON shapes): what the user changed from ``base`` goes onto ``now``.

    Objects merge field by field (so two people may change different fields of one entry, or the
    e-mail and the phone of the contact person); a list of references (``…_ids``) merges link by link
    (``merge_links``); anything else is one value.  A value both the user and someone else changed, to
    different results, is an ``EditConflict``.
    """
    if isinstance(now, dict) and isinstance(base, dict) and isinstance(mine, dict):
        merged = {
            k: (
                merge_links(now[k], base[k], mine[k])
                if k.endswith("_ids") and all(isinstance(side.get(k), list) for side in (now, base, mine))
                else merge_edit(now.get(k), base.get(k), mine.get(k), conflict)
            )
            for k in {**now, **mine}
        }
        # A key only one side has is a language of a text: merged to None, it was removed.
        return {k: v for k, v in merged.items() if v is not None or (k in now and k in mine)}
    if mine == base or now == mine:
        return now
    if now == base:
        return mine
    raise conflict


def merge_links(now: list[str], base: list[str], mine: list[str]) -> list[str]:
    """The references someone else holds now, with the user's own ticks and unticks since ``base`` on them:
    two people linking different entries to one purpose meanwhile both keep their links.  A link the user
    added goes where the user's list has it among the others (``model.relinked``)."""
    removed = set(base) - set(mine)
    checked = (set(now) - removed) | (set(mine) - set(base))
    return m.relinked(now, checked, mine)


_ID_FALLBACK = {
    "subject_categories": "subjects",
    "data_categories": "data",
    "recipients": "recipient",
    "purposes": "purpose",
    "retention_rules": "retention",
    "security_measures": "measure",
    "identification_rules": "channel",
    "requests": "request",
    "breaches": "breach",
}


def logs_left_out(path: Path | str) -> bool:
    """The register file at ``path`` is a copy handed on without its logs (``RegisterFile.logs_left_out``); a
    ``.json`` register never is."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return False
    with RegisterFile.open(path, read_only=True) as store:
        return store.logs_left_out()


def load_register(path: Path | str) -> m.Register:
    """A register from a register file or a ``.json`` register (for commands that only read)."""
    from ropa_desktop.core import interchange

    path = Path(path)
    if path.suffix.lower() == ".json":
        return interchange.read(path)
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()
