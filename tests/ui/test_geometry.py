"""The window fits a 1024×768 screen: every step's controls inside it, no scrolling list inside a scrolling form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
)

from ropa_desktop.ui import steps

SCREEN = QSize(1024, 768)


def _inside(window, widget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_step_fits_a_1024_by_768_screen(qtbot, make_window, sample_file, lang):
    window = make_window(sample_file, lang=lang)
    window.resize(SCREEN)
    assert window.minimumSizeHint().width() <= SCREEN.width()
    assert window.minimumSizeHint().height() <= SCREEN.height()
    assert window.frameGeometry().width() <= SCREEN.width() + 16  # the size asked is what the screen holds
    for step in steps.STEPS:
        window.go_to(step)
        QApplication.processEvents()
        assert window.size() == SCREEN, step
        page = window.current_page()
        needed = [window.back_button, window.next_button, window.statusBar(), page.heading]
        needed += [
            b
            for b in page.findChildren(QAbstractButton)
            if b.isVisibleTo(page) and not any(isinstance(p, QScrollArea) for p in _parents(b, page))
        ]
        for widget in needed:
            assert widget.isVisibleTo(window) or not widget.isEnabled(), (step, widget)
            assert _inside(window, widget), (step, widget, widget.text() if hasattr(widget, "text") else "")
        for area in page.findChildren(QScrollArea):
            for inner in area.widget().findChildren(QAbstractScrollArea):
                if inner.isVisibleTo(area):
                    assert inner.verticalScrollBar().maximum() == 0, (step, type(inner).__name__)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_at_the_smallest_window_no_field_or_button_is_squeezed(qtbot, make_window, sample_file, lang):
    from ropa_desktop.ui.mainwindow import MINIMUM_SIZE

    window = make_window(sample_file, lang=lang)
    window.resize(MINIMUM_SIZE)
    squeezed = []
    for step in steps.STEPS:
        window.go_to(step)
        for _ in range(30):  # the page's layout settles over a few turns of the event loop
            QApplication.processEvents()
        page = window.current_page()
        controls = [*page.findChildren(QLineEdit), *page.findChildren(QAbstractButton), *page.findChildren(QComboBox)]
        for widget in controls:
            if isinstance(widget.parentWidget(), QAbstractSpinBox):  # a spin box's own line, inside its frame
                continue
            if widget.isVisibleTo(page) and widget.height() < widget.minimumSizeHint().height():
                squeezed.append((step, type(widget).__name__, widget.height()))
    assert not squeezed  # (the Documents step squeezed the approver's fields to 11 px)


def _parents(widget, stop):
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()


@pytest.mark.parametrize(
    ("screen", "maximised"),
    [(QRect(0, 0, 1024, 768), True), (QRect(0, 0, 1366, 768), True), (QRect(0, 0, 1920, 1080), False)],
)
def test_the_first_start_opens_within_the_screen(make_window, monkeypatch, screen, maximised):
    from ropa_desktop.ui.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "_available", lambda self: screen)
    window = make_window()
    window.restore_layout()
    assert window._maximise == maximised
    if not maximised:
        assert screen.contains(QRect(window.pos(), window.size()))


def test_the_window_remembers_its_place_divider_and_step(qtbot, make_window, sample_file, monkeypatch):
    from ropa_desktop.ui.mainwindow import MainWindow

    screen = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(MainWindow, "_available", lambda self: screen)
    window = make_window(sample_file)
    window.resize(QSize(1000, 700))
    window.move(40, 30)
    window.go_to(steps.RETENTION)
    window.splitter.setSizes([300, 700])
    left = window.splitter.sizes()[0]
    window.close()

    again = make_window()
    again.restore_layout()
    assert (again.pos().x(), again.pos().y(), again.width(), again.height()) == (40, 30, 1000, 700)
    assert not again._maximise
    again.show()
    assert again.splitter.sizes()[0] == left
    assert again.open_file(sample_file)
    assert again.current_step == steps.RETENTION
    again.close()
    # a place that no longer fits the screen (a smaller one now) is not used
    monkeypatch.setattr(MainWindow, "_available", lambda self: QRect(0, 0, 1920, 1080))
    third = make_window()
    third.resize(QSize(1500, 1000))
    third.move(0, 0)
    third.close()
    monkeypatch.setattr(MainWindow, "_available", lambda self: screen)
    fourth = make_window()
    fourth.restore_layout()
    assert fourth._maximise and fourth.size() != QSize(1500, 1000)


@pytest.mark.parametrize(
    "place",
    [
        {"x": "left", "y": 0, "width": 1000, "height": 700},  # a settings file edited by hand, or of another version
        {"x": 0, "y": 0, "width": 10**12, "height": 700},
        {"x": 0, "y": 0, "width": 1000, "height": 700, "splitter": "not base64 at all ✓"},
    ],
)
def test_a_damaged_remembered_place_opens_the_window_within_the_screen(make_window, monkeypatch, place):
    from ropa_desktop.core import settings
    from ropa_desktop.ui.mainwindow import MainWindow

    screen = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(MainWindow, "_available", lambda self: screen)
    s = settings.load()
    s.window = place
    settings.save(s)
    window = make_window()
    window.restore_layout()
    assert window._maximise or screen.contains(QRect(window.pos(), window.size()))


def test_a_maximised_window_comes_back_where_it_was_before_it_was_maximised(make_window, monkeypatch):
    """On a desktop with window frames: the place kept is the frame's, as the window is placed by it again
    (the inside's place, kept as it was, moved the window down by its title bar at every start)."""
    from ropa_desktop.ui.mainwindow import MainWindow

    screen = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(MainWindow, "_available", lambda self: screen)
    window = make_window()
    with monkeypatch.context() as frame:  # maximised, its inside 8 px right of and 30 px below the frame's corner
        frame.setattr(MainWindow, "isMaximized", lambda self: True)
        frame.setattr(MainWindow, "normalGeometry", lambda self: QRect(108, 90, 1000, 600))
        frame.setattr(MainWindow, "geometry", lambda self: QRect(8, 30, 1358, 730))
        frame.setattr(MainWindow, "pos", lambda self: QPoint(0, 0))
        window.close()

    again = make_window()
    again.restore_layout()
    assert again._maximise
    assert (again.pos().x(), again.pos().y(), again.width(), again.height()) == (100, 60, 1000, 600)
