"""The start page: nothing is created without asking; new, open, recent and the examples, as a person uses them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QProxyStyle, QStyle

from ropa_desktop import paths
from ropa_desktop.core import model as m
from ropa_desktop.core import settings
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _record_save_dialog(monkeypatch, answer: Path) -> list[str]:
    """Answer the save dialog with ``answer``; returns the folders/names it was opened with."""
    asked: list[str] = []

    def ask(parent, title, start, *args, **kwargs):
        asked.append(start)
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def test_the_first_start_creates_nothing_and_shows_the_start_page(make_window):
    window = make_window()
    assert window.start(None) is False
    assert window.editing.store is None
    assert window.central.currentWidget() is window.start_page
    assert window.start_page.isVisible() and not window.steps_list.isVisible() and not window.next_button.isVisible()
    assert not paths.default_register_path().exists()
    assert not paths.data_dir().exists() or not any(paths.data_dir().rglob("*.ropa"))
    # nothing recent yet: the list is not shown
    assert not window.start_page.recent.isVisible()
    # the logs belong to a register: with none open they cannot be opened
    assert not window.logs.requests_action.isEnabled() and not window.logs.breaches_action.isEnabled()
    window.logs.requests_action.trigger()
    assert window.logs.windows == {}


def test_new_register_is_offered_in_documents_and_the_window_says_where_it_lives(
    qtbot, make_window, monkeypatch, ui_language
):
    window = make_window()
    window.start(None)
    target = paths.documents_dir() / "Mana firma.ropa"
    paths.documents_dir().mkdir(parents=True)
    asked = _record_save_dialog(monkeypatch, target)
    _click(qtbot, window.start_page.new_button)
    assert Path(asked[0]).parent == paths.documents_dir()
    assert Path(asked[0]).suffix == ".ropa"
    assert window.editing.store is not None and window.editing.store.path == target
    assert RegisterFile.open(target, read_only=True).load().organisation.name == ""
    # the steps are back, at the first one
    assert window.steps_list.isVisible() and window.current_step == steps.COMPANY
    folder = str(paths.documents_dir())
    assert window.windowTitle().startswith(f"Mana firma.ropa — {folder} — ")
    assert window.folder_action.isVisible() and folder in window.folder_action.text()
    opened: list[str] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    window.folder_action.trigger()
    assert opened == [folder]
    assert settings.load().recent_files[0] == str(target.resolve())


def test_cancelling_the_new_register_dialog_leaves_the_start_page(qtbot, make_window, monkeypatch):
    window = make_window()
    window.start(None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    _click(qtbot, window.start_page.new_button)
    assert window.editing.store is None and window.central.currentWidget() is window.start_page


def test_open_from_the_start_page(qtbot, make_window, dialogs, sample_file):
    window = make_window()
    window.start(None)
    dialogs.open_name = str(sample_file)
    _click(qtbot, window.start_page.open_button)
    assert window.editing.store.path == sample_file
    assert window.editing.register.organisation.name == "SIA “ZĪMES”"


def test_recent_registers_on_the_start_page_and_in_the_file_menu(
    qtbot, make_window, sample_file, sample_register, tmp_path
):
    other = tmp_path / "R&D" / "Otrs & Co.ropa"  # (an ampersand in a menu marks the next letter as its key)
    other.parent.mkdir()
    RegisterFile.create(other, sample_register).close()
    first = make_window(sample_file)
    assert first.open_file(other)
    first.editing.close()
    gone = tmp_path / "gone.ropa"
    s = settings.load()
    s.add_recent(str(gone))  # opened once, deleted since: not offered
    settings.save(s)

    window = make_window()  # not started on a file: the start page
    page = window.start_page
    names = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert len(names) == 2
    assert names[0].startswith("Otrs & Co.ropa") and str(other.parent) in names[0]
    assert names[1].startswith("ZIMES.ropa")
    window.recent_menu.aboutToShow.emit()
    menu = [a.text() for a in window.recent_menu.actions()]
    assert [text.split("  ")[0] for text in menu] == ["&1 Otrs && Co.ropa", "&2 ZIMES.ropa"]
    assert menu[0].endswith("R&&D)")

    rect = page.recent.visualItemRect(page.recent.item(1))
    qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editing.store is not None and window.editing.store.path == sample_file
    assert window.central.currentWidget() is window.splitter and not page.isVisible()


def test_the_next_start_opens_the_register_used_last(make_window, sample_file):
    first = make_window(sample_file)
    first.editing.close()
    window = make_window()
    assert window.start(None)
    assert window.editing.store.path == sample_file


def test_the_zimes_example_opens_as_a_copy_and_stays_unchanged(qtbot, make_window):
    import dataclasses

    shipped = paths.sample_path("zimes")
    before = hashlib.sha256(shipped.read_bytes()).hexdigest()
    window = make_window()
    window.start(None)
    _click(qtbot, window.start_page.sample_button)
    copy = window.editing.store.path
    assert copy != shipped and copy.suffix == ".ropa" and copy.is_relative_to(paths.data_dir())
    old = window.editing.register.organisation
    new = dataclasses.replace(old, name="Mana firma")
    assert window.editing.set_organisation(old, new)
    assert hashlib.sha256(shipped.read_bytes()).hexdigest() == before
    # looking again gives the example as shipped, not yesterday's changes; those stay in the copy that has them
    # (opening the example again had emptied what was typed into it, without a word)
    window.file_actions.open_sample()
    assert window.editing.register.organisation.name == "SIA “ZĪMES”"
    assert window.editing.store.path != copy and window.editing.store.path.parent == copy.parent
    with RegisterFile.open(copy, read_only=True) as changed:
        assert changed.load().organisation.name == "Mana firma"
    fresh = window.editing.store.path
    window.file_actions.open_sample()  # an unchanged copy is simply opened again
    assert window.editing.store.path == fresh


def test_a_new_register_is_offered_under_a_name_no_file_has(qtbot, make_window, monkeypatch, sample_file):
    # it offered “reģistrs.ropa”, which could be the register open now, or another that accepting it would empty
    window = make_window(sample_file)
    paths.documents_dir().mkdir(parents=True, exist_ok=True)
    RegisterFile.create(paths.documents_dir() / "reģistrs.ropa", m.Register()).close()
    asked = _record_save_dialog(monkeypatch, paths.documents_dir() / "Jauns.ropa")
    monkeypatch.setattr(window.file_actions, "_start_dir", lambda: str(paths.documents_dir()))
    window.new_action.trigger()
    assert Path(asked[0]).name == "reģistrs (2).ropa"


def test_start_page_fits_1024_by_768(qtbot, make_window, sample_file):
    first = make_window(sample_file)
    first.editing.close()
    window = make_window()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.start_page.isVisible())
    page = window.start_page
    for button in (page.new_button, page.open_button, page.sample_button, page.complete_button, page.recent):
        top_left = button.mapTo(window, QPoint(0, 0))
        assert top_left.y() + button.height() <= window.height() - window.statusBar().height(), button
        assert top_left.x() + button.width() <= window.width(), button
    assert page.verticalScrollBar().maximum() == 0  # nothing needs scrolling


class _ActivateOnSingleClick(QProxyStyle):
    """The style of desktops (such as KDE's default) on which one click activates a list's entry."""

    def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802 - Qt's name
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, option, widget, data)


def _recent_page_with(make_window, path):
    s = settings.load()
    s.add_recent(str(path))
    settings.save(s)
    window = make_window()
    page = window.start_page
    assert page.recent.count() == 1
    return window, page


def test_a_recent_register_that_cannot_be_opened_is_reported_once_on_a_single_click_desktop(
    qtbot, make_window, dialogs, tmp_path
):
    damaged = tmp_path / "Bojāts.ropa"
    damaged.write_bytes(b"not a register at all, just some text" * 100)
    window, page = _recent_page_with(make_window, damaged)
    style = _ActivateOnSingleClick()
    page.recent.setStyle(style)
    rect = page.recent.visualItemRect(page.recent.item(0))
    qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(dialogs.shown) == 1, dialogs.shown
    assert window.editing.store is None


def test_return_on_a_recent_register_opens_it(qtbot, make_window, sample_file):
    window, page = _recent_page_with(make_window, sample_file)
    page.recent.setFocus()
    page.recent.setCurrentRow(0)
    qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert window.editing.store is not None and window.editing.store.path == sample_file


def test_the_open_dialog_shows_a_register_named_in_capitals_on_linux(window, monkeypatch):
    """The system's file dialog on Linux matches “*.ropa” to “zimes.ropa” only, not to “ZIMES.ROPA”."""
    import sys

    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: asked.append(a[3]) or ("", "")))
    window.open_action.trigger()
    (filters,) = asked
    register_files, all_files = filters.split(";;")
    assert register_files.startswith("Reģistra faili (*.ropa *.sqlite *.db") and all_files == "Visi faili (*)"
    assert ("*.ROPA" in register_files) == sys.platform.startswith("linux")


