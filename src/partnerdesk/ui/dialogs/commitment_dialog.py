"""New or edit commitment: who promised what, by when, and who owns it."""

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.models import Commitment, Person
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.optional_date_edit import OptionalDateEdit
from partnerdesk.ui.person_combo import PersonCombo
from partnerdesk.ui.typed_text import typed_text


class CommitmentDialog(RecordDialog[Commitment]):
    def __init__(
        self,
        commitment: Commitment,
        people: Sequence[Person],
        save: Callable[[Commitment], Commitment],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New commitment") if commitment.id == 0 else self.tr("Edit commitment")
        super().__init__(title, save, parent)
        self._original = commitment
        self.direction = EnumCombo(Direction, parent=self)
        self.direction.setItemText(0, self.tr("Ours — we promised"))
        self.direction.setItemText(1, self.tr("Theirs — they promised"))
        self.direction.set_value(commitment.direction)
        self.description = QPlainTextEdit(commitment.description, self)
        self.description.setObjectName("commitmentDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What was promised"))
        self.due = OptionalDateEdit(self.tr("No due date"), self)
        self.due.set_value(commitment.due_on)
        self.owner = PersonCombo(people, self.tr("Nobody"), self)
        self.owner.set_person_id(commitment.owner_id)
        self.status = EnumCombo(CommitmentStatus, parent=self)
        self.status.set_value(commitment.status)
        self.add_field("direction", self.tr("&Who promised"), self.direction)
        self.add_field("description", self.tr("&What"), self.description)
        self.add_field("due", self.tr("&Due"), self.due)
        self.add_field("owner", self.tr("&Owner"), self.owner)
        self.add_field("status", self.tr("&Status"), self.status)
        self.resize(480, self.sizeHint().height())

    def build(self) -> Commitment:
        return dataclasses.replace(
            self._original,
            direction=self.direction.value() or Direction.OURS,
            description=typed_text(self.description),
            due_on=self.due.value(),
            owner_id=self.owner.person_id(),
            status=self.status.value() or CommitmentStatus.OPEN,
        )
