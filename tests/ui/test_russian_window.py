"""The window in Russian: every step, the menus and Qt's own dialogs speak Russian; only the register's own
text (here the Latvian sample) and names stay as they are."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from ropa_desktop.core import languages
from ropa_desktop.ui import i18n, steps
from tests.ui.test_translations import _menu_texts, _user_text, _visible_texts

# Latin-script words a Russian window may show: abbreviations, names, keys and the language codes.
ALLOWED = frozenset(
    "GDPR DPIA DPO PDF JSON ROPA Desktop SIA ZĪMES Mozello eParaksts ID Enter Ctrl Alt Z LV EN RU ET LT "
    "Latviešu English Eesti Lietuvių a b c d e f g h cookie UTC".split()
    # the supervisory authority as Latvia abbreviates it, in Russian too (Datu valsts inspekcija)
    + ["DVI"]
    # a Latvian law cited by its name, as a Russian notice of a Latvian company cites it
    + "Grāmatvedības likums likuma pants".split()
)
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿĀ-ž]+")


@pytest.fixture
def ui_language() -> str:
    return "ru"


def _foreign(text: str, user_text: frozenset[str] = frozenset()) -> list[str]:
    """The Latin-script words of ``text`` that are neither allowed nor the register's own text."""
    for typed in sorted(user_text, key=len, reverse=True):
        if len(typed) > 3:
            text = text.replace(typed, " ")
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED and not (len(w) == 2 and w.isupper())]


def test_russian_is_a_window_language():
    assert languages.get("ru").window and "ru" in languages.WINDOW_CODES


def test_the_russian_window_shows_no_english_or_latvian(window, sample_file):
    assert i18n.current() == "ru"
    user_text = frozenset(_user_text(window) | {sample_file.name, str(sample_file.parent)})
    offending = []
    for step in steps.STEPS:
        window.go_to(step)
        for cls, text in _visible_texts(window):
            if _foreign(text, user_text):
                offending.append((step, cls, text))
    offending += [(0, "menu", t) for t in _menu_texts(window) if _foreign(t, user_text)]
    assert offending == []
    assert window.windowTitle() and "Record of processing" not in window.windowTitle()


def test_the_check_finds_a_leftover(window):
    window.go_to(steps.SUBJECTS)
    window.current_page().list_note.setText("Pievienojiet kategoriju")
    assert _foreign("Pievienojiet kategoriju") and ("QLabel", "Pievienojiet kategoriju") in _visible_texts(window)


@pytest.mark.parametrize(
    ("lang", "look_in", "file_name", "file_type"),
    [("ru", "&Папка:", "&Имя файла:", "&Тип файлов:"), ("lv", "Skatīt &mapē:", "Datnes &nosaukums:", "Datņu &tips:")],
)
def test_qt_own_file_dialog_speaks_the_window_language(qtbot, lang, look_in, file_name, file_type):
    """Qt's shipped qtbase_<lang>.qm is loaded with the window's own translation, and the two labels it
    lacks come from the window's: no "Look in:" or "Files of type:" left in English."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    try:
        i18n.install(lang)
        dialog = QFileDialog(None)
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels == [look_in, file_name, file_type]
        assert QCoreApplication.translate("QFileDialog", "Detail View") != "Detail View"
    finally:
        i18n.install(languages.DEFAULT)


def test_the_language_menu_offers_russian_and_switches_to_it(qtbot, make_window, sample_file):
    window = make_window(sample_file, lang="lv")
    actions = {a.text().replace("&", ""): a for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert "Русский" in actions
    actions["Русский"].trigger()
    assert i18n.current() == "ru"
    window.go_to(steps.SUBJECTS)
    assert steps.title(steps.SUBJECTS) == "Субъекты данных"
    qtbot.waitUntil(lambda: any("Субъекты данных" in text for _cls, text in _visible_texts(window)))
    assert window.menuBar().actions()[0].text() == "&Файл"


def test_the_russian_logs_show_no_english_or_latvian(qtbot, window):
    """A new request and a new breach, as the office administrator adds them: the forms, the tables and the
    breach's countdown (“осталось 71 ч 59 мин”, not “71 h 59 min”) speak Russian."""
    from PySide6.QtCore import Qt

    offending = []
    for kind in ("requests", "breaches"):
        log = window.logs.open(kind)
        qtbot.waitUntil(log.isVisible)
        before = log.page.table.rowCount()
        qtbot.mouseClick(log.page.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda log=log, before=before: log.page.table.rowCount() == before + 1)
        table = log.page.table
        cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
        texts = [text for _cls, text in _visible_texts(log)] + [c for c in cells if c]
        ids = frozenset(entry.id for entry in log.page.entries())  # the log's own numbers, “b-2026-11-30”
        offending += [(kind, text) for text in texts if _foreign(text, ids)]
        log.close()
    assert offending == []


