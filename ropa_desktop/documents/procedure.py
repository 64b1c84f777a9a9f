"""The internal procedure ("Klientu personas datu apstrādes procedūra"), modelled on seed 001.

Numbered sections and sub-items (4.1, 4.2 ...); for one category of data subjects or all
of them.  The section on consent appears only where a purpose is based on consent.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core.model import Purpose, Register
from ropa_desktop.documents import common as c
from ropa_desktop.documents.base import (
    BLANK,
    Context,
    DocumentLayout,
    Markup,
    build_pdf,
    field_lines,
    grid,
    keep,
    section,
)


class _Sections:
    """Hands out section numbers and sub-item numbers ("4.", "4.1.")."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.n = 0
        self.k = 0

    def head(self, key: str) -> str:
        self.n += 1
        self.k = 0
        return f"{self.n}. {self.ctx.w(key)}"

    def next(self) -> str:
        self.k += 1
        return f"{self.n}.{self.k}."


def _title(ctx: Context, register: Register, category_id: str | None) -> Markup:
    """The title naming the category of data subjects where the document covers one known category."""
    categories = [category_id] if category_id else [s.id for s in register.subject_categories]
    if len(categories) == 1 and ctx.has(f"title_by_category.{categories[0]}"):
        return ctx.w(f"title_by_category.{categories[0]}")
    return ctx.w("title")


def render(register: Register, lang: str, subject_category: str | None = None) -> bytes:
    ctx = Context(register, lang, "procedure")
    title = _title(ctx, register, subject_category)
    layout = DocumentLayout(ctx, title)
    return build_pdf(layout, story(ctx, title, layout.width, subject_category), subject=ctx.w("title"))


