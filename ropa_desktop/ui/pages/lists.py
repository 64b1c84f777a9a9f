"""The list steps' page: a table of entries, buttons to add and delete, the chosen entry's form below."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import model as m
from ropa_desktop.core import pasted, suggestions
from ropa_desktop.ui import forms, picker, steps
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.entry_table import Column, EntryTableModel
from ropa_desktop.ui.handlers import qt_handler
from ropa_desktop.ui.pages.base import StepPage, scroll
from ropa_desktop.ui.pointer import after_the_click
from ropa_desktop.ui.register_texts import display_text, shown_language
from ropa_desktop.ui.widgets import Hint, PastedLines, TextInLanguages, next_in_focus_chain


def _settled_height(widget: QWidget) -> int:
    """The height ``widget`` asks for with what it shows now.

    A form just filled (rows shown or hidden, boxes grown) still answers with its old height until its layouts,
    each in a widget of its own, have handled the requests that were posted to them: the divider placed after
    entries were added from the catalogue gave the chosen entry's form the height of the empty step's note.
    Qt delivers those requests here at once, and again while the form's height still changes (a box whose lines
    wrap anew in its new width asks for another height).  Walking the form's widgets to activate each one's
    layout instead made a Python object for every layout Qt keeps inside its own widgets, and after a language
    switch had deleted the pages the garbage collector came upon one of them half freed: the window crashed.
    """
    height = widget.sizeHint().height()
    for _ in range(10):  # a box laid out anew may ask for another height: the layout around it is asked again
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        height, before = widget.sizeHint().height(), height
        if height == before:
            break
    return height


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
        self._adding = False  # the form shows a new entry that is not in the list yet (see add_own)
        # the entries just added (a pasted list's), each with why more was ticked than typed (``_ticked_for``)
        self._added_why: list[tuple[Any, str]] = []
        self._before_adding: str | None = None  # the entry shown before it
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
        self.table.setAccessibleName(steps.title(step))  # what a screen reader says the list is
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
        self.form.catalogue_requested.connect(self._pick_for_entry)
        # Return in the name of a new entry (in any language) adds it: the name's fields may be made afresh
        # meanwhile (the register's languages changed), the row that holds them stays. (Disconnecting each
        # field again when adding ended raised on a field already gone, and raised from hideEvent, on a step
        # switch, that error took the process down inside PySide.)
        for row in self.form.key_rows() if can_add else []:
            if isinstance(row, TextInLanguages):
                row.return_pressed.connect(self._key_entered)
                row.lines_inserted.connect(self._names_pasted)
            else:
                for line in [row] if isinstance(row, QLineEdit) else row.findChildren(QLineEdit):
                    line.returnPressed.connect(lambda line=line: self._key_entered(line))
        self.form_title = QLabel()
        self.form_title.setWordWrap(True)
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        self.adding_note = forms.QuietNote()
        self.adding_note.hide()
        # what adding did besides adding: the names a pasted list added or left out, what a purpose named as a
        # catalogue purpose took from it (it stays until another entry is shown)
        self.added_note = forms.QuietNote()
        self.added_note.hide()
        self.taken_note = Hint()  # the new entry's name is another entry's
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.form_title)
        detail_layout.addWidget(self.adding_note)
        detail_layout.addWidget(self.added_note)
        detail_layout.addWidget(self.taken_note)
        detail_layout.addWidget(self.form)
        detail_layout.addWidget(self.empty_note)
        detail_layout.addStretch(1)
        self.detail_content = detail
        self.detail = scroll(detail)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        top.setMinimumHeight(140)
        self.body.addWidget(self.splitter, 1)
        self.top, self.top_layout = top, top_layout
        self._shared_rows = -1  # the number of rows the divider was placed for
        self._divider_moved = False  # once the person drags the divider, it stays where they put it
        self.splitter.splitterMoved.connect(self._divider_dragged)

        self.save_later = Debouncer(self, self.save_now)
        self.cancel_adding = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail)
        self.cancel_adding.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_adding.setEnabled(False)
        self.cancel_adding.activated.connect(self._cancel_adding)
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

    def new_heading(self) -> str:
        """The form's heading while a new entry is being named (see ``add_own``)."""
        return {
            "subject_categories": QCoreApplication.translate("Pages", "New category of data subjects"),
            "data_categories": QCoreApplication.translate("Pages", "New data category"),
            "purposes": QCoreApplication.translate("Pages", "New purpose"),
            "recipients": QCoreApplication.translate("Pages", "New recipient"),
            "retention_rules": QCoreApplication.translate("Pages", "New retention term"),
            "security_measures": QCoreApplication.translate("Pages", "New security measure"),
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
        if self._adding:
            if select_id is None:  # another change meanwhile (e.g. another program's): the new entry stays
                self._shown_revision = self.editing.revision
                self.work_out()
                self.model.set_entries(self.entries())
                self._update_quick_buttons()
                self._select_quietly(-1)
                return
            self._stop_adding()
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
            + self.top_layout.spacing()
            + self.buttons_row.sizeHint().height()
        )
        form_needs = _settled_height(self.detail_content)
        least = self.top.minimumHeight()
        wanted = min(table_needs, max(total - form_needs, total * 2 // 5))
        top = max(least, min(wanted, total - least))
        if top != sizes[0]:
            self.splitter.setSizes([top, total - top])
            if self.table.currentIndex().isValid():  # the chosen row stays in sight in the table's new height
                self.table.scrollTo(self.table.currentIndex())

    def _divider_dragged(self, _pos: int, _index: int) -> None:
        self._divider_moved = True

    @qt_handler
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.page_layout.activate()  # the splitter's height as the page has it now
        self.share_height()

    @qt_handler
    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if not event.spontaneous():  # another step is shown (not: the window minimised)
            self._stop_adding()  # a new entry still without a name: the window has left it

    @qt_handler
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.isVisible():
            self.page_layout.activate()
            self.share_height()

    def current_id(self) -> str | None:
        if self._adding:
            return self._before_adding
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

    def _select_quietly(self, row: int) -> None:
        """Make ``row`` the current one (-1: none) without showing it in the form anew."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row < 0:
            selection.clear()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        selection.blockSignals(False)
        self.table.viewport().update()

    def select(self, entry_id: str) -> bool:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        chosen = self.model.entry(current.row())
        adding = self._adding
        if (self._dirty or adding) and not self.flush(leaving=True):
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().blockSignals(False)
            return
        if adding and chosen is not None:  # the new entry was added (or dropped) first: now the one clicked
            self._select_row(self.model.row_of(chosen.id))
            return
        self._show_entry(chosen)

    def _show_entry(self, entry: Any | None) -> None:
        self.save_later.cancel()
        self._dirty = False
        self.added_note.hide()
        self.added_note.setText("")  # (not to come back once a click that added the entry shown before is done)
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
        # a new entry the file refused (it can only be read now) stays on screen, greyed, as typed: the person was
        # told why; it is dropped when they move on
        self._editable = editable
        self.form.setEnabled(editable)
        for b in (self.catalogue_button, self.add_button, self.delete_button, *self.quick_buttons.values()):
            b.setEnabled(editable)
        if self._adding:
            self.cancel_adding.setEnabled(editable)
            if editable:
                self._adding_changed()
            else:
                self.adding_note.setText(
                    QCoreApplication.translate("Pages", "The file is read-only, so this entry cannot be added to it.")
                )

    def _form_changed(self, immediate: bool) -> None:
        self._dirty = True
        if self._adding:  # added when the cursor leaves the key (not at a pause: the name may be half typed)
            self._adding_changed()
            if immediate:
                self.flush()
            return
        self.save_later.changed(immediate)

    def flush(self, leaving: bool = False) -> bool:
        self.save_later.cancel()
        if self._adding:
            if not self._editable:  # the file can only be read: the new entry cannot be stored (the person was told)
                if leaving:
                    self._stop_adding()
                return True
            if self._key_ready():
                return self._add_new()
            if self._ask_for_the_rest_of_the_key():  # a measure's name without its kind: not dropped unseen
                return False
            if leaving:  # no name yet (or another entry's): nothing but the key was typed, so nothing is lost
                self._stop_adding()
            return True
        if not self._dirty or self.form.original() is None:
            self._dirty = False
            return True
        new = self.form.entry()
        hint = forms.emptied_name_hint(self.form.original(), new) or forms.problem_hint(new)
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

    def _pick_for_entry(self, kind: str) -> None:
        """“From the catalogue…” under the shown purpose's list of ``kind``: what is picked is added and ticked."""
        if not self.flush() or self.form.original() is None:
            return
        picker.open_picker(self.editing, kind, self, for_purpose=self.form.original().id)

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
        # what Edit › Undo names after its own word (“Atsaukt visu atzīmēšanu”, “Отменить отметку всех”)
        if checked:
            text = QCoreApplication.translate("Forms", "Tick all", "undo")
        else:
            text = QCoreApplication.translate("Forms", "Untick all", "undo")
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
            # the button is gone: the cursor goes to the entry, into its description where it has one
            if "description" not in self.form.fields or not self.form.focus_field("description"):
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_quick_buttons(self) -> None:
        """A quick button shows while the list has neither its entry nor one of the same name (one's own
        “Darbinieki” is the catalogue's employees)."""
        if not self.quick_buttons:
            return
        present = {e.id for e in self.entries()}
        names = {n.casefold() for e in self.entries() for n in getattr(e, "name", {}).values()}
        catalogue = self.editing.catalogue()
        for key, button in self.quick_buttons.items():
            entry = catalogue.get(self.kind, key) if catalogue else None
            same_name = entry is not None and any(n.casefold() in names for n in entry.make().name.values())
            button.setVisible(key not in present and not same_name)
            button.setEnabled(self._editable)

    # -- adding one's own entry ------------------------------------------------------------
    # “Add your own…” shows a new, empty entry in the form, the cursor in its name (a retention term: how long).
    # It joins the list when the cursor moves on from there, as soon as the name is one the list does not have.
    # Until then the rest of the form is greyed out; Esc (or Delete) drops it.

    @property
    def adding(self) -> bool:
        return self._adding

    def add_own(self, name: str = "") -> None:
        if not self._editable or not self.flush(leaving=True):
            return
        self._before_adding = self.current_id()
        entry = m.ENTRY_TYPES[self.kind]()
        if self.kind != "retention_rules":
            # what the catalogue search did not find, in the field the cursor goes to (the window's language)
            entry.name = m.Text.of(shown_language(self.register), name.strip())
        entry = self.form.new_entry(suggestions.own_entry(self.register, entry))
        self._select_quietly(-1)
        self._show_entry(entry)
        self._adding = True
        self.form_title.setText(self.new_heading())
        self.cancel_adding.setEnabled(True)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # (a widget lives in a QApplication)
        app.focusChanged.connect(self._focus_moved)
        self._adding_changed()
        key = self.form.key_field()
        assert key is not None  # a list one adds to has a key (the page was made with can_add)
        key.setFocus(Qt.FocusReason.OtherFocusReason)
        self.detail.verticalScrollBar().setValue(0)  # the heading and the note above the name in sight
        self.detail.ensureWidgetVisible(key)

    def _taken_keys(self) -> dict[str, str]:
        """The names the list's entries have (in any language), by ``model.name_key``."""
        return {m.name_key(t): t for e in self.entries() for t in e.name.values() if t.strip()}

    def _taken_name(self) -> str:
        """The name of the list's entry that the new one's name matches (in any language), or ""."""
        if self.kind == "retention_rules":
            return ""
        taken = self._taken_keys()
        return next((taken[key] for key in map(m.name_key, self.form.key_names()) if key in taken), "")

    def _key_ready(self) -> bool:
        return self.form.key_given() and not self._taken_name()

    def _adding_changed(self) -> None:
        """What the new entry lacks, said above the form; the rest of the form waits for the key."""
        taken = self._taken_name()
        self.taken_note.show_text(
            QCoreApplication.translate("Pages", "“%1” is already in the list: give this one another name.").replace(
                "%1", taken
            )
            if taken
            else ""
        )
        if self.kind == "security_measures":
            note = QCoreApplication.translate(
                "Pages",
                "Type its name and say whether it is technical or organisational. It is then added to the list "
                "(Esc cancels).",
            )
        elif self.kind == "retention_rules":
            note = QCoreApplication.translate(
                "Pages",
                "Say how long the data is kept: a fixed period, or until when. The term is added to the list when "
                "you move on to the fields below (Esc cancels).",
            )
            new = self.form.original()
            purpose = self.register.find("purposes", new.purpose_ids[0]) if new and new.purpose_ids else None
            if purpose is not None:  # (suggestions.own_entry ticked it)
                note += " " + QCoreApplication.translate(
                    "Pages", "“%1” has no retention term yet, so it is ticked below."
                ).replace("%1", display_text(purpose.name, self.register))
        else:
            note = QCoreApplication.translate(
                "Pages",
                "Type its name. It is added to the list when you move on from the name to another field (Esc cancels)."
                " To add several at once, paste a list of names, one per line.",
            )
        self.adding_note.setText(note)
        self.adding_note.show()
        self.form.only_key_enabled(not self._key_ready())

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The cursor left the new entry's key for another field of the page: the entry joins the list (not when
        Delete is clicked: that drops the new entry)."""
        if not self._adding or not self._editable or old is None or new is None or not self.isAncestorOf(new):
            return
        if new is self.delete_button and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        keys = self.form.key_rows()

        def in_key(widget: QWidget) -> bool:
            return any(key is widget or key.isAncestorOf(widget) for key in keys)

        if in_key(old) and not in_key(new) and self._key_ready():
            self._add_new()

    def _ask_for_the_rest_of_the_key(self) -> bool:
        """The new entry's key is typed in part (a measure's name, its kind not said): say what it still needs and
        put the cursor there.  True when asked."""
        unfinished = self.form.key_unfinished() if not self._taken_name() else None
        if unfinished is None:
            return False
        widget, text = unfinished
        self.form.hint.show_text(text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.detail.ensureWidgetVisible(widget)
        return True

    def _key_entered(self, entered: QWidget) -> None:
        """Return in the name (in any language): add the entry and go on to the next field."""
        if not self._adding or not self._editable:
            return
        if not self._key_ready():
            self._ask_for_the_rest_of_the_key()  # (a measure's name: on to its kind)
            return
        if self._add_new():
            self._focus_after(entered)

    def _focus_after(self, entered: QWidget) -> None:
        """The cursor on to the form's next field after ``entered`` (the new entry's name, now added), past the
        name's translations that are there already (the catalogue's, for a name it knows)."""
        keys = self.form.key_rows()

        def filled_key(widget: QWidget) -> bool:
            return isinstance(widget, QLineEdit) and bool(widget.text()) and any(k.isAncestorOf(widget) for k in keys)

        widget = next_in_focus_chain(entered)
        while (
            widget is not None
            and widget is not entered
            and (
                not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
                or filled_key(widget)
            )
        ):
            widget = next_in_focus_chain(widget)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _names_pasted(self, field: QWidget, lines: PastedLines) -> None:
        """A list pasted into a new entry's name (copied from a document, a name a line): an entry of each name
        the list does not have yet, in one step that one Undo takes back; the form shows the first, and the note
        above it says what was added and what was left out."""
        if not (self._adding and self._editable and self.form.named_alone() and lines.alone):
            return  # (a measure needs its kind too: the text goes into the name on one line)
        if not pasted.is_a_list(lines.text):
            count = len(pasted.lines(lines.text))
            if count > pasted.MOST_NAMES:  # a whole document pasted by mistake: the name stays as it was
                lines.taken = True
                self.added_note.setText(
                    QCoreApplication.translate(
                        "Pages", "The pasted text has %1 lines: a list adds at most %2 names at a time."
                    )
                    .replace("%1", str(count))
                    .replace("%2", str(pasted.MOST_NAMES))
                )
                self.added_note.show()
            return
        lines.taken = True
        self.added_note.hide()  # (what an earlier paste said)
        names = pasted.names(lines.text)
        taken = self._taken_keys()
        fresh = [name for name in names if m.name_key(name) not in taken]
        left_out = [name for name in names if m.name_key(name) in taken]
        assert isinstance(field, QLineEdit)  # (a key's text is typed in one-line fields)
        field.selectAll()  # (spaces typed before: the name replaces them, as one step to undo)
        field.insert(fresh[0] if fresh else names[0])  # all taken: the note says so, as for one name typed
        message = []
        named = ""  # what the first, shown below, took from the catalogue
        if fresh:
            language = self.form.texts[self.form.KEY].language_of(field)
            more = []
            for name in fresh[1:]:
                entry = m.ENTRY_TYPES[self.kind]()
                entry.name = m.Text.of(language, name)
                more.append(self.form.new_entry(suggestions.own_entry(self.register, entry)))
            if not self._add_new(more):
                return  # (the person was told why; the first name stays in the field, Ctrl+Z takes it out)
            named_in_list = [display_text(e.name, self.register) for e, why in self._added_why if why == "named"]
            usual_in_list = [e for e, why in self._added_why if why == "subjects"]
            if named_in_list:
                named = QCoreApplication.translate(
                    "Pages",
                    "The catalogue has purposes with these names: %1. Their legal bases and usual data, as the "
                    "catalogue has them, are ticked: check that they fit what the company does.",
                ).replace("%1", _some_of(named_in_list))
            if usual_in_list:
                usual = (
                    QCoreApplication.translate(
                        "Pages",
                        "%1: the data that nearly every purpose concerning “%2” uses is ticked. Untick what a "
                        "purpose does not use.",
                    )
                    .replace("%1", _some_of([display_text(e.name, self.register) for e in usual_in_list]))
                    .replace("%2", self._subjects_named(*usual_in_list))
                )
                named = f"{named} {usual}".strip()
            message.append(
                QCoreApplication.translate("Pages", "Added from the pasted list: %1.").replace("%1", _some_of(fresh))
            )
            if len(more) == 1:
                message.append(QCoreApplication.translate("Pages", "Edit › Undo takes both out again."))
            elif more:
                message.append(QCoreApplication.translate("Pages", "Edit › Undo takes them all out again."))
            self._focus_after(field)
        if left_out:
            message.append(
                QCoreApplication.translate("Pages", "Already in the list, so left out: %1.").replace(
                    "%1", _some_of(left_out)
                )
            )
        if "\t" in lines.text.strip():  # (rows of a table or a spreadsheet)
            message.append(
                QCoreApplication.translate("Pages", "Of each row, only its first column is taken as a name.")
            )
        if named:
            message.append(named)
        self.added_note.setText(" ".join(message))
        self.added_note.show()

    def _add_new(self, more: Sequence[Any] = ()) -> bool:
        """Store the new entry as the form has it (and ``more`` new ones after it, named from a pasted list); it
        becomes the list's chosen entry, the form stays as it is."""
        new = [self.form.entry(), *more]
        typed = copy.deepcopy(new)
        if self.editing.catalogue():
            # named as a catalogue entry: classified as that one is (suggestions.CLASSIFICATION)
            new = [suggestions.named_entry(self.editing.catalogue(), self.kind, e, self.register) for e in new]
        # the file gives each its id, from its name
        hint = next((h for e in new if (h := forms.problem_hint(dataclasses.replace(e, id="new")))), "")
        self.form.hint.show_text(hint)
        if hint:
            self.detail.ensureWidgetVisible(self.form.hint)  # (under the field ticked last, maybe out of sight)
            return False
        stored = self.editing.add_entries(new)
        if not stored:
            return False  # the person was told why (e.g. the file is read-only now); the new entry stays on screen
        entry = stored[0]
        self._end_adding()
        self.added_note.hide()
        self.added_note.setText(self._added_note_text(typed[0], entry))  # shown after the click (below)
        self._added_why = [(s, self._ticked_for(t, s)) for t, s in zip(typed, stored, strict=True)]  # (a list's note)
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # the click that added it may be on a box just ticked for it: it was meant to tick that box
            after_the_click(self, lambda: self._keep_ticked(typed[0], entry))
        self._dirty = False
        self.form.saved(entry, self.register)
        self.form.show_classification(entry)
        self.form_title.setText(self.form_heading())
        self._shown_revision = self.editing.revision
        self.work_out()
        self.model.set_entries(self.entries())
        self._update_quick_buttons()
        self._select_quietly(self.model.row_of(entry.id))
        self.delete_button.setEnabled(self._editable)
        after_the_click(self, self._settle_after_adding)  # the click that added it lands where it was aimed
        return True

    def _ticked_for(self, typed: Any, stored: Any) -> str:
        """Why a new purpose was stored with more than was typed (``suggestions.named_entry``): "named" (the
        catalogue has a purpose of its name), "subjects" (its data subjects' usual data), or ""."""
        if not isinstance(typed, m.Purpose):
            return ""
        if stored.legal_bases == typed.legal_bases and stored.data_category_ids == typed.data_category_ids:
            return ""
        if suggestions.namesake(self.editing.catalogue(), "purposes", stored) is not None:
            return "named"
        return "subjects"

    def _keep_ticked(self, typed: Any, stored: Any) -> None:
        """After the click that added ``stored``: a box the adding ticked (its data, its data subjects) that the
        click then unticked is ticked again. The box was unticked where the click was aimed, so the click was meant
        to tick it; a box the user had ticked before stays as the click left it."""
        if not isinstance(stored, m.Purpose) or self.form.original() is None or self.form.original().id != stored.id:
            return
        form = self.form
        assert isinstance(form, forms.PurposeForm)  # (a purpose is shown in a purpose's form)
        for checklist, attr in ((form.data_categories, "data_category_ids"), (form.subjects, "subject_category_ids")):
            ticked = set(checklist.checked_ids())
            for entry_id in getattr(stored, attr):
                if entry_id not in getattr(typed, attr) and entry_id not in ticked:
                    checklist.set_checked(entry_id, True)

    def _subjects_named(self, *purposes: Any) -> str:
        """The names of the data subject categories of ``purposes``, as lists show them."""
        ids = {i for p in purposes for i in getattr(p, "subject_category_ids", [])}
        subjects = [s for s in self.register.subject_categories if s.id in ids]
        return ", ".join(display_text(s.name, self.register) for s in subjects)

    def _added_note_text(self, typed: Any, stored: Any) -> str:
        """Why a new purpose has more ticked than was typed (``suggestions.named_entry``), in a sentence for the
        note above the form ("" when nothing)."""
        why = self._ticked_for(typed, stored)
        if why == "subjects":
            return QCoreApplication.translate(
                "Pages",
                "The data that nearly every purpose concerning “%1” uses is ticked below. Untick what this "
                "purpose does not use.",
            ).replace("%1", self._subjects_named(stored))
        if not why:
            return ""
        bases = stored.legal_bases != typed.legal_bases
        data = stored.data_category_ids != typed.data_category_ids
        if bases and data:
            text = QCoreApplication.translate(
                "Pages",
                "The catalogue has a purpose of this name: its legal basis and usual data are ticked below. "
                "Check that they fit what the company does.",
            )
        elif bases:
            text = QCoreApplication.translate(
                "Pages",
                "The catalogue has a purpose of this name: its legal basis is ticked below. Check that it fits "
                "what the company does.",
            )
        else:
            text = QCoreApplication.translate(
                "Pages",
                "The catalogue has a purpose of this name: its usual data is ticked below. Check that it fits "
                "what the company does.",
            )
        return text

    def _settle_after_adding(self) -> None:
        """The form's note goes (the note on what the new entry took from the catalogue comes) and the table takes
        the new row, once the click that added the entry is done."""
        if self._adding:
            return
        self.adding_note.hide()
        self.added_note.setVisible(bool(self.added_note.text()))
        if self.isVisible() and self.model.rowCount() != self._shared_rows:
            self.share_height()

    def _end_adding(self) -> None:
        if not self._adding:
            return
        self._adding = False
        self.cancel_adding.setEnabled(False)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # (a widget lives in a QApplication)
        app.focusChanged.disconnect(self._focus_moved)
        self.taken_note.show_text("")
        self.form.only_key_enabled(False)

    def _stop_adding(self) -> None:
        """Drop the new entry; the form shows the entry shown before it."""
        if not self._adding:
            return
        self._end_adding()
        self.adding_note.hide()
        self._dirty = False
        row = self.model.row_of(self._before_adding) if self._before_adding else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_quietly(row)
        self._show_entry(self.model.entry(row) if row >= 0 else None)

    def _cancel_adding(self) -> None:
        """Esc: the new entry is not added."""
        self._stop_adding()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def from_catalogue(self) -> None:
        if not self.flush():
            return
        picker.open_picker(self.editing, self.kind, self)

    def delete_current(self) -> None:
        if self._adding:
            self._cancel_adding()
            return
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


def _some_of(names: list[str], shown: int = 5) -> str:
    """Names for a status bar's line: the first few, and how many there are in all."""
    if len(names) <= shown:
        return ", ".join(names)
    return (
        QCoreApplication.translate("Pages", "%1 … (%2 in all)")
        .replace("%1", ", ".join(names[:shown]))
        .replace("%2", str(len(names)))
    )
