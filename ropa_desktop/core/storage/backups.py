"""Backup copies of a register: their names, where they are, making one, listing and pruning them.

(Putting a backup's content back into a register is ``restore.py``.)
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ropa_desktop import paths
from ropa_desktop.core import files
from ropa_desktop.core.storage.connection import copy_with_backup_api, file_errors
from ropa_desktop.core.storage.names import glob_escape

BACKUPS_KEPT = 10
_BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup copy of a register."""

    path: Path
    created: _dt.datetime
    reason: str  # "daily", "before-upgrade-v1", "before-restore", ...
    size: int


def backup_series(path: Path) -> str:
    """The name shared by the backups of one register: its file name and a digest of its full path.

    Two registers both called ``zimes.ropa`` in different folders never share (or prune) each other's backups.
    """
    import hashlib  # only when backups are made or listed, not at every start

    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{Path(path).stem[: files.NAME_KEPT]}-{digest}"  # the digest tells registers of one name start apart


def backup_name(path: Path, reason: str, *, day: _dt.date | None = None) -> str:
    now = _dt.datetime.now()
    if day is not None:
        now = now.replace(year=day.year, month=day.month, day=day.day)
    return f"{backup_series(path)}--{now.strftime(_BACKUP_STAMP)}--{reason}{paths.REGISTER_SUFFIX}"


def private_backups_dir() -> Path:
    """The backups folder, made if needed, readable by the user only (backups hold personal data)."""
    folder = paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)  # a folder made by an earlier version with the usual 0755
    return folder


def backup_path(register_path: Path, reason: str, *, day: _dt.date | None = None) -> Path:
    """Where a new backup of the register at ``register_path`` goes."""
    return paths.backups_dir() / backup_name(register_path, reason, day=day)


def make_backup(
    conn: sqlite3.Connection,
    register_path: Path,
    reason: str,
    *,
    day: _dt.date | None = None,
    error_key: str | None = None,
) -> Path:
    """A consistent copy of the open database in the backups folder; only the newest ``BACKUPS_KEPT`` are kept.

    ``error_key``: how a failure is told (see ``connection.file_errors``).
    """
    target = backup_path(register_path, reason, day=day)
    with file_errors(target, key=error_key):
        private_backups_dir()
        copy_with_backup_api(conn, target, private=True)
    prune_backups(register_path)
    return target


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


def prune_backups(register_path: Path, keep: int = BACKUPS_KEPT) -> None:
    for old in list_backups(register_path)[keep:]:  # newest first
        old.path.unlink(missing_ok=True)
        Path(f"{old.path}-journal").unlink(missing_ok=True)  # the journal kept with a file as it was
