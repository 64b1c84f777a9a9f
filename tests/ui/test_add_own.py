"""“Add your own…”: the new entry in the form below the table, and what happens around it while it is named."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ropa_desktop.core import labels
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import ReadOnlyRegister
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps


def stored(path) -> m.Register:
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


def names(path, kind="subject_categories") -> list[dict[str, str]]:
    return [dict(e.name) for e in stored(path).items(kind)]


def click_step(qtbot, window, step: int) -> None:
    item = window.steps_list.item(step - 1)
    rect = window.steps_list.visualItemRect(item)
    qtbot.mouseClick(window.steps_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_step == step


def start_adding(qtbot, window, step):
    """“Add your own…” on ``step``: the form shows a new entry, the cursor in its name."""
    click_step(qtbot, window, step)
    page = window.current_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.adding and window.focusWidget() is page.form.key_field()
    return page


def focus_listeners() -> int:
    return QApplication.instance().receivers("2focusChanged(QWidget*,QWidget*)")


def test_a_new_entry_the_file_refuses_as_read_only_stays_on_screen(qtbot, window, dialogs, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Sezonas strādnieki")

    def now_read_only(*_args, **_kwargs):  # the disk turned read-only meanwhile (root may write a 0444 file)
        raise ReadOnlyRegister("became_read_only", path=str(sample_file))

    window.editing.store.add = now_read_only
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert dialogs.kinds()[-1] == "warning"  # the person is told
    assert page.adding and page.form.isVisible() and page.form.name.text() == "Sezonas strādnieki"  # not wiped away
    assert not page.form.isEnabled() and window.banner.isVisible()
    assert page.adding_note.text() == "Failu var tikai lasīt, tāpēc šo ierakstu tajā nevar pievienot."
    click_step(qtbot, window, steps.PURPOSES)  # moving on is not blocked; nothing could be stored
    click_step(qtbot, window, steps.SUBJECTS)
    assert not page.adding and page.form.name.text() == "Klienti"
    assert names(sample_file) == [{"lv": "Klienti", "en": "Customers"}]


def test_return_in_the_name_of_another_language_adds_the_entry(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    english = page.form.texts["name"].fields["en"]
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton)
    type_text(english, "Staff")
    qtbot.keyClick(english, Qt.Key.Key_Return)
    assert names(sample_file)[-1] == {"en": "Staff"}
    focus = window.focusWidget()
    assert not page.adding and page.form.isAncestorOf(focus)  # on to the next field
    assert not page.form.texts["name"].isAncestorOf(focus)


def test_the_registers_languages_changing_elsewhere_while_adding(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    with RegisterFile.open(sample_file) as elsewhere:
        elsewhere.set_languages(["lv", "en", "ru"])
    window.editing.poll()  # what the timer does every few seconds: the new entry stays as it is
    assert page.adding
    type_text(page.form.name, "Sezonas strādnieki")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert names(sample_file)[-1] == {"lv": "Sezonas strādnieki"}
    page = start_adding(qtbot, window, steps.SUBJECTS)
    russian = page.form.texts["name"].fields["ru"]  # a field made after the page was (Return there adds too)
    qtbot.mouseClick(russian, Qt.MouseButton.LeftButton)
    type_text(russian, "Персонал")
    qtbot.keyClick(russian, Qt.Key.Key_Return)
    assert names(sample_file)[-1] == {"ru": "Персонал"}
    assert not page.adding


def test_delete_drops_a_named_new_entry_without_storing_it(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Sezonas strādnieki")
    steps_before = window.editing.undo_stack.count()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not page.adding and page.form.name.text() == "Klienti"
    assert len(names(sample_file)) == 1
    assert window.editing.undo_stack.count() == steps_before  # no “add”, then “delete”, for Undo to bring back


def test_shift_tab_from_a_typed_name_adds_it_and_goes_back_towards_the_table(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Sezonas strādnieki")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Backtab)
    assert window.focusWidget() is page.delete_button
    assert not page.adding and names(sample_file)[-1] == {"lv": "Sezonas strādnieki"}
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab)
    assert window.focusWidget() is page.table and page.form.name.text() == "Sezonas strādnieki"


def test_tab_from_the_name_goes_through_its_translation_and_then_adds_the_entry(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    form = page.form
    type_text(form.name, "Sezonas strādnieki")
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    english = form.texts["name"].fields["en"]
    assert window.focusWidget() is english and page.adding  # the name in English comes next, then the rest
    type_text(english, "Staff")
    qtbot.keyClick(english, Qt.Key.Key_Tab)
    assert window.focusWidget() is form.description and not page.adding
    assert names(sample_file)[-1] == {"lv": "Sezonas strādnieki", "en": "Staff"}


@pytest.mark.parametrize("named", [False, True])
def test_a_language_switch_while_adding_keeps_a_typed_name_and_leaves_nothing_behind(
    qtbot, window, sample_file, type_text, named
):
    listeners = focus_listeners()
    page = start_adding(qtbot, window, steps.SUBJECTS)
    if named:
        type_text(page.form.name, "Sezonas strādnieki")
    window.language_actions["en"].trigger()
    assert focus_listeners() == listeners  # the old page no longer listens to where the cursor goes
    new_page = window.current_page()
    assert (
        new_page is not page
        and not new_page.adding
        and new_page.form_title.text() == "The chosen category of data subjects"
    )
    assert len(names(sample_file)) == (2 if named else 1)


@pytest.mark.parametrize("named", [False, True])
def test_opening_another_register_while_adding(qtbot, window, sample_file, type_text, tmp_path, named):
    other = tmp_path / "other.ropa"
    shutil.copy(sample_file, other)
    listeners = focus_listeners()
    page = start_adding(qtbot, window, steps.SUBJECTS)
    if named:
        type_text(page.form.name, "Sezonas strādnieki")
    assert window.open_file(other)
    assert focus_listeners() == listeners
    assert len(names(sample_file)) == (2 if named else 1) and len(names(other)) == 1  # added to the first one
    click_step(qtbot, window, steps.SUBJECTS)
    assert not window.current_page().adding


def test_closing_the_window_adds_a_typed_name(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Sezonas strādnieki")
    window.close()
    assert names(sample_file)[-1] == {"lv": "Sezonas strādnieki"}


def test_nothing_found_in_the_catalogue_starts_a_new_entry_with_the_search_text(qtbot, window, sample_file, type_text):
    from ropa_desktop.ui.picker import PickerDialog

    page = start_adding(qtbot, window, steps.DATA)  # “From the catalogue…” pressed while adding
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(PickerDialog)
    type_text(dialog.search, "Darba stāžs")
    assert dialog.nothing_found.isVisible()
    qtbot.mouseClick(dialog.add_own, Qt.MouseButton.LeftButton)
    assert page.adding and page.form.name.text() == "Darba stāžs" and page.form.description.isEnabled()
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert names(sample_file, "data_categories")[-1] == {"lv": "Darba stāžs"}


def test_a_name_typed_and_erased_greys_the_form_again_and_adds_nothing(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Da")
    assert page.form.description.isEnabled()
    qtbot.keyClick(page.form.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.form.name, Qt.Key.Key_Backspace)
    assert not page.form.description.isEnabled()
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert page.adding
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not page.adding and len(names(sample_file)) == 1


def test_a_purpose_ticked_right_after_naming_a_data_category_uses_the_new_category(
    qtbot, window, sample_file, type_text
):
    page = start_adding(qtbot, window, steps.DATA)
    type_text(page.form.name, "Darba stāžs")
    checklist = page.form.purposes
    item = checklist.item_for("Komerciālu paziņojumu sūtīšana")
    rect = checklist.visualItemRect(item)
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    register = stored(sample_file)
    category = register.data_categories[-1]
    assert category.name == {"lv": "Darba stāžs"} and not page.adding
    assert category.id in register.find("purposes", "marketing").data_category_ids
    assert item.checkState() == Qt.CheckState.Checked


@pytest.mark.parametrize("named", [False, True])
def test_the_quick_mozello_button_while_adding(qtbot, window, sample_file, type_text, named):
    click_step(qtbot, window, steps.RECIPIENTS)
    page = window.current_page()
    page.select("mozello")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page = start_adding(qtbot, window, steps.RECIPIENTS)
    if named:
        type_text(page.form.name, "Grāmatvede")
    mozello = page.quick_buttons["mozello"]
    assert mozello.isVisible()
    qtbot.mouseClick(mozello, Qt.MouseButton.LeftButton)
    shown = [n["lv"] for n in names(sample_file, "recipients")]
    assert shown == ["Parādu piedziņas sabiedrības", *(["Grāmatvede"] if named else []), "Mozello SIA"]
    assert not page.adding and page.form.original().id == "mozello" and not mozello.isVisible()


def test_customers_and_employees_are_one_click_each_on_the_data_subjects_step(qtbot, window, sample_file, type_text):
    click_step(qtbot, window, steps.SUBJECTS)
    page = window.current_page()
    clients, employees = page.quick_buttons["clients"], page.quick_buttons["employees"]
    assert not clients.isVisible() and employees.isVisible()  # the sample has its customers already
    assert employees.text() == "+ Darbinieki"
    row = page.buttons_row
    assert (
        row.indexOf(page.catalogue_button)
        < row.indexOf(clients)
        < row.indexOf(employees)
        < row.indexOf(page.add_button)
    )
    employees.setFocus()
    qtbot.keyClick(employees, Qt.Key.Key_Space)  # from the keyboard
    added = stored(sample_file).find("subject_categories", "employees")
    assert added is not None and added.description["lv"]  # the catalogue's entry, with its description
    assert page.form.original().id == "employees" and not employees.isVisible()
    # the cursor is in the entry's description, not on “◀ Back”, where the next Space had gone a step back
    assert window.focusWidget() is page.form.description
    window.undo_action.trigger()
    assert stored(sample_file).find("subject_categories", "employees") is None and employees.isVisible()
    # one's own entry of that name stands for it: the button goes, so the list does not get it twice
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Darbinieki")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    # (with the catalogue's name in its other languages: no translation is asked of it)
    assert names(sample_file)[-1] == {"lv": "Darbinieki", "en": "Employees"}  # (the register's languages)
    assert not employees.isVisible()


def test_undo_and_redo_around_a_new_entry(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Sezonas strādnieki")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    window.undo_action.trigger()  # right after it was added: it goes again
    assert len(names(sample_file)) == 1 and page.form.original().id == "clients"
    window.redo_action.trigger()
    assert names(sample_file)[-1] == {"lv": "Sezonas strādnieki"}
    page = start_adding(qtbot, window, steps.SUBJECTS)
    window.undo_action.trigger()  # no name yet: the last stored change is undone, the new entry stays to be named
    assert len(names(sample_file)) == 1 and page.adding and page.form.name.text() == ""
    type_text(page.form.name, "Piegādātāji")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert names(sample_file)[-1] == {"lv": "Piegādātāji"}


def test_clicking_the_row_shown_before_adding_shows_it_again(qtbot, window, sample_file):
    page = start_adding(qtbot, window, steps.PURPOSES)
    before = page.current_id()
    rect = page.table.visualRect(page.model.index(page.model.row_of(before), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not page.adding and page.form.original().id == before
    assert page.table.currentIndex().row() == page.model.row_of(before)
    assert len(stored(sample_file).purposes) == 5


def test_escape_on_an_empty_list_shows_it_empty_again(qtbot, window, sample_file):
    page = start_adding(qtbot, window, steps.SECURITY)
    qtbot.keyClick(page.form.name, Qt.Key.Key_Escape)
    assert not page.adding and not page.form.isVisible() and page.empty_note.isVisible()
    assert stored(sample_file).security_measures == []


def test_file_new_while_adding_keeps_the_typed_name_in_the_register_left(
    qtbot, window, dialogs, sample_file, type_text, tmp_path
):
    listeners = focus_listeners()
    page = start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Sezonas strādnieki")
    dialogs.save_name = str(tmp_path / "new.ropa")
    window.new_action.trigger()
    assert window.editing.store.path == tmp_path / "new.ropa" and window.current_step == steps.COMPANY
    assert names(sample_file)[-1] == {"lv": "Sezonas strādnieki"} and focus_listeners() == listeners


def test_a_click_that_adds_the_new_entry_still_lands_where_it_was_aimed(qtbot, window, sample_file, type_text):
    """The click that leaves the name adds the entry: the note above the form goes and the table may take one
    more row, but not between the button's press and its release, or the form moved under the pointer and
    the click was lost."""
    page = start_adding(qtbot, window, steps.PURPOSES)
    type_text(page.form.name, "Piegāde")
    check = page.form.basis_checks["contract"]
    at = check.mapTo(window, QPoint(8, check.height() // 2))  # where the pointer is, in the window
    screen = window.windowHandle()  # through the window system, as a real pointer: the release goes by position
    QTest.mousePress(screen, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert not page.adding  # added as the cursor left the name
    QApplication.processEvents()  # what the window does between a press and its release (layouts, paints)
    QTest.mouseRelease(screen, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert check.isChecked()
    purpose = next(p for p in stored(sample_file).purposes if p.name.get("lv") == "Piegāde")
    assert purpose.bases() == ["contract"]
    qtbot.waitUntil(lambda: not page.adding_note.isVisible())  # the note goes once the click is done


def test_what_the_catalogue_did_not_find_is_named_in_the_window_languages_field(qtbot, make_window, sample_file):
    """The English window on a Latvian register: the search words went into the LV field, the cursor into EN."""
    from ropa_desktop.ui.picker import PickerDialog

    window = make_window(sample_file, lang="en")
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    page.catalogue_button.click()
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    picker.search.setText("horse riding")
    qtbot.mouseClick(picker.add_own, Qt.MouseButton.LeftButton)
    name = page.form.texts["name"]
    assert page.adding and window.focusWidget() is name.fields["en"]
    assert name.fields["en"].text() == "horse riding" and name.fields["lv"].text() == ""


def test_an_own_entry_named_as_a_catalogue_entry_is_classified_as_that_one(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SUBJECTS)
    assert page.form.audience.value() == "customers"
    type_text(page.form.name, "Darbinieki")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert not page.adding
    assert stored(sample_file).subject_categories[-1].audience == "staff"  # the employees' notice is theirs
    assert page.form.audience.value() == "staff"  # and the form says so
    # its name in English too, as the catalogue has it: the Review asks no translation of it
    assert stored(sample_file).subject_categories[-1].name["en"] == "Employees"
    assert page.form.texts["name"].fields["en"].text() == "Employees"
    # Return went on past the translation that is there, to the description (a key pressed had replaced it)
    assert window.focusWidget() is page.form.texts["description"].field_for_typing()
    staff_id = stored(sample_file).subject_categories[-1].id
    from ropa_desktop.core import completeness

    type_text(page.form.description, "Štata darbinieki")  # (a typed text still waits for its translation)
    page.flush()
    untranslated = [f.where for f in completeness.check(stored(sample_file)) if f.code == "text_not_translated"]
    assert ("subject_categories", staff_id, "description") in untranslated
    assert ("subject_categories", staff_id, "name") not in untranslated
    assert page.form.audience_explained.text() == labels.label("lv", "audience_explained", "staff")

    page = start_adding(qtbot, window, steps.DATA)
    type_text(page.form.name, "Veselības dati saistībā ar darbnespēju")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert stored(sample_file).data_categories[-1].sensitivity == "special"
    assert page.form.sensitivity.value() == "special"
    assert "9. panta 2. punkt" in page.form.sensitivity_note.text()  # what such data needs, at once

    window.undo_action.trigger()  # one step: the entry goes with its classification
    assert [d.name.get("lv") for d in stored(sample_file).data_categories][-1] == "Konta numurs"

    page = start_adding(qtbot, window, steps.RECIPIENTS)
    assert page.form.role.value() == "processor"
    type_text(page.form.name, "Kredītiestādes")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert stored(sample_file).recipients[-1].role == "recipient_category"  # no processing agreement asked for
    assert page.form.role.value() == "recipient_category"

    # a purpose takes the catalogue purpose's legal bases too, and with them whether the data must be given
    page = start_adding(qtbot, window, steps.PURPOSES)
    type_text(page.form.name, "Pārtikas apritē nodarbināto obligātās veselības pārbaudes")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    purpose = stored(sample_file).purposes[-1]
    assert purpose.bases() == ["legal_obligation"] and purpose.requirement.kind == "statutory"
    assert purpose.data_category_ids == ["name"]  # the usual data the register has (not yet the health checks)
    assert page.form.data_categories.checked_ids() == ["name"]
    assert page.added_note.isVisible()  # and says why those boxes are ticked
    assert page.added_note.text() == (
        "Katalogā ir nolūks ar šādu nosaukumu: zemāk atzīmēti tā juridiskais pamats un parastie dati. "
        "Pārbaudiet, vai tie atbilst uzņēmuma darbībai."
    )
    assert [b for b, check in page.form.basis_checks.items() if check.isChecked()] == ["legal_obligation"]
    assert page.form.requirement.value() == "statutory" and page.form.basis_notes["legal_obligation"].isVisible()
    type_text(page.form.basis_notes["legal_obligation"], "Epidemioloģiskās drošības likums")  # its own words
    page.flush()
    purpose = stored(sample_file).purposes[-1]
    assert purpose.legal_bases == [
        m.LegalBasis("legal_obligation", m.Text.of("lv", "Epidemioloģiskās drošības likums"))
    ]

    # its retention term: the only purpose without one is ticked for the new term, and the note says why
    page = start_adding(qtbot, window, steps.RETENTION)
    assert page.form.purposes.checked_ids() == [purpose.id]
    assert "“Pārtikas apritē nodarbināto obligātās veselības pārbaudes” vēl nav glabāšanas termiņa" in (
        page.adding_note.text()
    )
    type_text(page.form.until_event, "1 gadu pēc darba attiecību beigām")
    page.flush()  # (the window saves what is typed)
    assert stored(sample_file).retention_rules[-1].purpose_ids == [purpose.id]


def test_a_measures_name_without_its_kind_is_not_dropped_unseen(qtbot, window, sample_file, type_text):
    page = start_adding(qtbot, window, steps.SECURITY)
    type_text(page.form.name, "Videonovērošana veikalā")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)  # it did nothing and said nothing
    assert window.focusWidget() is page.form.kind
    said = "Norādiet, vai “Videonovērošana veikalā” ir tehnisks vai organizatorisks pasākums"
    assert page.form.hint.isVisible() and page.form.hint.text().startswith(said)
    click_step(qtbot, window, steps.SECURITY)  # (where it is)
    item = window.steps_list.item(steps.REVIEW - 1)
    qtbot.mouseClick(
        window.steps_list.viewport(), Qt.MouseButton.LeftButton, pos=window.steps_list.visualItemRect(item).center()
    )
    assert window.current_step == steps.SECURITY  # the step was left, and the measure thrown away, without a word
    assert page.adding and page.form.name.text() == "Videonovērošana veikalā"
    assert window.focusWidget() is page.form.kind
    page.form.kind.setCurrentIndex(page.form.kind.findData("technical"))  # picked from the box's list
    assert not page.adding and not page.form.hint.isVisible()
    assert [(s.name.get("lv"), s.kind) for s in stored(sample_file).security_measures] == [
        ("Videonovērošana veikalā", "technical")
    ]
    click_step(qtbot, window, steps.REVIEW)


def paste(qtbot, field, text: str) -> None:
    """Ctrl+V of ``text`` into ``field``, as copied from another program."""
    QApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keySequence(field, QKeySequence.StandardKey.Paste)


def test_a_list_of_names_pasted_into_a_new_entrys_name_adds_one_entry_a_line(qtbot, window, sample_file):
    before = [p["lv"] for p in names(sample_file, "purposes")]
    page = start_adding(qtbot, window, steps.PURPOSES)
    # as copied from a procedure: numbered, with a blank line, bullets, an item's semicolon and a name the register
    # has already
    paste(
        qtbot,
        page.form.name,
        "4.1. Pārdošana veikalā\r\n\r\n4.2. Saziņa ar klientiem\n• grāmatvedības kārtošana;\n– Videonovērošana\n"
        "– Grāmatvedība un nodokļi\n",
    )
    new = ["Pārdošana veikalā", "grāmatvedības kārtošana", "Videonovērošana", "Grāmatvedība un nodokļi"]
    assert [p["lv"] for p in names(sample_file, "purposes")] == before + new
    added = stored(sample_file).purposes[len(before) :]
    assert all(p.subject_category_ids == ["clients"] for p in added)  # as a purpose added by name has
    # the form shows the first, the cursor gone on from its name; the status bar says what was added
    assert not page.adding and page.form.original().name == {"lv": "Pārdošana veikalā"}
    assert page.form.name.text() == "Pārdošana veikalā"
    assert window.focusWidget() is not page.form.name and page.form.isAncestorOf(window.focusWidget())
    message = page.added_note.text()
    assert page.added_note.isVisible()  # above the form, whole: the status bar cut it off
    assert "Pārdošana veikalā, grāmatvedības kārtošana, Videonovērošana, Grāmatvedība un nodokļi" in message
    # the one named as a catalogue purpose (legal obligation) is named as having what the catalogue has for it
    assert "Katalogā ir nolūki ar šādiem nosaukumiem: Grāmatvedība un nodokļi. " in message
    assert stored(sample_file).purposes[-1].bases() == ["legal_obligation"]
    assert "Saziņa ar klientiem" in message  # left out, as the list has it
    assert page.model.rowCount() == len(before) + 4
    assert window.undo_action.text().endswith("“Pārdošana veikalā” un vēl 3 ierakstu pievienošanu")
    window.undo_action.trigger()  # one Undo takes the whole list back
    assert [p["lv"] for p in names(sample_file, "purposes")] == before


def test_a_list_pasted_where_one_line_is_asked_is_put_on_one_line(qtbot, window, sample_file):
    # a measure's kind is asked of each: a list pasted into a new one's name is one name, on one line
    page = start_adding(qtbot, window, steps.SECURITY)
    paste(qtbot, page.form.name, "Paroles\nŠifrēšana\n")
    assert page.adding and page.form.name.text() == "Paroles Šifrēšana"
    qtbot.keyClick(page.form.name, Qt.Key.Key_Escape)  # not added after all
    # the company's name copied from a letterhead over two lines
    click_step(qtbot, window, steps.COMPANY)
    field = window.current_page().form.fields["name"]
    field.selectAll()
    paste(qtbot, field, "SIA\r\n“ZĪMES”\n")
    assert field.text() == "SIA “ZĪMES”" and field.cursorPosition() == len("SIA “ZĪMES”")
    window.current_page().flush()
    assert stored(sample_file).organisation.name == "SIA “ZĪMES”"
    # pasted into the middle of a name: the cursor stays after what was pasted
    page = start_adding(qtbot, window, steps.SUBJECTS)
    page.form.name.setText("Klientu XX ģimenes")
    page.form.name.setSelection(len("Klientu "), 2)
    paste(qtbot, page.form.name, "tuvākās\n")
    assert page.form.name.text() == "Klientu tuvākās ģimenes"
    assert page.form.name.cursorPosition() == len("Klientu tuvākās")
    qtbot.keySequence(page.form.name, QKeySequence.StandardKey.Undo)  # the paste is one step to undo, as usual
    assert page.form.name.text() == "Klientu XX ģimenes"


def test_a_pasted_list_says_what_it_left_out_and_a_whole_document_is_no_list(qtbot, window, sample_file):
    before = names(sample_file, "purposes")
    page = start_adding(qtbot, window, steps.PURPOSES)
    paste(qtbot, page.form.name, "Saziņa ar klientiem\nkomerciālu paziņojumu  sūtīšana\n")
    assert names(sample_file, "purposes") == before  # every name is taken: nothing is added
    assert page.adding and page.form.name.text() == "Saziņa ar klientiem"
    assert page.taken_note.isVisible()
    message = page.added_note.text()
    assert "Saziņa ar klientiem, komerciālu paziņojumu sūtīšana" in message
    page.form.name.clear()
    paste(qtbot, page.form.name, "\n".join(f"{i}. rindkopa" for i in range(1, 150)))
    assert names(sample_file, "purposes") == before and page.form.name.text() == ""
    assert "149" in page.added_note.text()
    paste(qtbot, page.form.name, "1.\n2.\n•\n")  # marks without names: no list, nothing lost
    assert names(sample_file, "purposes") == before and page.form.name.text() == "1. 2. •"
    page.form.name.setText("   ")
    # one new name among taken ones is added, and the rest are named as left out
    paste(qtbot, page.form.name, "Saziņa ar klientiem\tvisi klienti\nAlgu aprēķins\tdarbinieki")  # a table's rows
    assert names(sample_file, "purposes")[-1] == {"lv": "Algu aprēķins"} and not page.adding  # (spaces gone)
    message = page.added_note.text()
    assert "Algu aprēķins" in message and "Saziņa ar klientiem" in message
    assert "No katras rindas par nosaukumu ņemta tikai pirmā kolonna." in message


def test_a_name_emptied_is_not_saved(qtbot, window, sample_file, type_text):
    """An entry's only name deleted was saved: a blank row in the list, an entry the documents could not name."""
    page = start_adding(qtbot, window, steps.PURPOSES)
    paste(qtbot, page.form.name, "Pārdošana\nPiegāde")
    assert window.undo_action.text().endswith("“Pārdošana” un “Piegāde” pievienošanu")  # two names, not one
    page.form.name.setFocus()
    page.form.name.selectAll()
    qtbot.keyClick(page.form.name, Qt.Key.Key_Delete)
    qtbot.keyClick(page.form.name, Qt.Key.Key_Tab)
    page.flush()
    assert page.form.hint.text() == (
        "Ierakstiet nosaukumu: bez tā ierakstu sarakstos un dokumentos nevar atšķirt no citiem."
    )
    assert names(sample_file, "purposes")[-2:] == [{"lv": "Pārdošana"}, {"lv": "Piegāde"}]


