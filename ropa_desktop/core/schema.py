"""The SQLite schema of a register file, as sqlite-utils migrations.

Each migration runs in one transaction together with its record in
``_sqlite_migrations`` and the new ``PRAGMA user_version``, so a file is
always at exactly one schema version.  Tables and columns are named so that an
accountant can read the file in any SQLite browser: no blobs, one row per thing.

sqlite-utils is imported only when a file is created or upgraded: opening a
file checks its schema against ``expected_objects``, which runs the same
migration functions on an in-memory database without it (a test keeps the two
equal), so the app starts without loading sqlite-utils.  For the current version
the result is frozen in ``schema_snapshot.py`` (building it costs every start 3 ms);
a test builds it again and compares.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ropa_desktop.core import schema_history as history
from ropa_desktop.core import schema_snapshot

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
BOOKKEEPING_OBJECTS = frozenset(
    {
        (
            "table",
            "_sqlite_migrations",
            'CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT,'
            ' "applied_at" TEXT )',
        ),
        (
            "index",
            "idx__sqlite_migrations_migration_set_name",
            'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations"'
            ' ("migration_set", "name")',
        ),
    }
)


def _run(db: Database, script: str, version: int) -> None:
    # executescript() would commit the migration's transaction; run one by one.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {int(version)}")


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run(db, history.V1_TABLES, 1)


@migrations()
def m002_reverse_lookup_indexes(db: Database) -> None:
    """Indexes for the columns that point at categories and recipients.

    Deleting a data category or checking who uses it scans the link tables by
    their second column; with a thousand purposes that wants an index.
    """
    _run(db, history.V2_REVERSE_LOOKUP_INDEXES, 2)


@migrations()
def m003_values_checked_by_the_model(db: Database) -> None:
    """The CHECK constraints on allowed values go: the model checks them, so a language or a value the app
    learns later can be stored in a file made earlier.

    Removing a CHECK constraint changes no row on disk; SQLite's documentation of ALTER TABLE ("making other
    kinds of table schema changes") gives this way: each table's stored text is replaced and the schema
    version stepped, in the migration's transaction.
    """
    (schema_version,) = db.execute("PRAGMA schema_version").fetchone()
    db.execute("PRAGMA writable_schema = ON")
    try:
        for table, sql in history.V3_TABLES_WITHOUT_VALUE_CHECKS.items():
            db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql.strip(), table))
        db.execute(f"PRAGMA schema_version = {int(schema_version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    db.execute("PRAGMA user_version = 3")


@migrations()
def m004_format_version_2(db: Database) -> None:
    """Format version 2: every text a JSON object of languages, the register's languages, the audience of a
    subject category, direct marketing, the consent's scope and form, and the requests and breaches logs.

    The content is converted as ``core/version1.py`` converts a version-1 JSON file (so a file and its JSON
    export give the same register): each text becomes ``{language: text}`` with the catalogue's other
    languages where it equals a catalogue text, and the audience and direct marketing come from the catalogue.
    """
    _run(db, history.V4_FORMAT_2, 4)
    _format_2_content(db)


def _format_2_content(db: Any) -> None:
    row = db.execute("SELECT language FROM register_languages WHERE position = 0").fetchone()
    if row is None:  # a file being created: no content yet
        return
    import json

    from ropa_desktop.core import version1

    lang = row[0]
    for table, column, kind, path in history.V4_TEXT_COLUMNS:
        for rowid, value in db.execute(f"SELECT rowid, {column} FROM {table}").fetchall():
            text = json.dumps(version1.text(kind, path, lang, value), ensure_ascii=False)
            db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (text, rowid))
    for item_id, name in db.execute("SELECT id, name FROM subject_categories").fetchall():
        audience = version1.audience(item_id, json.loads(name).get(lang, ""), lang)
        db.execute("UPDATE subject_categories SET audience = ? WHERE id = ?", (audience, item_id))
    for item_id, name in db.execute("SELECT id, name FROM purposes").fetchall():
        marketing = version1.direct_marketing(item_id, json.loads(name).get(lang, ""), lang)
        db.execute("UPDATE purposes SET direct_marketing = ? WHERE id = ?", (int(marketing), item_id))


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
    if version == SCHEMA_VERSION == schema_snapshot.VERSION:
        return set(_snapshot()) | BOOKKEEPING_OBJECTS
    return built_objects(version)


def built_objects(version: int) -> set[tuple[str, str, str]]:
    """``expected_objects(version)`` as the migrations build it, on an in-memory database."""
    return set(_expected_objects(version, tuple(m.name for m in migrations._migrations[:version])))


@cache
def _snapshot() -> frozenset[tuple[str, str, str]]:
    rows = (line.split(" ", 2) for line in schema_snapshot.OBJECTS.strip("\n").split("\n"))
    return frozenset((row[0], row[1], row[2] if len(row) > 2 else "") for row in rows)


def snapshot_source() -> str:
    """The text of ``schema_snapshot.py`` for the current version (written there when a migration is added)."""
    objects = sorted(built_objects(SCHEMA_VERSION) - BOOKKEEPING_OBJECTS)
    return "\n".join(
        [
            f'"""{(schema_snapshot.__doc__ or "").strip()}',
            '"""',
            "",
            "# ruff: noqa: E501",
            "",
            f"VERSION = {SCHEMA_VERSION}",
            "",
            "# one object a line: its type, its name and (if it has one) its SQL",
            'OBJECTS = """',
            *(f"{kind} {name} {sql}".rstrip() for kind, name, sql in objects),
            '"""',
            "",
        ]
    )


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
