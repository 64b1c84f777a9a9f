"""The forms below each list: one entry's fields, with the ones that apply only sometimes shown when they apply.

A form never writes; it emits ``changed`` and the step page saves ``form.entry()``
once it is valid (the same rules as the JSON import), else shows the hint.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6 import QtWidgets  # the spin box of the retention step, named when used: see qt_keys
from PySide6.QtCore import QCoreApplication, QRect, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.core import labels, suggestions, texts
from ropa_desktop.core import model as m
from ropa_desktop.ui import i18n, steps
from ropa_desktop.ui.handlers import qt_handler
from ropa_desktop.ui.qt_keys import set_keys
from ropa_desktop.ui.register_texts import (
    display_text,
    language_names,
    merged_text,
    register_languages,
    shown_language,
    text_values,
)
from ropa_desktop.ui.widgets import (
    CheckList,
    CheckListField,
    DateField,
    EnumCombo,
    Hint,
    LineEdit,
    TextBox,
    TextInLanguages,
    name_by_labels,
    without_mnemonic,
)


def word(group: str, value: str | None) -> str:
    """An enum value as a word in the UI language, with a capital first letter."""
    return labels.standalone(i18n.current(), group, value)


def words(group: str, values: Iterable[str]) -> str:
    """Enum values listed in one cell, in the UI language: “Līguma izpilde; juridiska pienākuma izpilde”."""
    return labels.standalone_list(i18n.current(), group, values)


def enum_items(group: str, values: tuple[str, ...]) -> list[tuple[str | None, str]]:
    return [(v, word(group, v)) for v in values]


def period_unit_items(n: int) -> list[tuple[str | None, str]]:
    """The units of a retention period, as words of the window's language that follow the count ``n``
    ("1 year", "3 years"; "1 год", "3 года", "5 лет")."""
    return [(unit, labels.period_unit(i18n.current(), unit, n)) for unit in m.PERIOD_UNITS]


def country_items(extra: str = "") -> list[tuple[str | None, str]]:
    items: list[tuple[str | None, str]] = [
        (code, f"{name} ({code})") for code, name in labels.countries(i18n.current())
    ]
    if extra and all(code != extra for code, _ in items):
        items.append((extra, extra))
    return items


# Qt.TextFlag.TextWordWrap by its value: a note is made before the first paint, when no Qt enum is made yet (qt_keys)
_WORD_WRAP = 0x1000


class QuietNote(QLabel):
    """A sentence under a field that explains it, in a softer colour that is still easy to read."""

    SOFTER = 0.68  # how much of the text colour is in the note's colour (the rest is the background's)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        set_keys(self, "textFormat", "PlainText")  # (it may quote names the user typed)
        # A form gives a wrapped label the height it would need in a narrow column, a blank line or two under
        # a short note.  The note takes the height of its lines at the width it has, and no more.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        set_keys(self, "alignment", "AlignLeft|AlignTop")
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        paper = palette.color(QPalette.ColorRole.Window)
        pairs = zip((ink.red(), ink.green(), ink.blue()), (paper.red(), paper.green(), paper.blue()), strict=True)
        mix = [round(self.SOFTER * a + (1 - self.SOFTER) * b) for a, b in pairs]
        palette.setColor(QPalette.ColorRole.WindowText, QColor(*mix))
        self.setPalette(palette)
        self._fit()

    def _fit(self) -> None:
        # the lines' height as the font sets them at this width (QLabel.heightForWidth of a label in a form's
        # scrolled page said 56 px, even 154 px, for two lines of 14 px: a blank gap under the note)
        width = max(self.contentsRect().width(), 100)
        lines = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), _WORD_WRAP, self.text())
        margins = self.contentsMargins()
        height = lines.height() + margins.top() + margins.bottom() if self.text() else 0
        if height != self.height():
            self.setFixedHeight(height)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    @qt_handler
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # more or fewer lines at this width


def quiet_note(text: str) -> QLabel:
    """A sentence under a field that explains it, in the palette's softer colour."""
    return QuietNote(text)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    set_keys(form, "labelAlignment", "AlignLeft|AlignTop")
    return form


def _implied_requirement(bases: list[str]) -> str | None:
    """Whether the person must provide the data, as the legal bases imply it (``suggestions.requirement_for``)."""
    from ropa_desktop.core.suggestions import requirement_for  # loaded with the purposes' step, not at start

    return requirement_for(bases)


