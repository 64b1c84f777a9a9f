"""The privacy notice for customers ("Informācija par personas datu apstrādi"), Art. 13.

Laid out like the letters Latvian companies send their customers; its wording is the ``[notice]`` table of
``i18n/<lang>/documents.toml``.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core.model import Purpose, Register
from ropa_desktop.documents import common as c
from ropa_desktop.documents import registry
from ropa_desktop.documents.base import (
    BLANK,
    Context,
    DocumentLayout,
    Markup,
    build_pdf,
    keep,
    note_box,
    section,
    version_line,
)

RIGHTS = ("access", "rectification", "erasure", "restriction", "objection", "portability")


AUDIENCES = registry.NOTICE_AUDIENCES  # the notices a register can have
DEFAULT_AUDIENCE = AUDIENCES[0]


def render(register: Register, lang: str, audience: str = DEFAULT_AUDIENCE) -> bytes:
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience: {audience!r} (one of {', '.join(AUDIENCES)})")
    ctx = Context(register, lang, "notice")
    title = ctx.wording(f"title_by_audience.{audience}")
    layout = DocumentLayout(ctx, title)
    return build_pdf(layout, story(ctx, layout.width, audience), subject=ctx.wording("subtitle"))


def purposes_for(register: Register, audience: str) -> list[Purpose]:
    """The purposes that concern a category of data subjects of ``audience``, in the register's order."""
    subjects = {s.id for s in register.subject_categories if s.audience == audience}
    return [p for p in register.purposes if subjects & set(p.subject_category_ids)]


_COOKIE_DATA = re.compile(r"sīkdatn|cookie|device-data|ierīču tehniskie|device data", re.IGNORECASE)


def uses_cookies(ctx: Context, purpose: Purpose) -> bool:
    """Whether the purpose uses device data or cookies (a data category so named, in any language)."""
    for d in purpose.data_category_ids:
        entry = ctx.find("data_categories", d)
        names = [d, *(entry.name.values() if entry is not None else ())]
        if any(_COOKIE_DATA.search(n) for n in names):
            return True
    return False


def _cookies(ctx: Context, purposes: list[Purpose]) -> list[Any]:
    """A short paragraph on cookies: the necessary ones need no consent, the others are used only with it
    (what they are and how consent is given, from the consent's scope and method), and how to change the choice
    (a blank where the register does not say, as in the section on withdrawing consent). Where no purpose that uses
    cookies rests on consent, only necessary cookies are used: nothing is said of a consent never asked for."""
    using = [p for p in purposes if uses_cookies(ctx, p)]
    if not using:
        return []
    consented = [p for p in using if "consent" in p.bases() and p.consent is not None]
    if not consented:
        return [ctx.paragraph(ctx.wording("cookies_necessary_only"))]
    body = [ctx.paragraph(ctx.wording("cookies_intro"))]
    for p in consented:
        scope = ctx.entry_text("purposes", p, "consent.scope", mandatory=False)
        method = ctx.entry_text("purposes", p, "consent.method", mandatory=False)
        text = f"<b>{c.purpose_name(ctx, p)}</b>" + (f": {c.sentence(scope)}" if scope else ".")
        if method:
            text += " " + ctx.wording("cookies_method", value=c.sentence(method))
        body.append(ctx.paragraph(text, "bullet", bulletText="•"))
    hows = [ctx.entry_text("purposes", p, "consent.withdrawal", mandatory=False) for p in consented]
    how = next((c.sentence(h) for h in hows if h), Markup(BLANK))
    body.append(ctx.paragraph(ctx.wording("cookies_change", value=how)))
    return body


