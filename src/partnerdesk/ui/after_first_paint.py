"""Runs a callback on the turn of the event loop after a widget was first painted."""

import weakref
from collections.abc import Callable
from types import MethodType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls `callback` once, on the next turn after `widget`'s first paint event.

    The main window starts with the partner list on screen and loads the panes that can
    wait (Today, its follow-ups, the calendar) right after: the frame with the list is
    finished before they begin, and keystrokes are handled between their loads.

    A method is held weakly: this object is the widget's child, and a strong hold on the
    widget's own method would keep the widget alive until Python's garbage collector
    happens to run (and destroy it then, at whatever moment that is).
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], Callable[[], None] | None]
        if isinstance(callback, MethodType):
            self._callback = weakref.WeakMethod(callback)
        else:
            self._callback = lambda: callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._queue_behind_the_frame)
        return False

    def _queue_behind_the_frame(self) -> None:
        # The window's own paint event comes first in the pass that paints its children:
        # one more turn lets whatever that pass queued (the list fetching its next rows, a
        # second update) go ahead of the callback's work.
        QTimer.singleShot(0, self, self._fire)

    def _fire(self) -> None:
        callback = self._callback()
        if callback is not None:
            callback()
