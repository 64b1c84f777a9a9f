"""Qt's calls into our code (hideEvent, eventFilter, …) survive an error PySide raises there."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import ropa_desktop.ui

REPO = Path(__file__).resolve().parents[2]

LEFT_BY_A_HIDDEN_PAGE = """
import shiboken6
from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget, QWidget
from ropa_desktop.ui.handlers import qt_handler

app = QApplication([])
gone = QLineEdit()
shiboken6.delete(gone)  # a field a page still refers to, deleted meanwhile


class Page(QWidget):
    @qt_handler
    def hideEvent(self, event):
        super().hideEvent(event)
        gone.text()  # PySide raises “Internal C++ object … already deleted”


stack = QStackedWidget()
page, other = Page(), QWidget()
stack.addWidget(page)
stack.addWidget(other)
stack.show()
stack.setCurrentWidget(other)  # another step: the page is hidden
print("still running", stack.currentWidget() is other, flush=True)
"""


def test_an_error_pyside_raises_in_an_event_handler_is_reported_and_the_window_goes_on():
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", LEFT_BY_A_HIDDEN_PAGE], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr  # without @qt_handler PySide 6.12 crashes here (exit -11)
    assert "still running True" in done.stdout
    assert "already deleted" in done.stderr  # reported, as a slot's error is


def _handlers():
    for module_info in pkgutil.walk_packages(ropa_desktop.ui.__path__, "ropa_desktop.ui."):
        module = importlib.import_module(module_info.name)
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            for name, method in vars(cls).items():
                if callable(method) and (
                    name in ("event", "eventFilter") or (name[:1].islower() and name.endswith("Event"))
                ):
                    yield f"{cls.__qualname__}.{name}", method


def test_every_event_handler_of_the_window_carries_qt_handler():
    handlers = dict(_handlers())
    assert "ListStepPage.hideEvent" in handlers  # (the walk finds them)
    assert [name for name, method in handlers.items() if not hasattr(method, "__wrapped__")] == []
