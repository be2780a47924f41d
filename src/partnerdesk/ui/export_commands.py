"""File ▸ Export: writes the notebook in an open format in the background."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from partnerdesk.store.store import Store
from partnerdesk.ui.background import BackgroundJob, start


class ExportCommands:
    def __init__(self, store: Store, parent: QWidget) -> None:
        self._store = store
        self._parent = parent
        self._progress: QProgressDialog | None = None
        self._job: BackgroundJob | None = None

    def export_calendar(self, path: Path | None = None) -> BackgroundJob | None:
        """Asks where (unless given), then writes the .ics file off the GUI thread."""
        parent = self._parent
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("ExportCommands", "Export calendar"),
                f"{self._store.path.stem}.ics",
                QCoreApplication.translate("ExportCommands", "iCalendar files (*.ics)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        from partnerdesk.interchange.ics import export_ics

        store = self._store
        job = BackgroundJob(lambda: export_ics(store, path))
        progress = QProgressDialog(
            QCoreApplication.translate("ExportCommands", "Writing {name}…").format(name=path.name),
            "",
            0,
            0,
            parent,
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job.signals.finished.connect(lambda count: self._on_finished(path, count))
        job.signals.failed.connect(self._on_failed)
        self._progress, self._job = progress, job
        start(job)
        return job

    def _done(self) -> None:
        if self._progress is not None:
            self._progress.close()
        self._progress = self._job = None

    def _on_finished(self, path: Path, count: int) -> None:
        self._done()
        self._parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
            QCoreApplication.translate(
                "ExportCommands", "Exported {count} calendar entries to {name}."
            ).format(count=count, name=path.name),
            8000,
        )

    def _on_failed(self, message: str) -> None:
        self._done()
        QMessageBox.warning(
            self._parent, QCoreApplication.translate("ExportCommands", "Export failed"), message
        )
