"""The completeness check (GDPR Art. 30(1), Art. 13): the sample's gaps, a full register, each rule, report, CLI."""

from __future__ import annotations

import copy
import dataclasses
import json
import tomllib

import pytest

from ropa_desktop import cli, paths
from ropa_desktop.core import catalogue, completeness, model, steps
from ropa_desktop.core.completeness import ADVICE, MISSING

SAMPLE_FINDINGS = {
    ("organisation", "", "registration_number"),
    ("organisation", "", "address"),
    ("organisation", "", "email"),
    ("organisation", "", "phone"),
    ("organisation", "", "contact_person.name"),
    ("organisation", "", "contact_person.email"),
    ("purposes", "services", "dpia.required"),
    ("purposes", "relationship", "dpia.required"),
    ("purposes", "communication", "dpia.required"),
    ("purposes", "website", "dpia.required"),
    ("purposes", "marketing", "dpia.required"),
    ("purposes", "relationship", "requirement.consequence"),
    ("purposes", "communication", "requirement.consequence"),
    ("purposes", "website", "requirement.consequence"),
    ("purposes", "website", "consent.withdrawal"),
    ("purposes", "marketing", "consent.withdrawal"),
    ("purposes", "relationship", "collection_method"),
    ("purposes", "communication", "collection_method"),
    ("purposes", "marketing", "collection_method"),
    ("purposes", "marketing", "data_category_ids"),
    ("purposes", "services", ""),  # accounting records kept only "until the contractual relationship ends"
    ("recipients", "mozello", "agreement.signed_on"),
    ("security_measures", "", ""),
    ("identification_rules", "", ""),
    ("document_settings", "", "approved_by"),
    ("document_settings", "", "approved_on"),
    ("document_settings", "", "effective_from"),
}
TODAY = "2025-06-01"
Text = model.Text


def both(lv: str, en: str) -> dict[str, str]:
    return {"lv": lv, "en": en}


def full_data(sample: dict) -> dict:
    """The sample with every gap filled in."""
    d = copy.deepcopy(sample)
    org = d["organisation"]
    org.update(
        registration_number="40003999999",
        address="Brīvības iela 1, Rīga, LV-1010",
        email="info@zimes.lv",
        phone="+371 20000000",
    )
    org["contact_person"].update(name="Anna Bērziņa", email="anna@zimes.lv")
    for p in d["purposes"]:
        p["dpia"] = {
            "required": False,
            "note": both("Neliels apjoms, nav sistemātiskas uzraudzības.", "Small scale, no systematic monitoring."),
        }
        p["requirement"]["consequence"] = p["requirement"]["consequence"] or both(
            "Bez šiem datiem nevaram sazināties.", "Without this data we cannot get in touch."
        )
        p["collection_method"] = p["collection_method"] or both(
            "Klients pats norāda datus.", "The customer gives the data."
        )
        if p["consent"] is not None:
            p["consent"]["withdrawal"] = both("Rakstot uz info@zimes.lv.", "By writing to info@zimes.lv.")
    for rule in d["retention_rules"]:
        rule["data_category_ids"] = []
    d["retention_rules"].append(
        {
            "id": "accounting-source-5y",
            "purpose_ids": ["services"],
            "data_category_ids": [],
            "period": {"years": 5},
            "until_event": {},
            "legal_reference": both("Grāmatvedības likuma 28. pants", "Accounting Law, Section 28"),
            "then": "delete",
        }
    )
    d["recipients"][0]["agreement"]["signed_on"] = "2024-01-15"
    cat = catalogue.load()
    d["security_measures"] = [model.to_json(e.make()) for e in cat.entries("security_measures")[:6]]
    d["identification_rules"] = [model.to_json(e.make()) for e in cat.entries("identification_rules")]
    d["document_settings"].update(
        approved_by=both("Valdes loceklis Jānis Kalniņš", "Jānis Kalniņš, board member"),
        approved_on="2025-01-10",
        effective_from="2025-02-01",
    )
    return d


@pytest.fixture
def full(sample_data):
    return model.from_json(full_data(sample_data))


def where(findings, severity=None):
    return {f.where for f in findings if severity is None or f.severity == severity}


def codes(findings):
    return {f.code for f in findings}


# --- the sample and a full register ---------------------------------------------------


