"""Rendered documents and their extracted text, shared by the document tests."""

from __future__ import annotations

import pytest

from ropa_desktop import documents
from tests.pdfs import pdf_pages, pdf_text  # noqa: F401 - the document tests take them from here


@pytest.fixture(scope="session")
def zimes():
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    return interchange.read(paths.sample_path())


@pytest.fixture(scope="session")
def zimes_pdfs(zimes) -> dict[tuple[str, str], bytes]:
    return {(name, lang): documents.render(zimes, name, lang) for name in documents.DOCUMENTS for lang in ("lv", "en")}


@pytest.fixture(scope="session")
def zimes_texts(zimes_pdfs) -> dict[tuple[str, str], str]:
    return {key: pdf_text(data) for key, data in zimes_pdfs.items()}


def every_text(register, make):
    """A copy of ``register`` with a DPO, a representative, a transfer outside the EU, a purpose based on
    legitimate interests and two identification rules, and every free-text field set to ``make(n, path)``
    (see ``fill_text``)."""
    from ropa_desktop.core import model as m
    from tests.reliability.test_odd_text import fill_text

    reg = m.from_json(m.to_json(register))
    reg.organisation.dpo = m.Dpo()
    reg.organisation.representative = m.Representative()
    reg.recipients[0].transfer = m.Transfer(country="US", safeguard="scc")
    reg.purposes[0].legal_bases.append(m.LegalBasis(basis="legitimate_interests"))
    reg.identification_rules = [m.IdentificationRule("email"), m.IdentificationRule("in_person")]
    fill_text(reg, make)
    return reg


def complete_register(register):
    """A copy of ``register`` (the sample) with everything the completeness check asks for filled in,
    in both of its languages."""
    from ropa_desktop.core import model as m

    def t(lv: str, en: str) -> m.Text:
        return m.Text({"lv": lv, "en": en})

    reg = m.from_json(m.to_json(register))
    o = reg.organisation
    o.registration_number, o.address = "40003000000", "Brīvības iela 1, Rīga, LV-1010"
    o.email, o.phone = "info@zimes.lv", "+371 20000000"
    o.contact_person.name, o.contact_person.email = "Anna Bērziņa", "dati@zimes.lv"
    for p in reg.purposes:
        if p.requirement.kind is None:
            p.requirement.kind = "voluntary"
        if not p.requirement.consequence:
            p.requirement.consequence = t(
                "Bez šiem datiem pakalpojumu nevar sniegt.", "Without this data the service cannot be provided."
            )
        if "consent" in p.bases():
            p.consent.method = p.consent.method or t("Klients atzīmē piekrišanu.", "The customer ticks a box.")
            p.consent.withdrawal = p.consent.withdrawal or t(
                "Rakstot uz dati@zimes.lv.", "By writing to dati@zimes.lv."
            )
        p.dpia.required = False
        p.collection_method = p.collection_method or t(
            "Klients aizpilda pasūtījuma veidlapu.", "The customer fills in the order form."
        )
    for r in reg.recipients:
        if r.agreement is not None:
            r.agreement.signed_on = "2024-01-15"
    reg.security_measures = [
        m.SecurityMeasure(id="backups", name=t("Rezerves kopijas", "Backups"), kind="technical"),
        m.SecurityMeasure(id="training", name=t("Darbinieku apmācība", "Staff training"), kind="organisational"),
    ]
    reg.identification_rules = [
        m.IdentificationRule("email", t("E-pasta adrese, vārds un uzvārds.", "E-mail address, first name and surname."))
    ]
    s = reg.document_settings
    s.version, s.approved_on, s.effective_from = "1.0", "2025-03-01", "2025-03-15"
    s.approved_by = t("Jānis Bērziņš, valdes loceklis", "Jānis Bērziņš, board member")
    return reg
