"""A progress dialog that follows a background job and cancels it on request."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from partnerdesk.ui.background import BackgroundJob


class JobProgressDialog(QProgressDialog):
    """Shows a job's progress (a busy bar while its total is unknown); Cancel asks it to stop.

    The dialog closes itself when the job ends, however it ends.
    """

    def __init__(
        self, job: BackgroundJob, text: str, parent: QWidget, *, show_after_ms: int = 300
    ) -> None:
        super().__init__(
            text, QCoreApplication.translate("JobProgressDialog", "Cancel"), 0, 0, parent
        )
        self.setObjectName("jobProgress")
        self.setWindowTitle("PartnerDesk")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(show_after_ms)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._job = job
        self.canceled.connect(self._on_cancel)
        job.signals.progress.connect(self._on_progress)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(self._on_ended)
        self.setValue(0)

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.setRange(0, 0)
            return
        self.setRange(0, total)
        self.setValue(min(done, total))

    def _on_cancel(self) -> None:
        self.setLabelText(self.tr("Cancelling…"))
        self._job.cancel()

    def _on_ended(self, *_args: object) -> None:
        self.canceled.disconnect(self._on_cancel)  # closing a progress dialog "cancels" it
        self.close()
        self.deleteLater()
