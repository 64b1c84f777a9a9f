"""Issue 14 in the window: Save As and Save PDF onto a register are refused with a message, a recovered save is told."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.ui import steps


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_as_onto_the_open_register_is_refused_with_a_message(window, dialogs, sample_file):
    before = digest(sample_file)
    dialogs.save_name = str(sample_file)
    window.save_as_action.trigger()
    assert dialogs.kinds() in (["warning"], ["critical"])  # said, not silently ignored
    assert digest(sample_file) == before


def test_save_pdf_onto_a_register_is_refused_with_a_message(qtbot, window, dialogs, sample_file, tmp_path):
    other = tmp_path / "other.pdf"  # a register that happens to be named like a PDF
    shutil.copyfile(sample_file, other)
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=30000)
    dialogs.save_name = str(other)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["question", "critical"]  # the sample is a draft: asked first, then refused
    assert other.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_save_cut_off_by_a_crash_is_told_when_the_file_is_opened(make_window, dialogs, sample_file):
    from tests.reliability.test_never_lose import make_hot_journal

    make_hot_journal(sample_file)
    make_window(sample_file)
    assert dialogs.kinds() == ["information"]
    assert "before-recovery" in dialogs.texts()[0]


def test_erasing_a_person_everywhere_from_the_file_menu(qtbot, window, dialogs, monkeypatch, sample_file):
    """After an erasure request: refused while an entry still names the person; once it is deleted, the
    change log and the backups that held the person are cleared, and the window says what was done."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import list_backups

    person = "Pēteris Kalniņš"
    editing = window.editing
    [added] = editing.add_entries([m.SubjectCategory(id="x", name=m.Text.of("lv", f"{person} (klients)"))])
    holding = editing.store.backup("daily")
    asked = []

    def answer() -> None:  # the person types the name into the dialog and presses OK
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.width())
        field = dialog.findChild(QLineEdit)
        field.setText(person)
        QTest.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.erase_action.trigger()  # the register still names the person: nothing is erased
    assert dialogs.kinds() == ["critical"] and holding.exists()
    # its explanation wraps: the dialog fits on a 1024-pixel screen
    assert asked and asked[0] < 1024

    assert editing.delete_entry("subject_categories", added.id)
    QTimer.singleShot(0, answer)
    window.erase_action.trigger()
    assert dialogs.kinds() == ["critical", "information"]
    assert person in dialogs.texts()[-1]
    assert not holding.exists()
    for path in [sample_file, *(b.path for b in list_backups(sample_file))]:
        assert person.encode() not in path.read_bytes()


def test_a_register_dropped_on_the_window_is_opened_and_a_wrong_file_is_told(
    qtbot, window, dialogs, sample_file, sample_register, tmp_path
):
    """The accountant drags the e-mail's attachment onto the window: it opens as File › Open would open it."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.core import interchange
    from ropa_desktop.core.storage import RegisterFile

    def drop(path) -> bool:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        where = QPointF(window.rect().center())
        enter = QDragEnterEvent(
            where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(window, enter)
        if not enter.isAccepted():
            return False
        dropped = QDropEvent(
            where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(window, dropped)
        return dropped.isAccepted()

    received = tmp_path / "ZĪMES grāmatvedim.ropa"
    RegisterFile.create(received, sample_register).close()
    assert drop(received)
    qtbot.waitUntil(lambda: window.editing.store.path == received)

    export = tmp_path / "ZĪMES.register.json"  # the JSON export sent instead: said, and nothing changes
    interchange.write(sample_register, export)
    assert drop(export)
    qtbot.waitUntil(lambda: len(dialogs.shown) == 1)
    assert dialogs.kinds() == ["critical"] and "JSON" in dialogs.texts()[0]
    assert window.editing.store.path == received


def test_a_register_dropped_on_a_field_is_opened_not_typed_into_it(
    qtbot, window, sample_file, sample_register, tmp_path
):
    """Most of the window is fields: a file let go over one typed its path into it, and the path was saved."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.core.storage import RegisterFile
    from ropa_desktop.ui import steps

    received = tmp_path / "ZĪMES grāmatvedim.ropa"
    RegisterFile.create(received, sample_register).close()
    window.go_to(steps.SUBJECTS)
    form = window.current_page().form
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(received))])
    mime.setText(str(received))  # as file managers also offer it
    for field in (form.name, form.description.viewport()):  # a one-line field, a box of text
        where = QPointF(field.rect().center())
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        enter = QDragEnterEvent(where, *args)
        QApplication.sendEvent(field, enter)
        assert enter.isAccepted()  # by the window, the field passing it on
        dropped = QDropEvent(where, *args)
        QApplication.sendEvent(field, dropped)
    assert form.name.text() == "Klienti" and str(received) not in form.description.toPlainText()
    qtbot.waitUntil(lambda: window.editing.store.path == received)


