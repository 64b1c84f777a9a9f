"""A background worker of the window: slow work in a separate process.

The editing controller has two: ``worker`` makes the documents' preview, ``checker`` checks a large
register, so that findings arrive while a long preview renders.  Their jobs are in ``jobs.py``.

``submit(job, done, receiver)`` runs ``job()`` in a worker process and calls ``done(result, error)`` on the
window's thread: ``error`` is the exception the job raised (then ``result`` is None).  A job submitted
for a ``receiver`` (the page that shows its result) is let go when that widget is gone by then: a
language switch makes the pages afresh while a preview is still being made.  Jobs run one
after another, in the order they were submitted.  A job is a picklable callable: a module-level
function, or ``functools.partial`` of one with picklable arguments (it cannot touch widgets).

Why a process: a thread would share Python's lock with the window, and a long PDF (the register of
a few thousand purposes) would make every step switch and keystroke wait for it.  The process is
started when the first job comes and kept for the next ones; ``stop()`` (also when the application
quits) ends it, even in the middle of a job.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    import queue

Done = Callable[[Any, BaseException | None], None]


class WorkerStopped(RuntimeError):
    """The worker process ended before it answered (it was stopped, or it crashed)."""


class Worker(QObject):
    _finished = Signal(object, object, object)  # done callback, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[Callable[[], Any], Done] | None]  # made with the thread, at the first job
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()  # set by ``stop()`` for the thread running now (each has its own)
        self._process: Any = None
        self._conn: Any = None
        self._lock = threading.Lock()
        self._busy = 0
        self._finished.connect(self._deliver)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def submit(self, job: Callable[[], Any], done: Done, receiver: QObject | None = None) -> None:
        if receiver is not None:
            done = functools.partial(_if_still_there, receiver, done)
        self._busy += 1
        if self._thread is None:  # the first job, or the first since ``stop()``
            import queue  # (a window that only starts submits nothing)

            self._jobs, self._stopped = queue.Queue(), threading.Event()
            self._thread = threading.Thread(
                target=self._run, args=(self._jobs, self._stopped), name="ropa-worker", daemon=True
            )
            self._thread.start()
        self._jobs.put((job, done))

    def busy(self) -> bool:
        """Whether a submitted job has not been delivered yet."""
        return self._busy > 0

    def stop(self) -> None:
        """End the worker process and the thread that feeds it: the running job and those still waiting are
        abandoned (each is answered with ``WorkerStopped``).  A job submitted later starts them afresh."""
        with self._lock:
            self._stopped.set()  # under the lock: no process is started for this thread from now on
            process, self._process = self._process, None
        if self._thread is not None:
            self._jobs.put(None)
            self._thread = None
        if process is not None:
            process.kill()
            process.join(5)

    # -- in the feeding thread ------------------------------------------------------------

    def _run(self, jobs: queue.Queue[tuple[Callable[[], Any], Done] | None], stopped: threading.Event) -> None:
        while True:
            item = jobs.get()
            if item is None:
                return
            job, done = item
            result: Any = None
            error: BaseException | None = None
            try:
                result = self._call(job, stopped)
            except Exception as exc:  # noqa: BLE001 - handed to ``done``, which says it in words
                error = exc
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self._finished.emit(done, result, error)

    def _call(self, job: Callable[[], Any], stopped: threading.Event) -> Any:
        with self._lock:
            if stopped.is_set():  # a job that was still waiting when the worker was stopped
                raise WorkerStopped("the worker was stopped")
            if self._process is None or not self._process.is_alive():
                import multiprocessing  # with the first job, not at start-up

                context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
                self._conn, child = context.Pipe()
                self._process = context.Process(target=_serve, args=(child,), name="ropa-worker", daemon=True)
                self._process.start()
                child.close()
            conn, process = self._conn, self._process
        try:
            conn.send(job)
            ok, value = conn.recv()  # waits without holding Python's lock
        except (EOFError, OSError) as exc:
            with self._lock:
                if self._process is process:  # (not one started since for jobs submitted after a stop)
                    self._process = None
            raise WorkerStopped(str(exc) or "the worker process ended") from None
        if ok:
            return value
        raise _restored(value)

    def _deliver(self, done: Done, result: Any, error: Any) -> None:
        self._busy -= 1
        done(result, error)


def _if_still_there(receiver: QObject, done: Done, result: Any, error: BaseException | None) -> None:
    if shiboken6.isValid(receiver):
        done(result, error)


# -- in the worker process ----------------------------------------------------------------


def _serve(conn: Any) -> None:
    # Background work yields the processor to the window: where both want it, the window gets it first.
    with contextlib.suppress(AttributeError, OSError):  # os.nice is POSIX only
        os.nice(10)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[bool, Any] = (True, job())
        except Exception as exc:  # noqa: BLE001 - sent back to the window, which says it in words
            answer = (False, (type(exc), dict(vars(exc)), str(exc)))
        try:
            conn.send(answer)
        except OSError:  # the window is gone
            return
        except Exception as exc:  # noqa: BLE001 - an answer that cannot be pickled
            with contextlib.suppress(OSError):
                conn.send((False, (RuntimeError, {}, f"{type(exc).__name__}: {exc}")))


def _restored(failure: tuple[type[BaseException], dict[str, Any], str]) -> BaseException:
    """The job's exception, rebuilt in the window's process (without calling its ``__init__``)."""
    cls, state, text = failure
    try:
        exc = cls.__new__(cls)
        Exception.__init__(exc, text)
        exc.__dict__.update(state)
        return exc
    except Exception:  # noqa: BLE001 - an exception type that cannot be rebuilt: say it in a plain one
        return RuntimeError(text)
