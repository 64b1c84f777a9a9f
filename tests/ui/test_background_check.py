"""A large register is checked in the worker process: the window shows the findings when they arrive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.core import completeness
from ropa_desktop.ui import editing, steps

ARRIVAL_MS = 60000  # the worker process starts with the first check


@pytest.fixture
def large(monkeypatch):
    """Every register counts as large, and the window's own process can no longer check one."""
    real_check = completeness.check

    def not_here(register):
        raise AssertionError("the register was checked on the window's thread")

    monkeypatch.setattr(editing, "CHECKED_AT_ONCE", 0)
    monkeypatch.setattr(completeness, "check", not_here)
    return real_check


def _counts(findings) -> str:
    missing = sum(1 for f in findings if f.severity == "missing")
    return f"Trūkstošās ziņas: {missing} · ieteikumi: {len(findings) - missing}"


def test_the_findings_of_a_large_register_arrive_from_the_worker_process(qtbot, make_window, sample_file, large):
    window = make_window(sample_file)
    assert not window.editing.findings_known
    assert window.findings_label.text() == "Pārbauda reģistru…"
    qtbot.waitUntil(lambda: window.editing.findings_known, timeout=ARRIVAL_MS)
    expected = list(large(window.editing.register))
    assert window.editing.findings == expected and expected
    assert window.findings_label.text() == _counts(expected)
    assert window.steps_list.item(steps.REVIEW - 1).text().endswith(f"({len(expected)})")
    window.go_to(steps.REVIEW)
    assert len(window.current_page().finding_items()) == len(expected)


def test_a_fix_reaches_the_marks_and_review_through_the_worker(qtbot, make_window, sample_file, large, type_text):
    window = make_window(sample_file)
    qtbot.waitUntil(lambda: window.editing.findings_known, timeout=ARRIVAL_MS)
    before = len(window.editing.findings)
    page = window.current_page()
    type_text(page.form.fields["registration_number"], "40003123456")
    page.flush()
    qtbot.waitUntil(lambda: len(window.editing.findings) == before - 1, timeout=ARRIVAL_MS)
    assert window.editing.findings == list(large(window.editing.register))
    assert window.steps_list.item(steps.REVIEW - 1).text().endswith(f"({before - 1})")
    with qtbot.waitSignal(window.editing.findings_changed, timeout=ARRIVAL_MS):
        window.editing.undo_stack.undo()  # undo is checked again too
    qtbot.waitUntil(lambda: window.editing.findings_current(), timeout=ARRIVAL_MS)
    assert len(window.editing.findings) == before
    window.go_to(steps.REVIEW)
    assert len(window.current_page().finding_items()) == before


def test_next_says_what_is_missing_once_the_check_has_arrived(qtbot, make_window, sample_file, large):
    window = make_window(sample_file)
    assert window.current_step == steps.COMPANY and not window.editing.findings_known
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reģistrācijas numurs" in window.wizard_note.text(), timeout=ARRIVAL_MS)
    assert window.current_step == steps.COMPANY
