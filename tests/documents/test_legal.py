"""What the documents say in law: references that point where they should, no self-contradiction, the articles
of the Regulation worded as the Regulation words them (issue 13)."""

from __future__ import annotations

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import Text, from_json, to_json
from tests.documents.conftest import pdf_text


def copy(register):
    return from_json(to_json(register))


def procedure(register, lang="lv"):
    return pdf_text(documents.render(register, "procedure", lang))


# 1. Section references are computed from the sections printed --------------------------------------


def test_section_references_follow_the_sections_printed(zimes):
    with_grouping = procedure(zimes)
    assert "7. Datu subjektu grupēšana" in with_grouping
    assert "(10. sadaļa)" in with_grouping and "8. sadaļā norādītie apstrādātāji" in with_grouping
    assert "(13. sadaļa)" in with_grouping

    reg = copy(zimes)
    for s in reg.subject_categories:
        s.groups_note = ""
    text = procedure(reg)
    assert "Datu subjektu grupēšana" not in text
    assert "9. Glabāšanas termiņi" in text and "(9. sadaļa)" in text and "(10. sadaļa)" not in text
    assert "7. Personas datu iegūšana" in text and "7. sadaļā norādītie apstrādātāji" in text
    assert "12. Pieprasījuma iesniedzēja identificēšana" in text and "(12. sadaļa)" in text
    en = procedure(reg, "en")
    assert "(section 9)" in en and "listed in section 7 also" in en and "(section 12)" in en


# 2. No "no processors" beside a category of processors ---------------------------------------------


def test_a_category_of_processors_counts_as_processors(zimes):
    reg = copy(zimes)
    mozello = reg.find("recipients", "mozello")
    mozello.role, mozello.agreement = "recipient_category", None
    mozello.name = Text({"lv": "Nolīgtie personas datu apstrādātāji"})
    mozello.registration_number = ""
    for lang, none, listed in (
        ("lv", "apstrādātāji netiek izmantoti", "apstrādātāju kategorija"),
        ("en", "no processors are used", "a category of processors"),
    ):
        text = procedure(reg, lang)
        assert none not in text, lang
        assert f"Nolīgtie personas datu apstrādātāji ({listed})" in text, lang
    assert "8. sadaļā norādītie apstrādātāji" in procedure(reg)


def test_a_category_with_a_processing_agreement_counts_as_processors(zimes):
    reg = copy(zimes)
    mozello = reg.find("recipients", "mozello")
    mozello.role, mozello.name = "recipient_category", Text({"lv": "IT pakalpojumu sniedzēji"})
    assert mozello.agreement is not None and mozello.agreement.kind == "processing_agreement"
    text = procedure(reg)
    assert "apstrādātāji netiek izmantoti" not in text and "IT pakalpojumu sniedzēji (apstrādātāju kategorija)" in text


def test_no_processors_is_said_only_when_there_are_none(zimes):
    reg = copy(zimes)
    reg.recipients = [r for r in reg.recipients if r.id != "mozello"]
    for p in reg.purposes:
        p.recipient_ids = [r for r in p.recipient_ids if r != "mozello"]
    text = procedure(reg)
    assert "apstrādātāji netiek izmantoti" in text and "norādītie apstrādātāji" not in text


# 3. Art. 12(4): a complaint and a judicial remedy ----------------------------------------------------


@pytest.mark.parametrize("name", ["procedure", "notice"])
def test_a_request_not_acted_on_names_the_court_too(zimes_texts, name):
    assert "sūdzību Datu valsts inspekcijā un vērsties tiesā" in zimes_texts[(name, "lv")]
    assert "Data State Inspectorate and seek a judicial remedy" in zimes_texts[(name, "en")]


# 4. Art. 33(1): notify unless unlikely to result in a risk --------------------------------------------


def test_breach_notification_follows_article_33_1(zimes_texts):
    lv, en = zimes_texts[("procedure", "lv")], zimes_texts[("procedure", "en")]
    assert "izņemot gadījumus, kad ir maz ticams, ka pārkāpums varētu radīt risku" in lv
    assert "Ja pārkāpums var radīt risku fizisku" not in lv
    assert "unless the breach is unlikely to result in a risk" in en
    assert "Where a breach is likely to result in a risk to the rights" not in en


