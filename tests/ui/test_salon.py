"""A beauty salon's owner setting up its register in the English window, then the Latvian: what got in the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ropa_desktop.ui import steps


def _salon(tmp_path, keys=("client-cards",)):
    """A register kept in English and Latvian with catalogue purposes ``keys``."""
    from ropa_desktop.core import catalogue
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    cat = catalogue.load()
    register = m.Register(languages=["en", "lv"], purposes=[cat.get("purposes", k).make() for k in keys])
    path = tmp_path / "Salons Lilija.ropa"
    RegisterFile.create(path, register).close()
    return path


def qtbot_wait_layout(field) -> None:
    """The box laid out at its width (it grows once it knows its width)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_a_long_text_in_a_one_line_field_shows_its_start(make_window, tmp_path, lang):
    """A client card's “If not provided” and “Why” (no impact assessment) showed their last words only, as if
    the start were cut off: the field showed the end of the text put in it. Both are now boxes that grow with
    their text: all of it shows, on as many lines as it takes at 1024×768."""
    window = make_window(_salon(tmp_path), lang=lang)
    window.resize(1024, 768)
    window.go_to(steps.PURPOSES)
    form = window.current_page().form
    for name in ("requirement.consequence", "dpia.note"):
        for code, field in form.texts[name].fields.items():
            assert field.text(), (name, code)
            qtbot_wait_layout(field)
            assert field.verticalScrollBar().maximum() == 0, (name, code)
    # a consequence longer than its line: its box took two
    longer = [
        field
        for field in form.texts["requirement.consequence"].fields.values()
        if field.fontMetrics().horizontalAdvance(field.toPlainText()) > field.viewport().width()
    ]
    assert longer
    assert all(field.height() > 2 * field.fontMetrics().lineSpacing() for field in longer)


@pytest.mark.parametrize(
    ("lang", "placeholder"),
    [("en", "No text in Latvian yet"), ("lv", "Trūkst tulkojuma latviešu valodā"), ("ru", "Нет перевода на латышский")],
)
def test_a_missing_translation_names_the_language_in_the_windows_language(
    qtbot, make_window, tmp_path, type_text, lang, placeholder
):
    """The English window said “Missing in Latviešu”, the Latvian “Trūkst tulkojuma (Latviešu)”."""
    window = make_window(_salon(tmp_path, ()), lang=lang)
    field = window.current_page().form.texts["contact_person.role"]
    qtbot.mouseClick(field.fields["en"], Qt.MouseButton.LeftButton)
    type_text(field.fields["en"], "owner")
    assert field.fields["lv"].placeholderText() == placeholder


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("en", "booking"), ("en", "appointment"), ("lv", "pieraksts"), ("lv", "rezervācija"), ("ru", "запись")],
)
def test_searching_the_catalogue_for_bookings_finds_the_purpose_of_orders(
    make_window, tmp_path, type_text, lang, typed
):
    """A salon's commonest purpose is its clients' appointments: “booking” found nothing, and the owner added a
    purpose of her own without its legal basis, retention and suggestions."""
    from ropa_desktop.ui.picker import PickerDialog

    window = make_window(_salon(tmp_path, ()), lang=lang)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    page.catalogue_button.click()
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    type_text(picker.search, typed)
    shown = [i.text(0) for i in picker.tree.entry_items() if not i.isHidden()]
    assert not picker.nothing_found.isVisible()
    assert not picker.tree.item_for("orders").isHidden(), shown
    picker.reject()


@pytest.mark.parametrize(
    ("step", "kind", "key", "attr"),
    [
        (steps.RECIPIENTS, "recipients", "card-terminals", "recipient_ids"),
        (steps.DATA, "data_categories", "purchase-history", "data_category_ids"),
    ],
)
def test_an_entry_picked_on_its_own_step_is_linked_to_the_purposes_that_usually_have_it(
    qtbot, make_window, tmp_path, step, kind, key, attr
):
    """The card terminal providers, picked on the Processors step, received data for no purpose: the privacy
    notice left them out, and only Review's advice said why."""
    from ropa_desktop.core.storage import RegisterFile
    from ropa_desktop.ui.picker import PickerDialog

    path = _salon(tmp_path, ("orders", "accounting"))
    window = make_window(path, lang="en")
    window.go_to(step)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    item = picker.tree.item_for(key)
    picker.tree.setFocus()
    picker.tree.setCurrentItem(item, 0)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)  # added at once
    with RegisterFile.open(path, read_only=True) as store:
        register = store.load()
    assert register.find(kind, key) is not None
    assert key in getattr(register.find("purposes", "orders"), attr)
    assert key not in getattr(register.find("purposes", "accounting"), attr)  # it does not go with bookkeeping
    assert page.form.original().id == key
    assert page.form.purposes.checked_ids() == ["orders"]  # the form shows the link
    window.undo_action.trigger()  # one step takes back the entry and its link
    with RegisterFile.open(path, read_only=True) as store:
        register = store.load()
    assert register.find(kind, key) is None
    assert key not in getattr(register.find("purposes", "orders"), attr)


