"""The register's texts as the window shows them: per language, the main language first.

A text of the register is a ``model.Text`` (language -> text); see the model's docstring.
"""

from __future__ import annotations

from collections.abc import Mapping

from ropa_desktop.core import languages, texts
from ropa_desktop.core import model as m
from ropa_desktop.ui import i18n


def register_languages(register: m.Register | None) -> tuple[str, ...]:
    """The register's languages, the main one first."""
    if register is None or not register.languages:
        return (languages.DEFAULT,)
    return tuple(register.languages)


def language_names() -> dict[str, str]:
    return {lang.code: lang.native_name for lang in languages.LANGUAGES}


def language_in_a_sentence(code: str) -> str:
    """The language ``code`` named as the window's language says it in a sentence (Latvian, “latviešu” in
    Latvian, “латышский” in Russian): the names Review's findings use."""
    if code not in languages.BY_CODE:
        return code
    return texts.text(i18n.current(), f"findings.report.language.{code}")


def text_values(value: Mapping[str, str] | None) -> dict[str, str]:
    """A text of the register as {language: text}."""
    return dict(value or {})


def main_text(value: Mapping[str, str] | None, register: m.Register | None) -> str:
    """A text in the register's main language, as tables, lists and headings show it."""
    return (value or {}).get(register_languages(register)[0], "")


def shown_language(register: m.Register | None) -> str:
    """The language lists, tables, checklists, headings and the catalogue name entries in: the window's when
    the register keeps it, else the register's main language."""
    codes = register_languages(register)
    lang = i18n.current()
    return lang if lang in codes else codes[0]


def display_text(value: Mapping[str, str] | None, register: m.Register | None) -> str:
    """A text as lists, tables, checklists and headings show it: in ``shown_language`` when the text has it,
    else in the register's main language."""
    text = value if isinstance(value, m.Text) else m.Text(value or {})
    return text.pick(shown_language(register), register_languages(register)[0])


def any_text(value: Mapping[str, str] | None, lang: str) -> str:
    """A text in ``lang`` if it has one, else in any of its languages ("" when it has none)."""
    values = dict(value or {})
    return values.get(lang) or next(iter(values.values()), "")


def merged_text(old: Mapping[str, str] | None, values: Mapping[str, str]) -> m.Text:
    """``old`` with the languages shown in a form replaced by what their fields hold (the others kept)."""
    return m.Text({**(old or {}), **values})
