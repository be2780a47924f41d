"""File ▸ Backups: the notebook's backups, Back Up Now, Restore and Open Folder."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.backups import BackupInfo, BackupKind, describe_size
from partnerdesk.store.backups import BackupShelf
from partnerdesk.ui.background import BackgroundJob, start
from partnerdesk.ui.formatting import format_moment
from partnerdesk.ui.models.backup_list_model import BackupListModel


class BackupsDialog(QDialog):
    """Lists the backups (read off the GUI thread: each is opened for its counts), makes one
    on demand, and asks before a restore. The restore itself is the application's: it must
    close the notebook first, so the dialog only says which backup (`restore_chosen`)."""

    restore_chosen = Signal(object)  # the BackupInfo to restore
    loaded = Signal()

    def __init__(self, shelf: BackupShelf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups of {name}").format(name=shelf.notebook.name))
        self._shelf = shelf
        self._job: BackgroundJob | None = None
        self.model = BackupListModel(self)

        about = QLabel(
            self.tr(
                "PartnerDesk backs your notebook up each day it is open, and before every "
                "upgrade, import and restore. It keeps the last 7 days, the last 4 weeks, the "
                "last {events} of each other kind, and the last {manual} you make yourself."
            ).format(events=shelf.policy.per_event, manual=shelf.policy.manual),
            self,
        )
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("backupList")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Backups"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.back_up_now = QPushButton(self.tr("&Back Up Now"), self)
        self.restore = QPushButton(self.tr("&Restore…"), self)
        self.open_folder = QPushButton(self.tr("Open &Folder"), self)
        close = QPushButton(self.tr("Close"), self)
        self.back_up_now.clicked.connect(self.make_backup)
        self.restore.clicked.connect(self.restore_selected)
        self.open_folder.clicked.connect(self.show_folder)
        close.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.restore)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.back_up_now)
        self.setTabOrder(self.back_up_now, self.restore)
        self.setTabOrder(self.restore, self.open_folder)
        self.setTabOrder(self.open_folder, close)
        self.resize(780, 560)
        self._update_buttons()
        self.reload()

    # -- what the buttons do -----------------------------------------------------------------

    def reload(self) -> BackgroundJob | None:
        """Reads the list off the GUI thread."""
        shelf = self._shelf
        return self._run(shelf.backups, self._on_listed, self.tr("Reading the backups…"))

    def make_backup(self) -> BackgroundJob | None:
        shelf = self._shelf
        return self._run(
            lambda: shelf.make(BackupKind.MANUAL),
            self._on_made,
            self.tr("Backing up {name}…").format(name=shelf.notebook.name),
        )

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self._job is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Restore the backup of {when} ({partners} partners, {meetings} meetings)?\n\n"
                "Your notebook as it is now is backed up first, so you can come back to it "
                "from this list. PartnerDesk then reopens the notebook."
            ).format(
                when=format_moment(backup.made_at),
                partners=_count(backup.partners),
                meetings=_count(backup.meetings),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_chosen.emit(backup)
            self.accept()

    def show_folder(self) -> bool:
        folder = self._shelf.ensure_folder()
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0]) if rows else None

    # -- inside --------------------------------------------------------------------------------

    def _run(
        self, work: Callable[[], Any], done: Callable[[Any], None], saying: str
    ) -> BackgroundJob | None:
        if self._job is not None:
            return None
        job = BackgroundJob(work)
        job.signals.finished.connect(done)
        job.signals.failed.connect(self._on_failed)
        self._job = job
        self.status.setText(saying)
        self._update_buttons()
        start(job)
        return job

    def _on_listed(self, backups: list[BackupInfo]) -> None:
        self._job = None
        self.model.set_backups(backups)
        if backups:
            self.table.selectRow(0)
        self._say_where()
        self._update_buttons()
        self.loaded.emit()

    def _on_made(self, _made: BackupInfo) -> None:
        self._job = None
        self.reload()  # newest first: the reloaded list selects the one just made

    def _on_failed(self, message: str) -> None:
        self._job = None
        self._say_where()
        self._update_buttons()
        QMessageBox.warning(self, self.tr("Backups"), message)

    def _say_where(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            text = self.tr("No backups yet. They go to {folder}").format(folder=self._shelf.folder)
        else:
            text = self.tr("{count} backups, {size} in all, in {folder}").format(
                count=count,
                size=describe_size(self.model.total_size()),
                folder=self._shelf.folder,
            )
        self.status.setText(text)

    def _update_buttons(self) -> None:
        idle = self._job is None
        self.back_up_now.setEnabled(idle and self._shelf.notebook.exists())
        self.restore.setEnabled(idle and self.selected() is not None)


def _count(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"
