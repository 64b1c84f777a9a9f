"""Facts of the register worded for print, shared by several documents (all return safe markup)."""

from __future__ import annotations

import re

from reportlab.platypus import Table

from ropa_desktop.core.model import Purpose, Recipient, RetentionRule
from ropa_desktop.documents.base import BLANK, Context, Markup, grid, plain


def cap(markup: str) -> Markup:
    return Markup(markup[:1].upper() + markup[1:])


# A category of recipients whose members process data on the controller's behalf (e.g. "nolīgtie personas
# datu apstrādātāji") counts as processors: it has a processing agreement, or its name says so.
_PROCESSORS = re.compile(r"apstrādātāj|processor", re.IGNORECASE)


def acts_as_processor(ctx: Context, recipient: Recipient) -> bool:
    """Whether the recipient processes data on the controller's behalf: a processor, or a category of them."""
    if recipient.role == "processor":
        return True
    if recipient.role != "recipient_category":
        return False
    if recipient.agreement is not None and recipient.agreement.kind == "processing_agreement":
        return True
    return any(_PROCESSORS.search(name) for name in recipient.name.values())


def is_marketing(purpose: Purpose) -> bool:
    """Whether the purpose is direct marketing (the register says so): the right to object to it is shown
    clearly and separately (Art. 21(4))."""
    return purpose.direct_marketing


def uses_consent(purposes: list[Purpose]) -> bool:
    return any("consent" in p.bases() for p in purposes)


def controller_contacts(ctx: Context) -> Markup:
    """Name, registration number, address, e-mail, phone (and website if any) of the controller."""
    o = ctx.org
    parts = [
        ctx.user_text(o.name),
        ctx.wording("common.reg_no", value=ctx.user_text(o.registration_number)),
        ctx.user_text(o.address),
        ctx.wording("common.contact_email", value=ctx.user_text(o.email)),
    ]
    if o.phone.strip():
        parts.append(ctx.wording("common.contact_phone", value=ctx.phone(o.phone)))
    if o.website.strip():
        parts.append(ctx.user_text(o.website))
    return Markup(", ".join(parts))


def contact_role(ctx: Context) -> Markup:
    """The contact person's role as typed, or the words "contact person", to follow their name after a comma."""
    role = ctx.org.contact_person.role
    return ctx.user_text(role) if role else ctx.wording("common.contact_role")


def reachable_at(ctx: Context, email: str, phone: str, required: bool = True) -> list[Markup]:
    """ "e-pasts: …", "tālrunis: …" for the contacts given; where both are empty and one is ``required``
    (as the completeness check asks of the contact person and the DPO), a blank for the e-mail."""
    parts = []
    if email.strip() or (required and not phone.strip()):
        parts.append(ctx.wording("common.contact_email", value=ctx.user_text(email)))
    if phone.strip():
        parts.append(ctx.wording("common.contact_phone", value=ctx.phone(phone)))
    return parts


def contact_person(ctx: Context) -> Markup:
    """ "Anna Bērziņa, administrators; e-pasts: …; tālrunis: …" (only the contacts given)."""
    c = ctx.org.contact_person
    return ctx.join([contact_who(ctx), *reachable_at(ctx, c.email, c.phone)])


def contact_who(ctx: Context) -> Markup:
    """ "Anna Bērziņa, administrators"; a department or post alone where no person is named but it can be
    reached ("Klientu apkalpošanas nodaļa"); a blank only where nothing at all is given."""
    c = ctx.org.contact_person
    reachable = bool(c.email.strip() or c.phone.strip())
    if c.name.strip():
        return Markup(f"{ctx.user_text(c.name)}, {contact_role(ctx)}")
    if c.role and reachable:
        return ctx.user_text(c.role)
    if reachable:
        return ctx.wording("common.contact_person")
    return Markup(f"{BLANK}, {contact_role(ctx)}")


def data_email(ctx: Context) -> str:
    """The e-mail address for a person's data matters (requests, consent, questions): the contact person's, else the
    company's."""
    return ctx.org.contact_person.email.strip() or ctx.org.email.strip()


def data_phone(ctx: Context) -> str:
    """The phone number for a person's data matters: the contact person's, else the company's."""
    return ctx.org.contact_person.phone.strip() or ctx.org.phone.strip()


