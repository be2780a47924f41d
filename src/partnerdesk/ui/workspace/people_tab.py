"""The People tab: the partner's people, their roles in the partnership and its initiatives.

Select two records of the same person (Ctrl+click) and "Merge…" to make them one.
"""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.models import Person
from partnerdesk.domain.pairings import InitiativeRole
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.person_dialog import PersonDialog
from partnerdesk.ui.merge_commands import merge_people
from partnerdesk.ui.models.record_table_model import Column
from partnerdesk.ui.workspace.record_tab import RecordTab


class PeopleTab(RecordTab[Person]):
    entity = Entity.PERSON
    # The Initiatives column shows each person's roles there.
    watched = frozenset({Entity.INITIATIVE})

    def __init__(
        self, store: Store, bus: ChangeBus, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        columns = [
            Column[Person](self.tr("Name"), lambda p: p.full_name),
            Column[Person](self.tr("Title"), lambda p: p.title),
            Column[Person](self.tr("Role"), lambda p: p.role),
            Column[Person](self.tr("E-mail"), lambda p: p.email),
            Column[Person](self.tr("Phone"), lambda p: p.phone),
            Column[Person](self.tr("Initiatives"), self._roles_text),
        ]
        self._roles: dict[int, list[InitiativeRole]] = {}
        super().__init__(store, bus, undo_stack, columns, parent)
        self.view.setObjectName("peopleList")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.merge_button = QPushButton(self.tr("Mer&ge…"), self)
        self.merge_button.setObjectName("mergePeople")
        self.merge_button.setToolTip(self.tr("Merge the two selected records of one person"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.buttons.insertWidget(3, self.merge_button)
        self._update_buttons()

    def load(self, partner_id: int) -> list[Person]:
        people = self._store.people.for_partner(partner_id)
        self._roles = self._store.initiatives.roles_of(p.id for p in people)
        return people

    def blank(self, partner_id: int) -> Person:
        return Person(full_name="", partner_id=partner_id)

    def label_of(self, record: Person) -> str:
        return record.full_name

    def open_editor(self, record: Person) -> Person | None:
        save = self._store.people.add if record.id == 0 else self._store.people.update
        dialog = PersonDialog(record, save, self)
        dialog.exec()
        return dialog.saved

    def selected_people(self) -> list[Person]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.record(row) for row in rows]

    def merge_selected(self) -> None:
        people = self.selected_people()
        if len(people) != 2:
            return
        receipt = merge_people(self._store, self._undo_stack, people[0], people[1], self)
        if receipt is not None:
            self.reload()
            self.select_item(receipt.kept_id)

    def _roles_text(self, person: Person) -> str:
        return "; ".join(
            f"{role.initiative_name} ({role.role})" if role.role else role.initiative_name
            for role in self._roles.get(person.id, ())
        )

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "merge_button"):  # the base class calls this before it exists
            self.merge_button.setEnabled(len(self.selected_people()) == 2)
