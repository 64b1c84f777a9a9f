"""The main window: steps, editing, undo, files, dialogs, read-only, language, outside changes."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QMessageBox

import ropa_desktop
from ropa_desktop.core import interchange, settings
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import DamagedFile, NewerVersion, NotARegister, RegisterFileError, WriteFailed
from ropa_desktop.core.storage import RegisterFile, list_backups
from ropa_desktop.ui import steps


@contextlib.contextmanager
def locked_elsewhere(path):
    """Another program holds the file's write lock meanwhile (as while it saves)."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def _on_a_category_with_a_purpose_to_tick(qtbot, window, dialogs):
    """The Data categories step, showing a category that one purpose does not use yet (and the warning that a
    write is refused will be answered with Cancel): the page, the category and that purpose's id."""
    dialogs.answer = QMessageBox.StandardButton.Cancel
    click_step(qtbot, window, steps.DATA)
    page = window.current_page()
    register = window.editing.register
    category, unticked = next(
        (c, p.id) for c in register.data_categories for p in register.purposes if c.id not in p.data_category_ids
    )
    page.select(category.id)
    return page, category, unticked


@pytest.fixture
def quick_lock_wait(monkeypatch):
    """The file is locked on purpose here: each write waits 0.3 s for the lock instead of 2 s (the same
    refusal, sooner). Requested before the window, so that its connection waits that long."""
    from ropa_desktop.core.storage import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)


def stored(path) -> m.Register:
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


