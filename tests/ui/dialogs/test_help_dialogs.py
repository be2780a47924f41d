"""Help ▸ User Guide and Help ▸ About."""

from pathlib import Path

from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from partnerdesk import __version__
from partnerdesk.ui.dialogs.about_dialog import COMPONENTS, AboutDialog
from partnerdesk.ui.dialogs.user_guide_dialog import UserGuideDialog, user_guide_text

PROJECT = Path(__file__).resolve().parents[3]


def test_the_shipped_guide_is_the_one_in_docs() -> None:
    assert user_guide_text() == (PROJECT / "docs" / "user-guide.md").read_text("utf-8")


def test_the_guide_is_rendered_with_its_sections(qtbot: QtBot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for heading in ("In a meeting", "Commitments: both directions", "Your data is safe"):
        assert heading in text
    # Markdown became formatting: no heading marks are left in what the reader sees.
    assert "## " not in text


def test_about_says_the_version_where_the_notebook_lives_and_the_licences(
    qtbot: QtBot, tmp_path: Path
) -> None:
    notebook = tmp_path / "<b>office</b>.partnerdesk"
    dialog = AboutDialog(notebook, tmp_path / "backups")
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "aboutText")
    assert text is not None
    assert __version__ in text.text()
    assert str(notebook) in text.text()
    assert str(tmp_path / "backups") in text.text()
    table = dialog.findChild(QTableWidget, "componentLicences")
    assert table is not None
    licences = {
        table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())
    }
    assert licences == dict(COMPONENTS)
    assert licences["Qt and Qt for Python (PySide6)"] == "LGPL-3.0"
