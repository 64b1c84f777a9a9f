"""Step 11: the five documents, previewed inside the app (QtPdf), printed or saved as PDF.

Imported only when the step is first opened, so reportlab and the documents package stay out of start-up.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import model as m
from ropa_desktop.core.errors import RopaError
from ropa_desktop.ui import forms, i18n, steps
from ropa_desktop.ui.pages import StepPage
from ropa_desktop.ui.widgets import DateField

if TYPE_CHECKING:
    from ropa_desktop.ui.mainwindow import MainWindow

DOCUMENT_NAMES = ("procedure", "register", "notice", "consent", "request")


def document_title(name: str) -> str:
    return {
        "procedure": QCoreApplication.translate("Documents", "Internal data processing procedure"),
        "register": QCoreApplication.translate("Documents", "Record of processing activities (Art. 30)"),
        "notice": QCoreApplication.translate("Documents", "Privacy notice for customers"),
        "consent": QCoreApplication.translate("Documents", "Consent form"),
        "request": QCoreApplication.translate("Documents", "Data subject request form"),
    }[name]


class _Renderer(QObject):
    """Carries a finished PDF from the rendering thread to the window's thread."""

    done = Signal(object, object, str)  # key, PDF bytes or None, error text


def _snapshot(register: m.Register) -> m.Register:
    """A copy the rendering thread can read while the window goes on editing (entries are replaced, never changed)."""
    return dataclasses.replace(register, **{kind: list(register.items(kind)) for kind in m.LIST_KINDS})


