"""Step 1: the register's languages, the company as the controller, who handles data protection."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ropa_desktop.core import languages
from ropa_desktop.core import model as m
from ropa_desktop.ui import forms, steps
from ropa_desktop.ui.debounce import Debouncer
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.pages.base import StepPage, align_labels, scroll
from ropa_desktop.ui.register_texts import language_names, merged_text, register_languages, text_values
from ropa_desktop.ui.widgets import EnumCombo, LineEdit, TextInLanguages, name_by_labels


class LanguagesBox(QGroupBox):
    """The register's languages: the main one, and the others every text is kept in too."""

    chosen = Signal(list)  # the languages now, main first

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("Pages", "Languages of the register"))
        self.form = form = forms.form_layout()
        self.setLayout(form)
        names = language_names()
        self.main = EnumCombo([(code, names[code]) for code in languages.DOCUMENT_CODES])
        self.main.currentIndexChanged.connect(lambda _i: self._main_changed())
        self._main_before = ""
        form.addRow(QCoreApplication.translate("Pages", "Main language:"), self.main)
        row = QHBoxLayout()
        self.others: dict[str, QCheckBox] = {}
        for code in languages.DOCUMENT_CODES:
            check = QCheckBox(names[code])
            check.toggled.connect(lambda _c: self._changed())
            row.addWidget(check)
            self.others[code] = check
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("Pages", "Also kept in:"), row)
        note = forms.quiet_note(
            QCoreApplication.translate(
                "Pages",
                "Every text is typed in each of these languages, and the documents can be printed in each. "
                "A text not yet translated prints in the main language.",
            )
        )
        form.addRow(note)  # across the box: a form gives a note beside no label twice its lines' height
        self._loading = False

    def set_languages(self, codes: list[str]) -> None:
        self._loading = True
        self._main_before = codes[0]
        self.main.set_value(codes[0])
        for code, check in self.others.items():
            check.setChecked(code in codes[1:])
            check.setVisible(code != codes[0])
        self._loading = False

    def languages(self) -> list[str]:
        main = self.main.value()
        return [main, *(code for code, check in self.others.items() if check.isChecked() and code != main)]

    def _main_changed(self) -> None:
        """Another main language: the one it was stays kept with the others (its texts are not dropped)."""
        main, before = self.main.value(), self._main_before
        if self._loading or main == before:
            return
        self._loading = True
        if before in self.others:
            self.others[before].setChecked(True)
            self.others[before].setVisible(True)
        self.others[main].setVisible(False)
        self._main_before = main
        self._loading = False
        self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.chosen.emit(self.languages())


