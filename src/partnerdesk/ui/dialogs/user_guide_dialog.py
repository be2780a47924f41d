"""Help ▸ User Guide: the short guide shipped with the application, readable offline."""

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def user_guide_text() -> str:
    """The guide's Markdown, as shipped in the package (the same file as docs/user-guide.md)."""
    return (resources.files("partnerdesk.resources") / "user-guide.md").read_text("utf-8")


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