class EntryForm(QWidget):
    """The fields of one entry of a list."""

    changed = Signal(bool)  # True: save at once (a click), False: typing (saved after a pause)
    link_toggled = Signal(str, list, str, bool)  # owner kind, owner ids, owner's list attribute, checked
    catalogue_requested = Signal(str)  # a list of the form is to be filled from the catalogue: its kind
    KIND = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Any = None
        self._register: m.Register | None = None
        self._loading = False
        self.fields: dict[str, QWidget] = {}
        self.texts: dict[str, TextInLanguages] = {}  # the fields of texts kept in every language of the register
        self._rows: dict[QWidget, QWidget] = {}  # a text's main field -> the widget of its form row
        self._names: dict[int, tuple[Any, str]] = {}  # id(entry) -> (entry, its name as a checklist shows it)
        self._names_for: tuple = ()  # the languages those names were worked out in
        self.hint = Hint()
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.form = form_layout()
        self.outer.addLayout(self.form)
        self.build()
        name_by_labels(self.form)
        self.outer.addWidget(self.hint)
        self.outer.addStretch(1)

    # -- building ---------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def line(self, name: str, label: str, placeholder: str = "", *, translated: bool = True) -> QLineEdit:
        """A one-line field; ``translated``: a text kept in every language of the register (one field each)."""

        def make() -> QLineEdit:
            edit = LineEdit()
            edit.setPlaceholderText(placeholder)
            return edit

        if translated:
            return self.text_field(name, make, label)
        edit = make()
        edit.textEdited.connect(lambda _t: self.edited(False))
        self.fields[name] = edit
        self.form.addRow(label, edit)
        return edit

    def box(self, name: str, label: str, lines: int = 3, placeholder: str = "") -> TextBox:
        """A few lines of text, kept in every language of the register (one box each)."""

        def make() -> TextBox:
            edit = TextBox(lines)
            edit.setPlaceholderText(placeholder)
            return edit

        return self.text_field(name, make, label)

    def text_field(self, name: str, make: Any, label: str | None = None) -> Any:
        """The fields of one text in every language (added as a form row when ``label`` is given).

        Returns the main language's field; ``self.texts[name]`` holds them all.
        """
        field = TextInLanguages(make)
        field.edited.connect(lambda: self.edited(False))
        self.texts[name] = field
        self.fields[name] = field.main
        self._rows[field.main] = field
        if label is not None:
            self.form.addRow(label, field)
        return field.main

    def put(self, name: str, value: Any) -> None:
        """Show a text of the entry in the fields of ``name``, one per language of the register."""
        self.texts[name].set_values(text_values(value))

    def taken(self, name: str, old: Any) -> Any:
        """The text the fields of ``name`` hold, onto ``old`` (languages the register does not show are kept)."""
        return merged_text(old, self.texts[name].values())

    def shown(self, value: Any) -> str:
        """A text of the register as one line, as lists show it (see ``register_texts.display_text``)."""
        return display_text(value, self._register)

    def choices(self, entries: list[Any]) -> list[tuple[str, str]]:
        """(id, name as lists show it) of ``entries``, for a checklist.  An entry's name is worked out once
        (entries are replaced, never changed), so showing the next entry does not name thousands again."""
        codes, window = register_languages(self._register), i18n.current()
        if (codes, window) != self._names_for or len(self._names) > 50_000:
            self._names, self._names_for = {}, (codes, window)
        lang, main = shown_language(self._register), codes[0]  # as ``display_text`` picks
        names = self._names
        out = []
        for entry in entries:
            known = names.get(id(entry))
            if known is None or known[0] is not entry:
                name = entry.name
                text = name.pick(lang, main) if isinstance(name, m.Text) else self.shown(name)
                known = names[id(entry)] = (entry, text)
            out.append((entry.id, known[1]))
        return out

    def _main(self) -> str:
        return register_languages(self._register)[0]

    def combo(self, name: str, label: str, items: list[tuple[str | None, str]]) -> EnumCombo:
        combo = EnumCombo(items)
        combo.currentIndexChanged.connect(lambda _i: self.edited(True))
        self.fields[name] = combo
        self.form.addRow(label, combo)
        return combo

    def checklist(self, name: str, label: str, filled_on: int | None = None) -> CheckList:
        """A list of entries to tick; ``filled_on``: the step whose entries it lists, named while there are none."""
        checklist = CheckList()
        field = CheckListField(checklist)
        if filled_on is not None:
            field.set_empty_text(
                QCoreApplication.translate("Forms", "Nothing to tick yet: fill in step %1, “%2”, first.")
                .replace("%1", str(filled_on))
                .replace("%2", steps.title(filled_on))
            )
        self.fields[name] = checklist
        self._rows[checklist] = field
        self.form.addRow(label, field)
        return checklist

    def checklist_field(self, checklist: CheckList) -> CheckListField:
        """The field (the list with its buttons or its sentence in place of entries) ``checklist`` sits in."""
        field = self._rows[checklist]
        assert isinstance(field, CheckListField)
        return field

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(self._rows.get(widget, widget), visible)

    # -- loading and collecting ---------------------------------------------------

    def load(self, entry: Any, register: m.Register) -> None:
        self._loading = True
        self._entry = entry
        self._register = register
        codes, names = register_languages(register), language_names()
        for field in self.texts.values():
            field.set_languages(codes, names)
        try:
            self.fill(entry, register)
            self.update_visibility()
        finally:
            self._loading = False
        self.hint.show_text("")

    def fill(self, entry: Any, register: m.Register) -> None:
        raise NotImplementedError

    def collect(self, entry: Any) -> Any:
        raise NotImplementedError

    def show_links(self, register: m.Register) -> None:
        """Tick what links to the entry shown as ``register`` holds it (the checklists of ``link_toggled``)."""

    def entry(self) -> Any:
        """The entry as the form shows it now."""
        return self.collect(copy.deepcopy(self._entry))

    def original(self) -> Any:
        return self._entry

    def update_visibility(self) -> None:
        """Show the fields that apply to what is chosen now."""

    def edited(self, immediate: bool) -> None:
        if self._loading:
            return
        self.update_visibility()
        self.changed.emit(immediate)

    def focus_field(self, name: str) -> bool:
        widget = self.fields.get(name)
        if widget is None:
            parts = name.replace("[", ".").split(".")
            widget = next((self.fields[p] for p in reversed(parts) if p in self.fields), None)
            widget = widget or self.fields.get(parts[0])
        if widget is None:
            return False
        widget.setFocus()  # (reason: Qt.FocusReason.OtherFocusReason)
        return True

    def saved(self, entry: Any, register: m.Register | None = None) -> None:
        """The page stored ``entry``: it is the new original (``register``: the register that now holds it)."""
        self._entry = entry
        if register is not None:
            self._register = register

    def show_classification(self, entry: Any) -> None:
        """Show how ``entry`` is classified (``suggestions.CLASSIFICATION``), and its name: a new entry named as a
        catalogue entry was stored with that entry's classification and its name in other languages, while the
        form still shows what it started with."""
        if "name" in self.texts:  # and the catalogue's name in the languages not typed (the typed ones stay)
            self.texts["name"].set_values(entry.name)
        attr = suggestions.CLASSIFICATION.get(self.KIND)
        widget = self.fields.get(attr) if attr else None
        if attr is None or widget is None:
            return
        self._loading = True
        try:
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(getattr(entry, attr)))
            elif isinstance(widget, EnumCombo):
                widget.set_value(getattr(entry, attr))
            self.update_visibility()
        finally:
            self._loading = False

    # -- a new entry ------------------------------------------------------------------
    # “Add your own…” shows a new, empty entry here; it joins the list once it has what tells it apart from the
    # others (its key: a name, or a retention term's period or event).  Until then only the key can be filled.

    KEY = "name"

    def key_field(self) -> QWidget | None:
        """Where the cursor goes to start a new entry (None: the form has no key, entries are not added here): for
        a text, its field in the window's language."""
        texts = self.texts.get(self.KEY)
        return texts.field_for_typing() if texts is not None else self.fields.get(self.KEY)

    def key_rows(self) -> list[QWidget]:
        """The rows that hold the key (a text's row holds its field in every language)."""
        field = self.fields[self.KEY]
        return [self._rows.get(field, field)]

    def key_names(self) -> list[str]:
        """The key as typed, in each language that has it."""
        return [text.strip() for text in self.texts[self.KEY].values().values() if text.strip()]

    def key_given(self) -> bool:
        return bool(self.key_names())

    def key_unfinished(self) -> tuple[QWidget, str] | None:
        """Where a new entry whose key is typed in part still needs an answer, and what to say of it (None: the key
        is given whole, or nothing of it is)."""
        return None

    def named_alone(self) -> bool:
        """Whether a new entry's key is its name alone (not a measure's name and kind, not a retention term's
        period or event): a list of names pasted into it then makes an entry of each."""
        return self.KEY == "name" and self.key_rows() == EntryForm.key_rows(self)

    def new_entry(self, entry: Any) -> Any:
        """``entry`` as “Add your own…” starts it (what the person must choose is left unchosen)."""
        return entry

    def only_key_enabled(self, only: bool) -> None:
        """Grey out every row but the key's (``only``), or none."""
        keys = self.key_rows()
        for row in range(self.form.rowCount()):
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            is_key = field is not None and field.widget() in keys
            for role in (
                QFormLayout.ItemRole.LabelRole,
                QFormLayout.ItemRole.FieldRole,
                QFormLayout.ItemRole.SpanningRole,
            ):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setEnabled(is_key or not only)


