"""Working without the mouse: what a screen reader says for each control Tab reaches, and keys for what the mouse
would open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from ropa_desktop.ui import steps
from ropa_desktop.ui.widgets import next_in_focus_chain


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
        widget = next_in_focus_chain(widget)
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


def test_the_logs_window_names_its_list_and_fields_and_tab_goes_from_the_buttons_to_the_form(qtbot, window):
    from PySide6.QtWidgets import QApplication

    log = window.logs.open("breaches")
    log.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is log)
    assert _spoken_name(log.page.table) == "Pārkāpumi"
    assert _spoken_name(log.retention).startswith("Cik gadus glabāt")
    log.page.add_button.setFocus()
    qtbot.keyClick(log.page.add_button, Qt.Key.Key_Space)  # a new breach: the cursor on when it became known
    assert _spoken_name(QApplication.focusWidget()) == "Uzzināts:"
    log.page.letters_button.setFocus()
    qtbot.keyClick(log.page.letters_button, Qt.Key.Key_Tab)  # not onto the invisible area the form scrolls in
    assert _spoken_name(QApplication.focusWidget()).startswith("Uzzināts:")


def test_a_date_field_opens_its_calendar_from_the_keyboard(qtbot, window, sample_file):
    """The “…” button is not a Tab stop: Alt+Down (or F4) in the field opens the calendar, Enter takes the day."""
    from PySide6.QtCore import QDate

    from ropa_desktop.core.storage import RegisterFile

    window.go_to(steps.RECIPIENTS)
    page = window.current_page()
    page.select("mozello")
    signed = page.form.signed_on
    signed.edit.setFocus()
    qtbot.keyClick(signed.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert signed.calendar.isVisible()
    qtbot.keyClick(signed.calendar, Qt.Key.Key_Escape)  # closed: nothing picked
    assert not signed.calendar.isVisible() and signed.edit.text() == ""
    qtbot.keyClick(signed.edit, Qt.Key.Key_F4)
    assert signed.calendar.isVisible()
    qtbot.keyClick(signed.calendar.focusWidget() or signed.calendar, Qt.Key.Key_Return)
    assert not signed.calendar.isVisible()
    with RegisterFile.open(sample_file, read_only=True) as store:
        picked = store.load().find("recipients", "mozello").agreement.signed_on
    assert picked == QDate.currentDate().toString("yyyy-MM-dd")


def test_the_start_page_shows_which_choice_has_the_focus(qtbot, make_window):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    page = window.start_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and page.new_button.hasFocus())
    marked = page.new_button.grab().toImage()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Tab)
    assert page.open_button.hasFocus()
    assert page.new_button.grab().toImage() != marked  # the frame went with the focus
    assert page.recent.accessibleName() == "Nesen atvērtie"


def test_the_catalogue_names_its_search_and_its_list(qtbot, window):
    from ropa_desktop.ui.picker import PickerDialog

    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    assert _spoken_name(picker.search) == "Meklēt…"
    assert _spoken_name(picker.tree) == "No kataloga: Nolūki"
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert not picker.isVisible()
