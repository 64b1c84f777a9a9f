"""A new user's first hour with an empty register at 1024×768: what was cut off, squeezed or silent on the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from ropa_desktop.ui import steps


def _new_register(make_window, tmp_path, lang="lv"):
    from ropa_desktop.core import languages
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "maiznica.ropa"
    RegisterFile.create(path, m.Register(languages=languages.for_new_register(lang))).close()
    return make_window(path, lang=lang), path


def _visible(page, kind):
    return [d for d in page.findChildren(kind) if d.isVisible()][-1]


def _pick(qtbot, page, keys: list[str]) -> None:
    """From the catalogue…, tick ``keys``, Add the ticked; for purposes, only the purposes."""
    from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog

    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = _visible(page, PickerDialog)
    for key in keys:
        picker.tree.check(key)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    suggestions = [d for d in page.findChildren(SuggestionsDialog) if d.isVisible()]
    if suggestions:
        qtbot.mouseClick(suggestions[-1].only, Qt.MouseButton.LeftButton)


def _shows_all_of(field) -> bool:
    """The field's whole text can be read without scrolling it."""
    if isinstance(field, QLineEdit):
        return field.fontMetrics().horizontalAdvance(field.text()) <= field.contentsRect().width()
    return field.verticalScrollBar().maximum() == 0 and field.horizontalScrollBar().maximum() == 0


def test_the_catalogues_reason_for_the_dpia_answer_can_be_read_whole(qtbot, make_window, tmp_path):
    window, _path = _new_register(make_window, tmp_path)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    _pick(qtbot, page, ["video-surveillance"])
    assert page.select("video-surveillance")
    QApplication.processEvents()
    for field in page.form.texts["dpia.note"].fields.values():
        assert len(field.text()) > 150  # the catalogue's reason: a few sentences
        assert field.isVisibleTo(window)
        assert _shows_all_of(field), field.text()


