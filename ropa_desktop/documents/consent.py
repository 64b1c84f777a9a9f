"""The consent form ("Piekrišana personas datu apstrādei"): one unticked box per consent purpose."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core.model import Register
from ropa_desktop.documents import common as c
from ropa_desktop.documents import consent_purposes
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
    layout = DocumentLayout(ctx, ctx.wording("title"))
    return build_pdf(layout, story(ctx, layout.width), subject=ctx.wording("title"))


def story(ctx: Context, width: float) -> list[Any]:
    o = ctx.org
    org = ctx.user_text(o.name)
    address = Markup(", " + ctx.user_text(o.address))  # the controller's identity: a blank where not given
    out: list[Any] = [ctx.paragraph(ctx.wording("title"), "title"), Spacer(1, 6)]
    out.append(ctx.paragraph(ctx.wording("intro", org=org, reg_no=c.reg_no_after_name(ctx), address=address)))
    out.append(ctx.paragraph(ctx.wording("freely")))

    purposes = consent_purposes(ctx.register)
    body = []
    for p in purposes:
        parts = [ctx.paragraph(f"<b>{c.purpose_name(ctx, p)}</b>")]
        scope = ctx.entry_text("purposes", p, "consent.scope", mandatory=False)
        desc = ctx.entry_text("purposes", p, "description", mandatory=False)
        if scope:  # what exactly the consent covers, where the register says
            parts.append(ctx.paragraph(ctx.wording("scope", value=scope)))
        elif desc:
            parts.append(ctx.paragraph(desc))
        parts.append(ctx.paragraph(ctx.wording("data", value=c.data_categories_text(ctx, p.data_category_ids))))
        parts.append(ctx.paragraph(ctx.wording("retention", value=c.retention_for_purpose(ctx, p))))
        if p.direct_marketing:  # commercial e-mails need this consent (Informācijas sabiedrības pakalpojumu likums)
            parts.append(ctx.paragraph(ctx.wording("email_text", org=org)))
        body += checkbox_row(ctx, parts)
    out += section(ctx, ctx.wording("purposes"), body)

    body = [ctx.paragraph(ctx.wording("withdrawal_text"))]
    hows = [(p, ctx.localized("purposes", p, "consent.withdrawal").strip()) for p in purposes]
    distinct = {h for _, h in hows}
    if len(distinct) == 1 and "" not in distinct:
        body.append(ctx.paragraph(ctx.wording("withdrawal_how", value=ctx.user_text(hows[0][1]))))
    elif hows:
        for p, how in hows:
            body.append(
                ctx.paragraph(
                    ctx.wording("withdrawal_how_for", purpose=c.purpose_name(ctx, p), value=ctx.user_text(how)),
                    "bullet",
                    bulletText="•",
                )
            )
    else:
        email = c.data_email(ctx)
        body.append(
            ctx.paragraph(
                ctx.wording(
                    "withdrawal_how", value=Markup(ctx.wording("withdrawal_contact", email=ctx.user_text(email)))
                )
            )
        )
    body.append(ctx.paragraph(ctx.wording("more_info", org=org, notice=c.notice_title(ctx, purposes)), "small"))
    out += section(ctx, ctx.wording("withdrawal"), body)

    fields = [
        ctx.wording("common.full_name"),
        ctx.wording("email_field"),
        ctx.wording("common.date_label"),
        ctx.wording("common.signature"),
    ]
    out.append(Spacer(1, 8))
    out.append(keep(ctx.h1(ctx.wording("signature")), field_lines(ctx, fields, width, columns=2, height=34)))
    return out
