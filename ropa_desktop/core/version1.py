"""Registers of format version 1, read and converted to version 2 (``register-format.md``, "Version 1").

Version 1 kept one ``language`` and every text as one string.  The conversion:
``language`` becomes ``languages: [language]``; each string in a text field becomes
``{language: string}``, and where it equals the catalogue's text of the same field in
that language, the catalogue's other languages are added; a subject category's
``audience`` comes from the catalogue entry it matches (by id, else by name), else
``customers``; ``direct_marketing`` is true for the catalogue's direct-marketing
purpose (matched the same way); consents get ``on_form: true`` and an empty
``scope``; ``requests`` and ``breaches`` are empty.

:func:`upgrade` converts a whole version-1 JSON document; :func:`text`,
:func:`audience` and :func:`direct_marketing` are the same rules one value at a
time, for the upgrade of a register file.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any

from ropa_desktop.core import catalogue
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import InvalidRegister, Problem

VERSION = 1
DEFAULT_AUDIENCE = "customers"


def is_version_1(data: Any) -> bool:
    """A version-1 register: ``format_version`` is the whole number 1 (not ``true`` or ``1.0``, which Python
    counts as equal to 1: those are refused as the format's reader refuses them in version 2)."""
    if not isinstance(data, dict) or data.get("format") != m.FORMAT:
        return False
    version = data.get("format_version")
    return type(version) is int and version == VERSION


# --- the catalogue's texts, looked up by what a version-1 register holds ------------------


def _texts_in(tp: Any, value: Any, path: str) -> typing.Iterator[tuple[str, dict[str, str]]]:
    """(field path without list indexes, {lang: text}) of every text in a catalogue entry's data."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is not None:
            (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
            yield from _texts_in(inner, value, path)
    elif origin is list:
        (item,) = typing.get_args(tp)
        for v in value or ():
            yield from _texts_in(item, v, path)
    elif tp is m.Text:
        if isinstance(value, dict):
            yield path, {k: v for k, v in value.items() if isinstance(v, str) and v.strip()}
    elif dataclasses.is_dataclass(tp) and isinstance(value, dict):
        hints = typing.get_type_hints(tp)
        for name, v in value.items():
            if name in hints:
                yield from _texts_in(hints[name], v, f"{path}.{name}" if path else name)


# Texts the catalogue had while registers were kept in version 1 and words differently now (they named
# one company's facts); registers that picked them still get their translation.
_FORMER_CATALOGUE_TEXTS: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        "subject_categories",
        "description",
        {
            "lv": "Jebkura persona, kas ir izrādījusi interesi par SIA “ZĪMES” pakalpojumiem un precēm un vēlas tos"
            " saņemt vai iegādāties.",
            "en": "Anyone who has shown an interest in the services and goods of SIA “ZĪMES” and wishes to receive or"
            " buy them.",
        },
    ),
    ("data_categories", "description", {"lv": "Norāda pasūtījuma formā.", "en": "Entered in the order form."}),
    (
        "recipients",
        "service",
        {
            "lv": "Mākoņservisa pakalpojumi: mājas lapa un internetveikals; glabā klientu personas datus"
            " (vārdu, uzvārdu, personas kodu, kontaktinformāciju).",
            "en": "Cloud services: the website and online shop; stores customers’ personal data"
            " (name, personal identity number, contact details).",
        },
    ),
    (
        "purposes",
        "name",
        {
            "lv": "Komerciālu paziņojumu sūtīšana",
            "en": "Sending marketing messages",  # now “Sending commercial communications”, glossary.md's term
            "ru": "Рассылка маркетинговых сообщений",
            "et": "Turundusteadete saatmine",
            "lt": "Rinkodaros pranešimų siuntimas",
        },
    ),
)
# Catalogue entries' names of version-1 days that it words differently now: (kind, language, name) -> key
_FORMER_NAMES = {("purposes", "en", m.name_key("Sending marketing messages")): "commercial-emails"}


@cache
def _catalogue_texts() -> dict[tuple[str, str, str, str], dict[str, str]]:
    """(kind, field path, lang, text) -> the catalogue's text of that field in every language."""
    cat = catalogue.load()
    out: dict[tuple[str, str, str, str], dict[str, str]] = {}
    found = [
        (kind, path, texts)
        for kind in m.LIST_KINDS
        for entry in cat.entries(kind)
        for path, texts in _texts_in(m.ENTRY_TYPES[kind], entry.data, "")
    ]
    for kind, path, texts in [*found, *_FORMER_CATALOGUE_TEXTS]:
        for lang, value in texts.items():
            out.setdefault((kind, path, lang, value.strip()), texts)
    return out


def text(kind: str, path: str, lang: str, value: str) -> dict[str, str]:
    """A version-1 string of ``kind``'s field ``path`` (e.g. ``"legal_bases.note"``) as a version-2 text."""
    if not value.strip():
        return {}
    found = _catalogue_texts().get((kind, path, lang, value.strip()))
    if found is None:
        return {lang: value}
    return {lang: value, **{k: v for k, v in found.items() if k != lang}}


def _matching(kind: str, item_id: str, name: str, lang: str) -> catalogue.CatalogueEntry | None:
    """The catalogue entry a version-1 entry came from: the same key, else the same name in ``lang``."""
    cat = catalogue.load()
    former = _FORMER_NAMES.get((kind, lang, m.name_key(name)))
    return cat.get(kind, item_id) or cat.named(kind, name, lang) or (cat.get(kind, former) if former else None)


def audience(item_id: str, name: str, lang: str) -> str:
    """The audience of a version-1 subject category: its catalogue entry's, else ``customers``."""
    found = _matching("subject_categories", item_id, name, lang)
    value = found.data.get("audience") if found is not None else None
    return value if value in m.AUDIENCES else DEFAULT_AUDIENCE


def direct_marketing(item_id: str, name: str, lang: str) -> bool:
    """Whether a version-1 purpose is the catalogue's direct-marketing purpose."""
    found = _matching("purposes", item_id, name, lang)
    return bool(found is not None and found.data.get("direct_marketing"))


# --- a whole JSON document -------------------------------------------------------------------


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A version-1 register (parsed JSON) as version-2 JSON data; the model's reader then checks it.

    Values of the wrong type are passed on unchanged, so the reader names them with their path.
    """
    lang = data.get("language")
    if "language" not in data:
        raise InvalidRegister([Problem("language", "missing_key")])
    if lang not in m.TEXT_LANGUAGES:
        raise InvalidRegister(
            [Problem("language", "unknown_value", {"value": lang, "allowed": ", ".join(m.TEXT_LANGUAGES)})]
        )
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "language":
            out["languages"] = [lang]
        elif key == "format_version":
            out[key] = m.FORMAT_VERSION
        elif key in m.LIST_KINDS and isinstance(value, list):
            out[key] = [_convert(m.ENTRY_TYPES[key], item, key, "", lang) for item in value]
        elif key in ("organisation", "document_settings"):
            hints = typing.get_type_hints(m.Register)
            out[key] = _convert(hints[key], value, key, "", lang)
        else:
            out[key] = value
    out.setdefault("requests", [])
    out.setdefault("breaches", [])
    return out


def _convert(tp: Any, value: Any, kind: str, path: str, lang: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner, value, kind, path, lang)
    if origin is list:
        if not isinstance(value, list):
            return value
        (item,) = typing.get_args(tp)
        return [_convert(item, v, kind, path, lang) for v in value]
    if tp is m.Text:
        return text(kind, path, lang, value) if isinstance(value, str) else value
    if dataclasses.is_dataclass(tp) and tp is not m.Period and isinstance(value, dict):
        hints = typing.get_type_hints(tp)
        out = {
            name: (_convert(hints[name], v, kind, f"{path}.{name}" if path else name, lang) if name in hints else v)
            for name, v in value.items()
        }
        raw_id, raw_name = value.get("id"), value.get("name")
        item_id = raw_id if isinstance(raw_id, str) else ""
        name = raw_name if isinstance(raw_name, str) else ""
        if tp is m.SubjectCategory:
            out["audience"] = audience(item_id, name, lang)
        elif tp is m.Purpose:
            out["direct_marketing"] = direct_marketing(item_id, name, lang)
        elif tp is m.Consent:
            out = {"scope": {}, **out, "on_form": True}
        return out
    return value