def click_step(qtbot, window, step: int) -> None:
    item = window.steps_list.item(step - 1)
    rect = window.steps_list.visualItemRect(item)
    qtbot.mouseClick(window.steps_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_step == step


def test_every_step_opens_with_its_name_and_explanation(qtbot, window):
    assert window.windowTitle().startswith("ZIMES.ropa — ")
    for step in steps.STEPS:
        click_step(qtbot, window, step)
        page = window.current_page()
        assert page.heading.text() == f"{step}. {steps.title(step)}"
        assert page.intro.text()
    assert window.steps_list.item(0).text().endswith("Uzņēmums")
    assert window.steps_list.item(2).text().endswith("Nolūki un juridiskie pamati")


def test_start_up_does_not_load_the_pdf_machinery(sample_file):
    script = (
        "import sys\n"
        "from ropa_desktop.ui import app, i18n\n"
        "from ropa_desktop.ui.mainwindow import MainWindow\n"
        "qapp = app.application()\n"
        "i18n.install('lv')\n"
        "w = MainWindow()\n"
        "w.show()\n"
        f"assert w.open_file(__import__('pathlib').Path({str(sample_file)!r}))\n"
        "for step in range(1, 11):\n"
        "    w.go_to(step)\n"
        "qapp.processEvents()\n"
        "print(sorted({n.split('.')[0] for n in sys.modules if n.startswith('reportlab')}),"
        " 'ropa_desktop.documents' in sys.modules)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "False"]


def test_typing_in_a_form_is_saved_without_a_save_button(qtbot, window, sample_file, type_text):
    click_step(qtbot, window, steps.SUBJECTS)
    page = window.current_page()
    qtbot.keyClick(page.form.groups_note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(page.form.groups_note, " Papildus teksts.")
    qtbot.waitUntil(lambda: stored(sample_file).subject_categories[0].groups_note["lv"].endswith("Papildus teksts."))
    assert "Saglabāts" in window.saved_label.text()


def test_company_details_are_saved_and_title_kept(qtbot, window, sample_file, type_text):
    page = window.current_page()
    field = page.form.fields["registration_number"]
    type_text(field, "40003000000")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(sample_file).organisation.registration_number == "40003000000")


def test_consent_box_creates_the_consent_details(qtbot, window, sample_file, type_text):
    click_step(qtbot, window, steps.PURPOSES)
    page = window.current_page()
    assert page.select("communication")
    assert not page.form.consent_method.isVisibleTo(page)
    page.form.basis_checks["consent"].click()
    assert page.form.consent_method.isVisibleTo(page)
    purpose = stored(sample_file).find("purposes", "communication")
    assert purpose.consent == m.Consent()
    type_text(page.form.consent_withdrawal, "Saite katra e-pasta beigās.")
    page.flush()
    withdrawal = stored(sample_file).find("purposes", "communication").consent.withdrawal
    assert withdrawal == {"lv": "Saite katra e-pasta beigās."}


def test_legitimate_interest_needs_its_text_before_it_is_saved(qtbot, window, sample_file, type_text):
    click_step(qtbot, window, steps.PURPOSES)
    page = window.current_page()
    page.select("relationship")
    page.form.basis_checks["legitimate_interests"].click()
    assert page.form.hint.isVisibleTo(page)
    assert "legitimate_interests" not in stored(sample_file).find("purposes", "relationship").bases()
    type_text(page.form.legitimate_interest, "Parāda atgūšana.")
    page.flush()
    purpose = stored(sample_file).find("purposes", "relationship")
    assert "legitimate_interests" in purpose.bases()
    assert purpose.legitimate_interest == {"lv": "Parāda atgūšana."}
    assert not page.form.hint.isVisibleTo(page)


def test_delete_and_undo_with_ctrl_z(qtbot, window, sample_file):
    click_step(qtbot, window, steps.RECIPIENTS)
    page = window.current_page()
    page.select("debt-collectors")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert stored(sample_file).find("recipients", "debt-collectors") is None
    assert "debt-collectors" not in stored(sample_file).find("purposes", "relationship").recipient_ids
    assert page.model.rowCount() == 1
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = stored(sample_file)
    assert restored.find("recipients", "debt-collectors") is not None
    assert restored.find("purposes", "relationship").recipient_ids == ["debt-collectors"]
    assert page.model.rowCount() == 2
    window.redo_action.trigger()
    assert stored(sample_file).find("recipients", "debt-collectors") is None
    assert "Atsaukt" in window.undo_action.text()


def test_undo_of_a_change_in_the_edit_menu(qtbot, window, sample_file):
    click_step(qtbot, window, steps.DATA)
    page = window.current_page()
    page.select("bank-account")
    page.form.purposes.set_checked("marketing", True)
    assert "bank-account" in stored(sample_file).find("purposes", "marketing").data_category_ids
    window.undo_action.trigger()
    assert "bank-account" not in stored(sample_file).find("purposes", "marketing").data_category_ids


def _start_adding(qtbot, window, step):
    """“Add your own…” on ``step``: the form shows a new entry, the cursor in its name."""
    click_step(qtbot, window, step)
    page = window.current_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.adding and page.form.key_field().hasFocus()
    assert page.adding_note.isVisible() and not page.table.selectionModel().hasSelection()
    return page


def test_add_your_own_names_the_new_entry_in_the_form_and_return_adds_it(qtbot, window, sample_file, type_text):
    page = _start_adding(qtbot, window, steps.SECURITY)
    form = page.form
    assert page.form_title.text() == "Jauns drošības pasākums"
    assert not form.description.isEnabled()  # the name and the kind come first
    assert form.kind.isEnabled() and form.kind.value() is None  # no kind guessed for the person
    type_text(form.name, "Datoru paroles")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert page.adding and stored(sample_file).security_measures == []  # it is not said which kind yet
    form.kind.setFocus()
    form.kind.setCurrentIndex(form.kind.findData("organisational"))
    measures = stored(sample_file).security_measures
    assert [(x.name, x.kind) for x in measures] == [({"lv": "Datoru paroles"}, "organisational")]
    assert form.kind.findData(None) < 0  # the question is gone once answered
    assert not page.adding and not page.adding_note.isVisible()
    assert page.form_title.text() == "Izvēlētais pasākums"
    assert page.current_id() == stored(sample_file).security_measures[0].id
    form.description.setFocus()
    type_text(form.description, "Katram sava parole.")
    page.flush()
    assert stored(sample_file).security_measures[0].description == {"lv": "Katram sava parole."}
    window.editing.undo_stack.undo()
    window.editing.undo_stack.undo()  # the description, then the adding
    assert stored(sample_file).security_measures == []


def test_the_new_entry_is_added_when_the_cursor_moves_on(qtbot, window, sample_file, type_text):
    page = _start_adding(qtbot, window, steps.PURPOSES)
    type_text(page.form.name, "Piegāde")
    qtbot.mouseClick(page.form.basis_checks["contract"], Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    purpose = stored(sample_file).purposes[-1]
    assert purpose.name == {"lv": "Piegāde"} and purpose.bases() == ["contract"]
    assert purpose.subject_category_ids == ["clients"]  # the register's only category of data subjects


def test_escape_drops_the_new_entry(qtbot, window, sample_file, type_text):
    page = _start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Darbinieki")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Escape)
    assert len(stored(sample_file).subject_categories) == 1
    assert not page.adding and page.form.name.text() == "Klienti"  # the entry shown before
    assert page.current_id() == "clients"


def test_a_name_the_list_has_already_is_not_added(qtbot, window, sample_file, type_text):
    page = _start_adding(qtbot, window, steps.SUBJECTS)
    form = page.form
    type_text(form.name, "customers")  # the English name of “Klienti”, in other letters
    assert "“Customers”" in page.taken_note.text()  # is already in the list
    assert not form.description.isEnabled()
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert page.adding and len(stored(sample_file).subject_categories) == 1
    form.name.selectAll()
    type_text(form.name, "Darbinieki")
    assert form.description.isEnabled()
    qtbot.mouseClick(form.description.viewport(), Qt.MouseButton.LeftButton)
    assert [c.name.get("lv") for c in stored(sample_file).subject_categories] == ["Klienti", "Darbinieki"]


def test_leaving_a_new_entry_without_a_name_adds_nothing(qtbot, window, sample_file):
    page = _start_adding(qtbot, window, steps.PURPOSES)
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not page.adding and page.form.original().id == page.model.entry(1).id
    assert len(stored(sample_file).purposes) == len(window.editing.register.purposes) == 5
    page = _start_adding(qtbot, window, steps.RECIPIENTS)
    click_step(qtbot, window, steps.RETENTION)
    click_step(qtbot, window, steps.RECIPIENTS)
    assert not page.adding and page.form.original() is not None


def test_a_new_retention_term_is_added_once_it_says_how_long(qtbot, window, sample_file):
    page = _start_adding(qtbot, window, steps.RETENTION)
    form = page.form
    assert form.until_event.hasFocus() and not form.purposes.isEnabled()
    qtbot.mouseClick(form.has_period, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not page.adding and len(stored(sample_file).retention_rules) == 3
    assert stored(sample_file).retention_rules[-1].period is not None


def test_another_programs_change_keeps_the_new_entry_being_named(qtbot, window, sample_file, type_text):
    page = _start_adding(qtbot, window, steps.SUBJECTS)
    _rename_clients_elsewhere(sample_file)
    window.editing.poll()  # what the timer does every few seconds
    assert page.model.entry(0).name["lv"] == "Klienti (mainīts citur)"
    assert page.adding and page.form.key_field().hasFocus()
    type_text(page.form.name, "Darbinieki")
    # a name typed when the next change comes: the entry is added first (what is typed is saved, not redrawn away)
    with RegisterFile.open(sample_file) as other:
        entry = other.get("subject_categories", "clients")
        other.update(dataclasses.replace(entry, description=m.Text.of("lv", "Pircēji")))
    window.editing.poll()
    assert page.model.entry(0).description.get("lv") == "Pircēji"
    assert not page.adding and page.form.name.text() == "Darbinieki"
    names = [c.name.get("lv") for c in stored(sample_file).subject_categories]
    assert names == ["Klienti (mainīts citur)", "Darbinieki"]


@pytest.mark.usefixtures("quick_lock_wait")
def test_a_new_entry_that_cannot_be_added_yet_stays_on_screen(qtbot, window, dialogs, sample_file, type_text):
    dialogs.answer = QMessageBox.StandardButton.Cancel
    page = _start_adding(qtbot, window, steps.SUBJECTS)
    type_text(page.form.name, "Darbinieki")
    with locked_elsewhere(sample_file):
        qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
        assert dialogs.kinds()[-1] == "warning"
    assert page.adding and page.form.name.text() == "Darbinieki"
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert [c.name.get("lv") for c in stored(sample_file).subject_categories] == ["Klienti", "Darbinieki"]


def test_requests_per_channel(qtbot, window, sample_file, type_text):
    click_step(qtbot, window, steps.REQUESTS)
    page = window.current_page()
    type_text(page.fields["email"], "Tikai no zināmās e-pasta adreses.")
    page.flush()
    rule = m.IdentificationRule("email", m.Text.of("lv", "Tikai no zināmās e-pasta adreses."))
    assert stored(sample_file).identification_rules == [rule]
    page.fields["email"].clear()
    page.flush()
    assert stored(sample_file).identification_rules == []


# --- files and dialogs -------------------------------------------------------------------


def _newer(path):
    RegisterFile.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _damaged(path):
    RegisterFile.create(path).close()
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: p.write_bytes(b"hello, this is not a register" * 10), NotARegister("not_sqlite", path="{p}")),
        (_foreign, NotARegister("foreign_sqlite", path="{p}")),
        # the accountant was sent the JSON export instead of the register file (or it was renamed .ropa)
        (lambda p: interchange.write(m.Register(), p), NotARegister("json_file", path="{p}")),
        (_newer, NewerVersion("newer_version", path="{p}")),
        (_damaged, DamagedFile("damaged_no_backup", path="{p}")),
    ],
    ids=["not-sqlite", "foreign", "json", "newer", "damaged"],
)
def test_bad_files_get_a_clear_dialog_and_the_app_keeps_running(tmp_path, window, dialogs, sample_file, make, error):
    bad = tmp_path / "bad.ropa"
    make(bad)
    before = bad.read_bytes()
    assert not window.open_file(bad)
    kind, title, text = dialogs.shown[-1]
    assert kind == "critical"
    assert title == "Failu nevar atvērt"
    assert text == type(error)(error.key, path=str(bad)).message("lv")
    assert bad.read_bytes() == before
    assert window.editing.store.path == sample_file
    window.go_to(steps.SUBJECTS)
    assert window.current_page().model.rowCount() == 1


def test_bad_json_import_is_refused_with_a_message(tmp_path, window, dialogs, sample_file):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    dialogs.open_name = str(bad)
    window.import_action.trigger()
    assert dialogs.kinds() == ["critical"]
    assert "JSON" in dialogs.texts()[0]
    assert stored(sample_file).organisation.name == "SIA “ZĪMES”"


def test_a_register_file_chosen_for_the_json_import_is_told_as_a_register(tmp_path, window, dialogs, sample_file):
    other = tmp_path / "grāmatvedim.ropa"
    RegisterFile.create(other, m.Register(organisation=m.Organisation(name="SIA Cits"))).close()
    dialogs.open_name = str(other)
    window.import_action.trigger()
    assert dialogs.shown[-1][2] == RegisterFileError("register_not_json", path=str(other)).message("lv")
    assert stored(sample_file).organisation.name == "SIA “ZĪMES”"


def test_import_and_export_json(tmp_path, window, dialogs, sample_file, sample_register):
    other = m.Register(organisation=m.Organisation(name="SIA Cits"))
    source = tmp_path / "other.json"
    interchange.write(other, source)
    dialogs.open_name = str(source)
    window.import_action.trigger()
    assert stored(sample_file).organisation.name == "SIA Cits"
    assert window.current_page().form.fields["name"].text() == "SIA Cits"
    out = tmp_path / "out.json"
    dialogs.save_name = str(out)
    window.export_action.trigger()
    assert interchange.read(out) == other


@pytest.mark.usefixtures("quick_lock_wait")
def test_locked_file_keeps_the_edit_and_saves_it_later(qtbot, window, dialogs, sample_file, type_text):
    dialogs.answer = QMessageBox.StandardButton.Cancel
    click_step(qtbot, window, steps.SUBJECTS)
    page = window.current_page()
    with locked_elsewhere(sample_file):
        qtbot.keyClick(page.form.name, Qt.Key.Key_End)  # the cursor after the name, as a click there puts it
        type_text(page.form.name, " un pircēji")
        assert not page.flush()
        kind, _title, text = dialogs.shown[-1]
        assert kind == "warning"
        assert text == WriteFailed("locked", path=str(sample_file)).message("lv")
        assert page.form.name.text() == "Klienti un pircēji"
        assert window.retry_button.isVisibleTo(window)
        assert stored(sample_file).subject_categories[0].name == {"lv": "Klienti", "en": "Customers"}
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert stored(sample_file).subject_categories[0].name == {"lv": "Klienti un pircēji", "en": "Customers"}
    assert not window.retry_button.isVisibleTo(window)


def test_read_only_file_shows_a_banner_and_blocks_editing(make_window, sample_file):
    window = make_window(sample_file, read_only=True)
    assert window.banner.isVisibleTo(window)
    assert "tikai lasīšanai" in window.windowTitle()
    assert window.read_only_label.isVisibleTo(window)
    assert not window.import_action.isEnabled()
    for step in (steps.COMPANY, steps.PURPOSES, steps.RECIPIENTS):
        window.go_to(step)
        page = window.current_page()
        edits = [w for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)]
        assert edits and all(not w.isEnabled() or w.isReadOnly() for w in edits)
    page = window.current_page()
    assert not page.add_button.isEnabled() and not page.delete_button.isEnabled()
    assert window.save_as_action.isEnabled()
    # locked, yet as readable as an editable form: the accountant reads it
    name = page.form.name
    palette = name.palette()
    assert not name.isEnabled() or name.isReadOnly()
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) == palette.color(
        QPalette.ColorGroup.Active, QPalette.ColorRole.Text
    )