def test_sample_gives_exactly_its_gaps(sample_register):
    findings = completeness.check(sample_register, today=TODAY)
    assert where(findings) == SAMPLE_FINDINGS
    assert len(findings) == len(SAMPLE_FINDINGS)  # one finding per place
    by_where = {f.where: f for f in findings}
    assert by_where[("organisation", "", "registration_number")].severity == MISSING
    assert by_where[("organisation", "", "registration_number")].article == "13(1)(a)"
    assert by_where[("organisation", "", "address")].article == "30(1)(a)"
    assert by_where[("recipients", "mozello", "agreement.signed_on")].step == 6
    assert by_where[("purposes", "website", "consent.withdrawal")].article == "7(3)"
    assert by_where[("purposes", "services", "dpia.required")].article == "35(1)"
    # the screening must be answered where customers' personal codes are kept; elsewhere it is advice
    assert by_where[("purposes", "services", "dpia.required")].severity == MISSING
    assert "personas kodus" in by_where[("purposes", "services", "dpia.required")].message("lv")
    for pid in ("relationship", "communication", "website", "marketing"):
        assert by_where[("purposes", pid, "dpia.required")].severity == ADVICE, pid
    assert by_where[("purposes", "services", "")].code == "accounting_retention_unclear"
    assert by_where[("purposes", "services", "")].severity == ADVICE
    assert by_where[("security_measures", "", "")].article == "30(1)(g)"
    assert by_where[("security_measures", "", "")].step == 8
    assert by_where[("identification_rules", "", "")].step == 9
    assert by_where[("organisation", "", "phone")].severity == ADVICE
    assert by_where[("document_settings", "", "approved_by")].step == 11
    for f in findings:
        assert f.step in completeness.STEPS
        for lang in ("lv", "en"):
            assert f.message(lang) and f.action(lang) and "{" not in f.message(lang) + f.action(lang)


def test_full_register_gives_none(full):
    assert completeness.check(full, today=TODAY) == []
    status = completeness.step_status(full, [])
    assert set(status.values()) == {"complete"}
    assert completeness.report([], "lv").strip() == "Reģistrā ir viss, ko prasa VDAR 30. panta 1. punkts un 13. pants."


def test_empty_register_is_never_complete():
    register = model.Register()
    findings = completeness.check(register, today=TODAY)
    required = {
        ("organisation", "", "name"),
        ("organisation", "", "registration_number"),
        ("organisation", "", "address"),
        ("organisation", "", "email"),
        ("organisation", "", "contact_person.name"),
        ("organisation", "", "contact_person.email"),
        ("subject_categories", "", ""),
        ("data_categories", "", ""),
        ("purposes", "", ""),
        ("retention_rules", "", ""),
        ("security_measures", "", ""),
        ("identification_rules", "", ""),
    }
    assert required <= where(findings, MISSING)
    status = completeness.step_status(register, findings)
    for step in (1, 2, 3, 4, 5, 6, 7, 8, 9):
        assert status[step] == "empty", step
    assert status[10] == "incomplete"
    assert "complete" not in status.values()


def test_step_status_of_the_sample(sample_register):
    findings = completeness.check(sample_register, today=TODAY)
    status = completeness.step_status(sample_register, findings)
    assert status == {
        1: "incomplete",
        2: "complete",
        3: "incomplete",
        4: "complete",
        5: "complete",
        6: "incomplete",
        7: "complete",
        8: "empty",
        9: "empty",
        10: "incomplete",
        11: "empty",
    }


def test_findings_are_ordered_by_step_missing_first(sample_register):
    findings = completeness.check(sample_register, today=TODAY)
    keys = [(f.step, f.severity != MISSING) for f in findings]
    assert keys == sorted(keys)


# --- each rule on its own --------------------------------------------------------------


def gaps(full, change, today=TODAY):
    """The findings after ``change(register)`` of a full register."""
    change(full)
    return completeness.check(full, today=today)


def purpose(r, pid="services"):
    return r.find("purposes", pid)


def test_a_name_of_only_invisible_characters_is_not_given(full):
    # a company named “\u200b\u200b” counted as named, and the documents printed an invisible controller
    assert "org_name" not in codes(completeness.check(full))
    full.organisation.name = "\u200b\u200b "
    full.purposes[0].description = model.Text({"lv": "\u2060", "en": "\ufeff"})
    assert {"org_name", "purpose_description"} <= codes(completeness.check(full))


def test_purpose_without_legal_basis(full):
    found = gaps(full, lambda r: setattr(purpose(r), "legal_bases", []))
    assert where(found) == {("purposes", "services", "legal_bases")}
    assert found[0].severity == MISSING and found[0].step == 3


def test_purpose_without_data_categories(full):
    found = gaps(full, lambda r: setattr(purpose(r, "website"), "data_category_ids", []))
    # device-data is used only by that purpose, so it becomes unused too
    assert where(found) == {("purposes", "website", "data_category_ids"), ("data_categories", "device-data", "")}
    assert {f.severity for f in found if f.entity == "purposes"} == {MISSING}


def test_purpose_without_subjects(full):
    found = gaps(full, lambda r: setattr(purpose(r), "subject_category_ids", []))
    assert where(found) == {("purposes", "services", "subject_category_ids")}


def test_purpose_without_retention(full):
    def change(r):
        r.retention_rules[0].purpose_ids.remove("services")
        r.retention_rules.pop()  # the accounting rule, for this purpose only

    found = gaps(full, change)
    assert where(found) == {("purposes", "services", "")}
    assert codes(found) == {"purpose_no_retention"}
    assert found[0].step == 7 and found[0].article == "30(1)(f)" and found[0].severity == MISSING


