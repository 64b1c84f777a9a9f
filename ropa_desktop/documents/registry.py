"""Every printed document, in one table: what it is called, which module lays it out, how.

Adding a document means adding a module under ``ropa_desktop/documents/`` (with a
``render(register, lang, **options) -> bytes``), its texts in ``i18n/<lang>/documents.toml``
(a table named like the document, with ``title`` and ``file_name``) and one row here.
Nothing else lists documents.  Importing this module imports neither reportlab nor the
document modules.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    id: str  # as on the command line (--document) and in the texts (documents.<id>.*)
    module: str  # the module under ropa_desktop.documents that renders it
    landscape: bool = False
    options: tuple[str, ...] = ()  # keyword options its render() takes, e.g. ("subject_category",)


DOCUMENTS: tuple[Document, ...] = (
    Document("procedure", "procedure", options=("subject_category",)),
    Document("register", "record", landscape=True),
    Document("notice", "notice", options=("audience",)),
    Document("consent", "consent"),
    Document("request", "request"),
)

# The notice is printed per audience of the register's categories of data subjects (its option "audience").
NOTICE_AUDIENCES: tuple[str, ...] = ("customers", "staff", "applicants", "partners")

BY_ID: dict[str, Document] = {d.id: d for d in DOCUMENTS}
IDS: tuple[str, ...] = tuple(BY_ID)


@dataclass(frozen=True)
class Letter:
    """A letter or record printed for one entry of a log, not for the register.

    Its module's ``render(register, lang, letter_id, entry, ...)`` lays it out; its texts are the table
    named like it in ``i18n/<lang>/letters.toml`` (with ``title`` and ``file_name``).
    """

    id: str
    module: str
    log: str  # "requests" or "breaches": the list its entry comes from


LETTERS: tuple[Letter, ...] = (
    Letter("acknowledgement", "request_letters", "requests"),
    Letter("identification", "request_letters", "requests"),
    Letter("extension", "request_letters", "requests"),
    Letter("access_answer", "request_letters", "requests"),
    Letter("refusal", "request_letters", "requests"),
    Letter("erasure_recipients", "request_letters", "requests"),
    Letter("breach_record", "breach_papers", "breaches"),
    Letter("breach_notification", "breach_papers", "breaches"),
    Letter("breach_communication", "breach_papers", "breaches"),
)
LETTERS_BY_ID: dict[str, Letter] = {x.id: x for x in LETTERS}


def letters_for(log: str, entry: object) -> tuple[Letter, ...]:
    """The letters that fit an entry of ``log`` as it stands: an extension letter once there is an extension,
    the access answer for an access request, a refusal when (partly) refused, the Art. 19 list for an erasure."""
    out = []
    for letter in LETTERS:
        if letter.log != log:
            continue
        fits = {
            "extension": bool(getattr(entry, "extended_on", None)),
            "access_answer": getattr(entry, "right", None) == "access",
            "refusal": getattr(entry, "outcome", None) in ("refused", "partly_granted"),
            "erasure_recipients": getattr(entry, "right", None) == "erasure",
        }.get(letter.id, True)
        if fits:
            out.append(letter)
    return tuple(out)


def get_letter(letter_id: str) -> Letter:
    try:
        return LETTERS_BY_ID[letter_id]
    except KeyError:
        raise ValueError(f"unknown letter: {letter_id!r} (one of {', '.join(LETTERS_BY_ID)})") from None


def get(doc_id: str) -> Document:
    try:
        return BY_ID[doc_id]
    except KeyError:
        raise ValueError(f"unknown document: {doc_id!r} (one of {', '.join(IDS)})") from None
