"""The letters of the requests log and the papers of the breach register: the facts they carry."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import Breach, IdentificationRule, Request, Requester, Text, Transfer
from ropa_desktop.documents import registry
from tests.documents.conftest import pdf_pages, pdf_text

TODAY = dt.date(2027, 4, 5)
NOW = dt.datetime.fromisoformat("2027-04-01T10:00:00+03:00")
LANGS = ("lv", "en")


def request(**changes) -> Request:
    base = Request(
        id="p-2027-04-04",
        received_on="2027-04-04",
        channel="email",
        right="access",
        requester=Requester(name="Jānis Bērziņš", contact="e-pasts <janis@example.lv>"),
        identity_check="",
        extended_on="2027-04-20",
        extension_reason="Pieprasījums aptver <10 gadu> datus & vairāk.",
        answered_on="2027-06-30",
        outcome="partly_granted",
        refusal_reason="Daļa datu attiecas uz citām personām.",
    )
    return dataclasses.replace(base, **changes)


def breach(register, **changes) -> Breach:
    base = Breach(
        id="b-2027-03-26",
        aware_at="2027-03-26T10:00:00+02:00",
        processor_told_us_at=None,
        description="Nozaudēts klēpjdators ar klientu sarakstu",
        subject_category_ids=[register.subject_categories[0].id],
        data_category_ids=[d.id for d in register.data_categories[:2]],
        approx_subjects=120,
        approx_records=480,
        consequences="Iespējama krāpšana ar klientu vārdu",
        measures="Paroles nomainītas; klienti brīdināti",
        risk="high_risk",
        authority_notified_at="2027-03-30T09:00:00+03:00",
        delay_reason="Apstrādātājs mums paziņoja vēlu",
        subjects_informed_at="2027-03-31T12:00:00+03:00",
    )
    return dataclasses.replace(base, **changes)


def plain(value) -> str:
    """A register's text in its main language (a Text of several languages, or a plain string)."""
    return value.pick("lv", "lv") if hasattr(value, "pick") else value


def letter(register, letter_id, lang, entry) -> str:
    options = {"today": TODAY} if registry.get_letter(letter_id).log == "requests" else {"now": NOW}
    return pdf_text(documents.render_letter(register, letter_id, lang, entry, **options))


@pytest.fixture(scope="module")
def zimes_filled():
    """The sample with the contact person and the identification rules the letters need."""
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    reg = interchange.read(paths.sample_path())
    reg.organisation.contact_person.name = "Anna Bērziņa"
    reg.organisation.contact_person.email = "anna@zimes.lv"
    reg.organisation.registration_number = "40003000000"
    rule = Text.of("lv", "Atbilde no e-pasta adreses, kas norādīta pasūtījumā")
    reg.identification_rules = [IdentificationRule("email", rule)]
    return reg


@pytest.mark.parametrize("lang", LANGS)
def test_every_letter_renders_with_its_facts_in_each_language(zimes_filled, lang):
    r = request()
    for item in registry.LETTERS:
        entry = r if item.log == "requests" else breach(zimes_filled)
        if item.id == "erasure_recipients":
            entry = request(right="erasure")
        data = documents.render_letter(
            zimes_filled, item.id, lang, entry, **({"today": TODAY} if item.log == "requests" else {"now": NOW})
        )
        pages = pdf_pages(data)
        text = " ".join(pages)
        assert entry.id in text, item.id
        assert "SIA “ZĪMES”" in text
        assert all(f"{n} " in page for n, page in enumerate(pages, 1)), item.id  # page numbers
        assert "__________" not in text or item.id in ("erasure_recipients", "breach_record", "breach_notification")


