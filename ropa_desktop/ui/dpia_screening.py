"""“DPIA screening…” on the purposes' step: whether an impact assessment is needed, answered for several purposes
in one go (Art. 35).

Which purposes are offered ticked is the completeness check's call: those it only advises on (nothing suggests a
high risk) are ticked; those it flags (special category data, monitoring, profiling, many personal identity
numbers) are left unticked with the reason beside them, to be assessed one by one.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import model as m
from ropa_desktop.ui import i18n
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.forms import (
    DPIA_ANSWERS,
    QuietNote,
    dpia_answer_word,
    dpia_value,
    form_layout,
    is_assess_prompt,
)
from ropa_desktop.ui.register_texts import display_text, language_names, register_languages
from ropa_desktop.ui.widgets import EnumCombo, LineEdit, TextInLanguages, name_by_labels

ID_ROLE = Qt.ItemDataRole.UserRole


def screened(purpose: m.Purpose, required: bool | None, reason: m.Text) -> m.Purpose:
    """``purpose`` with the answer ``required`` and the reason ``reason``; without a reason it keeps its own, except
    the catalogue's prompt to assess it, which is no reason for an answer."""
    note = purpose.dpia.note
    if reason:
        note = reason
    elif required is not None and is_assess_prompt(note):
        note = m.Text()
    new = copy.deepcopy(purpose)
    new.dpia = m.Dpia(required, note)
    return new


class DpiaScreeningDialog(QDialog):
    """Every purpose with its answer now, ticked as the check suggests; below, the answer and reason to give."""

    def __init__(self, register: m.Register, findings: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        lang = i18n.current()
        self.setWindowTitle(QCoreApplication.translate("Pages", "DPIA screening"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Pages",
                "Answer for the ticked purposes whether a data protection impact assessment is needed (Art. 35). "
                "The purposes where the check finds no sign of high risk are ticked; each of the others says why it "
                "should be assessed on its own.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        open_advice = {f.entity_id for f in findings if f.code == "dpia_screening_open"}
        high_risk = {f.entity_id: f for f in findings if f.code == "dpia_not_assessed"}
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.windowTitle())  # the purposes to tick, as a screen reader names them
        self.tree.setHeaderLabels(
            [QCoreApplication.translate("Columns", "Purpose"), QCoreApplication.translate("Pages", "Current answer")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)  # a purpose's reason stays shown
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        self.tree.setUniformRowHeights(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items: dict[str, QTreeWidgetItem] = {}
        palette = self.tree.palette()
        ink, paper = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        pairs = ((ink.red(), paper.red()), (ink.green(), paper.green()), (ink.blue(), paper.blue()))
        soft = QColor(*(round(0.75 * a + 0.25 * b) for a, b in pairs))
        for purpose in register.purposes:
            name = display_text(purpose.name, register) or purpose.id
            finding = high_risk.get(purpose.id)
            item = QTreeWidgetItem([name, dpia_answer_word(dpia_value(purpose.dpia.required))])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = purpose.id in open_advice
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(0, ID_ROLE, purpose.id)
            if finding is not None:  # why the check flags it, on a line of its own under it (the keys pass it by)
                reason = finding.params.get("reason", {})
                why = (reason.get(lang) or reason.get("en", "")) if isinstance(reason, dict) else str(reason)
                note = QTreeWidgetItem(
                    [QCoreApplication.translate("Pages", "Assess it on its own: it %1.").replace("%1", why)]
                )
                note.setFlags(Qt.ItemFlag.NoItemFlags)
                font = note.font(0)
                font.setItalic(True)
                note.setFont(0, font)
                note.setForeground(0, soft)  # readable, not the faint grey of a disabled line
                item.addChild(note)
                for shown in (item, note):
                    shown.setToolTip(0, finding.message(lang))
            self.tree.addTopLevelItem(item)
            for child in filter(None, (item.child(i) for i in range(item.childCount()))):
                child.setFirstColumnSpanned(True)  # (only once it is in the tree)
            item.setExpanded(True)
            self.items[purpose.id] = item
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.itemChanged.connect(lambda _item, _column: self._ticks_changed())
        layout.addWidget(self.tree, 1)

        form = form_layout()
        self.answer = EnumCombo([(value, dpia_answer_word(value)) for value in ("no", "yes", "unknown")])
        self.answer.set_value("no")
        answer_label = QLabel(QCoreApplication.translate("Pages", "&Answer for the ticked purposes:"))
        answer_label.setBuddy(self.answer)
        form.addRow(answer_label, self.answer)

        def make() -> LineEdit:
            edit = LineEdit()
            edit.setPlaceholderText(QCoreApplication.translate("Forms", "e.g. small scale, no special category data"))
            return edit

        self.reason = TextInLanguages(make)
        self.reason.set_languages(register_languages(register), language_names())
        self.reason.mark_missing()  # the example only in the field one types in, as in the forms
        why_label = QLabel(QCoreApplication.translate("Pages", "&Why:"))
        why_label.setBuddy(self.reason.field_for_typing())
        form.addRow(why_label, self.reason)
        form.addRow(
            "",
            QuietNote(
                QCoreApplication.translate(
                    "Pages",
                    "If left empty, each purpose keeps its own reason (the catalogue’s “Assess: …” note is removed).",
                )
            ),
        )
        name_by_labels(form)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.count_note = QLabel()
        layout.insertWidget(layout.count() - 1, self.count_note)
        QWidget.setTabOrder(self.tree, self.answer)
        QWidget.setTabOrder(self.answer, self.reason.main)
        self._ticks_changed()
        self.resize(820, 560)
        self.tree.setFocus()

    def _ticks_changed(self) -> None:
        n = len(self.ticked())
        self.ok.setEnabled(n > 0)
        self.count_note.setText(QCoreApplication.translate("Pages", "Purposes ticked: %1").replace("%1", str(n)))

    def ticked(self) -> list[str]:
        """The ids of the ticked purposes, in the list's order."""
        return [pid for pid, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def changes(self) -> list[tuple[m.Purpose, m.Purpose]]:
        """(old, new) of each ticked purpose the answer changes."""
        required = DPIA_ANSWERS[self.answer.value() or "unknown"]
        reason = m.Text({lang: text.strip() for lang, text in self.reason.values().items()})
        wanted = set(self.ticked())
        out = []
        for purpose in self.register.purposes:
            if purpose.id in wanted:
                new = screened(purpose, required, reason)
                if m.to_json(new) != m.to_json(purpose):
                    out.append((purpose, new))
        return out


def undo_text(changes: list[tuple[m.Purpose, m.Purpose]], register: m.Register) -> str:
    """What Edit › Undo names after its own word: “Undo DPIA screening of 4 purposes”."""
    if len(changes) == 1:
        name = display_text(changes[0][1].name, register)
        return QCoreApplication.translate("Pages", "DPIA screening of “%1”", "undo").replace("%1", name)
    return QCoreApplication.translate("Pages", "DPIA screening of %n purposes", "undo", len(changes))


def open_screening(editing: EditingController, page: Any) -> DpiaScreeningDialog:
    """“DPIA screening…”: the dialog, and on OK the answer stored for the ticked purposes as one undo step."""
    dialog = DpiaScreeningDialog(editing.register, editing.current_findings(), page)

    def accepted() -> None:
        changes = dialog.changes()
        if changes and editing.update_entries(changes, undo_text(changes, editing.register), named=True):
            page.refresh(select_id=page.current_id())

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
