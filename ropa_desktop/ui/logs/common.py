"""What the two log pages share: the page frame (table, buttons, form, problems), a moment field, letters."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import files, labels, languages, texts
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import Problem, RopaError
from ropa_desktop.ui import folders, i18n
from ropa_desktop.ui.handlers import qt_handler
from ropa_desktop.ui.register_texts import register_languages
from ropa_desktop.ui.widgets import DateField, Hint, name_by_labels

OVERDUE = QColor("#b00020")


def word(group: str, value: str | None) -> str:
    """An enum value in the window's language (``labels.toml``), e.g. a right or a status."""
    return labels.label(i18n.current(), group, value)


def shown_word(group: str, value: str | None) -> str:
    """An enum value on its own, as a list or a table cell shows it: with a capital letter (“Access”)."""
    return labels.standalone(i18n.current(), group, value)


def day_text(iso: str | None) -> str:
    """A date as the window's language writes it (``dd.MM.yyyy.`` in Latvian)."""
    if not iso:
        return ""
    try:
        d = _dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return QDate(d.year, d.month, d.day).toString(DateField.display_format())


def moment_text(moment: _dt.datetime | None, zone: bool = False) -> str:
    """A moment on this computer's clock, in the window's date format; with ``zone``, the clock's (“UTC+02:00”)."""
    if moment is None:
        return ""
    local = moment.astimezone()
    text = f"{day_text(local.date().isoformat())} {local:%H:%M}"
    if zone:
        from ropa_desktop.core import logs

        text += f" ({logs.zone_text(local)})"
    return text


def letter_languages(register: Any) -> list[str]:
    """The languages the register's documents are kept in, main language first."""
    return [c for c in register_languages(register) if c in languages.DOCUMENT_CODES]


def problems_text(problems: Sequence[Problem], label_of: Callable[[str], str]) -> str:
    """The problems of one entry as lines, each named by the label of the form's row it concerns (``label_of``: a
    field's name to that label, "" where the row has none) in place of its path."""
    lang = i18n.current()
    lines = []
    for p in problems:
        if not p.path:
            lines.append(p.message(lang))
            continue
        label = label_of(p.path.rsplit(".", 1)[-1])
        lines.append(f"• {label}: {p.detail(lang)}" if label else f"• {p.detail(lang)}")
    return "\n".join(lines)


class MomentField(QWidget):
    """A date and time that may be unknown: a checkbox and the moment on this computer's clock.

    ``value()`` is ISO 8601 with the offset the computer's time zone has on that day (summer time included).
    """

    def __init__(self, known_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(known_text)
        self.edit = QDateTimeEdit()
        self.edit.setDateRange(QDate(m.DATE_YEARS[0], 1, 1), QDate(m.DATE_YEARS[-1], 12, 31))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(f"{DateField.display_format()} HH:mm")  # as the tables and date fields show it
        self.edit.setEnabled(False)
        # an unknown moment shows no time at all (a greyed-out “now” would read as a date that was recorded)
        self.edit.setVisible(False)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.edit.setVisible)
        # the cursor sent to the field goes to the moment when there is one (a new breach's “now” is corrected by
        # typing at once; on the ticked box a Space would have erased it), else to the box
        self.known.toggled.connect(lambda known: self.setFocusProxy(self.edit if known else self.known))
        self.changed = self.edit.dateTimeChanged
        self.toggled = self.known.toggled
        self.setFocusProxy(self.known)

    def set_name(self, name: str) -> None:
        """What the moment is, as a screen reader says it (see ``widgets.name_by_labels``): “Uzzināja: zināms”."""
        self.known.setAccessibleName(f"{name} {self.known.text()}")
        self.edit.setAccessibleName(name)

    def value(self) -> str | None:
        if not self.known.isChecked():
            return None
        # (PySide6's stubs type QDateTime.toPython() as object: it is a datetime)
        naive = self.edit.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[attr-defined]
        return naive.astimezone().isoformat(timespec="seconds")

    def set_value(self, value: str | None) -> None:
        from ropa_desktop.core import logs

        moment = logs.parse_moment(value)
        for w in (self.known, self.edit):
            w.blockSignals(True)
        self.known.setChecked(moment is not None)
        self.edit.setEnabled(moment is not None)
        self.edit.setVisible(moment is not None)
        self.setFocusProxy(self.edit if moment is not None else self.known)
        local = (moment or _dt.datetime.now().astimezone()).astimezone().replace(tzinfo=None, second=0, microsecond=0)
        self.edit.setDateTime(QDateTime(local))
        for w in (self.known, self.edit):
            w.blockSignals(False)


