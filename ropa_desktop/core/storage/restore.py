"""Putting a backup copy back, and the backup the app makes the first time a register is opened on a day."""

from __future__ import annotations

import contextlib
import datetime as _dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ropa_desktop.core import files, schema
from ropa_desktop.core.errors import Busy, RegisterFileError
from ropa_desktop.core.storage.backups import list_backups
from ropa_desktop.core.storage.connection import (
    connect,
    copy_with_backup_api,
    file_errors,
    read_header,
    recover_journal,
)
from ropa_desktop.core.storage.journal import has_journal, journal_fits, journal_path
from ropa_desktop.core.storage.register_file import RegisterFile
from ropa_desktop.core.storage.replace import replace_file
from ropa_desktop.core.storage.verify import verify_register


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


def check_backup(backup: Path) -> int:
    """Open a backup copy read-only and check it as any register is checked; its schema version."""
    header = read_header(backup)
    with file_errors(backup):
        conn = connect(backup, read_only=True)
    try:
        version = verify_register(conn, backup, header.user_version)
        if version == schema.SCHEMA_VERSION:
            RegisterFile(conn, backup, read_only=True).load()
        return version
    finally:
        conn.close()


@contextlib.contextmanager
def _readable(backup: Path) -> Iterator[Path]:
    """The backup as it can be read and copied: itself, or, for a copy kept with the journal of a save that was cut
    off (``before-recovery``), a private copy with that save undone (its journal set aside where it does not fit
    the file, as when a register is opened).  Messages name the backup, never the private copy."""
    if not has_journal(backup):
        yield backup
        return
    with tempfile.TemporaryDirectory(prefix="ropa-") as folder:  # (readable by the user only)
        copy = Path(folder) / backup.name  # (the change log says what was restored by its name)
        try:
            with file_errors(backup, reading=True):
                shutil.copyfile(backup, copy)
                shutil.copyfile(journal_path(backup), journal_path(copy))
            read_header(copy, check_version=False)
            if journal_fits(copy):
                recover_journal(copy)  # the cut-off save undone, in the copy
            else:
                journal_path(copy).unlink()
            yield copy
        except RegisterFileError as exc:
            if exc.params.get("path") != str(copy):
                raise
            raise type(exc)(exc.key, **{**exc.params, "path": str(backup)}) from None


def restore_backup(backup: Path | str, target: RegisterFile | Path | str) -> Path | None:
    """Put a backup copy's content into a register, first backing up what is there now.

    ``target`` is the open register (its content is replaced in place, so another program that has
    it open sees the change) or the path of one that cannot be opened (a damaged file is kept byte
    for byte in the backups folder, then replaced).  Returns the backup of the replaced content
    (None when there was no file).
    """
    with _readable(Path(backup)) as readable:
        return _restore(readable, target)


def _restore(backup: Path, target: RegisterFile | Path | str) -> Path | None:
    version = check_backup(backup)
    if isinstance(target, RegisterFile):
        return target.restore_from(backup, version)
    target = Path(target)
    if target.exists():
        try:
            store = RegisterFile.open(target)
        except Busy:
            raise  # another program is saving it: not damaged, and not to be replaced under it
        except RegisterFileError:
            store = None
        if store is not None:
            with store:
                return store.restore_from(backup, version)
    with file_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        with files.temp_beside(target) as tmp:
            src = connect(backup, read_only=True)
            try:
                copy_with_backup_api(src, tmp)
            finally:
                src.close()
            # A damaged file is kept byte for byte in the backups folder, then replaced under a lock.
            safety = replace_file(tmp, target, reason="damaged")
    RegisterFile.open(target).close()  # brings an older backup up to date (with its own backup first)
    return safety
