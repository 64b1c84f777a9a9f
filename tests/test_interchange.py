"""JSON interchange (issue 2, section 4): exact round trip, all-or-nothing import with every problem named."""

from __future__ import annotations

import copy
import json

import pytest

from ropa_desktop.core import interchange
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import InvalidRegister, RegisterFileError
from ropa_desktop.core.storage import RegisterFile


def test_sample_round_trip_exact(sample_data, tmp_path):
    register = m.from_json(sample_data)
    assert m.to_json(register) == sample_data
    out = tmp_path / "out.json"
    interchange.write(register, out)
    assert json.loads(out.read_text(encoding="utf-8")) == sample_data


def test_sample_round_trip_through_a_register_file(sample_data, tmp_path):
    src = tmp_path / "in.json"
    src.write_text(json.dumps(sample_data, ensure_ascii=False), encoding="utf-8")
    RegisterFile.create(tmp_path / "r.ropa", interchange.read(src)).close()
    with RegisterFile.open(tmp_path / "r.ropa") as store:
        interchange.write(store.load(), tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == sample_data


def test_every_problem_is_reported_with_its_path(sample_data):
    data = copy.deepcopy(sample_data)
    data["purposes"][0]["subject_category_ids"].append("ghosts")
    data["data_categories"][0]["sensitivity"] = "very"
    data["recipients"][0]["country"] = "Latvia"
    with pytest.raises(InvalidRegister) as info:
        m.from_json(data)
    paths = {p.path for p in info.value.problems}
    assert "purposes[0].subject_category_ids[{}]".format(len(data["purposes"][0]["subject_category_ids"]) - 1) in paths
    assert "data_categories[0].sensitivity" in paths
    assert "recipients[0].country" in paths
    for lang in ("lv", "en"):
        assert info.value.message(lang).count("\n") == len(info.value.problems)


@pytest.mark.parametrize(
    ("raw", "key"),
    [(b"{not json", "invalid_json"), (b"\xff\xfe\x00garbage", "not_utf8"), (b"[" * 100_000, "invalid_json")],
)
def test_unreadable_json_is_a_clear_error(tmp_path, raw, key):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(RegisterFileError) as info:
        interchange.read(path)
    assert info.value.key == key


def test_import_is_all_or_nothing(sample_file, sample_data, sample_register):
    data = copy.deepcopy(sample_data)
    data["retention_rules"][0]["purpose_ids"] = ["nowhere"]
    with pytest.raises(InvalidRegister):
        interchange.parse(json.dumps(data))
    with RegisterFile.open(sample_file) as store:
        broken = m.from_json(sample_data)
        broken.retention_rules[0].purpose_ids = ["nowhere"]
        with pytest.raises(InvalidRegister):
            store.replace_all(broken)
        assert store.load() == sample_register
