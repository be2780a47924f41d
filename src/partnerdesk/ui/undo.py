"""Undoable deletions: deleting moves a record to the Trash, Ctrl+Z restores it."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.errors import NotFound
from partnerdesk.store.store import Store


class TrashCommand(QUndoCommand):
    """Moves one record to the Trash on redo and brings it back on undo."""

    def __init__(self, store: Store, entity: Entity, record_id: int, label: str) -> None:
        super().__init__(
            QCoreApplication.translate("TrashCommand", "Delete “%1”").replace("%1", label)
        )
        self._store = store
        self._kind = entity.value
        self._record_id = record_id
        self._in_trash = False

    def redo(self) -> None:
        self._store.trash.move_to_trash(self._kind, self._record_id)
        self._in_trash = True

    def undo(self) -> None:
        if not self._in_trash:
            return
        try:
            self._store.trash.restore(self._kind, self._record_id)
        except NotFound:
            # Purged from the Trash meanwhile: there is nothing left to bring back.
            self.setObsolete(True)
        self._in_trash = False


def trash_with_undo(
    stack: QUndoStack, store: Store, entity: Entity, record_id: int, label: str
) -> None:
    """Deletes through the undo stack, so Edit ▸ Undo (Ctrl+Z) restores the record."""
    stack.push(TrashCommand(store, entity, record_id, label))
