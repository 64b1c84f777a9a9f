"""Changes of layout that wait for the mouse button to come up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ropa_desktop.ui.handlers import qt_handler


def after_the_click(owner: QObject, action: Callable[[], None]) -> None:
    """Run ``action`` now or, while a mouse button is down, once it is released (and the release delivered).

    A press that moves the cursor can change the window (e.g. an entry is added as the cursor leaves its name).
    What moves widgets must wait for the release: a widget moved between a press and its release is no longer
    under the pointer when the button comes up, and the click is lost.
    """
    if QApplication.mouseButtons() == Qt.MouseButton.NoButton:
        action()
    else:
        _WhenReleased(owner, action)


class _WhenReleased(QObject):
    def __init__(self, owner: QObject, action: Callable[[], None]) -> None:
        super().__init__(owner)
        self._owner, self._action = owner, action
        app = QCoreApplication.instance()
        assert app is not None  # a button of the pointer is down: there is an application
        self._app = app
        app.installEventFilter(self)

    @qt_handler
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the release has reached its widget
        return False

    def _run(self) -> None:
        self.deleteLater()
        after_the_click(self._owner, self._action)  # another button may still be down
