"""``ropa-desktop requests`` and ``ropa-desktop breaches``: columns, statuses, exit codes, messages."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest

from ropa_desktop import cli
from ropa_desktop.core import storage
from ropa_desktop.core.model import Breach, Request

REQUESTS = [
    Request(id="p-2027-04-04", received_on="2027-04-04", right="access"),  # due 05.05.2027 (4 May is a holiday)
    Request(
        id="p-2027-04-04-2",
        received_on="2027-04-04",
        right="erasure",
        extended_on="2027-04-20",
        extension_reason="many systems",
    ),  # due 05.07.2027
    Request(
        id="p-2027-01-31", received_on="2027-01-31", right="objection", answered_on="2027-03-02", outcome="granted"
    ),  # due 01.03.2027: answered a day late
]
BREACHES = [
    Breach(id="b-2027-03-26", aware_at="2027-03-26T10:00:00+02:00"),  # deadline across the DST change
    Breach(id="b-2027-02-01", aware_at="2027-02-01T08:15:00+02:00", authority_notified_at="2027-02-02T09:00:00+02:00"),
    Breach(id="b-2027-02-10", aware_at="2027-02-10T08:15:00+02:00", decision_note="Encrypted disk."),
]


@pytest.fixture
def logs_file(monkeypatch, tmp_path):
    """A register path whose register holds the log entries above."""
    path = tmp_path / "logs.ropa"
    register = SimpleNamespace(requests=REQUESTS, breaches=BREACHES)
    monkeypatch.setattr(storage, "load_register", lambda p: register if p == path else pytest.fail(str(p)))
    return path


def test_requests_tsv_and_exit_codes(logs_file, capsys):
    assert cli.main(["requests", str(logs_file), "--today", "2027-05-05", "--tsv"]) == 0
    assert capsys.readouterr().out == (
        "p-2027-04-04\t2027-04-04\t2027-05-05\topen\n"
        "p-2027-04-04-2\t2027-04-04\t2027-07-05\topen\n"
        "p-2027-01-31\t2027-01-31\t2027-03-01\tanswered_late\n"
    )
    assert cli.main(["requests", str(logs_file), "--today", "2027-05-06", "--tsv"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "p-2027-04-04\t2027-04-04\t2027-05-05\toverdue"


def test_requests_table_in_each_language(logs_file, capsys):
    assert cli.main(["requests", str(logs_file), "--today", "2027-05-06", "--lang", "lv"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["Nr.", "Saņemts", "Tiesības", "Atbildes", "termiņš", "Statuss"]
    assert "p-2027-04-04    04.04.2027.  Piekļuve datiem  05.05.2027.       Nokavēts" in out
    assert "Atbildēts novēloti" in out and out.endswith("Pieprasījumi: 3, no tiem nokavēti: 1.\n")
    assert cli.main(["requests", str(logs_file), "--today", "2027-05-06", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "05/07/2027" in out and "Erasure" in out and out.endswith("Requests: 3, overdue: 1.\n")


def test_requests_bad_date_is_one_line_and_exit_2(logs_file, capsys):
    assert cli.main(["requests", str(logs_file), "--today", "5.5.2027", "--lang", "lv"]) == 2
    err = capsys.readouterr().err
    assert err == "“5.5.2027” nav datums formā GGGG-MM-DD (piemēram, 2027-04-04).\n"


def test_breaches_tsv_and_exit_codes(logs_file, capsys):
    assert cli.main(["breaches", str(logs_file), "--now", "2027-03-29T11:00:00+03:00", "--tsv"]) == 0
    assert capsys.readouterr().out == (
        "b-2027-03-26\t2027-03-26T10:00:00+02:00\t2027-03-29T10:00:00+02:00\topen\n"
        "b-2027-02-01\t2027-02-01T08:15:00+02:00\t2027-02-04T08:15:00+02:00\tnotified\n"
        "b-2027-02-10\t2027-02-10T08:15:00+02:00\t2027-02-13T08:15:00+02:00\tnot_notified\n"
    )
    assert cli.main(["breaches", str(logs_file), "--now", "2027-03-29T11:00:01+03:00", "--tsv"]) == 1
    assert "\toverdue\n" in capsys.readouterr().out


@pytest.fixture
def riga_clock(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Riga")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_breaches_table_and_bad_moment(logs_file, capsys, riga_clock):
    assert cli.main(["breaches", str(logs_file), "--now", "2027-04-01T00:00:00+03:00", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    # shown on the computer's clock: 10:00 at +02:00 is 11:00 in Riga's summer time
    assert (
        "26/03/2027 10:00 (UTC+02:00)  29/03/2027 11:00 (UTC+03:00)" in out
        and "72 hours passed" in out
        and "Decided not to notify" in out
    )
    assert cli.main(["breaches", str(logs_file), "--now", "2027-04-01 12:00", "--lang", "en"]) == 2
    assert "is not a date and time with a UTC offset" in capsys.readouterr().err


def test_empty_logs(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(storage, "load_register", lambda p: SimpleNamespace(requests=[], breaches=[]))
    monkeypatch.setattr(storage, "logs_left_out", lambda p: False)  # (a register whose logs are simply empty)
    assert cli.main(["requests", str(tmp_path / "x.ropa"), "--lang", "en"]) == 0
    assert capsys.readouterr().out == "The requests log has no entries.\n"
    assert cli.main(["breaches", str(tmp_path / "x.ropa"), "--tsv"]) == 0
    assert capsys.readouterr().out == ""
