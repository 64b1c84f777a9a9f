"""A bakery-café's office administrator setting up its register for the first time: what got in the way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ropa_desktop.ui import steps


def _tick_in_picker(qtbot, picker, titles: list[str]) -> None:
    """Move to each entry with the keyboard and tick it with Space, as a person does."""
    items = {item.text(0): item for item in picker.tree.entry_items()}
    picker.tree.setFocus()
    for title in titles:
        picker.tree.setCurrentItem(items[title], 0)
        qtbot.keyClick(picker.tree.viewport(), Qt.Key.Key_Space)


def test_picking_the_food_workers_health_checks_links_the_health_check_data(qtbot, make_window, tmp_path):
    """The purpose exists for the health check data: it comes ticked (sick-leave data still waits for a choice)."""
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile
    from ropa_desktop.ui.picker import PickerDialog, SuggestionsDialog

    path = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(path, m.Register(languages=["en", "lv"])).close()
    window = make_window(path, lang="en")
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    picker = [d for d in page.findChildren(PickerDialog) if d.isVisible()][-1]
    _tick_in_picker(qtbot, picker, ["Mandatory health checks of food workers", "Personnel records"])
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    dialog = [d for d in page.findChildren(SuggestionsDialog) if d.isVisible()][-1]
    assert dialog.tree.item_for("health-check").checkState(0) == Qt.CheckState.Checked
    assert dialog.tree.item_for("health-sick-leave").checkState(0) == Qt.CheckState.Unchecked
    qtbot.mouseClick(dialog.yes, Qt.MouseButton.LeftButton)
    with RegisterFile.open(path, read_only=True) as store:
        register = store.load()
    health = register.find("purposes", "food-worker-health")
    assert "health-check" in health.data_category_ids
    assert register.find("data_categories", "health-check").sensitivity == "special"
    assert register.find("data_categories", "health-sick-leave") is None


class _WindowsShown(QObject):
    """Every widget shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__ + " " + getattr(watched, "text", lambda: "")())
        return False


def test_opening_each_step_shows_no_stray_window(qtbot, make_window, tmp_path):
    """A step's buttons, made visible before they had a parent, became windows of their own for a moment (a
    flicker on the desktop) and took the keyboard from the main window."""
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(path, m.Register(languages=["en", "lv"])).close()
    window = make_window(path, lang="en")
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for step in range(1, window.steps_list.count() + 1):
            item = window.steps_list.item(step - 1)
            qtbot.mouseClick(
                window.steps_list.viewport(),
                Qt.MouseButton.LeftButton,
                pos=window.steps_list.visualItemRect(item).center(),
            )
            assert window.current_step == step
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == []


def test_after_save_as_and_opening_the_first_file_again_the_menus_still_work(qtbot, make_window, dialogs, tmp_path):
    """The pages of the register left behind took the menu bar's Python side with them when they were deleted:
    the next register opened stopped half-way (an error in the window's code), and Edit › Undo and the
    requests log's menu entry were gone for the program."""
    import shiboken6

    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    first, copy = tmp_path / "Rudzu Maize.ropa", tmp_path / "Rudzu Maize 2026.ropa"
    RegisterFile.create(first, m.Register(languages=["en", "lv"])).close()
    window = make_window(first, lang="en")
    window.go_to(steps.SUBJECTS)
    pages = list(window.pages.values())
    dialogs.save_name = str(copy)
    window.save_as_action.trigger()
    assert window.editing.store.path == copy
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(page) for page in pages))  # the old pages are gone
    dialogs.open_name = str(first)
    window.open_action.trigger()
    assert window.editing.store.path == first
    assert window.undo_action.isEnabled() is False  # nothing done yet in this register
    window.logs.requests_action.trigger()
    log = window.logs.windows["requests"]
    qtbot.waitUntil(log.isVisible)
    log.close()


def _company_name(path) -> str:
    from ropa_desktop.core.storage import RegisterFile

    with RegisterFile.open(path, read_only=True) as store:
        return store.load().organisation.name


def _on_the_company_step(qtbot, make_window, tmp_path, type_text):
    """A new register's Company step, the company's name typed and the cursor moved on with Tab."""
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(path, m.Register(languages=["en", "lv"])).close()
    window = make_window(path, lang="en")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    name = window.current_page().form.fields["name"]
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    type_text(name, "SIA “Rudzu Maize”")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _company_name(path) == "SIA “Rudzu Maize”")
    return window, path, name