# --- the lists' forms ---------------------------------------------------------------


class SubjectForm(EntryForm):
    KIND = "subject_categories"

    def build(self) -> None:
        self.name = self.line("name", QCoreApplication.translate("Forms", "&Name:"))
        self.description = self.box(
            "description",
            QCoreApplication.translate("Forms", "Who belongs to it:"),
            placeholder=QCoreApplication.translate("Forms", "e.g. anyone who buys or orders from the company"),
        )
        self.groups_note = self.box(
            "groups_note",
            QCoreApplication.translate("Forms", "Subgroups:"),
            2,
            QCoreApplication.translate("Forms", "e.g. Customers are not divided into groups."),
        )
        groups_explained = quiet_note(
            QCoreApplication.translate(
                "Forms",
                "Whether these people fall into groups whose data is handled differently (e.g. private and "
                "business customers), and if so, which.",
            )
        )
        self.form.addRow("", groups_explained)
        self.audience = self.combo(
            "audience", QCoreApplication.translate("Forms", "Who they are:"), enum_items("audience", m.AUDIENCES)
        )
        self.audience_explained = quiet_note("")
        self.form.addRow("", self.audience_explained)

    def fill(self, e: m.SubjectCategory, register: m.Register) -> None:
        self.put("name", e.name)
        self.put("description", e.description)
        self.put("groups_note", e.groups_note)
        self.audience.set_value(e.audience)

    def update_visibility(self) -> None:
        self.audience_explained.setText(labels.label(i18n.current(), "audience_explained", self.audience.value()))

    def collect(self, e: m.SubjectCategory) -> m.SubjectCategory:
        return dataclasses.replace(
            e,
            name=self.taken("name", e.name),
            description=self.taken("description", e.description),
            groups_note=self.taken("groups_note", e.groups_note),
            audience=self.audience.value(),
        )


class DataCategoryForm(EntryForm):
    KIND = "data_categories"

    def build(self) -> None:
        self.name = self.line("name", QCoreApplication.translate("Forms", "&Name:"))
        self.description = self.box("description", QCoreApplication.translate("Forms", "What it includes:"), 2)
        self.sensitivity = self.combo(
            "sensitivity",
            QCoreApplication.translate("Forms", "&Kind of data:"),
            enum_items("sensitivity", m.SENSITIVITIES),
        )
        self.sensitivity_note = Hint()
        self.form.addRow("", self.sensitivity_note)
        self.purposes = self.checklist(
            "purposes", QCoreApplication.translate("Forms", "Used for:"), filled_on=steps.PURPOSES
        )
        self.purposes.toggled.connect(lambda purpose_id, on: self._purposes_toggled([purpose_id], on))
        self.purposes.all_toggled.connect(self._purposes_toggled)

    def fill(self, e: m.DataCategory, register: m.Register) -> None:
        self.put("name", e.name)
        self.put("description", e.description)
        self.sensitivity.set_value(e.sensitivity)
        self.show_links(register)

    def show_links(self, register: m.Register) -> None:
        mine = self._entry.id
        self.purposes.set_choices(
            self.choices(register.purposes), [p.id for p in register.purposes if mine in p.data_category_ids]
        )

    def collect(self, e: m.DataCategory) -> m.DataCategory:
        return dataclasses.replace(
            e,
            name=self.taken("name", e.name),
            description=self.taken("description", e.description),
            sensitivity=self.sensitivity.value(),
        )

    def update_visibility(self) -> None:
        value = self.sensitivity.value()
        note = {
            "national_id": QCoreApplication.translate(
                "Forms",
                "Say in “What it includes” why the personal identity number is needed (e.g. the law or "
                "the customer’s own request).",
            ),
            "special": QCoreApplication.translate(
                "Forms",
                "Health, biometric and other special category data may be processed only under an Art. 9(2) "
                "condition: state it with each purpose that uses this data (step 3).",
            ),
            "criminal": QCoreApplication.translate(
                "Forms",
                "Data on convictions and offences may be processed only where a law allows it (Art. 10): "
                "state it with each purpose that uses this data (step 3).",
            ),
        }.get(value, "")
        self.sensitivity_note.show_text(note)
        self.form.setRowVisible(self.sensitivity_note, bool(note))

    def _purposes_toggled(self, purpose_ids: list[str], checked: bool) -> None:
        self.link_toggled.emit("purposes", purpose_ids, "data_category_ids", checked)


# the DPIA screening's answers: the form's (and the screening dialog's) value of each ``Dpia.required``
DPIA_ANSWERS = {"unknown": None, "no": False, "yes": True}
_DPIA_VALUE = {required: value for value, required in DPIA_ANSWERS.items()}


def dpia_answer_word(value: str) -> str:
    """An answer of the DPIA screening in words: “Not yet assessed”, “Not needed”, “Needed”."""
    return {
        "unknown": QCoreApplication.translate("Forms", "Not yet assessed"),
        "no": QCoreApplication.translate("Forms", "Not needed"),
        "yes": QCoreApplication.translate("Forms", "Needed"),
    }[value]


def dpia_value(required: bool | None) -> str:
    return _DPIA_VALUE[required]


def is_assess_prompt(note: Mapping[str, str] | None) -> bool:
    """Whether a purpose's DPIA reason is still the catalogue's prompt to assess it: a question, not an answer's
    reason, so it does not stay once the screening is answered."""
    from ropa_desktop.core import catalogue  # read when first needed, not at start

    try:
        return catalogue.is_assess_prompt(note)
    except (OSError, ValueError):  # no catalogue to read: no prompt of it either
        return False


_BASIS_ARTICLE = {
    "consent": "6(1)(a)",
    "contract": "6(1)(b)",
    "legal_obligation": "6(1)(c)",
    "vital_interests": "6(1)(d)",
    "public_task": "6(1)(e)",
    "legitimate_interests": "6(1)(f)",
}


def _basis_tooltip(basis: str) -> str:
    """The article and, from the catalogue, a plain sentence on when the basis fits."""
    article = QCoreApplication.translate("Forms", "Art. %1 GDPR").replace("%1", _BASIS_ARTICLE[basis])
    try:
        from ropa_desktop.core import catalogue

        text = catalogue.legal_basis(i18n.current(), basis)
    except (OSError, ValueError, KeyError):
        text = None
    return f"{article}: {text.explanation}" if text is not None else article


