"""Loading the UI translations and knowing which language the UI speaks.

A window language loads two translations: the window's own (``i18n/ropa_desktop_<code>.qm``) and the one
Qt ships for its own dialogs (``qtbase_<code>.qm`` from Qt's translations folder; PyInstaller's Qt hooks
put the same files into the frozen build, where ``QLibraryInfo`` finds them).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ropa_desktop import paths
from ropa_desktop.core import languages

_current = languages.DEFAULT
_installed: list[QTranslator] = []

# Qt 6 gave two labels of its file dialog a shortcut letter, and the qtbase_*.qm that Qt ships still
# translate only the texts without it ("Look in:"): the window's own translations carry these two.
QT_LABELS_MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


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
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    own = QTranslator(app)
    if own.load(str(qm_path(lang))):
        _installed.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(languages.get(lang).locale))
    _current = lang
