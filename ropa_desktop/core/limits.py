"""Values SQLite cannot hold, or no register needs: checked when a register is read (a JSON file, a register file as it
is opened) and before an edit is written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ropa_desktop.core import model as m
from ropa_desktop.core.errors import InvalidRegister, Problem
from ropa_desktop.core.gc_pause import gc_paused

if TYPE_CHECKING:  # (the JSON reader uses these limits without the SQLite layer)
    import sqlite3

# No text in a register is anywhere near this long; a file that holds one is refused, an edit rejected.
MAX_TEXT_BYTES = 1_000_000
# Nor has any this many lines (all its languages together): about as many as a text of the greatest length makes
# of ordinary sentences.  Each line is laid out on its own when printed, so 150,000 short lines in half a megabyte
# took half a minute and 2.7 GB to print.
MAX_TEXT_LINES = 10_000
INT64 = (-(2**63), 2**63 - 1)


def value_problems(obj: Any, path: str = "") -> list[Problem]:
    """Texts too long or not storable as UTF-8, and whole numbers beyond 64 bits, each with its path."""
    with gc_paused():  # a copy of the whole register as JSON data, kept until it has been walked
        return data_problems(m.to_json(obj), path)


def data_problems(data: Any, path: str = "") -> list[Problem]:
    """The same, in a register's JSON data (as read from a file, before it is made into a register)."""
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
            elif value.count("\n") > MAX_TEXT_LINES:
                out.append(Problem(where, "too_many_lines", {"limit": MAX_TEXT_LINES}))
        elif isinstance(value, bool):
            return
        elif isinstance(value, int):
            if not INT64[0] <= value <= INT64[1]:
                out.append(Problem(where, "number_too_large"))
        elif isinstance(value, dict):
            texts = [item for item in value.values() if isinstance(item, str)]
            if len(texts) == len(value) and sum(text.count("\n") for text in texts) > MAX_TEXT_LINES:
                # a text in its languages, kept in one column: their lines together
                out.append(Problem(where, "too_many_lines", {"limit": MAX_TEXT_LINES}))
                return
            for key, item in value.items():
                walk(item, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")

    walk(data, path)
    return out


def check_values(obj: Any, path: str = "") -> None:
    problems = value_problems(obj, path)
    if problems:
        raise InvalidRegister(problems)


def oversized(conn: sqlite3.Connection) -> str | None:
    """``too_long`` or ``too_many_lines`` when a text in the file is longer, or has more lines, than any register
    needs (a hostile or broken file); else None."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith("sqlite_"):
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[2].upper() == "TEXT"]
        if not columns:
            continue
        # a line break in a plain text, or written as “\n” in a text kept as JSON (its languages together)
        lines = [  # (a text shorter than the limit has fewer lines: they are not even counted)
            f'length("{c}") > {MAX_TEXT_LINES} AND length("{c}") - length(replace("{c}", char(10), \'\'))'
            f" + (length(\"{c}\") - length(replace(\"{c}\", '\\n', ''))) / 2 > {MAX_TEXT_LINES}"
            for c in columns
        ]
        long = " OR ".join(f'length(CAST("{c}" AS BLOB)) > {MAX_TEXT_BYTES}' for c in columns)
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {long} LIMIT 1').fetchone():
            return "too_long"
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {" OR ".join(lines)} LIMIT 1').fetchone():
            return "too_many_lines"
    return None
