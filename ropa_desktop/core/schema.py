"""The SQLite schema of a register file, as sqlite-utils migrations.

Each migration runs in one transaction together with its record in
``_sqlite_migrations`` and the new ``PRAGMA user_version``, so a file is
always at exactly one schema version.  Tables and columns are named so that an
accountant can read the file in any SQLite browser: no blobs, one row per thing.

sqlite-utils is imported only when a file is created or upgraded: opening a
file checks its schema against ``expected_objects``, which runs the same
migration functions on an in-memory database without it (a test keeps the two
equal), so the app starts without loading sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# "ROPA" in ASCII: marks a file as a register of this application.
APPLICATION_ID = 0x524F5041


@dataclass
class _Migration:
    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


class _Migrations:
    """The migrations in order, registered like sqlite-utils' ``Migrations`` (which is built from them to apply)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[_Migration] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable:
        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            self._migrations.append(_Migration(name or fn.__name__, fn, transactional))
            return fn

        return register

    def sqlite_utils(self) -> Any:
        from sqlite_utils import Migrations

        real = Migrations(self.name)
        for migration in self._migrations:
            real(name=migration.name, transactional=migration.transactional)(migration.fn)
        return real


migrations = _Migrations("ropa_desktop")

# What sqlite-utils adds to keep its record of applied migrations (tests/test_schema_objects.py
# checks these against sqlite-utils itself).
BOOKKEEPING_OBJECTS = frozenset({
    ("table", "_sqlite_migrations",
     'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT,'
     ' "applied_at" TEXT )'),
    ("index", "idx__sqlite_migrations_migration_set_name",
     'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations"'
     ' ("migration_set", "name")'),
})


def _run(db: Database, script: str, version: int) -> None:
    # executescript() would commit the migration's transaction; run one by one.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {int(version)}")


def _enum(column: str, values: tuple[str, ...], nullable: bool = False) -> str:
    allowed = ", ".join(f"'{v}'" for v in values)
    check = f"{column} IN ({allowed})"
    return f"CHECK ({column} IS NULL OR {check})" if nullable else f"CHECK ({check})"


