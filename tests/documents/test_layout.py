"""Layout of long tables and long texts: whole rows, headers at page tops, work linear in the register's size."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ropa_desktop import documents
from ropa_desktop.core.synthetic import synthetic_register
from tests.documents.conftest import pdf_pages

HEADER = {"lv": "Apstrādes nolūks (b)", "en": "Purpose of processing (b)"}


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_register_table_header_stands_once_at_the_top_of_every_page(lang):
    reg = synthetic_register(purposes=40, data_categories=60, recipients=15, seed=3)
    pages = pdf_pages(documents.render(reg, "register", lang))
    table_pages = pages[:-1]
    assert len(table_pages) > 5
    for number, page in enumerate(table_pages, start=1):
        assert page.count(HEADER[lang]) == 1, (number, page[:300])
    whole = " ".join(pages)
    word = "Apstrādes nolūks"
    for i in range(1, 41):
        assert whole.count(f"{word} {i}:") == 1, i


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_a_short_register_table_moves_a_row_that_does_not_fit_whole_to_the_next_page(lang):
    """A table of a few rows (one reportlab table, not chunked) split between its rows must not then split
    the next row in what is left of the page, under a second header (as the Saulrīta example's third row was)."""
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    reg = interchange.read(paths.sample_path("saulrita"))
    pages = pdf_pages(documents.render(reg, "register", lang))
    for number, page in enumerate(pages, start=1):
        assert page.count(HEADER[lang]) <= 1, (number, page[:300])


def test_a_row_taller_than_a_page_is_split_and_nothing_is_lost():
    reg = synthetic_register(purposes=30, data_categories=40, recipients=10, seed=4)
    words = "Garš apraksts, kas neietilpst vienā lappusē un tiek dalīts starp lappusēm bez zudumiem. "
    reg.purposes[3].description = "START " + words * 40 + " MIDDLE " + words * 40 + " END"
    pages = pdf_pages(documents.render(reg, "register", "lv"))
    whole = " ".join(pages)
    assert whole.count("START") == whole.count("MIDDLE") == whole.count("END") == 1
    start = next(i for i, p in enumerate(pages) if "START" in p)
    end = next(i for i, p in enumerate(pages) if " END" in p)
    assert end > start  # the row runs over a page break
    assert all(p.count(HEADER["lv"]) == 1 for p in pages[:-1])


def test_register_table_work_grows_linearly_with_the_rows(monkeypatch):
    """The rows given to reportlab Tables while laying out the register grow like the purposes: a single table of
    N rows was rebuilt with every remaining row at each page break (N² / rows per page)."""
    from reportlab.platypus import Table

    built: list[int] = []
    init = Table.__init__

    def counting(self, data, *args, **kwargs):
        built.append(len(data))
        init(self, data, *args, **kwargs)

    monkeypatch.setattr(Table, "__init__", counting)
    rows = {}
    for purposes in (100, 400):
        built.clear()
        reg = synthetic_register(purposes=purposes, data_categories=400, recipients=60, seed=1)
        documents.render(reg, "register", "lv")
        rows[purposes] = sum(built)
    assert rows[400] < 4.6 * rows[100], rows  # 4 × the purposes; quadratic would be about 16 ×
    assert rows[400] < 20 * 400, rows


def test_the_italic_face_is_loaded_only_by_a_document_that_prints_italics():
    script = (
        "import sys\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from ropa_desktop import documents, paths\n"
        "from ropa_desktop.core import interchange\n"
        "reg = interchange.read(paths.sample_path())\n"
        "documents.render(reg, 'consent', 'lv')\n"
        "print('RopaSans-Italic' in pdfmetrics._fonts)\n"
        "documents.render(reg, 'register', 'lv')\n"
        "print('RopaSans-Italic' in pdfmetrics._fonts)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_a_transfer_note_shared_by_many_rows_is_printed_once_under_the_table(zimes):
    from ropa_desktop.core import model as m
    from tests.documents.conftest import pdf_text

    reg = m.from_json(m.to_json(zimes))
    cloud = reg.recipients[0]
    cloud.transfer = m.Transfer(
        country="US",
        safeguard="scc",
        note=m.Text(
            {
                "lv": "Līguma standartklauzulu kopiju var pieprasīt, rakstot uz info@zimes.lv.",
                "en": "A copy of the standard contractual clauses can be requested at info@zimes.lv.",
            }
        ),
    )
    for p in reg.purposes[:3]:
        if cloud.id not in p.recipient_ids:
            p.recipient_ids.append(cloud.id)
    lv = pdf_text(documents.render(reg, "register", "lv")).replace("\u00a0", " ")
    en = pdf_text(documents.render(reg, "register", "en")).replace("\u00a0", " ")
    rows = sum(cloud.id in p.recipient_ids for p in reg.purposes)
    assert lv.count("Līguma standartklauzulu kopiju var pieprasīt") == 1
    assert lv.count("(sk. 1. piezīmi zem tabulas)") == rows
    assert "1. piezīme. Līguma standartklauzulu kopiju var pieprasīt, rakstot uz info@zimes.lv." in lv
    assert en.count("A copy of the standard contractual clauses") == 1
    assert en.count("(see note 1 below the table)") == rows
    assert "Note 1: A copy of the standard contractual clauses can be requested at info@zimes.lv." in en
    assert lv.index("1. piezīme.") < lv.index("Tehniskie un organizatoriskie drošības pasākumi (g)")


class _CountedIds(list):
    """A purpose's list of ids that counts how often it is searched or read."""

    reads = 0

    def __contains__(self, item):
        _CountedIds.reads += 1
        return super().__contains__(item)

    def __iter__(self):
        _CountedIds.reads += 1
        return super().__iter__()


def test_the_procedure_reads_each_purposes_recipients_a_few_times_whatever_the_number_of_recipients():
    """Naming each recipient's purposes looked through every purpose for every recipient (purposes × recipients)."""
    reads = {}
    for recipients in (10, 80):
        reg = synthetic_register(purposes=120, data_categories=60, recipients=recipients, seed=2)
        for p in reg.purposes:
            p.recipient_ids = _CountedIds(p.recipient_ids)
        _CountedIds.reads = 0
        documents.render(reg, "procedure", "lv")
        reads[recipients] = _CountedIds.reads
    assert reads[80] <= reads[10] + 120, reads  # the old scan: about 120 × 70 reads more
    assert reads[80] < 10 * 120, reads


def test_a_text_running_over_many_pages_is_gathered_into_words_once(monkeypatch):
    """A paragraph split at each page break gathered the words of all the rest of it again (pages × length)."""
    import io

    from reportlab.platypus import SimpleDocTemplate, paragraph

    from ropa_desktop.documents.base import TextBlock, styles

    gathered = []
    words_of = paragraph._yieldBLParaWords

    def counting(bl_para, start, stop):
        for word in words_of(bl_para, start, stop):
            gathered.append(word)
            yield word

    monkeypatch.setattr(paragraph, "_yieldBLParaWords", counting)
    words = [f"vārds{i}" for i in range(12_000)]
    out = io.BytesIO()
    SimpleDocTemplate(out).build([TextBlock("START " + " ".join(words) + " END", styles()["body"])])
    pages = pdf_pages(out.getvalue())
    whole = " ".join(pages)
    assert len(pages) > 10
    assert whole.count("START") == whole.count("END") == 1
    assert all(f"vārds{i}" in whole for i in (0, 5_000, 11_999))
    assert len(gathered) < 2 * len(words), len(gathered)  # gathered again at every page: about pages / 2 × as many


def test_the_rest_of_a_split_text_laid_out_at_another_width_keeps_every_word():
    from ropa_desktop.documents.base import TextBlock, styles

    words = [f"vārds{i}" for i in range(2_000)]
    block = TextBlock(" ".join(words), styles()["body"])
    block.wrap(400, 100_000)
    head, rest = block.split(400, 200)
    head_words = [w for line in head.blPara.lines for w in line[1]]
    assert 0 < len(head_words) < len(words)
    rest.wrap(250, 100_000)  # narrower: laid out again from its words
    rest_words = [w for line in rest.blPara.lines for w in line[1]]
    assert head_words + rest_words == words


def _numbered_lines(data: bytes) -> dict[str, float]:
    """Where the text of each numbered item ("12.9.", "12.10.") starts on the page, by its number."""
    import io
    import re

    from pypdf import PdfReader

    starts: dict[str, float] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, runs=runs):
            if text.strip():
                runs.append((round(tm[5] + cm[5], 1), tm[4] + cm[4], text.strip()))

        page.extract_text(visitor_text=visit)
        for y, _x, text in runs:
            if re.fullmatch(r"\d+\.\d+\.", text):
                after = [x for yy, x, t in runs if yy == y and t != text]
                if after:
                    starts[text] = min(after)
    return starts


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_a_two_digit_sub_item_number_keeps_its_text_in_line_with_the_others(zimes, lang):
    """ "12.10." is wider than "12.9.": its text must still start where every item's text starts, not a little
    further right."""
    starts = _numbered_lines(documents.render(zimes, "procedure", lang))
    assert {"12.9.", "12.10.", "12.12.", "1.1."} <= set(starts)
    assert max(starts.values()) - min(starts.values()) < 0.5, starts


@pytest.mark.parametrize(
    ("doc", "lang", "options", "title"),
    [
        ("procedure", "ru", {}, "Порядок обработки персональных данных клиентов"),
        ("notice", "lv", {"audience": "partners"}, "Informācija sadarbības partneriem par personas datu apstrādi"),
    ],
)
def test_the_page_header_prints_the_whole_title_beside_a_short_organisation_name(doc, lang, options, title):
    """The header gives the title the room a short organisation name leaves; it was cut at a fixed share of
    the line ("… персональных данных клиент…")."""
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    reg = interchange.read(paths.sample_path("saulrita" if doc == "notice" else "zimes"))
    pages = pdf_pages(documents.render(reg, doc, lang, **options))
    assert len(pages) > 1
    for page in pages[1:]:  # the first page also has the title in big letters
        assert title in page, page[:200]
        assert "…" not in page[:200]


def test_a_paragraph_split_over_a_page_break_never_leaves_its_last_line_alone_at_the_top():
    """The procedure's page 7 began with "(leģitīmās intereses);", the last line of an item of page 6."""
    from ropa_desktop.documents.base import TextBlock, styles

    style = styles()["item"]
    block = TextBlock("vārdi un vēl vārdi " * 30, style, bulletText="12.2.")
    block.wrap(300, 10_000)
    lines = len(block.blPara.lines)
    assert lines > 4
    for room in range(1, lines):
        parts = block.split(300, room * style.leading + 0.5)
        if parts:
            rest = parts[-1]
            rest.wrap(300, 10_000)
            assert len(rest.blPara.lines) >= 2, (room, lines)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_the_answer_options_of_the_request_form_are_spaced_evenly(zimes, lang):
    """The three ways to get the answer stood in equal columns: the long middle one ran up to the third box."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ropa_desktop.core import texts
    from ropa_desktop.documents.base import FONT

    options = texts.texts(lang, "documents.request.r2_options")
    page = PdfReader(io.BytesIO(documents.render(zimes, "request", lang))).pages[0]
    starts: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip() in options:
            starts[text.strip()] = tm[4] + cm[4]

    page.extract_text(visitor_text=visit)
    assert set(starts) == set(options)
    ends = [starts[o] + stringWidth(o, FONT, 9.5) for o in options]
    gaps = [starts[b] - end for b, end in zip(options[1:], ends[:-1], strict=True)]  # text end to next text start
    assert min(gaps) > 40, gaps
    assert max(gaps) - min(gaps) < 2, gaps


def test_the_records_security_heading_goes_over_a_page_break_with_its_first_measure():
    """The English record of the Saulrīta example left the heading (g) and its intro alone at the foot of page 3."""
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    reg = interchange.read(paths.sample_path("saulrita"))
    pages = pdf_pages(documents.render(reg, "register", "en"))
    page = next(p for p in pages if "Technical and organisational security measures (g)" in p)
    assert "Strong passwords and two-step sign-in" in page


@pytest.mark.parametrize("lang", ["lv", "en", "ru", "et", "lt"])
def test_every_numbered_heading_of_the_procedure_fits_on_one_line(lang):
    """The Russian section 12 heading ran to a second line that began after “до”, cut from what it governs."""
    import tomllib

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ropa_desktop import paths
    from ropa_desktop.documents import base

    h1 = base.styles()["h1"]
    wording = tomllib.loads((paths.i18n_dir() / lang / "documents.toml").read_text(encoding="utf-8"))["procedure"]
    headings = [wording[f"s{n}"] for n in range(1, 18)]
    width = A4[0] - 2 * 20 * mm  # the portrait page's frame (base.Layout)
    too_long = [h for h in headings if stringWidth(f"17. {h}", h1.fontName, h1.fontSize) > width]
    assert too_long == []
