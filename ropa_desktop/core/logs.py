"""The day-to-day logs: data subjects' requests and personal data breaches.

The records themselves are ``model.Request`` and ``model.Breach``; this module holds
the rules on them, Qt-free:

- a request's due date (``register-format.md``, ``requests[]``): one month after receipt
  (Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c): the same day number of the next month,
  else that month's last day), moved to the next working day when it falls on a Saturday,
  Sunday or Latvian public holiday (Art. 3(4)); with an extension, two further months counted
  from the first due date before that move, moved the same way;
- a breach's notification deadline: ``aware_at`` + 72 hours exactly, in the offset of ``aware_at``;
- the status of each for a given day or moment, the rules a log entry must keep (as
  :class:`~ropa_desktop.core.errors.Problem` s, worded in ``i18n/<lang>/problems.toml``,
  table ``log``), and when an entry's own retention ends.

Latvian public holidays come from the ``holidays`` package: the days the law "Par svētku,
atceres un atzīmējamām dienām" names, the statutory day off after 4 May or 18 November
falling on a weekend, and the one-off holidays added to that law (2018, 2023).  Working days
moved by a Cabinet order ("Par darba dienu pārcelšanu") are *not* public holidays: those orders
bind state and municipal institutions and only recommend the move to other employers, so a
company's deadline does not move for them (the earlier date is the safe one).
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ropa_desktop.core import settings
from ropa_desktop.core.errors import Problem
from ropa_desktop.core.model import Breach, Request

REQUEST_STATUSES = ("open", "overdue", "answered", "answered_late")
BREACH_STATUSES = ("open", "overdue", "notified", "notified_late", "not_notified")
NOTIFY_WITHIN = _dt.timedelta(hours=72)
# How long an entry is kept after its answer or closing, unless the user chose otherwise (settings.py).
DEFAULT_RETENTION_YEARS = settings.LOG_RETENTION_YEARS
SOON_DAYS = 7  # a request due within this many days is mentioned at start

# The label the holidays package gives a day off moved by a Cabinet order (in its Latvian texts).
_MOVED_DAY_OFF = "Brīvdiena (pārcelta no"


# --- calendar ------------------------------------------------------------------------------


@cache
def _holidays(year: int) -> frozenset[_dt.date]:
    import holidays

    days = holidays.country_holidays("LV", years=year, language="lv")
    return frozenset(d for d, name in days.items() if not name.startswith(_MOVED_DAY_OFF))


def public_holidays(year: int) -> frozenset[_dt.date]:
    """Latvia's public holidays in ``year`` (without days off moved by a Cabinet order)."""
    return _holidays(year)


def is_working_day(day: _dt.date) -> bool:
    """Neither a Saturday, a Sunday nor a Latvian public holiday (Regulation No 1182/71, Art. 2(2))."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_working_day(day: _dt.date) -> _dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += _dt.timedelta(days=1)
    return day


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day number ``months`` later; where that month is shorter, its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return _dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


# --- requests -------------------------------------------------------------------------------


def first_due_unmoved(received_on: _dt.date) -> _dt.date:
    """One month after receipt, before moving past a day off."""
    return add_months(received_on, 1)


def first_due(received_on: _dt.date) -> _dt.date:
    """The due date without an extension."""
    return next_working_day(first_due_unmoved(received_on))


def extended_due(received_on: _dt.date) -> _dt.date:
    """The due date with an extension: two further months from the first due date before its move."""
    return next_working_day(add_months(first_due_unmoved(received_on), 2))


def extension_counts(request: Request) -> bool:
    """Whether the request's extension moves its due date: the person was told within the first month."""
    received, extended = _date(request.received_on), _date(request.extended_on)
    return received is not None and extended is not None and received <= extended <= first_due(received)


def due_on(request: Request) -> _dt.date | None:
    """The final due date (an extension told to the person too late does not count), or None without a receipt date."""
    received = _date(request.received_on)
    if received is None:
        return None
    return extended_due(received) if extension_counts(request) else first_due(received)


