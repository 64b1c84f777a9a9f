"""Estonian and Lithuanian (and, for the same faults, Russian) wording as a legal translator reads the printed
documents and letters of the Saulrīta example kept in those languages too."""

from __future__ import annotations

import json
import re

import pytest

from ropa_desktop import documents, paths
from ropa_desktop.core import texts
from ropa_desktop.core.model import from_json, to_json
from tests.documents.conftest import pdf_pages, pdf_text
from tests.documents.test_letters import breach, letter, request


def folded(data: bytes) -> str:
    return " ".join(pdf_text(data).replace("•", " ").split())


@pytest.fixture(scope="module")
def saulrita():
    """The complete example, kept in Estonian, Lithuanian and Russian as well (its own texts stay Latvian)."""
    from ropa_desktop.core import interchange

    reg = from_json(to_json(interchange.read(paths.sample_path("saulrita"))))
    reg.languages += [lang for lang in ("ru", "et", "lt") if lang not in reg.languages]
    return reg


@pytest.fixture(scope="module")
def procedures(saulrita):
    return {lang: folded(documents.render(saulrita, "procedure", lang)) for lang in ("et", "lt")}


def test_the_procedure_says_where_data_goes_and_what_follows_a_period_in_grammatical_estonian(procedures):
    et = procedures["et"]
    # a colon after "edastatakse" left the country without the word it depends on
    assert "(volitatud töötleja, Iirimaa; andmed edastatakse kolmandasse riiki: Ameerika Ühendriigid)" in et
    # the verb second after "Seejärel", not at the end
    assert "Seejärel kustutatakse andmed." in et and "Seejärel andmed" not in et
    # Art. 33(1) in the Regulation's words: a notification not made within 72 hours, not "later than within"
    assert "kui teadet ei esitata 72 tunni jooksul, lisatakse sellele viivituse põhjused" in et
    assert "hiljem kui 72 tunni jooksul" not in et
    # Estonian quotes close low-high („…“), not with the English closing quote
    assert "Olen dokumendiga „Isikuandmete töötlemise kord“ tutvunud" in et and "kord” tutvunud" not in et


def test_the_procedure_in_lithuanian_names_the_third_country_and_the_conditions_in_the_right_case(procedures):
    lt = procedures["lt"]
    assert "(duomenų tvarkytojas, Airija; duomenys perduodami į trečiąją valstybę: Jungtinės Amerikos Valstijos)" in lt
    assert "tvarkomi tik 4 skyriuje nurodytomis sąlygomis (BDAR 9 straipsnio 2 dalis ir 10 straipsnis)" in lt
    assert "(3 priedas) arba laisva forma." in lt and "laisvos formos" not in lt
    assert "Tvarkymo vieta ir duomenis tvarkantys asmenys" in lt
    # the defined term "Duomenų valdytojas" keeps its capital in every item of section 12, the representative's too
    for key in ("s12_controller", "s12_representative", "s12_legitimate"):
        assert texts.text("lt", f"documents.procedure.{key}").startswith("Duomenų valdytojo"), key
    # an agreement's date in words that agree with every kind of agreement ("sutartis", "susitarimas")
    assert "duomenų tvarkymo sutartis (BDAR 28 straipsnio 3 dalis), sudarymo data 2025-03-03, peržiūrėti iki" in lt


@pytest.mark.parametrize(
    ("lang", "rights", "recipients"),
    [
        ("et", "Teil on õigus: tutvuda oma andmetega", "võidakse avaldada järgmistele vastuvõtjatele:"),
        ("lt", "Jūs turite teisę: susipažinti su savo duomenimis", "gali būti teikiami šiems duomenų gavėjams:"),
        ("ru", "Вы имеете право: на доступ к своим данным", "могут быть переданы следующим получателям:"),
    ],
)
def test_the_notice_lists_the_rights_after_a_lead_in_they_complete(saulrita, lang, rights, recipients):
    """ "Teil on järgmised õigused: andmete parandamisele …": a list of "to rectification" after "the following
    rights:" reads as broken; after "you have the right:" every item completes the sentence."""
    text = folded(documents.render(saulrita, "notice", lang))
    assert rights in text
    assert recipients in text


