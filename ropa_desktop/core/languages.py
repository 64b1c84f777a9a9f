"""The languages the application knows: one table, read by every other place.

A language is added here, in its text folder ``i18n/<code>/`` and in the catalogue's
texts; nothing else names languages.  ``window`` says whether the window speaks it
(a compiled ``i18n/ropa_desktop_<code>.qm`` ships), ``documents`` whether documents
and registers may be kept in it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, also the text folder's name and the key in a register's texts
    native_name: str  # as its speakers write it, for menus and choices
    locale: str  # CLDR locale (plural rules, date formats), e.g. "lv_LV"
    window: bool  # the window can be shown in it
    documents: bool  # registers and documents can be kept in it
    # A printed date: a CLDR skeleton ("yMd": the locale's numeric date, "yMMMMd": the month spelt out), or,
    # where the country's rules for documents differ from CLDR, an LDML pattern (Latvia: "dd.MM.y.", 04.04.2027.).
    date_format: str = "yMd"
    new_registers: bool = False  # a new register is kept in it from the start (besides the window's language)


LANGUAGES: tuple[Language, ...] = (
    Language("lv", "Latviešu", "lv_LV", window=True, documents=True, date_format="dd.MM.y.", new_registers=True),
    Language("en", "English", "en_GB", window=True, documents=True, date_format="yMMMMd", new_registers=True),
    Language("ru", "Русский", "ru_RU", window=True, documents=True),
    Language("et", "Eesti", "et_EE", window=False, documents=True),
    Language("lt", "Lietuvių", "lt_LT", window=False, documents=True),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)
DEFAULT = "lv"
# A new register is kept in these (Latvian law asks for Latvian; English for everyone else).
NEW_REGISTER: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES if lang.new_registers)
WINDOW_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES if lang.window)
DOCUMENT_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES if lang.documents)


def get(code: str) -> Language:
    """The language ``code``; ValueError for a code the table does not have."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise ValueError(f"unsupported language: {code!r}") from None


def for_new_register(user_language: str) -> list[str]:
    """A new register's languages: Latvian and English, the user's language first when it is one of them,
    else added after them (a Latvian company's documents are kept in Latvian first)."""
    base = list(NEW_REGISTER)
    if user_language in base:
        return [user_language, *(code for code in base if code != user_language)]
    return [*base, user_language]


def plural_form(code: str, n: int | float) -> str:
    """The form a word takes after the count ``n`` in the language ``code``: its CLDR plural category
    ("zero", "one", "two", "few", "many" or "other"; Latvian 0 and 10 are "zero", Russian 5 is "many")."""
    from babel import Locale  # imported on first use: starting the app or the command line needs none of it

    return str(Locale.parse(get(code).locale).plural_form(n))