class LogTable(QTableWidget):
    """A log's table: it asks for the height of its titles and a few rows, not Qt's default 192 pixels."""

    ROWS = 3

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * self.ROWS
        scroll_bar = self.horizontalScrollBar().sizeHint().height()
        hint.setHeight(self.horizontalHeader().sizeHint().height() + rows + scroll_bar + 2 * self.frameWidth())
        return hint


class LogPage(QWidget):
    """A table of one log's entries, buttons, and the chosen entry's form (subclasses build the form)."""

    KIND = ""  # "requests" or "breaches"
    # the form's columns, each one's share of the width: one, or a long form's columns side by side (``forms``)
    COLUMN_SHARES: tuple[int, ...] = (1,)

    def __init__(self, editing: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self._loading = False
        self.current_id: str | None = None

        self.table = LogTable(0, len(self.columns()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Tab leaves the table for its buttons and the form (it went from cell to cell, and round, for ever)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # a chosen row made every title bold, wider than its column was made for (“72 stundu termiņš” lost its end)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.add_text())
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button = QPushButton(QCoreApplication.translate("Logs", "&Delete"))
        self.delete_button.clicked.connect(self.delete_entry)
        self.letters_button = QPushButton(QCoreApplication.translate("Logs", "&Letters…"))
        self.letters_menu = QMenu(self)
        self.letters_button.setMenu(self.letters_menu)
        self.letters_menu.aboutToShow.connect(self._fill_letters_menu)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.letters_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.form_widget = QWidget()
        if len(self.COLUMN_SHARES) == 1:
            self.forms = [QFormLayout(self.form_widget)]
        else:  # columns side by side (a form in a nested layout: only where its labels do not wrap)
            outer = QVBoxLayout(self.form_widget)
            columns = QHBoxLayout()
            columns.setSpacing(18)
            outer.addLayout(columns)
            self.forms = []
            for share in self.COLUMN_SHARES:
                self.forms.append(QFormLayout())
                columns.addLayout(self.forms[-1], share)
        for form in self.forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = self.forms[0]  # the first column; ``build_form`` fills the others too
        self.problems = Hint()
        self.build_form()
        if len(self.forms) == 1:  # what the entry still lacks: at the end of the form, or under all its columns
            self.form.addRow(self.problems)
        else:
            outer.addWidget(self.problems)
            outer.addStretch(1)
        for form in self.forms:  # “Received on:”, as the wizard's forms end their labels
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel) and label.text() and not label.text().endswith(":"):
                    label.setText(label.text() + ":")
            name_by_labels(form)
        scroll = self.form_scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop before the fields, which scroll into view
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        self.empty_note = QLabel(self.empty_text())  # instead of a greyed form while the log is empty
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_note.setContentsMargins(4, 8, 4, 4)
        self.form_area = QStackedWidget()
        self.form_area.addWidget(scroll)
        self.form_area.addWidget(self.empty_note)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.form_area)
        # the table starts a few rows high and the form gets the rest: a third of the window for one entry pushed
        # the form's last fields and its note of what is missing out of sight (the splitter still moves)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.splitter = splitter
        self._top = top
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    @qt_handler
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # once: later the splitter stays where the person put it
            self._sized = True
            top = self._top.sizeHint().height()
            self.splitter.setSizes([top, max(self.splitter.height() - top, 1)])

    def _empty_note_text(self) -> str:
        """What an empty log says: how to start it, or, in a copy made for the accountant, where the logs are (an
        administrator who opened the copy sent back found them empty, and began them again in it)."""
        store = self.editing.store
        if store is None or not store.logs_left_out():
            return self.empty_text()
        return texts.text(i18n.current(), "logs.left_out")  # as the command line says it

    # -- what a subclass gives ----------------------------------------------------------------------
    def columns(self) -> list[str]:
        raise NotImplementedError

    def cells(self, entry: Any) -> tuple[list[str], bool]:
        """The cell texts of one entry's row, and whether the row is shown as overdue."""
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        """What the page says while the log has no entry."""
        raise NotImplementedError

    def build_form(self) -> None:
        raise NotImplementedError

    def new_entry(self) -> Any:
        raise NotImplementedError

    def show_entry(self, entry: Any) -> None:
        raise NotImplementedError

    def entry_from_form(self, entry: Any) -> Any:
        raise NotImplementedError

    def entry_problems(self, entry: Any) -> list[Problem]:
        raise NotImplementedError

    def letter_options(self) -> dict[str, Any]:
        return {}

    # -- the list -----------------------------------------------------------------------------------
    def entries(self) -> list[Any]:
        return list(getattr(self.editing.register, self.KIND))

    def current(self) -> Any | None:
        if self.current_id is None:
            return None
        return self.editing.register.find(self.KIND, self.current_id)

    def refresh(self) -> None:
        """Show the log as the register has it now (keeping the chosen entry)."""
        entries = self.entries()
        self._loading = True
        self.table.setRowCount(len(entries))
        self.table.setHorizontalHeaderLabels(self.columns())
        selected_row = -1
        for row, entry in enumerate(entries):
            texts, overdue = self.cells(entry)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if overdue:
                    item.setForeground(QBrush(OVERDUE))
                self.table.setItem(row, column, item)
            if entry.id == self.current_id:
                selected_row = row
        if selected_row < 0 and entries:
            selected_row = 0
        self._loading = False
        if selected_row >= 0:
            self.table.selectRow(selected_row)
            self.current_id = entries[selected_row].id
        else:
            self.current_id = None
        self._show_current()

    def refresh_rows(self) -> None:
        """Update the cells only (statuses and countdowns move with the clock)."""
        for row, entry in enumerate(self.entries()):
            texts, overdue = self.cells(entry)
            for column, text in enumerate(texts):
                item = self.table.item(row, column)
                if item is not None:
                    item.setText(text)
                    item.setForeground(QBrush(OVERDUE) if overdue else QBrush())

    def _selection_changed(self) -> None:
        if self._loading:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        self.current_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._show_current()

    def _show_current(self) -> None:
        entry = self.current()
        self.form_widget.setEnabled(entry is not None and not self.editing.read_only)
        self.delete_button.setEnabled(entry is not None and not self.editing.read_only)
        self.add_button.setEnabled(not self.editing.read_only)
        self.letters_button.setEnabled(entry is not None)
        if not self.entries():
            self.empty_note.setText(self._empty_note_text())
        self.form_area.setCurrentWidget(self.empty_note if not self.entries() else self.form_scroll)
        if entry is None:
            self.problems.show_text("")
            return
        self._loading = True
        self.show_entry(entry)
        self._loading = False
        self.problems.show_text(problems_text(self.entry_problems(entry), self.field_label))

    # the entry's fields that a problem may concern, and the page's widget for each (named by its attribute)
    FIELDS: dict[str, str] = {}

    def field_label(self, name: str) -> str:
        """The label of the form's row that holds the entry's field ``name`` ("" if none)."""
        widget = getattr(self, self.FIELDS.get(name, ""), None)
        if not isinstance(widget, QWidget):
            return ""
        for form in self.forms:  # (a breach's facts and its assessment are two forms side by side)
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                return label.text().replace("&", "").rstrip(":")
        return ""

    # -- changes ------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store what the form shows for the chosen entry (called by every field when it changes, and whenever the
        window saves what is typed); False when it could not be stored (the person was told why)."""
        if self._loading or self.editing.read_only:
            return True
        old = self.current()
        if old is None:
            return True
        new = self.entry_from_form(dataclasses.replace(old))
        if new == old:
            self.problems.show_text(problems_text(self.entry_problems(new), self.field_label))
            return True
        if not self.editing.update_entry(old, new):
            return False
        self.refresh_rows()
        self.problems.show_text(problems_text(self.entry_problems(new), self.field_label))
        self.after_save(new)
        return True

    def after_save(self, entry: Any) -> None:
        """A saved change may change what the form offers (e.g. the letters, the identification rule)."""

    def add_entry(self) -> None:
        entry = self.new_entry()
        stored = self.editing.add_entries([entry])
        if stored:
            self.current_id = stored[0].id
            self.refresh()
            # the new entry is filled in next: the cursor goes to its first field, not back to the button
            first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
            field = first.widget() if first is not None else None
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_entry(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Logs", "Delete the entry"),
            QCoreApplication.translate(
                "Logs",
                "Delete entry %1 from the log? Its personal data is deleted with it. "
                "Edit › Undo (Ctrl+Z) brings it back.",
            ).replace("%1", entry.id),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.editing.delete_entry(self.KIND, entry.id):
            self.current_id = None
            self.refresh()

    # -- letters ------------------------------------------------------------------------------------
    def _fill_letters_menu(self) -> None:
        """One submenu per letter the entry calls for: save it as PDF or print it, in each of the register's
        languages."""
        from ropa_desktop.documents import registry  # the document machinery is loaded when first needed

        self.letters_menu.clear()
        entry = self.current()
        if entry is None:
            return
        for letter in registry.letters_for(self.KIND, entry):
            submenu = self.letters_menu.addMenu(letter_title(letter.id))
            for lang in letter_languages(self.editing.register):
                code = lang.upper()
                save = submenu.addAction(QCoreApplication.translate("Logs", "Save as PDF (%1)…").replace("%1", code))
                save.triggered.connect(lambda _c=False, lid=letter.id, lg=lang: self.save_letter(lid, lg))
                send = submenu.addAction(QCoreApplication.translate("Logs", "Print (%1)…").replace("%1", code))
                send.triggered.connect(lambda _c=False, lid=letter.id, lg=lang: self.print_letter(lid, lg))

    def letter_actions(self) -> dict[tuple[str, str], Any]:
        """(letter title, action text) -> action, as the letters menu offers them now."""
        self._fill_letters_menu()
        return {
            (menu_action.text(), action.text()): action
            for menu_action in self.letters_menu.actions()
            if isinstance(submenu := menu_action.menu(), QMenu)
            for action in submenu.actions()
        }

    def letter_pdf(self, letter_id: str, lang: str) -> bytes:
        from ropa_desktop import documents

        return documents.render_letter(self.editing.register, letter_id, lang, self.current(), **self.letter_options())

    def _made_letter(self, letter_id: str, lang: str) -> bytes | None:
        try:
            return self.letter_pdf(letter_id, lang)
        except RopaError as exc:
            title = QCoreApplication.translate("Logs", "The letter could not be created")
            QMessageBox.critical(self, title, exc.message(i18n.current()))
            return None

    def print_letter(self, letter_id: str, lang: str) -> Any:
        """Make the letter and print it in the background after the print dialog (``ui/printing.py``);
        the print job, or None when nothing is printed."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ropa_desktop.ui.printing import PrintJob

        data = self._made_letter(letter_id, lang) if self.current() is not None else None
        if not data:
            return None
        title = letter_title(letter_id)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("Documents", "Print the document"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        self.print_job = PrintJob(data, printer, title, self)
        self.print_job.start()
        return self.print_job

    def save_letter(self, letter_id: str, lang: str) -> Path | None:
        """Make the letter and ask where to save it (never over a register)."""
        entry = self.current()
        if entry is None:
            return None
        data = self._made_letter(letter_id, lang)
        if data is None:
            return None
        from ropa_desktop import documents

        suggested = documents.letter_file_name(self.editing.register, letter_id, lang, entry)
        store = getattr(self.editing, "store", None)
        folder = store.path.parent if store is not None else Path.home()
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Logs", "Save the letter as PDF"),
            str(folder / suggested),
            folders.file_types(QCoreApplication.translate("Logs", "PDF documents"), "pdf"),
        )
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            sources = (store.path,) if store is not None else ()
            files.check_output(path, sources=sources, force=True)  # never over the register, or any register
            files.write_atomic(path, data, error_key="pdf_write_failed")
        except RopaError as exc:
            title = QCoreApplication.translate("Logs", "The PDF could not be saved")
            QMessageBox.critical(self, title, exc.message(i18n.current()))
            return None
        message = getattr(self.editing, "message", None)
        if message is not None:
            message.emit(QCoreApplication.translate("Logs", "Saved %1").replace("%1", str(path)), 8000)
        return path


def letter_title(letter_id: str) -> str:
    return texts.text(i18n.current(), f"letters.{letter_id}.title")
