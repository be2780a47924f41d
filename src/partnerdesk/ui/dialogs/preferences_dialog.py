"""Edit ▸ Preferences: the interface language (applied at the next start)."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.ui.language import LANGUAGE_KEY, PSEUDO, SYSTEM


class PreferencesDialog(QDialog):
    """Preferences of this user on this computer, kept beside the notebook's window settings."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        # Each language is named in itself, so a user can find theirs whatever is showing now.
        for code, name in (
            (SYSTEM, self.tr("The system's language")),
            ("en", "English"),
            ("es", "Español"),
            (PSEUDO, self.tr("Pseudo-locale (longer text, to check layouts)")),
        ):
            self.language.addItem(name, code)
        current = self.language.findData(str(settings.value(LANGUAGE_KEY, SYSTEM)))
        self.language.setCurrentIndex(max(current, 0))
        note = QLabel(self.tr("A new language applies the next time PartnerDesk starts."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.language.currentData())
        super().accept()
