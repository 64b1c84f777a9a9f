"""Fixed wording of the core (messages, findings, enum labels, document text).

One source per language: the TOML files under ``i18n/<lang>/``.  A file
``i18n/lv/errors.toml`` with a key ``not_sqlite`` is addressed as
``"errors.not_sqlite"``; nested tables add further dotted parts.  Adding a
language means adding a folder with the same files.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from ropa_desktop import paths

LANGUAGES = ("lv", "en")
DEFAULT_LANGUAGE = "lv"


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, Any]) -> None:
    for key, value in table.items():
        name = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(name, value, out)
        else:
            out[name] = value


@cache
def catalog(lang: str) -> dict[str, Any]:
    """Every text of one language, keyed by dotted name."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    folder = paths.i18n_dir() / lang
    out: dict[str, Any] = {}
    for file in sorted(folder.glob("*.toml")):
        with file.open("rb") as fh:
            _flatten(file.stem, tomllib.load(fh), out)
    return out


def text(lang: str, key: str, **params: Any) -> str:
    """The text ``key`` in ``lang``, with ``{name}`` placeholders filled in."""
    value = catalog(lang)[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} is not a single text")
    return value.format_map(_Params(params)) if params else value


def texts(lang: str, key: str) -> list[str]:
    """A list of texts (e.g. numbered clauses) stored under ``key``."""
    value = catalog(lang)[key]
    if not isinstance(value, list):
        raise TypeError(f"{key} is not a list of texts")
    return list(value)


def has(lang: str, key: str) -> bool:
    return key in catalog(lang)
