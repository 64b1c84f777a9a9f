"""What every printed document shares: the font, the paragraph styles, the page frame and safe text.

A document module builds a list of flowables from a :class:`Context`; :func:`build_pdf`
lays them out on A4 pages with the organisation's name in the header, the document
version and date and "Page X of Y" in the footer, and the PDF metadata.

User text never reaches a ``Paragraph`` unescaped: :meth:`Context.u` and
:func:`escape` turn it into markup that prints exactly as typed, with any character
the font lacks replaced by a visible U+FFFD.  The fixed wording comes from
``i18n/<lang>/documents.toml`` and may contain reportlab markup (``<b>``, ``<i>``);
its ``{placeholders}`` are filled with escaped user text.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
import io
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBG,
    Indenter,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import ParaLines, _split_blParaSimple

from ropa_desktop import paths
from ropa_desktop.core import labels, texts
from ropa_desktop.core.model import Period, Register, RetentionRule, Text
from ropa_desktop.documents import registry

# Binary (Flate only) streams: ASCII85 on top makes files a quarter larger and costs time in pure Python.
rl_config.useA85 = 0

BLANK = "__________"
REPLACEMENT = "\ufffd"
FONT = "RopaSans"
FONT_FILES = {
    FONT: "NotoSans-Regular.ttf",
    f"{FONT}-Bold": "NotoSans-Bold.ttf",
}
ITALIC = f"{FONT}-Italic"  # loaded only by a document that prints italics (see use_italic)
ITALIC_FILE = "NotoSans-Italic.ttf"

INK = colors.HexColor("#1d232b")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6570")
RULE = colors.HexColor("#b8c4d0")
HEAD_FILL = colors.HexColor("#e6edf4")
ZEBRA = colors.HexColor("#f6f8fa")
NOTE_FILL = colors.HexColor("#fdf6e3")
NOTE_RULE = colors.HexColor("#d9b44a")
DRAFT_INK = colors.HexColor("#b3261e")

# --- font -----------------------------------------------------------------------


@cache
def register_fonts() -> frozenset[int]:
    """Register the bundled regular and bold faces once per process; the code points the font can draw."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = paths.fonts_dir()
    covered: frozenset[int] = frozenset()
    for name, file in FONT_FILES.items():
        font = TTFont(name, str(folder / file))
        pdfmetrics.registerFont(font)
        if name == FONT:
            covered = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=ITALIC, boldItalic=f"{FONT}-Bold")
    return covered


@cache
def use_italic() -> None:
    """Register the italic face (the first time a text with ``<i>`` is laid out): most documents print none."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(ITALIC, str(paths.fonts_dir() / ITALIC_FILE)))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@cache
def _drawable() -> frozenset[str]:
    return frozenset(map(chr, register_fonts())) | {"\n"}


def printable(text: str) -> str:
    """``text`` with every character the font cannot draw replaced by a visible U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL.sub(REPLACEMENT, text)
    missing = set(text) - _drawable()
    if not missing:
        return text
    return text.translate(dict.fromkeys(map(ord, missing), REPLACEMENT))


