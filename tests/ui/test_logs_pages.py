"""The two log pages driven as a person would, on an editing controller that keeps the register in memory."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from ropa_desktop.core import model as m
from ropa_desktop.ui import i18n
from tests.documents.conftest import pdf_text


class MemoryEditing(QObject):
    """What the log pages use of the editing controller, on a register in memory."""

    reloaded = Signal()
    opened = Signal()
    message = Signal(str, int)

    def __init__(self, register) -> None:
        super().__init__()
        self.register = register
        self.read_only = False
        self.store = None
        self.writes = 0

    def add_entries(self, entries):
        for e in entries:
            self.register.items(e.KIND).append(dataclasses.replace(e))
        self.writes += 1
        return entries

    def update_entry(self, old, new, source=None):
        items = self.register.items(new.KIND)
        items[[e.id for e in items].index(old.id)] = dataclasses.replace(new)
        self.writes += 1
        return True

    def delete_entry(self, kind, entry_id):
        items = self.register.items(kind)
        items[:] = [e for e in items if e.id != entry_id]
        return True


@pytest.fixture
def editing(qapp, sample_register):
    i18n.install("lv")
    reg = sample_register
    reg.requests, reg.breaches = [], []
    rule = m.Text.of("lv", "Atbilde no pasūtījumā norādītās e-pasta adreses")
    reg.identification_rules = [m.IdentificationRule("email", rule)]
    return MemoryEditing(reg)


def open_log(qtbot, editing, kind: str, active: bool = True):
    """The log's window, shown (and active, as after a click on it, unless ``active`` is False)."""
    from ropa_desktop.ui.logs.window import LogWindow

    window = LogWindow(editing, kind)
    qtbot.addWidget(window)
    window.show()
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_request_added_and_filled_as_a_person_would(qtbot, editing, type_text, dialogs, tmp_path):
    window = open_log(qtbot, editing, "requests")
    page = window.page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(editing.register.requests) == 1
    request = editing.register.requests[0]
    assert request.received_on == dt.date.today().isoformat() and request.id.startswith("p-")

    page.received.edit.clear()
    page.received.edit.setFocus()
    type_text(page.received.edit, "04.04.2027.")
    qtbot.keyClick(page.received.edit, Qt.Key.Key_Tab)
    page.right.setCurrentIndex(page.right.findData("access"))
    page.name.setFocus()
    type_text(page.name, "Jānis Bērziņš")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    page.contact.setFocus()
    type_text(page.contact, "janis@example.lv")
    qtbot.keyClick(page.contact, Qt.Key.Key_Tab)
    assert "Atbilde no pasūtījumā norādītās e-pasta adreses" in page.rule.text()
    qtbot.mouseClick(page.use_rule, Qt.MouseButton.LeftButton)

    stored = editing.register.requests[0]
    assert (stored.received_on, stored.right, stored.requester.name, stored.requester.contact) == (
        "2027-04-04",
        "access",
        "Jānis Bērziņš",
        "janis@example.lv",
    )
    assert stored.identity_check == "Atbilde no pasūtījumā norādītās e-pasta adreses"
    assert page.due.text().startswith("05.05.2027.")
    # the table: due date and, in 2027 already past, the status in red
    assert page.table.item(0, 4).text() == "05.05.2027."
    status = page.table.item(0, 5)
    if dt.date.today() > dt.date(2027, 5, 5):
        assert status.text() == "Nokavēts" and status.foreground().color().name() == "#b00020"

    # a refusal without reasons is pointed out; with them it is not
    page.answered.edit.setFocus()
    type_text(page.answered.edit, "01.06.2027.")
    qtbot.keyClick(page.answered.edit, Qt.Key.Key_Tab)
    page.outcome.setCurrentIndex(page.outcome.findData("refused"))
    assert "jānorāda iemesls" in page.problems.text() and page.problems.isVisible()
    page.refusal_reason.setFocus()
    type_text(page.refusal_reason, "Persona nav identificēta.")
    qtbot.keyClick(page.refusal_reason, Qt.Key.Key_Tab)
    assert editing.register.requests[0].refusal_reason == "Persona nav identificēta."
    assert "jānorāda iemesls" not in page.problems.text()

    # the letters this request calls for, in the register's language, saved as PDF
    actions = page.letter_actions()
    letters = [
        "Apliecinājums par pieprasījuma saņemšanu",
        "Lūgums apliecināt identitāti",
        "Atbilde uz pieprasījumu piekļūt personas datiem",
        "Atbilde uz pieprasījumu: pieprasījums netiek izpildīts",
    ]
    assert [a.text() for a in page.letters_menu.actions()] == letters
    assert sorted({text for _, text in actions}) == [
        "Drukāt (EN)…",
        "Drukāt (LV)…",
        "Saglabāt PDF (EN)…",
        "Saglabāt PDF (LV)…",
    ]
    for i, title in enumerate(letters):
        for lang in ("LV", "EN"):
            dialogs.save_name = str(tmp_path / f"letter{i}{lang}")
            actions[(title, f"Saglabāt PDF ({lang})…")].trigger()
            text = pdf_text((tmp_path / f"letter{i}{lang}.pdf").read_bytes())
            assert "Jānis Bērziņš" in text and request.id in text
    assert "Persona nav identificēta." in pdf_text((tmp_path / "letter3LV.pdf").read_bytes())
    assert "Reasons" in pdf_text((tmp_path / "letter3EN.pdf").read_bytes())  # the English refusal