def _type_over(qtbot, field, text, type_text) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(field, text)


def test_undo_takes_back_a_slip_made_after_coming_back_to_a_field_not_the_name_typed_before(
    qtbot, make_window, tmp_path, type_text, dialogs
):
    window, path, name = _on_the_company_step(qtbot, make_window, tmp_path, type_text)
    _type_over(qtbot, name, "oops", type_text)
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _company_name(path) == "oops")
    window.undo_action.trigger()  # Edit › Undo
    assert _company_name(path) == "SIA “Rudzu Maize”"
    assert name.text() == "SIA “Rudzu Maize”"
    window.undo_action.trigger()
    assert _company_name(path) == ""
    assert dialogs.shown == []


def test_undo_while_typing_takes_back_the_typing_and_says_nothing_of_someone_else(
    qtbot, make_window, tmp_path, type_text, dialogs
):
    window, path, name = _on_the_company_step(qtbot, make_window, tmp_path, type_text)
    _type_over(qtbot, name, "SIA “Rudzu Maize” typo", type_text)
    window.undo_action.trigger()  # before the pause in typing saved it
    page = window.current_page()
    qtbot.waitUntil(lambda: not page.save_later.pending())
    assert dialogs.shown == []  # not "Changed by someone else"
    assert _company_name(path) == "SIA “Rudzu Maize”"
    assert name.text() == "SIA “Rudzu Maize”"


def test_fix_on_a_purposes_impact_assessment_shows_the_field_it_puts_the_cursor_in(qtbot, make_window, tmp_path):
    """The purpose's form grew once its rows were laid out, and pushed the field below the visible part."""
    from ropa_desktop.core import catalogue
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    cat = catalogue.load()
    keys = ["video-surveillance", "custom-orders", "personnel", "payroll", "food-worker-health"]
    register = m.Register(languages=["en", "lv"], purposes=[cat.get("purposes", k).make() for k in keys])
    register.data_categories = [cat.get("data_categories", k).make() for k in ("name", "allergy-notes")]
    register.purposes[1].data_category_ids = ["name", "allergy-notes"]
    path = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(path, register).close()
    window = make_window(path, lang="en")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to(steps.REVIEW)
    review = window.current_page()
    item = next(i for i in review.finding_items() if "Custom orders" in i.text(0) and "impact" in i.text(0))
    review.tree.scrollToItem(item)
    rect = review.tree.visualItemRect(item)
    x = review.tree.header().sectionPosition(review.FIX_COLUMN) + 10
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
    page = window.current_page()
    assert page.form.original().id == "custom-orders"
    assert QApplication.focusWidget() is page.form.dpia
    viewport = page.detail.viewport()

    def shown() -> bool:
        top = page.form.dpia.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + page.form.dpia.height() <= viewport.height()

    def laid_out() -> bool:  # the form has the height its rows need now
        inner = page.detail.widget()
        return inner.height() == max(viewport.height(), inner.sizeHint().height())

    qtbot.waitUntil(lambda: laid_out() and shown(), timeout=2000)


