"""Every UI string is translated: no unfinished .ts entry, no English left in the Latvian window."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTreeWidget,
    QWidget,
)

from ropa_desktop import paths
from ropa_desktop.ui import steps

TS_FILES = sorted(paths.i18n_dir().glob("ropa_desktop_*.ts"))

# Words that give away an English sentence; none of them is a Latvian word.
_WORDS = (
    "the and of to from with for is are add delete save open file name purpose data step missing yet not new own "
    "which who what how where when undo redo help view edit print language"
).split()
ENGLISH = re.compile(r"\b(?:" + "|".join(f"{w}|{w.capitalize()}" for w in _WORDS) + r")\b")


def test_there_is_a_latvian_translation():
    assert any(p.name == "ropa_desktop_lv.ts" for p in TS_FILES)


def test_no_ts_file_has_unfinished_entries():
    for ts in TS_FILES:
        root = ET.parse(ts).getroot()
        unfinished = []
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
                if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
                    (f or "").strip() for f in forms
                ):
                    unfinished.append((context.findtext("name"), message.findtext("source")))
        assert unfinished == [], f"{ts.name}: {len(unfinished)} unfinished, e.g. {unfinished[:3]}"
        qm = ts.with_suffix(".qm")
        assert qm.exists() and qm.stat().st_size > 100, f"{qm.name} is missing: run pyside6-lrelease"


def test_latvian_sets_off_a_clause_with_an_en_dash_not_an_em_dash():
    """Latvian writes “ – ” (as every Latvian text here does); the window's translations had “ — ” in places."""
    ts = next(p for p in TS_FILES if p.name == "ropa_desktop_lv.ts")
    em = [
        m.findtext("translation")
        for m in ET.parse(ts).getroot().iter("message")
        if " — " in (m.findtext("translation") or "")
    ]
    assert em == []


def test_english_writes_one_apostrophe():
    """The findings, documents and catalogue write “the register’s”; the window's own English and the messages
    wrote “the register's”, so the Review showed both side by side."""
    import tomllib

    straight = re.compile(r"[A-Za-z]'[A-Za-z]|s' ")
    ts = next(p for p in TS_FILES if p.name == "ropa_desktop_lv.ts")
    found = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if straight.search(m.findtext("source") or "")
    ]

    for toml in sorted((paths.i18n_dir() / "en").glob("*.toml")):
        found += [text for text in _strings(tomllib.loads(toml.read_text(encoding="utf-8"))) if straight.search(text)]
    assert found == []


def _strings(node):
    """Every string in parsed TOML or JSON (values of tables and lists, at any depth)."""
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