def _rename_clients_elsewhere(path):
    """Another program renames the sample's category of data subjects “Klienti (mainīts citur)”."""
    with RegisterFile.open(path) as other:
        entry = other.get("subject_categories", "clients")
        entry.name = entry.name.with_text("lv", "Klienti (mainīts citur)")
        other.update(entry)


def test_the_window_notices_changes_made_elsewhere(qtbot, window, sample_file):
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    _rename_clients_elsewhere(sample_file)
    qtbot.waitUntil(lambda: page.form.name.text() == "Klienti (mainīts citur)", timeout=5000)
    assert page.model.entry(0).name["lv"] == "Klienti (mainīts citur)"


def test_language_switch_retranslates_and_is_remembered(qtbot, window):
    window.go_to(steps.PURPOSES)
    assert window.menuBar().actions()[0].text() == "&Fails"
    window.language_actions["en"].trigger()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.current_step == steps.PURPOSES
    assert window.current_page().heading.text() == "3. Purposes and legal bases"
    assert settings.load().language == "en"
    window.language_actions["lv"].trigger()
    assert window.current_page().heading.text() == "3. Nolūki un juridiskie pamati"


def test_a_language_switch_leaves_one_set_of_menus(qtbot, window):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    def parts() -> tuple[int, int]:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the switch let go of
        return len(window.findChildren(QMenu)), len(window.findChildren(QAction))

    before = parts()
    for code in ("en", "lv", "ru", "lv"):
        window.language_actions[code].trigger()
    assert parts() == before
    undo = [a for a in window.findChildren(QAction) if a.text().startswith("&Atsaukt")]
    assert undo == [window.undo_action]


