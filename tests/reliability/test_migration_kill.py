"""A migration killed midway leaves the original register readable, with nothing lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop.core import schema
from ropa_desktop.core.storage import RegisterFile, list_backups
from ropa_desktop.core.storage.journal import journal_is_hot

from .conftest import REPO, child_env

SLOW = Path(__file__).with_name("slow_migration.py")
KILLS = 12

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_killed_migration_leaves_the_original_readable(sample_file, sample_register, record_property):
    rng = random.Random(99)
    spilled = 0
    size = sample_file.stat().st_size
    for run in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(SLOW), str(sample_file)],
            cwd=REPO,
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        if run % 4 != 3:  # most runs: wait until the migration's transaction is under way
            assert proc.stdout.readline().strip() == "migrating", proc.stderr.read()
        try:
            proc.wait(timeout=rng.uniform(0.0, 0.4))
        except subprocess.TimeoutExpired:
            pass
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        journal = sample_file.with_name(sample_file.name + "-journal")
        if journal.exists() and sample_file.stat().st_size > size:
            spilled += 1  # half-migrated pages had already reached the file itself
        with RegisterFile.open(sample_file) as store:
            assert store.integrity_ok()
            assert store.load() == sample_register
            assert store._conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        # A kill as SQLite starts a transaction can leave a journal whose header is not yet written (zeroes):
        # it restores nothing, SQLite ignores it, and the next save overwrites it. Left is never one that
        # would change the file.
        assert not journal_is_hot(sample_file)
        assert not journal.exists() or journal.read_bytes()[:8] == bytes(8)
    backups = list_backups(sample_file)
    assert 0 < len(backups) <= 10  # a backup before each attempt, pruned to the last ten
    # Before each attempt a backup; after each kill, the file and its journal as they were, before recovery.
    assert {b.reason for b in backups} <= {f"before-upgrade-v{schema.SCHEMA_VERSION}", "before-recovery"}
    record_property("kills", KILLS)
    record_property("half_written_files", spilled)
    print(f"\n{KILLS} migrations killed midway, {spilled} with half-migrated pages already written into the file")
