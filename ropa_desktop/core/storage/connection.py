"""Connections to a register file, its header and journal, and the one mapping of file errors to the core's.

Every ``OSError`` and ``sqlite3.Error`` met while reading or writing a register becomes one of the core's
errors (``errors.py``) here, in ``file_errors``, and nowhere else in the storage package.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ropa_desktop.core import files, schema
from ropa_desktop.core.errors import (
    Busy,
    DamagedFile,
    FileMoved,
    NewerVersion,
    NotARegister,
    ReadOnlyRegister,
    RegisterFileError,
    WriteFailed,
    reason,
)

SQLITE_MAGIC = files.SQLITE_MAGIC
BUSY_TIMEOUT_MS = 2000
# SQLite's refusal to write a file that is no longer at its path (moved, deleted or replaced while open).
_SQLITE_READONLY_DBMOVED = 1032  # SQLITE_READONLY | (4 << 8)


# --- the one mapping of errors ------------------------------------------------------------


def sqlite_error(exc: sqlite3.Error, path: Path) -> RegisterFileError:
    """A sentence for an SQLite failure."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if code == _SQLITE_READONLY_DBMOVED:  # not read-only: another program took the file away from under us
        return FileMoved("file_moved", path=str(path))
    code = None if code is None else code & 0xFF  # the primary code of an extended one
    if "could not decode to utf-8" in text:  # Python's words for a text value that is not UTF-8
        return DamagedFile("bad_text_in_file", path=str(path))
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) and path.exists():
        if not is_writable(path):
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
    return WriteFailed("write_failed", path=str(path), reason=reason(exc))


@contextlib.contextmanager
def file_errors(
    path: Path | str, *, reading: bool = False, opening: bool = False, key: str | None = None
) -> Iterator[None]:
    """Turn an ``OSError`` or ``sqlite3.Error`` raised inside the block into the core's error for ``path``.

    ``reading``: a failure to read a file we are checking means the file is damaged (not that a save
    failed).  ``opening``: the file is being opened, so a lock held by another program means it is busy
    (nothing of ours waits to be saved).  ``key``: every failure is that ``WriteFailed`` (e.g.
    ``backup_failed``) with its reason.
    """
    path = Path(path)
    try:
        yield
    except sqlite3.Error as exc:
        if key is not None:
            raise WriteFailed(key, path=str(path), reason=reason(exc)) from None
        err = sqlite_error(exc, path)
        if (reading or opening) and err.key == "locked":
            raise Busy("busy", path=str(path)) from None  # another program is saving: not damage
        raise (DamagedFile("damaged", path=str(path)) if reading and isinstance(err, WriteFailed) else err) from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise RegisterFileError("name_too_long", path=str(path)) from None
        raise WriteFailed(key or "write_failed", path=str(path), reason=reason(exc)) from None
    except UnicodeEncodeError:  # a name that is not UTF-8, where SQLite wants text
        raise RegisterFileError("bad_path_encoding", path=str(path)) from None


# --- reading the header without SQLite ------------------------------------------------


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path, *, check_version: bool = True) -> Header:
    """Check a file is an SQLite register of ours by its first 100 bytes alone (a regular file only)."""
    head = files.read_head(path, 100)
    if not head:
        raise NotARegister("empty_file", path=str(path))
    if len(head) >= len(SQLITE_MAGIC) and not any(head):  # a copy under way that set the size first
        raise DamagedFile("incomplete", path=str(path))
    if not head.startswith(SQLITE_MAGIC[: len(head)]) or len(head) < len(SQLITE_MAGIC):
        if _json_start(head):  # a JSON export sent instead
            raise NotARegister("json_file", path=str(path))
        if head.startswith(b"PK\x03\x04"):  # packed by an e-mail program or a file manager
            raise NotARegister("zip_file", path=str(path))
        if head.startswith(files.PDF_MAGIC):  # a document printed from a register, sent instead of it
            raise NotARegister("pdf_file", path=str(path))
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


def _json_start(head: bytes) -> bool:
    """Whether a file's first bytes start a JSON document: UTF-8, or UTF-16 by its mark (Windows Notepad's
    “Unicode”)."""
    for mark, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(mark):
            return head[2:].decode(encoding, errors="ignore").lstrip()[:1] in ("{", "[")
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


def cut_short(path: Path) -> bool:
    """True when ``path`` is an SQLite file that looks cut off while it was copied or downloaded: less in it than
    its header says, or its last page still zeros (a copy that sets the size first, as Windows' does, and fills
    it after).  Asked only of a file already found damaged: never of one another program is saving."""
    try:
        with files.open_regular(path) as fd:
            head = os.read(fd, 100)
            size = os.fstat(fd).st_size
            if not head.startswith(SQLITE_MAGIC) or len(head) < 100:
                return head.startswith(SQLITE_MAGIC)
            page_size = int.from_bytes(head[16:18], "big")
            page_size = 65536 if page_size == 1 else page_size
            pages = int.from_bytes(head[28:32], "big")
            counted = head[92:96] == head[24:28]  # the page count is kept up to date (every SQLite since 2010)
            if counted and size < pages * page_size:
                return True
            if page_size < 512 or size < 2 * page_size:
                return False
            os.lseek(fd, size - page_size, os.SEEK_SET)
            return not any(os.read(fd, page_size))
    except (RegisterFileError, OSError):
        return False


def recover_journal(path: Path) -> None:
    """Let SQLite roll back an interrupted write (it does so on the first read), then let go."""
    with file_errors(path, reading=True):
        conn = connect(path, read_only=False, set_journal_mode=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


# --- connections ----------------------------------------------------------------------


def uri(path: Path, mode: str) -> str:
    """An SQLite URI for a local or network path (``\\\\server\\share\\x.ropa`` too: SQLite wants an empty host)."""
    posix = path.resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/Users/... on Windows
    posix = posix if not posix.startswith("//") else "//" + posix
    # os.fsencode: a folder name that is not UTF-8 (bytes kept as surrogates) reaches SQLite as its bytes.
    return "file:" + urllib.parse.quote(os.fsencode(posix)) + f"?mode={mode}"


def connect(path: Path, *, read_only: bool, set_journal_mode: bool = True) -> sqlite3.Connection:
    address = uri(path, "ro" if read_only else "rw")
    conn = sqlite3.connect(
        address, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
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


def is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def copy_with_backup_api(conn: sqlite3.Connection, target: Path, *, private: bool = False) -> None:
    """Write a consistent copy of an open database to ``target`` (atomically); ``private``: readable by the
    user only (a backup), else with the user's usual permissions."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with files.temp_beside(target) as tmp:
        if private:
            os.chmod(tmp, 0o600)
        dest = sqlite3.connect(uri(tmp, "rw"), uri=True, isolation_level=None)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