def escape(text: str) -> str:
    """User text as Paragraph markup that prints exactly as typed (line breaks kept)."""
    text = printable(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


# a citation in the company's own text is kept on one line where its word and number meet, as the fixed
# wording keeps it: “6.␣panta 1.␣punkta c)␣apakšpunkts”, “Art.␣6(1)(b)”, “статья␣6”, “28␣straipsnio”
_WORD_THEN_NUMBER = re.compile(
    r"(?<!\w)(Art\.|Arts\.|Article|Articles|Section|Sec\.|Nr\.|No\.|§|стать[яиеюй]|пункт[аеуы]?|подпункт[аеу]?|№"
    r"|artikli[st]?|artikkel|lõi[gk]e|punkt|lisa) (?=\d)",
    re.IGNORECASE,
)
_NUMBER_THEN_WORD = re.compile(
    r"(\d\.?|(?<!\w)[a-h]\)) (?=(pant|punkt|apakšpunkt|pielikum|nodaļ|daļ|sadaļ|straipsn|dal[iyį]|skyri|pried)\w*)",
    re.IGNORECASE,
)


def keep_citations_together(text: str) -> str:
    """``text`` with a no-break space between a citation's word and its number (“28. pants”, “Art. 28”)."""
    text = _WORD_THEN_NUMBER.sub(lambda m: m.group(1) + "\u00a0", text)
    return _NUMBER_THEN_WORD.sub(lambda m: m.group(1) + "\u00a0", text)


# --- styles -----------------------------------------------------------------------


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=9.5,
        leading=13.6,
        textColor=INK,
        spaceAfter=4,
        allowWidows=0,
    )
    s = {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=f"{FONT}-Bold", fontSize=17, leading=21, textColor=ACCENT, spaceAfter=3
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=11,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=10,
            leading=13.6,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        # the items' text starts where a number as wide as "12.10." ends, with a space's width after it (at 34 pt
        # it touched its text)
        "item": ParagraphStyle("item", parent=base, leftIndent=37, bulletIndent=0, spaceAfter=3),
        "item_head": ParagraphStyle(
            "item_head",
            parent=base,
            leftIndent=37,
            bulletIndent=0,
            spaceBefore=3,
            spaceAfter=2,
            fontName=f"{FONT}-Bold",
            bulletFontName=f"{FONT}-Bold",
            keepWithNext=1,
        ),
        "sub": ParagraphStyle("sub", parent=base, leftIndent=49, bulletIndent=37, spaceAfter=2),
        "indent": ParagraphStyle("indent", parent=base, leftIndent=37, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10.4, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=f"{FONT}-Bold", fontSize=8, leading=10.4, spaceAfter=0, textColor=ACCENT
        ),
        "field": ParagraphStyle("field", parent=base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "stamp": ParagraphStyle("stamp", parent=base, alignment=TA_RIGHT, spaceAfter=0, leading=12.5),
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
    }
    return s


# --- the context a document is built from ----------------------------------------------


def dash(lang: str) -> str:
    """The spaced dash of ``lang`` (" – " in Latvian and English, " — " in Russian), from the documents' texts."""
    return texts.text(lang, "documents.common.dash")


class Context:
    """The register, the document's language and helpers for wording and user text."""

    def __init__(self, register: Register, lang: str, doc: str) -> None:
        self.register = register
        self.lang = lang
        self.doc = doc
        self.org = register.organisation
        self.st = styles()
        self._index: dict[str, dict[str, Any]] = {}
        self._rules: dict[str, list[RetentionRule]] | None = None
        self.blanks = 0  # blanks ("__________") in the text laid out so far: any one makes the document a draft

    # fixed wording ------------------------------------------------------------------
    def wording(self, key: str, **params: Any) -> Markup:
        """Fixed wording as markup; ``params`` are user text and get escaped (str) or kept (Markup)."""
        return Markup(texts.text(self.lang, f"documents.{self._key(key)}", **_safe(params)))

    @property
    def dash(self) -> str:
        """The spaced dash that joins a name and what follows it, as the document's language writes it."""
        return dash(self.lang)

    def wording_list(self, key: str, **params: Any) -> list[Markup]:
        """A list of fixed texts (e.g. numbered clauses), each with ``params`` filled in like :meth:`w`."""
        items = texts.texts(self.lang, f"documents.{self._key(key)}")
        if not params:
            return [Markup(item) for item in items]
        safe = _Params(_safe(params))
        return [Markup(item.format_map(safe)) for item in items]

    def has(self, key: str) -> bool:
        """Whether the fixed wording has ``key`` (e.g. an optional per-category title)."""
        return texts.has(self.lang, f"documents.{self._key(key)}")

    def _key(self, key: str) -> str:
        return key if key.split(".")[0] in _TABLES else f"{self.doc}.{key}"

    # user text ----------------------------------------------------------------------
    def user_text(self, text: Text | str | None, mandatory: bool = True) -> Markup:
        """Escaped user text (a Text in the document's language, else the main language's); an empty
        mandatory value is a visible blank to fill in by hand."""
        if isinstance(text, Text):
            text = text.pick(self.lang, self.register.main_language)
        if text is None or not str(text).strip():
            return Markup(BLANK if mandatory else "")
        return Markup(keep_citations_together(escape(str(text).strip())))

    def phone(self, number: str) -> Markup:
        """A phone number as typed, kept on one line ("+371 26 123 456" is not cut after "123"); a long text
        typed into the field may still wrap."""
        text = self.user_text(number)
        return Markup(text.replace(" ", "\u00a0")) if len(number.strip()) <= 24 else text

    def localized(self, kind: str, entry: Any, field: str) -> str:
        """An entry's text in the document's language, else in the register's main language.

        ``field`` may be dotted (``agreement.note``, ``consent.method``); in a list, a number is an
        index and any other part picks the item whose first field has that value
        (``legal_bases.contract.note``, ``sources.0.note``)."""
        value = _field(entry, field)
        if isinstance(value, Text):
            return value.pick(self.lang, self.register.main_language)
        return value if isinstance(value, str) else ""

    def entry_text(self, kind: str, entry: Any, field: str, mandatory: bool = True) -> Markup:
        return self.user_text(self.localized(kind, entry, field), mandatory)

    # enum words ---------------------------------------------------------------------
    def label(self, group: str, value: str | None) -> Markup:
        return Markup(escape(labels.label(self.lang, group, value)))

    def country(self, code: str) -> Markup:
        return Markup(escape(labels.country(self.lang, code) or BLANK))

    def period(self, value: Period | None) -> Markup:
        """ "5 gadi", the number and its word never parted at the end of a line."""
        return Markup(escape(labels.period(self.lang, value)).replace(" ", "\u00a0"))

    def date(self, iso: str | None, mandatory: bool = True) -> Markup:
        if not iso:
            return Markup(BLANK if mandatory else "")
        try:
            d = _dt.date.fromisoformat(iso)
        except ValueError:
            return Markup(escape(iso))
        return Markup(escape(labels.date(self.lang, d)))

    # register lookups ----------------------------------------------------------------
    def find(self, kind: str, item_id: str) -> Any:
        """The entry ``item_id`` of the list ``kind`` (e.g. "recipients"), or None: a dict look-up, so that
        documents of thousands of entries stay linear in the register's size."""
        index = self._index.get(kind)
        if index is None:
            index = self._index[kind] = {}
            for entry in self.register.items(kind):
                index.setdefault(entry.id, entry)  # the first of two equal ids, as Register.find
        return index.get(item_id)

    def retention_rules_of(self, purpose_id: str) -> list[RetentionRule]:
        """The retention rules naming the purpose, in the register's order."""
        if self._rules is None:
            self._rules = {}
            for rule in self.register.retention_rules:
                for pid in dict.fromkeys(rule.purpose_ids):
                    self._rules.setdefault(pid, []).append(rule)
        return self._rules.get(purpose_id, [])

    def names(self, kind: str, ids: Iterable[str]) -> list[Markup]:
        out = []
        for item_id in ids:
            entry = self.find(kind, item_id)
            out.append(self.entry_text(kind, entry, "name") if entry is not None else Markup(escape(item_id)))
        return out

    def join(self, parts: Sequence[str]) -> Markup:
        """The parts in one line, "a; b; c": a part's closing full stop is dropped (no ".;"), unless it ends
        an abbreviation or a date ("u. c.", "17.04.2023.")."""
        return Markup(self.wording("common.list_separator").join(_without_full_stop(p) for p in parts if p))

    # flowables -----------------------------------------------------------------------
    def paragraph(self, markup: str, style: str = "body", **kw: Any) -> Paragraph:
        self.blanks += markup.count(BLANK)
        if style == "title":  # a title that wraps keeps two words on its last line (not “… datu / apstrādi”)
            head, space, last = markup.rpartition(" ")
            if space and "<" not in last and ">" not in head[-1:]:
                markup = Markup(f"{head}\u00a0{last}")
        return TextBlock(markup, self.st[style], **kw)

    def h1(self, markup: str) -> Paragraph:
        return self.paragraph(markup, "h1")

    def item(self, number: str, markup: str, style: str = "item") -> Paragraph:
        return self.paragraph(markup, style, bulletText=number)


# a sentence's closing full stop: after a word of four letters or more, or a closing bracket or quote
_FULL_STOP = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=[)”\"»]))\.$")


