"""File › Restore from backup…: the automatic copies of the register, newest first, to choose from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ropa_desktop.core.storage import BackupInfo


def reason_text(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("Backups", "before the file was updated to a new version")
    return {
        "daily": QCoreApplication.translate("Backups", "the first opening of the day"),
        "before-restore": QCoreApplication.translate("Backups", "before a restore"),
        "before-import": QCoreApplication.translate("Backups", "before a JSON import"),
        "damaged": QCoreApplication.translate("Backups", "the damaged file, as it was"),
        "before-recovery": QCoreApplication.translate("Backups", "before an interrupted save was undone"),
        "before-replace": QCoreApplication.translate("Backups", "before another register was saved in its place"),
        "replaced": QCoreApplication.translate("Backups", "the file that was replaced, as it was"),
        "after-erasure": QCoreApplication.translate("Backups", "after a person’s data was erased"),
    }.get(reason, reason)


class BackupDialog(QDialog):
    """The backups of one register; OK restores the chosen one."""

    def __init__(self, backups: list[BackupInfo], file_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Backups", "Restore from backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Backups",
                "Automatic copies of “%1”, newest first. The chosen copy replaces the register’s content; "
                "what is there now is kept as another copy, so this too can be undone.",
            ).replace("%1", file_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for backup in backups:
            size = max(1, round(backup.size / 1024))
            text = QCoreApplication.translate("Backups", "%1 – %2 (%3 KB)")
            item = QListWidgetItem(
                text.replace("%1", backup.created.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", reason_text(backup.reason))
                .replace("%3", str(size))
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        if not backups:  # an empty list would only look broken: say so instead
            self.list.hide()
            none = QLabel(QCoreApplication.translate("Backups", "There are no copies of this register yet."))
            none.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(none, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(QCoreApplication.translate("Backups", "&Restore"))
        self.ok.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
