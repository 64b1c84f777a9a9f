"""Saving a PDF or a copy starts in Documents, then in the last folder used, and offers to open it; printing runs
in the background with progress and Cancel, and sends the document itself where the print system takes PDF."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from ropa_desktop import paths
from ropa_desktop.core import settings
from ropa_desktop.ui import printing, steps
from ropa_desktop.ui.pages.documents import document_title


def _documents_page(qtbot, window):
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    return page


def _answer_save(monkeypatch, answers: list[Path]) -> list[str]:
    asked: list[str] = []

    def ask(parent, title, start, *args, **kwargs):
        asked.append(start)
        return str(answers.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def _saved_note(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "savedNote")))
    return next(b for b in window.findChildren(QMessageBox, "savedNote") if b.isVisible())


def _opened_folders(monkeypatch) -> list[str]:
    opened: list[str] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    return opened


def test_save_pdf_starts_in_documents_then_remembers_the_folder_and_offers_to_open_it(
    qtbot, window, tmp_path, monkeypatch
):
    page = _documents_page(qtbot, window)
    elsewhere = tmp_path / "Izdrukas"
    elsewhere.mkdir()
    asked = _answer_save(monkeypatch, [elsewhere / "paziņojums.pdf", elsewhere / "otrs.pdf"])
    opened = _opened_folders(monkeypatch)

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).parent == paths.documents_dir()
    assert (elsewhere / "paziņojums.pdf").read_bytes() == page.pdf_bytes()
    note = _saved_note(qtbot, window)
    assert str(elsewhere / "paziņojums.pdf") in note.text()
    qtbot.mouseClick(note.findChild(type(page.save_button), "openFolder"), Qt.MouseButton.LeftButton)
    assert opened == [str(elsewhere)]
    assert settings.load().save_folder == str(elsewhere.resolve())

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[1]).parent == elsewhere.resolve()


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(qtbot, window, tmp_path, monkeypatch, dialogs):
    s = settings.load()
    s.save_folder = str(tmp_path / "removed")
    settings.save(s)
    asked = _answer_save(monkeypatch, [tmp_path / "copy.ropa"])
    window.accountant_action.trigger()
    assert Path(asked[0]).parent == paths.documents_dir()


def test_a_read_only_attachment_is_saved_and_exported_to_the_folder_saved_to_last(
    qtbot, make_window, sample_file, tmp_path, monkeypatch, dialogs
):
    """An attachment opened from the mail program's temporary folder opens read-only; Save As (“save your own
    copy”, as the banner says) and the JSON export start where the user saves, not in the mail program's folder."""
    window = make_window(sample_file, read_only=True)
    asked = _answer_save(monkeypatch, ["", "", tmp_path / "Darbs" / "ZIMES.ropa", ""])
    window.save_as_action.trigger()
    window.export_action.trigger()
    assert [Path(start).parent for start in asked] == [paths.documents_dir()] * 2
    folder = tmp_path / "Darbs"
    folder.mkdir()
    s = settings.load()
    s.save_folder = str(folder)
    settings.save(s)
    window.save_as_action.trigger()  # the copy is opened, and it can be saved where it is
    assert not window.editing.read_only and window.editing.store.path == folder / "ZIMES.ropa"
    window.export_action.trigger()
    assert Path(asked[3]).parent == folder


def test_the_copy_sent_back_is_not_offered_the_name_of_the_copy_received(make_window, sample_file, monkeypatch):
    """The accountant opened the copy received today from Documents: the copy to send back is offered “… (2)”, not
    the open file's name, which Enter would have been refused as “open now”."""
    from ropa_desktop.core.storage import accountant_copy_name

    received = paths.documents_dir() / accountant_copy_name("SIA “ZĪMES”")
    received.parent.mkdir(parents=True, exist_ok=True)
    received.write_bytes(sample_file.read_bytes())
    window = make_window(received)
    asked = _answer_save(monkeypatch, [""])
    window.accountant_action.trigger()
    assert Path(asked[0]) == received.with_name(f"{received.stem} (2).ropa")


def test_the_accountants_copy_remembers_its_folder_and_offers_to_open_it(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "Grāmatvedim"
    folder.mkdir()
    asked = _answer_save(monkeypatch, [folder / "kopija.ropa", folder / "kopija2.ropa"])
    opened = _opened_folders(monkeypatch)
    window.accountant_action.trigger()
    assert Path(asked[0]).parent == paths.documents_dir()
    assert (folder / "kopija.ropa").is_file()
    note = _saved_note(qtbot, window)
    qtbot.mouseClick(note.findChild(type(window.back_button), "openFolder"), Qt.MouseButton.LeftButton)
    assert opened == [str(folder)]
    window.accountant_action.trigger()
    assert Path(asked[1]).parent == folder.resolve()


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """A stand-in for CUPS's ``lp``: keeps its arguments and the file it was given, then waits for ``release``."""
    spool = tmp_path / "spool"
    spool.mkdir()
    script = tmp_path / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{spool}/args"\n'
        "for last; do :; done\n"
        f'cp "$last" "{spool}/job.pdf"\n'
        f'while [ ! -e "{spool}/release" ]; do sleep 0.05; done\n'
        "exit 0\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(printing, "lp_command", lambda: str(script))
    return spool


def _cups_printer(monkeypatch) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # a printer of the print system (none is installed where the tests run)
    monkeypatch.setattr(printer, "printerName", lambda: "Birojs")
    monkeypatch.setattr(printer, "outputFormat", lambda: QPrinter.OutputFormat.NativeFormat)
    printer.setCopyCount(2)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 2)
    return printer


