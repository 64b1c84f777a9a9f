"""The JSON interchange format (``ropa-register`` version 2; version 1 is read and converted): read and write files."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from pathlib import Path
from typing import Any

from ropa_desktop.core import files, limits, version1
from ropa_desktop.core.errors import InvalidRegister, RegisterFileError
from ropa_desktop.core.gc_pause import gc_paused
from ropa_desktop.core.model import Register, from_json, to_json

MAX_JSON_BYTES = 200 * 1024 * 1024
# Python's own JSON reader, in Python (the stubs leave out what ``_object_with_key_twice`` uses of it).
_PY_JSON: Any = json.decoder, json.scanner


class _KeyTwice(ValueError):
    """One object gives a key twice: JSON readers keep the last value and silently drop the other."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _KeyTwice(key)
            seen.add(key)
    return obj


def _object_with_key_twice(text: str) -> tuple[int, int]:
    """Line and column where the first object that gives a key twice starts (read again, only to say where)."""
    found: list[int] = []

    def parse_object(s_and_end: tuple[str, int], *args: Any) -> Any:
        def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            if not found and len({key for key, _value in pairs}) != len(pairs):
                found.append(s_and_end[1] - 1)  # (just after its "{")
            return dict(pairs)

        strict, scan_once, object_hook, _pairs_hook, *memo = args
        return decoder.JSONObject(s_and_end, strict, scan_once, object_hook, pairs_hook, *memo)

    decoder, scanner = _PY_JSON
    reader: Any = json.JSONDecoder()
    reader.parse_object = parse_object
    reader.scan_once = scanner.py_make_scanner(reader)  # (Python's own scanner calls parse_object; C's does not)
    try:
        reader.decode(text)
    except (ValueError, RecursionError):
        pass
    at = found[0] if found else 0
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


def parse(text: str) -> Register:
    """A register from JSON text; InvalidRegister names every problem with its path."""
    with gc_paused():  # a whole register's objects at once, all kept
        try:
            data = json.loads(text, object_pairs_hook=_object)
        except _KeyTwice as exc:
            line, column = _object_with_key_twice(text)
            raise RegisterFileError("json_key_twice", field=exc.key, line=line, column=column) from None
        except json.JSONDecodeError as exc:
            # it stops before the register ends (or inside a text, which only the end can leave open): cut short
            if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
                raise RegisterFileError("json_cut_short", line=exc.lineno, column=exc.colno) from None
            raise RegisterFileError("invalid_json", line=exc.lineno, column=exc.colno) from None
        except (RecursionError, ValueError):  # nesting too deep; a number of more than 4,300 digits
            raise RegisterFileError("invalid_json", line=1, column=1) from None
        too_much = limits.data_problems(data)  # e.g. a text of 150,000 lines, which would take minutes to print
        if too_much:
            raise InvalidRegister(too_much)
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
        if exc.key in ("invalid_json", "json_cut_short", "json_key_twice"):  # the file named, as all messages do
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
