"""The privacy notice for customers ("Informācija par personas datu apstrādi"), Art. 13, after seed 000."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core.model import Register
from ropa_desktop.documents import common as c
from ropa_desktop.documents.base import (
    BLANK,
    Context,
    DocumentLayout,
    Markup,
    build_pdf,
    keep,
    note_box,
    section,
)

RIGHTS = ("access", "rectification", "erasure", "restriction", "objection", "portability")


def render(register: Register, lang: str) -> bytes:
    ctx = Context(register, lang, "notice")
    layout = DocumentLayout(ctx, ctx.w("title"))
    return build_pdf(layout, story(ctx, layout.width), subject=ctx.w("subtitle"))


def story(ctx: Context, width: float) -> list[Any]:
    reg = ctx.register
    o = ctx.org
    org = ctx.u(o.name)
    purposes = reg.purposes
    out: list[Any] = [ctx.p(ctx.w("title"), "title"), ctx.p(ctx.w("subtitle"), "subtitle")]
    out.append(ctx.p(ctx.w("intro", org=org)))

    # 13(1)(a) controller
    body = [ctx.p(ctx.w("n1_controller", org=org, reg_no=c.reg_no_after_name(ctx)))]
    lines = [
        (ctx.w("common.address"), ctx.u(o.address)),
        (ctx.w("common.email"), ctx.u(o.email)),
        (ctx.w("common.phone"), ctx.u(o.phone)),
    ]
    if o.website.strip():
        lines.append((ctx.w("common.website"), ctx.u(o.website)))
    for label, value in lines:
        body.append(ctx.p(f"{label}: {value}", "bullet", bulletText="•"))
    body.append(ctx.p(ctx.w("n1_contact", value=c.contact_person(ctx))))
    out += section(ctx, ctx.w("n1"), body)

    # 13(1)(b) DPO, only if appointed
    dpo = c.dpo_line(ctx)
    if dpo:
        out += section(ctx, ctx.w("n2"), [ctx.p(ctx.w("n2_text", value=dpo))])

    # 13(1)(c)(d) purposes, bases, legitimate interests
    body = [ctx.p(ctx.w("n3_intro"))]
    if not purposes:
        body.append(ctx.p(BLANK, "bullet", bulletText="•"))
    for i, p in enumerate(purposes, start=1):
        parts = [ctx.item(f"{i}.", c.purpose_name(ctx, p), "item_head")]
        desc = ctx.lu("purposes", p, "description", mandatory=False)
        if desc:
            parts.append(ctx.p(desc, "indent"))
        parts.append(ctx.p(ctx.w("n3_basis", value=c.bases_text(ctx, p)), "indent"))
        if "legitimate_interests" in p.bases():
            parts.append(ctx.p(ctx.w("n3_legitimate", value=ctx.lu("purposes", p, "legitimate_interest")), "indent"))
        parts.append(ctx.p(ctx.w("n3_data", value=c.data_categories_text(ctx, p.data_category_ids)), "indent"))
        body += parts
    out += section(ctx, ctx.w("n3"), body)

    # 13(1)(e) recipients
    recipients = c.recipients_of(ctx, purposes)
    body = [ctx.p(ctx.w("n4_intro") if recipients else ctx.w("n4_none"))]
    for r in recipients:
        body.append(ctx.p(c.recipient_line(ctx, r, "n4_recipient"), "bullet", bulletText="•"))
    out += section(ctx, ctx.w("n4"), body)

    # 13(1)(f) transfers
    transfers = [r for r in recipients if r.transfer is not None]
    body = [ctx.p(ctx.w("n5_intro") if transfers else ctx.w("n5_none"))]
    for r in transfers:
        country, safeguard, note = c.transfer_text(ctx, r)
        text = ctx.w("n5_transfer", name=ctx.lu("recipients", r, "name"), country=country, safeguard=safeguard,
                     note=note)
        body.append(ctx.p(text, "bullet", bulletText="•"))
    out += section(ctx, ctx.w("n5"), body)

    # 13(2)(a) retention
    body = [ctx.p(ctx.w("n6_intro"))]
    for rule in reg.retention_rules:
        names, cats = c.rule_scope(ctx, rule)
        term = Markup(c.retention_term(ctx, rule).rstrip("."))
        body.append(ctx.p(ctx.w("n6_rule", purposes=names, categories=cats, term=term), "bullet", bulletText="•"))
    for p in purposes:
        if not c.rules_for(ctx, p):
            body.append(ctx.p(f"<b>{c.purpose_name(ctx, p)}</b>: {BLANK}", "bullet", bulletText="•"))
    out += section(ctx, ctx.w("n6"), body)

    # 13(2)(e) statutory / contractual requirement
    body = []
    for p in purposes:
        kind = p.requirement.kind
        text = f"<b>{c.purpose_name(ctx, p)}</b>: " + (ctx.w(f"requirement.{kind}") if kind else BLANK)
        consequence = ctx.lu("purposes", p, "requirement.consequence", mandatory=kind not in (None, "voluntary"))
        if consequence:
            text += " " + ctx.w("n7_consequence", value=c.sentence(consequence))
        body.append(ctx.p(text, "bullet", bulletText="•"))
    out += section(ctx, ctx.w("n7"), body)

    # 13(2)(f) automated decisions
    automated = [p for p in purposes if p.automated_decisions.strip()]
    body = [ctx.p(ctx.w("n8_intro") if automated else ctx.w("n8_none"))]
    for p in automated:
        body.append(ctx.p(f"<b>{c.purpose_name(ctx, p)}</b>: {ctx.lu('purposes', p, 'automated_decisions')}",
                          "bullet", bulletText="•"))
    out += section(ctx, ctx.w("n8"), body)

    # 13(2)(b) rights
    body = [ctx.p(ctx.w("n9_intro"))]
    body += [ctx.p(ctx.w(f"right.{r}"), "bullet", bulletText="•") for r in RIGHTS]
    body.append(ctx.p(ctx.w("n9_how", contacts=c.contact_channels(ctx), form=Markup(ctx.w("request.title")))))
    body.append(ctx.p(ctx.w("n9_terms")))
    out += section(ctx, ctx.w("n9"), body)

    # 13(2)(c) withdrawal of consent
    consent_purposes = [p for p in purposes if "consent" in p.bases()]
    if consent_purposes:
        body = [ctx.p(ctx.w("n10_text"))]
        for p in consent_purposes:
            how = ctx.lu("purposes", p, "consent.withdrawal")
            body.append(ctx.p(ctx.w("n10_how", purpose=c.purpose_name(ctx, p), value=how), "bullet", bulletText="•"))
        out += section(ctx, ctx.w("n10"), body)

    # Art. 21(4): the right to object to direct marketing, clearly and separately
    if any(c.is_marketing(p) for p in purposes):
        box = note_box(
            [
                ctx.p(ctx.w("n11"), "h2"),
                ctx.p(ctx.w("n11_text")),
                ctx.p(ctx.w("n11_how", contacts=c.contact_channels(ctx))),
            ]
        )
        out += [Spacer(1, 8), keep(*box)]

    # identification per channel (seed 000)
    body = [ctx.p(ctx.w("n12_intro")), c.identification_table(ctx, width)]
    out += section(ctx, ctx.w("n12"), body)

    # 13(2)(d) complaint
    body = [ctx.p(ctx.w("n13_text")), ctx.p(ctx.w("common.dvi"), "indent"), ctx.p(ctx.w("n13_member_state"))]
    out += section(ctx, ctx.w("n13"), body)

    s = reg.document_settings
    out.append(Spacer(1, 10))
    out.append(keep(ctx.p(ctx.w("closing", version=ctx.u(s.version), date=ctx.date(s.effective_from)), "small")))
    return out
