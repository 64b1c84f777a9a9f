"""A document with blanks is a draft: the Documents step says so before it is printed or saved, and a complete
register's document goes out without the question."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ropa_desktop import paths
from ropa_desktop.ui import steps


def _documents_page(qtbot, window):
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    return page


def test_saving_a_draft_asks_first_and_cancel_writes_nothing(qtbot, window, dialogs, tmp_path):
    page = _documents_page(qtbot, window)
    blanks = page.pdf_bytes().blanks
    assert blanks > 0
    target = tmp_path / "melnraksts.pdf"
    dialogs.save_name = str(target)
    dialogs.answer = QMessageBox.StandardButton.Cancel

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.shown[-1]
    assert kind == "question" and title == "Dokuments ir melnraksts"
    assert f"neaizpildīto vietu (__________) skaits ir {blanks}." in text and "“Pārskats”" in text
    assert not target.exists()

    dialogs.answer = QMessageBox.StandardButton.Ok  # the question answered Yes: saved anyway
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == page.pdf_bytes()


def test_printing_a_draft_asks_first_and_cancel_prints_nothing(qtbot, window, dialogs, monkeypatch):
    page = _documents_page(qtbot, window)
    opened: list[bool] = []
    monkeypatch.setattr("ropa_desktop.ui.pages.documents.QPrintDialog.exec", lambda self: opened.append(True) or 0)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["question"] and opened == []
    dialogs.answer = QMessageBox.StandardButton.Ok
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_a_complete_document_is_saved_without_the_question(qtbot, make_window, dialogs, tmp_path):
    complete = tmp_path / "saulrita.json"
    shutil.copy(paths.sample_path("saulrita"), complete)
    window = make_window()
    from ropa_desktop.core import interchange
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "saulrita.ropa"
    RegisterFile.create(path, interchange.read(complete)).close()
    assert window.open_file(path)
    page = _documents_page(qtbot, window)
    assert page.pdf_bytes().blanks == 0
    dialogs.save_name = str(tmp_path / "gatavs.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "question" not in dialogs.kinds()
    assert (tmp_path / "gatavs.pdf").read_bytes() == page.pdf_bytes()