def test_legitimate_interests_ticked_take_the_cursor_to_where_they_are_described(qtbot, window, sample_file, type_text):
    # a new purpose's name typed, then "Legitimate interests" ticked: the basis waits for the interests, and its
    # note said so under the form, out of sight
    window.resize(1024, 768)
    page = start_adding(qtbot, window, steps.PURPOSES)
    type_text(page.form.name, "Parādu atgūšana")
    check = page.form.basis_checks["legitimate_interests"]
    # the box at the foot of what is in sight, its field below it out of sight
    bar, view = page.detail.verticalScrollBar(), page.detail.viewport()
    bar.setValue(check.mapTo(page.detail.widget(), QPoint(0, check.height())).y() - view.height())
    field = page.form.texts["legitimate_interest"].field_for_typing()
    assert view.rect().contains(check.mapTo(view, QPoint(8, check.height() // 2)))
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert window.focusWidget() is field
    top_left = field.mapTo(page.detail.viewport(), QPoint(0, field.height() - 1))
    assert page.detail.viewport().rect().contains(top_left)
    type_text(field, "Uzņēmuma tiesības atgūt parādu")
    page.flush()
    purpose = stored(sample_file).purposes[-1]
    assert purpose.bases() == ["legitimate_interests"] and purpose.legitimate_interest["lv"].startswith("Uzņēmuma")


def test_an_entry_a_file_holds_without_a_name_can_still_be_edited(
    qtbot, make_window, tmp_path, sample_register, type_text
):
    # the format allows a purpose without a name; the rule against emptying a name must not lock such an entry
    sample_register.purposes[0].name = m.Text()
    path = tmp_path / "bez-nosaukuma.ropa"
    RegisterFile.create(path, sample_register).close()
    window = make_window(path)
    click_step(qtbot, window, steps.SOURCES)
    page = window.current_page()
    assert page.select(sample_register.purposes[0].id)
    type_text(page.form.collection_method, "Pa tālruni.")
    assert page.flush() and not page.form.hint.isVisible()
    assert stored(path).purposes[0].collection_method["lv"].startswith("Pa tālruni.")  # saved
    click_step(qtbot, window, steps.PURPOSES)  # and the step can be left and another shown


def test_a_checklist_shows_no_row_chosen_for_the_entry_shown_before(qtbot, window, sample_file):
    # the row clicked in term 1's purposes stayed dark for term 2, as if chosen for it
    click_step(qtbot, window, steps.RETENTION)
    page = window.current_page()
    checklist = page.form.purposes
    item = checklist.item(0)
    rect = checklist.visualItemRect(item)
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 20, rect.center().y()))
    assert checklist.selectedItems() == [item]
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.form.original().id == stored(sample_file).retention_rules[1].id
    assert checklist.selectedItems() == []


def test_a_retention_terms_example_follows_what_the_field_asks(qtbot, window, sample_file):
    # with a fixed period the field says when the term starts, and its example said "until the contract ends"
    page = start_adding(qtbot, window, steps.RETENTION)
    field = page.form.texts["until_event"].field_for_typing()
    assert field.placeholderText() == "piem., līdz līguma izbeigšanai"
    page.form.has_period.setChecked(True)
    assert page.form.form.labelForField(page.form.texts["until_event"]).text() == "Termiņa sākums:"
    assert field.placeholderText() == "piem., pēc darījuma"


def select_row(qtbot, page, name: str) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.entry(r).name.get("lv") == name)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.form.original().name["lv"] == name


