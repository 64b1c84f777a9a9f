"""The letters of the requests log (Art. 12, 15-22): acknowledgement, asking for identification, extension,
the answer to an access request, a refusal, and for an erasure the recipients to tell (Art. 19).

``render(register, lang, letter, request, today=None)``: ``letter`` is an id of ``registry.LETTERS`` whose
log is ``requests``; ``today`` dates the letters that are not dated by the request itself.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core import logs
from ropa_desktop.core.model import Purpose, Register, Request
from ropa_desktop.documents import common
from ropa_desktop.documents.base import BLANK, Markup, checkbox_row, dash, field_lines, grid, keep, note_box
from ropa_desktop.documents.letters import (
    LetterContext,
    closing,
    letter_head,
    reason_box,
    render_letter,
    salutation,
)


def render(register: Register, lang: str, letter: str, request: Request, today: _dt.date | None = None) -> bytes:
    ctx = LetterContext(register, lang, letter, request.id)
    today = today or _dt.date.today()
    build = _LETTERS[letter]
    title, story = build(ctx, request, today)
    return render_letter(ctx, title, story)


def _width(ctx: LetterContext) -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return A4[0] - 40 * mm


def _facts(ctx: LetterContext, request: Request) -> dict[str, Markup]:
    """The request's facts as the letters word them."""
    received = logs._date(request.received_on)
    return {
        "received": ctx.day(request.received_on),
        "channel": ctx.label("channel", request.channel),
        "right": ctx.say(f"right.{request.right}"),
        "id": ctx.user_text(request.id),
        "first_due": ctx.day(logs.first_due(received)) if received else Markup(BLANK),
        "due": ctx.day(logs.due_on(request)),
    }


def _letter(ctx: LetterContext, request: Request, day: Any, body: list[Any], title: Markup | None = None) -> list[Any]:
    width = _width(ctx)
    name = request.requester.name
    return [
        *letter_head(ctx, width, name, request.requester.contact, day),
        ctx.paragraph(title or ctx.say("title"), "title"),
        Spacer(1, 4),
        salutation(ctx, name),
        *body,
        Spacer(1, 6),
        *closing(ctx, width),
    ]


def acknowledgement(ctx: LetterContext, request: Request, today: _dt.date) -> tuple[Markup, list[Any]]:
    f = _facts(ctx, request)
    body = [
        ctx.paragraph(text)
        for text in ctx.say_list(
            "body", received=f["received"], channel=f["channel"], right=f["right"], id=f["id"], due=f["first_due"]
        )
    ]
    return ctx.say("title"), _letter(ctx, request, today, body)


def identification(ctx: LetterContext, request: Request, today: _dt.date) -> tuple[Markup, list[Any]]:
    f = _facts(ctx, request)
    rule = ctx.register.find("identification_rules", request.channel)
    criteria = ctx.entry_text("identification_rules", rule, "criteria") if rule is not None else Markup(BLANK)
    body = [
        ctx.paragraph(ctx.say("intro", received=f["received"], id=f["id"], right=f["right"])),
        ctx.paragraph(ctx.say("why", channel=f["channel"])),
        *note_box([ctx.paragraph(criteria)]),
        Spacer(1, 4),
        ctx.paragraph(ctx.say("ask")),
    ]
    return ctx.say("title"), _letter(ctx, request, today, body)


def extension(ctx: LetterContext, request: Request, today: _dt.date) -> tuple[Markup, list[Any]]:
    f = _facts(ctx, request)
    received = logs._date(request.received_on)
    due = ctx.day(logs.extended_due(received)) if received else Markup(BLANK)
    body = [
        ctx.paragraph(ctx.say("body", received=f["received"], id=f["id"], right=f["right"], due=due)),
        *reason_box(ctx, ctx.say("reasons"), request.extension_reason),
    ]
    return ctx.say("title"), _letter(ctx, request, request.extended_on or today, body)


def access_answer(ctx: LetterContext, request: Request, today: _dt.date) -> tuple[Markup, list[Any]]:
    f = _facts(ctx, request)
    org = ctx.user_text(ctx.org.name)
    day = request.answered_on or today
    if request.outcome == "no_data":
        body: list[Any] = [ctx.paragraph(ctx.say("no_data", received=f["received"], id=f["id"], org=org))]
        return ctx.say("title"), _letter(ctx, request, day, body)
    body = [ctx.paragraph(ctx.say("intro", received=f["received"], id=f["id"], org=org))]
    body.append(ctx.h1(ctx.say("purposes")))
    body.append(ctx.paragraph(ctx.say("purposes_hint"), "small"))
    for purpose in ctx.register.purposes:
        body += checkbox_row(ctx, _purpose_block(ctx, purpose))
    transfers = [r for r in ctx.register.recipients if r.transfer is not None]
    if transfers:
        body.append(ctx.h1(ctx.say("transfers")))
        body.append(ctx.paragraph(ctx.say("transfers_text")))
        for r in transfers:
            country, safeguard, note = common.transfer_text(ctx, r)
            line = ctx.say(
                "transfer_line", name=ctx.entry_text("recipients", r, "name"), country=country, safeguard=safeguard
            )
            body.append(ctx.paragraph(Markup(f"{line}{dash(ctx.lang)}{note}") if note else line, "bullet"))
    if not any(ctx.localized("purposes", p, "automated_decisions").strip() for p in ctx.register.purposes):
        body.append(ctx.paragraph(ctx.say("no_automated")))
    body.append(
        keep(
            ctx.h1(ctx.say("rights")),
            ctx.paragraph(ctx.say("rights_text")),
            ctx.paragraph(ctx.say("complaint", dvi=ctx.dvi())),
        )
    )
    body += checkbox_row(ctx, ctx.say("copy"))
    return ctx.say("title"), _letter(ctx, request, day, body)