class PurposeForm(EntryForm):
    KIND = "purposes"

    def build(self) -> None:
        self.name = self.line("name", QCoreApplication.translate("Forms", "&Purpose:"))
        self.description = self.box(
            "description",
            QCoreApplication.translate("Forms", "Description:"),
            3,
            QCoreApplication.translate("Forms", "What the company does with the data and why"),
        )
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 22)  # the note sits under its box, indented
        grid.setVerticalSpacing(4)
        self.basis_checks: dict[str, QCheckBox] = {}
        self.basis_notes: dict[str, TextBox] = {}
        # what a note on each basis usually says (a law for a contract's consent read oddly)
        note_texts = {
            "consent": QCoreApplication.translate("Forms", "Note, e.g. what the consent is given for"),
            "contract": QCoreApplication.translate("Forms", "Note, e.g. which contract"),
            "legal_obligation": QCoreApplication.translate("Forms", "Note, e.g. which law"),
            "public_task": QCoreApplication.translate("Forms", "Note, e.g. which law gives the task"),
        }

        def note_maker(basis: str) -> Callable[[], TextBox]:
            def make_note() -> TextBox:
                note = TextBox(1)  # grows with a long note
                note.setPlaceholderText(note_texts.get(basis, QCoreApplication.translate("Forms", "Note")))
                return note

            return make_note

        for row, basis in enumerate(m.LEGAL_BASES):
            check = QCheckBox(word("legal_basis", basis))
            check.setToolTip(_basis_tooltip(basis))
            name_of_note = f"legal_bases.{basis}.note"
            note = self.text_field(name_of_note, note_maker(basis))
            check.toggled.connect(lambda _checked, basis=basis: self._bases_changed(basis))
            grid.addWidget(check, 2 * row, 0, 1, 2)
            grid.addWidget(self._rows[note], 2 * row + 1, 1)
            self.texts[name_of_note].set_name(check.text())  # the box's note, as a screen reader names it
            self.basis_checks[basis] = check
            self.basis_notes[basis] = note
            self.fields[f"basis_{basis}"] = check
        self.fields["legal_bases"] = self.basis_checks["contract"]
        self.form.addRow(QCoreApplication.translate("Forms", "Legal basis:"), grid_box)
        self.legitimate_interest = self.box(
            "legitimate_interest",
            QCoreApplication.translate("Forms", "Legitimate interest:"),
            2,
            QCoreApplication.translate("Forms", "Which interest of the company or of others the processing serves"),
        )
        self.consent_scope = self.box(
            "consent.scope",
            QCoreApplication.translate("Forms", "What the consent covers:"),
            2,
            QCoreApplication.translate("Forms", "e.g. cookies that the website does not need to work"),
        )
        # what the consent covers is, more often than not, what its basis's note says (“Sīkdatnes, kas nav
        # nepieciešamas mājas lapas darbībai.” in both): in each language where the two are the same, typing the
        # note types it too
        self._consent_note_before: dict[str, str] = {}  # the note as it was before the last keystroke
        self.texts["legal_bases.consent.note"].edited.connect(self._consent_note_edited)
        self.consent_method = self.box(
            "consent.method",
            QCoreApplication.translate("Forms", "How the person gives consent:"),
            2,
            QCoreApplication.translate("Forms", "e.g. ticks a box in the online shop before ordering"),
        )
        self.consent_withdrawal = self.box(
            "consent.withdrawal",
            QCoreApplication.translate("Forms", "How consent is withdrawn:"),
            2,
            QCoreApplication.translate("Forms", "As easy as giving it, e.g. a link in every e-mail"),
        )
        self.fields["consent"] = self.consent_method
        self.consent_on_form = QCheckBox(
            QCoreApplication.translate("Forms", "The printed consent form collects this consent")
        )
        self.consent_on_form.toggled.connect(lambda _c: self.edited(True))
        self.fields["consent.on_form"] = self.consent_on_form
        self.form.addRow("", self.consent_on_form)
        self.direct_marketing = QCheckBox(
            QCoreApplication.translate("Forms", "Direct marketing (offers and news sent to the person)")
        )
        self.direct_marketing.toggled.connect(lambda _c: self.edited(True))
        self.fields["direct_marketing"] = self.direct_marketing
        self.form.addRow("", self.direct_marketing)
        self.subjects = self.checklist(
            "subject_category_ids", QCoreApplication.translate("Forms", "Whose data:"), filled_on=steps.SUBJECTS
        )
        self.subjects.toggled.connect(lambda _i, _c: self.edited(True))
        self.subjects.all_toggled.connect(lambda _i, _c: self.edited(True))
        self.data_categories = self.checklist(
            "data_category_ids", QCoreApplication.translate("Forms", "What data:"), filled_on=steps.DATA
        )
        self.data_categories.toggled.connect(lambda _i, _c: self.edited(True))
        self.data_categories.all_toggled.connect(lambda _i, _c: self.edited(True))
        # the data can be taken from the catalogue here, without leaving the purpose for step 4 (which comes after)
        data_field = self.checklist_field(self.data_categories)
        data_field.set_empty_text(
            QCoreApplication.translate(
                "Forms", "Nothing to tick yet: take the data from the catalogue, or add your own in step %1, “%2”."
            )
            .replace("%1", str(steps.DATA))
            .replace("%2", steps.title(steps.DATA))
        )
        self.data_catalogue_button = data_field.add_button(QCoreApplication.translate("Forms", "From the catalogue…"))
        self.data_catalogue_button.setToolTip(
            QCoreApplication.translate(
                "Forms", "Add data categories from the catalogue to the register, ticked for this purpose"
            )
        )
        self.data_catalogue_button.clicked.connect(lambda: self.catalogue_requested.emit("data_categories"))
        self.requirement = self.combo(
            "requirement.kind",
            QCoreApplication.translate("Forms", "Must the person provide the data?"),
            [
                ("", QCoreApplication.translate("Forms", "Not stated yet")),
                *enum_items("requirement_kind", m.REQUIREMENT_KINDS),
            ],
        )
        self.fields["requirement"] = self.requirement
        # until the user picks an answer, it follows the legal bases (contract: contractual, consent: voluntary…)
        self._requirement_follows = True
        self._following = False
        self.requirement.currentIndexChanged.connect(self._requirement_picked)
        # the catalogue's consequences are a sentence or two: a box that grows with them, not a line that cuts them
        self.consequence = self.box(
            "requirement.consequence",
            QCoreApplication.translate("Forms", "If not provided:"),
            1,
            QCoreApplication.translate("Forms", "e.g. the contract cannot be concluded"),
        )
        self.special_condition = self.box(
            "special_condition",
            QCoreApplication.translate("Forms", "Art. 9(2) / Art. 10 condition:"),
            2,
            QCoreApplication.translate(
                "Forms", "What allows the special category or criminal offence data to be processed"
            ),
        )
        # the Regulation's conditions to pick from, instead of typing one (the catalogue's text, in every language)
        self.condition_choice = QComboBox()
        # the conditions are long sentences: the list shows them whole, the closed box stays narrow
        self.condition_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.condition_choice.setMinimumContentsLength(30)
        choose = QCoreApplication.translate("Forms", "Choose a condition of the Regulation…")
        self.condition_choice.addItem(choose, None)
        lang = i18n.current()
        from ropa_desktop.core import catalogue  # read when this form is first made, not at start

        for _article, condition in catalogue.load().special_conditions():
            self.condition_choice.addItem(condition.pick(lang, "en"), condition)
        self.condition_choice.activated.connect(self._condition_chosen)
        self.form.addRow("", self.condition_choice)
        self.automated = QCheckBox(
            QCoreApplication.translate(
                "Forms", "Decisions are made automatically, without human involvement (including profiling)"
            )
        )
        self.automated.toggled.connect(lambda _c: self.edited(True))
        self.form.addRow("", self.automated)
        self.automated_decisions = self.box(
            "automated_decisions", QCoreApplication.translate("Forms", "Which decisions and how:"), 2
        )
        self._dpia_shown = "unknown"  # the answer last shown: answering it may clear the catalogue's prompt
        self.dpia = self.combo(
            "dpia.required",
            QCoreApplication.translate("Forms", "Impact assessment (DPIA):"),
            [(value, dpia_answer_word(value)) for value in DPIA_ANSWERS],
        )
        self.fields["dpia"] = self.dpia
        self.dpia.setToolTip(
            QCoreApplication.translate(
                "Forms",
                "Needed when the processing is likely to result in a high risk to people (Art. 35): e.g. large-scale "
                "special category data, systematic monitoring, or profiling with significant effects.",
            )
        )
        # the catalogue's reasons are a few sentences: a box that grows with them, not a line that cuts them off
        self.dpia_note = self.box(
            "dpia.note",
            QCoreApplication.translate("Forms", "Why:"),
            1,
            QCoreApplication.translate("Forms", "e.g. small scale, no special category data"),
        )

    def fill(self, e: m.Purpose, register: m.Register) -> None:
        self.put("name", e.name)
        self.put("description", e.description)
        notes = {b.basis: b.note for b in e.legal_bases}
        for basis in m.LEGAL_BASES:
            self.put(f"legal_bases.{basis}.note", notes.get(basis))
        self.put("legitimate_interest", e.legitimate_interest)
        self.put("consent.scope", e.consent.scope if e.consent else None)
        self.direct_marketing.setChecked(e.direct_marketing)
        self.put("consent.method", e.consent.method if e.consent else None)
        self.put("consent.withdrawal", e.consent.withdrawal if e.consent else None)
        self.subjects.set_choices(self.choices(register.subject_categories), e.subject_category_ids)
        self.data_categories.set_choices(self.choices(register.data_categories), e.data_category_ids)
        self.put("special_condition", e.special_condition)
        self.automated.setChecked(bool(e.automated_decisions))
        self.put("automated_decisions", e.automated_decisions)
        self.dpia.set_value(dpia_value(e.dpia.required))
        self._dpia_shown = self.dpia.value()
        self.put("dpia.note", e.dpia.note)
        self._show_bases(e)
        self.put("requirement.consequence", e.requirement.consequence)
        self._consent_note_before = self.texts["legal_bases.consent.note"].values()

    def _show_bases(self, e: m.Purpose) -> None:
        """The ticks of the legal bases, whether the consent is on the form, and whether the data must be given."""
        for basis in m.LEGAL_BASES:
            self.basis_checks[basis].setChecked(basis in e.bases())
        self.consent_on_form.setChecked(e.consent.on_form if e.consent else True)
        self.requirement.set_value(e.requirement.kind or "")
        self._requirement_follows = e.requirement.kind in (None, _implied_requirement(e.bases()))

    def show_classification(self, entry: m.Purpose) -> None:
        """Direct marketing, the legal bases (with whether the data must be given) and the usual subject and data
        categories that a new purpose named as a catalogue purpose was stored with (``suggestions.named_entry``)."""
        super().show_classification(entry)
        self._loading = True
        try:
            self._show_bases(entry)
            if self._register is not None:
                self.subjects.set_choices(self.choices(self._register.subject_categories), entry.subject_category_ids)
                self.data_categories.set_choices(self.choices(self._register.data_categories), entry.data_category_ids)
            self.update_visibility()
        finally:
            self._loading = False

    def collect(self, e: m.Purpose) -> m.Purpose:
        old = {b.basis: b for b in e.legal_bases}
        e.legal_bases = [
            m.LegalBasis(basis, self.taken(f"legal_bases.{basis}.note", old[basis].note if basis in old else None))
            for basis in self._checked_bases()  # ``e`` is a copy of the entry the form shows
        ]
        e.name = self.taken("name", e.name)
        e.description = self.taken("description", e.description)
        bases = e.bases()
        empty = m.Text()
        legitimate = self.taken("legitimate_interest", e.legitimate_interest)
        e.legitimate_interest = legitimate if "legitimate_interests" in bases else empty
        if "consent" in bases:
            consent = e.consent or m.Consent()
            e.consent = dataclasses.replace(
                consent,
                scope=self.taken("consent.scope", consent.scope),
                on_form=self.consent_on_form.isChecked(),
                method=self.taken("consent.method", consent.method),
                withdrawal=self.taken("consent.withdrawal", consent.withdrawal),
            )
        else:
            e.consent = None
        e.direct_marketing = self.direct_marketing.isChecked()
        e.subject_category_ids = self.subjects.relinked(e.subject_category_ids)
        e.data_category_ids = self.data_categories.relinked(e.data_category_ids)
        if self._needs_condition():
            e.special_condition = self.taken("special_condition", e.special_condition)
        automated = self.taken("automated_decisions", e.automated_decisions)
        e.automated_decisions = automated if self.automated.isChecked() else empty
        note = self.taken("dpia.note", e.dpia.note)
        if is_assess_prompt(e.dpia.note) and not any(v.strip() for v in self.texts["dpia.note"].values().values()):
            note = m.Text()  # the prompt cleared: not kept either in the languages the form does not show
        e.dpia = m.Dpia(DPIA_ANSWERS[self.dpia.value()], note)
        e.requirement = m.Requirement(
            self.requirement.value() or None, self.taken("requirement.consequence", e.requirement.consequence)
        )
        return e

    def edited(self, immediate: bool) -> None:
        answered = not self._loading and self._clear_assess_prompt()
        super().edited(immediate)
        if answered:  # the reason for this answer is typed next
            self.texts["dpia.note"].field_for_typing().setFocus()

    def _clear_assess_prompt(self) -> bool:
        """The screening just answered of a purpose the catalogue left to assess: its prompt (“Assess: …”) is a
        question, not the answer's reason, so it is cleared while it is untouched (undo brings it back).  True
        when cleared."""
        value = self.dpia.value()
        before, self._dpia_shown = self._dpia_shown, value
        if value in (before, "unknown") or self._entry is None:
            return False
        note = self._entry.dpia.note
        field = self.texts["dpia.note"]
        if not is_assess_prompt(note) or any(text != note.get(lang, "") for lang, text in field.values().items()):
            return False
        field.set_values({})
        return True

    def _checked_bases(self) -> list[str]:
        """The ticked legal bases in the purpose's order: those it had first, then newly ticked ones."""
        had = [b.basis for b in self._entry.legal_bases] if self._entry is not None else []
        order = had + [b for b in m.LEGAL_BASES if b not in had]
        return [b for b in order if self.basis_checks[b].isChecked()]

    def _bases_changed(self, toggled: str) -> None:
        if not self._loading and self._requirement_follows:
            self._following = True
            try:
                self.requirement.set_value(_implied_requirement(self._checked_bases()) or "")
            finally:
                self._following = False
        interests = self.texts["legitimate_interest"]
        if (
            not self._loading
            and self.basis_checks["legitimate_interests"].isChecked()
            and not any(text.strip() for text in interests.values().values())
            and toggled == "legitimate_interests"
        ):  # the basis is saved once its interests are described: the cursor goes there
            interests.field_for_typing().setFocus()
        self.edited(True)

    def _consent_note_edited(self) -> None:
        """The note on the consent typed: in each language where what the consent covers said what the note said
        (both empty, at first), it says the new note too. A scope said otherwise, or a note that is a law (the
        catalogue's) beside an empty scope, is left alone."""
        note = self.texts["legal_bases.consent.note"].values()
        before, self._consent_note_before = self._consent_note_before, note
        if self._loading:
            return
        scope = self.texts["consent.scope"].values()
        following = {
            lang: text for lang, text in note.items() if scope.get(lang, "").strip() == before.get(lang, "").strip()
        }
        if any(scope.get(lang) != text for lang, text in following.items()):
            self.texts["consent.scope"].set_values({**scope, **following})

    def _requirement_picked(self, _index: int) -> None:
        if not self._loading and not self._following:
            # an answer the user picks stays; choosing "not stated" or what the bases imply lets it follow again
            value = self.requirement.value() or None
            self._requirement_follows = value in (None, _implied_requirement(self._checked_bases()))

    def _needs_condition(self) -> bool:
        if self._register is None or self._entry is None:
            return False
        sensitive = {d.id for d in self._register.data_categories if d.sensitivity in ("special", "criminal")}
        return bool(sensitive & set(self.data_categories.checked_ids())) or bool(self._entry.special_condition)

    def _condition_chosen(self, index: int) -> None:
        condition = self.condition_choice.itemData(index)
        self.condition_choice.setCurrentIndex(0)
        if condition is not None:
            self.put("special_condition", condition)
            self.edited(True)

    def update_visibility(self) -> None:
        for basis, check in self.basis_checks.items():
            self.texts[f"legal_bases.{basis}.note"].setVisible(check.isChecked())
        self.set_row_visible(self.legitimate_interest, self.basis_checks["legitimate_interests"].isChecked())
        consent = self.basis_checks["consent"].isChecked()
        self.set_row_visible(self.consent_scope, consent)
        self.set_row_visible(self.consent_on_form, consent)
        self.set_row_visible(self.consent_method, consent)
        self.set_row_visible(self.consent_withdrawal, consent)
        self.set_row_visible(self.special_condition, self._needs_condition())
        self.set_row_visible(self.condition_choice, self._needs_condition())
        self.set_row_visible(self.automated_decisions, self.automated.isChecked())
        # a catalogue purpose left to assess brings its reason along: show it before the screening is answered
        self.set_row_visible(self.dpia_note, self.dpia.value() != "unknown" or bool(self.dpia_note.text().strip()))
        self.set_row_visible(self.consequence, bool(self.requirement.value()))


