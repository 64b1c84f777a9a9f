"""Odd text in every field (emoji, right-to-left, CJK, control characters, NUL, 100 KB): stored and
exported exactly."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable

import pytest

from ropa_desktop import cli
from ropa_desktop.core import interchange
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import InvalidRegister
from ropa_desktop.core.storage import RegisterFile

ODD = [
    "👩‍💼 Klientu dati 🇱🇻 🧾✅",  # emoji with joiners and flags
    "مرحبا بالعالم ‏שלום‎ עולם",  # right-to-left, with direction marks
    "顧客データ 客户数据 고객 데이터",  # CJK
    "".join(chr(i) for i in range(1, 32)) + "\x7f\x85\u2028\u2029\ufeff",  # control characters
    "before\x00after\x00",  # NUL inside the text
    "Ā" * 50_000 + "😀" * 12_500,  # 100 KB plus
    "<b>bold</b> &amp; <script>alert(1)</script> {name} %s \\n ' \" ; DROP TABLE purposes; --",  # markup
    "ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž „pēdiņas“ — «citas»",
    "e\u0301 vs é, ﬁ ligature, Ⅻ, ½",  # unnormalised forms stay as typed
    " leading and trailing spaces ",
    "",
]

FREE_TEXT_SKIP = {"id", "country", "format"}  # constrained by the format; ids get their own odd values below


def fill_text(obj, make: Callable[[int, str], str], counter: list[int] | None = None, path: str = "") -> None:
    """Set every free-text field of ``obj`` (a register or a part of one), depth first, to ``make(n, path)``
    for n = 0, 1, 2 ... and the field's path (``recipients[0].service``); enum, date and id fields are kept."""
    counter = [0] if counter is None else counter
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        where = f"{path}.{f.name}" if path else f.name
        if dataclasses.is_dataclass(value) and not isinstance(value, m.Period):
            fill_text(value, make, counter, where)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    fill_text(item, make, counter, f"{where}[{i}]")
        elif isinstance(value, m.Text):  # a text in several languages: the same text in Latvian and English
            text = make(counter[0], where)
            setattr(obj, f.name, m.Text({"lv": text, "en": text}))
            counter[0] += 1
        elif isinstance(value, str) and f.name not in FREE_TEXT_SKIP and not f.metadata:
            setattr(obj, f.name, make(counter[0], where))
            counter[0] += 1


def odd_register(sample_register: m.Register) -> m.Register:
    register = dataclasses.replace(sample_register)
    register = m.from_json(m.to_json(register))  # a deep copy
    register.organisation.representative = m.Representative()
    register.organisation.dpo = m.Dpo()
    fill_text(register, lambda n, _path: ODD[n % len(ODD)])
    # Ids may be any text without white space: rename one of each kind, with the references to it.
    renames = {
        "subject_categories": "klienti-👩‍💼",
        "data_categories": "дані-漢字",
        "recipients": "مستلم-1",
        "purposes": "nolūks\x00nul",
    }
    for kind, new in renames.items():
        entry = register.items(kind)[0]
        old, entry.id = entry.id, new
        for owner in (*register.purposes, *register.retention_rules):
            for attr in ("subject_category_ids", "data_category_ids", "recipient_ids", "purpose_ids"):
                ids = getattr(owner, attr, None)
                if ids is not None and _kind_of(attr) == kind:
                    setattr(owner, attr, [new if i == old else i for i in ids])
    m.check_valid(register)
    return register


def _kind_of(attr: str) -> str:
    return {
        "subject_category_ids": "subject_categories",
        "data_category_ids": "data_categories",
        "recipient_ids": "recipients",
        "purpose_ids": "purposes",
    }[attr]


def test_odd_text_is_stored_and_exported_exactly(sample_register, tmp_path, record_property):
    register = odd_register(sample_register)
    fields = json.dumps(m.to_json(register)).count('"')  # rough size of the thing
    path = tmp_path / "odd.ropa"
    RegisterFile.create(path, register).close()
    with RegisterFile.open(path) as store:
        assert store.integrity_ok()
        assert store.load() == register
    # Through the command line's export, byte for byte in JSON terms.
    assert cli.main(["export", str(path), str(tmp_path / "odd.json")]) == 0
    exported = json.loads((tmp_path / "odd.json").read_text(encoding="utf-8"))
    assert exported == m.to_json(register)
    assert interchange.read(tmp_path / "odd.json") == register
    # And back in again: import(export(x)) == x.
    assert cli.main(["import", str(tmp_path / "odd.json"), str(tmp_path / "again.ropa")]) == 0
    with RegisterFile.open(tmp_path / "again.ropa") as store:
        assert store.load() == register
    record_property("file_bytes", path.stat().st_size)
    assert fields


def test_odd_text_in_edits(sample_file):
    with RegisterFile.open(sample_file) as store:
        for i, text in enumerate(ODD):
            entry = m.SecurityMeasure(
                id=f"odd-{i}", name=m.Text({"lv": text, "ru": text}), description=m.Text.of("en", text[::-1])
            )
            store.add(entry)
            assert store.get("security_measures", entry.id) == entry
        organisation = store.load().organisation
        organisation.name = ODD[3] + ODD[4]
        store.set_organisation(organisation)
    with RegisterFile.open(sample_file) as store:
        register = store.load()
        names = [s.name for s in register.security_measures if s.id.startswith("odd-")]
        assert names == [m.Text({"lv": text, "ru": text}) for text in ODD]
        assert register.organisation.name == ODD[3] + ODD[4]


def test_text_is_stored_as_readable_text(sample_file):
    """An accountant's SQLite browser sees the text itself, in the format's JSON object, not a blob."""
    with RegisterFile.open(sample_file) as store:
        store.add(m.SecurityMeasure(id="nul", name=m.Text({"lv": "a\x00b 😀 “ZĪMES”", "en": "x"})))
    conn = sqlite3.connect(sample_file)
    assert conn.execute("SELECT typeof(name), name FROM security_measures WHERE id='nul'").fetchone() == (
        "text",
        '{"lv": "a\\u0000b 😀 “ZĪMES”", "en": "x"}',
    )
    conn.close()


@pytest.mark.parametrize(("text", "key"), [("\ud800 broken", "bad_text"), ("x" * 1_000_001, "too_long")])
def test_text_that_cannot_be_stored_is_refused_before_writing(sample_file, text, key):
    with RegisterFile.open(sample_file) as store:
        before = store.load()
        with pytest.raises(InvalidRegister) as info:
            store.add(m.SecurityMeasure(id="bad", name=m.Text.of("lv", text)))
        assert [p.key for p in info.value.problems] == [key]
        assert info.value.problems[0].path == "security_measures.name.lv"
        assert "security_measures.name.lv" in info.value.message("lv")
        assert store.load() == before
