"""File names the app makes: safe on every system, letters of any language kept."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from ropa_desktop import paths

_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\']')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_stem(text: str, fallback: str = "register", limit: int = 80) -> str:
    """``text`` as a file name that every system accepts; letters of any language are kept."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = _UNSAFE_IN_NAMES.sub(" ", text)
    text = " ".join(text.split())[:limit].strip(" .")
    if not text or text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"{fallback} {text}".strip() if text else fallback
    return text


def accountant_copy_name(organisation_name: str, day: _dt.date | None = None, fallback: str = "register") -> str:
    """E.g. ``SIA ZĪMES 2025-03-14.ropa`` for SIA “ZĪMES``; ``fallback`` (the word for a register in the user's
    language) where the company has no name yet."""
    day = day or _dt.date.today()
    return f"{safe_file_stem(organisation_name, fallback)} {day.isoformat()}{paths.REGISTER_SUFFIX}"


def numbered_names(file_name: str, numbered: Callable[[int], str] | None = None) -> Iterator[str]:
    """``file_name``, then ``stem (2).ropa``, ``stem (3).ropa``… without end.

    ``numbered(n)`` words the n-th name's stem another way (a copy's “Rudzu Maize (copy 2)”).
    """
    stem, suffix = Path(file_name).stem, Path(file_name).suffix
    yield file_name
    for n in itertools.count(2):
        yield f"{numbered(n) if numbered else f'{stem} ({n})'}{suffix}"


def free_name(folder: Path, file_name: str, numbered: Callable[[int], str] | None = None) -> str:
    """The first of ``numbered_names`` that no file in ``folder`` has."""
    return next(name for name in numbered_names(file_name, numbered) if not (Path(folder) / name).exists())


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)
