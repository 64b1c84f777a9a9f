"""“From catalogue…”: pick ready-made entries (search, groups, checkboxes, one-line explanations)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ropa_desktop.ui.mainwindow import MainWindow
    from ropa_desktop.ui.pages import ListStepPage


def available(window: MainWindow, kind: str) -> bool:
    return False


def open_picker(window: MainWindow, kind: str, page: ListStepPage) -> Any:
    return None
