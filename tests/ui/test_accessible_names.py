"""What a screen reader says for each control a person reaches with Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from ropa_desktop.ui import steps


def _spoken_name(widget) -> str:
    """What a screen reader calls ``widget``: its accessible name, its buddy label's words, or its own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    labels = widget.parentWidget().findChildren(QLabel) if widget.parentWidget() else []
    buddy = next((label.text() for label in labels if label.buddy() is widget and label.text()), "")
    own = widget.text() if isinstance(widget, QAbstractButton) else ""
    return (buddy or own).replace("&", "")


def _tab_stops(window) -> list:
    """The controls Tab reaches from the list of steps, in order (the widgets the chain names, unasked)."""
    stops = []
    widget = window.steps_list
    while True:
        widget = widget.nextInFocusChain()
        if widget is window.steps_list or widget in stops:
            return stops
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)


def test_every_field_a_tab_reaches_has_a_name(window):
    """A field of a text in each language, a date, a checklist, a list: each says what it is, not just “edit”."""
    names: dict[int, list[str]] = {}
    for step in steps.STEPS:
        window.go_to(step)
        stops = _tab_stops(window)
        assert all(_spoken_name(w) for w in stops), (step, [w for w in stops if not _spoken_name(w)])
        names[step] = [_spoken_name(w) for w in stops]
    assert {"Nosaukums: LV", "Nosaukums: EN"} <= set(names[steps.SUBJECTS])  # which text, and which language
    assert "Līguma izpilde EN" in names[steps.PURPOSES] and "Kādi dati:" in names[steps.PURPOSES]
    assert "Noslēgts:" in names[steps.RECIPIENTS]  # a date field: its edit, not the box around it
    assert names[steps.SUBJECTS][0] == steps.title(steps.SUBJECTS)  # the list of entries