class DocumentsPage(StepPage):
    """The five documents, a language switch, the preview, Print… and Save PDF…."""

    rendered = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, steps.DOCUMENTS)
        self._pdf_bytes = b""
        self._rendered_key: tuple | None = None
        self._wanted: tuple | None = None
        self._busy = False
        self._renderer = _Renderer(self)
        self._renderer.done.connect(self._rendered)
        self._settings_dirty = False

        self.documents = QListWidget()
        for name in DOCUMENT_NAMES:
            item = QListWidgetItem(document_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.documents.addItem(item)
        self.documents.setCurrentRow(0)
        rows = self.documents.sizeHintForRow(0) * len(DOCUMENT_NAMES) + 2 * self.documents.frameWidth() + 6
        self.documents.setFixedHeight(rows)
        self.documents.currentRowChanged.connect(lambda _r: self.show_document())

        language_row = QHBoxLayout()
        language_label = QLabel(QCoreApplication.translate("Documents", "Document &language:"))
        language_row.addWidget(language_label)
        self.lv = QRadioButton("LV")
        self.en = QRadioButton("EN")
        self.lv.setToolTip("Latviešu")
        self.en.setToolTip("English")
        self.language_group = QButtonGroup(self)
        self.language_group.addButton(self.lv)
        self.language_group.addButton(self.en)
        (self.lv if i18n.current() == "lv" else self.en).setChecked(True)
        language_label.setBuddy(self.lv)  # the arrow keys then move between LV and EN
        self.lv.toggled.connect(lambda _c: self.show_document())
        language_row.addWidget(self.lv)
        language_row.addWidget(self.en)
        language_row.addStretch(1)

        self.print_button = QPushButton(QCoreApplication.translate("Documents", "&Print…"))
        self.save_button = QPushButton(QCoreApplication.translate("Documents", "&Save PDF…"))
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        settings_box = QGroupBox(QCoreApplication.translate("Documents", "Version and approval"))
        form = forms.form_layout()
        settings_box.setLayout(form)
        self.version = QLineEdit()
        self.approved_by = QLineEdit()
        self.approved_by.setPlaceholderText(QCoreApplication.translate("Documents", "e.g. the board member"))
        self.approved_on = DateField(QCoreApplication.translate("Forms", "known"))
        self.effective_from = DateField(QCoreApplication.translate("Forms", "known"))
        form.addRow(QCoreApplication.translate("Documents", "Version:"), self.version)
        form.addRow(QCoreApplication.translate("Documents", "Approved by:"), self.approved_by)
        form.addRow(QCoreApplication.translate("Documents", "Approved on:"), self.approved_on)
        form.addRow(QCoreApplication.translate("Documents", "In force from:"), self.effective_from)
        self.settings_fields = {
            "version": self.version,
            "approved_by": self.approved_by,
            "approved_on": self.approved_on,
            "effective_from": self.effective_from,
        }
        self._loading = False
        for edit in (self.version, self.approved_by):
            edit.textEdited.connect(lambda _t: self._settings_changed(False))
            edit.editingFinished.connect(self.save_now)
        for date in (self.approved_on, self.effective_from):
            date.changed.connect(lambda: self._settings_changed(True))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.documents)
        left_layout.addLayout(language_row)
        left_layout.addLayout(buttons)
        left_layout.addWidget(settings_box)
        left_layout.addStretch(1)
        left.setMinimumWidth(280)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview = QStackedWidget()
        self.preview.addWidget(self.view)
        self.preview.addWidget(self.message)
        self.page_label = QLabel()
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(8, 0, 0, 0)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.page_label)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([320, 600])
        self.body.addWidget(splitter, 1)
        self.buffer: QBuffer | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.save_now)

    # -- which document ----------------------------------------------------------------

    def document_name(self) -> str:
        item = self.documents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else DOCUMENT_NAMES[0]

    def language(self) -> str:
        return "lv" if self.lv.isChecked() else "en"

    def choose(self, name: str, lang: str) -> None:
        """Pick a document and its language, as a person would in the list and the LV/EN switch."""
        (self.lv if lang == "lv" else self.en).setChecked(True)
        self.documents.setCurrentRow(DOCUMENT_NAMES.index(name))

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._loading = True
        ds = self.register.document_settings
        self.version.setText(ds.version)
        self.approved_by.setText(ds.approved_by)
        self.approved_on.set_value(ds.approved_on)
        self.effective_from.set_value(ds.effective_from)
        self._loading = False
        self._settings_dirty = False
        self.render()

    def show_document(self) -> None:
        self.render()

    def render(self) -> None:
        """Make the chosen PDF in the background and show it when it is ready."""
        key = (self.document_name(), self.language(), self.window_.revision)
        if key == self._rendered_key and self._pdf_bytes:
            return
        self._wanted = key
        if self._busy:
            return  # the running render starts the wanted one when it ends
        self._busy = True
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        if self.preview.currentWidget() is self.message or not self._pdf_bytes:
            self.message.setText(QCoreApplication.translate("Documents", "Preparing the preview…"))
            self.preview.setCurrentWidget(self.message)
        snapshot = _snapshot(self.register)
        worker = threading.Thread(target=self._render_in_background, args=(key, snapshot), daemon=True)
        worker.start()

    def _render_in_background(self, key: tuple, register: m.Register) -> None:
        name, lang, _revision = key
        try:
            from ropa_desktop import documents

            result: tuple[bytes | None, str] = (bytes(documents.render(register, name, lang)), "")
        except RopaError as exc:
            result = (None, exc.message(i18n.current()))
        except Exception as exc:  # noqa: BLE001 - a failing document must not take the window down
            text = QCoreApplication.translate("Documents", "The document could not be made: %1")
            result = (None, text.replace("%1", str(exc) or type(exc).__name__))
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._renderer.done.emit(key, *result)

    def _rendered(self, key: tuple, data: bytes | None, error: str) -> None:
        self._busy = False
        if key != self._wanted:
            self.render()
            return
        if data is None:
            self._show_message(error)
            return
        self._pdf_bytes = data
        self._rendered_key = key
        self.pdf.close()
        old = self.buffer
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self._pdf_bytes))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self.buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.preview.setCurrentWidget(self.view)
        pages = self.pdf.pageCount()
        self.page_label.setText(QCoreApplication.translate("Documents", "Pages: %1").replace("%1", str(pages)))
        self.print_button.setEnabled(pages > 0)
        self.save_button.setEnabled(True)
        self.rendered.emit()

    def _show_message(self, text: str) -> None:
        self._pdf_bytes = b""
        self._rendered_key = None
        self.message.setText(text)
        self.preview.setCurrentWidget(self.message)
        self.page_label.setText("")
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def pdf_bytes(self) -> bytes:
        return self._pdf_bytes

    # -- document settings -----------------------------------------------------------------

    def _settings_changed(self, immediate: bool) -> None:
        if self._loading:
            return
        self._settings_dirty = True
        if immediate:
            self.flush()
        else:
            self.timer.start()

    def flush(self) -> bool:
        self.timer.stop()
        if not self._settings_dirty:
            return True
        old = self.register.document_settings
        new = m.DocumentSettings(
            self.version.text(), self.approved_by.text(), self.approved_on.value(), self.effective_from.value()
        )
        if new == old:
            self._settings_dirty = False
            return True
        if not self.window_.set_document_settings(old, new):
            return False
        self._settings_dirty = False
        self.render()
        return True

    def set_editable(self, editable: bool) -> None:
        for widget in self.settings_fields.values():
            widget.setEnabled(editable)

    def focus_field(self, entity_id: str, field: str) -> None:
        widget = self.settings_fields.get(field, self.version)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- printing and saving -------------------------------------------------------------------

    def print_dialog(self) -> None:
        if not self._pdf_bytes:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document_title(self.document_name()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("Documents", "Print the document"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the previewed PDF page by page; returns the number of pages sent to the printer."""
        count = self.pdf.pageCount()
        if count == 0:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("Documents", "Print the document"),
                QCoreApplication.translate("Documents", "The printer could not be started."),
            )
            return 0
        try:
            dpi = min(printer.resolution(), 300)
            for i in range(count):
                if i:
                    printer.newPage()
                points = self.pdf.pagePointSize(i)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.pdf.render(i, size)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
                painter.setWindow(image.rect())
                painter.drawImage(QPointF(0, 0), image)
                painter.setViewport(target)
                painter.setWindow(target)
        finally:
            painter.end()
        return count

    def save_pdf(self) -> None:
        if not self._pdf_bytes:
            return
        from ropa_desktop import documents

        name = self.document_name()
        lang = self.language()
        suggested = documents.file_name(self.register, name, lang)
        start = Path(self.window_.store.path.parent if self.window_.store else Path.home()) / suggested
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Documents", "Save the document as PDF"),
            str(start),
            QCoreApplication.translate("Documents", "PDF documents (*.pdf)"),
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        error = ""
        try:
            documents.write_pdf(self.register, name, lang, path)
        except RopaError as exc:
            error = exc.message(i18n.current())
        except OSError as exc:
            error = f"{exc.filename or path}: {exc.strerror or exc}"
        finally:
            QApplication.restoreOverrideCursor()
        if error:
            QMessageBox.critical(self, QCoreApplication.translate("Documents", "The PDF could not be saved"), error)
            return
        self.window_.statusBar().showMessage(
            QCoreApplication.translate("Documents", "Saved %1").replace("%1", str(path)), 8000
        )
