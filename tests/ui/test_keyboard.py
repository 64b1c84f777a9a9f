"""Working without the mouse: tab order, mnemonics, Enter/Escape in dialogs, undo and redo keys."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QScrollArea, QWidget

from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps
from ropa_desktop.ui.widgets import next_in_focus_chain


def stored(path):
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", ["lv", "en", "ru"])
def test_no_two_visible_things_share_a_mnemonic(make_window, sample_file, lang):
    """Alt+letter must reach one thing: the menu bar and every step's visible labels and buttons."""
    window = make_window(sample_file, lang=lang)
    bar = {}
    for action in window.menuBar().actions():
        letter = _mnemonic(action.text())
        assert letter and letter not in bar, (action.text(), bar.get(letter))
        bar[letter] = action.text()
        seen: dict[str, str] = {}
        for item in action.menu().actions():
            items = [item, *(item.menu().actions() if item.menu() else [])]
            for entry in items:
                if entry.isSeparator() or not entry.text():
                    continue
                letter = _mnemonic(entry.text())
                assert letter, f"{entry.text()} has no mnemonic"
                if entry is item:
                    assert letter not in seen, (entry.text(), seen.get(letter))
                    seen[letter] = entry.text()
    for step in steps.STEPS:
        window.go_to(step)
        seen = dict(bar)
        widgets = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel), *window.findChildren(QGroupBox)]
        for widget in widgets:
            if not widget.isVisible():
                continue
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            letter = _mnemonic(text)
            if letter:
                assert letter not in seen, (step, text, seen.get(letter))
                seen[letter] = text


