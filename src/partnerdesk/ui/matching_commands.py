"""View ▸ Gaps and View ▸ Offers: one window of each, kept and raised when asked again."""

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus

if TYPE_CHECKING:
    # Loaded when first opened: they bring the matching code (RapidFuzz) with them.
    from partnerdesk.ui.dialogs.offers_dialog import OffersDialog
    from partnerdesk.ui.gaps_view import GapsView


class MatchingCommands(QObject):
    """Creates the Gaps and Offers windows on first use; their "open" reaches the window."""

    open_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        window: QWidget,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._bus = bus
        self._undo_stack = undo_stack
        self._window = window
        self._today = today
        self.gaps_view: GapsView | None = None
        self.offers_dialog: OffersDialog | None = None

    def show_gaps(self) -> "GapsView":
        if self.gaps_view is None:
            from partnerdesk.ui.gaps_view import GapsView

            self.gaps_view = GapsView(self._store, self._bus, self._today, self._window)
            self.gaps_view.open_requested.connect(self.open_requested)
        _present(self.gaps_view)
        return self.gaps_view

    def show_offers(self) -> "OffersDialog":
        if self.offers_dialog is None:
            from partnerdesk.ui.dialogs.offers_dialog import OffersDialog

            self.offers_dialog = OffersDialog(
                self._store, self._bus, self._undo_stack, self._window
            )
            self.offers_dialog.open_requested.connect(self.open_requested)
        _present(self.offers_dialog)
        return self.offers_dialog


def _present(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