def test_choosing_the_open_register_again_keeps_it_as_it_is(qtbot, window, dialogs, sample_file, monkeypatch):
    # Open Recent or File › Open on the register open now cleared Undo and went back to step 1
    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop.ui import steps

    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sample_file), "")))
    window.file_actions.open_dialog()
    assert window.undo_action.isEnabled() and window.current_step == steps.SUBJECTS
    assert window.statusBar().currentMessage() == f"“{sample_file.name}” ir reģistrs, kas ir atvērts tagad."
    assert dialogs.shown == []


def test_a_copy_can_be_saved_back_under_the_name_of_the_register_taken_away(qtbot, window, dialogs, sample_file):
    # the file renamed while open: Save As to its old, now free, name was refused as “this file is already open”
    from ropa_desktop.core.storage import RegisterFile

    sample_file.rename(sample_file.with_name("pārdēvēts.ropa"))
    dialogs.save_name = str(sample_file)
    window.file_actions.save_as()
    assert "Šis fails pašlaik ir atvērts" not in " ".join(dialogs.texts())
    assert sample_file.exists() and window.editing.store.path == sample_file
    with RegisterFile.open(sample_file, read_only=True) as saved:
        assert saved.load().organisation.name == "SIA “ZĪMES”"


def test_a_backup_copy_opens_read_only_and_says_how_to_bring_it_back(qtbot, window, sample_file):
    # it opened for editing, and the app's pruning of old backups later deleted it under the person's hands
    from ropa_desktop.core.storage import RegisterFile

    with RegisterFile.open(sample_file) as store:
        backup = store.backup("daily")
    assert window.open_file(backup)
    assert window.editing.read_only
    assert window.statusBar().currentMessage().startswith("Šī ir rezerves kopija: tā ir atvērta tikai lasīšanai.")


@pytest.mark.parametrize("copy", ["save_as", "accountant_copy"])
def test_a_register_is_never_saved_over_a_document(qtbot, window, dialogs, sample_file, tmp_path, copy):
    # Save As (or the accountant's copy) onto a contract replaced it by the register, kept only in a hidden backup
    contract = tmp_path / "ligums.docx"
    contract.write_bytes(b"PK\x03\x04 the contract")
    dialogs.save_name = str(contract)
    getattr(window.file_actions, copy)()
    assert contract.read_bytes() == b"PK\x03\x04 the contract"
    assert dialogs.texts()[-1] == (
        f"“{contract}” nav reģistra fails, tāpēc tam netiek rakstīts pāri reģistrs. Izvēlieties citu nosaukumu, kas "
        "beidzas ar .ropa."
    )
    assert window.editing.store.path == sample_file


def test_a_copy_saved_onto_a_folder_asks_for_a_file_name(qtbot, window, dialogs, sample_file, tmp_path):
    # it said “… is a folder, not a register file: choose the register file (.ropa) inside it”, as for opening
    folder = tmp_path / "mape.ropa"
    folder.mkdir()
    dialogs.save_name = str(folder)
    window.file_actions.save_as()
    assert dialogs.texts()[-1] == (
        f"“{folder}” ir mape, tāpēc tās vietā nekas netiek rakstīts. Izvēlieties faila nosaukumu tajā vai citu "
        "nosaukumu."
    )
    assert folder.is_dir() and window.editing.store.path == sample_file
