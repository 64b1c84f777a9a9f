"""What the worker process (``worker.py``) does for the window: make a document, check the register.

A job gets the register's *file*, not the register: the window has saved every change before it asks,
and handing over a register of a few thousand purposes (pickling it) would take the window's thread
longer than the step switch it must not delay.  The worker process reads the file itself, from a copy
taken in memory (so its long read never makes the window's saves wait for the file's lock), and keeps
what it read until the file changes.

No Qt here: this module runs in the worker process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ropa_desktop.core import model as m

_read: dict[str, Any] = {}  # the one file read last: "path", "store" (read-only, to notice changes), "register"


def register_in(path: str) -> m.Register:
    """The register in the file ``path`` as it is now; read again only when the file changed since."""
    from ropa_desktop.core.storage import RegisterFile

    if _read.get("path") == path and not _read["store"].changed_elsewhere():
        return _read["register"]
    forget()
    store = RegisterFile.open(Path(path), read_only=True)
    try:
        with store.in_memory() as copy:
            register = copy.load()
    except BaseException:
        store.close()
        raise
    _read.update(path=path, store=store, register=register)
    return register


def forget() -> None:
    """Let go of the file read last."""
    store = _read.pop("store", None)
    if store is not None:
        store.close()
    _read.clear()


def render(path: str, name: str, lang: str, **options: Any) -> bytes:
    """The PDF of the document ``name`` in ``lang`` of the register in ``path``."""
    from ropa_desktop import documents

    return documents.render(register_in(path), name, lang, **options)


def check(path: str) -> list[Any]:
    """The completeness findings of the register in ``path``."""
    from ropa_desktop.core import completeness

    return list(completeness.check(register_in(path)))
