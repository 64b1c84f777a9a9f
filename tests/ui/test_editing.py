"""The window's shared mechanisms: the editing controller without a window, the worker, the debouncer, Save PDF."""

from __future__ import annotations

import functools
import os
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ropa_desktop.core import model as m
from ropa_desktop.core.errors import DocumentFailed
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.worker import Worker, WorkerStopped


@pytest.fixture
def editing(qtbot, sample_file, dialogs):
    """The editing controller on the sample file, without a window."""
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = EditingController(parent)
    assert controller.open(sample_file)
    yield controller
    controller.close()


def test_the_controller_edits_and_undoes_without_a_window(qtbot, sample_file, editing):
    old = editing.register.find("subject_categories", "clients")
    new = m.SubjectCategory(**{**old.__dict__, "name": old.name.with_text("lv", "Pircēji")})
    with qtbot.waitSignal(editing.findings_changed, timeout=5000):
        assert editing.update_entry(old, new)
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.get("subject_categories", "clients").name == {"lv": "Pircēji", "en": "Customers"}
    with qtbot.waitSignal(editing.reloaded):
        editing.undo_stack.undo()
    assert editing.register.find("subject_categories", "clients").name == old.name


def test_changes_of_one_field_in_a_row_are_one_step_and_another_field_is_a_step_of_its_own(
    sample_file, editing, dialogs
):
    first = editing.register.find("purposes", "marketing")
    typed = m.Purpose(**{**first.__dict__, "name": first.name.with_text("lv", "Jaun")})
    renamed = m.Purpose(**{**typed.__dict__, "name": typed.name.with_text("lv", "Jaunumi")})
    described = m.Purpose(**{**renamed.__dict__, "description": renamed.description.with_text("lv", "Vēstules.")})
    linked = m.Purpose(**{**described.__dict__, "data_category_ids": [*described.data_category_ids, "feedback"]})
    relinked = m.Purpose(**{**linked.__dict__, "data_category_ids": [*linked.data_category_ids, "bank-account"]})
    for old, new in ((first, typed), (typed, renamed), (renamed, described), (described, linked), (linked, relinked)):
        assert editing.update_entry(old, new)
    # typing on in the name is one step, the description another, the ticks in the data list a third
    assert editing.undo_stack.count() == 3

    def stored() -> m.Purpose:
        with RegisterFile.open(sample_file, read_only=True) as store:
            return store.get("purposes", "marketing")

    editing.undo_stack.undo()
    assert stored() == described
    editing.undo_stack.undo()
    assert stored() == renamed
    editing.undo_stack.undo()
    assert stored() == first and dialogs.shown == []
    for state in (renamed, described, relinked):
        editing.undo_stack.redo()
        assert stored() == state


def _fail_to_lay_out() -> None:
    raise DocumentFailed(document="register")


def test_the_worker_answers_on_the_window_thread_in_order_from_another_process(qtbot):
    worker = Worker()
    seen = []
    window_thread = threading.current_thread()

    def done(result, error):
        seen.append((result, error, threading.current_thread() is window_thread))

    worker.submit(os.getpid, done)
    worker.submit(functools.partial(divmod, 1, 0), done)
    worker.submit(_fail_to_lay_out, done)
    qtbot.waitUntil(lambda: not worker.busy(), timeout=30000)
    worker.stop()
    (pid, no_error, on_window_1), (nothing, zero, on_window_2), (_, failed, on_window_3) = seen
    assert pid != os.getpid() and no_error is None  # the job ran in the worker process
    assert nothing is None and isinstance(zero, ZeroDivisionError)
    # the core's error arrives whole: the page says it in the person's language
    assert isinstance(failed, DocumentFailed) and "Apstrādes darbību reģistrs" in failed.message("lv")
    assert on_window_1 and on_window_2 and on_window_3


def test_a_stopped_worker_ends_its_process_and_says_so(qtbot):
    worker = Worker()
    seen = []
    worker.submit(os.getpid, lambda result, error: seen.append(result))
    qtbot.waitUntil(lambda: not worker.busy(), timeout=30000)
    process = worker._process
    assert process is not None and process.is_alive()
    worker.stop()
    assert not process.is_alive()


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


def test_a_document_printed_per_audience_gets_a_row_per_audience_of_the_register(qtbot, window, monkeypatch):
    import dataclasses

    from ropa_desktop.core import model as m
    from ropa_desktop.documents import registry
    from ropa_desktop.ui import jobs as ui_jobs

    per_audience = tuple(
        dataclasses.replace(d, options=("audience",)) if d.id == "notice" else d for d in registry.DOCUMENTS
    )
    monkeypatch.setattr(registry, "DOCUMENTS", per_audience)
    jobs = []  # what the page asks the worker to make (the worker's process has the real documents)

    def submit(job, done, receiver=None):
        jobs.append(job)
        done(None, RuntimeError("not made in this test"))

    monkeypatch.setattr(window.editing.worker, "submit", submit)
    staff = m.SubjectCategory(id="staff", name=m.Text.of("lv", "Darbinieki"), audience="staff")
    assert window.editing.add_entries([staff])
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    rows = [page.documents.item(i).text() for i in range(page.documents.count())]
    assert [r for r in rows if r.startswith("Informācija")] == [
        "Informācija klientiem par personas datu apstrādi",
        "Informācija darbiniekiem par personas datu apstrādi",
    ]
    page.choose("notice", "en", audience="staff")
    # the worker gets the register's file, not the register: it reads what the window saved there
    assert jobs[-1].func is ui_jobs.render
    assert jobs[-1].args == (str(window.editing.store.path), window.editing.revision, "notice", "en")
    assert jobs[-1].keywords == {"audience": "staff"}


