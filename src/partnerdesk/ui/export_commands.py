"""File ▸ Export: writes the notebook in an open format in the background."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.interchange import ExportReport
from partnerdesk.interchange.formats import FORMATS, exporter
from partnerdesk.store.store import Store
from partnerdesk.ui.background import BackgroundJob, start
from partnerdesk.ui.dialogs.job_progress_dialog import JobProgressDialog
from partnerdesk.ui.domain_text import error_text


class ExportCommands:
    def __init__(self, store: Store, parent: QWidget) -> None:
        self._store = store
        self._parent = parent
        self._progress: JobProgressDialog | None = None
        self._job: BackgroundJob | None = None

    def export_calendar(self, path: Path | None = None) -> BackgroundJob | None:
        """Asks where (unless given), then writes the .ics file off the GUI thread."""
        return self.export("ics", path)

    def export(self, format_name: str, path: Path | None = None) -> BackgroundJob | None:
        """Asks where (unless given), then writes the export off the GUI thread.

        A format that writes a folder (CSV, Markdown) writes into the folder chosen if it
        is empty, or else into a new folder inside it named after the notebook.
        """
        parent = self._parent
        if path is None:
            path = self._ask_where(format_name)
            if path is None:
                return None
        try:
            export = exporter(format_name)
        except PartnerDeskError as error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("ExportCommands", "Export"), error_text(error)
            )
            return None
        store = self._store
        target = path
        job = BackgroundJob(lambda: export(store, target, progress=job.report_progress))
        self._progress = JobProgressDialog(
            job,
            QCoreApplication.translate("ExportCommands", "Writing {name}…").format(name=path.name),
            parent,
        )
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self._job = job
        start(job)
        return job

    def _ask_where(self, format_name: str) -> Path | None:
        parent = self._parent
        format_ = FORMATS[format_name]
        title = QCoreApplication.translate("ExportCommands", "Export {format}").format(
            format=format_.label
        )
        if format_.writes == "folder":
            chosen = QFileDialog.getExistingDirectory(parent, title)
            return (
                folder_for_export(Path(chosen), self._store.path.stem, format_.label)
                if chosen
                else None
            )
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, f"{self._store.path.stem}{format_.suffix}", format_.file_filter
        )
        return Path(chosen) if chosen else None

    def _done(self) -> None:
        self._progress = self._job = None

    def _status(self, text: str) -> None:
        self._parent.window().statusBar().showMessage(text, 8000)  # type: ignore[attr-defined]

    def _on_finished(self, report: ExportReport) -> None:
        self._done()
        counts = ", ".join(f"{count:,} {kind}" for kind, count in report.counts.items())
        self._status(
            QCoreApplication.translate("ExportCommands", "Exported {counts} to {name}.").format(
                counts=counts or QCoreApplication.translate("ExportCommands", "nothing"),
                name=report.destination.name,
            )
        )

    def _on_cancelled(self) -> None:
        self._done()
        self._status(
            QCoreApplication.translate("ExportCommands", "Export cancelled; nothing was written.")
        )

    def _on_failed(self, message: str) -> None:
        self._done()
        QMessageBox.warning(
            self._parent, QCoreApplication.translate("ExportCommands", "Export failed"), message
        )


def folder_for_export(chosen: Path, notebook: str, label: str) -> Path:
    """`chosen` if it is empty, else a new folder in it: "office Markdown", "office Markdown 2"…"""
    if not chosen.exists() or not any(chosen.iterdir()):
        return chosen
    candidate = chosen / f"{notebook} {label}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = chosen / f"{notebook} {label} {number}"
    return candidate