def test_an_own_purpose_concerning_customers_has_their_name_and_contact_details_ticked(
    qtbot, window, sample_file, type_text
):
    before = len(stored(sample_file).purposes)
    page = start_adding(qtbot, window, steps.PURPOSES)
    type_text(page.form.name, "Piegāde")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    purpose = stored(sample_file).purposes[-1]
    assert purpose.subject_category_ids == ["clients"] and purpose.data_category_ids == ["name", "contacts"]
    assert purpose.legal_bases == []  # no basis is guessed for a name the catalogue does not know
    assert page.form.data_categories.checked_ids() == ["name", "contacts"]  # the form shows them at once
    assert page.added_note.isVisible()  # and says why
    assert page.added_note.text() == (
        "Zemāk atzīmēti dati, ko izmanto gandrīz katrs nolūks, kas attiecas uz datu subjektu kategoriju “Klienti”. "
        "Noņemiet atzīmi tiem, ko šis nolūks neizmanto."
    )
    # one untick is all it takes where a purpose does without them
    checklist = page.form.data_categories
    checklist.setFocus()
    checklist.setCurrentItem(checklist.item_for("Kontaktinformācija"))
    qtbot.keyClick(checklist.viewport(), Qt.Key.Key_Space)
    page.flush()
    assert stored(sample_file).purposes[-1].data_category_ids == ["name"]
    select_row(qtbot, page, "Saziņa ar klientiem")  # another entry shown: the note goes
    assert not page.added_note.isVisible()
    window.undo_action.trigger()
    window.undo_action.trigger()  # the entry goes with what was ticked for it
    assert len(stored(sample_file).purposes) == before