class SourcesForm(EntryForm):
    """Step 5 over the purposes: where the data comes from, how it is obtained, must it be given."""

    KIND = "purposes"

    def build(self) -> None:
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 22)
        grid.setVerticalSpacing(4)
        self.source_checks: dict[str, QCheckBox] = {}
        self.source_notes: dict[str, QLineEdit] = {}
        note_text = QCoreApplication.translate("Forms", "Where exactly, e.g. the order form")

        def make_note() -> QLineEdit:
            note = LineEdit()
            note.setPlaceholderText(note_text)
            return note

        for row, kind in enumerate(m.SOURCE_KINDS):
            check = QCheckBox(word("source_kind", kind))
            name_of_note = f"sources.{kind}.note"
            note = self.text_field(name_of_note, make_note)
            check.toggled.connect(lambda _c: self.edited(True))
            grid.addWidget(check, 2 * row, 0, 1, 2)
            grid.addWidget(self._rows[note], 2 * row + 1, 1)
            self.texts[name_of_note].set_name(check.text())  # the box's note, as a screen reader names it
            self.source_checks[kind] = check
            self.source_notes[kind] = note
            self.fields[f"source_{kind}"] = check
        self.fields["sources"] = self.source_checks["data_subject"]
        self.form.addRow(QCoreApplication.translate("Forms", "Sources:"), grid_box)
        self.collection_method = self.box(
            "collection_method",
            QCoreApplication.translate("Forms", "How it is obtained:"),
            3,
            QCoreApplication.translate("Forms", "e.g. the customer fills in the order form on the website"),
        )

    def fill(self, e: m.Purpose, register: m.Register) -> None:
        notes = {s.kind: s.note for s in e.sources}
        for kind in m.SOURCE_KINDS:
            self.source_checks[kind].setChecked(kind in notes)
            self.put(f"sources.{kind}.note", notes.get(kind))
        self.put("collection_method", e.collection_method)

    def collect(self, e: m.Purpose) -> m.Purpose:
        notes = {s.kind: s.note for s in e.sources}
        order = list(notes) + [k for k in m.SOURCE_KINDS if k not in notes]
        e.sources = [
            m.Source(k, self.taken(f"sources.{k}.note", notes.get(k)))
            for k in order
            if self.source_checks[k].isChecked()
        ]
        e.collection_method = self.taken("collection_method", e.collection_method)
        return e

    def update_visibility(self) -> None:
        for kind, check in self.source_checks.items():
            self.texts[f"sources.{kind}.note"].setVisible(check.isChecked())


