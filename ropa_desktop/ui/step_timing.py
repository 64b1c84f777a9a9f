"""How quickly the window answers on a register: ``python -m ropa_desktop.ui.step_timing FILE``.

Prints one JSON object; a step switch is a pair [step, seconds], timed from choosing the step in the
list until the window has painted it:

- ``first``: switching to each step (1..11) the first time, when its page is built;
- ``second``: the same on a quiet window, once the preview and the check have arrived, in ``ROUNDS``
  rounds taking turns with ``preview``;
- ``preview``: each step but Documents once per round while the Documents step renders a preview (the
  Art. 30 register, the longest document), as long as the render lasts;
- ``after_change``: each step once after a change of the register (the company's name), so that every
  page shows the register anew;
- ``typing_idle`` / ``typing_preview``: one keystroke into a text field until the window has painted
  it, on a quiet window and while the preview renders;
- ``stall_idle`` / ``stall_preview``: the longest the event loop went without running a 10 ms timer
  while the window waited for a second, on a quiet window and while the preview renders.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path
from typing import Any


class _StallMeter:
    """The longest gap between the ticks of a 10 ms timer: how long the window could not answer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - 0.010)
        self.last = now

    def start(self) -> None:
        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return max(self.worst, 0.0)

    def watch(self, qapp: Any, seconds: float, busy: Any = None) -> float:
        """The longest stall while the window waits for ``seconds`` (or until ``busy()`` turns false)."""
        self.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and (busy is None or busy()):
            qapp.processEvents()
            time.sleep(0.002)
        return self.stop()


def _preview_busy(window: Any) -> bool:
    from ropa_desktop.ui import steps

    page = window.pages.get(steps.DOCUMENTS)
    return page is not None and bool(page._busy)


def _start_preview(window: Any) -> None:
    """Ask the Documents step for the Art. 30 register in the other language: a fresh, long render."""
    from ropa_desktop.ui import steps

    page = window.pages[steps.DOCUMENTS]
    page.choose("register", "en" if page.language() == "lv" else "lv")


ROUNDS = 5  # quiet rounds and preview rounds, taking turns: as many switches of each step in both


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from ropa_desktop.core import settings
    from ropa_desktop.ui import app, i18n, steps
    from ropa_desktop.ui.mainwindow import MainWindow
    from ropa_desktop.ui.pages.review import ReviewPage

    qapp = app.application()
    i18n.install(settings.language())
    window = MainWindow()
    window.resize(1280, 860)
    window.show()
    if not window.open_file(Path(args[0])):
        return 2
    qapp.processEvents()
    meter = _StallMeter()

    def visit(step: int) -> list[Any]:
        start = time.perf_counter()
        window.steps_list.setCurrentRow(step - 1)
        window.repaint()
        qapp.processEvents()
        return [step, time.perf_counter() - start]

    def settle(limit: float = 600) -> None:
        """Wait for the preview, the check and any list still being filled."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline and (_preview_busy(window) or not window.editing.findings_current()):
            qapp.processEvents()
            time.sleep(0.01)
        review = window.pages.get(steps.REVIEW)
        while isinstance(review, ReviewPage) and review.listing():
            qapp.processEvents()
        qapp.processEvents()

    def keystroke() -> float:
        fields = [w for w in window.findChildren(QLineEdit) if w.isVisible() and w.isEnabled() and not w.isReadOnly()]
        field = fields[0]
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_A)
        field.repaint()
        qapp.processEvents()
        spent = time.perf_counter() - start
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        qapp.processEvents()
        return spent

    others = [s for s in steps.STEPS if s != steps.DOCUMENTS]
    result: dict[str, Any] = {"first": [visit(step) for step in steps.STEPS]}
    settle()
    result.update(second=[], preview=[], typing_preview=[])
    for _ in range(ROUNDS):
        result["second"] += [visit(step) for step in steps.STEPS]
        settle()
        visit(steps.DOCUMENTS)
        _start_preview(window)
        qapp.processEvents()
        for step in others:
            if not _preview_busy(window):
                break
            result["preview"].append(visit(step))
            if step == steps.COMPANY and _preview_busy(window):
                result["typing_preview"].append(keystroke())
        settle()
    visit(steps.COMPANY)
    result["typing_idle"] = [keystroke() for _ in range(5)]
    settle()
    result["stall_idle"] = meter.watch(qapp, 1.0)
    visit(steps.DOCUMENTS)
    _start_preview(window)
    qapp.processEvents()
    result["stall_preview"] = meter.watch(qapp, 1.0, lambda: _preview_busy(window))
    settle()

    editing = window.editing
    old = editing.register.organisation
    editing.set_organisation(old, dataclasses.replace(old, name=f"{old.name} (2)"))
    result["after_change"] = [visit(step) for step in others]
    print(json.dumps(result), flush=True)
    os._exit(0)  # without waiting for the preview: a measurement, nothing to save


if __name__ == "__main__":
    sys.exit(main())