def consent_ticked(qtbot, window, purpose: str):
    """The Purposes step, ``purpose`` shown and “Consent” ticked for it: the page and the fields of the consent's
    note and of what the consent covers."""
    click_step(qtbot, window, steps.PURPOSES)
    page = window.current_page()
    select_row(qtbot, page, purpose)
    check = page.form.basis_checks["consent"]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    return page, page.form.texts["legal_bases.consent.note"], page.form.texts["consent.scope"]


def test_what_the_consent_covers_follows_the_note_on_its_basis(qtbot, window, sample_file, type_text):
    """Typed once: the consent's note (“what the consent is given for”) is what it covers, until the two differ."""
    page, note, scope = consent_ticked(qtbot, window, "Klientu attiecību pārvaldība")
    form = page.form
    type_text(note.fields["lv"], "Atgādinājumi par apmaksu")
    assert scope.fields["lv"].text() == "Atgādinājumi par apmaksu"
    page.flush()
    purpose = stored(sample_file).find("purposes", "relationship")
    assert purpose.consent.scope == {"lv": "Atgādinājumi par apmaksu"}
    assert purpose.legal_bases[-1] == m.LegalBasis("consent", m.Text.of("lv", "Atgādinājumi par apmaksu"))
    # what it covers said otherwise: the note no longer changes it
    scope.fields["lv"].setFocus()
    scope.fields["lv"].selectAll()
    type_text(scope.fields["lv"], "Tikai e-pasta atgādinājumi")
    note.fields["lv"].setFocus()
    note.fields["lv"].moveCursor(QTextCursor.MoveOperation.End)
    type_text(note.fields["lv"], " pēc termiņa")
    page.flush()
    purpose = stored(sample_file).find("purposes", "relationship")
    assert purpose.consent.scope == {"lv": "Tikai e-pasta atgādinājumi"}
    assert purpose.legal_bases[-1].note == {"lv": "Atgādinājumi par apmaksu pēc termiņa"}
    # a note that says something else from the start (the catalogue's law) leaves an empty scope empty
    select_row(qtbot, page, "Komerciālu paziņojumu sūtīšana")
    marketing = stored(sample_file).find("purposes", "marketing")
    law = m.Text.of("lv", "Informācijas sabiedrības pakalpojumu likuma 9. pants.")
    window.editing.update_entry(marketing, dataclasses.replace(marketing, legal_bases=[m.LegalBasis("consent", law)]))
    page.refresh(select_id="marketing")
    assert form.texts["legal_bases.consent.note"].fields["lv"].text() == law["lv"]
    field = form.texts["legal_bases.consent.note"].fields["lv"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(field, " Piekrišana nav obligāta.")
    page.flush()
    assert stored(sample_file).find("purposes", "marketing").consent.scope == m.Text()


def test_a_click_on_a_data_box_that_adds_the_purpose_ticks_that_box(qtbot, window, sample_file, type_text):
    """The press that leaves the new name adds the purpose with the customers' name and contact details ticked;
    its release lands on “Kontaktinformācija”, which was unticked where the click was aimed: it stays ticked."""
    page = start_adding(qtbot, window, steps.PURPOSES)
    type_text(page.form.name, "Piegāde")
    checklist = page.form.data_categories
    item = checklist.item_for("Kontaktinformācija")
    page.detail.ensureWidgetVisible(checklist)
    QApplication.processEvents()  # (the form scrolled: laid out before the pointer is placed)
    rect = checklist.visualItemRect(item)
    at = checklist.viewport().mapTo(window, QPoint(rect.left() + 10, rect.center().y()))
    screen = window.windowHandle()
    QTest.mousePress(screen, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert not page.adding
    QTest.mouseRelease(screen, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: page.added_note.isVisible())
    assert checklist.checked_ids() == ["name", "contacts"]
    page.flush()
    assert stored(sample_file).purposes[-1].data_category_ids == ["name", "contacts"]


def test_the_consent_scope_follows_its_note_language_by_language(qtbot, window, sample_file, type_text):
    page, note, scope = consent_ticked(qtbot, window, "Klientu attiecību pārvaldība")
    type_text(note.fields["lv"], "Atgādinājumi")
    type_text(scope.fields["en"], "Reminders")  # the English scope typed on its own
    type_text(note.fields["lv"], " par apmaksu")  # the Latvian ones still say the same: the scope goes along
    assert scope.values() == {"lv": "Atgādinājumi par apmaksu", "en": "Reminders"}
    type_text(note.fields["en"], "Payment reminders")  # the English scope said something else: it stays
    assert scope.values()["en"] == "Reminders"
    # a scope typed first and the note then typed the same: from there on they go together
    type_text(scope.fields["en"], " by e-mail")
    note.fields["en"].selectAll()
    type_text(note.fields["en"], "Reminders by e-mail")
    type_text(note.fields["en"], " only")
    assert scope.values()["en"] == "Reminders by e-mail only"
    page.flush()
    purpose = stored(sample_file).find("purposes", "relationship")
    assert purpose.consent.scope == {"lv": "Atgādinājumi par apmaksu", "en": "Reminders by e-mail only"}