def _without_full_stop(part: str) -> str:
    return _FULL_STOP.sub("", part.rstrip())


# The tables of ``i18n/<lang>/documents.toml``: the shared wording and one per document (registry.py).
_TABLES = frozenset(("common", *registry.IDS))


def _field(obj: Any, path: str) -> Any:
    """``obj.<path>`` as :meth:`Context.localized` reads it; None where there is no such field or item."""
    for part in path.split("."):
        if obj is None:
            return None
        if isinstance(obj, list):
            if part.isdigit():
                index = int(part)
                obj = obj[index] if index < len(obj) else None
            else:
                obj = next((x for x in obj if getattr(x, dataclasses.fields(x)[0].name, None) == part), None)
        else:
            obj = getattr(obj, part, None)
    return obj


class Markup(str):
    """Text that is already safe Paragraph markup.

    Stripping white space or full stops keeps it markup (no entity ends in one); anything that
    combines it with other text (``+``, f-strings) gives a plain ``str`` that must be wrapped again
    on purpose.
    """

    def strip(self, chars: str | None = None) -> str:
        return _still_markup(str.strip(self, chars), chars)

    def rstrip(self, chars: str | None = None) -> str:
        return _still_markup(str.rstrip(self, chars), chars)

    def lstrip(self, chars: str | None = None) -> str:
        return _still_markup(str.lstrip(self, chars), chars)


