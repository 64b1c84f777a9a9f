"""The register file (issue 2, section 3): opening, refusing, migrating, editing, logging."""

from __future__ import annotations

import copy
import getpass
import gzip
import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from ropa_desktop import paths
from ropa_desktop.core import interchange, schema
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import (
    DamagedFile,
    InvalidRegister,
    NewerVersion,
    NotARegister,
    ReadOnlyRegister,
    RegisterFileError,
)
from ropa_desktop.core.storage import RegisterFile, list_backups


def lv(text: str) -> m.Text:
    """A text in Latvian only."""
    return m.Text.of("lv", text)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sample_round_trip_through_the_file(sample_file, sample_data):
    with RegisterFile.open(sample_file) as store:
        assert m.to_json(store.load()) == sample_data


def test_file_is_a_self_contained_register(sample_file):
    conn = sqlite3.connect(sample_file)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"purposes", "recipients", "change_log"} <= tables
        strict = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table' AND sql LIKE '%) STRICT%'")
        assert strict.fetchone()[0] == len([t for t in tables if not t.startswith(("sqlite_", "_sqlite"))])
    finally:
        conn.close()
    with RegisterFile.open(sample_file) as store:
        store.set_languages(["en"])
    assert not sample_file.with_name(sample_file.name + "-journal").exists()
    assert not sample_file.with_name(sample_file.name + "-wal").exists()


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('shopping list')")
    conn.commit()
    conn.close()


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("register.json", "{}")


