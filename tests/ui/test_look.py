"""How the window reads at 1024×768: notes that can be read, dates as the window's language writes them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ropa_desktop.core import model as m
from ropa_desktop.ui import steps
from ropa_desktop.ui.forms import QuietNote


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_notes_under_fields_are_easy_to_read_and_sit_right_under_them(window):
    notes = []
    for step in (steps.COMPANY, steps.SUBJECTS, steps.RETENTION):
        window.go_to(step)
        QApplication.processEvents()
        notes += [n for n in window.current_page().findChildren(QuietNote) if n.isVisibleTo(window) and n.text()]
    assert len(notes) >= 3
    for note in notes:
        palette = note.palette()
        assert note.isEnabled()  # not greyed out as a control that cannot be used
        ink = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        paper = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        assert contrast(ink, paper) >= 4.5, note.text()  # WCAG AA for body text
        assert ink != note.parentWidget().palette().color(QPalette.ColorRole.WindowText)  # softer than a label
        # the text starts at the top of the note: no blank line between the field and what explains it
        assert note.alignment() & Qt.AlignmentFlag.AlignTop
        assert note.sizePolicy().hasHeightForWidth()


@pytest.mark.parametrize(("lang", "shown"), [("lv", "26.03.2027. 09:30"), ("en", "26/03/2027 09:30")])
def test_a_breach_moment_reads_the_same_in_its_field_as_in_the_table(
    make_window, sample_register, tmp_path, lang, shown
):
    from ropa_desktop.core.storage import RegisterFile

    aware = dt.datetime(2027, 3, 26, 9, 30).astimezone().isoformat(timespec="seconds")
    path = tmp_path / "logs.ropa"
    RegisterFile.create(
        path, dataclasses.replace(sample_register, breaches=[m.Breach(id="b-1", aware_at=aware)])
    ).close()
    window = make_window(path, lang=lang)
    log = window.logs.open("breaches")
    page = log.page
    page.table.selectRow(0)
    assert page.table.item(0, 1).text() == shown
    assert page.aware.edit.text() == shown  # the field the moment is typed in, in the window's date format
    log.close()


def test_the_english_breach_log_names_the_inspectorate_in_english(make_window, sample_file):
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    window = make_window(sample_file, lang="en")
    log = window.logs.open("breaches")
    page = log.page
    page.add_button.click()
    words = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    words += [w.text() for w in page.findChildren(QLabel)]
    words += [w.placeholderText() for w in page.findChildren(QPlainTextEdit)]
    assert "72-hour deadline" in words and "Notify the Inspectorate by:" in words
    assert not [w for w in words if "DVI" in w]  # the Latvian abbreviation means nothing to an English reader
    log.close()


def test_a_checklist_shows_every_entry_with_room_between_the_boxes(window):
    window.go_to(steps.RETENTION)
    QApplication.processEvents()
    checklist = window.current_page().form.categories
    rows = [checklist.visualItemRect(checklist.item(i)) for i in range(checklist.count())]
    assert len(rows) >= 5
    assert rows[0].top() >= 2  # not against the frame
    assert all(below.top() - above.bottom() > 2 for above, below in zip(rows, rows[1:], strict=False))
    assert rows[-1].bottom() < checklist.viewport().height()  # every entry shows: the list does not scroll
    assert checklist.verticalScrollBar().maximum() == 0


def test_the_table_shows_its_rows_where_the_form_below_leaves_room(qtbot, window):
    window.go_to(steps.DATA)  # 9 data categories; the chosen one's form fits the window
    QApplication.processEvents()
    page = window.current_page()
    assert page.model.rowCount() >= 9
    shown = page.table.viewport().height() // page.table.verticalHeader().defaultSectionSize()
    assert shown >= 8  # (2:3 gave the table 5 rows and left the form half empty)
    assert page.detail.verticalScrollBar().maximum() == 0  # and the form still needs no scrolling

    window.go_to(steps.RECIPIENTS)  # two recipients: the form gets what the table does not need
    QApplication.processEvents()
    page = window.current_page()
    assert page.splitter.sizes()[0] == page.top.minimumHeight()

    # once the person moves the divider, it stays where they put it
    handle = page.splitter.handle(1)
    centre = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(handle, centre + QPoint(0, 60))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre + QPoint(0, 60))
    moved = page.splitter.sizes()[0]
    assert moved > page.top.minimumHeight()
    window.go_to(steps.RETENTION)
    window.go_to(steps.RECIPIENTS)
    assert page.splitter.sizes()[0] == moved


def test_review_of_a_complete_register_says_so_without_an_empty_list(qtbot, make_window, tmp_path, sample_file):
    from ropa_desktop import paths
    from ropa_desktop.core import interchange
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "saulrita.ropa"
    RegisterFile.create(path, interchange.read(paths.sample_path("saulrita"))).close()
    window = make_window(path, lang="en")
    window.go_to(steps.REVIEW)
    page = window.current_page()
    qtbot.waitUntil(lambda: window.editing.findings_known)
    page.refresh()
    assert page.summary.text().startswith("Nothing is missing")
    assert not page.tree.isVisibleTo(window) and not page.fix_button.isVisibleTo(window)
    text_top = page.summary.mapTo(page, page.summary.contentsRect().topLeft()).y()
    assert text_top - page.intro.geometry().bottom() < 3 * page.fontMetrics().height()  # under the intro, on top
    assert page.summary.alignment() & Qt.AlignmentFlag.AlignTop

    assert window.open_file(sample_file)  # a register with gaps lists them again
    window.go_to(steps.REVIEW)
    page = window.current_page()
    qtbot.waitUntil(lambda: window.editing.findings_known and bool(page.finding_items()))
    assert page.tree.isVisibleTo(window) and page.fix_button.isVisibleTo(window)


def test_the_extension_deadline_is_said_only_while_the_request_is_open(make_window, sample_register, tmp_path):
    from ropa_desktop.core.storage import RegisterFile

    today = dt.date.today()
    requests = [
        m.Request(id="p-open", received_on=(today - dt.timedelta(days=3)).isoformat()),
        m.Request(id="p-late", received_on=(today - dt.timedelta(days=70)).isoformat()),
        m.Request(
            id="p-done",
            received_on=(today - dt.timedelta(days=70)).isoformat(),
            answered_on=(today - dt.timedelta(days=60)).isoformat(),
            outcome="granted",
        ),
    ]
    path = tmp_path / "logs.ropa"
    RegisterFile.create(path, dataclasses.replace(sample_register, requests=requests)).close()
    window = make_window(path, lang="en")
    log = window.logs.open("requests")
    page = log.page
    said = {}
    for row in range(page.table.rowCount()):
        page.table.selectRow(row)
        said[page.table.item(row, 0).text()] = page.due.text()
    assert "told of an extension" in said["p-open"]
    assert "overdue" in said["p-late"] and "extension" not in said["p-late"]
    assert "answered" in said["p-done"] and "extension" not in said["p-done"]
    log.close()


def test_the_documents_approval_fields_show_a_name_and_position_whole(make_window, tmp_path):
    from ropa_desktop import paths
    from ropa_desktop.core import interchange
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "saulrita.ropa"
    RegisterFile.create(path, interchange.read(paths.sample_path("saulrita"))).close()
    window = make_window(path, lang="en")
    window.go_to(steps.DOCUMENTS)
    QApplication.processEvents()
    page = window.current_page()
    fields = page.approved_by_texts.fields
    assert set(fields) == {"lv", "en"}
    for field in fields.values():
        text = field.text()
        assert len(text) > 25  # e.g. “Ilze Kalniņa, member of the board”
        assert field.fontMetrics().horizontalAdvance(text) < field.width() - 8, text  # not cut at the edge


def test_the_documents_step_says_where_the_privacy_notices_come_from(make_window, tmp_path, sample_file):
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "empty.ropa"
    RegisterFile.create(path, m.Register()).close()
    window = make_window(path)
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    assert page.no_notice.isVisibleTo(window)
    assert "2. solī" in page.no_notice.text()
    assert page.no_notice.text() not in [page.documents.item(i).text() for i in range(page.documents.count())]

    assert window.open_file(sample_file)  # ZĪMES has its customers: their notice is in the list
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    assert not page.no_notice.isVisibleTo(window)


def test_the_consent_form_is_listed_only_where_a_purpose_collects_its_consent_on_it(qtbot, window, sample_file):
    """A consent form with no box to tick was offered, and printed, where every consent is given on the website."""
    from PySide6.QtCore import QPoint, Qt

    from ropa_desktop.ui.pages.documents import document_title

    def listed() -> list[str]:
        window.go_to(steps.DOCUMENTS)
        page = window.current_page()
        return [page.documents.item(i).text() for i in range(page.documents.count())]

    consent_form = document_title("consent")
    assert consent_form in listed()  # ZĪMES collects its marketing consent on the form
    assert not window.current_page().no_consent_form.isVisibleTo(window)
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    row = next(r for r in range(page.model.rowCount()) if page.model.entry(r).id == "marketing")
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(page.model.index(row, 0)).center()
    )
    box = page.form.consent_on_form
    page.detail.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # collected on the website
    assert not box.isChecked()
    assert consent_form not in listed()
    note = window.current_page().no_consent_form
    assert note.isVisibleTo(window) and "3. solī" in note.text()


def test_an_unknown_moment_shows_no_time_until_it_is_ticked_known(qtbot, make_window, sample_register, tmp_path):
    from ropa_desktop.core.storage import RegisterFile

    aware = dt.datetime(2027, 3, 26, 9, 30).astimezone().isoformat(timespec="seconds")
    path = tmp_path / "logs.ropa"
    RegisterFile.create(
        path, dataclasses.replace(sample_register, breaches=[m.Breach(id="b-1", aware_at=aware)])
    ).close()
    window = make_window(path)
    log = window.logs.open("breaches")
    page = log.page
    page.table.selectRow(0)
    assert page.aware.edit.isVisibleTo(log)  # known: its moment shows
    told = page.processor_told
    assert not told.known.isChecked() and not told.edit.isVisibleTo(log)  # no greyed “now” that reads as a date
    qtbot.mouseClick(told.known, Qt.MouseButton.LeftButton)
    assert told.edit.isVisibleTo(log) and told.edit.isEnabled()
    qtbot.waitUntil(lambda: window.editing.register.breaches[0].processor_told_us_at is not None)
    log.close()


def test_a_finding_cut_short_in_the_review_list_is_whole_in_its_tip(qtbot, window):
    window.go_to(steps.REVIEW)
    page = window.current_page()
    qtbot.waitUntil(lambda: window.editing.findings_known and bool(page.finding_items()))
    QApplication.processEvents()
    cut = [
        item
        for item in page.finding_items()
        if page.tree.fontMetrics().horizontalAdvance(item.text(0)) > page.tree.columnWidth(0)
    ]
    assert cut  # ZĪMES has findings longer than the list is wide at 1024×768
    for item in cut:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        assert finding.message("lv") in item.toolTip(0)
        assert finding.action("lv") in item.toolTip(0)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_no_text_field_overlaps_the_next_language_s_at_1024_by_768(make_window, sample_file, lang):
    from ropa_desktop.ui.widgets import TextInLanguages

    window = make_window(sample_file, lang=lang)
    for step in steps.STEPS:
        window.go_to(step)
        QApplication.processEvents()
        for box in window.current_page().findChildren(TextInLanguages):
            if not box.isVisibleTo(window):
                continue
            fields = [box.fields[code] for code in box.languages]
            for upper, lower in zip(fields, fields[1:], strict=False):
                assert upper.geometry().bottom() < lower.geometry().top(), (step, box.languages)


def test_the_languages_note_is_as_tall_as_its_lines(window):
    from ropa_desktop.ui.pages.company import LanguagesBox

    window.go_to(steps.COMPANY)
    QApplication.processEvents()
    box = window.current_page().findChild(LanguagesBox)
    note = box.findChild(QuietNote)
    assert note.isVisibleTo(window)
    assert note.height() <= note.heightForWidth(note.width()) + 2  # no blank lines at the foot of the box


@pytest.mark.parametrize("width", [1024, 1400])
def test_every_note_under_a_field_is_as_tall_as_its_lines(qtbot, window, width):
    """A form gave a wrapped note the room it would need in a narrow column: a blank line or two under it."""
    window.resize(width, 768)
    seen = 0
    for step in (steps.COMPANY, steps.SUBJECTS, steps.PURPOSES, steps.RETENTION):
        window.go_to(step)
        QApplication.processEvents()
        for note in window.current_page().findChildren(QuietNote):
            if note.isVisibleTo(window) and note.text():
                seen += 1
                lines = note.heightForWidth(note.width())
                assert note.height() == lines, (step, note.text()[:40], note.width(), note.height(), lines)
    assert seen >= 4


def test_review_cites_the_article_as_the_window_language_does(qtbot, window):
    """The list's article column is short (“30(1)(b)”); its tip and the chosen finding say it in words."""
    window.go_to(steps.REVIEW)
    page = window.current_page()
    qtbot.waitUntil(lambda: window.editing.findings_known and bool(page.finding_items()))
    item = next(i for i in page.finding_items() if "(" in i.text(1))
    page.tree.setCurrentItem(item)
    cited = item.toolTip(1)
    assert cited.startswith("VDAR ") and "panta" in cited and "(" not in cited, cited
    assert f"({cited})" in page.detail.text()