def test_documents_are_offered_in_the_languages_of_the_register(qtbot, window):
    window.editing.set_languages(["lv", "en"], ["en", "ru"])
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    shown = [code for code, button in page.language_buttons.items() if button.isVisibleTo(page)]
    assert shown == ["en", "ru"] and page.language() == "en"


def test_a_stopped_worker_runs_none_of_the_jobs_still_waiting_and_leaves_no_process(qtbot):
    import multiprocessing
    import time

    others = set(multiprocessing.active_children())  # (workers of windows that other tests left running)
    worker = Worker()
    seen = []
    worker.submit(functools.partial(time.sleep, 60), lambda result, error: seen.append(("slow", error)))
    worker.submit(os.getpid, lambda result, error: seen.append(("waiting", error)))
    qtbot.waitUntil(lambda: worker._process is not None and worker._process.is_alive(), timeout=30000)
    feeding = worker._thread
    worker.stop()  # e.g. the window closes while a job runs and another waits
    qtbot.waitUntil(lambda: not worker.busy(), timeout=30000)
    assert [name for name, _error in seen] == ["slow", "waiting"]
    assert all(isinstance(error, WorkerStopped) for _name, error in seen), seen  # the waiting one never ran
    feeding.join(5)
    assert not [p for p in multiprocessing.active_children() if p not in others]  # none started after the stop


def test_a_worker_stopped_and_given_a_job_again_answers_it(qtbot):
    worker = Worker()
    seen = []
    worker.submit(os.getpid, lambda result, error: seen.append(result))
    qtbot.waitUntil(lambda: not worker.busy(), timeout=30000)
    worker.stop()
    worker.submit(os.getpid, lambda result, error: seen.append(result))
    qtbot.waitUntil(lambda: not worker.busy(), timeout=30000)
    worker.stop()
    assert len(seen) == 2 and all(isinstance(pid, int) and pid != os.getpid() for pid in seen)


def test_switching_the_document_language_and_back_before_the_preview_is_ready_shows_the_first_again(qtbot, window):
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=30000)
    latvian = page.pdf_bytes()
    qtbot.mouseClick(page.language_buttons["en"], Qt.MouseButton.LeftButton)  # the English one starts rendering
    qtbot.mouseClick(page.language_buttons["lv"], Qt.MouseButton.LeftButton)  # and the person changes their mind
    assert page.language() == "lv"
    qtbot.waitUntil(lambda: not window.editing.worker.busy(), timeout=30000)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=30000)
    assert page.pdf_bytes() == latvian  # not the English document under the Latvian switch
    assert page.print_button.isEnabled()


def test_a_preview_that_arrives_after_a_language_switch_is_let_go(qtbot, window):
    window.go_to(steps.DOCUMENTS)
    assert window.editing.worker.busy()  # the preview is being made
    window.set_language("en")  # View › Language meanwhile: the pages are made afresh
    qtbot.waitUntil(lambda: not window.editing.worker.busy(), timeout=30000)  # (a failure in its slot fails here)
    page = window.current_page()
    assert page.heading.text() == "11. Documents"
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=30000)


def test_a_preview_that_arrives_after_another_register_was_opened_is_let_go(qtbot, window, tmp_path):
    from ropa_desktop.core import model as m

    other = tmp_path / "other.ropa"
    RegisterFile.create(other, m.Register(languages=["lv"])).close()
    window.go_to(steps.DOCUMENTS)
    assert window.editing.worker.busy()  # the preview of ZIMES is being made
    assert window.open_file(other)  # File › Open meanwhile: the pages are made afresh
    qtbot.waitUntil(lambda: not window.editing.worker.busy(), timeout=30000)  # (a failure in its slot fails here)
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=30000)


def test_another_main_language_keeps_the_one_it_was(qtbot, window, sample_file):
    # choosing English as the main language had dropped Latvian and every Latvian text with it
    window.go_to(steps.COMPANY)
    box = window.current_page().form.languages_box
    box.main.setFocus()
    box.main.setCurrentIndex(box.main.findData("en"))  # picked in the box's list
    with RegisterFile.open(sample_file, read_only=True) as store:
        register = store.load()
    assert register.languages == ["en", "lv"]
    assert register.organisation.processing_locations == {"lv": "Latvijas Republika", "en": "Republic of Latvia"}
    assert box.others["lv"].isVisibleTo(box) and box.others["lv"].isChecked()
    assert not box.others["en"].isVisibleTo(box)
    box.main.setCurrentIndex(box.main.findData("lv"))  # and back
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.load().languages == ["lv", "en"]
    assert box.others["en"].isVisibleTo(box) and box.others["en"].isChecked()
