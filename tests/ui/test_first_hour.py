"""Small things a new user trips over: counts that agree, a note that follows the fixes, Save As onto itself."""

from __future__ import annotations

import pytest
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


def test_the_suggestions_tick_the_usual_and_let_one_office_suite_be_picked(qtbot, window, sample_file):
    from ropa_desktop.core.storage import RegisterFile
    from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog

    window.go_to(steps.PURPOSES)
    page = window.current_page()
    page.catalogue_button.click()
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    picker.tree.check("recruitment")
    picker.tree.check("video-surveillance")
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    dialog = [d for d in page.findChildren(SuggestionsDialog) if d.isVisible()][-1]
    chosen = {key for _kind, key in dialog.chosen()}
    assert {"job-applicants", "cv-data", "video-images", "recruitment-6m"} <= chosen
    assert not chosen & {"state-police", "google-workspace", "microsoft-365"}
    google, microsoft = dialog.tree.item_for("google-workspace"), dialog.tree.item_for("microsoft-365")
    assert google.parent() is microsoft.parent() and "E-pasta" in google.parent().text(0)
    dialog.tree.check("google-workspace")
    dialog.tree.check("microsoft-365")
    assert google.checkState(0) == Qt.CheckState.Unchecked  # one office suite: the last one ticked
    dialog.accept()
    with RegisterFile.open(sample_file, read_only=True) as store:
        register = store.load()
    assert register.find("purposes", "recruitment").recipient_ids == ["microsoft-365"]
    assert register.find("recipients", "google-workspace") is None
    assert register.find("recipients", "state-police") is None


