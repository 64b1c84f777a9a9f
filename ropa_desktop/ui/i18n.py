"""Loading the UI translations and knowing which language the UI speaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ropa_desktop import paths
from ropa_desktop.core import languages

_current = languages.DEFAULT
_installed: list[QTranslator] = []


def current() -> str:
    """The language the UI speaks now (one of ``languages.WINDOW_CODES``)."""
    return _current


def qm_path(lang: str):
    return paths.i18n_dir() / f"ropa_desktop_{lang}.qm"


def install(lang: str) -> None:
    """Switch the application's translators to ``lang``; widgets get a LanguageChange event."""
    global _current
    if lang not in languages.WINDOW_CODES:
        lang = languages.DEFAULT
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
    QLocale.setDefault(QLocale(languages.get(lang).locale))
    _current = lang