def test_a_breach_with_its_countdown_and_papers(qtbot, editing, dialogs, tmp_path):
    window = open_log(qtbot, editing, "breaches")
    page = window.page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    breach = editing.register.breaches[0]
    assert breach.aware_at is not None and breach.id.startswith("b-")
    # the column's title says “left”; the form's line says it with the time
    assert page.table.item(0, 3).text() in ("71 h 59 min", "72 h 00 min")
    assert page.table.horizontalHeaderItem(1).text() == "Uzzināts"  # as the form's field, “Became aware at”
    assert page.deadline.text().endswith(("· vēl 71 h 59 min", "· vēl 72 h 00 min"))
    assert page.table.item(0, 4).text() == "Jāizlemj"
    page.subjects.set_checked(editing.register.subject_categories[0].id, True)
    page.data.set_checked(editing.register.data_categories[0].id, True)
    page.description.setFocus()
    page.description.setPlainText("Nosūtīts e-pasts nepareizam adresātam")
    qtbot.keyClick(page.description, Qt.Key.Key_Tab)
    stored = editing.register.breaches[0]
    assert stored.subject_category_ids == [editing.register.subject_categories[0].id]
    assert stored.description == "Nosūtīts e-pasts nepareizam adresātam"

    # notified four days after: late, the delay needs its reasons
    aware = dt.datetime.fromisoformat(stored.aware_at)
    page.notified.known.setChecked(True)
    page.notified.edit.setDateTime((aware + dt.timedelta(days=4)).replace(tzinfo=None))
    assert editing.register.breaches[0].authority_notified_at is not None
    assert page.table.item(0, 4).text() == "Paziņots DVI novēloti"
    assert "kavēšanās iemesli" in page.problems.text()
    assert page.table.item(0, 3).text() == ""  # the clock stops once notified

    actions = page.letter_actions()
    (action,) = [
        a
        for (title, text), a in actions.items()
        if title.startswith("Paziņojums Datu valsts inspekcijai") and text == "Saglabāt PDF (LV)…"
    ]
    dialogs.save_name = str(tmp_path / "dvi.pdf")
    action.trigger()
    text = pdf_text((tmp_path / "dvi.pdf").read_bytes())
    assert "MELNRAKSTS" in text and "Nosūtīts e-pasts nepareizam adresātam" in text


def test_the_countdown_runs(qtbot, editing, monkeypatch):
    from ropa_desktop.ui.logs import breaches_page

    start = dt.datetime(2026, 12, 1, 9, 0, 58).astimezone()
    clock = [start]
    monkeypatch.setattr(breaches_page, "now", lambda: clock[0])  # the page's clock, however busy the machine
    editing.register.breaches = [
        m.Breach(id="b-1", aware_at=(start - dt.timedelta(hours=71, minutes=59, seconds=58)).isoformat())
    ]
    page = breaches_page.BreachesPage(editing)
    qtbot.addWidget(page)
    assert page.table.item(0, 3).text() == "0 h 00 min"
    clock[0] = start + dt.timedelta(seconds=3)  # the deadline passes: the page's own timer shows it
    qtbot.waitUntil(lambda: page.table.item(0, 4).text() == "72 stundas pagājušas", timeout=5000)
    assert page.table.item(0, 3).foreground().color().name() == "#b00020"


