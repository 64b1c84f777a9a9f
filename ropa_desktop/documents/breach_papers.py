"""The papers of the breach register (Art. 33-34): the internal record of a breach, a draft of the
notification to the Data State Inspectorate with every Art. 33(3)(a)-(d) element, and a draft letter to the
people affected (Art. 34(2)).

``render(register, lang, letter, breach, now=None)``: ``letter`` is an id of ``registry.LETTERS`` whose
log is ``breaches``.  The breach's free texts are internal records in the register's main language and
print as typed.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from reportlab.platypus import Spacer

from ropa_desktop.core import logs
from ropa_desktop.core.model import Breach, Register
from ropa_desktop.documents import common
from ropa_desktop.documents.base import BLANK, Markup, field_lines, keep, note_box
from ropa_desktop.documents.letters import (
    LetterContext,
    closing,
    facts_table,
    letter_head,
    render_letter,
    salutation,
)


def render(register: Register, lang: str, letter: str, breach: Breach, now: _dt.datetime | None = None) -> bytes:
    ctx = LetterContext(register, lang, letter, breach.id)
    now = now or _dt.datetime.now().astimezone()
    title, story, draft = _PAPERS[letter](ctx, breach, now)
    return render_letter(ctx, title, story, draft=draft)


def _width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return A4[0] - 40 * mm


def _count(ctx: LetterContext, value: int | None) -> Markup:
    return Markup(str(value)) if value is not None else Markup(BLANK)


def _names(ctx: LetterContext, kind: str, ids: list[str]) -> Markup:
    return ctx.join(ctx.names(kind, ids)) or Markup(BLANK)


def _timing_rows(ctx: LetterContext, breach: Breach) -> list[tuple[str, str]]:
    aware = logs.parse_moment(breach.aware_at)
    rows: list[tuple[str, str]] = [(ctx.say("breach.aware_at"), ctx.moment(aware))]
    told = logs.parse_moment(breach.processor_told_us_at)
    if told is not None:
        rows.append((ctx.say("breach.processor_told_us_at"), ctx.moment(told)))
    rows.append((ctx.say("breach.deadline"), ctx.moment(logs.deadline(breach))))
    notified = logs.parse_moment(breach.authority_notified_at)
    rows.append(
        (ctx.say("breach.authority_notified_at"), ctx.moment(notified) if notified else ctx.say("breach.not_notified"))
    )
    deadline = logs.deadline(breach)
    late = notified is not None and deadline is not None and notified > deadline
    if late or breach.delay_reason.strip():
        rows.append((ctx.say("breach.delay_reason"), ctx.user_text(breach.delay_reason)))
    return rows


def _nature_rows(ctx: LetterContext, breach: Breach) -> list[tuple[str, str]]:
    return [
        (ctx.say("breach.description"), ctx.user_text(breach.description)),
        (ctx.say("breach.subjects"), _names(ctx, "subject_categories", breach.subject_category_ids)),
        (ctx.say("breach.approx_subjects"), _count(ctx, breach.approx_subjects)),
        (ctx.say("breach.data"), _names(ctx, "data_categories", breach.data_category_ids)),
        (ctx.say("breach.approx_records"), _count(ctx, breach.approx_records)),
    ]


def _informed(ctx: LetterContext, breach: Breach) -> Markup:
    informed = logs.parse_moment(breach.subjects_informed_at)
    return ctx.moment(informed) if informed else ctx.say("breach.not_informed")


def breach_record(ctx: LetterContext, breach: Breach, now: _dt.datetime) -> tuple[Markup, list[Any], bool]:
    width = _width()
    risk = ctx.label("risk", breach.risk) if breach.risk else ctx.say("breach.risk_unknown")
    decision = ctx.user_text(breach.decision_note, mandatory=False) or ctx.say("common.none")
    status = ctx.label("breach_status", logs.breach_status(breach, now))
    rows = [
        *_timing_rows(ctx, breach),
        *_nature_rows(ctx, breach),
        (ctx.say("breach.consequences"), ctx.user_text(breach.consequences)),
        (ctx.say("breach.measures"), ctx.user_text(breach.measures)),
        (ctx.say("breach.risk"), risk),
        (ctx.say("breach.subjects_informed_at"), _informed(ctx, breach)),
        (ctx.say("breach.decision_note"), decision),
        (ctx.say("breach.status"), status),
    ]
    story: list[Any] = [
        ctx.paragraph(ctx.say("title"), "title"),
        ctx.paragraph(ctx.say("intro", org=ctx.user_text(ctx.org.name), id=ctx.user_text(breach.id)), "subtitle"),
        facts_table(ctx, rows, width),
        Spacer(1, 16),
        keep(field_lines(ctx, [ctx.say("common.prepared_by"), ctx.say("common.date_label")], width, columns=2)),
    ]
    return ctx.say("title"), story, False


def breach_notification(ctx: LetterContext, breach: Breach, now: _dt.datetime) -> tuple[Markup, list[Any], bool]:
    width = _width()
    c = ctx.org.contact_person
    contact_rows = [
        (
            ctx.document_word("contact_person"),
            ctx.join(
                [
                    Markup(f"{ctx.user_text(c.name)}, {common.contact_role(ctx)}"),
                    *common.reachable_at(ctx, c.email, c.phone),
                ]
            ),
        )
    ]
    dpo = common.dpo_line(ctx)
    if dpo is not None:
        contact_rows.append((ctx.say("dpo"), dpo))
    story: list[Any] = [
        ctx.paragraph(ctx.say("title"), "title"),
        *note_box([ctx.paragraph(ctx.say("draft_note", dvi=ctx.dvi()), "small")]),
        Spacer(1, 6),
        ctx.paragraph(f"<b>{ctx.say('to')}</b>"),
        ctx.h1(ctx.say("controller")),
        ctx.paragraph(common.controller_contacts(ctx)),
        ctx.h1(ctx.say("contact")),
        facts_table(ctx, contact_rows, width),
        ctx.h1(ctx.say("nature")),
        facts_table(ctx, _nature_rows(ctx, breach), width),
        ctx.h1(ctx.say("consequences")),
        ctx.paragraph(ctx.user_text(breach.consequences)),
        ctx.h1(ctx.say("measures")),
        ctx.paragraph(ctx.user_text(breach.measures)),
        ctx.h1(ctx.say("timing")),
        facts_table(ctx, _timing_rows(ctx, breach), width),
    ]
    # the last section goes over a page break with the signature, which never stands on a page alone
    last: list[Any] = [
        ctx.h1(ctx.say("subjects")),
        ctx.paragraph(_informed(ctx, breach) if breach.subjects_informed_at else ctx.say("subjects_planned")),
    ]
    if breach.decision_note.strip():
        last.append(ctx.paragraph(f"{ctx.say('breach.decision_note')}: {ctx.user_text(breach.decision_note)}"))
    last += [
        Spacer(1, 16),
        field_lines(ctx, [ctx.say("common.signature"), ctx.say("common.date_label")], width, columns=2),
    ]
    story.append(keep(*last))
    return ctx.say("title"), story, True


def breach_communication(ctx: LetterContext, breach: Breach, now: _dt.datetime) -> tuple[Markup, list[Any], bool]:
    width = _width()
    c = ctx.org.contact_person
    dpo = common.dpo_line(ctx)
    who = (
        dpo
        if dpo is not None
        else ctx.join(
            [
                Markup(f"{ctx.user_text(c.name)}, {common.contact_role(ctx)}"),
                *common.reachable_at(ctx, common.data_email(ctx), common.data_phone(ctx)),
            ]
        )
    )
    day = logs.parse_moment(breach.subjects_informed_at)
    story: list[Any] = [
        *letter_head(ctx, width, "", "", day.date() if day else now.date()),
        ctx.paragraph(ctx.say("title"), "title"),
        Spacer(1, 4),
        salutation(ctx, ""),
        ctx.paragraph(ctx.say("intro")),
        ctx.h1(ctx.say("what")),
        ctx.paragraph(ctx.user_text(breach.description)),
        ctx.h1(ctx.say("data")),
        ctx.paragraph(_names(ctx, "data_categories", breach.data_category_ids)),
        ctx.h1(ctx.say("consequences")),
        ctx.paragraph(ctx.user_text(breach.consequences)),
        ctx.h1(ctx.say("measures")),
        ctx.paragraph(ctx.user_text(breach.measures)),
        ctx.h1(ctx.say("contact")),
        ctx.paragraph(ctx.say("contact_text", who=who)),
        ctx.paragraph(ctx.say("advice", dvi=ctx.dvi())),
        Spacer(1, 6),
        *closing(ctx, width),
    ]
    return ctx.say("title"), story, False


_PAPERS = {
    "breach_record": breach_record,
    "breach_notification": breach_notification,
    "breach_communication": breach_communication,
}
