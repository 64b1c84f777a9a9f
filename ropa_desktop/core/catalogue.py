"""The catalogue of ready-made choices (``resources/catalogue/``), in Latvian and English.

Placeholder API, filled in by the catalogue work:

- ``load() -> Catalogue``: every entry, each with a stable ``key``;
- an entry taken from the catalogue becomes a register entry whose ``id`` is the
  catalogue key, so the other language can print the catalogue's translation;
- ``localized(kind, entry, field, register_language, lang)``: the text to print
  for ``entry.<field>`` in ``lang``: the catalogue's own translation while the
  user has not changed the text, else the text as typed.
"""

from __future__ import annotations

from typing import Any


def localized(kind: str, entry: Any, field: str, register_language: str, lang: str) -> str:
    return getattr(entry, field)
