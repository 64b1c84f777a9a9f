"""Two app instances (and the command line) on one register file: both keep working, nothing is dropped."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from ropa_desktop import cli
from ropa_desktop.core import model as m
from ropa_desktop.core import storage
from ropa_desktop.core.errors import WriteFailed
from ropa_desktop.core.storage import RegisterFile

from .conftest import REPO, child_env


def lv(text: str) -> m.Text:
    """A text in Latvian only."""
    return m.Text.of("lv", text)


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(storage.connection, "BUSY_TIMEOUT_MS", 300)
    return 0.3


def test_each_instance_sees_the_others_changes(sample_file):
    admin, accountant = RegisterFile.open(sample_file), RegisterFile.open(sample_file)
    try:
        admin.load()
        accountant.load()
        assert not admin.changed_elsewhere() and not accountant.changed_elsewhere()
        admin.add(m.Recipient(id="bank", name=lv("Banka"), service=lv("Norēķini")))
        assert accountant.changed_elsewhere() and not admin.changed_elsewhere()
        assert accountant.load().find("recipients", "bank").service == {"lv": "Norēķini"}
        assert not accountant.changed_elsewhere()
        accountant.update(m.Recipient(id="bank", name=lv("Banka"), service=lv("Norēķinu konts")))
        assert admin.changed_elsewhere()
        assert admin.load().find("recipients", "bank").service == {"lv": "Norēķinu konts"}
        assert [e.action for e in admin.change_log(2)] == ["update", "add"]
    finally:
        admin.close()
        accountant.close()


def test_the_command_line_and_the_app_on_one_file(sample_file, tmp_path, sample_register):
    app = RegisterFile.open(sample_file)
    try:
        app.load()
        app.add(m.SubjectCategory(id="visitors", name=lv("Apmeklētāji")))
        # The CLI exports while the app has the file open: it sees the app's edit.
        r = subprocess.run(
            [sys.executable, "-m", "ropa_desktop", "export", str(sample_file), str(tmp_path / "o.json")],
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=REPO,
            timeout=60,
        )
        assert r.returncode == 0, r.stderr
        exported = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
        assert "visitors" in [c["id"] for c in exported["subject_categories"]]
        # The CLI replaces the content (import --force) while the app has it open: the app notices,
        # and reads the new content from the same file, not from a deleted one.
        exported["organisation"]["phone"] = "+371 20000000"
        (tmp_path / "o.json").write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
        assert cli.main(["import", str(tmp_path / "o.json"), str(sample_file), "--force"]) == 0
        assert app.changed_elsewhere()
        register = app.load()
        assert register.organisation.phone == "+371 20000000"
        assert register.find("subject_categories", "visitors") is not None
        app.add(m.SubjectCategory(id="guests", name=lv("Viesi")))
    finally:
        app.close()
    with RegisterFile.open(sample_file) as store:
        register = store.load()
        assert {"visitors", "guests"} <= {c.id for c in register.subject_categories}
        assert store.integrity_ok()


def test_a_write_waits_for_the_lock_then_succeeds(sample_file):
    other = sqlite3.connect(sample_file, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program is saving
    release = threading.Timer(0.2, lambda: other.execute("COMMIT"))
    with RegisterFile.open(sample_file) as store:
        started = time.monotonic()
        release.start()
        store.add(m.SubjectCategory(id="waited", name=lv("Pagaidīja")))
        waited = time.monotonic() - started
        release.join()
        assert waited >= 0.15
        assert store.load().find("subject_categories", "waited") is not None
    other.close()


@pytest.mark.parametrize("lock", ["writer", "reader"])
def test_a_write_that_cannot_get_the_lock_fails_clearly_and_can_be_retried(sample_file, short_busy_timeout, lock):
    other = sqlite3.connect(sample_file, isolation_level=None)
    if lock == "writer":
        other.execute("BEGIN IMMEDIATE")  # another program is in the middle of saving
    else:
        other.execute("BEGIN")  # another program is in the middle of a long read
        other.execute("SELECT count(*) FROM purposes").fetchone()
    with RegisterFile.open(sample_file) as store:
        before = store.load()
        entry = m.Purpose(
            id="newsletter",
            name=lv("Jaunumu vēstule"),
            legal_bases=[m.LegalBasis("consent")],
            consent=m.Consent(method=lv("Atzīme veidlapā"), withdrawal=lv("Saite katrā vēstulē")),
        )
        started = time.monotonic()
        with pytest.raises(WriteFailed) as info:
            store.add(entry)
        assert time.monotonic() - started >= short_busy_timeout * 0.9  # it waited before giving up
        assert info.value.key == "locked"
        assert "nav zaudēta" in info.value.message("lv") and "kept" in info.value.message("en")
        assert entry.name == {"lv": "Jaunumu vēstule"} and entry.id == "newsletter"  # the caller's edit, intact
        other.execute("ROLLBACK")
        other.close()
        assert store.load() == before  # nothing half-saved
        store.add(entry)  # the retry
        assert store.load().find("purposes", "newsletter") == entry
        assert store.change_log(1)[0].entity_id == "newsletter"
        assert store.integrity_ok()


def test_interleaved_edits_from_two_processes_are_all_kept(sample_file):
    script = (
        "import sys\n"
        "from ropa_desktop.core.storage import RegisterFile\n"
        "from ropa_desktop.core import model as m\n"
        "store = RegisterFile.open(sys.argv[1])\n"
        "for i in range(40):\n"
        "    for attempt in range(50):\n"
        "        try:\n"
        "            store.add(m.SecurityMeasure(id=f'{sys.argv[2]}-{i}', name=m.Text.of('lv', str(i))))\n"
        "            break\n"
        "        except Exception as exc:\n"
        "            if getattr(exc, 'key', '') != 'locked': raise\n"
        "store.close()\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(sample_file), who],
            env=child_env(),
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("admin", "accountant")
    ]
    for p in procs:
        _, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
    with RegisterFile.open(sample_file) as store:
        ids = {s.id for s in store.load().security_measures}
        assert {f"{who}-{i}" for who in ("admin", "accountant") for i in range(40)} <= ids
        assert store.integrity_ok()