def test_new_and_accountant_copy(tmp_path, window, dialogs, sample_file):
    copy = tmp_path / "copy.ropa"
    dialogs.save_name = str(copy)
    assert window.file_actions.suggested_copy_name(tmp_path).startswith("SIA ZĪMES 20")
    window.accountant_action.trigger()
    assert stored(copy) == stored(sample_file)
    new = tmp_path / "new.ropa"
    dialogs.save_name = str(new)
    window.new_action.trigger()
    assert window.editing.store.path == new
    assert window.current_step == steps.COMPANY
    assert window.windowTitle().startswith("new.ropa")
    # a company without a name yet: its copy is named in the window's language (it was “register 2026-…”)
    assert window.file_actions.suggested_copy_name(tmp_path).startswith("reģistrs 20")


def test_the_copy_sent_back_saved_over_the_register_asks_before_the_logs_go(
    tmp_path, make_window, dialogs, sample_file
):
    """The accountant's copy leaves the requests log out; saved back over the register, it would take it away."""
    returned = tmp_path / "SIA ZĪMES 2026-11-30.ropa"
    with RegisterFile.open(sample_file) as store:
        store.add(m.Request(id="p-1", received_on="2026-11-20"))
        store.compact_copy(returned)
    window = make_window(returned)
    dialogs.save_name = str(sample_file)
    dialogs.answer = QMessageBox.StandardButton.No
    window.save_as_action.trigger()
    assert "(pieprasījumi: 1, pārkāpumi: 0)" in dialogs.texts()[-1]
    assert len(stored(sample_file).requests) == 1 and window.editing.store.path == returned
    dialogs.answer = QMessageBox.StandardButton.Ok  # (a question: Yes)
    window.save_as_action.trigger()
    assert stored(sample_file).requests == [] and window.editing.store.path == sample_file
    assert any("before-replace" in str(backup) for backup in list_backups(sample_file))


