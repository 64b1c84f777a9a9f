"""Enum values, periods and countries as words in a language (``i18n/<lang>/labels.toml``)."""

from __future__ import annotations

from ropa_desktop.core import languages, texts
from ropa_desktop.core.model import Period

EU_EEA = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO".split()
)


def label(lang: str, group: str, value: str | None) -> str:
    """``label("lv", "legal_basis", "contract")`` -> "līguma izpilde"; unknown values print as they are."""
    if value is None:
        return ""
    key = f"labels.{group}.{value}"
    return texts.text(lang, key) if texts.has(lang, key) else value


def country(lang: str, code: str) -> str:
    return label(lang, "country", code) if code else ""


def countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every named country, sorted by name in that language."""
    return sorted(texts.group(lang, "labels.country").items(), key=lambda kv: kv[1])


def in_eu_eea(code: str) -> bool:
    return code in EU_EEA


def period(lang: str, value: Period | None) -> str:
    """A retention period in words: "5 gadi", "1 year", "21 gads" (Latvian agrees with the last digit)."""
    if value is None:
        return ""
    n = value.value
    return texts.text(lang, f"labels.period.{value.unit}_{languages.plural_form(lang, n)}", n=n)
