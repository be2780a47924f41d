"""The People tab: the partner's people and their roles in the partnership."""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.models import Person
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.person_dialog import PersonDialog
from partnerdesk.ui.models.record_table_model import Column
from partnerdesk.ui.workspace.record_tab import RecordTab


class PeopleTab(RecordTab[Person]):
    entity = Entity.PERSON

    def __init__(
        self, store: Store, bus: ChangeBus, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        columns = [
            Column[Person](self.tr("Name"), lambda p: p.full_name),
            Column[Person](self.tr("Title"), lambda p: p.title),
            Column[Person](self.tr("Role"), lambda p: p.role),
            Column[Person](self.tr("E-mail"), lambda p: p.email),
            Column[Person](self.tr("Phone"), lambda p: p.phone),
        ]
        super().__init__(store, bus, undo_stack, columns, parent)
        self.view.setObjectName("peopleList")

    def load(self, partner_id: int) -> list[Person]:
        return self._store.people.for_partner(partner_id)

    def blank(self, partner_id: int) -> Person:
        return Person(full_name="", partner_id=partner_id)

    def label_of(self, record: Person) -> str:
        return record.full_name

    def open_editor(self, record: Person) -> Person | None:
        save = self._store.people.add if record.id == 0 else self._store.people.update
        dialog = PersonDialog(record, save, self)
        dialog.exec()
        return dialog.saved