@pytest.mark.parametrize("lang", ["et", "lt"])
def test_the_right_to_complain_stands_whole_on_one_page(saulrita, lang):
    """The Lithuanian employees'-notice ended a page with "… institucijai Datu valsts inspekcija:" and gave the
    address on the next; the Estonian one left two lines and the closing on a page of their own."""
    heading = texts.text(lang, "documents.notice.n13")
    closing = texts.text(lang, "documents.notice.closing", version="2.0", date="").split(",")[0]
    member_state = texts.text(lang, "documents.notice.n13_member_state")[-40:]
    for audience in documents.audiences(saulrita):
        pages = pdf_pages(documents.render(saulrita, "notice", lang, audience=audience))
        page = next(p for p in pages if heading in p)
        assert "Elijas iela 17" in page and member_state in page
        assert closing in page, (audience, page[-300:])
        assert pages.index(page) == len(pages) - 1


def test_the_consent_form_reads_as_an_estonian_and_a_lithuanian_would_write_it(saulrita):
    et = folded(documents.render(saulrita, "consent", "et"))
    assert "Kui jätan ruudu märkimata, ei anna ma sellel eesmärgil nõusolekut." in et and "poolt" not in et
    assert "pakkumisi ja uudiseid sisaldavaid kommertsteadaandeid (Läti infoühiskonna" in et
    assert ") (" not in et
    lt = folded(documents.render(saulrita, "consent", "lt"))
    assert "Nepažymėtas langelis reiškia, kad šiam tikslui sutikimo neduodu." in lt and "Mano nepažymėtas" not in lt


@pytest.fixture(scope="module")
def zimes_letters():
    from ropa_desktop.core import interchange

    reg = interchange.read(paths.sample_path())
    reg.languages += ["ru", "et", "lt"]
    return reg


def test_the_breach_papers_name_the_authority_and_the_measures_as_the_regulation_does(zimes_letters):
    reg, entry = zimes_letters, breach(zimes_letters)
    for lang in ("et", "lt"):
        record = letter(reg, "breach_record", lang, entry)
        assert not re.search(r"\bDVI\b", record), lang  # an abbreviation no Estonian or Lithuanian reader knows
        # Art. 33(3)(a): the data subjects and records "concerned", in the Regulation's word
        assert {"et": "Asjaomaste andmesubjektide kategooriad", "lt": "Atitinkamų duomenų subjektų kategorijos"}[
            lang
        ] in record
    et = letter(reg, "breach_notification", "et", entry)
    assert "Läti andmekaitseasutus Datu valsts inspekcija 1. Vastutav töötleja" in et  # the addressee, nominative
    lt = letter(reg, "breach_notification", "lt", entry)
    assert "įskaitant priemones galimoms neigiamoms pasekmėms sumažinti (Reglamento 33" in lt
    assert "6. Įvykių chronologija" in lt


def test_the_letters_define_the_abbreviation_they_cite_and_name_the_requester_s_own_data(zimes_letters):
    erasure = request(right="erasure")
    for lang, footnote, own in [
        ("et", "(isikuandmete kaitse üldmäärus, IKÜM).", "Jānis Bērziņš taotleb oma isikuandmete kustutamist"),
        ("lt", "(Bendrasis duomenų apsaugos reglamentas, BDAR).", "Jānis Bērziņš prašo ištrinti savo asmens"),
        ("ru", "(Общий регламент по защите данных, GDPR).", "Jānis Bērziņš просит удалить свои персональные"),
    ]:
        assert footnote in letter(zimes_letters, "acknowledgement", lang, erasure)
        assert own in letter(zimes_letters, "erasure_recipients", lang, erasure)


