"""Reading and writing whole files safely: one place for atomic writes and for file errors in words.

Every file the app writes (a register, a JSON export, a PDF, the settings) is written to a temporary
file beside the target and renamed onto it, so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ropa_desktop import paths
from ropa_desktop.core.errors import RegisterFileError, WriteFailed, reason

SQLITE_MAGIC = b"SQLite format 3\x00"
PDF_MAGIC = b"%PDF-"

# How much of a register's file name goes into the names of files made from it (temporary files, backups):
# a file name may have 255 bytes, and a name of Latvian letters takes up to two bytes a letter.
NAME_KEPT = 40


def new_temp_file(target: Path) -> Path:
    """An empty temporary file beside ``target``, to be renamed onto it; with the user's usual permissions.

    (``mkstemp`` makes files only their owner can read; a register in a shared folder must not be.)
    """
    # (the name's start only: beside a name near the 255 bytes a file name may have, the whole would not fit)
    fd, name = tempfile.mkstemp(prefix=f".{target.name[:NAME_KEPT]}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(name, 0o666 & ~umask)
    return Path(name)


def remove_stale_temp_files(folder: Path, older_than: float = 3600.0) -> None:
    """Remove temporary files of ours (``.name.xxxx.tmp``) that a killed process left in ``folder`` over an
    hour ago; a write still under way is never that old."""
    import time

    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if now - entry.stat(follow_symlinks=False).st_mtime > older_than:
                        os.unlink(entry.path)


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A new temporary file beside ``target`` (see ``new_temp_file``), removed unless renamed away in the block."""
    tmp = new_temp_file(target)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: Path | str, data: bytes, *, error_key: str = "write_failed") -> None:
    """Write ``data`` to ``path`` all at once: the old file stays whole until the new one is complete.

    A file that exists keeps its permissions (a private 0600 file stays private).  A symbolic link is
    written through: the file it points at gets the new content, the link stays a link.
    """
    path = Path(path)
    tmp: Path | None = None
    try:
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        refuse_special(path)
        mode = _existing_mode(path)
        tmp = new_temp_file(path)
        if mode is not None:
            os.chmod(tmp, mode)
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise RegisterFileError("name_too_long", path=str(path)) from None
        raise WriteFailed(error_key, path=str(path), reason=reason(exc)) from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def refuse_special(path: Path) -> None:
    """A device, a pipe or a socket is never replaced by a file (``/dev/null`` stays a device)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # nothing there yet (or nothing that can be looked at: the write says why)
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # (a folder: the write says it cannot replace it)
        raise RegisterFileError("output_not_regular", path=str(path))


def _existing_mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def read_error(exc: OSError, path: Path) -> RegisterFileError:
    """A file that could not be read, in words."""
    if exc.errno == errno.ENAMETOOLONG:
        return RegisterFileError("name_too_long", path=str(path))
    if isinstance(exc, IsADirectoryError):
        return RegisterFileError("is_folder", path=str(path))
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return RegisterFileError("not_found", path=str(path))
    if isinstance(exc, PermissionError):
        return RegisterFileError("permission_denied", path=str(path))
    return RegisterFileError("read_failed", path=str(path), reason=reason(exc))


@contextlib.contextmanager
def open_regular(path: Path) -> Iterator[int]:
    """A file descriptor for reading ``path``, which must be a regular file (not a pipe, a device, a folder).

    Opened without blocking, so a FIFO named like a register cannot hang the app; checked on the open file.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise read_error(exc, path) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise RegisterFileError("is_folder", path=str(path))
        if not stat.S_ISREG(mode):
            raise RegisterFileError("not_regular_file", path=str(path))
        yield fd
    finally:
        os.close(fd)


def read_bytes(path: Path | str, *, limit: int | None = None) -> bytes:
    """The whole of a regular file; ``too_large`` past ``limit`` bytes (counted as read, not as the size says)."""
    path = Path(path)
    chunks: list[bytes] = []
    total = 0
    with open_regular(path) as fd:
        try:
            while True:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                total += len(chunk)
                if limit is not None and total > limit:
                    raise RegisterFileError("too_large", path=str(path))
                chunks.append(chunk)
        except OSError as exc:
            raise read_error(exc, path) from None
    return b"".join(chunks)


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file (fewer if it is shorter)."""
    with open_regular(path) as fd:
        try:
            return os.read(fd, size)
        except OSError as exc:
            raise read_error(exc, path) from None


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when ``a`` and ``b`` are one file (through links, case-insensitive folders, ``..``)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.abspath(a) == os.path.abspath(b)


def is_sqlite_file(path: Path | str) -> bool:
    """True when ``path`` is an SQLite database (a register, or another program's), by its first bytes."""
    try:
        with open_regular(Path(path)) as fd:
            return os.read(fd, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except (RegisterFileError, OSError):
        return False


def check_output(
    target: Path | str, *, sources: tuple[Path | str, ...] = (), force: bool = False, register: bool = False
) -> None:
    """Refuse to write a new file (a PDF, a JSON export, a copy) where that would destroy something.

    Never over one of its ``sources`` (the file being read or the register open in the window); never
    over an SQLite database unless the new file is a ``register`` itself; over any other existing file
    only with ``force`` (the command line's ``--force``; in the window, the "replace?" question).
    """
    target = Path(target)
    try:
        there = target.exists() or target.is_symlink()
    except OSError as exc:  # e.g. a name too long for the disk
        raise read_error(exc, target) from None
    for source in sources:
        if Path(source).exists() and same_file(target, source):
            raise RegisterFileError("output_is_input", path=str(target))
    if not there:
        return
    refuse_special(target)
    if target.is_dir():  # (“… is a folder: choose the register inside it” was said, as for opening)
        raise RegisterFileError("output_is_folder", path=str(target))
    if not register and is_sqlite_file(target):
        raise RegisterFileError("output_is_register", path=str(target))
    document = target.is_file() and not is_sqlite_file(target) and target.suffix.lower() not in paths.REGISTER_SUFFIXES
    if register and document:  # a register over a contract or notes: never, even where the dialog asked to replace it
        raise RegisterFileError("output_not_register", path=str(target))
    if not force:
        raise RegisterFileError("exists", path=str(target))