def test_retention_covering_only_some_categories(full):
    def change(r):
        r.retention_rules[1].data_category_ids = ["contacts"]

    found = gaps(full, change)
    assert where(found) == {("purposes", "marketing", "data_category_ids")}
    assert found[0].severity == ADVICE
    assert "“First name and surname”" in found[0].message("en")
    assert "“Personas vārds, uzvārds”" in found[0].message("lv")


def test_consent_without_method_or_withdrawal(full):
    def change(r):
        purpose(r, "marketing").consent = model.Consent()

    found = gaps(full, change)
    assert where(found) == {
        ("purposes", "marketing", "consent.method"),
        ("purposes", "marketing", "consent.withdrawal"),
    }
    assert {f.article for f in found} == {"7(1)", "7(3)"}


def test_legitimate_interests_without_the_interest(full):
    def change(r):
        purpose(r, "relationship").legal_bases.append(model.LegalBasis("legitimate_interests"))

    found = gaps(full, change)
    assert where(found) == {("purposes", "relationship", "legitimate_interest")}
    assert found[0].article == "13(1)(d)"


def test_legal_obligation_without_the_law(full):
    found = gaps(full, lambda r: setattr(purpose(r).legal_bases[1], "note", Text()))
    assert where(found) == {("purposes", "services", "legal_bases.legal_obligation.note")}
    assert found[0].severity == ADVICE


def test_processor_without_agreement(full):
    found = gaps(full, lambda r: setattr(r.find("recipients", "mozello"), "agreement", None))
    assert where(found) == {("recipients", "mozello", "agreement")}
    assert (found[0].severity, found[0].article, found[0].step) == (MISSING, "28(3)", 6)


def test_joint_controller_without_arrangement(full):
    def change(r):
        x = r.find("recipients", "mozello")
        x.role, x.agreement = "joint_controller", None

    found = gaps(full, change)
    assert where(found) == {("recipients", "mozello", "agreement")}
    assert found[0].article == "26(1)"


def test_agreement_past_its_review_date(full):
    full.find("recipients", "mozello").agreement.review_on = "2025-05-31"
    found = completeness.check(full, today="2025-06-01")
    assert where(found) == {("recipients", "mozello", "agreement.review_on")}
    assert "31.05.2025." in found[0].message("lv")
    assert completeness.check(full, today="2025-05-31") == []


def test_transfer_outside_the_eea_without_safeguard(full):
    def change(r):
        x = r.find("recipients", "mozello")
        x.country = "US"

    found = gaps(full, change)
    assert where(found) == {("recipients", "mozello", "transfer")}
    assert found[0].article == "30(1)(e)" and found[0].severity == MISSING
    assert "Amerikas" in found[0].message("lv") or "ASV" in found[0].message("lv")
    full.find("recipients", "mozello").transfer = model.Transfer("US", "scc")
    assert completeness.check(full, today=TODAY) == []


def test_transfer_by_derogation_without_a_note(full):
    full.find("recipients", "mozello").transfer = model.Transfer("US", "derogation")
    found = completeness.check(full, today=TODAY)
    assert where(found) == {("recipients", "mozello", "transfer.note")}
    assert found[0].article == "49(1)"


def test_data_category_no_purpose_uses(full):
    full.data_categories.append(model.DataCategory("ip", Text(both("IP adrese", "IP address")), Text(), "regular"))
    found = completeness.check(full, today=TODAY)
    assert where(found) == {("data_categories", "ip", "")}
    assert found[0].severity == ADVICE and found[0].step == 4


@pytest.mark.parametrize(("sensitivity", "article"), [("special", "9(2)"), ("criminal", "10")])
def test_special_or_criminal_data_without_condition(full, sensitivity, article):
    health = model.DataCategory("health", Text(both("Veselības dati", "Health data")), Text(), sensitivity)
    full.data_categories.append(health)
    purpose(full).data_category_ids.append("health")
    found = completeness.check(full, today=TODAY)
    assert where(found) == {("purposes", "services", "special_condition")}
    assert found[0].article == article and found[0].severity == MISSING
    purpose(full).special_condition = Text(both("VDAR 9. panta 2. punkta b) apakšpunkts.", "Art. 9(2)(b) GDPR."))
    assert completeness.check(full, today=TODAY) == []


def test_national_id_without_a_reason(full):
    found = gaps(full, lambda r: setattr(r.find("data_categories", "personal-code"), "description", Text()))
    assert where(found) == {("data_categories", "personal-code", "description")}
    assert found[0].article == "87"


def test_dpia_never_answered(full):
    found = gaps(full, lambda r: setattr(purpose(r, "marketing").dpia, "required", None))
    assert where(found) == {("purposes", "marketing", "dpia.required")}
    full.find("purposes", "marketing").dpia = model.Dpia(True)
    assert where(completeness.check(full, today=TODAY)) == {("purposes", "marketing", "dpia.note")}


def test_no_security_measures(full):
    found = gaps(full, lambda r: r.security_measures.clear())
    assert where(found) == {("security_measures", "", "")}


