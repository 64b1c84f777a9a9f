"""The printed documents, as PDF (reportlab), in Latvian and English (placeholder API).

- ``DOCUMENTS``: ("procedure", "register", "notice", "consent", "request");
- ``render(register, name, lang) -> bytes``: the PDF;
- ``write_pdf(register, name, lang, path)``: the PDF written atomically to ``path``;
- ``file_name(register, name, lang) -> str``: a sensible file name for ``--document all``.
"""

from __future__ import annotations

DOCUMENTS = ("procedure", "register", "notice", "consent", "request")


def render(register, name: str, lang: str) -> bytes:
    raise NotImplementedError


def write_pdf(register, name: str, lang: str, path) -> None:
    raise NotImplementedError


def file_name(register, name: str, lang: str) -> str:
    return f"{name}-{lang}.pdf"
