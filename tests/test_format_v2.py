"""Format version 2: texts in several languages, the five languages, the new fields, the logs,
version 1 read and converted, and the published JSON Schema."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import jsonschema
import pytest

from ropa_desktop import paths
from ropa_desktop.core import interchange, languages, version1
from ropa_desktop.core import model as m
from ropa_desktop.core.errors import InvalidRegister

V1_SAMPLE = Path(__file__).resolve().parent / "fixtures" / "zimes.v1.register.json"
Text = m.Text


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(paths.register_schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def v1_data() -> dict:
    return json.loads(V1_SAMPLE.read_text(encoding="utf-8"))


# --- the text type -------------------------------------------------------------------------------


def test_text_picks_the_language_else_the_main_language():
    t = Text({"lv": "Klienti", "en": "Customers"})
    assert t.pick("en", "lv") == "Customers"
    assert t.pick("ru", "lv") == "Klienti"
    assert Text().pick("lv", "lv") == ""


def test_text_lacking_both_the_language_and_the_main_language_is_printed_in_the_one_it_has():
    """The format: a document prints the main language's text, "never a blank for a text that exists". A text
    typed in Latvian, in a register whose main language was then changed to English, printed as a blank."""
    assert Text({"lv": "Klienti"}).pick("en", "en") == "Klienti"
    assert Text({"ru": "Клиенты", "lv": "Klienti"}).pick("en", "en") == "Клиенты"


def test_text_says_which_languages_it_lacks():
    t = Text({"lv": "Klienti"})
    assert t.missing(["lv", "en", "ru"]) == ("en", "ru")
    assert t.missing(["lv"]) == ()
    assert Text().missing(["lv", "en"]) == ()  # an empty text lacks nothing


def test_text_is_an_immutable_mapping_without_blank_strings():
    t = Text({"lv": "Klienti", "en": "", "ru": "  "})
    assert dict(t) == {"lv": "Klienti"} and len(t) == 1 and "en" not in t
    assert t == {"lv": "Klienti"} and t == Text.of("lv", "Klienti") and t != Text.of("lv", "Cits")
    assert not Text() and bool(t)
    changed = t.with_text("en", "Customers")
    assert changed == {"lv": "Klienti", "en": "Customers"} and t == {"lv": "Klienti"}
    assert changed.with_text("lv", " ") == {"en": "Customers"}
    with pytest.raises(AttributeError):
        t._items = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        t["en"] = "x"  # type: ignore[index]
    assert hash(t) == hash(Text({"lv": "Klienti"}))
    assert pickle.loads(pickle.dumps(changed)) == changed
    assert copy.deepcopy(changed) is changed
    with pytest.raises(TypeError, match="Text.of"):
        Text("Klienti")  # type: ignore[arg-type]


# --- round trips ------------------------------------------------------------------------------------


def test_the_v2_sample_round_trips_exactly(sample_data, validator):
    assert sample_data["format_version"] == 2
    assert m.to_json(interchange.parse(json.dumps(sample_data))) == sample_data
    assert (
        interchange.dumps(interchange.parse(json.dumps(sample_data)))
        == json.dumps(sample_data, ensure_ascii=False, indent=2) + "\n"
    )
    assert list(validator.iter_errors(sample_data)) == []


def five_language_data(sample_data: dict) -> dict:
    """The sample kept in all five languages, with a request and a breach."""
    d = copy.deepcopy(sample_data)
    d["languages"] = ["lt", "lv", "en", "ru", "et"]
    suffix = {"lt": " (LT)", "ru": " (RU)", "et": " (ET)"}

    def add(value):
        if (
            isinstance(value, dict)
            and value
            and set(value) <= {"lv", "en"}
            and all(isinstance(v, str) for v in value.values())
        ):
            value.update({code: value["lv"] + mark for code, mark in suffix.items()})
        elif isinstance(value, dict):
            for v in value.values():
                add(v)
        elif isinstance(value, list):
            for v in value:
                add(v)

    add(d)
    d["subject_categories"][0]["audience"] = "partners"
    d["purposes"][3]["consent"]["on_form"] = True
    d["requests"] = [
        {
            "id": "r-2027-1",
            "received_on": "2027-01-31",
            "channel": "email",
            "right": "access",
            "requester": {"name": "Anna Bērziņa", "contact": "anna@example.lv"},
            "identity_check": "Atbildēja no klienta e-pasta adreses.",
            "extended_on": None,
            "extension_reason": "",
            "answered_on": "2027-02-20",
            "outcome": "granted",
            "refusal_reason": "",
            "note": "",
        }
    ]
    d["breaches"] = [
        {
            "id": "b-2027-1",
            "aware_at": "2027-03-01T09:30:00+02:00",
            "processor_told_us_at": None,
            "description": "Nozaudēts klēpjdators.",
            "subject_category_ids": ["clients"],
            "data_category_ids": ["name", "contacts"],
            "approx_subjects": 120,
            "approx_records": None,
            "consequences": "",
            "measures": "Disks šifrēts.",
            "risk": "unlikely",
            "authority_notified_at": None,
            "delay_reason": "",
            "subjects_informed_at": None,
            "decision_note": "Disks šifrēts; risks maz ticams.",
        }
    ]
    return d


def test_a_register_in_all_five_languages_round_trips(sample_data, validator):
    assert set(languages.DOCUMENT_CODES) == {"lv", "en", "ru", "et", "lt"}
    data = five_language_data(sample_data)
    register = interchange.parse(json.dumps(data))
    assert register.main_language == "lt"
    assert register.purposes[0].name.pick("ru", "lt").endswith("(RU)")
    assert m.to_json(register) == data
    assert list(validator.iter_errors(data)) == []
    assert list(validator.iter_errors(m.to_json(register))) == []


@pytest.mark.parametrize(
    ("change", "path", "key"),
    [
        (lambda d: d["purposes"][0]["name"].update(de="Dienste"), "purposes[0].name.de", "unknown_language"),
        (lambda d: d["purposes"][0]["name"].update(en=5), "purposes[0].name.en", "wrong_type"),
        (lambda d: d["purposes"][0]["name"].update(en=" "), "purposes[0].name.en", "blank_text"),
        (lambda d: d.update(languages=[]), "languages", "no_languages"),
        (lambda d: d.update(languages=["lv", "lv"]), "languages[1]", "duplicate_reference"),
        (lambda d: d.update(languages=["de"]), "languages[0]", "unknown_value"),
        (
            lambda d: d["subject_categories"][0].update(audience="everyone"),
            "subject_categories[0].audience",
            "unknown_value",
        ),
        (lambda d: d["purposes"][0].update(description="Teksts"), "purposes[0].description", "wrong_type"),
        (lambda d: d["purposes"][3]["consent"].pop("on_form"), "purposes[3].consent.on_form", "missing_key"),
        (lambda d: d["breaches"][0].update(aware_at="2027-03-01 09:30"), "breaches[0].aware_at", "bad_datetime"),
        (
            lambda d: d["breaches"][0].update(data_category_ids=["ghost"]),
            "breaches[0].data_category_ids[0]",
            "missing_reference",
        ),
        (lambda d: d["requests"].append(copy.deepcopy(d["requests"][0])), "requests[1].id", "duplicate_id"),
        (lambda d: d["requests"][0].update(right="everything"), "requests[0].right", "unknown_value"),
    ],
)
def test_a_broken_v2_register_names_the_place(sample_data, validator, change, path, key):
    data = five_language_data(sample_data)
    change(data)
    with pytest.raises(InvalidRegister) as info:
        interchange.parse(json.dumps(data))
    assert (path, key) in {(p.path, p.key) for p in info.value.problems}
    for lang in ("lv", "en"):
        assert "{" not in info.value.message(lang)
    if key not in ("missing_reference", "duplicate_id", "duplicate_reference"):  # rules across values
        assert list(validator.iter_errors(data)), "the schema lets it through"


def test_a_newer_format_is_refused(sample_data):
    sample_data["format_version"] = 3
    with pytest.raises(InvalidRegister) as info:
        interchange.parse(json.dumps(sample_data))
    assert [p.key for p in info.value.problems] == ["newer_format"]


# --- version 1 ------------------------------------------------------------------------------------------


def _strings(value, path=""):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{path}[{i}]")


def _at(data, path):
    for part in path.replace("[", ".[").split("."):
        data = data[int(part[1:-1])] if part.startswith("[") else data[part]
    return data


def test_version_1_is_converted_keeping_every_string_and_id(v1_data, validator):
    assert v1_data["format_version"] == 1 and v1_data["language"] == "lv"
    register = interchange.parse(json.dumps(v1_data))
    out = m.to_json(register)
    assert out["format_version"] == 2 and out["languages"] == ["lv"]
    assert out["requests"] == [] and out["breaches"] == []
    assert list(validator.iter_errors(out)) == []
    compared = 0
    for path, value in _strings(v1_data):
        if path in ("format", "language"):
            continue
        converted = _at(out, path)
        if isinstance(converted, dict):  # a text: its main-language value is the version-1 string
            assert converted.get("lv", "") == value.strip() and (converted.get("lv", "") == value or not value.strip())
            compared += 1
        else:  # names, ids, enums, dates: unchanged
            assert converted == value, path
    assert compared > 50
    for kind in m.LIST_KINDS:
        assert [x.get("id", x.get("channel")) for x in out[kind]] == [
            x.get("id", x.get("channel")) for x in v1_data[kind]
        ]


def test_version_1_gets_the_catalogue_translations_audience_and_marketing(v1_data):
    out = m.to_json(interchange.parse(json.dumps(v1_data)))
    by_id = {p["id"]: p for p in out["purposes"]}
    # texts equal to a catalogue text get the catalogue's other languages; the company's own stay as typed
    assert out["subject_categories"][0]["name"] == {
        "lv": "Klienti",
        "en": "Customers",
        "ru": "Клиенты",
        "et": "Kliendid",
        "lt": "Klientai",
    }
    assert by_id["communication"]["name"] == {
        "lv": "Saziņa ar klientiem",
        "en": "Communication with customers",
        "ru": "Общение с клиентами",
        "et": "Suhtlus klientidega",
        "lt": "Bendravimas su klientais",
    }
    assert by_id["services"]["name"] == {"lv": "Pakalpojumu nodrošināšana"}
    # texts the catalogue had in version 1 (since reworded) keep their translation
    personal_code = next(c for c in out["data_categories"] if c["id"] == "personal-code")
    assert personal_code["description"] == {"lv": "Norāda pasūtījuma formā.", "en": "Entered in the order form."}
    assert out["subject_categories"][0]["audience"] == "customers"
    assert [p["id"] for p in out["purposes"] if p["direct_marketing"]] == ["marketing"]
    for p in out["purposes"]:
        if p["consent"] is not None:
            assert p["consent"]["on_form"] is True and p["consent"]["scope"] == {}
    # an empty string is an empty text
    assert by_id["relationship"]["collection_method"] == {}


def test_version_1_audience_comes_from_the_catalogue_else_customers(v1_data):
    v1_data["subject_categories"].extend(
        [
            {"id": "employees", "name": "Darbinieki", "description": "", "groups_note": ""},
            {"id": "my-staff", "name": "Darba kandidāti", "description": "", "groups_note": ""},
            {"id": "visitors", "name": "Apmeklētāji pie kases", "description": "", "groups_note": ""},
        ]
    )
    out = m.to_json(interchange.parse(json.dumps(v1_data)))
    audiences = {s["id"]: s["audience"] for s in out["subject_categories"]}
    assert audiences["employees"] == "staff"
    assert audiences["visitors"] == "customers"
    assert version1.audience("x", "Darba kandidāti", "lv") in m.AUDIENCES


def test_a_version_1_purpose_named_as_the_catalogue_named_it_then_keeps_what_that_name_gave(v1_data):
    # the catalogue's English "Sending marketing messages" is "Sending commercial communications" now
    v1_data["language"] = "en"
    marketing = next(p for p in v1_data["purposes"] if p["id"] == "marketing")
    marketing["name"] = "Sending marketing messages"
    out = m.to_json(interchange.parse(json.dumps(v1_data)))
    newsletter = next(p for p in out["purposes"] if p["id"] == "marketing")
    assert newsletter["direct_marketing"] is True  # the notice's separate objection to direct marketing
    assert newsletter["name"]["en"] == "Sending marketing messages"  # as it was typed
    assert newsletter["name"]["lv"] == "Komerciālu paziņojumu sūtīšana"  # and its translations


def test_version_1_in_english_and_its_errors(v1_data):
    v1_data["language"] = "en"
    v1_data["subject_categories"][0]["name"] = "Customers"
    out = m.to_json(interchange.parse(json.dumps(v1_data)))
    assert out["languages"] == ["en"]
    assert out["subject_categories"][0]["name"] == {
        "en": "Customers",
        "lv": "Klienti",
        "ru": "Клиенты",
        "et": "Kliendid",
        "lt": "Klientai",
    }
    v1_data["language"] = "xx"
    with pytest.raises(InvalidRegister) as info:
        interchange.parse(json.dumps(v1_data))
    assert [(p.path, p.key) for p in info.value.problems] == [("language", "unknown_value")]
    del v1_data["language"]
    with pytest.raises(InvalidRegister) as info:
        interchange.parse(json.dumps(v1_data))
    assert [(p.path, p.key) for p in info.value.problems] == [("language", "missing_key")]


def test_version_1_with_a_wrong_value_names_its_place(v1_data):
    v1_data["purposes"][0]["description"] = 7
    with pytest.raises(InvalidRegister) as info:
        interchange.parse(json.dumps(v1_data))
    assert ("purposes[0].description", "wrong_type") in {(p.path, p.key) for p in info.value.problems}


# --- the schema ---------------------------------------------------------------------------------------------


def test_the_schema_ships_with_the_package_and_names_the_format():
    schema = json.loads(paths.register_schema_path().read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format_version"] == {"const": m.FORMAT_VERSION}
    assert schema["$defs"]["text"]["propertyNames"] == {"enum": list(languages.DOCUMENT_CODES)}
    # every field of the model is in the schema, and no other
    assert set(schema["required"]) == {f for f in m.to_json(m.Register())}


def test_every_exported_register_is_valid_against_the_schema(validator, sample_register):
    from ropa_desktop.core import catalogue, synthetic

    registers = [sample_register, m.Register(), synthetic.synthetic_register(40, 60, 12)]
    everything = m.Register(languages=["en", "lv"])
    for kind in m.LIST_KINDS:
        everything.items(kind).extend(e.make() for e in catalogue.load().entries(kind))
    registers.append(everything)
    for register in registers:
        data = json.loads(interchange.dumps(register))
        assert list(validator.iter_errors(data)) == []


def test_the_schema_names_every_field_of_every_part_of_the_model():
    """The schema is written by hand: when the model gains or loses a field, this says where."""
    import dataclasses
    import typing

    schema = json.loads(paths.register_schema_path().read_text(encoding="utf-8"))
    defs = schema["$defs"]

    def snake(name: str) -> str:
        return name[0].lower() + "".join(f"_{c.lower()}" if c.isupper() else c for c in name[1:])

    seen: set[type] = set()

    def walk(cls: type) -> None:
        if cls in seen or cls in (m.Text, m.Period):
            return
        seen.add(cls)
        fields = [f.name for f in dataclasses.fields(cls)]
        if cls is not m.Register:
            assert defs[snake(cls.__name__)]["required"] == fields, cls.__name__
            assert set(defs[snake(cls.__name__)]["properties"]) == set(fields), cls.__name__
        for hint in typing.get_type_hints(cls).values():
            for arg in (hint, *typing.get_args(hint), *(a for x in typing.get_args(hint) for a in typing.get_args(x))):
                if isinstance(arg, type) and dataclasses.is_dataclass(arg):
                    walk(arg)

    walk(m.Register)
    assert len(seen) > 20