# 6. Art. 13(1)(f): where a copy of the safeguards can be had; one country per line ----------------------


def test_a_transfer_says_where_a_copy_of_the_safeguards_can_be_had(zimes):
    from ropa_desktop.core import model as m

    reg = copy(zimes)
    reg.organisation.contact_person.email = "dati@zimes.lv"
    reg.recipients[0].transfer = m.Transfer(country="US", safeguard="scc")
    lv = pdf_text(documents.render(reg, "notice", "lv"))
    en = pdf_text(documents.render(reg, "notice", "en"))
    assert (
        "līguma standartklauzulas (46. panta 2. punkta c) apakšpunkts). Šo garantiju kopiju var saņemt, rakstot "
        "uz dati@zimes.lv." in lv
    )
    assert "A copy of these safeguards can be obtained by writing to dati@zimes.lv." in en
    # the recipient's line names its country and where the data goes, not two countries as if one
    assert "(apstrādātājs, Latvija; dati tiek nosūtīti uz trešo valsti: Amerikas Savienotās Valstis)" in lv
    assert "(processor, Latvia; the data is transferred to: United States)" in en
    assert "Šo garantiju kopiju" in procedure(reg)
    reg.recipients[0].transfer = m.Transfer(country="JP", safeguard="adequacy")
    assert "publicēts Eiropas Savienības Oficiālajā Vēstnesī" in pdf_text(documents.render(reg, "notice", "lv"))


# 7. Art. 14: data not obtained from the person -----------------------------------------------------------


def test_the_notice_names_sources_other_than_the_person_and_their_data(zimes):
    from ropa_desktop.core import model as m

    reg = copy(zimes)
    purpose = reg.purposes[1]
    purpose.sources = [m.Source(kind="data_subject"), m.Source(kind="third_party", note="Kredītinformācijas birojs")]
    lv = pdf_text(documents.render(reg, "notice", "lv"))
    en = pdf_text(documents.render(reg, "notice", "en"))
    assert "13. un 14. pantu" in lv and "Articles 13 and 14" in en
    assert (
        "Dati iegūti arī no trešās personas (Kredītinformācijas birojs); no šiem avotiem var būt iegūti šādi "
        "dati: Personas vārds, uzvārds" in lv
    )
    assert (  # a sentence, not a note-taker's fragment ("Data also obtained from …; these sources may provide …")
        "We also obtain data from a third party (Kredītinformācijas birojs); from these sources we may receive "
        "the following data: First name and surname" in en
    )
    assert "14. pantu" not in pdf_text(documents.render(zimes, "notice", "lv"))


# 5. Art. 21(1): the right to object, stated for each purpose based on legitimate interests ------------------


def test_each_purpose_on_legitimate_interests_states_the_right_to_object(zimes):
    from ropa_desktop.core import model as m

    reg = copy(zimes)
    reg.purposes[1].legal_bases = [m.LegalBasis(basis="legitimate_interests")]
    reg.purposes[1].legitimate_interest = "Parādu piedziņa."
    lv = pdf_text(documents.render(reg, "notice", "lv"))
    en = pdf_text(documents.render(reg, "notice", "en"))
    assert lv.count("Tiesības iebilst: pret šo apstrādi Jūs varat jebkurā laikā iebilst") == 1
    assert "(Regulas 21. panta 1. punkts)" in lv
    assert en.count("Right to object: you may object to this processing at any time") == 1
    assert "Tiesības iebilst: pret šo" not in pdf_text(documents.render(zimes, "notice", "lv"))


def test_a_date_ending_in_a_full_stop_ends_the_closing_line_once(zimes):
    from tests.documents.conftest import complete_register

    lv = pdf_text(documents.render(complete_register(zimes), "notice", "lv"))
    assert "spēkā no 15.03.2025." in lv and "15.03.2025.." not in lv


# 17. Wording from the review ------------------------------------------------------------------------------