def _purpose_block(ctx: LetterContext, purpose: Purpose) -> list[Any]:
    """One purpose with what Art. 15(1)(a)-(d), (g), (h) asks about it."""
    recipients = common.recipients_of(ctx, [purpose])
    names = [ctx.entry_text("recipients", r, "name") for r in recipients]
    recipient_names = ctx.join(names) or ctx.say("no_recipients")
    sources = []
    for source in purpose.sources:
        kind = ctx.say(f"source_kind.{source.kind}")
        note = ctx.entry_text("purposes", purpose, f"sources.{source.kind}.note", mandatory=False)
        sources.append(Markup(f"{kind} ({note.rstrip('.')})") if note else kind)  # as the procedure gives it
    rows = [
        (ctx.say("basis"), common.bases_text(ctx, purpose)),
        (ctx.say("categories"), common.data_categories_text(ctx, purpose.data_category_ids)),
        (ctx.say("recipients"), recipient_names),
        (ctx.say("retention"), common.retention_for_purpose(ctx, purpose)),
        (ctx.say("source"), ctx.join(sources) or Markup(BLANK)),
    ]
    if ctx.localized("purposes", purpose, "automated_decisions").strip():
        rows.append((ctx.say("automated"), ctx.entry_text("purposes", purpose, "automated_decisions")))
    out = [ctx.paragraph(f"<b>{common.purpose_name(ctx, purpose)}</b>")]
    out += [ctx.paragraph(f"{label}: {value}", "small") for label, value in rows]
    return out


def refusal(ctx: LetterContext, request: Request, today: _dt.date) -> tuple[Markup, list[Any]]:
    f = _facts(ctx, request)
    partly = request.outcome == "partly_granted"
    title = ctx.say("title_partly" if partly else "title")
    body = [
        ctx.paragraph(ctx.say("partly" if partly else "refused", received=f["received"], id=f["id"], right=f["right"])),
        *reason_box(ctx, ctx.say("reasons"), request.refusal_reason),
        Spacer(1, 4),
        ctx.paragraph(ctx.say("remedies", dvi=ctx.dvi())),
    ]
    return title, _letter(ctx, request, request.answered_on or today, body, title)


def erasure_recipients(ctx: LetterContext, request: Request, today: _dt.date) -> tuple[Markup, list[Any]]:
    """An internal sheet: every processor and recipient of the register, to tick off as each is told."""
    f = _facts(ctx, request)
    width = _width(ctx)
    out: list[Any] = [
        ctx.paragraph(ctx.say("title"), "title"),
        ctx.paragraph(
            ctx.say(
                "intro",
                id=f["id"],
                received=f["received"],
                name=ctx.user_text(request.requester.name),
                right=f["right"],
            ),
            "subtitle",
        ),
        ctx.paragraph(ctx.say("rule")),
    ]
    recipients = sorted(ctx.register.recipients, key=lambda r: r.role != "processor")
    if recipients:
        head = [ctx.paragraph(text, "cell_head") for text in ctx.say_list("columns")]
        rows = [head]
        for r in recipients:
            name = ctx.entry_text("recipients", r, "name")
            if r.registration_number.strip():
                number = ctx.document_word("reg_no").format(value=ctx.user_text(r.registration_number))
                name = Markup(f"{name}, {number}")
            rows.append(
                [
                    ctx.paragraph(name, "cell"),
                    ctx.paragraph(ctx.label("role", r.role), "cell"),
                    ctx.paragraph(common.service_text(ctx, r), "cell"),
                    ctx.paragraph("", "cell"),
                ]
            )
        out.append(grid(rows, [width * 0.3, width * 0.17, width * 0.33, width * 0.2]))
    else:
        out.append(ctx.paragraph(ctx.say("none")))
    out.append(Spacer(1, 14))
    out.append(field_lines(ctx, [ctx.say("common.prepared_by"), ctx.say("common.date_label")], width, columns=2))
    return ctx.say("title"), out


_LETTERS = {
    "acknowledgement": acknowledgement,
    "identification": identification,
    "extension": extension,
    "access_answer": access_answer,
    "refusal": refusal,
    "erasure_recipients": erasure_recipients,
}
