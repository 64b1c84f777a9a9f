"""The step pages on the right of the window."""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import labels
from ropa_desktop.core import model as m
from ropa_desktop.ui import forms, i18n, steps
from ropa_desktop.ui.widgets import Column, EntryTableModel, EnumCombo, TextBox

if TYPE_CHECKING:
    from ropa_desktop.ui.mainwindow import MainWindow


class StepPage(QWidget):
    """A step: its number and name, a few plain sentences, then its content."""

    def __init__(self, window: MainWindow, step: int) -> None:
        super().__init__()
        self.window_ = window
        self.step = step
        self.setObjectName(f"step{step}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        self.heading = QLabel(f"{step}. {steps.title(step)}")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.intro = QLabel(steps.intro(step))
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setStyleSheet("QLabel { color: palette(window-text); }")
        layout.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body, 1)

    @property
    def register(self) -> m.Register:
        return self.window_.register

    def refresh(self) -> None:
        """Show the register as it is now."""

    def flush(self) -> bool:
        """Save what is being typed; False when it could not be saved."""
        return True

    def save_now(self) -> None:
        """``flush`` as a slot (slots return nothing)."""
        self.flush()

    def set_editable(self, editable: bool) -> None:
        """Read-only files: nothing can be changed."""

    def focus_field(self, entity_id: str, field: str) -> None:
        """Open the entry and put the cursor in the field a finding points at."""


def align_labels(root: QWidget) -> None:
    """Give the labels of every form inside ``root`` one width, so that their fields line up."""
    from PySide6.QtWidgets import QFormLayout

    labels: list[QWidget] = []
    for layout in root.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll into view
    area.setWidget(widget)
    return area


# --- list steps ------------------------------------------------------------------------------


class ListStepPage(StepPage):
    """A table of entries, buttons to add and delete, and the chosen entry's form below (master–detail)."""

    def __init__(
        self,
        window: MainWindow,
        step: int,
        kind: str,
        columns: list[Column],
        form: forms.EntryForm,
        *,
        can_add: bool = True,
    ) -> None:
        super().__init__(window, step)
        self.kind = kind
        self.can_add = can_add
        self._dirty = False
        self._editable = True
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
        self.add_button.clicked.connect(self.add_own)
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
        for b in (self.catalogue_button, self.add_button, self.delete_button):
            b.setVisible(can_add)
        self.catalogue_button.setVisible(can_add and window.catalogue_available(kind))

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

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.save_now)
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
        if self.window_.catalogue_available(self.kind):
            return QCoreApplication.translate(
                "Pages", "Nothing here yet. Choose ready-made entries with “From the catalogue…” or add your own."
            )
        return QCoreApplication.translate("Pages", "Nothing here yet. Add one with “Add your own…”.")

    def entries(self) -> list[Any]:
        return self.register.items(self.kind)

    def refresh(self, select_id: str | None = None) -> None:
        current = select_id or self.current_id()
        self.model.set_entries(self.entries())
        self._update_quick_buttons()
        row = self.model.row_of(current) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self._select_row(row)
        if row < 0:
            self._show_entry(None)

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
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
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
        self.timer.stop()
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
            heading = f"{heading}: {entry.name}"
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
        if immediate:
            self.flush()
        else:
            self.timer.start()

    def flush(self, leaving: bool = False) -> bool:
        self.timer.stop()
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
        if not self.window_.update_entry(old, new, self):
            return False
        self._dirty = False
        self.form.saved(new)
        row = self.model.row_of(new.id)
        if row >= 0:
            self.model.replace(row, new)
        return True

    def _link_toggled(self, owner_kind: str, owner_id: str, attr: str, checked: bool) -> None:
        """A checkbox in this entry's form that changes another entry (e.g. a purpose's data categories)."""
        if not self.flush():
            return
        mine = self.form.original().id
        owner = self.register.find(owner_kind, owner_id)
        if owner is None:
            return
        ids = list(getattr(owner, attr))
        if checked and mine not in ids:
            ids.append(mine)
        elif not checked and mine in ids:
            ids.remove(mine)
        else:
            return
        new = copy.deepcopy(owner)
        setattr(new, attr, ids)
        if self.window_.update_entry(owner, new, self):
            self.links_changed()

    def links_changed(self) -> None:
        """Another list's entry now points here or no longer does: columns worked out from it are redrawn."""
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(self.model.rowCount() - 1,
                                                                                 self.model.columnCount() - 1))

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
        from ropa_desktop.ui import picker

        if not self.flush():
            return
        added = picker.add_from_catalogue(self.window_, self.kind, [key])
        if added:
            self.refresh(select_id=added[-1].id)

    def _update_quick_buttons(self) -> None:
        present = {e.id for e in self.entries()}
        for key, button in self.quick_buttons.items():
            button.setVisible(key not in present)
            button.setEnabled(self._editable)

    def add_own(self) -> None:
        if not self.flush():
            return
        dialog = AddDialog(self.kind, self)
        dialog.accepted.connect(lambda: self._add(dialog.entry(self.register)))
        dialog.open()

    def _add(self, entry: Any) -> None:
        stored = self.window_.add_entries([entry])
        if stored:
            self.refresh(select_id=stored[-1].id)
            self.form.focus_field("name")

    def from_catalogue(self) -> None:
        if not self.flush():
            return
        self.window_.open_catalogue(self.kind, self)

    def delete_current(self) -> None:
        entry = self.form.original()
        if entry is None:
            return
        self.timer.stop()
        self._dirty = False
        row = self.model.row_of(entry.id)
        if self.window_.delete_entry(self.kind, entry.id):
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