def test_only_one_kind_of_security_measure(full):
    full.security_measures[:] = [m for m in full.security_measures if m.kind == "technical"]
    found = completeness.check(full, today=TODAY)
    assert where(found) == {("security_measures", "", "kind")}
    assert codes(found) == {"no_organisational_measures"} and found[0].severity == ADVICE


def test_no_identification_rules(full):
    found = gaps(full, lambda r: r.identification_rules.clear())
    assert where(found) == {("identification_rules", "", "")}
    assert found[0].severity == MISSING


def test_identification_rule_without_criteria(full):
    found = gaps(full, lambda r: setattr(r.identification_rules[0], "criteria", Text({"lv": " "})))
    assert where(found) == {("identification_rules", "phone", "criteria")}
    assert "pa tālruni" in found[0].message("lv") and "by phone" in found[0].message("en")


def test_no_contact_person(full):
    found = gaps(full, lambda r: setattr(r.organisation, "contact_person", model.ContactPerson()))
    assert where(found) == {("organisation", "", "contact_person.name"), ("organisation", "", "contact_person.email")}


def test_dpo_and_representative_need_details(full):
    full.organisation.dpo = model.Dpo()
    full.organisation.representative = model.Representative()
    found = completeness.check(full, today=TODAY)
    assert where(found) == {
        ("organisation", "", "dpo.name"),
        ("organisation", "", "dpo.email"),
        ("organisation", "", "representative.name"),
        ("organisation", "", "representative.address"),
    }


def test_requirement_not_stated(full):
    found = gaps(full, lambda r: setattr(purpose(r), "requirement", model.Requirement(None)))
    assert where(found) == {
        ("purposes", "services", "requirement.kind"),
        ("purposes", "services", "requirement.consequence"),
    }
    assert {f.article for f in found} == {"13(2)(e)"}


def test_source_from_a_third_party_without_a_name(full):
    purpose(full).sources.append(model.Source("third_party"))
    found = completeness.check(full, today=TODAY)
    assert where(found) == {("purposes", "services", "sources.third_party.note")}
    assert "no trešās personas" in found[0].message("lv") and "from a third party" in found[0].message("en")


def test_unused_subject_category_and_recipient(full):
    full.subject_categories.append(
        model.SubjectCategory("staff", Text(both("Darbinieki", "Staff")), Text(both("Visi darbinieki.", "All staff.")))
    )
    full.recipients.append(
        model.Recipient("vid", Text(both("VID", "SRS")), "", "LV", "public_authority", Text(both("Nodokļi.", "Taxes.")))
    )
    found = completeness.check(full, today=TODAY)
    assert where(found) == {("subject_categories", "staff", ""), ("recipients", "vid", "")}
    assert {f.severity for f in found} == {ADVICE}


def test_catalogue_entries_are_named_in_the_report_language(full):
    full.find("recipients", "mozello").agreement.signed_on = None
    (f,) = completeness.check(full, today=TODAY)
    assert "“Mozello SIA”" in f.message("en")
    full.find("data_categories", "personal-code").description = Text()
    found = {x.where: x for x in completeness.check(full, today=TODAY)}
    msg = found[("data_categories", "personal-code", "description")]
    assert "“Personal identity number”" in msg.message("en") and "“Personas kods”" in msg.message("lv")


# --- wording and report --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_finding_code_has_wording_in_both_languages(lang):
    lv = tomllib.loads((paths.i18n_dir() / "lv" / "findings.toml").read_text(encoding="utf-8"))
    ours = tomllib.loads((paths.i18n_dir() / lang / "findings.toml").read_text(encoding="utf-8"))
    assert set(ours) == set(lv)
    source = paths.resources_dir().parent / "ropa_desktop" / "core" / "completeness.py"
    if source.exists():
        import re

        used = set(re.findall(r'(?:add|self\.add)\(\s*"([a-z_]+)"', source.read_text(encoding="utf-8")))
        used |= set(re.findall(r'code = "([a-z_]+)" if .* else "([a-z_]+)"', source.read_text(encoding="utf-8"))[0])
        assert used and used <= set(ours) - {"article", "report"}, used - set(ours)
    for code, entry in ours.items():
        if code not in ("article", "report"):
            assert entry["message"].strip() and entry["action"].strip(), code
    for step in steps.STEPS:
        assert steps.step_name(step, lang) and steps.step_short_name(step, lang)


def test_article_citations():
    assert completeness.article_text("30(1)(a)", "lv") == "VDAR 30. panta 1. punkta a) apakšpunkts"
    assert completeness.article_text("7(3)", "lv") == "VDAR 7. panta 3. punkts"
    assert completeness.article_text("87", "lv") == "VDAR 87. pants"
    assert completeness.article_text("30(1)(a)", "en") == "Art. 30(1)(a) GDPR"
    assert completeness.article_text("10", "en") == "Art. 10 GDPR"


