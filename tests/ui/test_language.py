"""Choosing the interface language and loading its translations."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from partnerdesk.ui.language import (
    LANGUAGE_KEY,
    LANGUAGE_VARIABLE,
    PSEUDO,
    chosen_language,
    install_translations,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def test_the_environment_wins_over_the_setting(settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, "es")
    assert chosen_language(settings, {LANGUAGE_VARIABLE: PSEUDO}) == PSEUDO
    assert chosen_language(settings, {}) == "es"


def test_an_unknown_choice_falls_back_to_a_shipped_language(settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert chosen_language(settings, {LANGUAGE_VARIABLE: "xx"}) in ("en", "es")


def test_the_pseudo_locale_lengthens_every_string(qapp: QApplication) -> None:
    source = "&Open Notebook…"
    translators = install_translations(qapp, PSEUDO)
    try:
        assert translators, "the pseudo-locale's .qm file is missing from the package"
        shown = QCoreApplication.translate("Actions", source)
        assert shown != source
        assert len(shown) >= len(source) * 1.3
        assert "&" in shown
        assert shown.endswith("]")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_english_loads_nothing(qapp: QApplication) -> None:
    assert install_translations(qapp, "en") == []


def test_preferences_keep_the_chosen_language(qtbot: QtBot, settings: QSettings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert settings.value(LANGUAGE_KEY) == "es"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "es"
