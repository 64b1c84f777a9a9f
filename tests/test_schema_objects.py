"""Opening a register checks its schema without sqlite-utils; the check matches what sqlite-utils builds."""

from __future__ import annotations

import gzip
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop.core import model as m
from ropa_desktop.core import schema


@pytest.mark.parametrize("version", range(schema.SCHEMA_VERSION + 1))
def test_expected_objects_equal_what_sqlite_utils_builds(version):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    stop = schema.MIGRATION_NAMES[version] if version < schema.SCHEMA_VERSION else None
    schema.apply(conn, stop_before=stop)
    assert schema.schema_objects(conn) == schema.expected_objects(version) == schema.built_objects(version)
    conn.close()


def test_the_current_versions_snapshot_is_what_its_migrations_build():
    from ropa_desktop.core import schema_snapshot

    assert schema_snapshot.VERSION == schema.SCHEMA_VERSION
    written = Path(schema_snapshot.__file__).read_text(encoding="utf-8")
    assert written == schema.snapshot_source(), "write schema.snapshot_source() to ropa_desktop/core/schema_snapshot.py"


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


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _file_of_previous_version(path: Path) -> m.Register:
    """The ZĪMES sample in a register file as the previous version of the app made it (schema 3, format version
    1), and the register it holds once upgraded (the same as its version-1 JSON export converted)."""
    from ropa_desktop.core import interchange

    path.write_bytes(gzip.decompress((FIXTURES / "zimes.v1.schema3.ropa.gz").read_bytes()))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION - 1,)
    finally:
        conn.close()
    return interchange.read(FIXTURES / "zimes.v1.register.json")


def _learn_a_language_and_a_role(monkeypatch) -> None:
    """What a later version of the app does: one more language in the table, one more recipient role."""
    from ropa_desktop.core import languages

    ukrainian = languages.Language("uk", "Українська", "uk_UA", window=False, documents=True)
    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, ukrainian))
    monkeypatch.setattr(languages, "CODES", (*languages.CODES, "uk"))
    monkeypatch.setattr(languages, "DOCUMENT_CODES", (*languages.DOCUMENT_CODES, "uk"))
    monkeypatch.setattr(m, "TEXT_LANGUAGES", (*m.TEXT_LANGUAGES, "uk"))
    monkeypatch.setattr(m, "RECIPIENT_ROLES", (*m.RECIPIENT_ROLES, "data_intermediary"))
    schema._expected_objects.cache_clear()  # nothing computed before may hide a schema built from the model
    monkeypatch.setattr(schema, "_expected_objects", schema._expected_objects)


def test_files_of_the_previous_version_open_after_a_language_and_a_value_are_added(
    tmp_path, monkeypatch, sample_register
):
    from ropa_desktop.core.storage import RegisterFile

    old = tmp_path / "previous.ropa"
    upgraded = _file_of_previous_version(old)
    current = tmp_path / "current.ropa"
    RegisterFile.create(current, sample_register).close()
    _learn_a_language_and_a_role(monkeypatch)
    try:
        for path, register in ((old, upgraded), (current, sample_register)):
            with RegisterFile.open(path) as store:
                assert store.load() == register
                store.set_languages(["lv", "uk"])  # the new language: no constraint of the file's own refuses it
            conn = sqlite3.connect(path)
            try:
                conn.execute("UPDATE recipients SET role = 'data_intermediary'")  # and the new value
                conn.commit()
                languages = conn.execute("SELECT language FROM register_languages ORDER BY position").fetchall()
                assert languages == [("lv",), ("uk",)]
                assert conn.execute("PRAGMA user_version").fetchone() == (schema.SCHEMA_VERSION,)
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                conn.close()
            with RegisterFile.open(path, read_only=True) as store:  # still a register of ours
                assert store.integrity_ok()
    finally:
        schema._expected_objects.cache_clear()


def test_no_migration_builds_its_ddl_from_the_model(monkeypatch):
    before = {v: schema.built_objects(v) for v in range(1, schema.SCHEMA_VERSION + 1)}
    _learn_a_language_and_a_role(monkeypatch)
    try:
        assert {v: schema.built_objects(v) for v in before} == before
    finally:
        schema._expected_objects.cache_clear()