def test_wording_from_the_review(zimes_texts):
    lv = {name: zimes_texts[(name, "lv")] for name in documents.DOCUMENTS}
    en = {name: zimes_texts[(name, "en")] for name in documents.DOCUMENTS}
    assert "klientiem, kuru kontaktinformācija iegūta, pārdodot preci vai pakalpojumu" in lv["procedure"]
    assert "bijušajiem klientiem" not in lv["procedure"]
    # (no lower-case “jūs” beside the polite “Jūs” of the rest of the form)
    assert "vēlos, lai neprecīzie dati par mani tiktu izlaboti un nepilnīgie – papildināti" in lv["request"]
    assert "Pilnvarotais pārstāvis" in lv["request"] and "Pielikumi" in lv["request"]
    assert "Aizpilda SIA “ZĪMES”" in lv["request"] and "Aizpilda pārzinis" not in lv["request"]
    assert "Piekrišanas devējs" in lv["consent"] and "manām tiesībām" in lv["consent"]
    assert "Jūsu tiesībām" not in lv["consent"] and "atzīmējiet" not in lv["consent"]
    assert "Place of processing:" in en["procedure"] and "Retention period:" in en["consent"]
    assert "Please complete in block capitals" in en["request"]
    assert "the “Data Subject Request” form" in en["notice"]
    assert "following rights: • access to your data" in en["notice"] and "• objection to processing" in en["notice"]


def test_a_retention_rule_of_one_purpose_says_this_purpose(zimes):
    reg = copy(zimes)
    reg.retention_rules[1].data_category_ids = []
    assert "(visas šī nolūka personas datu kategorijas)" in pdf_text(documents.render(reg, "notice", "lv"))
    assert "(all categories of personal data for this purpose)" in pdf_text(documents.render(reg, "notice", "en"))


# 8. Cookies: a short paragraph where a purpose uses device data or cookies -------------------------------


def test_the_notice_explains_cookies_where_a_purpose_uses_them(zimes):
    lv = pdf_text(documents.render(zimes, "notice", "lv"))
    en = pdf_text(documents.render(zimes, "notice", "en"))
    assert "Sīkdatnes Mūsu tīmekļvietne izmanto sīkdatnes. Tehniski nepieciešamās sīkdatnes" in lv
    assert "Sīkdatnes, kas nav nepieciešamas mājas lapas darbībai. Piekrišanu dodat šādi:" in lv
    assert "Savu izvēli varat jebkurā laikā mainīt vai piekrišanu atsaukt" in lv
    assert "Cookies Our website uses cookies. Strictly necessary cookies" in en
    reg = copy(zimes)
    for p in reg.purposes:
        p.data_category_ids = [d for d in p.data_category_ids if d != "device-data"]
    reg.data_categories = [d for d in reg.data_categories if d.id != "device-data"]
    assert "Mūsu tīmekļvietne izmanto sīkdatnes" not in pdf_text(documents.render(reg, "notice", "lv"))


# 10. The register prints each purpose's DPIA screening answer and note ------------------------------------


def test_the_register_prints_the_dpia_screening(zimes):
    reg = copy(zimes)
    reg.purposes[0].dpia.required = False
    reg.purposes[1].dpia.required = True
    reg.purposes[1].dpia.note = Text({"lv": "Novērtējums veikts 2025. gadā.", "en": "Assessed in 2025."})
    lv = pdf_text(documents.render(reg, "register", "lv"))
    assert "(35. pants): nav vajadzīgs" in lv and "(35. pants): vajadzīgs – Novērtējums veikts 2025. gadā." in lv
    en = pdf_text(documents.render(reg, "register", "en"))
    assert "(Art. 35): not required" in en and "(Art. 35): required – Assessed in 2025." in en


# 16. Latvian typography (in part): a spaced en dash, numbers kept with their word ------------------------


