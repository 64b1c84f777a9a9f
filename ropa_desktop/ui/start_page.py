"""The start page: what the window shows while no register is open (the first start, or the last one is gone).

Create a new register (the person chooses where; the Documents folder is offered), open one, reopen a
recent one, or look around in one of the two examples, which open as copies.  The work is done by the
File menu's actions (``file_actions.py``); this page only offers them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop import paths
from ropa_desktop.ui import folders
from ropa_desktop.ui.file_actions import FileActions
from ropa_desktop.ui.handlers import qt_handler


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class _Choice(QCommandLinkButton):
    """A choice of the start page, framed in the highlight colour while it has the keyboard's focus (the platform's
    style may mark a focused command link with nothing at all, and Tab then seemed to go nowhere)."""

    @qt_handler
    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # as on a button of a dialog (Space too)
            self.click()
            return
        super().keyPressEvent(event)

    @qt_handler
    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus():
            painter = QtGui.QPainter(self)
            painter.setPen(QtGui.QPen(self.palette().color(QtGui.QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()


class StartPage(QScrollArea):
    """New, open, recent, and the two examples; shown in place of the steps while nothing is open."""

    def __init__(self, file_actions: FileActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.file_actions = file_actions
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # not a Tab stop of its own (an invisible one, before the first choice): the choices are
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(6)

        title = QLabel(QCoreApplication.translate("StartPage", "Welcome to ROPA Desktop"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            QCoreApplication.translate(
                "StartPage",
                "Here you keep your company’s record of processing activities (GDPR Article 30) in one file, "
                "and print from it the privacy notices and forms the company needs. How would you like to begin?",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)

        self.new_button = self._choice(
            QCoreApplication.translate("StartPage", "Create a new register"),
            QCoreApplication.translate(
                "StartPage", "Start from an empty register. You choose where the file is kept; we suggest %1."
            ).replace("%1", folders.shown(paths.documents_dir())),
            file_actions.new_file,
        )
        self.open_button = self._choice(
            QCoreApplication.translate("StartPage", "Open a register"),
            QCoreApplication.translate("StartPage", "A register file (.ropa) that your company already keeps."),
            file_actions.open_dialog,
        )
        choices = QGridLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.new_button, 0, 0)
        choices.addWidget(self.open_button, 0, 1)
        layout.addLayout(choices)

        self.recent_heading = _heading(QCoreApplication.translate("StartPage", "Recently opened"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.recent_heading.text())  # what a screen reader says the list is
        self.recent.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.recent.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # a click opens a recent register, as a link does, and so does Return; not also the activation that
        # follows a click (or a double-click's second click) on some desktops, which would open it twice
        self.recent.itemClicked.connect(self._open_recent)
        self.recent.installEventFilter(self)
        layout.addSpacing(10)
        layout.addWidget(self.recent_heading)
        layout.addWidget(self.recent)

        layout.addSpacing(10)
        layout.addWidget(_heading(QCoreApplication.translate("StartPage", "Examples to explore")))
        examples = QGridLayout()
        examples.setContentsMargins(0, 0, 0, 0)
        self.sample_button = self._choice(
            QCoreApplication.translate("StartPage", "The ZĪMES example"),
            QCoreApplication.translate(
                "StartPage",
                "SIA “ZĪMES” as first described, with the gaps that the Review step points out.",
            ),
            file_actions.open_sample,
        )
        self.complete_button = self._choice(
            QCoreApplication.translate("StartPage", "A complete example"),
            QCoreApplication.translate(
                "StartPage",
                "A small bakery with an online shop: a finished register with nothing missing, in Latvian and English.",
            ),
            file_actions.open_complete_example,
        )
        examples.addWidget(self.sample_button, 0, 0)
        examples.addWidget(self.complete_button, 0, 1)
        for grid in (choices, examples):
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
        layout.addLayout(examples)
        note = QLabel(
            QCoreApplication.translate(
                "StartPage", "An example opens as a copy: what you change there does not change the example."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(body)
        self.fill_recent()

    def _choice(self, title: str, description: str, slot: object) -> QCommandLinkButton:
        button = _Choice(title, description)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)  # as tall as its wrapped description, not as its narrowest hint
        button.setSizePolicy(policy)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def fill_recent(self) -> None:
        """The registers opened last that still exist: the file's name and the folder it is in."""
        self.recent.clear()
        recent = self.file_actions.recent_files()
        for path in recent:
            item = QListWidgetItem(f"{path.name}   —   {folders.shown(path.parent)}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        rows = min(len(recent), 5)
        if rows:
            self.recent.setFixedHeight(self.recent.sizeHintForRow(0) * rows + 2 * self.recent.frameWidth() + 4)
        self.recent_heading.setVisible(bool(recent))
        self.recent.setVisible(bool(recent))

    @qt_handler
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.recent
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)  # (the class named when used: see qt_keys)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.recent.currentItem() is not None
        ):
            self._open_recent(self.recent.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        store = self.file_actions.editing.store
        if store is None or store.path.resolve() != path.resolve():  # a double click opens it once
            self.file_actions.editing.open(path)

    @qt_handler
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.fill_recent()
        super().showEvent(event)
        # the first choice has the focus: Space or Enter creates a new register, Tab goes on to the others
        focused = self.window().focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