def _still_markup(text: str, chars: str | None) -> str:
    """Stripped markup stays Markup unless the stripped characters could cut a tag or an entity."""
    return Markup(text) if chars is None or not set(chars) & set("&;<>") else text


def _safe(params: dict[str, Any]) -> dict[str, Any]:
    """Parameters for fixed wording: Markup and numbers kept as they are, any other text escaped."""
    return {k: (v if isinstance(v, (Markup, int, float)) else escape(str(v))) for k, v in params.items()}


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --- small flowables --------------------------------------------------------------------


class TextBlock(Paragraph):
    """A Paragraph that remembers the lines it was broken into, and hands the rest of them to the part
    that goes on to the next page.

    reportlab breaks a paragraph into lines again on every wrap: the rest of a split paragraph on each
    following page, and every cell of a table each time the rest of the table is measured.  A text that
    runs over many pages (100 KB in one field) would cost time by the square of its length.  The lines
    only depend on the width (no style here uses automatic leading or a first-line indent), so they are
    kept per width.
    """

    _lines: tuple[float, list[float], Any, float, int] | None = None  # width, wrap widths, lines, height, first
    _first = 0  # the kept lines point into the frags by index, counting from the whole paragraph's: this far

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        if text and "<i>" in text:  # None for the parts of a split paragraph (already laid out)
            use_italic()
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        kept = self._lines
        if kept is not None and kept[0] == availWidth:
            self.width, self._wrapWidths, self.blPara, self.height, self._first = kept
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._first = 0
        if self._reusable():
            self._lines = (availWidth, self._wrapWidths, self.blPara, height, 0)
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        # the parts are cut from the lines of the last wrap (at self.width), whatever availWidth says
        if len(parts) == 2 and isinstance(parts[1], TextBlock) and self._reusable():
            # Both parts keep the lines they were cut from: laid out again from their frags, a part that
            # starts or ends at a line break (<br/>) can come out a line longer than the room it was cut for.
            style = self.style
            count = len(parts[0].blPara.lines)
            head, lines = self.blPara.lines[:count], self.blPara.lines[count:]
            parts[0]._lines = (self.width, self._wrapWidths, self.blPara.clone(lines=head), count * style.leading, 0)
            first = getattr(lines[0], "sFW", 0) if lines else 0
            later = self.width - style.leftIndent - style.rightIndent
            rest = self.blPara.clone(lines=lines)
            parts[1]._lines = (self.width, [later, later], rest, len(lines) * style.leading, first)
        return parts

    def _get_split_blParaFunc(self) -> Callable[[Any, int, int], list[Any]]:  # noqa: N802
        func = super()._get_split_blParaFunc()
        return _split_simple_lazily if func is _split_blParaSimple else func

    def _split_blParaProcessed(self, blPara: Any, start: int, stop: int) -> list[Any]:  # noqa: N802
        if not self._first:
            return super()._split_blParaProcessed(blPara, start, stop)
        return super()._split_blParaProcessed(_Shifted(blPara.lines, self._first), start, stop)

    def _reusable(self) -> bool:
        style = self.style
        return (
            hasattr(self, "blPara")
            and not getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
            and not style.firstLineIndent
            and style.wordWrap != "CJK"
        )


class _LaterWords(ParaLines):
    """The one frag of the part of a simple paragraph that goes on to the next page: its words are gathered from
    the lines only when asked for (when the part is laid out at another width than the one it was cut at).

    reportlab gathers them at every split, so a text running over K pages cost K times its length; the part's
    kept lines (``TextBlock.split``) are what it is drawn and split from.
    """

    def __getattr__(self, name: str) -> Any:
        if name != "words":
            raise AttributeError(name)
        source, start, stop = self.__dict__["_words_from"]
        self.words = _split_blParaSimple(source, start, stop)[0].words
        return self.words


def _split_simple_lazily(blPara: Any, start: int, stop: int) -> list[Any]:  # noqa: N803
    """reportlab's ``_split_blParaSimple``, gathering the words of a part that does not start the paragraph only
    when they are needed."""
    if start == 0:
        return _split_blParaSimple(blPara, start, stop)
    frag = _LaterWords(**{k: v for k, v in blPara.__dict__.items() if k not in ("lines", "kind", "text", "words")})
    frag._words_from = (blPara, start, stop)
    return [frag]


