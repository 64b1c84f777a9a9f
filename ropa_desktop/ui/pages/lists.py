"""The list steps' page: a table of entries, buttons to add and delete, the chosen entry's form below."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import labels, suggestions
from ropa_desktop.core import model as m
from ropa_desktop.ui import forms, picker
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.entry_table import Column, EntryTableModel
from ropa_desktop.ui.pages.base import StepPage, scroll
from ropa_desktop.ui.register_texts import display_text, register_languages
from ropa_desktop.ui.widgets import EnumCombo, Hint


class ListStepPage(StepPage):
    """A table of entries, buttons to add and delete, and the chosen entry's form below (master–detail)."""

    def __init__(
        self,
        editing: EditingController,
        step: int,
        kind: str,
        columns: list[Column],
        form: forms.EntryForm,
        *,
        can_add: bool = True,
    ) -> None:
        super().__init__(editing, step)
        self.kind = kind
        self.can_add = can_add
        self._dirty = False
        self._editable = True
        self._shown_revision: int | None = None  # the register's revision the page shows
        self.model = EntryTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(260)
        if len(columns) > 1:  # the names share a wide window with the last column instead of being cut at 260 px
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._edit_current)  # Enter or a double click: into the form
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_key)

        self.catalogue_button = QPushButton(QCoreApplication.translate("Pages", "From the &catalogue…"))
        self.add_button = QPushButton(QCoreApplication.translate("Pages", "&Add your own…"))
        self.delete_button = QPushButton(QCoreApplication.translate("Pages", "&Delete"))
        self.catalogue_button.clicked.connect(self.from_catalogue)
        self.add_button.clicked.connect(lambda: self.add_own())
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.catalogue_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.list_note = QLabel()
        self.list_note.setWordWrap(True)
        buttons.addWidget(self.list_note)
        self.quick_buttons: dict[str, QPushButton] = {}
        self.buttons_row = buttons
        # only hidden here: shown before the page is their parent, a button would be a window of its own
        for b in (self.catalogue_button, self.add_button, self.delete_button):
            if not can_add:
                b.hide()
        if not editing.catalogue_has(kind):
            self.catalogue_button.hide()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)

        self.form = form
        self.form.changed.connect(self._form_changed)
        self.form.link_toggled.connect(self._link_toggled)
        self.form_title = QLabel()
        self.form_title.setWordWrap(True)
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.form_title)
        detail_layout.addWidget(self.form)
        detail_layout.addWidget(self.empty_note)
        detail_layout.addStretch(1)
        self.detail = scroll(detail)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        top.setMinimumHeight(140)
        self.body.addWidget(self.splitter, 1)
        self.top = top
        self._shared_rows = -1  # the number of rows the divider was placed for
        self._divider_moved = False  # once the person drags the divider, it stays where they put it
        self.splitter.splitterMoved.connect(self._divider_dragged)

        self.save_later = Debouncer(self, self.save_now)
        self.setTabOrder(self.table, self.catalogue_button)
        self.setTabOrder(self.catalogue_button, self.add_button)
        self.setTabOrder(self.add_button, self.delete_button)

    # -- showing --------------------------------------------------------------------

    def form_heading(self) -> str:
        return {
            "subject_categories": QCoreApplication.translate("Pages", "The chosen category of data subjects"),
            "data_categories": QCoreApplication.translate("Pages", "The chosen data category"),
            "purposes": QCoreApplication.translate("Pages", "The chosen purpose"),
            "recipients": QCoreApplication.translate("Pages", "The chosen recipient"),
            "retention_rules": QCoreApplication.translate("Pages", "The chosen retention term"),
            "security_measures": QCoreApplication.translate("Pages", "The chosen measure"),
        }[self.kind]

    def empty_text(self) -> str:
        if not self.can_add:
            return QCoreApplication.translate("Pages", "Add the purposes in step 3 first.")
        if self.editing.catalogue_has(self.kind):
            return QCoreApplication.translate(
                "Pages", "Nothing here yet. Choose ready-made entries with “From the catalogue…” or add your own."
            )
        return QCoreApplication.translate("Pages", "Nothing here yet. Add one with “Add your own…”.")

    def entries(self) -> list[Any]:
        return self.register.items(self.kind)

    def refresh(self, select_id: str | None = None) -> None:
        if select_id is None and self._shown_revision == self.editing.revision:
            return  # the register has not changed since this page showed it (a step visited again)
        self._shown_revision = self.editing.revision
        current = select_id or self.current_id()
        self.work_out()
        self.model.set_entries(self.entries())
        self._update_quick_buttons()
        row = self.model.row_of(current) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_row(row)
        if row < 0:
            self._show_entry(None)
        if self.isVisible() and self.model.rowCount() != self._shared_rows:
            self.share_height()  # an entry added or deleted: its row shows, if there is room

    def work_out(self) -> None:
        """What the columns need from other lists, once per refresh (none here)."""

    # -- dividing the height --------------------------------------------------------

    def share_height(self) -> None:
        """Put the divider so that the table shows its rows as far as the form below keeps the height it needs
        (the table keeps at least two fifths when the form scrolls anyway); blank rows go to the form."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if self._divider_moved or len(sizes) != 2 or total <= 0:
            return
        self._shared_rows = self.model.rowCount()
        table = self.table
        table_needs = (
            table.horizontalHeader().sizeHint().height()
            + max(self._shared_rows, 1) * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + self.top.layout().spacing()
            + self.buttons_row.sizeHint().height()
        )
        form_needs = self.detail.widget().sizeHint().height()
        least = self.top.minimumHeight()
        wanted = min(table_needs, max(total - form_needs, total * 2 // 5))
        top = max(least, min(wanted, total - least))
        if top != sizes[0]:
            self.splitter.setSizes([top, total - top])

    def _divider_dragged(self, _pos: int, _index: int) -> None:
        self._divider_moved = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.layout().activate()  # the splitter's height as the page has it now
        self.share_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.isVisible():
            self.layout().activate()
            self.share_height()

    def current_id(self) -> str | None:
        entry = self.form.original() if self.form.isVisible() or self._dirty else None
        if entry is None:
            entry = self.model.entry(self.table.currentIndex().row())
        return entry.id if entry is not None else None

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.selectionModel().clearSelection()
            return
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        moves = selection.currentIndex().row() != row
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if not moves:  # a new current row fills the form through currentRowChanged; fill it once, not twice
            self._show_entry(self.model.entry(row))
        self.table.scrollTo(index)

    def select(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._dirty and not self.flush(leaving=True):
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().blockSignals(False)
            return
        self._show_entry(self.model.entry(current.row()))

    def _show_entry(self, entry: Any | None) -> None:
        self.save_later.cancel()
        self._dirty = False
        if entry is None:
            self.form.hide()
            self.form_title.hide()
            self.form._entry = None
            self.empty_note.setText(self.empty_text())
            self.empty_note.show()
            self.delete_button.setEnabled(False)
            return
        self.empty_note.hide()
        heading = self.form_heading()
        if not self.can_add:  # the form has no name field: say which entry it is
            heading = f"{heading}: {display_text(entry.name, self.register)}"
        self.form_title.setText(heading)
        self.form_title.show()
        self.form.load(entry, self.register)
        self.form.show()
        self.form.setEnabled(self._editable)
        self.delete_button.setEnabled(self._editable)

    # -- editing ------------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.form.setEnabled(editable)
        for b in (self.catalogue_button, self.add_button, self.delete_button, *self.quick_buttons.values()):
            b.setEnabled(editable)

    def _form_changed(self, immediate: bool) -> None:
        self._dirty = True
        self.save_later.changed(immediate)

    def flush(self, leaving: bool = False) -> bool:
        self.save_later.cancel()
        if not self._dirty or self.form.original() is None:
            self._dirty = False
            return True
        new = self.form.entry()
        hint = forms.problem_hint(new)
        if hint:
            self.form.hint.show_text(hint)
            if leaving:
                self._dirty = False
            return leaving
        self.form.hint.show_text("")
        old = self.form.original()
        if m.to_json(old) == m.to_json(new):
            self._dirty = False
            return True
        if not self.editing.update_entry(old, new, self):
            return False
        self._dirty = False
        self.form.saved(new)
        row = self.model.row_of(new.id)
        if row >= 0:
            self.model.replace(row, new)
        return True

    def _link_toggled(self, owner_kind: str, owner_ids: list[str], attr: str, checked: bool) -> None:
        """Checkboxes in this entry's form that change other entries (e.g. the purposes that use a data category):
        one undo step however many entries change."""
        if not self.flush():
            self.form.show_links(self.register)  # not saved (the person was told why), so not shown as ticked
            return
        mine = self.form.original().id
        place = {e.id: n for n, e in enumerate(self.entries())}  # a new link goes where this list has the entry
        owners = {e.id: e for e in self.register.items(owner_kind)}
        changes = []
        for owner_id in owner_ids:
            owner = owners.get(owner_id)
            if owner is None:
                continue
            ids = list(getattr(owner, attr))
            if checked == (mine in ids):
                continue
            ids = m.relinked(ids, {*ids, mine} if checked else set(ids) - {mine}, place)
            new = copy.deepcopy(owner)
            setattr(new, attr, ids)
            changes.append((owner, new))
        if not changes:
            return
        if checked:
            text = QCoreApplication.translate("Forms", "Tick all")
        else:
            text = QCoreApplication.translate("Forms", "Untick all")
        if self.editing.update_entries(changes, text, self):
            self.links_changed()
        elif self.form.original() is not None:  # not saved (the person was told): the ticks show what is stored
            self.form.show_links(self.register)

    def links_changed(self) -> None:
        """Another list's entry now points here or no longer does: columns worked out from it are redrawn."""
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
            )

    def _edit_current(self, _index: QModelIndex) -> None:
        if self.form.original() is not None and self._editable:
            first = next(iter(self.form.fields.values()))
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.detail.ensureWidgetVisible(first)

    def _delete_key(self) -> None:
        if self.can_add and self._editable:
            self.delete_current()

    def add_quick_button(self, key: str, text: str) -> QPushButton:
        """A one-click button for a common catalogue entry (e.g. Mozello), shown while it is not added."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self._add_quick(key))
        self.buttons_row.insertWidget(1, button)
        self.quick_buttons[key] = button
        return button

    def _add_quick(self, key: str) -> None:
        if not self.flush():
            return
        added = picker.add_from_catalogue(self.editing, self.kind, [key])
        if added:
            self.refresh(select_id=added[-1].id)

    def _update_quick_buttons(self) -> None:
        present = {e.id for e in self.entries()}
        for key, button in self.quick_buttons.items():
            button.setVisible(key not in present)
            button.setEnabled(self._editable)

    def add_own(self, name: str = "") -> None:
        if not self.flush():
            return
        taken = [] if self.kind == "retention_rules" else [e.name for e in self.entries()]
        dialog = AddDialog(self.kind, self, taken)
        dialog.name.setText(name)  # what the catalogue search did not find
        dialog.accepted.connect(lambda: self._add(dialog.entry(self.register)))
        dialog.open()

    def _add(self, entry: Any) -> None:
        stored = self.editing.add_entries([entry])
        if stored:
            self.refresh(select_id=stored[-1].id)
            self.form.focus_field("name")

    def from_catalogue(self) -> None:
        if not self.flush():
            return
        picker.open_picker(self.editing, self.kind, self)

    def delete_current(self) -> None:
        entry = self.form.original()
        if entry is None:
            return
        self.save_later.cancel()
        self._dirty = False
        row = self.model.row_of(entry.id)
        if self.editing.delete_entry(self.kind, entry.id):
            self.refresh()
            if self.model.rowCount():
                self._select_row(min(row, self.model.rowCount() - 1))
            self.table.setFocus()

    def focus_field(self, entity_id: str, field: str) -> None:
        if not entity_id or not field:
            if entity_id:
                self.select(entity_id)
            # the whole list is what is missing: put the cursor on the way to add to it
            for button in (self.catalogue_button, self.add_button):
                if button.isVisibleTo(self) and button.isEnabled():
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.select(entity_id) or self.form.original() is None:
            return
        if not self.form.focus_field(field):
            self.form.setFocus(Qt.FocusReason.OtherFocusReason)
        widget = QApplication.focusWidget()
        if widget is not None and self.detail.isAncestorOf(widget):
            self.detail.ensureWidgetVisible(widget)
            # the chosen entry's rows are laid out after this (the form grows): scroll to the field again then
            QTimer.singleShot(0, self, lambda: self._show_focused(widget))

    def _show_focused(self, widget: QWidget) -> None:
        if QApplication.focusWidget() is widget:
            self.detail.ensureWidgetVisible(widget)


class AddDialog(QDialog):
    """“Add your own…”: the name of a new entry (a retention term: its period or event)."""

    def __init__(self, kind: str, parent: QWidget, taken: Sequence[m.Text] = ()) -> None:
        super().__init__(parent)
        self.kind = kind
        # the names the list has (in every language): a second entry of the same name could not be told apart
        self._taken = {m.name_key(text): text for name in taken for text in name.values() if text.strip()}
        self.setWindowTitle(
            {
                "subject_categories": QCoreApplication.translate("Pages", "New category of data subjects"),
                "data_categories": QCoreApplication.translate("Pages", "New data category"),
                "purposes": QCoreApplication.translate("Pages", "New purpose"),
                "recipients": QCoreApplication.translate("Pages", "New recipient"),
                "retention_rules": QCoreApplication.translate("Pages", "New retention term"),
                "security_measures": QCoreApplication.translate("Pages", "New security measure"),
            }[kind]
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.until_event = QLineEdit()
        self.period = QCheckBox(QCoreApplication.translate("Pages", "or a fixed period:"))
        self.period_value = QSpinBox()
        self.period_value.setRange(1, 1000)
        self.period_value.setValue(5)
        self.period_unit = EnumCombo(forms.period_unit_items())
        if kind == "retention_rules":
            self.until_event.setPlaceholderText(QCoreApplication.translate("Forms", "e.g. until the contract ends"))
            form.addRow(QCoreApplication.translate("Pages", "Kept &until:"), self.until_event)
            row = QHBoxLayout()
            row.addWidget(self.period)
            row.addWidget(self.period_value)
            row.addWidget(self.period_unit)
            row.addStretch(1)
            form.addRow("", row)
            self.period.toggled.connect(self._check)
            self.until_event.textChanged.connect(self._check)
        else:
            form.addRow(QCoreApplication.translate("Pages", "&Name:"), self.name)
            self.name.textChanged.connect(self._check)
        layout.addLayout(form)
        self.taken_note = Hint()
        layout.addWidget(self.taken_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("Pages", "Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._check()

    def _check(self) -> None:
        if self.kind == "retention_rules":
            ok = bool(self.until_event.text().strip()) or self.period.isChecked()
        else:
            name = self.name.text().strip()
            same = self._taken.get(m.name_key(name))
            shown = self.taken_note.isVisibleTo(self)
            self.taken_note.show_text(
                QCoreApplication.translate("Pages", "“%1” is in the list already: give this one another name.").replace(
                    "%1", same
                )
                if same
                else ""
            )
            if shown != bool(same):
                self.adjustSize()  # room for the note, or none
            ok = bool(name) and same is None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def entry(self, register: m.Register) -> Any:
        cls = m.ENTRY_TYPES[self.kind]
        main = register_languages(register)[0]
        if self.kind == "retention_rules":
            period = m.Period(self.period_unit.value(), self.period_value.value()) if self.period.isChecked() else None
            event = self.until_event.text().strip()
            basis = event or labels.period(main, period)
            taken = {r.id for r in register.retention_rules}
            until = m.Text.of(main, event)
            return m.RetentionRule(id=m.new_id(basis, taken, "retention"), period=period, until_event=until)
        return suggestions.own_entry(register, cls(name=m.Text.of(main, self.name.text().strip())))
