"""The first rows of a CSV file as a table, each column headed by what it will become."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partnerdesk.domain.contact_import import SKIP
from partnerdesk.interchange.csv_table import CsvTable

AnyIndex = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20
SHOWN_CHARS = 120
TOOLTIP_CHARS = 2000


class CsvPreviewModel(QAbstractTableModel):
    """Read-only; cells as plain text on one line, columns not imported in grey."""

    MUTED_COLOUR = QColor("#8a8a8a")

    def __init__(
        self,
        table: CsvTable,
        field_labels: Mapping[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._table = table
        self._rows = table.rows[:PREVIEW_ROWS]
        self._labels = field_labels
        self._mapping: dict[str, str] = dict.fromkeys(table.headers, SKIP)

    def set_mapping(self, mapping: Mapping[str, str]) -> None:
        self._mapping = {header: mapping.get(header, SKIP) for header in self._table.headers}
        columns = len(self._table.headers)
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self._rows and columns:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, columns - 1),
                [Qt.ItemDataRole.ForegroundRole],
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        cell = self._rows[index.row()].cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            one_line = " ⏎ ".join(cell.splitlines())
            return one_line if len(one_line) <= SHOWN_CHARS else one_line[:SHOWN_CHARS] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell[:TOOLTIP_CHARS] if cell else None
        if role == Qt.ItemDataRole.ForegroundRole and self._skipped(index.column()):
            return QBrush(self.MUTED_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            # The line the row starts on, as error messages count them.
            return str(self._rows[section].line) if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(self._table.headers):
            return None
        header = self._table.headers[section]
        return f"{header}\n→ {self._labels[self._mapping[header]]}"

    def _skipped(self, column: int) -> bool:
        return self._mapping[self._table.headers[column]] == SKIP
