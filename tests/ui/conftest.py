"""Fixtures for the desktop app's tests: a window on a register, dialogs captured instead of shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ropa_desktop.core import settings


class Dialogs:
    """Every QMessageBox the app shows, recorded; ``answer`` is what the "user" clicks."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Ok
        self.save_name = ""
        self.open_name = ""

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.shown]


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    record = Dialogs()

    def box(kind: str):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            if kind == "question" and record.answer == QMessageBox.StandardButton.Ok:
                return QMessageBox.StandardButton.Yes
            return record.answer

        return staticmethod(show)

    for kind in ("critical", "warning", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: record.shown.append(("about", title, text)))
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (record.save_name, "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (record.open_name, "")))
    return record


@pytest.fixture
def ui_language() -> str:
    return "lv"


@pytest.fixture
def make_window(qtbot, ui_language, dialogs):
    """A shown main window in ``ui_language``, opened on the given file."""
    from ropa_desktop.ui import i18n
    from ropa_desktop.ui.mainwindow import MainWindow

    made = []

    def make(path=None, lang=None, read_only=False):
        lang = lang or ui_language
        s = settings.load()
        s.language = lang
        settings.save(s)
        i18n.install(lang)
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        if path is not None:
            assert window.open_file(path, read_only=read_only)
        made.append(window)
        return window

    yield make
    for window in made:
        window.editing.close()


@pytest.fixture
def window(make_window, sample_file):
    return make_window(sample_file)


@pytest.fixture
def type_text(qtbot):
    """Type key by key as a person with a Latvian keyboard layout would (the wizard path's own typing)."""
    from ropa_desktop.ui.wizard_path import type_text

    return type_text