class _Shifted:
    """Lines whose frag indexes count from ``first`` (looked at one line at a time, so nothing is copied)."""

    def __init__(self, lines: list[Any], first: int) -> None:
        self.lines, self.first = self, first
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, i: int) -> Any:
        line = self._lines[i]
        return line.clone(sFW=line.sFW - self.first)


class _Table(Table):
    """A Table that keeps its rows whole, splitting one only when it is taller than a page.

    reportlab splits between rows where it can, and then, in what is left of the page, splits the next row
    inside, under a repeated header: a header in the middle of a page.  Here a row is split inside only at
    the top of a page, or where it would not fit on a page of its own.  reportlab also refuses to split a
    row when less than ``splitInRow`` would be left for the next page; at the top of a page that refusal
    has nowhere to go, so the split is tried that much earlier.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        self._calc(availWidth, availHeight)
        parts = self._splitRows(availHeight, doInRowSplit=False)
        if parts or not self._may_split_a_row():
            return parts
        parts = super().split(availWidth, availHeight)
        if not parts and self.splitInRow and availHeight > 2 * self.splitInRow:
            parts = super().split(availWidth, availHeight - self.splitInRow)
        return parts

    def _may_split_a_row(self) -> bool:
        """At the top of a page, or the first row (with the header) is taller than an empty page."""
        frame = self._doctemplateAttr("frame")
        if frame is None or frame._atTop:
            return True
        page = frame._height - frame._topPadding - frame._bottomPadding
        first = self.repeatRows + 1 if isinstance(self.repeatRows, int) else len(self.repeatRows) + 1
        return sum(self._rowHeights[:first]) > page


class CheckBox(Flowable):
    """An empty square to tick by hand (drawn, so it never depends on a glyph)."""

    def __init__(self, size: float = 9.5) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def table_style(cmds: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells use the bundled font (even empty string cells set a font)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *cmds])


def checkbox_row(ctx: Context, markup: str | list[Any], style: str = "body") -> list[Any]:
    """A checkbox followed by its text (or by a list of flowables), as flowables that may break across pages."""
    content = markup if isinstance(markup, list) else [ctx.paragraph(markup, style)]
    rows = [_Indented(f, 18, box=i == 0) for i, f in enumerate(content)]
    for row in rows[:-1]:  # on one page where they fit, so a box never stands alone at the foot of a page
        row.keepWithNext = 1
    return [*rows, Spacer(1, 4)]


class _Indented(Flowable):
    """A flowable moved right by ``indent``, with a checkbox beside its first line when ``box``.

    It splits like the flowable it holds; only the first part carries the box.
    """

    box_top = 2.5  # from the top of the first line to the top of the box

    def __init__(self, flowable: Flowable, indent: float, box: bool = False) -> None:
        super().__init__()
        self.flowable, self.indent, self.box = flowable, indent, box

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        w, h = self.flowable.wrap(aw - self.indent, ah)
        self.width, self.height = w + self.indent, h
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        parts = self.flowable.split(aw - self.indent, ah)
        return [_Indented(part, self.indent, box=self.box and i == 0) for i, part in enumerate(parts)]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.flowable.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return self.flowable.getSpaceAfter()

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self.box:
            box = CheckBox()
            box.drawOn(canvas, x, y + self.height - self.box_top - box.size)
        self.flowable.drawOn(canvas, x + self.indent, y, max(0, _sW))


def field_lines(ctx: Context, fields: Sequence[str], width: float, columns: int = 1, height: float = 26) -> Table:
    """Labelled lines to fill in by hand (name, date, signature ...), ``columns`` to a row.

    Each field is a blank writing space of ``height`` over a rule, with its label under the rule.
    """
    col = width / columns
    rows: list[list[Any]] = []
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    heights: list[float | None] = []
    rules: list[tuple[int, int]] = []
    for start in range(0, len(fields), columns):
        chunk = list(fields[start : start + columns])
        rules += [(len(rows), i) for i in range(len(chunk))]
        rows.append([""] * columns)
        rows.append([ctx.paragraph(label, "field") for label in chunk] + [""] * (columns - len(chunk)))
        heights += [height, 18]
    t = Table(rows, colWidths=[col] * columns, rowHeights=heights)
    t.setStyle(table_style(cmds))
    return _Ruled(t, col, rules, gap=14 if columns > 1 else 0)


class _Ruled(Flowable):
    """A table of fields with a writing rule under given cells, stopping short of the next column."""

    def __init__(self, table: Table, col: float, rules: list[tuple[int, int]], gap: float) -> None:
        super().__init__()
        self.table, self.col, self.rules, self.gap = table, col, rules, gap

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self.table.wrap(aw, ah)
        return self.width, self.height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)
        positions = self.table._rowpositions  # y of each row boundary, top first
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        for row, column in self.rules:
            y = positions[row + 1]
            self.canv.line(column * self.col, y, (column + 1) * self.col - self.gap, y)


def _grid_commands(header_rows: int, rows: int, zebra: bool, odd: bool = False) -> list[tuple[Any, ...]]:
    """The style of a table of ``header_rows`` + ``rows``; ``odd``: its first body row takes the second tint."""
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra and rows:
        tints = [ZEBRA, colors.white] if odd else [colors.white, ZEBRA]
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), tints))
    return cmds


def grid(
    data: list[list[Any]],
    widths: Sequence[float],
    header_rows: int = 1,
    zebra: bool = True,
    split_in_row: float = 30,
) -> Flowable:
    """A readable table: tinted header row(s) repeated at the top of each page, thin rules, rows that may split.

    A row taller than what is left of the page is split inside (no part shorter than ``split_in_row``).
    A long table is laid out :data:`ROWS_PER_TABLE` rows at a time (see :class:`LongTable`), so that its
    cost grows with its length, not with its length squared.
    """
    zebra = zebra and len(data) > header_rows + 2
    if len(data) - header_rows > ROWS_PER_TABLE:
        return LongTable(data[:header_rows], data[header_rows:], widths, zebra=zebra, split_in_row=split_in_row)
    return _grid_table(data, widths, header_rows, zebra, split_in_row)


def _grid_table(
    data: list[list[Any]],
    widths: Sequence[float],
    header_rows: int,
    zebra: bool,
    split_in_row: float,
    odd: bool = False,
) -> Table:
    t = _Table(
        data,
        colWidths=list(widths),
        repeatRows=header_rows,
        splitByRow=1,
        splitInRow=split_in_row,
    )
    t.setStyle(table_style(_grid_commands(header_rows, len(data) - header_rows, zebra, odd)))
    return t


ROWS_PER_TABLE = 25


class LongTable(Flowable):
    """The rows of a long :func:`grid`, laid out a page at a time from tables of at most ``ROWS_PER_TABLE`` rows.

    One reportlab ``Table`` of thousands of rows measures every row again each time it is split at a page
    foot, so a table of N rows costs N²/page.  Here each page is filled from short tables, and what does not
    fit goes on as a new ``LongTable`` (``continued``) for the next page.  The header rows stand at the top
    of the table and of every page it runs onto, never in the middle of a page.  A row that fits on a page is
    kept whole (moved to the next page); only a row taller than a page is split inside, every cell at the same
    height, and its continuation keeps its tint.
    """

    def __init__(
        self,
        header: list[list[Any]],
        rows: list[list[Any]],
        widths: Sequence[float],
        zebra: bool,
        split_in_row: float,
        odd: bool = False,
        continued: bool = False,
        chunk: int = ROWS_PER_TABLE,
    ) -> None:
        super().__init__()
        self.header, self.rows, self.widths = header, rows, list(widths)
        self.zebra, self.split_in_row, self.odd, self.continued = zebra, split_in_row, odd, continued
        self.chunk = chunk  # rows per table: a few more than the last page held
        self._whole: Table | None = None  # the table that is drawn when every row fits

    def _table(self, rows: list[list[Any]], with_header: bool, odd: bool) -> Table:
        header = self.header if with_header else []
        return _grid_table([*header, *rows], self.widths, len(header), self.zebra, self.split_in_row, odd)

    def _page(self, availHeight: float) -> tuple[bool, float]:  # noqa: N803
        """Whether the frame being filled is still empty, and the height of an empty one."""
        frame = self._doctemplateAttr("frame")
        if frame is None:
            return True, availHeight
        return bool(frame._atTop), frame._height - frame._topPadding - frame._bottomPadding

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._whole = None
        if len(self.rows) <= self.chunk:
            self._whole = self._table(self.rows, not self.continued or self._page(availHeight)[0], self.odd)
            self.width, self.height = self._whole.wrap(availWidth, availHeight)
        else:  # more than a page can be: the frame must call split()
            self.width, self.height = availWidth, availHeight + 1
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        at_top, page = self._page(availHeight)
        parts: list[Any] = []
        rows, odd, room, placed = self.rows, self.odd, availHeight, 0
        while rows:
            chunk = rows[: self.chunk]
            header = len(self.header) if not parts and (at_top or not self.continued) else 0
            table = self._table(chunk, bool(header), odd)
            _, height = table.wrap(availWidth, room)
            if height <= room:
                parts.append(table)
                room -= height
                rows = rows[self.chunk :]
                odd ^= len(chunk) % 2 == 1
                placed += len(chunk)
                continue
            pieces = table._splitRows(room, doInRowSplit=False) if room > 0 else []  # between rows
            if len(pieces) != 2 and not parts:  # not even the first row fits what is left of the page
                first = self._table(chunk[:1], True, odd)
                if at_top or first.wrap(availWidth, page)[1] > page:  # nor on a page of its own: split it here
                    pieces = table.split(availWidth, room)
            if len(pieces) == 2:
                rest = pieces[1]._cellvalues[header:]
                parts.append(pieces[0])
                odd ^= (len(chunk) - len(rest)) % 2 == 1  # a row split in two keeps its tint
                placed += len(chunk) - len(rest)
                rows = rest + rows[self.chunk :]
            break
        if not parts:
            return []
        if rows:
            per_table = min(ROWS_PER_TABLE, max(placed, 1) + 3)
            parts.append(LongTable(self.header, rows, self.widths, self.zebra, self.split_in_row, odd, True, per_table))
        return parts

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        assert self._whole is not None, "a LongTable of more than a page is split, never drawn"
        self._whole.drawOn(canvas, x, y, _sW)


def note_box(flowables: list[Any]) -> list[Any]:
    """A framed, tinted block for what must stand out (e.g. the right to object to direct marketing).

    The frame is drawn behind the flowables as they are laid out, so a long block continues, framed,
    on the next page.
    """
    pad = 9
    return [
        FrameBG(color=NOTE_FILL, strokeColor=NOTE_RULE, strokeWidth=0.9),
        Indenter(left=pad, right=pad),
        Spacer(1, 6),
        *flowables,
        Spacer(1, 2),
        Indenter(left=-pad, right=-pad),
        FrameBG(start=False),
    ]


def section(ctx: Context, title: str, body: list[Any]) -> list[Any]:
    """A heading kept on the page with the start of its body: a paragraph that opens the body (“The retention
    periods are as follows:”) stays with what follows it (a heading and its introduction had ended a page)."""
    if not body:
        return []
    if len(body) > 1 and isinstance(body[0], Paragraph):
        body[0].keepWithNext = 1
    return [CondPageBreak(30 * mm), ctx.h1(title), *body]


def keep(*flowables: Any) -> KeepTogether:
    return KeepTogether(list(flowables))


# --- the page frame --------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Draws "Page X of Y" once the total is known (pages are kept until the document is saved)."""

    page_label: str = "{page}/{total}"
    footer_font: tuple[str, float] = (FONT, 7.5)
    footer_y: float = 12 * mm
    right_x: float = 0
    over_page: Callable[[Canvas], None] | None = None  # drawn over each page once it is complete

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(*self.footer_font)
            self.setFillColor(MUTED)
            label = self.page_label.format(page=self._pageNumber, total=total)
            self.drawRightString(self.right_x, self.footer_y, label)
            if self.over_page is not None:
                self.over_page(self)
            super().showPage()
        super().save()


