"""Files from a stranger: each is refused with a message, or opened safely; never a crash, never a hang."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from ropa_desktop.core import schema
from ropa_desktop.core.errors import DamagedFile, NotARegister, RegisterFileError
from ropa_desktop.core.storage import MAX_TEXT_BYTES, RegisterFile

from .conftest import sha256

TIME_LIMIT = 10.0  # seconds for any single open + load


def tamper(src: Path, dst: Path, *sql: str, params: tuple = (), ignore_checks: bool = False) -> Path:
    """A copy of a register changed behind the app's back, as any SQLite tool could."""
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    if ignore_checks:
        conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in sql:
        conn.execute(statement, params if "?" in statement else ())
    conn.close()
    return dst


def open_and_load(path: Path):
    started = time.monotonic()
    try:
        with RegisterFile.open(path) as store:
            return store.load()
    finally:
        assert time.monotonic() - started < TIME_LIMIT


def assert_refused(path: Path, error: type, key: str) -> RegisterFileError:
    before = sha256(path)
    with pytest.raises(error) as info:
        open_and_load(path)
    assert info.value.key == key
    for lang in ("lv", "en"):
        assert info.value.message(lang) and "{" not in info.value.message(lang)
    assert sha256(path) == before
    assert not path.with_name(path.name + "-journal").exists()
    return info.value


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER spy AFTER INSERT ON purposes BEGIN SELECT load_extension('/tmp/evil.so'); END",
        "CREATE TRIGGER wipe BEFORE UPDATE ON organisation BEGIN DELETE FROM purposes; END",
        "CREATE VIEW evil AS SELECT load_extension('/tmp/evil.so') AS x",
        "CREATE VIEW names AS SELECT name, randomblob(1000000000) FROM purposes",
        "CREATE TABLE extra (secret TEXT)",
        "CREATE INDEX sneaky ON purposes(abs(position))",
    ],
)
def test_schema_with_triggers_views_or_extra_objects_is_refused(sample_file, tmp_path, sql):
    path = tamper(sample_file, tmp_path / "hostile.ropa", sql)
    assert_refused(path, NotARegister, "unexpected_schema")


def test_an_index_dropped_in_another_program_is_said_to_be_missing_not_added(sample_file, tmp_path):
    # it said the file “contains tables or code that ROPA Desktop did not put there”
    path = tamper(sample_file, tmp_path / "dropped.ropa", "DROP INDEX purpose_recipients_by_recipient")
    error = assert_refused(path, NotARegister, "incomplete_schema")
    assert "part of its structure is missing" in error.message("en")
    assert "daļas tā struktūras trūkst" in error.message("lv")


def test_table_changed_behind_our_back_is_refused(sample_file, tmp_path):
    path = tamper(sample_file, tmp_path / "hostile.ropa", "ALTER TABLE purposes ADD COLUMN note TEXT")
    assert_refused(path, NotARegister, "unexpected_schema")


def test_fifty_megabyte_text_is_refused_quickly(sample_file, tmp_path):
    big = "Ā" * 25_000_000  # 50 MB of UTF-8
    path = tamper(sample_file, tmp_path / "big.ropa", "UPDATE organisation SET address = ?", params=(big,))
    assert path.stat().st_size > 50_000_000
    error = assert_refused(path, DamagedFile, "field_too_large")
    assert "1 MB" in error.message("en")


def test_huge_text_hidden_after_a_nul_is_refused(sample_file, tmp_path):
    hidden = "ok\x00" + "x" * (MAX_TEXT_BYTES + 10)
    path = tamper(sample_file, tmp_path / "nul.ropa", "UPDATE purposes SET description = ?", params=(hidden,))
    assert_refused(path, DamagedFile, "field_too_large")


@pytest.mark.parametrize(
    ("sql", "text"),
    [
        ("UPDATE purposes SET description = ?", json.dumps({"lv": "a\n" * 6_000, "en": "a\n" * 6_000})),
        ("UPDATE organisation SET address = ?", "a\n" * 10_001),  # a plain text: its line breaks as they are
    ],
    ids=["text in two languages", "plain text"],
)
def test_a_text_of_more_lines_than_any_register_needs_is_refused(sample_file, tmp_path, sql, text):
    # 150,000 short lines in half a megabyte took half a minute and 2.7 GB to print
    path = tamper(sample_file, tmp_path / "lines.ropa", sql, params=(text,))
    error = assert_refused(path, DamagedFile, "field_too_many_lines")
    assert "more than 10000 lines" in error.message("en")
    assert "vairāk nekā 10000 rindu" in error.message("lv")


