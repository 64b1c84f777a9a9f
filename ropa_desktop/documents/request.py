"""The data subject request form ("Datu subjekta pieprasījums"), with a box for office use."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Spacer, Table

from ropa_desktop.core.model import Register
from ropa_desktop.documents import common as c
from ropa_desktop.documents.base import (
    RULE,
    Context,
    DocumentLayout,
    Markup,
    build_pdf,
    checkbox_row,
    field_lines,
    keep,
    note_box,
    plain,
    styles,
    table_style,
)

RIGHTS = ("access", "rectification", "erasure", "restriction", "objection", "portability", "withdrawal")


def render(register: Register, lang: str) -> bytes:
    ctx = Context(register, lang, "request")
    layout = DocumentLayout(ctx, ctx.wording("title"))
    return build_pdf(layout, story(ctx, layout.width), subject=ctx.wording("title"))


def story(ctx: Context, width: float) -> list[Any]:
    o = ctx.org
    org = ctx.user_text(o.name)
    address = Markup(", " + ctx.user_text(o.address))
    # where the notices send requests: the contact person's address, else the company's
    email = Markup(", " + ctx.wording("common.contact_email", value=ctx.user_text(c.data_email(ctx))))
    out: list[Any] = [ctx.paragraph(ctx.wording("title"), "title"), Spacer(1, 4)]
    out.append(ctx.paragraph(ctx.wording("to", org=org, address=address, email=email)))
    out.append(ctx.paragraph(ctx.wording("intro", org=org)))

    out.append(
        keep(ctx.h1(ctx.wording("r1")), field_lines(ctx, ctx.wording_list("r1_fields"), width, columns=2, height=28))
    )

    options = ctx.wording_list("r2_options")
    boxes = Table([[checkbox_row(ctx, text) for text in options]], colWidths=_option_widths(options, width))
    boxes.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out.append(keep(ctx.h1(ctx.wording("r2")), boxes))

    rights = [checkbox_row(ctx, ctx.wording(f"right.{r}")) for r in RIGHTS]
    out.append(keep(ctx.h1(ctx.wording("r3")), ctx.paragraph(ctx.wording("r3_hint")), *rights[0], *rights[1]))
    for right in rights[2:]:
        out += right

    lines = Table([[""]] * 6, colWidths=[width], rowHeights=[22] * 6)
    lines.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    out.append(keep(ctx.h1(ctx.wording("r4")), ctx.paragraph(ctx.wording("r4_hint")), lines))

    out.append(
        keep(ctx.h1(ctx.wording("r5")), ctx.paragraph(ctx.wording("r5_intro")), c.identification_table(ctx, width))
    )

    fields = [ctx.wording("common.date_label"), ctx.wording("common.signature")]
    out.append(keep(ctx.h1(ctx.wording("r6")), field_lines(ctx, fields, width, columns=2, height=34)))
    out.append(Spacer(1, 4))
    out.append(ctx.paragraph(ctx.wording("terms"), "small"))
    out.append(Spacer(1, 8))
    office = [
        ctx.paragraph(f"<b>{ctx.wording('office', org=org)}</b>", "body"),
        field_lines(ctx, ctx.wording_list("office_fields"), width - 18, columns=2, height=30),
    ]
    out.append(keep(*note_box(office)))
    return out


def _option_widths(options: list[Markup], width: float) -> list[float]:
    """Columns as wide as each option (box and text) and the room left shared out evenly, so that a long option
    ("pa pastu uz norādīto adresi") does not run up to the next one's box; equal columns if they do not fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = styles()["body"]
    natural = [18 + stringWidth(plain(o), style.fontName, style.fontSize) + 6 for o in options]
    spare = width - sum(natural)
    if spare < 0:
        return [width / len(options)] * len(options)
    return [n + spare / len(options) for n in natural]
