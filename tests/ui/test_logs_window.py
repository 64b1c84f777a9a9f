"""The logs in the main window: a request added through the log as a person would, its letters printed,
the note at start, and the erasure of entries whose retention ended."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from ropa_desktop.core import model as m
from ropa_desktop.core import settings
from ropa_desktop.core.storage import RegisterFile
from tests.documents.conftest import pdf_text


def stored(path) -> m.Register:
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


def file_with(tmp_path, register, **logs) -> object:
    path = tmp_path / "logs.ropa"
    RegisterFile.create(path, dataclasses.replace(register, **logs)).close()
    return path


def test_a_request_through_the_log_and_its_letters(
    qtbot, window, sample_file, type_text, dialogs, tmp_path, monkeypatch
):
    from PySide6 import QtPrintSupport
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    menu = window.logs.menu
    assert menu.title() == "Ž&urnāli"
    assert [a.text() for a in menu.actions()] == ["&Pieprasījumi…", "Pā&rkāpumi…"]
    assert [a.shortcut().toString() for a in menu.actions()] == ["Ctrl+J", "Ctrl+Shift+J"]  # breaches had none
    window.logs.requests_action.trigger()
    log = window.logs.windows["requests"]
    qtbot.waitUntil(log.isVisible)
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    page = log.page
    assert page.table.rowCount() == 0

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.received.edit.clear()
    page.received.edit.setFocus()
    type_text(page.received.edit, "31.01.2027.")
    qtbot.keyClick(page.received.edit, Qt.Key.Key_Tab)
    page.channel.setCurrentIndex(page.channel.findData("email"))
    page.right.setCurrentIndex(page.right.findData("access"))
    page.name.setFocus()
    type_text(page.name, "Līga Ozola")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    type_text(page.contact, "liga@example.lv")
    qtbot.keyClick(page.contact, Qt.Key.Key_Tab)
    if page.use_rule.isEnabled():
        qtbot.mouseClick(page.use_rule, Qt.MouseButton.LeftButton)
    else:
        page.identity.setFocus()
        type_text(page.identity, "Atbildēja no pasūtījumā norādītās adreses")
        qtbot.keyClick(page.identity, Qt.Key.Key_Tab)

    (request,) = stored(sample_file).requests
    assert (request.received_on, request.channel, request.right) == ("2027-01-31", "email", "access")
    assert request.requester == m.Requester(name="Līga Ozola", contact="liga@example.lv")
    assert request.identity_check
    assert "Līga" not in request.id  # the id names no one
    assert page.table.item(0, 4).text() == "01.03.2027."  # 28.02.2027 is a Sunday

    # the answer, partly refused: the reason is asked for, then stored
    page.answered.edit.setFocus()
    type_text(page.answered.edit, "20.02.2027.")
    qtbot.keyClick(page.answered.edit, Qt.Key.Key_Tab)
    page.outcome.setCurrentIndex(page.outcome.findData("partly_granted"))
    assert "jānorāda iemesls" in page.problems.text()
    page.refusal_reason.setFocus()
    type_text(page.refusal_reason, "Daļa ierakstu attiecas uz citu personu.")
    qtbot.keyClick(page.refusal_reason, Qt.Key.Key_Tab)
    (request,) = stored(sample_file).requests
    assert (request.answered_on, request.outcome, request.refusal_reason) == (
        "2027-02-20",
        "partly_granted",
        "Daļa ierakstu attiecas uz citu personu.",
    )
    assert page.table.item(0, 5).text() == "Atbildēts"

    # every letter it calls for, in each of the register's languages
    actions = page.letter_actions()
    saves = [(title, text) for title, text in actions if text.startswith("Saglabāt PDF")]
    assert len(saves) == 4 * len(stored(sample_file).languages)
    for i, key in enumerate(saves):
        dialogs.save_name = str(tmp_path / f"letter-{i}.pdf")
        actions[key].trigger()
        text = pdf_text((tmp_path / f"letter-{i}.pdf").read_bytes())
        assert "Līga Ozola" in text and request.id in text
    texts = [pdf_text((tmp_path / f"letter-{i}.pdf").read_bytes()) for i in range(len(saves))]
    assert any("Daļa ierakstu attiecas uz citu personu." in t and "vērsties tiesā" in t for t in texts)

    # printed: the print dialog accepted, the pages go to the printer (here a PDF file)
    printed = tmp_path / "printed.pdf"

    class AcceptingDialog:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def setWindowTitle(self, title):  # noqa: N802 - Qt's name
            pass

        def exec(self):
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", AcceptingDialog)
    actions[("Apliecinājums par pieprasījuma saņemšanu", "Drukāt (LV)…")].trigger()
    qtbot.waitUntil(lambda: page.print_job.done)
    assert page.print_job.ok and "Līga Ozola" in pdf_text(printed.read_bytes())
    assert any("01.03.2027." in t for t in texts)  # the acknowledgement's due date


def test_the_note_at_start_names_what_is_due(make_window, sample_register, tmp_path):
    today = dt.date.today()
    soon = (today - dt.timedelta(days=28)).isoformat()  # due in a few days
    late = (today - dt.timedelta(days=70)).isoformat()
    aware = (dt.datetime.now().astimezone() - dt.timedelta(hours=10)).isoformat(timespec="seconds")
    path = file_with(
        tmp_path,
        sample_register,
        requests=[
            m.Request(id="p-soon", received_on=soon),
            m.Request(id="p-late", received_on=late),
            m.Request(id="p-later", received_on=today.isoformat()),
        ],
        breaches=[m.Breach(id="b-open", aware_at=aware)],
    )
    window = make_window(path)
    note = window.logs.note
    assert note is not None and note.isVisible()
    text = note.informativeText()
    assert "p-soon" in text and "p-late" in text and "nokavēts" in text and "b-open" in text
    assert "p-later" not in text
    # the breach's 72 hours are said, and each log that has something due has its button
    deadline = (dt.datetime.fromisoformat(aware) + dt.timedelta(hours=72)).astimezone()
    assert f"72 stundu termiņš – {deadline:%d.%m.%Y.} {deadline:%H:%M}" in text
    buttons = {b.text(): b for b in note.buttons()}
    assert {"Atvērt pieprasījumu žurnālu", "Atvērt pārkāpumu reģistru"} <= set(buttons)
    buttons["Atvērt pārkāpumu reģistru"].click()  # it opened the requests log only
    assert window.logs.windows["breaches"].isVisible()


def test_the_note_at_start_offers_the_breach_register_when_only_a_breach_is_open(
    make_window, sample_register, tmp_path
):
    aware = (dt.datetime.now().astimezone() - dt.timedelta(hours=10)).isoformat(timespec="seconds")
    window = make_window(file_with(tmp_path, sample_register, breaches=[m.Breach(id="b-open", aware_at=aware)]))
    note = window.logs.note
    assert note.text() == "Rīcība vajadzīga šiem žurnālu ierakstiem:"
    assert "Atvērt pieprasījumu žurnālu" not in [b.text() for b in note.buttons()]
    next(b for b in note.buttons() if b.text() == "Atvērt pārkāpumu reģistru").click()
    assert window.logs.windows["breaches"].isVisible() and "requests" not in window.logs.windows


def test_entries_past_their_retention_are_erased_without_a_trace_of_the_person(make_window, sample_register, tmp_path):
    path = file_with(
        tmp_path,
        sample_register,
        requests=[
            m.Request(
                id="p-2020-01-10",
                received_on="2020-01-10",
                answered_on="2020-02-01",
                outcome="granted",
                requester=m.Requester(name="Kārlis Vecais", contact="karlis@example.lv"),
            ),
            m.Request(id="p-new", received_on=dt.date.today().isoformat(), requester=m.Requester(name="Jauna Persona")),
        ],
    )
    s = settings.load()
    s.log_retention_years = 3
    settings.save(s)
    window = make_window(path)
    assert [r.id for r in stored(path).requests] == ["p-new"]
    with RegisterFile.open(path, read_only=True) as store:
        rows = [(e.entity, e.entity_id, e.action, e.summary) for e in store.change_log()]
    assert ("requests", "p-2020-01-10", "delete", "email") in rows or any(
        r[:3] == ("requests", "p-2020-01-10", "delete") for r in rows
    )
    assert not any("Kārlis" in str(r) or "karlis" in str(r) for r in rows)
    assert window.logs.note is None or "p-2020-01-10" not in window.logs.note.informativeText()


def test_the_accountants_copy_leaves_the_logs_out_unless_ticked_in(make_window, sample_register, tmp_path, dialogs):
    from PySide6.QtWidgets import QMessageBox

    path = file_with(
        tmp_path,
        sample_register,
        requests=[
            m.Request(id="p-1", received_on="2026-01-05", requester=m.Requester(name="Kārlis Vecais")),
        ],
        breaches=[
            m.Breach(
                id="b-1",
                aware_at="2026-01-05T10:00:00+02:00",
                description="USB disks",
                subject_category_ids=[sample_register.subject_categories[0].id],
            )
        ],
    )
    window = make_window(path)
    dialogs.save_name = str(tmp_path / "without.ropa")
    dialogs.answer = QMessageBox.StandardButton.No
    window.accountant_action.trigger()
    assert any("requests log and the breach register" in t or "pieprasījumu žurnālu" in t for t in dialogs.texts())
    without = stored(tmp_path / "without.ropa")
    assert (without.requests, without.breaches) == ([], [])
    assert without.purposes == stored(path).purposes
    assert b"K\xc4\x81rlis" not in (tmp_path / "without.ropa").read_bytes()
    dialogs.save_name = str(tmp_path / "with.ropa")
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.accountant_action.trigger()
    with_logs = stored(tmp_path / "with.ropa")
    assert [r.id for r in with_logs.requests] == ["p-1"] and [b.id for b in with_logs.breaches] == ["b-1"]
    # the copy sent back and opened: its empty logs say where the company's logs are
    window.open_file(tmp_path / "without.ropa")
    window.logs.breaches_action.trigger()
    page = window.logs.windows["breaches"].page
    assert page.empty_note.isVisible()
    assert page.empty_note.text().startswith("Šis fails ir grāmatvedim sagatavota kopija")


def test_at_start_the_logs_are_seen_to_once_the_window_is_painted(make_window, sample_register, tmp_path):
    from ropa_desktop.core.storage import list_backups

    late = (dt.date.today() - dt.timedelta(days=70)).isoformat()
    path = file_with(
        tmp_path,
        sample_register,
        requests=[
            m.Request(id="p-2020-01-10", received_on="2020-01-10", answered_on="2020-02-01", outcome="granted"),
            m.Request(id="p-late", received_on=late),
        ],
    )
    s = settings.load()
    s.log_retention_years = 3
    settings.save(s)
    window = make_window()
    window.editing.hold_until_painted()  # as the app does at start
    assert window.open_file(path)
    assert window.logs.note is None and [r.id for r in stored(path).requests] == ["p-2020-01-10", "p-late"]
    window.editing.release_held()  # the window was painted
    assert window.logs.note is not None and "p-late" in window.logs.note.informativeText()
    assert [r.id for r in stored(path).requests] == ["p-late"]
    # the day's backup is made after the entry past its retention is gone, as at any other opening
    (backup,) = list_backups(path)
    with RegisterFile.open(backup.path, read_only=True) as store:
        assert [r.id for r in store.load().requests] == ["p-late"]


def test_one_request_leaves_the_form_and_its_note_of_what_is_missing_in_sight(
    qtbot, make_window, sample_register, tmp_path
):
    """At 1024×768 a log with one entry shows its table a few rows high; the form below, to its note of the
    reasons still missing, needs no scrolling (a table a third of the window high hid that note)."""
    request = m.Request(
        id="p-2025-04-04",
        received_on="2025-04-04",
        channel="email",
        right="access",
        requester=m.Requester(name="Jānis Bērziņš", contact="janis@example.lv"),
        extended_on="2025-04-20",
        answered_on="2025-05-02",
        outcome="refused",
    )
    window = make_window(file_with(tmp_path, sample_register, requests=[request], breaches=[]))
    log = window.logs.open("requests")  # at the size it opens at (it opened at 900×680, the note out of sight)
    assert log.width() <= 1024 and log.height() <= 768
    qtbot.waitExposed(log)
    page = log.page
    qtbot.waitUntil(lambda: page.form_scroll.height() > 300)
    assert page.table.height() < log.height() / 5
    assert "12. panta 4. punkts" in page.problems.text()
    qtbot.waitUntil(lambda: page.form_scroll.verticalScrollBar().maximum() == 0)


def test_an_entry_deleted_in_the_log_comes_back_with_ctrl_z_there(
    qtbot, make_window, sample_register, tmp_path, dialogs
):
    request = m.Request(id="p-2027-04-04", received_on="2027-04-04", channel="email", right="access")
    path = file_with(tmp_path, sample_register, requests=[request], breaches=[])
    window = make_window(path)
    log = window.logs.open("requests")
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    page = log.page
    page.table.setFocus()
    qtbot.keyClick(page.delete_button, Qt.Key.Key_Space)
    assert stored(path).requests == [] and page.table.rowCount() == 0
    assert dialogs.texts()[-1].endswith("Atjaunot to var ar Labot › Atsaukt (Ctrl+Z).")  # the question said so
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in stored(path).requests] == ["p-2027-04-04"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.name.isVisible()  # its form is back
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(path).requests == []


def test_a_breach_form_fits_a_1024_by_768_screen_beside_its_assessment(qtbot, make_window, sample_register, tmp_path):
    """The breach's facts and its assessment stand side by side: the whole form, to the note of what is still
    missing, needs no scrolling at 1024×768 (it ran below the window), and the data's names are whole."""
    breach = m.Breach(
        id="b-2025-03-26",
        aware_at="2025-03-26T10:00:00+02:00",
        authority_notified_at="2025-03-30T10:00:00+02:00",  # late, without the delay's reasons: a note below
        data_category_ids=[c.id for c in sample_register.data_categories],
    )
    window = make_window(file_with(tmp_path, sample_register, requests=[], breaches=[breach]))
    log = window.logs.open("breaches")
    log.resize(1024, 768)
    qtbot.waitExposed(log)
    page = log.page
    qtbot.waitUntil(lambda: page.form_scroll.height() > 300)
    assert "kavēšanās iemesli" in page.problems.text()
    assert page.problems.text().startswith("• Kavēšanās iemesli: ")  # which field: the form marked none
    assert page.delay_reason.isEnabled()  # notified late: the reasons are asked for
    qtbot.waitUntil(lambda: page.form_scroll.verticalScrollBar().maximum() == 0)
    assert len(page.forms) == 2 and page.notified.isVisible() and page.decision_note.isVisible()
    metrics = page.data.fontMetrics()
    widest = max(metrics.horizontalAdvance(page.data.item(i).text()) for i in range(page.data.count()))
    assert widest + 30 < page.data.viewport().width()  # (30: the box beside each name)


