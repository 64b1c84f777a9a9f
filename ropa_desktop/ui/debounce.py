"""Saving after a pause in typing: one helper for every debounced save of the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TYPING_PAUSE_MS = 500


class Debouncer(QObject):
    """Calls ``action`` once, ``ms`` after the last ``poke()``; ``cancel()`` forgets a pending call.

    ``action`` must return nothing (the bindings release a slot's return value once too often).
    """

    def __init__(self, parent: QObject, action: Callable[[], None], ms: int = TYPING_PAUSE_MS) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ms)
        self._timer.timeout.connect(action)

    def poke(self) -> None:
        """Something changed: call the action after the pause (a new poke starts the pause again)."""
        self._timer.start()

    def changed(self, immediate: bool) -> None:
        """A change: act at once (a click, a tick) or after the pause (typing)."""
        if immediate:
            self._timer.stop()
            self._action()
        else:
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def pending(self) -> bool:
        return self._timer.isActive()