def test_a_text_of_many_lines_within_the_limit_opens(sample_file, tmp_path):
    text = json.dumps({"lv": "a\n" * 5_000, "en": "a\\n" * 2_000})  # (a backslash and an n are no line break)
    path = tamper(sample_file, tmp_path / "lines.ropa", "UPDATE purposes SET description = ?", params=(text,))
    assert open_and_load(path).purposes[0].description["lv"].count("\n") == 5_000


def test_hundred_thousand_rows_open_safely(sample_file, tmp_path, record_property):
    path = tmp_path / "rows.ropa"
    shutil.copyfile(sample_file, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO data_categories (id, position, name, description, sensitivity) VALUES (?, ?, ?, '{}', 'regular')",
        ((f"c{i}", 1000 + i, f'{{"lv": "Kategorija {i}"}}') for i in range(100_000)),
    )
    conn.execute("COMMIT")
    conn.close()
    started = time.monotonic()
    register = open_and_load(path)
    elapsed = time.monotonic() - started
    record_property("rows", 100_000)
    record_property("open_and_load_seconds", round(elapsed, 2))
    print(f"\n100,000 extra rows ({path.stat().st_size / 1e6:.1f} MB): opened and loaded in {elapsed:.2f} s")
    assert len(register.data_categories) >= 100_000
    assert register.data_categories[-1].id == "c99999"


@pytest.mark.parametrize(
    ("sql", "key", "field"),
    [
        # Values the file does not constrain (allowed values are the model's, not the schema's): the format's
        # reader refuses them when the register is loaded.
        (
            "UPDATE data_categories SET sensitivity = 'harmless'"
            " WHERE rowid = (SELECT min(rowid) FROM data_categories)",
            "damaged_content",
            "sensitivity",
        ),
        ("UPDATE register_languages SET language = 'xx' WHERE position = 0", "damaged_content", "languages"),
        ("UPDATE purposes SET name = '{\"lv\": 5}'", "damaged_content", "name.lv"),
        ("UPDATE purposes SET description = 'not a JSON object'", "damaged_content", "description"),
        # nested deeper than Python's JSON reader goes (it said "an unexpected error: RecursionError")
        (
            "UPDATE purposes SET name = '{\"lv\":' || replace(hex(zeroblob(50000)), '00', '[') || '}'",
            "damaged_content",
            "name",
        ),
        (
            "INSERT INTO recipient_agreements (recipient_id, kind, signed_on, review_on, note)"
            " SELECT id, 'processing_agreement', 'yesterday', NULL, '{}' FROM recipients LIMIT 1",
            "damaged_content",
            "signed_on",
        ),
        ("UPDATE recipients SET country = 'Latvia'", "damaged_content", "country"),
        ("DELETE FROM organisation", "damaged_content", "organisation"),
    ],
)
def test_wrong_values_are_refused(sample_file, tmp_path, sql, key, field):
    path = tamper(sample_file, tmp_path / "wrong.ropa", sql, ignore_checks=True)
    error = assert_refused(path, DamagedFile, key)
    assert field in error.message("en")
    # which file, that it was not changed, and what to do (it said only "breaks the register's rules")
    assert error.message("lv").startswith(f"Failā “{path}” ir dati, kas neatbilst reģistra noteikumiem")
    assert "Nothing in it was changed" in error.message("en") and "Restore from backup" in error.message("en")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE purposes SET dpia_required = 'yes'",
        "UPDATE retention_rules SET period_value = 'five'",
        "UPDATE purposes SET name = x'00ff'",
        "INSERT INTO subject_categories (id, position, name, description, groups_note) VALUES (1, 'a', 2, 3, 4)",
    ],
)
def test_wrong_column_types_cannot_even_be_written(sample_file, tmp_path, sql):
    """STRICT tables: a wrong type is rejected by SQLite itself, in any tool, so no file can carry one."""
    path = tmp_path / "types.ropa"
    shutil.copyfile(sample_file, path)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="cannot store"):
        conn.execute(sql)
    conn.close()
    open_and_load(path)


def _header_then_noise(sample: Path, path: Path) -> None:
    rng = random.Random(7)
    data = sample.read_bytes()
    path.write_bytes(data[:100] + bytes(rng.randrange(256) for _ in range(len(data) - 100)))


def _absurd_page_count(sample: Path, path: Path) -> None:
    data = bytearray(sample.read_bytes())
    data[28:32] = (0x7FFFFFFF).to_bytes(4, "big")  # "the file has two billion pages"
    path.write_bytes(bytes(data))