def test_printing_hands_the_pdf_itself_to_the_print_system_while_the_window_goes_on(
    qtbot, window, fake_lp, monkeypatch
):
    page = _documents_page(qtbot, window)
    job = page.print_to(_cups_printer(monkeypatch))
    assert job.method == "cups"
    qtbot.waitUntil(lambda: (fake_lp / "job.pdf").exists(), timeout=10000)
    # lp is still running: the window answers meanwhile, and says what is going on
    assert not job.done and job.progress.isVisible()
    window.go_to(steps.COMPANY)
    assert window.current_step == steps.COMPANY
    (fake_lp / "release").touch()
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    assert job.ok
    assert (fake_lp / "job.pdf").read_bytes() == page.pdf_bytes()  # vector, as previewed: no page images
    args = (fake_lp / "args").read_text().split("\n")
    assert args[args.index("-d") + 1] == "Birojs" and args[args.index("-n") + 1] == "2"
    assert "page-ranges=1-2" in args
    assert not job.progress.isVisible()


def test_cancel_stops_the_print_system_job(qtbot, window, fake_lp, monkeypatch):
    page = _documents_page(qtbot, window)
    job = page.print_to(_cups_printer(monkeypatch))
    qtbot.waitUntil(lambda: (fake_lp / "job.pdf").exists(), timeout=10000)
    cancel = job.progress.findChild(type(page.save_button))
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    assert not job.ok
    assert page.print_button.isEnabled()


def test_page_by_page_printing_shows_progress_and_can_be_cancelled(qtbot, window, tmp_path):
    from tests.pdfs import image_widths, page_count

    page = _documents_page(qtbot, window)
    page.choose("procedure", "lv")
    qtbot.waitUntil(lambda: page._rendered_key is not None and page._rendered_key[0] == "procedure", timeout=30000)
    count = page.pdf.pageCount()
    assert count >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pages.pdf"))
    printer.setResolution(300)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, count)
    job = page.print_to(printer)
    assert job.method == "pages"
    assert not job.done  # the pages go one at a time, with the event loop running between them
    seen: list[tuple[int, int, bool]] = []
    job.page_sent.connect(lambda sent: seen.append((sent, job.progress.value(), job.progress.isVisible())))
    qtbot.waitUntil(lambda: job.done, timeout=60000)
    assert job.ok and job.sent == count
    assert seen == [(n, n, True) for n in range(1, count + 1)]
    printed = tmp_path / "pages.pdf"
    assert page_count(printed) == count
    [width] = image_widths(printed)
    assert abs(width - 210 / 25.4 * 300) < 3  # A4 at the printer's 300 dpi

    second = QPrinter(QPrinter.PrinterMode.HighResolution)
    second.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    second.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    second.setPrintRange(QPrinter.PrintRange.PageRange)
    second.setFromTo(1, count)
    job = page.print_to(second)
    qtbot.waitUntil(lambda: job.sent >= 1, timeout=30000)
    qtbot.mouseClick(job.progress.findChild(type(page.save_button)), Qt.MouseButton.LeftButton)
    assert job.done and not job.ok and job.sent < count
    assert isinstance(job.progress, QProgressDialog)


def test_print_to_a_pdf_file_writes_the_document_itself(qtbot, window, tmp_path):
    page = _documents_page(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "file.pdf"))
    job = page.print_to(printer)
    assert job.done and job.ok and job.method == "file"
    assert (tmp_path / "file.pdf").read_bytes() == page.pdf_bytes()
    assert io.BytesIO(page.pdf_bytes()).read(4) == b"%PDF"


def _record_print_dialogs(monkeypatch) -> list[str]:
    from PySide6.QtPrintSupport import QPrintDialog

    asked: list[str] = []

    def run(dialog) -> int:
        asked.append(dialog.printer().docName())
        return QPrintDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", run)
    return asked


def test_ctrl_p_on_any_step_prints_the_chosen_document_once_its_preview_is_ready(qtbot, window, monkeypatch, dialogs):
    asked = _record_print_dialogs(monkeypatch)
    window.go_to(steps.PURPOSES)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step == steps.DOCUMENTS
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30000)  # the preview is made first, then the dialog
    page = window.current_page()
    assert asked[0] == document_title(page.document_name(), page.document_options().get("audience", "")) != ""
    assert dialogs.kinds() == ["question"]  # the sample is a draft: asked before printing
    # on the Documents step with the preview there, the dialog comes at once
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