class OrganisationForm(QWidget):
    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._loading = False
        self.fields: dict[str, QWidget] = {}
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, TextInLanguages] = {}  # the texts kept in every language of the register
        self._forms: list[QFormLayout] = []  # their labels get one width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.languages_box = LanguagesBox()
        layout.addWidget(self.languages_box)
        self._forms.append(self.languages_box.form)
        company = QGroupBox(QCoreApplication.translate("Pages", "The controller"))
        form = self._form_layout()
        company.setLayout(form)
        self._line(form, "name", QCoreApplication.translate("Pages", "Company &name:"), "SIA “…”")
        self._line(form, "registration_number", QCoreApplication.translate("Pages", "Registration number:"))
        self._line(form, "address", QCoreApplication.translate("Pages", "Legal address:"))
        self._line(form, "email", QCoreApplication.translate("Pages", "E-mail:"))
        self._line(form, "phone", QCoreApplication.translate("Pages", "Phone:"))
        self._line(form, "website", QCoreApplication.translate("Pages", "Website:"))
        self._line(
            form,
            "processing_locations",
            QCoreApplication.translate("Pages", "Where data is processed:"),
            QCoreApplication.translate("Pages", "e.g. Republic of Latvia"),
            translated=True,
        )
        layout.addWidget(company)

        contact = QGroupBox(QCoreApplication.translate("Pages", "Who handles data protection in the company"))
        form = self._form_layout()
        contact.setLayout(form)
        self._line(form, "contact_person.name", QCoreApplication.translate("Pages", "Name:"))
        self._line(
            form,
            "contact_person.role",
            QCoreApplication.translate("Pages", "Position:"),
            QCoreApplication.translate("Pages", "e.g. administrator"),
            translated=True,
        )
        self._line(form, "contact_person.email", QCoreApplication.translate("Pages", "E-mail:"))
        self._line(form, "contact_person.phone", QCoreApplication.translate("Pages", "Phone:"))
        self.fields["contact_person"] = self.fields["contact_person.name"]
        layout.addWidget(contact)

        name, email, phone = (
            QCoreApplication.translate("Pages", "Name:"),
            QCoreApplication.translate("Pages", "E-mail:"),
            QCoreApplication.translate("Pages", "Phone:"),
        )
        self.has_dpo, self.dpo_box = self._optional_person(
            layout,
            "dpo",
            QCoreApplication.translate("Pages", "The company has appointed a data protection &officer (DPO, Art. 37)"),
            QCoreApplication.translate("Pages", "Data protection officer"),
            [("name", name), ("email", email), ("phone", phone)],
        )
        self.has_rep, self.rep_box = self._optional_person(
            layout,
            "representative",
            QCoreApplication.translate(
                "Pages", "The company is established outside the EU and has a &representative in the EU (Art. 27)"
            ),
            QCoreApplication.translate("Pages", "Representative in the EU"),
            [
                ("name", name),
                ("address", QCoreApplication.translate("Pages", "Address:")),
                ("email", email),
                ("phone", phone),
            ],
        )
        layout.addStretch(1)
        align_labels(self._forms)
        for form in self._forms:
            name_by_labels(form)

    def _form_layout(self) -> QFormLayout:
        form = forms.form_layout()
        self._forms.append(form)
        return form

    def _optional_person(
        self, layout: QVBoxLayout, key: str, question: str, title: str, lines: list[tuple[str, str]]
    ) -> tuple[QCheckBox, QGroupBox]:
        """A person the company may have (DPO, EU representative): a checkbox that shows their details."""
        has = QCheckBox(question)
        has.toggled.connect(self._toggled)
        layout.addWidget(has)
        box = QGroupBox(title)
        form = self._form_layout()
        box.setLayout(form)
        for field, label in lines:
            self._line(form, f"{key}.{field}", label)
        self.fields[key] = has
        layout.addWidget(box)
        return has, box

    def _line(
        self, form: QFormLayout, name: str, label: str, placeholder: str = "", *, translated: bool = False
    ) -> None:
        """A one-line field; ``translated``: a text kept in every language of the register (a field each)."""

        def make() -> QLineEdit:
            edit = LineEdit()
            edit.setPlaceholderText(placeholder)
            return edit

        if translated:
            field = TextInLanguages(make)
            field.edited.connect(lambda: self._typed(""))
            self.texts[name] = field
            self.fields[name] = field.main
            form.addRow(label, field)
            return
        edit = make()
        edit.textEdited.connect(self._typed)
        self.fields[name] = edit
        self.lines[name] = edit
        form.addRow(label, edit)

    def _typed(self, _text: str) -> None:
        if not self._loading:
            self.changed.emit(False)

    def _toggled(self) -> None:
        self.dpo_box.setVisible(self.has_dpo.isChecked())
        self.rep_box.setVisible(self.has_rep.isChecked())
        if not self._loading:
            self.changed.emit(True)

    def text(self, name: str) -> str:
        return self.lines[name].text()

    @staticmethod
    def _value(org: m.Organisation, name: str) -> Any:
        obj: Any = org
        for part in name.split("."):
            obj = getattr(obj, part, "") if obj is not None else ""
        return obj

    def load(self, org: m.Organisation, register: m.Register) -> None:
        self._loading = True
        codes = register_languages(register)
        self.languages_box.set_languages(list(codes))
        for name, widget in self.lines.items():
            widget.setText(self._value(org, name) or "")
        for name, field in self.texts.items():
            field.set_languages(codes, language_names())
            field.set_values(text_values(self._value(org, name)))
        self.has_dpo.setChecked(org.dpo is not None)
        self.has_rep.setChecked(org.representative is not None)
        self._loading = False
        self._toggled_quiet()

    def _toggled_quiet(self) -> None:
        self.dpo_box.setVisible(self.has_dpo.isChecked())
        self.rep_box.setVisible(self.has_rep.isChecked())

    def organisation(self, old: m.Organisation) -> m.Organisation:
        t = self.text
        role = merged_text(old.contact_person.role, self.texts["contact_person.role"].values())
        locations = merged_text(old.processing_locations, self.texts["processing_locations"].values())
        return dataclasses.replace(
            old,
            name=t("name"),
            registration_number=t("registration_number"),
            address=t("address"),
            email=t("email"),
            phone=t("phone"),
            website=t("website"),
            processing_locations=locations,
            contact_person=m.ContactPerson(
                t("contact_person.name"), role, t("contact_person.email"), t("contact_person.phone")
            ),
            dpo=m.Dpo(t("dpo.name"), t("dpo.email"), t("dpo.phone")) if self.has_dpo.isChecked() else None,
            representative=(
                m.Representative(
                    t("representative.name"),
                    t("representative.address"),
                    t("representative.email"),
                    t("representative.phone"),
                )
                if self.has_rep.isChecked()
                else None
            ),
        )


class CompanyPage(StepPage):
    def __init__(self, editing: EditingController) -> None:
        super().__init__(editing, steps.COMPANY)
        self.form = OrganisationForm()
        self.form.changed.connect(self._changed)
        self.form.languages_box.chosen.connect(self._languages_chosen)
        self.body.addWidget(scroll(self.form), 1)
        self._dirty = False
        self.save_later = Debouncer(self, self.save_now)

    def refresh(self) -> None:
        self.save_later.cancel()
        self._dirty = False
        self.form.load(self.register.organisation, self.register)

    def _languages_chosen(self, codes: list[str]) -> None:
        """Other languages: what is typed is saved first, then every text shows a field per language."""
        old = list(self.register.languages)
        if codes != old and self.flush() and self.editing.set_languages(old, codes):
            self.refresh()
        else:
            self.form.languages_box.set_languages(list(self.register.languages))

    def _changed(self, immediate: bool) -> None:
        self._dirty = True
        self.save_later.changed(immediate)

    def flush(self) -> bool:
        self.save_later.cancel()
        if not self._dirty:
            return True
        old = self.register.organisation
        new = self.form.organisation(old)
        if new == old:
            self._dirty = False
            return True
        if not self.editing.set_organisation(old, new):
            return False
        self._dirty = False
        return True

    def set_editable(self, editable: bool) -> None:
        self.form.setEnabled(editable)

    def focus_field(self, entity_id: str, field: str) -> None:
        widget = self.form.fields.get(field) or self.form.fields.get(field.split(".")[0]) or self.form.fields["name"]
        widget.setFocus()  # (reason: Qt.FocusReason.OtherFocusReason)
