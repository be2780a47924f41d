"""The Initiatives tab: small joint efforts with a goal, a size and a next check-in."""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.models import Initiative
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.initiative_dialog import InitiativeDialog
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.record_table_model import Column
from partnerdesk.ui.workspace.record_tab import RecordTab


class InitiativesTab(RecordTab[Initiative]):
    entity = Entity.INITIATIVE

    def __init__(
        self, store: Store, bus: ChangeBus, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        columns = [
            Column[Initiative](self.tr("Initiative"), lambda i: i.name),
            Column[Initiative](self.tr("Size"), lambda i: label(i.size)),
            Column[Initiative](self.tr("Status"), lambda i: label(i.status)),
            Column[Initiative](
                self.tr("Next check-in"),
                lambda i: i.next_check_in_on.isoformat() if i.next_check_in_on else "",
            ),
            Column[Initiative](self.tr("Members"), lambda i: str(len(i.members))),
            Column[Initiative](self.tr("Goal"), lambda i: i.goal),
        ]
        super().__init__(store, bus, undo_stack, columns, parent)
        self.view.setObjectName("initiativeList")

    def load(self, partner_id: int) -> list[Initiative]:
        return self._store.initiatives.for_partner(partner_id)

    def blank(self, partner_id: int) -> Initiative:
        return Initiative(partner_id=partner_id, name="")

    def label_of(self, record: Initiative) -> str:
        return record.name

    def open_editor(self, record: Initiative) -> Initiative | None:
        people = self._store.people.ours() + self._store.people.for_partner(record.partner_id)
        save = self._store.initiatives.add if record.id == 0 else self._store.initiatives.update
        dialog = InitiativeDialog(record, people, save, self)
        dialog.exec()
        return dialog.saved
