"""A plain-text label whose text the mouse can select, laid out cheaply until it does."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QLabel, QWidget

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
INERT = Qt.TextInteractionFlag.NoTextInteraction


class SelectableLabel(QLabel):
    """Selectable with the mouse, like a label with TextSelectableByMouse.

    Such a QLabel lays its text out through a whole text document, twice for each size
    its layout asks about, and a wrapped label is asked many times whenever its text
    changes: the workspace header would pay that on every partner selected. Selecting
    takes the mouse over the label, so that is when selecting is switched on; a new text
    switches it off again unless the mouse is still there.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        if not self.underMouse() and self.textInteractionFlags() != INERT:
            self.setTextInteractionFlags(INERT)
        super().setText(text)

    def enterEvent(self, event: QEnterEvent) -> None:
        if self.textInteractionFlags() != SELECTABLE:
            self.setTextInteractionFlags(SELECTABLE)
        super().enterEvent(event)
