"""Letters, markup, missing glyphs, page frame, metadata, Art. 13, large registers, writing files."""

from __future__ import annotations

import io
import re

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import Register, Text, from_json, to_json
from tests.documents.conftest import every_text, pdf_pages, pdf_text

LETTERS = "āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ"
MARKUP = [
    "e-pasts <anna@zimes.lv>",
    "<b>",
    "&amp;",
    "<font size=40>",
    "A & B < C > D",
    "\"quoted\" 'single'",
    "</para>",
    "<br/>",
    "&nbsp;",
    "&#x41;",
]


def copy(register):
    return from_json(to_json(register))


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_latvian_letter_prints_as_itself(zimes, lang):
    reg = copy(zimes)
    reg.purposes[0].name = Text.of("lv", f"Burti {LETTERS}")  # the English documents print the main language's
    reg.organisation.address = f"Iela {LETTERS}"
    for name in documents.DOCUMENTS:
        text = pdf_text(documents.render(reg, name, lang))
        for letter in LETTERS.replace(" ", ""):
            assert letter in text, (name, letter)
        assert "\ufffd" not in text
    # and the fixed Latvian wording itself
    text = pdf_text(documents.render(zimes, "procedure", "lv"))
    for letter in "āčēģīķļņšūž":
        assert letter in text, letter


@pytest.mark.parametrize("name", documents.DOCUMENTS)
def test_markup_like_user_text_prints_exactly(zimes, name):
    reg = copy(zimes)
    reg.organisation.email = MARKUP[0]
    reg.organisation.address = " | ".join(MARKUP[1:])
    for i, p in enumerate(reg.purposes):
        p.name = Text.of("lv", f"Nolūks {i} {MARKUP[i % len(MARKUP)]}")
        p.description = Text.of("lv", " ~ ".join(MARKUP))
    reg.organisation.name = "SIA <Zīmes> & Co"
    text = pdf_text(documents.render(reg, name, "lv"))
    assert "SIA <Zīmes> & Co" in text
    if name in ("procedure", "notice", "request"):
        assert MARKUP[0] in text
    if name in ("procedure", "register", "notice", "consent"):
        assert " ~ ".join(MARKUP) in text
        for p in reg.purposes:
            if name != "consent" or ("consent" in p.bases() and p.consent.on_form):
                assert p.name["lv"] in text


# Markup-looking text, one per field: "Q<n>" then characters Paragraph markup would swallow or escape.
TOKEN_TAILS = ["&<b>", "<i>&", "&>", "<br/>&", "&&<", "</para>"]


def test_markup_in_every_text_field_is_printed_exactly_once_escaped(zimes):
    fields: dict[int, str] = {}

    def token(n: int, path: str) -> str:
        fields[n] = path
        return f"Q{n}{TOKEN_TAILS[n % len(TOKEN_TAILS)]}"

    reg = every_text(zimes, token)
    printed: set[int] = set()
    for name in documents.DOCUMENTS:
        for lang in ("lv", "en"):
            text = "".join(pdf_text(documents.render(reg, name, lang)).split())
            for entity in ("&amp;", "&lt;", "&gt;", "&#"):
                assert entity not in text, (name, lang, entity, text[text.find(entity) - 20 :][:60])
            for n, path in fields.items():
                if re.search(rf"Q{n}(?!\d)", text):
                    assert token(n, path) in text, (name, lang, path)
                    printed.add(n)
    seen = {fields[n] for n in printed}
    for path in (
        "organisation.name",
        "organisation.processing_locations",
        "recipients[0].registration_number",
        "recipients[0].transfer.note",
        "organisation.dpo.name",
        "organisation.representative.address",
        "document_settings.version",
        "identification_rules[0].criteria",
        "purposes[0].legitimate_interest",
    ):
        assert path in seen, path


