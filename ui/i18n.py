"""The language setting (English source text, Simplified Chinese catalogue)."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from reviewer.resources import TRANSLATIONS_DIR

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
SETTING_KEY = "ui/language"


def saved_language() -> str:
    value = QSettings().value(SETTING_KEY, "")
    if value in LANGUAGES:
        return value
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def save_language(code: str) -> None:
    QSettings().setValue(SETTING_KEY, code)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (for standard dialogs); returns them so they
    stay alive as long as the application."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English,
                               QLocale.Country.China if language == "zh_CN" else QLocale.Country.UnitedStates))
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(f"appraisal_{language}", str(TRANSLATIONS_DIR)):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
