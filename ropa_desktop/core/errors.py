"""Errors the core reports to a person, in the person's language.

Every error carries a message key (``i18n/<lang>/errors.toml``) and its
parameters, so the command line and the GUI show the same sentence.
"""

from __future__ import annotations

import datetime
import errno
import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ropa_desktop.core import texts

# How many problems a message lists; the rest are counted ("… and 4,980 more").
PROBLEMS_LISTED = 20

# C0 and C1 control characters and DEL, except the line break and the tab: in a terminal they can move the
# cursor, recolour or retitle the window (ESC, OSC), or hide the rest of a line.
# The direction overrides and isolates can make a line read as something else.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character written out (``\\x1b``, ``\\u202e``): printing it does nothing else."""
    return _CONTROLS.sub(lambda mo: ascii(mo.group())[1:-1], text)


# How much of a value from a file a message quotes: enough to find it, never a message of megabytes (a 2 MB id
# made a dialog that took seconds to show).
BRIEF = 80


def _as_json(value: Any) -> Any:
    """A value from a file as its JSON says it (``null``, ``["lv"]``, not Python's ``None``, ``['lv']``), and not
    more of it than ``brief`` keeps; a number and a date as they are."""
    if isinstance(value, int | float | datetime.date) and not isinstance(value, bool):
        return value
    if not isinstance(value, str):
        try:
            value = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            value = str(value)
    return brief(value)


def brief(text: str, most: int = BRIEF) -> str:
    """``text`` cut to at most ``most`` characters, its end replaced by “…” where it was cut."""
    return text if len(text) <= most else text[: most - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a register, with where it is (a JSON-style path)."""

    path: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        detail = self.detail(lang)
        return f"{brief(self.path, 2 * BRIEF)}: {detail}" if self.path else detail

    def detail(self, lang: str) -> str:
        """What is wrong, without where."""
        params = {k: _as_json(v) for k, v in self.params.items()}
        if "type" in params:
            params["type"] = texts.text(lang, f"types.{params['type']}")
        for name, value in params.items():  # a day, as the language writes it ("05.05.2027.", "05/05/2027")
            if isinstance(value, datetime.date):
                params[name] = texts.short_date(lang, value)
        return texts.text(lang, f"problems.{self.key}", **params)


@dataclass(frozen=True)
class Reason:
    """Why the system refused to read or write a file: said in the user's language where ``i18n/<lang>/reasons.toml``
    knows ``key`` (an errno name such as ``ENOSPC``, or an SQLite code such as ``SQLITE_CANTOPEN``), else in the
    system's own ``words`` (English, as a rule)."""

    key: str
    words: str

    def message(self, lang: str) -> str:
        name = f"reasons.{self.key}"
        return texts.text(lang, name) if self.key and texts.has(lang, name) else self.words


# The SQLite failures whose reason is said in words of the user's language (``reasons.toml``), by primary code.
_SQLITE_REASONS = {getattr(sqlite3, n): n for n in ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_FULL")}


def reason(exc: BaseException) -> Reason:
    """The reason of an ``OSError`` or ``sqlite3.Error`` (see ``Reason``)."""
    words = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    if isinstance(exc, OSError):
        return Reason(errno.errorcode.get(exc.errno or 0, ""), words)
    code = getattr(exc, "sqlite_errorcode", None)
    return Reason(_SQLITE_REASONS.get(code & 0xFF, "") if isinstance(code, int) else "", words)


class RopaError(Exception):
    """A failure to explain to the user; never shown as a traceback."""

    key = "unexpected"

    def __init__(self, key: str | None = None, **params: Any) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        params = {k: (v.message(lang) if isinstance(v, Problem | Reason) else v) for k, v in self.params.items()}
        return texts.text(lang, f"errors.{self.key}", **params)


class RegisterFileError(RopaError):
    """A file that cannot be opened or written as a register."""


class NotARegister(RegisterFileError):
    key = "not_sqlite"


class NewerVersion(RegisterFileError):
    key = "newer_version"


class DamagedFile(RegisterFileError):
    key = "damaged"


class Busy(RegisterFileError):
    """Another program holds the file's lock (it is saving, or reading while this would replace it).

    Not damage: waiting and trying again is the remedy, and nothing was changed.
    """

    key = "busy"


class Notice(RopaError):
    """Something the user should know that is not a failure (e.g. an interrupted save was undone)."""

    key = "journal_recovered"

    def title(self, lang: str) -> str:
        """A heading for the message (a dialog's title)."""
        return texts.text(lang, "errors.notice_title")


class ReadOnlyRegister(RegisterFileError):
    key = "read_only"


class FileMoved(RegisterFileError):
    """The open register's file is no longer at its path: another program moved, renamed, deleted or replaced it.

    Nothing more can be saved into the file that is open (SQLite refuses it); what it held can still be read and
    copied (Save As), and a register now at the path can be opened in its place.
    """

    key = "file_moved"


class WriteFailed(RegisterFileError):
    """A write did not reach the file; the edit is not saved and may be retried."""

    key = "write_failed"


class EditConflict(WriteFailed):
    """Another program changed the same fields of an entry since the user started editing it."""

    key = "edit_conflict"


class EntryGone(EditConflict):
    """Another program deleted the entry being changed (``entry_deleted_elsewhere``) or deleted
    (``entry_already_deleted``)."""

    key = "entry_deleted_elsewhere"


class InvalidRegister(RopaError):
    """A register (JSON or an edit) that breaks the format's rules."""

    key = "invalid_register"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(count=len(self.problems))

    def message(self, lang: str) -> str:
        head = super().message(lang)
        lines = [head, *("  " + p.message(lang) for p in self.problems[:PROBLEMS_LISTED])]
        more = len(self.problems) - PROBLEMS_LISTED
        if more > 0:
            lines.append("  " + texts.text(lang, "errors.more_problems", count=more))
        return "\n".join(lines)


class DocumentFailed(RopaError):
    """A document that could not be made from the register (``document``: procedure, register, ...)."""

    key = "document_layout_failed"

    def message(self, lang: str) -> str:
        params = dict(self.params)
        if "document" in params:  # a document of the register, or a letter of one of its logs
            key = f"documents.{params['document']}.title"
            if not texts.has(lang, key):
                key = f"letters.{params['document']}.title"
            params["document"] = texts.text(lang, key)
        return texts.text(lang, f"errors.{self.key}", **params)
