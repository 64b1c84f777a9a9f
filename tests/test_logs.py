"""The rules of the requests log and the breach register: due dates, the 72-hour clock, statuses, retention."""

from __future__ import annotations

import copy
import datetime as dt
import json
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from ropa_desktop import cli
from ropa_desktop.core import logs
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import InvalidRegister
from ropa_desktop.core.model import Breach, Request

D = dt.date.fromisoformat
RIGA = ZoneInfo("Europe/Riga")


def due(received: str, extended: str | None = None) -> str:
    r = Request(id="p", received_on=received, extended_on=extended, extension_reason="many files" if extended else "")
    return logs.due_on(r).isoformat()


# --- the spec's examples ---------------------------------------------------------------------


def test_spec_example_end_of_february_is_a_sunday():
    assert due("2027-01-31") == "2027-03-01"


def test_spec_example_holiday_and_extension():
    assert due("2027-04-04") == "2027-05-05"  # 4 May is a holiday
    assert due("2027-04-04", extended="2027-04-20") == "2027-07-05"  # 4 July 2027 is a Sunday


# --- months, month ends, leap years -------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "unmoved"),
    [
        ("2027-01-28", "2027-02-28"),
        ("2027-01-29", "2027-02-28"),
        ("2027-01-30", "2027-02-28"),
        ("2028-01-29", "2028-02-29"),  # leap year: 29 February exists
        ("2028-01-31", "2028-02-29"),
        ("2028-02-29", "2028-03-29"),
        ("2027-03-31", "2027-04-30"),
        ("2027-05-31", "2027-06-30"),
        ("2027-08-31", "2027-09-30"),
        ("2027-10-31", "2027-11-30"),
        ("2027-12-31", "2028-01-31"),  # into the next year
        ("2100-01-31", "2100-02-28"),  # 2100 is not a leap year
        ("2000-01-31", "2000-02-29"),  # 2000 is
    ],
)
def test_one_month_end_of_month_rule(received, unmoved):
    assert logs.first_due_unmoved(D(received)) == D(unmoved)


def test_every_day_of_several_years():
    """For each receipt day of 2024-2030: the due date is one month on (or that month's last day), moved only
    past days that are not working days, onto a working day."""
    day = D("2024-01-01")
    while day < D("2031-01-01"):
        unmoved = logs.first_due_unmoved(day)
        month = (day.month % 12) + 1
        assert unmoved.month == month
        assert unmoved.day == day.day or (unmoved.day < day.day and (unmoved + dt.timedelta(days=1)).day == 1)
        final = logs.first_due(day)
        assert logs.is_working_day(final)
        skipped = unmoved
        while skipped < final:
            assert not logs.is_working_day(skipped)
            skipped += dt.timedelta(days=1)
        day += dt.timedelta(days=1)


def test_every_month_end_of_2027_and_2028():
    expected = {  # received on the last day of the month -> due
        "2027-01-31": "2027-03-01",  # 28.02 Sunday
        "2027-02-28": "2027-03-30",  # 28.03 Easter Sunday, 29.03 Easter Monday
        "2027-03-31": "2027-04-30",
        "2027-04-30": "2027-05-31",  # 30.05 Sunday
        "2027-05-31": "2027-06-30",
        "2027-06-30": "2027-07-30",
        "2027-07-31": "2027-08-31",
        "2027-08-31": "2027-09-30",
        "2027-09-30": "2027-11-01",  # 30.10 Saturday
        "2027-10-31": "2027-11-30",
        "2027-11-30": "2027-12-30",
        "2027-12-31": "2028-01-31",
        "2028-01-31": "2028-02-29",
        "2028-02-29": "2028-03-29",
        "2028-03-31": "2028-05-02",  # 30.04 Sunday, 01.05 Monday holiday
        "2028-04-30": "2028-05-30",
        "2028-05-31": "2028-06-30",
        "2028-06-30": "2028-07-31",  # 30.07 Sunday
        "2028-07-31": "2028-08-31",
        "2028-08-31": "2028-10-02",  # 30.09 Saturday
        "2028-09-30": "2028-10-30",
        "2028-10-31": "2028-11-30",
        "2028-11-30": "2029-01-02",  # 30.12 Saturday, 31.12 Sunday, 01.01 New Year's Day
        "2028-12-31": "2029-01-31",
    }
    got = {r: due(r) for r in expected}
    assert got == expected


# --- holidays ------------------------------------------------------------------------------------


def test_due_on_a_saturday_followed_by_easter():
    assert due("2027-02-27") == "2027-03-30"  # Sat 27.03, Easter Sunday 28.03, Easter Monday 29.03


