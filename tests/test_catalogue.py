"""The catalogue files and the catalogue API: every document language everywhere, stable keys that match the sample."""

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
    "key",
    "group",
    "kind",
    "sensitivity",
    "role",
    "country",
    "basis",
    "then",
    "channel",
    "safeguard",
    "registration_number",
    "article",
    "signed_on",
    "review_on",
    "audience",
}
SAMPLE_IDS = {
    "subject_categories": ["clients"],
    "data_categories": [
        "name",
        "personal-code",
        "contacts",
        "relationship-dates",
        "device-data",
        "correspondence",
        "purchase-history",
        "feedback",
        "bank-account",
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
    assert files == sorted([*KINDS, "legal_bases", "special_conditions"])


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
        made = entry.make()
        assert isinstance(made, model.ENTRY_TYPES[kind])
        assert made.id == entry.key
        assert model.validate_entry(made, f"{kind}[{entry.key}]") == []
        assert entry.title(lang).strip()
        assert entry.explanation(lang).strip()
        assert cat.group_title(kind, entry.group, lang) != entry.group
        # a fresh copy each time: editing one never changes the catalogue
        assert entry.make() is not made


def _made_texts(value, path=""):
    """(path, Text) of every text of a made entry."""
    if isinstance(value, model.Text):
        yield path, value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _made_texts(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _made_texts(item, f"{path}[{i}]")


@pytest.mark.parametrize("kind", KINDS)
def test_picking_fills_every_language_the_catalogue_has(cat, kind):
    for entry in cat.entries(kind):
        made = entry.make()
        texts = list(_made_texts(made))
        assert texts, entry.key
        for path, text in texts:
            assert text.missing(languages.DOCUMENT_CODES) == (), f"{kind}/{entry.key}{path}"


def test_make_gives_each_language(cat):
    made = cat.get("data_categories", "personal-code").make()
    assert made.name == {
        "lv": "Personas kods",
        "en": "Personal identity number",
        "ru": "Персональный код",
        "et": "Isikukood",
        "lt": "Asmens kodas",
    }
    assert made.sensitivity == "national_id"
    made.name = model.Text.of("lv", "changed")
    assert cat.get("data_categories", "personal-code").make().name["lv"] == "Personas kods"


def test_subject_categories_say_which_notice_informs_them(cat):
    audiences = {e.key: e.make().audience for e in cat.entries("subject_categories")}
    assert set(audiences.values()) <= set(model.AUDIENCES)
    assert audiences["clients"] == "customers" and audiences["website-visitors"] == "customers"
    assert audiences["employees"] == "staff" and audiences["job-applicants"] == "applicants"
    assert audiences["partner-contacts"] == "partners"
    for entry in cat.entries("subject_categories"):
        assert "audience" in entry.data, entry.key  # set on purpose in the file, not left to the default


def test_the_marketing_purpose_and_the_consents(cat):
    marketing = [e.key for e in cat.entries("purposes") if e.make().direct_marketing]
    assert marketing == ["commercial-emails"]
    cookies = cat.get("purposes", "cookies-analytics").make().consent
    assert cookies.on_form is False and cookies.scope["en"] == "Cookies not needed for the website to work."
    assert cat.get("purposes", "commercial-emails").make().consent.on_form is True


def test_no_entry_states_one_company_s_facts(cat):
    """Catalogue texts are generic: no company's name, and no reason for a personal identity number (Art. 87): that
    is the company's own to give, and the completeness check asks for it while it is missing."""
    for kind in KINDS:
        for entry in cat.entries(kind):
            for path, text in _made_texts(entry.make()):
                for value in text.values():
                    assert "“ZĪMES”" not in value, f"{kind}/{entry.key}{path}"
    code = cat.get("data_categories", "personal-code").make()
    assert not any(code.description.values())
    mozello = cat.get("recipients", "mozello").make()
    assert "personal identity number" not in mozello.service["en"] and "personas kod" not in mozello.service["lv"]


def test_purpose_suggestions_resolve(cat):
    for purpose in cat.entries("purposes"):
        assert set(purpose.suggests) == {"subject_categories", "data_categories", "retention_rules", "recipients"}
        assert purpose.suggests["subject_categories"] and purpose.suggests["data_categories"]
        assert purpose.suggests["retention_rules"], purpose.key
        for kind, keys in purpose.suggests.items():
            for key in keys:
                assert cat.get(kind, key) is not None, f"{purpose.key} suggests missing {kind}/{key}"
        for kind, keys in purpose.essential.items():  # what the purpose exists for is among its suggestions
            assert set(keys) <= set(purpose.suggests[kind]) - set(purpose.rare.get(kind, ())), purpose.key
        made = purpose.make()
        assert made.legal_bases, purpose.key
        suggested = purpose.suggests["data_categories"]
        sensitivities = {cat.get("data_categories", k).make().sensitivity for k in suggested}
        if sensitivities & {"special", "criminal"}:
            assert made.special_condition, purpose.key


def test_a_subject_categorys_usual_data_is_what_nearly_every_purpose_concerning_them_has(cat):
    """A purpose of the company's own naming is linked to its data subjects' usual data (``suggests``): only what
    at least nine in ten of the catalogue's purposes concerning them have ticked, and never data that needs a
    deliberate choice."""
    from ropa_desktop.core import suggestions

    ticked = {
        p.key: {(o.kind, o.key) for o in suggestions.offers(cat, [p.key]) if o.ticked} for p in cat.entries("purposes")
    }
    usual = {}
    for subject in cat.entries("subject_categories"):
        assert set(subject.suggests) <= {"data_categories"}, subject.key
        keys = subject.suggests.get("data_categories", ())
        usual[subject.key] = set(keys)
        concerning = [k for k, t in ticked.items() if ("subject_categories", subject.key) in t]
        assert concerning or not keys, subject.key
        for key in keys:
            data = cat.get("data_categories", key)
            assert data is not None and data.make().sensitivity == "regular", (subject.key, key)
            having = [k for k in concerning if ("data_categories", key) in ticked[k]]
            assert len(having) >= 0.9 * len(concerning), (subject.key, key, sorted(set(concerning) - set(having)))
    assert usual["clients"] == {"name", "contacts"} and usual["employees"] == {"name"}
    assert not usual["cctv-persons"] and not usual["website-visitors"]


def test_issue_purposes_are_all_there(cat):
    keys = {e.key for e in cat.entries("purposes")}
    assert {
        "orders",
        "accounting",
        "customer-communication",
        "commercial-emails",
        "e-shop",
        "cookies-analytics",
        "debt-recovery",
        "video-surveillance",
        "personnel",
        "payroll",
        "recruitment",
        "complaints",
        "legal-claims",
        "authority-requests",
        "security-logs",
    } <= keys


def test_a_register_of_every_catalogue_entry_is_valid(cat):
    """All entries together, purposes linked to what they suggest, make a valid register in both languages."""
    for lang in ("lv", "en"):
        register = model.Register(languages=[lang])
        for kind in KINDS:
            register.items(kind).extend(e.make() for e in cat.entries(kind))
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
    by_key = {e.key: e.make() for e in cat.entries("data_categories")}
    assert by_key["personal-code"].sensitivity == "national_id"
    assert by_key["health-sick-leave"].sensitivity == "special"
    assert by_key["criminal-record"].sensitivity == "criminal"
    for key in (
        "name",
        "contacts",
        "postal-address",
        "bank-account",
        "payment-data",
        "purchase-history",
        "contract-data",
        "correspondence",
        "call-recordings",
        "device-data",
        "ip-address",
        "feedback",
        "video-images",
        "employment-data",
        "salary",
    ):
        assert by_key[key].sensitivity == "regular", key


def test_sample_entries_match_the_catalogue_exactly(cat, sample_register):
    for kind, ids in SAMPLE_IDS.items():
        for item_id in ids:
            ours = sample_register.find(kind, item_id)
            entry = cat.get(kind, item_id)
            assert entry is not None, f"{kind}/{item_id} missing from the catalogue"
            theirs = entry.make()
            for f in dataclasses.fields(ours):
                value = getattr(ours, f.name)
                if isinstance(value, str):
                    assert getattr(theirs, f.name) == value, f"{kind}/{item_id}.{f.name}"
            assert theirs.name["lv"] == ours.name["lv"], f"{kind}/{item_id}"


def test_mozello_and_authorities(cat):
    mozello = cat.get("recipients", "mozello").make()
    assert (mozello.name["lv"], mozello.registration_number, mozello.country, mozello.role) == (
        "Mozello SIA",
        "40203002519",
        "LV",
        "processor",
    )
    assert mozello.agreement is not None and mozello.agreement.kind == "processing_agreement"
    vid = cat.get("recipients", "vid").make()
    assert vid.role == "public_authority" and vid.country == "LV"
    for key in ("google-workspace", "microsoft-365"):
        made = cat.get("recipients", key).make()
        assert made.transfer is not None and made.transfer.country == "US" and made.transfer.note
    roles = {e.make().role for e in cat.entries("recipients")}
    assert {"processor", "recipient_category", "public_authority"} <= roles
    assert cat.get("recipients", "accountant").make().role == "processor"
    assert cat.get("recipients", "debt-collectors").make().role == "recipient_category"


def test_retention_presets_cite_the_law_as_the_glossary_does(cat):
    rules = {e.key: e.make() for e in cat.entries("retention_rules")}

    def period(key):
        p = rules[key].period
        return p and (p.unit, p.value)

    assert period("accounting-source-5y") == ("years", 5)
    assert rules["accounting-source-5y"].legal_reference["lv"] == "Grāmatvedības likuma 28. pants"
    assert period("accounting-registers-10y") == ("years", 10)
    assert rules["accounting-registers-10y"].legal_reference["lv"] == "Grāmatvedības likuma 28. pants"
    assert period("general-limitation-10y") == ("years", 10)
    assert rules["general-limitation-10y"].legal_reference["lv"] == "Civillikuma 1895. pants"
    assert period("commercial-claims-3y") == ("years", 3)
    assert rules["commercial-claims-3y"].legal_reference["lv"] == "Komerclikuma 406. pants"
    assert rules["until-contract-ends"].until_event and rules["until-contract-ends"].period is None
    assert rules["until-consent-withdrawn"].until_event
    for key in ("call-recordings-12m", "video-30d", "web-logs-6m"):
        assert rules[key].period is not None
    references = {r.legal_reference.get("lv", "") for r in rules.values()} - {""}
    assert references == {"Grāmatvedības likuma 28. pants", "Civillikuma 1895. pants", "Komerclikuma 406. pants"}
    en = cat.get("retention_rules", "general-limitation-10y").make()
    assert en.legal_reference["en"] == "Civil Law, Section 1895"


def test_security_measures_and_identification_rules(cat):
    measures = [e.make() for e in cat.entries("security_measures")]
    assert len(measures) >= 15
    assert {m.kind for m in measures} == {"technical", "organisational"}
    channels = [e.make().channel for e in cat.entries("identification_rules")]
    assert sorted(channels) == sorted(CHANNELS)


def test_legal_bases_have_the_regulation_wording(cat):
    for lang in ("lv", "en"):
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


def test_read_reports_a_broken_file(tmp_path):
    for kind in KINDS:
        (tmp_path / f"{kind}.json").write_text(json.dumps({"groups": {}, "entries": []}), encoding="utf-8")
    assert catalogue.read(tmp_path).entries("purposes") == []
    (tmp_path / "purposes.json").write_text("{", encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        catalogue.read(tmp_path)


def test_purposes_come_with_their_dpia_screening(cat):
    """Picking a catalogue purpose answers the screening; video surveillance and health data are left to assess."""
    from ropa_desktop.core import completeness

    # purposes with special category data or video surveillance are left to assess; the rest are answered
    assess = {"video-surveillance", "personnel", "payroll", "food-worker-health", "custom-orders", "client-cards"}
    for item in cat.entries("purposes"):
        dpia = item.make().dpia
        assert list(dpia.note.missing(["lv", "en"])) == [] and dpia.note, item.key
        if item.key in assess:
            assert dpia.required is None and dpia.note["lv"].startswith("Izvērtējiet:"), item.key
            assert dpia.note["en"].startswith("Assess:"), item.key
        else:
            assert dpia.required is False, item.key
    # a register of every catalogue entry asks for the screening only where it is left to assess
    register = model.Register(languages=["lv", "en"])
    for kind in catalogue.KINDS:
        setattr(register, kind, [e.make() for e in cat.entries(kind)])
    for p in register.purposes:
        suggested = cat.get("purposes", p.id).suggests
        p.subject_category_ids = list(suggested.get("subject_categories", ()))
        p.data_category_ids = list(suggested.get("data_categories", ()))
    dpia = {(f.entity_id, f.severity) for f in completeness.check(register) if f.code.startswith("dpia")}
    assert dpia == {(key, completeness.MISSING) for key in assess}


def test_entries_for_the_commonest_small_businesses(cat):
    """Issue 15 item 8: food businesses, custom orders with allergies, loyalty cards, card terminals, client cards,
    construction site access lists."""
    for key in ("food-worker-health", "custom-orders", "loyalty-programme", "client-cards", "site-access"):
        assert cat.get("purposes", key) is not None, key
    food = cat.get("purposes", "food-worker-health").make()
    assert food.bases() == ["legal_obligation"]
    assert "Epidemioloģiskās drošības likuma 34. pants" in food.legal_bases[0].note["lv"]
    assert food.special_condition["lv"].startswith("VDAR 9. panta 2. punkta b) apakšpunkts")
    assert "Nr. 447" in food.special_condition["lv"] and "No. 447" in food.special_condition["en"]
    special = {e.key for e in cat.entries("data_categories") if e.make().sensitivity == "special"}
    for key in ("food-worker-health", "custom-orders", "client-cards"):
        purpose = cat.get("purposes", key)
        assert set(purpose.suggests["data_categories"]) & special, key
        assert purpose.make().special_condition, key  # a purpose with special data brings its Art. 9(2) condition
    assert "card-terminals" in cat.get("purposes", "orders").suggests["recipients"]
    assert cat.get("subject_categories", "site-workers").make().audience == "other"


def test_the_art_9_conditions_to_pick_from(cat):
    conditions = cat.special_conditions()
    assert [a for a, _ in conditions] == [f"9(2)({p})" for p in "abcdefghij"] + ["10"]
    languages = set(cat.get("purposes", "orders").make().name)
    for article, text in conditions:
        assert set(text) == languages, article
        assert text["lv"].startswith("VDAR ") and " – " in text["lv"], article
        assert " – " in text["en"] and " — " not in text["en"], article  # the English documents' dash
    assert conditions[0][1]["lv"].startswith("VDAR 9. panta 2. punkta a) apakšpunkts – datu subjekts ir devis")
    assert conditions[1][1]["en"].startswith("Art. 9(2)(b) GDPR – the processing is necessary")


def test_the_prompt_to_assess_a_purposes_dpia_is_known_as_a_prompt_not_a_reason():
    """A purpose left to assess (video surveillance) brings “Izvērtējiet: …” as its DPIA reason: untouched, it is the
    catalogue's prompt; edited, or a reason of a purpose the catalogue answers, it is the user's reason."""
    from ropa_desktop.core import catalogue

    cat = catalogue.load()
    prompt = cat.get("purposes", "video-surveillance").make().dpia.note
    assert prompt["lv"].startswith("Izvērtējiet:") and cat.is_assess_prompt(prompt)
    assert cat.is_assess_prompt({"lv": prompt["lv"]})  # the languages the register keeps of it
    assert not cat.is_assess_prompt({**prompt, "lv": prompt["lv"] + " Novērtēts 2026. gadā."})
    assert not cat.is_assess_prompt(cat.get("purposes", "orders").make().dpia.note)
    assert not cat.is_assess_prompt({}) and not cat.is_assess_prompt(None)
