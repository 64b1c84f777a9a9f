"""“From the catalogue…”: ready-made entries to pick (a search box, groups, checkboxes, one-line explanations).

Picking a typical purpose offers to add what usually goes with it: its subject and data
categories, retention terms and recipients, linked to the purpose.  What is added and how it is
linked is decided in ``ropa_desktop.core.suggestions``; this module shows the choices and stores them.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import completeness, suggestions
from ropa_desktop.core import model as m
from ropa_desktop.ui import i18n, steps
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.handlers import qt_handler
from ropa_desktop.ui.register_texts import shown_language
from ropa_desktop.ui.widgets import LineEdit, children

if TYPE_CHECKING:
    from ropa_desktop.core.catalogue import Catalogue

KEY_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def _fold(text: str) -> str:
    """Lower case without diacritics or hyphens, so “zimes” finds “ZĪMES”, “parole” “paroles” and “email”
    “e-mail”."""
    folded = unicodedata.normalize("NFD", text.casefold().replace("-", "").replace("\u2011", ""))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _found(words: list[str], text: str) -> bool:
    """Whether every word searched for is in ``text``, a longer word also with another ending: “pieraksts” finds
    “pieraksti”, “booking” “bookings”, “rezervācija” “rezervācijas”."""
    return all(word in text or (len(word) >= 5 and word[:-1] in text) for word in words)


def kind_title(kind: str) -> str:
    return {
        "subject_categories": QCoreApplication.translate("Picker", "Categories of data subjects"),
        "data_categories": QCoreApplication.translate("Picker", "Data categories"),
        "recipients": QCoreApplication.translate("Picker", "Recipients"),
        "retention_rules": QCoreApplication.translate("Picker", "Retention terms"),
        "purposes": QCoreApplication.translate("Picker", "Purposes"),
        "security_measures": QCoreApplication.translate("Picker", "Security measures"),
        "identification_rules": QCoreApplication.translate("Picker", "Identification per channel"),
    }[kind]


class CatalogueTree(QTreeWidget):
    """Checkable catalogue entries under their groups; what the register has already is ticked and greyed.

    ``entry_chosen`` is emitted for an entry double-clicked, or for the current entry when Return is
    pressed while nothing is ticked: the picker adds it at once.
    """

    entry_chosen = Signal(QTreeWidgetItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels(
            [
                QCoreApplication.translate("Picker", "Entry"),
                QCoreApplication.translate("Picker", "What it is for"),
            ]
        )
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 330)
        # the entries are added in the order they were ticked (those ticked to begin with first, in list order)
        self._ticks = 0
        self._ticked_at: dict[tuple[str, str], int] = {}
        self.itemChanged.connect(self._remember_tick)
        self.itemDoubleClicked.connect(self._double_clicked)

    def about_label(self) -> QLabel:
        """A line under the tree that says in full what the current entry is for: the column cuts the longer
        explanations off, and their tooltips are out of reach of the keyboard."""
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumHeight(2 * label.fontMetrics().lineSpacing())  # the dialog keeps its size as it changes
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        def show(item: QTreeWidgetItem | None) -> None:
            explained = item is not None and bool(item.data(0, KEY_ROLE)) and bool(item.text(1))
            label.setText(f"{item.toolTip(0)} — {item.text(1)}" if item is not None and explained else "")

        self.currentItemChanged.connect(lambda current, _previous: show(current))
        return label

    def is_free(self, item: QTreeWidgetItem | None) -> bool:
        """An entry shown that the register does not have yet (neither a group nor an entry added already)."""
        return bool(
            item is not None
            and item.data(0, KEY_ROLE)
            and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and not item.isHidden()
        )

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if self.is_free(item):
            self.entry_chosen.emit(item)

    @qt_handler
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if enter and plain and not self.chosen() and self.is_free(self.currentItem()):
            event.accept()
            self.entry_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)  # with entries ticked, Return goes on to the dialog's Add button

    def _remember_tick(self, item: QTreeWidgetItem, _column: int) -> None:
        pair = (item.data(0, KIND_ROLE), item.data(0, KEY_ROLE))
        if item.checkState(0) == Qt.CheckState.Checked:
            if pair not in self._ticked_at:
                self._ticks += 1
                self._ticked_at[pair] = self._ticks
        else:
            self._ticked_at.pop(pair, None)

    def add_group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem([title])
        font = QFont(self.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setData(0, KEY_ROLE, "")
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addTopLevelItem(group)
        group.setExpanded(True)
        return group

    def add_entry(
        self,
        group: QTreeWidgetItem,
        kind: str,
        key: str,
        title: str,
        explanation: str,
        present: bool,
        checked: bool = False,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, explanation])
        item.setData(0, KEY_ROLE, key)
        item.setData(0, KIND_ROLE, kind)
        item.setToolTip(0, title)
        item.setToolTip(1, explanation)
        item.setForeground(1, QBrush(self.palette().placeholderText().color()))
        if present:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setText(0, QCoreApplication.translate("Picker", "%1 (already in the register)").replace("%1", title))
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        group.addChild(item)
        return item

    def fit_first_column(self, most: int = 480) -> None:
        """Wide enough for the entries' names (within reason); the explanation takes the rest."""
        self.header().resizeSection(0, min(most, max(300, self.sizeHintForColumn(0) + 16)))

    def entry_items(self) -> list[QTreeWidgetItem]:
        out = []
        iterator = QTreeWidgetItemIterator(self)
        while iterator.value():
            item = iterator.value()
            if item.data(0, KEY_ROLE):
                out.append(item)
            iterator += 1
        return out

    def chosen(self) -> list[tuple[str, str]]:
        """(kind, key) of what is ticked now and not in the register yet, in the order it was ticked."""
        ticked = [
            (item.data(0, KIND_ROLE), item.data(0, KEY_ROLE))
            for item in self.entry_items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked
        ]
        return sorted(ticked, key=lambda pair: self._ticked_at.get(pair, 0))

    def item_for(self, key: str) -> QTreeWidgetItem:
        for item in self.entry_items():
            if item.data(0, KEY_ROLE) == key:
                return item
        raise KeyError(key)

    def check(self, key: str, checked: bool = True) -> None:
        self.item_for(key).setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class PickerDialog(QDialog):
    """Search, tick and add ready-made entries of one list."""

    chosen_ready = Signal(list)
    add_own_requested = Signal(str)  # the search text, when the user adds an entry of their own instead

    def __init__(self, catalogue: Catalogue, kind: str, register: m.Register, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.catalogue = catalogue
        lang = i18n.current()
        title = QCoreApplication.translate("Picker", "From the catalogue: %1")
        self.setWindowTitle(title.replace("%1", kind_title(kind)))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Picker",
                "Tick what applies to your company, or double-click an entry to add it straight away; you can "
                "change the texts afterwards. Entries come with their texts in each of the register’s languages.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = LineEdit()  # (a text pasted with its line breaks is searched for on one line)
        self.search.setPlaceholderText(QCoreApplication.translate("Picker", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.search.placeholderText())  # a screen reader says no placeholder
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)  # ↓ from the search goes on to what it found
        layout.addWidget(self.search)
        self.tree = CatalogueTree()
        self.tree.setAccessibleName(self.windowTitle())
        present = suggestions.present_keys(register, kind)
        groups: dict[str, QTreeWidgetItem] = {}
        order = catalogue.groups(kind)
        for item in sorted(catalogue.entries(kind), key=lambda e: order.index(e.group) if e.group in order else 99):
            if item.group not in groups:
                groups[item.group] = self.tree.add_group(catalogue.group_title(kind, item.group, lang))
            key = suggestions.catalogue_key(kind, item)
            title = item.title(shown_language(register))
            self.tree.add_entry(groups[item.group], kind, item.key, title, item.explanation(lang), key in present)
        self.tree.fit_first_column()
        self.tree.itemChanged.connect(self._update_count)
        self.tree.entry_chosen.connect(self._add_entry)
        layout.addWidget(self.tree, 1)
        self.about = self.tree.about_label()
        layout.addWidget(self.about)
        # a search that finds nothing says so, with the way on right there
        self.nothing_found = QWidget()
        nothing_row = QHBoxLayout(self.nothing_found)
        nothing_row.setContentsMargins(0, 0, 0, 0)
        self.nothing_label = QLabel(
            QCoreApplication.translate("Picker", "Nothing found in the catalogue – add your own entry instead.")
        )
        self.nothing_label.setWordWrap(True)
        self.add_own = QPushButton(QCoreApplication.translate("Picker", "Add your &own…"))
        self.add_own.clicked.connect(self._add_own)
        nothing_row.addWidget(self.nothing_label, 1)
        nothing_row.addWidget(self.add_own)
        self.nothing_found.setVisible(False)
        layout.addWidget(self.nothing_found)
        self.count = QLabel()
        self.tick_all = QPushButton(QCoreApplication.translate("Picker", "Tick &all shown"))
        self.tick_all.clicked.connect(self.check_shown)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.tick_all)
        layout.addLayout(count_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("Picker", "&Add ticked entries"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 580)
        self._update_count()
        self.search.setFocus()

    @qt_handler
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down (or Page Down) in the search moves to the first entry it found, to tick with Space or add with
        Return: typed there, the Space went into the search and Return did nothing."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            shown = [i for i in self.tree.entry_items() if not i.isHidden() and not (i.parent() or i).isHidden()]
            if shown:
                current = self.tree.currentItem()
                if current not in shown:
                    self.tree.setCurrentItem(shown[0], 0)
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        n = len(self.tree.chosen())
        self.count.setText(QCoreApplication.translate("Picker", "Ticked: %1").replace("%1", str(n)))
        self.ok.setEnabled(n > 0)

    def filter(self, text: str) -> None:
        words = _fold(text).split()
        groups = children(self.tree.invisibleRootItem())
        for group in groups:
            shown = 0
            for item in children(group):
                hit = _found(words, _fold(item.text(0) + " " + item.text(1)))
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
        found = any(not group.isHidden() for group in groups)
        self.nothing_found.setVisible(not found)
        self.add_own.setDefault(not found)

    def _add_entry(self, item: QTreeWidgetItem) -> None:
        """Add ``item`` (with whatever else is ticked) and close, as a double-click or Return asks."""
        if self.isVisible():
            item.setCheckState(0, Qt.CheckState.Checked)
            self.accept()

    def _add_own(self) -> None:
        text = self.search.text().strip()
        self.reject()
        self.add_own_requested.emit(text)

    def check_shown(self) -> None:
        """Tick every entry the search shows that the register does not have yet."""
        for item in self.tree.entry_items():
            group = item.parent()
            assert group is not None  # an entry sits in its group
            if not item.isHidden() and not group.isHidden() and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Checked)

    def chosen(self) -> list[tuple[str, str]]:
        return self.tree.chosen()


