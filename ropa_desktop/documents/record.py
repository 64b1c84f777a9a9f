"""The record of processing activities, Art. 30(1) ("Apstrādes darbību reģistrs"), landscape A4.

The controller block (a), one table row per purpose with columns (b)–(f), whose rows split
across pages with the header row repeated, and the security measures (g) below the table.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core.model import Purpose, Register
from ropa_desktop.documents import common as c
from ropa_desktop.documents.base import BLANK, Context, DocumentLayout, Markup, build_pdf, grid, keep

# Column shares of the table width: No., purpose, basis, categories, recipients, transfers, retention.
_COLUMNS = (0.04, 0.19, 0.15, 0.20, 0.16, 0.11, 0.15)


def render(register: Register, lang: str) -> bytes:
    ctx = Context(register, lang, "register")
    layout = DocumentLayout(ctx, ctx.wording("title"), landscape_pages=True)
    return build_pdf(layout, story(ctx, layout.width), subject=ctx.wording("subtitle"))


def story(ctx: Context, width: float) -> list[Any]:
    out: list[Any] = [ctx.paragraph(ctx.wording("title"), "title"), ctx.paragraph(ctx.wording("subtitle"), "subtitle")]
    out.append(_controller(ctx, width))
    out.append(Spacer(1, 10))
    shared = _shared_transfer_notes(ctx)
    out.append(_table(ctx, width, shared))
    if shared:
        out.append(Spacer(1, 4))
    for note, number in shared.items():
        out.append(ctx.paragraph(ctx.wording("transfer_note", number=number, note=c.sentence(note)), "small"))
    measures = ctx.register.security_measures
    bullets = [] if measures else [ctx.paragraph(BLANK, "bullet", bulletText="•")]
    for m in measures:
        text = f"<b>{ctx.entry_text('security_measures', m, 'name')}</b> ({ctx.label('measure_kind', m.kind)})"
        desc = ctx.entry_text("security_measures", m, "description", mandatory=False)
        if desc:
            text += f"{ctx.dash}{desc}"
        bullets.append(ctx.paragraph(text, "bullet", bulletText="•"))
    # the heading and its intro go to the next page with the first measure, not left at the foot of the table
    out.append(keep(ctx.h1(ctx.wording("security")), ctx.paragraph(ctx.wording("security_intro")), bullets[0]))
    out += bullets[1:]
    s = ctx.register.document_settings
    settings = [  # each optional: only those given
        ("common.version", ctx.user_text(s.version, mandatory=False)),
        ("common.approved_by", ctx.user_text(s.approved_by, mandatory=False)),
        ("common.approved_on", ctx.date(s.approved_on, mandatory=False)),
        ("common.effective_from", ctx.date(s.effective_from, mandatory=False)),
    ]
    given = [f"{ctx.wording(key)}: {value}" for key, value in settings if value]
    if given:
        out.append(Spacer(1, 8))
        out.append(ctx.paragraph(" · ".join(given), "small"))
    return out


def _controller(ctx: Context, width: float) -> Any:
    o = ctx.org
    rows = [
        (ctx.wording("controller"), ctx.user_text(o.name)),
        (ctx.wording("common.registration_number"), ctx.user_text(o.registration_number)),
        (ctx.wording("common.address"), ctx.user_text(o.address)),
        (
            f"{ctx.wording('common.email')} / {ctx.wording('common.phone')}",
            Markup(f"{ctx.user_text(o.email)} / {ctx.phone(o.phone)}"),
        )
        if o.phone.strip()
        else (ctx.wording("common.email"), ctx.user_text(o.email)),
        (ctx.wording("common.contact_person"), c.contact_person(ctx)),
        (ctx.wording("common.dpo"), c.dpo_line(ctx) or ctx.wording("not_appointed")),
        (ctx.wording("common.representative"), c.representative_line(ctx) or ctx.wording("not_appointed")),
    ]
    if o.website.strip():
        rows.insert(4, (ctx.wording("common.website"), ctx.user_text(o.website)))
    # two label/value pairs per line keep the block short
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:]
    data = []
    for i in range(half):
        line = [ctx.paragraph(left[i][0], "cell_head"), ctx.paragraph(left[i][1], "cell")]
        if i < len(right):
            line += [ctx.paragraph(right[i][0], "cell_head"), ctx.paragraph(right[i][1], "cell")]
        else:
            line += ["", ""]
        data.append(line)
    w = width
    return grid(data, [w * 0.14, w * 0.36, w * 0.14, w * 0.36], header_rows=0, zebra=False)


def _transfer_notes(ctx: Context, p: Purpose) -> list[Markup]:
    """The notes on the transfers of a purpose's recipients (where a copy of the safeguards can be had, …)."""
    out = []
    for r_id in p.recipient_ids:
        r = ctx.find("recipients", r_id)
        if r is not None and r.transfer is not None:
            note = c.transfer_text(ctx, r)[2]
            if note:
                out.append(note)
    return out