def story(ctx: Context, width: float, audience: str = DEFAULT_AUDIENCE) -> list[Any]:
    reg = ctx.register
    o = ctx.org
    org = ctx.user_text(o.name)
    purposes = purposes_for(reg, audience)
    ids = {p.id for p in purposes}
    subtitle = ctx.wording("subtitle_14" if any(c.sources_of(ctx, p) for p in purposes) else "subtitle")
    title = ctx.wording(f"title_by_audience.{audience}")
    out: list[Any] = [ctx.paragraph(title, "title"), ctx.paragraph(subtitle, "subtitle")]
    out.append(ctx.paragraph(ctx.wording("intro", org=org)))

    # 13(1)(a) controller
    body = [ctx.paragraph(ctx.wording("n1_controller", org=org, reg_no=c.reg_no_after_name(ctx)))]
    lines = [
        (ctx.wording("common.address"), ctx.user_text(o.address)),
        (ctx.wording("common.email"), ctx.user_text(o.email)),
    ]
    if o.phone.strip():
        lines.append((ctx.wording("common.phone"), ctx.phone(o.phone)))
    if o.website.strip():
        lines.append((ctx.wording("common.website"), ctx.user_text(o.website)))
    for label, value in lines:
        body.append(ctx.paragraph(f"{label}: {value}", "bullet", bulletText="•"))
    body.append(ctx.paragraph(ctx.wording("n1_contact", value=c.contact_person(ctx))))
    representative = c.representative_line(ctx)  # 13(1)(a): the representative too, where there is one
    if representative:
        body.append(ctx.paragraph(ctx.wording("n1_representative", value=representative)))
    out += section(ctx, ctx.wording("n1"), body)

    # 13(1)(b) DPO, only if appointed
    dpo = c.dpo_line(ctx)
    if dpo:
        out += section(ctx, ctx.wording("n2"), [ctx.paragraph(ctx.wording("n2_text", value=dpo))])

    # 13(1)(c)(d) purposes, bases, legitimate interests
    body = [ctx.paragraph(ctx.wording("n3_intro"))]
    if not purposes:
        body.append(ctx.paragraph(BLANK, "bullet", bulletText="•"))
    cited: set[str] = set()  # the article of each legal basis is given once, at its first purpose
    for i, p in enumerate(purposes, start=1):
        parts = [ctx.item(f"{i}.", c.purpose_name(ctx, p), "item_head")]
        desc = ctx.entry_text("purposes", p, "description", mandatory=False)
        if desc:
            parts.append(ctx.paragraph(desc, "indent"))
        parts.append(ctx.paragraph(ctx.wording("n3_basis", value=c.bases_text(ctx, p, cited=cited)), "indent"))
        if p.special_condition:  # health or other special data: the Art. 9 (or 10) condition beside the basis
            condition = ctx.entry_text("purposes", p, "special_condition")
            parts.append(ctx.paragraph(ctx.wording("procedure.s4_special", value=condition), "indent"))
        if "legitimate_interests" in p.bases():  # the interests first, then the right to object to them
            parts.append(
                ctx.paragraph(
                    ctx.wording("n3_legitimate", value=ctx.entry_text("purposes", p, "legitimate_interest")), "indent"
                )
            )
            parts.append(ctx.paragraph(ctx.wording("n3_object"), "indent"))  # Art. 21(1), for this purpose
        parts.append(
            ctx.paragraph(ctx.wording("n3_data", value=c.data_categories_text(ctx, p.data_category_ids)), "indent")
        )
        sources = c.sources_of(ctx, p)
        if sources:  # Art. 14(1)(d), 14(2)(f): which sources, and which data come from them
            parts.append(
                ctx.paragraph(
                    ctx.wording(
                        "n3_sources", sources=sources, categories=c.data_categories_text(ctx, p.data_category_ids)
                    ),
                    "indent",
                )
            )
        body.append(keep(*parts))  # a purpose's lines on one page where they fit
    out += section(ctx, ctx.wording("n3"), body)

    # cookies: where a purpose uses device data or cookies
    out += section(ctx, ctx.wording("cookies"), _cookies(ctx, purposes))

    # 13(1)(e) recipients
    recipients = c.recipients_of(ctx, purposes)
    body = [ctx.paragraph(ctx.wording("n4_intro") if recipients else ctx.wording("n4_none"))]
    for r in recipients:
        body.append(ctx.paragraph(c.recipient_line(ctx, r, "n4_recipient"), "bullet", bulletText="•"))
    body.append(ctx.paragraph(ctx.wording("n4_authorities")))  # not recipients (Art. 4(9)), but people ask
    out += section(ctx, ctx.wording("n4"), body)

    # 13(1)(f) transfers
    transfers = [r for r in recipients if r.transfer is not None]
    body = [ctx.paragraph(ctx.wording("n5_intro") if transfers else ctx.wording("n5_none"))]
    for r in transfers:
        country, safeguard, note = c.transfer_text(ctx, r)
        text: str = ctx.wording(
            "n5_transfer", name=ctx.entry_text("recipients", r, "name"), country=country, safeguard=safeguard, note=note
        )
        copy = c.safeguard_copy(ctx, r)
        body.append(ctx.paragraph(f"{text.rstrip()} {copy}" if copy else text, "bullet", bulletText="•"))
    out += section(ctx, ctx.wording("n5"), body)

    # 13(2)(a) retention
    body = [ctx.paragraph(ctx.wording("n6_intro"))]
    for rule in reg.retention_rules:
        if not ids & set(rule.purpose_ids):
            continue
        names, cats = c.rule_scope(ctx, rule, among=ids)
        term = Markup(c.retention_term(ctx, rule).rstrip("."))
        body.append(
            ctx.paragraph(ctx.wording("n6_rule", purposes=names, categories=cats, term=term), "bullet", bulletText="•")
        )
    for p in purposes:
        if not c.rules_for(ctx, p):
            body.append(ctx.paragraph(f"<b>{c.purpose_name(ctx, p)}</b>: {BLANK}", "bullet", bulletText="•"))
    if len(body) == 1:  # no purpose yet: a blank under the intro, as under the purposes' heading
        body.append(ctx.paragraph(BLANK, "bullet", bulletText="•"))
    out += section(ctx, ctx.wording("n6"), body)

    # 13(2)(e) statutory / contractual requirement (a blank while there is no purpose)
    body = [] if purposes else [ctx.paragraph(BLANK, "bullet", bulletText="•")]
    for p in purposes:
        kind = p.requirement.kind
        text = f"<b>{c.purpose_name(ctx, p)}</b>: " + (ctx.wording(f"requirement.{kind}") if kind else BLANK)
        consequence = ctx.entry_text(
            "purposes", p, "requirement.consequence", mandatory=kind not in (None, "voluntary")
        )
        if consequence:
            text += " " + ctx.wording("n7_consequence", value=c.sentence(consequence))
        body.append(ctx.paragraph(text, "bullet", bulletText="•"))
    out += section(ctx, ctx.wording("n7"), body)

    # 13(2)(f) automated decisions
    automated = [p for p in purposes if p.automated_decisions]
    body = [ctx.paragraph(ctx.wording("n8_intro") if automated else ctx.wording("n8_none"))]
    for p in automated:
        body.append(
            ctx.paragraph(
                f"<b>{c.purpose_name(ctx, p)}</b>: {ctx.entry_text('purposes', p, 'automated_decisions')}",
                "bullet",
                bulletText="•",
            )
        )
    out += section(ctx, ctx.wording("n8"), body)

    # 13(2)(b) rights
    body = [ctx.paragraph(ctx.wording("n9_intro"))]
    body += [ctx.paragraph(ctx.wording(f"right.{r}"), "bullet", bulletText="•") for r in RIGHTS]
    body.append(
        ctx.paragraph(
            ctx.wording("n9_how", contacts=c.contact_channels(ctx), form=Markup(ctx.wording("request.title")))
        )
    )
    body.append(ctx.paragraph(ctx.wording("n9_terms")))
    out += section(ctx, ctx.wording("n9"), body)

    # 13(2)(c) withdrawal of consent
    consent_purposes = [p for p in purposes if "consent" in p.bases()]
    if consent_purposes:
        body = [ctx.paragraph(ctx.wording("n10_text"))]
        for p in consent_purposes:
            how = ctx.entry_text("purposes", p, "consent.withdrawal")
            body.append(
                ctx.paragraph(
                    ctx.wording("n10_how", purpose=c.purpose_name(ctx, p), value=how), "bullet", bulletText="•"
                )
            )
        out += section(ctx, ctx.wording("n10"), body)

    # Art. 21(4): the right to object to direct marketing, clearly and separately
    if any(c.is_marketing(p) for p in purposes):
        box = note_box(
            [
                ctx.paragraph(ctx.wording("n11"), "h2"),
                ctx.paragraph(ctx.wording("n11_text")),
                ctx.paragraph(ctx.wording("n11_how", contacts=c.contact_channels(ctx))),
            ]
        )
        out += [Spacer(1, 8), keep(*box)]

    # identification per channel
    # heading, intro and the table of a few channels together, so that no channel stands alone on a page
    out.append(
        keep(ctx.h1(ctx.wording("n12")), ctx.paragraph(ctx.wording("n12_intro")), c.identification_table(ctx, width))
    )

    # 13(2)(d) complaint: a few lines, kept on one page with their heading and the closing line, so that neither
    # the authority's address is parted from the sentence that introduces it nor two lines stand on a page alone
    body = [
        ctx.h1(ctx.wording("n13")),
        ctx.paragraph(ctx.wording("n13_text")),
        ctx.paragraph(ctx.wording("common.dvi"), "indent"),
        ctx.paragraph(ctx.wording("n13_member_state")),
    ]
    closing = version_line(ctx, "closing")
    if closing:
        body += [Spacer(1, 10), ctx.paragraph(closing, "small")]
    out.append(keep(*body))
    return out
