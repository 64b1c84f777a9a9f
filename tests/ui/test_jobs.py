"""The worker process's jobs read the register from its file, again for each revision of the window's."""

from __future__ import annotations

import pytest

from ropa_desktop.core import completeness
from ropa_desktop.core import model as m
from ropa_desktop.core.storage import RegisterFile
from ropa_desktop.ui import jobs


@pytest.fixture(autouse=True)
def _nothing_read_before():
    jobs.forget()
    yield
    jobs.forget()


def test_a_job_reads_the_file_once_for_each_revision_of_the_window(sample_file):
    first = jobs.register_in(str(sample_file), 1)
    assert jobs.register_in(str(sample_file), 1) is first  # the same revision: what was read is kept
    with RegisterFile.open(sample_file) as store:
        old = store.get("subject_categories", "clients")
        store.update(m.SubjectCategory(**{**old.__dict__, "name": old.name.with_text("lv", "Pircēji")}), base=old)
    again = jobs.register_in(str(sample_file), 2)
    assert again is not first
    assert again.find("subject_categories", "clients").name["lv"] == "Pircēji"


def test_a_file_replaced_on_disk_is_read_anew_and_never_held_open(sample_file, tmp_path):
    import os

    assert jobs.register_in(str(sample_file), 1).purposes
    other = tmp_path / "empty.ropa"
    RegisterFile.create(other, m.Register()).close()
    os.replace(other, sample_file)  # a sync tool or a copy over it in the file manager
    assert jobs.register_in(str(sample_file), 2).purposes == []
    sample_file.unlink()  # nothing holds the file: on Windows a held file could not be replaced or deleted
    assert not sample_file.exists()


def test_the_check_job_gives_the_findings_of_the_file(sample_file, sample_register):
    assert jobs.check(str(sample_file), 1) == list(completeness.check(sample_register))


def test_reading_in_memory_leaves_the_file_free_for_a_save(sample_file):
    with RegisterFile.open(sample_file, read_only=True) as reader, reader.in_memory() as copy:
        copy._conn.execute("BEGIN")  # a long read of the copy: the file itself is not locked by it
        copy._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with RegisterFile.open(sample_file) as writer:
            writer.set_languages(["lv"])
        copy._conn.execute("COMMIT")
        assert reader.changed_elsewhere()
        assert copy.load().languages == ["lv", "en"]  # the copy is the file as it was when taken
