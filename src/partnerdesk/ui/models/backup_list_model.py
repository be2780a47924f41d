"""The backups of a notebook as a table: when, why, how big, how many partners and meetings."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from partnerdesk.domain.backups import BackupInfo, BackupKind, describe_size
from partnerdesk.ui.formatting import format_moment
from partnerdesk.ui.models.column_headers import header_text

AnyIndex = QModelIndex | QPersistentModelIndex

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1
MADE_COLUMN, REASON_COLUMN, SIZE_COLUMN, PARTNERS_COLUMN, MEETINGS_COLUMN = range(5)
_NUMBERS = (SIZE_COLUMN, PARTNERS_COLUMN, MEETINGS_COLUMN)


class BackupListModel(QAbstractTableModel):
    """Backups in the order given (the shelf lists them newest first); the BackupInfo itself
    under BACKUP_ROLE; every cell plain text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = []
        self._headers = [
            self.tr("Made"),
            self.tr("Why"),
            self.tr("Size"),
            self.tr("Partners"),
            self.tr("Meetings"),
        ]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, index: AnyIndex) -> BackupInfo | None:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        return self._backups[index.row()]

    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    def total_size(self) -> int:
        return sum(backup.size for backup in self._backups)

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        backup = self.backup(index)
        if backup is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BACKUP_ROLE:
            return backup
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._headers, section, orientation, role)

    # -- words -------------------------------------------------------------------------------

    def _text(self, backup: BackupInfo, column: int) -> str:
        if column == MADE_COLUMN:
            return format_moment(backup.made_at)
        if column == REASON_COLUMN:
            return self.reason_words(backup)
        if column == SIZE_COLUMN:
            return describe_size(backup.size)
        if column == PARTNERS_COLUMN:
            return _count(backup.partners, self.tr("unreadable"))
        if column == MEETINGS_COLUMN:
            return _count(backup.meetings, self.tr("unreadable"))
        return ""

    def reason_words(self, backup: BackupInfo) -> str:
        """ "Daily", "Before upgrade (from 0003)", … for the Why column."""
        if backup.kind is BackupKind.BEFORE_MIGRATION:
            revision = backup.reason.removeprefix(str(BackupKind.BEFORE_MIGRATION)).strip("-")
            if revision:
                return self.tr("Before upgrade (from {revision})").format(revision=revision)
        words = {
            BackupKind.DAILY: self.tr("Daily"),
            BackupKind.MANUAL: self.tr("Backed up by you"),
            BackupKind.BEFORE_MIGRATION: self.tr("Before upgrade"),
            BackupKind.BEFORE_IMPORT: self.tr("Before import"),
            BackupKind.BEFORE_RESTORE: self.tr("Before restore"),
        }
        return words[backup.kind]


def _count(value: int | None, unknown: str) -> str:
    return unknown if value is None else f"{value:,}"
