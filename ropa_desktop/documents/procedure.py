"""The internal procedure ("Klientu personas datu apstrādes procedūra"), laid out like the customer-data
procedures Latvian companies keep; its wording is the ``[procedure]`` table of ``i18n/<lang>/documents.toml``.

Numbered sections and sub-items (4.1, 4.2 ...); for one category of data subjects or all
of them.  Each section is one method of :class:`_Procedure`; the optional ones (grouping of
data subjects, consent) are left out when they have nothing to say, and the section numbers
are counted from the sections actually printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import CondPageBreak, PageBreak, Spacer, Table

from ropa_desktop.core.model import LEGAL_BASES, Purpose, Recipient, Register, SubjectCategory
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
    table_style,
)


def _title(ctx: Context, register: Register, category_id: str | None) -> Markup:
    """The title naming the category of data subjects where the document covers one known category."""
    categories = [category_id] if category_id else [s.id for s in register.subject_categories]
    if len(categories) == 1 and ctx.has(f"title_by_category.{categories[0]}"):
        return ctx.wording(f"title_by_category.{categories[0]}")
    return ctx.wording("title")


def render(register: Register, lang: str, subject_category: str | None = None) -> bytes:
    ctx = Context(register, lang, "procedure")
    title = _title(ctx, register, subject_category)
    layout = DocumentLayout(ctx, title)
    return build_pdf(layout, story(ctx, title, layout.width, subject_category), subject=ctx.wording("title"))


def story(ctx: Context, title: Markup, width: float, category_id: str | None) -> list[Any]:
    return _Procedure(ctx, category_id).story(title, width)


class _Procedure:
    """The facts one procedure is written from, and one method per numbered section."""

    def __init__(self, ctx: Context, category_id: str | None) -> None:
        reg = ctx.register
        self.ctx = ctx
        self.category_id = category_id
        self.categories: list[SubjectCategory] = [s for s in reg.subject_categories if category_id in (None, s.id)]
        self.purposes: list[Purpose] = [
            p for p in reg.purposes if category_id is None or category_id in p.subject_category_ids
        ]
        data_ids = _data_ids(self.purposes) if category_id else {d.id for d in reg.data_categories}
        self.data_categories = [d for d in reg.data_categories if d.id in data_ids]
        self.org = ctx.user_text(ctx.org.name)
        self.dpo = c.dpo_line(ctx)
        self.recipients: list[Recipient] = c.recipients_of(ctx, self.purposes)
        self.by_recipient = c.purposes_by_recipient(self.purposes)
        self.processors = [r for r in self.recipients if c.acts_as_processor(ctx, r)]  # named, or categories
        self.transfers = [r for r in self.recipients if r.transfer is not None]
        self.consent_purposes = [p for p in self.purposes if "consent" in p.bases()]
        # the customer forms, then the sheet on which staff sign that they have read the procedure
        self.annexes = [*c.annexes(ctx, self.purposes), ("acknowledgement", ctx.wording("acknowledgement"))]
        self.group_notes = [
            (s, note)
            for s in self.categories
            if (note := ctx.entry_text("subject_categories", s, "groups_note", mandatory=False))
        ]
        # the sections printed, in order, each with its number
        sections: list[tuple[str, Callable[[], list[Any]]]] = [
            ("s1", self.legal_framework),
            ("s2", self.data_subjects),
            ("s3", self.legal_bases),
            ("s4", self.purposes_and_descriptions),
            ("s5", self.where_and_by_whom),
            ("s6", self.data_categories_section),
            ("s7", self.grouping),
            ("s8", self.obtaining_and_storing),
            ("s9", self.recipients_and_transfers),
            ("s10", self.retention),
            ("s11", self.consent),
            ("s12", self.information_to_give),
            ("s13", self.identification),
            ("s14", self.requests),
            ("s15", self.security),
            ("s16", self.breaches),
            ("s17", self.annex_list),
        ]
        optional = {"s7": bool(self.group_notes), "s11": bool(self.consent_purposes)}
        self.sections = [(key, build) for key, build in sections if optional.get(key, True)]
        self.number = {key: n for n, (key, _) in enumerate(self.sections, start=1)}
        self._current = 0
        self._item = 0

    # numbering -------------------------------------------------------------------------
    def next_item(self) -> str:
        """The next sub-item's number in the current section ("4.1.", "4.2." ...)."""
        self._item += 1
        return f"{self._current}.{self._item}."

    def item(self, markup: str, style: str = "item") -> Any:
        return self.ctx.item(self.next_item(), markup, style)

    # the document ----------------------------------------------------------------------
    def story(self, title: Markup, width: float) -> list[Any]:
        ctx = self.ctx
        out: list[Any] = [ctx.paragraph(title, "title")]
        subtitle: str = ctx.wording("subtitle", org=self.org)
        if self.category_id and self.categories:
            name = ctx.entry_text("subject_categories", self.categories[0], "name")
            subtitle += " · " + ctx.wording("scope", name=name)
        out.append(ctx.paragraph(subtitle, "subtitle"))
        stamp = _approved_stamp(ctx, width)
        if stamp is not None:
            out.insert(0, stamp)
        for key, build in self.sections:
            self._current, self._item = self.number[key], 0
            heading = f"{self._current}. {ctx.wording(key)}"
            out += section(ctx, heading, build())
        # the last section and the approval on one page: the signature block never stands alone
        last = len(out) - 1 - next(i for i, f in enumerate(reversed(out)) if isinstance(f, CondPageBreak))
        out[last:] = [keep(*out[last + 1 :], Spacer(1, 10), *_approval(ctx, width))]
        out += [PageBreak(), *_acknowledgement(ctx, title, width)]
        return out

    # 1. legal framework
    def legal_framework(self) -> list[Any]:
        return [self.item(text) for text in self.ctx.wording_list("s1_items", org=self.org)]

    # 2. data subjects
    def data_subjects(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s2_intro"))]
        for s in self.categories:
            name = ctx.entry_text("subject_categories", s, "name")
            desc = ctx.entry_text("subject_categories", s, "description", mandatory=False)
            body.append(self.item(f"<b>{name}</b>{ctx.dash}{c.sentence(desc)}" if desc else f"<b>{name}</b>"))
        if not self.categories:
            body.append(self.item(BLANK))
        return body

    # 3. legal bases, each with the purposes it serves and their notes
    def legal_bases(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s3_intro"))]
        # in the order of Article 6(1): consent (a), contract (b), legal obligation (c) ...
        used = [basis for basis in LEGAL_BASES if any(basis in p.bases() for p in self.purposes)]
        if not used:
            body.append(self.item(BLANK))
        for basis in used:
            body.append(self.item(c.basis_words(ctx, basis), "item_head"))
            for p in self.purposes:
                for b in p.legal_bases:
                    if b.basis == basis:
                        note = ctx.entry_text("purposes", p, f"legal_bases.{b.basis}.note", mandatory=False)
                        text = c.purpose_name(ctx, p) + (f": {note}" if note else "")
                        body.append(ctx.paragraph(text, "sub", bulletText="•"))
        return body

    # 4. purposes
    def purposes_and_descriptions(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s4_intro"))]
        if not self.purposes:
            body.append(self.item(BLANK))
        for p in self.purposes:
            body.append(self.item(c.purpose_name(ctx, p), "item_head"))
            desc = ctx.entry_text("purposes", p, "description", mandatory=False)
            if desc:
                body.append(ctx.paragraph(desc, "indent"))
            body.append(ctx.paragraph(ctx.wording("s4_basis", value=c.bases_text(ctx, p, notes=False)), "indent"))
            if "legitimate_interests" in p.bases():
                value = ctx.entry_text("purposes", p, "legitimate_interest")
                body.append(ctx.paragraph(ctx.wording("s4_legitimate", value=value), "indent"))
            if _uses_special(ctx, p):
                value = ctx.entry_text("purposes", p, "special_condition")
                body.append(ctx.paragraph(ctx.wording("s4_special", value=value), "indent"))
        return body

    # 5. where and by whom
    def where_and_by_whom(self) -> list[Any]:
        ctx = self.ctx
        body = []
        location = ctx.user_text(ctx.org.processing_locations, mandatory=False).rstrip(".")
        if location:  # optional
            body.append(self.item(ctx.wording("s5_location", value=location)))
        body += [
            self.item(ctx.wording("s5_contact", value=c.contact_person(ctx))),
            self.item(ctx.wording("s5_dpo", value=self.dpo) if self.dpo else ctx.wording("s5_no_dpo")),
        ]
        if self.processors:
            body.append(self.item(ctx.wording("s5_processors", section=self.number["s8"])))
        body.append(self.item(ctx.wording("s5_staff")))
        return body

    # 6. data categories
    def data_categories_section(self) -> list[Any]:
        ctx = self.ctx
        # what personal data is, then the company's categories of it (after the list, the definition read as a
        # note on its last item)
        body = [ctx.paragraph(ctx.wording("s6_not_personal")), ctx.paragraph(ctx.wording("s6_intro"))]
        if not self.data_categories:
            body.append(self.item(BLANK))
        for d in self.data_categories:
            text = f"<b>{ctx.entry_text('data_categories', d, 'name')}</b>"
            # why a national identification number is needed is required (Art. 87; the completeness check asks)
            desc = ctx.entry_text("data_categories", d, "description", mandatory=d.sensitivity == "national_id")
            if desc:
                text += f"{ctx.dash}{desc}"
            if d.sensitivity != "regular":
                text += f" <i>[{ctx.label('sensitivity', d.sensitivity)}]</i>"
            body.append(self.item(text))
        sensitivities = {d.sensitivity for d in self.data_categories}
        if "national_id" in sensitivities:
            body.append(ctx.paragraph(ctx.wording("s6_national_id"), "indent"))
        if sensitivities & {"special", "criminal"}:
            body.append(ctx.paragraph(ctx.wording("s6_special", section=self.number["s4"]), "indent"))
        return body

    # 7. grouping (optional: only the categories with a note on it)
    def grouping(self) -> list[Any]:
        ctx = self.ctx
        return [
            self.item(f"<b>{ctx.entry_text('subject_categories', s, 'name')}</b>: {note}")
            for s, note in self.group_notes
        ]

    # 8. how data is obtained and stored
    def obtaining_and_storing(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s8_intro"))]
        for p in self.purposes:
            body.append(self.item(c.purpose_name(ctx, p), "item_head"))
            sources = []
            for i, s in enumerate(p.sources):
                note = ctx.entry_text("purposes", p, f"sources.{i}.note", mandatory=False)
                sources.append(Markup(ctx.label("source_kind", s.kind) + (f" ({note.rstrip('.')})" if note else "")))
            value = c.cap(ctx.join(sources)) if sources else BLANK
            body.append(ctx.paragraph(ctx.wording("s8_source", value=value), "indent"))
            method = ctx.entry_text("purposes", p, "collection_method", mandatory=False)
            if method:  # optional
                body.append(ctx.paragraph(ctx.wording("s8_method", value=method), "indent"))
        body.append(self.item(ctx.wording("s8_processors"), "item_head"))
        if not self.processors:
            body.append(ctx.paragraph(ctx.wording("s8_no_processors"), "indent"))
            return body
        body.append(ctx.paragraph(ctx.wording("s8_processors_intro"), "indent"))
        for r in self.processors:
            if r.role != "processor":  # a category of processors, in general terms
                text: str = ctx.wording(
                    "s8_processor_category",
                    name=ctx.entry_text("recipients", r, "name"),
                    service=c.service_text(ctx, r),
                )
                text += " " + ctx.wording(
                    "s8_processor_purposes", value=c.purposes_of_recipient(ctx, r, self.by_recipient)
                )
                body.append(ctx.paragraph(text, "sub", bulletText="•"))
                continue
            text = ctx.wording(
                "s8_processor",
                name=ctx.entry_text("recipients", r, "name"),
                reg_no=_reg_no_after(ctx, r.registration_number),
                country=ctx.country(r.country),
                service=c.service_text(ctx, r),
            )
            text += " " + ctx.wording("s8_processor_purposes", value=c.purposes_of_recipient(ctx, r, self.by_recipient))
            text += " " + ctx.wording("s8_processor_agreement", value=c.agreement_text(ctx, r))
            body.append(ctx.paragraph(text, "sub", bulletText="•"))
        return body

    # 9. recipients and transfers
    def recipients_and_transfers(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s9_intro") if self.recipients else ctx.wording("s9_none"))]
        for r in self.recipients:
            text: str = c.recipient_line(ctx, r, "s9_recipient")
            text += " " + ctx.wording("s9_purposes", value=c.purposes_of_recipient(ctx, r, self.by_recipient))
            body.append(self.item(text))
        if not self.transfers:
            body.append(self.item(ctx.wording("s9_no_transfers")))
            return body
        body.append(self.item(ctx.wording("s9_transfers_intro")))
        for r in self.transfers:
            country, safeguard, note = c.transfer_text(ctx, r)
            name = ctx.entry_text("recipients", r, "name")
            text = ctx.wording("s9_transfer", name=name, country=country, safeguard=safeguard, note=note)
            body.append(ctx.paragraph(text, "sub", bulletText="•"))
        return body

    # 10. retention
    def retention(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s10_intro"))]
        ids = {p.id for p in self.purposes}
        for rule in ctx.register.retention_rules:
            if not ids & set(rule.purpose_ids):
                continue
            names, cats = c.rule_scope(ctx, rule)
            term = Markup(c.retention_term(ctx, rule).rstrip("."))
            body.append(self.item(ctx.wording("s10_rule", purposes=names, categories=cats, term=term)))
        for p in self.purposes:
            if not c.rules_for(ctx, p):
                body.append(self.item(ctx.wording("s10_missing", purpose=c.purpose_name(ctx, p), blank=Markup(BLANK))))
        if len(body) == 1:  # no purpose yet: a blank under "The retention periods are as follows:"
            body.append(self.item(BLANK))
        body.append(self.item(ctx.wording("s10_review")))
        return body

    # 11. consent (optional: only where a basis is consent)
    def consent(self) -> list[Any]:
        ctx = self.ctx
        body = []
        for p in self.consent_purposes:
            method = ctx.entry_text("purposes", p, "consent.method")
            withdrawal = ctx.entry_text("purposes", p, "consent.withdrawal")
            body.append(  # a purpose's consent on one page: how it is given and how it is withdrawn
                keep(
                    self.item(c.purpose_name(ctx, p), "item_head"),
                    ctx.paragraph(ctx.wording("s11_method", value=method), "indent"),
                    ctx.paragraph(ctx.wording("s11_withdrawal", value=withdrawal), "indent"),
                )
            )
        for text in ctx.wording_list("s11_rules"):
            body.append(self.item(text))
        return body

    # 12. what the data subject must be told (Art. 13)
    def information_to_give(self) -> list[Any]:
        ctx = self.ctx
        purposes = self.purposes
        items = [ctx.wording("s12_controller", value=c.controller_contacts(ctx))]
        representative = c.representative_line(ctx)
        if representative:  # Art. 13(1)(a)
            items.append(ctx.wording("s12_representative", value=representative))
        if self.dpo:
            items.append(ctx.wording("s12_dpo", value=self.dpo))
        named_bases = [
            Markup(f"{c.purpose_name(ctx, p)} ({ctx.join([ctx.label('legal_basis', b) for b in p.bases()]) or BLANK})")
            for p in purposes
        ]
        items.append(ctx.wording("s12_purposes", value=ctx.join(named_bases) or BLANK))
        legit = [p for p in purposes if "legitimate_interests" in p.bases()]
        if legit:
            interests = [
                Markup(f"{c.purpose_name(ctx, p)}: {ctx.entry_text('purposes', p, 'legitimate_interest')}")
                for p in legit
            ]
            items.append(ctx.wording("s12_legitimate", value=ctx.join(interests)))
        if self.recipients:
            names = [ctx.entry_text("recipients", r, "name") for r in self.recipients]
            items.append(ctx.wording("s12_recipients", value=ctx.join(names)))
        else:
            items.append(ctx.wording("s12_no_recipients"))
        if self.transfers:
            lines = []
            for r in self.transfers:
                country, safeguard, _ = c.transfer_text(ctx, r)
                line = f"{ctx.entry_text('recipients', r, 'name')}{ctx.dash}{country}, {safeguard}"
                copy = c.safeguard_copy(ctx, r).rstrip(".")
                # (a sentence of its own: the safeguard's article is in brackets already)
                lines.append(Markup(f"{line}. {copy}" if copy else line))
            items.append(ctx.wording("s12_transfers", value=ctx.join(lines)))
        else:
            items.append(ctx.wording("s12_no_transfers"))
        items.append(ctx.wording("s12_retention", section=self.number["s10"]))
        items.append(ctx.wording("s12_rights"))
        if self.consent_purposes:
            items.append(ctx.wording("s12_withdrawal"))
        items.append(ctx.wording("s12_complaint", dvi=Markup(ctx.wording("common.dvi"))))
        items.append(ctx.wording("s12_requirement", value=ctx.join([_requirement(ctx, p) for p in purposes]) or BLANK))
        automated = [p for p in purposes if p.automated_decisions]
        if automated:
            decisions = [
                Markup(f"{c.purpose_name(ctx, p)}: {ctx.entry_text('purposes', p, 'automated_decisions')}")
                for p in automated
            ]
            items.append(ctx.wording("s12_automated", value=ctx.join(decisions)))
        else:
            items.append(ctx.wording("s12_no_automated"))
        if any(c.is_marketing(p) for p in purposes):
            items.append(ctx.wording("s12_marketing"))
        items.append(ctx.wording("s12_identification", section=self.number["s13"]))
        body = [ctx.paragraph(ctx.wording("s12_intro"))]
        body += [self.item(text) for text in items]
        outro = ctx.wording("s12_outro", notice=Markup(self.annexes[0][1]), annex=1)
        body.append(ctx.paragraph(outro, "indent"))
        return body

    # 13. identification per channel
    def identification(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s13_intro"))]
        rules = ctx.register.identification_rules
        for rule in rules:
            channel = c.cap(ctx.label("channel", rule.channel))
            body.append(self.item(f"<b>{channel}:</b> {ctx.entry_text('identification_rules', rule, 'criteria')}"))
        if not rules:
            body.append(self.item(BLANK))
        body.append(self.item(ctx.wording("s13_outro")))
        return body

    # 14. handling requests
    def requests(self) -> list[Any]:
        ctx = self.ctx
        who = c.contact_who(ctx)
        items = ctx.wording_list(
            "s14_items", contact=who, request=Markup(ctx.wording("request.title")), annex=self.annex_number("request")
        )
        return [self.item(text) for text in items]

    # 15. security measures
    def security(self) -> list[Any]:
        ctx = self.ctx
        body = [ctx.paragraph(ctx.wording("s15_intro"))]
        measures = ctx.register.security_measures
        if not measures:
            body.append(self.item(BLANK))
        for kind in ("technical", "organisational"):
            chosen = [m for m in measures if m.kind == kind]
            if not chosen:
                continue
            body.append(ctx.paragraph(ctx.wording(f"s15_{kind}"), "h2"))
            for m in chosen:
                text = f"<b>{ctx.entry_text('security_measures', m, 'name')}</b>"
                desc = ctx.entry_text("security_measures", m, "description", mandatory=False)
                if desc:
                    text += f"{ctx.dash}{desc}"
                body.append(self.item(text))
        return body

    # 16. breaches
    def breaches(self) -> list[Any]:
        ctx = self.ctx
        body = [self.item(text) for text in ctx.wording_list("s16_items")]
        body.append(ctx.paragraph(ctx.wording("s16_dvi", dvi=Markup(ctx.wording("common.dvi"))), "indent"))
        return body

    def annex_number(self, doc: str) -> int:
        return [d for d, _ in self.annexes].index(doc) + 1

    # 17. annexes
    def annex_list(self) -> list[Any]:
        return [self.ctx.item(f"{i}.", title) for i, (_, title) in enumerate(self.annexes, start=1)]


def _approval(ctx: Context, width: float) -> list[Any]:
    s = ctx.register.document_settings
    keys = ("common.version", "common.approved_by", "common.approved_on", "common.effective_from")
    head = [ctx.paragraph(ctx.wording(k), "cell_head") for k in keys]
    row = [
        # optional: left empty to fill in by hand
        ctx.paragraph(ctx.user_text(s.version, mandatory=False), "cell"),
        ctx.paragraph(ctx.user_text(s.approved_by, mandatory=False), "cell"),
        ctx.paragraph(ctx.date(s.approved_on, mandatory=False), "cell"),
        ctx.paragraph(ctx.date(s.effective_from, mandatory=False), "cell"),
    ]
    table = grid([head, row], [width * 0.16, width * 0.4, width * 0.22, width * 0.22], zebra=False)
    fields = ctx.wording_list("approval_fields")  # signature, name, position, place and date
    signature = field_lines(ctx, fields, width, columns=2, height=30)
    return [ctx.h1(ctx.wording("approval")), table, Spacer(1, 6), signature]


def _approved_stamp(ctx: Context, width: float) -> Any:
    """ "APSTIPRINĀTS", who and when, at the top right of the first page of an approved procedure."""
    s = ctx.register.document_settings
    if not s.approved_by or not s.approved_on:
        return None
    lines = [f"<b>{ctx.wording('approved_stamp')}</b>", ctx.user_text(s.approved_by), ctx.date(s.approved_on)]
    cell = [ctx.paragraph(line, "stamp") for line in lines]
    table = Table([["", cell]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _acknowledgement(ctx: Context, title: Markup, width: float) -> list[Any]:
    """The staff's acknowledgement sheet ("Iepazinos"): the procedure's last annex, rows to sign."""
    head = [ctx.paragraph(text, "cell_head") for text in ctx.wording_list("acknowledgement_columns")]
    rows = [[ctx.paragraph(f"{i}.", "cell"), "", "", "", ""] for i in range(1, 19)]
    table = grid([head, *rows], [width * share for share in (0.07, 0.33, 0.22, 0.15, 0.23)], zebra=False)
    table.setStyle(table_style([("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]))
    return [
        ctx.paragraph(ctx.wording("acknowledgement"), "title"),
        ctx.paragraph(ctx.wording("acknowledgement_intro", title=Markup(title)), "body"),
        Spacer(1, 6),
        table,
    ]


def _reg_no_after(ctx: Context, number: str) -> Markup:
    """ ", reģ. Nr. …" to follow a name, or nothing when the number is not given (it is optional)."""
    return Markup(", " + ctx.wording("common.reg_no", value=number)) if number.strip() else Markup("")


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
    text = Markup(f"{c.purpose_name(ctx, purpose)}{ctx.dash}{ctx.label('requirement_kind', kind) if kind else BLANK}")
    # as in the notice: what follows from not giving the data is a blank to fill in unless giving it is voluntary
    consequence = ctx.entry_text(
        "purposes", purpose, "requirement.consequence", mandatory=kind not in (None, "voluntary")
    )
    return Markup(f"{text} ({consequence.rstrip('.')})") if consequence else text
