"""Help ▸ About: the version, where the notebook and its backups live, and the parts' licences."""

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import __version__

# What PartnerDesk is built from and under which licence; the bundle carries each licence text.
COMPONENTS = (
    ("Python", "PSF-2.0"),
    ("Qt and Qt for Python (PySide6)", "LGPL-3.0"),
    ("SQLite", "Public domain"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("platformdirs", "MIT"),
    ("Jinja2", "BSD-3-Clause"),
    ("icalendar", "BSD-2-Clause"),
    ("dateparser", "BSD-3-Clause"),
    ("RapidFuzz", "MIT"),
    ("vobject", "Apache-2.0"),
)


class AboutDialog(QDialog):
    def __init__(
        self, notebook: Path, backups: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About PartnerDesk"))
        self._notebook = notebook
        lines = [
            self.tr("PartnerDesk {version}").format(version=__version__),
            self.tr("An offline relationship notebook for partnerships between organizations."),
            self.tr("Licensed under the GNU General Public License, version 3 or later."),
            "",
            self.tr("Notebook: {path}").format(path=notebook),
        ]
        if backups is not None:
            lines.append(self.tr("Backups: {path}").format(path=backups))
        lines += [
            "",
            self.tr("Python {python}, Qt {qt}, PySide6 {pyside}").format(
                python=platform.python_version(), qt=qVersion(), pyside=PySide6.__version__
            ),
        ]
        text = QLabel("\n".join(lines), self)
        text.setObjectName("aboutText")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        parts = QTableWidget(len(COMPONENTS), 2, self)
        parts.setObjectName("componentLicences")
        parts.setHorizontalHeaderLabels([self.tr("Built with"), self.tr("Licence")])
        parts.verticalHeader().hide()
        parts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, licence) in enumerate(COMPONENTS):
            parts.setItem(row, 0, QTableWidgetItem(name))
            parts.setItem(row, 1, QTableWidgetItem(licence))
        parts.resizeColumnsToContents()
        parts.horizontalHeader().setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        show_folder = buttons.addButton(
            self.tr("Show Notebook &Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        show_folder.clicked.connect(self._show_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(parts)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._notebook.parent)))
