"""The main window: the steps on the left, the chosen step on the right, menus and the status bar.

A shell: the open register and every change to it belong to the editing controller (``editing.py``),
the File menu's work to ``file_actions.py``, the steps' content to ``pages/``.  The window builds the
menus and the step list, moves between the steps and shows what the controller reports.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # Qt's values as QtCore.Qt.…: see qt_keys
from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
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
from ropa_desktop.core import languages, settings
from ropa_desktop.ui import folders, i18n, steps
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.file_actions import FileActions
from ropa_desktop.ui.handlers import qt_handler
from ropa_desktop.ui.logs.window import Logs
from ropa_desktop.ui.pages import make_page
from ropa_desktop.ui.pages.base import StepPage
from ropa_desktop.ui.qt_keys import set_shortcut
from ropa_desktop.ui.widgets import Hint, next_in_focus_chain

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from ropa_desktop.ui.start_page import StartPage


def _coordinate(value: object) -> int:
    """A remembered coordinate or size; 0 (not used: see ``restore_layout``) for anything the settings file
    should not hold."""
    return value if type(value) is int and abs(value) < 1_000_000 else 0


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one file of this computer (or a network share) that is being dragged, else None (several files, a
    web link, text)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


DESIGN_SIZE = QSize(1180, 800)  # the size the window opens at where the screen has room for it
MINIMUM_SIZE = QSize(900, 600)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.editing = EditingController(self)
        self.file_actions = FileActions(self.editing, self)
        self.logs = Logs(self, self.editing)
        self.pages: dict[int, StepPage] = {}
        self.current_step = steps.COMPANY
        self._warned_step: int | None = None
        self.editing.opened.connect(self._opened)
        self.editing.reloaded.connect(self._refresh_current_page)
        self.editing.entry_saved.connect(self._entry_saved)
        self.editing.findings_changed.connect(self._findings_changed)
        self.editing.saved.connect(self._saved)
        self.editing.unsaved.connect(self._unsaved)
        self.editing.read_only_changed.connect(self.set_read_only)
        self.editing.damaged_file.connect(lambda: self.restore_action.setEnabled(True))
        self.editing.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.file_actions.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self._maximise = False
        self._save_note = ("", "")  # what the status bar says of saving: ("opened" | "saved" | "unsaved", detail)
        self.resize(DESIGN_SIZE)
        self.setMinimumSize(MINIMUM_SIZE)
        self.setAcceptDrops(True)  # a register file dragged onto the window (an e-mail's attachment) is opened
        self.build_ui()

    # ================================================================== building

    def build_ui(self) -> None:
        """Menus, steps, pages and status bar in the current language (again after a language switch)."""
        self._drop_menus()
        self._build_menus()
        self.pages = {}
        self.editing.active = None
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("steps")
        self.steps_list.setIconSize(QSize(16, 16))
        self.steps_list.setSpacing(2)
        self.steps_list.setMinimumWidth(200)
        self.steps_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        for step in steps.STEPS:
            self.steps_list.addItem(QListWidgetItem(f"{step}  {steps.title(step)}"))  # row + 1 is the step
        self.steps_list.currentRowChanged.connect(lambda row: self.go_to(row + 1))

        self.banner = QLabel(self._read_only_text())
        self.banner.setWordWrap(True)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fdf1d6; color: #5b3a00; border: 1px solid "
            "#e2b65c; border-radius: 3px; padding: 6px 10px; }"
        )
        self.banner.setVisible(self.editing.read_only)
        self.stack = QStackedWidget()
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
        for widget, stretch in ((self.banner, 0), (self.stack, 1), (self.wizard_note, 0)):
            if widget is self.stack:
                right_layout.addWidget(widget, stretch)
                continue
            row = QHBoxLayout()
            row.setContentsMargins(16, 0, 16, 0)
            row.addWidget(widget)
            right_layout.addLayout(row)
        right_layout.addLayout(nav)
        old_splitter = getattr(self, "splitter", None)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.steps_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([230, 950])
        if old_splitter is not None:  # a language switch keeps where the person put the divider
            self.splitter.restoreState(old_splitter.saveState())
        self._start_page: StartPage | None = None  # made when first shown (a start that opens a file needs none)
        self.central = QStackedWidget()  # the steps while a register is open, else the start page
        self.central.addWidget(self.splitter)
        old = self.centralWidget()
        self.setCentralWidget(self.central)
        if old is not None:
            old.deleteLater()
        self._build_status_bar()
        self.setTabOrder(self.steps_list, self.stack)
        self._update_title()
        if self.editing.store is not None:
            self._refresh_marks()
            self.go_to(self.current_step, force=True)
        else:
            self._show_no_file()

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)

        def run(_checked: bool = False) -> None:
            slot()

        action.triggered.connect(run)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        return action

    def _drop_menus(self) -> None:
        """The menus and their actions in the language before go (each switch kept a set more, and its Undo and
        Redo followed every change)."""
        bar = self.menuBar()
        if not bar.actions():  # the first build: none yet (and Qt's enums wait for the first paint: see qt_keys)
            return
        direct = QtCore.Qt.FindChildOption.FindDirectChildrenOnly
        old = [
            *(action.menu() for action in bar.actions() if action.menu() is not None),  # (not the bar's own »)
            *self.findChildren(QAction, options=direct),
            *self.findChildren(QActionGroup, options=direct),
        ]
        bar.clear()
        for part in old:
            part.deleteLater()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        files = self.file_actions
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.new_action = self._action(
            QCoreApplication.translate("MainWindow", "&New…"), files.new_file, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            QCoreApplication.translate("MainWindow", "&Open…"), files.open_dialog, QKeySequence.StandardKey.Open
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent(self.recent_menu))
        # where the open register lives, said in the menu; choosing it shows that folder
        self.folder_action = self._action("", self._open_register_folder)
        file_menu.addAction(self.folder_action)
        file_menu.addSeparator()
        self.save_as_action = self._action(
            QCoreApplication.translate("MainWindow", "Save &As…"), files.save_as, QKeySequence.StandardKey.SaveAs
        )
        file_menu.addAction(self.save_as_action)
        self.accountant_action = self._action(
            QCoreApplication.translate("MainWindow", "Prepare a &copy for the accountant…"), files.accountant_copy
        )
        file_menu.addAction(self.accountant_action)
        self.print_action = self._action(
            QCoreApplication.translate("MainWindow", "Prin&t…"), self._print_document, QKeySequence.StandardKey.Print
        )
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.import_action = self._action(QCoreApplication.translate("MainWindow", "&Import JSON…"), files.import_json)
        self.export_action = self._action(QCoreApplication.translate("MainWindow", "&Export JSON…"), files.export_json)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        self.restore_action = self._action(
            QCoreApplication.translate("MainWindow", "Restore from &backup…"), files.restore_backup
        )
        file_menu.addAction(self.restore_action)
        self.erase_action = self._action(
            QCoreApplication.translate("MainWindow", "Erase a &person’s data everywhere…"), files.erase_person
        )
        file_menu.addAction(self.erase_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(QCoreApplication.translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        undo_stack = self.editing.undo_stack
        self.undo_action = undo_stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
        # every binding of the platform (Ctrl+Z; redo: Ctrl+Shift+Z and Ctrl+Y), not only the first one
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        # what is being typed is saved first: Undo then takes it back, and the typing is not left on screen to be
        # saved after the pause onto what the undo changed (which said "Changed by someone else")
        for action, undo in ((self.undo_action, True), (self.redo_action, False)):
            action.triggered.disconnect()
            action.triggered.connect(functools.partial(self._after_flush, undo))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in languages.WINDOW_CODES:
            action = QAction("&" + languages.get(code).native_name, self)
            action.setCheckable(True)
            action.setChecked(code == i18n.current())
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        view_menu.addSeparator()
        self.review_action = self._action(
            QCoreApplication.translate("MainWindow", "Go to &Review"), lambda: self.go_to(steps.REVIEW), "Ctrl+R"
        )
        self.documents_action = self._action(
            QCoreApplication.translate("MainWindow", "Go to &Documents"), lambda: self.go_to(steps.DOCUMENTS), "Ctrl+D"
        )
        view_menu.addAction(self.review_action)
        view_menu.addAction(self.documents_action)

        self.logs.build_menu()
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(
            self._action(QCoreApplication.translate("MainWindow", "Open the ZĪMES &example"), files.open_sample)
        )
        help_menu.addAction(
            self._action(
                QCoreApplication.translate("MainWindow", "Open a &complete example"), files.open_complete_example
            )
        )
        help_menu.addAction(self._action(QCoreApplication.translate("MainWindow", "&About ROPA Desktop"), self.about))

    def _after_flush(self, undo: bool, _checked: bool = False) -> None:
        """Undo (``undo``) or redo once what is being typed is saved (nothing when it could not be), and say in
        the status bar what was taken back or done again: it may be on another step than the one in view, and
        the note left by a deletion (“… Undo with Ctrl+Z.”) is no longer true."""
        if not self.editing.flush():
            return
        stack = self.editing.undo_stack
        text = stack.undoText() if undo else stack.redoText()
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        if undo:
            stack.undo()
        else:
            stack.redo()
        if self.editing.undo_step_refused:  # the person was told why
            self.statusBar().clearMessage()
            return
        said = (
            QCoreApplication.translate("MainWindow", "Undone: %1.")
            if undo
            else QCoreApplication.translate("MainWindow", "Redone: %1.")
        )
        # an undo of many entries added at once names them all: shortened in the middle to the status bar's width,
        # so that both what was done and to what stay in sight
        bar = self.statusBar()
        message = bar.fontMetrics().elidedText(
            said.replace("%1", text), QtCore.Qt.TextElideMode.ElideMiddle, max(bar.width() - 24, 200)
        )
        bar.showMessage(message, 8000)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for child in getattr(self, "_status_widgets", []):
            bar.removeWidget(child)
            child.deleteLater()
        self.saved_label = QLabel()
        self.findings_label = QLabel()
        self.saved_label.setContentsMargins(6, 0, 12, 0)
        self.findings_label.setContentsMargins(12, 0, 12, 0)
        self.read_only_label = QLabel(QCoreApplication.translate("MainWindow", "Read-only"))
        self.retry_button = QPushButton(QCoreApplication.translate("MainWindow", "Save again"))
        self.retry_button.clicked.connect(self._retry_save)
        self.retry_button.hide()
        self.read_only_label.setVisible(self.editing.read_only)
        self._status_widgets = [self.saved_label, self.findings_label, self.read_only_label, self.retry_button]
        bar.addWidget(self.saved_label)
        bar.addWidget(self.findings_label)
        bar.addWidget(self.read_only_label)
        bar.addPermanentWidget(self.retry_button)
        self._show_save_note()  # (again in the new language: a language switch left it empty)

    def _show_save_note(self) -> None:
        """Say in the status bar when the register was opened or last saved, or that the last change is not."""
        kind, value = self._save_note
        texts = {
            "opened": QCoreApplication.translate("MainWindow", "Opened %1"),
            "saved": QCoreApplication.translate("MainWindow", "Saved at %1"),
            "unsaved": QCoreApplication.translate("MainWindow", "Your last change is not saved yet"),
        }
        self.saved_label.setText(texts[kind].replace("%1", value) if kind in texts else "")
        self.retry_button.setVisible(kind == "unsaved")

    # ================================================================== on the screen

    def _available(self) -> QRect:
        """The part of the screen a window may take (without task bars and docks)."""
        return self.screen().availableGeometry()

    def restore_layout(self) -> None:
        """Size, position, divider and step as they were when the window was last closed.

        The first time (or when that place does not fit the screens now), the window opens at its design
        size, centred, where the screen has room for it, else maximised.
        """
        state = settings.load().window
        available = self._available()
        place = QRect(*(_coordinate(state.get(k)) for k in ("x", "y", "width", "height")))
        fits = place.width() >= MINIMUM_SIZE.width() and place.height() >= MINIMUM_SIZE.height()
        if fits and available.contains(place):
            self.resize(place.size())
            self.move(place.topLeft())
            self._maximise = bool(state.get("maximised", 0))
        else:
            self._maximise = available.width() < DESIGN_SIZE.width() or available.height() < DESIGN_SIZE.height()
            size = DESIGN_SIZE.boundedTo(available.size()).expandedTo(MINIMUM_SIZE)
            self.resize(size)
            self.move(available.center() - QRect(QPoint(0, 0), size).center())
        splitter = QByteArray.fromBase64(str(state.get("splitter", "")).encode("ascii", "replace"))
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        step = state.get("step")
        if isinstance(step, int) and step in steps.STEPS:
            self.current_step = step

    def show_on_screen(self) -> None:
        if self._maximise:
            self.showMaximized()
        else:
            self.show()

    def _remember_layout(self) -> None:
        if self.isMaximized():
            # the size it has when not maximised, placed as move() places it: by its frame, not its inside
            normal = self.normalGeometry()
            frame = self.geometry().topLeft() - self.pos()  # the title bar and the border
            place = QRect(normal.topLeft() - frame, normal.size())
        else:
            place = QRect(self.pos(), self.size())
        s = settings.load()
        s.window = {
            "x": place.x(),
            "y": place.y(),
            "width": place.width(),
            "height": place.height(),
            "maximised": int(self.isMaximized()),
            "splitter": self.splitter.saveState().toBase64().toStdString(),  # (Base64: ASCII)
            "step": self.current_step,
        }
        settings.save(s)

    # ================================================================== opening (File menu: file_actions.py)

    def start(self, path: Path | None) -> bool:
        """Open ``path``, else the register used last; the start page when there is none."""
        return self.file_actions.start(path)

    def open_file(self, path: Path, read_only: bool = False) -> bool:
        return self.editing.open(Path(path), read_only=read_only)

    def _opened(self) -> None:
        """Another register is open: its pages are made afresh, a new one starts at the first step."""
        self._warned_step = None
        self.editing.active = None
        for old in list(self.pages.values()):
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages = {}
        self._update_title()
        self.central.setCurrentWidget(self.splitter)
        self._refresh_marks()
        new = self.editing.is_new()
        self.go_to(steps.COMPANY if new else self.current_step, force=True)
        page = self.current_page()
        if new and page is not None and not self.editing.read_only:  # the cursor where filling in begins
            page.focus_field("organisation", "name")  # (the company's name)
        self._save_note = ("opened", self.editing.open_store.path.name)
        self._show_save_note()

    # ================================================================== steps and pages

    def page(self, step: int) -> StepPage:
        if step not in self.pages:
            page = make_page(self.editing, step)
            if hasattr(page, "finding_chosen"):
                page.finding_chosen.connect(self.open_finding)
            self.pages[step] = page
            self.stack.addWidget(page)
            page.set_editable(not self.editing.read_only)
        return self.pages[step]

    def current_page(self) -> StepPage | None:
        page = self.pages.get(self.current_step)
        return page if page is not None and self.stack.currentWidget() is page else None

    def go_to(self, step: int, *, force: bool = False) -> bool:
        if self.editing.store is None or step not in steps.STEPS:
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
        self.editing.active = page
        self._select_step_row(step)
        self.back_button.setEnabled(step > steps.STEPS[0])
        self.next_button.setEnabled(step < steps.STEPS[-1])

        def order_tab() -> None:
            if page is self.current_page():
                self._tab_order_through(page)

        # at start this waits for the first paint (the walk along the window's focus chain takes a few ms)
        if not self.editing.held(order_tab):
            order_tab()
        return True

    def _tab_order_through(self, page: QWidget) -> None:
        """Tab goes from the steps to the page's fields, then Back and Next (pages are made after the buttons).

        The page's widgets follow the page in the chain (a dialog of the page has a chain of its own); the walk
        ends at the first widget outside the page, the page itself at the latest.  Each widget the walk meets
        stays owned, on the Python side, by its own parent (see ``next_in_focus_chain``): the widget after the
        page (the menu bar) once lost its Python side when the page was deleted, and the menus' actions with it.
        """
        last = None
        widget = page
        while True:
            following = next_in_focus_chain(widget)
            if following is None or not page.isAncestorOf(following):
                break
            widget = following
            if widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus:
                last = widget
        if last is not None:
            QWidget.setTabOrder(last, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)

    def _select_step_row(self, step: int) -> None:
        self.steps_list.blockSignals(True)
        self.steps_list.setCurrentRow(step - 1)
        self.steps_list.blockSignals(False)

    def previous_step(self) -> None:
        self.go_to(self.current_step - 1)

    def next_step(self) -> None:
        """Next ▶: the first time, say what this step still lacks; the second time, go on."""
        if not self.editing.flush():
            return
        step = self.current_step
        # what the step lacks is said from the findings of the register as it is now (a large register's
        # check may still be running: then once it has arrived)
        self.editing.when_checked(lambda: self._next_from(step))

    def _next_from(self, step: int) -> None:
        if self.current_step != step or self.editing.store is None:
            return  # the person has gone elsewhere meanwhile
        if self._warned_step != step and self._show_missing(step):
            self._warned_step = step
            return
        self._warned_step = None
        self.go_to(step + 1)

    def _show_missing(self, step: int) -> bool:
        """Say above Back/Next what the law still asks for in ``step``; False (and say nothing) if nothing."""
        missing = [f for f in self.editing.findings if f.step == step and f.severity == "missing"]
        if missing:
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
        else:
            self.wizard_note.show_text("")
        return bool(missing)

    def open_finding(self, finding: Any) -> None:
        """Go to the step of a finding and put the cursor where it is put right."""
        if finding.entity in ("requests", "breaches"):  # an entry of a log: shown in its log
            self.logs.open(finding.entity, finding.entity_id)
            return
        if not self.go_to(finding.step or steps.REVIEW):
            return
        page = self.current_page()
        if page is None:
            return
        entity_id = finding.entity_id or ""
        kind = getattr(page, "kind", None)
        if kind is not None and finding.entity != kind:
            entity_id = ""
        page.focus_field(entity_id, finding.field or "")
        lang = finding.params.get("language_code")
        if lang:  # a text lacking a language: the cursor goes where the translation is typed
            page.focus_translation(finding.field, lang)

    # ================================================================== what the controller reports

    def _refresh_current_page(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()

    def _entry_saved(self, source: object) -> None:
        page = self.current_page()
        # what was typed on the page and not saved yet is saved first, not lost to the redraw (unless it
        # cannot be saved now: then it stays on screen, as "Save again" offers)
        if page is not None and page is not source and page.flush():
            page.refresh()

    def _findings_changed(self) -> None:
        self._refresh_marks()
        if self._warned_step == self.current_step and self.wizard_note.isVisibleTo(self):
            self._show_missing(self.current_step)  # what was put right meanwhile is no longer listed
        review = self.pages.get(steps.REVIEW)
        if review is not None and self.current_step == steps.REVIEW:
            review.refresh()

    def _refresh_marks(self) -> None:
        findings = self.editing.findings
        status = self.editing.step_status()
        for step in steps.STEPS:
            item = self.steps_list.item(step - 1)
            if step == steps.REVIEW:
                count = len(findings)
                known = self.editing.findings_known
                item.setIcon(steps.mark_icon(("warning" if count else "ok") if known else None))
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
        missing = sum(1 for f in findings if f.severity == "missing")
        if self.editing.store is None:
            self.findings_label.setText("")
        elif not self.editing.findings_known:  # the first check is running (a large register's, or at start)
            self.findings_label.setText(QCoreApplication.translate("MainWindow", "Checking the register…"))
        elif missing:  # the two numbers add up to the count beside Review in the step list
            self.findings_label.setText(
                QCoreApplication.translate("MainWindow", "Missing: %1 · suggestions: %2")
                .replace("%1", str(missing))
                .replace("%2", str(len(findings) - missing))
            )
        elif findings:
            self.findings_label.setText(
                QCoreApplication.translate("MainWindow", "Nothing missing · suggestions: %1").replace(
                    "%1", str(len(findings))
                )
            )
        else:
            self.findings_label.setText(QCoreApplication.translate("MainWindow", "Nothing missing"))

    def _update_title(self) -> None:
        base = QCoreApplication.translate("MainWindow", "Record of processing activities")
        store = self.editing.store
        self.folder_action.setVisible(store is not None)
        if store is None:
            self.setWindowTitle(f"{paths.APP_NAME} — {base}")
            return
        folder = folders.shown(store.path.parent)
        self.folder_action.setText(
            QCoreApplication.translate("MainWindow", "Show the &folder: %1").replace("%1", folder.replace("&", "&&"))
        )
        self.folder_action.setToolTip(str(store.path))
        title = f"{store.path.name} — {folder} — {base}"
        if self.editing.read_only:
            title += " " + QCoreApplication.translate("MainWindow", "(read-only)")
        self.setWindowTitle(title)

    def _saved(self, stamp: str) -> None:
        self._save_note = ("saved", stamp)
        self._show_save_note()

    def _unsaved(self) -> None:
        self._save_note = ("unsaved", "")
        self._show_save_note()

    def _retry_save(self) -> None:
        if self.editing.retry_save():
            self.retry_button.hide()

    def _print_document(self) -> None:
        """File › Print…: the Documents step, and the print dialog for the document chosen there."""
        if self.go_to(steps.DOCUMENTS):
            from ropa_desktop.ui.pages.documents import DocumentsPage  # (imported already: go_to made the page)

            page = self.current_page()
            if isinstance(page, DocumentsPage):
                page.print_when_ready()

    def _open_register_folder(self) -> None:
        if self.editing.store is not None:
            folders.open_folder(self.editing.store.path.parent)

    @property
    def start_page(self) -> StartPage:
        """What the window shows while no register is open (made on first use)."""
        if self._start_page is None:
            from ropa_desktop.ui.start_page import StartPage

            self._start_page = StartPage(self.file_actions)
            self.central.addWidget(self._start_page)
        return self._start_page

    @qt_handler
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self.editing.store is None:  # nothing was opened before the window came up
            self.central.setCurrentWidget(self.start_page)
        super().showEvent(event)

    def _show_no_file(self) -> None:
        if self.isVisible():  # else when shown: at start the register is usually opened before that
            self.central.setCurrentWidget(self.start_page)
        for action in (
            self.save_as_action,
            self.accountant_action,
            self.import_action,
            self.export_action,
            self.restore_action,
            self.erase_action,
            self.review_action,
            self.documents_action,
            self.logs.requests_action,
            self.logs.breaches_action,
        ):
            action.setEnabled(False)
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.steps_list.setEnabled(False)

    def set_read_only(self, read_only: bool) -> None:
        store = self.editing.store
        if self.editing.taken_away and store is not None:  # not "open read-only": the file is not there any more
            self.banner.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "“%1” was moved, renamed or deleted while it was open, so changes cannot be saved into it. "
                    "Open it where it is now (File › Open), or keep what it held with File › Save As…",
                ).replace("%1", store.path.name)
            )
        else:
            self.banner.setText(self._read_only_text())
        self.banner.setVisible(read_only)
        self.read_only_label.setVisible(read_only)
        self.steps_list.setEnabled(True)
        for action in (
            self.save_as_action,
            self.accountant_action,
            self.export_action,
            self.review_action,
            self.documents_action,
            self.logs.requests_action,
            self.logs.breaches_action,
        ):
            action.setEnabled(True)
        self.import_action.setEnabled(not read_only)
        self.restore_action.setEnabled(not read_only)
        self.erase_action.setEnabled(not read_only)
        for page in self.pages.values():
            page.set_editable(not read_only)
        self._readable_when_locked(read_only)
        self._update_title()

    @staticmethod
    def _read_only_text() -> str:
        return QCoreApplication.translate(
            "MainWindow",
            "This file is open read-only: changes cannot be saved. To work on it, save your own "
            "copy with File › Save As…",
        )

    def _readable_when_locked(self, read_only: bool) -> None:
        """A read-only register is read, not edited: its locked fields keep the normal text colour.

        (Buttons keep their greyed look, so it stays clear that nothing can be changed.)
        """
        palette = QApplication.palette(self.stack)
        if read_only:
            for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
                palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
        self.stack.setPalette(palette)

    # ================================================================== help, language, closing

    def about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About ROPA Desktop"),
            QCoreApplication.translate(
                "MainWindow",
                "ROPA Desktop %1\n\nThe record of processing activities (Art. 30 GDPR), the privacy "
                "notice and the forms of a small company, kept offline in one file.",
            ).replace("%1", __version__),
        )

    def set_language(self, lang: str) -> None:
        if not self.editing.flush():
            return
        s = settings.load()
        s.language = lang
        settings.save(s)
        if lang == i18n.current():
            return
        i18n.install(lang)
        self.statusBar().clearMessage()  # said in the old language
        self.build_ui()
        if self.editing.store is not None:
            self.set_read_only(self.editing.read_only)

    # ================================================================== a file dropped on the window

    @qt_handler
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    @qt_handler
    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = _dropped_file(event.mimeData())
        if path is None:
            return
        event.acceptProposedAction()
        # opened once the drop is over: a message about the file must not keep the program it came from waiting
        QtCore.QTimer.singleShot(0, lambda: self.file_actions.open_chosen(path))

    @qt_handler
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.editing.flush():
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
        self._remember_layout()
        self.editing.close()
        event.accept()