def story(ctx: Context, title: Markup, width: float, category_id: str | None) -> list[Any]:
    reg = ctx.register
    categories = [s for s in reg.subject_categories if category_id in (None, s.id)]
    purposes = [p for p in reg.purposes if category_id is None or category_id in p.subject_category_ids]
    data_ids = _data_ids(purposes) if category_id else [d.id for d in reg.data_categories]
    data_categories = [d for d in reg.data_categories if d.id in data_ids]
    org = ctx.u(ctx.org.name)
    sec = _Sections(ctx)
    out: list[Any] = [ctx.p(title, "title")]
    subtitle = ctx.w("subtitle", org=org)
    if category_id and categories:
        subtitle += " · " + ctx.w("scope", name=ctx.lu("subject_categories", categories[0], "name"))
    out.append(ctx.p(subtitle, "subtitle"))

    # 1. legal framework
    n = sec.head("s1")
    body = [ctx.item(number, text) for number, text in _numbered(sec, ctx.ws("s1_items", org=org))]
    out += section(ctx, n, body)

    # 2. data subjects
    n = sec.head("s2")
    body = [ctx.p(ctx.w("s2_intro"))]
    for s in categories or [None]:
        if s is None:
            body.append(ctx.item(sec.next(), BLANK))
            continue
        name = ctx.lu("subject_categories", s, "name")
        desc = ctx.lu("subject_categories", s, "description")
        body.append(ctx.item(sec.next(), f"<b>{name}</b> — {c.sentence(desc)}"))
    out += section(ctx, n, body)

    # 3. legal bases
    n = sec.head("s3")
    body = [ctx.p(ctx.w("s3_intro"))]
    used: list[str] = []
    for p in purposes:
        for b in p.legal_bases:
            if b.basis not in used:
                used.append(b.basis)
    for basis in used or [None]:
        if basis is None:
            body.append(ctx.item(sec.next(), BLANK))
            continue
        body.append(ctx.item(sec.next(), c.basis_words(ctx, basis), "item_head"))
        for p in purposes:
            for b in p.legal_bases:
                if b.basis == basis:
                    note = ctx.lu("purposes", p, f"legal_bases.{b.basis}.note", mandatory=False)
                    text = c.purpose_name(ctx, p) + (f": {note}" if note else "")
                    body.append(ctx.p(text, "sub", bulletText="•"))
    out += section(ctx, n, body)

    # 4. purposes
    n = sec.head("s4")
    body = [ctx.p(ctx.w("s4_intro"))]
    if not purposes:
        body.append(ctx.item(sec.next(), BLANK))
    for p in purposes:
        parts = [ctx.item(sec.next(), c.purpose_name(ctx, p), "item_head")]
        desc = ctx.lu("purposes", p, "description", mandatory=False)
        if desc:
            parts.append(ctx.p(desc, "indent"))
        parts.append(ctx.p(ctx.w("s4_basis", value=c.bases_text(ctx, p, notes=False)), "indent"))
        if "legitimate_interests" in p.bases():
            parts.append(ctx.p(ctx.w("s4_legitimate", value=ctx.lu("purposes", p, "legitimate_interest")), "indent"))
        if _uses_special(ctx, p):
            parts.append(ctx.p(ctx.w("s4_special", value=ctx.lu("purposes", p, "special_condition")), "indent"))
        body += parts
    out += section(ctx, n, body)

    # 5. where and by whom
    n = sec.head("s5")
    body = [
        ctx.item(sec.next(), ctx.w("s5_location", value=ctx.u(ctx.org.processing_locations).rstrip("."))),
        ctx.item(sec.next(), ctx.w("s5_contact", value=c.contact_person(ctx))),
    ]
    dpo = c.dpo_line(ctx)
    body.append(ctx.item(sec.next(), ctx.w("s5_dpo", value=dpo) if dpo else ctx.w("s5_no_dpo")))
    processors = [r for r in c.recipients_of(ctx, purposes) if r.role == "processor"]
    if processors:
        body.append(ctx.item(sec.next(), ctx.w("s5_processors")))
    body.append(ctx.item(sec.next(), ctx.w("s5_staff")))
    out += section(ctx, n, body)

    # 6. data categories
    n = sec.head("s6")
    body = [ctx.p(ctx.w("s6_intro"))]
    if not data_categories:
        body.append(ctx.item(sec.next(), BLANK))
    for d in data_categories:
        text = f"<b>{ctx.lu('data_categories', d, 'name')}</b>"
        desc = ctx.lu("data_categories", d, "description", mandatory=False)
        if desc:
            text += f" — {desc}"
        if d.sensitivity != "regular":
            text += f" <i>[{ctx.label('sensitivity', d.sensitivity)}]</i>"
        body.append(ctx.item(sec.next(), text))
    sensitivities = {d.sensitivity for d in data_categories}
    if "national_id" in sensitivities:
        body.append(ctx.p(ctx.w("s6_national_id"), "indent"))
    if sensitivities & {"special", "criminal"}:
        body.append(ctx.p(ctx.w("s6_special"), "indent"))
    out += section(ctx, n, body)

    # 7. grouping: optional, only the categories with a note on it
    notes = [(s, ctx.lu("subject_categories", s, "groups_note", mandatory=False)) for s in categories]
    notes = [(s, note) for s, note in notes if note]
    if notes:
        n = sec.head("s7")
        body = []
        for s, note in notes:
            body.append(ctx.item(sec.next(), f"<b>{ctx.lu('subject_categories', s, 'name')}</b>: {note}"))
        out += section(ctx, n, body)

    # 8. how data is obtained and stored
    n = sec.head("s8")
    body = [ctx.p(ctx.w("s8_intro"))]
    for p in purposes:
        body.append(ctx.item(sec.next(), c.purpose_name(ctx, p), "item_head"))
        sources = []
        for i, s in enumerate(p.sources):
            note = ctx.lu("purposes", p, f"sources.{i}.note", mandatory=False)
            sources.append(Markup(ctx.label("source_kind", s.kind) + (f" ({note.rstrip('.')})" if note else "")))
        body.append(ctx.p(ctx.w("s8_source", value=c.cap(ctx.join(sources)) if sources else BLANK), "indent"))
        body.append(ctx.p(ctx.w("s8_method", value=ctx.lu("purposes", p, "collection_method")), "indent"))
    body.append(ctx.item(sec.next(), ctx.w("s8_processors"), "item_head"))
    if processors:
        body.append(ctx.p(ctx.w("s8_processors_intro"), "indent"))
        for r in processors:
            text = ctx.w(
                "s8_processor",
                name=ctx.lu("recipients", r, "name"),
                reg_no=ctx.w("common.reg_no", value=ctx.u(r.registration_number)),
                country=ctx.country(r.country),
                service=c.service_text(ctx, r),
            )
            text += " " + ctx.w("s8_processor_purposes", value=c.purposes_of_recipient(ctx, r, purposes))
            text += " " + ctx.w("s8_processor_agreement", value=c.agreement_text(ctx, r))
            body.append(ctx.p(text, "sub", bulletText="•"))
    else:
        body.append(ctx.p(ctx.w("s8_no_processors"), "indent"))
    out += section(ctx, n, body)

    # 9. recipients and transfers
    n = sec.head("s9")
    recipients = c.recipients_of(ctx, purposes)
    body = [ctx.p(ctx.w("s9_intro") if recipients else ctx.w("s9_none"))]
    for r in recipients:
        text = c.recipient_line(ctx, r, "s9_recipient")
        text += " " + ctx.w("s9_purposes", value=c.purposes_of_recipient(ctx, r, purposes))
        body.append(ctx.item(sec.next(), text))
    transfers = [r for r in recipients if r.transfer is not None]
    if transfers:
        body.append(ctx.item(sec.next(), ctx.w("s9_transfers_intro")))
        for r in transfers:
            country, safeguard, note = c.transfer_text(ctx, r)
            text = ctx.w("s9_transfer", name=ctx.lu("recipients", r, "name"), country=country, safeguard=safeguard,
                         note=note)
            body.append(ctx.p(text, "sub", bulletText="•"))
    else:
        body.append(ctx.item(sec.next(), ctx.w("s9_no_transfers")))
    out += section(ctx, n, body)

    # 10. retention
    n = sec.head("s10")
    body = [ctx.p(ctx.w("s10_intro"))]
    ids = {p.id for p in purposes}
    for rule in reg.retention_rules:
        if not ids & set(rule.purpose_ids):
            continue
        names, cats = c.rule_scope(ctx, rule)
        body.append(ctx.item(sec.next(), ctx.w("s10_rule", purposes=names, categories=cats,
                                               term=Markup(c.retention_term(ctx, rule).rstrip(".")))))
    for p in purposes:
        if not c.rules_for(ctx, p):
            body.append(ctx.item(sec.next(), ctx.w("s10_missing", purpose=c.purpose_name(ctx, p), blank=Markup(BLANK))))
    body.append(ctx.item(sec.next(), ctx.w("s10_review")))
    out += section(ctx, n, body)

    # 11. consent (only where a basis is consent)
    consent_purposes = [p for p in purposes if "consent" in p.bases()]
    if consent_purposes:
        n = sec.head("s11")
        body = []
        for p in consent_purposes:
            body.append(ctx.item(sec.next(), c.purpose_name(ctx, p), "item_head"))
            method = ctx.lu("purposes", p, "consent.method")
            withdrawal = ctx.lu("purposes", p, "consent.withdrawal")
            body.append(ctx.p(ctx.w("s11_method", value=method), "indent"))
            body.append(ctx.p(ctx.w("s11_withdrawal", value=withdrawal), "indent"))
        for text in ctx.ws("s11_rules"):
            body.append(ctx.item(sec.next(), text))
        out += section(ctx, n, body)

    # 12. what the data subject must be told (Art. 13)
    n = sec.head("s12")
    identification_section = sec.n + 1
    annex_list = c.annexes(ctx, purposes)
    body = [ctx.p(ctx.w("s12_intro"))]
    items = [ctx.w("s12_controller", value=c.controller_contacts(ctx))]
    if dpo:
        items.append(ctx.w("s12_dpo", value=dpo))
    items.append(ctx.w("s12_purposes", value=ctx.join(
        [Markup(f"{c.purpose_name(ctx, p)} ({ctx.join([Markup(ctx.label('legal_basis', b)) for b in p.bases()])})")
         for p in purposes]) or BLANK))
    legit = [p for p in purposes if "legitimate_interests" in p.bases()]
    if legit:
        items.append(ctx.w("s12_legitimate", value=ctx.join(
            [Markup(f"{c.purpose_name(ctx, p)}: {ctx.lu('purposes', p, 'legitimate_interest')}") for p in legit])))
    if recipients:
        items.append(ctx.w("s12_recipients", value=ctx.join([ctx.lu("recipients", r, "name") for r in recipients])))
    else:
        items.append(ctx.w("s12_no_recipients"))
    if transfers:
        items.append(ctx.w("s12_transfers", value=ctx.join(
            [Markup(f"{ctx.lu('recipients', r, 'name')} — {c.transfer_text(ctx, r)[0]}, {c.transfer_text(ctx, r)[1]}")
             for r in transfers])))
    else:
        items.append(ctx.w("s12_no_transfers"))
    items.append(ctx.w("s12_retention"))
    items.append(ctx.w("s12_rights"))
    if consent_purposes:
        items.append(ctx.w("s12_withdrawal"))
    items.append(ctx.w("s12_complaint", dvi=Markup(ctx.w("common.dvi"))))
    items.append(ctx.w("s12_requirement", value=ctx.join([_requirement(ctx, p) for p in purposes]) or BLANK))
    automated = [p for p in purposes if p.automated_decisions]
    if automated:
        items.append(ctx.w("s12_automated", value=ctx.join(
            [Markup(f"{c.purpose_name(ctx, p)}: {ctx.lu('purposes', p, 'automated_decisions')}") for p in automated])))
    else:
        items.append(ctx.w("s12_no_automated"))
    if any(c.is_marketing(p) for p in purposes):
        items.append(ctx.w("s12_marketing"))
    items.append(ctx.w("s12_identification", section=identification_section))
    for text in items:
        body.append(ctx.item(sec.next(), text))
    body.append(ctx.p(ctx.w("s12_outro", notice=Markup(annex_list[0][1]), annex=1), "indent"))
    out += section(ctx, n, body)

    # 13. identification per channel
    n = sec.head("s13")
    body = [ctx.p(ctx.w("s13_intro"))]
    for rule in reg.identification_rules or [None]:
        if rule is None:
            body.append(ctx.item(sec.next(), BLANK))
            continue
        channel = c.cap(ctx.label("channel", rule.channel))
        body.append(ctx.item(sec.next(), f"<b>{channel}:</b> {ctx.lu('identification_rules', rule, 'criteria')}"))
    body.append(ctx.item(sec.next(), ctx.w("s13_outro")))
    out += section(ctx, n, body)

    # 14. handling requests
    n = sec.head("s14")
    contact = ctx.org.contact_person
    who = Markup(f"{ctx.u(contact.name)}, {c.contact_role(ctx)}")
    request_annex = len(annex_list)
    body = [ctx.item(sec.next(), text) for text in ctx.ws(
        "s14_items", contact=who, request=Markup(ctx.w("request.title")), annex=request_annex)]
    out += section(ctx, n, body)

    # 15. security measures
    n = sec.head("s15")
    body = [ctx.p(ctx.w("s15_intro"))]
    measures = reg.security_measures
    if not measures:
        body.append(ctx.item(sec.next(), BLANK))
    for kind in ("technical", "organisational"):
        chosen = [m for m in measures if m.kind == kind]
        if not chosen:
            continue
        body.append(ctx.p(ctx.w(f"s15_{kind}"), "h2"))
        for m in chosen:
            text = f"<b>{ctx.lu('security_measures', m, 'name')}</b>"
            desc = ctx.lu("security_measures", m, "description", mandatory=False)
            if desc:
                text += f" — {desc}"
            body.append(ctx.item(sec.next(), text))
    out += section(ctx, n, body)

    # 16. breaches
    n = sec.head("s16")
    body = [ctx.item(sec.next(), text) for text in ctx.ws("s16_items")]
    body.append(ctx.p(ctx.w("s16_dvi", dvi=Markup(ctx.w("common.dvi"))), "indent"))
    out += section(ctx, n, body)

    # 17. annexes
    n = sec.head("s17")
    body = [ctx.item(f"{i}.", title) for i, (_, title) in enumerate(annex_list, start=1)]
    out += section(ctx, n, body)

    # closing block
    out.append(Spacer(1, 10))
    out.append(keep(*_approval(ctx, width)))
    return out


