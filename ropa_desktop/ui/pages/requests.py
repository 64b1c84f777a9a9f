"""Step 9: how a person who asks about their data is identified, one field per channel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ropa_desktop.core import model as m
from ropa_desktop.ui import forms, picker, steps
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.pages.base import StepPage, scroll
from ropa_desktop.ui.register_texts import language_names, merged_text, register_languages, text_values
from ropa_desktop.ui.widgets import TextBox, TextInLanguages, name_by_labels


class RequestsPage(StepPage):
    """How a person who asks about their data is identified, one field per channel."""

    def __init__(self, editing: EditingController) -> None:
        super().__init__(editing, steps.REQUESTS)
        self._dirty: set[str] = set()
        box = QGroupBox(QCoreApplication.translate("Pages", "How the person is identified before an answer is given"))
        form = forms.form_layout()
        box.setLayout(form)
        self.fields: dict[str, TextBox] = {}  # the main language's box per channel
        self.texts: dict[str, TextInLanguages] = {}  # every language's box per channel
        placeholders = {
            "phone": QCoreApplication.translate(
                "Pages", "e.g. no personal data is given by phone; the person is asked to write"
            ),
            "email": QCoreApplication.translate(
                "Pages", "e.g. only from the e-mail address already known to the company"
            ),
            "in_person": QCoreApplication.translate("Pages", "e.g. with a passport or identity card"),
            "post": QCoreApplication.translate("Pages", "e.g. a signed request; the answer goes to the known address"),
            "online": QCoreApplication.translate("Pages", "e.g. signed with an e-signature (eParaksts)"),
        }
        for channel in m.CHANNELS:

            def make(text: str = placeholders[channel]) -> TextBox:
                edit = TextBox(2)
                edit.setPlaceholderText(text)
                return edit

            field = TextInLanguages(make)
            field.edited.connect(lambda c=channel: self._changed(c))
            self.texts[channel] = field
            self.fields[channel] = field.main
            form.addRow(forms.word("channel", channel) + ":", field)
        name_by_labels(form)
        self.hint = QLabel(
            QCoreApplication.translate(
                "Pages", "Leave a channel empty if the company does not accept requests that way."
            )
        )
        self.hint.setWordWrap(True)
        self.catalogue_button = QPushButton(QCoreApplication.translate("Pages", "From the &catalogue…"))
        self.catalogue_button.clicked.connect(self.from_catalogue)
        if not editing.catalogue_has("identification_rules"):  # (shown before it has a parent, it would be a window)
            self.catalogue_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.catalogue_button)
        row.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(box)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.body.addWidget(scroll(content), 1)
        self._loading = False
        self.save_later = Debouncer(self, self.save_now)

    def refresh(self) -> None:
        self.save_later.cancel()
        self._dirty.clear()
        self._loading = True
        rules = {r.channel: r.criteria for r in self.register.identification_rules}
        codes = register_languages(self.register)
        for channel, field in self.texts.items():
            field.set_languages(codes, language_names())
            field.set_values(text_values(rules.get(channel)))
        self._loading = False

    def _changed(self, channel: str) -> None:
        if self._loading:
            return
        self._dirty.add(channel)
        self.save_later.poke()

    def flush(self) -> bool:
        self.save_later.cancel()
        for channel in list(self._dirty):
            values = self.texts[channel].values()
            old = self.register.find("identification_rules", channel)
            criteria = merged_text(old.criteria if old is not None else None, values)
            empty = not any(v.strip() for v in criteria.values())
            if old is None and not empty:
                ok = bool(self.editing.add_entries([m.IdentificationRule(channel, criteria)]))
            elif old is not None and empty:
                ok = self.editing.delete_entry("identification_rules", channel)
            elif old is not None and old.criteria != criteria:
                ok = self.editing.update_entry(old, m.IdentificationRule(channel, criteria), self)
            else:
                ok = True
            if not ok:
                return False
            self._dirty.discard(channel)
        return True

    def from_catalogue(self) -> None:
        if self.flush():
            picker.open_picker(self.editing, "identification_rules", self)

    def set_editable(self, editable: bool) -> None:
        self.catalogue_button.setEnabled(editable)
        for field in self.texts.values():
            for edit in field.fields.values():
                edit.setReadOnly(not editable)

    def focus_field(self, entity_id: str, field: str) -> None:
        channel = entity_id if entity_id in self.fields else field if field in self.fields else m.CHANNELS[0]
        self.fields[channel].setFocus(Qt.FocusReason.OtherFocusReason)
