"""A person filling the wizard, action by action: ``python -m ropa_desktop.ui.wizard_path``.

``Person`` drives the window as a person would (mouse and keyboard through QTest) and counts what the
person does, by kind:

- ``click``: a mouse click on a button, a box or a table row;
- ``pick``: choosing an entry of a list or a combo box;
- ``key``: a key that changes a value (Space ticking an entry, Return adding an entry);
- ``typed field``: a field typed or pasted into (selecting what is there and typing over it is one).

``fill_zimes`` is the path that fills the ZĪMES register's Latvian texts from an empty register. Run as
a module, it does that on a fresh register and prints one JSON object: the actions by kind, their total
and whether the stored register equals the sample (ids set aside).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ropa_desktop.core import model as m

# The same path as the wizard test was written at commit 3999062, counted the same way: that commit's
# tests/ui/test_wizard.py run on that commit's window with its Person counting as this one does
# (62 clicks, 53 keys, 38 typed fields, 5 picks).
BASELINE_ACTIONS = 158
TARGET_ACTIONS = 80

REFERENCES = {
    "purposes": {
        "subject_category_ids": "subject_categories",
        "data_category_ids": "data_categories",
        "recipient_ids": "recipients",
    },
    "retention_rules": {"purpose_ids": "purposes", "data_category_ids": "data_categories"},
}


def lv(text: m.Text) -> str:
    """A text as the window edits it: in the register's main language, Latvian here."""
    return text.get("lv", "")


def in_latvian(data: Any) -> Any:
    """The register's JSON as the window edits it for now: each text in the main language only (a picked
    catalogue entry also brings the catalogue's English)."""
    if isinstance(data, dict):
        if data and all(k in m.TEXT_LANGUAGES for k in data) and all(isinstance(v, str) for v in data.values()):
            return {k: v for k, v in data.items() if k == "lv"}
        return {k: in_latvian(v) for k, v in data.items()}
    if isinstance(data, list):
        return [in_latvian(v) for v in data]
    return data


def without_ids(data: dict) -> dict:
    """The register with ids set aside: references by name, entries without their id."""
    data = in_latvian(json.loads(json.dumps(data)))
    names = {
        kind: {e["id"]: e.get("name", e["id"]) for e in data[kind]}
        for kind in m.LIST_KINDS
        if kind != "identification_rules"
    }
    for kind, refs in REFERENCES.items():
        for entry in data[kind]:
            for attr, target in refs.items():
                entry[attr] = [names[target][i] for i in entry[attr]]
    for kind in m.LIST_KINDS:
        for entry in data[kind]:
            entry.pop("id", None)
    return data


def _check(condition: object, what: str = "") -> None:
    if not condition:
        raise AssertionError(what)


def _in(sample: m.Register, kind: str, entry_id: str) -> Any:
    """The sample's entry ``entry_id`` of ``kind``: the walk follows the sample, which has it."""
    entry = sample.find(kind, entry_id)
    _check(entry is not None, f"the sample has {kind} {entry_id}")
    return entry


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a person with a Latvian keyboard layout would.

    QTest's keyClicks maps characters to keys through an ASCII table, so letters such as ā or “
    are sent as the key events a Latvian layout produces: a key press carrying the character.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii() and char != "\n":
            QTest.keyClicks(widget, char)
        elif char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


