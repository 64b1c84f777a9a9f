"""Art. 13(1)(a): a person is told the identity and contact details of the controller and, where it has one, of
its representative in the Union (Art. 27) — in the privacy notice and in the procedure's list of what to tell."""

from __future__ import annotations

import pytest

from ropa_desktop import documents
from ropa_desktop.core import languages
from ropa_desktop.core import model as m
from tests.documents.conftest import complete_register, pdf_text

REPRESENTATIVE = ("Baltic Rep GmbH", "Unter den Linden 1, Berlin", "rep@baltic-rep.de")


@pytest.fixture(scope="module")
def represented(zimes):
    reg = complete_register(zimes)
    name, address, email = REPRESENTATIVE
    reg.organisation.representative = m.Representative(name=name, address=address, email=email)
    return reg


def test_the_notice_names_the_controllers_representative(represented):
    name, address, email = REPRESENTATIVE
    lv = pdf_text(documents.render(represented, "notice", "lv"))
    assert f"Mūsu pārstāvis Eiropas Savienībā (Regulas 27. pants): {name}, {address}; e-pasts: {email}." in lv
    en = pdf_text(documents.render(represented, "notice", "en"))
    assert f"Our representative in the European Union (Art. 27 GDPR): {name}, {address}; e-mail: {email}." in en


def test_the_procedure_tells_the_data_subject_of_the_representative(represented):
    name, address, email = REPRESENTATIVE
    lv = pdf_text(documents.render(represented, "procedure", "lv"))
    assert f"pārziņa pārstāvja identitāti un kontaktinformāciju: {name}, {address}; e-pasts: {email};" in lv
    en = pdf_text(documents.render(represented, "procedure", "en"))
    assert f"the identity and contact details of the Controller’s representative: {name}, {address}" in en


@pytest.mark.parametrize("lang", languages.CODES)
def test_every_language_names_the_representative(represented, lang):
    for name in ("notice", "procedure"):
        assert REPRESENTATIVE[0] in pdf_text(documents.render(represented, name, lang)), (name, lang)


def test_no_representative_is_mentioned_where_there_is_none(zimes):
    reg = complete_register(zimes)
    assert reg.organisation.representative is None
    assert "pārstāvis Eiropas Savienībā" not in pdf_text(documents.render(reg, "notice", "lv"))
    assert "representative in the European Union" not in pdf_text(documents.render(reg, "notice", "en"))
    assert "pārziņa pārstāvja" not in pdf_text(documents.render(reg, "procedure", "lv"))
