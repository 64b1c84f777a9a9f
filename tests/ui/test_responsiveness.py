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


def test_a_step_visited_again_unchanged_fills_nothing_again(qtbot, window, monkeypatch):
    _click_step(qtbot, window, steps.RETENTION)
    page = window.current_page()
    loads = _count_loads(page, monkeypatch)
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    _click_step(qtbot, window, steps.SECURITY)
    _click_step(qtbot, window, steps.RETENTION)
    assert loads == [] and resets == []  # the same register: the same rows and form stay on screen


def test_a_step_visited_again_shows_what_changed_elsewhere(qtbot, window, type_text):
    _click_step(qtbot, window, steps.RETENTION)
    rules = window.current_page()
    rule = next(r for r in (rules.model.entry(i) for i in range(rules.model.rowCount())) if r.purpose_ids)
    rules.select(rule.id)
    checklist = rules.form.purposes
    items = [checklist.item(i) for i in range(checklist.count())]
    _click_step(qtbot, window, steps.PURPOSES)
    purposes = window.current_page()
    purposes.select(rule.purpose_ids[0])
    name = purposes.form.fields["name"]
    name.selectAll()
    type_text(name, "Pārdēvēts nolūks")
    _click_step(qtbot, window, steps.RETENTION)  # leaving saves the new name
    row = rules.model.row_of(rule.id)
    assert "Pārdēvēts nolūks" in rules.model.index(row, 0).data()
    rules.select(rule.id)
    # the renamed purpose gets its new name in the checklist; the other items stay as they were
    assert [checklist.item(i) for i in range(checklist.count())] == items
    assert "Pārdēvēts nolūks" in [checklist.item(i).text() for i in range(checklist.count())]
    assert set(checklist.checked_ids()) == set(rule.purpose_ids)


def test_tick_all_follows_the_ticks_of_the_entry_shown(qtbot, window):
    _click_step(qtbot, window, steps.RETENTION)
    page = window.current_page()
    checklist = page.form.purposes
    field = page.form._rows[checklist]
    rule = page.model.entry(0)
    page.select(rule.id)
    with qtbot.waitSignal(checklist.all_toggled):
        qtbot.mouseClick(field.all_button, Qt.MouseButton.LeftButton)
    assert checklist.all_checked() and field.all_button.text() == "Noņemt visas atzīmes"
    qtbot.waitUntil(lambda: not page._dirty)
    page.flush()
    stored = window.editing.register.find("retention_rules", rule.id)
    assert set(stored.purpose_ids) == {p.id for p in window.editing.register.purposes}
    other = page.model.entry(1)
    page.select(other.id)
    assert set(checklist.checked_ids()) == set(other.purpose_ids)
    assert checklist.all_checked() == (len(set(other.purpose_ids)) == checklist.count())


def test_review_lists_many_findings_a_few_at_a_time_and_then_all(qtbot, window, monkeypatch):
    from ropa_desktop.ui.pages.review import ReviewPage

    monkeypatch.setattr(ReviewPage, "AT_ONCE", 2)
    findings = window.editing.findings
    assert len(findings) > 2
    _click_step(qtbot, window, steps.REVIEW)
    page = window.current_page()
    shown = page.finding_items()
    assert len(shown) == 2 and page.listing()  # the first ones at once, the window answers meanwhile
    assert page.tree.currentItem() is shown[0]
    qtbot.waitUntil(lambda: not page.listing())
    listed = [item.data(0, Qt.ItemDataRole.UserRole) for item in page.finding_items()]
    assert len(listed) == len(findings) and all(any(f is g for g in listed) for f in findings)
    assert all(page.tree.topLevelItem(i).isExpanded() for i in range(page.tree.topLevelItemCount()))