def _newer(path: Path, sample: Path) -> None:
    path.write_bytes(sample.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _damaged(path: Path, sample: Path) -> None:
    data = bytearray(sample.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page * 2, len(data), 97):  # scribble over every page after the first two
        data[i] = (data[i] + 0x5A) & 0xFF
    path.write_bytes(bytes(data))


def _truncated(path: Path, sample: Path) -> None:
    data = sample.read_bytes()
    path.write_bytes(data[: len(data) // 2])


CASES = {
    "text file": (lambda p, s: p.write_text("hello, this is not a register"), NotARegister, "not_sqlite"),
    "empty file": (lambda p, s: p.write_bytes(b""), NotARegister, "empty_file"),
    "random bytes": (lambda p, s: p.write_bytes(bytes(range(256)) * 64), NotARegister, "not_sqlite"),
    "zip renamed .ropa": (lambda p, s: _zip(p), NotARegister, "zip_file"),
    # the JSON export sent instead, saved again as UTF-16 by Windows Notepad (“Unicode”) on the way
    "UTF-16 JSON": (
        lambda p, s: p.write_text('\n  {"format": "ropa-register"}', encoding="utf-16"),
        NotARegister,
        "json_file",
    ),  # an attachment packed by e-mail
    "another app's SQLite": (lambda p, s: _foreign_sqlite(p), NotARegister, "foreign_sqlite"),
    "newer version": (_newer, NewerVersion, "newer_version"),
    # (no backup of these on this computer: received files, which only their sender can send again)
    "damaged": (_damaged, DamagedFile, "damaged_no_backup"),
    "truncated": (_truncated, DamagedFile, "incomplete"),
    "header only": (lambda p, s: p.write_bytes(s.read_bytes()[:60]), DamagedFile, "incomplete"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refusals_leave_the_file_untouched(case, tmp_path, sample_file):
    make, error, key = CASES[case]
    path = tmp_path / "bad.ropa"
    make(path, sample_file)
    before = sha256(path)
    with pytest.raises(error) as info:
        RegisterFile.open(path)
    assert info.value.key == key
    for lang in ("lv", "en"):
        message = info.value.message(lang)
        assert str(path) in message and "{" not in message
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["bad.ropa", sample_file.name])


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(RegisterFileError) as info:
        RegisterFile.open(tmp_path / "nothing.ropa")
    assert info.value.key == "not_found"
    with pytest.raises(RegisterFileError) as info:  # (``ropa-desktop FOLDER``, or a folder dropped on the window)
        RegisterFile.open(tmp_path)
    assert info.value.key == "is_folder"


def test_register_opens_with_other_extensions(tmp_path, sample_register):
    for name in ("r.sqlite", "r.db"):
        RegisterFile.create(tmp_path / name, sample_register).close()
        with RegisterFile.open(tmp_path / name) as store:
            assert store.load() == sample_register


def test_create_refuses_to_overwrite(sample_file, sample_register):
    before = sha256(sample_file)
    with pytest.raises(RegisterFileError) as info:
        RegisterFile.create(sample_file, m.Register())
    assert info.value.key == "exists"
    assert sha256(sample_file) == before
    RegisterFile.create(sample_file, m.Register(), overwrite=True).close()
    with RegisterFile.open(sample_file) as store:
        assert store.load().purposes == []


def test_replacing_a_register_file_checks_the_new_register_once(sample_file, sample_register, monkeypatch):
    """Each check goes through every entry: ``create`` over an open register checked it twice (three times with
    the reading of the imported JSON)."""
    from ropa_desktop.core.storage import register_file

    checked = []
    check_valid, check_values = m.check_valid, register_file.check_values
    monkeypatch.setattr(m, "check_valid", lambda r: checked.append("valid") or check_valid(r))
    monkeypatch.setattr(register_file, "check_values", lambda r: checked.append("values") or check_values(r))
    RegisterFile.create(sample_file, sample_register, overwrite=True).close()
    assert checked == ["valid", "values"]
    checked.clear()
    with RegisterFile.open(sample_file) as store:
        store.replace_all(m.Register())
        assert checked == ["valid", "values"]
        assert store.load().purposes == []
    broken = copy.deepcopy(sample_register)
    broken.purposes[0].data_category_ids.append("no-such-category")
    with pytest.raises(InvalidRegister), RegisterFile.open(sample_file) as store:
        store.replace_all(broken)  # still refused when not valid


def test_read_only_open_refuses_edits(sample_file, sample_register):
    before = sha256(sample_file)
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.read_only
        assert store.load() == sample_register
        with pytest.raises(ReadOnlyRegister) as info:
            store.set_languages(["en"])
        assert "lasīt" in info.value.message("lv") and "read" in info.value.message("en")
    assert sha256(sample_file) == before


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make_version_1(path: Path) -> m.Register:
    """A register file as the first release of the app wrote it (schema version 1, format version 1), holding
    the ZĪMES sample of format version 1; and the register it holds once upgraded."""
    # The rows as the previous release wrote them (schema 3 has the columns of schema 1, fewer checks).
    previous = path.with_suffix(".v3")
    previous.write_bytes(gzip.decompress((FIXTURES / "zimes.v1.schema3.ropa.gz").read_bytes()))
    tmp = path.with_suffix(".v1")
    old = sqlite3.connect(tmp, isolation_level=None)
    schema.apply(old, stop_before=schema.MIGRATION_NAMES[1])
    old.execute("ATTACH DATABASE ? AS src", (str(previous),))
    old.execute("BEGIN")
    for (table,) in old.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        " AND name != '_sqlite_migrations'"
    ).fetchall():
        old.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
    old.execute("COMMIT")
    old.execute("DETACH DATABASE src")
    old.close()
    previous.unlink()
    tmp.replace(path)
    return interchange.read(FIXTURES / "zimes.v1.register.json")


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [f"user_version={conn.execute('PRAGMA user_version').fetchone()[0]}", *conn.iterdump()]
    finally:
        conn.close()


def test_migration_of_a_version_1_file(tmp_path):
    path = tmp_path / "old.ropa"
    sample_register = make_version_1(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    original = tmp_path / "original.bin"
    original.write_bytes(path.read_bytes())
    with RegisterFile.open(path) as store:
        assert store.load() == sample_register
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["before-upgrade-v1"]
    assert backups[0].path.parent == paths.backups_dir()
    assert dump(backups[0].path) == dump(original)  # the original content, schema version 1, untouched
    with RegisterFile.open(path) as store:  # a second open does not migrate again
        assert store.load() == sample_register
    assert len(list_backups(path)) == 1


def test_version_1_opened_to_be_read_is_read_without_being_changed(tmp_path):
    # ``check``, ``export`` and ``pdf`` only read: they read an up-to-date copy made in memory (issue 14 item 9).
    path = tmp_path / "old.ropa"
    sample_register = make_version_1(path)
    before = sha256(path)
    with RegisterFile.open(path, read_only=True) as store:
        assert store.read_only
        assert store.load() == sample_register
        with pytest.raises(ReadOnlyRegister):
            store.add(m.SubjectCategory(id="suppliers", name=lv("Piegādātāji")))
    assert sha256(path) == before
    assert list_backups(path) == []


def test_two_connections_writing_in_turn_keep_both_edits(sample_file):
    a = RegisterFile.open(sample_file)
    b = RegisterFile.open(sample_file)
    try:
        a.load()
        b.load()
        a.add(m.SubjectCategory(id="suppliers", name=lv("Piegādātāji")))
        assert b.changed_elsewhere()
        b.add(m.DataCategory(id="iban", name=lv("Konta numurs")))
        assert a.changed_elsewhere()
        for store in (a, b):
            register = store.load()
            assert register.find("subject_categories", "suppliers").name == {"lv": "Piegādātāji"}
            assert register.find("data_categories", "iban").name == {"lv": "Konta numurs"}
            assert not store.changed_elsewhere()
    finally:
        a.close()
        b.close()


def test_every_edit_writes_a_change_log_row(sample_file):
    with RegisterFile.open(sample_file) as store:
        store.add(m.SubjectCategory(id="suppliers", name=lv("Piegādātāji")))
        store.update(m.SubjectCategory(id="suppliers", name=lv("Piegādātāji"), description=lv("Uzņēmumi")))
        deletion = store.delete("subject_categories", "suppliers")
        store.restore(deletion)
        store.move("subject_categories", "suppliers", 0)
        log = store.change_log(5)
    assert [(e.entity, e.entity_id, e.action) for e in log] == [
        ("subject_categories", "suppliers", "move"),
        ("subject_categories", "suppliers", "restore"),
        ("subject_categories", "suppliers", "delete"),
        ("subject_categories", "suppliers", "update"),
        ("subject_categories", "suppliers", "add"),
    ]
    assert log[3].summary == "description"
    assert log[4].summary == "Piegādātāji"
    assert all(e.user_name == getpass.getuser() for e in log)
    assert all(e.changed_at[:4].isdigit() and "T" in e.changed_at for e in log)


def test_save_as_is_a_consistent_copy(sample_file, tmp_path, sample_register):
    target = tmp_path / "copy" / "ZIMES copy.ropa"
    with RegisterFile.open(sample_file) as store:
        store.save_as(target)
    with RegisterFile.open(target) as copy:
        assert copy.load() == sample_register


def test_json_import_replaces_in_one_transaction(sample_file, sample_register):
    with RegisterFile.open(sample_file) as store:
        store.replace_all(m.Register(languages=["en"]))
        assert store.load() == m.Register(languages=["en"])
        store.replace_all(sample_register)
        assert store.load() == sample_register


def test_export_of_the_stored_file_equals_the_sample(sample_file, tmp_path, sample_data):
    out = tmp_path / "out.json"
    with RegisterFile.open(sample_file) as store:
        interchange.write(store.load(), out)
    assert interchange.parse(out.read_text(encoding="utf-8")) == interchange.parse(
        interchange.dumps(m.from_json(sample_data))
    )
    import json

    assert json.loads(out.read_text(encoding="utf-8")) == sample_data