def test_report_groups_by_step_with_a_count_line(sample_register):
    findings = completeness.check(sample_register, today=TODAY)
    text = completeness.report(findings, "lv")
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "1. Uzņēmums"
    headings = [line for line in lines if line[:1].isdigit() and not line.startswith("Kopā")]
    assert headings == [
        "1. Uzņēmums",
        "3. Nolūki un juridiskie pamati",
        "5. Datu avoti",
        "6. Apstrādātāji un saņēmēji",
        "7. Glabāšanas termiņi",
        "8. Drošības pasākumi",
        "9. Pieprasījumi un identifikācija",
        "11. Dokumenti",
    ]
    assert lines[-1] == "Kopā: 27 (trūkst – 14, ieteikumi – 13)."
    company = text.split("\n\n")[0]
    assert company.index("Trūkst") < company.index("Ieteikums")
    assert "Nav norādīts uzņēmuma reģistrācijas numurs. (VDAR 13. panta 1. punkta a) apakšpunkts)" in text
    en = completeness.report(findings, "en")
    assert en.rstrip().endswith("Total: 27 (missing: 14; suggestions: 13).")
    assert "3. Purposes and legal bases" in en and "6. Processors and recipients" in en
    assert "The agreement with “Mozello SIA” has no date of signature. (Art. 28(3) GDPR)" in en


# --- command line -----------------------------------------------------------------------------


def test_cli_check_sample_has_gaps(capsys, sample_file):
    assert cli.main(["check", str(sample_file), "--lang", "en"]) == cli.EXIT_GAPS
    out = capsys.readouterr().out
    assert "1. Company" in out and "Missing" in out
    assert out.splitlines()[-1] == "Total: 27 (missing: 14; suggestions: 13)."


def test_cli_check_sample_json_in_latvian(capsys):
    assert cli.main(["check", str(paths.sample_path()), "--lang", "lv"]) == cli.EXIT_GAPS
    out = capsys.readouterr().out
    assert "8. Drošības pasākumi" in out and out.splitlines()[-1].startswith("Kopā:")


