"""Fixed wording of the core (messages, findings, enum labels, document text).

One source per language: the TOML files under ``i18n/<lang>/``.  A file
``i18n/lv/errors.toml`` with a key ``not_sqlite`` is addressed as
``"errors.not_sqlite"``; nested tables add further dotted parts.  Adding a
language means adding a folder with the same files.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import TYPE_CHECKING, Any

from ropa_desktop import paths
from ropa_desktop.core import languages

if TYPE_CHECKING:
    import datetime


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
def _file(lang: str, stem: str) -> dict[str, Any]:
    """The texts of one file (``i18n/<lang>/<stem>.toml``), keyed by dotted name; loaded on first use."""
    if lang not in languages.CODES:
        raise ValueError(f"unsupported language: {lang!r}")
    out: dict[str, Any] = {}
    path = paths.i18n_dir() / lang / f"{stem}.toml"
    if path.is_file():
        with path.open("rb") as fh:
            _flatten(stem, tomllib.load(fh), out)
    return out


def catalog(lang: str) -> dict[str, Any]:
    """Every text of one language, keyed by dotted name."""
    out: dict[str, Any] = {}
    for file in sorted((paths.i18n_dir() / lang).glob("*.toml")):
        out.update(_file(lang, file.stem))
    return out


def _lookup(lang: str, key: str) -> Any:
    return _file(lang, key.split(".", 1)[0])[key]


def text(lang: str, key: str, **params: Any) -> str:
    """The text ``key`` in ``lang``, with ``{name}`` placeholders filled in."""
    value = _lookup(lang, key)
    if not isinstance(value, str):
        raise TypeError(f"{key} is not a single text")
    return value.format_map(_Params(params)) if params else value


def texts(lang: str, key: str) -> list[str]:
    """A list of texts (e.g. numbered clauses) stored under ``key``."""
    value = _lookup(lang, key)
    if not isinstance(value, list):
        raise TypeError(f"{key} is not a list of texts")
    return list(value)


def has(lang: str, key: str) -> bool:
    return key in _file(lang, key.split(".", 1)[0])


def group(lang: str, prefix: str) -> dict[str, Any]:
    """The texts under ``prefix`` (e.g. ``"labels.country"``), keyed by the rest of their name."""
    start = prefix + "."
    return {k[len(start) :]: v for k, v in _file(lang, prefix.split(".", 1)[0]).items() if k.startswith(start)}


def short_date(lang: str, day: datetime.date) -> str:
    """A day as ``lang`` writes it in short, in the logs and in messages (``05.05.2027.``, ``05/05/2027``)."""
    return text(lang, "logs.date", d=day.day, m=day.month, y=day.year)