class RecipientForm(EntryForm):
    KIND = "recipients"

    def build(self) -> None:
        self.name = self.line("name", QCoreApplication.translate("Forms", "&Name:"))
        self.role = self.combo(
            "role", QCoreApplication.translate("Forms", "&Role:"), enum_items("role", m.RECIPIENT_ROLES)
        )
        self.registration_number = self.line(
            "registration_number", QCoreApplication.translate("Forms", "Registration number:"), translated=False
        )
        self.country = self.combo("country", QCoreApplication.translate("Forms", "Country:"), country_items())
        self.service = self.box(
            "service",
            QCoreApplication.translate("Forms", "What it does with the data:"),
            2,
            QCoreApplication.translate("Forms", "e.g. hosts the website and the online shop"),
        )
        self.has_agreement = QCheckBox(QCoreApplication.translate("Forms", "There is a written a&greement"))
        self.has_agreement.toggled.connect(lambda _c: self.edited(True))
        self.form.addRow("", self.has_agreement)
        self.fields["agreement"] = self.has_agreement
        self.agreement_kind = self.combo(
            "agreement.kind",
            QCoreApplication.translate("Forms", "Agreement:"),
            enum_items("agreement_kind", m.AGREEMENT_KINDS),
        )
        self.signed_on = DateField()
        self.signed_on.changed.connect(lambda: self.edited(True))
        self.signed_on.edited.connect(lambda: self.edited(False))
        self.fields["agreement.signed_on"] = self.signed_on
        self.form.addRow(QCoreApplication.translate("Forms", "Signed on:"), self.signed_on)
        self.review_on = DateField()
        self.review_on.changed.connect(lambda: self.edited(True))
        self.review_on.edited.connect(lambda: self.edited(False))
        self.fields["agreement.review_on"] = self.review_on
        self.form.addRow(QCoreApplication.translate("Forms", "Review by:"), self.review_on)
        self.agreement_note = self.line("agreement.note", QCoreApplication.translate("Forms", "Note on the agreement:"))
        self.has_transfer = QCheckBox(
            QCoreApplication.translate("Forms", "The data is &transferred outside the EU/EEA")
        )
        self.has_transfer.toggled.connect(lambda _c: self.edited(True))
        self.form.addRow("", self.has_transfer)
        self.fields["transfer"] = self.has_transfer
        self.transfer_country = self.combo(
            "transfer.country", QCoreApplication.translate("Forms", "To which country:"), country_items()
        )
        self.safeguard = self.combo(
            "transfer.safeguard",
            QCoreApplication.translate("Forms", "Safeguard:"),
            enum_items("safeguard", m.SAFEGUARDS),
        )
        self.transfer_note = self.line("transfer.note", QCoreApplication.translate("Forms", "Note on the transfer:"))
        self.purposes = self.checklist(
            "purposes", QCoreApplication.translate("Forms", "Receives data for:"), filled_on=steps.PURPOSES
        )
        self.purposes.toggled.connect(lambda purpose_id, on: self._purposes_toggled([purpose_id], on))
        self.purposes.all_toggled.connect(self._purposes_toggled)

    def _purposes_toggled(self, purpose_ids: list[str], checked: bool) -> None:
        self.link_toggled.emit("purposes", purpose_ids, "recipient_ids", checked)

    def fill(self, e: m.Recipient, register: m.Register) -> None:
        self.put("name", e.name)
        self.role.set_value(e.role)
        self.registration_number.setText(e.registration_number)
        self.country.set_items(country_items(e.country))
        self.country.set_value(e.country)
        self.put("service", e.service)
        a = e.agreement
        self.has_agreement.setChecked(a is not None)
        self.agreement_kind.set_value(a.kind if a else "processing_agreement")
        self.signed_on.set_value(a.signed_on if a else None)
        self.review_on.set_value(a.review_on if a else None)
        self.put("agreement.note", a.note if a else None)
        t = e.transfer
        self.has_transfer.setChecked(t is not None)
        self.transfer_country.set_items(country_items(t.country if t else ""))
        self.transfer_country.set_value(t.country if t else "US")
        self.safeguard.set_value(t.safeguard if t else "scc")
        self.put("transfer.note", t.note if t else None)
        self.show_links(register)

    def show_links(self, register: m.Register) -> None:
        mine = self._entry.id
        self.purposes.set_choices(
            self.choices(register.purposes), [p.id for p in register.purposes if mine in p.recipient_ids]
        )

    def collect(self, e: m.Recipient) -> m.Recipient:
        e.name = self.taken("name", e.name)
        e.role = self.role.value()
        e.registration_number = self.registration_number.text()
        e.country = self.country.value() or ""
        e.service = self.taken("service", e.service)
        agreement_note = self.taken("agreement.note", e.agreement.note if e.agreement else None)
        transfer_note = self.taken("transfer.note", e.transfer.note if e.transfer else None)
        e.agreement = (
            m.Agreement(self.agreement_kind.value(), self.signed_on.value(), self.review_on.value(), agreement_note)
            if self.has_agreement.isChecked()
            else None
        )
        e.transfer = (
            m.Transfer(self.transfer_country.value() or "", self.safeguard.value(), transfer_note)
            if self.has_transfer.isChecked()
            else None
        )
        return e

    def update_visibility(self) -> None:
        agreement = self.has_agreement.isChecked()
        for widget in (self.agreement_kind, self.signed_on, self.review_on, self.agreement_note):
            self.set_row_visible(widget, agreement)
        transfer = self.has_transfer.isChecked()
        for widget in (self.transfer_country, self.safeguard, self.transfer_note):
            self.set_row_visible(widget, transfer)