def test_estonian_and_lithuanian_catalogue_texts_use_their_own_dash():
    """The documents join with the spaced en dash in both languages; the catalogue's texts had the em dash."""
    found = []

    def walk(node, where):
        if isinstance(node, dict):
            for lang in ("et", "lt"):
                if isinstance(node.get(lang), str) and " — " in node[lang]:
                    found.append((where, lang))
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    for path in sorted(paths.catalogue_dir().glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")), path.name)
    assert found == []


# an article, paragraph, section or annex word and its number, in the order each language writes them
_CITATION_CUT = {
    "ru": re.compile(
        r"(?<!\w)(стать[яиеюй]|статьёй|статьям|пункт[аеуы]?|подпункт[аеу]?|глав[аеуы]|раздел[аеу]?|приложени[ея]|№)"
        r" (\d|\{|\()"
    ),
    "et": re.compile(
        r"(?<!\w)(artikli[st]?|artiklid|artikkel|nr|lõike|lõige|lõiked|punkt|punktis|lisa|§) (\d|\{|[a-h]\b)"
    ),
    "lt": re.compile(r"(\d|\}|\b[a-h]) (straipsn|dali[seųmi]|dalį|punkt|skyri|pried|pastab)|(?<!\w)Nr\. (\d|\{)"),
}


@pytest.mark.parametrize("lang", sorted(_CITATION_CUT))
def test_an_article_and_its_number_are_never_cut_at_the_end_of_a_line(lang):
    """ "(статья" at the end of one line and "20)." at the start of the next: the space between a citation's word
    and its number is a no-break space, as in English ("Art. 15"), and so is the one in "72 hours"."""
    import tomllib

    cut = []

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, where)
        elif isinstance(node, str):
            cut.extend((where, m.group(0)) for m in _CITATION_CUT[lang].finditer(node))
            cut.extend((where, m.group(0)) for m in re.finditer(r"\d (час|tun|valand)", node))  # "72 hours"

    for name in ("documents", "letters", "labels"):
        walk(tomllib.loads((paths.i18n_dir() / lang / f"{name}.toml").read_text(encoding="utf-8")), name)
    assert cut == []


@pytest.mark.parametrize("lang", ["lv", "en", "ru", "et", "lt"])
def test_every_letter_title_fits_whole_in_the_footer(lang):
    """The Russian and Lithuanian breach notifications' titles, naming the Inspectorate in full, were cut to
    “…персональных да…” in the header and footer, and ran to two and three lines that pushed the signature to
    a page of its own; the addressee line under the title names the Inspectorate."""
    import tomllib

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ropa_desktop.documents import base

    base.register_fonts()
    letters = tomllib.loads((paths.i18n_dir() / lang / "letters.toml").read_text(encoding="utf-8"))
    room = (A4[0] - 2 * 20 * mm) * 0.75  # the footer's share of the portrait frame (base.Layout._paint)
    footers = [
        texts.text(lang, "letters.common.footer", title=table[key], id="b-2027-03-26")
        for table in letters.values()
        for key in ("title", "title_partly")
        if key in table
    ]
    assert [f for f in footers if stringWidth(f, base.FONT, 7.5) > room] == []


def test_the_notification_s_signature_goes_over_a_page_break_with_the_last_section(saulrita):
    """The Russian and Lithuanian notifications to the Inspectorate printed the signature lines alone on a
    second page."""
    entry = breach(saulrita)
    for lang in ("ru", "lt"):
        pages = pdf_pages(documents.render_letter(saulrita, "breach_notification", lang, entry))
        signed = [p for p in pages if texts.text(lang, "letters.common.signature") in p]
        assert len(signed) == 1, lang
        assert texts.text(lang, "letters.breach_notification.subjects").replace("\u00a0", " ") in signed[0], lang


def test_no_catalogue_note_on_a_legal_basis_repeats_the_basis_itself():
    """ "Lepingu täitmine – Lepingu täitmine": a purpose's note on its basis said again what the basis's name says
    (in Russian, Estonian, Lithuanian and English, “Performance of the contract”; the Latvian note speaks of the
    contract's obligations)."""
    from ropa_desktop.core import labels

    def notes(node):
        if isinstance(node, dict):
            if "basis" in node and isinstance(node.get("note"), dict):
                yield node["basis"], node["note"]
            for value in node.values():
                yield from notes(value)
        elif isinstance(node, list):
            for value in node:
                yield from notes(value)

    catalogue = json.loads((paths.catalogue_dir() / "purposes.json").read_text(encoding="utf-8"))
    repeated = [
        (lang, text)
        for basis, note in notes(catalogue)
        for lang, text in note.items()
        if text.rstrip(".").casefold().replace(" the ", " a ") == labels.label(lang, "legal_basis", basis).casefold()
    ]
    assert repeated == []
