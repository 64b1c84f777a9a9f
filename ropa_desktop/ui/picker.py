"""“From the catalogue…”: ready-made entries to pick (a search box, groups, checkboxes, one-line explanations).

Picking a typical purpose offers to add what usually goes with it: its subject and data
categories, retention terms and recipients, linked to the purpose.
"""

from __future__ import annotations

import copy
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import model as m
from ropa_desktop.ui import i18n

if TYPE_CHECKING:
    from ropa_desktop.core.catalogue import Catalogue, CatalogueEntry
    from ropa_desktop.ui.mainwindow import MainWindow

KEY_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SUGGESTED_KINDS = ("subject_categories", "data_categories", "recipients", "retention_rules")


def available(window: MainWindow, kind: str) -> bool:
    catalogue = window.catalogue()
    return bool(catalogue) and bool(catalogue.entries(kind))


def _fold(text: str) -> str:
    """Lower case without diacritics, so “zimes” finds “ZĪMES” and “parole” finds “paroles”."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def present_key(entry: Any) -> str:
    return entry.channel if isinstance(entry, m.IdentificationRule) else entry.id


def catalogue_key(kind: str, item: CatalogueEntry) -> str:
    return item.data.get("channel", item.key) if kind == "identification_rules" else item.key


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
    """Checkable catalogue entries under their groups; what the register has already is ticked and greyed."""

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
            item.setText(0, QCoreApplication.translate("Picker", "%1 (added already)").replace("%1", title))
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
        """(kind, key) of what is ticked now and not in the register yet."""
        return [
            (item.data(0, KIND_ROLE), item.data(0, KEY_ROLE))
            for item in self.entry_items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked
        ]

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
                "Tick what applies to your company; you can change the texts afterwards. Entries are added in "
                "the language of the register.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("Picker", "Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        layout.addWidget(self.search)
        self.tree = CatalogueTree()
        present = {present_key(e) for e in register.items(kind)}
        groups: dict[str, QTreeWidgetItem] = {}
        order = catalogue.groups(kind)
        for item in sorted(catalogue.entries(kind), key=lambda e: order.index(e.group) if e.group in order else 99):
            if item.group not in groups:
                groups[item.group] = self.tree.add_group(catalogue.group_title(kind, item.group, lang))
            key = catalogue_key(kind, item)
            title = item.title(register.main_language)
            self.tree.add_entry(groups[item.group], kind, item.key, title, item.explanation(lang), key in present)
        self.tree.fit_first_column()
        self.tree.itemChanged.connect(self._update_count)
        layout.addWidget(self.tree, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("Picker", "&Add ticked entries"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 580)
        self._update_count()
        self.search.setFocus()

    def _update_count(self) -> None:
        n = len(self.tree.chosen())
        self.count.setText(QCoreApplication.translate("Picker", "Ticked: %1").replace("%1", str(n)))
        self.ok.setEnabled(n > 0)

    def filter(self, text: str) -> None:
        needle = _fold(text.strip())
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                hit = not needle or needle in _fold(item.text(0) + " " + item.text(1))
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def chosen(self) -> list[tuple[str, str]]:
        return self.tree.chosen()


class SuggestionsDialog(QDialog):
    """After picking purposes: what usually goes with them, ticked, to add and link in one go."""

    ONLY_PURPOSES = 2  # the dialog's result when only the picked purposes are wanted

    def __init__(
        self, catalogue: Catalogue, suggestions: dict[str, list[str]], register: m.Register, parent: QWidget
    ) -> None:
        super().__init__(parent)
        lang = i18n.current()
        self.setWindowTitle(QCoreApplication.translate("Picker", "Add what usually goes with these purposes?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Picker",
                "These purposes usually need the entries below. Untick what does not apply; the rest is added "
                "and linked to the purposes. What the register has already is linked too.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = CatalogueTree()
        for kind in SUGGESTED_KINDS:
            keys = suggestions.get(kind, [])
            if not keys:
                continue
            group = self.tree.add_group(kind_title(kind))
            present = {present_key(e) for e in register.items(kind)}
            for key in keys:
                item = catalogue.get(kind, key)
                if item is None:
                    continue
                self.tree.add_entry(
                    group,
                    kind,
                    key,
                    item.title(register.main_language),
                    item.explanation(lang),
                    key in present,
                    checked=True,
                )
        self.tree.fit_first_column()
        layout.addWidget(self.tree, 1)
        # Escape or Cancel adds nothing at all; "Only the purposes" adds the picked purposes alone.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.yes = buttons.addButton(
            QCoreApplication.translate("Picker", "&Add and link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.only = buttons.addButton(
            QCoreApplication.translate("Picker", "&Only the purposes"), QDialogButtonBox.ButtonRole.ActionRole
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


# --- adding what was picked ------------------------------------------------------------------


def open_picker(window: MainWindow, kind: str, page: Any) -> PickerDialog | None:
    catalogue = window.catalogue()
    if not catalogue:
        return None
    dialog = PickerDialog(catalogue, kind, window.register, page)
    dialog.accepted.connect(lambda: _picked(window, kind, page, dialog.chosen()))
    dialog.open()
    return dialog


def _picked(window: MainWindow, kind: str, page: Any, chosen: list[tuple[str, str]]) -> None:
    catalogue = window.catalogue()
    keys = [key for _kind, key in chosen]
    if kind != "purposes":
        added = add_from_catalogue(window, kind, keys)
        if added and hasattr(page, "refresh"):
            page.refresh(select_id=present_key(added[-1])) if kind != "identification_rules" else page.refresh()
        return
    suggestions: dict[str, list[str]] = {}
    for key in keys:
        for s_kind, s_keys in catalogue.get("purposes", key).suggests.items():
            bucket = suggestions.setdefault(s_kind, [])
            bucket.extend(k for k in s_keys if k not in bucket)
    if not any(suggestions.values()):
        added = add_from_catalogue(window, "purposes", keys)
        if added:
            page.refresh(select_id=added[-1].id)
        return
    dialog = SuggestionsDialog(catalogue, suggestions, window.register, page)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value:
            _add_purposes(window, page, keys, suggestions, dialog.chosen())
        elif result == SuggestionsDialog.ONLY_PURPOSES:
            _add_purposes(window, page, keys, {}, [])

    dialog.finished.connect(finished)
    dialog.open()


def add_from_catalogue(window: MainWindow, kind: str, keys: list[str]) -> list[Any]:
    """Add catalogue entries of one kind (in the register's language), one undo step."""
    catalogue = window.catalogue()
    present = {present_key(e) for e in window.register.items(kind)}
    entries = [catalogue.get(kind, key).make() for key in keys]
    entries = [e for e in entries if present_key(e) not in present]
    if not entries:
        return []
    return window.add_entries(entries)


def _add_purposes(
    window: MainWindow, page: Any, keys: list[str], suggestions: dict[str, list[str]], chosen: list[tuple[str, str]]
) -> None:
    """The picked purposes with the chosen suggestions, added and linked as one undo step."""
    catalogue = window.catalogue()
    wanted = {(k, key) for k, key in chosen}
    window.undo_stack.beginMacro(QCoreApplication.translate("Picker", "Add from the catalogue"))
    try:
        for kind in ("subject_categories", "data_categories", "recipients"):
            new = [key for key in suggestions.get(kind, []) if (kind, key) in wanted]
            if new:
                add_from_catalogue(window, kind, new)
        present = {kind: {e.id for e in window.register.items(kind)} for kind in SUGGESTED_KINDS}
        purposes = []
        for key in keys:
            if key in {p.id for p in window.register.purposes}:
                continue
            item = catalogue.get("purposes", key)
            purpose = item.make()
            if suggestions:
                purpose.subject_category_ids = [
                    k for k in item.suggests.get("subject_categories", ()) if k in present["subject_categories"]
                ]
                purpose.data_category_ids = [
                    k for k in item.suggests.get("data_categories", ()) if k in present["data_categories"]
                ]
                purpose.recipient_ids = [k for k in item.suggests.get("recipients", ()) if k in present["recipients"]]
            purposes.append(purpose)
        stored = window.add_entries(purposes) if purposes else []
        for rule_key in suggestions.get("retention_rules", []):
            users = [
                p.id for p in stored if rule_key in catalogue.get("purposes", p.id).suggests.get("retention_rules", ())
            ]
            if not users:
                continue
            existing = window.register.find("retention_rules", rule_key)
            if existing is not None:
                new_rule = copy.deepcopy(existing)
                new_rule.purpose_ids = existing.purpose_ids + [u for u in users if u not in existing.purpose_ids]
                window.update_entry(existing, new_rule)
            elif ("retention_rules", rule_key) in wanted:
                rule = catalogue.get("retention_rules", rule_key).make()
                rule.purpose_ids = users
                window.add_entries([rule])
    finally:
        window.undo_stack.endMacro()
    if stored:
        page.refresh(select_id=stored[-1].id)
