"""The logs in a register file: erased when their retention ends, left out of the accountant's copy."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ropa_desktop.core import logs
from ropa_desktop.core import model as m
from ropa_desktop.core.storage import RegisterFile


def test_erasure_keeps_one_change_log_row_and_no_name(tmp_path, sample_register):
    path = tmp_path / "r.ropa"
    register = dataclasses.replace(
        sample_register,
        requests=[
            m.Request(
                id="p-2021-05-03",
                received_on="2021-05-03",
                answered_on="2021-05-20",
                outcome="no_data",
                requester=m.Requester(name="Kārlis Vecais", contact="karlis@example.lv"),
            ),
            m.Request(id="p-2024-05-03", received_on="2024-05-03", answered_on="2024-05-20", outcome="granted"),
        ],
        breaches=[
            m.Breach(
                id="b-2021-01-01",
                aware_at="2021-01-01T10:00:00+02:00",
                decision_note="nav riska",
                description="Kārlis Vecais saņēma svešu rēķinu",
            )
        ],
    )
    RegisterFile.create(path, register).close()
    with RegisterFile.open(path) as store:
        gone = logs.erase_expired(store, dt.date(2025, 1, 1), years=3)
        assert [(g.kind, g.id) for g in gone] == [("requests", "p-2021-05-03"), ("breaches", "b-2021-01-01")]
        left = store.load()
        assert [r.id for r in left.requests] == ["p-2024-05-03"] and left.breaches == []
        rows = [(e.entity, e.entity_id, e.action) for e in store.change_log()]
        assert ("requests", "p-2021-05-03", "delete") in rows and ("breaches", "b-2021-01-01", "delete") in rows
        assert not any("Kārlis" in str(e) for e in store.change_log())
        assert logs.erase_expired(store, dt.date(2025, 1, 1), years=3) == []
    assert "Kārlis".encode() not in path.read_bytes()  # secure_delete: the freed pages are overwritten


def test_the_accountants_copy_leaves_the_logs_out_unless_asked(tmp_path, sample_register):
    path = tmp_path / "r.ropa"
    register = dataclasses.replace(
        sample_register,
        requests=[m.Request(id="p-1", received_on="2026-01-05", requester=m.Requester(name="Kārlis Vecais"))],
        breaches=[
            m.Breach(
                id="b-1",
                aware_at="2026-01-05T10:00:00+02:00",
                data_category_ids=[sample_register.data_categories[0].id],
            )
        ],
    )
    RegisterFile.create(path, register).close()
    with RegisterFile.open(path) as store:
        plain = store.accountant_copy(tmp_path / "out", day=dt.date(2026, 2, 1))
        full = store.accountant_copy(tmp_path / "out", day=dt.date(2026, 2, 1), with_logs=True)
    with RegisterFile.open(plain, read_only=True) as copy:
        loaded = copy.load()
        assert (loaded.requests, loaded.breaches) == ([], [])
        assert loaded.data_categories == sample_register.data_categories
        assert not [e for e in copy.change_log() if e.entity in ("requests", "breaches")]
        assert copy.logs_left_out()  # (the window says so where the logs would be)
    assert "Kārlis".encode() not in plain.read_bytes()
    with RegisterFile.open(full, read_only=True) as copy:
        assert [r.requester.name for r in copy.load().requests] == ["Kārlis Vecais"]
        assert not copy.logs_left_out()
        assert copy.load().breaches[0].data_category_ids == [sample_register.data_categories[0].id]
