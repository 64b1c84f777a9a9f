"""A log in a window of its own beside the wizard, and the note at start about what is due."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ropa_desktop.core import logs
from ropa_desktop.ui.logs.breaches_page import BreachesPage
from ropa_desktop.ui.logs.common import LogPage, day_text, tr, word
from ropa_desktop.ui.logs.requests_page import RequestsPage

PAGES: dict[str, type[LogPage]] = {"requests": RequestsPage, "breaches": BreachesPage}


def log_title(kind: str) -> str:
    return tr("Requests") if kind == "requests" else tr("Breaches")


class LogWindow(QDialog):
    """One log (requests or breaches), non-modal, following the open register."""

    def __init__(self, editing: Any, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.kind = kind
        self.setModal(False)
        self.resize(900, 680)
        self.page = PAGES[kind](editing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.page)
        self.setWindowTitle(log_title(kind))
        for name in ("reloaded", "opened"):
            signal = getattr(editing, name, None)
            if signal is not None:
                signal.connect(self.page.refresh)


def attention_note(register: Any, today: _dt.date | None = None, now: _dt.datetime | None = None) -> str:
    """What the window says at start: the requests due within 7 days or overdue, the open breaches; "" if none."""
    today = today or _dt.date.today()
    now = now or _dt.datetime.now().astimezone()
    requests, breaches = logs.needing_attention(register, today, now)
    lines = []
    for r in requests:
        due = logs.due_on(r)
        lines.append(tr("Request %1 (%2): answer due %3, %4").replace("%1", r.id)
                     .replace("%2", word("right", r.right)).replace("%3", day_text(due.isoformat() if due else None))
                     .replace("%4", word("request_status", logs.request_status(r, today))))
    for b in breaches:
        lines.append(tr("Breach %1: %2").replace("%1", b.id)
                     .replace("%2", word("breach_status", logs.breach_status(b, now))))
    return "\n".join(lines)