def test_holiday_that_follows_a_weekend():
    # 18 November 2028 is a Saturday; by law the next working day (Monday 20.11) is a day off too
    assert due("2028-10-18") == "2028-11-21"
    # 4 May 2024 was a Saturday: Monday 6 May 2024 was the day off
    assert due("2024-04-06") == "2024-05-07"
    # Christmas 2027: Friday 24.12 to Sunday 26.12
    assert due("2027-11-24") == "2027-12-27"
    # New Year's Day 2028 is a Saturday
    assert due("2027-12-01") == "2028-01-03"


def test_midsummer_and_one_off_holidays():
    assert due("2027-05-23") == "2027-06-25"  # Līgo (Wed) and Jāņi (Thu)
    assert D("2023-05-29") in logs.public_holidays(2023)  # the ice hockey bronze, added to the law
    assert not logs.is_working_day(D("2018-09-24"))  # the Pope's visit


def test_a_working_day_moved_by_a_cabinet_order_does_not_move_the_deadline():
    # Monday 22.06.2026 is a day off moved from Saturday 27.06.2026 by a Cabinet order, binding only
    # state and municipal institutions: not a public holiday.
    assert D("2026-06-22") not in logs.public_holidays(2026)
    assert due("2026-05-22") == "2026-06-22"
    assert not logs.is_working_day(D("2026-06-27"))  # a Saturday stays a Saturday (Reg. 1182/71, Art. 2(2))


# --- extensions ------------------------------------------------------------------------------------


def test_extension_counts_from_the_first_due_date_before_its_move():
    # first due 28.02.2027 (Sunday, moved to 01.03); two months from 28.02 = 28.04 (Wednesday),
    # not two months from 01.03 (= 01.05, a holiday, then 03.05)
    assert due("2027-01-31", extended="2027-02-10") == "2027-04-28"


def test_extension_landing_on_a_holiday():
    # received 18.08.2027: first due 18.09 (Saturday) -> 20.09; extended: 18.11.2027, Proclamation Day -> 19.11
    assert due("2027-08-18") == "2027-09-20"
    assert due("2027-08-18", extended="2027-09-01") == "2027-11-19"
    # received 24.09.2027: extended to 24.12.2027 (Christmas Eve, then the weekend) -> 27.12
    assert due("2027-09-24", extended="2027-10-01") == "2027-12-27"


def test_extension_allowed_up_to_the_first_due_date_and_not_later():
    request = Request(id="p", received_on="2027-04-04", extended_on="2027-05-05", extension_reason="many files")
    assert logs.extension_counts(request)
    assert logs.request_problems(request) == []
    request.extended_on = "2027-05-06"
    assert not logs.extension_counts(request)
    assert logs.due_on(request) == D("2027-05-05")  # a late extension does not buy time
    assert [p.key for p in logs.request_problems(request)] == ["log.extension_too_late"]
    problem = logs.request_problems(request)[0]
    # the day as the language writes it, as everywhere else on the page (it said "līdz 2027-05-05")
    assert "(līdz 05.05.2027.)" in problem.message("lv") and "(by 05/05/2027)" in problem.message("en")


# --- request status and rules --------------------------------------------------------------------------


def test_request_status_around_the_due_date():
    r = Request(id="p", received_on="2027-01-31")  # due 01.03.2027
    assert logs.request_status(r, D("2027-03-01")) == "open"
    assert logs.request_status(r, D("2027-03-02")) == "overdue"
    r.answered_on, r.outcome = "2027-03-01", "granted"
    assert logs.request_status(r, D("2030-01-01")) == "answered"
    r.answered_on = "2027-03-02"
    assert logs.request_status(r, D("2027-03-02")) == "answered_late"


def test_due_soon():
    r = Request(id="p", received_on="2027-01-31")  # due 01.03.2027
    assert logs.due_soon(r, D("2027-02-22"))
    assert not logs.due_soon(r, D("2027-02-21"))
    assert not logs.due_soon(r, D("2027-03-02"))  # overdue, not "soon"


def test_request_rules_and_their_words():
    r = Request(id="p", received_on="2027-01-31", extended_on="2027-02-01", answered_on="2027-03-01", outcome="refused")
    keys = [p.key for p in logs.request_problems(r, "requests[0]")]
    assert keys == ["log.extension_reason_missing", "log.refusal_reason_missing"]
    r.outcome = "partly_granted"
    assert "log.refusal_reason_missing" in [p.key for p in logs.request_problems(r)]
    r.refusal_reason, r.extension_reason = "the data of others", "many files"
    assert logs.request_problems(r) == []
    r.answered_on = "2027-01-01"
    problem = logs.request_problems(r, "requests[0]")[0]
    assert problem.path == "requests[0].answered_on"
    assert problem.message("lv") == "requests[0].answered_on: šis datums ir agrāks par pieprasījuma saņemšanas dienu"
    assert problem.message("en").endswith("earlier than the date the request was received")
    assert [p.key for p in logs.request_problems(Request(id="p", received_on=None))] == ["log.received_missing"]


