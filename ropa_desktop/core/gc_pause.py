"""Reading or writing a whole register without the cyclic garbage collector's passes over it.

Reading a register makes hundreds of thousands of objects that all stay alive and form no reference
cycles.  Python's cyclic collector goes through every live object again each time the survivors have grown
by a quarter, so its share of reading N entries grew faster than N: 13 % of a load at 1,000 purposes,
24 % at 5,000.  ``gc_paused()`` turns the collector off for such a block (``pause()`` and ``resume()`` for a
pause that spans calls: the window's start, until its first paint).  Blocks may overlap (threads):
the collector comes back on when the last one ends, if it was on before the first began, and then collects
whatever cyclic garbage was left meanwhile.  Objects without cycles are freed at once as always.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_open_blocks = 0
_was_enabled = False


def pause() -> None:
    """Turn the collector off until the matching ``resume()`` (for a pause that spans calls, such as the
    window's start until its first paint); pauses nest with ``gc_paused`` blocks."""
    global _open_blocks, _was_enabled
    with _lock:
        if _open_blocks == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _open_blocks += 1


def resume() -> None:
    """End a ``pause()``: the collector comes back on when no pause is left, if it was on before."""
    global _open_blocks
    with _lock:
        if _open_blocks == 0:
            return
        _open_blocks -= 1
        if _open_blocks == 0 and _was_enabled:
            gc.enable()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    pause()
    try:
        yield
    finally:
        resume()
