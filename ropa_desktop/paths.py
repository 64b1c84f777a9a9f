"""Every file-system location the application uses, in one place.

Shipped data (``resources/`` and ``i18n/``) sits beside the package in a source
checkout and inside it in a wheel or a frozen build.  User data and settings
follow platformdirs, and can be pointed elsewhere with environment variables
(``ROPA_DESKTOP_DATA_DIR``, ``ROPA_DESKTOP_CONFIG_DIR``, ``ROPA_DESKTOP_DOCUMENTS_DIR``), which the tests use so
that nothing is ever written to the real home folder.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "ROPA Desktop"
APP_SLUG = "ropa-desktop"
REGISTER_SUFFIX = ".ropa"
REGISTER_SUFFIXES = (".ropa", ".sqlite", ".db")

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "ropa_desktop" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ is missing from the installation ({_PACKAGE_DIR})")


@cache
def resources_dir() -> Path:
    return _shipped("resources")


@cache
def i18n_dir() -> Path:
    return _shipped("i18n")


def sample_path(name: str = "zimes") -> Path:
    return resources_dir() / "samples" / f"{name}.register.json"


def register_schema_path() -> Path:
    """The JSON Schema (draft 2020-12) of the register interchange format."""
    return resources_dir() / "schema" / "ropa-register-2.schema.json"


def catalogue_dir() -> Path:
    return resources_dir() / "catalogue"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def data_dir() -> Path:
    override = os.environ.get("ROPA_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("ROPA_DESKTOP_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False))


def documents_dir() -> Path:
    """The user's Documents folder: where a new register, a PDF or a copy is put unless the user says otherwise."""
    override = os.environ.get("ROPA_DESKTOP_DOCUMENTS_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def default_register_path() -> Path:
    """Where registers were made silently before the start page asked; still opened when it exists."""
    return data_dir() / f"register{REGISTER_SUFFIX}"


def sample_copy_path(name: str) -> Path:
    """The working copy of a shipped example that the window opens (the example itself is never changed)."""
    return data_dir() / "samples" / f"{name}{REGISTER_SUFFIX}"


def backups_dir() -> Path:
    return data_dir() / "backups"


def settings_path() -> Path:
    return config_dir() / "settings.json"
