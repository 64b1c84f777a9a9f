"""JSON interchange (issue 2, section 4): exact round trip, all-or-nothing import with every problem named."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from ropa_desktop import cli
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


def test_a_wrong_period_shows_the_forms_it_may_take_with_single_braces(sample_data):
    data = copy.deepcopy(sample_data)
    data["retention_rules"][0]["period"] = {"years": 0}
    with pytest.raises(InvalidRegister) as info:
        m.from_json(data)
    assert info.value.message("en").endswith(
        'retention_rules[0].period: a period must be one of {"years": n}, {"months": n} or {"days": n} with n a whole '
        "number from 1 to 10000"
    )  # it showed {{"years": n}}, in every language
    for lang in ("lv", "ru", "et", "lt"):
        assert '{"years": n}' in info.value.message(lang) and "{{" not in info.value.message(lang)


def test_a_huge_value_is_quoted_in_part(sample_data, tmp_path, capsys):
    # a 2 MB id was printed whole (2 MB on the terminal), a 500 KB one made a dialog that took seconds to show
    data = copy.deepcopy(sample_data)
    data["purposes"][0]["id"] = "x" * 500_000
    data["purposes"][0]["name"] = {"lv": "Nosaukums", "x" * 500: "y"}
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["import", str(path), str(tmp_path / "huge.ropa")]) == 2
    said = capsys.readouterr().err
    assert len(said) < 1000
    assert f"“{'x' * 79}…” " in said  # enough of it to find it


def test_a_json_register_with_a_text_of_150000_lines_is_not_printed(sample_data, tmp_path, capsys):
    # 462 KB: it took half a minute and 2.7 GB to print
    data = copy.deepcopy(sample_data)
    data["purposes"][0]["description"] = {"lv": "a\n" * 150_000}
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "lines.pdf"
    args = ["pdf", str(path), "--document", "register", "--lang", "lv", "--output", str(out)]
    assert cli.main(args) == 2
    assert "purposes[0].description: šajā tekstā ir vairāk nekā 10000 rindu" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["import", str(path), str(tmp_path / "lines.ropa")]) == 2  # nor kept in a register file
    assert not (tmp_path / "lines.ropa").exists()


VERSION_1 = json.loads((Path(__file__).parent / "fixtures" / "zimes.v1.register.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("document", ["version 1", "version 2"])
@pytest.mark.parametrize("version", [True, 1.0, 2.0, "2", None])
def test_a_format_version_that_is_not_a_whole_number_is_the_one_problem_told(sample_data, document, version):
    """``true`` and ``1.0`` equal 1 in Python: a version-2 register with ``"format_version": true`` was read as
    version 1 ("language: this field is missing"), and a version-1 one with ``1.0`` was converted; ``2.0`` listed
    a hundred problems of the rest. Which version's rules apply is unknown: that is the one thing to say."""
    data = copy.deepcopy(VERSION_1 if document == "version 1" else sample_data)
    data["format_version"] = version
    with pytest.raises(InvalidRegister) as info:
        m.from_json(data) if document == "version 2" else interchange.from_data(data)
    assert [(p.path, p.key) for p in info.value.problems] == [("format_version", "wrong_type")]
    assert info.value.message("lv").endswith("format_version: tika gaidīts: vesels skaitlis")
    assert info.value.message("en").endswith("format_version: expected a whole number")


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (b"{not json}", "invalid_json_in"),
        (b"\xc3\x28garbage", "not_utf8"),
        (b"[" * 100_000, "invalid_json_in"),
        (b'{"format": "ropa-register", "version": 2, "organisation": {', "json_cut_short_in"),
    ],
)
def test_unreadable_json_is_a_clear_error_that_names_the_file(tmp_path, raw, key):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(RegisterFileError) as info:
        interchange.read(path)
    assert info.value.key == key
    assert "bad.json" in info.value.message("lv")


def test_json_cut_short_is_told_as_incomplete(tmp_path, sample_data):
    """An export cut off on the way (an attachment saved half-way) said only “line 1, column 500”."""
    path = tmp_path / "export.json"
    path.write_text(json.dumps(sample_data)[:500], encoding="utf-8")
    with pytest.raises(RegisterFileError) as info:
        interchange.read(path)
    assert "nav nokopēts vai lejupielādēts līdz galam" in info.value.message("lv")
    assert "not copied or downloaded completely" in info.value.message("en")


def test_json_saved_again_as_utf_16_is_read(tmp_path, sample_data, sample_register):
    """Windows Notepad's “Unicode” (UTF-16 with its mark) was refused as “not UTF-8”."""
    path = tmp_path / "export.json"
    path.write_bytes(json.dumps(sample_data, ensure_ascii=False).encode("utf-16"))
    assert interchange.read(path) == sample_register


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


# --- format version 2: round trips through a register file, the command line and JSON ------------------


def _five_languages(sample_data):
    from tests.test_format_v2 import five_language_data

    return five_language_data(sample_data)