def test_after_adding_from_the_catalogue_the_chosen_entrys_form_is_not_squeezed(qtbot, make_window, tmp_path):
    """The divider between the table and the form is placed for the form as filled, not as the empty step was."""
    from ropa_desktop.ui.picker import PickerDialog

    window, _path = _new_register(make_window, tmp_path)
    window.go_to(steps.SECURITY)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = _visible(page, PickerDialog)
    qtbot.mouseClick(picker.tick_all, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() > 15
    QApplication.processEvents()
    assert page.form.description.isVisibleTo(page)
    assert page.detail.verticalScrollBar().maximum() == 0  # name, kind and description in sight, unscrolled
    assert page.table.height() >= page.splitter.height() * 2 // 5  # the table keeps its share


def test_a_new_security_measures_kind_question_is_not_cut_off(qtbot, make_window, tmp_path, type_text):
    from ropa_desktop.ui.wizard_path import Person

    window, _path = _new_register(make_window, tmp_path)
    window.go_to(steps.SECURITY)
    me = Person(window, type_text)
    _pick(qtbot, me.page, ["backups"])  # the form was shown once, with the two kinds only
    me.add_own("Seifs dokumentiem")
    kind = me.page.form.kind
    assert kind.currentText() == "Tehnisks vai organizatorisks?"
    QApplication.processEvents()
    assert kind.isVisibleTo(window)
    assert kind.width() >= kind.sizeHint().width()
    assert kind.fontMetrics().horizontalAdvance(kind.currentText()) < kind.width() - 24  # beside the arrow


def test_escape_closes_the_note_that_a_pdf_is_saved(qtbot, window, tmp_path, dialogs):
    from PySide6.QtWidgets import QMessageBox

    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    dialogs.save_name = str(tmp_path / "procedura.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "savedNote")))
    note = next(b for b in window.findChildren(QMessageBox, "savedNote") if b.isVisible())
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert not note.isVisible()
    assert (tmp_path / "procedura.pdf").is_file()


def test_save_as_from_an_example_starts_in_documents_not_in_the_apps_own_folder(qtbot, make_window, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop import paths

    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda parent, title, start, *a, **k: (asked.append(start), ""))
    )
    window = make_window()
    qtbot.mouseClick(window.start_page.complete_button, Qt.MouseButton.LeftButton)
    assert window.editing.store is not None
    window.save_as_action.trigger()
    window.new_action.trigger()
    assert [Path(start).parent for start in asked] == [paths.documents_dir(), paths.documents_dir()]
    assert Path(asked[0]).name == "Saulrīta maiznīca (kopija).ropa"
    paths.documents_dir().mkdir(parents=True, exist_ok=True)
    (paths.documents_dir() / "Saulrīta maiznīca (kopija).ropa").write_bytes(b"")  # a copy saved earlier
    window.save_as_action.trigger()
    assert Path(asked[2]).name == "Saulrīta maiznīca (kopija 2).ropa"  # the name offered is free where it is asked


def test_undo_says_what_it_took_back_instead_of_the_deletions_old_note(qtbot, make_window, tmp_path, type_text):
    from ropa_desktop.ui.wizard_path import Person

    window, _path = _new_register(make_window, tmp_path)
    me = Person(window, type_text)
    me.write(me.page.form.fields["name"], "SIA Maiznīca")
    qtbot.keyClick(me.page.form.fields["name"], Qt.Key.Key_Tab)
    me.go_to(steps.SUBJECTS)
    me.add_own("Pircēji")
    qtbot.keyClick(me.page.form.key_field(), Qt.Key.Key_Return)
    me.select_row("Pircēji")
    qtbot.mouseClick(me.page.delete_button, Qt.MouseButton.LeftButton)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert [s.name["lv"] for s in window.editing.register.subject_categories] == ["Pircēji"]
    assert window.statusBar().currentMessage() == "Jūs atsaucāt “Pircēji” dzēšanu."
    window.undo_action.trigger()
    window.undo_action.trigger()  # the company's name, on a step not in view
    assert window.editing.register.organisation.name == ""
    assert window.statusBar().currentMessage() == "Jūs atsaucāt uzņēmuma ziņu izmaiņas."
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Jūs atkārtojāt uzņēmuma ziņu izmaiņas."


@pytest.mark.parametrize(
    ("lang", "present", "said"),
    [
        ("lv", "Klienti (jau ir reģistrā)", "Ieraksti tiek pievienoti ar tekstiem visās reģistra valodās."),
        (
            "en",
            "Customers (already in the register)",
            "Entries come with their texts in each of the register’s languages.",
        ),
    ],
)
def test_the_picker_says_what_is_in_the_register_and_that_entries_come_in_every_language(
    qtbot, make_window, sample_file, lang, present, said
):
    """“Klienti (jau pievienots)” did not agree with a plural name, and the picker said entries come in the
    register's language, while they come with their texts in each of its languages."""
    from PySide6.QtWidgets import QLabel

    from ropa_desktop.ui.picker import PickerDialog

    window = make_window(sample_file, lang=lang)
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = _visible(page, PickerDialog)
    assert picker.tree.item_for("clients").text(0) == present
    assert any(label.text().endswith(said) for label in picker.findChildren(QLabel))
    picker.tree.check("employees")
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    added = window.editing.register.subject_categories[-1]
    assert {"lv", "en"} == set(window.editing.register.languages) <= set(added.name)


def test_the_start_page_starts_on_its_first_choice_and_tab_goes_through_the_choices(
    qtbot, make_window, dialogs, tmp_path
):
    """The focus was on the page itself, an invisible Tab stop: the first Tab or Space did nothing to see."""
    window = make_window()
    page = window.start_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.new_button)
    choices = [page.open_button, page.sample_button, page.complete_button, page.new_button]
    for choice in choices:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is choice
    dialogs.save_name = str(tmp_path / "maiznica.ropa")
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    assert window.editing.store is not None and window.editing.store.path == tmp_path / "maiznica.ropa"


@pytest.mark.parametrize(
    ("kind", "lang", "keys"),
    [("requests", "lv", "jdv"), ("breaches", "lv", "jdv"), ("requests", "en", "ndl"), ("breaches", "en", "ndl")],
)
def test_a_log_is_kept_from_the_keyboard(qtbot, window, type_text, kind, lang, keys):
    """The log windows' buttons had no Alt+letter, and after “New request” the cursor stayed on the button."""
    window.set_language(lang)
    window.logs.open(kind)
    log = window.logs.windows[kind]
    qtbot.waitUntil(log.isVisible)
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    page = log.page
    buttons = [page.add_button, page.delete_button, page.letters_button]
    assert [b.text().casefold().split("&")[1][0] for b in buttons] == list(keys)
    assert {QKeySequence.mnemonic(b.text()).toString() for b in buttons} == {f"Alt+{k.upper()}" for k in keys}
    page.add_button.setFocus()
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    assert page.table.rowCount() == 1
    first = page.received if kind == "requests" else page.aware
    assert first.isAncestorOf(QApplication.focusWidget())  # the new entry's first field, ready to be filled


@pytest.mark.parametrize("kind", ["requests", "breaches"])
def test_a_logs_column_titles_are_not_cut_off_while_an_entry_is_chosen(qtbot, window, kind):
    from PySide6.QtGui import QFontMetrics

    window.logs.open(kind)
    log = window.logs.windows[kind]
    qtbot.waitUntil(log.isVisible)
    page = log.page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.selectionModel().hasSelection()
    header = page.table.horizontalHeader()
    for column in range(header.count() - 1):  # (the last one stretches)
        title = page.table.horizontalHeaderItem(column).text()
        font = header.font()
        font.setBold(header.highlightSections())  # the whole row is chosen: every title is highlighted
        assert QFontMetrics(font).horizontalAdvance(title) + 8 <= header.sectionSize(column), title