# --- breaches ---------------------------------------------------------------------------------------------


def breach(aware: str = "2027-03-26T10:00:00+02:00", **kw) -> Breach:
    return Breach(id="b", aware_at=aware, **kw)


def test_deadline_is_72_hours_in_the_same_offset():
    assert logs.deadline_iso(breach("2027-06-10T14:30:00+03:00")) == "2027-06-13T14:30:00+03:00"
    assert logs.deadline_iso(breach("2027-06-10T14:30:00Z")) == "2027-06-13T14:30:00+00:00"
    assert logs.deadline_iso(breach("2027-06-10T14:30:15.5+03:00")) == "2027-06-13T14:30:15.500000+03:00"
    assert logs.deadline_iso(breach("2027-06-10T14:30")) == ""  # no offset: not a moment


def test_deadline_across_spring_daylight_saving_change():
    # Riga moves from +02:00 to +03:00 at 03:00 on 28 March 2027
    b = breach("2027-03-26T10:00:00+02:00")
    assert logs.deadline_iso(b) == "2027-03-29T10:00:00+02:00"
    local = logs.deadline(b).astimezone(RIGA)
    assert (local.hour, local.utcoffset()) == (11, dt.timedelta(hours=3))
    aware = dt.datetime(2027, 3, 26, 10, tzinfo=RIGA)
    assert local.astimezone(dt.UTC) - aware.astimezone(dt.UTC) == dt.timedelta(hours=72)
    assert local.replace(tzinfo=None) - aware.replace(tzinfo=None) == dt.timedelta(hours=73)  # on the clock
    # weekends do not move it: 29 March 2027 is Easter Monday
    assert logs.breach_status(b, dt.datetime(2027, 3, 29, 10, 59, tzinfo=RIGA)) == "open"
    assert logs.breach_status(b, dt.datetime(2027, 3, 29, 11, 0, 1, tzinfo=RIGA)) == "overdue"


def test_deadline_across_autumn_daylight_saving_change():
    b = breach("2027-10-29T22:30:00+03:00")
    assert logs.deadline_iso(b) == "2027-11-01T22:30:00+03:00"
    assert logs.deadline(b).astimezone(RIGA).strftime("%H:%M %z") == "21:30 +0200"


def test_breach_status():
    b = breach()
    deadline = logs.deadline(b)
    assert logs.breach_status(b, deadline) == "open"
    assert logs.breach_status(b, deadline + dt.timedelta(seconds=1)) == "overdue"
    assert logs.time_left(b, deadline - dt.timedelta(hours=5)) == dt.timedelta(hours=5)
    b.authority_notified_at = "2027-03-29T11:00:00+03:00"  # the very deadline, written in summer time
    assert logs.breach_status(b, deadline + dt.timedelta(days=9)) == "notified"
    assert logs.time_left(b, deadline) is None
    b.authority_notified_at = "2027-03-29T11:00:01+03:00"
    assert logs.breach_status(b, deadline) == "notified_late"
    b.authority_notified_at = None
    b.decision_note = "Encrypted laptop; the key was not lost."
    assert logs.breach_status(b, deadline + dt.timedelta(days=9)) == "not_notified"


def test_breach_rules():
    b = breach(authority_notified_at="2027-03-30T09:00:00+02:00")
    assert [p.key for p in logs.breach_problems(b)] == ["log.delay_reason_missing"]
    b.delay_reason = "The processor told us late."
    assert logs.breach_problems(b) == []
    b = breach(risk="unlikely")
    assert [p.key for p in logs.breach_problems(b)] == ["log.decision_note_missing"]
    b = breach(risk="high_risk", authority_notified_at="2027-03-26T12:00:00+02:00")
    assert [p.key for p in logs.breach_problems(b)] == ["log.subjects_decision_missing"]
    b.subjects_informed_at = "2027-03-26T11:00:00+02:00"
    assert logs.breach_problems(b) == []
    b = breach("2027-03-26 10:00", authority_notified_at="2027-03-25T10:00:00+02:00")
    assert [p.key for p in logs.breach_problems(b, "breaches[1]")] == ["log.bad_moment"]
    b = breach(authority_notified_at="2027-03-25T10:00:00+02:00")
    problem = logs.breach_problems(b, "breaches[1]")[0]
    assert (problem.path, problem.key) == ("breaches[1].authority_notified_at", "log.before_aware")
    assert [p.key for p in logs.breach_problems(Breach(id="b"))] == ["log.aware_missing"]


