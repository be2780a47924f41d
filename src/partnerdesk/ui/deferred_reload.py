"""Reload a view once after a burst of changes, and only while it can be seen."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class DeferredReload(QObject):
    """Coalesces change reports into one reload on the next turn of the event loop.

    A hidden view only notes that it is stale and reloads when it is shown again, or when
    the day it shows has turned over meanwhile. The view calls `loaded(day)` from its
    own reload, so a direct reload also clears what was pending. While `hold()` is in
    force nothing reloads (the main window holds its side panes until the partner list
    is on screen); `release()` lets the pending reload run on the next turn.
    """

    def __init__(self, view: QWidget, reload: Callable[[], None], day: Callable[[], date]) -> None:
        super().__init__(view)
        self._view = view
        self._reload = reload
        self._day = day
        self._stale = True
        self._loaded_day: date | None = None
        self._held = False
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

    def hold(self) -> None:
        """No reload, not even on showing the view, until `release()`."""
        self._held = True

    def release(self) -> None:
        """Ends `hold()`; a reload that was due runs on the next turn of the event loop."""
        self._held = False
        if self._stale or self._day() != self._loaded_day:
            self.request()

    def loaded(self, day: date) -> None:
        self._timer.stop()
        self._stale = False
        self._loaded_day = day

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.Show
            and not self._held
            and (self._stale or self._day() != self._loaded_day)
        ):
            self._reload()
        return False

    def _fire(self) -> None:
        if self._view.isVisible() and not self._held:
            self._reload()