def test_from_the_catalogues_search_down_goes_to_what_it_found(qtbot, make_window, tmp_path, type_text):
    """Typing a search and then Space and Return, as in a list: the Space went into the search, Return did nothing."""
    from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog

    window, _path = _new_register(make_window, tmp_path)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    page.catalogue_button.setFocus()
    qtbot.keyClick(page.catalogue_button, Qt.Key.Key_Space)
    picker = _visible(page, PickerDialog)
    assert picker.focusWidget() is picker.search
    type_text(picker.search, "nodokļi")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.focusWidget() is picker.tree and picker.tree.currentItem().text(0) == "Grāmatvedība un nodokļi"
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    assert not picker.isVisible()
    suggestions = _visible(page, SuggestionsDialog)  # what goes with it: Return adds and links it
    qtbot.keyClick(suggestions.focusWidget(), Qt.Key.Key_Return)
    assert [p.name["lv"] for p in window.editing.register.purposes] == ["Grāmatvedība un nodokļi"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("lv", "Tas nav datums, tāpēc tas vēl nav saglabāts: ierakstiet to formā dd.mm.gggg. vai izvēlieties ar “…”."),
        ("en", "This is not a date, so it is not saved yet: type it as dd/mm/yyyy, or pick it with “…”."),
    ],
)
def test_a_date_that_is_no_date_says_so_under_the_field(qtbot, window, type_text, sample_file, lang, said):
    """31 February was framed in red with a tooltip only: the field went on showing it, and nothing said that it
    was not saved."""
    window.set_language(lang)
    qtbot.waitUntil(window.steps_list.isVisible)  # the new widgets are shown by the event loop
    window.go_to(steps.DOCUMENTS)
    field = window.current_page().effective_from
    field.edit.setFocus()
    type_text(field.edit, "31.02.2024." if lang == "lv" else "31/02/2024")
    assert not field.problem.isVisible()  # not while typing
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.problem.isVisible() and field.problem.text() == said
    assert window.current_page().flush()
    from ropa_desktop.core.storage import RegisterFile

    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.load().document_settings.effective_from is None
    field.edit.setFocus()
    field.edit.selectAll()
    type_text(field.edit, "28.02.2024." if lang == "lv" else "28/02/2024")
    assert not field.problem.isVisible()


def test_the_catalogue_says_in_full_what_the_current_entry_is_for(qtbot, make_window, tmp_path):
    """The explanations of the commonest purposes were cut off by their column, whole only in a tooltip."""
    from ropa_desktop.ui.picker import PickerDialog

    window, _path = _new_register(make_window, tmp_path)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = _visible(page, PickerDialog)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    item = picker.tree.currentItem()
    assert item.text(0) == "Līgumu un pasūtījumu izpilde"
    explanation = item.text(1)
    column = picker.tree.header().sectionSize(1)
    assert picker.tree.fontMetrics().horizontalAdvance(explanation) > column  # cut off in the list
    assert picker.about.isVisible() and picker.about.text() == f"Līgumu un pasūtījumu izpilde — {explanation}"
    assert picker.about.heightForWidth(picker.about.width()) <= picker.about.height()  # all of it in sight


def test_a_language_switch_keeps_saying_when_the_register_was_saved(qtbot, window, type_text):
    from ropa_desktop.ui.wizard_path import Person

    me = Person(window, type_text)
    me.write(me.page.form.fields["phone"], "+371 20000000")
    qtbot.keyClick(me.page.form.fields["phone"], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saglabāts "))
    stamp = window.saved_label.text().removeprefix("Saglabāts ")
    window.set_language("en")
    assert window.saved_label.text() == f"Saved at {stamp}"  # (it was left empty)
    assert not window.retry_button.isVisibleTo(window)


def test_undoing_many_catalogue_entries_says_so_within_the_status_bar(qtbot, make_window, tmp_path):
    from ropa_desktop.ui.picker import PickerDialog

    window, _path = _new_register(make_window, tmp_path)
    window.go_to(steps.SECURITY)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = _visible(page, PickerDialog)
    qtbot.mouseClick(picker.tick_all, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    added = window.editing.register.security_measures
    first = added[0].name["lv"]
    # the Edit menu's Undo named every entry: a menu item 3,800 px wide
    assert window.undo_action.text() == f"&Atsaukt “{first}” un vēl {len(added) - 1} ierakstu pievienošanu"
    window.undo_action.trigger()
    assert window.editing.register.security_measures == []
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message == f"Jūs atsaucāt “{first}” un vēl {len(added) - 1} ierakstu pievienošanu."
    assert bar.fontMetrics().horizontalAdvance(message) <= bar.width()
