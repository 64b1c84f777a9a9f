"""Small widgets the step forms are built from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

Column = tuple[Callable[[], str], Callable[[Any], str]]  # (header, cell text of an entry)


class EntryTableModel(QAbstractTableModel):
    """The entries of one list, one row each (no widget per row)."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._entries: list[Any] = []

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Any]:
        return self._entries

    def entry(self, row: int) -> Any | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def replace(self, row: int, entry: Any) -> None:
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._columns[index.column()][1](self._entries[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return text.split("\n", 1)[0]
        return text or None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]()
        return None


class TextBox(QPlainTextEdit):
    """A few lines of free text; Tab moves on instead of typing a tab."""

    editingFinished = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        metrics = self.fontMetrics()
        self.setFixedHeight(int(metrics.lineSpacing() * lines + 2 * self.frameWidth() + 10))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name, so forms treat both alike
        if text != self.toPlainText():
            self.setPlainText(text)


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

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and self.isEditable() and value:
            self.setEditText(value)
            return
        self.setCurrentIndex(max(index, 0))


class DateField(QWidget):
    """A date that may be unknown: a checkbox ("known") and a calendar date."""

    changed = Signal()
    UNKNOWN = QDate(1900, 1, 1)

    def __init__(self, known_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(known_text)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        # an unknown date shows as a dash, not as a made-up day someone might take for the real one
        self.date.setMinimumDate(self.UNKNOWN)
        self.date.setSpecialValueText("—")
        self.date.setDate(self.UNKNOWN)
        self.date.setEnabled(False)
        layout.addWidget(self.known)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.known.toggled.connect(self._known_toggled)
        self.known.toggled.connect(self.changed)
        self.date.dateChanged.connect(self._date_changed)
        self.setFocusProxy(self.known)

    def _known_toggled(self, known: bool) -> None:
        self.date.blockSignals(True)
        if known and self.date.date() == self.UNKNOWN:
            self.date.setDate(QDate.currentDate())
        elif not known:
            self.date.setDate(self.UNKNOWN)
        self.date.blockSignals(False)
        self.date.setEnabled(known)

    def _date_changed(self, _date: QDate) -> None:
        if self.known.isChecked():
            self.changed.emit()

    def value(self) -> str | None:
        return self.date.date().toString("yyyy-MM-dd") if self.known.isChecked() else None

    def set_value(self, value: str | None) -> None:
        self.blockSignals(True)
        self.known.blockSignals(True)
        self.date.blockSignals(True)
        self.known.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        self.date.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else self.UNKNOWN)
        self.date.blockSignals(False)
        self.known.blockSignals(False)
        self.blockSignals(False)


class CheckList(QListWidget):
    """Checkable references to entries of another list (e.g. the purposes a data category serves)."""

    toggled = Signal(str, bool)  # entry id, checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._choices: list[tuple[str, str]] = []
        self.itemChanged.connect(self._on_item_changed)
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_choices(self, choices: Sequence[tuple[str, str]], checked: Sequence[str]) -> None:
        """Show ``choices`` (id, text), ticking ``checked``; the same choices again only change the ticks."""
        self._loading = True
        wanted = set(checked)
        choices = list(choices)
        if choices != self._choices:
            self.clear()
            for entry_id, text in choices:
                item = QListWidgetItem(text or entry_id)
                item.setData(Qt.ItemDataRole.UserRole, entry_id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if entry_id in wanted else Qt.CheckState.Unchecked)
                self.addItem(item)
            self._choices = choices
            rows = min(max(len(choices), 2), 7)
            self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4 if choices else 48)
        else:
            checked_state, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
            for row, (entry_id, _text) in enumerate(choices):
                item = self.item(row)
                state = checked_state if entry_id in wanted else unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        self._loading = False

    def checked_ids(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, entry_id: str, checked: bool) -> None:
        """Tick or untick an entry as a person would (emits ``toggled``)."""
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == entry_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(entry_id)

    def item_for(self, text: str) -> QListWidgetItem:
        for i in range(self.count()):
            if self.item(i).text() == text:
                return self.item(i)
        raise KeyError(text)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._loading:
            self.toggled.emit(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)


class Hint(QLabel):
    """An inline note under a field: why something cannot be saved yet, or what to add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
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
