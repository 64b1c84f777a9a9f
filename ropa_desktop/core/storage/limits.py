"""Values SQLite cannot hold, or no register needs: checked before an edit is written and when a file is opened."""

from __future__ import annotations

import sqlite3
from typing import Any

from ropa_desktop.core import model as m
from ropa_desktop.core.errors import InvalidRegister, Problem
from ropa_desktop.core.gc_pause import gc_paused

# No text in a register is anywhere near this long; a file that holds one is refused, an edit rejected.
MAX_TEXT_BYTES = 1_000_000
INT64 = (-(2**63), 2**63 - 1)


def value_problems(obj: Any, path: str = "") -> list[Problem]:
    """Texts too long or not storable as UTF-8, and whole numbers beyond 64 bits, each with its path."""
    out: list[Problem] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, str):
            try:
                size = len(value.encode("utf-8"))
            except UnicodeEncodeError:
                out.append(Problem(where, "bad_text"))
                return
            if size > MAX_TEXT_BYTES:
                out.append(Problem(where, "too_long", {"limit": MAX_TEXT_BYTES // 1_000_000}))
        elif isinstance(value, bool):
            return
        elif isinstance(value, int):
            if not INT64[0] <= value <= INT64[1]:
                out.append(Problem(where, "number_too_large"))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")

    with gc_paused():  # a copy of the whole register as JSON data, kept until it has been walked
        walk(m.to_json(obj), path)
    return out


def check_values(obj: Any, path: str = "") -> None:
    problems = value_problems(obj, path)
    if problems:
        raise InvalidRegister(problems)


def oversized(conn: sqlite3.Connection) -> bool:
    """True when any text in the file is longer than any register needs (a hostile or broken file)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith("sqlite_"):
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[2].upper() == "TEXT"]
        if not columns:
            continue
        test = " OR ".join(f'length(CAST("{c}" AS BLOB)) > {MAX_TEXT_BYTES}' for c in columns)
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {test} LIMIT 1').fetchone():
            return True
    return False
