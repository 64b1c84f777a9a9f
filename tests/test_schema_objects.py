"""Opening a register checks its schema without sqlite-utils; the check matches what sqlite-utils builds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop.core import schema


@pytest.mark.parametrize("version", range(schema.SCHEMA_VERSION + 1))
def test_expected_objects_equal_what_sqlite_utils_builds(version):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    stop = schema.MIGRATION_NAMES[version] if version < schema.SCHEMA_VERSION else None
    schema.apply(conn, stop_before=stop)
    assert schema.schema_objects(conn) == schema.expected_objects(version)
    conn.close()


def test_opening_a_register_does_not_load_sqlite_utils(sample_file):
    script = (
        "import sys\n"
        "from ropa_desktop.core.storage import RegisterFile\n"
        f"store = RegisterFile.open({str(sample_file)!r})\n"
        "store.load()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def _file_of_previous_version(path: Path, register) -> None:
    """A register file as the previous version of the app made it (every migration but the last)."""
    from ropa_desktop.core.storage.rows import RowWriter, log_change

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        schema.apply(conn, stop_before=schema.MIGRATION_NAMES[-1])
        conn.execute("BEGIN IMMEDIATE")
        RowWriter(conn).everything(register)
        log_change(conn, "register", "", "create", "new register")
        conn.execute("COMMIT")
    finally:
        conn.close()


def _learn_a_language_and_a_role(monkeypatch) -> None:
    """What a later version of the app does: one more language in the table, one more recipient role."""
    from ropa_desktop.core import languages
    from ropa_desktop.core import model as m

    russian = languages.Language("ru", "Русский", "ru_RU", window=True, documents=True)
    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, russian))
    monkeypatch.setattr(languages, "CODES", (*languages.CODES, "ru"))
    monkeypatch.setattr(languages, "DOCUMENT_CODES", (*languages.DOCUMENT_CODES, "ru"))
    monkeypatch.setattr(m, "LANGUAGES", (*m.LANGUAGES, "ru"))
    monkeypatch.setattr(m, "RECIPIENT_ROLES", (*m.RECIPIENT_ROLES, "data_intermediary"))
    schema._expected_objects.cache_clear()  # nothing computed before may hide a schema built from the model
    monkeypatch.setattr(schema, "_expected_objects", schema._expected_objects)


def test_files_of_the_previous_version_open_after_a_language_and_a_value_are_added(
    tmp_path, monkeypatch, sample_register
):
    from ropa_desktop.core.storage import RegisterFile

    old = tmp_path / "previous.ropa"
    _file_of_previous_version(old, sample_register)
    current = tmp_path / "current.ropa"
    RegisterFile.create(current, sample_register).close()
    _learn_a_language_and_a_role(monkeypatch)
    try:
        for path in (old, current):
            with RegisterFile.open(path) as store:
                assert store.load() == sample_register
                store.set_language("ru")  # the file takes the new language: no constraint of its own refuses it
            conn = sqlite3.connect(path)
            try:
                conn.execute("UPDATE recipients SET role = 'data_intermediary'")  # and the new value
                conn.commit()
                assert conn.execute("SELECT language FROM register_info").fetchone() == ("ru",)
                assert conn.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION,)
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                conn.close()
            with RegisterFile.open(path, read_only=True) as store:  # still a register of ours
                assert store.integrity_ok()
    finally:
        schema._expected_objects.cache_clear()


def test_no_migration_builds_its_ddl_from_the_model(monkeypatch):
    before = {v: schema.expected_objects(v) for v in range(1, schema.SCHEMA_VERSION + 1)}
    _learn_a_language_and_a_role(monkeypatch)
    try:
        assert {v: schema.expected_objects(v) for v in before} == before
    finally:
        schema._expected_objects.cache_clear()
