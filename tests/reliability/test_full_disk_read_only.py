"""A full disk and read-only media: a clear message, the file still valid, nothing saved lost."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from ropa_desktop.core import model as m
from ropa_desktop.core.errors import ReadOnlyRegister, WriteFailed
from ropa_desktop.core.storage import RegisterFile

from .conftest import sha256


def lv(text: str) -> m.Text:
    """A text in Latvian only."""
    return m.Text.of("lv", text)


def test_full_disk(sample_file):
    with RegisterFile.open(sample_file) as store:
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # the disk has ~160 KB left
        saved = []
        with pytest.raises(WriteFailed) as info:
            for i in range(1000):
                entry = m.SecurityMeasure(id=f"m{i}", name=lv(f"Pasākums {i}"), description=lv("Ž" * 20_000))
                store.add(entry)
                saved.append(entry)
        assert info.value.key == "disk_full"
        assert "pilns" in info.value.message("lv") and "disk is full" in info.value.message("en")
        assert 0 < len(saved) < 1000
        print(f"\nfull after {len(saved)} entries")
        failed = m.SecurityMeasure(id=f"m{len(saved)}", name=lv("Pēdējais"), description=lv("Ž" * 20_000))
        assert store.integrity_ok()
        assert store.load().security_measures == saved  # every saved edit, nothing of the failed one
        # Space is freed: the same edit is retried and saved.
        store._conn.execute("PRAGMA max_page_count = 1073741823")
        store.add(failed)
        assert store.load().security_measures == [*saved, failed]
    with RegisterFile.open(sample_file) as again:
        assert again.integrity_ok() and len(again.load().security_measures) == len(saved) + 1


def test_read_only_file_opens_read_only(sample_file, sample_register, make_read_only):
    before = sha256(sample_file)
    make_read_only(sample_file)
    with RegisterFile.open(sample_file) as store:
        assert store.read_only
        assert store.load() == sample_register
        with pytest.raises(ReadOnlyRegister) as info:
            store.add(m.SubjectCategory(id="x", name=lv("X")))
        assert str(sample_file) in info.value.message("lv") and "lasīt" in info.value.message("lv")
        assert "is read-only" in info.value.message("en")
    assert sha256(sample_file) == before


def test_read_only_folder_opens_read_only(sample_file, sample_register, make_read_only):
    before = sha256(sample_file)
    make_read_only(sample_file.parent)  # e.g. a write-protected USB stick: no journal can be made
    with RegisterFile.open(sample_file) as store:
        assert store.read_only
        assert store.load() == sample_register
        with pytest.raises(ReadOnlyRegister):
            store.set_languages(["en"])
    assert sha256(sample_file) == before


def test_media_turning_read_only_while_open(sample_file, sample_register, make_read_only):
    """The folder becomes read-only after the file was opened (media pulled into write-protect)."""
    with RegisterFile.open(sample_file) as store:
        assert not store.read_only
        store.add(m.SubjectCategory(id="before", name=lv("Pirms")))
        make_read_only(sample_file.parent)
        entry = m.SubjectCategory(id="after", name=lv("Pēc"))
        with pytest.raises(ReadOnlyRegister) as info:
            store.add(entry)
        assert info.value.key == "became_read_only"
        for lang in ("lv", "en"):
            assert str(sample_file) in info.value.message(lang)
        assert store.load().find("subject_categories", "before") is not None
        assert store.load().find("subject_categories", "after") is None
    conn = sqlite3.connect(f"file:{sample_file}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_a_save_cut_off_on_media_that_can_only_be_read_is_told_as_such(sample_file, make_read_only):
    """The administrator's save was cut off (the USB stick pulled out mid-save); the accountant opens the file
    where it cannot be put right (a write-protected stick).  Said as it is, with what to do, not as a change
    that could not be saved."""
    from tests.reliability.test_never_lose import make_hot_journal

    make_hot_journal(sample_file)
    journal = sample_file.with_name(sample_file.name + "-journal")
    before = (sha256(sample_file), sha256(journal))
    for path in (sample_file, journal, sample_file.parent):
        make_read_only(path)
    with pytest.raises(ReadOnlyRegister) as info:
        RegisterFile.open(sample_file)
    assert info.value.key == "cut_off_read_only"
    assert journal.name in info.value.message("lv")
    assert (sha256(sample_file), sha256(journal)) == before


def _disk_full_in_sqlite(*_args, **_kwargs):
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = sqlite3.SQLITE_FULL
    raise exc


def _disk_full_in_the_os(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("fails", [_disk_full_in_sqlite, _disk_full_in_the_os], ids=["sqlite", "os"])
@pytest.mark.parametrize("making", ["save_as", "accountant_copy", "new"])
def test_a_copy_or_a_new_register_on_a_full_disk_says_so_and_not_that_a_change_was_lost(
    sample_file, sample_register, tmp_path, monkeypatch, making, fails
):
    """Save As, the accountant's copy, ``new`` and ``import`` onto a full disk said "the disk is full, so your last
    change could not be saved" (under "The copy could not be saved"): no change was lost, the copy was not made."""
    from ropa_desktop.core import files
    from ropa_desktop.core.storage import register_file

    target = tmp_path / "full" / "kopija.ropa"
    before = sha256(sample_file)
    with RegisterFile.open(sample_file) as store:
        if fails is _disk_full_in_the_os:
            monkeypatch.setattr(files.tempfile, "mkstemp", fails)
        elif making == "new":
            monkeypatch.setattr(register_file.schema, "apply", fails)
        elif making == "save_as":
            monkeypatch.setattr(register_file, "copy_with_backup_api", fails)
        else:
            monkeypatch.setattr(register_file, "_scrub_for_handing_on", fails)
        with pytest.raises(WriteFailed) as info:
            if making == "save_as":
                store.save_as(target)
            elif making == "accountant_copy":
                store.accountant_copy(target.parent)
            else:
                RegisterFile.create(target, sample_register)
    key = "create_failed" if making == "new" else "copy_failed"
    assert info.value.key == key
    assert "(disks ir pilns)" in info.value.message("lv") and "(the disk is full)" in info.value.message("en")
    assert "last change" not in info.value.message("en")
    assert sha256(sample_file) == before
    assert not target.exists() and [p.name for p in target.parent.iterdir()] == []


def test_a_copy_refused_for_access_advises_another_folder_first():
    """The advice read “Free some space or choose another folder” whatever the reason, also “access was denied”."""
    import errno

    from ropa_desktop.core.storage.connection import reason

    refused = WriteFailed("copy_failed", path="/mnt/x/kopija.ropa", reason=reason(OSError(errno.EACCES, "")))
    assert "(access was denied)" in refused.message("en")
    assert refused.message("en").endswith(
        "Choose another folder, or free some space if the disk is full, then try again."
    )
    assert "(piekļuve liegta)" in refused.message("lv") and "Izvēlieties citu mapi vai" in refused.message("lv")