def test_acknowledgement_states_the_due_date_and_the_request(zimes_filled):
    text = letter(zimes_filled, "acknowledgement", "lv", request(extended_on=None))
    assert "04.04.2027. pa e-pastu saņēmām Jūsu pieprasījumu" in text
    assert "tiesības piekļūt saviem personas datiem (Regulas 15. pants)" in text
    assert "ne vēlāk kā līdz 05.05.2027." in text  # 4 May 2027 is a holiday
    assert "Jānis Bērziņš" in text and "e-pasts <janis@example.lv>" in text
    assert "Anna Bērziņa" in text and "anna@zimes.lv" in text
    text = letter(zimes_filled, "acknowledgement", "en", request())
    assert "reply by 5 May 2027 at the latest" in text
    assert "right of access to your personal data" in text and "free of charge" in text


def test_identification_offers_the_rule_for_the_channel(zimes_filled):
    text = letter(zimes_filled, "identification", "lv", request())
    assert "Atbilde no e-pasta adreses, kas norādīta pasūtījumā" in text
    assert "12. panta 6. punkts" in text
    text = letter(zimes_filled, "identification", "en", request(channel="phone"))
    assert "__________" in text  # no rule for the phone: a blank to fill in


def test_extension_gives_the_extended_date_and_the_reasons_as_typed(zimes_filled):
    text = letter(zimes_filled, "extension", "lv", request())
    assert "ne vēlāk kā līdz 05.07.2027. " in text and ".." not in text  # the date ends the sentence with its own dot
    assert "Pieprasījums aptver <10 gadu> datus & vairāk." in text
    assert "20.04.2027." in text  # the letter is dated when the person was told


def test_access_answer_is_filled_from_the_register(zimes_filled):
    reg = zimes_filled
    text = letter(reg, "access_answer", "lv", request(outcome="granted"))
    for purpose in reg.purposes:
        assert plain(purpose.name) in text
    for category in reg.data_categories:
        if any(category.id in p.data_category_ids for p in reg.purposes):
            assert plain(category.name) in text
    for recipient in reg.recipients:
        if any(recipient.id in p.recipient_ids for p in reg.purposes):
            assert plain(recipient.name) in text
    assert "Pastāvīgi, līdz līguma attiecību pārtraukšanai" in text  # retention
    assert "Līguma izpilde" in text  # legal bases
    assert "Datu avots: no Jums (Pasūtījuma forma mājas lapā) " in text  # the note's full stop left out
    assert "Datu valsts inspekcija, Elijas iela 17, Rīga, LV-1050" in text
    assert "Automatizēta lēmumu pieņemšana, tostarp profilēšana, netiek veikta" in text
    assert "16.–18. un 21. pants" in text and "15. panta 3. punkts" in text


def test_access_answer_shows_transfers_and_no_data(zimes_filled):
    import copy

    reg = copy.deepcopy(zimes_filled)
    reg.recipients[0].transfer = Transfer(country="US", safeguard="scc")
    text = letter(reg, "access_answer", "en", request(outcome="granted"))
    assert "United States" in text and "standard contractual clauses" in text.lower()
    text = letter(reg, "access_answer", "en", request(outcome="no_data"))
    assert "does not process any personal data about you" in text
    assert "Why we process" not in text


def test_refusal_gives_reasons_and_both_remedies(zimes_filled):
    text = letter(zimes_filled, "refusal", "lv", request(outcome="refused"))
    assert "pieprasījums netiek izpildīts" in text and "Daļa datu attiecas uz citām personām." in text
    assert "iesniegt sūdzību uzraudzības iestādei" in text and "un vērsties tiesā" in text
    text = letter(zimes_filled, "refusal", "en", request())
    assert "partly granted" in text and "seek a judicial remedy before a court" in text
    assert "Articles 77 and 79" in text


def test_erasure_lists_every_processor_and_recipient(zimes_filled):
    text = letter(zimes_filled, "erasure_recipients", "lv", request(right="erasure"))
    for recipient in zimes_filled.recipients:
        assert plain(recipient.name) in text
    assert "19. pants" in text and "Jānis Bērziņš" in text