def test_cli_check_complete_register(capsys, tmp_path, sample_data):
    path = tmp_path / "full.register.json"
    path.write_text(json.dumps(full_data(sample_data), ensure_ascii=False), encoding="utf-8")
    assert cli.main(["check", str(path), "--lang", "en"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert out.strip() == "The register contains everything Art. 30(1) and Art. 13 GDPR require."


def test_cli_check_error(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert cli.main(["check", str(bad), "--lang", "en"]) == cli.EXIT_ERROR
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() and "Traceback" not in captured.err
    assert cli.main(["check", str(tmp_path / "missing.ropa"), "--lang", "en"]) == cli.EXIT_ERROR


def test_a_recipient_without_a_country_is_missing(sample_data):
    data = full_data(sample_data)
    data["recipients"][0]["country"] = ""
    found = where(completeness.check(model.from_json(data), today=TODAY), MISSING)
    assert ("recipients", data["recipients"][0]["id"], "country") in found


def test_where_data_is_processed_is_advised(sample_data):
    data = full_data(sample_data)
    data["organisation"]["processing_locations"] = {}
    findings = completeness.check(model.from_json(data), today=TODAY)
    assert [(f.entity, f.field, f.severity) for f in findings] == [("organisation", "processing_locations", ADVICE)]


# --- texts in every language of the register ------------------------------------------------


def test_a_text_lacking_one_of_the_register_languages_is_advice(full):
    purpose(full).description = Text({"lv": "Tikai latviski."})
    found = completeness.check(full, today=TODAY)
    assert [(f.where, f.severity, f.step, f.params["language_code"]) for f in found] == [
        (("purposes", "services", "description"), ADVICE, 3, "en")
    ]
    assert "“Tikai latviski.”" in found[0].message("lv") and "angļu valodā" in found[0].message("lv")
    assert "English" in found[0].message("en") and "English" in found[0].action("en")
    assert completeness.step_status(full, found)[3] == "complete"  # advice alone


def test_every_text_is_checked_in_every_language_with_its_step_and_field(full):
    full.languages = ["lv", "en", "ru"]
    # the catalogue speaks Russian: take it out of the one text picked from it, so that it lacks one too
    phone = next(rule for rule in full.identification_rules if rule.channel == "phone")
    phone.criteria = Text({lang: text for lang, text in phone.criteria.items() if lang != "ru"})
    found = completeness.check(full, today=TODAY)
    assert {f.code for f in found} == {"text_not_translated"}
    assert {f.params["language_code"] for f in found} == {"ru"}
    got = {f.where: f.step for f in found}
    assert got[("organisation", "", "processing_locations")] == 1
    assert got[("organisation", "", "contact_person.role")] == 1
    assert got[("purposes", "services", "legal_bases.contract.note")] == 3
    assert got[("purposes", "services", "sources.data_subject.note")] == 5
    assert got[("purposes", "services", "collection_method")] == 5
    assert got[("recipients", "mozello", "agreement.note")] == 6
    assert got[("retention_rules", "contract-data", "until_event")] == 7
    assert got[("identification_rules", "phone", "criteria")] == 9
    assert got[("document_settings", "", "approved_by")] == 11
    assert ("purposes", "services", "automated_decisions") not in got  # empty texts lack nothing
    assert len(found) == len(got)  # one finding per text and language


def test_a_register_in_one_language_has_no_translation_findings(full):
    full.languages = ["lv"]
    purpose(full).description = Text({"lv": "Tikai latviski."})
    assert completeness.check(full, today=TODAY) == []


def test_a_text_lacking_the_only_language_of_the_register_is_advice(full):
    """A register kept in English only (its languages changed from Latvian, or imported so) whose text is in
    Latvian only: the English documents cannot print it in English, which is a finding as with two languages."""
    full.languages = ["en"]
    purpose(full).description = Text({"lv": "Tikai latviski."})
    found = [f for f in completeness.check(full, today=TODAY) if f.where == ("purposes", "services", "description")]
    assert [(f.code, f.severity, f.params["language_code"]) for f in found] == [("text_not_translated", ADVICE, "en")]


# --- retention that says nothing, accounting minimum, conflicting terms (issue 13 item 9) ---------------


@pytest.mark.parametrize(
    "words",
    [
        both("Tik ilgi, cik nepieciešams.", "As long as necessary."),
        both(
            "Dati tiek glabāti, kamēr tas ir nepieciešams apstrādes nolūka sasniegšanai.",
            "The data is kept for as long as it is necessary for the purposes of processing.",
        ),
        {"lv": "Līdz nolūka sasniegšanai"},
    ],
)
def test_retention_that_says_nothing(full, words):
    def change(r):
        r.retention_rules[0].until_event = Text(words)

    found = [f for f in gaps(full, change) if f.code != "text_not_translated"]
    assert where(found) == {("retention_rules", "contract-data", "until_event")}
    assert codes(found) == {"retention_says_nothing"} and found[0].severity == MISSING
    assert found[0].article == "13(2)(a)" and "1." in found[0].message("lv")


@pytest.mark.parametrize(
    "words",
    [
        both("Kamēr nepieciešams līguma izpildei.", "As long as necessary to perform the contract."),
        both("Līdz līguma attiecību beigām.", "Until the contractual relationship ends."),
        both(
            "Cik ilgi nepieciešams, bet ne ilgāk kā līdz līguma beigām.",
            "As long as needed, at most until the contract ends.",
        ),
    ],
)
def test_retention_that_names_an_event_is_not_empty_words(full, words):
    assert gaps(full, lambda r: setattr(r.retention_rules[0], "until_event", Text(words))) == []


def test_vague_words_with_a_period_or_a_law_are_a_term(full):
    def change(r):
        rule = r.retention_rules[0]
        rule.until_event = Text(both("Cik ilgi nepieciešams.", "As long as necessary."))
        rule.legal_reference = Text(both("Civillikuma 1895. pants", "Civil Law, Section 1895"))

    assert gaps(full, change) == []


def test_accounting_records_kept_too_short(full):
    def change(r):
        r.retention_rules[-1].period = model.Period("years", 3)
        r.retention_rules[0].purpose_ids.remove("services")

    found = gaps(full, change)
    assert where(found) == {("purposes", "services", "")}
    assert codes(found) == {"accounting_retention_short"} and found[0].severity == MISSING
    assert "Grāmatvedības likum" in found[0].message("lv") + found[0].action("lv")
    full.retention_rules[-1].period = model.Period("months", 60)
    assert completeness.check(full, today=TODAY) == []


def test_catalogue_accounting_purpose_needs_the_minimum_whatever_its_note_says(full):
    cat = catalogue.load()
    assert {"accounting", "payroll"} <= cat.accounting_purposes()
    assert cat.accounting_minimum() == model.Period("years", 5)
    accounting = cat.get("purposes", "accounting").make()
    accounting.legal_bases = [model.LegalBasis("legal_obligation", Text(both("Likums.", "The law.")))]
    accounting.subject_category_ids = ["clients"]
    accounting.data_category_ids = ["name"]
    accounting.dpia = model.Dpia(False, Text(both("Neliels apjoms.", "Small scale.")))
    full.purposes.append(accounting)
    full.retention_rules.append(
        model.RetentionRule(id="accounting-1y", purpose_ids=["accounting"], period=model.Period("years", 1))
    )
    found = completeness.check(full, today=TODAY)
    assert [f.code for f in found if f.entity_id == "accounting" and f.step == 7] == ["accounting_retention_short"]


def test_two_rules_with_different_periods_for_the_same_data(full):
    def change(r):
        r.retention_rules.append(
            model.RetentionRule(
                id="services-3y",
                purpose_ids=["services"],
                data_category_ids=["contacts", "name"],
                period=model.Period("years", 3),
            )
        )

    found = gaps(full, change)
    assert where(found) == {("retention_rules", "services-3y", "period")}
    f = found[0]
    assert f.code == "retention_conflict" and f.severity == ADVICE
    assert f.message("en") == (
        "Retention terms 3 and 4 give different periods for the same data (purpose "
        "“Provision of services”: “First name and surname”, “Contact details”)."
    )
    # narrowed to different categories, the two rules no longer disagree
    full.retention_rules[-1].data_category_ids = ["relationship-dates"]
    full.retention_rules[-2].data_category_ids = [
        "name",
        "personal-code",
        "contacts",
        "purchase-history",
        "bank-account",
    ]
    assert completeness.check(full, today=TODAY) == []


def test_consent_and_legitimate_interests_together_is_advice(full):
    def change(r):
        p = purpose(r, "marketing")
        p.legal_bases.append(model.LegalBasis("legitimate_interests"))
        p.legitimate_interest = Text(both("Savu preču tirgvedība.", "Marketing our own goods."))

    found = gaps(full, change)
    assert where(found) == {("purposes", "marketing", "legal_bases")}
    assert codes(found) == {"consent_and_legitimate_interests"} and found[0].severity == ADVICE


# --- DPIA screening (issue 13 item 10) ------------------------------------------------------


def test_unanswered_screening_is_advice_for_ordinary_processing(full):
    found = gaps(full, lambda r: setattr(purpose(r, "relationship").dpia, "required", None))
    assert codes(found) == {"dpia_screening_open"} and found[0].severity == ADVICE


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda r, p: setattr(r.find("data_categories", "contacts"), "sensitivity", "special"), "īpašu kategoriju"),
        (lambda r, p: setattr(r.find("data_categories", "contacts"), "sensitivity", "criminal"), "sodāmību"),
        (
            lambda r, p: setattr(p, "automated_decisions", Text(both("Kredītreitings.", "Credit scoring."))),
            "profilēšana",
        ),
        (lambda r, p: p.data_category_ids.append("personal-code"), "personas kodus"),
        (lambda r, p: setattr(p, "name", Text(both("Videonovērošana veikalā", "CCTV in the shop"))), "uzraudzība"),
    ],
)
def test_screening_must_be_answered_where_the_risk_is(full, change, reason):
    def apply(r):
        p = purpose(r, "relationship")
        p.dpia.required = None
        p.special_condition = Text(both("VDAR 9. panta 2. punkta a) apakšpunkts.", "Art. 9(2)(a) GDPR."))
        change(r, p)

    found = [f for f in gaps(full, apply) if f.code.startswith("dpia")]
    assert [(f.code, f.severity, f.entity_id) for f in found] == [("dpia_not_assessed", MISSING, "relationship")]
    assert reason in found[0].message("lv")