def test_latvian_typography(zimes_texts):
    from ropa_desktop.core import texts
    from ropa_desktop.documents.base import TextBlock, styles

    assert "(Vispārīgā datu aizsardzības regula, turpmāk – Regula)" in zimes_texts[("procedure", "lv")]
    assert "turpmāk —" not in zimes_texts[("procedure", "lv")]
    # a name and what follows it are joined by the spaced en dash in Latvian (the em dash is Russian usage)
    for name in ("procedure", "register", "notice"):
        assert " — " not in zimes_texts[(name, "lv")], name
        assert " – " in zimes_texts[(name, "lv")], name
    cases = (
        ("procedure.s12_retention", {"section": 9}),
        ("procedure.s12_outro", {"notice": "x", "annex": 1}),
        ("common.basis_article.contract", {}),
    )
    for key, params in cases:
        assert "\u00a0" in texts.text("lv", f"documents.{key}", **params), key
    # a line never ends between the number and its word
    for width in range(60, 240, 7):
        block = TextBlock("Vārdi un vēl vārdi (3.\u00a0pielikums) un 28.\u00a0pants.", styles()["body"])
        block.wrap(width, 1000)
        for line in block.blPara.lines:
            words = line[1] if isinstance(line, tuple) else [getattr(w, "text", "") for w in line.words]
            assert not " ".join(words).rstrip().endswith(("3.", "28.")), width


def test_an_independent_controller_and_the_personal_code_note_are_named_as_the_review_asks(zimes):
    reg = copy(zimes)
    reg.recipients[0].role = "controller"
    lv = pdf_text(documents.render(reg, "register", "lv"))
    en = pdf_text(documents.render(reg, "register", "en"))
    assert "patstāvīgs pārzinis" in lv and "patstāvīgs saņēmējs" not in lv
    assert "independent controller" in en and "independent recipient" not in en
    assert "(valsts identifikācijas numurs, Regulas 87.\u00a0pants)" in lv.replace("87. pants", "87.\u00a0pants")
    assert "((" not in lv and "))" not in lv
    assert "(national identification number, Art. 87)" in en
    assert "((" not in en and "))" not in en


def test_the_notice_cites_the_article_once_per_legal_basis(zimes, zimes_texts):
    from collections import Counter

    from ropa_desktop.core import texts

    bases = Counter(b.basis for p in zimes.purposes for b in p.legal_bases)
    assert max(bases.values()) > 1  # the sample has a basis shared by several purposes
    for lang in ("lv", "en"):
        text = zimes_texts[("notice", lang)].replace("\u00a0", " ")
        for basis in bases:
            article = texts.text(lang, f"documents.common.basis_article.{basis}").replace("\u00a0", " ")
            assert text.count(article) == (1 if basis == "contract" else text.count(article) and 1), (lang, basis)


def test_no_full_stop_before_a_semicolon_in_joined_texts(zimes):
    from ropa_desktop.core.model import LegalBasis
    from ropa_desktop.documents.base import Context
    from tests.documents.conftest import complete_register

    reg = complete_register(zimes)
    reg.purposes[0].legal_bases.append(LegalBasis(basis="legitimate_interests"))
    reg.purposes[0].legitimate_interest = Text({"lv": "Lai prasības būtu pamatotas.", "en": "To support claims."})
    for lang in ("lv", "en"):
        assert ".;" not in procedure(reg, lang)
    ctx = Context(reg, "lv", "procedure")
    assert ctx.join(["Piegāde laikā.", "Pasūtījums Nr. 5 u. c.", "līdz 17.04.2023."]) == (
        "Piegāde laikā; Pasūtījums Nr. 5 u. c.; līdz 17.04.2023."
    )


def test_contact_words_inside_a_sentence_are_in_lower_case(zimes):
    import re

    from tests.documents.conftest import complete_register

    reg = complete_register(zimes)
    reg.organisation.phone = "+371 67 000 000"
    for name in ("procedure", "notice", "request"):
        lv = pdf_text(documents.render(reg, name, "lv"))
        assert not re.search(r"[,;] (E-pasts|Tālrunis|Adrese):", lv), name
        en = pdf_text(documents.render(reg, name, "en"))
        assert not re.search(r"[,;] (E-mail|Phone|Address):", en), name
    assert "sazinieties ar mums. E-pasts: " in pdf_text(documents.render(reg, "notice", "lv"))
    assert "; adrese: " in pdf_text(documents.render(reg, "notice", "lv"))
    assert ", e-pasts: " in procedure(reg)


