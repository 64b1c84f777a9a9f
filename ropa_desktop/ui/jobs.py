"""What the worker process (``worker.py``) does for the window: make a document, check the register.

A job gets the register's *file*, not the register: the window has saved every change before it asks,
and handing over a register of a few thousand purposes (pickling it) would take the window's thread
longer than the step switch it must not delay.  The worker process reads the file itself, from a copy
taken in memory (so its long read never makes the window's saves wait for the file's lock), and keeps
what it read for as long as the window's revision of the register is the same.

No Qt here: this module runs in the worker process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ropa_desktop.core import model as m

_last: tuple[tuple[str, int], m.Register] | None = None  # the register read last, by (file, the window's revision)


def register_in(path: str, revision: int) -> m.Register:
    """The register in the file ``path`` as the window's ``revision`` of it: read again for any other.

    The window's revision moves on with every save and every change it takes in from elsewhere, so a file
    replaced on disk (a sync tool, a restore, New onto the same name) is never mistaken for the one read
    before; the file is opened only while it is copied, so the worker never holds it.
    """
    global _last
    key = (path, revision)
    if _last is not None and _last[0] == key:
        return _last[1]
    from ropa_desktop.core.storage import RegisterFile

    _last = None
    with RegisterFile.open(Path(path), read_only=True) as store, store.in_memory() as copy:
        register = copy.load()
    _last = (key, register)
    return register


def forget() -> None:
    """Let go of the register read last."""
    global _last
    _last = None


def render(path: str, revision: int, name: str, lang: str, **options: Any) -> bytes:
    """The PDF of the document ``name`` in ``lang`` of the register in ``path`` (the window's ``revision``)."""
    from ropa_desktop import documents

    return documents.render(register_in(path, revision), name, lang, **options)


def check(path: str, revision: int) -> list[Any]:
    """The completeness findings of the register in ``path`` (the window's ``revision``)."""
    from ropa_desktop.core import completeness

    return list(completeness.check(register_in(path, revision)))
