"""Every fact of the ZĪMES sample appears, as typed, in the documents it belongs to (both languages)."""

from __future__ import annotations

import json
import re

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import Text

LANGS = ("lv", "en")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


def present(fact: str, text: str) -> bool:
    return norm(fact) in text


def facts_for(register, name: str, lang: str) -> list[str]:
    """The register's free text that document ``name`` must print in ``lang``.

    A text prints in ``lang``, else in the register's main language.
    """
    r = register

    def say(value):
        return value.pick(lang, r.main_language) if isinstance(value, Text) else value

    def t(kind, entry, field):
        value = entry
        for part in field.split("."):
            value = getattr(value, part)
        return say(value)

    org = r.organisation
    purposes = r.purposes
    if name == "consent":  # the consents collected on the form
        purposes = [p for p in purposes if "consent" in p.bases() and p.consent and p.consent.on_form]
    out = [org.name]
    if name in ("procedure", "register", "notice", "consent"):
        for p in purposes:
            scope = say(p.consent.scope) if name == "consent" and p.consent else ""
            out += [say(p.name), scope or say(p.description)]
            if name != "consent":
                out += [say(b.note).rstrip(".") for b in p.legal_bases]
            data = [t("data_categories", r.find("data_categories", d), "name") for d in p.data_category_ids]
            out += data if name != "procedure" else []
        for rule in r.retention_rules:
            if name != "consent" or set(rule.purpose_ids) & {p.id for p in purposes}:
                out.append(say(rule.until_event).rstrip("."))
    if name in ("procedure", "register", "notice"):
        for rec in r.recipients:
            out.append(t("recipients", rec, "name"))
            if name != "register":
                out.append(t("recipients", rec, "service"))
    if name == "procedure":
        out.append(say(org.processing_locations))
        out.append(say(org.contact_person.role))
        for s in r.subject_categories:
            out += [t("subject_categories", s, f) for f in ("name", "description", "groups_note")]
        for d in r.data_categories:
            out += [t("data_categories", d, "name"), t("data_categories", d, "description")]
        for p in r.purposes:
            out += [say(src.note).rstrip(".") for src in p.sources]
            out.append(say(p.collection_method))
            if p.consent:
                out.append(say(p.consent.method))
            out.append(say(p.requirement.consequence).rstrip("."))
        for rec in r.recipients:
            out.append(rec.registration_number)
            if rec.agreement:
                out.append(t("recipients", rec, "agreement.note").rstrip("."))
    if name == "register":
        for s in r.subject_categories:
            out.append(t("subject_categories", s, "name"))
    if name == "notice":
        for p in r.purposes:
            out.append(say(p.requirement.consequence))
    out.append(r.document_settings.version)
    return [f for f in out if f and f.strip()]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", documents.DOCUMENTS)
def test_every_fact_is_in_its_document(zimes, zimes_texts, name, lang):
    text = zimes_texts[(name, lang)]
    missing = [f for f in facts_for(zimes, name, lang) if not present(f, text)]
    assert not missing, f"{name}/{lang} lacks: {missing}"


def test_consent_form_lists_only_consent_purposes(zimes_texts):
    for lang, other, marketing in (
        ("lv", "Klientu attiecību pārvaldība", "Komerciālu paziņojumu sūtīšana"),
        ("en", "Customer relationship management", "Sending commercial communications"),
    ):
        text = zimes_texts[("consent", lang)]
        assert other not in text
        assert marketing in text


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "lv",
            [
                "līguma izpilde",
                "juridiska pienākuma izpilde",
                "piekrišana",
                "Latvija",
                "apstrādātājs",
                "saņēmēju kategorija",
                "Fizisko personu datu apstrādes likum",
                "Datu valsts inspekcij",
            ],
        ),
        (
            "en",
            [
                "performance of a contract",
                "compliance with a legal obligation",
                "consent",
                "Latvia",
                "processor",
                "category of recipients",
                "Personal Data Processing Law",
                "Data State Inspectorate",
            ],
        ),
    ],
)
def test_enums_and_countries_print_as_words(zimes_texts, lang, words):
    text = zimes_texts[("procedure", lang)]
    for word in words:
        assert word.lower() in text.lower(), word
    assert "legal_obligation" not in text and "recipient_category" not in text
    assert " LV," not in text and "(processor" not in text.replace("(processor,", "")


def test_titles_in_each_language(zimes_texts):
    assert "Klientu personas datu apstrādes procedūra" in zimes_texts[("procedure", "lv")]
    assert "Customer Personal Data Processing Procedure" in zimes_texts[("procedure", "en")]
    assert "Apstrādes darbību reģistrs" in zimes_texts[("register", "lv")]
    assert "Record of Processing Activities" in zimes_texts[("register", "en")]
    assert "Informācija klientiem par personas datu apstrādi" in zimes_texts[("notice", "lv")]
    assert "Privacy Notice for Customers" in zimes_texts[("notice", "en")]
    assert "Piekrišana personas datu apstrādei" in zimes_texts[("consent", "lv")]
    assert "Datu subjekta pieprasījums" in zimes_texts[("request", "lv")]
    assert "Data Subject Request" in zimes_texts[("request", "en")]


@pytest.mark.parametrize("lang", LANGS)
def test_empty_mandatory_elements_print_a_blank(zimes_texts, lang):
    # the sample has no address, e-mail, registration number, security measures or identification rules
    for name in ("procedure", "register", "notice", "request"):
        assert "__________" in zimes_texts[(name, lang)], name


