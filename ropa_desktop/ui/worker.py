"""The window's one background worker: slow work (such as making a PDF) off the window's thread.

``submit(job, done)`` runs ``job()`` on a worker thread and calls ``done(result, error)`` on the
window's thread: ``error`` is the exception the job raised (then ``result`` is None).  Jobs run one
after another, in the order they were submitted; a job must not touch widgets.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    _finished = Signal(object, object, object)  # done callback, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[Callable[[], Any], Callable[[Any, BaseException | None], None]] | None] = (
            queue.Queue()
        )
        self._thread: threading.Thread | None = None
        self._busy = 0
        self._finished.connect(self._deliver)

    def submit(self, job: Callable[[], Any], done: Callable[[Any, BaseException | None], None]) -> None:
        self._busy += 1
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="ropa-worker", daemon=True)
            self._thread.start()
        self._jobs.put((job, done))

    def busy(self) -> bool:
        """Whether a submitted job has not been delivered yet."""
        return self._busy > 0

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job, done = item
            result: Any = None
            error: BaseException | None = None
            try:
                result = job()
            except Exception as exc:  # noqa: BLE001 - handed to ``done``, which says it in words
                error = exc
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self._finished.emit(done, result, error)

    def _deliver(self, done: Callable[[Any, BaseException | None], None], result: Any, error: Any) -> None:
        self._busy -= 1
        done(result, error)
