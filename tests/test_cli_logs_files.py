"""The log commands run as a person runs them, on a register file and on a JSON register holding the logs."""

from __future__ import annotations

import json

from ropa_desktop.core import model as m
from tests.test_cli import run

REQUESTS = [
    {
        "id": "p-2027-04-04",
        "received_on": "2027-04-04",
        "channel": "email",
        "right": "access",
        "requester": {"name": "Jānis Bērziņš", "contact": "janis@example.lv"},
        "identity_check": "",
        "extended_on": None,
        "extension_reason": "",
        "answered_on": None,
        "outcome": None,
        "refusal_reason": "",
        "note": "",
    },
    {
        "id": "p-2027-01-31",
        "received_on": "2027-01-31",
        "channel": "post",
        "right": "erasure",
        "requester": {"name": "Anna Liepa", "contact": ""},
        "identity_check": "",
        "extended_on": "2027-02-10",
        "extension_reason": "Dati trīs sistēmās",
        "answered_on": "2027-04-20",
        "outcome": "granted",
        "refusal_reason": "",
        "note": "",
    },
]
BREACHES = [
    {
        "id": "b-2027-03-26",
        "aware_at": "2027-03-26T10:00:00+02:00",
        "processor_told_us_at": None,
        "description": "Nozaudēts klēpjdators",
        "subject_category_ids": [],
        "data_category_ids": [],
        "approx_subjects": None,
        "approx_records": None,
        "consequences": "",
        "measures": "",
        "risk": None,
        "authority_notified_at": None,
        "delay_reason": "",
        "subjects_informed_at": None,
        "decision_note": "",
    },
]


def register_with_logs(tmp_path, sample_data):
    data = dict(sample_data, requests=REQUESTS, breaches=BREACHES)
    source = tmp_path / "logs.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "logs.ropa"
    r = run("import", str(source), str(target))
    assert (r.returncode, r.stderr) == (0, "")
    return source, target


def test_requests_command_on_a_register_file_and_on_json(tmp_path, sample_data):
    source, target = register_with_logs(tmp_path, sample_data)
    for path in (target, source):
        r = run("requests", str(path), "--today", "2027-05-05", "--tsv")
        assert (r.returncode, r.stderr) == (0, "")
        assert r.stdout == (
            "p-2027-04-04\t2027-04-04\t2027-05-05\topen\np-2027-01-31\t2027-01-31\t2027-04-28\tanswered\n"
        )
    r = run("requests", str(target), "--today", "2027-05-06", "--tsv")
    assert r.returncode == 1 and "\toverdue\n" in r.stdout
    r = run("requests", str(target), "--today", "2027-05-06", "--lang", "en")
    assert r.returncode == 1 and "Requests: 2, overdue: 1." in r.stdout


def test_breaches_command_and_check(tmp_path, sample_data):
    _, target = register_with_logs(tmp_path, sample_data)
    r = run("breaches", str(target), "--now", "2027-03-29T10:00:00+02:00", "--tsv")
    assert (r.returncode, r.stdout) == (0, "b-2027-03-26\t2027-03-26T10:00:00+02:00\t2027-03-29T10:00:00+02:00\topen\n")
    r = run("breaches", str(target), "--now", "2027-03-29T11:00:01+03:00", "--tsv")
    assert r.returncode == 1 and r.stdout.endswith("\toverdue\n")
    r = run("requests", str(tmp_path / "missing.ropa"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1


def test_check_reports_an_overdue_request_as_missing(tmp_path, sample_data):
    import datetime as dt

    from ropa_desktop.core import logs
    from ropa_desktop.core.model import Request

    received = dt.date.today() - dt.timedelta(days=100)
    due = logs.due_on(Request(received_on=received.isoformat()))
    late = dict(REQUESTS[0], id="p-late", received_on=received.isoformat())
    data = dict(sample_data, requests=[late, REQUESTS[1]])
    source = tmp_path / "late.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = run("check", str(source), "--lang", "en")
    assert r.returncode == 1
    assert f"Request p-late was due by {due:%d/%m/%Y}, and no answer is recorded." in r.stdout
    assert "p-2027-01-31" not in r.stdout  # answered in time
    r = run("check", str(source), "--lang", "lv")
    assert f"Pieprasījumam p-late atbildes termiņš ({due:%d.%m.%Y}.) ir pagājis" in r.stdout


def test_the_log_commands_on_the_accountants_copy_say_where_the_logs_are(tmp_path, sample_data, capsys):
    from ropa_desktop import cli
    from ropa_desktop.core.storage import RegisterFile

    _, target = register_with_logs(tmp_path, sample_data)
    with RegisterFile.open(target) as store:
        copy = store.accountant_copy(tmp_path / "out")
    for command in ("requests", "breaches"):
        assert cli.main([command, str(copy), "--lang", "en"]) == 0
        out, err = capsys.readouterr()
        assert "has no entries" in out
        assert err == (
            "This file is a copy prepared for the accountant: the requests log and the breach register were left "
            "out of it. They are kept in the company’s own register file; log new requests and breaches there.\n"
        )
    empty = tmp_path / "empty.ropa"  # a register whose logs are simply empty says nothing more
    RegisterFile.create(empty, m.from_json(dict(sample_data, requests=[]))).close()
    assert cli.main(["requests", str(empty), "--lang", "lv"]) == 0
    out, err = capsys.readouterr()
    assert out == "Pieprasījumu žurnālā nav neviena ieraksta.\n" and err == ""
