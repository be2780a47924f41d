"""New, edit and delete partner: the Partner menu's commands."""

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.errors import NotFound
from partnerdesk.store.store import Store
from partnerdesk.ui.undo import trash_with_undo

if TYPE_CHECKING:
    from partnerdesk.domain.models import Partner


class PartnerCommands:
    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget) -> None:
        self._store = store
        self._undo_stack = undo_stack
        self._parent = parent

    def create(self) -> "Partner | None":
        from partnerdesk.ui.dialogs.partner_dialog import PartnerDialog

        dialog = PartnerDialog(
            None, self._store.people.ours(), self._store.partners.add, self._parent
        )
        dialog.exec()
        return dialog.saved

    def edit(self, partner_id: int) -> "Partner | None":
        try:
            partner = self._store.partners.get(partner_id)
        except NotFound:
            return None
        from partnerdesk.ui.dialogs.partner_dialog import PartnerDialog

        dialog = PartnerDialog(
            partner, self._store.people.ours(), self._store.partners.update, self._parent
        )
        dialog.exec()
        return dialog.saved

    def delete(self, partner_id: int) -> None:
        """Moves the partner to the Trash; Edit ▸ Undo brings it back."""
        try:
            partner = self._store.partners.get(partner_id)
        except NotFound:
            return
        trash_with_undo(self._undo_stack, self._store, Entity.PARTNER, partner.id, partner.name)
