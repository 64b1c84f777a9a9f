"""The main window: the steps on the left, the chosen step on the right, menus and the status bar."""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop import __version__, paths
from ropa_desktop.core import interchange, labels, settings
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import EditConflict, InvalidRegister, ReadOnlyRegister, RopaError, WriteFailed
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import forms, i18n, steps
from ropa_desktop.ui.pages import CompanyPage, ListStepPage, RequestsPage, ReviewPage, StepPage
from ropa_desktop.ui.widgets import Hint

POLL_MS = 1500


class StoreCommand(QUndoCommand):
    """One edit of the register that Edit › Undo can take back (already done when pushed)."""

    def __init__(
        self,
        window: MainWindow,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(text)
        self.window = window
        self.do = do
        self.undo_ = undo
        self.merge_key = merge_key
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.window.run_undo_step(self.do)

    def undo(self) -> None:
        self.window.run_undo_step(self.undo_)

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if isinstance(other, StoreCommand) and other.merge_key == self.merge_key and self.merge_key:
            self.do = other.do
            return True
        return False


def _entry_label(entry: Any) -> str:
    if isinstance(entry, m.IdentificationRule):
        return forms.word("channel", entry.channel)
    if isinstance(entry, m.RetentionRule):
        return next(iter(entry.until_event.values()), "") or labels.period(i18n.current(), entry.period)
    name = getattr(entry, "name", None)
    return next(iter(name.values()), "") if isinstance(name, m.Text) and name else getattr(entry, "id", "")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.store: RegisterFile | None = None
        self.register = m.Register()
        self.findings: list[Any] = []
        self.revision = 0  # moves on with every change of ``register`` (what the documents are made from)
        self.read_only = False
        self._unsaved = False
        self._quiet_writes = False
        self._warned_step: int | None = None
        self._catalogue: Any = None
        self._failed_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.pages: dict[int, QWidget] = {}
        self.current_step = steps.COMPANY
        self.findings_timer = QTimer(self)
        self.findings_timer.setSingleShot(True)
        self.findings_timer.setInterval(300)
        self.findings_timer.timeout.connect(self.update_findings)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.resize(1180, 800)
        self.setMinimumSize(QSize(900, 600))
        self.build_ui()

    # ================================================================== building

    def build_ui(self) -> None:
        """Menus, steps, pages and status bar in the current language (again after a language switch)."""
        self.menuBar().clear()
        self._build_menus()
        self.pages = {}
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("steps")
        self.steps_list.setIconSize(QSize(16, 16))
        self.steps_list.setSpacing(2)
        self.steps_list.setMinimumWidth(200)
        self.steps_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        for step in steps.STEPS:
            item = QListWidgetItem(f"{step}  {steps.title(step)}")
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.steps_list.addItem(item)
        self.steps_list.currentRowChanged.connect(self._step_row_changed)

        self.banner = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "This file is open for reading only: changes cannot be saved. To work on it, save your own "
                "copy with File › Save As…",
            )
        )
        self.banner.setWordWrap(True)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fdf1d6; color: #5b3a00; border: 1px solid "
            "#e2b65c; border-radius: 3px; padding: 6px 10px; }"
        )
        self.banner.setVisible(self.read_only)
        self.stack = QStackedWidget()
        self.no_file = self._no_file_page()
        self.stack.addWidget(self.no_file)
        self.wizard_note = Hint()
        self.back_button = QPushButton(QCoreApplication.translate("MainWindow", "◀ &Back"))
        self.next_button = QPushButton(QCoreApplication.translate("MainWindow", "Ne&xt ▶"))
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        nav = QHBoxLayout()
        nav.setContentsMargins(16, 0, 16, 8)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 0, 0)
        right_layout.setSpacing(4)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(16, 0, 16, 0)
        banner_row.addWidget(self.banner)
        right_layout.addLayout(banner_row)
        right_layout.addWidget(self.stack, 1)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(16, 0, 16, 0)
        note_row.addWidget(self.wizard_note)
        right_layout.addLayout(note_row)
        right_layout.addLayout(nav)
        splitter = QSplitter()
        splitter.addWidget(self.steps_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 950])
        old = self.centralWidget()
        self.setCentralWidget(splitter)
        if old is not None:
            old.deleteLater()
        self._build_status_bar()
        self.setTabOrder(self.steps_list, self.stack)
        self._update_title()
        if self.store is not None:
            self.refresh_marks()
            self.go_to(self.current_step, force=True)
        else:
            self._show_no_file()

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        def run(_checked: bool = False) -> None:
            slot()

        action.triggered.connect(run)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.new_action = self._action(
            QCoreApplication.translate("MainWindow", "&New…"), self.new_file, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            QCoreApplication.translate("MainWindow", "&Open…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.save_as_action = self._action(
            QCoreApplication.translate("MainWindow", "Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs
        )
        file_menu.addAction(self.save_as_action)
        self.accountant_action = self._action(
            QCoreApplication.translate("MainWindow", "Prepare a &copy for the accountant…"), self.accountant_copy
        )
        file_menu.addAction(self.accountant_action)
        file_menu.addSeparator()
        self.import_action = self._action(QCoreApplication.translate("MainWindow", "&Import JSON…"), self.import_json)
        self.export_action = self._action(QCoreApplication.translate("MainWindow", "&Export JSON…"), self.export_json)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        self.restore_action = self._action(
            QCoreApplication.translate("MainWindow", "Restore from &backup…"), self.restore_backup
        )
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(QCoreApplication.translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
        # every binding of the platform (Ctrl+Z; redo: Ctrl+Shift+Z and Ctrl+Y), not only the first one
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("lv", "&Latviešu"), ("en", "&English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(lang == i18n.current())
            action.triggered.connect(lambda _c=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[lang] = action
        view_menu.addSeparator()
        self.review_action = self._action(
            QCoreApplication.translate("MainWindow", "Go to &Review"), lambda: self.go_to(steps.REVIEW), "Ctrl+R"
        )
        self.documents_action = self._action(
            QCoreApplication.translate("MainWindow", "Go to &Documents"), lambda: self.go_to(steps.DOCUMENTS), "Ctrl+P"
        )
        view_menu.addAction(self.review_action)
        view_menu.addAction(self.documents_action)

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(
            self._action(
                QCoreApplication.translate("MainWindow", "Open the ZĪMES &sample to look around"), self.open_sample
            )
        )
        help_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "&About ROPA Desktop"), self.about))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for child in getattr(self, "_status_widgets", []):
            bar.removeWidget(child)
            child.deleteLater()
        self.saved_label = QLabel()
        self.findings_label = QLabel()
        self.saved_label.setContentsMargins(6, 0, 12, 0)
        self.findings_label.setContentsMargins(12, 0, 12, 0)
        self.read_only_label = QLabel(QCoreApplication.translate("MainWindow", "Read only"))
        self.retry_button = QPushButton(QCoreApplication.translate("MainWindow", "Save again"))
        self.retry_button.clicked.connect(self.retry_save)
        self.retry_button.hide()
        self.read_only_label.setVisible(self.read_only)
        self._status_widgets = [self.saved_label, self.findings_label, self.read_only_label, self.retry_button]
        bar.addWidget(self.saved_label)
        bar.addWidget(self.findings_label)
        bar.addWidget(self.read_only_label)
        bar.addPermanentWidget(self.retry_button)

    def _no_file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        text = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "No register is open. Create a new one, open an existing file, or look around in the "
                "sample of SIA “ZĪMES”.",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        for label, slot in (
            (QCoreApplication.translate("MainWindow", "New…"), self.new_file),
            (QCoreApplication.translate("MainWindow", "Open…"), self.open_dialog),
            (QCoreApplication.translate("MainWindow", "Open the sample"), self.open_sample),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # ================================================================== steps and pages

    def catalogue(self) -> Any:
        if self._catalogue is None:
            from ropa_desktop.core import catalogue

            loader = getattr(catalogue, "load", None)
            try:
                self._catalogue = loader() if loader else False
            except (OSError, ValueError, RopaError):
                self._catalogue = False
        return self._catalogue

    def catalogue_available(self, kind: str) -> bool:
        from ropa_desktop.ui import picker

        return picker.available(self, kind)

    def open_catalogue(self, kind: str, page: ListStepPage) -> None:
        from ropa_desktop.ui import picker

        picker.open_picker(self, kind, page)

    def page(self, step: int) -> QWidget:
        if step not in self.pages:
            page = self._make_page(step)
            self.pages[step] = page
            self.stack.addWidget(page)
            page.set_editable(not self.read_only)
        return self.pages[step]

    def _make_page(self, step: int) -> StepPage:
        from ropa_desktop.ui import liststeps

        if step == steps.COMPANY:
            return CompanyPage(self)
        if step == steps.REQUESTS:
            return RequestsPage(self)
        if step == steps.REVIEW:
            return ReviewPage(self)
        if step == steps.DOCUMENTS:
            from ropa_desktop.ui.documents_page import DocumentsPage

            return DocumentsPage(self)
        return liststeps.make(self, step)

    def current_page(self) -> StepPage | None:
        page = self.pages.get(self.current_step)
        return page if isinstance(page, StepPage) and self.stack.currentWidget() is page else None

    def go_to(self, step: int, *, force: bool = False) -> bool:
        if self.store is None or step not in steps.STEPS:
            return False
        current = self.current_page()
        if current is not None and not force:
            if step == self.current_step:
                return True
            if not current.flush():
                self._select_step_row(self.current_step)
                return False
        if step != self._warned_step:
            self.wizard_note.show_text("")
        self.current_step = step
        page = self.page(step)
        page.refresh()
        self.stack.setCurrentWidget(page)
        self._select_step_row(step)
        self.back_button.setEnabled(step > steps.STEPS[0])
        self.next_button.setEnabled(step < steps.STEPS[-1])
        self._tab_order_through(page)
        return True

    def _tab_order_through(self, page: QWidget) -> None:
        """Tab goes from the steps to the page's fields, then Back and Next (pages are made after the buttons)."""
        last = None
        widget = self.steps_list.nextInFocusChain()
        while widget is not self.steps_list and widget is not None:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and page.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            QWidget.setTabOrder(last, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)

    def _step_row_changed(self, row: int) -> None:
        self.go_to(row + 1)

    def _select_step_row(self, step: int) -> None:
        self.steps_list.blockSignals(True)
        self.steps_list.setCurrentRow(step - 1)
        self.steps_list.blockSignals(False)

    def previous_step(self) -> None:
        self.go_to(self.current_step - 1)

    def next_step(self) -> None:
        page = self.current_page()
        if page is not None and not page.flush():
            return
        self.update_findings()
        step = self.current_step
        missing = [f for f in self.findings if getattr(f, "step", None) == step and f.severity == "missing"]
        if missing and self._warned_step != step:
            self._warned_step = step
            lang = i18n.current()
            lines = [f"• {f.message(lang)}" for f in missing[:5]]
            if len(missing) > 5:
                lines.append(
                    QCoreApplication.translate("MainWindow", "…and %1 more (see Review).").replace(
                        "%1", str(len(missing) - 5)
                    )
                )
            self.wizard_note.show_text(
                "\n".join(
                    [
                        QCoreApplication.translate("MainWindow", "This step still lacks:"),
                        *lines,
                        QCoreApplication.translate(
                            "MainWindow", "Fill it in now, or press Next again to go on; you can come back at any time."
                        ),
                    ]
                )
            )
            return
        self._warned_step = None
        self.go_to(step + 1)

    def open_finding(self, finding: Any) -> None:
        step = getattr(finding, "step", None) or steps.REVIEW
        if not self.go_to(step):
            return
        page = self.current_page()
        if page is None:
            return
        entity = getattr(finding, "entity", "") or ""
        entity_id = getattr(finding, "entity_id", "") or ""
        kind = getattr(page, "kind", None)
        if kind is not None and entity != kind:
            entity_id = ""
        page.focus_field(entity_id, getattr(finding, "field", "") or "")

    # ================================================================== marks, findings, status

    def update_findings(self) -> None:
        self.findings_timer.stop()
        if self.store is None:
            self.findings = []
        else:
            from ropa_desktop.core import completeness

            self.findings = list(completeness.check(self.register))
        self.refresh_marks()
        review = self.pages.get(steps.REVIEW)
        if review is not None and self.current_step == steps.REVIEW:
            review.refresh()

    def refresh_marks(self) -> None:
        from ropa_desktop.core import completeness

        status = completeness.step_status(self.register, self.findings) if self.store is not None else {}
        for step in steps.STEPS:
            item = self.steps_list.item(step - 1)
            if step == steps.REVIEW:
                count = len(self.findings)
                item.setIcon(steps.mark_icon("warning" if count else "ok"))
                item.setText(f"{step}  {steps.title(step)}" + (f" ({count})" if count else ""))
            else:
                state = status.get(step) if step != steps.DOCUMENTS else None
                item.setIcon(steps.mark_icon(state))
                tip = {
                    steps.COMPLETE: QCoreApplication.translate("MainWindow", "Complete"),
                    steps.INCOMPLETE: QCoreApplication.translate("MainWindow", "Incomplete"),
                    steps.EMPTY: QCoreApplication.translate("MainWindow", "Empty"),
                }.get(state or "", "")
                item.setToolTip(tip)
        missing = sum(1 for f in self.findings if f.severity == "missing")
        if self.store is None:
            self.findings_label.setText("")
        elif missing:
            self.findings_label.setText(
                QCoreApplication.translate("MainWindow", "Missing items: %1").replace("%1", str(missing))
            )
        elif self.findings:
            self.findings_label.setText(
                QCoreApplication.translate("MainWindow", "Nothing missing · advice: %1").replace(
                    "%1", str(len(self.findings))
                )
            )
        else:
            self.findings_label.setText(QCoreApplication.translate("MainWindow", "Nothing missing"))

    def _update_title(self) -> None:
        base = QCoreApplication.translate("MainWindow", "Record of processing activities")
        if self.store is None:
            self.setWindowTitle(f"{paths.APP_NAME} — {base}")
            return
        title = f"{self.store.path.name} — {base}"
        if self.read_only:
            title += " " + QCoreApplication.translate("MainWindow", "(read only)")
        self.setWindowTitle(title)

    def _saved_now(self) -> None:
        self.revision += 1
        self._unsaved = False
        self.retry_button.hide()
        stamp = _dt.datetime.now().strftime("%H:%M")
        self.saved_label.setText(QCoreApplication.translate("MainWindow", "Saved at %1").replace("%1", stamp))
        self.findings_timer.start()

    def _mark_unsaved(self) -> None:
        self._unsaved = True
        self.saved_label.setText(QCoreApplication.translate("MainWindow", "Your last change is not saved yet"))
        self.retry_button.show()

    def retry_save(self) -> None:
        page = self.current_page()
        if page is not None and page.flush():
            self._unsaved = False
            self.retry_button.hide()

    # ================================================================== writing

    def write(self, fn: Callable[[], Any]) -> tuple[bool, Any]:
        """Run one write; on failure tell the user, keep the edit on screen and return (False, None)."""
        if self.store is None or self.read_only:
            return False, None
        lang = i18n.current()
        while True:
            try:
                result = fn()
            except EditConflict as exc:
                # Someone else saved the same fields meanwhile: show their version; retrying would not help.
                QMessageBox.information(
                    self, QCoreApplication.translate("MainWindow", "Changed by someone else"), exc.message(lang)
                )
                self.after_structure_change()
                return False, None
            except WriteFailed as exc:
                if self._quiet_writes:
                    return False, None
                answer = QMessageBox.warning(
                    self,
                    QCoreApplication.translate("MainWindow", "The change could not be saved"),
                    exc.message(lang),
                    QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Retry,
                )
                if answer == QMessageBox.StandardButton.Retry:
                    continue
                self._mark_unsaved()
                return False, None
            except ReadOnlyRegister as exc:
                QMessageBox.warning(
                    self, QCoreApplication.translate("MainWindow", "The file can only be read"), exc.message(lang)
                )
                self.set_read_only(True)
                return False, None
            except InvalidRegister as exc:
                QMessageBox.warning(
                    self, QCoreApplication.translate("MainWindow", "The change could not be saved"), exc.message(lang)
                )
                return False, None
            except RopaError as exc:
                QMessageBox.critical(
                    self, QCoreApplication.translate("MainWindow", "The change could not be saved"), exc.message(lang)
                )
                self._mark_unsaved()
                return False, None
            self._saved_now()
            return True, result

    def run_undo_step(self, fn: Callable[[], Any]) -> None:
        page = self.current_page()
        if page is not None:
            page.flush()
        ok, _ = self.write(fn)
        if ok:
            self.after_structure_change()

    def _replace_in_memory(self, entry: Any) -> None:
        items = self.register.items(entry.KIND)
        for i, old in enumerate(items):
            if old.id == entry.id:
                items[i] = entry
                return

    def update_entry(self, old: Any, new: Any, source: StepPage | None = None) -> bool:
        # Only the fields the user changed are written (onto what the file holds now), and undo takes back
        # only those: another person's changes to the same entry are kept.
        def do() -> None:
            self.store.update(new, base=old)
            self._replace_in_memory(self.store.get(new.KIND, new.id))

        def undo() -> None:
            self.store.update(old, base=new)
            self._replace_in_memory(self.store.get(old.KIND, old.id))

        ok, _ = self.write(do)
        if ok:
            text = QCoreApplication.translate("MainWindow", "Change “%1”").replace("%1", _entry_label(new))
            self.undo_stack.push(StoreCommand(self, text, do, undo, (new.KIND, new.id)))
            self._refresh_other_pages(source)
        return ok

    def set_organisation(self, old: m.Organisation, new: m.Organisation, source: StepPage | None = None) -> bool:
        text = QCoreApplication.translate("MainWindow", "Change company details")
        ok = self._set_part("organisation", old, new, text)
        if ok:
            self._update_title()
        return ok

    def set_document_settings(self, old: m.DocumentSettings, new: m.DocumentSettings) -> bool:
        return self._set_part(
            "document_settings", old, new, QCoreApplication.translate("MainWindow", "Change document details")
        )

    def _set_part(self, name: str, old: Any, new: Any, undo_text: str) -> bool:
        """Save the organisation or the document settings (only the fields changed since ``old``), undoably."""

        def apply(value: Any, base: Any) -> None:
            getattr(self.store, f"set_{name}")(value, base=base)
            setattr(self.register, name, getattr(self.store, name)())

        ok, _ = self.write(lambda: apply(new, old))
        if ok:
            command = StoreCommand(self, undo_text, lambda: apply(new, old), lambda: apply(old, new), (name,))
            self.undo_stack.push(command)
        return ok

    def add_entries(self, entries: list[Any], text: str = "") -> list[Any]:
        """Add entries (one undo step for all); returns the stored ones."""
        stored: list[Any] = []

        def do() -> None:
            for entry in entries if not stored else list(stored):
                result = self.store.add(entry)
                if len(stored) < len(entries):
                    stored.append(result)

        ok, _ = self.write(do)
        if not ok:
            for entry in stored:  # a partial batch is taken back so one undo step stays one step
                self.write(lambda e=entry: self.store.delete(e.KIND, e.id))
            return []

        def undo() -> None:
            for entry in reversed(stored):
                self.store.delete(entry.KIND, entry.id)

        def redo() -> None:
            for entry in stored:
                self.store.add(entry)

        label = text or QCoreApplication.translate("MainWindow", "Add “%1”").replace(
            "%1", ", ".join(_entry_label(e) for e in stored)
        )
        self.undo_stack.push(StoreCommand(self, label, redo, undo))
        self.after_structure_change(refresh_current=False)
        return stored

    def delete_entry(self, kind: str, entry_id: str) -> bool:
        deletions: list[Any] = []
        entry = self.register.find(kind, entry_id)

        ok, _ = self.write(lambda: deletions.append(self.store.delete(kind, entry_id)))
        if not ok:
            return False

        def undo() -> None:
            self.store.restore(deletions.pop())

        def redo() -> None:
            deletions.append(self.store.delete(kind, entry_id))

        label = QCoreApplication.translate("MainWindow", "Delete “%1”").replace("%1", _entry_label(entry))
        self.undo_stack.push(StoreCommand(self, label, redo, undo))
        self.after_structure_change(refresh_current=False)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Deleted “%1”. Undo with Ctrl+Z.").replace(
                "%1", _entry_label(entry)
            ),
            8000,
        )
        return True

    def after_structure_change(self, refresh_current: bool = True) -> None:
        """Entries were added, deleted or restored: read the register again and show it."""
        self.register = self.store.load()
        self.revision += 1
        if refresh_current:
            page = self.current_page()
            if page is not None:
                page.refresh()
        self.update_findings()

    def _refresh_other_pages(self, source: StepPage | None) -> None:
        page = self.current_page()
        if page is not None and page is not source:
            page.refresh()

    # ================================================================== files

    def start(self, path: Path | None) -> None:
        """Open ``path``, or the default register (made if there is none yet)."""
        if path is not None:
            self.open_file(Path(path))
            return
        default = paths.default_register_path()
        if not default.exists():
            try:
                RegisterFile.create(default, m.Register(languages=[i18n.current()])).close()
            except RopaError as exc:
                self._error(QCoreApplication.translate("MainWindow", "The register could not be created"), exc)
                return
        self.open_file(default)

    def open_file(self, path: Path, read_only: bool = False) -> bool:
        path = Path(path)
        page = self.current_page()
        if page is not None and not page.flush():
            return False
        try:
            store = RegisterFile.open(path, read_only=read_only)
        except RopaError as exc:
            self._remember_failed(path, exc)
            self._error(QCoreApplication.translate("MainWindow", "The file cannot be opened"), exc)
            return False
        try:
            register = store.load()
        except RopaError as exc:
            store.close()
            self._remember_failed(path, exc)
            self._error(QCoreApplication.translate("MainWindow", "The file cannot be opened"), exc)
            return False
        if self.store is not None:
            self.store.close()
        self.store = store
        self.register = register
        self.revision += 1
        self.undo_stack.clear()
        self._warned_step = None
        s = settings.load()
        recent = list(s.recent_files)
        s.add_recent(str(path.resolve()))
        if s.recent_files != recent:  # no disk write at start when nothing changed
            settings.save(s)
        # The day's first backup copy is made once the window is up, not before it is painted.
        QTimer.singleShot(0, self._daily_backup)
        self._failed_path = None
        self.set_read_only(store.read_only)
        for old in list(self.pages.values()):
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages = {}
        self._update_title()
        self.update_findings()
        start = steps.COMPANY if self._is_new(register) else self.current_step
        self.go_to(start, force=True)
        self.saved_label.setText(QCoreApplication.translate("MainWindow", "Opened %1").replace("%1", path.name))
        self.poll_timer.start()
        return True

    def _remember_failed(self, path: Path, exc: RopaError) -> None:
        """A damaged file can be put right from its backups (File › Restore from backup…)."""
        from ropa_desktop.core.errors import DamagedFile

        if isinstance(exc, DamagedFile):
            self._failed_path = path
            if self.store is None:
                self.restore_action.setEnabled(True)

    @staticmethod
    def _is_new(register: m.Register) -> bool:
        return not register.organisation.name and not any(register.items(k) for k in m.LIST_KINDS)

    def _daily_backup(self) -> None:
        from ropa_desktop.core.storage import daily_backup

        if self.store is None:  # the window was closed before it got this far
            return
        with contextlib.suppress(RopaError, OSError):  # a missing backup must not stop the work
            daily_backup(self.store)

    def _show_no_file(self) -> None:
        self.stack.setCurrentWidget(self.no_file)
        for action in (
            self.save_as_action,
            self.accountant_action,
            self.import_action,
            self.export_action,
            self.restore_action,
            self.review_action,
            self.documents_action,
        ):
            action.setEnabled(False)
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.steps_list.setEnabled(False)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.banner.setVisible(read_only)
        self.read_only_label.setVisible(read_only)
        self.steps_list.setEnabled(True)
        for action in (
            self.save_as_action,
            self.accountant_action,
            self.export_action,
            self.review_action,
            self.documents_action,
        ):
            action.setEnabled(True)
        self.import_action.setEnabled(not read_only)
        self.restore_action.setEnabled(not read_only)
        for page in self.pages.values():
            if isinstance(page, StepPage):
                page.set_editable(not read_only)
        self._readable_when_locked(read_only)
        self._update_title()

    def _readable_when_locked(self, read_only: bool) -> None:
        """A read-only register is read, not edited: its locked fields keep the normal text colour.

        (Buttons keep their greyed look, so it stays clear that nothing can be changed.)
        """
        palette = QApplication.palette(self.stack)
        if read_only:
            for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
                palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
        self.stack.setPalette(palette)

    def _error(self, title: str, exc: RopaError) -> None:
        QMessageBox.critical(self, title, exc.message(i18n.current()))

    def _file_filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "Register files (*.ropa *.sqlite *.db);;All files (*)")

    def _start_dir(self) -> str:
        return str(self.store.path.parent) if self.store is not None else str(Path.home())

    def new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "New register"),
            str(Path(self._start_dir()) / f"register{paths.REGISTER_SUFFIX}"),
            self._file_filter(),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(paths.REGISTER_SUFFIX)
        if self.store is not None and path.resolve() == self.store.path.resolve():
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "New register"),
                QCoreApplication.translate("MainWindow", "This file is open now. Choose another name."),
            )
            return
        try:
            RegisterFile.create(path, m.Register(languages=[i18n.current()]), overwrite=True).close()
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The register could not be created"), exc)
            return
        self.current_step = steps.COMPANY
        self.open_file(path)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open a register"), self._start_dir(), self._file_filter()
        )
        if name:
            self.open_file(Path(name))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.load().recent_files
        if not recent:
            action = self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none yet)"))
            action.setEnabled(False)
            return
        for i, name in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{i} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self._open_recent(n))

    def _open_recent(self, name: str) -> None:
        self.open_file(Path(name))

    def _ask_copy_path(self, title: str, suggested: str) -> Path | None:
        """Save what is being typed, then ask where a copy of the register goes (None: cancelled)."""
        if self.store is None:
            return None
        page = self.current_page()
        if page is not None and not page.flush():
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(Path(self._start_dir()) / suggested), self._file_filter()
        )
        if not name:
            return None
        path = Path(name)
        return path.with_suffix(paths.REGISTER_SUFFIX) if not path.suffix else path

    def save_as(self) -> None:
        path = self._ask_copy_path(
            QCoreApplication.translate("MainWindow", "Save a copy as"), self.store.path.name if self.store else ""
        )
        if path is None or path.resolve() == self.store.path.resolve():
            return
        try:
            self.store.save_as(path)
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The copy could not be saved"), exc)
            return
        self.open_file(path)

    def suggested_copy_name(self) -> str:
        from ropa_desktop.core.storage import accountant_copy_name

        return accountant_copy_name(self.register.organisation.name)

    def accountant_copy(self) -> None:
        path = self._ask_copy_path(
            QCoreApplication.translate("MainWindow", "Prepare a copy for the accountant"),
            self.suggested_copy_name() if self.store else "",
        )
        if path is None:
            return
        if path.resolve() == self.store.path.resolve():
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Prepare a copy for the accountant"),
                QCoreApplication.translate("MainWindow", "This file is open now. Choose another name."),
            )
            return
        try:
            self.store.compact_copy(path)
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The copy could not be saved"), exc)
            return
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "Prepare a copy for the accountant"),
            QCoreApplication.translate(
                "MainWindow",
                "The copy is ready: %1\nIt holds the register as it is now and nothing that was deleted "
                "before. Send this file to your accountant, who can open it with ROPA Desktop.",
            ).replace("%1", str(path)),
        )

    def import_json(self) -> None:
        if self.store is None or self.read_only:
            return
        page = self.current_page()
        if page is not None and not page.flush():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import a JSON register"),
            self._start_dir(),
            QCoreApplication.translate("MainWindow", "JSON registers (*.json);;All files (*)"),
        )
        if not name:
            return
        title = QCoreApplication.translate("MainWindow", "Import a JSON register")
        try:
            register = interchange.read(name)
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The file cannot be imported"), exc)
            return
        answer = QMessageBox.question(
            self,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "Replace everything in this register with the content of “%1”? A backup copy of the "
                "register as it is now is kept first.",
            ).replace("%1", Path(name).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._replace_all(register, "before-import")

    def _replace_all(self, register: m.Register, reason: str) -> bool:
        ok, _ = self.write(lambda: self.store.backup(reason))
        if not ok:
            return False
        ok, _ = self.write(lambda: self.store.replace_all(register))
        if ok:
            self.undo_stack.clear()
            self.after_structure_change()
        return ok

    def export_json(self) -> None:
        if self.store is None:
            return
        page = self.current_page()
        if page is not None and not page.flush():
            return
        stem = self.store.path.stem
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Export as JSON"),
            str(Path(self._start_dir()) / f"{stem}.register.json"),
            QCoreApplication.translate("MainWindow", "JSON registers (*.json);;All files (*)"),
        )
        if not name:
            return
        try:
            interchange.write(self.store.load(), name)
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The register could not be exported"), exc)
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exported to %1").replace("%1", name), 8000
        )

    def restore_backup(self) -> None:
        """Choose one of the automatic copies and put it in place (of the open file, or of one that failed)."""
        from ropa_desktop.core.storage import list_backups
        from ropa_desktop.ui.backups import BackupDialog

        target = self.store.path if self.store is not None else self._failed_path
        if target is None or (self.store is not None and self.read_only):
            return
        page = self.current_page()
        if page is not None and not page.flush():
            return
        dialog = BackupDialog(list_backups(target), target.name, self)
        dialog.accepted.connect(lambda: self._restore(target, dialog.chosen()))
        dialog.open()

    def _restore(self, target: Path, backup: str) -> None:
        from ropa_desktop.core.storage import restore_backup

        if not backup:
            return
        if self.store is not None:
            ok, _ = self.write(lambda: restore_backup(backup, self.store))
            if ok:
                self.undo_stack.clear()
                self.after_structure_change()
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "The register was restored from the backup."), 8000)
            return
        try:
            restore_backup(backup, target)
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The backup could not be restored"), exc)
            return
        self.open_file(target)

    def open_sample(self) -> None:
        target = paths.data_dir() / "samples" / f"ZIMES{paths.REGISTER_SUFFIX}"
        try:
            register = interchange.read(paths.sample_path("zimes"))
            RegisterFile.create(target, register, overwrite=True).close()
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The sample cannot be opened"), exc)
            return
        self.open_file(target)

    def about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About ROPA Desktop"),
            QCoreApplication.translate(
                "MainWindow",
                "ROPA Desktop %1\n\nThe record of processing activities (GDPR Art. 30), the privacy "
                "notice and the forms of a small company, kept offline in one file.",
            ).replace("%1", __version__),
        )

    # ================================================================== language, polling, closing

    def set_language(self, lang: str) -> None:
        page = self.current_page()
        if page is not None and not page.flush():
            return
        s = settings.load()
        s.language = lang
        settings.save(s)
        if lang == i18n.current():
            return
        i18n.install(lang)
        self.build_ui()
        self.set_read_only(self.read_only) if self.store is not None else None

    def poll(self) -> None:
        if self.store is None:
            return
        page = self.current_page()
        if self._unsaved and page is not None:
            self._quiet_writes = True
            try:
                page.flush()
            finally:
                self._quiet_writes = False
            if self._unsaved:
                return
        if not self.store.changed_elsewhere():
            return
        if page is not None and not page.flush():
            return
        try:
            self.register = self.store.load()
            self.revision += 1
        except RopaError as exc:
            self._error(QCoreApplication.translate("MainWindow", "The file cannot be read"), exc)
            self.poll_timer.stop()
            return
        self.undo_stack.clear()
        if page is not None:
            page.refresh()
        self.update_findings()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "The file was changed by another program; the window shows the new content."
            ),
            10000,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        page = self.current_page()
        if page is not None and not page.flush():
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("MainWindow", "The change could not be saved"),
                QCoreApplication.translate(
                    "MainWindow", "Your last change could not be saved. Close anyway and lose it?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.poll_timer.stop()
        if self.store is not None:
            self.store.close()
            self.store = None
        event.accept()
