"""A text pasted into a one-line field: on one line, or a list of names."""

from __future__ import annotations

import pytest

from ropa_desktop.core import pasted


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Pakalpojumu nodrošināšana", "Pakalpojumu nodrošināšana"),
        ("Pakalpojuma sniegšana,\r\n  izmantojot mājas lapu", "Pakalpojuma sniegšana, izmantojot mājas lapu"),
        ("\nKlienti\n", "Klienti"),
        ("Klienti\u2028un pircēji\u2029", "Klienti un pircēji"),
        ("a\x0bb\x0cc\x85d\re", "a b c d e"),
        ("  two  spaces kept  ", "  two  spaces kept  "),
    ],
)
def test_one_line(text, line):
    assert pasted.one_line(text) == line
    assert not pasted.has_line_break(pasted.one_line(text))


def test_a_list_copied_from_a_document_gives_its_names_without_numbers_or_bullets():
    text = (
        "            4.1. Pakalpojumu nodrošināšana\r\n\r\n"
        "4.2 Klientu attiecību pārvaldība\n"
        "• Saziņa ar klientiem\n"
        "2) Pakalpojuma sniegšana,\n"
        "   izmantojot mājas lapu\n"
        "– Komerciālu paziņojumu sūtīšana\n"
    )
    assert pasted.names(text) == [
        "Pakalpojumu nodrošināšana",
        "Klientu attiecību pārvaldība",
        "Saziņa ar klientiem",
        "Pakalpojuma sniegšana, izmantojot mājas lapu",
        "Komerciālu paziņojumu sūtīšana",
    ]


def test_a_name_given_twice_is_one_and_a_number_inside_a_name_stays():
    assert pasted.names("Klienti\nKlienti\nKLIENTI") == ["Klienti"]
    assert pasted.names("Klienti un\npircēji") == ["Klienti un pircēji"]  # a small letter goes on
    assert pasted.names("3D printēšana\nCV no LinkedIn") == ["3D printēšana", "CV no LinkedIn"]
    assert pasted.names("\n \n") == []
