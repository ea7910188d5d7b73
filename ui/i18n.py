"""Languages: Italian, English, Romanian; the system's by default, or the one chosen in Settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = {"it": "Italiano", "en": "English", "ro": "Română"}
# the locale of numbers and dates for each language (English as written in Europe: 15/10/2026)
LOCALES = {"it": "it_IT", "en": "en_GB", "ro": "ro_RO"}
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
_installed: list[QTranslator] = []


def chosen_language(settings: QSettings) -> str:
    saved = settings.value("language", "", type=str)
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> bool:
    """Load our translation and Qt's own for ``language``; English needs none. True if ours loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
    if language == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(TRANSLATIONS / f"smallcrm_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