def contact_channels(ctx: Context) -> Markup:
    """Where a person can reach the company about their data, as a sentence of its own: "E-pasts: …; tālrunis: …;
    adrese: …"."""
    o = ctx.org
    email, phone = data_email(ctx), data_phone(ctx)
    parts = [cap(ctx.wording("common.contact_email", value=ctx.user_text(email)))]
    if phone:  # optional
        parts.append(ctx.wording("common.contact_phone", value=ctx.phone(phone)))
    parts.append(ctx.wording("common.contact_address", value=ctx.user_text(o.address)))
    return Markup("; ".join(parts))


def reg_no_after_name(ctx: Context, mandatory: bool = True) -> Markup:
    """ ", reģ. Nr. 40003…" to follow the organisation's name. The number identifies the controller (Art. 13(1)(a))
    and the completeness check asks for it, so where it is not given it is a blank to fill in; only where it is
    not ``mandatory`` (a letter's sender lines) is it left out."""
    number = ctx.org.registration_number
    if not number.strip() and not mandatory:
        return Markup("")
    return Markup(", " + ctx.wording("common.reg_no", value=ctx.user_text(number)))


def dpo_line(ctx: Context) -> Markup | None:
    d = ctx.org.dpo
    if d is None:
        return None
    return ctx.join([ctx.user_text(d.name), *reachable_at(ctx, d.email, d.phone)])


def representative_line(ctx: Context) -> Markup | None:
    """Name, address, e-mail, phone of the representative; the check asks for an address or an e-mail."""
    r = ctx.org.representative
    if r is None:
        return None
    who = ctx.user_text(r.name)
    if r.address.strip() or not r.email.strip():
        who = Markup(f"{who}, {ctx.user_text(r.address)}")
    return ctx.join([who, *reachable_at(ctx, r.email, r.phone, required=False)])


def basis_words(ctx: Context, basis: str, with_article: bool = True, capital: bool = True) -> Markup:
    word = ctx.label("legal_basis", basis)
    if capital:
        word = cap(word)
    if with_article:
        return Markup(f"{word} ({ctx.wording(f'common.basis_article.{basis}')})")
    return Markup(word)


def bases_text(ctx: Context, purpose: Purpose, notes: bool = True, cited: set[str] | None = None) -> Markup:
    """ "Līguma izpilde (Regulas 6. panta 1. punkta b) apakšpunkts) — note; juridiska ...", blank if none: a
    second basis follows the semicolon in small letters, as in the window's tables.

    With ``cited`` (the bases whose article a document has already given), a basis's article is given only the
    first time, and the basis is added to ``cited``."""
    if not purpose.legal_bases:
        return Markup(BLANK)
    parts: list[Markup] = []
    for b in purpose.legal_bases:
        first = not parts
        text = basis_words(ctx, b.basis, with_article=cited is None or b.basis not in cited, capital=first)
        if cited is not None:
            cited.add(b.basis)
        note = ctx.localized("purposes", purpose, f"legal_bases.{b.basis}.note").strip().rstrip(".")
        if notes and note:
            text = Markup(f"{text}{ctx.dash}{ctx.user_text(note)}")
        parts.append(text)
    return ctx.join(parts)


def purpose_name(ctx: Context, purpose: Purpose) -> Markup:
    return ctx.entry_text("purposes", purpose, "name")


def rules_for(ctx: Context, purpose: Purpose) -> list[RetentionRule]:
    return ctx.retention_rules_of(purpose.id)


def retention_term(ctx: Context, rule: RetentionRule) -> Markup:
    """ "5 gadi; līdz līguma beigām. Pamatojums: .... Pēc tam dati tiek dzēsti." An event typed as a sentence of
    its own ("Pēc līguma beigām.") follows the period as one: "5 gadi. Pēc līguma beigām. …"."""
    term = Markup(ctx.period(rule.period)) if rule.period is not None else Markup("")
    if rule.until_event:
        event = ctx.entry_text("retention_rules", rule, "until_event")
        joiner = ". " if plain(event)[:1].isupper() else "; "
        term = Markup(f"{term}{joiner}{event}") if term else event
    term = Markup(term.rstrip(".")) or Markup(BLANK)
    extra = []
    if rule.legal_reference:
        reference = ctx.entry_text("retention_rules", rule, "legal_reference").rstrip(".")
        extra.append(ctx.wording("common.legal_reference", value=Markup(reference)))
    extra.append(ctx.wording("common.then", action=ctx.label("then", rule.then)))
    return Markup(f"{term}. {' '.join(extra)}")