def test_a_register_in_five_languages_round_trips_through_a_register_file(sample_data, tmp_path):
    data = _five_languages(sample_data)
    RegisterFile.create(tmp_path / "r.ropa", interchange.parse(json.dumps(data))).close()
    with RegisterFile.open(tmp_path / "r.ropa") as store:
        assert m.to_json(store.load()) == data
        store.set_languages(["et", "lv"])
    with RegisterFile.open(tmp_path / "r.ropa") as store:
        assert store.load().languages == ["et", "lv"]


def test_json_file_and_command_line_round_trips(sample_data, tmp_path):
    from ropa_desktop import cli

    data = _five_languages(sample_data)
    src = tmp_path / "in.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["import", str(src), str(tmp_path / "r.ropa")]) == 0
    assert cli.main(["export", str(tmp_path / "r.ropa"), str(tmp_path / "out.json")]) == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == data
    assert interchange.dumps(interchange.read(tmp_path / "out.json")) == (tmp_path / "out.json").read_text(
        encoding="utf-8"
    )


def test_version_1_json_imported_by_the_command_line_is_exported_as_version_2(tmp_path):
    from pathlib import Path

    from ropa_desktop import cli

    v1 = Path(__file__).resolve().parent / "fixtures" / "zimes.v1.register.json"
    assert cli.main(["import", str(v1), str(tmp_path / "r.ropa")]) == 0
    assert cli.main(["export", str(tmp_path / "r.ropa"), str(tmp_path / "out.json")]) == 0
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert out["format_version"] == 2 and out["languages"] == ["lv"]
    assert out == m.to_json(interchange.read(v1))
    assert cli.main(["check", str(v1), "--lang", "en"]) == cli.EXIT_GAPS  # a version-1 file is checked too


def test_two_people_translating_one_text_into_different_languages_keep_both(sample_file):
    with RegisterFile.open(sample_file) as admin, RegisterFile.open(sample_file) as translator:
        seen = admin.get("purposes", "services")
        theirs = translator.get("purposes", "services")
        theirs.description = theirs.description.with_text("ru", "Описание.")
        translator.update(theirs, base=translator.get("purposes", "services"))
        mine = copy.deepcopy(seen)
        mine.description = mine.description.with_text("en", "")  # the English text taken out
        admin.update(mine, base=seen)
        stored = admin.get("purposes", "services").description
        assert set(stored) == {"lv", "ru"} and stored["ru"] == "Описание."


def test_requests_and_breaches_are_kept_with_the_register(sample_file, sample_data):
    data = _five_languages(sample_data)
    register = interchange.parse(json.dumps(data))
    with RegisterFile.open(sample_file) as store:
        store.replace_all(register)
        request = copy.deepcopy(register.requests[0])
        request.id, request.outcome = "r-2027-2", "refused"
        request.refusal_reason = "Pieprasījums ir acīmredzami nepamatots."
        store.add(request)
        assert store.get("requests", "r-2027-2") == request
        # a breach names the categories it touches: deleting one takes the name off, undo puts it back
        deletion = store.delete("data_categories", "name")
        assert store.get("breaches", "b-2027-1").data_category_ids == ["contacts"]
        store.restore(deletion)
        assert store.get("breaches", "b-2027-1").data_category_ids == ["name", "contacts"]
        assert store.usage("subject_categories", "clients")["breaches"] == ["b-2027-1"]
        loaded = store.load()
    assert [r.id for r in loaded.requests] == ["r-2027-1", "r-2027-2"]
    assert m.to_json(loaded.breaches) == data["breaches"]


def test_an_export_that_cannot_be_written_says_the_register_is_unchanged(tmp_path):
    """Not “your last change was not saved”: an export changes nothing, and nothing of the register is lost."""
    with pytest.raises(RegisterFileError) as info:
        interchange.write(m.Register(), tmp_path / "izņemts" / "ZĪMES.register.json")
    assert info.value.key == "export_write_failed"
    assert "mapes vairs nav" in info.value.message("lv")


def test_a_key_given_twice_in_one_object_is_told_with_where_not_silently_dropped(tmp_path, sample_data):
    """JSON readers keep the last of two values of one key and drop the other without a word: a register edited
    by hand with a pasted-in second "name" lost the first."""
    text = json.dumps(sample_data, ensure_ascii=False, indent=2)
    text = text.replace('"id": "services",', '"id": "services",\n      "name": {"lv": "Pirmais"},', 1)
    path = tmp_path / "twice.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegisterFileError) as info:
        interchange.read(path)
    line = text[: text.index('"id": "services"')].count("\n")  # the object's "{" is on the line before
    assert info.value.key == "json_key_twice_in"
    assert info.value.params["line"] == line and info.value.params["field"] == "name"
    assert info.value.message("lv").startswith(f"Failā “{path}” vienā objektā divreiz norādīts “name”")
    assert f"line {line}, column 5" in info.value.message("en")


@pytest.mark.parametrize(("value", "shown"), [(["lv"], '“["lv"]”'), (None, "“null”"), (True, "“true”")])
def test_a_wrong_value_is_quoted_as_its_json_says_it(value, shown):
    # it said “['lv']” and “None”: Python's words, not the file's
    data = copy.deepcopy(VERSION_1)
    data["language"] = value
    with pytest.raises(InvalidRegister) as info:
        interchange.parse(json.dumps(data))
    assert f"language: {shown} is not one of the allowed values" in info.value.message("en")
