"""The eleven steps a register is filled in by: their numbers, their names and the marks their state gets.

The completeness check (``completeness.py``) says which step each finding belongs to and what state each
step is in; the window (``ui/steps.py``) shows the steps.  The names are in ``i18n/<lang>/steps.toml``.
"""

from __future__ import annotations

from ropa_desktop.core import texts

STEPS = tuple(range(1, 12))
(
    STEP_COMPANY,
    STEP_SUBJECTS,
    STEP_PURPOSES,
    STEP_DATA,
    STEP_SOURCES,
    STEP_RECIPIENTS,
    STEP_RETENTION,
    STEP_SECURITY,
    STEP_REQUESTS,
    STEP_REVIEW,
    STEP_DOCUMENTS,
) = STEPS
EMPTY, INCOMPLETE, COMPLETE = "empty", "incomplete", "complete"


def step_name(step: int, lang: str) -> str:
    """The step's full name ("Nolūki un juridiskie pamati"), as the GUI and the report show it."""
    return texts.text(lang, f"steps.name.{step}")


def step_short_name(step: int, lang: str) -> str:
    """The step's short name for the step list ("Nolūki")."""
    return texts.text(lang, f"steps.short.{step}")
