"""Reload a view once after a burst of changes, and only while it can be seen."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class DeferredReload(QObject):
    """Coalesces change reports into one reload on the next turn of the event loop.

    A hidden view only notes that it is stale and reloads when it is shown again, or when
    the day it shows has turned over meanwhile. The view calls `loaded(day)` from its
    own reload, so a direct reload also clears what was pending.
    """

    def __init__(self, view: QWidget, reload: Callable[[], None], day: Callable[[], date]) -> None:
        super().__init__(view)
        self._view = view
        self._reload = reload
        self._day = day
        self._stale = True
        self._loaded_day: date | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fire)
        view.installEventFilter(self)

    def request(self) -> None:
        self._stale = True
        self._timer.start()

    def pending(self) -> bool:
        """A change is not on screen yet: the burst is not over, or the view is hidden."""
        return self._timer.isActive() or self._stale

    def scheduled(self) -> bool:
        """The burst of changes is not over yet."""
        return self._timer.isActive()

    def loaded(self, day: date) -> None:
        self._timer.stop()
        self._stale = False
        self._loaded_day = day

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.Show
            and (self._stale or self._day() != self._loaded_day)
        ):
            self._reload()
        return False

    def _fire(self) -> None:
        if self._view.isVisible():
            self._reload()
