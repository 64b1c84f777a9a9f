"""A ``-journal`` beside a register: left by a save that was cut off, or by another program that is saving.

SQLite rolls a *hot* journal (one no program holds a lock for) back onto the file at the first read. That is
right after a crash, and wrong for a journal that does not belong to the file (copied in by a file manager,
left by a sync tool): it would silently change the register, or grow it to any size.  So, before SQLite may
roll a journal back, the file and the journal are copied aside; a journal that cannot belong to the file is
moved aside and not used; and after the roll-back the result is checked like any file being opened.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from ropa_desktop.core import files
from ropa_desktop.core.errors import DamagedFile, Notice, RegisterFileError
from ropa_desktop.core.storage.backups import backup_path, private_backups_dir, prune_backups
from ropa_desktop.core.storage.connection import connect, file_errors, read_header, recover_journal
from ropa_desktop.core.storage.verify import verify_register

_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_SQLITE_READONLY_ROLLBACK = 776  # SQLITE_READONLY | (3 << 8): "a hot journal needs rolling back"


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def journal_is_hot(path: Path) -> bool:
    """True when the journal beside ``path`` would be rolled back now (no program is in the middle of saving).

    Asked through a read-only connection, which cannot roll anything back: it says "busy" while another
    program is writing, reads normally while another program holds its journal but has not started to
    write the file, and refuses with SQLITE_READONLY_ROLLBACK when the journal is hot.
    """
    if not has_journal(path):
        return False
    try:
        conn = connect(path, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK:
            return True
        with file_errors(path, reading=True):
            raise
    return False


def journal_fits(path: Path) -> bool:
    """Whether the journal could have been written by a save into this file (checked before it is used).

    Its header must be SQLite's, its page size the file's, the size it restores no larger than the file is
    now (a journal never makes a file of ours grow), and every page it puts back inside that size.
    """
    journal = journal_path(path)
    try:
        head = files.read_head(path, 100)
        data = files.read_bytes(journal, limit=max(path.stat().st_size * 2, 1 << 20) + (1 << 16))
    except (RegisterFileError, OSError):
        return False
    if len(head) < 100:
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    file_pages = path.stat().st_size // page_size if page_size else 0
    offset = 0
    first = True
    while offset + 28 <= len(data) and data[offset : offset + 8] == _JOURNAL_MAGIC:
        n_rec, _nonce, initial_pages, sector, jpage = (
            int.from_bytes(data[offset + i : offset + i + 4], "big") for i in range(8, 28, 4)
        )
        if first and (jpage != page_size or not 0 < initial_pages <= file_pages or not 512 <= sector <= 65536):
            return False
        if not first and initial_pages > file_pages:
            return False
        first = False
        offset += sector
        record = 8 + page_size
        count = n_rec if 0 < n_rec < 0xFFFFFFFF else (len(data) - offset) // record
        for _ in range(count):
            if offset + record > len(data):
                break
            pgno = int.from_bytes(data[offset : offset + 4], "big")
            if not 1 <= pgno <= initial_pages:
                return False
            offset += record
        offset = -(-offset // sector) * sector  # the next header starts on a sector boundary
    return not first


def recover(path: Path) -> Notice:
    """Deal with a hot journal beside ``path``: copy file and journal aside, then roll back or set it aside.

    Returns what the user should be told (with where the copies are); raises ``DamagedFile`` when the
    rolled-back file does not pass the checks of an opened register (the copies stay in the backups folder).
    """
    journal = journal_path(path)
    copy = backup_path(path, "before-recovery")
    with file_errors(copy, key="backup_failed"):
        private_backups_dir()
        shutil.copyfile(path, copy)
        os.chmod(copy, 0o600)
        shutil.copyfile(journal, Path(f"{copy}-journal"))
        os.chmod(f"{copy}-journal", 0o600)
    prune_backups(path)
    if not journal_fits(path):
        aside = Path(f"{copy}-journal")
        with file_errors(journal):
            journal.unlink()  # its copy is kept beside the file's copy; never rolled onto the register
        return Notice("journal_set_aside", path=str(path), copy=str(aside))
    size_before = path.stat().st_size
    recover_journal(path)
    if path.stat().st_size > size_before:
        raise DamagedFile("damaged", path=str(path))
    header = read_header(path)
    with file_errors(path, reading=True):
        conn = connect(path, read_only=True)
    try:
        verify_register(conn, path, header.user_version)
    finally:
        conn.close()
    return Notice("journal_recovered", path=str(path), copy=str(copy))
