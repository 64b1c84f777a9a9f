"""Wording and typography found in reading the printed documents of both samples as their readers would."""

from __future__ import annotations

import pytest

from ropa_desktop import documents
from ropa_desktop.core.model import Text, from_json, to_json
from tests.documents.conftest import pdf_text


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
