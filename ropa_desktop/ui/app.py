"""Starting the desktop app: ``run(path)`` is what ``ropa-desktop`` / ``ropa-desktop gui [FILE]`` call."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # classes only the first start's question uses, named when used: see qt_keys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from ropa_desktop import paths
from ropa_desktop.core import gc_pause, languages, settings, texts
from ropa_desktop.ui import i18n
from ropa_desktop.ui.handlers import qt_handler

if TYPE_CHECKING:
    from ropa_desktop.ui.mainwindow import MainWindow


class LanguageDialog(QDialog):
    """Asked once, at the first start: the language of the app (the system's preselected if the window speaks it)."""

    def __init__(self, preselected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # asked before the window has a language: in each one it speaks (“Valoda / Language / Язык”); the app's
        # name is added by the system
        asked = languages.WINDOW_CODES
        self.setWindowTitle(" / ".join(texts.text(code, "labels.app_language.title") for code in asked))
        layout = QVBoxLayout(self)
        label = QLabel("\n".join(texts.text(code, "labels.app_language.prompt") for code in asked))
        layout.addWidget(label)
        self.choices: dict[str, QtWidgets.QRadioButton] = {}
        for code in languages.WINDOW_CODES:
            self.choices[code] = QtWidgets.QRadioButton("&" + languages.get(code).native_name)
            layout.addWidget(self.choices[code])
        self.choices.get(preselected, self.choices[languages.DEFAULT]).setChecked(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def language(self) -> str:
        return next(code for code, button in self.choices.items() if button.isChecked())


def choose_language() -> str:
    """The saved language, or ask (first start) and save the answer."""
    current = settings.load()
    if current.language:
        return current.language
    dialog = LanguageDialog(settings.system_language())
    dialog.exec()
    current.language = dialog.language()
    settings.save(current)
    return current.language


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none yet
        # (Qt 6 scales by the screen's exact factor, unrounded: its default rounding policy)
        app = QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    QCoreApplication.setOrganizationName(paths.APP_SLUG)
    return app


def peak_memory_kb() -> int:
    """This process's peak resident memory so far, in KiB (0 where the system does not tell)."""
    try:  # Linux: the high-water mark of this program alone (ru_maxrss would include the parent's at fork)
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KiB elsewhere
    except ImportError:  # Windows
        return 0


class _FirstPaint(QObject):
    """Calls ``then`` when the window it watches is first painted (filters installed later are called first)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    @qt_handler
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self._then()
        return False


def _report_start_and_quit() -> None:
    """``--exit-after-start``: say when the window is painted, the peak memory (KiB) and the CPU time
    (seconds) until then, then quit."""
    print(f"first-paint {time.time():.6f} {peak_memory_kb()} {time.process_time():.4f}", flush=True)
    QTimer.singleShot(0, QCoreApplication.quit)


def _when_started(window: MainWindow) -> Callable[[], None]:
    """What runs once the window is up (at its first paint, or at the latest after ``HELD_AT_MOST_MS``): what
    waited for it, and cycle collections, paused while it started (``cli``), go on."""
    done = False

    def started() -> None:
        nonlocal done
        if not done:
            done = True
            gc_pause.resume()
            window.editing.release_held()

    return started


# Where a window is never painted (minimised at once on some desktops), what waited for it runs after this.
HELD_AT_MOST_MS = 3000


def run(path: Path | None = None, *, exit_after_start: bool = False) -> int:
    """Start the app on ``path`` (else the default register); returns the exit code."""
    app = application()
    # a start that only proves the window comes up (CI, benchmarks) asks nothing
    i18n.install(settings.language() if exit_after_start else choose_language())

    from ropa_desktop.ui.mainwindow import MainWindow

    window = MainWindow()
    window.restore_layout()
    # what can wait (the register's first check, the day's backup, the logs' note) waits until the window is painted
    window.editing.hold_until_painted()
    window.start(Path(path) if path else None)
    if exit_after_start:  # (called after the next one: what waited runs before the quit)
        _FirstPaint(window, _report_start_and_quit)
    started = _when_started(window)
    _FirstPaint(window, lambda: QTimer.singleShot(0, started))
    QTimer.singleShot(HELD_AT_MOST_MS, started)
    window.show_on_screen()
    code = app.exec()
    window.close()
    return code
