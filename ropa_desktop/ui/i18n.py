"""Loading the UI translations and knowing which language the UI speaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ropa_desktop import paths
from ropa_desktop.core.languages import DEFAULT as DEFAULT_LANGUAGE
from ropa_desktop.core.languages import WINDOW_CODES as LANGUAGES

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def current() -> str:
    """The language the UI speaks now ("lv" or "en")."""
    return _current


def qm_path(lang: str):
    return paths.i18n_dir() / f"ropa_desktop_{lang}.qm"


def install(lang: str) -> None:
    """Switch the application's translators to ``lang``; widgets get a LanguageChange event."""
    global _current
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    own = QTranslator(app)
    if own.load(str(qm_path(lang))):
        _installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Latvian if lang == "lv" else QLocale.Language.English,
            QLocale.Country.Latvia if lang == "lv" else QLocale.Country.UnitedKingdom,
        )
    )
    _current = lang
