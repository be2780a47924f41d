"""The item model behind a partner's meeting list: date, mode and title, newest first."""

from collections.abc import Sequence
from html import escape
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from partnerdesk.domain.models import Meeting
from partnerdesk.ui.formatting import format_moment
from partnerdesk.ui.labels import label

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        MEETING_ID_ROLE,
    )
)
# Computed once: combining Qt's flags in Python costs more than the rest of a cell.
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class MeetingListModel(QAbstractTableModel):
    """Meetings as rows; views show every value literally (plain strings only)."""

    DATE, MODE, TITLE = range(3)
    _COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[Meeting] = []

    def set_meetings(self, meetings: Sequence[Meeting]) -> None:
        self.beginResetModel()
        self._meetings = list(meetings)
        self.endResetModel()

    def meeting_at(self, row: int) -> Meeting | None:
        return self._meetings[row] if 0 <= row < len(self._meetings) else None

    def row_of(self, meeting_id: int) -> int | None:
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._COLUMNS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Most roles a view asks for are roles this model has nothing for.
        if role not in ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._meetings):
            return None
        return self._value(self._meetings[index.row()], index.column(), role)

    def multiData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        roles: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """Every role of a cell in one call (a view paints a cell from some seven roles);
        `data` says the same."""
        if not index.isValid() or index.row() >= len(self._meetings):
            return
        meeting = self._meetings[index.row()]
        column = index.column()
        # A span is a sequence of QModelRoleData, which PySide6's stubs do not say.
        asked: Sequence[QModelRoleData] = (
            (roles,) if isinstance(roles, QModelRoleData) else cast(Any, roles)
        )
        for role_data in asked:
            role = role_data.role()
            if role in ANSWERED_ROLES:
                role_data.setData(self._value(meeting, column, role))

    def _value(self, meeting: Meeting, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.DATE:
                return format_moment(meeting.starts_at)
            if column == self.MODE:
                return label(meeting.mode)
            if column == self.TITLE:
                return meeting.title or self.tr("(untitled)")
        elif role == Qt.ItemDataRole.ToolTipRole:
            parts = [escape(part) for part in (meeting.title, meeting.location) if part]
            # Tooltips guess at rich text; escaped text inside <qt> always shows literally.
            return "<qt>" + "<br>".join(parts) + "</qt>" if parts else None
        elif role == MEETING_ID_ROLE:
            return meeting.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = {
            self.DATE: self.tr("Date"),
            self.MODE: self.tr("Mode"),
            self.TITLE: self.tr("Title"),
        }
        return labels.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS
