"""The JSON interchange format (``ropa-register`` version 2; version 1 is read and converted): read and write files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ropa_desktop.core import files, version1
from ropa_desktop.core.errors import RegisterFileError
from ropa_desktop.core.gc_pause import gc_paused
from ropa_desktop.core.model import Register, from_json, to_json

MAX_JSON_BYTES = 200 * 1024 * 1024


def parse(text: str) -> Register:
    """A register from JSON text; InvalidRegister names every problem with its path."""
    with gc_paused():  # a whole register's objects at once, all kept
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            # it stops before the register ends (or inside a text, which only the end can leave open): cut short
            if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
                raise RegisterFileError("json_cut_short", line=exc.lineno, column=exc.colno) from None
            raise RegisterFileError("invalid_json", line=exc.lineno, column=exc.colno) from None
        except (RecursionError, ValueError):  # nesting too deep; a number of more than 4,300 digits
            raise RegisterFileError("invalid_json", line=1, column=1) from None
        return from_data(data)


def from_data(data: Any) -> Register:
    """A register from parsed JSON of format version 2, or of version 1 (converted)."""
    if version1.is_version_1(data):
        data = version1.upgrade(data)
    return from_json(data)


def read(path: Path | str) -> Register:
    path = Path(path)
    raw = files.read_bytes(path, limit=MAX_JSON_BYTES)
    if raw.startswith(files.SQLITE_MAGIC):  # the register file itself, chosen where its JSON export was meant
        raise RegisterFileError("register_not_json", path=str(path))
    if raw.startswith(files.PDF_MAGIC):  # a document printed from a register, chosen in place of its JSON
        raise RegisterFileError("pdf_file", path=str(path))
    # UTF-8 as the format says; a file saved again as UTF-16 (Windows Notepad's “Unicode”) says so by its mark
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise RegisterFileError("not_utf8", path=str(path)) from None
    try:
        return parse(text)
    except RegisterFileError as exc:
        if exc.key in ("invalid_json", "json_cut_short"):  # the file named, as every other message names it
            raise RegisterFileError(f"{exc.key}_in", path=str(path), **exc.params) from None
        raise


def dumps(register: Register) -> str:
    """The register as JSON text of format version 2 (whatever version it was read from)."""
    return json.dumps(to_json(register), ensure_ascii=False, indent=2) + "\n"


def write(register: Register, path: Path | str) -> None:
    """Write atomically: a temporary file beside the target, then a rename."""
    write_text_atomic(Path(path), dumps(register))


def write_text_atomic(path: Path, text: str, *, make_folder: bool = False) -> None:
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    files.write_atomic(path, text.encode("utf-8"), error_key="export_write_failed")
