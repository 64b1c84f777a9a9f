"""A person fills the whole wizard from an empty register and gets the ZĪMES sample.

Everything goes through the widgets: typing, clicking, ticking, the catalogue picker
with its search box, Back/Next; the person's actions are counted.  The exported JSON must
equal the sample once ids are set aside (every id reference replaced by the name it points to).
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ropa_desktop.core import model as m
from ropa_desktop.ui import steps
from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog
from ropa_desktop.ui.wizard_path import BASELINE_ACTIONS, Person, fill_zimes, without_ids


def test_filling_the_wizard_reproduces_the_zimes_sample(qtbot, make_window, dialogs, tmp_path, sample_data, type_text):
    window = make_window()
    dialogs.save_name = str(tmp_path / "ZIMES.ropa")
    window.new_action.trigger()
    assert window.editing.store.path.name == "ZIMES.ropa"
    me = Person(window, type_text)
    fill_zimes(me, m.from_json(sample_data))
    assert dict(me.actions) == {"click": 23, "key": 22, "typed field": 26, "pick": 6}
    assert me.total == 77 < BASELINE_ACTIONS

    out = tmp_path / "export.json"
    dialogs.save_name = str(out)
    window.export_action.trigger()
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert without_ids(exported) == without_ids(sample_data)


def test_a_typical_purpose_brings_its_suggestions(qtbot, make_window, dialogs, tmp_path, type_text):
    from ropa_desktop.core.storage import RegisterFile

    window = make_window()
    dialogs.save_name = str(tmp_path / "new.ropa")
    window.new_action.trigger()
    window.go_to(steps.PURPOSES)
    me = Person(window, type_text)
    page = me.page
    me.click(page.catalogue_button)
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    me.type(picker.search, "grāmatved")
    visible = [i.text(0) for i in picker.tree.entry_items() if not i.isHidden()]
    assert visible and all(
        "rāmatved" in t or "rāmatved" in i
        for t, i in ((x.text(0), x.text(1)) for x in picker.tree.entry_items() if not x.isHidden())
    )
    picker.tree.check("accounting")
    me.click(picker.ok)
    suggestions = [d for d in page.findChildren(SuggestionsDialog) if d.isVisible()][-1]
    offered = {key for _kind, key in suggestions.chosen()}
    assert {"clients", "bank-account", "accountant", "vid", "accounting-source-5y"} <= offered
    suggestions.tree.check("vid", False)
    suggestions.accept()
    with RegisterFile.open(tmp_path / "new.ropa", read_only=True) as store:
        register = store.load()
    purpose = register.find("purposes", "accounting")
    assert purpose is not None
    assert "clients" in purpose.subject_category_ids
    assert "bank-account" in purpose.data_category_ids
    assert "accountant" in purpose.recipient_ids and "vid" not in purpose.recipient_ids
    assert register.find("retention_rules", "accounting-source-5y").purpose_ids == ["accounting"]
    # the whole pick is one undo step
    window.undo_action.trigger()
    with RegisterFile.open(tmp_path / "new.ropa", read_only=True) as store:
        register = store.load()
    assert register.purposes == [] and register.recipients == [] and register.retention_rules == []


def test_a_register_in_two_languages_is_typed_through_the_wizard(qtbot, make_window, dialogs, tmp_path, type_text):
    """From empty: Latvian and English are the new register's languages; every text is typed in both
    where it is shown, one is left untranslated on purpose, and the export holds exactly what was typed."""
    window = make_window()
    dialogs.save_name = str(tmp_path / "two.ropa")
    window.new_action.trigger()
    me = Person(window, type_text)

    # 1 Company: the languages are there already, Latvian first; each text has a field per language
    form = me.page.form
    assert form.languages_box.languages() == ["lv", "en"]
    assert not form.languages_box.others["lv"].isVisible() and form.languages_box.others["en"].isChecked()
    me.write(form.fields["name"], "SIA “Maiznīca”")
    locations = form.texts["processing_locations"]
    assert list(locations.fields) == ["lv", "en"]
    me.write(locations.fields["lv"], "Latvijas Republika")
    assert "angļu" in locations.fields["en"].placeholderText()  # visibly marked as missing
    me.write(locations.fields["en"], "Republic of Latvia")
    me.write(form.texts["contact_person.role"].fields["lv"], "valdes loceklis")
    me.write(form.texts["contact_person.role"].fields["en"], "board member")
    me.next()

    # 2 Data subjects: a category of employees, its audience chosen with its one-line explanation
    me.add_own("Darbinieki")
    form = me.page.form
    description = form.texts["description"]
    assert description.fields["lv"].placeholderText().startswith("piem.")  # the example, in the window's language
    assert description.fields["en"].placeholderText() == ""  # not a Latvian example in the English field
    me.write(form.texts["name"].fields["en"], "Employees")
    me.write(form.texts["description"].fields["lv"], "Uzņēmuma darbinieki.")
    me.write(form.texts["description"].fields["en"], "The company's staff.")
    me.choose(form.audience, "staff")
    assert "darbinieki" in form.audience_explained.text().casefold()
    me.next()

    # 3 Purposes: consent that covers one thing and is collected on the printed form; direct marketing
    me.add_own("Jaunumu sūtīšana")
    form = me.page.form
    me.write(form.texts["name"].fields["en"], "Sending news")
    me.click(form.basis_checks["consent"])
    assert form.consent_scope.isVisibleTo(me.page) and form.consent_on_form.isChecked()
    me.write(form.texts["consent.scope"].fields["lv"], "jaunumu vēstules")
    me.write(form.texts["consent.scope"].fields["en"], "newsletters")
    me.click(form.direct_marketing)
    assert form.subjects.checked_ids() == ["darbinieki"]  # the register's only category, ticked already
    me.page.flush()

    # 10 Review: the purpose's description is typed in Latvian only, so English lacks it
    window.go_to(steps.PURPOSES)
    me.write(me.page.form.texts["description"].fields["lv"], "Sūtām jaunumus.")
    me.page.flush()
    window.go_to(steps.REVIEW)
    review = me.page
    groups = [review.tree.topLevelItem(i).text(0) for i in range(review.tree.topLevelItemCount())]
    assert any(g.startswith("Trūkst tulkojumu angļu valodā (") for g in groups), groups  # not “English” here
    untranslated = next(
        i for i in review.finding_items() if i.data(0, Qt.ItemDataRole.UserRole).code == "text_not_translated"
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    review.open_finding(untranslated)  # “Fix”: the cursor where the translation is typed
    finding = untranslated.data(0, Qt.ItemDataRole.UserRole)
    assert (finding.step, finding.field, finding.params["language_code"]) == (steps.PURPOSES, "description", "en")
    assert window.current_step == steps.PURPOSES
    assert QApplication.focusWidget() is me.page.form.texts["description"].fields["en"]

    out = tmp_path / "two.json"
    dialogs.save_name = str(out)
    window.export_action.trigger()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["languages"] == ["lv", "en"]
    assert data["organisation"]["name"] == "SIA “Maiznīca”"
    assert data["organisation"]["processing_locations"] == {"lv": "Latvijas Republika", "en": "Republic of Latvia"}
    assert data["organisation"]["contact_person"]["role"] == {"lv": "valdes loceklis", "en": "board member"}
    [staff] = data["subject_categories"]
    assert (staff["name"], staff["description"], staff["audience"]) == (
        # the catalogue's name in the languages not typed comes with it
        {"lv": "Darbinieki", "en": "Employees"},
        {"lv": "Uzņēmuma darbinieki.", "en": "The company's staff."},
        "staff",
    )
    [purpose] = data["purposes"]
    assert purpose["name"] == {"lv": "Jaunumu sūtīšana", "en": "Sending news"}
    assert purpose["description"] == {"lv": "Sūtām jaunumus."}
    assert purpose["direct_marketing"] is True
    assert purpose["consent"]["scope"] == {"lv": "jaunumu vēstules", "en": "newsletters"}
    assert purpose["consent"]["on_form"] is True
    assert [b["basis"] for b in purpose["legal_bases"]] == ["consent"]
    assert purpose["subject_category_ids"] == [data["subject_categories"][0]["id"]]
