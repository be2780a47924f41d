"""A read-only table of domain records, one column per (header, getter) pair."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partnerdesk.ui.models.agenda_model import plain_tooltip

RecordT = TypeVar("RecordT")
AnyIndex = QModelIndex | QPersistentModelIndex

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column(Generic[RecordT]):
    header: str
    text: Callable[[RecordT], str]
    warn: Callable[[RecordT], bool] | None = None  # shown in red when true
    muted: Callable[[RecordT], bool] | None = None  # shown in grey when true


class RecordTableModel(QAbstractTableModel, Generic[RecordT]):
    """Holds a small list of records (one partner's) and shows them as plain text."""

    WARN_COLOUR = QColor("#b3261e")
    MUTED_COLOUR = QColor("#777777")

    def __init__(self, columns: Sequence[Column[RecordT]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[RecordT] = []

    def set_records(self, records: Sequence[RecordT]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> RecordT:
        return self._records[row]

    def records(self) -> list[RecordT]:
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if getattr(record, "id", None) == record_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip guesses at rich text: a description like "<b>X</b><img src=x>" would
            # show bold and fetch the image, so the text goes in escaped.
            text = column.text(record)
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.warn is not None and column.warn(record):
                return QBrush(self.WARN_COLOUR)
            if column.muted is not None and column.muted(record):
                return QBrush(self.MUTED_COLOUR)
            return None
        if role == RECORD_ID_ROLE:
            return getattr(record, "id", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None
