"""Small things a new user trips over: counts that agree, a note that follows the fixes, Save As onto itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ropa_desktop.ui import steps


def test_the_status_bar_counts_add_up_to_the_review_count(window):
    findings = window.editing.findings
    missing = sum(1 for f in findings if f.severity == "missing")
    text = window.findings_label.text()
    assert text == f"Trūkstošās ziņas: {missing} · ieteikumi: {len(findings) - missing}"
    assert window.steps_list.item(steps.REVIEW - 1).text().endswith(f"({len(findings)})")


def test_the_still_missing_note_follows_the_fixes(qtbot, make_window, dialogs, tmp_path, type_text):
    window = make_window()
    dialogs.save_name = str(tmp_path / "new.ropa")
    window.new_action.trigger()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert "reģistrācijas numurs" in window.wizard_note.text()
    page = window.current_page()
    type_text(page.form.fields["registration_number"], "40003123456")
    qtbot.keyClick(page.form.fields["registration_number"], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "reģistrācijas numurs" not in window.wizard_note.text())
    assert window.wizard_note.isVisible()  # the rest of what is missing is still said
    assert window.current_step == steps.COMPANY


def test_save_as_onto_the_open_file_says_so(window, dialogs, sample_file):
    dialogs.save_name = str(sample_file)
    window.save_as_action.trigger()
    assert dialogs.kinds() == ["warning"]
    assert "atvērts" in dialogs.texts()[0]
    assert window.editing.store.path == sample_file


def test_the_catalogue_ticks_all_shown_entries_at_once(qtbot, window):
    from ropa_desktop.ui.picker import PickerDialog

    window.go_to(steps.SECURITY)
    page = window.current_page()
    page.catalogue_button.click()
    picker = page.findChild(PickerDialog)
    shown = [i for i in picker.tree.entry_items() if not i.isHidden()]
    qtbot.mouseClick(picker.tick_all, Qt.MouseButton.LeftButton)
    assert len(picker.chosen()) == len(shown) > 3
    picker.reject()


def test_a_purpose_links_its_data_categories_itself(qtbot, window, sample_file):
    from ropa_desktop.core.storage import RegisterFile

    window.go_to(steps.PURPOSES)
    page = window.current_page()
    assert page.select("marketing")
    page.form.data_categories.set_checked("bank-account", True)
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert "bank-account" in store.load().find("purposes", "marketing").data_category_ids
    window.go_to(steps.DATA)
    data = window.current_page()
    data.select("bank-account")
    assert "marketing" in data.form.purposes.checked_ids()
