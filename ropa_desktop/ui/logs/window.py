"""A log in a window of its own beside the wizard, and the note at start about what is due."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # a class only a log's window uses, named when used: see ui/qt_keys.py
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import settings
from ropa_desktop.ui.qt_keys import set_shortcut

if TYPE_CHECKING:
    from ropa_desktop.ui.logs.common import LogPage


def page_class(kind: str) -> type[LogPage]:
    """The page of the log ``kind`` (its module is imported when a log is first opened, not at start)."""
    if kind == "requests":
        from ropa_desktop.ui.logs.requests_page import RequestsPage

        return RequestsPage
    if kind == "breaches":
        from ropa_desktop.ui.logs.breaches_page import BreachesPage

        return BreachesPage
    raise KeyError(kind)


def log_title(kind: str) -> str:
    if kind == "requests":
        return QCoreApplication.translate("Logs", "Requests")
    return QCoreApplication.translate("Logs", "Breaches")


class LogWindow(QDialog):
    """One log (requests or breaches), non-modal, following the open register."""

    def __init__(self, editing: Any, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.kind = kind
        self.setModal(False)
        # as large as a 1024×768 screen allows: at 900×680 a request's note of what is missing lay below the fold
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1000, room.width()), min(740, room.height()))
        self.page = page_class(kind)(editing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.page)
        self.retention = QtWidgets.QSpinBox()
        self.retention.setRange(settings.LOG_RETENTION_RANGE.start, settings.LOG_RETENTION_RANGE.stop - 1)
        self.retention.setValue(settings.load().log_retention_years)
        self.retention.valueChanged.connect(self._retention_changed)
        row = QHBoxLayout()
        retention_label = QLabel(
            QCoreApplication.translate(
                "Logs", "Years an entry is kept after it is answered or closed (then it is erased):"
            )
        )
        retention_label.setBuddy(self.retention)  # what a screen reader says the number is
        row.addWidget(retention_label)
        row.addWidget(self.retention)
        row.addStretch(1)
        layout.addLayout(row)
        self.setWindowTitle(log_title(kind))
        self.page.table.setAccessibleName(log_title(kind))
        for name in ("reloaded", "opened"):
            signal = getattr(editing, name, None)
            if signal is not None:
                signal.connect(self.page.refresh)

    def _retention_changed(self, years: int) -> None:
        s = settings.load()
        s.log_retention_years = years
        settings.save(s)


def attention_note(
    register: Any, today: _dt.date | None = None, now: _dt.datetime | None = None
) -> tuple[str, list[str]]:
    """What the window says at start: the requests due within 7 days or overdue, the open breaches ("" if none),
    and the logs that hold them ("requests", "breaches")."""
    today = today or _dt.date.today()
    now = now or _dt.datetime.now().astimezone()
    from ropa_desktop.core import logs

    requests, breaches = logs.needing_attention(register, today, now)
    kinds = [kind for kind, due in (("requests", requests), ("breaches", breaches)) if due]
    if not kinds:
        return "", []
    from ropa_desktop.ui.logs.common import day_text, moment_text, word  # (the log pages' module: not at every start)

    lines = []
    for r in requests:
        due = logs.due_on(r)
        lines.append(
            QCoreApplication.translate("Logs", "Request %1 (%2): answer due %3, %4")
            .replace("%1", r.id)
            .replace("%2", word("right", r.right))
            .replace("%3", day_text(due.isoformat() if due else None))
            .replace("%4", word("request_status", logs.request_status(r, today)))
        )
    for b in breaches:
        lines.append(
            QCoreApplication.translate("Logs", "Breach %1: %2; 72-hour deadline %3")
            .replace("%1", b.id)
            .replace("%2", word("breach_status", logs.breach_status(b, now)))
            .replace("%3", moment_text(logs.deadline(b)))
        )
    return "\n".join(lines), kinds


class Logs(QObject):
    """The "Logs" menu of the main window, its two log windows, and the note at start."""

    def __init__(self, window: QMainWindow, editing: Any) -> None:
        super().__init__(window)
        self.window = window
        self.editing = editing
        self.windows: dict[str, LogWindow] = {}
        self.note: QMessageBox | None = None
        editing.opened.connect(self.opened)
        editing.also_typing.append(self)  # what is typed in a log is saved whenever the window saves what is typed

    def flush(self) -> bool:
        """Save what the open logs' forms show (a field still being typed in has not said it is finished)."""
        saved = True
        for log in self.windows.values():
            saved = log.page.save() and saved
        return saved

    def build_menu(self) -> QMenu:
        """The "Logs" menu, in the window's language (made again after a language switch)."""
        for log in self.windows.values():  # their words are in the old language
            log.close()
            log.deleteLater()
        self.windows = {}
        menu = self.window.menuBar().addMenu(QCoreApplication.translate("Logs", "Req&uests and breaches"))
        self.requests_action = menu.addAction(QCoreApplication.translate("Logs", "&Requests…"))
        set_shortcut(self.requests_action, "Ctrl+J")
        self.requests_action.triggered.connect(lambda: self.open("requests"))
        self.breaches_action = menu.addAction(QCoreApplication.translate("Logs", "&Breaches…"))
        set_shortcut(self.breaches_action, "Ctrl+Shift+J")  # beside the requests' Ctrl+J
        self.breaches_action.triggered.connect(lambda: self.open("breaches"))
        self.menu = menu
        return menu

    def open(self, kind: str, entry_id: str | None = None) -> LogWindow | None:
        """Show the log ``kind`` (with the entry ``entry_id`` chosen, if given); nothing while no register is open."""
        if self.editing.store is None:
            return None
        log = self.windows.get(kind)
        if log is None:
            log = self.windows[kind] = LogWindow(self.editing, kind, self.window)
            # the Edit menu's Undo and Redo answer their keys in the log's window too: an entry deleted there is
            # brought back with Ctrl+Z without going to the main window first
            log.addActions([a for a in (getattr(self.window, n, None) for n in ("undo_action", "redo_action")) if a])
        if entry_id:
            log.page.current_id = entry_id
            log.page.refresh()
        log.show()
        log.raise_()
        log.activateWindow()
        return log

    def erase_expired(self) -> int:
        """Erase the log entries whose retention ended (``settings.log_retention_years``); how many went."""
        from ropa_desktop.core import logs

        if self.editing.read_only or self.editing.store is None:
            return 0
        years = settings.load().log_retention_years
        if not logs.expired(self.editing.register, _dt.date.today(), years):
            return 0
        ok, gone = self.editing.write(lambda: logs.erase_expired(self.editing.store, _dt.date.today(), years))
        if not ok or not gone:
            return 0
        self.editing.reload()
        self.editing.message.emit(
            QCoreApplication.translate("Logs", "Log entries erased at the end of their retention period: %1").replace(
                "%1", str(len(gone))
            ),
            15000,
        )
        return len(gone)

    def opened(self) -> None:
        """Another register is open: erase what is past its retention, say what is due in its logs (at start
        once the window is painted)."""
        if not self.editing.held(self._opened):
            self._opened()

    def _opened(self) -> None:
        for log in self.windows.values():
            log.page.current_id = None
            log.page.refresh()
        self.erase_expired()
        text, kinds = attention_note(self.editing.register)
        if self.note is not None:
            self.note.close()
            self.note = None
        if not text:
            return
        note = QMessageBox(self.window)
        note.setIcon(QMessageBox.Icon.Information)
        note.setWindowTitle(QCoreApplication.translate("Logs", "Deadlines in the logs"))
        note.setText(QCoreApplication.translate("Logs", "Awaiting action in the logs:"))
        note.setInformativeText(text)
        labels = {
            "requests": QCoreApplication.translate("Logs", "Open the requests log"),
            "breaches": QCoreApplication.translate("Logs", "Open the breach register"),
        }
        for kind in kinds:  # a button for each log that has something due (the breach register's was missing)
            button = note.addButton(labels[kind], QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _checked=False, kind=kind: self.open(kind))
        note.addButton(QMessageBox.StandardButton.Close)
        note.setModal(False)
        note.show()
        self.note = note
