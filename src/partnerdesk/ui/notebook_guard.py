"""While a notebook is open: check it once off the GUI thread, then back it up once a day."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from partnerdesk.domain.backups import BackupInfo
from partnerdesk.domain.errors import BackupError
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.notebook_check import quick_problem
from partnerdesk.ui.background import BackgroundJob, start

# The check reads the whole file (about a second per 100 MB): it waits until the window is
# up and the first queries are done, so that starting stays quick.
START_DELAY_MS = 1500
# How often an open notebook asks whether a new day needs its backup.
DAILY_CHECK_MS = 30 * 60 * 1000

Work = Callable[[], tuple[str, BackupInfo | None]]


class NotebookGuard(QObject):
    """Runs SQLite's quick_check on the open notebook, then makes the day's backup if there is
    none, and keeps making one a day while the notebook stays open; all on the thread pool.

    The day's backup is made first when it is due: its own check reads every page of the
    copy, which is the notebook's pages as they are, so the notebook needs no second read.

    `damaged(reason)` when the notebook fails the check; `backed_up(BackupInfo)` after each
    daily backup; `failed(reason)` when a backup could not be made (a full disk, say).
    """

    damaged = Signal(str)
    backed_up = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        shelf: BackupShelf,
        parent: QObject | None = None,
        *,
        daily_check_ms: int = DAILY_CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self._shelf = shelf
        self._job: BackgroundJob | None = None
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self.check_now)
        self._daily_timer = QTimer(self)
        self._daily_timer.setInterval(daily_check_ms)
        self._daily_timer.timeout.connect(self.back_up_if_due)
        self._damage_found = False

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Checks the notebook after `delay_ms`, then keeps the daily backups coming."""
        self._start_timer.start(delay_ms)
        self._daily_timer.start()

    def stop(self) -> None:
        self._start_timer.stop()
        self._daily_timer.stop()

    def check_now(self) -> BackgroundJob | None:
        """The check, and the day's backup if due; None if a job is running already."""
        shelf = self._shelf
        return self._run(lambda: _check_and_back_up(shelf))

    def back_up_if_due(self) -> BackgroundJob | None:
        """The day's backup if there is none yet (a new day began while the notebook is open)."""
        if self._damage_found or not self._shelf.daily_due():
            return None
        shelf = self._shelf
        return self._run(lambda: ("", shelf.make_daily_if_due()))

    def _run(self, work: Work) -> BackgroundJob | None:
        if self._job is not None:
            return None
        job = BackgroundJob(work)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        start(job)
        return job

    def _on_finished(self, result: tuple[str, BackupInfo | None]) -> None:
        self._job = None
        problem, made = result
        if problem:
            self._damage_found = True
            self.stop()
            self.damaged.emit(problem)
        elif made is not None:
            self.backed_up.emit(made)

    def _on_failed(self, message: str) -> None:
        self._job = None
        self.failed.emit(message)


def _check_and_back_up(shelf: BackupShelf) -> tuple[str, BackupInfo | None]:
    """(what is wrong with the notebook or "", the backup made or None); runs off the GUI."""
    backup_failure: BackupError | None = None
    if shelf.daily_due():
        try:
            return "", shelf.make_daily_if_due()
        except BackupError as error:
            backup_failure = error  # damage, or a full disk: the check tells which
    problem = quick_problem(shelf.notebook)
    if problem:
        return problem, None
    if backup_failure is not None:
        raise backup_failure
    return "", None
