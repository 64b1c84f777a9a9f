"""The breach register (Art. 33(5)): every breach, a live countdown to 72 hours, the decision, the papers."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QSpinBox

from ropa_desktop.core import logs
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import Problem
from ropa_desktop.ui.logs.common import LogPage, MomentField, moment_text, shown_word, word
from ropa_desktop.ui.register_texts import display_text
from ropa_desktop.ui.widgets import CheckList, EnumCombo, TextBox

TICK_MS = 1000


def countdown(left: _dt.timedelta | None, in_column: bool = False) -> str:
    """ "41 h 05 min left" / "3 h 10 min overdue"; empty when the clock does not run (decided, or no moment).

    ``in_column``: for the “Time left” column, whose title already says “left” (“41 h 05 min”).
    """
    if left is None:
        return ""
    minutes = int(abs(left).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    # the units in the window's language ("41 h 05 min", "41 ч 05 мин")
    text = QCoreApplication.translate("Logs", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    if left >= _dt.timedelta(0):
        if in_column:
            return text
        return QCoreApplication.translate("Logs", "%1 left").replace("%1", text)
    return QCoreApplication.translate("Logs", "%1 overdue").replace("%1", text)


def now() -> _dt.datetime:
    return _dt.datetime.now().astimezone()


class BreachesPage(LogPage):
    KIND = "breaches"
    # the facts (three fifths: the data categories' names whole) beside the assessment and who was told: the form
    # fits a 1024×768 screen without scrolling
    COLUMN_SHARES = (3, 2)

    def __init__(self, editing: Any, parent: Any = None) -> None:
        super().__init__(editing, parent)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        """The countdown moves on: the table's cells and the form's deadline line."""
        self.refresh_rows()
        entry = self.current()
        if entry is not None:
            self._show_deadline(entry)

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("Logs", "No."),
            QCoreApplication.translate("Logs", "Became aware at"),  # as the form's field says
            QCoreApplication.translate("Logs", "72-hour deadline"),
            QCoreApplication.translate("Logs", "Time left"),
            QCoreApplication.translate("Logs", "Decision"),
        ]

    def cells(self, entry: m.Breach) -> tuple[list[str], bool]:
        moment = now()
        status = logs.breach_status(entry, moment)
        texts = [
            entry.id,
            moment_text(logs.parse_moment(entry.aware_at)),
            moment_text(logs.deadline(entry)),
            countdown(logs.time_left(entry, moment), in_column=True),
            shown_word("breach_status", status),
        ]
        return texts, status in ("overdue", "notified_late")

    def add_text(self) -> str:
        return QCoreApplication.translate("Logs", "&New breach")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "Logs",
            "No breaches are logged yet. As soon as the company becomes aware of one, add it here with “New breach”: "
            "the 72 hours run from that moment.",
        )

    def new_entry(self) -> m.Breach:
        moment = now().replace(second=0, microsecond=0)
        entry_id = logs.new_log_id(self.KIND, moment.date().isoformat(), [e.id for e in self.entries()])
        return m.Breach(id=entry_id, aware_at=moment.isoformat(timespec="seconds"))

    FIELDS = {
        "aware_at": "aware",
        "processor_told_us_at": "processor_told",
        "authority_notified_at": "notified",
        "subjects_informed_at": "informed",
        "delay_reason": "delay_reason",
        "decision_note": "decision_note",
    }

    def entry_problems(self, entry: m.Breach) -> list[Problem]:
        return logs.breach_problems(entry, today=_dt.date.today())

    def build_form(self) -> None:
        f = self.form
        self.aware = MomentField(QCoreApplication.translate("Logs", "known"))
        f.addRow(QCoreApplication.translate("Logs", "Became aware at"), self.aware)
        self.deadline = QLabel()
        f.addRow(QCoreApplication.translate("Logs", "Notify the Inspectorate by"), self.deadline)
        self.processor_told = MomentField(QCoreApplication.translate("Logs", "told us at"))
        f.addRow(QCoreApplication.translate("Logs", "Processor"), self.processor_told)
        self.description = TextBox(3)
        f.addRow(QCoreApplication.translate("Logs", "What happened"), self.description)
        self.subjects = CheckList()
        f.addRow(QCoreApplication.translate("Logs", "People concerned"), self.subjects)
        self.approx_subjects = self._count()
        f.addRow(QCoreApplication.translate("Logs", "About how many people"), self.approx_subjects)
        self.data = CheckList()
        f.addRow(QCoreApplication.translate("Logs", "Data concerned"), self.data)
        self.approx_records = self._count()
        f.addRow(QCoreApplication.translate("Logs", "About how many records"), self.approx_records)
        f = self.forms[1]  # what is made of it: the assessment and who was told
        f.setRowWrapPolicy(f.RowWrapPolicy.WrapAllRows)  # a narrower column: its labels above its fields,
        f.setVerticalSpacing(5)  # each close to its own field
        self.consequences = TextBox(2)
        f.addRow(QCoreApplication.translate("Logs", "Likely consequences"), self.consequences)
        self.measures = TextBox(2)
        f.addRow(QCoreApplication.translate("Logs", "Measures taken and proposed"), self.measures)
        unknown = QCoreApplication.translate("Logs", "Not yet assessed")
        self.risk = EnumCombo([(None, unknown), *((r, shown_word("risk", r)) for r in m.RISKS)])
        f.addRow(QCoreApplication.translate("Logs", "Risk to people"), self.risk)
        self.notified = MomentField(QCoreApplication.translate("Logs", "notified at"))
        f.addRow(QCoreApplication.translate("Logs", "Data State Inspectorate"), self.notified)
        self.delay_reason = TextBox(2)
        # greyed until it applies, as a request's reasons are: the placeholder says what opens it
        self.delay_reason.setPlaceholderText(
            QCoreApplication.translate("Logs", "If the Inspectorate is notified later than 72 hours: why (Art. 33(1))")
        )
        f.addRow(QCoreApplication.translate("Logs", "Reasons for the delay"), self.delay_reason)
        self.informed = MomentField(QCoreApplication.translate("Logs", "informed at"))
        f.addRow(QCoreApplication.translate("Logs", "Communication to the people concerned"), self.informed)
        self.decision_note = TextBox(2)
        self.decision_note.setPlaceholderText(
            QCoreApplication.translate("Logs", "Why neither the Inspectorate nor the people concerned are told")
        )
        f.addRow(QCoreApplication.translate("Logs", "Decision not to notify"), self.decision_note)
        for field in (self.aware, self.processor_told, self.notified, self.informed):
            field.changed.connect(self.save)
            field.toggled.connect(self.save)
        for box in (self.description, self.consequences, self.measures, self.delay_reason, self.decision_note):
            box.editingFinished.connect(self.save)
        for check in (self.subjects, self.data):
            check.toggled.connect(self.save)
        for spin in (self.approx_subjects, self.approx_records):
            spin.editingFinished.connect(self.save)
        self.risk.currentIndexChanged.connect(self.save)

    @staticmethod
    def _count() -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(-1, 2_000_000_000)
        spin.setSpecialValueText(QCoreApplication.translate("Logs", "not known"))
        spin.setValue(-1)
        return spin

    def show_entry(self, entry: m.Breach) -> None:
        register = self.editing.register
        self.aware.set_value(entry.aware_at)
        self.processor_told.set_value(entry.processor_told_us_at)
        self.description.setText(entry.description)
        self.subjects.set_choices(
            [(c.id, display_text(c.name, register)) for c in register.subject_categories], entry.subject_category_ids
        )
        self.data.set_choices(
            [(c.id, display_text(c.name, register)) for c in register.data_categories], entry.data_category_ids
        )
        self.approx_subjects.setValue(-1 if entry.approx_subjects is None else entry.approx_subjects)
        self.approx_records.setValue(-1 if entry.approx_records is None else entry.approx_records)
        self.consequences.setText(entry.consequences)
        self.measures.setText(entry.measures)
        self.risk.set_value(entry.risk)
        self.notified.set_value(entry.authority_notified_at)
        self.delay_reason.setText(entry.delay_reason)
        self.informed.set_value(entry.subjects_informed_at)
        self.decision_note.setText(entry.decision_note)
        self._show_deadline(entry)

    def entry_from_form(self, entry: m.Breach) -> m.Breach:
        entry.aware_at = self.aware.value()
        entry.processor_told_us_at = self.processor_told.value()
        entry.description = self.description.text()
        entry.subject_category_ids = self.subjects.checked_ids()
        entry.data_category_ids = self.data.checked_ids()
        entry.approx_subjects = None if self.approx_subjects.value() < 0 else self.approx_subjects.value()
        entry.approx_records = None if self.approx_records.value() < 0 else self.approx_records.value()
        entry.consequences = self.consequences.text()
        entry.measures = self.measures.text()
        entry.risk = self.risk.value()
        entry.authority_notified_at = self.notified.value()
        entry.delay_reason = self.delay_reason.text()
        entry.subjects_informed_at = self.informed.value()
        entry.decision_note = self.decision_note.text()
        return entry

    def after_save(self, entry: m.Breach) -> None:
        self._show_deadline(entry)

    def _show_deadline(self, entry: m.Breach) -> None:
        moment = now()
        deadline = logs.deadline(entry)
        parts = [moment_text(deadline, zone=True)] if deadline else ["—"]
        left = countdown(logs.time_left(entry, moment))
        parts.append(left or word("breach_status", logs.breach_status(entry, moment)))
        self.deadline.setText(" · ".join(parts))
        notified = logs.parse_moment(entry.authority_notified_at)
        late = notified is not None and deadline is not None and notified > deadline
        self.delay_reason.setEnabled(late or bool(entry.delay_reason.strip()))

    def letter_options(self) -> dict[str, Any]:
        return {"now": now()}
