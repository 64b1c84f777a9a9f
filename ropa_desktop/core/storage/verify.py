"""Checking that an opened file is an undamaged register of a schema we know, before anything is written to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ropa_desktop.core import schema
from ropa_desktop.core.errors import DamagedFile, NewerVersion, NotARegister
from ropa_desktop.core.limits import MAX_TEXT_BYTES, MAX_TEXT_LINES, oversized
from ropa_desktop.core.storage.connection import file_errors


def verify_register(conn: sqlite3.Connection, path: Path, header_version: int) -> int:
    """Check an opened file is an undamaged register of a known schema; its schema version."""
    with file_errors(path, reading=True):
        app_id, version = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
        if app_id != schema.APPLICATION_ID:
            raise NotARegister("foreign_sqlite", path=str(path))
        if version > schema.SCHEMA_VERSION:
            raise NewerVersion("newer_version", path=str(path))
        if version != header_version:
            raise DamagedFile("damaged", path=str(path))
        # The schema first: quick_check runs the file's own CHECK expressions, which a crafted file may
        # make as slow as it likes; ours are known and cheap.
        found, expected = schema.schema_objects(conn), schema.expected_objects(version)
        if found < expected:  # nothing added, something taken away (an index dropped in an SQLite browser)
            raise NotARegister("incomplete_schema", path=str(path))
        if found != expected:
            raise NotARegister("unexpected_schema", path=str(path))
        result = conn.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise DamagedFile("damaged", path=str(path))
        too_much = oversized(conn)
        if too_much == "too_long":
            raise DamagedFile("field_too_large", path=str(path), limit=MAX_TEXT_BYTES // 1_000_000)
        if too_much == "too_many_lines":
            raise DamagedFile("field_too_many_lines", path=str(path), limit=MAX_TEXT_LINES)
    return version