def _english_sources() -> set[str]:
    out = set()
    for ts in TS_FILES:
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if source != translation:
                out.add(source.replace("&", ""))
    return out


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) of everything a person can read in the window now."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
            found.append((name, widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append((name, widget.placeholderText()))
            found.append((name, widget.toolTip()))
        elif isinstance(widget, QComboBox):
            found.extend((name, widget.itemText(i)) for i in range(widget.count()))
            found.append((name, widget.toolTip()))
        elif isinstance(widget, QTableView):
            model = widget.model()
            found.extend((name, str(model.headerData(c, Qt_Horizontal()) or "")) for c in range(model.columnCount()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found.extend((name, header.text(c)) for c in range(header.columnCount()))
        elif isinstance(widget, QListWidget) and widget.objectName() == "steps":
            found.extend((name, widget.item(i).text()) for i in range(widget.count()))
    return [(n, t.replace("&", "")) for n, t in found if t and t.strip()]


def Qt_Horizontal():  # noqa: N802 - reads like the enum it returns
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _menu_texts(window) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if menu is not None:
            menu.aboutToShow.emit()
            for sub in menu.actions():
                texts.append(sub.text())
                if sub.menu() is not None:
                    texts.extend(a.text() for a in sub.menu().actions())
    return [t.replace("&", "") for t in texts if t]


def test_the_latvian_window_shows_no_english(window):
    sources = _english_sources()
    user_text = _user_text(window)
    offending = []
    for step in steps.STEPS:
        window.go_to(step)
        for cls, text in _visible_texts(window):
            if text in user_text or text in ("LV", "EN", "Latviešu", "English", "ROPA Desktop"):
                continue
            if text in sources or (ENGLISH.search(text) and not _looks_latvian(text)):
                offending.append((step, cls, text))
    folder = str(window.editing.store.path.parent)  # the menu says where the register lives: a path, not English
    for text in _menu_texts(window):
        text = text.replace(folder, "")
        if text in sources or (ENGLISH.search(text) and not _looks_latvian(text)):
            offending.append((0, "menu", text))
    assert offending == []


def _looks_latvian(text: str) -> bool:
    return bool(re.search(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]", text)) and not re.search(r"\b(the|and|of)\b", text)


def _user_text(window) -> set[str]:
    """What the register itself holds (typed by the user) is shown as typed, in any language."""
    from ropa_desktop.core import model as m

    out: set[str] = set()
    for value in _strings(m.to_json(window.editing.register)):
        if value:
            out.add(value)
            out.add(value.split("\n", 1)[0])
    return out


def test_the_checks_would_catch_english(window):
    """The test above can fail: an English label in the Latvian window is found."""
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    page.list_note.setText("Add a category")
    assert ("QLabel", "Add a category") in _visible_texts(window)
    assert ENGLISH.search("Add a category") and not _looks_latvian("Add a category")
    page.list_note.setText("")


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    for ts in TS_FILES:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run pyside6-lrelease on {ts.name}"


def test_every_string_in_the_code_is_in_the_ts(tmp_path):
    """A string added to the code but never put through lupdate would show in English: lupdate finds it."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (paths.i18n_dir().parent / "ropa_desktop" / "ui").rglob("*.py"))
    if not sources:
        pytest.skip("the UI sources are not beside the translations (an installed package)")
    for ts in TS_FILES:
        fresh = tmp_path / ts.name
        fresh.write_bytes(ts.read_bytes())
        subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
        new = [
            m.findtext("source")
            for m in ET.parse(fresh).getroot().iter("message")
            if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
        ]
        assert not new, f"run pyside6-lupdate and translate in {ts.name}: {new}"


def test_the_latvian_dialogs_show_no_english(qtbot, window):
    from ropa_desktop.ui.backups import BackupDialog
    from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog

    sources = _english_sources()
    user_text = _user_text(window)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    page.catalogue_button.click()
    picker = page.findChild(PickerDialog)
    picker.tree.check("accounting")
    picker.ok.click()
    suggestions = page.findChild(SuggestionsDialog)
    window.restore_action.trigger()
    backups = window.findChild(BackupDialog)
    offending = []
    for dialog in (picker, suggestions, backups):
        dialog.show()
        texts = [*_visible_texts(dialog), ("title", dialog.windowTitle())]
        tree = getattr(dialog, "tree", None)
        if tree is not None:
            texts += [("item", i.text(0).replace("&", "")) for i in tree.entry_items()]
            texts += [("item", i.text(1)) for i in tree.entry_items()]
        for cls, text in texts:
            if text in user_text:
                continue
            if text in sources or (ENGLISH.search(text) and not _looks_latvian(text)):
                offending.append((type(dialog).__name__, cls, text))
        dialog.reject()
    for step in (steps.PURPOSES, steps.RETENTION):  # a new entry, before it has its name
        window.go_to(step)
        page = window.current_page()
        page.add_button.click()
        for cls, text in [("title", page.form_title.text()), *_visible_texts(page.detail)]:
            if text not in user_text and (text in sources or (ENGLISH.search(text) and not _looks_latvian(text))):
                offending.append((f"step {step}", cls, text))
    assert offending == []
