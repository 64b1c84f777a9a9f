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
    table_style,
)

RIGHTS = ("access", "rectification", "erasure", "restriction", "objection", "portability", "withdrawal")


def render(register: Register, lang: str) -> bytes:
    ctx = Context(register, lang, "request")
    layout = DocumentLayout(ctx, ctx.w("title"))
    return build_pdf(layout, story(ctx, layout.width), subject=ctx.w("title"))


def story(ctx: Context, width: float) -> list[Any]:
    o = ctx.org
    org = ctx.u(o.name)
    address = Markup(", " + ctx.u(o.address))
    email = Markup(", " + f"{ctx.w('common.email')}: {ctx.u(o.email)}")
    out: list[Any] = [ctx.p(ctx.w("title"), "title"), Spacer(1, 4)]
    out.append(ctx.p(ctx.w("to", org=org, address=address, email=email)))
    out.append(ctx.p(ctx.w("intro", org=org)))

    out.append(keep(ctx.h1(ctx.w("r1")), field_lines(ctx, ctx.ws("r1_fields"), width, columns=2, height=28)))

    options = ctx.ws("r2_options")
    boxes = Table([[checkbox_row(ctx, text) for text in options]],
                  colWidths=[width / len(options)] * len(options))
    boxes.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out.append(keep(ctx.h1(ctx.w("r2")), boxes))

    rights = [checkbox_row(ctx, ctx.w(f"right.{r}")) for r in RIGHTS]
    out.append(keep(ctx.h1(ctx.w("r3")), ctx.p(ctx.w("r3_hint")), *rights[0], *rights[1]))
    for right in rights[2:]:
        out += right

    lines = Table([[""]] * 6, colWidths=[width], rowHeights=[22] * 6)
    lines.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    out.append(keep(ctx.h1(ctx.w("r4")), ctx.p(ctx.w("r4_hint")), lines))

    out.append(keep(ctx.h1(ctx.w("r5")), ctx.p(ctx.w("r5_intro")), c.identification_table(ctx, width)))

    fields = [ctx.w("common.date_label"), ctx.w("common.signature")]
    out.append(keep(ctx.h1(ctx.w("r6")), field_lines(ctx, fields, width, columns=2, height=34)))
    out.append(Spacer(1, 4))
    out.append(ctx.p(ctx.w("terms"), "small"))
    out.append(Spacer(1, 8))
    office = [ctx.p(f"<b>{ctx.w('office')}</b>", "body"),
              field_lines(ctx, ctx.ws("office_fields"), width - 18, columns=2, height=30)]
    out.append(keep(*note_box(office)))
    return out
