"""A combo box to pick one person, or nobody."""

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from partnerdesk.domain.models import Person


class PersonCombo(QComboBox):
    def __init__(
        self, people: Sequence[Person], none_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.addItem(none_label, None)
        for person in people:
            shown = f"{person.full_name} — {person.title}" if person.title else person.full_name
            self.addItem(shown, person.id)

    def person_id(self) -> int | None:
        value: int | None = self.currentData()
        return value

    def set_person_id(self, person_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(person_id), 0))
