"""Bad input and hostile conditions met in the window: nothing saved is changed behind the person's back, and what
happened is said in the person's language."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import ropa_desktop
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import FileMoved
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps
from tests.ui.test_translations import ENGLISH


def stored(path) -> m.Register:
    with RegisterFile.open(path, read_only=True) as store:
        return store.load()


def test_a_text_longer_than_qts_own_limit_is_kept_whole_when_another_field_is_saved(
    make_window, tmp_path, sample_register, type_text
):
    """Qt's line fields hold 32,767 characters unless told otherwise; a register's texts may be far longer (one
    pasted from a contract, or made by another program). Shown in a field, such a text was cut short, and the
    next save of any field of the page wrote it cut."""
    long_name = "SIA “Ā” " + "ē" * 40_000
    long_category = "Klienti " + "ū" * 50_000
    register = sample_register
    register.organisation = dataclasses.replace(register.organisation, name=long_name)
    register.subject_categories[0] = dataclasses.replace(
        register.subject_categories[0], name=m.Text({"lv": long_category, "en": "Customers"})
    )
    path = tmp_path / "long.ropa"
    RegisterFile.create(path, register).close()
    window = make_window(path)

    page = window.current_page()
    type_text(page.form.lines["email"], "birojs@zimes.lv")
    assert page.flush()
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    page.select(register.subject_categories[0].id)
    type_text(page.form.description, "Arī pircēji. ")
    assert page.flush()

    saved = stored(path)
    assert saved.organisation.email == "birojs@zimes.lv"
    assert saved.organisation.name == long_name
    assert saved.subject_categories[0].name["lv"] == long_category
    window.go_to(steps.COMPANY)
    assert window.current_page().form.lines["name"].text() == long_name  # shown whole too
    assert "Arī pircēji. " in saved.subject_categories[0].description["lv"]


def _on_subjects_typing(qtbot, window, type_text, text):
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    qtbot.keyClick(page.form.name, Qt.Key.Key_End)
    type_text(page.form.name, text)
    return page


def test_a_file_deleted_while_open_is_told_and_its_content_can_still_be_saved_as_a_copy(
    qtbot, window, dialogs, sample_file, tmp_path, type_text
):
    """The register is moved to the recycle bin (or renamed) in a file manager while the window edits it: the next
    save says so, in the person's language (it said "can only be read"), and Save As keeps what the file held (it
    did nothing: the change that could not be saved blocked it, silently)."""
    os.unlink(sample_file)
    page = _on_subjects_typing(qtbot, window, type_text, " un pircēji")
    assert not page.flush()
    assert dialogs.shown == [
        (
            "warning",
            "Fails tika pārvietots vai izdzēsts",
            FileMoved("file_moved", path=str(sample_file)).message("lv"),
        )
    ]
    assert window.editing.read_only and window.banner.isVisibleTo(window)
    # the banner says why, not the “open read-only” of a file that can only be read
    assert window.banner.text().startswith(f"“{sample_file.name}” tika pārvietots, pārdēvēts vai izdzēsts")
    window.editing.poll()
    window.editing.poll()
    assert len(dialogs.shown) == 1  # told once

    rescued = tmp_path / "izglābts.ropa"
    dialogs.save_name = str(rescued)
    window.save_as_action.trigger()
    assert stored(rescued).subject_categories[0].name == {"lv": "Klienti", "en": "Customers"}
    assert window.editing.store.path == rescued and not window.editing.read_only


def test_opening_the_file_where_it_was_moved_asks_before_a_change_that_could_not_be_saved_is_lost(
    qtbot, window, dialogs, sample_file, type_text
):
    # following the message's own advice, “open the file again where it is now”, dropped the typed change unasked
    moved = sample_file.with_name("ZIMES jauns.ropa")
    sample_file.rename(moved)
    page = _on_subjects_typing(qtbot, window, type_text, " un pircēji")
    assert not page.flush()  # told: the file was moved
    dialogs.answer = QMessageBox.StandardButton.No
    assert not window.file_actions.open_chosen(moved)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("question", "Izmaiņas neizdevās saglabāt")
    assert text == (
        "Pēdējās izmaiņas neizdevās saglabāt, jo failā vairs nevar ierakstīt. Vai tomēr atvērt “ZIMES jauns.ropa” un "
        "tās zaudēt?"
    )
    assert page.form.name.text().endswith(" un pircēji")  # still on screen, to be copied or typed again
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.file_actions.open_chosen(moved) and window.editing.store.path == moved


def test_a_file_deleted_while_open_is_noticed_without_an_edit(window, dialogs, sample_file):
    sample_file.rename(sample_file.with_name("pārdēvēts.ropa"))
    window.editing.poll()
    assert [kind for kind, *_ in dialogs.shown] == ["warning"]
    assert window.editing.read_only
    sample_file.with_name("pārdēvēts.ropa").rename(sample_file)  # put back: the window may save again
    window.editing.poll()
    assert not window.editing.read_only
    assert len(dialogs.shown) == 1


def _replace_with(path, register, tmp_path):
    """Another program saves a new version by writing it beside and renaming it onto the file (as sync tools do)."""
    newer = tmp_path / "sync-tmp.ropa"
    RegisterFile.create(newer, register).close()
    os.replace(newer, path)


def test_a_file_replaced_while_open_is_shown_and_what_is_typed_is_saved_into_it(
    qtbot, window, dialogs, sample_file, sample_register, tmp_path, type_text
):
    """A sync tool puts the accountant's newer version in place of the open file: the window noticed nothing and
    saved nothing from then on ("can only be read"); now it shows the new file and saves into it."""
    newer = sample_register
    newer.organisation = dataclasses.replace(newer.organisation, email="gramatvede@zimes.lv")
    page = _on_subjects_typing(qtbot, window, type_text, " un pircēji")
    _replace_with(sample_file, newer, tmp_path)
    window.editing.poll()
    assert dialogs.shown == []
    saved = stored(sample_file)
    assert saved.organisation.email == "gramatvede@zimes.lv"
    assert saved.subject_categories[0].name["lv"] == "Klienti un pircēji"
    assert window.editing.register.organisation.email == "gramatvede@zimes.lv"
    assert not window.editing.read_only

    window.go_to(steps.COMPANY)  # and it goes on saving into the new file
    page = window.current_page()
    type_text(page.form.lines["phone"], "67000000")
    assert page.flush()
    assert stored(sample_file).organisation.phone == "67000000"


def test_a_save_into_a_file_replaced_meanwhile_goes_into_the_new_file(
    qtbot, window, dialogs, sample_file, sample_register, tmp_path, type_text
):
    newer = sample_register
    newer.organisation = dataclasses.replace(newer.organisation, email="gramatvede@zimes.lv")
    page = _on_subjects_typing(qtbot, window, type_text, " un pircēji")
    _replace_with(sample_file, newer, tmp_path)
    assert page.flush()  # before the window looked: the save finds the file replaced
    assert dialogs.shown == []
    saved = stored(sample_file)
    assert saved.organisation.email == "gramatvede@zimes.lv"
    assert saved.subject_categories[0].name["lv"] == "Klienti un pircēji"
    qtbot.waitUntil(lambda: window.editing.register.organisation.email == "gramatvede@zimes.lv")


def _reasons_the_core_gives_backups() -> set[str]:
    """Every reason a backup is made for, as the core names it (its file name's last part)."""
    core = Path(ropa_desktop.__file__).parent / "core"
    found = set()
    for source in core.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        found |= set(re.findall(r'\bbackup\("([a-z-]+)"', text))  # store.backup("daily")
        found |= set(re.findall(r'backup_path\(\w+, "([a-z-]+)"', text))
        found |= set(re.findall(r'\breason(?:: str)?\s*=\s*"([a-z-]+)"', text))
        found |= set(re.findall(r'make_backup\(\w+, \w+, f?"([a-z-]+?)(?:-v\{|")', text))
    return found


def test_the_restore_dialog_names_every_kind_of_backup_in_the_persons_language(make_window, sample_file):
    """A copy kept before a cut-off save was undone, before a register was saved in its place, of a replaced
    file, after an erasure: each was listed by its file name's English code ("before-recovery")."""
    from ropa_desktop.ui.backups import reason_text

    reasons = _reasons_the_core_gives_backups()
    assert {"daily", "before-recovery", "before-replace", "replaced", "after-erasure", "before-upgrade"} <= reasons
    make_window(sample_file, lang="lv")
    for reason in reasons:
        shown = reason_text(reason)
        assert shown != reason and not ENGLISH.search(shown), (reason, shown)


def test_a_folder_taken_out_of_reach_is_told_and_the_window_goes_on_once_it_is_back(
    qtbot, make_window, dialogs, sample_register, tmp_path, type_text
):
    """A USB stick pulled out (here: its folder gone) is not "moved or deleted by another program"; once it is
    back the window opens the file afresh and saves what was typed meanwhile."""
    stick = tmp_path / "USB"
    stick.mkdir()
    path = stick / "ZIMES.ropa"
    RegisterFile.create(path, sample_register).close()
    window = make_window(path)
    page = _on_subjects_typing(qtbot, window, type_text, " un pircēji")
    stick.rename(tmp_path / "elsewhere")
    window.editing.poll()
    assert dialogs.shown == [("warning", "Fails nav pieejams", FileMoved("folder_gone", path=str(path)).message("lv"))]
    assert window.editing.read_only
    (tmp_path / "elsewhere").rename(stick)
    messages = []
    window.editing.message.connect(lambda text, _ms: messages.append(text))
    window.editing.poll()
    assert not window.editing.read_only and len(dialogs.shown) == 1
    assert messages == ["Fails atkal ir vietā; darbs ar to turpinās."]
    assert stored(path).subject_categories[0].name["lv"] == "Klienti un pircēji"
    assert page.form.name.text() == "Klienti un pircēji"


def test_line_breaks_of_another_program_are_kept_when_another_field_is_saved(
    qtbot, make_window, tmp_path, sample_register, type_text
):
    """A description with Windows line breaks (or U+2028) from an imported JSON: Qt's text box gives every line
    break back as "\\n", and changing the entry's name saved the description changed with it."""
    register = sample_register
    description = m.Text({"lv": "Pirmā rinda\r\notrā\u2028trešā", "en": "First line\rsecond"})
    register.subject_categories[0] = dataclasses.replace(register.subject_categories[0], description=description)
    path = tmp_path / "rindas.ropa"
    RegisterFile.create(path, register).close()
    window = make_window(path)
    page = _on_subjects_typing(qtbot, window, type_text, " un pircēji")
    assert page.flush()
    saved = stored(path).subject_categories[0]
    assert saved.name["lv"] == "Klienti un pircēji"
    assert saved.description == description