def test_personal_codes_of_a_few_employees_need_no_screening_answer(full):
    def apply(r):
        p = purpose(r, "relationship")
        p.dpia.required = None
        p.data_category_ids.append("personal-code")
        for s in r.subject_categories:
            if s.id in p.subject_category_ids:
                s.audience = "staff"

    found = [f for f in gaps(full, apply) if f.code.startswith("dpia") and f.entity_id == "relationship"]
    assert [(f.code, f.severity) for f in found] == [("dpia_screening_open", ADVICE)]


def test_a_dpia_answer_is_missing_only_where_the_processing_may_be_high_risk(sample_register):
    """Issue 13, item 10: special or criminal data, national-id data, video monitoring or automated decisions
    need a screening answer; elsewhere an unanswered screening is advice."""
    reg = model.from_json(model.to_json(sample_register))
    severity = {f.entity_id: f.severity for f in completeness.check(reg, TODAY) if f.field == "dpia.required"}
    assert severity["services"] == MISSING  # it uses the personal identity number
    assert severity["communication"] == ADVICE
    reg.find("purposes", "communication").automated_decisions = Text({"lv": "Klientu profilēšana."})
    reg.data_categories.append(model.DataCategory(id="video-images", name=Text({"lv": "Videonovērošanas ieraksti"})))
    reg.find("purposes", "relationship").data_category_ids.append("video-images")
    severity = {f.entity_id: f.severity for f in completeness.check(reg, TODAY) if f.field == "dpia.required"}
    assert severity["communication"] == MISSING and severity["relationship"] == MISSING
    assert severity["website"] == ADVICE


# --- work linear in the register's size (issue 17) --------------------------------------------------------


class _CountedList(list):
    """A register list that counts how often it is gone through."""

    passes: dict[str, int] = {}

    def __init__(self, kind, items):
        super().__init__(items)
        self.kind = kind

    def __iter__(self):
        _CountedList.passes[self.kind] = _CountedList.passes.get(self.kind, 0) + 1
        return super().__iter__()


