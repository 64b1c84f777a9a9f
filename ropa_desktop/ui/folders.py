"""Where the window saves files: PDFs and copies start in the Documents folder, then in the last folder used;
after saving, the person is offered to open that folder.  And which files the file dialogs show."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import QtCore, QtGui  # Qt's values, and classes only used later, named when used: see qt_keys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ropa_desktop import paths
from ropa_desktop.core import settings


def file_types(label: str, *suffixes: str, all_files: bool = False) -> str:
    """A file dialog's filter, “Register files (*.ropa *.sqlite)”: on Linux also in capitals (“ZIMES.ROPA”, as some
    mail programs and Windows tools name an attachment), where the system's dialog matches the case as written."""
    patterns = [f"*.{s}" for s in suffixes]
    if sys.platform.startswith("linux"):
        patterns += [f"*.{s.upper()}" for s in suffixes]
    text = f"{label} ({' '.join(patterns)})"
    if all_files:
        everything = QCoreApplication.translate("Folders", "All files")
        text += f";;{everything} (*)"
    return text


def save_folder() -> Path:
    """The folder a save dialog starts in: the last one saved to while it exists, else Documents."""
    last = settings.load().save_folder
    if last and Path(last).is_dir():
        return Path(last)
    return paths.documents_dir()


def remember(saved: Path) -> None:
    """Remember the folder of a file just saved, for the next save dialog."""
    s = settings.load()
    folder = str(Path(saved).resolve().parent)
    if s.save_folder != folder:
        s.save_folder = folder
        settings.save(s)


def shown(folder: Path) -> str:
    """A folder as a person reads it: the home folder as ~."""
    try:
        return str(Path("~") / Path(folder).resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(folder)


def open_folder(folder: Path) -> bool:
    """Show the folder in the system's file manager."""
    return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder)))


def offer_open_folder(parent: QWidget, title: str, text: str, saved: Path) -> QMessageBox:
    """Say that ``saved`` was written, with an “Open folder” button beside OK (the window goes on meanwhile)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("savedNote")
    button = box.addButton(QCoreApplication.translate("Folders", "Open &folder"), QMessageBox.ButtonRole.ActionRole)
    button.setObjectName("openFolder")
    button.clicked.connect(lambda: open_folder(Path(saved).parent))
    box.setEscapeButton(QMessageBox.StandardButton.Ok)  # (with a second button, Esc closed nothing)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
