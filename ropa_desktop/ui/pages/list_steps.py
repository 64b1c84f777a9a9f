"""The list steps: which columns each table shows and which form sits below it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ropa_desktop.core import labels
from ropa_desktop.ui import dpia_screening, forms, i18n, steps
from ropa_desktop.ui.editing import EditingController
from ropa_desktop.ui.pages.lists import ListStepPage
from ropa_desktop.ui.register_texts import display_text


def _bases(purpose) -> str:
    return forms.words("legal_basis", (b.basis for b in purpose.legal_bases))


def _sources(purpose) -> str:
    return forms.words("source_kind", (s.kind for s in purpose.sources))


def _kept(rule, register) -> str:
    parts = []
    if rule.period is not None:
        parts.append(labels.period(i18n.current(), rule.period))
    if rule.until_event:
        parts.append(display_text(rule.until_event, register))
    return " · ".join(parts)


class DataCategoriesPage(ListStepPage):
    """Data categories, with the purposes that use each one (worked out once per refresh; the purposes are
    named only for the rows on screen)."""

    used_by: dict[str, list[Any]]

    def work_out(self) -> None:
        used: dict[str, list[Any]] = {}
        for purpose in self.register.purposes:
            for cat in purpose.data_category_ids:
                used.setdefault(cat, []).append(purpose)
        self.used_by = used

    def links_changed(self) -> None:
        self.work_out()
        super().links_changed()

    def used_for(self, category: Any) -> str:
        return ", ".join(display_text(p.name, self.register) for p in self.used_by.get(category.id, []))


class PurposesPage(ListStepPage):
    """The purposes, and “DPIA screening…” to answer for several of them at once whether an impact assessment is
    needed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.screening_button = QPushButton(QCoreApplication.translate("Pages", "DPIA &screening…"))
        self.screening_button.clicked.connect(self.screen_dpia)
        self.buttons_row.insertWidget(self.buttons_row.indexOf(self.delete_button) + 1, self.screening_button)
        self.setTabOrder(self.delete_button, self.screening_button)
        self._update_quick_buttons()

    def _update_quick_buttons(self) -> None:
        super()._update_quick_buttons()
        button = getattr(self, "screening_button", None)  # (not made yet while the table is first filled)
        if button is not None:
            has_purposes = bool(self.entries())
            button.setEnabled(self._editable and has_purposes)
            if has_purposes:
                tip = QCoreApplication.translate(
                    "Pages", "Answer for several purposes at once whether an impact assessment is needed (Art. 35)"
                )
            else:
                tip = QCoreApplication.translate("Pages", "Add a purpose first: there is nothing to answer for yet")
            button.setToolTip(tip)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._update_quick_buttons()

    def screen_dpia(self) -> None:
        if not self.flush():
            return
        dpia_screening.open_screening(self.editing, self)


class RetentionPage(ListStepPage):
    """Retention terms, with the purposes each one is for (named only for the rows on screen)."""

    purposes: dict[str, Any]

    def work_out(self) -> None:
        self.purposes = {p.id: p for p in self.register.purposes}

    def purpose_names(self, rule: Any) -> str:
        def name(purpose_id: str) -> str:
            purpose = self.purposes.get(purpose_id)
            return display_text(purpose.name, self.register) if purpose is not None else purpose_id

        return ", ".join(map(name, rule.purpose_ids))


# the categories of data subjects offered as one-click buttons on the Data subjects step
COMMON_SUBJECTS = ("clients", "employees")


