"""The File menu's actions: new, open, recent, Save As, the accountant's copy, JSON import and export,
restore from a backup, the sample.  Each asks what it needs (a file name, a confirmation) and calls the
editing controller or the core."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ropa_desktop import paths
from ropa_desktop.core import files, interchange, settings
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import RopaError
from ropa_desktop.core.storage import RegisterFile, accountant_copy_name, list_backups, restore_backup
from ropa_desktop.ui import i18n
from ropa_desktop.ui.backups import BackupDialog
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.register_texts import new_register_languages


class FileActions(QObject):
    message = Signal(str, int)  # a short note for the status bar, and how long to show it (ms)

    def __init__(self, editing: EditingController, parent: QWidget) -> None:
        super().__init__(parent)
        self.editing = editing
        self._parent = parent

    # ================================================================== helpers

    def _file_filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "Register files (*.ropa *.sqlite *.db);;All files (*)")

    def _json_filter(self) -> str:
        return QCoreApplication.translate("MainWindow", "JSON registers (*.json);;All files (*)")

    def _start_dir(self) -> str:
        store = self.editing.store
        return str(store.path.parent) if store is not None else str(Path.home())

    def _is_open(self, path: Path) -> bool:
        store = self.editing.store
        return store is not None and path.resolve() == store.path.resolve()

    def _open_now_warning(self, title: str) -> None:
        QMessageBox.warning(
            self._parent, title, QCoreApplication.translate("MainWindow", "This file is open now. Choose another name.")
        )

    def _ask_copy_path(self, title: str, suggested: str) -> Path | None:
        """Save what is being typed, then ask where a copy of the register goes (None: cancelled)."""
        if self.editing.store is None or not self.editing.flush():
            return None
        name, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(Path(self._start_dir()) / suggested), self._file_filter()
        )
        if not name:
            return None
        path = Path(name)
        return path.with_suffix(paths.REGISTER_SUFFIX) if not path.suffix else path

    # ================================================================== opening

    def start(self, path: Path | None) -> None:
        """Open ``path``, or the default register (made if there is none yet)."""
        if path is not None:
            self.editing.open(Path(path))
            return
        default = paths.default_register_path()
        if not default.exists():
            try:
                RegisterFile.create(default, m.Register(languages=new_register_languages(i18n.current()))).close()
            except RopaError as exc:
                self.editing.error(QCoreApplication.translate("MainWindow", "The register could not be created"), exc)
                return
        self.editing.open(default)

    def new_file(self) -> None:
        title = QCoreApplication.translate("MainWindow", "New register")
        name, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(Path(self._start_dir()) / f"register{paths.REGISTER_SUFFIX}"), self._file_filter()
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
            register = m.Register(languages=new_register_languages(i18n.current()))
            RegisterFile.create(path, register, overwrite=True).close()
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The register could not be created"), exc)
            return
        self.editing.open(path)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("MainWindow", "Open a register"),
            self._start_dir(),
            self._file_filter(),
        )
        if name:
            self.editing.open(Path(name))

    def fill_recent(self, menu: QMenu) -> None:
        """File › Open Recent, filled when it is opened."""
        menu.clear()
        recent = settings.load().recent_files
        if not recent:
            action = menu.addAction(QCoreApplication.translate("MainWindow", "(none yet)"))
            action.setEnabled(False)
            return
        for i, name in enumerate(recent, 1):
            action = menu.addAction(f"&{i} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.editing.open(Path(n)))

    def open_sample(self) -> None:
        target = paths.data_dir() / "samples" / f"ZIMES{paths.REGISTER_SUFFIX}"
        try:
            register = interchange.read(paths.sample_path("zimes"))
            RegisterFile.create(target, register, overwrite=True).close()
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The sample cannot be opened"), exc)
            return
        self.editing.open(target)

    # ================================================================== copies

    def save_as(self) -> None:
        store = self.editing.store
        path = self._ask_copy_path(
            QCoreApplication.translate("MainWindow", "Save a copy as"), store.path.name if store else ""
        )
        if path is None:
            return
        if self._is_open(path):
            self._open_now_warning(QCoreApplication.translate("MainWindow", "Save a copy as"))
            return
        try:
            files.check_output(path, sources=(store.path,), force=True, register=True)  # never onto itself
            self.editing.store.save_as(path)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The copy could not be saved"), exc)
            return
        self.editing.open(path)

    def suggested_copy_name(self) -> str:
        return accountant_copy_name(self.editing.register.organisation.name)

    def accountant_copy(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Prepare a copy for the accountant")
        path = self._ask_copy_path(title, self.suggested_copy_name() if self.editing.store else "")
        if path is None:
            return
        if self._is_open(path):
            self._open_now_warning(title)
            return
        try:
            self.editing.store.compact_copy(path)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The copy could not be saved"), exc)
            return
        QMessageBox.information(
            self._parent,
            title,
            QCoreApplication.translate(
                "MainWindow",
                "The copy is ready: %1\nIt holds the register as it is now and nothing that was deleted "
                "before. Send this file to your accountant, who can open it with ROPA Desktop.",
            ).replace("%1", str(path)),
        )

    # ================================================================== JSON

    def import_json(self) -> None:
        if self.editing.store is None or self.editing.read_only or not self.editing.flush():
            return
        title = QCoreApplication.translate("MainWindow", "Import a JSON register")
        name, _ = QFileDialog.getOpenFileName(self._parent, title, self._start_dir(), self._json_filter())
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
                "Replace everything in this register with the content of “%1”? A backup copy of the "
                "register as it is now is kept first.",
            ).replace("%1", Path(name).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editing.replace_all(register, "before-import")

    def export_json(self) -> None:
        store = self.editing.store
        if store is None or not self.editing.flush():
            return
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("MainWindow", "Export as JSON"),
            str(Path(self._start_dir()) / f"{store.path.stem}.register.json"),
            self._json_filter(),
        )
        if not name:
            return
        try:
            interchange.write(store.load(), name)
        except RopaError as exc:
            self.editing.error(QCoreApplication.translate("MainWindow", "The register could not be exported"), exc)
            return
        self.message.emit(QCoreApplication.translate("MainWindow", "Exported to %1").replace("%1", name), 8000)

    # ================================================================== backups

    def restore_backup(self) -> None:
        """Choose one of the automatic copies and put it in place (of the open file, or of one that failed)."""
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
