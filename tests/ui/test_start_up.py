"""Start-up: the first painted window needs only what it shows; the rest waits until it is up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea

from ropa_desktop.core import settings
from ropa_desktop.core.storage import list_backups
from ropa_desktop.ui import steps
from ropa_desktop.ui.qt_keys import set_keys, set_shortcut
from ropa_desktop.ui.widgets import next_in_focus_chain

REPO = Path(__file__).resolve().parents[2]

# Starts the app as ``ropa-desktop gui --exit-after-start FILE`` does, and notes what is loaded and done
# when the main window gets its first paint event.
_START = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow
from ropa_desktop.ui.app import application

seen = {}

class Spy(QObject):
    def eventFilter(self, obj, event):
        if not seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            seen["modules"] = sorted(sys.modules)
            seen["window"] = obj
            seen["marks_then"] = obj.findings_label.text()
            seen["backups_then"] = len(list(__import__("pathlib").Path(sys.argv[2]).glob("*")))
            seen["collecting_then"] = __import__("gc").isenabled()
            seen["qt_enums_then"] = "Qt" in vars(sys.modules["PySide6.QtCore"])  # built on first use
            made = [vars(sys.modules[m]) for m in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")]
            seen["qt_classes_then"] = sorted(name for names in made for name in names if name.startswith("Q"))
            built = sys.modules["ropa_desktop.core.schema"]._expected_objects.cache_info().currsize
            seen["schemas_built_then"] = built  # (in memory, from the migrations)
        return False

app = application()
spy = Spy()
# the spy watches the window only: a filter on the whole application would make a Python object of
# every object that gets an event, and so make the bindings' classes of each before the paint
from ropa_desktop.ui.mainwindow import MainWindow

show_on_screen = MainWindow.show_on_screen
MainWindow.show_on_screen = lambda window: (window.installEventFilter(spy), show_on_screen(window))
from ropa_desktop.cli import main

code = main(["gui", "--exit-after-start", sys.argv[1]])
window = seen.pop("window")
seen.update(code=code, marks_after=window.findings_label.text(), review=window.steps_list.item(9).text())
seen["collecting_after"] = __import__("gc").isenabled()
seen["qt_enums_after"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
print("RESULT " + json.dumps(seen))
"""

# Not needed to show a register's first step: the PDF machinery, the documents, the catalogue, the
# start page (a file is opened), the log windows' pages, JSON import/export, backups' dialog.
NOT_AT_FIRST_PAINT = (
    "reportlab",
    "pypdf",
    "babel",
    "holidays",
    "jsonschema",
    "sqlite_utils",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "ropa_desktop.documents",
    "ropa_desktop.core.catalogue",
    "ropa_desktop.core.completeness",  # the first check runs once the window is painted
    "ropa_desktop.core.logs",  # and the note on what is due in the logs
    "ropa_desktop.core.interchange",
    "ropa_desktop.ui.start_page",
    "ropa_desktop.ui.logs.requests_page",
    "ropa_desktop.ui.logs.breaches_page",
    "ropa_desktop.ui.logs.common",  # (the sample has nothing due in its logs)
    "ropa_desktop.ui.backups",
    "ropa_desktop.ui.printing",
    "locale",  # the command line's parser (its messages' translations) is built only for other commands
)


def _start(sample_file: Path) -> dict:
    settings.save(settings.Settings(language="lv"))
    backups = Path(os.environ["ROPA_DESKTOP_DATA_DIR"]) / "backups"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-c", _START, str(sample_file), str(backups)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    return json.loads(line.removeprefix("RESULT "))


def test_the_first_painted_window_loads_only_what_it_shows(sample_file):
    seen = _start(sample_file)
    assert seen["code"] == 0
    loaded = [
        name for name in seen["modules"] if any(name == n or name.startswith(n + ".") for n in NOT_AT_FIRST_PAINT)
    ]
    assert loaded == []


def test_qts_enums_and_the_dialogs_classes_are_made_after_the_first_paint(sample_file):
    # PySide6 builds the Python enums of the whole ``Qt`` namespace (~11 ms) when it is first named
    seen = _start(sample_file)
    assert not seen["qt_enums_then"]
    # nor the classes only dialogs and later steps use (each class is made when first named)
    later = {"QFileDialog", "QInputDialog", "QDialogButtonBox", "QRadioButton", "QCalendarWidget", "QSpinBox", "QUrl"}
    assert later.isdisjoint(seen["qt_classes_then"])
    assert {"QMainWindow", "QListWidget", "QLineEdit"} <= set(seen["qt_classes_then"])
    assert seen["qt_enums_after"]  # (what tells it: the check after the paint draws its marks with them)


