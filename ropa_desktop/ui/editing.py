"""The editing controller: the open register, its undo stack, the one way a change reaches the file.

Pages, the catalogue picker and the file actions call this object, never the window.  Every
write goes through ``write()``, which turns a failure into the dialog the person needs (someone
else changed the same fields, the file is locked, it can only be read, the value is refused, the
disk failed) and keeps what was typed on screen.  The window listens to the signals and redraws.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6 import QtCore  # Qt's values as QtCore.Qt.…: see qt_keys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ropa_desktop import paths
from ropa_desktop.core import labels, settings
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import (
    DamagedFile,
    EditConflict,
    FileMoved,
    InvalidRegister,
    ReadOnlyRegister,
    RopaError,
    WriteFailed,
)
from ropa_desktop.core.storage import RegisterFile, daily_backup, restore_backup
from ropa_desktop.ui import i18n, jobs
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.register_texts import any_text
from ropa_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from ropa_desktop.core import completeness

POLL_MS = 1500
FINDINGS_PAUSE_MS = 300
# A register of up to this many entries is checked at once on the window's thread (a few milliseconds);
# a larger one in a worker process, and its findings are shown when they arrive.
CHECKED_AT_ONCE = 500


class Editor(Protocol):
    """What is being typed somewhere (a step page): saved on ``flush()``, False when that failed."""

    def flush(self) -> bool: ...


def entry_label(entry: Any) -> str:
    """How an entry is named in the Edit menu's “Undo …”."""
    if isinstance(entry, m.IdentificationRule):
        return labels.standalone(i18n.current(), "channel", entry.channel)
    if isinstance(entry, m.RetentionRule):
        return any_text(entry.until_event, i18n.current()) or labels.period(i18n.current(), entry.period)
    return any_text(getattr(entry, "name", None), i18n.current()) or getattr(entry, "id", "")


