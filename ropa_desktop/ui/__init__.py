"""The desktop app (PySide6 widgets): a guided wizard over one register file.

The UI only calls the core; every visible string goes through Qt's translations
(``i18n/ropa_desktop_<lang>.ts``, compiled to ``.qm``).
"""

from __future__ import annotations

import sys


def _guard_none_refcount() -> None:
    """Keep ``None`` alive however often the Qt bindings hand it out.

    Shiboken 6.12 returns ``None`` from wrapped calls (``parentWidget()`` without a
    parent, ``item.data(role)`` for an unset role, …) without taking a reference,
    so on Python 3.11 every such call takes one reference from ``None`` and a long
    session ends in "Fatal Python error: none_dealloc".  From Python 3.12 on ``None``
    is immortal and this does nothing; before, a large head start on its reference
    count has the same effect.  The same binding releases a slot's return value once
    too often, so the UI's slots return nothing, and True/False get the same head start.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for shared in (None, True, False):  # a slot's return value is released once too often, as well
        count = ctypes.c_ssize_t.from_address(id(shared))
        if count.value < 1 << 40:
            count.value += 1 << 40


def _skip_feature_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 puts its own ``__import__`` in place to support ``from __feature__ import snake_case,
    true_property``, which this app does not use.  After every import that hook reads the new module's
    whole source (``inspect.getsource``, which also leaves it in ``linecache``) to see whether it names
    PySide6: about 0.1 ms a module, 5 to 15 ms of every start here, and more at the first visit of
    some steps.  The import it replaced, which PySide6 keeps as ``__orig_import__`` (the bindings' own lazy
    loading stays), is put back.  Where a later PySide6 is different, this does nothing.
    """
    import builtins
    import linecache

    import PySide6.QtCore  # noqa: F401 - the hook is put in place when the bindings load

    hook = getattr(builtins, "__feature_import__", None)
    before = getattr(builtins, "__orig_import__", None)
    if hook is not None and callable(before) and builtins.__import__ is hook:
        builtins.__import__ = before
        linecache.clearcache()  # the sources it read while the bindings loaded


_guard_none_refcount()
_skip_feature_scan()
