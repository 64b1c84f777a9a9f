"""The requests log: every request a person made (Art. 12, 15-22), its due date, status and letters."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ropa_desktop.core import logs
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import Problem
from ropa_desktop.ui.logs.common import LogPage, day_text, shown_word, word
from ropa_desktop.ui.register_texts import main_text
from ropa_desktop.ui.widgets import DateField, EnumCombo, LineEdit, TextBox


class RequestsPage(LogPage):
    KIND = "requests"

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("Logs", "No."),
            QCoreApplication.translate("Logs", "Received"),
            QCoreApplication.translate("Logs", "Right"),
            QCoreApplication.translate("Logs", "Requester"),
            QCoreApplication.translate("Logs", "Answer due"),
            QCoreApplication.translate("Logs", "Status"),
        ]

    def cells(self, entry: m.Request) -> tuple[list[str], bool]:
        due = logs.due_on(entry)
        status = logs.request_status(entry, _dt.date.today())
        texts = [
            entry.id,
            day_text(entry.received_on),
            shown_word("right", entry.right),
            entry.requester.name,
            day_text(due.isoformat() if due else None),
            shown_word("request_status", status),
        ]
        return texts, status in ("overdue", "answered_late")

    def add_text(self) -> str:
        return QCoreApplication.translate("Logs", "&New request")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "Logs", "No requests are logged yet. When someone makes one, add it here with “New request”."
        )

    def new_entry(self) -> m.Request:
        today = _dt.date.today().isoformat()
        entry_id = logs.new_log_id(self.KIND, today, [e.id for e in self.entries()])
        return m.Request(id=entry_id, received_on=today)

    FIELDS = {
        "received_on": "received",
        "extended_on": "extended",
        "extension_reason": "extension_reason",
        "answered_on": "answered",
        "outcome": "outcome",
        "refusal_reason": "refusal_reason",
    }

    def entry_problems(self, entry: m.Request) -> list[Problem]:
        return logs.request_problems(entry, today=_dt.date.today())

    def build_form(self) -> None:
        f = self.form
        self.received = DateField()
        self.received.changed.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Received on"), self.received)
        self.channel = EnumCombo([(c, shown_word("channel", c)) for c in m.CHANNELS])
        self.channel.currentIndexChanged.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "How it arrived"), self.channel)
        self.right = EnumCombo([(r, shown_word("right", r)) for r in m.RIGHTS])
        self.right.currentIndexChanged.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Right"), self.right)
        self.name = LineEdit()
        self.name.editingFinished.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Requester"), self.name)
        self.contact = LineEdit()
        self.contact.setPlaceholderText(QCoreApplication.translate("Logs", "e-mail, phone or address for the answer"))
        self.contact.editingFinished.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Contact"), self.contact)

        self.identity = TextBox(2)
        self.identity.editingFinished.connect(self.save)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.use_rule = QPushButton(QCoreApplication.translate("Logs", "Use the register’s rule"))
        self.use_rule.clicked.connect(self.take_rule)
        rule_row = QWidget()
        row = QHBoxLayout(rule_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rule, 1)
        row.addWidget(self.use_rule)
        f.addRow(QCoreApplication.translate("Logs", "How identity was checked"), self.identity)
        f.addRow("", rule_row)

        self.due = QLabel()
        f.addRow(QCoreApplication.translate("Logs", "Answer due"), self.due)
        self.extended = DateField()
        self.extended.changed.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Person told of an extension on"), self.extended)
        self.extension_reason = TextBox(2)
        # greyed until it applies: the placeholder says what opens it
        self.extension_reason.setPlaceholderText(
            QCoreApplication.translate(
                "Logs", "Once the date above is given: why the deadline is extended (Art. 12(3))"
            )
        )
        self.extension_reason.editingFinished.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Reasons for the extension"), self.extension_reason)
        self.answered = DateField()
        self.answered.changed.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Answered on"), self.answered)
        self.outcome = EnumCombo([(None, "—"), *((o, shown_word("outcome", o)) for o in m.OUTCOMES)])
        self.outcome.currentIndexChanged.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Outcome"), self.outcome)
        self.refusal_reason = TextBox(2)
        self.refusal_reason.setPlaceholderText(
            QCoreApplication.translate("Logs", "If the request is refused in whole or in part: why (Art. 12(4))")
        )
        self.refusal_reason.editingFinished.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Reasons for the refusal"), self.refusal_reason)
        self.note = TextBox(2)
        self.note.editingFinished.connect(self.save)
        f.addRow(QCoreApplication.translate("Logs", "Note"), self.note)

    def show_entry(self, entry: m.Request) -> None:
        self.received.set_value(entry.received_on)
        self.channel.set_value(entry.channel)
        self.right.set_value(entry.right)
        self.name.setText(entry.requester.name)
        self.contact.setText(entry.requester.contact)
        self.identity.setText(entry.identity_check)
        self.extended.set_value(entry.extended_on)
        self.extension_reason.setText(entry.extension_reason)
        self.answered.set_value(entry.answered_on)
        self.outcome.set_value(entry.outcome)
        self.refusal_reason.setText(entry.refusal_reason)
        self.note.setText(entry.note)
        self.after_save(entry)

    def entry_from_form(self, entry: m.Request) -> m.Request:
        entry.received_on = self.received.value()
        entry.channel = self.channel.value()
        entry.right = self.right.value()
        entry.requester = m.Requester(name=self.name.text().strip(), contact=self.contact.text().strip())
        entry.identity_check = self.identity.text()
        entry.extended_on = self.extended.value()
        entry.extension_reason = self.extension_reason.text()
        entry.answered_on = self.answered.value()
        entry.outcome = self.outcome.value()
        entry.refusal_reason = self.refusal_reason.text()
        entry.note = self.note.text()
        return entry

    def after_save(self, entry: m.Request) -> None:
        """The due date, the rule for the channel, and the fields that apply."""
        due = logs.due_on(entry)
        received = logs._date(entry.received_on)
        if due is None or received is None:
            self.due.setText("—")
        else:
            status = logs.request_status(entry, _dt.date.today())
            text = f"{day_text(due.isoformat())} ({word('request_status', status)})"
            if not entry.extended_on and status == "open":  # (answered or past it, the extension is no longer news)
                text += " · " + QCoreApplication.translate(
                    "Logs", "the person must be told of an extension by %1"
                ).replace("%1", day_text(logs.first_due(received).isoformat()))
            self.due.setText(text)
        criteria = self.rule_criteria(entry.channel)
        if criteria:
            self.rule.setText(QCoreApplication.translate("Logs", "The register’s rule: %1").replace("%1", criteria))
        else:
            self.rule.setText(
                QCoreApplication.translate("Logs", "The register has no identification rule for this channel.")
            )
        self.use_rule.setEnabled(bool(criteria) and not self.editing.read_only)
        self.extension_reason.setEnabled(entry.extended_on is not None)
        self.refusal_reason.setEnabled(entry.outcome in ("refused", "partly_granted"))

    def rule_criteria(self, channel: str) -> str:
        """The register's identification rule for ``channel``, in the register's main language."""
        rule = self.editing.register.find("identification_rules", channel)
        if rule is None:
            return ""
        return main_text(rule.criteria, self.editing.register).strip()

    def take_rule(self) -> None:
        """Copy the register's rule for the channel into "how identity was checked"."""
        criteria = self.rule_criteria(self.channel.value())
        if criteria:
            self.identity.setText(criteria)
            self.save()

    def letter_options(self) -> dict[str, Any]:
        return {"today": _dt.date.today()}
