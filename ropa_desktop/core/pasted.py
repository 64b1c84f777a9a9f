"""Text that comes into a one-line field with its line breaks (pasted or dropped there).

- ``one_line(text)``: the text on one line, each line break (with the spaces around it) one space; breaks at
  either end go. A name copied from a document over two lines reads as it did there.
- ``names(text)``: the text as a list of names, one a line, as a list is copied from a document: the list's
  numbers or bullets (“4.1.”, “2)”, “•”, “–”) go, blank lines go, and a line that begins with a small letter
  goes on from the line before it (a long name the document wrapped).
"""

from __future__ import annotations

import re

# Every line break a copied text may carry: Windows', old Mac's, Unicode's line and paragraph separators, the
# vertical tab and form feed a word processor writes for a manual line or page break, and NEL.
LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
_BREAK_RUN = re.compile(r"[^\S\n]*\n\s*")
# A list item's number or bullet: “4.1.”, “4.1”, “12.”, “2)”, “(2)”, “a)”, “•”, “-”, “–”, “*” and a space after it.
_MARKER = re.compile(r"(?:\(?\d+(?:\.\d+)*[.)]?|[a-zA-Z]\)|[•·▪◦‣∙*–—-])\s+")


def has_line_break(text: str) -> bool:
    return LINE_BREAK.search(text) is not None


def one_line(text: str) -> str:
    """``text`` on one line (see the module's note)."""
    if not has_line_break(text):
        return text
    flat = LINE_BREAK.sub("\n", text)
    flat = re.sub(r"^\s*\n\s*|\s*\n\s*$", "", flat)
    return _BREAK_RUN.sub(" ", flat)


def names(text: str) -> list[str]:
    """``text`` as a list of names, one a line (see the module's note), each name once, in the list's order."""
    out: list[str] = []
    for line in LINE_BREAK.split(text):
        line = " ".join(line.split())
        if not line:
            continue
        marker = _MARKER.match(line)
        if marker:
            line = line[marker.end() :]
        elif out and line[0].islower():  # wrapped: the name goes on
            out[-1] = f"{out[-1]} {line}"
            continue
        if line:
            out.append(line)
    seen: set[str] = set()
    unique = []
    for name in out:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return unique