@pytest.mark.parametrize(
    ("lang", "until", "starts"), [("en", "Or until:", "Term starts:"), ("lv", "Vai arī līdz:", "Termiņa sākums:")]
)
def test_a_term_with_a_period_asks_when_it_starts_not_until_when(qtbot, make_window, tmp_path, lang, until, starts):
    """“3 years” and “Or until: After the transaction has been completed.” read as two terms to choose from;
    the documents count the three years from the transaction."""
    from ropa_desktop.core import catalogue

    window = make_window(_salon(tmp_path, ()), lang=lang)
    window.editing.add_entries([catalogue.load().get("retention_rules", "commercial-claims-3y").make()])
    window.go_to(steps.RETENTION)
    form = window.current_page().form
    label = form.form.labelForField(form.texts["until_event"])
    assert form.has_period.isChecked()
    assert label.text() == starts
    qtbot.mouseClick(form.has_period, Qt.MouseButton.LeftButton, pos=form.has_period.rect().topLeft() + QPoint(8, 8))
    assert not form.has_period.isChecked()
    assert label.text() == until


def test_the_catalogue_names_its_entries_in_the_window_language_as_the_tables_do(qtbot, make_window, tmp_path):
    """Switched to the Latvian window, the tables named the English register's entries in Latvian, while the
    catalogue named them in English beside Latvian explanations."""
    from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog

    window = make_window(_salon(tmp_path, ()), lang="lv")
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    item = picker.tree.item_for("client-cards")
    assert item.text(0) == "Klientu kartes skaistumkopšanas un veselības pakalpojumos"
    picker.tree.setFocus()
    picker.tree.setCurrentItem(item, 0)
    qtbot.keyClick(picker.tree.viewport(), Qt.Key.Key_Space)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    dialog = [d for d in page.findChildren(SuggestionsDialog) if d.isVisible()][-1]
    assert dialog.tree.item_for("treatment-history").text(0) == "Veikto procedūru vēsture"
    qtbot.mouseClick(dialog.yes, Qt.MouseButton.LeftButton)
    purpose = window.editing.register.find("purposes", "client-cards")
    assert purpose.name["en"] == "Client cards for beauty and health services"  # kept in every language
    assert page.model.data(page.model.index(0, 0)) == "Klientu kartes skaistumkopšanas un veselības pakalpojumos"


@pytest.mark.parametrize("lang", ["lv", "en", "ru"])
def test_every_document_name_shows_whole_in_the_list_at_1024_by_768(qtbot, make_window, tmp_path, lang):
    """In Latvian the list of eight documents showed six and a half names, each cut off at the right
    (“Informācija darbiniekiem par personas dat…”), behind two scroll bars."""
    from PySide6.QtCore import QRect

    from ropa_desktop.core import catalogue

    cat = catalogue.load()
    path = _salon(tmp_path, ("client-cards", "personnel", "recruitment", "partners"))
    window = make_window(path, lang=lang)
    keys = ("clients", "employees", "job-applicants", "partner-contacts")
    window.editing.add_entries([cat.get("subject_categories", k).make() for k in keys])
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    documents = page.documents
    qtbot.waitUntil(lambda: documents.count() == 8)
    last = documents.item(documents.count() - 1)
    qtbot.waitUntil(lambda: documents.viewport().rect().contains(documents.visualItemRect(last)), timeout=2000)
    assert not documents.horizontalScrollBar().isVisible()
    assert not documents.verticalScrollBar().isVisible()
    shown = documents.viewport().rect()
    for row in range(documents.count()):
        item = documents.item(row)
        rect = documents.visualItemRect(item)
        assert shown.contains(rect), item.text()
        needed = documents.fontMetrics().boundingRect(
            QRect(0, 0, rect.width(), 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
        )
        assert needed.width() <= rect.width() and needed.height() <= rect.height(), item.text()
    assert window.next_button.geometry().bottom() < window.height()


def test_a_new_entry_added_to_a_long_list_shows_whole_in_the_table(qtbot, make_window, tmp_path, type_text):
    """“Instagram page” joined the list as its eighth purpose, chosen, but half below the table's edge."""
    keys = ("client-cards", "orders", "accounting", "personnel", "payroll", "recruitment", "commercial-emails")
    window = make_window(_salon(tmp_path, keys), lang="en")
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_text(page.form.key_field(), "Instagram page")
    qtbot.keyClick(page.form.key_field(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.adding)
    index = page.table.currentIndex()
    assert page.model.entry(index.row()).name["en"] == "Instagram page"
    assert page.table.viewport().rect().contains(page.table.visualRect(index))


def test_switching_the_window_language_takes_the_last_message_away_with_the_old_words(make_window, tmp_path):
    """After View › Latviešu the status bar still said “Saved /…/notice-en.pdf” in English, over the counts."""
    window = make_window(_salon(tmp_path, ()), lang="en")
    window.editing.message.emit("Saved /home/liga/notice-en.pdf", 8000)
    assert window.statusBar().currentMessage().startswith("Saved")
    window.language_actions["lv"].trigger()
    assert window.statusBar().currentMessage() == ""
    assert window.findings_label.text().startswith("Trūkstošās ziņas")
