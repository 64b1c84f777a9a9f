"""Drafts and blanks (issue 13, items 11 and 12): a document with a blank is a draft on every page and the
command line says so; a complete register prints no mark and no blank; empty optional fields print nothing."""

from __future__ import annotations

import sys

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
    assert (
        cli.main(["pdf", str(SAMPLE_JSON), "--document", "all", "--lang", "lv", "--output", str(tmp_path / "all")]) == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Saglabāts melnraksts: neaizpildīto vietu (__________) skaits")
    # a mail program's renamed attachment: the command given can be pasted into the shell as it stands
    renamed = "Downloads/ZIMES (1).ropa"
    typed = f'"{renamed}"' if sys.platform == "win32" else f"'{renamed}'"
    assert f"“ropa-desktop check {typed}”" in documents.draft_message("en", 6, renamed)

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
            assert BLANK not in text, (name, lang, text[max(0, text.find(BLANK) - 80) :][:120])
    procedure = pdf_text(documents.render(reg, "procedure", "lv"))
    assert "Iegūšanas veids" not in procedure and "Tālrunis" not in procedure


def test_a_contact_that_is_a_department_prints_without_a_blank(zimes):
    reg = complete_register(zimes)
    cp = reg.organisation.contact_person
    cp.name, cp.role = "", Text.of("lv", "Klientu apkalpošanas nodaļa")
    for name in ("procedure", "register", "notice"):
        text = pdf_text(documents.render(reg, name, "lv"))
        assert BLANK not in text and "Klientu apkalpošanas nodaļa; e-pasts: dati@zimes.lv" in text, name


# 14. The procedure's approval, signature and acknowledgement sheet ---------------------------------------


def test_the_procedure_is_approved_signed_and_acknowledged_as_a_lawyer_expects(zimes):
    reg = complete_register(zimes)
    pages = pdf_pages(documents.render(reg, "procedure", "lv"))
    assert pages[0].count("APSTIPRINĀTS Jānis Bērziņš, valdes loceklis 01.03.2025.") == 1
    signing = next(p for p in pages if "Apstiprināšana" in p)
    assert "17. Pielikumi" in signing  # the signature block stays with the last section
    for field in ("Paraksts", "Vārds, uzvārds", "Amats", "Vieta, datums"):
        assert field in signing
    assert pages[-1].startswith("SIA “ZĪMES”") and "Darbinieku iepazīšanās lapa" in pages[-1]
    assert "iepazinos un apņemos to ievērot" in pages[-1] and "18." in pages[-1]
    whole = " ".join(pages)
    assert "4. Darbinieku iepazīšanās lapa" in whole and "“Datu subjekta pieprasījums” (3. pielikums)" in whole
    reg.document_settings.approved_by = Text()
    assert "APSTIPRINĀTS" not in pdf_text(documents.render(reg, "procedure", "lv"))
    assert "APPROVED" in pdf_pages(documents.render(complete_register(zimes), "procedure", "en"))[0]


def test_each_purpose_of_the_notice_stays_on_one_page():
    from ropa_desktop.core.synthetic import synthetic_register

    reg = synthetic_register(purposes=30, data_categories=40, recipients=10, seed=6)
    pages = pdf_pages(documents.render(reg, "notice", "lv"))
    for i in range(1, 31):
        name = f"Apstrādes nolūks {i}:"
        where = [n for n, page in enumerate(pages) if name in page]
        assert where, i
        start = where[0]
        tail = pages[start][pages[start].index(name) :]
        assert "Personas dati:" in tail, (i, "the purpose's data line went on to the next page")


def test_a_purpose_without_a_legal_basis_leaves_a_blank_in_its_brackets(zimes):
    """The procedure's list of what a person is told named such a purpose with empty brackets, “… одежды ()”."""
    import copy

    reg = copy.deepcopy(zimes)
    reg.purposes[0].legal_bases = []
    for lang in ("lv", "ru"):
        before = pdf_text(documents.render(zimes, "procedure", lang))
        text = pdf_text(documents.render(reg, "procedure", lang))
        assert "()" not in text and text.count(BLANK) > before.count(BLANK), lang
