"""The register's texts as the window shows them: per language, the main language first.

A text of the register is a mapping from language to text (a register kept in one language may hold
plain strings: they are the main language's).
"""

from __future__ import annotations

from typing import Any

from ropa_desktop.core import languages
from ropa_desktop.core import model as m


def register_languages(register: Any) -> tuple[str, ...]:
    """The register's languages, the main one first."""
    codes = getattr(register, "languages", None)
    return tuple(codes) if codes else (getattr(register, "language", None) or languages.DEFAULT,)


def language_names() -> dict[str, str]:
    return {lang.code: lang.native_name for lang in languages.LANGUAGES}


def text_values(value: Any, main: str) -> dict[str, str]:
    """A text of the register as {language: text}."""
    if not value:
        return {}
    return {main: value} if isinstance(value, str) else dict(value)


def main_text(value: Any, register: Any) -> str:
    """A text in the register's main language, as tables, lists and headings show it."""
    main = register_languages(register)[0]
    return text_values(value, main).get(main, "")


def any_text(value: Any, lang: str) -> str:
    """A text in ``lang`` if it has one, else in any of its languages ("" when it has none)."""
    values = text_values(value, lang)
    return values.get(lang) or next(iter(values.values()), "")


def merged_text(old: Any, values: dict[str, str], main: str) -> Any:
    """``old`` with the languages shown in a form replaced by what their fields hold (the others kept)."""
    text_type = getattr(m, "Text", None)
    if text_type is None:  # a register whose texts have one language
        return values.get(main, "")
    return text_type({**text_values(old, main), **values})