def make(editing: EditingController, step: int) -> ListStepPage:
    def name(entry: Any) -> str:
        return display_text(entry.name, editing.register)

    if step == steps.SUBJECTS:
        subjects_page = ListStepPage(
            editing,
            step,
            "subject_categories",
            [
                (lambda: QCoreApplication.translate("Columns", "Category"), name),
                (
                    lambda: QCoreApplication.translate("Columns", "Who belongs to it"),
                    lambda e: display_text(e.description, editing.register),
                ),
            ],
            forms.SubjectForm(),
        )
        # nearly every company has customers and staff: each is one click away (the button goes once it is added)
        catalogue = editing.catalogue()
        for key in COMMON_SUBJECTS[::-1]:  # (each is put right after “From the catalogue…”)
            entry = catalogue.get("subject_categories", key) if catalogue else None
            if entry is not None:
                title = entry.make().name.pick(i18n.current(), "en")
                subjects_page.add_quick_button(key, f"+ {title}")
                subjects_page.quick_buttons[key].setToolTip(
                    QCoreApplication.translate("Pages", "Add “%1” from the catalogue in one click").replace("%1", title)
                )
        return subjects_page
    if step == steps.PURPOSES:
        return PurposesPage(
            editing,
            step,
            "purposes",
            [
                (lambda: QCoreApplication.translate("Columns", "Purpose"), name),
                (lambda: QCoreApplication.translate("Columns", "Legal basis"), _bases),
            ],
            forms.PurposeForm(),
        )
    if step == steps.DATA:
        data_page = DataCategoriesPage(
            editing,
            step,
            "data_categories",
            [
                (lambda: QCoreApplication.translate("Columns", "Data category"), name),
                (
                    lambda: QCoreApplication.translate("Columns", "Kind"),
                    lambda e: forms.word("sensitivity", e.sensitivity),
                ),
                (lambda: QCoreApplication.translate("Columns", "Used for"), lambda e: data_page.used_for(e)),
            ],
            forms.DataCategoryForm(),
        )
        data_page.used_by = {}
        data_page.table.horizontalHeader().resizeSection(1, 280)  # “Valsts piešķirts identifikācijas numurs …”
        return data_page
    if step == steps.SOURCES:
        return ListStepPage(
            editing,
            step,
            "purposes",
            [
                (lambda: QCoreApplication.translate("Columns", "Purpose"), name),
                (lambda: QCoreApplication.translate("Columns", "Where the data comes from"), _sources),
            ],
            forms.SourcesForm(),
            can_add=False,
        )
    if step == steps.RECIPIENTS:
        page: ListStepPage = ListStepPage(
            editing,
            step,
            "recipients",
            [
                (lambda: QCoreApplication.translate("Columns", "Recipient"), name),
                (lambda: QCoreApplication.translate("Columns", "Role"), lambda e: forms.word("role", e.role)),
                (
                    lambda: QCoreApplication.translate("Columns", "Country"),
                    lambda e: labels.country(i18n.current(), e.country),
                ),
            ],
            forms.RecipientForm(),
        )
        page.table.horizontalHeader().resizeSection(1, 220)
        catalogue = editing.catalogue()
        if catalogue and catalogue.get("recipients", "mozello") is not None:
            page.add_quick_button("mozello", QCoreApplication.translate("Pages", "+ &Mozello SIA"))
            page.quick_buttons["mozello"].setToolTip(
                QCoreApplication.translate(
                    "Pages", "Add Mozello SIA, the platform behind the website and online shop, in one click"
                )
            )
        return page
    if step == steps.RETENTION:
        retention_page = RetentionPage(
            editing,
            step,
            "retention_rules",
            [
                (
                    lambda: QCoreApplication.translate("Columns", "For the purposes"),
                    lambda e: retention_page.purpose_names(e),
                ),
                (lambda: QCoreApplication.translate("Columns", "How long"), lambda e: _kept(e, editing.register)),
            ],
            forms.RetentionForm(),
        )
        retention_page.purposes = {}
        # a term has no name: Review and the check call it by its number, shown beside its row
        retention_page.model.numbered = True
        retention_page.table.verticalHeader().show()
        return retention_page
    if step == steps.SECURITY:
        page = ListStepPage(
            editing,
            step,
            "security_measures",
            [
                (lambda: QCoreApplication.translate("Columns", "Measure"), name),
                (lambda: QCoreApplication.translate("Columns", "Kind"), lambda e: forms.word("measure_kind", e.kind)),
            ],
            forms.SecurityForm(),
        )
        return page
    raise ValueError(step)
