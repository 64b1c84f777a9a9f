"""The worker process's jobs read the register from its file, again only when the file changed."""

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


def test_a_job_reads_the_file_once_and_again_after_a_save(sample_file):
    first = jobs.register_in(str(sample_file))
    assert jobs.register_in(str(sample_file)) is first  # unchanged file: what was read is kept
    with RegisterFile.open(sample_file) as store:
        old = store.get("subject_categories", "clients")
        store.update(m.SubjectCategory(**{**old.__dict__, "name": old.name.with_text("lv", "Pircēji")}), base=old)
    again = jobs.register_in(str(sample_file))
    assert again is not first
    assert again.find("subject_categories", "clients").name["lv"] == "Pircēji"


def test_the_check_job_gives_the_findings_of_the_file(sample_file, sample_register):
    assert jobs.check(str(sample_file)) == list(completeness.check(sample_register))


def test_reading_in_memory_leaves_the_file_free_for_a_save(sample_file):
    with RegisterFile.open(sample_file, read_only=True) as reader, reader.in_memory() as copy:
        copy._conn.execute("BEGIN")  # a long read of the copy: the file itself is not locked by it
        copy._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with RegisterFile.open(sample_file) as writer:
            writer.set_languages(["lv"])
        copy._conn.execute("COMMIT")
        assert reader.changed_elsewhere()
        assert copy.load().languages == ["lv", "en"]  # the copy is the file as it was when taken
