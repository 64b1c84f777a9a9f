"""The copy for the accountant, automatic backups, listing and restoring them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from ropa_desktop import paths
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import RegisterFileError
from ropa_desktop.core.storage import (
    BACKUPS_KEPT,
    RegisterFile,
    accountant_copy_name,
    backup_series,
    daily_backup,
    list_backups,
    restore_backup,
)


def lv(text: str) -> m.Text:
    """A text in Latvian only."""
    return m.Text.of("lv", text)


SECRET = "SLEPENS-Marketinga-Partneris-7731"


def test_accountant_copy_leaves_deleted_data_behind(sample_file, tmp_path, sample_register):
    with RegisterFile.open(sample_file) as store:
        store.add(m.Recipient(id="secret-partner", name=lv(SECRET), service=lv(SECRET + " pakalpojums")))
        store.update(m.Recipient(id="secret-partner", name=lv(SECRET), service=lv(SECRET + " cits")))
        store.delete("recipients", "secret-partner")
        kept = store.load()
        copy = store.accountant_copy(tmp_path / "out", day=dt.date(2025, 3, 14))
    assert copy.name == "SIA ZĪMES 2025-03-14.ropa"
    raw = copy.read_bytes()
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert SECRET.encode(encoding) not in raw
    assert not list(copy.parent.glob("*.tmp"))
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    # The log still says when and by whom the deleted entry was changed, without naming it or its id.
    actions = conn.execute("SELECT action, summary FROM change_log WHERE entity = 'recipients'").fetchall()
    assert actions == [("add", ""), ("update", ""), ("delete", "")]
    assert not conn.execute("SELECT 1 FROM change_log WHERE entity_id = 'secret-partner'").fetchall()
    conn.close()
    with RegisterFile.open(copy) as c:
        assert c.load() == kept == sample_register
    # A second copy the same day never overwrites the first.
    with RegisterFile.open(sample_file) as store:
        second = store.accountant_copy(tmp_path / "out", day=dt.date(2025, 3, 14))
    assert second.name == "SIA ZĪMES 2025-03-14 (2).ropa"


def test_deleted_text_is_not_left_in_the_original_file_either(sample_file):
    with RegisterFile.open(sample_file) as store:
        store.add(m.SecurityMeasure(id="gone", name=lv(SECRET), description=lv(SECRET * 50)))
        store.delete("security_measures", "gone")
    raw = sample_file.read_bytes()
    # secure_delete zeroes the freed cells; only the change log's short summary names it.
    assert raw.count(SECRET.encode()) <= 2


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SIA “ZĪMES”", "SIA ZĪMES 2025-03-14.ropa"),
        ('AS "Ķekava/Ūdens": <filiāle>?*', "AS Ķekava Ūdens filiāle 2025-03-14.ropa"),
        ("  \t\n ", "register 2025-03-14.ropa"),
        ("CON", "register CON 2025-03-14.ropa"),
        ("Ēnu\x00nams...", "Ēnu nams 2025-03-14.ropa"),
        ("A" * 300, "A" * 80 + " 2025-03-14.ropa"),
    ],
)
def test_accountant_copy_names_are_safe(name, expected):
    assert accountant_copy_name(name, dt.date(2025, 3, 14)) == expected


def test_daily_backup_once_a_day_keeping_the_last_ten(sample_file):
    day = dt.date(2025, 3, 1)
    with RegisterFile.open(sample_file) as store:
        first = daily_backup(store, day)
        assert first is not None and first.parent == paths.backups_dir()
        assert daily_backup(store, day) is None  # same day: no second copy
        made = [first]
        for i in range(1, 15):
            store.set_languages(["en"] if i % 2 else ["lv", "en"])
            made.append(daily_backup(store, day + dt.timedelta(days=i)))
    backups = list_backups(sample_file)
    assert len(backups) == BACKUPS_KEPT
    assert [b.path for b in backups] == list(reversed(made))[:BACKUPS_KEPT]  # newest first, oldest pruned
    assert all(b.reason == "daily" for b in backups)
    assert backups[0].created.date() == day + dt.timedelta(days=14)
    for b in backups:
        with RegisterFile.open(b.path, read_only=True) as copy:
            assert copy.integrity_ok()


def test_a_register_with_a_very_long_latvian_name_is_backed_up_copied_and_replaced(sample_register, tmp_path):
    """120 letters with marks are 240 bytes, near the 255 a file name may have: the backups' names and the
    temporary files written beside the register must not grow past it (no backup was made, a copy failed)."""
    path = tmp_path / f"{'Ē' * 120}.ropa"
    RegisterFile.create(path, sample_register).close()
    copy = tmp_path / f"{'Ā' * 120}.ropa"
    with RegisterFile.open(path) as store:
        assert daily_backup(store, dt.date(2025, 3, 1)) is not None
        store.save_as(copy)
        store.compact_copy(copy)  # onto the existing register: what it held is kept as a backup first
    assert [b.reason for b in list_backups(path)] == ["daily"]
    assert [b.reason for b in list_backups(copy)] == ["before-replace"]
    with RegisterFile.create(path, m.Register(), overwrite=True) as store:
        assert store.load() == m.Register()


def test_a_name_too_long_for_the_disk_is_told_in_words(sample_register, tmp_path):
    path = tmp_path / f"{'Ž' * 130}.ropa"  # 265 bytes
    for attempt in (lambda: RegisterFile.create(path, sample_register), lambda: RegisterFile.open(path)):
        with pytest.raises(RegisterFileError) as info:
            attempt()
        assert info.value.key == "name_too_long"
        assert "255" in info.value.message("lv")


def test_no_daily_backup_of_a_read_only_file(sample_file):
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert daily_backup(store) is None
    assert list_backups(sample_file) == []


def test_restore_into_the_open_register_backs_up_the_current_content_first(sample_file, sample_register):
    with RegisterFile.open(sample_file) as store, RegisterFile.open(sample_file) as other:
        good = store.backup("daily")
        store.add(m.SubjectCategory(id="later", name=lv("Vēlāk pievienots")))
        store.delete("purposes", store.ids("purposes")[0])
        current = store.load()
        other.load()
        safety = restore_backup(good, store)
        assert safety is not None and safety.exists()
        assert store.load() == sample_register  # the backup's content
        assert other.changed_elsewhere()  # the other instance notices
        assert other.load() == sample_register
        assert store.change_log(1)[0].action == "restore"
        assert store.integrity_ok()
    with RegisterFile.open(safety, read_only=True) as before:
        assert before.load() == current  # nothing lost: what was replaced is in its own backup
    assert {b.reason for b in list_backups(sample_file)} == {"daily", "before-restore"}


def test_restore_over_a_damaged_file_keeps_the_damaged_bytes(sample_file, sample_register):
    with RegisterFile.open(sample_file) as store:
        good = store.backup("daily")
    data = bytearray(sample_file.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    sample_file.write_bytes(bytes(data))
    safety = restore_backup(good, sample_file)
    assert safety is not None and safety.read_bytes() == bytes(data)
    with RegisterFile.open(sample_file) as store:
        assert store.load() == sample_register


def test_restore_refuses_a_bad_backup_and_changes_nothing(sample_file, tmp_path):
    bad = paths.backups_dir() / f"{backup_series(sample_file)}--20250101-000000-000000--daily.ropa"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"not a register at all")
    before = sample_file.read_bytes()
    with RegisterFile.open(sample_file) as store, pytest.raises(RegisterFileError) as info:
        restore_backup(bad, store)
    assert info.value.key == "not_sqlite"
    assert sample_file.read_bytes() == before
    assert [b.reason for b in list_backups(sample_file)] == ["daily"]  # only the bad one; no copies made


def test_the_copy_kept_before_a_cut_off_save_was_undone_can_be_restored(sample_file, sample_register):
    """The ``before-recovery`` copy (the file as a cut-off save left it, kept with its journal) is offered among
    the backups; restoring it said the *backup* "can only be read" (SQLite will not undo the save in a file
    opened to be read), and the window then locked the register as read-only."""
    from tests.reliability.test_never_lose import make_hot_journal

    make_hot_journal(sample_file)
    with RegisterFile.open(sample_file) as store:
        (recovery,) = [b for b in list_backups(sample_file) if b.reason == "before-recovery"]
        kept = recovery.path.read_bytes(), Path(f"{recovery.path}-journal").read_bytes()
        store.set_organisation(dataclasses.replace(store.organisation(), name="SIA Vēlāk"))
        restore_backup(recovery.path, store)
        assert store.load() == sample_register  # the cut-off save undone: as it was last saved in full
        assert store.change_log(1)[0].summary == f"restored from {recovery.path.name}"
    assert (recovery.path.read_bytes(), Path(f"{recovery.path}-journal").read_bytes()) == kept
