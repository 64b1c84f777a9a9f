"""The user's settings (language, recent files, the last folder saved to, the window's place, how long log entries
are kept), a small JSON file.

Kept in the platformdirs config folder (``paths.settings_path()``).  A missing
or unreadable file gives the defaults; writes are atomic.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field

from ropa_desktop import paths
from ropa_desktop.core import languages

RECENT_KEPT = 8
LOG_RETENTION_YEARS = 3  # Komerclikums 406. pants: claims from commercial transactions, 3 years
LOG_RETENTION_RANGE = range(1, 31)


@dataclass
class Settings:
    language: str | None = None  # None until the user has chosen at first start
    recent_files: list[str] = field(default_factory=list)
    window: dict[str, str | int] = field(default_factory=dict)  # the window's size, position, splitter, last step
    save_folder: str = ""  # where the last PDF or copy was saved ("" until then: the Documents folder)
    # how long the requests log and the breach register keep an entry after its answer or closing (core/logs.py)
    log_retention_years: int = LOG_RETENTION_YEARS

    def add_recent(self, path: str) -> None:
        self.recent_files = [path, *(p for p in self.recent_files if p != path)][:RECENT_KEPT]


# A settings file is a few hundred bytes; anything far larger (or nested past Python's limits) is not ours.
MAX_SETTINGS_BYTES = 64_000


def load() -> Settings:
    """The saved settings; the defaults when the file is missing, unreadable, too large or not settings."""
    from ropa_desktop.core import files
    from ropa_desktop.core.errors import RopaError

    try:
        data = json.loads(files.read_bytes(paths.settings_path(), limit=MAX_SETTINGS_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError, RopaError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    language = data.get("language")
    recent = data.get("recent_files")
    window = data.get("window")
    save_folder = data.get("save_folder")
    years = data.get("log_retention_years")
    return Settings(
        language=language if language in languages.WINDOW_CODES else None,
        recent_files=[p for p in recent if isinstance(p, str)][:RECENT_KEPT] if isinstance(recent, list) else [],
        window={k: v for k, v in window.items() if isinstance(v, str | int)} if isinstance(window, dict) else {},
        save_folder=save_folder if isinstance(save_folder, str) else "",
        log_retention_years=years if type(years) is int and years in LOG_RETENTION_RANGE else LOG_RETENTION_YEARS,
    )


def save(settings: Settings) -> bool:
    """Write the settings; False when they could not be written (the app works on without them)."""
    from ropa_desktop.core.errors import RopaError
    from ropa_desktop.core.files import write_atomic  # (not the JSON register's module: the window starts without it)

    try:
        path = paths.settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8"))
    except (OSError, RopaError):
        return False
    return True


def system_language() -> str:
    """The system's language when the window speaks it, else the default language (``languages.py``)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in languages.WINDOW_CODES else languages.DEFAULT
    import locale  # (only where no variable names the language)

    code = (locale.getlocale()[0] or "")[:2].lower()
    return code if code in languages.WINDOW_CODES else languages.DEFAULT


def language() -> str:
    """The language to speak to the user in: the chosen one, else the system's."""
    return load().language or system_language()
