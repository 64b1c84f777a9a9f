"""Every language of the table has every fixed text, translated; counts and dates follow CLDR; a new
language needs only its text folder and its row in the table."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from babel import Locale

from ropa_desktop import paths
from ropa_desktop.core import labels, languages, texts
from ropa_desktop.core.model import Period

PLURAL_FORMS = frozenset({"zero", "one", "two", "few", "many", "other"})
PLACEHOLDER = re.compile(r"\{(\w+)")
# What is not a word: placeholders, markup, numbers, e-mail and web addresses, punctuation.
MARKUP = re.compile(r"\{[^}]*\}|<[^>]*>|&amp;")
NOT_A_WORD = re.compile(r"[\w.]+@[\w.]+|www\.[\w.]+|\bUTC\b|\d+|[^\w]+")

# Words that are the same in English and in a language of the table (true cognates, names, codes).
COGNATES = frozenset(
    {
        "Malta",
        "Portugal",
        "Austria",
        "Argentina",
        "Uruguay",
        "India",
        "Liechtenstein",
        "Kanada",
        "true or false",
        "JSON",
        "Email",
        "E-mail",
        # Latvian and Lithuanian share these
        "Versija",
        "Nr.",
        "Nr",
        "Austrija",
        "Latvija",
        "Lietuva",
        "Indija",
        "Ukraina",
    }
)
# Texts that name Latvian things in Latvian in every language (the authority, its street, Latvian laws).
LATVIAN_NAMES = (
    "Datu valsts inspekcija",
    "Fizisko personu datu apstrādes likums",
    "Grāmatvedības likums",
    "Informācijas sabiedrības pakalpojumu likums",
)
# Texts whose placeholders a language may leave out (a Latvian letter greets without the name: "Labdien!").
PLACEHOLDERS_MAY_GO = frozenset({"letters.common.salutation"})
OTHERS = [code for code in languages.CODES if code != "en"]


def _plurals(catalog: dict[str, object]) -> dict[str, set[str]]:
    """Each table of plural forms (e.g. "labels.period.years": a table whose keys are all CLDR plural forms)."""
    children: dict[str, set[str]] = {}
    for key in catalog:
        parent, last = key.rsplit(".", 1)
        children.setdefault(parent, set()).add(last)
    return {parent: forms for parent, forms in children.items() if forms <= PLURAL_FORMS and "other" in forms}


def _plain(catalog: dict[str, object]) -> dict[str, object]:
    """The texts that are not plural forms."""
    tables = _plurals(catalog)
    return {k: v for k, v in catalog.items() if k.rsplit(".", 1)[0] not in tables}


def _placeholders(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return sorted({p for item in items for p in PLACEHOLDER.findall(str(item)) if item})


def _words(text: str) -> str:
    return NOT_A_WORD.sub(" ", MARKUP.sub(" ", text)).strip()


def _cognate(text: str) -> bool:
    return text in COGNATES or _words(text) in COGNATES


@pytest.mark.parametrize("lang", OTHERS)
def test_every_fixed_text_of_english_exists_in_each_language_with_the_same_placeholders(lang):
    english, other = texts.catalog("en"), texts.catalog(lang)
    assert set(_plain(other)) == set(_plain(english)), (
        f"missing in {lang}: {sorted(set(_plain(english)) - set(_plain(other)))}; "
        f"only in {lang}: {sorted(set(_plain(other)) - set(_plain(english)))}"
    )
    for key, value in _plain(english).items():
        assert type(other[key]) is type(value), key
        if isinstance(value, list):
            assert len(other[key]) == len(value), key
        if key in PLACEHOLDERS_MAY_GO:
            assert set(_placeholders(other[key])) <= set(_placeholders(value)), f"{lang} {key}: placeholders differ"
        else:
            assert _placeholders(other[key]) == _placeholders(value), f"{lang} {key}: placeholders differ"
    assert set(_plurals(other)) == set(_plurals(english))


@pytest.mark.parametrize("lang", languages.CODES)
def test_plural_tables_have_exactly_the_forms_cldr_gives_the_language(lang):
    locale = Locale.parse(languages.get(lang).locale)
    wanted = set(locale.plural_form.tags) | {"other"}
    catalog = texts.catalog(lang)
    tables = _plurals(catalog)
    assert tables, "the retention periods are tables of plural forms"
    for table, forms in tables.items():
        assert forms == wanted, f"{lang} {table}: has {sorted(forms)}, CLDR has {sorted(wanted)}"
        for form in forms:
            assert PLACEHOLDER.findall(catalog[f"{table}.{form}"]) == ["n"], f"{lang} {table}.{form}"


@pytest.mark.parametrize("lang", OTHERS)
def test_no_text_is_left_in_english(lang):
    english, other = _plain(texts.catalog("en")), _plain(texts.catalog(lang))
    left = []
    for key, value in english.items():
        pairs = zip(value, other[key], strict=True) if isinstance(value, list) else [(value, other[key])]
        for en_text, text in pairs:
            if _words(str(en_text)) and en_text == text and not _cognate(str(text)):
                left.append(f"{key} = {text!r}")
    assert not left, f"{lang} still has English texts: {left}"


@pytest.mark.parametrize("lang", [code for code in OTHERS if code != "lv"])
def test_no_text_is_left_in_latvian(lang):
    latvian, other = _plain(texts.catalog("lv")), _plain(texts.catalog(lang))
    left = []
    for key, value in latvian.items():
        pairs = zip(value, other[key], strict=True) if isinstance(value, list) else [(value, other[key])]
        for lv_text, text in pairs:
            words = _words(str(lv_text))
            if words and lv_text == text and not _cognate(str(text)) and not any(n in text for n in LATVIAN_NAMES):
                left.append(f"{key} = {text!r}")
    assert not left, f"{lang} still has Latvian texts: {left}"


def test_the_test_for_english_leftovers_can_fail(monkeypatch):
    real = texts.catalog

    def with_a_leftover(lang):
        out = dict(real(lang))
        if lang == "ru":
            out["documents.notice.n9"] = real("en")["documents.notice.n9"]
        return out

    monkeypatch.setattr(texts, "catalog", with_a_leftover)
    with pytest.raises(AssertionError, match="documents.notice.n9"):
        test_no_text_is_left_in_english("ru")


@pytest.mark.parametrize("lang", languages.CODES)
def test_the_embedded_font_draws_every_fixed_text(lang):
    from ropa_desktop.documents import base

    drawable = base._drawable()
    missing = {
        ch
        for value in texts.catalog(lang).values()
        for item in (value if isinstance(value, list) else [value])
        for ch in str(item)
        if ch not in drawable
    }
    assert not missing, f"the font cannot draw {sorted(missing)} ({lang})"


def test_the_embedded_font_has_cyrillic_and_the_baltic_letters():
    from ropa_desktop.documents import base

    letters = "ąčęėįšųūžõäöüĄČĘĖĮŠŲŪŽÕÄÖÜ" + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ«»„“—№"
    assert set(letters) <= base._drawable()


@pytest.mark.parametrize(
    ("lang", "n", "unit", "words"),
    [
        ("lv", 1, "years", "1 gads"),
        ("lv", 21, "years", "21 gads"),
        ("lv", 10, "years", "10 gadi"),
        ("lv", 11, "months", "11 mēneši"),
        ("lv", 5, "days", "5 dienas"),
        ("en", 1, "years", "1 year"),
        ("en", 21, "years", "21 years"),
        ("ru", 1, "years", "1 год"),
        ("ru", 3, "years", "3 года"),
        ("ru", 5, "years", "5 лет"),
        ("ru", 11, "years", "11 лет"),
        ("ru", 21, "months", "21 месяц"),
        ("ru", 24, "days", "24 дня"),
        ("et", 1, "years", "1 aasta"),
        ("et", 5, "years", "5 aastat"),
        ("et", 3, "months", "3 kuud"),
        ("lt", 1, "years", "1 metai"),
        ("lt", 3, "years", "3 metai"),
        ("lt", 10, "years", "10 metų"),
        ("lt", 12, "months", "12 mėnesių"),
        ("lt", 22, "months", "22 mėnesiai"),
        ("lt", 21, "days", "21 diena"),
    ],
)
def test_counts_take_the_languages_plural_form(lang, n, unit, words):
    assert labels.period(lang, Period(unit, n)) == words


def test_a_count_uses_the_form_cldr_names():
    assert [languages.plural_form("lv", n) for n in (0, 1, 2, 10, 11, 21)] == [
        "zero",
        "one",
        "other",
        "zero",
        "zero",
        "one",
    ]
    assert [languages.plural_form("ru", n) for n in (1, 2, 5, 11, 21, 22)] == [
        "one",
        "few",
        "many",
        "many",
        "one",
        "few",
    ]
    assert [languages.plural_form("lt", n) for n in (1, 2, 10, 11, 21)] == ["one", "few", "other", "other", "one"]


@pytest.mark.parametrize(
    ("lang", "written"),
    [("lv", "03.11.2026."), ("en", "3 November 2026"), ("ru", "03.11.2026"), ("et", "3.11.2026"), ("lt", "2026-11-03")],
)
def test_dates_are_written_as_the_language_writes_them(lang, written):
    assert labels.date(lang, dt.date(2026, 11, 3)) == written


@pytest.fixture
def sixth_language(tmp_path, monkeypatch):
    """A language "fi" whose texts are a copy of the English ones: only a folder and a row in the table."""
    folder = tmp_path / "i18n"
    shutil.copytree(paths.i18n_dir(), folder)
    shutil.copytree(folder / "en", folder / "fi")
    row = languages.Language("fi", "Suomi", "fi_FI", window=False, documents=True)
    table = (*languages.LANGUAGES, row)
    monkeypatch.setattr(paths, "i18n_dir", lambda: folder)
    monkeypatch.setattr(languages, "LANGUAGES", table)
    monkeypatch.setattr(languages, "BY_CODE", {lang.code: lang for lang in table})
    monkeypatch.setattr(languages, "CODES", tuple(lang.code for lang in table))
    monkeypatch.setattr(languages, "DOCUMENT_CODES", tuple(lang.code for lang in table if lang.documents))
    from ropa_desktop.core import completeness

    caches = (texts._file, completeness._message_languages)  # read once per run: the table does not change in a run
    for cached in caches:
        cached.cache_clear()
    yield "fi"
    for cached in caches:
        cached.cache_clear()


def test_a_sixth_language_needs_only_its_folder_and_its_row(sixth_language, tmp_path, capsys):
    from ropa_desktop import cli, documents
    from ropa_desktop.core import completeness, interchange
    from tests.documents.conftest import pdf_text

    register = interchange.read(paths.sample_path())
    assert "Data State Inspectorate" in pdf_text(documents.render(register, "notice", "fi"))
    for name in documents.DOCUMENTS:
        assert pdf_text(documents.render(register, name, "fi"))
    assert completeness.report(completeness.check(register), "fi").strip()
    assert labels.period("fi", Period("years", 5)) == "5 years"
    assert labels.date("fi", dt.date(2026, 11, 3)) == "3.11.2026"  # Finnish CLDR date, English words

    assert cli.main(["check", str(paths.sample_path()), "--lang", "fi"]) == cli.EXIT_GAPS
    assert "1. Company" in capsys.readouterr().out
    out = tmp_path / "out"
    assert cli.main(["pdf", str(paths.sample_path()), "--document", "all", "--lang", "fi", "--output", str(out)]) in (
        cli.EXIT_OK,
        cli.EXIT_GAPS,
    )
    assert len(list(out.glob("*-fi.pdf"))) == len(documents.DOCUMENTS)


@pytest.mark.parametrize(
    ("lang", "cell"),
    [
        ("lv", "Līguma izpilde; juridiska pienākuma izpilde"),
        ("en", "Performance of a contract; compliance with a legal obligation"),
        ("ru", "Исполнение договора; выполнение юридической обязанности"),
    ],
)
def test_labels_listed_in_one_cell_start_with_a_capital_and_go_on_in_small_letters(lang, cell):
    assert labels.standalone_list(lang, "legal_basis", ["contract", "legal_obligation"]) == cell
    assert labels.standalone_list(lang, "legal_basis", []) == ""
