"""A mandatory element the register leaves empty prints a visible blank wherever a document names it (the
completeness check lists it as missing), never a sentence that silently leaves it out."""

from __future__ import annotations

from ropa_desktop import documents
from ropa_desktop.core import completeness
from ropa_desktop.core.model import Text
from ropa_desktop.documents.base import BLANK
from tests.documents.conftest import complete_register, pdf_text


def _codes(register) -> set[str]:
    return {f.code for f in completeness.check(register) if f.severity == completeness.MISSING}


def test_the_controllers_registration_number_is_a_blank_in_the_notice_and_the_consent_form(zimes):
    """The sample has no registration number: the notice said only "pārzinis ir SIA “ZĪMES”." and the consent form
    named the controller without number or address, while the procedure printed "reģ. Nr. __________"."""
    assert zimes.organisation.registration_number == "" and "org_registration_number" in _codes(zimes)
    for lang, reg_no in (("lv", "reģ. Nr."), ("en", "reg. no.")):
        notice = pdf_text(documents.render(zimes, "notice", lang))
        assert f"SIA “ZĪMES”, {reg_no} {BLANK}." in notice, lang
        consent = pdf_text(documents.render(zimes, "consent", lang))
        assert f"SIA “ZĪMES”, {reg_no} {BLANK}, {BLANK} (" in consent, lang
    reg = complete_register(zimes)
    for name in ("notice", "consent"):
        text = pdf_text(documents.render(reg, name, "lv"))
        assert "SIA “ZĪMES”, reģ. Nr. 40003000000" in text and BLANK not in text, name
    consent = pdf_text(documents.render(reg, "consent", "lv"))
    assert "reģ. Nr. 40003000000, Brīvības iela 1, Rīga, LV-1010 (turpmāk – Pārzinis)" in consent


def test_a_letter_leaves_out_a_registration_number_not_given(zimes):
    """A letter's sender lines stay as they were: an empty number is left out, not a blank."""
    from ropa_desktop.documents import common
    from ropa_desktop.documents.base import Context

    ctx = Context(zimes, "lv", "procedure")
    assert common.reg_no_after_name(ctx, mandatory=False) == ""
    assert common.reg_no_after_name(ctx) == f", reģ. Nr. {BLANK}"


def test_an_undated_processing_agreement_is_a_blank_in_the_procedure(zimes):
    """Mozello's agreement has no date (the check: "Līgumam ar “Mozello SIA” nav norādīts noslēgšanas datums"), but
    section 8 printed the agreement as if nothing were missing."""
    mozello = next(r for r in zimes.recipients if r.agreement is not None and r.role == "processor")
    assert mozello.agreement.signed_on is None and "agreement_not_dated" in _codes(zimes)
    lv = pdf_text(documents.render(zimes, "procedure", "lv"))
    assert f"datu apstrādes līgums (Regulas 28. panta 3. punkts), noslēgšanas datums {BLANK} – " in lv
    en = pdf_text(documents.render(zimes, "procedure", "en"))
    assert f"data processing agreement (Art. 28(3) GDPR), signed on {BLANK} – " in en


def test_a_missing_consequence_of_not_giving_data_is_a_blank_in_the_procedure_as_in_the_notice(zimes):
    """Section 12 named a contractual requirement with nothing after it, "Klientu attiecību pārvaldība – noteikts
    līgumā;", where the notice prints "Ja datus nesniedzat: __________"."""
    assert "requirement_consequence" in _codes(zimes)
    lv = pdf_text(documents.render(zimes, "procedure", "lv"))
    assert f"Klientu attiecību pārvaldība – noteikts līgumā ({BLANK});" in lv
    assert f"Saziņa ar klientiem – noteikts līgumā ({BLANK});" in lv
    en = pdf_text(documents.render(zimes, "procedure", "en"))
    assert f"Customer relationship management – required by a contract ({BLANK});" in en
    notice = pdf_text(documents.render(zimes, "notice", "lv"))
    assert f"Klientu attiecību pārvaldība: Datu sniegšana ir noteikta līgumā. Ja datus nesniedzat: {BLANK}" in notice


def test_a_national_id_number_without_its_reason_is_a_blank_in_the_procedure(zimes):
    """Why the personal identity number is needed is required (Art. 87; the check: "nav norādīts, kāpēc tā
    vajadzīga"), but section 6 printed the category's name alone."""
    reg = complete_register(zimes)
    code = next(d for d in reg.data_categories if d.sensitivity == "national_id")
    code.description = Text()
    assert "national_id_reason" in _codes(reg)
    lv = pdf_text(documents.render(reg, "procedure", "lv"))
    assert f"Personas kods – {BLANK} [valsts identifikācijas numurs, Regulas 87. pants]" in lv
    en = pdf_text(documents.render(reg, "procedure", "en"))
    assert f"Personal identity number – {BLANK} [national identification number, Art. 87]" in en
    other = next(d for d in reg.data_categories if d.sensitivity == "regular")
    other.description = Text()  # an ordinary category's description stays optional
    assert pdf_text(documents.render(reg, "procedure", "lv")).count(BLANK) == 1


def test_a_register_without_purposes_prints_blanks_under_retention_and_the_duty_to_give_data():
    """A new, empty register: the notice's "How long we keep your data" ended on its intro's colon over nothing, and
    "Do you have to provide your data?" was left out; the procedure's retention list held only the yearly review."""
    from ropa_desktop.core.model import Register

    reg = Register()
    assert {"no_purposes", "no_retention_rules"} <= _codes(reg)
    en = pdf_text(documents.render(reg, "notice", "en"))
    assert (
        f"We keep your personal data only for as long as necessary: • {BLANK} "
        f"Do you have to provide your data? • {BLANK} Automated decision-making" in en
    )
    lv = pdf_text(documents.render(reg, "notice", "lv"))
    assert (
        f"tikai tik ilgi, cik tas nepieciešams: • {BLANK}" in lv and f"Vai Jums ir jāsniedz savi dati? • {BLANK}" in lv
    )
    procedure = pdf_text(documents.render(reg, "procedure", "en"))
    assert f"The retention periods are as follows: 9.1. {BLANK} 9.2. At least once a year" in procedure


def test_the_record_of_a_register_without_purposes_keeps_its_blank_whole():
    """The blank stood in the narrow number column and broke over two lines ("______ ____")."""
    from ropa_desktop.core.model import Register

    text = pdf_text(documents.render(Register(), "register", "en"))
    assert f"1 {BLANK} The record does not contain any purpose of processing yet." in text
    assert "______ ____" not in text
