"""The agenda under the calendar: a day's or a week's commitments due and meetings, as rows."""

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QPixmap

from partnerdesk.domain.agenda import AgendaItem, AgendaKind
from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.ui.commitments_calendar import MarkStyle, mark_swatch, style_for_item
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.column_headers import header_text

AnyIndex = QModelIndex | QPersistentModelIndex

AGENDA_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

DAY_COLUMN, WHEN_COLUMN, PARTNER_COLUMN, WHAT_COLUMN = range(4)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt would render anything that looks like HTML."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class AgendaModel(QAbstractTableModel):
    """Agenda items in order; every cell is plain text, the item itself under AGENDA_ITEM_ROLE."""

    OVERDUE_COLOUR = QColor("#b3261e")
    DONE_COLOUR = QColor("#777777")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._swatches: dict[MarkStyle, QPixmap] = {}
        self._headers = [self.tr("Day"), self.tr("When"), self.tr("Partner"), self.tr("What")]

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def row_of(self, kind: AgendaKind, item_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.kind is kind and item.item_id == item_id:
                return row
        return None

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._details(item))
        if role == Qt.ItemDataRole.DecorationRole and column == PARTNER_COLUMN:
            return self._swatch(style_for_item(item))
        if role == Qt.ItemDataRole.ForegroundRole and column in (WHEN_COLUMN, WHAT_COLUMN):
            if item.overdue:
                return QBrush(self.OVERDUE_COLOUR)
            if item.status is CommitmentStatus.DONE:
                return QBrush(self.DONE_COLOUR)
            return None
        if role == AGENDA_ITEM_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._headers, section, orientation, role)

    # -- words -------------------------------------------------------------------------------

    def _text(self, item: AgendaItem, column: int) -> str:
        if column == DAY_COLUMN:
            return format_day(item.day)
        if column == WHEN_COLUMN:
            return self._when(item)
        if column == PARTNER_COLUMN:
            return item.partner_name
        if column == WHAT_COLUMN:
            return self._what(item)
        return ""

    def state_words(self) -> tuple[str, ...]:
        """What the When column says of commitments, to size the column."""
        return (self.tr("Overdue"), self.tr("Done"), self.tr("Due"))

    def _when(self, item: AgendaItem) -> str:
        if item.kind is AgendaKind.MEETING:
            if item.start_time is None:
                return ""
            moment = QTime(item.start_time.hour, item.start_time.minute)
            return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if item.overdue:
            return self.tr("Overdue")
        if item.status is CommitmentStatus.DONE:
            return self.tr("Done")
        return self.tr("Due")

    def _what(self, item: AgendaItem) -> str:
        if item.kind is AgendaKind.MEETING:
            mode = label(item.mode) if item.mode is not None else ""
            if item.title and mode:
                return self.tr("{title} ({mode})").format(title=item.title, mode=mode)
            return item.title or mode or self.tr("Meeting")
        if item.direction is Direction.THEIRS:
            return self.tr("They owe: {what}").format(what=item.description)
        return self.tr("We owe: {what}").format(what=item.description)

    def _details(self, item: AgendaItem) -> str:
        lines = [item.partner_name, self._what(item)]
        if item.kind is AgendaKind.COMMITMENT:
            if item.owner_name:
                lines.append(self.tr("Owner: {name}").format(name=item.owner_name))
            lines.append(
                self.tr("{state} · {day}").format(state=self._when(item), day=format_day(item.day))
            )
        else:
            lines.append(f"{format_day(item.day)} {self._when(item)}")
        return "\n".join(lines)

    def _swatch(self, style: MarkStyle) -> QPixmap:
        if style not in self._swatches:
            self._swatches[style] = mark_swatch(style)
        return self._swatches[style]
