"""Follow-ups due as a flat table: when, with whom, what to send or do; every cell plain text."""

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partnerdesk.domain.follow_ups import NUDGES, FollowUp, FollowUpKind
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.models.agenda_model import plain_tooltip
from partnerdesk.ui.models.column_headers import header_text

AnyIndex = QModelIndex | QPersistentModelIndex

FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1
DUE_COLUMN, PARTNER_COLUMN, WHAT_COLUMN = range(3)


class FollowUpModel(QAbstractTableModel):
    """Follow-ups in the order given; the FollowUp itself under FOLLOW_UP_ROLE."""

    LATE_COLOUR = QColor("#b3261e")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[FollowUp] = []
        self._today: date | None = None
        self._headers = [self.tr("Due"), self.tr("Partner"), self.tr("Follow-up")]

    def set_follow_ups(self, items: list[FollowUp], today: date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def follow_up(self, index: AnyIndex) -> FollowUp | None:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]

    def row_of(self, key: str) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.key == key), None)

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.follow_up(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                "\n".join(self._text(item, column) for column in range(len(self._headers)))
            )
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == DUE_COLUMN:
            return QBrush(self.LATE_COLOUR) if self._late_days(item) else None
        if role == FOLLOW_UP_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._headers, section, orientation, role)

    # -- words -------------------------------------------------------------------------------

    def what_text(self, item: FollowUp) -> str:
        if item.kind is FollowUpKind.THANK_YOU:
            if not item.subject:
                return self.tr("Thank them for meeting in person")
            return self.tr("Thank them for the meeting: {subject}").format(subject=item.subject)
        if item.kind is FollowUpKind.STATUS_CHECK:
            if not item.subject:
                return self.tr("Check the open commitments after meeting in person")
            return self.tr("Check the open commitments after: {subject}").format(
                subject=item.subject
            )
        if item.kind is FollowUpKind.NUDGE:
            return self.tr("Nudge {number} of {count}: {subject}").format(
                number=item.nudge or 1, count=NUDGES, subject=item.subject
            )
        if item.kind is FollowUpKind.ESCALATE:
            return self.tr("Escalate, still not done after {count} nudges: {subject}").format(
                count=NUDGES, subject=item.subject
            )
        return self.tr("Check in on the initiative: {subject}").format(subject=item.subject)

    def _late_days(self, item: FollowUp) -> int:
        return 0 if self._today is None else item.days_late(self._today)

    def late_sample(self) -> str:
        """A long date cell, "30 Sep 2026 (120 days late)" in the user's language, for widths."""
        return self.tr("{day} ({count} days late)").format(
            day=format_day(date(2026, 9, 30)), count=120
        )

    def _text(self, item: FollowUp, column: int) -> str:
        if column == PARTNER_COLUMN:
            return item.partner_name
        if column == WHAT_COLUMN:
            return self.what_text(item)
        late = self._late_days(item)
        if late == 1:
            return self.tr("{day} (1 day late)").format(day=format_day(item.due_on))
        if late:
            return self.tr("{day} ({count} days late)").format(
                day=format_day(item.due_on), count=late
            )
        return format_day(item.due_on)
