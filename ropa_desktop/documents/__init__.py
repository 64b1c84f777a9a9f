"""The printed documents, as PDF (reportlab), in every language documents are kept in
(``ropa_desktop/core/languages.py``).

- ``DOCUMENTS``: the ids of the documents, in the order of ``registry.DOCUMENTS`` (the one list);
- ``render(register, name, lang) -> bytes``: the PDF (a ``base.Pdf``: ``.blanks`` counts its blanks);
- ``write_pdf(register, name, lang, path) -> int``: the PDF written atomically to ``path``, its blanks counted;
- ``file_name(register, name, lang) -> str``: a sensible file name for ``--document all``;
- ``printable(register)``: the documents it has something to print in (no consent form without a purpose whose
  consent is collected on it: ``consent_purposes``).

reportlab and the document modules are imported on first use, so that importing this
package (e.g. by the GUI or the command line) costs nothing.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

from ropa_desktop.documents import registry

DOCUMENTS = registry.IDS


def render(register: Any, name: str, lang: str, **options: Any) -> bytes:
    """The document ``name`` for ``register`` in ``lang`` as PDF bytes.

    ``options`` are passed to the document (the procedure takes ``subject_category``:
    the id of one category of data subjects, or None for all).
    """
    document = registry.get(name)
    from ropa_desktop.core import languages

    if not languages.get(lang).documents:
        raise ValueError(f"unsupported language: {lang!r}")
    from reportlab.platypus.doctemplate import LayoutError

    from ropa_desktop.core.errors import DocumentFailed

    module = importlib.import_module(f"ropa_desktop.documents.{document.module}")
    try:
        return module.render(register, lang, **options)
    except LayoutError as exc:
        # Every table row and framed block may break across pages, so this should not happen;
        # if it does, the person gets a sentence, not a traceback.
        raise DocumentFailed(document=name) from exc


def consent_purposes(register: Any) -> list[Any]:
    """The purposes whose consent the printed consent form collects (``consent.on_form``), in the register's order.
    With none (every consent is given on a website, say), there is no consent form to print."""
    return [p for p in register.purposes if "consent" in p.bases() and p.consent is not None and p.consent.on_form]


def printable(register: Any) -> tuple[str, ...]:
    """The documents the register has something to print in: all but the consent form when no purpose collects
    its consent on it."""
    return tuple(name for name in DOCUMENTS if name != "consent" or consent_purposes(register))


def write_pdf(register: Any, name: str, lang: str, path: str | os.PathLike[str], **options: Any) -> int:
    """Write the document to ``path`` atomically: the old file stays whole until the new one is complete.

    Returns the number of blanks it has (more than none: it is a draft, marked so on every page).
    """
    from ropa_desktop.core import files

    pdf = render(register, name, lang, **options)
    files.write_atomic(Path(path), pdf, error_key="pdf_write_failed")
    return getattr(pdf, "blanks", 0)


def audiences(register: Any) -> list[str]:
    """The audiences the register has notices for: those of its categories of data subjects (customers when
    it has none), in the order of ``registry.NOTICE_AUDIENCES``."""
    present = {s.audience for s in register.subject_categories}
    return [a for a in registry.NOTICE_AUDIENCES if a in present] or [registry.NOTICE_AUDIENCES[0]]


def draft_message(lang: str, blanks: int, register_path: str | os.PathLike[str]) -> str:
    """One line for the person who printed a draft: how many blanks, and the command that lists what is missing."""
    from ropa_desktop.core import texts

    return texts.text(lang, "documents.common.draft_written", count=blanks, file=_as_typed(register_path))


def not_kept_message(lang: str, register: Any) -> str:
    """One line for the person who printed documents in a language the register is not kept in: its own texts are
    in its main language (none of them is a missing translation the check could name)."""
    from ropa_desktop.core import languages, texts

    def name(code: str) -> str:  # as a sentence names it, where the texts say so; else as the language names itself
        key = f"findings.report.language.{code}"
        return texts.text(lang, key) if texts.has(lang, key) else languages.get(code).native_name

    return texts.text(
        lang,
        "documents.common.not_kept_written",
        language=name(lang),
        languages=", ".join(name(code) for code in register.languages),
        main=name(register.main_language),
        step=texts.text(lang, "steps.name.1"),
    )


def _as_typed(path: str | os.PathLike[str]) -> str:
    """``path`` as it is typed in the user's shell: “ZIMES (1).ropa”, an e-mail attachment's usual name, quoted,
    so that the command the message gives can be copied as it stands (a plain name stays as it is)."""
    import sys

    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline([str(path)])
    import shlex

    return shlex.quote(str(path))


def file_name(register: Any, name: str, lang: str, audience: str | None = None) -> str:
    """E.g. ``sia-zimes-procedura-lv.pdf``: the organisation, the document (a notice: for its audience) and the
    language."""
    from ropa_desktop.core import texts
    from ropa_desktop.core.model import new_id

    org = new_id(register.organisation.name, (), fallback="")
    key = f"documents.{name}.file_name_by_audience.{audience}" if audience else f"documents.{name}.file_name"
    doc = texts.text(lang, key)
    return "-".join(x for x in (org, doc, lang) if x) + ".pdf"


def render_letter(register: Any, letter_id: str, lang: str, entry: Any, **options: Any) -> bytes:
    """The letter ``letter_id`` (``registry.LETTERS``) for one request or breach of ``register``, as PDF bytes.

    ``options``: ``today`` (a date) for the request letters, ``now`` (a moment) for the breach papers.
    """
    from ropa_desktop.documents import registry

    letter = registry.get_letter(letter_id)
    from reportlab.platypus.doctemplate import LayoutError

    from ropa_desktop.core.errors import DocumentFailed

    module = importlib.import_module(f"ropa_desktop.documents.{letter.module}")
    try:
        return module.render(register, lang, letter_id, entry, **options)
    except LayoutError as exc:
        raise DocumentFailed(document=letter_id) from exc


def letter_file_name(register: Any, letter_id: str, lang: str, entry: Any) -> str:
    """E.g. ``sia-zimes-apliecinajums-p-2027-04-04-lv.pdf``."""
    from ropa_desktop.core import texts
    from ropa_desktop.core.model import new_id

    org = new_id(register.organisation.name, (), fallback="")
    doc = texts.text(lang, f"letters.{letter_id}.file_name")
    return "-".join(x for x in (org, doc, entry.id, lang) if x) + ".pdf"
