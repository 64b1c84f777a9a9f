"""Carrying out an erasure request everywhere: the register's change log and the backup copies.

The person's data is first removed from the register itself (the entries that name them changed or
deleted, as for any edit); ``erase_everywhere`` then makes sure no trace is left elsewhere in the app's
keeping: change-log rows that name the text are blanked, and every backup copy of this register that
still holds it is deleted (a new backup of the register as it is now is made, so one remains).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa_desktop.core import model as m
from ropa_desktop.core import texts
from ropa_desktop.core.errors import InvalidRegister, Problem, RegisterFileError
from ropa_desktop.core.storage.backups import list_backups
from ropa_desktop.core.storage.register_file import RegisterFile

MIN_TEXT = 3  # a shorter text would match far more than one person's data


@dataclass
class ErasureReport:
    """What ``erase_everywhere`` did."""

    text: str
    log_rows: int = 0
    backups_deleted: list[Path] = field(default_factory=list)
    new_backup: Path | None = None

    def message(self, lang: str) -> str:
        counts = {"log_rows": self.log_rows, "backups": len(self.backups_deleted)}
        done = texts.text(lang, "erasure.done", text=self.text, **counts)
        if self.new_backup is None:
            return done
        return done + " " + texts.text(lang, "erasure.new_backup", backup=str(self.new_backup))


def places_holding(value: Any, needle: str, where: str = "") -> list[str]:
    """The paths (``recipients[2].name``) of the texts in ``value`` (JSON shapes) that contain ``needle``."""
    if isinstance(value, str):
        return [where] if needle in value.casefold() else []
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in places_holding(v, needle, f"{where}.{k}" if where else k)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in places_holding(v, needle, f"{where}[{i}]")]
    return []


def _holds(backup: Path, text: str) -> bool:
    """Whether a backup copy holds ``text``: in its bytes as stored, or anywhere in its content."""
    raw = backup.read_bytes()
    if any(form.encode(enc) in raw for form in {text, text.casefold()} for enc in ("utf-8", "utf-16-le", "utf-16-be")):
        return True
    try:
        with RegisterFile.open(backup, read_only=True) as copy:
            content = m.to_json(copy.load())
            log = [(e.entity_id, e.summary) for e in copy.change_log(10**9)]
    except RegisterFileError:
        return True  # cannot be read to be sure: it may hold it
    needle = text.casefold()
    in_log = any(needle in entity_id.casefold() or needle in summary.casefold() for entity_id, summary in log)
    return in_log or bool(places_holding(content, needle))


def erase_everywhere(store: RegisterFile, text: str) -> ErasureReport:
    """Remove every trace of ``text`` (a person's name, e-mail...) that the register's keeping still holds.

    Refused (``InvalidRegister``, with where) while the register itself still holds the text, or when the
    text is too short to name one person; nothing is changed then.
    """
    text = text.strip()
    if len(text) < MIN_TEXT:
        raise InvalidRegister([Problem("", "erasure_text_too_short", {"count": MIN_TEXT})])
    needle = text.casefold()
    remaining = places_holding(m.to_json(store.load()), needle)
    if remaining:
        raise InvalidRegister([Problem(p, "erasure_still_in_register", {"value": text}) for p in remaining])
    report = ErasureReport(text)
    report.log_rows = store.scrub_change_log(text)
    for backup in list_backups(store.path):
        if _holds(backup.path, text):
            backup.path.unlink(missing_ok=True)
            Path(f"{backup.path}-journal").unlink(missing_ok=True)
            report.backups_deleted.append(backup.path)
    if report.backups_deleted:
        report.new_backup = store.backup("after-erasure")
    return report