def _initial_schema() -> str:
    from ropa_desktop.core import model as m

    return f"""
CREATE TABLE register_info (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    language TEXT NOT NULL {_enum("language", m.LANGUAGES)},
    created_at TEXT NOT NULL,
    created_by_app TEXT NOT NULL
) STRICT;
CREATE TABLE document_settings (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    version TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    approved_on TEXT,
    effective_from TEXT
) STRICT;
CREATE TABLE organisation (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    address TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    website TEXT NOT NULL,
    processing_locations TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_role TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL
) STRICT;
CREATE TABLE organisation_dpo (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL
) STRICT;
CREATE TABLE organisation_representative (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL
) STRICT;
CREATE TABLE subject_categories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    groups_note TEXT NOT NULL
) STRICT;
CREATE TABLE data_categories (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    sensitivity TEXT NOT NULL {_enum("sensitivity", m.SENSITIVITIES)}
) STRICT;
CREATE TABLE recipients (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT NOT NULL {_enum("role", m.RECIPIENT_ROLES)},
    service TEXT NOT NULL
) STRICT;
CREATE TABLE recipient_agreements (
    recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind TEXT NOT NULL {_enum("kind", m.AGREEMENT_KINDS)},
    signed_on TEXT,
    review_on TEXT,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE recipient_transfers (
    recipient_id TEXT PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    country TEXT NOT NULL,
    safeguard TEXT NOT NULL {_enum("safeguard", m.SAFEGUARDS)},
    note TEXT NOT NULL
) STRICT;
CREATE TABLE purposes (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    legitimate_interest TEXT NOT NULL,
    collection_method TEXT NOT NULL,
    requirement_kind TEXT {_enum("requirement_kind", m.REQUIREMENT_KINDS, nullable=True)},
    requirement_consequence TEXT NOT NULL,
    automated_decisions TEXT NOT NULL,
    special_condition TEXT NOT NULL,
    dpia_required INTEGER CHECK (dpia_required IS NULL OR dpia_required IN (0, 1)),
    dpia_note TEXT NOT NULL
) STRICT;
CREATE TABLE purpose_legal_bases (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    basis TEXT NOT NULL {_enum("basis", m.LEGAL_BASES)},
    note TEXT NOT NULL,
    PRIMARY KEY (purpose_id, basis)
) STRICT;
CREATE TABLE purpose_consents (
    purpose_id TEXT PRIMARY KEY REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    method TEXT NOT NULL,
    withdrawal TEXT NOT NULL
) STRICT;
CREATE TABLE purpose_sources (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL {_enum("kind", m.SOURCE_KINDS)},
    note TEXT NOT NULL,
    PRIMARY KEY (purpose_id, position)
) STRICT;
CREATE TABLE purpose_subject_categories (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    subject_category_id TEXT NOT NULL REFERENCES subject_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (purpose_id, subject_category_id)
) STRICT;
CREATE TABLE purpose_data_categories (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (purpose_id, data_category_id)
) STRICT;
CREATE TABLE purpose_recipients (
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    recipient_id TEXT NOT NULL REFERENCES recipients(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (purpose_id, recipient_id)
) STRICT;
CREATE TABLE retention_rules (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    period_unit TEXT {_enum("period_unit", m.PERIOD_UNITS, nullable=True)},
    period_value INTEGER CHECK ((period_unit IS NULL) = (period_value IS NULL)
        AND (period_value IS NULL OR period_value > 0)),
    until_event TEXT NOT NULL,
    legal_reference TEXT NOT NULL,
    then_action TEXT NOT NULL {_enum("then_action", m.THEN_ACTIONS)}
) STRICT;
CREATE TABLE retention_rule_purposes (
    retention_rule_id TEXT NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE ON UPDATE CASCADE,
    purpose_id TEXT NOT NULL REFERENCES purposes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (retention_rule_id, purpose_id)
) STRICT;
CREATE TABLE retention_rule_data_categories (
    retention_rule_id TEXT NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE ON UPDATE CASCADE,
    data_category_id TEXT NOT NULL REFERENCES data_categories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (retention_rule_id, data_category_id)
) STRICT;
CREATE TABLE security_measures (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL {_enum("kind", m.MEASURE_KINDS)},
    name TEXT NOT NULL,
    description TEXT NOT NULL
) STRICT;
CREATE TABLE identification_rules (
    channel TEXT PRIMARY KEY {_enum("channel", m.CHANNELS)},
    position INTEGER NOT NULL,
    criteria TEXT NOT NULL
) STRICT;
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    changed_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL
) STRICT
"""


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run(db, _initial_schema(), 1)


@migrations()
def m002_reverse_lookup_indexes(db: Database) -> None:
    """Indexes for the columns that point at categories and recipients.

    Deleting a data category or checking who uses it scans the link tables by
    their second column; with a thousand purposes that wants an index.
    """
    _run(
        db,
        """
CREATE INDEX purpose_subject_categories_by_category ON purpose_subject_categories(subject_category_id);
CREATE INDEX purpose_data_categories_by_category ON purpose_data_categories(data_category_id);
CREATE INDEX purpose_recipients_by_recipient ON purpose_recipients(recipient_id);
CREATE INDEX retention_rule_purposes_by_purpose ON retention_rule_purposes(purpose_id);
CREATE INDEX retention_rule_data_categories_by_category ON retention_rule_data_categories(data_category_id)
""",
        2,
    )


SCHEMA_VERSION = len(migrations._migrations)
MIGRATION_NAMES = [m.name for m in migrations._migrations]


def apply(conn: sqlite3.Connection, stop_before: str | None = None) -> None:
    from sqlite_utils import Database

    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    migrations.sqlite_utils().apply(db, stop_before=stop_before)


class _Statements:
    """Just enough of sqlite-utils' ``Database`` for the migration functions: ``execute`` and ``conn``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)


def expected_objects(version: int) -> set[tuple[str, str, str]]:
    """The (type, name, sql) of every schema object a file of ``version`` holds."""
    return set(_expected_objects(version, tuple(m.name for m in migrations._migrations[:version])))


@cache
def _expected_objects(version: int, names: tuple[str, ...]) -> frozenset[tuple[str, str, str]]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migration in migrations._migrations[:version]:
            migration.fn(_Statements(conn))
        return frozenset(schema_objects(conn) | BOOKKEEPING_OBJECTS)
    finally:
        conn.close()


def schema_objects(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    # sqlite_stat* tables appear when any SQLite tool runs ANALYZE; they are harmless.
    rows = conn.execute(
        "SELECT type, name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    ).fetchall()
    return {(t, n, " ".join(s.split())) for t, n, s in rows}
