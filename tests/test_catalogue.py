"""The catalogue files and the catalogue API: both languages everywhere, stable keys that match the sample."""

from __future__ import annotations

import dataclasses
import json

import pytest

from ropa_desktop import paths
from ropa_desktop.core import catalogue, languages, model
from ropa_desktop.core.model import CHANNELS, LEGAL_BASES

KINDS = model.LIST_KINDS
MINIMUM = {
    "subject_categories": 8,
    "data_categories": 25,
    "purposes": 15,
    "security_measures": 15,
    "identification_rules": 5,
}
# Values that are codes, numbers or names written the same in every language, never translated.
UNTRANSLATED_KEYS = {
    "key", "group", "kind", "sensitivity", "role", "country", "basis", "then", "channel", "safeguard",
    "registration_number", "article", "signed_on", "review_on",
}
SAMPLE_IDS = {
    "subject_categories": ["clients"],
    "data_categories": [
        "name", "personal-code", "contacts", "relationship-dates", "device-data", "correspondence",
        "purchase-history", "feedback", "bank-account",
    ],
    "recipients": ["mozello", "debt-collectors"],
}


@pytest.fixture(scope="module")
def cat():
    return catalogue.load()


def _texts(value, path=""):
    """Every text {"lv": …, "en": …, …} and every plain string under ``value``, with its path."""
    if isinstance(value, dict) and {"lv", "en"} <= set(value):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _texts(v, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def test_load_is_cached_and_reads_every_file(cat):
    assert catalogue.load() is cat
    files = sorted(p.stem for p in paths.catalogue_dir().glob("*.json"))
    assert files == sorted([*KINDS, "legal_bases"])


@pytest.mark.parametrize("kind", KINDS)
def test_entries_have_unique_keys_groups_and_both_languages(cat, kind):
    raw = cat.raw(kind)
    keys = [e["key"] for e in raw["entries"]]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len(keys) >= MINIMUM.get(kind, 1)
    for group, titles in raw["groups"].items():
        assert all(titles[lang].strip() for lang in languages.DOCUMENT_CODES), group
    for item in raw["entries"]:
        assert item["group"] in raw["groups"], item["key"]
        for lang in languages.DOCUMENT_CODES:
            assert item["explanation"][lang].strip(), (item["key"], lang)
            assert "\n" not in item["explanation"][lang]
        for path, value in _texts(item["entry"]):
            leaf = path.split(".")[-1].split("[")[0]
            if isinstance(value, str):
                assert leaf in UNTRANSLATED_KEYS or value == "", f"{kind}/{item['key']}: {path} is not bilingual"
            else:
                assert set(value) == set(languages.DOCUMENT_CODES), f"{kind}/{item['key']}: {path} lacks a language"
                for lang in languages.DOCUMENT_CODES:
                    assert bool(value["lv"].strip()) == bool(value[lang].strip()), f"{kind}/{item['key']}: {path}"
                if value["lv"] and leaf not in ("name",):
                    assert value["lv"] != value["en"] or leaf == "name", f"{kind}/{item['key']}: {path} not translated"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", languages.DOCUMENT_CODES)
def test_every_made_entry_is_valid(cat, kind, lang):
    for entry in cat.entries(kind):
        made = entry.make(lang)
        assert isinstance(made, model.ENTRY_TYPES[kind])
        assert made.id == entry.key
        assert model.validate_entry(made, f"{kind}[{entry.key}]") == []
        assert entry.title(lang).strip()
        assert entry.explanation(lang).strip()
        assert cat.group_title(kind, entry.group, lang) != entry.group
        # a fresh copy each time: editing one never changes the catalogue
        assert entry.make(lang) is not made


def test_make_gives_each_language(cat):
    lv = cat.get("data_categories", "personal-code").make("lv")
    en = cat.get("data_categories", "personal-code").make("en")
    assert (lv.name, lv.sensitivity) == ("Personas kods", "national_id")
    assert (en.name, en.sensitivity) == ("Personal identity number", "national_id")
    lv.name = "changed"
    assert cat.get("data_categories", "personal-code").make("lv").name == "Personas kods"


def test_purpose_suggestions_resolve(cat):
    for purpose in cat.entries("purposes"):
        assert set(purpose.suggests) == {"subject_categories", "data_categories", "retention_rules", "recipients"}
        assert purpose.suggests["subject_categories"] and purpose.suggests["data_categories"]
        assert purpose.suggests["retention_rules"], purpose.key
        for kind, keys in purpose.suggests.items():
            for key in keys:
                assert cat.get(kind, key) is not None, f"{purpose.key} suggests missing {kind}/{key}"
        made = purpose.make("lv")
        assert made.legal_bases, purpose.key
        suggested = purpose.suggests["data_categories"]
        sensitivities = {cat.get("data_categories", k).make("lv").sensitivity for k in suggested}
        if sensitivities & {"special", "criminal"}:
            assert made.special_condition, purpose.key


def test_issue_purposes_are_all_there(cat):
    keys = {e.key for e in cat.entries("purposes")}
    assert {
        "orders", "accounting", "customer-communication", "commercial-emails", "e-shop", "cookies-analytics",
        "debt-recovery", "video-surveillance", "personnel", "payroll", "recruitment", "complaints",
        "legal-claims", "authority-requests", "security-logs",
    } <= keys


def test_a_register_of_every_catalogue_entry_is_valid(cat):
    """All entries together, purposes linked to what they suggest, make a valid register in both languages."""
    for lang in model.LANGUAGES:
        register = model.Register(language=lang)
        for kind in KINDS:
            register.items(kind).extend(e.make(lang) for e in cat.entries(kind))
        for purpose in register.purposes:
            sug = cat.get("purposes", purpose.id).suggests
            purpose.subject_category_ids = list(sug["subject_categories"])
            purpose.data_category_ids = list(sug["data_categories"])
            purpose.recipient_ids = list(sug["recipients"])
            for key in sug["retention_rules"]:
                rule = register.find("retention_rules", key)
                if purpose.id not in rule.purpose_ids:
                    rule.purpose_ids.append(purpose.id)
        assert model.validate(register) == []


def test_sensitivities_and_required_data_categories(cat):
    by_key = {e.key: e.make("en") for e in cat.entries("data_categories")}
    assert by_key["personal-code"].sensitivity == "national_id"
    assert by_key["health-sick-leave"].sensitivity == "special"
    assert by_key["criminal-record"].sensitivity == "criminal"
    for key in ("name", "contacts", "postal-address", "bank-account", "payment-data", "purchase-history",
                "contract-data", "correspondence", "call-recordings", "device-data", "ip-address", "feedback",
                "video-images", "employment-data", "salary"):
        assert by_key[key].sensitivity == "regular", key


def test_sample_entries_match_the_catalogue_exactly(cat, sample_register):
    for kind, ids in SAMPLE_IDS.items():
        for item_id in ids:
            ours = sample_register.find(kind, item_id)
            entry = cat.get(kind, item_id)
            assert entry is not None, f"{kind}/{item_id} missing from the catalogue"
            theirs = entry.make("lv")
            for f in dataclasses.fields(ours):
                value = getattr(ours, f.name)
                if isinstance(value, str):
                    assert getattr(theirs, f.name) == value, f"{kind}/{item_id}.{f.name}"
            # and the English documents print the catalogue's English
            assert catalogue.localized(kind, ours, "name", "lv", "en") == entry.make("en").name


def test_mozello_and_authorities(cat):
    mozello = cat.get("recipients", "mozello").make("lv")
    assert (mozello.name, mozello.registration_number, mozello.country, mozello.role) == (
        "Mozello SIA", "40203002519", "LV", "processor")
    assert mozello.agreement is not None and mozello.agreement.kind == "processing_agreement"
    vid = cat.get("recipients", "vid").make("en")
    assert vid.role == "public_authority" and vid.country == "LV"
    for key in ("google-workspace", "microsoft-365"):
        made = cat.get("recipients", key).make("en")
        assert made.transfer is not None and made.transfer.country == "US" and made.transfer.note
    roles = {e.make("en").role for e in cat.entries("recipients")}
    assert {"processor", "recipient_category", "public_authority"} <= roles
    assert cat.get("recipients", "accountant").make("en").role == "processor"
    assert cat.get("recipients", "debt-collectors").make("en").role == "recipient_category"


def test_retention_presets_cite_the_law_as_the_glossary_does(cat):
    rules = {e.key: e.make("lv") for e in cat.entries("retention_rules")}

    def period(key):
        p = rules[key].period
        return p and (p.unit, p.value)

    assert period("accounting-source-5y") == ("years", 5)
    assert rules["accounting-source-5y"].legal_reference == "Grāmatvedības likums, 28. pants"
    assert period("accounting-registers-10y") == ("years", 10)
    assert rules["accounting-registers-10y"].legal_reference == "Grāmatvedības likums, 28. pants"
    assert period("general-limitation-10y") == ("years", 10)
    assert rules["general-limitation-10y"].legal_reference == "Civillikums, 1895. pants"
    assert period("commercial-claims-3y") == ("years", 3)
    assert rules["commercial-claims-3y"].legal_reference == "Komerclikums, 406. pants"
    assert rules["until-contract-ends"].until_event and rules["until-contract-ends"].period is None
    assert rules["until-consent-withdrawn"].until_event
    for key in ("call-recordings-12m", "video-30d", "web-logs-6m"):
        assert rules[key].period is not None
    references = {r.legal_reference for r in rules.values()} - {""}
    assert references == {"Grāmatvedības likums, 28. pants", "Civillikums, 1895. pants", "Komerclikums, 406. pants"}
    en = cat.get("retention_rules", "general-limitation-10y").make("en")
    assert en.legal_reference == "Civil Law, Section 1895"


def test_security_measures_and_identification_rules(cat):
    measures = [e.make("lv") for e in cat.entries("security_measures")]
    assert len(measures) >= 15
    assert {m.kind for m in measures} == {"technical", "organisational"}
    channels = [e.make("en").channel for e in cat.entries("identification_rules")]
    assert sorted(channels) == sorted(CHANNELS)


def test_legal_bases_have_the_regulation_wording(cat):
    for lang in languages.DOCUMENT_CODES:
        bases = catalogue.legal_bases(lang)
        assert [b.basis for b in bases] == list(LEGAL_BASES)
        assert [b.article for b in bases] == [f"6(1)({x})" for x in "abcdef"]
        for b in bases:
            assert b.wording.strip() and b.explanation.strip() and b.label.strip()
            assert b.wording != b.explanation
    lv = {b.basis: b for b in catalogue.legal_bases("lv")}
    en = {b.basis: b for b in catalogue.legal_bases("en")}
    assert lv["contract"].wording == (
        "apstrāde ir vajadzīga līguma, kura līgumslēdzēja puse ir datu subjekts, izpildei vai pasākumu veikšanai "
        "pēc datu subjekta pieprasījuma pirms līguma noslēgšanas;"
    )
    assert lv["consent"].wording.startswith("datu subjekts ir devis piekrišanu savu personas datu apstrādei")
    assert en["legal_obligation"].wording == (
        "processing is necessary for compliance with a legal obligation to which the controller is subject;"
    )
    assert en["legitimate_interests"].wording.endswith("in particular where the data subject is a child.")
    assert lv["contract"].label == "līguma izpilde"
    assert catalogue.legal_basis("en", "consent").article == "6(1)(a)"


def test_localized_follows_the_text_until_the_user_changes_it(cat, sample_register):
    mozello = sample_register.find("recipients", "mozello")
    assert catalogue.localized("recipients", mozello, "service", "lv", "en").startswith("Cloud services")
    assert catalogue.localized("recipients", mozello, "agreement.note", "lv", "en").startswith("An agreement")
    assert catalogue.localized("recipients", mozello, "service", "lv", "lv") == mozello.service
    mozello.service = "Mājas lapa un internetveikals."
    assert catalogue.localized("recipients", mozello, "service", "lv", "en") == "Mājas lapa un internetveikals."
    # entries the catalogue does not know print as typed
    services = sample_register.find("purposes", "services")
    assert catalogue.localized("purposes", services, "name", "lv", "en") == services.name
    # an empty text stays empty; an unknown field gives ""
    name = sample_register.find("data_categories", "name")
    assert catalogue.localized("data_categories", name, "description", "lv", "en") == ""
    assert catalogue.localized("data_categories", name, "no_such_field", "lv", "en") == ""


def test_localized_for_nested_fields_and_channels(cat):
    purpose = cat.get("purposes", "commercial-emails").make("en")
    assert catalogue.localized("purposes", purpose, "consent.withdrawal", "en", "lv") == (
        cat.get("purposes", "commercial-emails").make("lv").consent.withdrawal)
    assert catalogue.localized("purposes", purpose, "legal_bases.consent.note", "en", "lv") == (
        "Informācijas sabiedrības pakalpojumu likums, 9. pants.")
    assert catalogue.localized("purposes", purpose, "legal_bases.0.note", "en", "lv") == (
        "Informācijas sabiedrības pakalpojumu likums, 9. pants.")
    rule = cat.get("identification_rules", "in_person").make("lv")
    assert catalogue.localized("identification_rules", rule, "criteria", "lv", "en").startswith("The person shows")
    rule.criteria = "Pase."
    assert catalogue.localized("identification_rules", rule, "criteria", "lv", "en") == "Pase."


def test_read_reports_a_broken_file(tmp_path):
    for kind in KINDS:
        (tmp_path / f"{kind}.json").write_text(json.dumps({"groups": {}, "entries": []}), encoding="utf-8")
    assert catalogue.read(tmp_path).entries("purposes") == []
    (tmp_path / "purposes.json").write_text("{", encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        catalogue.read(tmp_path)
