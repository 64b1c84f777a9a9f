"""The open register's file moved, renamed, deleted or replaced by another program (a file manager, a sync tool
saving a newer version by renaming it into place): the save is refused as such, not as "read-only", and what
the file held can still be copied out."""

from __future__ import annotations

import dataclasses
import os
import shutil

import pytest

from ropa_desktop.core.errors import FileMoved
from ropa_desktop.core.storage import RegisterFile


def _delete(path):
    os.unlink(path)


def _rename(path):
    os.rename(path, path.with_name("elsewhere.ropa"))


def _replace(path):
    copy = path.with_name("newer.ropa")
    shutil.copyfile(path, copy)
    os.replace(copy, path)


@pytest.mark.parametrize("take_away", [_delete, _rename, _replace], ids=["deleted", "renamed", "replaced"])
def test_a_save_into_a_file_taken_away_is_refused_as_such_and_the_content_can_be_copied_out(
    sample_file, tmp_path, take_away
):
    store = RegisterFile.open(sample_file)
    organisation = store.organisation()
    assert not store.moved()
    take_away(sample_file)
    assert store.moved()
    assert not store.changed_elsewhere()  # SQLite's own count says nothing: only the path tells

    with pytest.raises(FileMoved) as refused:
        store.set_organisation(dataclasses.replace(organisation, name="SIA Cits"))
    assert refused.value.message("lv").startswith("Cita programma pārvietoja, pārdēvēja, aizstāja vai izdzēsa failu")
    assert "File › Save As…" in refused.value.message("en")

    rescued = tmp_path / "rescued.ropa"
    store.save_as(rescued)  # what the file held is still there to copy
    store.close()
    with RegisterFile.open(rescued, read_only=True) as copy:
        assert copy.organisation() == organisation


def test_a_file_moved_back_is_the_same_file_again(sample_file):
    with RegisterFile.open(sample_file) as store:
        aside = sample_file.with_name("aside.ropa")
        os.rename(sample_file, aside)
        assert store.moved()
        os.rename(aside, sample_file)
        assert not store.moved()
        store.set_organisation(dataclasses.replace(store.organisation(), name="SIA Atpakaļ"))
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.organisation().name == "SIA Atpakaļ"