# 18. What the model procedure and notice say ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "lv",
            [
                "3.1. Piekrišana (Regulas 6. panta 1. punkta a) apakšpunkts)",
                "konfidencialitāti arī pēc darba attiecību izbeigšanās (Regulas 29. pants un 32. panta 4. punkts)",
                "identificējamu fizisku personu (Regulas 4. panta 1. punkts); piemēram, tālruņa numurs vai adrese",
                "no pieprasījuma saņemšanas (Regulas 12. panta 3. punkts).",
            ],
        ),
        (
            "en",
            [
                "3.1. Consent (Art. 6(1)(a) GDPR)",
                "keep it confidential, even after their employment ends (Art. 29 and Art. 32(4) GDPR)",
                "identifiable natural person (Art. 4(1) GDPR); for example, a phone number or an address",
                "within one month of receipt of the request (Art. 12(3) GDPR).",
            ],
        ),
    ],
)
def test_the_procedure_says_what_the_model_procedure_says(zimes_texts, lang, words):
    text = zimes_texts[("procedure", lang)]
    for phrase in words:
        assert phrase in text, phrase
    # what personal data is comes before the company's categories of it, not as a note on the last one
    definition = words[2].split(";")[0]
    assert text.index(definition) < text.index("6.1.")
    # the bases in the order of Article 6(1): consent (a) before contract (b) before legal obligation (c)
    articles = [f"6. panta 1. punkta {x})" if lang == "lv" else f"6(1)({x})" for x in "abc"]
    assert [text.index(a) for a in articles] == sorted(text.index(a) for a in articles)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "lv",
            [
                "pienākums nodot personas datus arī valsts un pašvaldību iestādēm",
                "to kopiju un informāciju par to, kādiem nolūkiem un kā tie tiek apstrādāti un kam tie ir nodoti",
                "piemēram, ja mainījusies Jūsu kontaktinformācija",
            ],
        ),
        (
            "en",
            [
                "we must also disclose personal data to state and local government authorities",
                "a copy of it, and information on why and how it is processed and to whom it has been disclosed",
                "for example when your contact details change",
            ],
        ),
    ],
)
def test_the_notice_says_what_the_model_notice_says(zimes_texts, lang, words):
    text = zimes_texts[("notice", lang)]
    for phrase in words:
        assert phrase in text, phrase


def test_a_citation_in_the_companys_own_text_is_not_cut_at_the_end_of_a_line(zimes):
    """“… Regulas 6.” at the end of one line and “panta 1. punkta …” at the start of the next: a citation the
    company typed (a legal basis's note) keeps its numbers with their words, as the fixed wording does."""
    import io
    import re

    from pypdf import PdfReader

    reg = copy(zimes)
    words = ["Līgums", "un", "grāmatvedība", "pamatojas", "uz", "šo", "normu", "tāpat"]
    note = " ".join(
        f"{' '.join(words[: 1 + i % len(words)])} Regulas 6. panta 1. punkta c) apakšpunkts un 28. pants."
        for i in range(24)
    )
    reg.purposes[0].legal_bases[0].note = Text({"lv": note})
    reader = PdfReader(io.BytesIO(documents.render(reg, "procedure", "lv")))
    lines = [line.strip() for page in reader.pages for line in (page.extract_text() or "").splitlines()]
    cuts = [
        (before, after)
        for before, after in zip(lines, lines[1:], strict=False)
        if re.search(r"(\d\.|\b[a-h]\))$", before) and re.match(r"(panta|punkt|apakšpunkt|pants)", after)
    ]
    assert "apakšpunkts" in " ".join(lines)
    assert cuts == []


def test_the_request_form_is_addressed_where_the_notices_send_requests():
    # it gave the company's general address (info@…), the notices and the procedure the contact person's (dati@…)
    from ropa_desktop import documents, paths
    from ropa_desktop.core import interchange

    register = interchange.read(paths.sample_path("saulrita"))
    for lang in ("lv", "en"):
        form = pdf_text(documents.render(register, "request", lang))
        notice = pdf_text(documents.render(register, "notice", lang, audience="customers"))
        assert "dati@saulritamaiznica.lv" in form and "info@saulritamaiznica.lv" not in form
        assert "dati@saulritamaiznica.lv" in notice
