"""File ▸ Backups and the notebook's guard: what the window does about backups."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from partnerdesk.domain.backups import BackupInfo
from partnerdesk.store.backups import BackupShelf
from partnerdesk.ui.notebook_guard import NotebookGuard

if TYPE_CHECKING:
    from partnerdesk.ui.dialogs.backups_dialog import BackupsDialog


class BackupCommands(QObject):
    """Opens the Backups dialog and owns the guard that checks the notebook and makes its
    daily backup. A restore needs the notebook closed and reopened, which is the
    application's to do: `restore_requested(BackupInfo)` asks for it, and `damage_found`
    passes on the guard's finding."""

    restore_requested = Signal(object)
    damage_found = Signal(str)

    def __init__(self, shelf: BackupShelf, window: QMainWindow) -> None:
        super().__init__(window)
        self._shelf = shelf
        self._window = window
        self.guard = NotebookGuard(shelf, self)
        self.guard.damaged.connect(self.damage_found)
        self.guard.backed_up.connect(self._on_backed_up)
        self.guard.failed.connect(self._on_backup_failed)

    def show_dialog(self) -> "BackupsDialog":
        # Loaded when first opened, not to show the window.
        from partnerdesk.ui.dialogs.backups_dialog import BackupsDialog

        flush = getattr(self._window, "flush", None)
        if callable(flush):
            flush()  # a backup made from the dialog holds what is on screen
        dialog = BackupsDialog(self._shelf, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(self.restore_requested)
        dialog.open()
        return dialog

    def _on_backed_up(self, made: BackupInfo) -> None:
        self._window.statusBar().showMessage(
            self.tr("Daily backup made: {name}").format(name=made.path.name), 8000
        )

    def _on_backup_failed(self, message: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("The daily backup could not be made: {reason}").format(reason=message)
        )