def test_tab_goes_through_the_page_and_then_back_and_next(qtbot, window):
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    window.steps_list.setFocus()
    visited = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is window.back_button:
            break
        visited.append(widget)
    assert visited[0] is page.table
    assert all(page.isAncestorOf(w) for w in visited), visited
    assert not any(isinstance(w, QScrollArea) for w in visited)
    assert page.form.fields["name"] in visited
    qtbot.keyClick(window.back_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.next_button
    # and the same on a page made later, after a language switch rebuilt the window
    window.set_language("en")
    qtbot.waitUntil(window.steps_list.isVisible)  # the new widgets are shown by the event loop
    window.go_to(steps.SECURITY)
    page = window.current_page()
    assert _next_tab_stop(window.steps_list) is page.table
    assert _next_tab_stop(window.back_button) is window.next_button


def _next_tab_stop(widget):
    """Where Tab goes from ``widget``: the next visible, enabled widget in the chain that takes Tab focus."""
    candidate = next_in_focus_chain(widget)
    while candidate is not widget:
        if candidate.isVisible() and candidate.isEnabled() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return candidate
        candidate = next_in_focus_chain(candidate)
    return widget


def test_the_walk_that_orders_tab_leaves_qts_own_widgets_owned_by_their_ancestors(window):
    """Tab's order is found by walking the page's focus chain. PySide hung each widget Qt makes inside its own
    (a table's viewport, header and scroll bars, a field's parts) on the widget before it in the chain, on the
    Python side: deleting that one (a language's field removed) declared them deleted while Qt still used them."""
    import shiboken6

    window.go_to(steps.SUBJECTS)  # the walk sets Tab's way through the page
    page = window.current_page()
    wrappers = {id(wrapper): wrapper for wrapper in shiboken6.getAllValidWrappers()}

    def python_parent(widget):
        lines = [line for line in shiboken6.dump(widget).splitlines() if line.startswith("parent")]
        return wrappers.get(int(lines[0].rsplit(" at ", 1)[1].rstrip("> "), 16)) if lines else None

    made_by_qt = [
        w
        for w in wrappers.values()
        if isinstance(w, QWidget) and page.isAncestorOf(w) and not shiboken6.createdByPython(w)
    ]
    assert len(made_by_qt) > 5  # the table's parts at least
    strays = [w for w in made_by_qt if not (isinstance(python_parent(w), QWidget) and python_parent(w).isAncestorOf(w))]
    assert strays == []
    assert python_parent(window) is None  # the window, after the chain's last widget, is nobody's


def test_redo_with_ctrl_shift_z(qtbot, window, sample_file):
    window.go_to(steps.RECIPIENTS)
    page = window.current_page()
    page.select("debt-collectors")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored(sample_file).find("recipients", "debt-collectors") is None
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(sample_file).find("recipients", "debt-collectors") is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(sample_file).find("recipients", "debt-collectors") is None
    # the menu names what is undone, in Latvian grammar ("Atsaukt … dzēšanu")
    assert window.undo_action.text().replace("&", "").endswith("dzēšanu")


def _pick_accounting(qtbot, window):
    from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog

    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    picker.tree.check("accounting")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter adds what is ticked
    return [d for d in page.findChildren(SuggestionsDialog) if d.isVisible()][-1]


def test_escape_on_the_suggestions_adds_nothing(qtbot, window, sample_file):
    before = len(stored(sample_file).purposes)
    suggestions = _pick_accounting(qtbot, window)
    qtbot.keyClick(suggestions, Qt.Key.Key_Escape)
    assert not suggestions.isVisible()
    after = stored(sample_file)
    assert len(after.purposes) == before and after.find("purposes", "accounting") is None


def test_only_the_purposes_adds_the_purpose_without_its_suggestions(qtbot, window, sample_file):
    suggestions = _pick_accounting(qtbot, window)
    qtbot.mouseClick(suggestions.only, Qt.MouseButton.LeftButton)
    after = stored(sample_file)
    assert after.find("purposes", "accounting") is not None
    assert after.find("recipients", "vid") is None


def test_an_unknown_date_stays_empty_until_a_day_is_typed_or_picked(qtbot, window, sample_file, type_text):
    from PySide6.QtCore import QDate

    window.go_to(steps.RECIPIENTS)
    page = window.current_page()
    page.select("mozello")
    signed = page.form.signed_on
    assert signed.edit.text() == "" and signed.edit.placeholderText() == "dd.mm.gggg."
    # typed in the Latvian way, with or without the last dot; nothing is saved before the typing is done
    signed.edit.setFocus()
    type_text(signed.edit, "1.03.2024")
    assert stored(sample_file).find("recipients", "mozello").agreement.signed_on is None
    qtbot.keyClick(signed.edit, Qt.Key.Key_Tab)
    assert stored(sample_file).find("recipients", "mozello").agreement.signed_on == "2024-03-01"
    assert signed.edit.text() == "01.03.2024."
    # a day that is not a date is not saved and the field says how to write it
    signed.edit.setFocus()
    qtbot.keyClick(signed.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(signed.edit, "31.02.2024.")
    qtbot.keyClick(signed.edit, Qt.Key.Key_Tab)
    assert stored(sample_file).find("recipients", "mozello").agreement.signed_on == "2024-03-01"
    assert "dd.mm.gggg." in signed.edit.toolTip()
    # picked from the calendar
    qtbot.mouseClick(signed.pick_button, Qt.MouseButton.LeftButton)
    assert signed.calendar.isVisible()
    signed.calendar.activated.emit(QDate(2023, 12, 24))
    assert not signed.calendar.isVisible()
    assert stored(sample_file).find("recipients", "mozello").agreement.signed_on == "2023-12-24"
    # emptied: unknown again
    signed.edit.setFocus()
    qtbot.keyClick(signed.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(signed.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(signed.edit, Qt.Key.Key_Tab)
    assert stored(sample_file).find("recipients", "mozello").agreement.signed_on is None


@pytest.mark.parametrize("ui_language", ["en"])
def test_dates_are_shown_in_the_window_language(window, ui_language):
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    page.approved_on.set_value("2025-01-10")
    assert page.approved_on.edit.text() == "10/01/2025"
    assert page.approved_on.parse("10/1/2025").toString("yyyy-MM-dd") == "2025-01-10"
    assert page.approved_on.parse("10/1/25").toString("yyyy-MM-dd") == "2025-01-10"  # a year of two digits


def test_a_date_typed_short_is_understood(window):
    window.go_to(steps.DOCUMENTS)
    field = window.current_page().approved_on
    for typed in ("1.3.24", "1.3.24.", "01.03.24", "1.3.2024", "2024-03-01"):
        assert field.parse(typed).toString("yyyy-MM-dd") == "2024-03-01", typed
    assert field.parse("31.2.24") is None


def test_a_register_without_backups_says_so_instead_of_an_empty_list(qtbot, window):
    from ropa_desktop.ui.backups import BackupDialog

    dialog = BackupDialog([], "ZIMES.ropa", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.list.isVisible() and not dialog.ok.isEnabled()
    assert any(label.isVisible() and "nav kopiju" in label.text() for label in dialog.findChildren(QLabel))
