"""The global search's results as one list: a header row per kind, then that kind's hits."""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.search import SearchHit
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.ui.formatting import format_day

AnyIndex = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2

_GROUP_NAMES = {
    Entity.PARTNER: QT_TRANSLATE_NOOP("SearchResultsModel", "Partners"),
    Entity.PERSON: QT_TRANSLATE_NOOP("SearchResultsModel", "People"),
    Entity.MEETING: QT_TRANSLATE_NOOP("SearchResultsModel", "Meetings"),
    Entity.COMMITMENT: QT_TRANSLATE_NOOP("SearchResultsModel", "Commitments"),
    Entity.NEED: QT_TRANSLATE_NOOP("SearchResultsModel", "Needs"),
}


def group_name(kind: Entity) -> str:
    return QCoreApplication.translate("SearchResultsModel", _GROUP_NAMES[kind])


def hit_title(hit: SearchHit) -> str:
    """The hit's name as it is shown: a meeting without a title still says what it is."""
    if hit.plain_title.strip():
        return hit.plain_title
    if hit.kind is Entity.MEETING:
        return QCoreApplication.translate("SearchResultsModel", "Meeting")
    return hit.partner_name


@dataclass(frozen=True)
class _Header:
    kind: Entity
    count: int


class SearchResultsModel(QAbstractListModel):
    """Plain text for display and accessibility; the hit under HIT_ROLE for the delegate.

    Header rows are enabled but not selectable, so the view's keyboard moves skip them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Header | SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        counts = Counter(hit.kind for hit in hits)
        rows: list[_Header | SearchHit] = []
        previous: Entity | None = None
        for hit in hits:
            if hit.kind is not previous:
                rows.append(_Header(hit.kind, counts[hit.kind]))
                previous = hit.kind
            rows.append(hit)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(1 for row in self._rows if isinstance(row, SearchHit))

    def hit_at(self, row: int) -> SearchHit | None:
        value = self._rows[row] if 0 <= row < len(self._rows) else None
        return value if isinstance(value, SearchHit) else None

    def row_of(self, kind: Entity, record_id: int) -> int | None:
        """The row of the hit on that record, if it is among the hits."""
        return next(
            (
                row
                for row, value in enumerate(self._rows)
                if isinstance(value, SearchHit) and value.kind is kind and value.id == record_id
            ),
            None,
        )

    def first_hit_row(self) -> int | None:
        return next((row for row in range(len(self._rows)) if self.hit_at(row)), None)

    def next_hit_row(self, row: int, step: int) -> int | None:
        """The nearest hit row from `row` in the direction of `step` (±1), or None."""
        row += step
        while 0 <= row < len(self._rows):
            if self.hit_at(row) is not None:
                return row
            row += step
        return None

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _Header):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Header):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{group_name(row.kind)} ({row.count})"
            if role == HEADER_ROLE:
                return row.kind
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(part for part in (self._first_line(row), self._second_line(row)))
        if role == HIT_ROLE:
            return row
        return None

    @staticmethod
    def _first_line(hit: SearchHit) -> str:
        day = format_day(hit.date)
        return f"{hit_title(hit)} — {day}" if day else hit_title(hit)

    @staticmethod
    def _second_line(hit: SearchHit) -> str:
        if hit.kind is Entity.PARTNER:
            return hit.plain_snippet
        return " · ".join(part for part in (hit.partner_name, hit.plain_snippet) if part)