class Person:
    """What a person does with the mouse and keyboard, in small steps, each counted by kind."""

    def __init__(self, window: Any, type_text: Callable[[Any, str], None] = type_text) -> None:
        self.window = window
        self.type = type_text
        self.actions: Counter[str] = Counter()

    def count(self, kind: str) -> None:
        self.actions[kind] += 1

    @property
    def total(self) -> int:
        return sum(self.actions.values())

    @property
    def page(self) -> Any:
        return self.window.current_page()

    def _visible(self, kind: type, page: Any = None) -> Any:
        return [d for d in (page or self.page).findChildren(kind) if d.isVisible()][-1]

    def click(self, widget: Any) -> None:
        """Scroll the widget into view (as a person would) and click it."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QCheckBox, QRadioButton, QScrollArea

        self.count("click")
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
                break
            parent = parent.parentWidget()
        if isinstance(widget, QCheckBox | QRadioButton):  # on the box itself, not the blank space after the label
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def write(self, widget: Any, text: str) -> None:
        """Put the cursor in a field, select what is there and type over it."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.count("typed field")
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text:
            self.type(widget, text)
        else:
            QTest.keyClick(widget, Qt.Key.Key_Delete)

    def paste(self, widget: Any, text: str) -> None:
        """Put the cursor in a field and paste ``text`` there (Ctrl+V), as copied from another document."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        self.count("typed field")
        QApplication.clipboard().setText(text)
        widget.setFocus()
        QTest.keySequence(widget, QKeySequence.StandardKey.Paste)

    def tick(self, checklist: Any, text: str, on: bool = True) -> None:
        """Tick (``on``) or untick an entry of a checklist with the keyboard (current item, Space)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.count("key")
        item = checklist.item_for(text)
        _check((item.checkState() == Qt.CheckState.Checked) != on, text)
        checklist.setFocus()
        checklist.setCurrentItem(item)
        QTest.keyClick(checklist.viewport(), Qt.Key.Key_Space)
        _check((item.checkState() == Qt.CheckState.Checked) == on, text)

    def tick_only(self, checklist: Any, texts: list[str]) -> None:
        """Leave exactly ``texts`` ticked, the quicker way: one by one, or “Tick all” and untick the rest."""
        from PySide6.QtCore import Qt

        items = [checklist.item(i) for i in range(checklist.count())]
        ticked = {i.text() for i in items if i.checkState() == Qt.CheckState.Checked}
        one_by_one = len(set(texts) - ticked) + len(ticked - set(texts))
        others = [i.text() for i in items if i.text() not in texts]
        if 1 + len(others) < one_by_one:
            field = checklist.parentWidget()
            self.click(field.all_button)
            for text in others:
                self.tick(checklist, text, on=False)
        else:
            for text in texts:
                if text not in ticked:
                    self.tick(checklist, text)
            for text in ticked - set(texts):
                self.tick(checklist, text, on=False)
        _check({i.text() for i in items if i.checkState() == Qt.CheckState.Checked} == set(texts), ", ".join(texts))

    def choose(self, combo: Any, value: Any) -> None:
        """Pick an entry of a combo box."""
        self.count("pick")
        combo.setFocus()
        combo.setCurrentIndex(combo.findData(value))
        _check(combo.value() == value, str(value))

    def next(self) -> None:
        """Next ▶; when the step still lacks something, the window says what, and Next again goes on."""
        step = self.window.current_step
        self.click(self.window.next_button)
        if self.window.current_step == step:
            _check(self.window.wizard_note.isVisible(), "the note on what the step lacks")
            self.click(self.window.next_button)
        _check(self.window.current_step == step + 1, f"on from step {step}")

    def go_to(self, step: int) -> None:
        """Click a step in the list of steps."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.count("pick")
        steps_list = self.window.steps_list
        item = steps_list.item(step - 1)
        steps_list.scrollToItem(item)
        QTest.mouseClick(steps_list.viewport(), Qt.MouseButton.LeftButton, pos=steps_list.visualItemRect(item).center())
        _check(self.window.current_step == step, f"on step {step}")

    def select_row(self, name: str) -> None:
        """Click the row of the entry called ``name`` in the step's table (unless it is the one shown)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        page = self.page
        shown = page.form.original()
        if shown is not None and lv(shown.name) == name:
            return
        for row in range(page.model.rowCount()):
            if lv(page.model.entry(row).name) == name:
                self.count("click")
                index = page.model.index(row, 0)
                page.table.scrollTo(index)
                rect = page.table.visualRect(index)
                QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                _check(lv(page.form.original().name) == name, name)
                return
        raise AssertionError(name)

    def add_own(self, name: str) -> None:
        """“Add your own…” and type the name: the entry joins the list when the cursor moves on."""
        page = self.page
        self.click(page.add_button)
        _check(page.adding and self.window.focusWidget() is page.form.key_field(), "the cursor is in the new name")
        self.write(page.form.key_field(), name)
        _check(page.form.key_names() == [name], name)

    def add_list(self, names: list[str]) -> None:
        """“Add your own…” and paste the names, one a line: an entry of each joins the list, the first shown."""
        page = self.page
        before = len(getattr(self.window.editing.register, page.kind))
        self.click(page.add_button)
        _check(page.adding and self.window.focusWidget() is page.form.key_field(), "the cursor is in the new name")
        self.paste(page.form.key_field(), "\n".join(names))
        added = getattr(self.window.editing.register, page.kind)[before:]
        _check([lv(e.name) for e in added] == names, ", ".join(names))
        _check(lv(page.form.original().name) == names[0], "the first is shown")

    def add_term(self, until: str) -> None:
        """“Add your own…” on the retention step and type until when."""
        self.add_own(until)

    def from_catalogue_one(self, title: str) -> None:
        """“From catalogue…”, move to the entry ``title`` and press Return: it is added at once."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from ropa_desktop.ui.picker import PickerDialog

        page = self.page
        before = len(getattr(self.window.editing.register, page.kind))
        self.click(page.catalogue_button)
        dialog = self._visible(PickerDialog, page)
        item = next(i for i in dialog.tree.entry_items() if i.text(0) == title)
        dialog.tree.setFocus()
        dialog.tree.scrollToItem(item)
        dialog.tree.setCurrentItem(item, 0)
        self.count("key")
        QTest.keyClick(dialog.tree, Qt.Key.Key_Return)
        _check(not dialog.isVisible(), "the picker closes")
        _check(len(getattr(self.window.editing.register, page.kind)) == before + 1, title)

    def from_catalogue_ticking(self, titles: list[str]) -> None:
        """“From catalogue…”, tick ``titles`` in that order (the order they are added in), add them."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from ropa_desktop.ui.picker import PickerDialog

        page = self.page
        self.click(page.catalogue_button)
        dialog = self._visible(PickerDialog, page)
        items = {item.text(0): item for item in dialog.tree.entry_items()}
        dialog.tree.setFocus()
        for title in titles:
            self.count("key")
            item = items[title]
            dialog.tree.scrollToItem(item)
            dialog.tree.setCurrentItem(item, 0)
            QTest.keyClick(dialog.tree.viewport(), Qt.Key.Key_Space)
        _check([dialog.tree.item_for(key).text(0) for _kind, key in dialog.chosen()] == titles, ", ".join(titles))
        self.click(dialog.ok)
        _check(not dialog.isVisible(), "the picker closes")


