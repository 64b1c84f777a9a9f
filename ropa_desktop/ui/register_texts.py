"""The register's texts as the window shows them: per language, the main language first.

A text of the register is a ``model.Text`` (language -> text); see the model's docstring.
"""

from __future__ import annotations

from collections.abc import Mapping

from ropa_desktop.core import languages
from ropa_desktop.core import model as m


def register_languages(register: m.Register | None) -> tuple[str, ...]:
    """The register's languages, the main one first."""
    if register is None or not register.languages:
        return (languages.DEFAULT,)
    return tuple(register.languages)


def new_register_languages(first: str) -> list[str]:
    """A new register's languages: ``first`` (the window's), then those the table keeps new registers in."""
    return [first, *(lang.code for lang in languages.LANGUAGES if lang.new_registers and lang.code != first)]


def language_names() -> dict[str, str]:
    return {lang.code: lang.native_name for lang in languages.LANGUAGES}


def text_values(value: Mapping[str, str] | None, main: str = "") -> dict[str, str]:
    """A text of the register as {language: text}."""
    return dict(value or {})


def main_text(value: Mapping[str, str] | None, register: m.Register | None) -> str:
    """A text in the register's main language, as tables, lists and headings show it."""
    return (value or {}).get(register_languages(register)[0], "")


def any_text(value: Mapping[str, str] | None, lang: str) -> str:
    """A text in ``lang`` if it has one, else in any of its languages ("" when it has none)."""
    values = dict(value or {})
    return values.get(lang) or next(iter(values.values()), "")


def merged_text(old: Mapping[str, str] | None, values: Mapping[str, str], main: str = "") -> m.Text:
    """``old`` with the languages shown in a form replaced by what their fields hold (the others kept)."""
    return m.Text({**(old or {}), **values})
