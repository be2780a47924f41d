"""Running slow store work off the GUI thread, with the result handed back by signal."""

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.interchange import ImportCancelled
from partnerdesk.ui.domain_text import error_text

# Progress is passed on in steps of a thousandth at most: more would flood the event loop.
PROGRESS_STEPS = 1000


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    # (done, total) as reported by the work; total 0 while unknown.
    progress = Signal(int, int)
    # The work stopped because `cancel()` was called.
    cancelled = Signal()


class BackgroundJob(QRunnable):
    """Runs `work` on the thread pool; `finished(result)` or `failed(message)` follow.

    Work that reports progress passes `report_progress` as its progress callback: each
    report reaches `signals.progress` on the GUI thread, and once `cancel()` was called
    the next report raises ImportCancelled, so the work stops and `cancelled` follows.
    """

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()
        self._last_step = -1

    def cancel(self) -> None:
        """Asks the work to stop at its next progress report (safe from any thread)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int) -> None:
        """The work's progress callback (called on the worker thread)."""
        if self._cancel.is_set():
            raise ImportCancelled()
        step = PROGRESS_STEPS * done // total if total > 0 else -1
        if step != self._last_step or total <= 0:
            self._last_step = step
            self._emit(self.signals.progress, done, total)

    def run(self) -> None:
        try:
            result = self._work()
        except ImportCancelled:
            self._emit(self.signals.cancelled)
            return
        except PartnerDeskError as error:
            self._emit(self.signals.failed, error_text(error))
            return
        except Exception as error:  # a bug: reported, never swallowed
            self._emit(self.signals.failed, f"{type(error).__name__}: {error}")
            raise
        self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        # The window that listened may be gone (closed while the work went on): then there
        # is no one left to tell, and the work itself is done or stops on its own.
        with suppress(RuntimeError):
            signal.emit(*args)


def start(job: BackgroundJob) -> None:
    QThreadPool.globalInstance().start(job)