def fill_zimes(me: Person, sample: m.Register) -> None:
    """From an empty register on the Company step to the Documents step, the ZĪMES sample's Latvian texts."""
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.core import catalogue
    from ropa_desktop.ui import steps

    window = me.window
    _check(window.current_step == steps.COMPANY, "starts on the Company step")

    # 1 Company
    org = sample.organisation
    me.write(me.page.form.fields["name"], org.name)
    me.write(me.page.form.fields["processing_locations"], lv(org.processing_locations))
    me.write(me.page.form.fields["contact_person.role"], lv(org.contact_person.role))
    me.go_to(steps.SUBJECTS)  # the rest of the company's details are left empty, as in the sample

    # 2 Data subjects: the customers in one click, described in the company's words
    me.click(me.page.quick_buttons["clients"])
    _check(not me.page.quick_buttons["clients"].isVisible(), "the customers' button goes once used")
    clients_entry = catalogue.load().get("subject_categories", "clients")
    assert clients_entry is not None, "the catalogue has the clients"
    clients = clients_entry.make()
    _check(me.page.form.description.text() == lv(clients.description), "the catalogue's description")
    me.write(me.page.form.description, lv(sample.subject_categories[0].description))

    # 4 Data categories before the purposes, so that each purpose's form offers them: ticked in the
    # catalogue in the sample's order (the order they are added in)
    me.go_to(steps.DATA)
    me.from_catalogue_ticking([lv(c.name) for c in sample.data_categories])
    for category in sample.data_categories:
        entry = next(e for e in me.window.editing.register.data_categories if lv(e.name) == lv(category.name))
        _check(entry.sensitivity == category.sensitivity, category.id)
    # the personal identity number needs the company's reason (Art. 87): the cursor is there, so it is typed now
    reasons = [c for c in sample.data_categories if c.sensitivity == "national_id"]
    for category in reasons[:1]:
        shown = me.page.form.original()
        _check(shown is not None and lv(shown.name) == lv(category.name), "the personal code is opened")
        _check(window.focusWidget() is me.page.form.description, "the cursor is in its description")
        me.write(me.page.form.description, lv(category.description))

    # 3 Purposes and legal bases, must the data be given, whose data and what data: the company's own, their
    # names pasted as a list (as a procedure lists them), then each purpose filled in
    me.go_to(steps.PURPOSES)
    me.add_list([lv(p.name) for p in sample.purposes])
    for purpose in sample.purposes:
        me.select_row(lv(purpose.name))
        form = me.page.form
        me.write(form.description, lv(purpose.description))
        # (a purpose named as a catalogue purpose has that purpose's legal bases ticked already)
        for basis in purpose.legal_bases:
            if not form.basis_checks[basis.basis].isChecked():
                me.click(form.basis_checks[basis.basis])
            _check(form.basis_checks[basis.basis].isChecked(), basis.basis)
            if basis.note:
                me.write(form.basis_notes[basis.basis], lv(basis.note))
        for basis, check in form.basis_checks.items():
            if check.isChecked() and basis not in purpose.bases():
                me.click(check)
        if purpose.consent is not None:
            _check(form.consent_method.isVisibleTo(me.page), "the consent's method is shown")
            # (the path types the Latvian texts; what the consent covers follows its note there)
            if form.consent_scope.text() != lv(purpose.consent.scope):
                me.write(form.consent_scope, lv(purpose.consent.scope))
            if form.consent_on_form.isChecked() != purpose.consent.on_form:  # a website's cookie banner
                me.click(form.consent_on_form)
            me.write(form.consent_method, lv(purpose.consent.method))
        # a purpose named as the catalogue's marketing purpose is direct marketing, as that one is
        _check(form.direct_marketing.isChecked() == purpose.direct_marketing, "direct marketing")
        _check(form.subjects.checked_ids() == ["clients"], "a new purpose concerns the only category of subjects")
        # (a purpose named as a catalogue purpose has that purpose's usual data ticked already, any other the
        # customers' name and contact details)
        for cid in purpose.data_category_ids:
            if cid not in form.data_categories.checked_ids():
                me.tick(form.data_categories, lv(_in(sample, "data_categories", cid).name))
        for cid in form.data_categories.checked_ids():
            if cid not in purpose.data_category_ids:
                me.tick(form.data_categories, lv(_in(sample, "data_categories", cid).name), on=False)
        if form.requirement.value() != purpose.requirement.kind:  # the legal basis answers it for the rest
            me.choose(form.requirement, purpose.requirement.kind)
        if purpose.requirement.consequence:
            me.write(form.consequence, lv(purpose.requirement.consequence))

    # 4 again, where a data category's description is the company's own
    described = [
        c
        for c in sample.data_categories
        if lv(window.editing.register.find("data_categories", c.id).description) != lv(c.description)
    ]
    if described:
        me.go_to(steps.DATA)
        for category in described:
            me.select_row(lv(category.name))
            me.write(me.page.form.description, lv(category.description))

    # 5 Sources and how the data is obtained
    if described:
        me.next()
    else:
        me.go_to(steps.SOURCES)
    for purpose in sample.purposes:
        if [s.kind for s in purpose.sources] == ["data_subject"] and not purpose.collection_method:
            if not any(s.note for s in purpose.sources):
                continue  # a new purpose's data comes from the person already
        me.select_row(lv(purpose.name))
        form = me.page.form
        for source in purpose.sources:
            if not form.source_checks[source.kind].isChecked():
                me.click(form.source_checks[source.kind])
            if source.note:
                me.write(form.source_notes[source.kind], lv(source.note))
        if purpose.collection_method:
            me.write(form.collection_method, lv(purpose.collection_method))

    # 6 Processors and recipients: Mozello in one click, the debt collectors from the catalogue
    me.next()
    me.click(me.page.quick_buttons["mozello"])
    _check(not me.page.quick_buttons["mozello"].isVisible(), "the Mozello button goes once used")
    mozello = _in(sample, "recipients", "mozello")
    if me.page.form.service.text() != lv(mozello.service):  # the company's own words
        me.write(me.page.form.service, lv(mozello.service))
    me.tick_only(me.page.form.purposes, [lv(p.name) for p in sample.purposes if "mozello" in p.recipient_ids])
    me.from_catalogue_one("Parādu piedziņas sabiedrības")
    me.tick(me.page.form.purposes, "Klientu attiecību pārvaldība")

    # 7 Retention
    me.go_to(steps.RETENTION)
    for rule in sample.retention_rules:
        me.add_term(lv(rule.until_event))
        form = me.page.form
        me.tick_only(form.purposes, [lv(_in(sample, "purposes", pid).name) for pid in rule.purpose_ids])
        me.tick_only(form.categories, [lv(_in(sample, "data_categories", cid).name) for cid in rule.data_category_ids])

    # 8, 9 left empty as in the sample; 10 Review lists what is missing; 11 Documents
    me.go_to(steps.REVIEW)
    _check(me.page.finding_items(), "Review lists what is missing")
    me.next()
    _check(window.current_step == steps.DOCUMENTS, "on the Documents step")
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    """Fill the ZĪMES register from empty in a fresh window; print the actions and whether it equals the sample."""
    with tempfile.TemporaryDirectory() as name:
        home = Path(name)
        for what in ("DATA", "CONFIG", "DOCUMENTS"):  # the user's own settings and folders stay untouched
            os.environ[f"ROPA_DESKTOP_{what}_DIR"] = str(home / what.lower())
        result = _measure(home)
    print(json.dumps(result), flush=True)
    return 0