def _shared_transfer_notes(ctx: Context) -> dict[Markup, int]:
    """Transfer notes that more than one row would repeat, numbered in order: printed once under the table."""
    rows = [_transfer_notes(ctx, p) for p in ctx.register.purposes]
    counts = Counter(note for notes in rows for note in set(notes))
    shared: dict[Markup, int] = {}
    for notes in rows:
        for note in notes:
            if counts[note] > 1 and note not in shared:
                shared[note] = len(shared) + 1
    return shared


def _table(ctx: Context, width: float, shared: dict[Markup, int]) -> Any:
    keys = ("col_no", "col_purpose", "col_basis", "col_categories", "col_recipients", "col_transfers", "col_retention")
    data: list[list[Any]] = [[ctx.paragraph(ctx.wording(k), "cell_head") for k in keys]]
    for i, p in enumerate(ctx.register.purposes, start=1):
        data.append(_row(ctx, i, p, shared))
    if len(data) == 1:
        # the blank to fill in goes where a purpose's name goes: the number column is too narrow to hold it whole
        empty = ctx.paragraph(f"{BLANK}<br/>{ctx.wording('empty')}", "cell")
        data.append([ctx.paragraph("1", "cell"), empty, "", "", "", "", ""])
    return grid(data, [width * share for share in _COLUMNS], header_rows=1, split_in_row=30)


def _row(ctx: Context, number: int, p: Purpose, shared: dict[Markup, int]) -> list[Any]:
    cell = ctx.st["cell"]
    purpose = f"<b>{c.purpose_name(ctx, p)}</b>"
    desc = ctx.entry_text("purposes", p, "description", mandatory=False)
    if desc:
        purpose += f"<br/>{desc}"
    if "legitimate_interests" in p.bases():
        interest = ctx.entry_text("purposes", p, "legitimate_interest")
        purpose += (
            f"<br/><i>{ctx.wording('procedure.s4_legitimate', value=interest)}</i>"  # the record's own words, not "our"
        )
    if p.dpia.required is not None:  # the screening for a data protection impact assessment (Art. 35)
        answer = ctx.wording("dpia_required" if p.dpia.required else "dpia_not_required")
        note = ctx.entry_text("purposes", p, "dpia.note", mandatory=False)
        purpose += f"<br/>{answer}" + (f"{ctx.dash}{note}" if note else "")

    subjects = ctx.join(ctx.names("subject_categories", p.subject_category_ids)) or BLANK
    data_names = []
    for d_id in p.data_category_ids:
        d = ctx.find("data_categories", d_id)
        name = ctx.entry_text("data_categories", d, "name") if d else ctx.user_text(d_id)
        if d is not None and d.sensitivity != "regular":
            name = Markup(f"{name} <i>({ctx.label('sensitivity', d.sensitivity)})</i>")
        data_names.append(name)
    categories = (
        f"<b>{ctx.wording('subjects')}</b> {subjects}<br/><b>{ctx.wording('data')}</b> {ctx.join(data_names) or BLANK}"
    )
    if p.special_condition or any(
        (d := ctx.find("data_categories", x)) is not None and d.sensitivity in ("special", "criminal")
        for x in p.data_category_ids
    ):
        categories += "<br/>" + ctx.wording(
            "procedure.s4_special", value=ctx.entry_text("purposes", p, "special_condition")
        )

    recipients = [ctx.find("recipients", r) for r in p.recipient_ids]
    recipients = [r for r in recipients if r is not None]
    rec_lines = [
        Markup(f"{ctx.entry_text('recipients', r, 'name')} ({ctx.label('role', r.role)}, {ctx.country(r.country)})")
        for r in recipients
    ]
    transfers = []
    for r in recipients:
        if r.transfer is not None:
            country, safeguard, note = c.transfer_text(ctx, r)
            line = ctx.wording(
                "transfer", name=ctx.entry_text("recipients", r, "name"), country=country, safeguard=safeguard
            )
            if note in shared:  # printed once under the table
                note = ctx.wording("transfer_note_ref", number=shared[note])
                transfers.append(Markup(f"{line} {note}"))
            else:
                transfers.append(Markup(line + (f". {note}" if note else "")))

    return [
        ctx.paragraph(str(number), "cell"),
        ctx.paragraph(purpose, "cell"),
        ctx.paragraph(c.bases_text(ctx, p), "cell"),
        ctx.paragraph(categories, "cell"),
        ctx.paragraph("<br/>".join(rec_lines) or ctx.wording("no_recipients"), "cell"),
        ctx.paragraph("<br/>".join(transfers) or ctx.wording("no_transfers"), "cell"),
        ctx.paragraph(c.retention_for_purpose(ctx, p), cell.name),
    ]
