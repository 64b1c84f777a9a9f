"""Enum values, periods and countries as words in a language (``i18n/<lang>/labels.toml``), and the one
place where numbers with a noun ("3 years") and dates are written out: the plural form and the date
format come from CLDR (through Babel) for the language's locale in the language table.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from ropa_desktop.core import languages, texts
from ropa_desktop.core.model import Period

EU_EEA = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO".split())


def label(lang: str, group: str, value: str | None) -> str:
    """``label("lv", "legal_basis", "contract")`` -> "līguma izpilde"; unknown values print as they are."""
    if value is None:
        return ""
    key = f"labels.{group}.{value}"
    return texts.text(lang, key) if texts.has(lang, key) else value


def standalone(lang: str, group: str, value: str | None) -> str:
    """The label standing on its own (a list, a table cell, a choice): with a capital first letter, "Līguma
    izpilde"; ``label`` gives it as it reads inside a sentence."""
    text = label(lang, group, value)
    return text[:1].upper() + text[1:]


def standalone_list(lang: str, group: str, values: Iterable[str]) -> str:
    """Labels listed on their own, as one table cell shows them: a capital letter to start, then as they read
    inside a sentence, "Līguma izpilde; juridiska pienākuma izpilde" (a capital after "; " is wrong in every
    language the register keeps)."""
    words = [label(lang, group, v) for v in values]
    text = "; ".join(words)
    return text[:1].upper() + text[1:]


def country(lang: str, code: str) -> str:
    return label(lang, "country", code) if code else ""


def countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every named country, sorted by name in that language."""
    return sorted(texts.group(lang, "labels.country").items(), key=lambda kv: kv[1])


def in_eu_eea(code: str) -> bool:
    return code in EU_EEA


def count(lang: str, key: str, n: int | float, **params: object) -> str:
    """The text ``key`` for the number ``n``: ``key`` is a table of plural forms ({one, few, many, other, ...}).

    ``count("ru", "labels.period.years", 5)`` -> "5 лет"; ``count("lv", ..., 21)`` -> "21 gads".
    A form the language's texts lack falls back to "other".
    """
    from babel.numbers import format_decimal

    forms = texts.group(lang, key)
    template = forms.get(languages.plural_form(lang, n)) or forms["other"]
    number = format_decimal(n, locale=languages.get(lang).locale)
    return str(template).format(**params, n=number)


def period(lang: str, value: Period | None) -> str:
    """A retention period in words: "5 gadi", "1 year", "21 gads", "5 лет" (the language's plural rules)."""
    if value is None:
        return ""
    return count(lang, f"labels.period.{value.unit}", value.value)


def period_unit(lang: str, unit: str, n: int) -> str:
    """The word of a period's unit as it follows the count ``n``: "год", "года", "лет"; "gads", "gadi"; "year"."""
    forms = texts.group(lang, f"labels.period.{unit}")
    template = forms.get(languages.plural_form(lang, n)) or forms["other"]
    return str(template).replace("{n}", "").strip()


def date(lang: str, value: _dt.date) -> str:
    """A date as the language writes it in a document: "03.11.2026.", "3 November 2026", "03.11.2026", "2026-11-03"."""
    from babel.dates import format_date, format_skeleton

    language = languages.get(lang)
    if language.date_format.isalpha():  # a CLDR skeleton: the locale's own pattern for those fields
        return str(format_skeleton(language.date_format, value, locale=language.locale))
    return str(format_date(value, language.date_format, locale=language.locale))
