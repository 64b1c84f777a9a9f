"""Step 10: the completeness findings by step (missing before advice), then the missing translations by language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem

from ropa_desktop.ui import i18n, steps
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.pages.base import StepPage
from ropa_desktop.ui.register_texts import language_in_a_sentence
from ropa_desktop.ui.widgets import children

NOT_TRANSLATED = "text_not_translated"  # the finding of a text lacking one of the register's languages


class ReviewPage(StepPage):
    """The completeness findings, grouped by step, missing before advice, then the missing translations
    grouped by language; “Fix” opens the place.

    Thousands of findings (a large register) are listed a few hundred at a time, between which the window
    answers: the groups and the first findings show at once, the rest follow within moments.
    """

    FIX_COLUMN = 2
    AT_ONCE = 300  # findings added to the list before the window answers again
    finding_chosen = Signal(object)  # “Fix”: the window opens the step and the field of this finding

    def __init__(self, editing: EditingController) -> None:
        super().__init__(editing, steps.REVIEW)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # alone, it stays on top
        self.body.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setAccessibleName(steps.title(steps.REVIEW))
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
        self._to_list: list[tuple[QTreeWidgetItem, list]] = []  # (group, its findings not listed yet)
        self._list_more = QTimer(self)
        self._list_more.setSingleShot(True)
        self._list_more.timeout.connect(self._add_findings)
        row = QHBoxLayout()
        row.addWidget(self.detail, 1)
        row.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)

    def refresh(self) -> None:
        findings = self.editing.current_findings()
        if findings is getattr(self, "_shown", None):
            return  # the same findings as on screen: nothing to rebuild
        self._shown = findings
        self.tree.clear()
        missing = sum(1 for f in findings if f.severity == "missing")
        advice = len(findings) - missing
        if not self.editing.findings_known:  # a large register's first check is running: shown when it arrives
            self.summary.setText(QCoreApplication.translate("MainWindow", "Checking the register…"))
        elif not findings:
            self.summary.setText(
                QCoreApplication.translate("Pages", "Nothing is missing: the register has everything the law asks for.")
            )
        else:
            self.summary.setText(
                QCoreApplication.translate(
                    "Pages", "Missing: %1 · suggestions: %2. Double-click an item or press Enter to fix it."
                )
                .replace("%1", str(missing))
                .replace("%2", str(advice))
            )
        self._bold = QFont(self.tree.font())
        self._bold.setBold(True)
        self._link = QBrush(self.palette().link().color())
        self._underlined = QFont(self.tree.font())
        self._underlined.setUnderline(True)
        translations = [f for f in findings if f.code == NOT_TRANSLATED]
        groups: list[tuple[str, list]] = []
        for step in steps.STEPS:
            in_step = [f for f in findings if f.step == step and f.code != NOT_TRANSLATED]
            if in_step:
                in_step.sort(key=lambda f: 0 if f.severity == "missing" else 1)
                groups.append((f"{step}. {steps.title(step)} ({len(in_step)})", in_step))
        for code in dict.fromkeys(f.params.get("language_code", "") for f in translations):
            in_language = [f for f in translations if f.params.get("language_code", "") == code]
            in_language.sort(key=lambda f: f.step)
            # the language as the window's language names it in a sentence (“angļu”, not “English”, in Latvian)
            title = QCoreApplication.translate("Pages", "Missing translations into %1").replace(
                "%1", language_in_a_sentence(code)
            )
            groups.append((f"{title} ({len(in_language)})", in_language))
        self._to_list = []
        for title, in_group in groups:
            group = QTreeWidgetItem([title])
            group.setFont(0, self._bold)
            group.setData(0, Qt.ItemDataRole.UserRole, "")
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
            self._to_list.append((group, list(in_group)))
        self._list_more.stop()
        self._add_findings()
        first = self.finding_items()[:1]
        if first:
            self.tree.setCurrentItem(first[0])
        self.fix_button.setEnabled(bool(first))
        # nothing to list: the sentence above says so, without an empty list under it
        listed = bool(findings) or not self.editing.findings_known
        for widget in (self.tree, self.fix_button, self.detail):
            widget.setVisible(listed)

    def _add_findings(self) -> None:
        """List up to ``AT_ONCE`` more findings; the rest after the window has answered."""
        lang = i18n.current()
        missing_text = QCoreApplication.translate("Pages", "Missing")
        advice_text = QCoreApplication.translate("Pages", "Suggestion")
        fix = QCoreApplication.translate("Pages", "Fix")
        what_to_do = QCoreApplication.translate("Pages", "What to do: %1")
        missing_colour = QBrush(QColor("#8a4b00"))
        budget = self.AT_ONCE
        while self._to_list and budget > 0:
            group, in_group = self._to_list[0]
            now, rest = in_group[:budget], in_group[budget:]
            items = []
            for finding in now:
                severity = missing_text if finding.severity == "missing" else advice_text
                text = f"{severity}: {finding.message(lang)}"
                item = QTreeWidgetItem([text, finding.article, fix])
                item.setToolTip(1, finding.article_text(lang))  # “13(1)(a)” as the language cites it
                action = finding.action(lang)  # a long finding is cut in the list: the tip says it whole
                item.setToolTip(0, f"{text}\n{what_to_do.replace('%1', action)}" if action else text)
                item.setForeground(2, self._link)
                item.setFont(2, self._underlined)
                if finding.severity == "missing":
                    item.setForeground(0, missing_colour)
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                items.append(item)
            group.addChildren(items)
            budget -= len(now)
            if rest:
                self._to_list[0] = (group, rest)
            else:
                self._to_list.pop(0)
        if self._to_list:
            self._list_more.start(0)

    def listing(self) -> bool:
        """Whether findings are still being added to the list."""
        return bool(self._to_list)

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        """The chosen finding in full, with what to do about it."""
        finding = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not finding:
            self.detail.setText("")
            return
        lang = i18n.current()
        todo = QCoreApplication.translate("Pages", "What to do: %1").replace("%1", finding.action(lang))
        self.detail.setText(f"{finding.message(lang)} ({finding.article_text(lang)})\n{todo}")

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
            self.finding_chosen.emit(finding)

    def finding_items(self) -> list[QTreeWidgetItem]:
        return [item for group in children(self.tree.invisibleRootItem()) for item in children(group)]
