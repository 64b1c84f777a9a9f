"""Every document prints in every language of the table beyond Latvian and English: its own words, the
Latvian authority named in both languages, the language's dates and page label, no glyph missing."""

from __future__ import annotations

import re
from copy import copy

import pytest

from ropa_desktop import documents
from ropa_desktop.core import languages, texts
from tests.documents.conftest import pdf_pages

NEW = [code for code in languages.DOCUMENT_CODES if code not in ("lv", "en")]


@pytest.fixture(scope="module")
def new_language_texts(zimes) -> dict[tuple[str, str], list[str]]:
    reg = copy(zimes)
    reg.document_settings.effective_from = "2025-03-15"
    return {(name, lang): pdf_pages(documents.render(reg, name, lang)) for name in documents.DOCUMENTS for lang in NEW}


def _words(lang: str, key: str, **params: str) -> str:
    """The text as extracted from the PDF: no markup, a no-break space as a space."""
    return texts.text(lang, key, **params).replace("<b>", "").replace("</b>", "").replace("\u00a0", " ")


def test_the_new_languages_are_in_the_table():
    assert {"ru", "et", "lt"} <= set(NEW)


@pytest.mark.parametrize("lang", NEW)
@pytest.mark.parametrize("name", documents.DOCUMENTS)
def test_each_document_prints_in_the_language(new_language_texts, name, lang):
    pages = new_language_texts[(name, lang)]
    whole = " ".join(pages)
    assert "\ufffd" not in whole
    title = _words(lang, f"documents.{name}.title")
    if name == "procedure":
        title = _words(lang, "documents.procedure.title_by_category.clients")
    if name == "notice":  # the sample's notice is for customers
        title = _words(lang, "documents.notice.title_by_audience.customers")
    assert title in whole
    for number, page in enumerate(pages, 1):
        assert _words(lang, "documents.common.page", page=str(number), total=str(len(pages))) in page
    assert "Page 1 of" not in whole and "Lapa 1 no" not in whole
    if name in ("procedure", "register", "notice", "consent"):
        assert _words(lang, "documents.common.footer", version="1.0", date=_date(lang)) in whole


def _date(lang: str) -> str:
    import datetime as dt

    from ropa_desktop.core import labels

    return labels.date(lang, dt.date(2025, 3, 15))


@pytest.mark.parametrize("lang", NEW)
def test_the_notice_names_the_latvian_authority_in_both_languages_and_the_right_to_complain_at_home(
    new_language_texts, lang
):
    whole = " ".join(new_language_texts[("notice", lang)])
    assert "Datu valsts inspekcija" in whole and "Elijas iela 17" in whole and "www.dvi.gov.lv" in whole
    assert _words(lang, "documents.notice.n13") in whole
    assert _words(lang, "documents.notice.n13_member_state") in whole
    assert {"ru": "Государственн", "et": "Läti andmekaitseasutus", "lt": "Latvijos duomenų apsaugos"}[lang] in whole
    for right in ("access", "rectification", "erasure", "restriction", "objection", "portability"):
        assert re.split(" [—–] ", _words(lang, f"documents.notice.right.{right}"))[0] in whole


@pytest.mark.parametrize("lang", [pytest.param(code, marks=[] if code == "ru" else [pytest.mark.slow]) for code in NEW])
def test_a_register_of_100_purposes_prints_every_document(lang):
    from ropa_desktop.core.synthetic import synthetic_register

    reg = synthetic_register(purposes=100, data_categories=170, recipients=34, seed=2)  # a register of 41 pages
    for name in documents.DOCUMENTS:
        pages = pdf_pages(documents.render(reg, name, lang))
        whole = " ".join(pages)
        assert "\ufffd" not in whole
        assert _words(lang, "documents.common.page", page=str(len(pages)), total=str(len(pages))) in pages[-1]
        if name == "register":
            assert len(pages) > 20 and "Apstrādes nolūks 100:" in whole
            # every page of the table has its header (the notes and security measures under it may take more)
            table_end = next(i for i, page in enumerate(pages) if _words(lang, "documents.register.security") in page)
            assert all(_words(lang, "documents.register.col_purpose") in page for page in pages[:table_end])


def _catalogue_register():
    """A Latvian register of every catalogue entry, each purpose linked to what it suggests."""
    from ropa_desktop.core import catalogue, model

    cat = catalogue.load()
    register = model.Register(languages=["lv"])
    register.organisation.name = "SIA “Katalogs”"
    for kind in catalogue.KINDS:
        register.items(kind).extend(e.make() for e in cat.entries(kind))
    for purpose in register.purposes:
        suggested = cat.get("purposes", purpose.id).suggests
        purpose.subject_category_ids = list(suggested["subject_categories"])
        purpose.data_category_ids = list(suggested["data_categories"])
        purpose.recipient_ids = list(suggested["recipients"])
    return register, cat


def _catalogue_texts(cat, lang: str) -> set[str]:
    out: set[str] = set()

    def walk(value):
        if isinstance(value, dict) and "lv" in value and "en" in value:
            out.add(value[lang])
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for kind in catalogue_kinds():
        for entry in cat.raw(kind)["entries"]:
            walk(entry["entry"])
    return {t for t in out if len(t) > 30}


def catalogue_kinds():
    from ropa_desktop.core import catalogue

    return catalogue.KINDS


@pytest.mark.parametrize("lang", NEW)
def test_a_register_built_from_the_catalogue_prints_in_the_language(lang):
    """No Latvian catalogue text is left in a document in another language: each entry prints its own translation."""
    register, cat = _catalogue_register()
    translated = _catalogue_texts(cat, lang)
    latvian = _catalogue_texts(cat, "lv") - translated  # names such as "Mozello SIA" are the same in every language
    for name in ("procedure", "notice", "register"):
        whole = " ".join(pdf_pages(documents.render(register, name, lang))).replace(" ", "")
        left = [t for t in latvian if t.replace(" ", "") in whole]
        assert left == [], f"{name} in {lang} still prints Latvian catalogue texts: {left[:3]}"
        assert sum(t.replace(" ", "") in whole for t in translated) > 20