def test_what_is_typed_in_a_log_is_kept_when_the_main_window_closes(qtbot, make_window, sample_file, type_text):
    # the main window saved its own page only: a note still being typed in a log's window was lost
    window = make_window(sample_file)
    for kind in ("requests", "breaches"):
        log = window.logs.open(kind)
        qtbot.waitUntil(log.isVisible)
        qtbot.mouseClick(log.page.add_button, Qt.MouseButton.LeftButton)
    requests, breaches = window.logs.windows["requests"].page, window.logs.windows["breaches"].page
    assert not breaches.delay_reason.isEnabled()  # not notified late: no reasons to give (it looked required)
    requests.note.setFocus()
    type_text(requests.note, "zvanīja divreiz")
    breaches.consequences.setFocus()
    type_text(breaches.consequences, "Klientu e-pasta adreses var nonākt trešo personu rīcībā.")
    window.close()  # as the taskbar's Close or logging out does, the cursor still in the field
    register = stored(sample_file)
    assert [r.note for r in register.requests] == ["zvanīja divreiz"]
    assert [b.consequences for b in register.breaches] == ["Klientu e-pasta adreses var nonākt trešo personu rīcībā."]


def test_a_day_still_to_come_in_a_log_is_said_to_be_one(qtbot, make_window, sample_register, tmp_path, type_text):
    # a year mistyped (2027 for 2026) moved the answer's deadline a year on without a word
    today = dt.date.today()
    window = make_window(file_with(tmp_path, sample_register, requests=[], breaches=[]))
    log = window.logs.open("requests")
    qtbot.waitUntil(log.isVisible)
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    page = log.page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "šī diena vēl nav pienākusi" not in page.problems.text()  # a new request: received today
    page.received.edit.clear()
    page.received.edit.setFocus()
    type_text(page.received.edit, (today + dt.timedelta(days=366)).strftime("%d.%m.%Y."))
    qtbot.keyClick(page.received.edit, Qt.Key.Key_Tab)
    assert "šī diena vēl nav pienākusi – pārbaudiet gadu" in page.problems.text()
