"""Our methods that Qt calls from C++ (``hideEvent``, ``eventFilter``, …) carry ``@qt_handler``.

An error that PySide itself raises (a widget already deleted, an argument of the wrong type) and that leaves
such a method ends the whole process in PySide 6.12: it crashes while reporting it.  The same error in a slot is
only reported.  ``@qt_handler`` reports it as a slot's error is reported (``sys.excepthook``) and lets Qt go on:
a fault in one handler costs that handler's work, not the window and what was being typed in it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

Handler = TypeVar("Handler", bound=Callable[..., Any])

# Qt's handlers that answer whether they took the event; the others answer nothing.
ANSWERS = frozenset({"event", "eventFilter"})


def qt_handler(method: Handler) -> Handler:
    """``method`` as Qt may call it: an error leaving it is reported, and Qt gets a plain answer."""
    answer = False if method.__name__ in ANSWERS else None

    @functools.wraps(method)
    def handled(*args: Any) -> Any:
        try:
            return method(*args)
        except Exception:  # noqa: BLE001 - reported as PySide reports a slot's error
            sys.excepthook(*sys.exc_info())
            return answer

    return handled  # type: ignore[return-value]
