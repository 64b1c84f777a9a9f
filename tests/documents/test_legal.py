"""What the documents say in law: references that point where they should, no self-contradiction, the articles
of the Regulation worded as the Regulation words them (issue 13)."""

from __future__ import annotations

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import from_json, to_json
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
    mozello.role, mozello.name, mozello.agreement = "recipient_category", "Nolīgtie personas datu apstrādātāji", None
    mozello.registration_number = ""
    for lang, none, listed in (("lv", "apstrādātāji netiek izmantoti", "apstrādātāju kategorija"),
                               ("en", "no processors are used", "a category of processors")):
        text = procedure(reg, lang)
        assert none not in text, lang
        assert f"Nolīgtie personas datu apstrādātāji ({listed})" in text, lang
    assert "8. sadaļā norādītie apstrādātāji" in procedure(reg)


def test_a_category_with_a_processing_agreement_counts_as_processors(zimes):
    reg = copy(zimes)
    mozello = reg.find("recipients", "mozello")
    mozello.role, mozello.name = "recipient_category", "IT pakalpojumu sniedzēji"
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