def test_the_first_window_sets_by_keys_what_it_would_have_set_by_qts_enums(qtbot, make_window, sample_file):
    window = make_window(sample_file)
    page = window.current_page()
    assert page.intro.textFormat() == Qt.TextFormat.PlainText
    assert window.wizard_note.textFormat() == Qt.TextFormat.PlainText
    forms = page.findChildren(QFormLayout)
    assert forms and all(f.labelAlignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop for f in forms)
    areas = page.findChildren(QScrollArea)
    assert areas and all(a.focusPolicy() == Qt.FocusPolicy.NoFocus for a in areas)
    assert window.new_action.shortcuts() == [QKeySequence(QKeySequence.StandardKey.New)]
    assert window.review_action.shortcuts() == [QKeySequence("Ctrl+R")]
    assert window.logs.requests_action.shortcut() == QKeySequence("Ctrl+J")
    assert QGuiApplication.highDpiScaleFactorRoundingPolicy() == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough


def test_the_labels_of_every_form_on_the_company_step_have_one_width(qtbot, make_window, sample_file):
    window = make_window(sample_file)
    forms = window.current_page().findChildren(QFormLayout)
    labels = [f.itemAt(row, QFormLayout.ItemRole.LabelRole) for f in forms for row in range(f.rowCount())]
    widths = {item.widget().minimumWidth() for item in labels if item is not None and item.widget() is not None}
    assert len(forms) == 5 and len(widths) == 1 and widths.pop() > 0  # so that the fields line up


def test_a_key_qt_does_not_know_is_an_error_not_silence(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    set_keys(label, "alignment", "AlignRight|AlignTop")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    with pytest.raises(ValueError):
        set_keys(label, "alignment", "AlignUpwards")
    with pytest.raises(ValueError):
        set_keys(label, "alinement", "AlignTop")
    action = QAction(label)
    set_shortcut(action, "Ctrl+J")
    set_shortcut(action, "")  # no shortcut at all, as setShortcut(QKeySequence()) leaves
    assert action.shortcuts() == [] and action.shortcut().isEmpty()


def test_the_check_and_the_days_backup_follow_the_first_paint(sample_file):
    seen = _start(sample_file)
    # painted before either was done (and without cycle collections) ...
    assert seen["marks_then"] == "Pārbauda reģistru…" and seen["backups_then"] == 0 and not seen["collecting_then"]
    assert seen["schemas_built_then"] == 0  # the file's schema was compared with the frozen snapshot
    # ... and both done before the app went on
    assert seen["collecting_after"]
    assert seen["marks_after"].startswith("Trūkstošās ziņas: ")
    assert seen["review"].startswith(f"{steps.REVIEW}  ") and seen["review"].endswith(")")
    assert [b.reason for b in list_backups(sample_file)] == ["daily"]


def test_a_register_opened_while_work_is_held_shows_its_marks_once_released(qtbot, make_window, sample_file):
    window = make_window()
    window.editing.hold_until_painted()
    assert window.open_file(sample_file)
    assert not window.editing.findings_known and window.findings_label.text() == "Pārbauda reģistru…"
    assert list_backups(sample_file) == []
    window.editing.release_held()
    assert window.editing.findings_known
    missing = sum(1 for f in window.editing.findings if f.severity == "missing")
    assert window.findings_label.text().startswith(f"Trūkstošās ziņas: {missing} ")
    assert [b.reason for b in list_backups(sample_file)] == ["daily"]
    # Tab goes from the page's last field on to Back, then Next
    page, fields = window.current_page(), []
    widget = next_in_focus_chain(window.steps_list)
    while widget is not window.steps_list:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            fields.append(widget)
        widget = next_in_focus_chain(widget)
    assert next_in_focus_chain(fields[-1]) is window.back_button
    assert next_in_focus_chain(window.back_button) is window.next_button
    # from now on a register opened is checked at once, as before
    assert window.open_file(sample_file) and window.editing.findings_known


def test_findings_asked_for_while_held_are_worked_out_then(qtbot, make_window, sample_file):
    window = make_window()
    window.editing.hold_until_painted()
    assert window.open_file(sample_file)
    findings = window.editing.current_findings()
    assert findings and window.editing.findings_known


def test_modules_imported_after_the_bindings_are_not_read_as_source():
    # PySide6's import hook read each new module's source (to look for ``from __feature__ import``)
    script = (
        "import linecache, sys\n"
        "import ropa_desktop.ui\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from ropa_desktop.core.catalogue import load\n"
        "print(sys.modules[load.__module__].__file__ in linecache.cache, QWidget.__name__)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "QWidget"]