def rule_scope(ctx: Context, rule: RetentionRule, among: set[str] | None = None) -> tuple[Markup, Markup]:
    """(purposes, data categories) a retention rule applies to; only the purposes ``among`` when given
    (a notice for one audience names only its own purposes)."""
    ids = [p for p in dict.fromkeys(rule.purpose_ids) if among is None or p in among]
    purposes = ctx.join(ctx.names("purposes", ids)) or Markup(BLANK)
    if rule.data_category_ids:
        categories = ctx.join(ctx.names("data_categories", rule.data_category_ids))
    else:
        key = "common.all_categories_one" if len(ids) == 1 else "common.all_categories"
        categories = Markup(ctx.wording(key))
    return purposes, categories


def retention_for_purpose(ctx: Context, purpose: Purpose) -> Markup:
    """The retention of one purpose in one line (for table cells and the consent form)."""
    rules = rules_for(ctx, purpose)
    if not rules:
        return Markup(BLANK)
    parts = []
    for rule in rules:
        text = retention_term(ctx, rule)
        if rule.data_category_ids:
            text = Markup(f"{ctx.join(ctx.names('data_categories', rule.data_category_ids))}: {text}")
        parts.append(text)
    return Markup(" ".join(parts))


def recipients_of(ctx: Context, purposes: list[Purpose]) -> list[Recipient]:
    ids = dict.fromkeys(rid for p in purposes for rid in p.recipient_ids)  # each once, in order of first use
    found = [ctx.find("recipients", rid) for rid in ids]
    return [r for r in found if r is not None]


def recipient_line(ctx: Context, recipient: Recipient, key: str) -> Markup:
    """The fixed text ``key`` about one recipient: its name, role, country and service."""
    return ctx.wording(
        key,
        name=ctx.entry_text("recipients", recipient, "name"),
        role=ctx.label("role", recipient.role),
        country=recipient_country(ctx, recipient),
        service=service_text(ctx, recipient),
    )


def recipient_country(ctx: Context, recipient: Recipient) -> Markup:
    """The recipient's country, and where the data goes when its transfer goes elsewhere ("Latvia; the data
    is transferred to the United States"), so that one line never says two things."""
    t = recipient.transfer
    if t is None or not t.country or t.country == recipient.country:
        return ctx.country(recipient.country)
    return ctx.wording("common.transferred_to", country=ctx.country(recipient.country), to=ctx.country(t.country))


def safeguard_copy(ctx: Context, recipient: Recipient) -> Markup:
    """Where a copy of a transfer's safeguards can be had (Art. 13(1)(f)): from the company for contractual
    clauses and rules, in the Official Journal for an adequacy decision; nothing for a derogation."""
    t = recipient.transfer
    if t is None or t.safeguard == "derogation":
        return Markup("")
    if t.safeguard == "adequacy":
        return ctx.wording("common.adequacy_published")
    return ctx.wording("common.safeguard_copy", email=ctx.user_text(data_email(ctx)))


def sources_of(ctx: Context, purpose: Purpose) -> Markup:
    """The sources of a purpose's data other than the person themselves (Art. 14), with their notes."""
    parts = []
    for i, s in enumerate(purpose.sources):
        if s.kind == "data_subject":
            continue
        note = ctx.entry_text("purposes", purpose, f"sources.{i}.note", mandatory=False)
        parts.append(Markup(ctx.label("source_kind", s.kind) + (f" ({note.rstrip('.')})" if note else "")))
    return ctx.join(parts)


def purposes_by_recipient(purposes: list[Purpose]) -> dict[str, list[Purpose]]:
    """The purposes that disclose data to each recipient (by its id), in the order of ``purposes``: built once, so
    that naming each recipient's purposes does not scan every purpose again."""
    out: dict[str, list[Purpose]] = {}
    for p in purposes:
        for rid in dict.fromkeys(p.recipient_ids):
            out.setdefault(rid, []).append(p)
    return out


