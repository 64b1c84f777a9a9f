"""Printing a document without stopping the window: progress, Cancel, and as sharp as the printer can print.

A ``PrintJob`` prints the bytes of a PDF the window has made, in one of three ways:

- **to a PDF file** (the print dialog's “Print to file”): the document's own bytes are written;
- **through CUPS** (Linux, macOS: ``lp`` is there and a printer is named): the PDF itself is handed to
  the print system, which prints its text and lines at the printer's own resolution; ``lp`` runs as a
  separate program, so the window goes on meanwhile;
- **page by page** (elsewhere, e.g. Windows, or a range of pages to a PDF file): each page is drawn as an
  image at the printer's resolution (at most ``RASTER_DPI_LIMIT``) and sent, one page per turn of the event
  loop, so the window answers between pages and Cancel works.  (A thread that paints was tried: PySide6 on
  Python 3.11 aborted with a reference-count error in ``None``.)

Progress and Cancel are shown in a ``QProgressDialog``; ``finished(bool)`` says whether everything was sent.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QProcess,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ropa_desktop.core import files

# Page by page, a page is drawn at the printer's resolution up to this: at 300 dpi a page takes the window's
# thread about 0.4 s, at 600 dpi about 2 s (and the job grows from ~1.3 MB to ~3.9 MB a page).
RASTER_DPI_LIMIT = 300


def lp_command() -> str | None:
    """The CUPS command that prints a PDF file, where there is one."""
    return shutil.which("lp")


class PrintJob(QObject):
    """One document on its way to a printer (see the module's description)."""

    finished = Signal(bool)  # True when every page was sent, False when cancelled or failed
    page_sent = Signal(int)  # page by page: how many pages have gone to the printer

    def __init__(self, pdf_bytes: bytes, printer: QPrinter, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.data = pdf_bytes
        self.printer = printer
        self.title = title
        self._parent = parent
        self.method = ""
        self.sent = 0  # pages sent so far (page by page)
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("printProgress")
        self.progress.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
        self.progress.setCancelButtonText(QCoreApplication.translate("Printing", "Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._painter: QPainter | None = None
        self._pages: list[int] = []
        self._process: QProcess | None = None
        self._spool: Path | None = None
        self._timer = QTimer(self)  # one page per turn of the event loop
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_page)
        self.done = False  # True once the job has ended, ``ok`` says how
        self.ok = False

    # ------------------------------------------------------------------ choosing the way

    def start(self) -> None:
        printer = self.printer
        whole = printer.printRange() == QPrinter.PrintRange.AllPages
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName() and whole:
            self.method = "file"
            self._write_file()
        elif printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName() and lp_command():
            self.method = "cups"
            self._send_to_cups()
        else:
            self.method = "pages"
            self._start_pages()

    # ------------------------------------------------------------------ a PDF file

    def _write_file(self) -> None:
        from ropa_desktop.core.errors import RopaError
        from ropa_desktop.ui import i18n

        try:
            files.write_atomic(Path(self.printer.outputFileName()), self.data, error_key="pdf_write_failed")
        except RopaError as exc:
            self._fail(exc.message(i18n.current()))
            return
        self._finish(True)

    # ------------------------------------------------------------------ CUPS

    def cups_arguments(self, spool: Path) -> list[str]:
        """What ``lp`` is told: the printer, the job's name, copies, pages and sides chosen in the print dialog."""
        printer = self.printer
        args = ["-d", printer.printerName(), "-t", self.title, "-n", str(max(printer.copyCount(), 1))]
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            args += ["-o", f"page-ranges={printer.fromPage()}-{max(printer.toPage(), printer.fromPage())}"]
        sides = {
            QPrinter.DuplexMode.DuplexNone: "one-sided",
            QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
            QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
        }.get(printer.duplex())
        if sides:
            args += ["-o", f"sides={sides}"]
        if printer.collateCopies():
            args += ["-o", "collate=true"]
        return [*args, "--", str(spool)]

    def _send_to_cups(self) -> None:
        handle = tempfile.NamedTemporaryFile(prefix="ropa-print-", suffix=".pdf", delete=False)  # noqa: SIM115
        with handle:
            handle.write(self.data)
        self._spool = Path(handle.name)
        self.progress.setLabelText(QCoreApplication.translate("Printing", "Sending the document to the printer…"))
        self.progress.setRange(0, 0)  # busy: the print system does not say how far it is
        self.progress.show()
        self._process = QProcess(self)
        self._process.finished.connect(self._cups_finished)
        self._process.errorOccurred.connect(self._cups_error)
        self._process.start(lp_command() or "lp", self.cups_arguments(self._spool))

    def _cups_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self.done:
            return
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self._finish(True)
            return
        assert self._process is not None  # (the signal is the process's own)
        said = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        self._fail(said)

    def _cups_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.done:
            assert self._process is not None  # (the signal is the process's own)
            self._fail(self._process.errorString())

    # ------------------------------------------------------------------ page by page

    def _start_pages(self) -> None:
        self._pdf = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf.load(self._buffer)
        count = self._pdf.pageCount()
        first, last = 1, count
        if self.printer.printRange() == QPrinter.PrintRange.PageRange and self.printer.fromPage() > 0:
            first, last = self.printer.fromPage(), min(max(self.printer.toPage(), self.printer.fromPage()), count)
        self._pages = list(range(first - 1, last))
        if not self._pages:
            self._finish(True)
            return
        self._painter = QPainter()
        if not self._painter.begin(self.printer):
            self._painter = None
            self._fail(QCoreApplication.translate("Documents", "The printer could not be started."))
            return
        self.progress.setRange(0, len(self._pages))
        self.progress.setValue(0)
        self._say_page()
        self.progress.show()
        self._timer.start()

    def _say_page(self) -> None:
        self.progress.setLabelText(
            QCoreApplication.translate("Printing", "Printing page %1 of %2…")
            .replace("%1", str(min(self.sent + 1, len(self._pages))))
            .replace("%2", str(len(self._pages)))
        )

    def dpi(self) -> int:
        return min(self.printer.resolution(), RASTER_DPI_LIMIT)

    def _next_page(self) -> None:
        if self.done or self._painter is None or self._pdf is None:
            return
        index = self._pages[self.sent]
        if self.sent:
            self.printer.newPage()
        painter = self._painter
        dpi = self.dpi()
        points = self._pdf.pagePointSize(index)
        image = self._pdf.render(index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
        target = painter.viewport()
        scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.save()
        painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
        painter.setWindow(image.rect())
        painter.drawImage(0, 0, image)
        painter.restore()
        self.sent += 1
        self.progress.setValue(self.sent)
        self.page_sent.emit(self.sent)
        if self.sent < len(self._pages):
            self._say_page()
            self._timer.start()
        else:
            painter.end()
            self._painter = None
            self._finish(True)

    # ------------------------------------------------------------------ the end

    def cancel(self) -> None:
        if self.done:
            return
        if self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
        if self._painter is not None:
            self.printer.abort()
            self._painter.end()
            self._painter = None
        self._finish(False)

    def _fail(self, reason: str) -> None:
        self._finish(False)
        text = QCoreApplication.translate("Printing", "The document could not be printed.")
        if reason:
            text += "\n\n" + reason
        QMessageBox.warning(self._parent, QCoreApplication.translate("Documents", "Print the document"), text)

    def _finish(self, ok: bool) -> None:
        if self.done:
            return
        self.done = True
        self.ok = ok
        self._timer.stop()
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        if self._spool is not None and (not ok or self.method == "cups"):
            # lp copies the file into the print queue before it ends; a cancelled job's file goes too
            self._spool.unlink(missing_ok=True)
        self.finished.emit(ok)
