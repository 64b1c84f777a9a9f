"""Format version 2 in the documents (issue 11): every text in the document's language, a notice per audience,
the consent form for the consents collected on it."""

from __future__ import annotations

import dataclasses

import pytest

from ropa_desktop import cli, documents
from ropa_desktop.core import model as m
from tests.documents.conftest import pdf_text


def latvian_texts(register) -> set[str]:
    """Every Latvian text of the register that differs from its English one."""
    out: set[str] = set()

    def walk(obj):
        if isinstance(obj, m.Text):
            if "lv" in obj and obj.get("en") != obj["lv"]:
                out.add(" ".join(obj["lv"].split()))
        elif dataclasses.is_dataclass(obj):
            for f in dataclasses.fields(obj):
                walk(getattr(obj, f.name))
        elif isinstance(obj, list):
            for item in obj:
                walk(item)

    walk(register)
    return out


def test_the_english_documents_of_the_sample_hold_none_of_its_latvian_texts(zimes, zimes_texts):
    texts = latvian_texts(zimes)
    assert len(texts) > 30
    for name in documents.DOCUMENTS:
        english = zimes_texts[(name, "en")]
        assert [t for t in texts if t in english] == [], name
        if name != "request":  # the sample's request form holds no text of the register but the company's
            assert [t for t in texts if t in zimes_texts[(name, "lv")]], name  # the Latvian ones print them


def test_a_missing_translation_prints_the_main_language_never_a_blank(zimes):
    reg = m.from_json(m.to_json(zimes))
    purpose = reg.purposes[0]
    purpose.name = m.Text({"lv": "Tikai latviski nosaukts nolūks"})
    english = pdf_text(documents.render(reg, "notice", "en"))
    assert "Tikai latviski nosaukts nolūks" in english


def audience_register(zimes):
    """The sample with staff and job applicants, each with a purpose of their own."""
    reg = m.from_json(m.to_json(zimes))
    t = m.Text
    reg.subject_categories += [
        m.SubjectCategory(id="staff", name=t({"lv": "Darbinieki", "en": "Employees"}), audience="staff"),
        m.SubjectCategory(id="applicants", name=t({"lv": "Kandidāti", "en": "Applicants"}), audience="applicants"),
    ]
    payroll = dataclasses.replace(
        reg.purposes[0],
        id="payroll",
        subject_category_ids=["staff"],
        name=t({"lv": "Darba algas aprēķins", "en": "Payroll"}),
    )
    hiring = dataclasses.replace(
        reg.purposes[0],
        id="hiring",
        subject_category_ids=["applicants"],
        name=t({"lv": "Personāla atlase", "en": "Recruitment"}),
    )
    reg.purposes += [payroll, hiring]
    m.check_valid(reg)
    return reg


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_each_notice_holds_its_own_purposes_and_none_of_the_others(zimes, lang):
    reg = audience_register(zimes)
    customer_purposes = [p.name[lang] for p in reg.purposes if "clients" in p.subject_category_ids]
    titles = {
        "lv": ("Informācija klientiem", "Informācija darbiniekiem", "Informācija darba kandidātiem"),
        "en": ("Privacy Notice for Customers", "Privacy Notice for Employees", "Privacy Notice for Job Applicants"),
    }[lang]
    payroll, hiring = reg.find("purposes", "payroll").name[lang], reg.find("purposes", "hiring").name[lang]
    customers = pdf_text(documents.render(reg, "notice", lang, audience="customers"))
    staff = pdf_text(documents.render(reg, "notice", lang, audience="staff"))
    applicants = pdf_text(documents.render(reg, "notice", lang, audience="applicants"))
    assert titles[0] in customers and titles[1] in staff and titles[2] in applicants
    assert all(name in customers for name in customer_purposes) and payroll not in customers
    assert hiring not in customers
    assert payroll in staff and hiring not in staff and not any(name in staff for name in customer_purposes)
    assert hiring in applicants and payroll not in applicants
    assert not any(name in applicants for name in customer_purposes)


def test_pdf_prints_the_notice_for_an_audience_and_all_of_them(zimes, tmp_path):
    from ropa_desktop.core import interchange

    source = tmp_path / "three.json"
    interchange.write(audience_register(zimes), source)
    out = tmp_path / "staff.pdf"
    cli.main(["pdf", str(source), "--document", "notice", "--audience", "staff", "--lang", "en", "--output", str(out)])
    assert "Privacy Notice for Employees" in pdf_text(out.read_bytes())
    cli.main(["pdf", str(source), "--document", "all", "--lang", "lv", "--output", str(tmp_path / "all")])
    names = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert [n for n in names if "informacija" in n] == [
        "sia-zimes-informacija-darba-kandidatiem-lv.pdf",
        "sia-zimes-informacija-darbiniekiem-lv.pdf",
        "sia-zimes-informacija-klientiem-lv.pdf",
    ]


def test_the_consent_form_collects_only_the_consents_on_it_with_their_scope(zimes):
    reg = m.from_json(m.to_json(zimes))
    website, marketing = reg.find("purposes", "website"), reg.find("purposes", "marketing")
    assert not website.consent.on_form and marketing.consent.on_form and marketing.direct_marketing
    for lang, law in (
        ("lv", "Informācijas sabiedrības pakalpojumu likuma 9. pants"),
        ("en", "Law on Information Society Services"),
    ):
        text = pdf_text(documents.render(reg, "consent", lang))
        assert website.name[lang] not in text and marketing.name[lang] in text
        assert text.count(law) == 1  # the commercial e-mail wording, with the marketing purpose's box
    marketing.consent = dataclasses.replace(
        marketing.consent, scope=m.Text({"lv": "Jaunumu vēstule reizi mēnesī.", "en": "A monthly newsletter."})
    )
    website.consent = dataclasses.replace(website.consent, on_form=True)
    lv = pdf_text(documents.render(reg, "consent", "lv"))
    assert "Piekrišana attiecas uz: Jaunumu vēstule reizi mēnesī." in lv and website.name["lv"] in lv
    assert "The consent covers: A monthly newsletter." in pdf_text(documents.render(reg, "consent", "en"))
    marketing.direct_marketing = False
    assert "9. pants" not in pdf_text(documents.render(reg, "consent", "lv"))  # no e-mail box without marketing


def test_the_consent_form_names_the_notice_of_its_audience(zimes):
    """The customers' consent form sends them to “Privacy Notice for Customers”, the notice they are given;
    consents of more than one audience on one form point to the notice by its general title."""
    lv = pdf_text(documents.render(zimes, "consent", "lv"))
    en = pdf_text(documents.render(zimes, "consent", "en"))
    assert "ir paziņojumā “Informācija klientiem par personas datu apstrādi”." in lv
    assert "is set out in its “Privacy Notice for Customers”." in en
    staff = m.SubjectCategory(id="staff", name=m.Text({"lv": "Darbinieki"}), audience="staff")
    register = dataclasses.replace(zimes, subject_categories=[*zimes.subject_categories, staff])
    marketing = next(p for p in register.purposes if p.id == "marketing")
    register.purposes = [
        dataclasses.replace(p, subject_category_ids=[*p.subject_category_ids, "staff"]) if p is marketing else p
        for p in register.purposes
    ]
    en = pdf_text(documents.render(register, "consent", "en"))
    assert "is set out in its “Privacy Notice”." in en
