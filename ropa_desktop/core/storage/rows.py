"""Rows <-> model: reading the tables into the format's JSON shape, and writing model objects into them.

The reader hands JSON shapes to the model's reader, so every value read from a file is checked there.
The writer works inside a transaction its caller holds (``RegisterFile``).
"""

from __future__ import annotations

import datetime as _dt
import getpass
import sqlite3
from typing import Any

from ropa_desktop import __version__
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import DamagedFile


class RowReader:
    """Reads the tables into the JSON shape, so the model's reader checks every value."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def organisation(self) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT name, registration_number, address, email, phone, website, processing_locations,"
            " contact_name, contact_role, contact_email, contact_phone FROM organisation"
        ).fetchone()
        if row is None:
            raise DamagedFile("damaged_content", detail="organisation")
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
            "contact_person": dict(zip(("name", "role", "email", "phone"), row[7:11], strict=True)),
            "processing_locations": row[6],
        }

    def _where(self, column: str, item_id: str | None) -> tuple[str, tuple]:
        return (f" WHERE {column} = ?", (item_id,)) if item_id is not None else ("", ())

    def subject_categories(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {"id": r[0], "name": r[1], "description": r[2], "groups_note": r[3]}
            for r in self.conn.execute(
                f"SELECT id, name, description, groups_note FROM subject_categories{where} ORDER BY position, id", args
            )
        ]

    def data_categories(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        return [
            {"id": r[0], "name": r[1], "description": r[2], "sensitivity": r[3]}
            for r in self.conn.execute(
                f"SELECT id, name, description, sensitivity FROM data_categories{where} ORDER BY position, id", args
            )
        ]

    def recipients(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("id", item_id)
        agreements = {
            r[0]: {"kind": r[1], "signed_on": r[2], "review_on": r[3], "note": r[4]}
            for r in self.conn.execute(
                f"SELECT recipient_id, kind, signed_on, review_on, note FROM recipient_agreements"
                f"{self._where('recipient_id', item_id)[0]}",
                args,
            )
        }
        transfers = {
            r[0]: {"country": r[1], "safeguard": r[2], "note": r[3]}
            for r in self.conn.execute(
                f"SELECT recipient_id, country, safeguard, note FROM recipient_transfers"
                f"{self._where('recipient_id', item_id)[0]}",
                args,
            )
        }
        return [
            {
                "id": r[0],
                "name": r[1],
                "registration_number": r[2],
                "country": r[3],
                "role": r[4],
                "service": r[5],
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
            bases.setdefault(pid, []).append({"basis": basis, "note": note})
        sources: dict[str, list] = {}
        for pid, kind, note in self.conn.execute(
            f"SELECT purpose_id, kind, note FROM purpose_sources{where} ORDER BY purpose_id, position", args
        ):
            sources.setdefault(pid, []).append({"kind": kind, "note": note})
        consents = {
            r[0]: {"method": r[1], "withdrawal": r[2]}
            for r in self.conn.execute(f"SELECT purpose_id, method, withdrawal FROM purpose_consents{where}", args)
        }
        subjects = self._links("purpose_subject_categories", "purpose_id", "subject_category_id", item_id)
        data = self._links("purpose_data_categories", "purpose_id", "data_category_id", item_id)
        recipients = self._links("purpose_recipients", "purpose_id", "recipient_id", item_id)
        out = []
        pwhere, pargs = self._where("id", item_id)
        for r in self.conn.execute(
            "SELECT id, name, description, legitimate_interest, collection_method, requirement_kind,"
            " requirement_consequence, automated_decisions, special_condition, dpia_required, dpia_note"
            f" FROM purposes{pwhere} ORDER BY position, id",
            pargs,
        ):
            pid = r[0]
            dpia_required = r[9]
            out.append(
                {
                    "id": pid,
                    "name": r[1],
                    "description": r[2],
                    "legal_bases": bases.get(pid, []),
                    "legitimate_interest": r[3],
                    "subject_category_ids": subjects.get(pid, []),
                    "data_category_ids": data.get(pid, []),
                    "sources": sources.get(pid, []),
                    "collection_method": r[4],
                    "recipient_ids": recipients.get(pid, []),
                    "requirement": {"kind": r[5], "consequence": r[6]},
                    "automated_decisions": r[7],
                    "consent": consents.get(pid),
                    "special_condition": r[8],
                    "dpia": {"required": None if dpia_required is None else bool(dpia_required), "note": r[10]},
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
                "until_event": r[3],
                "legal_reference": r[4],
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
            {"id": r[0], "kind": r[1], "name": r[2], "description": r[3]}
            for r in self.conn.execute(
                f"SELECT id, kind, name, description FROM security_measures{where} ORDER BY position, id", args
            )
        ]

    def identification_rules(self, item_id: str | None = None) -> list[dict[str, Any]]:
        where, args = self._where("channel", item_id)
        return [
            {"channel": r[0], "criteria": r[1]}
            for r in self.conn.execute(
                f"SELECT channel, criteria FROM identification_rules{where} ORDER BY position, channel", args
            )
        ]

    def document_settings(self) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT version, approved_by, approved_on, effective_from FROM document_settings"
        ).fetchone()
        if row is None:
            raise DamagedFile("damaged_content", detail="document_settings")
        return dict(zip(("version", "approved_by", "approved_on", "effective_from"), row, strict=True))

    def register(self) -> dict[str, Any]:
        info = self.conn.execute("SELECT language FROM register_info").fetchone()
        if info is None:
            raise DamagedFile("damaged_content", detail="register_info")
        data: dict[str, Any] = {
            "format": m.FORMAT,
            "format_version": m.FORMAT_VERSION,
            "language": info[0],
            "organisation": self.organisation(),
        }
        for kind in m.LIST_KINDS:
            data[kind] = getattr(self, kind)()
        data["document_settings"] = self.document_settings()
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

    def x(self, sql: str, args: tuple | list = ()) -> None:
        self.conn.execute(sql, args)

    def register_info(self, language: str) -> None:
        self.x("DELETE FROM register_info")
        self.x(
            "INSERT INTO register_info (singleton, language, created_at, created_by_app) VALUES (1, ?, ?, ?)",
            (language, now(), f"ROPA Desktop {__version__}"),
        )

    def language(self, language: str) -> None:
        self.x("UPDATE register_info SET language = ?", (language,))

    def document_settings(self, s: m.DocumentSettings) -> None:
        self.x("DELETE FROM document_settings")
        self.x(
            "INSERT INTO document_settings (singleton, version, approved_by, approved_on, effective_from)"
            " VALUES (1, ?, ?, ?, ?)",
            (s.version, s.approved_by, s.approved_on, s.effective_from),
        )

    def organisation(self, o: m.Organisation) -> None:
        c = o.contact_person
        self.x("DELETE FROM organisation")
        self.x(
            "INSERT INTO organisation (singleton, name, registration_number, address, email, phone, website,"
            " processing_locations, contact_name, contact_role, contact_email, contact_phone)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (o.name, o.registration_number, o.address, o.email, o.phone, o.website, o.processing_locations,
             c.name, c.role, c.email, c.phone),
        )
        self.x("DELETE FROM organisation_dpo")
        if o.dpo is not None:
            self.x(
                "INSERT INTO organisation_dpo (singleton, name, email, phone) VALUES (1, ?, ?, ?)",
                (o.dpo.name, o.dpo.email, o.dpo.phone),
            )
        self.x("DELETE FROM organisation_representative")
        if o.representative is not None:
            r = o.representative
            self.x(
                "INSERT INTO organisation_representative (singleton, name, address, email, phone)"
                " VALUES (1, ?, ?, ?, ?)",
                (r.name, r.address, r.email, r.phone),
            )

    def _links(self, table: str, owner_col: str, target_col: str, owner: str, targets: list[str]) -> None:
        self.x(f"DELETE FROM {table} WHERE {owner_col} = ?", (owner,))
        self.conn.executemany(
            f"INSERT INTO {table} ({owner_col}, {target_col}, position) VALUES (?, ?, ?)",
            [(owner, t, i) for i, t in enumerate(targets)],
        )

    # Each entry writer upserts the entry's own row at ``position`` and replaces the rows it owns.
    def subject_categories(self, e: m.SubjectCategory, position: int) -> None:
        self.x(
            "INSERT INTO subject_categories (id, position, name, description, groups_note) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, groups_note=excluded.groups_note",
            (e.id, position, e.name, e.description, e.groups_note),
        )

    def data_categories(self, e: m.DataCategory, position: int) -> None:
        self.x(
            "INSERT INTO data_categories (id, position, name, description, sensitivity) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, sensitivity=excluded.sensitivity",
            (e.id, position, e.name, e.description, e.sensitivity),
        )

    def recipients(self, e: m.Recipient, position: int) -> None:
        self.x(
            "INSERT INTO recipients (id, position, name, registration_number, country, role, service)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " registration_number=excluded.registration_number, country=excluded.country, role=excluded.role,"
            " service=excluded.service",
            (e.id, position, e.name, e.registration_number, e.country, e.role, e.service),
        )
        self.x("DELETE FROM recipient_agreements WHERE recipient_id = ?", (e.id,))
        if e.agreement is not None:
            a = e.agreement
            self.x(
                "INSERT INTO recipient_agreements (recipient_id, kind, signed_on, review_on, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (e.id, a.kind, a.signed_on, a.review_on, a.note),
            )
        self.x("DELETE FROM recipient_transfers WHERE recipient_id = ?", (e.id,))
        if e.transfer is not None:
            t = e.transfer
            self.x(
                "INSERT INTO recipient_transfers (recipient_id, country, safeguard, note) VALUES (?, ?, ?, ?)",
                (e.id, t.country, t.safeguard, t.note),
            )

    def purposes(self, e: m.Purpose, position: int) -> None:
        dpia = None if e.dpia.required is None else int(e.dpia.required)
        self.x(
            "INSERT INTO purposes (id, position, name, description, legitimate_interest, collection_method,"
            " requirement_kind, requirement_consequence, automated_decisions, special_condition, dpia_required,"
            " dpia_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, name=excluded.name,"
            " description=excluded.description, legitimate_interest=excluded.legitimate_interest,"
            " collection_method=excluded.collection_method, requirement_kind=excluded.requirement_kind,"
            " requirement_consequence=excluded.requirement_consequence,"
            " automated_decisions=excluded.automated_decisions, special_condition=excluded.special_condition,"
            " dpia_required=excluded.dpia_required, dpia_note=excluded.dpia_note",
            (e.id, position, e.name, e.description, e.legitimate_interest, e.collection_method, e.requirement.kind,
             e.requirement.consequence, e.automated_decisions, e.special_condition, dpia, e.dpia.note),
        )
        self.x("DELETE FROM purpose_legal_bases WHERE purpose_id = ?", (e.id,))
        self.conn.executemany(
            "INSERT INTO purpose_legal_bases (purpose_id, position, basis, note) VALUES (?, ?, ?, ?)",
            [(e.id, i, b.basis, b.note) for i, b in enumerate(e.legal_bases)],
        )
        self.x("DELETE FROM purpose_sources WHERE purpose_id = ?", (e.id,))
        self.conn.executemany(
            "INSERT INTO purpose_sources (purpose_id, position, kind, note) VALUES (?, ?, ?, ?)",
            [(e.id, i, s.kind, s.note) for i, s in enumerate(e.sources)],
        )
        self.x("DELETE FROM purpose_consents WHERE purpose_id = ?", (e.id,))
        if e.consent is not None:
            self.x(
                "INSERT INTO purpose_consents (purpose_id, method, withdrawal) VALUES (?, ?, ?)",
                (e.id, e.consent.method, e.consent.withdrawal),
            )
        self._links("purpose_subject_categories", "purpose_id", "subject_category_id", e.id, e.subject_category_ids)
        self._links("purpose_data_categories", "purpose_id", "data_category_id", e.id, e.data_category_ids)
        self._links("purpose_recipients", "purpose_id", "recipient_id", e.id, e.recipient_ids)

    def retention_rules(self, e: m.RetentionRule, position: int) -> None:
        unit, value = (None, None) if e.period is None else (e.period.unit, e.period.value)
        self.x(
            "INSERT INTO retention_rules (id, position, period_unit, period_value, until_event, legal_reference,"
            " then_action) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, period_unit=excluded.period_unit,"
            " period_value=excluded.period_value, until_event=excluded.until_event,"
            " legal_reference=excluded.legal_reference, then_action=excluded.then_action",
            (e.id, position, unit, value, e.until_event, e.legal_reference, e.then),
        )
        self._links("retention_rule_purposes", "retention_rule_id", "purpose_id", e.id, e.purpose_ids)
        self._links(
            "retention_rule_data_categories", "retention_rule_id", "data_category_id", e.id, e.data_category_ids
        )

    def security_measures(self, e: m.SecurityMeasure, position: int) -> None:
        self.x(
            "INSERT INTO security_measures (id, position, kind, name, description) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET position=excluded.position, kind=excluded.kind, name=excluded.name,"
            " description=excluded.description",
            (e.id, position, e.kind, e.name, e.description),
        )

    def identification_rules(self, e: m.IdentificationRule, position: int) -> None:
        self.x(
            "INSERT INTO identification_rules (channel, position, criteria) VALUES (?, ?, ?)"
            " ON CONFLICT(channel) DO UPDATE SET position=excluded.position, criteria=excluded.criteria",
            (e.channel, position, e.criteria),
        )

    def everything(self, r: m.Register) -> None:
        for table in (
            "identification_rules", "security_measures", "retention_rules", "purposes", "recipients",
            "data_categories", "subject_categories", "organisation_representative", "organisation_dpo",
            "organisation", "document_settings", "register_info",
        ):
            self.x(f"DELETE FROM {table}")
        self.register_info(r.language)
        self.organisation(r.organisation)
        self.document_settings(r.document_settings)
        for kind in m.LIST_KINDS:
            write = getattr(self, kind)
            for position, entry in enumerate(r.items(kind)):
                write(entry, position)


# --- references that point at an entry (for delete and undo) -------------------------------

# kind -> [(link table, owner column, column pointing at the entry)]
BACK_REFERENCES: dict[str, list[tuple[str, str, str]]] = {
    "subject_categories": [("purpose_subject_categories", "purpose_id", "subject_category_id")],
    "data_categories": [
        ("purpose_data_categories", "purpose_id", "data_category_id"),
        ("retention_rule_data_categories", "retention_rule_id", "data_category_id"),
    ],
    "recipients": [("purpose_recipients", "purpose_id", "recipient_id")],
    "purposes": [("retention_rule_purposes", "retention_rule_id", "purpose_id")],
}

KEY_COLUMN = {kind: ("channel" if kind == "identification_rules" else "id") for kind in m.LIST_KINDS}



def now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to refuse an edit
        return ""


def label(entry: Any) -> str:
    """An entry's words for the change log: its name, its channel, or its id."""
    return getattr(entry, "name", "") or getattr(entry, "channel", "") or getattr(entry, "id", "")


def log_change(conn: sqlite3.Connection, entity: str, entity_id: str, action: str, summary: str) -> None:
    conn.execute(
        "INSERT INTO change_log (changed_at, user_name, entity, entity_id, action, summary) VALUES (?, ?, ?, ?, ?, ?)",
        (now(), _user_name(), entity, entity_id, action, summary[:500]),
    )