def _measure(home: Path) -> dict[str, Any]:
    from ropa_desktop import paths
    from ropa_desktop.core import languages, settings
    from ropa_desktop.core.storage import RegisterFile
    from ropa_desktop.ui import app, i18n
    from ropa_desktop.ui.mainwindow import MainWindow

    qapp = app.application()
    s = settings.load()
    s.language = "lv"
    settings.save(s)
    i18n.install("lv")
    sample_data = json.loads(paths.sample_path("zimes").read_text(encoding="utf-8"))
    path = home / "ZIMES.ropa"
    RegisterFile.create(path, m.Register(languages=languages.for_new_register("lv"))).close()
    window = MainWindow()
    window.resize(1024, 768)
    window.show()
    if not window.open_file(path):
        raise RuntimeError(f"{path} did not open")
    qapp.processEvents()
    me = Person(window)
    fill_zimes(me, m.from_json(sample_data))
    window.editing.close()
    with RegisterFile.open(path, read_only=True) as store:
        stored = m.to_json(store.load())
    return {
        "actions": me.total,
        "by_kind": dict(me.actions),
        "baseline": BASELINE_ACTIONS,
        "target": TARGET_ACTIONS,
        "equals_sample": without_ids(stored) == without_ids(sample_data),
    }


if __name__ == "__main__":
    sys.exit(main())