def request_status(request: Request, today: _dt.date) -> str:
    """``open``, ``overdue``, ``answered`` or ``answered_late`` on ``today``."""
    due = due_on(request)
    answered = _date(request.answered_on)
    if answered is not None:
        return "answered_late" if due is not None and answered > due else "answered"
    return "overdue" if due is not None and today > due else "open"


def due_soon(request: Request, today: _dt.date, days: int = SOON_DAYS) -> bool:
    """An unanswered request due within ``days`` days of ``today`` (today included), not yet overdue."""
    due = due_on(request)
    return request_status(request, today) == "open" and due is not None and (due - today).days <= days


def request_problems(request: Request, path: str = "", today: _dt.date | None = None) -> list[Problem]:
    """The rules of the log a request breaks (Art. 12(3) and 12(4)); with ``today``, also a day still to come (a
    mistyped year moves every deadline by a year)."""
    out: list[Problem] = []
    at = f"{path}." if path else ""
    received = _date(request.received_on)
    if received is None:
        out.append(Problem(f"{at}received_on", "log.received_missing"))
    extended, answered = _date(request.extended_on), _date(request.answered_on)
    if today is not None:
        for name, day in (("received_on", received), ("extended_on", extended), ("answered_on", answered)):
            if day is not None and day > today:
                out.append(Problem(f"{at}{name}", "log.in_the_future"))
    if extended is not None and received is not None:
        if extended < received:
            out.append(Problem(f"{at}extended_on", "log.before_received"))
        elif extended > first_due(received):
            out.append(Problem(f"{at}extended_on", "log.extension_too_late", {"due": first_due(received)}))
    if extended is not None and not request.extension_reason.strip():
        out.append(Problem(f"{at}extension_reason", "log.extension_reason_missing"))
    if answered is not None and received is not None and answered < received:
        out.append(Problem(f"{at}answered_on", "log.before_received"))
    if answered is not None and request.outcome is None:
        out.append(Problem(f"{at}outcome", "log.outcome_missing"))
    if request.outcome is not None and answered is None:
        out.append(Problem(f"{at}answered_on", "log.answered_on_missing"))
    if request.outcome in ("refused", "partly_granted") and not request.refusal_reason.strip():
        out.append(Problem(f"{at}refusal_reason", "log.refusal_reason_missing"))
    return out


# --- breaches -------------------------------------------------------------------------------


def parse_moment(value: str | None) -> _dt.datetime | None:
    """An ISO 8601 date and time with its offset; None when empty, without an offset or not a moment."""
    if not value:
        return None
    try:
        moment = _dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None