class AddDialog(QDialog):
    """“Add your own…”: the name of a new entry (a retention term: its period or event)."""

    def __init__(self, kind: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
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
        self.period_unit = EnumCombo(
            [
                ("years", QCoreApplication.translate("Forms", "years")),
                ("months", QCoreApplication.translate("Forms", "months")),
                ("days", QCoreApplication.translate("Forms", "days")),
            ]
        )
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._check()

    def _check(self) -> None:
        if self.kind == "retention_rules":
            ok = bool(self.until_event.text().strip()) or self.period.isChecked()
        else:
            ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def entry(self, register: m.Register) -> Any:
        cls = m.ENTRY_TYPES[self.kind]
        if self.kind == "retention_rules":
            period = m.Period(self.period_unit.value(), self.period_value.value()) if self.period.isChecked() else None
            event = self.until_event.text().strip()
            basis = event or labels.period(register.language, period)
            taken = {r.id for r in register.retention_rules}
            return m.RetentionRule(id=m.new_id(basis, taken, "retention"), period=period, until_event=event)
        return cls(name=self.name.text().strip())


# --- step 1: the company ------------------------------------------------------------------


class OrganisationForm(QWidget):
    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._loading = False
        self.fields: dict[str, QWidget] = {}
        self.lines: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        company = QGroupBox(QCoreApplication.translate("Pages", "The controller"))
        form = forms.form_layout()
        company.setLayout(form)
        self._line(form, "name", QCoreApplication.translate("Pages", "Company &name:"), "SIA “…”")
        self._line(form, "registration_number", QCoreApplication.translate("Pages", "Registration number:"))
        self._line(form, "address", QCoreApplication.translate("Pages", "Legal address:"))
        self._line(form, "email", QCoreApplication.translate("Pages", "E-mail:"))
        self._line(form, "phone", QCoreApplication.translate("Pages", "Phone:"))
        self._line(form, "website", QCoreApplication.translate("Pages", "Website:"))
        self._line(
            form,
            "processing_locations",
            QCoreApplication.translate("Pages", "Where data is processed:"),
            QCoreApplication.translate("Pages", "e.g. Latvijas Republika"),
        )
        layout.addWidget(company)

        contact = QGroupBox(QCoreApplication.translate("Pages", "Who handles data protection in the company"))
        form = forms.form_layout()
        contact.setLayout(form)
        self._line(form, "contact_person.name", QCoreApplication.translate("Pages", "Name:"))
        self._line(
            form,
            "contact_person.role",
            QCoreApplication.translate("Pages", "Position:"),
            QCoreApplication.translate("Pages", "e.g. administrator"),
        )
        self._line(form, "contact_person.email", QCoreApplication.translate("Pages", "E-mail:"))
        self._line(form, "contact_person.phone", QCoreApplication.translate("Pages", "Phone:"))
        self.fields["contact_person"] = self.fields["contact_person.name"]
        layout.addWidget(contact)

        name, email, phone = (
            QCoreApplication.translate("Pages", "Name:"),
            QCoreApplication.translate("Pages", "E-mail:"),
            QCoreApplication.translate("Pages", "Phone:"),
        )
        self.has_dpo, self.dpo_box = self._optional_person(
            layout,
            "dpo",
            QCoreApplication.translate("Pages", "The company has appointed a data protection &officer (DPO, Art. 37)"),
            QCoreApplication.translate("Pages", "Data protection officer"),
            [("name", name), ("email", email), ("phone", phone)],
        )
        self.has_rep, self.rep_box = self._optional_person(
            layout,
            "representative",
            QCoreApplication.translate(
                "Pages", "The company is established outside the EU and has a &representative in the EU (Art. 27)"
            ),
            QCoreApplication.translate("Pages", "Representative in the EU"),
            [("name", name), ("address", QCoreApplication.translate("Pages", "Address:")), ("email", email),
             ("phone", phone)],
        )
        layout.addStretch(1)
        align_labels(self)

    def _optional_person(
        self, layout: QVBoxLayout, key: str, question: str, title: str, lines: list[tuple[str, str]]
    ) -> tuple[QCheckBox, QGroupBox]:
        """A person the company may have (DPO, EU representative): a checkbox that shows their details."""
        has = QCheckBox(question)
        has.toggled.connect(self._toggled)
        layout.addWidget(has)
        box = QGroupBox(title)
        form = forms.form_layout()
        box.setLayout(form)
        for field, label in lines:
            self._line(form, f"{key}.{field}", label)
        self.fields[key] = has
        layout.addWidget(box)
        return has, box

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._typed)
        self.fields[name] = edit
        self.lines[name] = edit
        form.addRow(label, edit)

    def _typed(self, _text: str) -> None:
        if not self._loading:
            self.changed.emit(False)

    def _toggled(self) -> None:
        self.dpo_box.setVisible(self.has_dpo.isChecked())
        self.rep_box.setVisible(self.has_rep.isChecked())
        if not self._loading:
            self.changed.emit(True)

    def text(self, name: str) -> str:
        return self.lines[name].text()

    def load(self, org: m.Organisation) -> None:
        self._loading = True
        for name, widget in self.lines.items():
            obj: Any = org
            for part in name.split("."):
                obj = getattr(obj, part, "") if obj is not None else ""
            widget.setText(obj or "")
        self.has_dpo.setChecked(org.dpo is not None)
        self.has_rep.setChecked(org.representative is not None)
        self._loading = False
        self._toggled_quiet()

    def _toggled_quiet(self) -> None:
        self.dpo_box.setVisible(self.has_dpo.isChecked())
        self.rep_box.setVisible(self.has_rep.isChecked())

    def organisation(self, old: m.Organisation) -> m.Organisation:
        t = self.text
        return dataclasses.replace(
            old,
            name=t("name"),
            registration_number=t("registration_number"),
            address=t("address"),
            email=t("email"),
            phone=t("phone"),
            website=t("website"),
            processing_locations=t("processing_locations"),
            contact_person=m.ContactPerson(
                t("contact_person.name"), t("contact_person.role"), t("contact_person.email"), t("contact_person.phone")
            ),
            dpo=m.Dpo(t("dpo.name"), t("dpo.email"), t("dpo.phone")) if self.has_dpo.isChecked() else None,
            representative=(
                m.Representative(
                    t("representative.name"),
                    t("representative.address"),
                    t("representative.email"),
                    t("representative.phone"),
                )
                if self.has_rep.isChecked()
                else None
            ),
        )


