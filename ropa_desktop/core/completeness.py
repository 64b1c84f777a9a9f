"""The completeness check against GDPR Art. 30(1) and Art. 13 (placeholder API).

- ``check(register, today=None) -> list[Finding]``; a Finding has ``severity``
  (``missing`` / ``advice``), ``article``, ``step`` (1..11 of the GUI's steps),
  ``entity`` (list name or "organisation"/"document_settings"), ``entity_id``,
  ``field``, and ``message(lang)`` / ``action(lang)``.
- ``report(findings, lang) -> str``: the text ``ropa-desktop check`` prints.
"""

from __future__ import annotations

from typing import Any


def check(register: Any, today: Any = None) -> list[Any]:
    return []


def report(findings: list[Any], lang: str) -> str:
    return ""