class Pdf(bytes):
    """A printed document: its bytes, and how many blanks it has (a document with any blank is a draft)."""

    blanks: int = 0


class DocumentLayout:
    """Page size, margins and the header/footer painter of one document.

    A document with any blank to fill in (``Context.blanks``, and the page frame's own) is a draft: every
    page carries "MELNRAKSTS" / "DRAFT" across it (``draft_mark``; the letters mark their drafts themselves).
    """

    draft_mark = True

    def __init__(self, ctx: Context, title: Markup, landscape_pages: bool = False) -> None:
        self.ctx = ctx
        self.title = title  # as markup, like every other fixed wording
        self.pagesize = landscape(A4) if landscape_pages else A4
        self.margin_x = 16 * mm if landscape_pages else 20 * mm
        self.margin_top = 22 * mm
        self.margin_bottom = 20 * mm
        self._frame_texts: tuple[str, str, str] | None = None
        self.draft = False  # decided by build_pdf once the story is made

    @property
    def width(self) -> float:
        return self.pagesize[0] - 2 * self.margin_x

    def _paint(self, canv: Canvas, doc: Any) -> None:
        ctx = self.ctx
        w, h = self.pagesize
        x0, x1 = self.margin_x, w - self.margin_x
        if self._frame_texts is None:  # the same on every page
            from reportlab.pdfbase.pdfmetrics import stringWidth

            org = " ".join(printable(ctx.org.name).split()) or BLANK  # one line, whatever was typed
            org = _fit(org, f"{FONT}-Bold", 8.5, (x1 - x0) * 0.55)
            title_room = x1 - x0 - stringWidth(org, f"{FONT}-Bold", 8.5) - 6 * mm  # what the name leaves
            self._frame_texts = (
                org,
                _fit(plain(self.title), FONT, 8, title_room),
                _fit(plain(self.footer_left()), FONT, 7.5, (x1 - x0) * 0.75),
            )
        org, title, footer = self._frame_texts
        canv.saveState()
        canv.setFont(f"{FONT}-Bold", 8.5)
        canv.setFillColor(ACCENT)
        top = h - 13 * mm
        canv.drawString(x0, top, org)
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawRightString(x1, top, title)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(x0, top - 2.6 * mm, x1, top - 2.6 * mm)
        canv.line(x0, 15.5 * mm, x1, 15.5 * mm)
        canv.setFont(FONT, 7.5)
        canv.drawString(x0, 12 * mm, footer)
        canv.restoreState()

    def paint_draft(self, canv: Canvas) -> None:
        """The word "MELNRAKSTS" / "DRAFT" across the page, over the text, pale enough to read the text through."""
        w, h = self.pagesize
        word = plain(self.ctx.wording("common.draft"))
        canv.saveState()
        canv.setFillColor(DRAFT_INK)
        canv.setFillAlpha(0.16)
        canv.translate(w / 2, h / 2)
        canv.rotate(35 if w < h else 22)
        size = 96.0
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size = min(size, size * 0.8 * min(w, h) / stringWidth(word, f"{FONT}-Bold", size))
        canv.setFont(f"{FONT}-Bold", size)
        canv.drawCentredString(0, -size / 3, word)
        canv.restoreState()

    def frame_blanks(self) -> int:
        """Blanks in the page frame: an empty organisation name, version or date."""
        return int(not self.ctx.org.name.strip()) + plain(self.footer_left()).count(BLANK)

    def footer_left(self) -> Markup:
        ctx = self.ctx
        return version_line(ctx, "common.footer")