# --- retention of the log entries ---------------------------------------------------------------------------


def test_retention_of_requests_and_breaches():
    answered = Request(id="p-1", received_on="2024-02-01", answered_on="2024-02-29", outcome="granted")
    still_open = Request(id="p-2", received_on="2020-01-10")
    assert logs.retention_ends(answered) == D("2027-02-28")  # three years on; 29 February is not in 2027
    assert logs.retention_ends(answered, years=5) == D("2029-02-28")
    assert logs.retention_ends(still_open) is None
    closed = breach(
        "2023-03-01T10:00:00+02:00",
        authority_notified_at="2023-03-02T10:00:00+02:00",
        subjects_informed_at="2023-03-05T10:00:00+02:00",
    )
    undecided = breach("2020-03-01T10:00:00+02:00")
    assert logs.retention_ends(closed) == D("2026-03-05")
    assert logs.retention_ends(undecided) is None
    not_told = breach("2023-03-01T10:00:00+02:00", decision_note="no risk")
    assert logs.retention_ends(not_told) == D("2026-03-01")
    register = SimpleNamespace(requests=[answered, still_open], breaches=[closed, undecided, not_told])
    assert [(e.kind, e.id) for e in logs.expired(register, D("2026-03-02"))] == [("breaches", "b")]
    assert [(e.kind, e.id) for e in logs.expired(register, D("2026-03-06"))] == [("breaches", "b"), ("breaches", "b")]
    assert [e.id for e in logs.expired(register, D("2027-03-01"))] == ["p-1", "b", "b"]
    assert logs.expired(register, D("2027-03-01"), years=10) == []


def test_ids_say_nothing_about_the_person():
    assert logs.new_log_id("requests", "2027-04-04", []) == "p-2027-04-04"
    assert logs.new_log_id("requests", "2027-04-04", ["p-2027-04-04"]) == "p-2027-04-04-2"
    assert logs.new_log_id("breaches", "2027-03-26", ["p-2027-03-26"]) == "b-2027-03-26"


def test_the_breaches_report_names_the_zone_of_its_times(monkeypatch):
    """The times are on this computer's clock, and say which clock: an office's 10:00 read on a computer kept in UTC
    is 08:00 (UTC), not an unexplained 08:00."""
    import time

    breach = Breach(id="b-1", aware_at="2026-11-27T10:00:00+02:00")
    now = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    try:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
        report = logs.breaches_report([breach], now, "lv")
        assert "27.11.2026. 08:00 (UTC)" in report and "30.11.2026. 08:00 (UTC)" in report
        monkeypatch.setenv("TZ", "Europe/Riga")
        time.tzset()
        report = logs.breaches_report([breach], now, "en")
        assert "27/11/2026 10:00 (UTC+02:00)" in report and "30/11/2026 10:00 (UTC+02:00)" in report
    finally:
        monkeypatch.undo()
        time.tzset()
    assert logs.zone_text(dt.datetime(2027, 7, 1, tzinfo=dt.timezone(-dt.timedelta(hours=3, minutes=30)))) == (
        "UTC-03:30"
    )


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("requests", "received_on", "9999-12-31"),  # its due date is in year 10000
        ("requests", "answered_on", "9999-12-31"),  # the end of its retention is
        ("requests", "received_on", "1899-12-31"),
        ("breaches", "aware_at", "9999-12-31T23:59:00+00:00"),  # its 72 hours end after the calendar
        ("breaches", "aware_at", "0001-01-01T00:00:00+14:00"),  # in UTC, before it begins
    ],
)
def test_a_date_whose_deadlines_fall_outside_the_calendar_is_refused_with_where(
    sample_data, tmp_path, capsys, kind, field, value
):
    # the register was accepted, then `check`, `requests` and the window failed on “year 10000 is out of range”
    data = copy.deepcopy(sample_data)
    logged = m.Register(
        requests=[m.Request(id="p-1", received_on="2027-04-04")],
        breaches=[m.Breach(id="b-1", aware_at="2027-03-26T10:00:00+02:00")],
    )
    data[kind] = m.to_json(logged)[kind]
    data[kind][0][field] = value
    with pytest.raises(InvalidRegister) as refused:
        m.from_json(data)
    (problem,) = refused.value.problems
    assert problem.message("en") == f"{kind}[0].{field}: “{value}” is outside the years 1900–2999"
    assert problem.message("lv") == f"{kind}[0].{field}: “{value}” nav laikposmā no 1900. līdz 2999. gadam"
    path = tmp_path / "far.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["import", str(path), str(tmp_path / "far.ropa")]) == 2
    assert "nav laikposmā no 1900. līdz 2999. gadam" in capsys.readouterr().err
    assert not (tmp_path / "far.ropa").exists()