class StoreCommand(QUndoCommand):
    """One edit of the register that Edit › Undo can take back (already done when pushed).

    An undo or redo that could not be written (the person was told why) leaves the stack where it was, so that
    Edit › Undo (or Redo) still offers it: the stack steps back over this command without running it again.
    """

    def __init__(self, editing: EditingController, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self.editing = editing
        self.do = do
        self.undo_ = undo
        self._skip = True  # the next redo or undo only moves the stack (first: the push of what is done already)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        if not self.editing.run_undo_step(self.do):
            self._skip = True
            self.editing.step_back_later(undone=False)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        if not self.editing.run_undo_step(self.undo_):
            self._skip = True
            self.editing.step_back_later(undone=True)


class ChangeCommand(StoreCommand):
    """A change of one thing (an entry, the company's details, the languages) from ``old`` to ``new``, written
    by ``apply(value, base)`` onto what the file holds.  Changes of the same fields of the same thing in a row
    (typing on in one field, one tick after another in one list) merge into one step from the first ``old`` to
    the last ``new``; a change of another field is a step of its own, and so is a change made after the cursor
    left the field and came back (a name typed, and later a slip in it, are two steps: undo takes back the slip).
    """

    def __init__(
        self, editing: EditingController, text: str, apply: Callable[[Any, Any], Any], old: Any, new: Any, key: tuple
    ) -> None:
        super().__init__(editing, text, lambda: apply(self.new, self.old), lambda: apply(self.old, self.new))
        self.old, self.new, self.key = old, new, key
        self.session = editing.typing_session()

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (
            isinstance(other, ChangeCommand)
            and other.key == self.key
            and other.session == self.session
            and _changed_fields(other.old, other.new) == _changed_fields(self.old, self.new)
        ):
            self.new = other.new
            return True
        return False


def _changed_fields(old: Any, new: Any) -> frozenset[str] | None:
    """The names of the fields in which two states of an entry (or the company's details) differ; None for a
    value without fields (the register's languages), which is one field of its own."""
    if not dataclasses.is_dataclass(old) or not dataclasses.is_dataclass(new):
        return None
    return frozenset(f.name for f in dataclasses.fields(old) if getattr(old, f.name) != getattr(new, f.name, None))


class EditingController(QObject):
    """The open register file and everything that changes it."""

    opened = Signal()  # another register is open now: pages are made afresh
    reloaded = Signal()  # the register was read again (undo, restore, import, a change from elsewhere)
    entry_saved = Signal(object)  # one entry or part was written; the argument is the editor that shows it already
    findings_changed = Signal()
    saved = Signal(str)  # the time of the last save, "HH:MM"
    unsaved = Signal()  # the last change could not be saved: it stays on screen, "Save again" retries
    read_only_changed = Signal(bool)
    damaged_file = Signal()  # a file could not be opened but may be restored from its backups
    message = Signal(str, int)  # a short note for the status bar, and how long to show it (ms)

    def __init__(self, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._parent = dialog_parent
        self.store: RegisterFile | None = None
        self.register = m.Register()
        self.findings: list[completeness.Finding] = []
        self.findings_known = True  # False from opening a register until its first check has run (or arrives)
        self._findings_revision = 0  # the revision the findings were worked out for
        self._checking: int | None = None  # the revision a background check is running for
        self._check_again = False
        self._after_check: list[Callable[[], None]] = []
        self.revision = 0  # moves on with every change of ``register`` (what the documents are made from)
        self.read_only = False
        self.failed_path: Path | None = None  # a damaged file that its backups may put right
        self.active: Editor | None = None  # the step page on screen, saved before anything else happens
        self.also_typing: list[Editor] = []  # other windows of the register where one types (the logs' windows)
        self.undo_stack = QUndoStack(self)
        self.worker = Worker(self)
        self.checker = Worker(self)  # its own process: findings arrive while a long preview renders
        self._unsaved = False
        self._moved_told = False  # the person was told the open file was taken away (and it is not back yet)
        self._quiet_writes = False
        self._catalogue: Any = None
        self._findings_later = Debouncer(self, self.update_findings, FINDINGS_PAUSE_MS)
        self._held: list[Callable[[], None]] | None = None  # see hold_until_painted()
        self._stepping_back = False  # see step_back_later()
        self._typing_session = 0  # moves on when the cursor moves: changes merge into one undo step only within one
        self._session_ends_after_save = False  # the cursor moved while what was typed waits for the pause
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._cursor_moved)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)

    def _cursor_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        """The cursor left a field: what is typed from now on is an undo step of its own.  What was typed there
        and is saved after the pause still belongs to the step it was typed in."""
        save_later = getattr(self.active, "save_later", None)
        if save_later is not None and save_later.pending():
            self._session_ends_after_save = True
        else:
            self._typing_session += 1

    def typing_session(self) -> int:
        """Which stretch of typing a change being saved now belongs to (see ``ChangeCommand``)."""
        session = self._typing_session
        if self._session_ends_after_save:
            self._session_ends_after_save = False
            self._typing_session += 1
        return session

    # ================================================================== what is open

    def catalogue(self) -> Any:
        """The catalogue of ready-made entries (False when it cannot be read)."""
        if self._catalogue is None:
            from ropa_desktop.core import catalogue

            try:
                self._catalogue = catalogue.load()
            except (OSError, ValueError, RopaError):
                self._catalogue = False
        return self._catalogue

    def catalogue_has(self, kind: str) -> bool:
        catalogue = self.catalogue()
        return bool(catalogue) and bool(catalogue.entries(kind))

    def flush(self) -> bool:
        """Save what is being typed on the page on screen and in the logs' windows; False when it could not be
        saved."""
        saved = self.active.flush() if self.active is not None else True
        for editor in self.also_typing:
            saved = editor.flush() and saved
        return saved

    def flush_unless_read_only(self) -> bool:
        """Save what is being typed before the register is copied (Save As, the accountant's copy, an export) or
        another is opened; True when that may go ahead.  Also True when the register turned read-only while it
        was open (its disk, or the file taken away by another program): what is typed can no longer be saved
        there, and a copy of what the file holds is the way to keep it."""
        return self.flush() or self.read_only

    @property
    def taken_away(self) -> bool:
        """The open file was moved, renamed or deleted by another program (the person was told), and no register is
        at its path again yet."""
        return self._moved_told

    def _may_lose_unsaved(self, path: Path) -> bool:
        """What was typed last could not be saved (the file was taken away, or can only be read now): ask before
        another register is opened in its place and that is lost.  True: go on."""
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("MainWindow", "The change could not be saved"),
            QCoreApplication.translate(
                "MainWindow",
                "Your last change could not be saved, as the file can no longer be written. Open “%1” anyway and "
                "lose that change?",
            ).replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open(self, path: Path, read_only: bool = False) -> bool:
        """Open ``path`` in place of the open register; a file that cannot be opened is said in words.

        A name relative to the working folder (``ropa-desktop "ZIMES (1).ropa"`` in a terminal) is kept with its
        folder: the folder's tooltip and the messages named the file alone."""
        path = Path(path).absolute()
        if not self.flush() and (not self.read_only or not self._may_lose_unsaved(path)):
            return False
        # a backup copy is read, never changed: the app prunes its backups, and one edited in place was deleted
        # under the person's hands; File › Restore from backup is the way to bring one back
        backup = path.resolve().is_relative_to(paths.backups_dir().resolve())
        read_only = read_only or backup
        title = QCoreApplication.translate("MainWindow", "The file cannot be opened")
        try:
            store = RegisterFile.open(path, read_only=read_only)
        except RopaError as exc:
            self._remember_failed(path, exc)
            self.error(title, exc)
            return False
        try:
            register = store.load()
        except RopaError as exc:
            store.close()
            self._remember_failed(path, exc)
            self.error(title, exc)
            return False
        if self.store is not None:
            self.store.close()
        self.store = store
        self.register = register
        self.revision += 1
        self.undo_stack.clear()
        self.failed_path = None
        self._unsaved = False
        self._moved_told = False
        s = settings.load()
        recent = list(s.recent_files)
        s.add_recent(str(path.resolve()))
        if s.recent_files != recent:  # no disk write at start when nothing changed
            settings.save(s)
        self.read_only = store.read_only
        self.read_only_changed.emit(self.read_only)
        self.findings, self.findings_known = [], False  # the previous register's findings are not these
        # what waited for the previous register's check (e.g. Next ▶ on its step) does not wait for this one
        self._after_check, self._check_again = [], False
        if not self.held(self._first_findings):  # at start the window is painted first, the step marks follow
            self.update_findings(announce=False)
        self.opened.emit()
        if backup:
            self.message.emit(
                QCoreApplication.translate(
                    "MainWindow",
                    "This is a backup copy: it is open read-only. File › Restore from backup brings it back in "
                    "place of the register.",
                ),
                0,
            )
        # The day's first backup copy is made once the window is up, not before it is painted (and after
        # log entries past their retention are erased: see ui/logs/window.py).
        self._soon(self._daily_backup)
        for notice in store.notices:  # e.g. a save cut off by a crash was undone: say so, and where the copy is
            QMessageBox.information(self._parent, notice.title(i18n.current()), notice.message(i18n.current()))
        self.findings_changed.emit()
        self.poll_timer.start()
        return True

    @property
    def open_store(self) -> RegisterFile:
        """``store`` where a register is open for certain: in what ``write`` runs (it runs nothing without one)."""
        assert self.store is not None, "no register is open"
        return self.store

    def close(self) -> None:
        self.poll_timer.stop()
        self.worker.stop()
        self.checker.stop()
        if self.store is not None:
            self.store.close()
            self.store = None

    def is_new(self) -> bool:
        """Nothing has been entered yet."""
        register = self.register
        return not register.organisation.name and not any(register.items(k) for k in m.LIST_KINDS)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.read_only_changed.emit(read_only)

    def hold_until_painted(self) -> None:
        """At start: the day's backup, the first check of the register opened now and what the window
        puts off with ``held()`` wait for ``release_held()`` (called once the window is painted), so that
        the window comes up first."""
        if self._held is None:
            self._held = []

    def held(self, work: Callable[[], None]) -> bool:
        """While work waits for the window's first paint, ``work`` waits too (True); else False."""
        if self._held is None:
            return False
        self._held.append(work)
        return True

    def release_held(self) -> None:
        """Run what ``hold_until_painted()`` held back, in order; from now on nothing waits."""
        held, self._held = self._held or [], None
        for work in held:
            work()

    def _soon(self, work: Callable[[], None]) -> None:
        if not self.held(work):
            QTimer.singleShot(0, work)

    def _first_findings(self) -> None:
        if not self.findings_known:
            self.update_findings()

    def _remember_failed(self, path: Path, exc: RopaError) -> None:
        if isinstance(exc, DamagedFile):
            self.failed_path = path
            if self.store is None:
                self.damaged_file.emit()

    def _daily_backup(self) -> None:
        if self.store is None:  # the window was closed before it got this far
            return
        with contextlib.suppress(RopaError, OSError):  # a missing backup must not stop the work
            daily_backup(self.store)

    # ================================================================== findings

    def update_findings(self, announce: bool = True) -> None:
        """Work the findings out again: at once for a small register, else in the background
        (``findings_changed`` says when they have arrived)."""
        from ropa_desktop.core import completeness  # (at start loaded once the window is up, for its first check)

        self._findings_later.cancel()
        if self.store is not None and sum(len(self.register.items(k)) for k in m.LIST_KINDS) > CHECKED_AT_ONCE:
            self._check_in_background()
            return
        self._show_findings(list(completeness.check(self.register)) if self.store is not None else [], self.revision)
        if announce:
            self.findings_changed.emit()
        self._run_after_check()

    def _show_findings(self, findings: list[completeness.Finding], revision: int) -> None:
        self.findings = findings
        self.findings_known = True
        self._findings_revision = revision

    def _check_in_background(self) -> None:
        if self._checking is not None:
            # one check at a time: the running one is followed by another if the register moved on
            self._check_again = self._check_again or self._checking != self.revision
            return
        self._checking, self._check_again = self.revision, False
        path, revision = str(self.open_store.path), self.revision
        self.checker.submit(
            functools.partial(jobs.check, path, revision),
            lambda found, error: self._checked(path, revision, found, error),
        )

    def _checked(self, path: str, revision: int, found: Any, error: BaseException | None) -> None:
        self._checking = None
        if self.store is None:
            return
        if str(self.store.path) != path:  # another register was opened meanwhile: its own check if it asked
            if self._check_again:
                self._check_in_background()
            return
        if error is not None:  # the worker could not read the file: checked here instead, not left unknown
            from ropa_desktop.core import completeness

            found = list(completeness.check(self.register))
        self._show_findings(found, revision if error is None else self.revision)
        if self._check_again:
            self._check_in_background()
        self.findings_changed.emit()
        self._run_after_check()

    def findings_current(self) -> bool:
        """Whether the findings are those of the register as it is now."""
        return self.findings_known and self._findings_revision == self.revision and not self._findings_later.pending()

    def when_checked(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` once the findings are those of the register as it is now (at once if they are)."""
        self._after_check.append(fn)
        if self.findings_current():
            self._run_after_check()
        elif self._checking != self.revision:
            self.update_findings()

    def _run_after_check(self) -> None:
        if self.findings_current():
            waiting, self._after_check = self._after_check, []
            for fn in waiting:
                fn()

    def current_findings(self) -> list[completeness.Finding]:
        """The findings of the register as it is now: worked out at once if a save is still to be counted or
        the first check still waits for the window (for a large register in the background: the ones shown
        until then, ``findings_changed`` follows)."""
        if self._findings_later.pending() or not self.findings_known:
            self.update_findings()  # the step marks follow too
        return self.findings

    def step_status(self) -> dict[int, str]:
        if self.store is None or not self.findings_known:
            return {}
        from ropa_desktop.core import completeness

        return completeness.step_status(self.register, self.findings)

    # ================================================================== writing

    def error(self, title: str, exc: RopaError) -> None:
        QMessageBox.critical(self._parent, title, exc.message(i18n.current()))

    def write(self, fn: Callable[[], Any]) -> tuple[bool, Any]:
        """Run one write; on failure tell the person, keep the edit on screen and return (False, None)."""
        if self.store is None or self.read_only:
            return False, None
        lang = i18n.current()
        not_saved = QCoreApplication.translate("MainWindow", "The change could not be saved")
        replaced = False
        while True:
            try:
                result = fn()
            except FileMoved:
                if not replaced and self._take_replacement():
                    replaced = True  # another program put a new file in its place: the change goes there
                    continue
                self._tell_moved()
                return False, None
            except EditConflict as exc:
                # Someone else saved the same fields meanwhile: show their version; retrying would not help.
                QMessageBox.information(
                    self._parent, QCoreApplication.translate("MainWindow", "Changed by someone else"), exc.message(lang)
                )
                self.reload()
                return False, None
            except WriteFailed as exc:
                if self._quiet_writes:
                    return False, None
                answer = QMessageBox.warning(
                    self._parent,
                    not_saved,
                    exc.message(lang),
                    QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Retry,
                )
                if answer == QMessageBox.StandardButton.Retry:
                    continue
                self._mark_unsaved()
                return False, None
            except ReadOnlyRegister as exc:
                QMessageBox.warning(
                    self._parent,
                    QCoreApplication.translate("MainWindow", "The file is read-only"),
                    exc.message(lang),
                )
                self.set_read_only(True)
                return False, None
            except InvalidRegister as exc:
                QMessageBox.warning(self._parent, not_saved, exc.message(lang))
                return False, None
            except RopaError as exc:
                QMessageBox.critical(self._parent, not_saved, exc.message(lang))
                self._mark_unsaved()
                return False, None
            self._saved_now()
            if replaced:  # once the page on screen has finished saving
                QTimer.singleShot(0, self._show_replacement)
            return True, result

    def _saved_now(self) -> None:
        self.revision += 1
        self._unsaved = False
        self.saved.emit(_dt.datetime.now().strftime("%H:%M"))
        self._findings_later.poke()

    def _mark_unsaved(self) -> None:
        self._unsaved = True
        self.unsaved.emit()

    def retry_save(self) -> bool:
        """“Save again”: the page on screen tries its unsaved change once more."""
        if self.active is not None and self.active.flush():
            self._unsaved = False
            return True
        return False

    def run_undo_step(self, fn: Callable[[], Any]) -> bool:
        """Write an undo or redo step; False when it could not be written (the person was told why)."""
        self.flush()
        ok, _ = self.write(fn)
        if ok:
            self.reload()
        return ok

    def step_back_later(self, undone: bool) -> None:
        """An undo (``undone``) or redo was refused: once the stack has finished it, move the stack back (once,
        however many commands of a macro were refused).  Not at once: the stack may not be moved from inside."""
        if self._stepping_back:
            return
        self._stepping_back = True

        def back() -> None:
            self._stepping_back = False
            (self.undo_stack.redo if undone else self.undo_stack.undo)()

        QTimer.singleShot(0, back)

    @property
    def undo_step_refused(self) -> bool:
        """The undo or redo just run could not be written (the stack is moved back in a moment)."""
        return self._stepping_back

    def reload(self, redraw: bool = True) -> None:
        """Entries were added, deleted or restored: read the register again (and redraw the page on screen)."""
        if self.store is None:
            return
        self.register = self.store.load()
        self.revision += 1
        if redraw:
            self.reloaded.emit()
        self.update_findings()

    def _replace_in_memory(self, entry: Any) -> None:
        items = self.register.items(entry.KIND)
        for i, old in enumerate(items):
            if old.id == entry.id:
                items[i] = entry
                return

    def update_entry(self, old: Any, new: Any, source: Editor | None = None) -> bool:
        """Save a changed entry; the page ``source`` shows it already, any other page on screen is redrawn."""

        # Only the fields the person changed are written (onto what the file holds now), and undo takes back
        # only those: another person's changes to the same entry are kept.
        def apply(value: Any, base: Any) -> None:
            self.open_store.update(value, base=base)
            self._replace_in_memory(self.open_store.get(value.KIND, value.id))

        ok, _ = self.write(lambda: apply(new, old))
        if ok:
            text = QCoreApplication.translate("MainWindow", "Change “%1”").replace("%1", entry_label(new))
            self.undo_stack.push(ChangeCommand(self, text, apply, old, new, (new.KIND, new.id)))
            self.entry_saved.emit(source)
        return ok

    def update_entries(
        self, changes: list[tuple[Any, Any]], text: str, source: Editor | None = None, *, named: bool = False
    ) -> bool:
        """Save several changed entries of one kind, (old, new) pairs, as one write and one undo step ``text``
        (e.g. “Tick all” linking a data category to every purpose); ``named``: a single change too is the step
        ``text`` (else it is “Change …”, merged with the next change of the same fields)."""
        if len(changes) == 1 and not named:
            return self.update_entry(*changes[0], source)

        def save(pairs: list[tuple[Any, Any]]) -> None:
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)  # hundreds of entries take a moment
            try:
                self.open_store.update_many(pairs, skip_gone=True)  # an entry removed meanwhile is not put back
            finally:
                QApplication.restoreOverrideCursor()

        def do() -> None:
            save([(new, old) for old, new in changes])

        def undo() -> None:
            save([(old, new) for old, new in changes])

        ok, _ = self.write(do)
        if ok:
            self.undo_stack.push(StoreCommand(self, text, do, undo))
            self.reload(redraw=False)  # what the file holds now, merged with any change made elsewhere
            self.entry_saved.emit(source)
        return ok

    def set_organisation(self, old: m.Organisation, new: m.Organisation) -> bool:
        text = QCoreApplication.translate("MainWindow", "Change company details")
        return self._set_part("organisation", old, new, text)

    def set_document_settings(self, old: m.DocumentSettings, new: m.DocumentSettings) -> bool:
        text = QCoreApplication.translate("MainWindow", "Change document details")
        return self._set_part("document_settings", old, new, text)

    def set_languages(self, old: list[str], new: list[str]) -> bool:
        """The register's languages (main first), undoably; the pages show a field per language."""

        def apply(codes: list[str], _base: list[str]) -> None:
            self.open_store.set_languages(list(codes))
            self.register.languages = list(codes)

        ok, _ = self.write(lambda: apply(new, old))
        if ok:
            text = QCoreApplication.translate("MainWindow", "Change the register’s languages")
            self.undo_stack.push(ChangeCommand(self, text, apply, old, new, ("languages",)))
            self.update_findings()
        return ok

    def _set_part(self, name: str, old: Any, new: Any, undo_text: str) -> bool:
        """Save the organisation or the document settings (only the fields changed since ``old``), undoably."""

        def apply(value: Any, base: Any) -> None:
            getattr(self.open_store, f"set_{name}")(value, base=base)
            setattr(self.register, name, getattr(self.open_store, name)())

        ok, _ = self.write(lambda: apply(new, old))
        if ok:
            self.undo_stack.push(ChangeCommand(self, undo_text, apply, old, new, (name,)))
        return ok

    def add_entries(self, entries: list[Any], text: str = "") -> list[Any]:
        """Add entries (one undo step for all); returns the stored ones.  The caller shows them."""
        stored: list[Any] = []

        def do() -> None:
            for entry in entries if not stored else list(stored):
                result = self.open_store.add(entry)
                if len(stored) < len(entries):
                    stored.append(result)

        ok, _ = self.write(do)
        if not ok:
            for entry in stored:  # a partial batch is taken back so one undo step stays one step
                self.write(functools.partial(self.open_store.delete, entry.KIND, entry.id))
            return []

        def undo() -> None:
            for entry in reversed(stored):
                self.open_store.delete(entry.KIND, entry.id)

        def redo() -> None:
            for entry in stored:
                self.open_store.add(entry)

        names = [entry_label(e) for e in stored]
        if len(names) > 2:  # the Edit menu's Undo named all of them: a menu as wide as the screen
            label = (
                QCoreApplication.translate("MainWindow", "Add “%1” and %2 more")
                .replace("%1", names[0])
                .replace("%2", str(len(names) - 1))
            )
        elif len(names) == 2:  # (“A, B” in one pair of quotes read as one entry's name)
            label = (
                QCoreApplication.translate("MainWindow", "Add “%1” and “%2”")
                .replace("%1", names[0])
                .replace("%2", names[1])
            )
        else:
            label = QCoreApplication.translate("MainWindow", "Add “%1”").replace("%1", ", ".join(names))
        label = text or label
        self.undo_stack.push(StoreCommand(self, label, redo, undo))
        self.reload(redraw=False)
        return stored

    def delete_entry(self, kind: str, entry_id: str) -> bool:
        """Delete an entry (and its links), undoably.  The caller shows the list without it."""
        deletions: list[Any] = []
        entry = self.register.find(kind, entry_id)

        ok, _ = self.write(lambda: deletions.append(self.open_store.delete(kind, entry_id)))
        if not ok:
            return False

        def undo() -> None:
            self.open_store.restore(deletions.pop())

        def redo() -> None:
            deletions.append(self.open_store.delete(kind, entry_id))

        label = QCoreApplication.translate("MainWindow", "Delete “%1”").replace("%1", entry_label(entry))
        self.undo_stack.push(StoreCommand(self, label, redo, undo))
        self.reload(redraw=False)
        self.message.emit(
            QCoreApplication.translate("MainWindow", "Deleted “%1”. Undo with Ctrl+Z.").replace(
                "%1", entry_label(entry)
            ),
            8000,
        )
        return True

    def replace_all(self, register: m.Register, reason: str) -> bool:
        """Put ``register`` in place of everything, after a backup copy named by ``reason``; not undoable."""
        ok, _ = self.write(lambda: self.open_store.backup(reason))
        if not ok:
            return False
        ok, _ = self.write(lambda: self.open_store.replace_all(register))
        if ok:
            self.undo_stack.clear()
            self.reload()
        return ok

    def restore(self, backup: str) -> bool:
        """Put the backup copy ``backup`` in place of the open register's content; not undoable."""
        ok, _ = self.write(lambda: restore_backup(backup, self.open_store))
        if ok:
            self.undo_stack.clear()
            self.reload()
        return ok

    # ================================================================== changes made elsewhere

    def poll(self) -> None:
        """Every few seconds: see that the open file is still where it was, save a change that could not be saved,
        then show another program's changes."""
        if self.store is None:
            return
        if self.store.moved() or self._moved_told:
            # Taken away (told once).  A register at its path (a new version put there, the file moved back, the
            # USB stick put back) is opened in its place: what was open may be a file that is gone, or one on a
            # disk that was taken out.
            back = self._moved_told
            if self._take_replacement():
                self.flush()  # what is being typed goes onto the file (only the fields typed: see update)
                self._show_replacement(back=back)
            else:
                self._tell_moved()
            return
        if self._unsaved and self.active is not None:
            self._quiet_writes = True
            try:
                saved = self.active.flush()
            finally:
                self._quiet_writes = False
            if not saved:
                return
            # saved now, or nothing is left to save (a delete or a tick that was refused is not retried)
            self._unsaved = False
        if not self.store.changed_elsewhere():
            return
        if not self.flush():
            return
        try:
            self.register = self.store.load()
            self.revision += 1
        except RopaError as exc:
            self.error(QCoreApplication.translate("MainWindow", "The file cannot be read"), exc)
            self.poll_timer.stop()
            return
        self.undo_stack.clear()
        self.reloaded.emit()
        self.update_findings()
        self.message.emit(
            QCoreApplication.translate(
                "MainWindow", "The file was changed by another program; the window shows the new content."
            ),
            10000,
        )

    # ================================================================== the file taken away

    def _take_replacement(self) -> bool:
        """The open file is no longer at its path (``RegisterFile.moved``).  If a register is there now (a sync
        tool or another program saved a new version by putting a new file in its place), it becomes the open
        one (True); the window shows it once ``_show_replacement`` has read it."""
        store = self.open_store
        try:
            replacement = RegisterFile.open(store.path, read_only=store.read_only)
        except RopaError:  # nothing there, another kind of file, or one being written: the old one stays open
            return False
        store.close()
        self.store = replacement
        self._moved_told = False
        self.undo_stack.clear()  # its steps were taken in the file that is gone
        self.set_read_only(replacement.read_only)
        return True

    def _show_replacement(self, back: bool = False) -> None:
        """The register put in place of the one taken away (``back``: the file is at its path again) is shown."""
        if self.store is None:
            return
        try:
            self.reload()
        except RopaError as exc:
            self.error(QCoreApplication.translate("MainWindow", "The file cannot be read"), exc)
            self.poll_timer.stop()
            return
        if back:
            text = QCoreApplication.translate(
                "MainWindow", "The file is available again; the window continues with it."
            )
        else:
            text = QCoreApplication.translate(
                "MainWindow", "Another program put a new version of the file in its place; the window shows it."
            )
        self.message.emit(text, 10000)

    def _tell_moved(self) -> None:
        """Said once: the open file was moved, renamed or deleted (Save As keeps what it held), or its folder is out
        of reach; the window turns read-only until a register is at its path again (``poll``)."""
        if self._moved_told or self.store is None:
            return
        self._moved_told = True
        self.set_read_only(True)
        path = self.store.path
        if path.parent.is_dir():
            title = QCoreApplication.translate("MainWindow", "The file was moved or deleted")
            said = FileMoved("file_moved", path=str(path))
        else:  # the whole folder is out of reach: a USB stick taken out, a network drive disconnected
            title = QCoreApplication.translate("MainWindow", "The file cannot be reached")
            said = FileMoved("folder_gone", path=str(path))
        QMessageBox.warning(self._parent, title, said.message(i18n.current()))