def zone_text(moment: _dt.datetime) -> str:
    """The offset of a moment as a clock's zone is named in every language: “UTC+02:00”, “UTC” (a time of the
    72 hours, without it, was read on the office's clock where the computer kept another one)."""
    offset = moment.utcoffset() or _dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "+" if offset > _dt.timedelta(0) else "-"
    hours, minutes = divmod(int(abs(offset).total_seconds()) // 60, 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def deadline(breach: Breach) -> _dt.datetime | None:
    """``aware_at`` + 72 hours exactly, in ``aware_at``'s offset (weekends and holidays do not move it)."""
    aware = parse_moment(breach.aware_at)
    return None if aware is None else aware + NOTIFY_WITHIN


def iso_moment(moment: _dt.datetime) -> str:
    """``2027-03-29T10:00:00+02:00`` (seconds always, fractions only where there are some)."""
    return moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds")


def deadline_iso(breach: Breach) -> str:
    moment = deadline(breach)
    return iso_moment(moment) if moment is not None else ""


def breach_status(breach: Breach, now: _dt.datetime) -> str:
    """``open``, ``overdue``, ``notified``, ``notified_late`` or ``not_notified`` at ``now`` (with an offset)."""
    due = deadline(breach)
    notified = parse_moment(breach.authority_notified_at)
    if notified is not None:
        return "notified_late" if due is not None and notified > due else "notified"
    if breach.decision_note.strip():
        return "not_notified"
    return "overdue" if due is not None and now > due else "open"


def time_left(breach: Breach, now: _dt.datetime) -> _dt.timedelta | None:
    """Time until the deadline (negative once it passed) while the breach is open or overdue, else None."""
    due = deadline(breach)
    if due is None or breach_status(breach, now) not in ("open", "overdue"):
        return None
    return due - now


def breach_problems(breach: Breach, path: str = "", today: _dt.date | None = None) -> list[Problem]:
    """The rules of the register a breach breaks (Art. 33(1), 33(5), 34); with ``today``, also a day still to come."""
    out: list[Problem] = []
    at = f"{path}." if path else ""
    for name in ("aware_at", "processor_told_us_at", "authority_notified_at", "subjects_informed_at"):
        value = getattr(breach, name)
        moment = parse_moment(value) if value else None
        if value and moment is None:
            out.append(Problem(f"{at}{name}", "log.bad_moment", {"value": value}))
        elif moment is not None and today is not None and moment.date() > today:
            out.append(Problem(f"{at}{name}", "log.in_the_future"))
    aware = parse_moment(breach.aware_at)
    if not breach.aware_at:
        out.append(Problem(f"{at}aware_at", "log.aware_missing"))
    notified = parse_moment(breach.authority_notified_at)
    informed = parse_moment(breach.subjects_informed_at)
    if aware is not None:
        for name, moment in (("authority_notified_at", notified), ("subjects_informed_at", informed)):
            if moment is not None and moment < aware:
                out.append(Problem(f"{at}{name}", "log.before_aware"))
    if notified is not None and aware is not None and notified > aware + NOTIFY_WITHIN:
        if not breach.delay_reason.strip():
            out.append(Problem(f"{at}delay_reason", "log.delay_reason_missing"))
    if not breach.decision_note.strip():
        if notified is None and breach.risk == "unlikely":
            out.append(Problem(f"{at}decision_note", "log.decision_note_missing"))
        elif informed is None and breach.risk == "high_risk":
            out.append(Problem(f"{at}decision_note", "log.subjects_decision_missing"))
    return out


# --- retention of the log entries themselves ----------------------------------------------------


def _plus_years(day: _dt.date, years: int) -> _dt.date:
    return add_months(day, 12 * years)


def request_closed_on(request: Request) -> _dt.date | None:
    """The day a request was done with (its answer), or None while it is not answered."""
    return _date(request.answered_on)


def breach_closed_on(breach: Breach) -> _dt.date | None:
    """The day a breach was done with: the last of its dates once it is decided (notified, or a decision
    not to notify), else None."""
    if not (breach.authority_notified_at or breach.decision_note.strip()):
        return None
    moments = [parse_moment(v) for v in (breach.aware_at, breach.authority_notified_at, breach.subjects_informed_at)]
    days = [m.date() for m in moments if m is not None]
    return max(days) if days else None


def retention_ends(entry: Request | Breach, years: int = DEFAULT_RETENTION_YEARS) -> _dt.date | None:
    """The day after which the entry is erased, or None while it is still open."""
    closed = request_closed_on(entry) if isinstance(entry, Request) else breach_closed_on(entry)
    return None if closed is None else _plus_years(closed, years)


@dataclass(frozen=True)
class Expired:
    kind: str  # "requests" or "breaches"
    id: str
    ended_on: _dt.date


def expired(register: Any, today: _dt.date, years: int = DEFAULT_RETENTION_YEARS) -> list[Expired]:
    """The log entries of ``register`` whose retention ended before ``today``."""
    out = []
    for kind in ("requests", "breaches"):
        for entry in getattr(register, kind):
            ends = retention_ends(entry, years)
            if ends is not None and ends < today:
                out.append(Expired(kind, entry.id, ends))
    return out


def erase_expired(store: Any, today: _dt.date, years: int = DEFAULT_RETENTION_YEARS) -> list[Expired]:
    """Erase from the register file ``store`` every log entry whose retention ended before ``today``.

    Each erasure leaves one change-log row naming the list and the entry's id, which says nothing about the
    person (``new_log_id``); no name or other text of the entry is kept.
    """
    gone = expired(store.load(), today, years)
    for entry in gone:
        store.delete(entry.kind, entry.id)
    return gone


# --- ids -----------------------------------------------------------------------------------------


def new_log_id(kind: str, day: str | None, taken: Iterable[str]) -> str:
    """An id that says nothing about the person: ``p-2027-04-04`` (request) or ``b-2027-03-26`` (breach),
    with ``-2``, ``-3`` … for more on the same day."""
    prefix = "p" if kind == "requests" else "b"
    base = f"{prefix}-{day or _dt.date.today().isoformat()}"
    used = set(taken)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# --- reports (the command line's tables) ----------------------------------------------------------


def request_rows(requests: Iterable[Request], today: _dt.date) -> list[tuple[Request, _dt.date | None, str]]:
    """(request, final due date, status) for each request, in the log's order."""
    return [(r, due_on(r), request_status(r, today)) for r in requests]


def breach_rows(breaches: Iterable[Breach], now: _dt.datetime) -> list[tuple[Breach, _dt.datetime | None, str]]:
    """(breach, deadline, status) for each breach, in the register's order."""
    return [(b, deadline(b), breach_status(b, now)) for b in breaches]


def _columns(head: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(x) for x in column) for column in zip(head, *rows, strict=True)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [head, *rows]]
    return "\n".join(lines) + "\n"