def test_optional_sections_are_left_out(zimes_texts):
    # no DPO appointed: the notice has no DPO section; consent is used, so its section is there
    assert "Datu aizsardzības speciālists" not in zimes_texts[("notice", "lv")]
    assert "Data protection officer" not in zimes_texts[("notice", "en")]
    assert "Piekrišanas saņemšana un atsaukšana" in zimes_texts[("procedure", "lv")]


def test_procedure_without_consent_has_no_consent_section(zimes):
    from tests.documents.conftest import pdf_text

    reg = _copy(zimes)
    for p in reg.purposes:
        p.legal_bases = [b for b in p.legal_bases if b.basis != "consent"] or p.legal_bases
        if "consent" in p.bases():
            p.legal_bases[0].basis = "contract"
        p.consent = None
    text = pdf_text(documents.render(reg, "procedure", "en"))
    assert "Obtaining and withdrawing consent" not in text
    assert "withdraw consent at any time" not in text


def test_procedure_for_one_subject_category(zimes):
    from tests.documents.conftest import pdf_text

    text = pdf_text(documents.render(zimes, "procedure", "lv", subject_category="clients"))
    assert "Datu subjektu kategorija: Klienti" in text


def _copy(register):
    from ropa_desktop.core.model import from_json, to_json

    return from_json(to_json(register))


def _full():
    """The tests' register with every gap filled in (tests/test_completeness.py)."""
    from ropa_desktop.core.model import from_json
    from tests.conftest import SAMPLE_JSON
    from tests.test_completeness import full_data

    return from_json(full_data(json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))))


def test_a_register_without_findings_prints_no_blank():
    from ropa_desktop.core import completeness
    from tests.documents.conftest import pdf_text

    full = _full()
    assert completeness.check(full, today="2025-06-01") == []
    for name in documents.DOCUMENTS:
        for lang in LANGS:
            text = pdf_text(documents.render(full, name, lang))
            assert "__________" not in text, (name, lang, text[max(0, text.find("_____") - 120) :][:160])


@pytest.mark.parametrize(
    ("email", "phone", "line", "finding"),
    [
        ("anna@zimes.lv", "", "Anna Bērziņa, administrators; e-pasts: anna@zimes.lv. ", False),
        ("", "+371 20000001", "Anna Bērziņa, administrators; tālrunis: +371 20000001. ", False),
        ("anna@zimes.lv", "+371 20000001", "administrators; e-pasts: anna@zimes.lv; tālrunis: +371 20000001. ", False),
        ("", "", "Anna Bērziņa, administrators; e-pasts: __________. ", True),
    ],
)
def test_contact_person_prints_the_contacts_given(email, phone, line, finding):
    """A blank only where the completeness check asks for something: an e-mail or a phone."""
    from ropa_desktop.core import completeness
    from tests.documents.conftest import pdf_text

    reg = _full()
    reg.organisation.contact_person.email = email
    reg.organisation.contact_person.phone = phone
    findings = {f.where for f in completeness.check(reg, today="2025-06-01")}
    assert (("organisation", "", "contact_person.email") in findings) == finding
    text = pdf_text(documents.render(reg, "procedure", "lv"))
    assert line in text
    assert ("__________" in text) == finding


def test_dpo_and_representative_print_the_contacts_given():
    from ropa_desktop.core.model import Dpo, Representative
    from tests.documents.conftest import pdf_text

    reg = _full()
    reg.organisation.dpo = Dpo(name="Ilze Ozola", phone="+371 20000002")
    reg.organisation.representative = Representative(name="Rep GmbH", email="rep@example.de")
    text = pdf_text(documents.render(reg, "register", "en"))
    assert "Ilze Ozola; phone: +371 20000002" in text
    assert "Rep GmbH; e-mail: rep@example.de" in text
    assert "__________" not in text


def test_groups_note_is_optional():
    from tests.documents.conftest import pdf_text

    reg = _full()
    for s in reg.subject_categories:
        s.groups_note = Text()
    text = pdf_text(documents.render(reg, "procedure", "en"))
    assert "Grouping of data subjects" not in text and "__________" not in text
    reg.subject_categories[0].groups_note = Text(
        {"lv": "Mazumtirdzniecības un vairumtirdzniecības klienti.", "en": "Retail and wholesale customers."}
    )
    text = pdf_text(documents.render(reg, "procedure", "en"))
    assert "Grouping of data subjects" in text and "Retail and wholesale customers." in text


def test_a_text_lacking_the_document_language_prints_in_the_main_language():
    from tests.documents.conftest import pdf_text

    reg = _full()
    reg.find("purposes", "services").description = Text({"lv": "Apraksts tikai latviešu valodā."})
    reg.find("purposes", "marketing").description = Text({"en": "Only in English."})
    text = pdf_text(documents.render(reg, "procedure", "en"))
    assert "Apraksts tikai latviešu valodā." in text and "Only in English." in text
    text = pdf_text(documents.render(reg, "procedure", "lv"))
    # lacking the main language too: printed in the one it has, never left out (register-format.md, Texts)
    assert "Apraksts tikai latviešu valodā." in text and "Only in English." in text


@pytest.mark.parametrize(
    ("lang", "second"),
    [("lv", "; juridiska pienākuma izpilde (Regulas"), ("en", "; compliance with a legal obligation (")],
)
def test_a_second_legal_basis_follows_the_semicolon_in_small_letters(zimes_texts, lang, second):
    # “Pakalpojumu nodrošināšana” rests on a contract and a legal obligation
    for name in ("register", "notice"):
        assert second in " ".join(zimes_texts[(name, lang)].split()), name
