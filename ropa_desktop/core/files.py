"""Reading and writing whole files safely: one place for atomic writes and for file errors in words.

Every file the app writes (a register, a JSON export, a PDF, the settings) is written to a temporary
file beside the target and renamed onto it, so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ropa_desktop.core.errors import RegisterFileError, WriteFailed


def new_temp_file(target: Path) -> Path:
    """An empty temporary file beside ``target``, to be renamed onto it; with the user's usual permissions.

    (``mkstemp`` makes files only their owner can read; a register in a shared folder must not be.)
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(name, 0o666 & ~umask)
    return Path(name)


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A new temporary file beside ``target`` (see ``new_temp_file``), removed unless renamed away in the block."""
    tmp = new_temp_file(target)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: Path | str, data: bytes, *, error_key: str = "write_failed") -> None:
    """Write ``data`` to ``path`` all at once: the old file stays whole until the new one is complete."""
    path = Path(path)
    tmp: Path | None = None
    try:
        tmp = new_temp_file(path)
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise WriteFailed(error_key, path=str(path), reason=exc.strerror or str(exc)) from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def read_error(exc: OSError, path: Path) -> RegisterFileError:
    """A file that could not be read, in words."""
    if isinstance(exc, FileNotFoundError | IsADirectoryError | NotADirectoryError):
        return RegisterFileError("not_found", path=str(path))
    if isinstance(exc, PermissionError):
        return RegisterFileError("permission_denied", path=str(path))
    return RegisterFileError("read_failed", path=str(path), reason=exc.strerror or str(exc))


def read_bytes(path: Path | str, *, limit: int | None = None) -> bytes:
    """The whole file; ``too_large`` past ``limit`` bytes."""
    path = Path(path)
    try:
        if limit is not None and path.stat().st_size > limit:
            raise RegisterFileError("too_large", path=str(path))
        return path.read_bytes()
    except OSError as exc:
        raise read_error(exc, path) from None