def _passes_over_lists(purposes: int) -> tuple[dict[str, int], set[str]]:
    from ropa_desktop.core.synthetic import synthetic_register

    reg = synthetic_register(purposes=purposes, data_categories=2 * purposes, recipients=purposes // 3, seed=11)
    # a second rule with another period from the same point for each purpose: conflicting terms to report
    for rule in list(reg.retention_rules):
        if rule.period is not None:
            reg.retention_rules.append(
                model.RetentionRule(
                    id=f"{rule.id}-other",
                    purpose_ids=list(rule.purpose_ids),
                    period=model.Period("years", 99),
                    until_event=rule.until_event,
                )
            )
    for kind in model.LIST_KINDS:
        setattr(reg, kind, _CountedList(kind, reg.items(kind)))
    _CountedList.passes = {}
    found = completeness.check(reg, today="2026-01-01")
    return dict(_CountedList.passes), {f.code for f in found}


def test_the_check_goes_through_each_list_as_often_whatever_the_number_of_purposes():
    """The DPIA screening went through all data categories for each purpose, and so did each conflicting term."""
    small, codes_small = _passes_over_lists(30)
    large, codes_large = _passes_over_lists(120)
    assert {"dpia_not_assessed", "retention_conflict"} <= codes_small & codes_large
    assert large == small
    assert max(large.values()) < 10, large


def test_two_entries_of_one_name_are_pointed_out_at_the_second(sample_register):
    from ropa_desktop.core import model as m

    register = m.from_json(m.to_json(sample_register))
    twin = dataclasses.replace(register.purposes[0], id="services-2", name=m.Text({"lv": "pakalpojumu NODROŠINĀŠANA"}))
    register.purposes.append(twin)
    register.security_measures = [m.SecurityMeasure(id=i, name=m.Text({"en": "Backups"})) for i in ("a", "b")]
    # one entry's Latvian name is another's English one: a reader of either document sees two of one name
    register.subject_categories[0].name = m.Text({"lv": "Klienti", "en": "Customers"})
    register.subject_categories.append(m.SubjectCategory(id="buyers", name=m.Text({"lv": "Customers"})))
    found = [(f.entity, f.entity_id, f.severity) for f in completeness.check(register) if f.code == "same_name"]
    assert found == [
        ("subject_categories", "buyers", "advice"),
        ("purposes", "services-2", "advice"),
        ("security_measures", "b", "advice"),
    ]
    [finding] = [f for f in completeness.check(register) if f.code == "same_name" and f.entity == "purposes"]
    assert finding.message("lv") == (
        "Sarakstā ir vairāki ieraksti ar nosaukumu “pakalpojumu NODROŠINĀŠANA”: "
        "sarakstos un dokumentos tos nevar atšķirt."
    )
    assert (finding.step, finding.field) == (3, "name")
    assert not [f for f in completeness.check(sample_register) if f.code == "same_name"]


@pytest.mark.parametrize(
    ("lang", "window_word", "other_word"),
    [("lv", "termiņ", "noteikum"), ("en", "term", "rule"), ("ru", "срок", "правил")],
)
def test_findings_name_retention_terms_as_the_window_does(lang, window_word, other_word):
    """The Retention step lists "terms" ("Glabāšanas termiņi", "Сроки хранения"); Review spoke of "rules"."""
    table = tomllib.loads((paths.i18n_dir() / lang / "findings.toml").read_text(encoding="utf-8"))
    said = [
        text
        for code, entry in table.items()
        if isinstance(entry, dict) and "retention" in code
        for text in entry.values()
    ]
    assert any(window_word in text for text in said)
    assert not [text for text in said if other_word in text.lower()]


def test_what_a_log_entry_lacks_is_a_gap_of_the_register(full):
    """A refused request without its reasons, or a breach notified late without the delay's, is missing from the
    register as `check` and Review see it, not only on the log's page."""
    refused = model.Request(
        id="p-1", received_on="2026-03-02", right="erasure", answered_on="2026-03-20", outcome="refused"
    )
    late = model.Breach(
        id="b-1", aware_at="2026-03-02T10:00:00+02:00", authority_notified_at="2026-03-06T10:00:00+02:00"
    )
    answered = model.Request(
        id="p-2", received_on="2026-03-02", right="access", answered_on="2026-03-10", outcome="granted"
    )
    found = gaps(full, lambda r: (r.requests.extend([refused, answered]), r.breaches.append(late)))
    logged = sorted(
        (f.code, f.entity_id, f.field, f.article, f.severity) for f in found if f.step == steps.STEP_REQUESTS
    )
    assert logged == [
        ("breaches_entry_incomplete", "b-1", "delay_reason", "33(1)", MISSING),
        ("requests_entry_incomplete", "p-1", "refusal_reason", "12(4)", MISSING),
    ]
    request = next(f for f in found if f.code == "requests_entry_incomplete")
    assert request.message("lv") == (
        "Pieprasījumu žurnālā pieprasījumam p-1: ja pieprasījums noraidīts pilnībā vai daļēji, jānorāda iemesls "
        "(Regulas 12. panta 4. punkts)."
    )
    breach = next(f for f in found if f.code == "breaches_entry_incomplete")
    assert breach.message("en") == (
        "Breach b-1 in the breach register: notified later than 72 hours: give the reasons for the delay "
        "(Article 33(1))."
    )
