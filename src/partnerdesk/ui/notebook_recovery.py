"""The question asked when a notebook cannot be opened: restore its backup, open another, quit."""

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from partnerdesk.domain.backups import BackupInfo, RestoreResult
from partnerdesk.ui.formatting import format_moment


class RecoveryChoice(Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open_other"
    QUIT = "quit"


def ask_what_to_do(
    parent: QWidget | None, reason: str, newest: BackupInfo | None
) -> RecoveryChoice:
    """Says why the notebook was refused (it was left as it is) and asks what to do next."""
    box = QMessageBox(parent)
    box.setObjectName("refusedNotebook")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("NotebookRecovery", "PartnerDesk"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the reason quotes the file name
    box.setText(reason)
    restore = None
    if newest is not None:
        when = format_moment(newest.made_at)
        box.setInformativeText(
            QCoreApplication.translate(
                "NotebookRecovery",
                "Restore the backup of {when} ({partners} partners, {meetings} meetings)? "
                "This file is moved aside first: it is kept beside the notebook, not deleted.",
            ).format(when=when, partners=_count(newest.partners), meetings=_count(newest.meetings))
        )
        restore = box.addButton(
            QCoreApplication.translate("NotebookRecovery", "Restore the Backup of {when}").format(
                when=when
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("restoreBackupButton")
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "NotebookRecovery", "There is no sound backup of this notebook to restore."
            )
        )
    other = box.addButton(
        QCoreApplication.translate("NotebookRecovery", "Open Another Notebook…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    other.setObjectName("openOtherButton")
    quit_button = box.addButton(
        QCoreApplication.translate("NotebookRecovery", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quitButton")
    box.setDefaultButton(restore or other)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RecoveryChoice.RESTORE
    if clicked is other:
        return RecoveryChoice.OPEN_OTHER
    return RecoveryChoice.QUIT


def choose_notebook(parent: QWidget | None) -> str:
    """The path of a notebook the user picks, or "" if they cancel."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("NotebookRecovery", "Open notebook"),
        "",
        QCoreApplication.translate(
            "NotebookRecovery", "PartnerDesk notebooks (*.partnerdesk);;All files (*)"
        ),
    )
    return path


def describe_restore(result: RestoreResult) -> str:
    """One sentence for the status bar after a restore: what came back, where the old went."""
    said = QCoreApplication.translate("NotebookRecovery", "Restored the backup {backup}.").format(
        backup=result.restored_from.name
    )
    if result.previous is None:
        return said
    if result.previous_moved_aside:
        return (
            said
            + " "
            + QCoreApplication.translate(
                "NotebookRecovery", "The file it replaced was moved aside to {path}."
            ).format(path=result.previous)
        )
    return (
        said
        + " "
        + QCoreApplication.translate(
            "NotebookRecovery", "The notebook as it was is backed up in {name}."
        ).format(name=result.previous.name)
    )


def _count(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"