def test_breach_notification_has_every_article_33_3_element(zimes_filled):
    reg = zimes_filled
    text = letter(reg, "breach_notification", "lv", breach(reg))
    assert "MELNRAKSTS" in text
    assert "40003000000" in text and "Anna Bērziņa" in text  # the company and its contact point, (b)
    for fact in (
        "Nozaudēts klēpjdators ar klientu sarakstu",
        "120",
        "480",
        reg.subject_categories[0].name,
        reg.data_categories[0].name,
        reg.data_categories[1].name,
    ):  # (a)
        assert plain(fact) in text
    assert "Iespējama krāpšana ar klientu vārdu" in text  # (c)
    assert "Paroles nomainītas; klienti brīdināti" in text  # (d)
    assert "26.03.2027. plkst. 10:00 (UTC+02:00)" in text
    assert "29.03.2027. plkst. 10:00 (UTC+02:00)" in text  # the deadline
    assert "Apstrādātājs mums paziņoja vēlu" in text  # notified late: the reasons
    text = letter(reg, "breach_notification", "en", breach(reg))
    assert "DRAFT" in text and "Article 33(3)(a)" in text and "Article 33(3)(d)" in text


def test_breach_record_and_letter_to_people(zimes_filled):
    reg = zimes_filled
    text = letter(reg, "breach_record", "en", breach(reg))
    assert "high risk" in text and "notified to the Inspectorate late" in text and "Article 33(5)" in text
    text = letter(reg, "breach_communication", "lv", breach(reg))
    assert "34. pant" in text and "Nozaudēts klēpjdators ar klientu sarakstu" in text
    assert "Paroles nomainītas; klienti brīdināti" in text and "Anna Bērziņa" in text
    assert "31.03.2027." in text  # dated when the people were told
    assert "MELNRAKSTS" not in text


def test_letters_for_an_entry():
    ids = [x.id for x in registry.letters_for("requests", request(extended_on=None, outcome=None, right="erasure"))]
    assert ids == ["acknowledgement", "identification", "erasure_recipients"]
    ids = [x.id for x in registry.letters_for("requests", request())]
    assert ids == ["acknowledgement", "identification", "extension", "access_answer", "refusal"]
    assert [x.id for x in registry.letters_for("breaches", Breach())] == [
        "breach_record",
        "breach_notification",
        "breach_communication",
    ]


def test_letter_file_name(zimes_filled):
    name = documents.letter_file_name(zimes_filled, "acknowledgement", "lv", request())
    assert name == "sia-zimes-apliecinajums-p-2027-04-04-lv.pdf"


@pytest.mark.parametrize(
    ("lang", "authority"),
    [
        ("lv", "uzraudzības iestādei: Datu valsts inspekcija"),
        ("ru", "в надзорный орган: "),
        ("et", "järelevalveasutusele: "),
        ("lt", "priežiūros institucijai: "),
    ],
)
def test_the_access_answer_names_the_authority_after_a_colon_not_in_the_wrong_case_after_a_dash(
    zimes_filled, lang, authority
):
    """ "sūdzību uzraudzības iestādei – Datu valsts inspekcija, Elijas iela …": after a dash the name would have
    to take the case of "iestādei"; after a colon the name and address read as the listing they are."""
    text = " ".join(letter(zimes_filled, "access_answer", lang, request(outcome="granted")).split())
    assert authority in text


def test_the_closing_gives_the_contacts_in_brackets_not_after_a_second_colon(zimes_filled):
    """“sazinieties ar mums: e-pasts: …” put two colons in a row."""
    text = " ".join(letter(zimes_filled, "acknowledgement", "lv", request()).split())
    assert "sazinieties ar mums (e-pasts: " in text and "ar mums: e-pasts" not in text
    text = " ".join(letter(zimes_filled, "acknowledgement", "en", request()).split())
    assert "please contact us (e-mail: " in text
