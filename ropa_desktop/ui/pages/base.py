"""What every step page is: its number and name, a few plain sentences, then its content."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ropa_desktop.core import model as m
from ropa_desktop.ui import steps
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.qt_keys import set_keys


class StepPage(QWidget):
    """A step: its number and name, a few plain sentences, then its content."""

    def __init__(self, editing: EditingController, step: int) -> None:
        super().__init__()
        self.editing = editing
        self.step = step
        self.setObjectName(f"step{step}")
        layout = self.page_layout = QVBoxLayout(self)
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
        set_keys(self.intro, "textFormat", "PlainText")
        self.intro.setStyleSheet("QLabel { color: palette(window-text); }")
        layout.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body, 1)

    @property
    def register(self) -> m.Register:
        return self.editing.register

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

    def focus_translation(self, field: str, lang: str) -> None:
        """Put the cursor in the ``lang`` field of a text (after ``focus_field`` opened its entry)."""
        texts = getattr(getattr(self, "form", None), "texts", {})
        box = texts.get(field)
        if box is not None and lang in box.fields:
            box.fields[lang].setFocus()  # (reason: Qt.FocusReason.OtherFocusReason)


def align_labels(layouts: Iterable[QFormLayout]) -> None:
    """Give the labels of these forms one width, so that their fields line up.

    (The forms are named rather than found: ``findChildren`` would make a Python object of every widget
    inside, about 1.5 ms of the start.)
    """
    labels: list[QWidget] = []
    for layout in layouts:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    set_keys(area, "focusPolicy", "NoFocus")  # Tab goes to the fields, which scroll into view
    area.setWidget(widget)
    return area
