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


def test_text_put_on_one_line_between_two_words_stays_apart_from_them():
    assert pasted.joined("Klientu ", "tuvākās\n", " ģimenes") == "tuvākās"
    assert pasted.joined("Klientu", "\ntuvākās\n", "ģimenes") == " tuvākās "
    assert pasted.joined("", "tuvākās\n", "") == "tuvākās"


def test_a_list_copied_from_a_document_gives_its_names_without_numbers_or_bullets():
    text = (
        "            4.1. Pakalpojumu nodrošināšana\r\n\r\n"
        "4.2 Klientu attiecību pārvaldība\n"
        "• Saziņa ar klientiem;\n"
        "2) Pakalpojuma sniegšana, izmantojot mājas lapu,\n"
        "(a) Grāmatvedība\n"
        "б) Рассылка\n"
        "\uf0b7\tAlgu aprēķins\n"
        "o Videonovērošana\n"
        "iv) Darba laika uzskaite\n"
        "– Komerciālu paziņojumu sūtīšana.\n"
        "1.\n"
        "•\n"
    )
    assert pasted.names(text) == [
        "Pakalpojumu nodrošināšana",
        "Klientu attiecību pārvaldība",
        "Saziņa ar klientiem",
        "Pakalpojuma sniegšana, izmantojot mājas lapu",
        "Grāmatvedība",
        "Рассылка",
        "Algu aprēķins",
        "Videonovērošana",
        "Darba laika uzskaite",
        "Komerciālu paziņojumu sūtīšana",
    ]


def test_each_line_is_a_name_and_a_number_that_is_part_of_a_name_stays():
    # lists of small-letter items, as data is often listed
    assert pasted.names("vārds, uzvārds\npersonas kods\ne-pasta adrese") == [
        "vārds, uzvārds",
        "personas kods",
        "e-pasta adrese",
    ]
    assert pasted.names("2024. gada pārskats\n2025. gada pārskats\n112 zvani\n3D printēšana\n5 gadu arhīvs") == [
        "2024. gada pārskats",
        "2025. gada pārskats",
        "112 zvani",
        "3D printēšana",
        "5 gadu arhīvs",
    ]
    assert pasted.names("Citi dati u.c.\nKlienti.") == ["Citi dati u.c.", "Klienti"]
    # a spreadsheet's rows: the first column
    assert pasted.names("Klienti\tvisi pircēji\nDarbinieki\tštata darbinieki") == ["Klienti", "Darbinieki"]


def test_a_letter_with_a_dot_is_a_lists_mark_only_where_every_line_has_one():
    assert pasted.names("A. Klienti\nB. Darbinieki\nC. Piegādātāji") == ["Klienti", "Darbinieki", "Piegādātāji"]
    assert pasted.names("i. Klienti\nii. Darbinieki") == ["Klienti", "Darbinieki"]
    assert pasted.names("J. Ozols (grāmatvede)\nPiegādātāji\nI. līmeņa dati") == [
        "J. Ozols (grāmatvede)",
        "Piegādātāji",
        "I. līmeņa dati",
    ]


def test_a_name_given_twice_is_one():
    assert pasted.names("Algas aprēķins\nAlgas  aprēķins\n  ALGAS APRĒĶINS ") == ["Algas aprēķins"]
    assert pasted.names("\n \n") == []


def test_what_reads_as_a_list():
    assert pasted.is_a_list("Klienti\nDarbinieki")
    assert not pasted.is_a_list("Klienti\n")  # one name
    assert not pasted.is_a_list("\n".join(f"Nolūks {i}" for i in range(pasted.MOST_NAMES + 1)))
    assert not pasted.is_a_list("Klienti\n" + "garš teksts " * 100)  # a paragraph is no name
    assert not pasted.is_a_list("1.\n2.\n•\n")  # marks without names
    assert not pasted.is_a_list("Klienti\nklienti")  # one name


def test_a_cursor_keeps_its_place_in_a_text_put_on_one_line():
    text = "PirmāX rinda\nOtrā rinda"
    assert pasted.position_on_one_line(text, 6) == 6
    assert pasted.position_on_one_line(text, len(text)) == len(pasted.one_line(text))
    assert pasted.position_on_one_line("abc\n\n  def", 5) == 4  # in the breaks: before the next word