def _approval(ctx: Context, width: float) -> list[Any]:
    s = ctx.register.document_settings
    head = [ctx.p(ctx.w(k), "cell_head") for k in ("common.version", "common.approved_by", "common.approved_on",
                                                     "common.effective_from")]
    row = [ctx.p(ctx.u(s.version), "cell"), ctx.p(ctx.u(s.approved_by), "cell"), ctx.p(ctx.date(s.approved_on), "cell"),
           ctx.p(ctx.date(s.effective_from), "cell")]
    table = grid([head, row], [width * 0.16, width * 0.4, width * 0.22, width * 0.22], zebra=False)
    signature = field_lines(ctx, [ctx.w("common.signature"), ctx.w("common.full_name")], width, columns=2, height=34)
    return [ctx.h1(ctx.w("approval")), table, Spacer(1, 6), signature]


def _numbered(sec: _Sections, items: list[str]) -> list[tuple[str, str]]:
    return [(sec.next(), text) for text in items]


def _data_ids(purposes: list[Purpose]) -> set[str]:
    return {d for p in purposes for d in p.data_category_ids}


def _uses_special(ctx: Context, purpose: Purpose) -> bool:
    for d in purpose.data_category_ids:
        entry = ctx.find("data_categories", d)
        if entry is not None and entry.sensitivity in ("special", "criminal"):
            return True
    return bool(purpose.special_condition)


def _requirement(ctx: Context, purpose: Purpose) -> Markup:
    kind = purpose.requirement.kind
    text = Markup(f"{c.purpose_name(ctx, purpose)} — {ctx.label('requirement_kind', kind) if kind else BLANK}")
    consequence = ctx.lu("purposes", purpose, "requirement.consequence", mandatory=False)
    return Markup(f"{text} ({consequence.rstrip('.')})") if consequence else text