def _bad_page_size(sample: Path, path: Path) -> None:
    data = bytearray(sample.read_bytes())
    data[16:18] = (1000).to_bytes(2, "big")  # not a power of two
    path.write_bytes(bytes(data))


def _zip(sample: Path, path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(sample, "ZIMES.ropa")


def _zip_of_json(sample: Path, path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("register.json", '{"format": "ropa-register"}')


def _random(sample: Path, path: Path) -> None:
    path.write_bytes(os.urandom(200_000))


def _truncated_to(fraction: float):
    def make(sample: Path, path: Path) -> None:
        data = sample.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return make


BROKEN = {
    "header then noise": (_header_then_noise, DamagedFile),
    "absurd page count": (_absurd_page_count, DamagedFile),
    "bad page size": (_bad_page_size, DamagedFile),
    "zip of a register renamed .ropa": (_zip, NotARegister),
    "zip of JSON renamed .ropa": (_zip_of_json, NotARegister),
    "random bytes": (_random, NotARegister),
    "truncated to 10%": (_truncated_to(0.1), DamagedFile),
    "truncated to 50%": (_truncated_to(0.5), DamagedFile),
    "truncated to 90%": (_truncated_to(0.9), DamagedFile),
    "truncated to 99 bytes": (lambda s, p: p.write_bytes(s.read_bytes()[:99]), DamagedFile),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_files_are_refused_or_opened_safely(sample_file, sample_register, tmp_path, case):
    make, error = BROKEN[case]
    path = tmp_path / "broken.ropa"
    make(sample_file, path)
    if error is None:  # SQLite trusts the real file size over the header: the register is intact
        before = sha256(path)
        assert open_and_load(path) == sample_register
        assert sha256(path) == before
        return
    before = sha256(path)
    with pytest.raises(error) as info:
        open_and_load(path)
    for lang in ("lv", "en"):
        assert str(path) in info.value.message(lang)
    assert sha256(path) == before


def _filled_half_way(sample: Path, path: Path) -> None:
    """A copy under way whose size was set first (as Windows' file copy does), the second half still zeros."""
    data = sample.read_bytes()
    path.write_bytes(data[: len(data) // 2] + bytes(len(data) - len(data) // 2))


def _not_filled_yet(sample: Path, path: Path) -> None:
    path.write_bytes(bytes(len(sample.read_bytes())))


CUT_SHORT = {
    **{case: make for case, (make, _error) in BROKEN.items() if case.startswith("truncated")},
    "filled half-way": _filled_half_way,
    "not filled yet": _not_filled_yet,
}


@pytest.mark.parametrize("case", list(CUT_SHORT))
def test_a_file_cut_short_is_told_as_not_copied_completely(sample_file, tmp_path, case):
    """A file still being copied from a USB stick, or an attachment saved half-way, is not called damaged with
    advice to restore a backup the receiver never had: it is told as incomplete, to be copied again."""
    path = tmp_path / "grāmatvedim.ropa"
    CUT_SHORT[case](sample_file, path)
    with pytest.raises(DamagedFile) as info:
        open_and_load(path)
    assert info.value.key == "incomplete"


def test_schema_version_is_checked_with_the_schema(sample_file, tmp_path):
    """A version-1 header on a version-2 schema: the objects do not match version 1, so refused."""
    path = tamper(sample_file, tmp_path / "v.ropa", "PRAGMA user_version = 1")
    assert schema.SCHEMA_VERSION > 1
    assert_refused(path, NotARegister, "unexpected_schema")


def test_a_pdf_sent_in_place_of_the_register_is_told_as_a_pdf(tmp_path, sample_file):
    """The printed register e-mailed instead of its file, renamed .ropa or chosen for an import: it was "not an
    SQLite database" / "not valid JSON (line 1, column 1)", which tells the accountant nothing to do."""
    from ropa_desktop import documents
    from ropa_desktop.core import interchange

    pdf = tmp_path / "ZIMES.ropa"
    with RegisterFile.open(sample_file, read_only=True) as store:
        pdf.write_bytes(documents.render(store.load(), "consent", "lv"))
    refused = assert_refused(pdf, NotARegister, "pdf_file")
    assert refused.message("lv").startswith(f"“{pdf}” ir PDF dokuments")
    assert "PDF document" in refused.message("en")
    as_json = pdf.rename(tmp_path / "ZIMES.register.json")
    with pytest.raises(RegisterFileError) as info:
        interchange.read(as_json)
    assert info.value.key == "pdf_file"