def test_a_file_named_in_a_terminal_relative_to_its_folder_is_shown_with_the_folder(
    make_window, sample_file, monkeypatch
):
    monkeypatch.chdir(sample_file.parent)
    window = make_window()
    assert window.start(Path(sample_file.name))  # ropa-desktop ZIMES.ropa
    assert window.editing.store.path == sample_file and window.folder_action.toolTip() == str(sample_file)


def test_a_register_made_silently_by_an_earlier_version_is_still_opened(make_window, sample_register):
    from ropa_desktop import paths
    from ropa_desktop.core.storage import RegisterFile

    RegisterFile.create(paths.default_register_path(), sample_register).close()
    window = make_window()
    assert window.start(None)
    assert window.editing.store is not None and window.editing.store.path == paths.default_register_path()


_NONE_LOOP = """
import sys
import ropa_desktop.ui  # the app's start-up guard, if it is needed on this Python
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(300_000):
    widget.parentWidget()  # returns None
print("survived")
"""


def test_none_from_the_qt_bindings_does_not_wear_out(tmp_path):
    """300,000 Qt calls that return None do not bring the process down.

    PySide6 6.12.0 on Python 3.11 takes a reference from None on every such call; without the guard in
    ropa_desktop/ui/__init__.py this process aborts with "Fatal Python error: none_dealloc".
    """
    script = tmp_path / "none_loop.py"
    script.write_text(_NONE_LOOP, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(ropa_desktop.__file__).parent.parent))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "survived", done.stderr[-500:]


# --- review, documents ----------------------------------------------------------------------


def test_review_lists_findings_by_step_and_fix_opens_the_field(qtbot, window):
    from PySide6.QtWidgets import QApplication

    click_step(qtbot, window, steps.REVIEW)
    page = window.current_page()
    items = page.finding_items()
    assert len(items) == len(window.editing.findings) > 0
    groups = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert groups[0].startswith("1. Uzņēmums")
    # missing before advice inside each step
    for i in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(i)
        kinds = [group.child(j).data(0, Qt.ItemDataRole.UserRole).severity for j in range(group.childCount())]
        assert kinds == sorted(kinds, key=lambda k: k != "missing")
    assert window.steps_list.item(steps.REVIEW - 1).text().endswith(f"({len(items)})")

    def fix(entity: str, entity_id: str, field: str):
        window.go_to(steps.REVIEW)
        item = next(
            i for i in page.finding_items() if i.data(0, Qt.ItemDataRole.UserRole).where == (entity, entity_id, field)
        )
        page.tree.scrollToItem(item)
        y = page.tree.visualItemRect(item).center().y()
        x = page.tree.header().sectionViewportPosition(page.FIX_COLUMN) + 8
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        return item.data(0, Qt.ItemDataRole.UserRole)

    finding = fix("organisation", "", "registration_number")
    assert window.current_step == steps.COMPANY == finding.step
    assert QApplication.focusWidget() is window.current_page().form.fields["registration_number"]

    fix("recipients", "mozello", "agreement.signed_on")
    assert window.current_step == steps.RECIPIENTS
    recipients = window.current_page()
    assert recipients.form.original().id == "mozello"
    assert QApplication.focusWidget() is recipients.form.signed_on.edit

    fix("purposes", "website", "consent.withdrawal")
    assert window.current_step == steps.PURPOSES
    assert window.current_page().form.original().id == "website"
    assert QApplication.focusWidget() is window.current_page().form.consent_withdrawal

    fix("purposes", "relationship", "requirement.consequence")
    assert window.current_step == steps.PURPOSES
    assert window.current_page().form.original().id == "relationship"
    assert QApplication.focusWidget() is window.current_page().form.consequence

    fix("security_measures", "", "")
    assert window.current_step == steps.SECURITY
    assert QApplication.focusWidget() is window.current_page().catalogue_button


def test_a_retention_term_the_review_calls_by_number_shows_that_number_beside_its_row(qtbot, window):
    """A term has no name: “3. glabāšanas termiņš neattiecas uz nevienu nolūku” must be findable in the table."""
    window.editing.add_entries([m.RetentionRule(id="loose", until_event=m.Text.of("lv", "Līdz gada beigām."))])
    qtbot.waitUntil(lambda: any(f.code == "retention_no_purpose" for f in window.editing.findings))
    click_step(qtbot, window, steps.REVIEW)
    review = window.current_page()
    item = next(i for i in review.finding_items() if i.data(0, Qt.ItemDataRole.UserRole).code == "retention_no_purpose")
    assert "3. glabāšanas termiņš neattiecas uz nevienu nolūku" in item.text(0)
    review.open_finding(item)
    page = window.current_page()
    assert window.current_step == steps.RETENTION and page.form.original().id == "loose"
    row = page.model.row_of("loose")
    assert page.table.verticalHeader().isVisible()
    assert page.model.headerData(row, Qt.Orientation.Vertical) == "3."
    assert page.table.verticalHeader().sectionViewportPosition(row) >= 0  # the number is on screen beside the row


