"""Merging duplicate people through the undo stack: Ctrl+Z restores the duplicate and its links."""

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.models import Person
from partnerdesk.domain.person_merge import MergeReceipt
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.merge_people_dialog import MergePeopleDialog


class MergeCommand(QUndoCommand):
    """Undo puts back what the receipt says moved; redo merges again with the same choices.

    Pushed after the merge succeeded, so its first redo does nothing.
    """

    def __init__(
        self, store: Store, receipt: MergeReceipt, from_duplicate: Collection[str]
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MergeCommand", "Merge “%1” into “%2”")
            .replace("%1", receipt.duplicate.full_name)
            .replace("%2", receipt.kept_before.full_name)
        )
        self._store = store
        self._receipt: MergeReceipt | None = receipt
        self._from_duplicate = frozenset(from_duplicate)
        self._kept_id = receipt.kept_id
        self._duplicate_id = receipt.duplicate_id
        self._first_redo = True

    @property
    def receipt(self) -> MergeReceipt | None:
        return self._receipt

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        try:
            self._receipt = self._store.people.merge(
                self._kept_id, self._duplicate_id, self._from_duplicate
            )
        except PartnerDeskError:
            # Something changed meanwhile (one of them was purged): nothing to redo.
            self._receipt = None
            self.setObsolete(True)

    def undo(self) -> None:
        if self._receipt is None:
            return
        try:
            self._store.people.unmerge(self._receipt)
        except PartnerDeskError:
            # The duplicate was purged from the Trash meanwhile: it cannot come back.
            self.setObsolete(True)
        self._receipt = None


def merge_people(
    store: Store, stack: QUndoStack, first: Person, second: Person, parent: QWidget
) -> MergeReceipt | None:
    """Asks which record to keep and which values, merges, and makes it undoable."""
    chosen: list[frozenset[str]] = []

    def merge(keep_id: int, duplicate_id: int, from_duplicate: frozenset[str]) -> MergeReceipt:
        receipt = store.people.merge(keep_id, duplicate_id, from_duplicate)
        chosen.append(from_duplicate)
        return receipt

    dialog = MergePeopleDialog(first, second, merge, parent)
    dialog.exec()
    receipt = dialog.receipt
    dialog.deleteLater()
    if receipt is None:
        return None
    stack.push(MergeCommand(store, receipt, chosen[-1]))
    return receipt