def test_the_privacy_notices_for_customers_and_for_employees_are_offered_under_names_of_their_own(
    qtbot, make_window, tmp_path, monkeypatch
):
    """Both were offered as “…-privacy-notice-en.pdf”: the second one saved replaced the first."""
    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop.core import catalogue
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    cat = catalogue.load()
    register = m.Register(languages=["en", "lv"])
    register.organisation.name = "SIA “Rudzu Maize”"
    register.subject_categories = [cat.get("subject_categories", k).make() for k in ("clients", "employees")]
    path = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(path, register).close()
    window = make_window(path, lang="en")
    window.go_to(steps.DOCUMENTS)
    page = window.current_page()
    offered: list[str] = []

    def save_dialog(_parent, _title, start, _filter):
        offered.append(Path(start).name)
        return str(tmp_path / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    for title in ("Privacy notice for customers", "Privacy notice for employees"):
        row = next(i for i in range(page.documents.count()) if page.documents.item(i).text() == title)
        qtbot.mouseClick(
            page.documents.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.documents.visualItemRect(page.documents.item(row)).center(),
        )
        qtbot.waitUntil(page.save_button.isEnabled, timeout=60000)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(offered) == 2 and offered[0] != offered[1], offered
    assert all((tmp_path / name).exists() for name in offered)


def test_a_purpose_added_first_says_where_the_people_and_data_to_tick_come_from(qtbot, make_window, tmp_path):
    """Its “Whose data” and “What data” were empty white boxes, with nothing to say they are filled elsewhere."""
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile
    from ropa_desktop.ui.wizard_path import Person

    path = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(path, m.Register(languages=["lv", "en"])).close()
    window = make_window(path, lang="lv")
    me = Person(window)
    me.go_to(steps.PURPOSES)
    me.add_own("Pasūtījumi pa tālruni")
    form = me.page.form
    subjects_field = form.subjects.parentWidget()
    assert not form.subjects.isVisibleTo(me.page)
    assert subjects_field.empty_note.isVisibleTo(me.page)
    assert "2. soli “Datu subjekti”" in subjects_field.empty_note.text()
    assert "4. solī “Datu kategorijas”" in form.data_categories.parentWidget().empty_note.text()
    assert form.data_catalogue_button.isVisibleTo(me.page)  # or the data is taken from the catalogue right here
    me.go_to(steps.SUBJECTS)
    me.from_catalogue_one("Klienti")
    me.go_to(steps.PURPOSES)
    form = me.page.form
    assert form.subjects.isVisibleTo(me.page) and not form.subjects.parentWidget().empty_note.isVisibleTo(me.page)
    me.tick(form.subjects, "Klienti")
    with RegisterFile.open(path, read_only=True) as store:
        assert store.load().purposes[0].subject_category_ids == ["clients"]


def test_save_as_offers_a_name_that_enter_accepts(qtbot, make_window, dialogs, tmp_path, monkeypatch):
    """It offered the open file's own name: Enter was refused with “This file is open now”."""
    from PySide6.QtWidgets import QFileDialog

    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    first = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(first, m.Register(languages=["lv", "en"])).close()
    (tmp_path / "Rudzu Maize (kopija).ropa").write_bytes(b"")  # a copy made before
    before = first.read_bytes()
    window = make_window(first, lang="lv")
    offered = []

    def enter(_parent, _title, start, _filter):  # the person presses Enter on what is offered
        offered.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(enter))
    window.save_as_action.trigger()
    assert Path(offered[0]).name == "Rudzu Maize (kopija 2).ropa"
    assert dialogs.shown == []
    assert window.editing.store.path == tmp_path / "Rudzu Maize (kopija 2).ropa"
    assert first.read_bytes() == before


def test_add_your_own_does_not_add_a_second_entry_of_a_name_the_list_has(qtbot, make_window, tmp_path, type_text):
    """A second “Payroll” was added: every list of purposes then showed two that could not be told apart."""
    from ropa_desktop.core import catalogue
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    register = m.Register(languages=["en", "lv"], purposes=[catalogue.load().get("purposes", "payroll").make()])
    path = tmp_path / "Rudzu Maize.ropa"
    RegisterFile.create(path, register).close()
    window = make_window(path, lang="en")
    window.go_to(steps.PURPOSES)
    page = window.current_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    name = page.form.name
    type_text(name, "payroll ")
    assert "“Payroll” is already in the list" in page.taken_note.text()
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert page.adding  # nothing added: the person renames it or presses Esc
    type_text(name, "of seasonal staff")
    assert "already in the list" not in page.taken_note.text()
    qtbot.keyClick(name, Qt.Key.Key_Return)
    with RegisterFile.open(path, read_only=True) as store:
        names = [p.name["en"] for p in store.load().purposes]
    assert names == ["Payroll", "payroll of seasonal staff"]


def test_a_fields_example_is_shown_in_the_window_languages_field_only(qtbot, make_window, tmp_path):
    """The English window showed its English examples in the Latvian fields too."""
    from ropa_desktop.core import model as m
    from ropa_desktop.core.storage import RegisterFile

    path = tmp_path / "Rudzu Maize.ropa"
    register = m.Register(
        languages=["lv", "en"], subject_categories=[m.SubjectCategory(id="c", name=m.Text.of("lv", "Klienti"))]
    )
    RegisterFile.create(path, register).close()
    window = make_window(path, lang="en")
    window.go_to(steps.SUBJECTS)
    description = window.current_page().form.texts["description"]
    assert description.fields["en"].placeholderText().startswith("e.g.")
    assert description.fields["lv"].placeholderText() == ""
