"""What the letters and records of the two logs share: their wording, the letter head and the signature.

A letter is printed for one entry of a log (a request, a breach), not for the register; its fixed wording
lives in ``i18n/<lang>/letters.toml`` (a table per letter, named like its id in ``registry.LETTERS``, and
``common``), the register's facts come from the register, and the entry's free texts print as typed.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Spacer, Table

from ropa_desktop.core import texts
from ropa_desktop.core.model import Register
from ropa_desktop.documents import common
from ropa_desktop.documents.base import (
    ACCENT,
    BLANK,
    FONT,
    Context,
    DocumentLayout,
    Markup,
    build_pdf,
    escape,
    field_lines,
    grid,
    keep,
    table_style,
)


class LetterContext(Context):
    """A document context whose own wording comes from ``letters.toml``."""

    def __init__(self, register: Register, lang: str, letter: str, entry_id: str) -> None:
        super().__init__(register, lang, letter)
        self.letter = letter
        self.entry_id = entry_id

    def say(self, key: str, **params: Any) -> Markup:
        """The letter's wording ``key`` (``common.x`` for the shared table) with user text escaped."""
        return Markup(texts.text(self.lang, f"letters.{self._letter_key(key)}", **_escaped(params)))

    def say_list(self, key: str, **params: Any) -> list[Markup]:
        safe = _escaped(params)
        return [Markup(item.format(**safe)) for item in texts.texts(self.lang, f"letters.{self._letter_key(key)}")]

    def _letter_key(self, key: str) -> str:
        head = key.split(".", 1)[0]
        return key if head in ("common", "right", "breach") else f"{self.letter}.{key}"

    def document_word(self, key: str) -> Markup:
        """Wording shared with the register's documents (``documents.toml``, table ``common``)."""
        return Markup(texts.text(self.lang, f"documents.common.{key}"))

    def day(self, value: _dt.date | str | None) -> Markup:
        return self.date(value.isoformat() if isinstance(value, _dt.date) else value)

    def moment(self, value: _dt.datetime | None) -> Markup:
        """``26.03.2027. plkst. 10:00 (UTC+02:00)``: the moment as recorded, with its offset."""
        if value is None:
            return Markup(BLANK)
        offset = value.strftime("%z")
        return self.say(
            "breach.moment",
            date=self.day(value.date()),
            time=f"{value:%H:%M}",
            offset=Markup(f"{offset[:3]}:{offset[3:]}"),
        )

    def dvi(self) -> Markup:
        return self.document_word("dvi")


def _escaped(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if isinstance(v, (Markup, int, float)) else escape(str(v))) for k, v in params.items()}


class LetterLayout(DocumentLayout):
    """A4 pages with the organisation in the header and the letter's title and number in the footer;
    "MELNRAKSTS" / "DRAFT" across the top of every page of a draft."""

    draft_mark = False  # a letter marks its draft itself, across the top

    def __init__(self, ctx: LetterContext, title: Markup, draft: bool = False) -> None:
        super().__init__(ctx, title)
        self.letter_ctx = ctx
        self.draft = draft

    def footer_left(self) -> Markup:
        ctx = self.letter_ctx
        return ctx.say("common.footer", title=self.title, id=ctx.entry_id)

    def _paint(self, canv: Any, doc: Any) -> None:
        super()._paint(canv, doc)
        if self.draft:
            w, h = self.pagesize
            canv.saveState()
            canv.setFont(f"{FONT}-Bold", 9)
            canv.setFillColor(ACCENT)
            canv.drawCentredString(w / 2, h - 9 * 2.835, str(self.letter_ctx.say("common.draft")))
            canv.restoreState()


def render_letter(ctx: LetterContext, title: Markup, story: list[Any], draft: bool = False) -> bytes:
    layout = LetterLayout(ctx, title, draft=draft)
    return build_pdf(layout, story, subject=title)


def letter_head(ctx: LetterContext, width: float, to_name: str, to_contact: str, day: Any) -> list[Any]:
    """Sender (left) and date with our reference (right); the addressee under them; then a title."""
    o = ctx.org
    sender = [ctx.paragraph(f"<b>{ctx.user_text(o.name)}</b>", "body")]
    for line in (common.reg_no_after_name(ctx, mandatory=False).lstrip(", "), o.address, o.email, o.phone):
        if str(line).strip():
            sender.append(ctx.paragraph(line if isinstance(line, Markup) else ctx.user_text(line), "small"))
    right = [ctx.paragraph(ctx.day(day), "body"), ctx.paragraph(ctx.say("common.our_ref", id=ctx.entry_id), "small")]
    head = Table([[sender, right]], colWidths=[width * 0.62, width * 0.38])
    head.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    out: list[Any] = [head, Spacer(1, 10)]
    if to_name.strip() or to_contact.strip():
        out.append(ctx.paragraph(f"{ctx.say('common.to')}: <b>{ctx.user_text(to_name)}</b>", "body"))
        if to_contact.strip():
            out.append(ctx.paragraph(ctx.user_text(to_contact), "small"))
    out.append(Spacer(1, 8))
    return out


def salutation(ctx: LetterContext, name: str) -> Any:
    if name.strip():
        return ctx.paragraph(ctx.say("common.salutation", name=name))
    return ctx.paragraph(ctx.say("common.salutation_plain"))


def closing(ctx: LetterContext, width: float) -> list[Any]:
    """Where to ask, "Yours sincerely", the contact person's name and role, a line to sign, the Regulation."""
    c = ctx.org.contact_person
    who = Markup(f"{ctx.user_text(c.name)}, {common.contact_role(ctx)}")
    contacts = ctx.join(common.reachable_at(ctx, common.data_email(ctx), common.data_phone(ctx)))
    return [
        ctx.paragraph(ctx.say("common.questions", contacts=contacts)),
        Spacer(1, 6),
        keep(
            ctx.paragraph(ctx.say("common.closing")),
            ctx.paragraph(ctx.say("common.on_behalf", org=ctx.user_text(ctx.org.name))),
            Spacer(1, 4),
            field_lines(ctx, [ctx.say("common.signature")], width * 0.5, height=24),
            ctx.paragraph(who),
        ),
        Spacer(1, 10),
        ctx.paragraph(ctx.say("common.regulation"), "small"),
    ]


def facts_table(ctx: LetterContext, rows: Sequence[tuple[str, str]], width: float) -> Table:
    """Label | value rows (the values already markup), framed."""
    data = [[ctx.paragraph(label, "cell_head"), ctx.paragraph(value, "cell")] for label, value in rows]
    return grid(data, [width * 0.36, width * 0.64], header_rows=0, zebra=False)


def reason_box(ctx: LetterContext, heading: str, text: str) -> list[Any]:
    """A short heading and the user's reasons as typed (a blank to fill in where there are none)."""
    return [ctx.paragraph(f"<b>{heading}</b>"), ctx.paragraph(ctx.user_text(text), "indent")]
