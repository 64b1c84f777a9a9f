"""A register another program kept in WAL mode, perhaps with a ``-wal`` beside it holding changes not in the file:
the two are checked together before SQLite may write the one into the other."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ropa_desktop import cli
from ropa_desktop.core.errors import NotARegister
from ropa_desktop.core.storage import RegisterFile

from .conftest import sha256


def with_wal(src: Path, dst: Path, *sql: str) -> Path:
    """A copy of ``src`` in WAL mode whose ``-wal`` holds ``sql``'s changes (not yet in the file itself), as a
    copy taken while an SQLite browser had it open leaves it."""
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for statement in sql:
        conn.execute(statement)
    copy = dst.with_name("copy-" + dst.name)
    shutil.copyfile(dst, copy)
    shutil.copyfile(f"{dst}-wal", f"{copy}-wal")
    conn.close()
    dst.unlink()
    copy.rename(dst)
    Path(f"{copy}-wal").rename(f"{dst}-wal")
    return dst


def beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


@pytest.mark.parametrize("read_only", [False, True], ids=["opened", "read"])
def test_code_hidden_in_a_wal_is_refused_and_the_file_and_its_wal_stay_as_they_were(sample_file, tmp_path, read_only):
    """The refusal said "nothing in it was changed", while SQLite had written the -wal, trigger and all, into
    the file on closing it (and a read left a -shm beside it)."""
    path = with_wal(
        sample_file,
        tmp_path / "hostile.ropa",
        "CREATE TRIGGER wipe AFTER UPDATE ON organisation BEGIN DELETE FROM purposes; END",
    )
    before = sha256(path), sha256(Path(f"{path}-wal"))
    with pytest.raises(NotARegister) as info:
        RegisterFile.open(path, read_only=read_only)
    assert info.value.key == "unexpected_schema"
    assert str(path) in info.value.message("lv")
    assert (sha256(path), sha256(Path(f"{path}-wal"))) == before
    assert beside(path) == ["hostile.ropa", "hostile.ropa-wal"]


def test_a_wal_of_a_register_is_taken_in_and_the_file_is_one_file_again(sample_file, tmp_path, capsys):
    path = with_wal(sample_file, tmp_path / "wal.ropa", "UPDATE organisation SET name = 'SIA Pārlūks'")

    assert cli.main(["check", str(path)]) in (0, 1)  # only read: from a checked copy, nothing written beside it
    capsys.readouterr()
    assert beside(path) == ["wal.ropa", "wal.ropa-wal"]
    with RegisterFile.open(path, read_only=True) as store:
        assert store.organisation().name == "SIA Pārlūks"

    with RegisterFile.open(path) as store:
        assert store.organisation().name == "SIA Pārlūks"
        store.set_organisation(store.organisation())
    assert beside(path) == ["wal.ropa"]
    assert path.read_bytes()[18:20] == b"\x01\x01"  # a rollback journal again: one self-contained file
    with RegisterFile.open(path, read_only=True) as store:
        assert store.organisation().name == "SIA Pārlūks"
