"""Wording and typography found in reading the printed documents of both samples as their readers would."""

from __future__ import annotations

import re

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import Text, from_json, to_json
from tests.documents.conftest import pdf_pages, pdf_text


@pytest.fixture(scope="module")
def saulrita():
    from ropa_desktop import paths
    from ropa_desktop.core import interchange

    return interchange.read(paths.sample_path("saulrita"))


def copy(register):
    return from_json(to_json(register))


def test_a_retention_event_typed_as_a_sentence_follows_the_period_as_a_sentence(saulrita, zimes):
    """ "3 gadi; Pēc pasūtījuma izpildes." read as two fragments glued by a semicolon."""
    lv = pdf_text(documents.render(saulrita, "procedure", "lv"))
    en = pdf_text(documents.render(saulrita, "procedure", "en"))
    assert "3 gadi. Pēc pasūtījuma izpildes. Pamatojums: Komerclikuma 406. pants" in lv
    assert "gadi; Pēc" not in lv
    assert "3 years. After the order has been fulfilled. Basis:" in en
    # an event written in lower case goes on after a semicolon; an event alone prints alone
    reg = copy(zimes)
    from ropa_desktop.core.model import Period

    reg.retention_rules[0].period = Period("years", 5)
    reg.retention_rules[0].until_event = Text({"lv": "pēc līguma beigām", "en": "after the contract ends"})
    assert "5 gadi; pēc līguma beigām. Pēc tam dati tiek dzēsti." in pdf_text(documents.render(reg, "notice", "lv"))
    assert "Līdz brīdim, kad tiek saņemts klienta aizliegums" in pdf_text(documents.render(reg, "notice", "lv"))


def test_a_period_keeps_its_number_and_word_on_one_line(saulrita):
    from ropa_desktop.documents.base import Context

    ctx = Context(saulrita, "lv", "procedure")
    rule = next(r for r in saulrita.retention_rules if r.period is not None)
    assert "\u00a0" in ctx.period(rule.period)
    assert " " not in ctx.period(rule.period)


def test_the_cookie_paragraph_says_how_to_change_the_choice_in_a_sentence_of_its_own(saulrita, zimes):
    """The person's own text ("Jebkurā brīdī saitē …") followed a dash mid-sentence with its capital letter."""
    lv = pdf_text(documents.render(saulrita, "notice", "lv"))
    assert "piekrišanu atsaukt. Kā to izdarīt: Jebkurā brīdī saitē “Sīkdatņu iestatījumi”" in lv
    assert "atsaukt – Jebkurā" not in lv
    en = pdf_text(documents.render(saulrita, "notice", "en"))
    assert "withdraw your consent at any time. How to do so: At any time through the “Cookie settings” link" in en


def test_english_reads_as_one_document_set(zimes_texts):
    """One dash throughout; the notice called by the name it is printed under; the form in the first person."""
    for name in ("procedure", "register", "notice", "consent", "request"):
        assert " — " not in zimes_texts[(name, "en")], name
    assert "(processor, Latvia) – Cloud services" in zimes_texts[("notice", "en")]
    procedure = zimes_texts[("procedure", "en")]
    assert "This information is set out in the “Privacy Notice for Customers” (Annex 1)" in procedure
    assert "1. Privacy Notice for Customers" in procedure
    assert "4. Staff Acknowledgement Sheet" in procedure  # the annexes' names in one style, as titles
    assert "I have read the “Customer Personal Data Processing Procedure” and undertake to follow it." in procedure
    consent = zimes_texts[("consent", "en")]
    assert (
        "More about how SIA “ZĪMES” processes personal data, and about my rights, is set out in its "
        "“Privacy Notice for Customers”." in consent
    )
    assert "You will find" not in consent
    assert "Information on the Processing of Personal Data" not in procedure + consent


@pytest.mark.parametrize(
    "key", ["common.basis_article.contract", "notice.n13_member_state", "procedure.s6_national_id"]
)
def test_an_english_article_or_section_number_stays_on_the_line_of_its_word(key):
    from ropa_desktop.core import texts

    assert "\u00a0" in texts.text("en", f"documents.{key}")


@pytest.mark.parametrize("lang", ["et", "lt"])
def test_estonian_and_lithuanian_use_one_dash_their_own(zimes, lang):
    """Both languages join with the spaced en dash (their common dash); the em dash is Russian usage."""
    for name in ("procedure", "notice", "consent", "request"):
        text = pdf_text(documents.render(zimes, name, lang))
        assert " — " not in text, name


