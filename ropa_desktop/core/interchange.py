"""The JSON interchange format (``ropa-register`` version 1): read and write files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ropa_desktop.core.errors import RegisterFileError
from ropa_desktop.core.model import Register, from_json, to_json

MAX_JSON_BYTES = 200 * 1024 * 1024


def parse(text: str) -> Register:
    """A register from JSON text; InvalidRegister names every problem with its path."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegisterFileError("invalid_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise RegisterFileError("invalid_json", line=1, column=1) from None
    return from_json(data)


def read(path: Path | str) -> Register:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise RegisterFileError("too_large", path=str(path))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RegisterFileError("not_found", path=str(path)) from None
    except IsADirectoryError:
        raise RegisterFileError("not_found", path=str(path)) from None
    except PermissionError:
        raise RegisterFileError("permission_denied", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegisterFileError("not_utf8", path=str(path)) from None
    return parse(text)


def dumps(register: Register) -> str:
    return json.dumps(to_json(register), ensure_ascii=False, indent=2) + "\n"


def write(register: Register, path: Path | str) -> None:
    """Write atomically: a temporary file beside the target, then a rename."""
    write_text_atomic(Path(path), dumps(register))


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def as_data(register: Register) -> dict[str, Any]:
    return to_json(register)
