"""Help ▸ Keyboard Shortcuts: every action with its keys, read from the actions themselves."""

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = [
            (
                action.text().replace("&", ""),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in actions
            if not action.shortcut().isEmpty()
        ]
        rows += [
            (self.tr("Bold, italic in notes"), "Ctrl+B, Ctrl+I"),
            (self.tr("Commitment from the line of notes"), "Ctrl+Shift+C"),
            (self.tr("Need from the line of notes"), "Ctrl+Shift+N"),
            (self.tr("Next field"), "Tab"),
        ]
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        # Wide enough for both columns in any language, so the keys are never cut off.
        margins = layout.contentsMargins()
        needed = (
            table.horizontalHeader().length()
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        self.resize(max(420, needed), 480)
