"""The File menu's actions: new, open, recent, Save As, the accountant's copy, JSON import and export,
restore from a backup, the examples.  Each asks what it needs (a file name, a confirmation) and calls the
editing controller or the core.  The start page (``start_page.py``) offers the same actions."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets  # the file dialogs, named when used: see qt_keys
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ropa_desktop import paths
from ropa_desktop.core import languages, settings
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import RopaError
from ropa_desktop.core.storage import (
    RegisterFile,
    accountant_copy_name,
    erase_everywhere,
    free_name,
    list_backups,
    numbered_names,
    restore_backup,
)
from ropa_desktop.ui import folders, i18n
from ropa_desktop.ui.editing import EditingController


class FileActions(QObject):
    message = Signal(str, int)  # a short note for the status bar, and how long to show it (ms)

    def __init__(self, editing: EditingController, parent: QWidget) -> None:
        super().__init__(parent)
        self.editing = editing
        self._parent = parent

    # ================================================================== helpers

    def _file_filter(self) -> str:
        label = QCoreApplication.translate("MainWindow", "Register files")
        return folders.file_types(label, "ropa", "sqlite", "db", all_files=True)

    def _json_filter(self) -> str:
        return folders.file_types(QCoreApplication.translate("MainWindow", "JSON registers"), "json", all_files=True)

    def _start_dir(self) -> str:
        """Where an open or save dialog starts: the open register's folder, else the Documents folder (also when
        the register is kept in the app's own data folder, as the examples' copies are: a copy saved from an
        example went into that hidden folder).  A register open read-only (an e-mail's attachment opened from
        the mail program's temporary folder, a write-protected stick) is not kept where it can be saved: there
        the dialog starts in the folder saved to last, else Documents, as for the accountant's copy (Save As
        offered the mail program's folder, which refused the copy or was emptied when the mail program closed)."""
        store = self.editing.store
        if store is None or store.path.resolve().is_relative_to(paths.data_dir().resolve()):
            return str(paths.documents_dir())
        if self.editing.read_only:
            return str(folders.save_folder())
        return str(store.path.parent)

    def _is_open(self, path: Path) -> bool:
        """Whether ``path`` names the register open now (not once it was moved away or deleted: saving a copy back
        under its old name is then the way to keep it)."""
        store = self.editing.store
        return store is not None and path.resolve() == store.path.resolve() and not store.moved()

    def _open_now_warning(self, title: str) -> None:
        QMessageBox.warning(
            self._parent,
            title,
            QCoreApplication.translate("MainWindow", "This file is already open. Choose another name."),
        )

    def _ask_copy_path(self, title: str, suggested: str, start: Path | None = None) -> Path | None:
        """Save what is being typed, then ask where a copy of the register goes (None: cancelled)."""
        if self.editing.store is None or not self.editing.flush_unless_read_only():
            return None
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self._parent, title, str((start or Path(self._start_dir())) / suggested), self._file_filter()
        )
        if not name:
            return None
        path = Path(name)
        return path.with_suffix(paths.REGISTER_SUFFIX) if not path.suffix else path

    # ================================================================== opening

    def start(self, path: Path | None) -> bool:
        """Open ``path``, else the register used last; False (the start page stays) when there is none.

        Nothing is created without asking: a new register is made from the start page or File › New.
        """
        if path is not None:
            return self.editing.open(Path(path))
        recent = [Path(p) for p in settings.load().recent_files]
        if recent and not recent[0].is_file():
            # the register used last is not where it was (a USB stick taken out, the file moved): say so, and open
            # no other one in its place, where the person would go on working in the wrong register
            QMessageBox.information(
                self._parent,
                QCoreApplication.translate("MainWindow", "The register used last is not there"),
                QCoreApplication.translate(
                    "MainWindow",
                    "“%1” is no longer in “%2” (perhaps a USB stick was taken out, or the file was moved). Open it "
                    "from where it is now with File › Open, or choose another register.",
                )
                .replace("%1", recent[0].name)
                .replace("%2", str(recent[0].parent)),
            )
            return False
        last = recent[0] if recent else None
        if last is None and paths.default_register_path().is_file():  # made silently by earlier versions
            last = paths.default_register_path()
        return last is not None and self.editing.open(last)

    def new_file(self) -> None:
        title = QCoreApplication.translate("MainWindow", "New register")
        # the name a new register is offered under
        stem = QCoreApplication.translate("MainWindow", "register")
        folder = Path(self._start_dir())
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self._parent,
            title,
            # a name no file there has (“reģistrs (2).ropa”): the one offered could be the register open now, or
            # another one that accepting it would empty
            str(folder / free_name(folder, f"{stem}{paths.REGISTER_SUFFIX}")),
            self._file_filter(),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(paths.REGISTER_SUFFIX)
        if self._is_open(path):
            self._open_now_warning(title)
            return
        try:
            register = m.Register(languages=languages.for_new_register(i18n.current()))
            RegisterFile.create(path, register, overwrite=True).close()
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The register could not be created"), exc)
            return
        self.editing.open(path)

    def open_dialog(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("MainWindow", "Open a register"),
            self._start_dir(),
            self._file_filter(),
        )
        if name:
            self.open_chosen(Path(name))

    def open_chosen(self, path: Path) -> bool:
        """A register the person chose to open (File › Open, Open Recent, a file dropped on the window); the one open
        now stays as it is (opening it again cleared Undo and went back to step 1), and the status bar says so."""
        if self._is_open(path):
            self.editing.message.emit(
                QCoreApplication.translate("MainWindow", "“%1” is the register open now.").replace("%1", path.name),
                8000,
            )
            return True
        return self.editing.open(path)

    def recent_files(self) -> list[Path]:
        """The registers opened last, newest first, those that still exist."""
        return [Path(p) for p in settings.load().recent_files if Path(p).is_file()]

    def fill_recent(self, menu: QMenu) -> None:
        """File › Open Recent, filled when it is opened."""
        menu.clear()
        recent = [str(p) for p in self.recent_files()]
        if not recent:
            action = menu.addAction(QCoreApplication.translate("MainWindow", "(none yet)"))
            action.setEnabled(False)
            return
        for i, name in enumerate(recent, 1):
            # (an “&” in a name is doubled: alone, the menu took it for a key mark and hid it)
            shown = f"{Path(name).name}  ({folders.shown(Path(name).parent)})".replace("&", "&&")
            action = menu.addAction(f"&{i} {shown}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_chosen(Path(n)))

    def open_sample(self) -> bool:
        """The ZĪMES example as seed 001 describes it, with its gaps on purpose."""
        return self.open_example("zimes", "ZIMES")

    def open_complete_example(self) -> bool:
        """A finished register of a fictional bakery with a web shop, with nothing missing."""
        return self.open_example("saulrita", "Saulrīta maiznīca")

    def open_example(self, sample: str, file_stem: str) -> bool:
        """Open a fresh copy of a shipped example: what is changed there never reaches the example itself."""
        from ropa_desktop.core import interchange

        target = paths.sample_copy_path(file_stem)
        if self._is_open(target) and not self.editing.flush():
            return False
        try:
            register = interchange.read(paths.sample_path(sample))
            # what was typed into a copy opened before is kept: the example comes in a copy nobody changed
            target = self._unchanged_copy(target, register)
            RegisterFile.create(target, register, overwrite=True).close()
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The example cannot be opened"), exc)
            return False
        return self.editing.open(target)

    @staticmethod
    def _unchanged_copy(first: Path, example: m.Register) -> Path:
        """The first of the example's copies (``first``, “… (2)”, “… (3)” …) that holds nothing the example does
        not, or that is not there yet (a damaged copy is replaced, and kept as a backup)."""
        wanted = m.to_json(example)
        for name in numbered_names(first.name):
            path = first.with_name(name)
            if not path.exists():
                return path
            try:
                with RegisterFile.open(path, read_only=True) as copy:
                    if m.to_json(copy.load()) == wanted:
                        return path
            except RopaError:
                return path
        raise AssertionError("numbered_names never ends")

    # ================================================================== copies

    def save_as(self) -> None:
        store = self.editing.store
        if store is None:
            return
        folder = Path(self._start_dir())
        path = self._ask_copy_path(
            QCoreApplication.translate("MainWindow", "Save a copy as"), self._free_copy_name(store.path, folder), folder
        )
        if path is None:
            return
        if self._is_open(path):
            self._open_now_warning(QCoreApplication.translate("MainWindow", "Save a copy as"))
            return
        if not self._logs_may_go(path):
            return
        try:
            store.save_as(path)  # (never onto the open file itself: the copy refuses it)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The copy could not be saved"), exc)
            return
        self.editing.open(path)

    def _logs_may_go(self, path: Path) -> bool:
        """Save As onto a register whose requests log or breach register has entries where the open register has
        none (the administrator puts the copy the accountant sent back, which leaves the logs out, in place of
        the register): ask first, since those entries would then be kept only in the backup made of the file.
        True: go on (nothing would be lost, or the user said so)."""
        register = self.editing.register
        if not path.exists() or (register.requests and register.breaches):
            return True
        try:
            with RegisterFile.open(path, read_only=True) as there:
                held = there.load()
        except RopaError:  # not a register that can be read: the copy replaces it by the usual rules
            return True
        requests = 0 if register.requests else len(held.requests)
        breaches = 0 if register.breaches else len(held.breaches)
        if not requests and not breaches:
            return True
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("MainWindow", "Save a copy as"),
            QCoreApplication.translate(
                "MainWindow",
                "“%1” holds entries of the requests log or the breach register that this register does not have "
                "(requests: %2, breaches: %3). A copy prepared for the accountant leaves them out. If you replace "
                "the file, they are removed from it; only the backup made of it first keeps them.\n\n"
                "Replace “%1” anyway?",
            )
            .replace("%1", path.name)
            .replace("%2", str(requests))
            .replace("%3", str(breaches)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _free_copy_name(self, path: Path, folder: Path) -> str:
        """“Rudzu Maize (copy).ropa”, free in ``folder`` (“… (copy 2)” if taken): the open file's own name,
        offered before, was refused on Enter as “open now”, after the dialog had asked to replace it."""
        first = QCoreApplication.translate("MainWindow", "%1 (copy)").replace("%1", path.stem)
        return free_name(
            folder,
            f"{first}{paths.REGISTER_SUFFIX}",
            lambda number: (
                QCoreApplication.translate("MainWindow", "%1 (copy %2)")
                .replace("%1", path.stem)
                .replace("%2", str(number))
            ),
        )

    def suggested_copy_name(self, folder: Path) -> str:
        """“SIA ZĪMES 2026-11-30.ropa”, else “… (2).ropa” where ``folder`` has that file (a copy made earlier the
        same day, or the copy received and open now: the name offered was then refused as “open now”)."""
        register_word = QCoreApplication.translate("MainWindow", "register")  # (as File › New names a register)
        return free_name(folder, accountant_copy_name(self.editing.register.organisation.name, fallback=register_word))

    def accountant_copy(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Prepare a copy for the accountant")
        store = self.editing.store
        if store is None:
            return
        folder = folders.save_folder()
        path = self._ask_copy_path(title, self.suggested_copy_name(folder), folder)
        if path is None:
            return
        if self._is_open(path):
            self._open_now_warning(title)
            return
        with_logs = False
        register = self.editing.register
        if register.requests or register.breaches:  # personal data an accountant does not need, as a rule
            answer = QMessageBox.question(
                self._parent,
                title,
                QCoreApplication.translate(
                    "MainWindow",
                    "Include the requests log and the breach register in the copy? They hold personal data "
                    "of the people who made requests or were affected by a breach; an accountant does not "
                    "usually need them.",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            with_logs = answer == QMessageBox.StandardButton.Yes
        try:
            store.compact_copy(path, with_logs=with_logs)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The copy could not be saved"), exc)
            return
        folders.remember(path)
        folders.offer_open_folder(
            self._parent,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "The copy is ready: %1\nIt holds the register as it is now and nothing that was deleted "
                "before. Send this file to your accountant, who can open it with ROPA Desktop.",
            ).replace("%1", str(path)),
            path,
        )

    # ================================================================== JSON

    def import_json(self) -> None:
        from ropa_desktop.core import interchange

        if self.editing.store is None or self.editing.read_only or not self.editing.flush():
            return
        title = QCoreApplication.translate("MainWindow", "Import a JSON register")
        name, _ = QtWidgets.QFileDialog.getOpenFileName(self._parent, title, self._start_dir(), self._json_filter())
        if not name:
            return
        try:
            register = interchange.read(name)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The file cannot be imported"), exc)
            return
        answer = QMessageBox.question(
            self._parent,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "Replace everything in this register with the content of “%1”? A backup of the "
                "register as it is now is made first.",
            ).replace("%1", Path(name).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editing.replace_all(register, "before-import")

    def export_json(self) -> None:
        from ropa_desktop.core import interchange

        store = self.editing.store
        if store is None or not self.editing.flush_unless_read_only():
            return
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("MainWindow", "Export as JSON"),
            str(Path(self._start_dir()) / f"{store.path.stem}.register.json"),
            self._json_filter(),
        )
        if not name:
            return
        # a change another program saved is taken in first: reading the file for the export would hide it
        # from the window's next look (``changed_elsewhere`` counts from the last read)
        self.editing.poll()
        try:
            interchange.write(store.load(), name)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The register could not be exported"), exc)
            return
        self.message.emit(QCoreApplication.translate("MainWindow", "Exported to %1").replace("%1", name), 8000)

    # ================================================================== backups

    def erase_person(self) -> None:
        """After an erasure request: remove what the change log and the backups still hold of a person.

        The register itself must no longer hold the person (the core refuses and says where otherwise)."""
        editing = self.editing
        if editing.store is None or editing.read_only or not editing.flush():
            return
        title = QCoreApplication.translate("MainWindow", "Erase a person’s data everywhere")
        dialog = QtWidgets.QInputDialog(self._parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(
            QCoreApplication.translate(
                "MainWindow",
                "First delete or change every entry of the register that names the person. Then give the "
                "person’s name or e-mail address: it is removed from the register’s change log, and every "
                "automatic backup that still holds it is deleted.",
            )
        )
        # the explanation wraps: on one line it made the dialog wider than a 1024-pixel screen
        explanation = dialog.findChild(QtWidgets.QLabel)
        if explanation is not None:
            explanation.setWordWrap(True)
        dialog.setMinimumWidth(480)
        ok = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.deleteLater()
        if not ok or not text.strip():
            return
        try:
            report = erase_everywhere(editing.store, text)
        except RopaError as exc:
            editing.error(QCoreApplication.translate("MainWindow", "Nothing was erased"), exc)
            return
        QMessageBox.information(self._parent, title, report.message(i18n.current()))

    def restore_backup(self) -> None:
        """Choose one of the automatic copies and put it in place (of the open file, or of one that failed)."""
        from ropa_desktop.ui.backups import BackupDialog

        editing = self.editing
        target = editing.store.path if editing.store is not None else editing.failed_path
        if target is None or (editing.store is not None and editing.read_only) or not editing.flush():
            return
        dialog = BackupDialog(list_backups(target), target.name, self._parent)
        dialog.accepted.connect(lambda: self._restore(target, dialog.chosen()))
        dialog.open()

    def _restore(self, target: Path, backup: str) -> None:
        if not backup:
            return
        if self.editing.store is not None:
            if self.editing.restore(backup):
                self.message.emit(
                    QCoreApplication.translate("MainWindow", "The register was restored from the backup."), 8000
                )
            return
        try:
            restore_backup(backup, target)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The backup could not be restored"), exc)
            return
        self.editing.open(target)