# Long texts (issue 6: any length prints, nothing is lost).  A text longer than a page takes the same path
# through the layout whatever its length: it is cut at the foot of each page and goes on on the next.  So
# every text field gets a text longer than a whole page in the widest place it prints (a body paragraph holds
# about 5,000 characters a page, a table cell far fewer), numbered every 250 characters; and one field gets the
# longest text a register may hold (1 MB).  Each number must print, as often as the field's start does.
FILLER = "Vārdi ģērbjas ūdeņainā šķīvī ar čaukstošu ļoti žiglu ķiveri un daudz burtiem. "  # no "F", no "…"
LONG_TEXT = 6_000
STEP = 250


def numbered_text(n: int, size: int = LONG_TEXT) -> str:
    """``size`` characters of field ``n``, with the mark ``F<n>q<k>q`` every STEP characters."""
    filler = FILLER * (STEP // len(FILLER) + 1)
    parts = [f"F{n}q{k}q " + filler[: STEP - len(f"F{n}q{k}q  ")] + " " for k in range(size // STEP)]
    return "".join(parts).rstrip()


def assert_whole(text: str, where: object, size: int = LONG_TEXT) -> set[str]:
    """Every numbered field whose start prints prints whole, as often as its start: the fields found."""
    # the page header and footer (organisation, version) show as much as fits, ending in "…"
    text = re.sub(r"F\d+q0q [^…F]*…", "", text)
    marks = re.findall(r"F(\d+)q(\d+)q", text)
    starts = {n for n, k in marks if k == "0"}
    assert starts, where
    counts: dict[tuple[str, str], int] = {}
    for mark in marks:
        counts[mark] = counts.get(mark, 0) + 1
    for n in starts:
        times = counts[(n, "0")]
        missing = [k for k in range(size // STEP) if counts.get((n, str(k)), 0) != times]
        assert not missing, (where, n, times, missing[:5])
    return starts


@pytest.fixture(scope="module")
def register_long_texts():
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    reg = every_text(interchange.read(paths.sample_path()), lambda n, _path: numbered_text(n))
    assert min(len(reg.organisation.name), len(reg.document_settings.version)) > LONG_TEXT - STEP
    return reg


@pytest.mark.parametrize("name", documents.DOCUMENTS)
def test_documents_print_every_long_text_whole(register_long_texts, name):
    """Every text field longer than a page: each document prints each of them whole (the layout does not depend on
    the language: one is enough)."""
    assert_whole(pdf_text(documents.render(register_long_texts, name, "lv")), name)


def test_the_longest_text_a_register_holds_prints_whole_in_a_table_cell(zimes):
    """1 MB (the storage limit of one text) in the register's narrowest user-text place, a table cell."""
    from ropa_desktop.core.limits import MAX_TEXT_BYTES

    reg = copy(zimes)
    size = MAX_TEXT_BYTES // 2  # the filler's letters take two bytes in UTF-8
    reg.purposes[0].description = numbered_text(7, size)
    assert len(reg.purposes[0].description.encode()) < MAX_TEXT_BYTES
    assert assert_whole(pdf_text(documents.render(reg, "register", "lv")), "register", size) == {"7"}


@pytest.mark.parametrize("name", documents.DOCUMENTS)
def test_a_text_of_many_short_lines_prints(zimes, name):
    """Issue 14, item 13: a description of 120 short lines (240 characters) in every text field at once."""

    def lines(n: int, _path: str) -> str:
        return "\n".join(f"L{n}x{i}" if i % 10 == 0 else "x" for i in range(120)) + "\n"

    reg = every_text(zimes, lines)
    # the page header and footer show the organisation and the version on one line (tested above)
    reg.organisation.name, reg.document_settings.version = "SIA Rindas", "1"
    text = pdf_text(documents.render(reg, name, "lv"))
    found = re.findall(r"L(\d+)x(\d+)", text)
    fields = {n for n, _ in found}
    assert fields, name
    for n in fields:
        assert {i for m, i in found if m == n} == {str(i) for i in range(0, 120, 10)}, (name, n)


def test_an_organisation_name_on_several_lines_is_one_line_in_the_page_header(zimes):
    reg = copy(zimes)
    reg.organisation.name = "SIA\nRindas\r\nun  Ko"
    for page in pdf_pages(documents.render(reg, "request", "lv")):
        assert "SIA Rindas un Ko" in page and "\x00" not in page


def test_a_character_the_font_lacks_is_replaced_visibly(zimes):
    reg = copy(zimes)
    reg.purposes[0].name = Text.of("lv", "Alfa 漢 \U0001f600 Omega\x07")
    text = pdf_text(documents.render(reg, "procedure", "en"))
    assert "Alfa \ufffd \ufffd Omega\ufffd" in text


def test_header_footer_and_page_numbers(zimes_pdfs):
    for (name, lang), data in zimes_pdfs.items():
        pages = pdf_pages(data)
        total = len(pages)
        for i, page in enumerate(pages, start=1):
            assert "SIA “ZĪMES”" in page, (name, lang, i)
            label = f"Lapa {i} no {total}" if lang == "lv" else f"Page {i} of {total}"
            assert label in page, (name, lang, i)
            assert ("Versija 1.0" if lang == "lv" else "Version 1.0") in page


def test_version_and_dates_from_document_settings(zimes):
    reg = copy(zimes)
    reg.document_settings.version = "2.1"
    reg.document_settings.effective_from = "2025-03-15"
    reg.document_settings.approved_on = "2025-03-01"
    reg.document_settings.approved_by = "Jānis Bērziņš, valdes loceklis"
    lv = pdf_text(documents.render(reg, "procedure", "lv"))
    assert "Versija 2.1 · spēkā no 15.03.2025." in lv
    assert "Jānis Bērziņš, valdes loceklis" in lv and "01.03.2025." in lv
    en = pdf_text(documents.render(reg, "procedure", "en"))
    assert "Version 2.1 · effective from 15 March 2025" in en


def test_pdf_metadata(zimes_pdfs):
    from pypdf import PdfReader

    for (_, lang), data in zimes_pdfs.items():
        reader = PdfReader(io.BytesIO(data))
        assert reader.metadata.author == "SIA “ZĪMES”"
        title, subject = reader.metadata.title, reader.metadata.subject
        assert title and subject
        assert not re.search(r"&\w+;|<|>", title + subject), (title, subject)
        # the page header and the first heading print the same title
        first = pdf_pages(data)[0]
        assert first.count(title) >= 2, (title, first[:200])
        assert reader.trailer["/Root"]["/Lang"] == lang


def test_fonts_are_embedded_subsets_of_the_bundled_family(zimes_pdfs):
    from pypdf import PdfReader

    fonts = set()
    for data in zimes_pdfs.values():
        for page in PdfReader(io.BytesIO(data)).pages:
            for font in page["/Resources"]["/Font"].values():
                fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all(f.startswith("/AAAAAA+NotoSans") for f in fonts), fonts


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_notice_has_every_art_13_element(zimes_texts, lang):
    text = zimes_texts[("notice", lang)]
    expected = {
        "lv": [
            "SIA “ZĪMES”",
            "pārzinis",
            "nolūkiem",
            "Juridiskais pamats",
            "saņem",
            "ārpus Eiropas Savienības",
            "glabājam",
            "piekļūt saviem datiem",
            "labot datus",
            "dzēšanu",
            "ierobežot apstrādi",
            "iebilst",
            "datu pārnesamību",
            "jebkurā laikā atsaukt",
            "Datu valsts inspekcij",
            "Elijas iela 17",
            "LV-1050",
            "pasts@dvi.gov.lv",
            "+371 67223131",  # as glossary.md gives it (the Latvian notice had “tālrunis 67223131”)
            "www.dvi.gov.lv",
            "iesniegt sūdzību",
            "Ja datus nesniedzat",
            "automatizēt",
            "iebilst pret tiešo tirgvedību",
            "identific",
        ],
        "en": [
            "SIA “ZĪMES”",
            "controller",
            "purposes",
            "Legal basis",
            "disclosed to",
            "outside the European Union",
            "keep your personal data",
            "access to your data",
            "rectification",
            "erasure",
            "restriction of processing",
            "object",
            "data portability",
            "withdraw it at any time",
            "Data State Inspectorate",
            "Elijas iela 17",
            "LV-1050",
            "pasts@dvi.gov.lv",
            "+371 67223131",
            "www.dvi.gov.lv",
            "lodge a complaint",
            "If you do not provide the data",
            "automated",
            "object to direct marketing",
            "identify you",
        ],
    }[lang]
    for element in expected:
        assert element.lower() in text.lower(), element


def test_notice_without_marketing_or_consent_leaves_those_out(zimes):
    reg = copy(zimes)
    reg.purposes = [p for p in reg.purposes if p.id not in ("marketing", "website")]
    reg.retention_rules = [r for r in reg.retention_rules if r.id != "marketing-contacts"]
    for r in reg.retention_rules:
        r.purpose_ids = [x for x in r.purpose_ids if x != "website"]
    text = pdf_text(documents.render(reg, "notice", "en"))
    assert "direct marketing" not in text
    assert "Withdrawing your consent" not in text


def test_dpo_and_transfers_print_when_present(zimes):
    from ropa_desktop.core.model import Dpo, Transfer

    reg = copy(zimes)
    reg.organisation.dpo = Dpo(name="Anna Ozola", email="dpo@zimes.lv", phone="+371 20000000")
    reg.recipients[0].transfer = Transfer(country="US", safeguard="scc", note=Text.of("lv", "Rezerves kopijas"))
    text = pdf_text(documents.render(reg, "notice", "lv"))
    assert "Anna Ozola" in text and "dpo@zimes.lv" in text
    assert "Amerikas Savienotās Valstis" in text and "līguma standartklauzulas" in text
    text = pdf_text(documents.render(reg, "register", "en"))
    assert "United States" in text and "standard contractual clauses" in text


def test_large_register_renders_with_repeated_header_rows():
    from ropa_desktop.core.model import validate
    from ropa_desktop.core.synthetic import synthetic_register

    reg = synthetic_register(purposes=120, data_categories=200, recipients=40, seed=1)  # (47 pages)
    assert validate(reg) == []
    data = documents.render(reg, "register", "lv")
    pages = pdf_pages(data)
    assert len(pages) > 20
    table_pages = pages[:-1]
    assert all("Apstrādes nolūks (b)" in p for p in table_pages)
    assert all(f"no {len(pages)}" in p for p in pages)
    whole = " ".join(pages)
    assert "Apstrādes nolūks 120:" in whole and "Apstrādes nolūks 1:" in whole


def test_large_register_renders_every_document():
    from ropa_desktop.core.synthetic import synthetic_register

    reg = synthetic_register(purposes=120, data_categories=200, recipients=40, seed=2)  # (5,000 in the benchmark)
    for name in ("procedure", "notice", "consent", "request"):
        data = documents.render(reg, name, "en")
        assert data.startswith(b"%PDF")


def test_synthetic_register_is_reproducible():
    from ropa_desktop.core.model import to_json
    from ropa_desktop.core.synthetic import synthetic_register

    a = synthetic_register(purposes=20, data_categories=30, recipients=10, seed=5)
    b = synthetic_register(purposes=20, data_categories=30, recipients=10, seed=5)
    assert to_json(a) == to_json(b)
    assert len(a.purposes) == 20 and len(a.data_categories) == 30 and len(a.recipients) == 10


def test_an_empty_register_renders_with_blanks():
    from ropa_desktop.core.model import Register

    for name in documents.DOCUMENTS:
        text = pdf_text(documents.render(Register(), name, "lv"))
        assert "__________" in text, name


def test_write_pdf_is_atomic_and_reports_failures(zimes, tmp_path):
    from ropa_desktop.core.errors import WriteFailed

    target = tmp_path / "procedure.pdf"
    documents.write_pdf(zimes, "procedure", "lv", target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["procedure.pdf"]

    with pytest.raises(WriteFailed) as err:
        documents.write_pdf(zimes, "procedure", "lv", tmp_path / "missing" / "x.pdf")
    assert "missing" in err.value.message("en") and "could not be written" in err.value.message("en")
    assert "neizdevās saglabāt" in err.value.message("lv")


def test_unknown_document_or_language():
    from ropa_desktop.core.model import Register

    with pytest.raises(ValueError):
        documents.render(Register(), "poster", "lv")
    with pytest.raises(ValueError):
        documents.render(Register(), "notice", "de")


def test_file_names(zimes):
    names = {documents.file_name(zimes, n, "lv") for n in documents.DOCUMENTS}
    assert len(names) == 5 and all(n.startswith("sia-zimes-") and n.endswith("-lv.pdf") for n in names)


def test_cli_pdf_all_from_json_and_register_file(tmp_path, sample_file):
    from ropa_desktop import cli
    from tests.conftest import SAMPLE_JSON

    out = tmp_path / "out"
    # the sample leaves mandatory fields empty: its documents are drafts (exit 1), written all the same
    assert cli.main(["pdf", str(SAMPLE_JSON), "--document", "all", "--lang", "lv", "--output", str(out)]) == 1
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 5 and all(f.endswith("-lv.pdf") for f in files)
    single = tmp_path / "notice.pdf"
    assert cli.main(["pdf", str(sample_file), "--document", "notice", "--lang", "en", "--output", str(single)]) == 1
    assert "Privacy Notice for Customers" in pdf_text(single.read_bytes())


def test_cli_pdf_unwritable_output_is_one_clear_line(tmp_path, capsys):
    from ropa_desktop import cli
    from tests.conftest import SAMPLE_JSON

    bad = tmp_path / "no-such-folder" / "x.pdf"
    assert cli.main(["pdf", str(SAMPLE_JSON), "--document", "consent", "--lang", "en", "--output", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "could not be written" in err and "Traceback" not in err


def test_a_layout_failure_is_a_clear_message_not_a_traceback(tmp_path, capsys, monkeypatch):
    """Should anything still not fit on a page, the person reads a sentence in their language."""
    from reportlab.platypus.flowables import XBox

    from ropa_desktop import cli
    from ropa_desktop.core.errors import DocumentFailed, RopaError
    from ropa_desktop.documents import consent
    from tests.conftest import SAMPLE_JSON

    monkeypatch.setattr(consent, "story", lambda ctx, width: [XBox(width, 5000, "too tall")])
    with pytest.raises(DocumentFailed) as info:
        documents.render(Register(), "consent", "lv")
    assert isinstance(info.value, RopaError)
    assert info.value.message("lv").startswith("Dokumentu “Piekrišana personas datu apstrādei” nevarēja izveidot")
    assert "does not fit on a page" in info.value.message("en")
    out = tmp_path / "x.pdf"
    assert cli.main(["pdf", str(SAMPLE_JSON), "--document", "consent", "--lang", "en", "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert "“Consent to the Processing of Personal Data” could not be created" in err, err
    assert "Traceback" not in err and not out.exists()


def test_a_title_that_wraps_keeps_two_words_on_its_last_line(sample_register):
    # the partners' notice wrapped as “Informācija sadarbības partneriem par personas datu / apstrādi”
    from ropa_desktop.documents.base import Context

    ctx = Context(sample_register, "lv", "notice")
    title = ctx.paragraph(ctx.wording("title_by_audience.partners"), "title")
    assert title.text.endswith("datu\u00a0apstrādi")
    assert ctx.paragraph("Viens", "title").text == "Viens"
