"""Opening a register checks its schema without sqlite-utils; the check matches what sqlite-utils builds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop.core import schema


@pytest.mark.parametrize("version", range(schema.SCHEMA_VERSION + 1))
def test_expected_objects_equal_what_sqlite_utils_builds(version):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    stop = schema.MIGRATION_NAMES[version] if version < schema.SCHEMA_VERSION else None
    schema.apply(conn, stop_before=stop)
    assert schema.schema_objects(conn) == schema.expected_objects(version)
    conn.close()


def test_opening_a_register_does_not_load_sqlite_utils(sample_file):
    script = (
        "import sys\n"
        "from ropa_desktop.core.storage import RegisterFile\n"
        f"store = RegisterFile.open({str(sample_file)!r})\n"
        "store.load()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
