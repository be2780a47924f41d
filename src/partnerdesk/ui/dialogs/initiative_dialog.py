"""New or edit initiative: a small, actionable goal with people from both sides."""

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from partnerdesk.domain.enums import InitiativeSize, InitiativeStatus, Side
from partnerdesk.domain.models import Initiative, InitiativeMember, Person
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.optional_date_edit import OptionalDateEdit
from partnerdesk.ui.typed_text import typed_text


class InitiativeDialog(RecordDialog[Initiative]):
    def __init__(
        self,
        initiative: Initiative,
        people: Sequence[Person],
        save: Callable[[Initiative], Initiative],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New initiative") if initiative.id == 0 else self.tr("Edit initiative")
        super().__init__(title, save, parent)
        self._original = initiative
        self.name = QLineEdit(initiative.name, self)
        self.goal = QPlainTextEdit(initiative.goal, self)
        self.goal.setTabChangesFocus(True)
        self.goal.setPlaceholderText(self.tr("An actionable goal: who does what by when"))
        self.size_combo = EnumCombo(InitiativeSize, parent=self)
        self.size_combo.set_value(initiative.size)
        self.status = EnumCombo(InitiativeStatus, parent=self)
        self.status.set_value(initiative.status)
        self.started = OptionalDateEdit(self.tr("Not started"), self)
        self.started.set_value(initiative.started_on)
        self.target = OptionalDateEdit(self.tr("No target"), self)
        self.target.set_value(initiative.target_on)
        self.check_in = OptionalDateEdit(self.tr("None planned"), self)
        self.check_in.set_value(initiative.next_check_in_on)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members from both sides"))
        chosen = {member.person_id for member in initiative.members}
        for person in people:
            side = self.tr("ours") if person.side is Side.OURS else self.tr("theirs")
            item = QListWidgetItem(f"{person.full_name} ({side})", self.members)
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
            )
        self.add_field("initiative name", self.tr("&Name"), self.name)
        self.add_field("goal", self.tr("&Goal"), self.goal)
        self.add_field("size", self.tr("Si&ze"), self.size_combo)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("started", self.tr("Sta&rted"), self.started)
        self.add_field("target", self.tr("&Target"), self.target)
        self.add_field("check_in", self.tr("Next &check-in"), self.check_in)
        self.add_field("members", self.tr("&Members"), self.members)

    def build(self) -> Initiative:
        roles = {member.person_id: member.role for member in self._original.members}
        members = []
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                person: Person = item.data(Qt.ItemDataRole.UserRole)
                members.append(
                    InitiativeMember(
                        person_id=person.id, side=person.side, role=roles.get(person.id, "")
                    )
                )
        kept = {member.person_id for member in members}
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            goal=typed_text(self.goal),
            size=self.size_combo.value() or InitiativeSize.PILOT,
            status=self.status.value() or InitiativeStatus.PROPOSED,
            started_on=self.started.value(),
            target_on=self.target.value(),
            next_check_in_on=self.check_in.value(),
            members=tuple(members),
            pairings=tuple(
                pairing
                for pairing in self._original.pairings
                if pairing.our_person_id in kept and pairing.their_person_id in kept
            ),
        )
