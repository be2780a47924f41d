"""File ▸ Import: a dry run first, the user's go-ahead, then the import, all in the background.

The store work runs on the thread pool: each store call opens its own Session, and the
engine's pool hands each thread a connection of its own, so the GUI thread keeps
working on the notebook meanwhile. When the import commits, the store reports one
`Change(Entity.NOTEBOOK, ...)`, and every pane reloads.
"""

import html
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.interchange import ImportReport
from partnerdesk.interchange.formats import FORMATS, importer
from partnerdesk.store.store import Store
from partnerdesk.ui.background import BackgroundJob, start
from partnerdesk.ui.dialogs.job_progress_dialog import JobProgressDialog
from partnerdesk.ui.domain_text import error_text

MAPPING_DIALOG = "partnerdesk.ui.dialogs.csv_mapping_dialog"


def _always_saved() -> bool:
    return True


class ImportCommands:
    """Runs imports for the main window; `flush` saves what is being typed first."""

    def __init__(
        self, store: Store, parent: QWidget, flush: Callable[[], bool] = _always_saved
    ) -> None:
        self._store = store
        self._parent = parent
        self._flush = flush
        self._progress: JobProgressDialog | None = None
        self._job: BackgroundJob | None = None
        self.last_report: ImportReport | None = None

    def import_file(self, format_name: str, path: Path | None = None) -> BackgroundJob | None:
        """Asks for the file (unless given), then starts the dry run; None if not started."""
        parent = self._parent
        format_ = FORMATS[format_name]
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("ImportCommands", "Import {format}").format(
                    format=format_.label
                ),
                "",
                format_.file_filter,
            )
            if not chosen:
                return None
            path = Path(chosen)
        options: dict[str, Any] = {}
        try:
            if format_name == "csv":
                mapping = self._csv_mapping(path)
                if mapping is None:
                    return None
                options["mapping"] = mapping
            load = importer(format_name)
        except PartnerDeskError as error:
            self._show_failure(path, error_text(error))
            return None
        # The import may change the record being typed in: what is typed is saved first.
        self._flush()
        return self._run(format_name, path, load, options, dry_run=True)

    # -- the two runs ------------------------------------------------------------------------

    def _run(
        self,
        format_name: str,
        path: Path,
        load: Callable[..., ImportReport],
        options: dict[str, Any],
        *,
        dry_run: bool,
    ) -> BackgroundJob:
        parent = self._parent
        store = self._store
        job = BackgroundJob(
            lambda: load(store, path, dry_run=dry_run, progress=job.report_progress, **options)
        )
        text = (
            QCoreApplication.translate("ImportCommands", "Reading {name}…")
            if dry_run
            else QCoreApplication.translate("ImportCommands", "Importing {name}…")
        ).format(name=path.name)
        self._progress = JobProgressDialog(job, text, parent, show_after_ms=0)
        if dry_run:
            job.signals.finished.connect(
                lambda report: self._after_dry_run(format_name, path, load, options, report)
            )
        else:
            job.signals.finished.connect(self._after_import)
        job.signals.failed.connect(lambda message: self._show_failure(path, message))
        job.signals.cancelled.connect(self._after_cancel)
        self._job = job
        start(job)
        return job

    def _after_dry_run(
        self,
        format_name: str,
        path: Path,
        load: Callable[..., ImportReport],
        options: dict[str, Any],
        report: ImportReport,
    ) -> None:
        self._ended()
        self.last_report = report
        if self._confirm(path, report):
            self._flush()
            self._run(format_name, path, load, options, dry_run=False)

    def _after_import(self, report: ImportReport) -> None:
        self._ended()
        self.last_report = report
        parent = self._parent
        self._status(
            QCoreApplication.translate("ImportCommands", "Imported {name}: {summary}").format(
                name=path_name(report.source), summary=report.summary()
            )
        )
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportCommands", "Import done"),
            _paragraphs(
                QCoreApplication.translate("ImportCommands", "{name} is imported.").format(
                    name=path_name(report.source)
                ),
                report.summary(),
                *report.notes,
                QCoreApplication.translate(
                    "ImportCommands", "A backup of the notebook as it was is in its backups folder."
                ),
            ),
        )

    def _after_cancel(self) -> None:
        self._ended()
        self._status(
            QCoreApplication.translate("ImportCommands", "Import cancelled; nothing was imported.")
        )

    # -- talking to the user -----------------------------------------------------------------

    def _confirm(self, path: Path, report: ImportReport) -> bool:
        parent = self._parent
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ImportCommands", "Import {name}?").format(name=path.name),
            _paragraphs(
                QCoreApplication.translate(
                    "ImportCommands", "Import {name} into this notebook?"
                ).format(name=path.name),
                report.summary(),
                *report.notes,
                QCoreApplication.translate(
                    "ImportCommands", "A backup of the notebook is made first."
                ),
            ),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        go = box.addButton(
            QCoreApplication.translate("ImportCommands", "&Import"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.exec()
        return box.clickedButton() is go

    def _show_failure(self, path: Path, message: str) -> None:
        self._ended()
        parent = self._parent
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportCommands", "Cannot import {name}").format(
                name=path.name
            ),
            _paragraphs(
                message, QCoreApplication.translate("ImportCommands", "Nothing was imported.")
            ),
        )

    def _status(self, text: str) -> None:
        self._parent.window().statusBar().showMessage(text, 10_000)  # type: ignore[attr-defined]

    def _ended(self) -> None:
        self._progress = self._job = None

    def _csv_mapping(self, path: Path) -> Any:
        """The column mapping the user confirms in the CSV dialog, or None if cancelled."""
        try:
            module = importlib.import_module(MAPPING_DIALOG)
        except ModuleNotFoundError as error:
            if error.name != MAPPING_DIALOG:
                raise
            raise PartnerDeskError("Import of csv is not available in this version.") from None
        dialog = module.CsvMappingDialog(self._store, path, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.mapping()


def path_name(path: Path) -> str:
    return path.name or str(path)


def _paragraphs(*texts: str) -> str:
    """Plain texts as the paragraphs of a message box, shown literally whatever they hold."""
    return "".join(f"<p>{html.escape(text)}</p>" for text in texts if text)