class RetentionForm(EntryForm):
    KIND = "retention_rules"

    def build(self) -> None:
        # how long first: it is what tells one term from another (a new term joins the list once it says it)
        period_box = QWidget()
        row = QHBoxLayout(period_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_period = QCheckBox(QCoreApplication.translate("Forms", "A fixed &period:"))
        self.period_value = QtWidgets.QSpinBox()
        self.period_value.setRange(1, 1000)
        self.period_unit = EnumCombo(period_unit_items(self.period_value.value()))
        self.period_unit.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        for part in (self.period_value, self.period_unit):  # what a screen reader says the number and unit are
            part.setAccessibleName(without_mnemonic(self.has_period.text()))
        row.addWidget(self.has_period)
        row.addWidget(self.period_value)
        row.addWidget(self.period_unit)
        row.addStretch(1)
        self.has_period.toggled.connect(lambda _c: self.edited(True))
        self.period_value.valueChanged.connect(self._unit_follows_count)
        self.period_value.valueChanged.connect(lambda _v: self.edited(False))
        self.period_unit.currentIndexChanged.connect(lambda _i: self.edited(True))
        self.fields["period"] = self.has_period
        self.period_box = period_box
        self.form.addRow(QCoreApplication.translate("Forms", "Kept:"), period_box)
        self.until_event = self.box(
            "until_event",
            QCoreApplication.translate("Forms", "Or until:"),
            2,
            QCoreApplication.translate("Forms", "e.g. until the contract ends"),
        )
        self.legal_reference = self.line(
            "legal_reference",
            QCoreApplication.translate("Forms", "Law that sets it:"),
            QCoreApplication.translate("Forms", "e.g. Accounting Law, Section 28"),
        )
        self.purposes = self.checklist(
            "purpose_ids", QCoreApplication.translate("Forms", "For the purposes:"), filled_on=steps.PURPOSES
        )
        self.purposes.toggled.connect(lambda _i, _c: self.edited(True))
        self.purposes.all_toggled.connect(lambda _i, _c: self.edited(True))
        self.categories = self.checklist("data_category_ids", QCoreApplication.translate("Forms", "Only this data:"))
        self.categories.toggled.connect(lambda _i, _c: self.edited(True))
        self.categories.all_toggled.connect(lambda _i, _c: self.edited(True))
        # said under the list, so that the long sentence does not widen every label of the form
        categories_note = quiet_note(
            QCoreApplication.translate(
                "Forms", "If none is ticked, the term applies to all the data of these purposes."
            )
        )
        self.form.addRow("", categories_note)
        self.then = self.combo(
            "then", QCoreApplication.translate("Forms", "Afterwards the data is:"), enum_items("then", m.THEN_ACTIONS)
        )

    def _unit_follows_count(self, n: int) -> None:
        """“1 gads”, “2 gadi”; “1 год”, “3 года”, “5 лет”: the units' words follow the number (the choice stays)."""
        for index, (_unit, text) in enumerate(period_unit_items(n)):
            self.period_unit.setItemText(index, text)

    KEY = "until_event"  # a new term joins the list once it says how long: a period or until when

    def key_rows(self) -> list[QWidget]:
        return [self.period_box, *super().key_rows()]

    def key_given(self) -> bool:
        return self.has_period.isChecked() or super().key_given()

    def fill(self, e: m.RetentionRule, register: m.Register) -> None:
        self.purposes.set_choices(self.choices(register.purposes), e.purpose_ids)
        self.categories.set_choices(self.choices(register.data_categories), e.data_category_ids)
        self.has_period.setChecked(e.period is not None)
        self.period_value.setValue(e.period.value if e.period else 1)
        self.period_unit.set_value(e.period.unit if e.period else "years")
        self.put("until_event", e.until_event)
        self.put("legal_reference", e.legal_reference)
        self.then.set_value(e.then)

    def collect(self, e: m.RetentionRule) -> m.RetentionRule:
        e.purpose_ids = self.purposes.relinked(e.purpose_ids)
        e.data_category_ids = self.categories.relinked(e.data_category_ids)
        e.period = (
            m.Period(self.period_unit.value(), self.period_value.value()) if self.has_period.isChecked() else None
        )
        e.until_event = self.taken("until_event", e.until_event)
        e.legal_reference = self.taken("legal_reference", e.legal_reference)
        e.then = self.then.value()
        return e

    def update_visibility(self) -> None:
        on = self.has_period.isChecked()
        self.period_value.setEnabled(on)
        self.period_unit.setEnabled(on)
        # with a period the event is when it starts (“3 years” after the transaction), else when the term ends
        label = self.form.labelForField(self.texts["until_event"])
        if isinstance(label, QtWidgets.QLabel):
            label.setText(
                QCoreApplication.translate("Forms", "Term starts:")
                if on
                else QCoreApplication.translate("Forms", "Or until:")
            )
        self.texts["until_event"].set_example(
            QCoreApplication.translate("Forms", "e.g. after the transaction")
            if on
            else QCoreApplication.translate("Forms", "e.g. until the contract ends")
        )


class SecurityForm(EntryForm):
    KIND = "security_measures"

    def build(self) -> None:
        self.name = self.line("name", QCoreApplication.translate("Forms", "&Measure:"))
        self.kind = self.combo(
            "kind", QCoreApplication.translate("Forms", "&Kind:"), enum_items("measure_kind", m.MEASURE_KINDS)
        )
        self.description = self.box("description", QCoreApplication.translate("Forms", "Description:"), 3)

    def fill(self, e: m.SecurityMeasure, register: m.Register) -> None:
        # a new measure of one's own has no kind until the person says which (a guess of “technical” went unseen)
        items = enum_items("measure_kind", m.MEASURE_KINDS)
        if not e.kind:
            items = [(None, QCoreApplication.translate("Forms", "Technical or organisational?")), *items]
        self.kind.set_items(items)
        self.kind.set_value(e.kind)
        self.put("name", e.name)
        self.put("description", e.description)

    def new_entry(self, entry: m.SecurityMeasure) -> m.SecurityMeasure:
        return dataclasses.replace(entry, kind="")  # (unset, as the model's other choices are)

    def saved(self, entry: m.SecurityMeasure, register: m.Register | None = None) -> None:
        super().saved(entry, register)
        if self.kind.findData(None) >= 0 and entry.kind is not None:  # chosen: the question goes
            self.kind.blockSignals(True)
            self.kind.set_items(enum_items("measure_kind", m.MEASURE_KINDS))
            self.kind.set_value(entry.kind)
            self.kind.blockSignals(False)

    def key_rows(self) -> list[QWidget]:
        return [*super().key_rows(), self.kind]

    def key_given(self) -> bool:
        return super().key_given() and self.kind.value() is not None

    def key_unfinished(self) -> tuple[QWidget, str] | None:
        if not super().key_given() or self.kind.value() is not None:
            return None
        return self.kind, QCoreApplication.translate(
            "Forms", "Say whether “%1” is technical or organisational: it is then added to the list (Esc cancels)."
        ).replace("%1", self.key_names()[0])

    def collect(self, e: m.SecurityMeasure) -> m.SecurityMeasure:
        return dataclasses.replace(
            e,
            kind=self.kind.value(),
            name=self.taken("name", e.name),
            description=self.taken("description", e.description),
        )


FORMS: dict[int, type[EntryForm]] = {}


def problem_hint(entry: Any) -> str:
    """Why ``entry`` cannot be saved yet, in words for the person filling the form ("" when it can)."""
    lang = i18n.current()
    problems = m.validate_entry(entry, entry.KIND)
    keys = list(dict.fromkeys(p.key for p in problems))
    hints = [texts.text(lang, f"hints.{key}") for key in keys if texts.has(lang, f"hints.{key}")]
    if problems and not hints:
        hints.append("; ".join(p.message(lang) for p in problems))
    return "\n".join(hints)


def emptied_name_hint(old: Any, new: Any) -> str:
    """Why ``new`` cannot be saved if its name was deleted ("" when it can): the entry stayed in the lists as a
    blank row. (A file may hold an entry without a name, so the format allows one: such an entry can still be
    edited.)"""
    if getattr(old, "name", None) and not getattr(new, "name", True):
        return texts.text(i18n.current(), "hints.name_missing")
    return ""
