"""Move a commitment's due date; the ledger keeps the old one."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class RescheduleDialog(QDialog):
    def __init__(
        self, description: str, due_on: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule"))
        what = QLabel(description, self)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("ddd d MMM yyyy")
        start = due_on or date.today()
        self.editor.setDate(QDate(start.year, start.month, start.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("New due date:"), self))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def new_due_date(self) -> date:
        picked: date = self.editor.date().toPython()  # type: ignore[assignment]
        return picked
