"""A date editor with a "no date" choice, for due dates and check-ins that may be unset."""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    date_changed = Signal()

    def __init__(self, none_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = QDateEdit(self)
        self._editor.setCalendarPopup(True)
        self._editor.setDisplayFormat("ddd d MMM yyyy")
        self._editor.setDate(QDate.currentDate())
        self._none = QCheckBox(none_label, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._editor, 1)
        layout.addWidget(self._none)
        self.setFocusProxy(self._editor)
        self._none.toggled.connect(self._on_none_toggled)
        self._editor.dateChanged.connect(self.date_changed)

    def value(self) -> date | None:
        if self._none.isChecked():
            return None
        picked: date = self._editor.date().toPython()  # type: ignore[assignment]
        return picked

    def set_value(self, value: date | None) -> None:
        self._none.setChecked(value is None)
        if value is not None:
            self._editor.setDate(QDate(value.year, value.month, value.day))

    def _on_none_toggled(self, checked: bool) -> None:
        self._editor.setEnabled(not checked)
        self.date_changed.emit()
