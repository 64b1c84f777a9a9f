"""The consent form ("Piekrišana personas datu apstrādei"): one unticked box per consent purpose."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core.model import Register
from ropa_desktop.documents import common as c
from ropa_desktop.documents.base import (
    Context,
    DocumentLayout,
    Markup,
    build_pdf,
    checkbox_row,
    field_lines,
    keep,
    section,
)


def render(register: Register, lang: str) -> bytes:
    ctx = Context(register, lang, "consent")
    layout = DocumentLayout(ctx, ctx.w("title"))
    return build_pdf(layout, story(ctx, layout.width), subject=ctx.w("title"))


def story(ctx: Context, width: float) -> list[Any]:
    o = ctx.org
    org = ctx.u(o.name)
    address = Markup(", " + ctx.u(o.address)) if o.address.strip() else Markup("")
    out: list[Any] = [ctx.p(ctx.w("title"), "title"), Spacer(1, 6)]
    out.append(ctx.p(ctx.w("intro", org=org, reg_no=c.reg_no_after_name(ctx), address=address)))
    out.append(ctx.p(ctx.w("freely")))

    purposes = [p for p in ctx.register.purposes if "consent" in p.bases()]
    body = []
    for p in purposes:
        parts = [ctx.p(f"<b>{c.purpose_name(ctx, p)}</b>")]
        desc = ctx.lu("purposes", p, "description", mandatory=False)
        if desc:
            parts.append(ctx.p(desc))
        parts.append(ctx.p(ctx.w("data", value=c.data_categories_text(ctx, p.data_category_ids))))
        parts.append(ctx.p(ctx.w("retention", value=c.retention_for_purpose(ctx, p))))
        body += checkbox_row(ctx, parts)
    out += section(ctx, ctx.w("purposes"), body)

    out += section(ctx, ctx.w("email"), checkbox_row(ctx, ctx.w("email_text", org=org)))

    body = [ctx.p(ctx.w("withdrawal_text"))]
    hows = [(p, ctx.loc("purposes", p, "consent.withdrawal").strip()) for p in purposes]
    distinct = {h for _, h in hows}
    if len(distinct) == 1 and "" not in distinct:
        body.append(ctx.p(ctx.w("withdrawal_how", value=ctx.u(hows[0][1]))))
    elif hows:
        for p, how in hows:
            body.append(ctx.p(ctx.w("withdrawal_how_for", purpose=c.purpose_name(ctx, p), value=ctx.u(how)),
                              "bullet", bulletText="•"))
    else:
        email = (o.contact_person.email or o.email).strip()
        body.append(ctx.p(ctx.w("withdrawal_how", value=Markup(ctx.w("withdrawal_contact", email=ctx.u(email))))))
    body.append(ctx.p(ctx.w("more_info", org=org, notice=Markup(ctx.w("notice.title"))), "small"))
    out += section(ctx, ctx.w("withdrawal"), body)

    fields = [ctx.w("common.full_name"), ctx.w("email_field"), ctx.w("common.date_label"), ctx.w("common.signature")]
    out.append(Spacer(1, 8))
    out.append(keep(ctx.h1(ctx.w("signature")), field_lines(ctx, fields, width, columns=2, height=34)))
    return out
