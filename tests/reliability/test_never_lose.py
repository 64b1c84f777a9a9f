"""Issue 14: busy is not damaged, stray journals, overwrites, special files, and what a person reads."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ropa_desktop import cli, paths
from ropa_desktop.core import files, interchange, settings
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import Busy, InvalidRegister, NotARegister, Problem, RegisterFileError, WriteFailed
from ropa_desktop.core.storage import RegisterFile, list_backups, restore_backup
from ropa_desktop.core.storage import connection as storage_connection

from .conftest import REPO, child_env, sha256

# Holds SQLite's lock on a file the way another program does in the middle of saving: it starts a write
# transaction that spills into the file (exclusive lock), says "locked", and waits for a line on stdin.
HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN IMMEDIATE")
conn.executemany("INSERT INTO change_log (changed_at, user_name, entity, entity_id, action, summary)"
                 " VALUES ('', '', 'x', '', 'x', ?)", [("z" * 3000,) for _ in range(300)])
print("locked", flush=True)
sys.stdin.readline()
conn.execute(sys.argv[2])
"""


# Holds an exclusive lock before writing anything (as a tool that locks the file first does).
HOLD_EXCLUSIVE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute(sys.argv[2])
"""


class LockHolder:
    def __init__(self, path: Path, end: str = "ROLLBACK", script: str = HOLD_LOCK) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, str(path), end],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        assert self.proc.stdout.readline().strip() == "locked", self.proc.stderr.read()

    def release(self) -> None:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        self.proc.wait(timeout=30)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)


@pytest.fixture
def short_busy_wait(monkeypatch):
    monkeypatch.setattr(storage_connection, "BUSY_TIMEOUT_MS", 200)


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


# --- 1. busy is not damaged -----------------------------------------------------------------------


def test_a_file_another_program_is_saving_is_busy_not_damaged(sample_file, short_busy_wait):
    holder = LockHolder(sample_file, end="COMMIT")
    try:
        with pytest.raises(Busy) as info:
            RegisterFile.open(sample_file)
        assert info.value.key == "busy"  # "try again", never "damaged, restore from backup"
        # Restore from backup and import --force are refused while it saves: nothing swapped under it.
        backup = paths.backups_dir() / "x.ropa"
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample_file, backup)
        with pytest.raises(Busy):
            restore_backup(backup, sample_file)
        with pytest.raises(Busy):
            RegisterFile.create(sample_file, m.Register(), overwrite=True)
    finally:
        holder.release()
    # The other program's commit went through, into the same file.
    conn = sqlite3.connect(sample_file)
    assert conn.execute("SELECT count(*) FROM change_log WHERE entity = 'x'").fetchone() == (300,)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_a_file_locked_before_anything_is_written_is_busy_and_no_command_speaks_of_a_kept_change(
    sample_file, short_busy_wait, capsys
):
    before = sha256(sample_file)
    holder = LockHolder(sample_file, script=HOLD_EXCLUSIVE)
    try:
        with pytest.raises(Busy) as info:  # it said "your change has been kept", though nothing was changed
            RegisterFile.open(sample_file)
        assert info.value.key == "busy"
        assert cli.main(["erase", str(sample_file), "Anna"]) == 2
        said = capsys.readouterr().err
        assert "šobrīd saglabā cita programma" in said and "Fails nav bojāts" in said
        assert "tiks saglabāta" not in said  # (the window's words for a change it keeps)
        sample = REPO / "resources/samples/zimes.register.json"
        assert cli.main(["import", str(sample), str(sample_file), "--force"]) == 2
        said = capsys.readouterr().err
        assert "tāpēc tas netika aizstāts. Nekas netika mainīts" in said and "tiks saglabāta" not in said
    finally:
        holder.release()
    assert sha256(sample_file) == before
    # a lock taken after the command opened the file: a command keeps no change to save later either
    said = cli._error_message(WriteFailed("locked", path="x.ropa"), "en")
    assert said == (
        "“x.ropa” is being saved by another program right now (perhaps the app on another computer), so nothing "
        "was changed. Wait a moment and try again."
    )


def test_replacing_a_file_that_is_not_a_register_keeps_it_and_waits_for_other_programs(tmp_path, short_busy_wait):
    # A damaged file (here: a register's header with noise) replaced by import --force: its bytes are kept.
    path = tmp_path / "x.ropa"
    good = tmp_path / "good.ropa"
    RegisterFile.create(good, m.Register()).close()
    path.write_bytes(good.read_bytes()[:100] + os.urandom(8000))
    before = path.read_bytes()
    with RegisterFile.create(
        path, interchange.read(REPO / "resources/samples/zimes.register.json"), overwrite=True
    ) as store:
        assert store.integrity_ok()
    kept = [b for b in list_backups(path) if b.reason == "replaced"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == before


def test_import_force_onto_a_register_keeps_the_replaced_content_as_a_backup(sample_file, sample_register):
    before = dump(sample_file)
    with RegisterFile.create(sample_file, m.Register(), overwrite=True) as store:
        assert store.load() == m.Register()
    kept = [b for b in list_backups(sample_file) if b.reason == "before-replace"]
    assert len(kept) == 1 and dump(kept[0].path) == before


# --- 2. stray and crafted journals ---------------------------------------------------------------


def make_hot_journal(path: Path) -> None:
    """Leave a real hot journal beside ``path``: a saving program killed mid-write."""
    holder = LockHolder(path)
    holder.kill()
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def test_a_cut_off_save_is_undone_with_a_copy_kept_and_the_user_told(sample_file, sample_register):
    make_hot_journal(sample_file)
    half_written = sample_file.read_bytes()
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.load() == sample_register
        (notice,) = store.notices
    assert notice.key == "journal_recovered"
    copy = Path(notice.params["copy"])
    assert copy.read_bytes() == half_written and Path(f"{copy}-journal").exists()
    assert str(copy) in notice.message("lv") and str(copy) in notice.message("en")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_a_journal_of_another_database_is_set_aside_not_replayed(tmp_path, sample_register):
    # A bigger register's journal copied beside a small one: it restores pages the small file never had.
    big = tmp_path / "big.ropa"
    register = interchange.read(REPO / "resources/samples/zimes.register.json")
    register.data_categories += [m.DataCategory(id=f"c{i}", name=m.Text.of("lv", "x" * 2000)) for i in range(300)]
    RegisterFile.create(big, register).close()
    make_hot_journal(big)
    small = tmp_path / "small.ropa"
    RegisterFile.create(small, sample_register).close()
    shutil.copyfile(big.with_name("big.ropa-journal"), small.with_name("small.ropa-journal"))
    size = small.stat().st_size
    with RegisterFile.open(small, read_only=True) as store:
        assert store.load() == sample_register  # unchanged
        (notice,) = store.notices
    assert notice.key == "journal_set_aside"
    assert small.stat().st_size == size
    assert not small.with_name("small.ropa-journal").exists()
    assert Path(notice.params["copy"]).exists()


def test_a_crafted_512_byte_journal_does_not_grow_the_file(sample_file, sample_register):
    page_size = int.from_bytes(sample_file.read_bytes()[16:18], "big")
    header = bytes.fromhex("d9d505f920a163d7") + (0).to_bytes(4, "big") + (7).to_bytes(4, "big")
    header += (500_000).to_bytes(4, "big") + (512).to_bytes(4, "big") + page_size.to_bytes(4, "big")
    sample_file.with_name(sample_file.name + "-journal").write_bytes(header.ljust(512, b"\0"))
    size = sample_file.stat().st_size
    with RegisterFile.open(sample_file, read_only=True) as store:
        assert store.load() == sample_register
        assert [n.key for n in store.notices] == ["journal_set_aside"]
    assert sample_file.stat().st_size == size


# --- 3, 4. overwrites --------------------------------------------------------------------------


def test_pdf_and_export_never_overwrite_a_register_their_input_or_a_file_without_force(tmp_path, sample_file, capsys):
    other = tmp_path / "other.ropa"
    shutil.copyfile(sample_file, other)
    before = {p: sha256(p) for p in (sample_file, other)}
    args = ["--document", "register", "--lang", "en"]
    assert cli.main(["pdf", str(sample_file), *args, "--output", str(sample_file)]) == 2
    assert cli.main(["pdf", str(sample_file), *args, "--output", str(other), "--force"]) == 2
    assert cli.main(["export", str(sample_file), str(other)]) == 2
    assert cli.main(["export", str(sample_file), str(other), "--force"]) == 2
    assert cli.main(["export", str(sample_file), str(sample_file), "--force"]) == 2
    assert {p: sha256(p) for p in before} == before
    err = capsys.readouterr().err
    assert "register file" in err or "reģistra fails" in err
    existing = tmp_path / "out.json"
    existing.write_text("{}")
    assert cli.main(["export", str(sample_file), str(existing)]) == 2
    assert existing.read_text() == "{}"
    assert cli.main(["export", str(sample_file), str(existing), "--force"]) == 0
    assert json.loads(existing.read_text())["organisation"]["name"]


def test_save_as_or_save_pdf_onto_the_open_register_is_refused(sample_file, tmp_path):
    # What the window calls before Save As (a register may replace another register) and Save PDF.
    with pytest.raises(RegisterFileError) as info:
        files.check_output(sample_file, sources=(sample_file,), force=True, register=True)
    assert info.value.key == "output_is_input"
    link = tmp_path / "link.ropa"
    link.symlink_to(sample_file)
    with pytest.raises(RegisterFileError):
        files.check_output(link, sources=(sample_file,), force=True, register=True)
    with pytest.raises(RegisterFileError) as info:
        files.check_output(sample_file, sources=(), force=True)
    assert info.value.key == "output_is_register"
    files.check_output(tmp_path / "new.pdf", sources=(sample_file,))


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
@pytest.mark.parametrize("copy", ["save_as", "compact_copy"])
def test_a_copy_is_never_written_into_the_register_itself_under_another_name(copy, sample_file, tmp_path):
    # the accountant's copy onto a hard link of the open register was written into that register
    other_name = tmp_path / "ZIMES kopija.ropa"
    os.link(sample_file, other_name)
    before = sha256(sample_file)
    with RegisterFile.open(sample_file) as store:
        with pytest.raises(RegisterFileError) as refused:
            getattr(store, copy)(other_name)
    assert refused.value.key == "output_is_input"
    assert sha256(sample_file) == before


@pytest.mark.parametrize("copy", ["save_as", "compact_copy"])
def test_a_copy_saved_over_a_register_keeps_what_it_held_and_reaches_who_has_it_open(copy, sample_file, tmp_path):
    """Save As (or the accountant's copy) onto an existing register, e.g. last month's copy that the accountant
    has open on a shared folder: what it held is kept as a backup, and the program that has it open sees the
    new content and can go on saving, instead of writing into a file that is no longer there."""
    target = tmp_path / "grāmatvedim.ropa"
    RegisterFile.create(target, m.Register(organisation=m.Organisation(name="SIA Vecā kopija"))).close()
    with RegisterFile.open(target) as accountant, RegisterFile.open(sample_file) as store:
        getattr(store, copy)(target)
        assert accountant.load().organisation.name == "SIA “ZĪMES”"
        accountant.set_organisation(m.Organisation(name="SIA “ZĪMES” (grāmatvedis)"))
    with RegisterFile.open(target, read_only=True) as copied:
        assert copied.load().organisation.name == "SIA “ZĪMES” (grāmatvedis)"
    (kept,) = [b for b in list_backups(target) if b.reason == "before-replace"]
    with RegisterFile.open(kept.path, read_only=True) as old:
        assert old.load().organisation.name == "SIA Vecā kopija"


def test_a_copy_saved_over_a_file_that_is_not_a_register_keeps_its_bytes(sample_file, tmp_path):
    target = tmp_path / "kaut kas.ropa"
    target.write_bytes(b"the only copy of something else" * 100)
    before = target.read_bytes()
    with RegisterFile.open(sample_file) as store:
        store.save_as(target)
    with RegisterFile.open(target, read_only=True) as copied:
        assert copied.load().organisation.name == "SIA “ZĪMES”"
    (kept,) = [b for b in list_backups(target) if b.reason == "replaced"]
    assert kept.path.read_bytes() == before


def test_two_imports_onto_one_new_path_never_both_succeed(tmp_path, sample_register, monkeypatch):
    from ropa_desktop.core.storage import register_file

    target = tmp_path / "new.ropa"
    real = register_file.RowWriter.everything

    def slow_everything(self, register):  # another import finishes first, while this one is writing
        real(self, register)
        if register.main_language == "lv" and not target.exists():
            RegisterFile.create(target, m.Register(languages=["en"])).close()

    monkeypatch.setattr(register_file.RowWriter, "everything", slow_everything)
    with pytest.raises(RegisterFileError) as info:
        RegisterFile.create(target, sample_register)
    assert info.value.key == "exists"
    monkeypatch.setattr(register_file.RowWriter, "everything", real)
    with RegisterFile.open(target) as store:
        assert store.load().languages == ["en"]  # the first import's file, whole
    assert [p.name for p in tmp_path.iterdir()] == ["new.ropa"]  # no temporary file left


# --- 7, 8. special and crafted files ---------------------------------------------------------------


def finishes(fn, seconds: float = 10.0):
    result: dict = {}

    def run():
        try:
            result["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "hangs"
    return result


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("name", ["x.ropa", "x.json"])
def test_a_fifo_is_refused_at_once(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    result = finishes(lambda: RegisterFile.open(fifo) if name.endswith(".ropa") else interchange.read(fifo))
    assert isinstance(result.get("error"), RegisterFileError)
    assert result["error"].key == "not_regular_file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize(
    "args",
    [
        ["export", "{register}", "{target}", "--force"],
        ["new", "{target}", "--force"],
        ["pdf", "{register}", "--document", "register", "--lang", "lv", "--output", "{target}", "--force"],
    ],
    ids=["export", "new", "pdf"],
)
def test_a_fifo_or_device_is_never_replaced_by_a_written_file(sample_file, tmp_path, capsys, args):
    # as root, `export … /dev/full --force` had made /dev/full an ordinary file
    target = tmp_path / "out"
    os.mkfifo(target)
    code = cli.main([a.format(register=sample_file, target=target) for a in args])
    assert code == 2
    assert "nav parasts fails (tā ir ierīce, kanāls vai ligzda), tāpēc tajā nekas netiek rakstīts" in (
        capsys.readouterr().err
    )
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    with pytest.raises(RegisterFileError) as refused:  # and the core's own writer refuses it too
        files.write_atomic(target, b"{}")
    assert refused.value.key == "output_not_regular"
    assert stat.S_ISFIFO(os.lstat(target).st_mode)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_json_linked_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "x.json"
    link.symlink_to("/dev/zero")
    result = finishes(lambda: interchange.read(link))
    assert result["error"].key == "not_regular_file"


def test_an_extra_check_expression_is_refused_by_the_schema_before_it_runs(sample_file, tmp_path):
    # The file's own CHECK (false for every row) would make quick_check report damage; the schema comes first.
    conn = sqlite3.connect(sample_file, isolation_level=None)
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'subject_categories'").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    expensive = "groups_note TEXT NOT NULL CHECK (length(zeroblob(1e8)) < 0)"
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'subject_categories'",
        (sql.replace("groups_note TEXT NOT NULL", expensive),),
    )
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.close()
    started = time.monotonic()
    with pytest.raises(NotARegister) as info:
        RegisterFile.open(sample_file)
    assert info.value.key == "unexpected_schema"
    assert time.monotonic() - started < 3


# --- 9. true messages -------------------------------------------------------------------------------


def test_a_change_log_out_of_numbers_is_not_a_full_disk(sample_file):
    conn = sqlite3.connect(sample_file, isolation_level=None)
    conn.execute("UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'change_log'")
    conn.close()
    with RegisterFile.open(sample_file) as store, pytest.raises(RegisterFileError) as info:
        store.add(m.SubjectCategory(id="x", name=m.Text.of("lv", "X")))
    assert info.value.key == "log_exhausted"


def test_text_that_is_not_utf8_is_told_as_such_by_a_read_only_check(sample_file, capsys):
    conn = sqlite3.connect(sample_file, isolation_level=None)
    conn.execute("UPDATE organisation SET name = CAST(x'ff41' AS TEXT)")
    conn.close()
    assert cli.main(["check", str(sample_file), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "not valid UTF-8" in err and "Saving" not in err


# --- 10, 11, 12. what a person reads -------------------------------------------------------------


def test_control_characters_never_reach_the_terminal(tmp_path, capsys):
    name = tmp_path / "a\x1b]0;owned\x07\x1b[2J.ropa"
    assert cli.main(["check", str(name), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b" in err


def test_a_json_with_300000_problems_lists_20_and_counts_the_rest(tmp_path):
    error = InvalidRegister([Problem(f"purposes[{i}].name", "bad_text") for i in range(300_000)])
    for lang in ("lv", "en"):
        lines = error.message(lang).splitlines()
        assert len(lines) == 22
        assert "299980" in lines[-1]


def test_a_folder_name_that_is_not_utf8_works_or_is_told_clearly(tmp_path, capsys):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/\xff\xfe"))
    try:
        folder.mkdir()
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take such names")
    target = folder / "x.ropa"
    assert cli.main(["new", str(target)]) == 0, capsys.readouterr().err
    assert cli.main(["check", str(target), "--lang", "en"]) in (0, 1)
    with RegisterFile.open(target) as store:
        assert store.integrity_ok()
        store.accountant_copy(tmp_path)  # its name is readable: it is the organisation's


def test_why_the_system_refused_a_write_is_said_in_the_users_language(tmp_path):
    """The system's own words ("No such file or directory") are English: inside a Latvian sentence they are
    replaced by the reason in Latvian (here: the USB stick with the folder was pulled out)."""
    with pytest.raises(RegisterFileError) as info:
        files.write_atomic(tmp_path / "izņemts" / "ZĪMES.register.json", b"{}")
    assert "mapes vairs nav" in info.value.message("lv")
    assert "No such file" not in info.value.message("lv")
    assert "the folder is no longer there" in info.value.message("en")


def test_an_absurd_settings_file_gives_the_defaults(capsys):
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert settings.load() == settings.Settings()
    path.write_bytes(b'{"language": "en", "recent_files": ["' + b"x" * 10_000_000 + b'"]}')
    assert settings.load() == settings.Settings()


# --- 14. export onto a symbolic link ---------------------------------------------------------------


def test_export_onto_a_link_writes_through_and_keeps_the_mode(tmp_path, sample_file):
    real = tmp_path / "private.json"
    real.write_text("{}")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert cli.main(["export", str(sample_file), str(link), "--force"]) == 0
    assert link.is_symlink() and json.loads(real.read_text())["organisation"]["name"]
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


# --- 6. backups are private ----------------------------------------------------------------------


def test_backups_are_readable_by_the_user_only(sample_file):
    with RegisterFile.open(sample_file) as store:
        backup = store.backup("daily")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700


# --- 5. the accountant's copy carries nothing deleted or renamed ------------------------------------


def lv(text: str) -> m.Text:
    return m.Text.of("lv", text)


def test_the_accountants_copy_carries_no_deleted_or_former_names(sample_file, tmp_path):
    with RegisterFile.open(sample_file) as store:
        gone = store.add(m.Recipient(name=lv("Jānis Bērziņš IT pakalpojumi"), country="LV", role="processor"))
        renamed = store.add(m.Recipient(name=lv("Anna Liepa"), country="LV", role="processor"))
        assert gone.id == "janis-berzins-it-pakalpojumi" and renamed.id == "anna-liepa"  # ids made from names
        store.delete("recipients", gone.id)
        store.update(m.Recipient(id=renamed.id, name=lv("SIA Grāmatvede"), country="LV", role="processor"))
        register = store.load()
        copy = store.accountant_copy(tmp_path / "out")
    raw = copy.read_bytes()
    for trace in ("janis-berzins", "Bērziņš", "anna-liepa", "Anna Liepa"):
        for encoding in ("utf-8", "utf-16-le"):
            assert trace.encode(encoding) not in raw, trace
    with RegisterFile.open(copy, read_only=True) as store:
        copied = store.load()
        assert [r.name for r in copied.recipients] == [r.name for r in register.recipients]
        # every row is kept, and one more says that the logs were left out of the copy
        log = store.change_log(1000)
        with RegisterFile.open(sample_file, read_only=True) as original:
            assert len(log) == len(original.change_log(1000)) + 1 and log[0].action == "copy_without_logs"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [copy.name]


def test_a_temporary_file_left_by_a_killed_copy_is_removed_later(sample_file, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".SIA ZĪMES 2025-03-14.ropa.abc123.tmp"
    stale.write_bytes(b"left by a killed copy")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    with RegisterFile.open(sample_file) as store:
        store.accountant_copy(out)
    assert not stale.exists()


# --- 6. an erasure request carried out everywhere ---------------------------------------------------


def test_erasing_a_person_everywhere_clears_the_log_and_the_backups_that_hold_them(sample_file, sample_register):
    from ropa_desktop.core.storage import daily_backup, erase_everywhere

    person = "Jānis Bērziņš"
    with RegisterFile.open(sample_file) as store:
        daily_backup(store)  # before the person was added: does not hold them
        store.add(m.SubjectCategory(id="x", name=lv(f"{person} (klients)")))
        holding = store.backup("daily")
        with pytest.raises(InvalidRegister) as info:  # still in the register: nothing is done
            erase_everywhere(store, person)
        assert [p.path.split("[")[0] for p in info.value.problems] == ["subject_categories"]
        assert holding.exists()
        store.delete("subject_categories", "x")
        report = erase_everywhere(store, person.upper())
        assert report.backups_deleted == [holding] and not holding.exists()
        assert report.log_rows == 2  # the add and the delete named them
        assert report.new_backup is not None and report.new_backup.exists()
        assert person.upper() in report.message("lv") and person.upper() in report.message("en")
        assert len(list_backups(sample_file)) == 2
        assert store.load() == sample_register
    for path in [sample_file, *(b.path for b in list_backups(sample_file))]:
        raw = path.read_bytes()
        assert person.encode() not in raw and person.upper().encode() not in raw


def test_the_command_line_tells_of_a_recovered_save(sample_file, capsys):
    make_hot_journal(sample_file)
    assert cli.main(["check", str(sample_file), "--lang", "en"]) in (0, 1)
    err = capsys.readouterr().err
    assert "cut off" in err and "before-recovery" in err


def test_the_command_line_erases_a_person_everywhere(sample_file, capsys):
    with RegisterFile.open(sample_file) as store:
        store.add(m.SubjectCategory(id="x", name=lv("Ilze Kalniņa")))
        store.backup("daily")
    assert cli.main(["erase", str(sample_file), "Ilze Kalniņa", "--lang", "en"]) == 2  # still in the register
    assert "still holds" in capsys.readouterr().err
    with RegisterFile.open(sample_file) as store:
        store.delete("subject_categories", "x")
    assert cli.main(["erase", str(sample_file), "Ilze Kalniņa", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Backup copies deleted because they held it: 1." in out
    assert all(b"Ilze" not in b.path.read_bytes() for b in list_backups(sample_file))
