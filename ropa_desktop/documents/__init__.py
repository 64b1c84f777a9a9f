"""The printed documents, as PDF (reportlab), in Latvian and English.

- ``DOCUMENTS``: ("procedure", "register", "notice", "consent", "request");
- ``render(register, name, lang) -> bytes``: the PDF;
- ``write_pdf(register, name, lang, path)``: the PDF written atomically to ``path``;
- ``file_name(register, name, lang) -> str``: a sensible file name for ``--document all``.

reportlab and the document modules are imported on first use, so that importing this
package (e.g. by the GUI or the command line) costs nothing.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

DOCUMENTS = ("procedure", "register", "notice", "consent", "request")
_MODULES = {
    "procedure": "procedure",
    "register": "record",
    "notice": "notice",
    "consent": "consent",
    "request": "request",
}


def render(register: Any, name: str, lang: str, **options: Any) -> bytes:
    """The document ``name`` for ``register`` in ``lang`` as PDF bytes.

    ``options`` are passed to the document (the procedure takes ``subject_category``:
    the id of one category of data subjects, or None for all).
    """
    if name not in _MODULES:
        raise ValueError(f"unknown document: {name!r} (one of {', '.join(DOCUMENTS)})")
    from ropa_desktop.core.languages import DOCUMENT_CODES

    if lang not in DOCUMENT_CODES:
        raise ValueError(f"unsupported language: {lang!r}")
    from reportlab.platypus.doctemplate import LayoutError

    from ropa_desktop.core.errors import DocumentFailed

    module = importlib.import_module(f"ropa_desktop.documents.{_MODULES[name]}")
    try:
        return module.render(register, lang, **options)
    except LayoutError as exc:
        # Every table row and framed block may break across pages, so this should not happen;
        # if it does, the person gets a sentence, not a traceback.
        raise DocumentFailed(document=name) from exc


def write_pdf(register: Any, name: str, lang: str, path: str | os.PathLike[str], **options: Any) -> None:
    """Write the document to ``path`` atomically: the old file stays whole until the new one is complete."""
    from ropa_desktop.core import files

    files.write_atomic(Path(path), render(register, name, lang, **options), error_key="pdf_write_failed")


def file_name(register: Any, name: str, lang: str) -> str:
    """E.g. ``sia-zimes-procedura-lv.pdf``: the organisation, the document and the language."""
    from ropa_desktop.core import texts
    from ropa_desktop.core.model import new_id

    org = new_id(register.organisation.name, (), fallback="")
    doc = texts.text(lang, f"documents.{name}.file_name")
    return "-".join(x for x in (org, doc, lang) if x) + ".pdf"
