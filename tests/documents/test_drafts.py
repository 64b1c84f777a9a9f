"""Drafts and blanks (issue 13, items 11 and 12): a document with a blank is a draft on every page and the
command line says so; a complete register prints no mark and no blank; empty optional fields print nothing."""

from __future__ import annotations

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import Text
from ropa_desktop.documents.base import BLANK
from tests.documents.conftest import complete_register, pdf_pages, pdf_text

MARK = {"lv": "MELNRAKSTS", "en": "DRAFT"}


@pytest.mark.parametrize("name", documents.DOCUMENTS)
def test_a_document_with_a_blank_is_marked_draft_on_every_page(zimes_pdfs, name):
    for lang in ("lv", "en"):
        pdf = zimes_pdfs[(name, lang)]
        pages = pdf_pages(pdf)
        assert pdf.blanks == " ".join(pages).count(BLANK) > 0, (name, lang)
        assert all(MARK[lang] in page for page in pages), (name, lang)


@pytest.mark.parametrize("name", documents.DOCUMENTS)
def test_a_complete_register_prints_no_mark_and_no_blank(zimes, name):
    reg = complete_register(zimes)
    for lang in ("lv", "en"):
        pdf = documents.render(reg, name, lang)
        text = pdf_text(pdf)
        assert pdf.blanks == 0 and BLANK not in text and MARK[lang] not in text, (name, lang)


def test_pdf_of_a_draft_is_written_and_exits_1_with_one_line(tmp_path, capsys, zimes):
    from ropa_desktop import cli
    from ropa_desktop.core import interchange
    from tests.conftest import SAMPLE_JSON

    out = tmp_path / "notice.pdf"
    assert cli.main(["pdf", str(SAMPLE_JSON), "--document", "notice", "--lang", "en", "--output", str(out)]) == 1
    err = capsys.readouterr().err
    blanks = pdf_text(out.read_bytes()).count(BLANK)
    assert err.count("\n") == 1 and f": {blanks}." in err and f"ropa-desktop check {SAMPLE_JSON}" in err, err
    assert cli.main(["pdf", str(SAMPLE_JSON), "--document", "all", "--lang", "lv", "--output",
                     str(tmp_path / "all")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Saglabāts melnraksts: neaizpildīto vietu (__________) skaits")

    complete = tmp_path / "complete.json"
    interchange.write(complete_register(zimes), complete)
    out = tmp_path / "complete.pdf"
    assert cli.main(["pdf", str(complete), "--document", "procedure", "--lang", "lv", "--output", str(out)]) == 0
    assert capsys.readouterr().err == "" and out.exists()


def test_empty_optional_fields_print_nothing(zimes):
    reg = complete_register(zimes)
    o = reg.organisation
    o.phone, o.processing_locations = "", Text()
    for s in reg.subject_categories:
        s.description = Text()
    for p in reg.purposes:
        p.collection_method = Text()
    for r in reg.recipients:
        r.registration_number, r.service = "", Text()
    s = reg.document_settings
    s.version, s.approved_by, s.approved_on, s.effective_from = "", Text(), None, None
    for name in documents.DOCUMENTS:
        for lang in ("lv", "en"):
            text = pdf_text(documents.render(reg, name, lang))
            assert BLANK not in text, (name, lang, text[max(0, text.find(BLANK) - 80):][:120])
    procedure = pdf_text(documents.render(reg, "procedure", "lv"))
    assert "Iegūšanas veids" not in procedure and "Tālrunis" not in procedure


def test_a_contact_that_is_a_department_prints_without_a_blank(zimes):
    reg = complete_register(zimes)
    cp = reg.organisation.contact_person
    cp.name, cp.role = "", Text.of("lv", "Klientu apkalpošanas nodaļa")
    for name in ("procedure", "register", "notice"):
        text = pdf_text(documents.render(reg, name, "lv"))
        assert BLANK not in text and "Klientu apkalpošanas nodaļa; e-pasts: dati@zimes.lv" in text, name
