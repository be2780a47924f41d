"""Help ▸ User Guide: the short guide shipped with the application, readable offline."""

from importlib import resources

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def user_guide_text() -> str:
    """The guide's Markdown in the user's language, as shipped in the package (the same
    files as docs/user-guide*.md); English when there is none in that language."""
    folder = resources.files("partnerdesk.resources")
    # The file name is translated: each language names its own guide (user-guide.es.md).
    guide = folder / QCoreApplication.translate("UserGuideDialog", "user-guide.md")
    if not guide.is_file():
        guide = folder / "user-guide.md"
    return guide.read_text("utf-8")


class UserGuideDialog(QDialog):
    """Shows the guide; it is our own text, so Markdown is rendered (links stay inert)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("PartnerDesk User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(user_guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 820)
