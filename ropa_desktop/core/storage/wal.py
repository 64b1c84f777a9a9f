"""A register another program kept in WAL mode (an SQLite browser does, on request), perhaps with a ``-wal``
beside it holding changes that are not in the file itself.

The ``-wal`` is part of the file's content, from whoever sent it: SQLite takes it in at the first read, and
writes it into the file when the last connection closes — a refusal would then leave the file changed.  So the
two are first read together in a private copy and checked there like any file being opened; only a register
that passes is opened itself (and made one self-contained file again: ``journal_mode = DELETE``).  One that is
only read is read from that copy, so nothing (not even a ``-shm``) is written beside it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

from ropa_desktop.core import files
from ropa_desktop.core.storage.connection import connect, file_errors
from ropa_desktop.core.storage.verify import verify_register

_WAL_MODE = b"\x02\x02"  # the header's read and write versions (bytes 18 and 19) of a file in WAL mode


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def uses_wal(path: Path) -> bool:
    """Whether the file is in WAL mode, or has a ``-wal`` beside it (asked of regular SQLite files only)."""
    try:
        if wal_path(path).stat().st_size > 0:
            return True
    except OSError:
        pass
    return files.read_head(path, 20)[18:20] == _WAL_MODE


def checked_copy(path: Path) -> sqlite3.Connection:
    """The register at ``path`` together with its ``-wal``, checked as an opened register is, in memory.

    Raises what opening would (another program's file, a newer version's, unexpected tables or code, damage)
    with ``path`` and its ``-wal`` left as they were.
    """
    with tempfile.TemporaryDirectory(prefix="ropa-") as folder:  # (made readable by the user only)
        copy = Path(folder) / "register.ropa"
        with file_errors(path, reading=True):
            shutil.copyfile(path, copy)
            with contextlib.suppress(FileNotFoundError):
                shutil.copyfile(wal_path(path), wal_path(copy))
            conn = connect(copy, read_only=False, set_journal_mode=False)
        try:
            with file_errors(path, reading=True):
                conn.execute("PRAGMA journal_mode = DELETE")  # the -wal taken into the copy
            header_version = int.from_bytes(files.read_head(copy, 64)[60:64], "big")  # as the -wal left it
            verify_register(conn, path, header_version)
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            with file_errors(path, reading=True):
                conn.backup(memory)
            return memory
        finally:
            conn.close()


def fold_in(path: Path) -> None:
    """Let SQLite write the ``-wal`` into the file (checked first: ``checked_copy``) and leave WAL mode."""
    with file_errors(path, reading=True):
        conn = connect(path, read_only=False, set_journal_mode=False)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