class CompanyPage(StepPage):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, steps.COMPANY)
        self.form = OrganisationForm()
        self.form.changed.connect(self._changed)
        self.body.addWidget(scroll(self.form), 1)
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.save_now)

    def refresh(self) -> None:
        self.timer.stop()
        self._dirty = False
        self.form.load(self.register.organisation)

    def _changed(self, immediate: bool) -> None:
        self._dirty = True
        if immediate:
            self.flush()
        else:
            self.timer.start()

    def flush(self) -> bool:
        self.timer.stop()
        if not self._dirty:
            return True
        old = self.register.organisation
        new = self.form.organisation(old)
        if new == old:
            self._dirty = False
            return True
        if not self.window_.set_organisation(old, new, self):
            return False
        self._dirty = False
        return True

    def set_editable(self, editable: bool) -> None:
        self.form.setEnabled(editable)

    def focus_field(self, entity_id: str, field: str) -> None:
        widget = self.form.fields.get(field) or self.form.fields.get(field.split(".")[0]) or self.form.fields["name"]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


# --- step 9: requests and identification ---------------------------------------------------


class RequestsPage(StepPage):
    """How a person who asks about their data is identified, one field per channel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, steps.REQUESTS)
        self._dirty: set[str] = set()
        box = QGroupBox(QCoreApplication.translate("Pages", "How the person is identified before an answer is given"))
        form = forms.form_layout()
        box.setLayout(form)
        self.fields: dict[str, TextBox] = {}
        placeholders = {
            "phone": QCoreApplication.translate(
                "Pages", "e.g. no personal data is given by phone; the person is asked to write"
            ),
            "email": QCoreApplication.translate(
                "Pages", "e.g. only from the e-mail address already known to the company"
            ),
            "in_person": QCoreApplication.translate("Pages", "e.g. with a passport or identity card"),
            "post": QCoreApplication.translate("Pages", "e.g. a signed request; the answer goes to the known address"),
            "online": QCoreApplication.translate("Pages", "e.g. signed with an e-signature (eParaksts)"),
        }
        for channel in m.CHANNELS:
            edit = TextBox(2)
            edit.setPlaceholderText(placeholders[channel])
            edit.textChanged.connect(lambda c=channel: self._changed(c))
            self.fields[channel] = edit
            form.addRow(forms.word("channel", channel) + ":", edit)
        self.hint = QLabel(
            QCoreApplication.translate(
                "Pages", "Leave a channel empty if the company does not accept requests that way."
            )
        )
        self.hint.setWordWrap(True)
        self.catalogue_button = QPushButton(QCoreApplication.translate("Pages", "From the &catalogue…"))
        self.catalogue_button.clicked.connect(self.from_catalogue)
        self.catalogue_button.setVisible(window.catalogue_available("identification_rules"))
        row = QHBoxLayout()
        row.addWidget(self.catalogue_button)
        row.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(box)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.body.addWidget(scroll(content), 1)
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.save_now)

    def refresh(self) -> None:
        self.timer.stop()
        self._dirty.clear()
        self._loading = True
        rules = {r.channel: r.criteria for r in self.register.identification_rules}
        for channel, edit in self.fields.items():
            edit.setText(rules.get(channel, ""))
        self._loading = False

    def _changed(self, channel: str) -> None:
        if self._loading:
            return
        self._dirty.add(channel)
        self.timer.start()

    def flush(self) -> bool:
        self.timer.stop()
        for channel in list(self._dirty):
            text = self.fields[channel].text()
            old = self.register.find("identification_rules", channel)
            if old is None and text.strip():
                ok = bool(self.window_.add_entries([m.IdentificationRule(channel, text)]))
            elif old is not None and not text.strip():
                ok = self.window_.delete_entry("identification_rules", channel)
            elif old is not None and old.criteria != text:
                ok = self.window_.update_entry(old, m.IdentificationRule(channel, text), self)
            else:
                ok = True
            if not ok:
                return False
            self._dirty.discard(channel)
        return True

    def from_catalogue(self) -> None:
        if self.flush():
            self.window_.open_catalogue("identification_rules", self)

    def set_editable(self, editable: bool) -> None:
        self.catalogue_button.setEnabled(editable)
        for edit in self.fields.values():
            edit.setReadOnly(not editable)

    def focus_field(self, entity_id: str, field: str) -> None:
        channel = entity_id if entity_id in self.fields else field if field in self.fields else m.CHANNELS[0]
        self.fields[channel].setFocus(Qt.FocusReason.OtherFocusReason)


# --- step 10: review ----------------------------------------------------------------------


class ReviewPage(StepPage):
    """The completeness findings, grouped by step, missing before advice; “Fix” opens the place."""

    FIX_COLUMN = 2

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, steps.REVIEW)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Pages", "What is missing"),
                QCoreApplication.translate("Pages", "Article"),
                "",
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(lambda item, _c: self.open_finding(item))
        self.body.addWidget(self.tree, 1)
        self.fix_button = QPushButton(QCoreApplication.translate("Pages", "F&ix the chosen item"))
        self.fix_button.clicked.connect(self._fix_current)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.tree.currentItemChanged.connect(self._show_detail)
        row = QHBoxLayout()
        row.addWidget(self.detail, 1)
        row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)

    def refresh(self) -> None:
        findings = self.window_.findings
        if findings is getattr(self, "_shown", None):
            return  # the same findings as on screen: nothing to rebuild
        self._shown = findings
        lang = i18n.current()
        self.tree.clear()
        missing = sum(1 for f in findings if f.severity == "missing")
        advice = len(findings) - missing
        if not findings:
            self.summary.setText(
                QCoreApplication.translate("Pages", "Nothing is missing: the register has everything the law asks for.")
            )
        else:
            self.summary.setText(
                QCoreApplication.translate(
                    "Pages", "Missing: %1 · Advice: %2. Double-click an item or press Enter to fix it."
                )
                .replace("%1", str(missing))
                .replace("%2", str(advice))
            )
        bold = QFont(self.tree.font())
        bold.setBold(True)
        link = QBrush(self.palette().link().color())
        underlined = QFont(self.tree.font())
        underlined.setUnderline(True)
        first = None
        for step in steps.STEPS:
            in_step = [f for f in findings if getattr(f, "step", None) == step]
            if not in_step:
                continue
            in_step.sort(key=lambda f: 0 if f.severity == "missing" else 1)
            group = QTreeWidgetItem([f"{step}. {steps.title(step)} ({len(in_step)})"])
            group.setFont(0, bold)
            group.setData(0, Qt.ItemDataRole.UserRole, "")
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for finding in in_step:
                severity = (
                    QCoreApplication.translate("Pages", "Missing")
                    if finding.severity == "missing"
                    else QCoreApplication.translate("Pages", "Advice")
                )
                text = f"{severity}: {finding.message(lang)}"
                item = QTreeWidgetItem(
                    [text, str(getattr(finding, "article", "")), QCoreApplication.translate("Pages", "Fix")]
                )
                action = finding.action(lang) if hasattr(finding, "action") else ""
                item.setToolTip(0, action or text)
                item.setForeground(2, link)
                item.setFont(2, underlined)
                if finding.severity == "missing":
                    item.setForeground(0, QBrush(QColor("#8a4b00")))
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                group.addChild(item)
                first = first or item
            group.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.fix_button.setEnabled(first is not None)

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        """The chosen finding in full, with what to do about it."""
        finding = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not finding:
            self.detail.setText("")
            return
        lang = i18n.current()
        todo = QCoreApplication.translate("Pages", "What to do: %1").replace("%1", finding.action(lang))
        self.detail.setText(f"{finding.message(lang)}\n{todo}")

    def _fix_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.open_finding(item)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == self.FIX_COLUMN:
            self.open_finding(item)

    def open_finding(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if finding:
            self.window_.open_finding(finding)

    def finding_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out.extend(group.child(j) for j in range(group.childCount()))
        return out
