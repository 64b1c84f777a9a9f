"""“DPIA screening…” on the purposes' step: the screening answered for several purposes in one go, and the
catalogue's “Assess: …” prompt not left as the reason once the screening is answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QStyle, QStyleOptionButton

from ropa_desktop.core import catalogue
from ropa_desktop.core import model as m
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import steps
from ropa_desktop.ui.dpia_screening import DpiaScreeningDialog

OWN_REASON = m.Text({"lv": "Savs pamatojums", "en": "Our own reason"})


def stored(path) -> dict[str, m.Purpose]:
    with RegisterFile.open(path, read_only=True) as store:
        return {p.id: p for p in store.load().purposes}


@pytest.fixture
def register_file(tmp_path, sample_register):
    """The ZĪMES sample with CCTV (a possible high risk) and personnel (left to assess: “Assess: …”) from the
    catalogue, “marketing” answered already and “website” with a reason of its own but no answer yet."""
    shipped = catalogue.load()
    for key in ("video-surveillance", "personnel"):
        sample_register.purposes.append(shipped.get("purposes", key).make())
    purposes = {p.id: p for p in sample_register.purposes}
    purposes["marketing"].dpia = m.Dpia(False, m.Text({"lv": "Neliels apjoms", "en": "Small scale"}))
    purposes["website"].dpia = m.Dpia(None, OWN_REASON)
    path = tmp_path / "screening.ropa"
    RegisterFile.create(path, sample_register).close()
    return path


def active(qtbot, widget) -> None:
    """``widget``'s window takes the keyboard, as the window a person works in does."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def open_dialog(qtbot, window) -> DpiaScreeningDialog:
    active(qtbot, window)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    assert page.screening_button.isVisible() and page.screening_button.isEnabled()
    qtbot.mouseClick(page.screening_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DpiaScreeningDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    active(qtbot, dialog)
    return dialog


def codes_by_purpose(window) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in window.editing.current_findings():
        out.setdefault(f.entity_id, set()).add(f.code)
    return out


def test_the_ticks_follow_the_completeness_check(qtbot, make_window, register_file):
    window = make_window(register_file, lang="en")
    codes = codes_by_purpose(window)
    dialog = open_dialog(qtbot, window)
    advised = {pid for pid, found in codes.items() if "dpia_screening_open" in found}
    assert {"relationship", "communication", "website", "personnel"} <= advised
    assert dialog.ticked() == [p for p in dialog.items if p in advised]
    assert "marketing" not in dialog.ticked()  # answered already
    assert dialog.items["marketing"].text(1) == "Not needed"
    assert dialog.items["relationship"].text(1) == "Not yet assessed"


def test_a_possibly_high_risk_purpose_is_not_ticked_and_says_why(qtbot, make_window, register_file):
    window = make_window(register_file, lang="en")
    assert "dpia_not_assessed" in codes_by_purpose(window)["video-surveillance"]
    dialog = open_dialog(qtbot, window)
    item = dialog.items["video-surveillance"]
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert item.child(0).text(0) == "Assess it on its own: it involves systematic monitoring (video surveillance)."
    assert dialog.items["relationship"].childCount() == 0
    assert dialog.items["services"].checkState(0) == Qt.CheckState.Unchecked  # personal codes of many clients
    assert "personal identity numbers of many people" in dialog.items["services"].child(0).text(0)


def test_the_screening_of_three_purposes_is_stored_as_one_undo_step(qtbot, make_window, register_file, type_text):
    window = make_window(register_file, lang="en")
    before = stored(register_file)
    steps_before = window.editing.undo_stack.count()
    dialog = open_dialog(qtbot, window)
    # untick “website” and “personnel” with Space, leaving two ticked, and tick “marketing”
    tree = dialog.tree
    tree.setFocus()
    for pid in ("website", "personnel"):
        tree.setCurrentItem(dialog.items[pid])
        qtbot.keyClick(tree, Qt.Key.Key_Space)
        assert dialog.items[pid].checkState(0) == Qt.CheckState.Unchecked
    tree.setCurrentItem(dialog.items["marketing"])
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # answered already, ticked on purpose: the answer is given again
    assert dialog.ticked() == ["relationship", "communication", "marketing"]
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.answer
    assert dialog.answer.value() == "no"
    dialog.reason.fields["lv"].setFocus()
    type_text(dialog.reason.fields["lv"], "Neliels apjoms, nav īpašu datu")
    dialog.reason.fields["en"].setFocus()
    qtbot.keyClicks(dialog.reason.fields["en"], "Small scale, no special data")
    qtbot.keyClick(dialog.reason.fields["en"], Qt.Key.Key_Return)  # Return is OK
    qtbot.waitUntil(lambda: not dialog.isVisible())

    after = stored(register_file)
    reason = m.Text({"lv": "Neliels apjoms, nav īpašu datu", "en": "Small scale, no special data"})
    for pid in ("relationship", "communication", "marketing"):
        assert after[pid].dpia == m.Dpia(False, reason), pid
    for pid in ("services", "website", "personnel", "video-surveillance"):
        assert after[pid].dpia == before[pid].dpia, pid
    assert window.editing.undo_stack.count() == steps_before + 1
    assert window.undo_action.text().replace("&", "") == "Undo DPIA screening of 3 purposes"
    # the form shows the answer stored for the purpose chosen in the table
    page = window.current_page()
    assert page.form.dpia.value() == {False: "no", None: "unknown"}[after[page.form.original().id].dpia.required]

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: stored(register_file)["relationship"].dpia == before["relationship"].dpia)
    assert {pid: p.dpia for pid, p in stored(register_file).items()} == {pid: p.dpia for pid, p in before.items()}