def test_return_on_a_choice_chooses_it_and_a_new_register_starts_at_the_companys_name(qtbot, make_window, monkeypatch):
    window = make_window()
    window.start(None)
    target = paths.documents_dir() / "Mana firma.ropa"
    paths.documents_dir().mkdir(parents=True)
    _record_save_dialog(monkeypatch, target)
    window.start_page.new_button.setFocus()
    qtbot.keyClick(window.start_page.new_button, Qt.Key.Key_Return)  # it did nothing; only Space did
    assert window.editing.store is not None and window.editing.store.path == target
    # the cursor is in the first field to fill (it was in the list of steps, six Tabs away)
    assert window.focusWidget() is window.current_page().form.fields["name"]


def test_a_register_used_last_that_is_gone_is_said_so_and_no_other_opens_in_its_place(
    make_window, dialogs, sample_file, tmp_path
):
    # it opened the older register in the list without a word, and the person worked in the wrong company's
    gone = tmp_path / "stick" / "JAUNAIS.ropa"
    s = settings.load()
    s.recent_files = [str(gone), str(sample_file)]
    settings.save(s)
    window = make_window()
    assert window.start(None) is False
    assert window.editing.store is None and window.central.currentWidget() is window.start_page
    ((kind, title, text),) = dialogs.shown
    assert (kind, title) == ("information", "Pēdējais izmantotais reģistrs nav atrodams")
    assert text.startswith(f"“JAUNAIS.ropa” vairs nav mapē “{gone.parent}”")
