"""Small widgets the step forms are built from."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6 import QtCore, QtWidgets  # Qt's values, and the calendar, named when used: see qt_keys
from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import model as m
from ropa_desktop.core import pasted
from ropa_desktop.core.storage import MAX_TEXT_BYTES
from ropa_desktop.ui import i18n
from ropa_desktop.ui.handlers import qt_handler
from ropa_desktop.ui.qt_keys import set_keys
from ropa_desktop.ui.register_texts import language_in_a_sentence


def next_in_focus_chain(widget: QWidget) -> QWidget | None:
    """The widget after ``widget`` in its window's focus chain, with its Python side owned as Qt owns it.

    PySide makes the widget ``nextInFocusChain`` returns a child of the one asked, on the Python side.  A walk
    along the chain thus hung each widget Qt makes inside its own widgets (a date's line edit, a table's
    viewport, header and scroll bars) on the widget before it: deleting that one (a language's field removed)
    declared them deleted on the Python side while Qt still used them.  Asking the widget's parent for its own
    children gives it back to that parent, as Qt has it.  The window, which follows the chain's last widget, has
    no parent to be given back to: hung on that widget, it took its menu bar's and its menus' Python side along
    when the widget was deleted.  So the last widget is not asked; the window asks for it instead.
    """
    window = widget.window()
    if widget is not window:
        last = window.previousInFocusChain()
        _owned_by_its_parent(last)
        if last is widget:
            return window
    following = widget.nextInFocusChain()
    _owned_by_its_parent(following)
    return following


def _owned_by_its_parent(widget: QWidget | None) -> None:
    parent = widget.parentWidget() if widget is not None else None
    if parent is not None:
        parent.findChildren(QWidget, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly)


def _carries_a_file(event: Any) -> bool:
    """A drag of a file of this computer (a register dragged onto the window), not of text."""
    mime = event.mimeData()
    return mime is not None and mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())


class _PassesFilesOn:
    """A text field that leaves a dragged file to the window (which opens it) instead of typing its path;
    dragged text is dropped in as usual."""

    @qt_handler
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        event.ignore() if _carries_a_file(event) else super().dragEnterEvent(event)  # type: ignore[misc]

    @qt_handler
    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        event.ignore() if _carries_a_file(event) else super().dragMoveEvent(event)  # type: ignore[misc]

    @qt_handler
    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        event.ignore() if _carries_a_file(event) else super().dropEvent(event)  # type: ignore[misc]


def without_mnemonic(text: str) -> str:
    """A label's or button's text as it reads, without the “&” that marks its Alt letter (“&&” is an “&”)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def name_by_labels(form: QtWidgets.QFormLayout) -> None:
    """Name the parts of the form's fields of several parts by their rows' labels, for a screen reader.

    Qt names a field by the label whose buddy it is; a form row's label is the buddy of the row's widget, so a
    date's edit, a checklist or each language's field of a text inside it went unnamed (“edit”, “list”).  A
    field of several parts names them itself (``set_name``).
    """
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QtWidgets.QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QtWidgets.QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        field = field_item.widget() if field_item is not None else None
        if not isinstance(label, QLabel) or not label.text() or field is None:
            continue
        set_name = getattr(field, "set_name", None)
        if callable(set_name):
            set_name(without_mnemonic(label.text()))


class PastedLines:
    """Text with line breaks that came into a one-line field (``LineEdit.linesInserted``): ``text`` as it came,
    ``alone`` when the field holds nothing else. A handler that takes the lines itself sets ``taken``; the field
    then leaves its text as it was before."""

    def __init__(self, text: str, alone: bool) -> None:
        self.text = text
        self.alone = alone
        self.taken = False


class LineEdit(_PassesFilesOn, QLineEdit):
    """A one-line field of the window (see ``_PassesFilesOn``).

    It holds any text a register may hold: Qt's own limit (32,767 characters) cut a longer name short when it
    was shown, and a change of another field on the page then saved it cut.

    Text pasted or dropped in with its line breaks is first offered as lines (``linesInserted``: a list's page
    makes an entry of each name); unless taken so, it goes in on one line, and one Ctrl+Z takes it out again.
    Qt kept the breaks, and a name stored with them showed only its first line in the lists. (The field is
    changed while Qt still emits ``textEdited`` with the text as pasted: a listener reads ``text()``.)
    """

    linesInserted = Signal(object)  # a PastedLines

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setMaxLength(MAX_TEXT_BYTES)
        self.textEdited.connect(self._keep_on_one_line)

    def _keep_on_one_line(self, text: str) -> None:
        if not pasted.has_line_break(text):
            return
        cursor = self.cursorPosition()
        # back to the text as it was (with what was selected), so that what goes in instead is one step to undo
        self.undo()
        before = self.text()
        start = self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
        head, tail = before[:start], before[start + len(self.selectedText()) :]
        if pasted.has_line_break(before) or not (text.startswith(head) and text.endswith(tail)):
            # not one step to go back (a name stored with breaks by an earlier version): all of it on one line,
            # the cursor where it was in the text
            self.setText(pasted.one_line(text))
            self.setCursorPosition(pasted.position_on_one_line(text, cursor))
            return
        lines = PastedLines(text[len(head) : len(text) - len(tail)], alone=not (head + tail).strip())
        self.linesInserted.emit(lines)
        if not lines.taken:
            self.insert(pasted.joined(head, lines.text, tail))


class TextBox(_PassesFilesOn, QPlainTextEdit):
    """A few lines of free text that grows with what is typed; Tab moves on instead of typing a tab.

    It scrolls only past ``MOST_LINES``: in a form that scrolls, the wheel scrolls the form.
    """

    editingFinished = Signal()
    MOST_LINES = 12

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self._given = self._given_shown = ""  # see text()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit(self) -> None:
        """As high as its text (wrapped lines), from the lines it was made with up to ``MOST_LINES``."""
        wrapped = int(self.document().documentLayout().documentSize().height())
        lines = min(max(self._lines, wrapped), self.MOST_LINES)
        height = int(self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 10)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    @qt_handler
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()  # a new width wraps the text anew, without always saying so

    @qt_handler
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.verticalScrollBar().maximum() == 0:
            event.ignore()  # nothing to scroll here: the form around it scrolls
            return
        super().wheelEvent(event)

    @qt_handler
    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def text(self) -> str:
        """The very text the box was given until the person changes it: Qt gives every line break back as
        ``\n`` (``\r\n``, ``\r``, U+2028 too), and a text saved so, its entry's other field being changed,
        was changed with it (and counted as the person's change when someone else changed that text)."""
        shown = self.toPlainText()
        return self._given if shown == self._given_shown else shown

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name, so forms treat both alike
        if text != self.text():
            self.setPlainText(text)
        self._given, self._given_shown = text, self.toPlainText()


class EnumCombo(QComboBox):
    """A choice among enum values, shown as words; ``value()`` gives the enum value."""

    def __init__(self, items: Sequence[tuple[str | None, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_items(items)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)

    def set_items(self, items: Sequence[tuple[str | None, str]]) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for value, text in items:
            self.addItem(text, value)
        self.blockSignals(False)
        if current is not None:
            self.set_value(current)
        policy = self.sizeAdjustPolicy()
        if policy == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            # the width taken at the first show is kept until the policy is set again: a longer choice made
            # afterwards (a new security measure's “Technical or organisational?”) was cut off
            self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.setSizeAdjustPolicy(policy)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and self.isEditable() and value:
            self.setEditText(value)
            return
        self.setCurrentIndex(max(index, 0))


class _DateEdit(LineEdit):
    """A date field's edit: Alt+Down or F4 asks for the calendar, as a drop-down list opens (``calendar_asked``);
    the “…” button beside it is left out of the Tab order."""

    calendar_asked = Signal()

    @qt_handler
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key, alt = event.key(), bool(event.modifiers() & QtCore.Qt.KeyboardModifier.AltModifier)
        if key == QtCore.Qt.Key.Key_F4 or (alt and key == QtCore.Qt.Key.Key_Down):
            self.calendar_asked.emit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date that may be unknown: empty until a date is typed or picked from the calendar.

    Shown and typed in the window language's format (``dd.MM.yyyy.`` in Latvian); an ISO date
    (2024-03-01) is understood too.  ``value()`` is the ISO date or None, as typed so far (the last
    date while what is typed is not one); ``changed`` is emitted when the typing is finished (Tab, Enter,
    leaving the field) or a day is picked, ``edited`` at each key typed (a form that saves after a pause
    in typing, or when it is left or closed, takes a date typed in the field it has not left).
    """

    changed = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        # said under the field once the typing is finished and what is typed is still no date (the red frame and
        # its tooltip alone were missed, and the field went on showing what was not saved)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #a93226; }")
        self.problem.hide()
        outer.addWidget(self.problem)
        self.edit = _DateEdit()
        self.edit.calendar_asked.connect(self.open_calendar)
        self.edit.setPlaceholderText(QCoreApplication.translate("Forms", "dd/mm/yyyy"))
        self.edit.setClearButtonEnabled(True)
        metrics = self.edit.fontMetrics()
        self.edit.setFixedWidth(metrics.horizontalAdvance("00.00.0000.") + metrics.height() * 3)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.pick_button = QToolButton()
        self.pick_button.setText("…")
        self.pick_button.setToolTip(QCoreApplication.translate("Forms", "Pick the date from a calendar (Alt+↓)"))
        self.pick_button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab goes from date field to date field
        self.pick_button.clicked.connect(self.open_calendar)
        self.calendar = QtWidgets.QCalendarWidget()
        self.calendar.setDateRange(QDate(m.DATE_YEARS[0], 1, 1), QDate(m.DATE_YEARS[-1], 12, 31))
        self.calendar.setWindowFlags(QtCore.Qt.WindowType.Popup)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout.addWidget(self.edit)
        layout.addWidget(self.pick_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def set_name(self, name: str) -> None:
        """What the date is, as a screen reader says it (see ``name_by_labels``)."""
        self.edit.setAccessibleName(name)

    @staticmethod
    def display_format() -> str:
        """The window language's date format, e.g. ``dd.MM.yyyy.`` (a Qt date format)."""
        return QCoreApplication.translate("Forms", "dd/MM/yyyy")

    def parse(self, text: str) -> QDate | None:
        """The date ``text`` means (in the window's format, without its last dot, with one-digit days and
        months, with a two-digit year of this century — “1.3.24” — or ISO); None if none."""
        text = text.strip()
        shown = self.display_format()
        short = shown.replace("dd", "d").replace("MM", "M")
        for fmt in dict.fromkeys((shown, shown.rstrip("."), short, short.rstrip("."), "yyyy-MM-dd")):
            date = QDate.fromString(text, fmt)
            if date.isValid() and date.year() in m.DATE_YEARS:
                return date
        for fmt in dict.fromkeys((short.replace("yyyy", "yy"), short.rstrip(".").replace("yyyy", "yy"))):
            date = QDate.fromString(text, fmt)  # Qt reads “24” as 1924
            if date.isValid():
                return date.addYears(100 * ((2000 - date.year() + 99) // 100))
        return None

    def _text_changed(self, text: str) -> None:
        bad = bool(text.strip()) and self.parse(text) is None
        if not bad:
            self.problem.hide()
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if bad else "")
        self.edit.setToolTip(
            QCoreApplication.translate("Forms", "Type the date as %1, or pick it with “…”.").replace(
                "%1", self.edit.placeholderText()
            )
            if bad
            else ""
        )

    def _typed(self) -> None:
        text = self.edit.text()
        if not text.strip():
            self._set(None)
            return
        date = self.parse(text)
        if date is not None:
            self._set(date.toString("yyyy-MM-dd"))
            return
        self.problem.setText(
            QCoreApplication.translate(
                "Forms", "This is not a date, so it is not saved yet: type it as %1, or pick it with “…”."
            ).replace("%1", self.edit.placeholderText())
        )
        self.problem.show()

    def _picked(self, date: QDate) -> None:
        self.calendar.hide()
        self._set(date.toString("yyyy-MM-dd"))
        self.edit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def open_calendar(self) -> None:
        current = QDate.fromString(self._value, "yyyy-MM-dd") if self._value else QDate.currentDate()
        self.calendar.setSelectedDate(current)
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _set(self, value: str | None) -> None:
        self._show(value)
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _show(self, value: str | None) -> None:
        text = QDate.fromString(value, "yyyy-MM-dd").toString(self.display_format()) if value else ""
        if self.edit.text() != text:
            self.edit.blockSignals(True)
            self.edit.setText(text)
            self.edit.blockSignals(False)
            self._text_changed(text)

    def value(self) -> str | None:
        text = self.edit.text()
        if not text.strip():
            return None
        date = self.parse(text)
        return date.toString("yyyy-MM-dd") if date is not None else self._value

    def set_value(self, value: str | None) -> None:
        self._value = value
        self._show(value)


class CheckList(QListWidget):
    """Checkable references to entries of another list (e.g. the purposes a data category serves).

    Thousands of choices stay quick: the ticked ids are kept in a set (no pass over the items to read
    them), showing the same choices again only changes the ticks that differ, and a fill announces
    itself once (``ticks_changed``), not once per item.
    """

    toggled = Signal(str, bool)  # entry id, checked
    all_toggled = Signal(list, bool)  # the entry ids that “Tick all” or “Untick all” changed, checked
    ticks_changed = Signal()  # what is ticked (or what can be ticked) changed, by a person or a fill
    SPACING = 2  # pixels around each entry: the boxes neither touch each other nor the frame

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._choices: Sequence[tuple[str, str]] = []
        self._rows: dict[str, int] = {}
        self._ticked: set[str] = set()
        self.itemChanged.connect(self._on_item_changed)
        self.setUniformItemSizes(True)
        self.setSpacing(self.SPACING)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @qt_handler
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.ignore()  # it shows every choice; the wheel scrolls the form around it

    def set_choices(self, choices: Sequence[tuple[str, str]], checked: Sequence[str]) -> None:
        """Show ``choices`` (id, text), ticking ``checked``; the same choices again only change the ticks."""
        wanted = set(checked)
        self._loading = True
        self.blockSignals(True)  # no itemChanged per item: one ticks_changed below
        try:
            if len(choices) == len(self._choices) and all(
                new[0] == old[0] for new, old in zip(choices, self._choices, strict=True)
            ):  # the same entries: only a renamed one gets its new text
                for row, (new, old) in enumerate(zip(choices, self._choices, strict=True)):
                    if new[1] != old[1]:
                        self.item(row).setText(new[1] or new[0])
                self._choices = choices
            else:
                self.clear()
                self.addItems([text or entry_id for entry_id, text in choices])
                checked_state, unchecked = QtCore.Qt.CheckState.Checked, QtCore.Qt.CheckState.Unchecked
                for row, (entry_id, _text) in enumerate(choices):
                    item = self.item(row)  # checkable, as a list widget's items are made
                    item.setData(QtCore.Qt.ItemDataRole.UserRole, entry_id)
                    item.setCheckState(checked_state if entry_id in wanted else unchecked)
                self._choices = choices
                self._rows = {entry_id: row for row, (entry_id, _text) in enumerate(choices)}
                self._ticked = wanted & self._rows.keys()
                rows = max(len(choices), 2)  # every choice shows: the list never scrolls inside the scrolling form
                pitch = self.sizeHintForRow(0) + 2 * self.SPACING
                self.setFixedHeight(pitch * rows + 2 * self.frameWidth() + 2 if choices else 48)
            wanted &= self._rows.keys()
            for entry_id in self._ticked ^ wanted:
                self._set_state(entry_id, entry_id in wanted)
            self._ticked = wanted
            if not self.hasFocus():  # another entry's choices: the row last clicked for the one before looked chosen
                self.clearSelection()
        finally:
            self.blockSignals(False)
            self._loading = False
        self.ticks_changed.emit()

    def _set_state(self, entry_id: str, checked: bool) -> None:
        self.item(self._rows[entry_id]).setCheckState(
            QtCore.Qt.CheckState.Checked if checked else QtCore.Qt.CheckState.Unchecked
        )

    def checked_ids(self) -> list[str]:
        return [entry_id for entry_id, _text in self._choices if entry_id in self._ticked]

    def set_checked(self, entry_id: str, checked: bool) -> None:
        """Tick or untick an entry as a person would (emits ``toggled``)."""
        self._set_state(entry_id, checked)  # KeyError for an entry that is not a choice

    def relinked(self, ids: list[str]) -> list[str]:
        """``ids`` as the ticks say now: those kept in their order, new ones where the list shows them."""
        return m.relinked(ids, set(self._ticked), [entry_id for entry_id, _text in self._choices])

    def all_checked(self) -> bool:
        return len(self._ticked) == len(self._rows)

    def set_all(self, checked: bool) -> None:
        """Tick (or untick) every entry at once: one ``all_toggled`` with the ids that changed."""
        changed = [entry_id for entry_id, _text in self._choices if (entry_id in self._ticked) != checked]
        self._loading = True
        self.blockSignals(True)
        try:
            for entry_id in changed:
                self._set_state(entry_id, checked)
        finally:
            self.blockSignals(False)
            self._loading = False
        self._ticked = set(self._rows) if checked else set()
        if changed:
            self.ticks_changed.emit()
            self.all_toggled.emit(changed, checked)

    def item_for(self, text: str) -> QListWidgetItem:
        for i in range(self.count()):
            if self.item(i).text() == text:
                return self.item(i)
        raise KeyError(text)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        entry_id = item.data(QtCore.Qt.ItemDataRole.UserRole)
        checked = item.checkState() == QtCore.Qt.CheckState.Checked
        if checked == (entry_id in self._ticked):
            return  # another change of the item (its text), not its tick
        if checked:
            self._ticked.add(entry_id)
        else:
            self._ticked.discard(entry_id)
        self.ticks_changed.emit()
        if not self._loading:
            self.toggled.emit(entry_id, checked)


class CheckListField(QWidget):
    """A checklist with a “Tick all” button under it (“Untick all” once every entry is ticked); with nothing to
    tick, a sentence in its place that says where the entries come from (``set_empty_text``)."""

    def __init__(self, checklist: CheckList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: checklist.set_all(not checklist.all_checked()))
        self.empty_note = QLabel()  # one short line (a wrapped label gets a narrow column's height in a form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.all_button)
        self.buttons.addStretch(1)
        layout.addWidget(checklist)
        layout.addWidget(self.empty_note)
        layout.addLayout(self.buttons)
        checklist.ticks_changed.connect(self._update)
        self._update()

    def set_name(self, name: str) -> None:
        """What the list is, as a screen reader says it (see ``name_by_labels``)."""
        self.checklist.setAccessibleName(name)

    def add_button(self, text: str) -> QPushButton:
        """A button of the field's own beside “Tick all” (shown with or without entries to tick)."""
        button = QPushButton(text)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def set_empty_text(self, text: str) -> None:
        """What is said in place of an empty list (e.g. on which step its entries are added)."""
        self.empty_note.setText(text)
        self._update()

    def _update(self) -> None:
        self.all_button.setText(
            QCoreApplication.translate("Forms", "Untick all")
            if self.checklist.count() and self.checklist.all_checked()
            else QCoreApplication.translate("Forms", "Tick all")
        )
        self.all_button.setVisible(self.checklist.count() > 1)  # with one entry its box is as quick
        empty = not self.checklist.count() and bool(self.empty_note.text())
        self.empty_note.setVisible(empty)
        self.checklist.setVisible(not empty)


class Hint(QLabel):
    """An inline note under a field: why something cannot be saved yet, or what to add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_keys(self, "textFormat", "PlainText")
        self.setStyleSheet(
            "QLabel { color: #8a4b00; background: #fff4e0; border: 1px solid #f0c987;"
            " border-radius: 3px; padding: 4px 6px; }"
        )
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def children(item: QtWidgets.QTreeWidgetItem) -> list[QtWidgets.QTreeWidgetItem]:
    """The items right under ``item`` of a tree (under a tree's ``invisibleRootItem()``: its top-level items)."""
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


TextField = TypeVar("TextField", QLineEdit, TextBox)  # the kind of field a text is typed in


class TextInLanguages(QWidget, Generic[TextField]):
    """One text of the register in each of its languages: the main language's field first, the others
    under it, so that a translation is typed where the original is.

    ``main`` is the main language's field (a QLineEdit or a TextBox, as the form made it); with more than
    one language each field is headed by its language's code.  A language whose field is empty while
    another has text is marked (``MISSING_STYLE``) and says so in its placeholder.
    """

    edited = Signal()
    return_pressed = Signal(QWidget)  # Return in one of its one-line fields (that field)
    lines_inserted = Signal(QWidget, object)  # lines pasted into one of its one-line fields (see LineEdit)
    MISSING_STYLE = "background: #fff4e0; border: 1px solid #f0c987;"

    def __init__(self, make_field: Callable[[], TextField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_field: Callable[[], TextField] = make_field
        self.main: TextField = make_field()
        self._connect(self.main)
        self.languages: tuple[str, ...] = ()
        self.name = ""  # what the text is, for a screen reader (see set_name)
        self.fields: dict[str, TextField] = {}
        self.codes: dict[str, QLabel] = {}
        self._placeholder: str = self.main.placeholderText()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)
        self._grid.addWidget(self.main, 0, 1)
        self.setFocusProxy(self.main)

    def _connect(self, field: TextField) -> None:
        if isinstance(field, QLineEdit):
            field.textEdited.connect(lambda _t: self._changed())
            field.returnPressed.connect(lambda: self.return_pressed.emit(field))
            if isinstance(field, LineEdit):
                field.linesInserted.connect(lambda lines: self.lines_inserted.emit(field, lines))
        else:
            field.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.mark_missing()
        self.edited.emit()

    def set_languages(self, codes: tuple[str, ...], names: dict[str, str]) -> None:
        """Show a field per language of ``codes`` (the main one first); ``names`` are their names in words."""
        if tuple(codes) == self.languages:
            return
        for field in list(self.fields.values()):
            if field is not self.main:
                self._grid.removeWidget(field)
                field.deleteLater()
        for label in self.codes.values():
            self._grid.removeWidget(label)
            label.deleteLater()
        self.languages = tuple(codes)
        self.fields = {}
        self.codes = {}
        several = len(codes) > 1
        for row, code in enumerate(codes):
            field = self.main if row == 0 else self._make_field()
            if row:
                self._connect(field)
                self._grid.addWidget(field, row, 1)
            self.fields[code] = field
            if several:
                label = QLabel(code.upper())
                label.setToolTip(names.get(code, code))
                set_keys(label, "alignment", "AlignRight|AlignTop")
                label.setContentsMargins(0, 4, 0, 0)
                self._grid.addWidget(label, row, 0)
                self.codes[code] = label
        # Tab goes from the main language's field to the translations under it, then on (a field made now would
        # otherwise come last in the window's Tab order, after every other field of the form)
        previous = self.main
        for field in list(self.fields.values())[1:]:
            QWidget.setTabOrder(previous, field)
            previous = field
        self._name_fields()

    def set_name(self, name: str) -> None:
        """What the text is (its row's label, or the box it is the note of), as a screen reader says it."""
        self.name = name
        self._name_fields()

    def _name_fields(self) -> None:
        """Each language's field named by ``name`` and, with several languages, the language's code
        (“Nosaukums: EN”): a screen reader says which text and which language the field holds."""
        several = len(self.fields) > 1
        for code, field in self.fields.items():
            field.setAccessibleName(f"{self.name} {code.upper()}" if self.name and several else self.name)

    def typing_language(self) -> str:
        """The language a person types a new text in: the window's when the register keeps it (a Russian window
        on a Latvian register: RU), else the main one; its field shows the example."""
        window = i18n.current()
        return window if window in self.fields else next(iter(self.fields), "")

    def field_for_typing(self) -> TextField:
        """Where a person starts typing a new text: the field of ``typing_language``."""
        return self.fields.get(self.typing_language(), self.main)

    def set_values(self, values: Mapping[str, str]) -> None:
        for code, field in self.fields.items():
            text = values.get(code, "")
            if field.text() != text:
                field.blockSignals(True)
                field.setText(text)
                if isinstance(field, QLineEdit) and not field.hasFocus():
                    field.setCursorPosition(0)  # a text longer than the field shows its start, not its last words
                field.blockSignals(False)
        self.mark_missing()

    def language_of(self, field: QWidget) -> str:
        """The language whose text ``field`` holds (the main language's, for a field not of this text)."""
        main = self.languages[0] if self.languages else ""
        return next((code for code, f in self.fields.items() if f is field), main)

    def values(self) -> dict[str, str]:
        """What each language's field holds now."""
        return {code: field.text() for code, field in self.fields.items()}

    def missing(self) -> list[str]:
        """The languages whose field is empty while another language's is not."""
        values = self.values()
        if not any(v.strip() for v in values.values()):
            return []
        return [code for code, value in values.items() if not value.strip()]

    def set_example(self, text: str) -> None:
        """The example the field of the typing language shows while empty (the field's placeholder)."""
        if text != self._placeholder:
            self._placeholder = text
            self.mark_missing()

    def mark_missing(self) -> None:
        missing = set(self.missing())
        example_in = self.typing_language()  # the example is in the window's language
        for code, field in self.fields.items():
            lacking = code in missing
            field.setStyleSheet(f"{type(field).__name__} {{ {self.MISSING_STYLE} }}" if lacking else "")
            if lacking:  # "Missing in Latvian" / "Trūkst tulkojuma latviešu valodā"
                name = language_in_a_sentence(code)
                field.setPlaceholderText(QCoreApplication.translate("Forms", "No text in %1 yet").replace("%1", name))
            else:
                field.setPlaceholderText(self._placeholder if code == example_in else "")