def test_a_search_that_finds_nothing_offers_to_add_ones_own(qtbot, window, type_text):
    from ropa_desktop.ui.picker import PickerDialog

    window.go_to(steps.PURPOSES)
    page = window.current_page()
    page.catalogue_button.click()
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    assert not picker.nothing_found.isVisible()
    type_text(picker.search, "grām")
    assert not picker.nothing_found.isVisible()
    picker.search.clear()
    type_text(picker.search, "zirgu izjādes")
    assert picker.nothing_found.isVisible() and "nekas nav atrasts" in picker.nothing_label.text()
    qtbot.mouseClick(picker.add_own, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    assert page.adding and page.form.name.text() == "zirgu izjādes"  # what was searched for is the new name
    assert page.form.name.hasFocus()
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert window.editing.register.purposes[-1].name.get("lv") == "zirgu izjādes"


def test_the_purpose_form_offers_the_art_9_conditions(qtbot, window, sample_file):
    from ropa_desktop.core.storage import RegisterFile

    window.go_to(steps.PURPOSES)
    page = window.current_page()
    assert page.select("relationship")
    form = page.form
    assert not form.condition_choice.isVisible()
    form.data_categories.set_checked("personal-code", True)  # not special: still no condition asked for
    assert not form.condition_choice.isVisible()
    window.editing.register.find("data_categories", "contacts").sensitivity = "special"
    form.data_categories.set_checked("contacts", False)
    form.data_categories.set_checked("contacts", True)
    qtbot.waitUntil(form.condition_choice.isVisible)
    assert form.condition_choice.count() == 12
    form.condition_choice.setCurrentIndex(1)
    form.condition_choice.activated.emit(1)
    assert form.special_condition.toPlainText().startswith("VDAR 9. panta 2. punkta a) apakšpunkts")
    assert form.condition_choice.currentIndex() == 0
    page.flush()
    with RegisterFile.open(sample_file, read_only=True) as store:
        stored = store.load().find("purposes", "relationship").special_condition
    assert stored["lv"].startswith("VDAR 9. panta 2. punkta a)") and stored["en"].startswith("Art. 9(2)(a) GDPR")


def _stored(path):
    from ropa_desktop.core.storage import RegisterFile

    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


def test_whether_the_data_must_be_given_follows_the_legal_basis_until_picked(qtbot, window, sample_file, type_text):
    from ropa_desktop.ui.wizard_path import Person

    window.go_to(steps.PURPOSES)
    me = Person(window, type_text)
    me.add_own("Piegāde")
    form = me.page.form
    assert form.requirement.value() == ""
    me.click(form.basis_checks["contract"])
    assert form.requirement.value() == "contractual"
    me.click(form.basis_checks["consent"])  # the first basis still decides
    assert form.requirement.value() == "contractual"
    me.click(form.basis_checks["contract"])
    assert form.requirement.value() == "voluntary"
    me.choose(form.requirement, "contract_precondition")  # the user's answer stays
    me.click(form.basis_checks["legal_obligation"])
    assert form.requirement.value() == "contract_precondition"
    me.page.flush()
    purpose = next(p for p in _stored(sample_file).purposes if p.name.get("lv") == "Piegāde")
    assert purpose.requirement.kind == "contract_precondition"
    assert purpose.bases() == ["consent", "legal_obligation"]
    # the saved answer is the user's: opening the purpose again keeps it when the bases change
    me.select_row("Pakalpojumu nodrošināšana")
    me.select_row("Piegāde")
    me.click(me.page.form.basis_checks["legal_obligation"])
    assert me.page.form.requirement.value() == "contract_precondition"


def test_tick_all_links_a_data_category_to_every_purpose_in_one_undo_step(qtbot, window, sample_file):
    window.go_to(steps.DATA)
    page = window.current_page()
    assert page.select("bank-account")
    field = page.form.purposes.parentWidget()
    assert field.all_button.text() == "Atzīmēt visus"
    qtbot.mouseClick(field.all_button, Qt.MouseButton.LeftButton)
    register = _stored(sample_file)
    assert all("bank-account" in p.data_category_ids for p in register.purposes)
    # each purpose lists it where the register does: after the personal code and the rest, last here
    marketing = register.find("purposes", "marketing")
    assert marketing.data_category_ids == ["name", "contacts", "bank-account"]
    assert field.all_button.text() == "Noņemt visas atzīmes"
    window.undo_action.trigger()
    register = _stored(sample_file)
    assert [p.id for p in register.purposes if "bank-account" in p.data_category_ids] == ["services"]
    assert page.form.purposes.checked_ids() == ["services"]


def test_the_catalogue_adds_entries_in_the_order_they_were_ticked(qtbot, window, sample_file):
    from ropa_desktop.ui.picker import PickerDialog

    window.go_to(steps.DATA)
    page = window.current_page()
    page.catalogue_button.click()
    picker = page.findChild(PickerDialog)
    free = [i for i in picker.tree.entry_items() if i.flags() & Qt.ItemFlag.ItemIsUserCheckable]
    last, first = free[-1], free[0]
    for item in (last, first):
        item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    keys = [c.id for c in _stored(sample_file).data_categories][-2:]
    assert keys == [last.data(0, Qt.ItemDataRole.UserRole), first.data(0, Qt.ItemDataRole.UserRole)]


def _data_picker(window):
    from ropa_desktop.ui.picker import PickerDialog

    window.go_to(steps.DATA)
    page = window.current_page()
    page.catalogue_button.click()
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    free = [i for i in picker.tree.entry_items() if i.flags() & Qt.ItemFlag.ItemIsUserCheckable]
    return picker, free


def _key(item):
    return item.data(0, Qt.ItemDataRole.UserRole)


@pytest.mark.parametrize("ticked_first", [False, True])
def test_return_adds_the_entry_the_cursor_is_on_or_else_the_ticked_ones(qtbot, window, sample_file, ticked_first):
    before = [c.id for c in _stored(sample_file).data_categories]
    picker, free = _data_picker(window)
    picker.tree.setFocus()
    if ticked_first:
        picker.tree.setCurrentItem(free[0])
        qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    picker.tree.setCurrentItem(free[2])  # moved to with the arrow keys
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    assert not picker.isVisible()
    added = free[0] if ticked_first else free[2]  # with entries ticked, Return adds those (the Add button)
    assert [c.id for c in _stored(sample_file).data_categories] == [*before, _key(added)]


def test_double_click_on_an_entry_adds_it_once(qtbot, window, sample_file):
    before = [c.id for c in _stored(sample_file).data_categories]
    picker, free = _data_picker(window)
    tree = picker.tree
    tree.scrollToItem(free[3])
    where = tree.visualItemRect(free[3]).center()
    where.setX(where.x() + 60)  # on the name, not the box
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first click
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert not picker.isVisible()
    assert [c.id for c in _stored(sample_file).data_categories] == [*before, _key(free[3])]


def test_entries_added_already_are_not_added_again_by_a_double_click(qtbot, window, sample_file):
    picker, _free = _data_picker(window)
    present = next(i for i in picker.tree.entry_items() if not i.flags() & Qt.ItemFlag.ItemIsUserCheckable)
    where = picker.tree.visualItemRect(present).center()
    qtbot.mouseClick(picker.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(picker.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert picker.isVisible() and picker.chosen() == []
    picker.reject()


def test_a_personal_code_picked_from_the_catalogue_asks_for_the_companys_reason(qtbot, make_window, dialogs, tmp_path):
    from ropa_desktop.ui.picker import PickerDialog

    window = make_window()
    dialogs.save_name = str(tmp_path / "new.ropa")
    window.new_action.trigger()
    window.go_to(steps.DATA)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = page.findChild(PickerDialog)
    for key in ("name", "personal-code", "contacts"):
        picker.tree.item_for(key).setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    # the catalogue gives no reason of its own: the personal code is opened with the cursor where the reason goes
    code = window.editing.register.find("data_categories", "personal-code")
    assert code is not None and not any(code.description.values())
    assert page.form.original().id == "personal-code"
    assert window.focusWidget() is page.form.description
    assert any(f.code == "national_id_reason" for f in window.editing.findings)


def test_a_purpose_takes_its_data_from_the_catalogue_without_leaving_its_step(qtbot, make_window, dialogs, tmp_path):
    """Step 3 comes before step 4: a new purpose's empty “What data” list offers the catalogue itself, and what is
    picked there is added and ticked for that purpose, one undo step."""
    from ropa_desktop.ui.picker import PickerDialog

    window = make_window()
    dialogs.save_name = str(tmp_path / "new.ropa")
    window.new_action.trigger()
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.key_field(), "Orders")
    form = page.form
    field = form.checklist_field(form.data_categories)
    assert field.empty_note.isVisibleTo(page)
    assert (
        field.empty_note.text()
        == "Vēl nav ko atzīmēt: ņemiet datus no kataloga vai pievienojiet savus 4. solī “Datu kategorijas”."
    )
    qtbot.mouseClick(form.data_catalogue_button, Qt.MouseButton.LeftButton)
    picker = page.findChild(PickerDialog)
    assert picker is not None and picker.isVisible()
    for key in ("name", "contacts"):
        picker.tree.item_for(key).setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    register = window.editing.register
    (purpose,) = register.purposes
    assert purpose.name.get("lv") == "Orders"
    assert [c.id for c in register.data_categories] == ["name", "contacts"] == purpose.data_category_ids
    assert page.form.original().id == purpose.id and page.form.data_categories.checked_ids() == ["name", "contacts"]
    window.undo_action.trigger()  # one step takes back both the data and the ticks; the purpose stays
    assert window.editing.register.data_categories == [] and len(window.editing.register.purposes) == 1


@pytest.mark.parametrize(
    ("step", "searched", "found"),
    [
        (steps.DATA, "email", "E-mail and chat correspondence"),
        (steps.DATA, "CCTV", "Video surveillance footage"),
        (steps.DATA, "salary", "Pay data"),
        (steps.PURPOSES, "cctv", "Video surveillance"),
        (steps.PURPOSES, "salary", "Payroll"),
    ],
)
def test_the_catalogue_finds_what_people_call_it(qtbot, make_window, sample_file, type_text, step, searched, found):
    # each of these said “Nothing found in the catalogue – add your own entry instead”
    from ropa_desktop.ui.picker import PickerDialog

    window = make_window(sample_file, lang="en")
    window.go_to(step)
    page = window.current_page()
    page.catalogue_button.click()
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    type_text(picker.search, searched)
    shown = [item.text(0) for item in picker.tree.entry_items() if not item.isHidden()]
    assert any(title.startswith(found) for title in shown) and not picker.nothing_found.isVisible()
    picker.reject()


def test_the_note_on_each_legal_basis_suggests_what_it_usually_says(qtbot, window):
    # consent's note suggested a law or a contract
    window.go_to(steps.PURPOSES)
    form = window.current_page().form
    examples = {
        basis: form.texts[f"legal_bases.{basis}.note"].fields["lv"].placeholderText() for basis in form.basis_checks
    }
    assert examples["consent"] == "Piezīme, piem., kādam nolūkam dota piekrišana"
    assert examples["contract"] == "Piezīme, piem., kurš līgums"
    assert examples["legal_obligation"] == "Piezīme, piem., kurš likums"
    assert examples["vital_interests"] == "Piezīme"
