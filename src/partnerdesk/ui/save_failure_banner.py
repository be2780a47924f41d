"""The strip across the top of the window while the meeting notes cannot be saved."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from partnerdesk.ui.autosave import Autosaver

_FULL = ("disk is full", "no space left", "disk quota exceeded", "database or disk is full")
_READ_ONLY = ("readonly", "read-only", "read only", "permission denied")


class SaveFailureBanner(QFrame):
    """Non-modal: says why the notes are not being saved while the autosaver fails, offers
    Retry Now, and hides itself after the next save that succeeds. The editor keeps the text;
    the autosaver keeps retrying on its own timer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveFailureBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber, not red: nothing is lost yet, and the text says what to do.
        self.setStyleSheet(
            "#saveFailureBanner { background: #fff4ce; border: 1px solid #d9b600; }"
            "#saveFailureBanner QLabel { color: #3d3000; }"
        )
        self.message = QLabel(self)
        self.message.setObjectName("saveFailureMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote user text
        self.message.setWordWrap(True)
        self.retry = QPushButton(self.tr("&Retry Now"), self)
        self.retry.setObjectName("saveFailureRetry")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry)
        self.hide()

    def watch(self, autosaver: "Autosaver") -> None:
        """Follows `autosaver` (the notes editor's, which exists once the workspace does)."""
        autosaver.state_changed.connect(self.show_state)
        self.retry.clicked.connect(autosaver.flush)

    def show_state(self, state: str, detail: str) -> None:
        if state == "failed":
            self.message.setText(self.describe(detail))
            self.setAccessibleDescription(self.message.text())
            self.show()
        elif state == "saved":
            self.hide()

    def describe(self, reason: str) -> str:
        lowered = reason.lower()
        if any(words in lowered for words in _FULL):
            why = self.tr("the disk is full")
        elif any(words in lowered for words in _READ_ONLY):
            why = self.tr("the disk or the notebook file is read-only")
        else:
            why = reason.rstrip(".") or self.tr("the notebook cannot be written")
        return self.tr(
            "Your notes are not being saved: {why}. PartnerDesk keeps them on screen and "
            "retries every few seconds."
        ).format(why=why)


def banner_above(banner: QWidget, content: QWidget) -> QWidget:
    """`content` with `banner` across its top, as one widget to set as the central one."""
    holder = QWidget(content.parentWidget())
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return holder
