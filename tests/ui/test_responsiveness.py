"""Work the window does once, not again and again: filling a form, building a checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ropa_desktop.ui import steps


def _click_step(qtbot, window, step: int) -> None:
    item = window.steps_list.item(step - 1)
    qtbot.mouseClick(
        window.steps_list.viewport(), Qt.MouseButton.LeftButton, pos=window.steps_list.visualItemRect(item).center()
    )
    assert window.current_step == step


def _click_row(qtbot, page, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _count_loads(page, monkeypatch) -> list[str]:
    loads: list[str] = []
    original = page.form.load

    def load(entry, register):
        loads.append(entry.id)
        original(entry, register)

    monkeypatch.setattr(page.form, "load", load)
    return loads


def test_choosing_a_row_fills_the_form_once(qtbot, window, monkeypatch):
    _click_step(qtbot, window, steps.PURPOSES)
    page = window.current_page()
    loads = _count_loads(page, monkeypatch)
    other = page.model.entry(1).id
    _click_row(qtbot, page, 1)
    assert loads == [other]
    assert page.select(page.model.entry(0).id)
    assert loads == [other, page.model.entry(0).id]


def test_a_checklist_keeps_its_items_when_the_next_entry_has_the_same_choices(qtbot, window):
    _click_step(qtbot, window, steps.RETENTION)
    page = window.current_page()
    rules = [page.model.entry(row) for row in range(page.model.rowCount())]
    assert len(rules) >= 2
    page.select(rules[0].id)
    checklist = page.form.purposes
    items = [checklist.item(i) for i in range(checklist.count())]
    page.select(rules[1].id)
    # the same purposes to choose from: the same items, only their ticks follow the entry shown
    assert [checklist.item(i) for i in range(checklist.count())] == items
    assert set(checklist.checked_ids()) == set(rules[1].purpose_ids)