def test_the_notice_closing_line_never_stands_alone_on_the_last_page(zimes):
    """The Lithuanian notice's fourth page held only "Pranešimo versija 1.0.": whatever the length of the text
    before it, the closing line shares its page with the paragraph before it."""
    from ropa_desktop.core import model as m
    from ropa_desktop.core import texts
    from tests.documents.conftest import pdf_pages

    closing = texts.text("lv", "documents.notice.closing_version", version="1.0").rstrip(".")  # with a date or not
    member_state = re.sub(r"\s+", " ", texts.text("lv", "documents.notice.n13_member_state"))[:30]
    reg = copy(zimes)
    for words in range(0, 120, 4):
        criteria = " ".join(["Pārbaudām personu pēc dokumenta."] * words) or "Pēc dokumenta."
        reg.identification_rules = [m.IdentificationRule("email", Text({"lv": criteria}))]
        last = pdf_pages(documents.render(reg, "notice", "lv"))[-1]
        assert closing in last
        assert member_state in last, (words, last[:200])


@pytest.mark.parametrize(
    ("lang", "interests", "objection"),
    [("lv", "Mūsu leģitīmās intereses:", "Tiesības iebilst:"), ("en", "Our legitimate interests:", "Right to object:")],
)
def test_the_notice_states_the_legitimate_interests_before_the_right_to_object_to_them(
    saulrita, lang, interests, objection
):
    text = pdf_text(documents.render(saulrita, "notice", lang, audience="partners"))
    assert text.count(interests) == 1 and text.count(objection) == 1
    assert text.index(interests) < text.index(objection)


def test_the_country_data_goes_to_and_the_authority_are_named_in_a_grammatical_case(saulrita):
    """ "dati tiek nosūtīti uz: Amerikas Savienotās Valstis" ("uz" wants another case than the name's);
    "жалобу в надзорный орган — Государственная инспекция" (the name in the nominative after "в … орган")."""
    lv = pdf_text(documents.render(saulrita, "notice", "lv"))
    assert "(apstrādātājs, Īrija; dati tiek nosūtīti uz trešo valsti: Amerikas Savienotās Valstis)" in lv
    assert "nosūtīti uz:" not in lv
    ru = pdf_text(documents.render(saulrita, "procedure", "ru"))
    assert "данные передаются в третью страну: США" in ru
    assert "в надзорный орган (Государственная инспекция данных (Datu valsts inspekcija)" in ru
    assert "в надзорный орган — Государственная" not in ru
    # "заключён" agreed with "договор" only: "иное соглашение …, заключён" did not
    assert "договор об обработке данных (пункт 3 статьи 28 GDPR), дата заключения 03.03.2025" in ru


def test_the_record_names_legitimate_interests_in_its_own_words_not_the_notices(saulrita):
    """The record is the controller's own register: "Leģitīmās intereses:", not the notice's "Mūsu …"."""
    lv = pdf_text(documents.render(saulrita, "register", "lv"))
    en = pdf_text(documents.render(saulrita, "register", "en"))
    assert "Leģitīmās intereses: Uzturēt saziņu ar piegādātājiem" in lv and "Mūsu leģitīmās" not in lv
    assert "Legitimate interests: Keeping in touch" in en and "Our legitimate" not in en


@pytest.mark.parametrize("doc", ["notice", "procedure", "register"])
def test_a_phone_number_is_never_cut_at_the_end_of_a_line(saulrita, doc):
    """ "tālrunis: +371 26 123" on one line and "456" on the next."""
    import io

    from pypdf import PdfReader

    for lang in ("lv", "en"):
        raw = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(documents.render(saulrita, doc, lang))).pages)
        for number in ("+371 26 123 456", "+371 64 123 456"):
            assert number in re.sub(r"\s+", " ", raw), (lang, number)
            parts = number.split(" ")
            for cut in range(1, len(parts)):
                head, tail = " ".join(parts[:cut]), " ".join(parts[cut:])
                assert f"{head}\n{tail}" not in raw.replace("\u00a0", " "), (lang, number, cut)


def test_the_notice_keeps_its_few_identification_channels_on_one_page(saulrita):
    """The employees' notice printed four channels on page 2 and "Online" alone under a repeated header on page 3."""
    from tests.documents.conftest import pdf_pages

    pages = pdf_pages(documents.render(saulrita, "notice", "en", audience="staff"))
    with_table = [p for p in pages if "How you contact us" in p]
    assert len(with_table) == 1
    assert "How we identify you To protect your data" in with_table[0]  # the heading is not left behind
    assert all(channel in with_table[0] for channel in ("By e-mail", "By phone", "In person", "By post", "Online"))


def test_the_complete_example_states_each_impact_assessment_answer_once(saulrita):
    """The record prints the screening's answer, then its reason: "nav vajadzīgs – Nav vajadzīgs: neliels
    apjoms …" said it twice, as the example's reasons began with the answer."""
    lv = " ".join(pdf_text(documents.render(saulrita, "register", "lv")).split())
    en = " ".join(pdf_text(documents.render(saulrita, "register", "en")).split())
    assert "nav vajadzīgs – Neliels apjoms" in lv and "vajadzīgs – Nav vajadzīgs" not in lv
    assert "not required – Small scale" in en and "Not needed" not in en


