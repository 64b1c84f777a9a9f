"""The privacy notice's paragraph on cookies says only what the register says: how to withdraw consent to cookies
is the register's answer or a blank (never a made-up "in the website's cookie settings"), and where no cookie purpose
rests on consent it does not speak of a consent that was never asked for."""

from __future__ import annotations

from ropa_desktop import documents
from ropa_desktop.core import completeness
from ropa_desktop.documents.base import BLANK
from tests.documents.conftest import complete_register, pdf_text


def _cookie_paragraph(text: str, heading: str, next_heading: str) -> str:
    start = text.index(heading)
    return text[start : text.index(next_heading, start)]


def test_an_unsaid_way_to_withdraw_consent_to_cookies_is_a_blank(zimes):
    """The sample does not say how consent to its cookies is withdrawn (the check lists it, and the section on
    withdrawing consent prints a blank), yet the cookie paragraph said "in the website's cookie settings"."""
    website = next(p for p in zimes.purposes if p.id == "website")
    assert "consent" in website.bases() and not website.consent.withdrawal
    assert "consent_withdrawal" in {f.code for f in completeness.check(zimes)}
    lv = _cookie_paragraph(pdf_text(documents.render(zimes, "notice", "lv")), "Sīkdatnes Mūsu", "Kas saņem")
    assert f"Savu izvēli varat jebkurā laikā mainīt vai piekrišanu atsaukt. Kā to izdarīt: {BLANK}" in lv
    assert "iestatījumos" not in lv
    en = _cookie_paragraph(pdf_text(documents.render(zimes, "notice", "en")), "Cookies Our", "Who receives")
    assert f"withdraw your consent at any time. How to do so: {BLANK}" in en and "settings" not in en
    reg = complete_register(zimes)
    said = next(p for p in reg.purposes if p.id == website.id).consent.withdrawal.pick("lv", "lv")
    lv = _cookie_paragraph(pdf_text(documents.render(reg, "notice", "lv")), "Sīkdatnes Mūsu", "Kas saņem")
    assert f"Kā to izdarīt: {said}" in lv and BLANK not in lv


def test_necessary_cookies_alone_are_not_told_as_a_consent_to_withdraw(zimes):
    """With no cookie purpose based on consent, the paragraph ended "…only with your consent:" over nothing and told
    the person to withdraw a consent never asked for."""
    reg = complete_register(zimes)
    website = next(p for p in reg.purposes if p.id == "website")
    website.legal_bases = [b for b in website.legal_bases if b.basis != "consent"]
    website.consent = None
    lv = _cookie_paragraph(pdf_text(documents.render(reg, "notice", "lv")), "Sīkdatnes Mūsu", "Kas saņem")
    assert lv.strip() == (
        "Sīkdatnes Mūsu tīmekļvietne izmanto tikai tehniski nepieciešamās sīkdatnes, kas nodrošina vietnes darbību; "
        "tām Jūsu piekrišana nav vajadzīga."
    )
    en = _cookie_paragraph(pdf_text(documents.render(reg, "notice", "en")), "Cookies Our", "Who receives")
    assert (
        en.strip()
        == "Cookies Our website uses only strictly necessary cookies, which make the site work; they need no consent."
    )
