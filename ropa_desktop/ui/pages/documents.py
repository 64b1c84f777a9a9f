"""Step 11: the five documents, previewed inside the app (QtPdf), printed or saved as PDF.

Imported only when the step is first opened, so reportlab and the documents package stay out of start-up.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop import documents
from ropa_desktop.core import files, labels, languages, texts
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import RopaError
from ropa_desktop.documents import registry
from ropa_desktop.ui import folders, forms, i18n, jobs, steps
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.handlers import qt_handler
from ropa_desktop.ui.pages.base import StepPage, scroll
from ropa_desktop.ui.printing import PrintJob
from ropa_desktop.ui.register_texts import language_names, merged_text, register_languages, text_values
from ropa_desktop.ui.widgets import DateField, LineEdit, TextInLanguages, name_by_labels

ZOOM_STEP = 1.25


class DocumentList(QListWidget):
    """The documents, each name whole: a long one wraps (“Informācija darbiniekiem par personas datu
    apstrādi”), and the list is as tall as its rows, so neither scroll bar is needed."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)  # where a wrapped name ends and the next begins
        self.setSpacing(2)  # the rows do not touch the frame or each other
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.count():
            self.executeDelayedItemsLayout()  # the rows as wrapped at the list's width now
            last = self.visualItemRect(self.item(self.count() - 1))
            first = self.visualItemRect(self.item(0))
            hint.setHeight(last.bottom() - first.top() + 1 + 2 * self.frameWidth() + 2 * self.spacing())
        return hint

    @qt_handler
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # names wrap anew: the list's height changes
            self.updateGeometry()


def document_title(doc_id: str, audience: str = "") -> str:
    """The document's name in the list, in the window's language (for one audience: its own title if the
    document's texts give one, ``documents.<id>.list_title_by_audience.<audience>``)."""
    lang = i18n.current()
    own = f"documents.{doc_id}.list_title_by_audience.{audience}"
    if audience and texts.has(lang, own):
        return texts.text(lang, own)
    title = texts.text(lang, f"documents.{doc_id}.list_title")
    return f"{title}: {labels.label(lang, 'audience', audience)}" if audience else title


