"""Which language the interface speaks, and loading its translations into the application."""

from collections.abc import Mapping
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGE_KEY = "ui/language"
LANGUAGE_VARIABLE = "PARTNERDESK_LANGUAGE"
SYSTEM = ""  # follow the system's locale
PSEUDO = "pseudo"  # every string accented and longer: for checking layouts, not for users
# The languages PartnerDesk has translations for; English is the source language.
SHIPPED = ("en", "es")


def chosen_language(settings: QSettings, environ: Mapping[str, str]) -> str:
    """The environment variable, then the user's setting, then the system's locale."""
    for choice in (environ.get(LANGUAGE_VARIABLE, ""), str(settings.value(LANGUAGE_KEY, ""))):
        if choice == PSEUDO or choice in SHIPPED:
            return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SHIPPED else "en"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Loads Qt's own strings and PartnerDesk's for `language`; returns the translators.

    The caller keeps the list alive for as long as the application runs.
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    folder = str(resources.files("partnerdesk.resources") / "translations")
    if language == PSEUDO:
        ours = QTranslator(app)
        if ours.load("partnerdesk_pseudo", folder):
            app.installTranslator(ours)
            installed.append(ours)
        return installed
    locale = QLocale(language)
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("qtbase", qt_folder), ("partnerdesk", folder)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
