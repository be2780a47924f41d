"""The pairing map as a table: our person and role, the link, their person and role.

One row per pair, then one per person with nobody paired on the other side; the empty
side of such a row says so, in the warning colour. The role cells are editable: an edit is
handed (on the next turn of the event loop) to `set_role(person_id, role)`, which stores it.
"""

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from partnerdesk.domain.models import InitiativeMember
from partnerdesk.domain.pairings import MapRow
from partnerdesk.ui.models.column_headers import header_text

AnyIndex = QModelIndex | QPersistentModelIndex
SetRole = Callable[[int, str], bool]

OUR_PERSON, OUR_ROLE, LINK, THEIR_PERSON, THEIR_ROLE = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole  # the MapRow of a row
WARN_COLOUR = QColor("#b3261e")
MUTED_COLOUR = QColor("#777777")


def _never(_person_id: int, _role: str) -> bool:
    return False


class PairingMapModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MapRow] = []
        self._names: Mapping[int, str] = {}
        self.set_role: SetRole = _never
        self._headers = (
            self.tr("Our person"),
            self.tr("Role"),
            "",
            self.tr("Their person"),
            self.tr("Role"),
        )

    def set_rows(self, rows: Sequence[MapRow], names: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names)
        self.endResetModel()

    def map_row(self, row: int) -> MapRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._headers, section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._member(index) is not None and index.column() in (OUR_ROLE, THEIR_ROLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        member = self._member(index)
        flagged = member is None and column in (OUR_PERSON, THEIR_PERSON)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, member, tooltip=False)
        if role == Qt.ItemDataRole.ToolTipRole and (column == LINK or flagged):
            # Only the fixed words: a tooltip holding user text could be read as HTML.
            return self._text(row, column, member, tooltip=True)
        if role == Qt.ItemDataRole.EditRole:
            return member.role if member is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if flagged:
                return QBrush(WARN_COLOUR)
            if column in (OUR_ROLE, THEIR_ROLE, LINK):
                return QBrush(MUTED_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINK:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        member = self._member(index) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or member is None:
            return False
        if index.column() not in (OUR_ROLE, THEIR_ROLE):
            return False
        # Stored once the editor has closed: storing reloads the map, which must not happen
        # while the view is still committing the editor's data.
        person_id, role_text = member.person_id, str(value)
        QTimer.singleShot(0, self, lambda: self.set_role(person_id, role_text))
        return True

    def _member(self, index: AnyIndex) -> InitiativeMember | None:
        row = self._rows[index.row()]
        return (
            row.ours
            if index.column() in (OUR_PERSON, OUR_ROLE)
            else (row.theirs if index.column() in (THEIR_PERSON, THEIR_ROLE) else None)
        )

    def _text(
        self, row: MapRow, column: int, member: InitiativeMember | None, tooltip: bool
    ) -> str:
        if column == LINK:
            if row.is_pair:
                return self.tr("paired with") if tooltip else "⟷"
            return ""
        if column in (OUR_ROLE, THEIR_ROLE):
            return member.role if member is not None else ""
        if member is not None:
            return self._names.get(member.person_id, "")
        if column == THEIR_PERSON:
            return self.tr("nobody of theirs paired")
        return self.tr("nobody of ours paired")