@pytest.mark.parametrize("lang", ["lv", "en", "ru", "et", "lt"])
def test_how_consent_is_given_and_withdrawn_stand_on_one_page(zimes, saulrita, lang):
    """Section 11: a purpose's consent, how it is given and how it is withdrawn, never split over a page
    ("Kā piekrišanu saņem" at the foot of page 3, "Kā piekrišanu atsauc" at the top of page 4)."""
    import tomllib

    from ropa_desktop import paths

    wording = tomllib.loads((paths.i18n_dir() / lang / "documents.toml").read_text(encoding="utf-8"))["procedure"]
    given, withdrawn = (
        re.sub(r"<[^>]+>", "", wording[k]).split("{")[0].strip() for k in ("s11_method", "s11_withdrawal")
    )
    for register in (zimes, saulrita):
        pages = [" ".join(page.split()) for page in pdf_pages(documents.render(register, "procedure", lang))]
        assert sum(page.count(given) for page in pages) >= 1
        for page in pages:
            assert page.count(given) == page.count(withdrawn)


def test_a_notice_gives_the_condition_for_the_special_data_it_mentions(saulrita):
    """The employees' notice told of health check data with its Art. 6 basis only; the Art. 9 condition the
    register keeps for it (and prints in the record and the procedure) was left out."""
    staff = " ".join(pdf_text(documents.render(saulrita, "notice", "lv", audience="staff")).split())
    assert "(Regulas 9. vai 10. pants): VDAR 9. panta 2. punkta b) un h) apakšpunkts" in staff
    customers = " ".join(pdf_text(documents.render(saulrita, "notice", "en", audience="customers")).split())
    assert "Article 9(2)(a) GDPR: the customer's explicit consent." in customers
    assert "Article 9(2)(b)" not in customers  # the employees' condition is theirs alone


@pytest.mark.parametrize(
    ("lang", "words"), [("lv", "Anna Bērziņa, kontaktpersona"), ("en", "Anna Bērziņa, contact person")]
)
def test_a_contact_person_without_a_role_is_named_as_one_in_lower_case(zimes, lang, words):
    """ "Anna Bērziņa, Kontaktpersona" had the label's capital in the middle of a sentence."""
    register = copy(zimes)
    register.organisation.contact_person.name = "Anna Bērziņa"
    register.organisation.contact_person.role = Text()
    notice = " ".join(pdf_text(documents.render(register, "notice", lang)).split())
    assert words in notice


@pytest.mark.parametrize(
    ("lang", "sentence", "card"),
    [
        (
            "lv",
            "iesniegt sūdzību uzraudzības iestādei: Datu valsts inspekcija, Elijas iela 17",
            "Datu valsts inspekcija",
        ),
        (
            "en",
            "complaint with the supervisory authority: Data State Inspectorate (Datu valsts inspekcija), Elijas",
            "Data State Inspectorate",
        ),
        (
            "ru",
            "подать жалобу в надзорный орган: Государственная инспекция данных (Datu valsts inspekcija), Elijas",
            "Государственн",
        ),
    ],
)
def test_the_notice_names_the_supervisory_authority_once_before_its_address(saulrita, lang, sentence, card):
    # the sentence named it, and the address under it began with its name again
    text = pdf_text(documents.render(saulrita, "notice", lang))
    start = text.index(sentence)
    assert text[start - 300 : start + len(sentence)].count(card) == 1


def test_where_a_copy_of_the_safeguards_is_comes_in_a_sentence_of_its_own(saulrita):
    # "adequacy decision (Art. 45) (The European Commission's adequacy decision is published …)"
    text = pdf_text(documents.render(saulrita, "procedure", "en"))
    assert "adequacy decision (Art. 45). The European Commission’s adequacy decision is published" in text
    assert ") (The European" not in text


def test_a_procedure_section_never_ends_a_page_with_its_heading_and_introduction(saulrita):
    """The Lithuanian procedure's page 5 ended with "10. Saugojimo laikotarpiai" and its introductory sentence;
    its first item began page 6. Whatever the length of the text before it (here in Latvian), the heading, its
    introduction and its first item share a page."""
    from ropa_desktop.core import texts

    heading = f"10. {texts.text('lv', 'documents.procedure.s10')}"
    reg = copy(saulrita)
    for words in range(0, 320, 6):  # (the text grows by more than a page, a line or two at a time)
        reg.purposes[0].description = Text({"lv": " ".join(["Klientu pasūtījumi."] * words) or "Pasūtījumi."})
        pages = pdf_pages(documents.render(reg, "procedure", "lv"))
        [page] = [page for page in pages if heading in page]
        after = page.split(heading, 1)[1]
        assert "10.1. " in after, (words, after[-200:])