class SuggestionsDialog(QDialog):
    """After picking purposes: what usually goes with them, ticked, to add and link in one go."""

    ONLY_PURPOSES = 2  # the dialog's result when only the picked purposes are wanted

    def __init__(
        self, catalogue: Catalogue, offers: list[suggestions.Offer], register: m.Register, parent: QWidget
    ) -> None:
        super().__init__(parent)
        lang = i18n.current()
        self.setWindowTitle(QCoreApplication.translate("Picker", "Add what usually goes with these purposes?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Picker",
                "These purposes usually need the entries below. What nearly every company has is ticked; tick "
                "what else applies and untick what does not. The ticked entries are added and linked to the "
                "purposes; what the register has already is linked too.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = CatalogueTree()
        self.offers = offers
        groups: dict[str, QTreeWidgetItem] = {}
        alternatives: dict[tuple[str, str], QTreeWidgetItem] = {}
        for offer in offers:
            item = catalogue.get(offer.kind, offer.key)
            assert item is not None  # what is offered is taken from the catalogue
            if offer.kind not in groups:
                groups[offer.kind] = self.tree.add_group(kind_title(offer.kind))
            under = groups[offer.kind]
            if offer.choose_one:  # alternatives sit together under their title: one of them is picked
                if (offer.kind, offer.choose_one) not in alternatives:
                    title = catalogue.alternatives_title(offer.kind, offer.choose_one, lang)
                    header = QTreeWidgetItem(
                        [QCoreApplication.translate("Picker", "%1 – tick the one you use").replace("%1", title)]
                    )
                    header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = QFont(self.tree.font())
                    font.setItalic(True)
                    header.setFont(0, font)
                    under.addChild(header)
                    header.setFirstColumnSpanned(True)  # only once it is in the tree
                    header.setExpanded(True)
                    alternatives[(offer.kind, offer.choose_one)] = header
                under = alternatives[(offer.kind, offer.choose_one)]
            self.tree.add_entry(
                under,
                offer.kind,
                offer.key,
                item.title(shown_language(register)),
                item.explanation(lang),
                offer.key in suggestions.present_keys(register, offer.kind),
                checked=offer.ticked,
            )
        self.tree.itemChanged.connect(self._ticked)
        self.tree.fit_first_column()
        layout.addWidget(self.tree, 1)
        self.about = self.tree.about_label()
        layout.addWidget(self.about)
        # Escape or Cancel adds nothing at all; "Only the purposes" adds the picked purposes alone.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.yes = buttons.addButton(
            QCoreApplication.translate("Picker", "&Add and link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.only = buttons.addButton(
            QCoreApplication.translate("Picker", "Add &only the purposes"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.yes.setDefault(True)
        self.only.clicked.connect(lambda: self.done(self.ONLY_PURPOSES))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 540)
        self.yes.setFocus()  # Enter adds and links, as the highlighted button says

    def chosen(self) -> list[tuple[str, str]]:
        return self.tree.chosen()

    def _ticked(self, item: QTreeWidgetItem, _column: int) -> None:
        """Keep one of each set of alternatives ticked, as the core decides."""
        kind, key = item.data(0, KIND_ROLE), item.data(0, KEY_ROLE)
        if not key:
            return
        on = item.checkState(0) == Qt.CheckState.Checked
        chosen = suggestions.choose(self.offers, set(self.chosen()), kind, key, on)
        self.tree.blockSignals(True)
        try:
            for other in self.tree.entry_items():
                pair = (other.data(0, KIND_ROLE), other.data(0, KEY_ROLE))
                if other.flags() & Qt.ItemFlag.ItemIsUserCheckable and pair not in chosen:
                    other.setCheckState(0, Qt.CheckState.Unchecked)
        finally:
            self.tree.blockSignals(False)


# --- adding what was picked ------------------------------------------------------------------


# the lists a purpose's form can fill from the catalogue: the purpose's attribute, and the list's own step
_UNDER_PURPOSE = {"data_categories": ("data_category_ids", steps.DATA)}


def open_picker(editing: EditingController, kind: str, page: Any, for_purpose: str = "") -> PickerDialog | None:
    """“From the catalogue…” on ``page``: pick, then add (and for purposes: offer what goes with them).

    ``for_purpose``: the picker was opened under that purpose's list of ``kind`` (its data, on the Purposes step):
    what is picked is also linked to it, in the same undo step.
    """
    catalogue = editing.catalogue()
    if not catalogue:
        return None
    dialog = PickerDialog(catalogue, kind, editing.register, page)
    dialog.accepted.connect(lambda: _picked(editing, kind, page, dialog.chosen(), for_purpose))
    if for_purpose:  # an entry of one's own is added on its own step (the page here lists purposes)
        dialog.add_own.hide()
        dialog.nothing_label.setText(
            QCoreApplication.translate("Picker", "Nothing found in the catalogue – add your own in step %1, “%2”.")
            .replace("%1", str(_UNDER_PURPOSE[kind][1]))
            .replace("%2", steps.title(_UNDER_PURPOSE[kind][1]))
        )
    elif hasattr(page, "add_own"):
        dialog.add_own_requested.connect(lambda text: page.add_own(text))
    dialog.open()
    return dialog


def _first_missing_field(register: Any, kind: str, entry_ids: list[str]) -> tuple[str, str] | None:
    """(entry id, field) of the first of ``entry_ids`` the completeness check finds a field missing in."""
    ids = set(entry_ids)
    for finding in completeness.check(register):
        if finding.severity == completeness.MISSING and finding.entity == kind and finding.entity_id in ids:
            if finding.field:
                return finding.entity_id, finding.field
    return None


def _picked(
    editing: EditingController, kind: str, page: Any, chosen: list[tuple[str, str]], for_purpose: str = ""
) -> None:
    catalogue = editing.catalogue()
    keys = [key for _kind, key in chosen]
    if kind != "purposes":
        new_keys = [key for key in keys if key not in suggestions.present_keys(editing.register, kind)]
        # what the purposes taken from the catalogue usually have is linked to them, in the same undo step; picked
        # for one purpose (from its form), it goes to that one only
        links = [] if for_purpose else suggestions.purpose_links(catalogue, editing.register, kind, new_keys)
        one_step = bool(links or for_purpose)
        text = QCoreApplication.translate("Picker", "Add from the catalogue")
        if one_step:
            editing.undo_stack.beginMacro(text)
        try:
            added = add_from_catalogue(editing, kind, keys)
            if added and links:
                editing.update_entries(links, text)
            if added and for_purpose:
                _link_to_purpose(editing, kind, for_purpose, [e.id for e in added])
        finally:
            if one_step:
                editing.undo_stack.endMacro()
        if for_purpose and hasattr(page, "refresh"):
            page.refresh(select_id=for_purpose)
            return
        if added and hasattr(page, "refresh"):
            if kind == "identification_rules":
                page.refresh()
                return
            # an added entry that still needs the company's own words (a personal identity number: why it is
            # needed, Art. 87) is opened with the cursor there; else the last one added is shown
            missing = _first_missing_field(editing.register, kind, [suggestions.register_key(e) for e in added])
            if missing is not None and hasattr(page, "focus_field"):
                page.refresh(select_id=missing[0])
                page.focus_field(*missing)
            else:
                page.refresh(select_id=suggestions.register_key(added[-1]))
        return
    offers = suggestions.offers(catalogue, keys)
    if not offers:
        _store_plan(editing, page, suggestions.plan(catalogue, editing.register, keys, set(), link=False))
        return
    dialog = SuggestionsDialog(catalogue, offers, editing.register, page)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value:
            plan = suggestions.plan(catalogue, editing.register, keys, set(dialog.chosen()))
        elif result == SuggestionsDialog.ONLY_PURPOSES:
            plan = suggestions.plan(catalogue, editing.register, keys, set(), link=False)
        else:
            return
        _store_plan(editing, page, plan)

    dialog.finished.connect(finished)
    dialog.open()


def _link_to_purpose(editing: EditingController, kind: str, purpose_id: str, entry_ids: list[str]) -> None:
    """Tick ``entry_ids`` (of ``kind``) for the purpose ``purpose_id``, after those it has."""
    purpose = editing.register.find("purposes", purpose_id)
    if purpose is None:
        return
    attr = _UNDER_PURPOSE[kind][0]
    ids = list(getattr(purpose, attr))
    linked = dataclasses.replace(purpose, **{attr: ids + [i for i in entry_ids if i not in ids]})
    if linked != purpose:
        editing.update_entry(purpose, linked)


def add_from_catalogue(editing: EditingController, kind: str, keys: list[str]) -> list[Any]:
    """Add catalogue entries of one kind (in the register's language), one undo step."""
    entries = suggestions.new_entries(editing.catalogue(), editing.register, kind, keys)
    return editing.add_entries(entries) if entries else []


def _store_plan(editing: EditingController, page: Any, plan: suggestions.Plan) -> None:
    """The picked purposes with the chosen suggestions, added and linked as one undo step."""
    if plan.is_empty():
        return
    editing.undo_stack.beginMacro(QCoreApplication.translate("Picker", "Add from the catalogue"))
    stored: list[Any] = []
    try:
        for entries in plan.entries.values():
            editing.add_entries(entries)
        stored = editing.add_entries(plan.purposes) if plan.purposes else []
        if stored or not plan.purposes:
            for old, new in plan.extended_rules:
                editing.update_entry(old, new)
            if plan.new_rules:
                editing.add_entries(plan.new_rules)
    finally:
        editing.undo_stack.endMacro()
    if stored:
        page.refresh(select_id=stored[-1].id)
