"""Putting a finished new file in the place of a register file: never under another program, never blindly.

A file is only renamed onto a register while this process holds SQLite's exclusive lock on it (so no other
program is reading or saving it, and none can start), the replaced file's bytes are first kept in the backups
folder, and a journal beside it is set aside with them (it belongs to the old file and must never be rolled
onto the new one).  Creating a file where none was is done so that it fails if one appeared meanwhile.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ropa_desktop.core.errors import Busy, RegisterFileError
from ropa_desktop.core.storage.backups import backup_path, private_backups_dir
from ropa_desktop.core.storage.connection import BUSY_TIMEOUT_MS, file_errors, uri
from ropa_desktop.core.storage.journal import has_journal, journal_is_hot, journal_path


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """SQLite's exclusive lock on ``path`` for the block: no other connection reads or writes it meanwhile.

    ``Busy`` when another program holds any lock.  A file SQLite cannot read as a database is not locked
    (no program can be using it through SQLite either).
    """
    conn = sqlite3.connect(uri(path, "rw"), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        try:
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.Error as exc:
            code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
            if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise Busy("busy_replace", path=str(path)) from None
        if os.name == "nt":  # Windows cannot rename onto a file that is open; the check above must do
            conn.close()
        yield
    finally:
        conn.close()


def replace_file(new: Path, path: Path, reason: str = "replaced") -> Path | None:
    """Rename the complete file ``new`` onto ``path``; returns the backup of what ``path`` held (None if nothing),
    named with ``reason``."""
    if not path.exists():
        create_file(new, path)
        return None
    if has_journal(path) and not journal_is_hot(path):
        raise Busy("busy_replace", path=str(path))  # another program is in the middle of saving it
    safety = backup_path(path, reason)
    journal = journal_path(path)
    with file_errors(safety, key="backup_failed"):
        private_backups_dir()
        if has_journal(path):  # left by a cut-off save of the old file: kept with it, never rolled onto the new
            os.replace(journal, Path(f"{safety}-journal"))
    with _exclusive(path):
        with file_errors(safety, key="backup_failed"):
            shutil.copyfile(path, safety)
            os.chmod(safety, 0o600)
        with file_errors(path):
            os.replace(new, path)
    return safety


def create_file(new: Path, path: Path) -> None:
    """Rename ``new`` to ``path``, which must not exist: ``exists`` if another program made it meanwhile."""
    try:
        os.link(new, path)  # fails when the target exists, unlike a rename
    except FileExistsError:
        raise RegisterFileError("exists", path=str(path)) from None
    except OSError:
        # A file system without hard links (FAT, some network shares): look, then rename.
        if path.exists():
            raise RegisterFileError("exists", path=str(path)) from None
        with file_errors(path):
            os.replace(new, path)
        return
    new.unlink(missing_ok=True)