def day_text(lang: str, day: _dt.date | None) -> str:
    """A day as ``lang`` writes it in short (``05.05.2027.``, ``05/05/2027``); "" for None."""
    from ropa_desktop.core import texts

    return texts.short_date(lang, day) if day else ""


def requests_report(requests: list[Request], today: _dt.date, lang: str, tsv: bool = False) -> str:
    """``--tsv``: ``id``, ``received_on``, ``due_on``, ``status``, tab-separated, one line per request;
    else a table for people in ``lang``."""
    from ropa_desktop.core import labels, texts

    rows = request_rows(requests, today)
    if tsv:
        return "".join(
            "\t".join((r.id, r.received_on or "", due.isoformat() if due else "", status)) + "\n"
            for r, due, status in rows
        )
    if not rows:
        return texts.text(lang, "logs.requests.none") + "\n"
    head = texts.texts(lang, "logs.requests.columns")
    body = [
        [
            r.id,
            day_text(lang, _date(r.received_on)),
            labels.standalone(lang, "right", r.right),
            day_text(lang, due),
            labels.standalone(lang, "request_status", status),
        ]
        for r, due, status in rows
    ]
    overdue = sum(status == "overdue" for _, _, status in rows)
    return _columns(head, body) + texts.text(lang, "logs.requests.summary", count=len(rows), overdue=overdue) + "\n"


def breaches_report(breaches: list[Breach], now: _dt.datetime, lang: str, tsv: bool = False) -> str:
    """``--tsv``: ``id``, ``aware_at``, ``deadline`` (ISO, in the offset of ``aware_at``), ``status``; else a table."""
    from ropa_desktop.core import labels, texts

    rows = breach_rows(breaches, now)
    if tsv:
        return "".join(
            "\t".join((b.id, b.aware_at or "", iso_moment(due) if due else "", status)) + "\n"
            for b, due, status in rows
        )
    if not rows:
        return texts.text(lang, "logs.breaches.none") + "\n"
    head = texts.texts(lang, "logs.breaches.columns")

    def moment(value: _dt.datetime | None) -> str:  # on this computer's clock (summer time included), named
        if value is None:
            return ""
        local = value.astimezone()
        return f"{day_text(lang, local.date())} {local:%H:%M} ({zone_text(local)})"

    body = [
        [b.id, moment(parse_moment(b.aware_at)), moment(due), labels.standalone(lang, "breach_status", status)]
        for b, due, status in rows
    ]
    overdue = sum(status == "overdue" for _, _, status in rows)
    return _columns(head, body) + texts.text(lang, "logs.breaches.summary", count=len(rows), overdue=overdue) + "\n"


# --- what needs attention when a register is opened ------------------------------------------------


def needing_attention(register: Any, today: _dt.date, now: _dt.datetime) -> tuple[list[Request], list[Breach]]:
    """The requests overdue or due within ``SOON_DAYS`` days, and the breaches still open or overdue."""
    requests = [r for r in register.requests if request_status(r, today) == "overdue" or due_soon(r, today)]
    breaches = [b for b in register.breaches if breach_status(b, now) in ("open", "overdue")]
    return requests, breaches
