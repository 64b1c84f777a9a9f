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
    Document("notice", "notice"),
    Document("consent", "consent"),
    Document("request", "request"),
)

BY_ID: dict[str, Document] = {d.id: d for d in DOCUMENTS}
IDS: tuple[str, ...] = tuple(BY_ID)


def get(doc_id: str) -> Document:
    try:
        return BY_ID[doc_id]
    except KeyError:
        raise ValueError(f"unknown document: {doc_id!r} (one of {', '.join(IDS)})") from None
