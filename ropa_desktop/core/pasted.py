"""Text that comes into a one-line field with its line breaks (pasted or dropped there).

- ``one_line(text)``: the text on one line, each line break (with the spaces around it) one space; breaks at
  either end go. A name copied from a document over two lines reads as it did there.
- ``joined(before, text, after)``: ``text`` on one line as it goes between ``before`` and ``after``: a break
  at its end still parts it from a word that follows; ``position_on_one_line``: where a cursor goes then.
- ``names(text)``: the text as a list of names, one a line, as a list is copied from a document or a
  spreadsheet: the list's numbers and bullets (“4.1.”, “2)”, “(a)”, “•”, “–”), the punctuation that ends an
  item (“;”) and the columns after the first go; blank lines go, and each name comes once;
  ``is_a_list(text)``: whether the text reads as such a list (``lines``: its lines that are not blank).
"""

from __future__ import annotations

import re

from ropa_desktop.core import model as m

# Every line break a copied text may carry: Windows', old Mac's, Unicode's line and paragraph separators, the
# vertical tab and form feed a word processor writes for a manual line or page break, and NEL.
LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
_BREAK_RUN = re.compile(r"[^\S\n]*\n\s*")
# A list item's number or bullet, and the space after it: “4.1.”, “4.1 ”, “12.”, “2)”, “(2)”, “a)”, “(a)”, “б)”,
# “iv)”, and bullets as word processors copy them (Word's symbol-font bullets are private-use characters).
# A number needs its dot or bracket, or a second part (“4.2 ”), and at most three digits: “2024. gada pārskats”
# and “112 zvani” are names.
_MARKER = re.compile(
    r"(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[^\W\d_]\)|\(?[ivxIVX]{1,4}\)"
    r"|[•·▪◦‣∙∘○●■□◆◇►▶▸➢➤→✓✔*–—-]|o(?=\s)|[\uf0a7\uf0b7\uf076\uf0d8\uf0fc])(?:\s+|$)"
)
# “A.”, “B.” or “i.”, “ii.”: a list's marks only where every line has one (“J. Ozols” is a name)
_LETTER_MARKER = re.compile(r"(?:[A-Za-z]|[ivxIVX]{1,4})\.(?:\s+|$)")
_ITEM_END = re.compile(r"\s*[;,]+$")
MOST_NAMES = 100  # a list pasted at once: more lines than this are hardly a list of names (a whole document?)
LONGEST_NAME = 500  # characters; a longer line is a paragraph, not a name


def has_line_break(text: str) -> bool:
    return LINE_BREAK.search(text) is not None


def one_line(text: str) -> str:
    """``text`` on one line (see the module's note)."""
    if not has_line_break(text):
        return text
    flat = LINE_BREAK.sub("\n", text)
    flat = re.sub(r"^\s*\n\s*|\s*\n\s*$", "", flat)
    return _BREAK_RUN.sub(" ", flat)


def position_on_one_line(text: str, position: int) -> int:
    """Where ``position`` in ``text`` is once the text is put on one line (``one_line``)."""
    mark = "\ufdd0"  # a noncharacter: never in a text from outside
    if mark in text:
        return len(one_line(text))
    return one_line(f"{text[:position]}{mark}{text[position:]}").index(mark)


def joined(before: str, text: str, after: str) -> str:
    """``text`` on one line, to go between ``before`` and ``after`` (see the module's note)."""
    flat = one_line(text)
    if before and not before[-1].isspace() and LINE_BREAK.match(text.lstrip(" \t")):
        flat = " " + flat
    if after and not after[0].isspace() and has_line_break(text.rstrip(" \t")[-2:]):
        flat += " "
    return flat


def lines(text: str) -> list[str]:
    """The lines of ``text`` that are not blank, without the spaces around them."""
    return [line.strip() for line in LINE_BREAK.split(text) if line.strip()]


def _name(line: str, lettered: bool) -> str:
    marker = _MARKER.match(line) or (_LETTER_MARKER.match(line) if lettered else None)
    if marker:
        line = line[marker.end() :]
    line = " ".join(line.split("\t", 1)[0].split())  # a spreadsheet's row: the name is its first cell
    line = _ITEM_END.sub("", line)
    if line.endswith(".") and "." not in line[:-1].rsplit(" ", 1)[-1]:  # “Piegādātāji.”, not “u.c.”
        line = line[:-1].rstrip()
    return line


def names(text: str) -> list[str]:
    """``text`` as a list of names, one a line (see the module's note), each name once, in the list's order."""
    given = lines(text)
    lettered = all(_LETTER_MARKER.match(line) for line in given)
    out: dict[str, str] = {}
    for line in given:
        name = _name(line, lettered)
        if name:
            out.setdefault(m.name_key(name), name)
    return list(out.values())


def is_a_list(text: str) -> bool:
    """Whether pasted ``text`` reads as a list of names: at most ``MOST_NAMES`` lines of a name's length, with
    more than one name in them."""
    given = lines(text)
    return len(given) <= MOST_NAMES and all(len(line) <= LONGEST_NAME for line in given) and len(names(text)) > 1
