"""Running slow store work off the GUI thread, with the result handed back by signal."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.ui.domain_text import error_text


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundJob(QRunnable):
    """Runs `work` on the thread pool; `finished(result)` or `failed(message)` follow."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except PartnerDeskError as error:
            self.signals.failed.emit(error_text(error))
            return
        except Exception as error:  # a bug: reported, never swallowed
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
            raise
        self.signals.finished.emit(result)


def start(job: BackgroundJob) -> None:
    QThreadPool.globalInstance().start(job)
