"""Rows <-> model: reading the tables into the format's JSON shape, and writing model objects into them.

The reader hands JSON shapes to the model's reader, so every value read from a file is checked there.
The writer works inside a transaction its caller holds (``RegisterFile``).
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from ropa_desktop import __version__
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import DamagedFile
from ropa_desktop.core.gc_pause import gc_paused


def _text_to_column(text: m.Text) -> str:
    """A text as its column holds it: the format's JSON object (``{"lv": "…", "en": "…"}``)."""
    return json.dumps(dict(text), ensure_ascii=False)


def _text_from_column(value: Any) -> Any:
    """A text column read back; anything that is not a JSON object goes on as it is, for the model's reader
    to name it (a damaged file), JSON nested too deep to read too."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except (ValueError, RecursionError):
            return value
    return value


class RowReader:
    """Reads the tables into the JSON shape, so the model's reader checks every value."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path  # named when a value breaks the format's rules

    def damaged(self, detail: Any) -> DamagedFile:
        return DamagedFile("damaged_content", path=str(self.path), detail=detail)

    def organisation(self) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT name, registration_number, address, email, phone, website, processing_locations,"
            " contact_name, contact_role, contact_email, contact_phone FROM organisation"
        ).fetchone()
        if row is None:
            raise self.damaged("organisation")
        dpo = self.conn.execute("SELECT name, email, phone FROM organisation_dpo").fetchone()
        rep = self.conn.execute("SELECT name, address, email, phone FROM organisation_representative").fetchone()
        return {
            "name": row[0],
            "registration_number": row[1],
            "address": row[2],
            "email": row[3],
            "phone": row[4],
            "website": row[5],
            "representative": (
                None if rep is None else dict(zip(("name", "address", "email", "phone"), rep, strict=True))
            ),
            "dpo": None if dpo is None else dict(zip(("name", "email", "phone"), dpo, strict=True)),
            "contact_person": {"name": row[7], "role": _text_from_column(row[8]), "email": row[9], "phone": row[10]},
            "processing_locations": _text_from_column(row[6]),
        }

    def _where(self, column: str, item_id: str | None) -> tuple[str, tuple]:
        return (f" WHERE {column} = ?", (item_id,)) if item_id is not None else ("", ())

    def subject_categories(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {
                "id": r[0],
                "name": _text_from_column(r[1]),
                "description": _text_from_column(r[2]),
                "groups_note": _text_from_column(r[3]),
                "audience": r[4],
            }
            for r in self.conn.execute(
                f"SELECT id, name, description, groups_note, audience FROM subject_categories{where}"
                " ORDER BY position, id",
                args,
            )
        ]

    def data_categories(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {"id": r[0], "name": _text_from_column(r[1]), "description": _text_from_column(r[2]), "sensitivity": r[3]}
            for r in self.conn.execute(
                f"SELECT id, name, description, sensitivity FROM data_categories{where} ORDER BY position, id", args
            )
        ]

    def recipients(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        agreements = {
            r[0]: {"kind": r[1], "signed_on": r[2], "review_on": r[3], "note": _text_from_column(r[4])}
            for r in self.conn.execute(
                f"SELECT recipient_id, kind, signed_on, review_on, note FROM recipient_agreements"
                f"{self._where('recipient_id', item_id)[0]}",
                args,
            )
        }
        transfers = {
            r[0]: {"country": r[1], "safeguard": r[2], "note": _text_from_column(r[3])}
            for r in self.conn.execute(
                f"SELECT recipient_id, country, safeguard, note FROM recipient_transfers"
                f"{self._where('recipient_id', item_id)[0]}",
                args,
            )
        }
        return [
            {
                "id": r[0],
                "name": _text_from_column(r[1]),
                "registration_number": r[2],
                "country": r[3],
                "role": r[4],
                "service": _text_from_column(r[5]),
                "agreement": agreements.get(r[0]),
                "transfer": transfers.get(r[0]),
            }
            for r in self.conn.execute(
                f"SELECT id, name, registration_number, country, role, service FROM recipients{where}"
                " ORDER BY position, id",
                args,
            )
        ]

    def _links(self, table: str, owner_col: str, target_col: str, item_id: str | None) -> dict[str, list[str]]:
        where, args = self._where(owner_col, item_id)
        out: dict[str, list[str]] = {}
        for owner, target in self.conn.execute(
            f"SELECT {owner_col}, {target_col} FROM {table}{where} ORDER BY {owner_col}, position", args
        ):
            out.setdefault(owner, []).append(target)
        return out

    def purposes(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("purpose_id", item_id)
        bases: dict[str, list] = {}
        for pid, basis, note in self.conn.execute(
            f"SELECT purpose_id, basis, note FROM purpose_legal_bases{where} ORDER BY purpose_id, position", args
        ):
            bases.setdefault(pid, []).append({"basis": basis, "note": _text_from_column(note)})
        sources: dict[str, list] = {}
        for pid, kind, note in self.conn.execute(
            f"SELECT purpose_id, kind, note FROM purpose_sources{where} ORDER BY purpose_id, position", args
        ):
            sources.setdefault(pid, []).append({"kind": kind, "note": _text_from_column(note)})
        consents = {
            r[0]: {
                "scope": _text_from_column(r[1]),
                "method": _text_from_column(r[2]),
                "withdrawal": _text_from_column(r[3]),
                "on_form": bool(r[4]),
            }
            for r in self.conn.execute(
                f"SELECT purpose_id, scope, method, withdrawal, on_form FROM purpose_consents{where}", args
            )
        }
        subjects = self._links("purpose_subject_categories", "purpose_id", "subject_category_id", item_id)
        data = self._links("purpose_data_categories", "purpose_id", "data_category_id", item_id)
        recipients = self._links("purpose_recipients", "purpose_id", "recipient_id", item_id)
        out = []
        pwhere, pargs = self._where("id", item_id)
        for r in self.conn.execute(
            "SELECT id, name, description, legitimate_interest, collection_method, requirement_kind,"
            " requirement_consequence, automated_decisions, special_condition, dpia_required, dpia_note,"
            " direct_marketing"
            f" FROM purposes{pwhere} ORDER BY position, id",
            pargs,
        ):
            pid = r[0]
            dpia_required = r[9]
            out.append(
                {
                    "id": pid,
                    "name": _text_from_column(r[1]),
                    "description": _text_from_column(r[2]),
                    "legal_bases": bases.get(pid, []),
                    "legitimate_interest": _text_from_column(r[3]),
                    "subject_category_ids": subjects.get(pid, []),
                    "data_category_ids": data.get(pid, []),
                    "sources": sources.get(pid, []),
                    "collection_method": _text_from_column(r[4]),
                    "recipient_ids": recipients.get(pid, []),
                    "requirement": {"kind": r[5], "consequence": _text_from_column(r[6])},
                    "automated_decisions": _text_from_column(r[7]),
                    "consent": consents.get(pid),
                    "special_condition": _text_from_column(r[8]),
                    "dpia": {
                        "required": None if dpia_required is None else bool(dpia_required),
                        "note": _text_from_column(r[10]),
                    },
                    "direct_marketing": bool(r[11]),
                }
            )
        return out

    def retention_rules(self, item_id: str | None = None) -> list[dict[str, Any]]:
        purposes = self._links("retention_rule_purposes", "retention_rule_id", "purpose_id", item_id)
        data = self._links("retention_rule_data_categories", "retention_rule_id", "data_category_id", item_id)
        where, args = self._where("id", item_id)
        return [
            {
                "id": r[0],
                "purpose_ids": purposes.get(r[0], []),
                "data_category_ids": data.get(r[0], []),
                "period": None if r[1] is None else {r[1]: r[2]},
                "until_event": _text_from_column(r[3]),
                "legal_reference": _text_from_column(r[4]),
                "then": r[5],
            }
            for r in self.conn.execute(
                "SELECT id, period_unit, period_value, until_event, legal_reference, then_action"
                f" FROM retention_rules{where} ORDER BY position, id",
                args,
            )
        ]

    def security_measures(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {"id": r[0], "kind": r[1], "name": _text_from_column(r[2]), "description": _text_from_column(r[3])}
            for r in self.conn.execute(
                f"SELECT id, kind, name, description FROM security_measures{where} ORDER BY position, id", args
            )
        ]

    def identification_rules(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("channel", item_id)
        return [
            {"channel": r[0], "criteria": _text_from_column(r[1])}
            for r in self.conn.execute(
                f"SELECT channel, criteria FROM identification_rules{where} ORDER BY position, channel", args
            )
        ]

    def document_settings(self) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT version, approved_by, approved_on, effective_from FROM document_settings"
        ).fetchone()
        if row is None:
            raise self.damaged("document_settings")
        return {
            "version": row[0],
            "approved_by": _text_from_column(row[1]),
            "approved_on": row[2],
            "effective_from": row[3],
        }

    def requests(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {
                "id": r[0],
                "received_on": r[1],
                "channel": r[2],
                "right": r[3],
                "requester": {"name": r[4], "contact": r[5]},
                "identity_check": r[6],
                "extended_on": r[7],
                "extension_reason": r[8],
                "answered_on": r[9],
                "outcome": r[10],
                "refusal_reason": r[11],
                "note": r[12],
            }
            for r in self.conn.execute(
                "SELECT id, received_on, channel, subject_right, requester_name, requester_contact, identity_check,"
                " extended_on, extension_reason, answered_on, outcome, refusal_reason, note"
                f" FROM requests{where} ORDER BY position, id",
                args,
            )
        ]

    def breaches(self, item_id: str | None = None) -> list[dict[str, Any]]:
        subjects = self._links("breach_subject_categories", "breach_id", "subject_category_id", item_id)
        data = self._links("breach_data_categories", "breach_id", "data_category_id", item_id)
        where, args = self._where("id", item_id)
        return [
            {
                "id": r[0],
                "aware_at": r[1],
                "processor_told_us_at": r[2],
                "description": r[3],
                "subject_category_ids": subjects.get(r[0], []),
                "data_category_ids": data.get(r[0], []),
                "approx_subjects": r[4],
                "approx_records": r[5],
                "consequences": r[6],
                "measures": r[7],
                "risk": r[8],
                "authority_notified_at": r[9],
                "delay_reason": r[10],
                "subjects_informed_at": r[11],
                "decision_note": r[12],
            }
            for r in self.conn.execute(
                "SELECT id, aware_at, processor_told_us_at, description, approx_subjects, approx_records,"
                " consequences, measures, risk, authority_notified_at, delay_reason, subjects_informed_at,"
                f" decision_note FROM breaches{where} ORDER BY position, id",
                args,
            )
        ]

    def register(self) -> dict[str, Any]:
        if self.conn.execute("SELECT 1 FROM register_info").fetchone() is None:
            raise self.damaged("register_info")
        data: dict[str, Any] = {
            "format": m.FORMAT,
            "format_version": m.FORMAT_VERSION,
            "languages": [r[0] for r in self.conn.execute("SELECT language FROM register_languages ORDER BY position")],
            "organisation": self.organisation(),
        }
        for kind in m.LIST_KINDS:
            data[kind] = getattr(self, kind)()
        data["document_settings"] = self.document_settings()
        for kind in m.LOG_KINDS:
            data[kind] = getattr(self, kind)()
        return data


class RowWriter:
    """Writes model objects into the tables (inside a transaction the caller holds)."""

    def __init__(self, conn: sqlite3.Connection, summary: str = "") -> None:
        self.conn = conn
        self.summary = summary  # the change log's words for this write; a writer may refine them
        self.skipped = False

    def skip(self) -> None:
        """Nothing to write after all: the transaction ends without a change or a change-log row."""
        self.skipped = True

    def execute(self, sql: str, args: tuple | list = ()) -> None:
        self.conn.execute(sql, args)

    def register_info(self, languages: list[str]) -> None:
        self.execute("DELETE FROM register_info")
        self.execute(
            "INSERT INTO register_info (singleton, created_at, created_by_app) VALUES (1, ?, ?)",
            (now(), f"ROPA Desktop {__version__}"),
        )
        self.languages(languages)

    def languages(self, languages: list[str]) -> None:
        self.execute("DELETE FROM register_languages")
        self.conn.executemany(
            "INSERT INTO register_languages (position, language) VALUES (?, ?)", list(enumerate(languages))
        )

    def document_settings(self, s: m.DocumentSettings) -> None:
        self.execute("DELETE FROM document_settings")
        self.execute(
            "INSERT INTO document_settings (singleton, version, approved_by, approved_on, effective_from)"
            " VALUES (1, ?, ?, ?, ?)",
            (s.version, _text_to_column(s.approved_by), s.approved_on, s.effective_from),
        )

    def organisation(self, o: m.Organisation) -> None:
        c = o.contact_person
        self.execute("DELETE FROM organisation")
        self.execute(
            "INSERT INTO organisation (singleton, name, registration_number, address, email, phone, website,"
            " processing_locations, contact_name, contact_role, contact_email, contact_phone)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                o.name,
                o.registration_number,
                o.address,
                o.email,
                o.phone,
                o.website,
                _text_to_column(o.processing_locations),
                c.name,
                _text_to_column(c.role),
                c.email,
                c.phone,
            ),
        )
        self.execute("DELETE FROM organisation_dpo")
        if o.dpo is not None:
            self.execute(
                "INSERT INTO organisation_dpo (singleton, name, email, phone) VALUES (1, ?, ?, ?)",
                (o.dpo.name, o.dpo.email, o.dpo.phone),
            )
        self.execute("DELETE FROM organisation_representative")
        if o.representative is not None:
            r = o.representative
            self.execute(
                "INSERT INTO organisation_representative (singleton, name, address, email, phone)"
                " VALUES (1, ?, ?, ?, ?)",
                (r.name, r.address, r.email, r.phone),
            )

    def _links(self, table: str, owner_col: str, target_col: str, owner: str, targets: list[str]) -> None:
        self.execute(f"DELETE FROM {table} WHERE {owner_col} = ?", (owner,))
        self.conn.executemany(
            f"INSERT INTO {table} ({owner_col}, {target_col}, position) VALUES (?, ?, ?)",
            [(owner, t, i) for i, t in enumerate(targets)],
        )

    # Each entry writer upserts the entry's own row at ``position`` and replaces the rows it owns.
    def subject_categories(self, e: m.SubjectCategory, position: int) -> None:
        self.execute(
            "INSERT INTO subject_categories (id, position, name, description, groups_note, audience)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, groups_note=excluded.groups_note, audience=excluded.audience",
            (
                e.id,
                position,
                _text_to_column(e.name),
                _text_to_column(e.description),
                _text_to_column(e.groups_note),
                e.audience,
            ),
        )

    def data_categories(self, e: m.DataCategory, position: int) -> None:
        self.execute(
            "INSERT INTO data_categories (id, position, name, description, sensitivity) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, sensitivity=excluded.sensitivity",
            (e.id, position, _text_to_column(e.name), _text_to_column(e.description), e.sensitivity),
        )

    def recipients(self, e: m.Recipient, position: int) -> None:
        self.execute(
            "INSERT INTO recipients (id, position, name, registration_number, country, role, service)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " registration_number=excluded.registration_number, country=excluded.country, role=excluded.role,"
            " service=excluded.service",
            (
                e.id,
                position,
                _text_to_column(e.name),
                e.registration_number,
                e.country,
                e.role,
                _text_to_column(e.service),
            ),
        )
        self.execute("DELETE FROM recipient_agreements WHERE recipient_id = ?", (e.id,))
        if e.agreement is not None:
            a = e.agreement
            self.execute(
                "INSERT INTO recipient_agreements (recipient_id, kind, signed_on, review_on, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (e.id, a.kind, a.signed_on, a.review_on, _text_to_column(a.note)),
            )
        self.execute("DELETE FROM recipient_transfers WHERE recipient_id = ?", (e.id,))
        if e.transfer is not None:
            t = e.transfer
            self.execute(
                "INSERT INTO recipient_transfers (recipient_id, country, safeguard, note) VALUES (?, ?, ?, ?)",
                (e.id, t.country, t.safeguard, _text_to_column(t.note)),
            )

    def purposes(self, e: m.Purpose, position: int) -> None:
        dpia = None if e.dpia.required is None else int(e.dpia.required)
        self.execute(
            "INSERT INTO purposes (id, position, name, description, legitimate_interest, collection_method,"
            " requirement_kind, requirement_consequence, automated_decisions, special_condition, dpia_required,"
            " dpia_note, direct_marketing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, legitimate_interest=excluded.legitimate_interest,"
            " collection_method=excluded.collection_method, requirement_kind=excluded.requirement_kind,"
            " requirement_consequence=excluded.requirement_consequence,"
            " automated_decisions=excluded.automated_decisions, special_condition=excluded.special_condition,"
            " dpia_required=excluded.dpia_required, dpia_note=excluded.dpia_note,"
            " direct_marketing=excluded.direct_marketing",
            (
                e.id,
                position,
                _text_to_column(e.name),
                _text_to_column(e.description),
                _text_to_column(e.legitimate_interest),
                _text_to_column(e.collection_method),
                e.requirement.kind,
                _text_to_column(e.requirement.consequence),
                _text_to_column(e.automated_decisions),
                _text_to_column(e.special_condition),
                dpia,
                _text_to_column(e.dpia.note),
                int(e.direct_marketing),
            ),
        )
        self.execute("DELETE FROM purpose_legal_bases WHERE purpose_id = ?", (e.id,))
        self.conn.executemany(
            "INSERT INTO purpose_legal_bases (purpose_id, position, basis, note) VALUES (?, ?, ?, ?)",
            [(e.id, i, b.basis, _text_to_column(b.note)) for i, b in enumerate(e.legal_bases)],
        )
        self.execute("DELETE FROM purpose_sources WHERE purpose_id = ?", (e.id,))
        self.conn.executemany(
            "INSERT INTO purpose_sources (purpose_id, position, kind, note) VALUES (?, ?, ?, ?)",
            [(e.id, i, s.kind, _text_to_column(s.note)) for i, s in enumerate(e.sources)],
        )
        self.execute("DELETE FROM purpose_consents WHERE purpose_id = ?", (e.id,))
        if e.consent is not None:
            self.execute(
                "INSERT INTO purpose_consents (purpose_id, scope, method, withdrawal, on_form) VALUES (?, ?, ?, ?, ?)",
                (
                    e.id,
                    _text_to_column(e.consent.scope),
                    _text_to_column(e.consent.method),
                    _text_to_column(e.consent.withdrawal),
                    int(e.consent.on_form),
                ),
            )
        self._links("purpose_subject_categories", "purpose_id", "subject_category_id", e.id, e.subject_category_ids)
        self._links("purpose_data_categories", "purpose_id", "data_category_id", e.id, e.data_category_ids)
        self._links("purpose_recipients", "purpose_id", "recipient_id", e.id, e.recipient_ids)

    def retention_rules(self, e: m.RetentionRule, position: int) -> None:
        unit, value = (None, None) if e.period is None else (e.period.unit, e.period.value)
        self.execute(
            "INSERT INTO retention_rules (id, position, period_unit, period_value, until_event, legal_reference,"
            " then_action) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, period_unit=excluded.period_unit,"
            " period_value=excluded.period_value, until_event=excluded.until_event,"
            " legal_reference=excluded.legal_reference, then_action=excluded.then_action",
            (e.id, position, unit, value, _text_to_column(e.until_event), _text_to_column(e.legal_reference), e.then),
        )
        self._links("retention_rule_purposes", "retention_rule_id", "purpose_id", e.id, e.purpose_ids)
        self._links(
            "retention_rule_data_categories", "retention_rule_id", "data_category_id", e.id, e.data_category_ids
        )

    def security_measures(self, e: m.SecurityMeasure, position: int) -> None:
        self.execute(
            "INSERT INTO security_measures (id, position, kind, name, description) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, kind=excluded.kind, name=excluded.name,"
            " description=excluded.description",
            (e.id, position, e.kind, _text_to_column(e.name), _text_to_column(e.description)),
        )

    def identification_rules(self, e: m.IdentificationRule, position: int) -> None:
        self.execute(
            "INSERT INTO identification_rules (channel, position, criteria) VALUES (?, ?, ?)"
            " ON CONFLICT(channel) DO UPDATE SET position=excluded.position, criteria=excluded.criteria",
            (e.channel, position, _text_to_column(e.criteria)),
        )

    def requests(self, e: m.Request, position: int) -> None:
        self.execute(
            "INSERT INTO requests (id, position, received_on, channel, subject_right, requester_name,"
            " requester_contact, identity_check, extended_on, extension_reason, answered_on, outcome,"
            " refusal_reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, received_on=excluded.received_on,"
            " channel=excluded.channel, subject_right=excluded.subject_right,"
            " requester_name=excluded.requester_name, requester_contact=excluded.requester_contact,"
            " identity_check=excluded.identity_check, extended_on=excluded.extended_on,"
            " extension_reason=excluded.extension_reason, answered_on=excluded.answered_on,"
            " outcome=excluded.outcome, refusal_reason=excluded.refusal_reason, note=excluded.note",
            (
                e.id,
                position,
                e.received_on,
                e.channel,
                e.right,
                e.requester.name,
                e.requester.contact,
                e.identity_check,
                e.extended_on,
                e.extension_reason,
                e.answered_on,
                e.outcome,
                e.refusal_reason,
                e.note,
            ),
        )

    def breaches(self, e: m.Breach, position: int) -> None:
        self.execute(
            "INSERT INTO breaches (id, position, aware_at, processor_told_us_at, description, approx_subjects,"
            " approx_records, consequences, measures, risk, authority_notified_at, delay_reason,"
            " subjects_informed_at, decision_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, aware_at=excluded.aware_at,"
            " processor_told_us_at=excluded.processor_told_us_at, description=excluded.description,"
            " approx_subjects=excluded.approx_subjects, approx_records=excluded.approx_records,"
            " consequences=excluded.consequences, measures=excluded.measures, risk=excluded.risk,"
            " authority_notified_at=excluded.authority_notified_at, delay_reason=excluded.delay_reason,"
            " subjects_informed_at=excluded.subjects_informed_at, decision_note=excluded.decision_note",
            (
                e.id,
                position,
                e.aware_at,
                e.processor_told_us_at,
                e.description,
                e.approx_subjects,
                e.approx_records,
                e.consequences,
                e.measures,
                e.risk,
                e.authority_notified_at,
                e.delay_reason,
                e.subjects_informed_at,
                e.decision_note,
            ),
        )
        self._links("breach_subject_categories", "breach_id", "subject_category_id", e.id, e.subject_category_ids)
        self._links("breach_data_categories", "breach_id", "data_category_id", e.id, e.data_category_ids)

    def everything(self, r: m.Register) -> None:
        with gc_paused():  # rows of every entry: nothing to collect, but the collector would go through them all
            self._everything(r)

    def _everything(self, r: m.Register) -> None:
        for table in (
            "breaches",
            "requests",
            "identification_rules",
            "security_measures",
            "retention_rules",
            "purposes",
            "recipients",
            "data_categories",
            "subject_categories",
            "organisation_representative",
            "organisation_dpo",
            "organisation",
            "document_settings",
            "register_languages",
            "register_info",
        ):
            self.execute(f"DELETE FROM {table}")
        self.register_info(r.languages)
        self.organisation(r.organisation)
        self.document_settings(r.document_settings)
        for kind in (*m.LIST_KINDS, *m.LOG_KINDS):
            write = getattr(self, kind)
            for position, entry in enumerate(r.items(kind)):
                write(entry, position)


# --- references that point at an entry (for delete and undo) -------------------------------

# kind -> [(link table, owner column, column pointing at the entry)]
BACK_REFERENCES: dict[str, list[tuple[str, str, str]]] = {
    "subject_categories": [
        ("purpose_subject_categories", "purpose_id", "subject_category_id"),
        ("breach_subject_categories", "breach_id", "subject_category_id"),
    ],
    "data_categories": [
        ("purpose_data_categories", "purpose_id", "data_category_id"),
        ("retention_rule_data_categories", "retention_rule_id", "data_category_id"),
        ("breach_data_categories", "breach_id", "data_category_id"),
    ],
    "recipients": [("purpose_recipients", "purpose_id", "recipient_id")],
    "purposes": [("retention_rule_purposes", "retention_rule_id", "purpose_id")],
}

# The owner column of a link table -> the table of its owners.
OWNER_TABLES = {"purpose_id": "purposes", "retention_rule_id": "retention_rules", "breach_id": "breaches"}

KEY_COLUMN = {kind: ("channel" if kind == "identification_rules" else "id") for kind in (*m.LIST_KINDS, *m.LOG_KINDS)}


def now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _user_name() -> str:
    import getpass  # (at the first edit, not when a file is opened)

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to refuse an edit
        return ""


def label(entry: Any) -> str:
    """An entry's words for the change log: its name, its channel, or its id."""
    name = getattr(entry, "name", None)
    if isinstance(name, m.Text) and name:
        return next(iter(name.values()))
    return getattr(entry, "channel", "") or getattr(entry, "id", "")


def log_change(conn: sqlite3.Connection, entity: str, entity_id: str, action: str, summary: str) -> None:
    conn.execute(
        "INSERT INTO change_log (changed_at, user_name, entity, entity_id, action, summary) VALUES (?, ?, ?, ?, ?, ?)",
        (now(), _user_name(), entity, entity_id, action, summary[:500]),
    )
