"""Help ▸ About: the version and where the notebook lives."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from partnerdesk import __version__


class AboutDialog(QDialog):
    def __init__(self, notebook: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About PartnerDesk"))
        lines = [
            self.tr("PartnerDesk {version}").format(version=__version__),
            self.tr("An offline relationship notebook for partnerships between organizations."),
            "",
            self.tr("Notebook: {path}").format(path=notebook),
            "",
            self.tr("Built with Qt for Python (LGPL), SQLAlchemy and Alembic (MIT),"),
            self.tr("platformdirs (MIT) and Jinja2 (BSD)."),
        ]
        text = QLabel("\n".join(lines), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