def test_edit_undo_names_each_change_in_russian(qtbot, window):
    """Qt puts “Отменить” before the change's name: the name is a noun in the accusative, in lower case
    (“Отменить добавление «Работники»”), never a second verb (“Отменить Изменить языки реестра”)."""
    from PySide6.QtCore import Qt

    from ropa_desktop.ui.picker import PickerDialog

    def undo_text() -> str:
        return window.undo_action.text().replace("&", "")

    seen = []
    window.go_to(steps.COMPANY)
    qtbot.mouseClick(window.current_page().form.languages_box.others["et"], Qt.MouseButton.LeftButton, pos=_box())
    qtbot.waitUntil(lambda: "языков" in undo_text())
    seen.append(undo_text())
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    picker.tree.check("employees")
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "добавление" in undo_text())
    seen.append(undo_text())
    window.go_to(steps.DATA)
    all_button = window.current_page().form.purposes.parentWidget().all_button
    qtbot.mouseClick(all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "всех" in undo_text())
    seen.append(undo_text())
    assert seen[0] == "Отменить изменение языков реестра" and seen[2] == "Отменить снятие всех отметок"
    assert all(re.match(r"Отменить [а-яё]", text) for text in seen), seen


def _box():
    from PySide6.QtCore import QPoint

    return QPoint(8, 8)


def test_add_your_own_puts_the_cursor_in_the_russian_field(qtbot, make_window, tmp_path, type_text):
    """On a Latvian register the Russian window shows its examples in the RU field: “Добавить своё…” puts the
    cursor there too, so that a Russian name is not stored as the Latvian one (and printed in the Latvian notice)."""
    from PySide6.QtCore import Qt

    from ropa_desktop.core import model as m
    from ropa_desktop.core.languages import for_new_register
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "Детская одежда.ropa"  # a new register made in the Russian window: lv, en and ru
    RegisterFile.create(path, m.Register(languages=for_new_register("ru"))).close()
    window = make_window(path)
    window.go_to(steps.SUBJECTS)
    page = window.current_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    field = window.focusWidget()
    assert field is page.form.texts["name"].fields["ru"]
    type_text(field, "Посетители сайта")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.adding)
    with RegisterFile.open(path, read_only=True) as store:
        added = [s.name for s in store.load().subject_categories if "Посетители сайта" in s.name.values()]
    assert added == [{"ru": "Посетители сайта"}]


def test_the_first_start_asks_for_the_language_in_russian_too(qtbot):
    """Before any language is chosen the question is asked in each language the window speaks, Russian too."""
    from ropa_desktop.ui.app import LanguageDialog

    dialog = LanguageDialog("ru")
    qtbot.addWidget(dialog)
    label = dialog.findChild(type(dialog.layout().itemAt(0).widget()))
    assert "Выберите язык программы." in label.text().splitlines()
    assert dialog.windowTitle() == "Valoda / Language / Язык"
    assert dialog.language() == "ru"


@pytest.mark.parametrize(("lang", "words"), [("ru", ("год", "года", "лет")), ("lv", ("gads", "gadi", "gadi"))])
def test_the_retention_periods_unit_agrees_with_its_number(make_window, sample_file, lang, words):
    """“1 лет”, “1 gadi”: the unit's word stood in one form whatever the number."""
    window = make_window(sample_file, lang=lang)
    window.go_to(steps.RETENTION)
    form = window.current_page().form
    form.period_unit.set_value("years")
    for n, word in zip((1, 3, 5), words, strict=True):
        form.period_value.setValue(n)
        assert form.period_unit.currentText() == word and form.period_unit.value() == "years"


def test_a_purpose_with_two_bases_lists_the_second_in_small_letters(window):
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    cells = [page.model.index(row, 1).data() for row in range(page.model.rowCount())]
    assert "Исполнение договора; выполнение юридической обязанности" in cells  # ZĪMES's “services”
    assert not [cell for cell in cells if any(part[:1].isupper() for part in cell.split("; ")[1:])]