def test_attention_note(editing):
    from ropa_desktop.ui.logs.window import attention_note

    editing.register.requests = [
        m.Request(id="p-1", received_on="2027-04-04"),  # due 05.05.2027
        m.Request(id="p-2", received_on="2027-04-20"),  # due 20.05.2027: not within 7 days
        m.Request(id="p-3", received_on="2027-03-01", answered_on="2027-03-05", outcome="granted"),
    ]
    editing.register.breaches = [
        m.Breach(id="b-1", aware_at="2027-04-28T10:00:00+03:00"),
        m.Breach(id="b-2", aware_at="2027-04-20T10:00:00+03:00", decision_note="x"),
    ]
    note, kinds = attention_note(
        editing.register, dt.date(2027, 4, 29), dt.datetime.fromisoformat("2027-04-29T10:00+03:00")
    )
    assert kinds == ["requests", "breaches"]
    lines = note.splitlines()
    assert len(lines) == 2
    assert "p-1" in lines[0] and "piekļuve datiem" in lines[0] and "05.05.2027." in lines[0]
    assert "b-1" in lines[1] and "jāizlemj" in lines[1]
    earlier, _kinds = attention_note(
        editing.register, dt.date(2027, 4, 20), dt.datetime.fromisoformat("2027-04-29T10:00+03:00")
    )
    assert earlier


@pytest.mark.parametrize(("kind", "button"), [("requests", "Jauns pieprasījums"), ("breaches", "Jauns pārkāpums")])
def test_an_empty_log_says_how_to_start_and_its_form_reads_as_the_wizards_do(qtbot, editing, kind, button):
    from PySide6.QtWidgets import QFormLayout, QLabel

    window = open_log(qtbot, editing, kind, active=False)
    page = window.page
    # nothing logged: a sentence on how to start instead of a greyed, empty form
    assert page.empty_note.isVisible() and f"“{button}”" in page.empty_note.text()
    assert not page.form_widget.isVisible()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.form_widget.isVisible() and not page.empty_note.isVisible()
    label_items = [page.form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(page.form.rowCount())]
    labels = [i.widget().text() for i in label_items if i is not None and isinstance(i.widget(), QLabel)]
    assert labels and all(text.endswith(":") for text in labels if text)  # “Saņemts:”, as the wizard's forms
    if kind == "requests":  # a value on its own starts with a capital letter, as the wizard's lists do
        assert page.right.currentText() == "Piekļuve datiem"
        assert page.table.item(0, 2).text() == "Piekļuve datiem"
        assert all(page.channel.itemText(i)[0].isupper() for i in range(page.channel.count()))
    else:
        assert page.risk.currentText() == "Vēl nav novērtēts"


def test_a_new_breach_puts_the_cursor_on_the_moment_of_awareness_to_correct_it(qtbot, editing):
    """The moment is “now” on a ticked “known” box: the cursor goes to the moment, and what is typed there is kept
    (on the box, a Space erased the moment)."""
    window = open_log(qtbot, editing, "breaches")
    page = window.page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.aware.edit
    before = editing.register.breaches[0].aware_at
    # one step in the section the cursor is in, the day: back, or on the 1st (no day 0 to go to) forward
    back = int(before[8:10]) > 1
    qtbot.keyClick(page.aware.edit, Qt.Key.Key_Down if back else Qt.Key.Key_Up)
    qtbot.keyClick(page.aware.edit, Qt.Key.Key_Space)
    after = editing.register.breaches[0].aware_at
    assert after is not None and (after < before if back else after > before)


def test_the_deadline_to_notify_says_which_clock_it_is_on(qtbot, editing):
    from ropa_desktop.core import logs
    from ropa_desktop.ui.logs.window import LogWindow

    editing.register.breaches = [m.Breach(id="b-1", aware_at="2026-11-27T10:00:00+02:00")]
    window = LogWindow(editing, "breaches")
    qtbot.addWidget(window)
    local = logs.deadline(editing.register.breaches[0]).astimezone()
    assert window.page.deadline.text().startswith(f"{local:%d.%m.%Y}. {local:%H:%M} ({logs.zone_text(local)}) · ")


@pytest.mark.parametrize("kind", ["requests", "breaches"])
def test_tab_leaves_the_table_for_its_buttons(qtbot, editing, kind):
    window = open_log(qtbot, editing, kind)
    page = window.page
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)  # two entries, a table of several cells
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.add_button


def test_the_greyed_reasons_of_a_request_say_what_opens_them(qtbot, editing):
    """“Reasons for the refusal” is greyed until the outcome is a refusal: the empty field says so, and opens
    with it."""
    window = open_log(qtbot, editing, "requests", active=False)
    page = window.page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not page.refusal_reason.isEnabled() and not page.extension_reason.isEnabled()
    assert (
        page.refusal_reason.placeholderText()
        == "Ja pieprasījums noraidīts pilnībā vai daļēji: kāpēc (12. panta 4. punkts)"
    )
    assert page.extension_reason.placeholderText().startswith("Kad augstāk norādīts datums")
    page.outcome.setCurrentIndex(page.outcome.findData("refused"))
    assert page.refusal_reason.isEnabled()