def test_fixing_a_finding_updates_the_marks(qtbot, window, type_text):
    before = len(window.editing.findings)
    page = window.current_page()
    field = page.form.fields["registration_number"]
    type_text(field, "40003123456")
    page.flush()
    qtbot.waitUntil(lambda: len(window.editing.findings) == before - 1)
    assert window.steps_list.item(steps.REVIEW - 1).text().endswith(f"({before - 1})")


def test_documents_step_previews_saves_and_prints(qtbot, window, dialogs, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from tests.pdfs import page_count, pdf_text

    click_step(qtbot, window, steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    assert page.preview.currentWidget() is page.view
    assert page.pdf_bytes().startswith(b"%PDF")
    first = page.pdf_bytes()

    with qtbot.waitSignal(page.rendered, timeout=30000):
        page.choose("notice", "en", audience="customers")
    assert page.pdf_bytes() != first
    text = pdf_text(page.pdf_bytes())
    assert "ZĪMES" in text and "Data State Inspectorate" in text

    target = tmp_path / "notice.pdf"
    dialogs.save_name = str(target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = pdf_text(target)
    assert "ZĪMES" in saved and "Data State Inspectorate" in saved

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    job = page.print_to(printer)
    qtbot.waitUntil(lambda: job.done)
    assert job.ok
    assert page_count(printed) == page.pdf.pageCount()


def test_document_details_are_saved_and_shown_in_the_preview(qtbot, window, type_text, sample_file):
    from tests.pdfs import pdf_text

    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    with qtbot.waitSignal(page.rendered, timeout=30000):
        type_text(page.approved_by, "Valdes loceklis Jānis Bērziņš")
        page.flush()
    assert stored(sample_file).document_settings.approved_by == {"lv": "Valdes loceklis Jānis Bērziņš"}
    text = pdf_text(page.pdf_bytes())
    assert "Jānis Bērziņš" in text


# --- first start, wizard, keyboard -------------------------------------------------------------


@pytest.mark.parametrize(
    ("system", "preselected"), [("lv_LV.UTF-8", "lv"), ("en_GB.UTF-8", "en"), ("de_DE.UTF-8", "lv")]
)
def test_first_start_asks_the_language_with_the_system_one_preselected(qtbot, monkeypatch, system, preselected):
    from ropa_desktop.ui import app

    monkeypatch.setenv("LANG", system)
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    seen = {}

    def answer(dialog):
        qtbot.addWidget(dialog)
        seen["preselected"] = dialog.language()
        english = dialog.choices["en"]
        qtbot.mouseClick(english, Qt.MouseButton.LeftButton, pos=QPoint(8, english.height() // 2))
        return 1

    monkeypatch.setattr(app.LanguageDialog, "exec", answer)
    assert settings.load().language is None
    assert app.choose_language() == "en"
    assert seen["preselected"] == preselected
    assert settings.load().language == "en"
    seen.clear()
    assert app.choose_language() == "en"  # asked once only
    assert seen == {}


def test_next_explains_what_is_missing_before_moving_on(qtbot, make_window, dialogs, tmp_path):
    window = make_window()
    dialogs.save_name = str(tmp_path / "new.ropa")
    window.new_action.trigger()
    assert window.current_step == steps.COMPANY
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step == steps.COMPANY
    assert window.wizard_note.isVisible()
    assert "Šajā solī vēl trūkst" in window.wizard_note.text()
    assert "reģistrācijas numurs" in window.wizard_note.text()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step == steps.SUBJECTS
    assert not window.wizard_note.isVisible()
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_step == steps.COMPANY


def test_tab_moves_through_the_company_form_in_reading_order(qtbot, window):
    from PySide6.QtWidgets import QApplication

    form = window.current_page().form
    order = [
        "name",
        "registration_number",
        "address",
        "email",
        "phone",
        "website",
        "processing_locations",
        "contact_person.name",
        "contact_person.role",
    ]
    # a text's translations sit under its main language's field: Tab goes through them before the next field
    fields = []
    for name in order:
        translations = form.texts[name].fields.values() if name in form.texts else ()
        fields += [(name, form.fields[name])] + [(name, f) for f in translations if f is not form.fields[name]]
    assert len(fields) > len(order)  # the sample register is kept in Latvian and English
    fields[0][1].setFocus()
    for name, field in fields[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field, name


def test_steps_can_be_chosen_with_the_keyboard(qtbot, window):
    window.steps_list.setFocus()
    qtbot.keyClick(window.steps_list, Qt.Key.Key_Down)
    assert window.current_step == steps.SUBJECTS
    qtbot.keyClick(window.steps_list, Qt.Key.Key_End)
    assert window.current_step == steps.DOCUMENTS


def test_restore_from_a_backup_undoes_later_changes(qtbot, window, sample_file, type_text):
    from ropa_desktop.core.storage import list_backups
    from ropa_desktop.ui.backups import BackupDialog

    assert [b.reason for b in list_backups(sample_file)] == ["daily"]  # made when the window opened it
    page = window.current_page()
    type_text(page.form.fields["address"], "Rīga, Brīvības iela 1")
    page.flush()
    assert stored(sample_file).organisation.address == "Rīga, Brīvības iela 1"
    window.restore_action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog.isVisible() and dialog.list.count() == 1
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert stored(sample_file).organisation.address == ""
    assert window.current_page().form.fields["address"].text() == ""
    assert sorted(b.reason for b in list_backups(sample_file)) == ["before-restore", "daily"]


def test_a_damaged_file_can_be_restored_from_its_backup(qtbot, make_window, dialogs, tmp_path, sample_register):
    from ropa_desktop.ui.backups import BackupDialog

    path = tmp_path / "ZIMES.ropa"
    RegisterFile.create(path, sample_register).close()
    first = make_window(path)
    qtbot.waitUntil(lambda: bool(list_backups(path)))  # the day's backup, made once the window is up
    first.close()
    _damaged_in_place(path)
    window = make_window()
    assert not window.open_file(path)
    assert dialogs.kinds() == ["critical"]
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    dialog = window.findChild(BackupDialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert window.editing.store is not None and window.editing.store.path == path
    assert stored(path).organisation.name == "SIA “ZĪMES”"


def _damaged_in_place(path):
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_the_app_starts_paints_and_exits_on_its_own(tmp_path, sample_file):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
        ROPA_DESKTOP_CONFIG_DIR=str(tmp_path / "fresh-config"),
        ROPA_DESKTOP_DATA_DIR=str(tmp_path / "data"),
    )
    out = subprocess.run(
        [sys.executable, "-m", "ropa_desktop", "gui", "--exit-after-start", str(sample_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("first-paint ")


def test_ticking_a_purpose_for_a_data_category_shows_in_the_table(qtbot, window, sample_file):
    window.go_to(steps.DATA)
    page = window.current_page()
    page.select("bank-account")
    row = page.model.row_of("bank-account")
    used_column = 2
    assert page.model.index(row, used_column).data() == "Pakalpojumu nodrošināšana"
    page.form.purposes.set_checked("marketing", True)
    assert page.model.index(row, used_column).data() == "Pakalpojumu nodrošināšana, Komerciālu paziņojumu sūtīšana"


def test_enter_on_a_row_opens_its_form_and_delete_key_deletes(qtbot, window, sample_file):
    from PySide6.QtWidgets import QApplication

    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.form.name
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored(sample_file).subject_categories == []
    window.undo_action.trigger()
    assert [s.id for s in stored(sample_file).subject_categories] == ["clients"]


def test_lists_name_entries_in_the_window_language_when_the_register_keeps_it(qtbot, make_window, sample_file):
    """ZĪMES is kept in Latvian and English: the English window's tables, checklists and Review all name a
    purpose in English; a text with no English shows its Latvian."""
    from ropa_desktop.core import model as m

    window = make_window(sample_file, lang="en")
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    first = page.model.index(0, 0)
    assert page.model.data(first) == "Provision of services"
    window.go_to(steps.RETENTION)
    checklist = window.current_page().form.purposes
    assert checklist.item_for("Provision of services") is not None
    window.go_to(steps.REVIEW)
    review = window.current_page()
    tree = review.tree
    texts = [
        tree.topLevelItem(i).child(j).text(0)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    assert any("“Provision of services”" in text for text in texts)

    window.go_to(steps.PURPOSES)
    purpose = window.editing.register.purposes[0]
    assert window.editing.update_entry(purpose, dataclasses.replace(purpose, name=m.Text.of("lv", "Tikai latviski")))
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Tikai latviski", timeout=5000)


@pytest.mark.usefixtures("quick_lock_wait")
def test_a_link_ticked_while_the_file_is_locked_is_not_left_ticked_unsaved(qtbot, window, dialogs, sample_file):
    page, category, unticked = _on_a_category_with_a_purpose_to_tick(qtbot, window, dialogs)
    checklist = page.form.purposes
    with locked_elsewhere(sample_file):
        checklist.set_checked(unticked, True)  # “Used for”: one more purpose
        assert dialogs.kinds()[-1] == "warning"
    assert category.id not in stored(sample_file).find("purposes", unticked).data_category_ids
    assert unticked not in checklist.checked_ids()  # the screen shows what the file holds


@pytest.mark.usefixtures("quick_lock_wait")
def test_a_change_that_could_not_be_saved_and_is_gone_does_not_stop_noticing_changes_elsewhere(
    qtbot, window, dialogs, sample_file
):
    dialogs.answer = QMessageBox.StandardButton.Cancel
    click_step(qtbot, window, steps.SUBJECTS)
    page = window.current_page()
    with locked_elsewhere(sample_file):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # refused: the file is locked
        assert dialogs.kinds() == ["warning"]
    assert window.retry_button.isVisibleTo(window)
    with RegisterFile.open(sample_file) as elsewhere:
        elsewhere.set_languages(["lv"])
    window.editing.poll()  # what the timer does every few seconds
    assert window.editing.register.languages == ["lv"]


def test_a_date_typed_into_its_field_is_saved_when_the_window_closes_at_once(qtbot, make_window, sample_file):
    window = make_window(sample_file)
    click_step(qtbot, window, steps.RECIPIENTS)
    page = window.current_page()
    recipient = next(r for r in window.editing.register.recipients if r.agreement is not None)
    page.select(recipient.id)
    field = page.form.signed_on.edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "01.03.2024")  # and, without leaving the field, Ctrl+Q or the window's ✕
    window.close()
    assert stored(sample_file).find("recipients", recipient.id).agreement.signed_on == "2024-03-01"


@pytest.mark.usefixtures("quick_lock_wait")
def test_a_link_ticked_while_the_entrys_own_change_cannot_be_saved_is_not_left_ticked(
    qtbot, window, dialogs, sample_file, type_text
):
    page, category, unticked = _on_a_category_with_a_purpose_to_tick(qtbot, window, dialogs)
    checklist = page.form.purposes
    with locked_elsewhere(sample_file):
        type_text(page.form.description, " Arī tālrunis.")  # saved after a pause in typing…
        checklist.set_checked(unticked, True)  # …which the tick does not wait for: both are refused
        assert dialogs.kinds()[-1] == "warning"
    assert unticked not in checklist.checked_ids()  # the tick was not saved, and “Save again” does not retry it
    assert "Arī tālrunis." in page.form.description.text()  # the typing stays, to be saved again
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert "Arī tālrunis." in stored(sample_file).find("data_categories", category.id).description["lv"]
    assert category.id not in stored(sample_file).find("purposes", unticked).data_category_ids


def test_exporting_just_after_another_program_changed_the_file_still_shows_that_change(
    qtbot, window, dialogs, sample_file, tmp_path
):
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    _rename_clients_elsewhere(sample_file)
    dialogs.save_name = str(tmp_path / "out.json")
    window.export_action.trigger()  # before the window's next look at the file
    assert interchange.read(tmp_path / "out.json").subject_categories[0].name["lv"] == "Klienti (mainīts citur)"
    window.editing.poll()  # what the timer does every few seconds
    assert page.form.name.text() == "Klienti (mainīts citur)"


@pytest.mark.usefixtures("quick_lock_wait")
def test_an_undo_refused_while_the_file_is_locked_is_still_there_to_undo(qtbot, window, dialogs, sample_file):
    click_step(qtbot, window, steps.DATA)
    page = window.current_page()
    register = window.editing.register
    category = next(
        c for c in register.data_categories if any(c.id not in p.data_category_ids for p in register.purposes)
    )
    using_before = {p.id for p in register.purposes if category.id in p.data_category_ids}
    page.select(category.id)
    qtbot.mouseClick(page.form._rows[page.form.purposes].all_button, Qt.MouseButton.LeftButton)  # “Tick all”
    assert all(category.id in p.data_category_ids for p in stored(sample_file).purposes)
    undo_text = window.undo_action.text()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    with locked_elsewhere(sample_file):
        window.undo_action.trigger()  # refused: the file is locked
        assert dialogs.kinds()[-1] == "warning"
    qtbot.waitUntil(lambda: window.undo_action.text() == undo_text)  # Edit › Undo still offers it
    assert all(category.id in p.data_category_ids for p in stored(sample_file).purposes)
    window.undo_action.trigger()
    assert {p.id for p in stored(sample_file).purposes if category.id in p.data_category_ids} == using_before
    redo_text = window.redo_action.text()
    with locked_elsewhere(sample_file):
        window.redo_action.trigger()  # refused too: Edit › Redo still offers it
    qtbot.waitUntil(lambda: window.redo_action.text() == redo_text)
    window.redo_action.trigger()
    assert all(category.id in p.data_category_ids for p in stored(sample_file).purposes)


def test_a_change_saved_elsewhere_does_not_drop_what_is_being_typed(qtbot, window, sample_file, type_text):
    field = window.current_page().form.fields["phone"]
    field.setFocus()
    type_text(field, "+371 2000 0000")  # not saved yet: the form saves a moment after the typing stops
    old = window.editing.register.find("data_categories", "feedback")
    new = dataclasses.replace(old, description=old.description.with_text("lv", "Vēstules."))
    assert window.editing.update_entry(old, new)  # e.g. the logs window, or another program's change taken in
    assert field.text() == "+371 2000 0000"
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.load().organisation.phone == "+371 2000 0000"
        assert store.get("data_categories", "feedback").description.get("lv") == "Vēstules."


def test_an_entry_deleted_elsewhere_while_it_is_edited_is_said_so_once_and_the_list_shows_it_gone(
    qtbot, window, dialogs, sample_file, type_text
):
    # the other person's delete made every save, step and poll say "there is no entry “clients”"
    click_step(qtbot, window, steps.SUBJECTS)
    page = window.current_page()
    assert page.form.original().id == "clients"
    with RegisterFile.open(sample_file) as elsewhere:
        elsewhere.delete("subject_categories", "clients")
    type_text(page.form.description, " un pircēji")
    page.flush()
    assert dialogs.shown == [
        (
            "information",
            "Kāds cits jau veicis izmaiņas",
            "Kamēr jūs labojāt ierakstu “Klienti”, kāds cits to izdzēsa, tāpēc jūsu izmaiņa netika saglabāta. Tagad "
            "saraksts rāda reģistru, kāds tas ir; ja ieraksts joprojām vajadzīgs, pievienojiet to vēlreiz.",
        )
    ]
    assert page.model.rowCount() == 0  # the list as the file has it
    window.editing.poll()  # what the timer does every few seconds: nothing more is said
    click_step(qtbot, window, steps.PURPOSES)  # and the window goes on
    assert len(dialogs.shown) == 1
