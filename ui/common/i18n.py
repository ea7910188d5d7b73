"""Languages: Italian, English, Romanian; the system's by default, or the one chosen in Settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from smallcrm.numbers import set_typing_language
from smallcrm.resources import resource_dir

LANGUAGES = {"it": "Italiano", "en": "English", "ro": "Română"}
# the locale of numbers and dates for each language (English as written in Europe: 15/10/2026)
LOCALES = {"it": "it_IT", "en": "en_GB", "ro": "ro_RO"}
TRANSLATIONS = resource_dir("translations")  # the compiled .qm files
_installed: list[QTranslator] = []

# Qt's own words that the window shows (dialog buttons, the edit menu of text fields). Qt ships no Romanian
# translation, so our .ts files carry them as well; where Qt has its own (Italian), Qt's is asked first.
QT_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)


def chosen_language(settings: QSettings) -> str:
    saved = settings.value("language", "", type=str)
    if saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QApplication, language: str) -> bool:
    """Load our translation and Qt's own for ``language``. English loads ours too when it is there, for its
    plural forms ("1 record", "5 records"). True if ours loaded (always for English: the sources are English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
    set_typing_language(language)  # numbers are typed the way the window shows them
    ours = QTranslator(app)
    loaded = ours.load(str(TRANSLATIONS / f"smallcrm_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