def version_line(ctx: Context, key: str) -> Markup:
    """The wording ``key`` with the document version and its effective date, or the part of it that is given
    (``key``, ``key_version``, ``key_from``; both are optional: nothing when neither is given)."""
    s = ctx.register.document_settings
    version = ctx.user_text(s.version, mandatory=False)
    date = ctx.date(s.effective_from, mandatory=False)
    if version and date:
        line = ctx.wording(key, version=version, date=date)
    elif version:
        line = ctx.wording(f"{key}_version", version=version)
    elif date:
        line = ctx.wording(f"{key}_from", date=date)
    else:
        return Markup("")
    return Markup(line[:-1]) if line.endswith("..") else line  # a date that ends in a full stop ends the line


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def plain(markup: str) -> str:
    """Paragraph markup as the plain text it prints (for the page frame and the PDF metadata)."""
    return html.unescape(_TAG.sub("", _BREAK.sub(" ", markup)))


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, or as much of it as fits in ``width`` followed by "…"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = text[:1000]  # far more than a line of the page frame holds
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits with the ellipsis: binary search
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


def build_pdf(layout: DocumentLayout, story: list[Any], subject: str = "") -> Pdf:
    """Lay the story out on pages and return the PDF (with its count of blanks)."""
    ctx = layout.ctx
    blanks = ctx.blanks + layout.frame_blanks()
    if layout.draft_mark:
        layout.draft = blanks > 0
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=layout.pagesize,
        leftMargin=layout.margin_x,
        rightMargin=layout.margin_x,
        topMargin=layout.margin_top,
        bottomMargin=layout.margin_bottom,
        title=plain(layout.title),
        author=ctx.org.name.strip(),
        subject=plain(subject),
        creator="ROPA Desktop",
        lang=ctx.lang,
        initialFontName=FONT,
    )
    frame = Frame(
        layout.margin_x,
        layout.margin_bottom,
        layout.width,
        layout.pagesize[1] - layout.margin_top - layout.margin_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=layout._paint)])

    class _Canvas(_NumberedCanvas):
        page_label = plain(ctx.wording("common.page"))
        right_x = layout.pagesize[0] - layout.margin_x
        over_page = layout.paint_draft if layout.draft and layout.draft_mark else None

    doc.build(story, canvasmaker=_Canvas)
    pdf = Pdf(buf.getvalue())
    pdf.blanks = blanks
    return pdf