def purposes_of_recipient(ctx: Context, recipient: Recipient, by_recipient: dict[str, list[Purpose]]) -> Markup:
    """The names of the purposes that disclose data to ``recipient`` (``by_recipient``: ``purposes_by_recipient``)."""
    return ctx.join([purpose_name(ctx, p) for p in by_recipient.get(recipient.id, [])])


def agreement_text(ctx: Context, recipient: Recipient) -> Markup:
    a = recipient.agreement
    if a is None:
        return Markup(BLANK)
    parts = [Markup(ctx.label("agreement_kind", a.kind))]
    if a.signed_on:
        parts.append(Markup(ctx.wording("common.agreement_signed", date=ctx.date(a.signed_on))))
    elif recipient.role in ("processor", "joint_controller"):  # the completeness check asks for the date
        parts.append(Markup(ctx.wording("common.agreement_signed", date=Markup(BLANK))))
    if a.review_on:
        parts.append(Markup(ctx.wording("common.agreement_review", date=ctx.date(a.review_on))))
    text = Markup(", ".join(parts))
    note = ctx.entry_text("recipients", recipient, "agreement.note", mandatory=False)
    return Markup(f"{text}{ctx.dash}{note.rstrip('.')}") if note else text


def transfer_text(ctx: Context, recipient: Recipient) -> tuple[Markup, Markup, Markup]:
    """(country, safeguard, note) of a recipient's transfer outside the EU/EEA."""
    t = recipient.transfer
    assert t is not None
    return (
        Markup(ctx.country(t.country)),
        Markup(ctx.label("safeguard", t.safeguard)),
        ctx.entry_text("recipients", recipient, "transfer.note", mandatory=False),
    )


def data_categories_text(ctx: Context, ids: list[str]) -> Markup:
    return ctx.join(ctx.names("data_categories", ids)) or Markup(BLANK)


def sentence(markup: str) -> Markup:
    """Markup ending in one full stop."""
    text = markup.rstrip()
    return Markup(text if text.endswith((".", "!", "?", "_")) else text + ".")


def service_text(ctx: Context, recipient: Recipient) -> Markup:
    """What the recipient does, as a sentence; nothing when not described (it is optional)."""
    service = ctx.entry_text("recipients", recipient, "service", mandatory=False)
    return sentence(service) if service else Markup("")


def identification_table(ctx: Context, width: float) -> Table:
    """How a person making a request is identified, one row per channel (a blank row if none is set)."""
    data = [
        [
            ctx.paragraph(ctx.wording("common.identification_channel"), "cell_head"),
            ctx.paragraph(ctx.wording("common.identification_criteria"), "cell_head"),
        ]
    ]
    for rule in ctx.register.identification_rules:
        data.append(
            [
                ctx.paragraph(cap(ctx.label("channel", rule.channel)), "cell"),
                ctx.paragraph(ctx.entry_text("identification_rules", rule, "criteria"), "cell"),
            ]
        )
    if not ctx.register.identification_rules:
        data.append([ctx.paragraph(BLANK, "cell"), ctx.paragraph(BLANK, "cell")])
    return grid(data, [width * 0.3, width * 0.7])


def notice_title(ctx: Context, purposes: list[Purpose]) -> Markup:
    """The title of the notice given to the data subjects of ``purposes``: the one for their audience
    (“Privacy notice for customers”), else, for more than one audience, the notice's general title."""
    concerned = {cid for p in purposes for cid in p.subject_category_ids}
    audiences = {s.audience for s in ctx.register.subject_categories if s.id in concerned and s.audience}
    if len(audiences) == 1:
        return Markup(ctx.wording(f"notice.title_by_audience.{audiences.pop()}"))
    return Markup(ctx.wording("notice.title"))


def annexes(ctx: Context, purposes: list[Purpose]) -> list[tuple[str, str]]:
    """(document, title) of the procedure's annexes, in order."""
    out: list[tuple[str, str]] = [("notice", notice_title(ctx, purposes))]
    if uses_consent(purposes):
        out.append(("consent", ctx.wording("consent.title")))
    out.append(("request", ctx.wording("request.title")))
    return out
