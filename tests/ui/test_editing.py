"""The window's shared mechanisms: the editing controller without a window, the worker, the debouncer, Save PDF."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ropa_desktop.core import model as m
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.worker import Worker


def test_the_controller_edits_and_undoes_without_a_window(qtbot, sample_file, dialogs):
    parent = QWidget()
    qtbot.addWidget(parent)
    editing = EditingController(parent)
    assert editing.open(sample_file)
    old = editing.register.find("subject_categories", "clients")
    new = m.SubjectCategory(**{**old.__dict__, "name": "Pircēji"})
    with qtbot.waitSignal(editing.findings_changed, timeout=5000):
        assert editing.update_entry(old, new)
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.get("subject_categories", "clients").name == "Pircēji"
    with qtbot.waitSignal(editing.reloaded):
        editing.undo_stack.undo()
    assert editing.register.find("subject_categories", "clients").name == old.name
    editing.close()


def test_the_worker_answers_on_the_window_thread_in_order(qtbot):
    worker = Worker()
    seen = []
    window_thread = threading.current_thread()

    def done(result, error):
        seen.append((result, type(error).__name__ if error else None, threading.current_thread() is window_thread))

    worker.submit(lambda: threading.current_thread() is not window_thread, done)
    worker.submit(lambda: 1 / 0, done)
    qtbot.waitUntil(lambda: not worker.busy())
    assert seen == [(True, None, True), (None, "ZeroDivisionError", True)]


def test_the_debouncer_acts_once_after_the_last_poke(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    calls = []
    later = Debouncer(parent, lambda: calls.append(1), ms=50)
    for _ in range(5):
        later.poke()
    assert later.pending() and calls == []
    qtbot.waitUntil(lambda: calls == [1])
    later.poke()
    later.cancel()
    assert not later.pending() and calls == [1]


def test_save_pdf_writes_the_previewed_document_without_making_it_again(qtbot, window, dialogs, tmp_path, monkeypatch):
    from ropa_desktop import documents

    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=30000)
    previewed = page.pdf_bytes()

    def no_second_render(*args, **kwargs):
        raise AssertionError("Save PDF made the document again")

    monkeypatch.setattr(documents, "render", no_second_render)
    target = tmp_path / "procedure.pdf"
    dialogs.save_name = str(target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == previewed
    assert str(target) in window.statusBar().currentMessage()


def test_the_preview_zooms_in_and_out_and_fits_the_width_again(qtbot, window):
    from PySide6.QtPdfWidgets import QPdfView

    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.mouseClick(page.zoom_in, Qt.MouseButton.LeftButton)
    larger = page.view.zoomFactor()
    qtbot.mouseClick(page.zoom_out, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.zoom_out, Qt.MouseButton.LeftButton)
    assert page.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert page.view.zoomFactor() < larger
    qtbot.mouseClick(page.zoom_fit, Qt.MouseButton.LeftButton)
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