def test_an_empty_why_keeps_own_reasons_and_clears_the_catalogues_prompt(qtbot, make_window, register_file):
    window = make_window(register_file, lang="lv")
    assert stored(register_file)["personnel"].dpia.note["en"].startswith("Assess:")
    dialog = open_dialog(qtbot, window)
    assert {"website", "personnel"} <= set(dialog.ticked())
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = stored(register_file)
    assert after["website"].dpia == m.Dpia(False, OWN_REASON)
    assert after["personnel"].dpia == m.Dpia(False, m.Text())
    assert window.undo_action.text().replace("&", "") == "Atsaukt ietekmes novērtējuma atbildes 4 nolūkiem"


def test_the_why_example_shows_only_in_the_field_one_types_in(qtbot, make_window, register_file):
    """The English example “e.g. small scale, …” stood in the Latvian field too, as if to be typed there."""
    window = make_window(register_file, lang="en")
    dialog = open_dialog(qtbot, window)
    fields = dialog.reason.fields
    assert set(fields) == {"lv", "en"}
    assert fields["en"].placeholderText().startswith("e.g. small scale")
    assert fields["lv"].placeholderText() == ""
    dialog.reject()


def test_escape_changes_nothing(qtbot, make_window, register_file):
    window = make_window(register_file, lang="en")
    before = stored(register_file)
    steps_before = window.editing.undo_stack.count()
    dialog = open_dialog(qtbot, window)
    assert dialog.tree.accessibleName() == "DPIA screening"  # what a screen reader says the list of purposes is
    dialog.answer.setFocus()
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Down)
    assert dialog.answer.value() == "yes"
    dialog.reason.fields["en"].setFocus()
    qtbot.keyClicks(dialog.reason.fields["en"], "Large scale")
    qtbot.keyClick(dialog.reason.fields["en"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored(register_file) == before
    assert window.editing.undo_stack.count() == steps_before


def test_the_button_is_disabled_without_purposes(qtbot, make_window, tmp_path):
    path = tmp_path / "empty.ropa"
    RegisterFile.create(path, m.Register(languages=["lv", "en"])).close()
    window = make_window(path, lang="en")
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    assert page.screening_button.isVisible() and not page.screening_button.isEnabled()
    assert "first" in page.screening_button.toolTip()


def select_purpose(qtbot, window, purpose_id: str):
    active(qtbot, window)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    assert page.select(purpose_id)
    assert page.form.original().id == purpose_id
    return page


def test_answering_in_the_form_does_not_leave_the_prompt_as_the_reason(qtbot, make_window, register_file):
    window = make_window(register_file, lang="en")
    prompt = stored(register_file)["personnel"].dpia.note
    page = select_purpose(qtbot, window, "personnel")
    form = page.form
    why = form.texts["dpia.note"]
    assert why.fields["en"].text() == prompt["en"]  # shown before the screening is answered
    form.dpia.setFocus()
    qtbot.keyClick(form.dpia, Qt.Key.Key_Down)  # Not yet assessed -> Not needed
    assert form.dpia.value() == "no"
    assert all(field.text() == "" for field in why.fields.values())
    assert QApplication.focusWidget() is why.field_for_typing()  # the answer's own reason is typed next
    qtbot.waitUntil(lambda: stored(register_file)["personnel"].dpia.required is False)
    assert stored(register_file)["personnel"].dpia == m.Dpia(False, m.Text())
    qtbot.keyClicks(why.field_for_typing(), "Small employer")
    page.flush()
    assert stored(register_file)["personnel"].dpia.note["en"] == "Small employer"

    window.undo_action.trigger()  # the reason typed
    window.undo_action.trigger()  # the answer, and the prompt back
    qtbot.waitUntil(lambda: stored(register_file)["personnel"].dpia == m.Dpia(None, prompt))


def test_a_prompt_the_user_changed_is_kept_when_answering_in_the_form(qtbot, make_window, register_file):
    window = make_window(register_file, lang="en")
    page = select_purpose(qtbot, window, "personnel")
    form = page.form
    field = form.texts["dpia.note"].fields["en"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " We checked: 4 employees.")
    typed = field.text()
    form.dpia.setFocus()
    qtbot.keyClick(form.dpia, Qt.Key.Key_Down)
    assert field.text() == typed
    page.flush()
    assert stored(register_file)["personnel"].dpia.note["en"] == typed


def _clipped(dialog) -> list[str]:
    """What in the dialog is cut off: a widget outside it, a label or button narrower than its text, a purpose's
    line wider than its column."""
    out = []
    for widget in [
        *dialog.findChildren(QLabel),
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QLineEdit),
    ]:
        if not widget.isVisibleTo(dialog):
            continue
        top_left = widget.mapTo(dialog, widget.rect().topLeft())
        if not dialog.rect().contains(QRect(top_left, widget.size())):
            out.append(f"outside: {widget.text()}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.heightForWidth(widget.width()) > widget.height():
                out.append(f"label cut: {widget.text()}")
        elif isinstance(widget, QAbstractButton) and widget.width() < widget.sizeHint().width():
            out.append(f"button cut: {widget.text()}")
    tree = dialog.tree
    metrics = tree.fontMetrics()
    indicator = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, QStyleOptionButton(), tree)
    for item in dialog.items.values():
        if metrics.horizontalAdvance(item.text(0)) + indicator + 12 > tree.columnWidth(0):
            out.append(f"column cut: {item.text(0)}")
        for note in (item.child(i) for i in range(item.childCount())):
            width = tree.visualItemRect(note).width()
            if QFontMetrics(note.font(0)).horizontalAdvance(note.text(0)) + tree.indentation() + 6 > width:
                out.append(f"reason cut: {note.text(0)}")
        if metrics.horizontalAdvance(item.text(1)) > tree.columnWidth(1):
            out.append(f"answer cut: {item.text(1)}")
    if tree.verticalScrollBar().maximum() > 0:
        out.append("the list scrolls")
    return out


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_the_dialog_fits_1024_by_768_with_nothing_cut_off(qtbot, make_window, register_file, lang):
    window = make_window(register_file, lang=lang)
    dialog = open_dialog(qtbot, window)
    for _ in range(10):
        QApplication.processEvents()
    assert dialog.frameGeometry().width() <= 1024 and dialog.frameGeometry().height() <= 768
    assert _clipped(dialog) == []