class DocumentsPage(StepPage):
    """The five documents, a language switch, the preview, Print… and Save PDF…."""

    rendered = Signal()

    def __init__(self, editing: EditingController) -> None:
        super().__init__(editing, steps.DOCUMENTS)
        self._pdf_bytes = b""
        self._rendered_key: tuple | None = None
        self._wanted: tuple | None = None
        self._busy = False
        self._print_when_ready = False  # File › Print… asked before the preview was there
        self._settings_dirty = False

        self.documents = DocumentList()
        self.documents.setAccessibleName(steps.title(steps.DOCUMENTS))
        self.no_notice = forms.quiet_note(
            QCoreApplication.translate(
                "Documents",
                "A privacy notice is listed here for each group of people named in step 2: customers, employees, "
                "job applicants, business partners.",
            )
        )
        # nor is there a consent form to print until a purpose collects its consent on it
        self.no_consent_form = forms.quiet_note(
            QCoreApplication.translate(
                "Documents",
                "The consent form appears here once a purpose resting on consent collects it on paper: in step 3, "
                "tick “The printed consent form collects this consent” for that purpose.",
            )
        )
        self._choices: list[tuple[str, tuple]] = []
        self.documents.currentRowChanged.connect(lambda _r: self.show_document())

        # the label above the buttons: one button per language of the table leaves no room beside them
        language_label = QLabel(QCoreApplication.translate("Documents", "Document &language:"))
        language_row = QHBoxLayout()
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code in languages.DOCUMENT_CODES:
            button = QRadioButton(code.upper())
            button.setToolTip(languages.get(code).native_name)
            self.language_group.addButton(button)
            language_row.addWidget(button)
            self.language_buttons[code] = button
        wanted = i18n.current() if i18n.current() in self.language_buttons else languages.DOCUMENT_CODES[0]
        self.language_buttons[wanted].setChecked(True)
        # the arrow keys then move between the languages
        self.language_label = language_label
        language_label.setBuddy(self.language_buttons[languages.DOCUMENT_CODES[0]])
        self.language_group.buttonToggled.connect(lambda _b, checked: self.show_document() if checked else None)
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
        # the labels above their fields: beside them the fields of this narrow column would cut the names short
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        settings_box.setLayout(form)
        self.version = LineEdit()
        approved_by_example = QCoreApplication.translate("Documents", "e.g. a board member")

        def make_approved_by() -> QLineEdit:
            edit = LineEdit()
            edit.setPlaceholderText(approved_by_example)
            return edit

        self.approved_by_texts = TextInLanguages(make_approved_by)  # a text in every language of the register
        self.approved_by = self.approved_by_texts.main
        self.approved_on = DateField()
        self.effective_from = DateField()
        form.addRow(QCoreApplication.translate("Documents", "Version:"), self.version)
        form.addRow(QCoreApplication.translate("Documents", "Approved by:"), self.approved_by_texts)
        form.addRow(QCoreApplication.translate("Documents", "Approved on:"), self.approved_on)
        form.addRow(QCoreApplication.translate("Documents", "Effective from:"), self.effective_from)
        name_by_labels(form)
        self.settings_fields = {
            "version": self.version,
            "approved_by": self.approved_by,
            "approved_on": self.approved_on,
            "effective_from": self.effective_from,
        }
        self._loading = False
        self.version.textEdited.connect(lambda _t: self._settings_changed(False))
        self.approved_by_texts.edited.connect(lambda: self._settings_changed(False))
        self.version.editingFinished.connect(self.save_now)
        self.approved_by.editingFinished.connect(self.save_now)
        for date in (self.approved_on, self.effective_from):
            date.changed.connect(lambda: self._settings_changed(True))
            date.edited.connect(lambda: self._settings_changed(False))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.documents)
        left_layout.addWidget(self.no_notice)
        left_layout.addWidget(self.no_consent_form)
        left_layout.addWidget(language_label)
        left_layout.addLayout(language_row)
        left_layout.addLayout(buttons)
        left_layout.addWidget(settings_box)
        left_layout.addStretch(1)
        left_width = 280  # the names of the documents and the approver's fields, readable
        left.setMinimumWidth(left_width)
        self._fill_documents()  # once the note is in its place: shown without a parent, it was a window of its own
        # on a low window the column scrolls instead of squeezing its fields to slivers
        left_area = scroll(left)
        left_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_area.setMinimumWidth(left_width + left_area.verticalScrollBar().sizeHint().width())

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
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.page_label)
        zoom_row.addStretch(1)
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        self.zoom_fit = QPushButton(QCoreApplication.translate("Documents", "Fit &width"))
        self.zoom_out.setToolTip(QCoreApplication.translate("Documents", "Smaller"))
        self.zoom_in.setToolTip(QCoreApplication.translate("Documents", "Larger"))
        for zoom_button in (self.zoom_out, self.zoom_in):
            zoom_button.setAccessibleName(zoom_button.toolTip())  # a screen reader would say “minus”, “plus”
            zoom_button.setFixedWidth(zoom_button.fontMetrics().height() * 2 + 8)
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for zoom_button in (self.zoom_out, self.zoom_in, self.zoom_fit):
            zoom_row.addWidget(zoom_button)
        preview_layout.addLayout(zoom_row)

        splitter = QSplitter()
        splitter.addWidget(left_area)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([320, 600])
        self.body.addWidget(splitter, 1)
        self.buffer: QBuffer | None = None
        self.save_later = Debouncer(self, self.save_now)

    def zoom(self, factor: float) -> None:
        """Show the preview larger or smaller than it is now (within 25 % and 400 %)."""
        current = self.view.zoomFactor()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and self.pdf.pageCount():
            width = self.pdf.pagePointSize(0).width() / 72 * self.logicalDpiX()  # the page at 100 %
            current = max(self.view.viewport().width() - 2 * self.view.documentMargins().left(), 1) / width
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, 0.25), 4.0))

    # -- which document ----------------------------------------------------------------

    def document_choices(self) -> list[tuple[str, tuple]]:
        """(document id, its options) of each row: a document printed per audience has a row per audience
        that the register's categories of data subjects have."""
        present = {s.audience for s in self.register.subject_categories}
        printable = documents.printable(self.register)
        out: list[tuple[str, tuple]] = []
        for doc in registry.DOCUMENTS:
            if doc.id not in printable:
                continue
            if "audience" in doc.options:
                out += [(doc.id, (("audience", a),)) for a in m.AUDIENCES if a in present and a != "other"]
            else:
                out.append((doc.id, ()))
        return out

    def _fill_documents(self) -> None:
        choices = self.document_choices()
        if choices == self._choices:
            return
        row = self.documents.currentRow()
        current = self._choices[row] if 0 <= row < len(self._choices) else None
        self._choices = choices
        self.documents.blockSignals(True)
        self.documents.clear()
        for doc_id, options in choices:
            self.documents.addItem(QListWidgetItem(document_title(doc_id, dict(options).get("audience", ""))))
        self.documents.setCurrentRow(choices.index(current) if current in choices else 0)
        self.documents.blockSignals(False)
        self.documents.updateGeometry()  # as tall as its rows
        # a notice is printed per group of people: with none in the register yet, say where it comes from
        self.no_notice.setVisible(not any(options for _doc, options in choices))
        self.no_consent_form.setVisible(not any(doc == "consent" for doc, _options in choices))

    def document_name(self) -> str:
        row = self.documents.currentRow()
        return self._choices[row][0] if 0 <= row < len(self._choices) else registry.IDS[0]

    def document_options(self) -> dict[str, str]:
        row = self.documents.currentRow()
        return dict(self._choices[row][1]) if 0 <= row < len(self._choices) else {}

    def language(self) -> str:
        return next(code for code, button in self.language_buttons.items() if button.isChecked())

    def choose(self, name: str, lang: str, **options: str) -> None:
        """Pick a document and its language, as a person would in the list and the language switch."""
        self.language_buttons[lang].setChecked(True)
        wanted = (name, tuple(options.items()))
        row = next(
            i for i, choice in enumerate(self._choices) if choice == wanted or (not options and choice[0] == name)
        )
        self.documents.setCurrentRow(row)  # without options: the document's first row (e.g. its first audience)

    # -- showing -------------------------------------------------------------------------

    def _show_languages(self) -> None:
        """The languages the register is kept in are the ones its documents are offered in."""
        codes = register_languages(self.register)
        for code, button in self.language_buttons.items():
            button.setVisible(code in codes)
        self.language_label.setBuddy(self.language_buttons[codes[0]])
        if self.language() not in codes:
            self.language_buttons[i18n.current() if i18n.current() in codes else codes[0]].setChecked(True)

    def refresh(self) -> None:
        self._fill_documents()  # the audiences of the register may have changed
        self._show_languages()
        self._loading = True
        ds = self.register.document_settings
        self.version.setText(ds.version)
        codes = register_languages(self.register)
        self.approved_by_texts.set_languages(codes, language_names())
        self.approved_by_texts.set_values(text_values(ds.approved_by))
        self.approved_on.set_value(ds.approved_on)
        self.effective_from.set_value(ds.effective_from)
        self._loading = False
        self._settings_dirty = False
        self.make_preview()

    def show_document(self) -> None:
        self.make_preview()

    def make_preview(self) -> None:
        """Make the chosen PDF in the background and show it when it is ready."""
        key = (self.document_name(), self.language(), self.editing.revision, tuple(self.document_options().items()))
        self._wanted = key  # (also when it is on screen already: a render still running for another is not)
        if self._busy:
            return  # the running render starts the wanted one when it ends
        if key == self._rendered_key and self._pdf_bytes:
            if not self.save_button.isEnabled():  # greyed while another document was made, now dropped
                self.print_button.setEnabled(self.pdf.pageCount() > 0)
                self.save_button.setEnabled(True)
            return
        self._busy = True
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        if self.preview.currentWidget() is self.message or not self._pdf_bytes:
            self.message.setText(QCoreApplication.translate("Documents", "Preparing the preview…"))
            self.preview.setCurrentWidget(self.message)
        name, lang, revision, options = key
        store = self.editing.open_store
        # the worker reads the register from its file (every change is saved there before this)
        self.editing.worker.submit(
            functools.partial(jobs.render, str(store.path), revision, name, lang, **dict(options)),
            lambda data, error: self._rendered(key, data, error) if self.editing.store is store else None,
            receiver=self,  # another register or a language switch made pages of their own: this one is gone
        )  # (and a register closed meanwhile has no preview to show)

    def _rendered(self, key: tuple, data: bytes | None, error: BaseException | None) -> None:
        self._busy = False
        if key != self._wanted:
            self.make_preview()
            return
        if isinstance(error, RopaError):
            self._show_message(error.message(i18n.current()))
            return
        if error is not None:  # a failing document must not take the window down: it is said instead
            text = QCoreApplication.translate("Documents", "The document could not be created: %1")
            self._show_message(text.replace("%1", str(error) or type(error).__name__))
            return
        assert data is not None  # the job ended without an error: it returned the PDF
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
        if self._print_when_ready:
            self._print_when_ready = False
            QTimer.singleShot(0, self.print_dialog)  # after this preview is on screen

    def print_when_ready(self) -> None:
        """File › Print…: the print dialog for the chosen document, once its preview is ready."""
        if self.print_button.isEnabled():
            self.print_dialog()
        else:
            self._print_when_ready = True

    def _show_message(self, text: str) -> None:
        self._print_when_ready = False  # the document could not be made: there is nothing to print
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
        self.save_later.changed(immediate)

    def flush(self) -> bool:
        self.save_later.cancel()
        if not self._settings_dirty:
            return True
        old = self.register.document_settings
        new = m.DocumentSettings(
            self.version.text(),
            merged_text(old.approved_by, self.approved_by_texts.values()),
            self.approved_on.value(),
            self.effective_from.value(),
        )
        if new == old:
            self._settings_dirty = False
            return True
        if not self.editing.set_document_settings(old, new):
            return False
        self._settings_dirty = False
        self.make_preview()
        return True

    def set_editable(self, editable: bool) -> None:
        for widget in self.settings_fields.values():
            widget.setEnabled(editable)

    def focus_field(self, entity_id: str, field: str) -> None:
        widget = self.settings_fields.get(field, self.version)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- printing and saving -------------------------------------------------------------------

    def _draft_confirmed(self, question: str) -> bool:
        """A document with blanks is a draft: say so and ask before it is printed or saved (True: go on)."""
        blanks = getattr(self._pdf_bytes, "blanks", 0)
        if not blanks:
            return True
        text = QCoreApplication.translate(
            "Documents",
            "This document is a draft, and each page says so. Blanks still to fill in (__________): %1. "
            "The Review step lists what is missing.",
        ).replace("%1", str(blanks))
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Documents", "The document is a draft"),
            f"{text}\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def print_dialog(self) -> None:
        if not self._pdf_bytes:
            return
        if not self._draft_confirmed(QCoreApplication.translate("Documents", "Print it anyway?")):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document_title(self.document_name(), self.document_options().get("audience", "")))
        printer.setFromTo(1, self.pdf.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("Documents", "Print the document"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob | None:
        """Print the previewed PDF in the background (``printing.py``); the job, or None when there is nothing."""
        if not self._pdf_bytes:
            return None
        self.print_button.setEnabled(False)  # one job at a time
        title = document_title(self.document_name(), self.document_options().get("audience", ""))
        job = PrintJob(self._pdf_bytes, printer, title, self)
        job.finished.connect(lambda ok: self._printed(job, ok))
        self.print_job = job
        job.start()
        return job

    def _printed(self, job: PrintJob, ok: bool) -> None:
        self.print_button.setEnabled(bool(self._pdf_bytes))
        if ok:
            self.editing.message.emit(QCoreApplication.translate("Documents", "Sent to the printer."), 8000)
        job.deleteLater()

    def save_pdf(self) -> None:
        """Save the previewed document: the bytes on screen are written, not made again."""
        if not self._pdf_bytes:
            return
        if not self._draft_confirmed(QCoreApplication.translate("Documents", "Save it anyway?")):
            return
        data = self._pdf_bytes
        audience = self.document_options().get("audience")  # a notice per audience: each under a name of its own
        suggested = documents.file_name(self.register, self.document_name(), self.language(), audience)
        start = folders.save_folder() / suggested
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Documents", "Save the document as PDF"),
            str(start),
            folders.file_types(QCoreApplication.translate("Documents", "PDF documents"), "pdf"),
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            sources = (self.editing.store.path,) if self.editing.store else ()
            files.check_output(path, sources=sources, force=True)  # never over the register, or any register
            files.write_atomic(path, data, error_key="pdf_write_failed")
        except RopaError as exc:
            QMessageBox.critical(
                self, QCoreApplication.translate("Documents", "The PDF could not be saved"), exc.message(i18n.current())
            )
            return
        folders.remember(path)
        self.editing.message.emit(QCoreApplication.translate("Documents", "Saved %1").replace("%1", str(path)), 8000)
        folders.offer_open_folder(
            self,
            QCoreApplication.translate("Documents", "Save the document as PDF"),
            QCoreApplication.translate("Documents", "The document is saved: %1").replace("%1", str(path)),
            path,
        )
