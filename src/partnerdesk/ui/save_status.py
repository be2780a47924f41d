"""The status-bar label that says whether the meeting notes are saved."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from partnerdesk.ui.autosave import Autosaver


class SaveStatusLabel(QLabel):
    """Shows "Saving…", "Saved 10:42" or "Not saved: <reason>" as the autosaver reports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote user text
        self.setAccessibleName(self.tr("Notes save status"))
        self._failed = False

    def follow(self, autosaver: "Autosaver") -> None:
        autosaver.state_changed.connect(self.show_state)

    @property
    def failed(self) -> bool:
        return self._failed

    def show_state(self, state: str, detail: str) -> None:
        self._failed = state == "failed"
        if state == "saving":
            text = self.tr("Saving…")
        elif state == "saved":
            text = self.tr("Saved {time}").format(time=detail)
        elif state == "failed":
            text = self.tr("Not saved: {reason}").format(reason=detail)
        else:
            text = ""
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        font = self.font()
        font.setBold(self._failed)  # a failure must be noticed
        self.setFont(font)
