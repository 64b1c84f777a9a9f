"""How long switching to each step takes on a register: ``python -m ropa_desktop.ui.step_timing FILE``.

Prints one number per step (seconds, 1..11): the time from choosing the step in the
list until the window has painted it, on a second visit (each page is built once, the
first time it is opened; ``--first`` prints the first visits instead).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    first = "--first" in args
    args = [a for a in args if a != "--first"]
    from ropa_desktop.core import settings
    from ropa_desktop.ui import app, i18n, steps
    from ropa_desktop.ui.mainwindow import MainWindow

    qapp = app.application()
    i18n.install(settings.language())
    window = MainWindow()
    window.resize(1280, 860)
    window.show()
    if not window.open_file(Path(args[0])):
        return 2
    qapp.processEvents()

    def visit(step: int) -> float:
        start = time.perf_counter()
        window.steps_list.setCurrentRow(step - 1)
        window.repaint()
        qapp.processEvents()
        return time.perf_counter() - start

    first_visits = [visit(step) for step in steps.STEPS]
    documents = window.pages.get(steps.DOCUMENTS)
    deadline = time.monotonic() + 120
    while documents is not None and documents._busy and time.monotonic() < deadline:
        qapp.processEvents()  # let the preview finish: a second visit is measured on a quiet window
        time.sleep(0.01)
    times = first_visits if first else [visit(step) for step in steps.STEPS]
    print(" ".join(f"{t:.4f}" for t in times))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
