"""The store's change listener on the Qt side: one signal that panes subscribe to."""

from PySide6.QtCore import QObject, Signal

from partnerdesk.domain.changes import Change


class ChangeBus(QObject):
    """Re-broadcasts each committed store change as `changed(Change)`.

    Panes refresh themselves from this signal and never call each other.
    """

    changed = Signal(object)

    def __call__(self, change: Change) -> None:
        self.changed.emit(change)
