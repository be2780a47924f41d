"""The partner list as a Qt table model, paged lazily from SQL in the list's own order."""

import dataclasses
import html
from collections.abc import Iterable, Sequence
from datetime import date
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
from PySide6.QtGui import QColor

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.enums import PartnerKind, PartnerStage
from partnerdesk.domain.partner_list import (
    PAGE_SIZE,
    PartnerListQuery,
    PartnerListRow,
    PartnerSort,
)
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus

AnyIndex = QModelIndex | QPersistentModelIndex

# The same red reads on light and dark palettes.
OVERDUE_COLOR = QColor(198, 40, 40)
# Changes to these may touch any partner: the loaded rows are read again.
RELOAD_ENTITIES = frozenset({Entity.TAG, Entity.NOTEBOOK})
# Changes to these touch the partners they name (the aggregate columns, for the last two).
PARTNER_ENTITIES = frozenset({Entity.PARTNER, Entity.MEETING, Entity.COMMITMENT})
AGGREGATE_SORTS = frozenset(
    {PartnerSort.LAST_CONTACT, PartnerSort.OPEN_COMMITMENTS, PartnerSort.OVERDUE}
)
# Computed once: combining Qt's flags in Python costs more than the rest of a cell.
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)


class PartnerListModel(QAbstractTableModel):
    """Rows of the partner list, loaded a page at a time as the view scrolls.

    Filtering and sorting are queries to the store (`set_query`, `sort`), never done over
    the rows already loaded. `Qt.UserRole` gives a row's partner id.
    """

    NAME, STAGE, LAST_CONTACT, OPEN, OVERDUE = range(5)
    COLUMN_SORTS = (
        PartnerSort.NAME,
        PartnerSort.STAGE,
        PartnerSort.LAST_CONTACT,
        PartnerSort.OPEN_COMMITMENTS,
        PartnerSort.OVERDUE,
    )

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._query = PartnerListQuery()
        self._rows: list[PartnerListRow] = []
        self._row_of: dict[int, int] = {}
        self._exhausted = False
        self._headers = (
            self.tr("Name"),
            self.tr("Stage"),
            self.tr("Last contact"),
            self.tr("Open"),
            self.tr("Overdue"),
        )
        self._header_tips = (
            self.tr("The partner's name"),
            self.tr("Where the partnership stands"),
            self.tr("Date of the latest meeting, call or message, today or earlier"),
            self.tr("Open commitments, ours and theirs"),
            self.tr("Open commitments past their due date, ours and theirs"),
        )
        self._stage_labels = {
            PartnerStage.PROSPECT: self.tr("Prospect"),
            PartnerStage.EXPLORING: self.tr("Exploring"),
            PartnerStage.ACTIVE: self.tr("Active"),
            PartnerStage.STRATEGIC: self.tr("Strategic"),
            PartnerStage.DORMANT: self.tr("Dormant"),
            PartnerStage.ENDED: self.tr("Ended"),
        }
        self._kind_labels = {
            PartnerKind.COMPANY: self.tr("Company"),
            PartnerKind.UNIVERSITY: self.tr("University"),
            PartnerKind.SCHOOL: self.tr("School"),
            PartnerKind.NONPROFIT: self.tr("Nonprofit"),
            PartnerKind.GOVERNMENT: self.tr("Government"),
            PartnerKind.OTHER: self.tr("Other"),
        }
        self._load(self._page_size)
        bus.changed.connect(self._on_change)

    # -- what the pane asks ---------------------------------------------------------------

    def query(self) -> PartnerListQuery:
        return self._query

    def set_query(self, query: PartnerListQuery) -> None:
        """Shows the first page of `query`'s rows."""
        self.beginResetModel()
        self._query = query
        self._load(self._page_size)
        self.endResetModel()

    def reload(self) -> None:
        """Reads again as many rows as are loaded, after a change that may move them."""
        self.beginResetModel()
        self._load(max(len(self._rows), self._page_size))
        self.endResetModel()

    def partner_id(self, row: int) -> int:
        return self._rows[row].id

    def partner_row(self, row: int) -> PartnerListRow:
        return self._rows[row]

    def row_of(self, partner_id: int) -> int | None:
        """The partner's row among those loaded, or None."""
        return self._row_of.get(partner_id)

    def ensure_loaded(self, partner_id: int, within: int | None = None) -> int | None:
        """Loads rows until the partner's, and returns its row.

        None if the query does not list the partner, or (when `within` is given) if more
        than `within` rows come before it.
        """
        if (row := self._row_of.get(partner_id)) is not None:
            return row
        if self._exhausted:
            return None
        position = self._store.partner_list.position(self._query, partner_id)
        if position is None or (within is not None and position >= within):
            return None
        missing = max(1, position + 1 - len(self._rows))
        # Whole pages: the rows after the partner come too, so the view can centre it.
        pages = -(-missing // self._page_size)
        self._fetch(pages * self._page_size)
        return self._row_of.get(partner_id)

    def stage_label(self, stage: PartnerStage) -> str:
        return self._stage_labels[stage]

    def kind_label(self, kind: PartnerKind) -> str:
        return self._kind_labels[kind]

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid() and not self._exhausted:
            self._fetch(self._page_size)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Most roles asked are roles this model has nothing for: answered before anything.
        if role not in ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._value(self._rows[index.row()], index.column(), role)

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role of a cell in one call: the view paints a cell from some seven roles,
        and one call from C++ into Python costs more than the answers (`data` says the same)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return
        row = self._rows[index.row()]
        column = index.column()
        # A span is a sequence of QModelRoleData, which PySide6's stubs do not say.
        asked: Sequence[QModelRoleData] = (
            (roles,) if isinstance(roles, QModelRoleData) else cast(Any, roles)
        )
        for role_data in asked:
            role = role_data.role()
            if role in ANSWERED_ROLES:
                role_data.setData(self._value(row, column, role))

    def _value(self, row: PartnerListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.OVERDUE:
            return self._overdue_text(row.overdue)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE and row.overdue:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OPEN, self.OVERDUE):
            return RIGHT_ALIGNED
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMN_SORTS):
            return
        query = dataclasses.replace(
            self._query,
            sort=self.COLUMN_SORTS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query != self._query:
            self.set_query(query)

    # -- loading --------------------------------------------------------------------------

    def _load(self, count: int) -> None:
        """Replaces the rows with the first `count`; callers wrap it in a model reset."""
        self._rows = self._store.partner_list.page(self._query, None, count)
        self._row_of = {row.id: index for index, row in enumerate(self._rows)}
        self._exhausted = len(self._rows) < count

    def _fetch(self, count: int) -> None:
        after = self._rows[-1] if self._rows else None
        rows = self._store.partner_list.page(self._query, after, count)
        self._exhausted = len(rows) < count
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        for offset, row in enumerate(rows):
            self._row_of[row.id] = first + offset
        self.endInsertRows()

    # -- keeping up with the notebook -----------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.entity in RELOAD_ENTITIES or (
            change.entity in PARTNER_ENTITIES and not change.partner_ids
        ):
            self.reload()
        elif change.entity in PARTNER_ENTITIES:
            self._refresh_partners(change.entity, change.partner_ids)

    def _refresh_partners(self, entity: Entity, partner_ids: Iterable[int]) -> None:
        """Puts each changed partner where it now belongs among the loaded rows.

        Rows are updated, moved, inserted or removed one by one, so the selection and the
        scroll position stay, and nothing else is read again.
        """
        ids = list(partner_ids)
        if entity is not Entity.PARTNER and self._query.sort not in AGGREGATE_SORTS:
            # Meetings and commitments change only the aggregate columns: unless the list
            # is sorted by one of them, partners not loaded cannot come into view.
            ids = [partner_id for partner_id in ids if partner_id in self._row_of]
        if not ids:
            return
        fresh = self._store.partner_list.rows(ids, matching=self._query)
        for partner_id in ids:
            self._place(partner_id, fresh.get(partner_id))

    def _place(self, partner_id: int, new: PartnerListRow | None) -> None:
        """Shows `new` (None: the partner is no longer listed) in its place in the order."""
        index = self._row_of.get(partner_id)
        if index is None:
            position = None if new is None else self._position_among_loaded(new)
            if new is not None and position is not None:
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, new)
                self._reindex(position)
                self.endInsertRows()
            return
        if new is None:
            self._remove(index)
            return
        old = self._rows[index]
        if self._query.key_of(new) != self._query.key_of(old):
            del self._rows[index]
            position = self._position_among_loaded(new)
            self._rows.insert(index, old)
            if position is None:
                # It now sorts after the loaded rows: the next page will bring it.
                self._remove(index)
                return
            # Where to move, counted before the move, as beginMoveRows wants it.
            destination = position if position <= index else position + 1
            if destination not in (index, index + 1):
                self.beginMoveRows(QModelIndex(), index, index, QModelIndex(), destination)
                del self._rows[index]
                self._rows.insert(position, old)
                self._reindex(min(index, position))
                self.endMoveRows()
                index = position
        if new != old:
            self._rows[index] = new
            self.dataChanged.emit(self.index(index, 0), self.index(index, self.OVERDUE))

    def _position_among_loaded(self, row: PartnerListRow) -> int | None:
        """Where the row goes among those loaded, or None if it sorts after all of them
        while more remain to be fetched."""
        key = self._query.key_of(row)
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            if self._query.comes_before(self._query.key_of(self._rows[middle]), key):
                low = middle + 1
            else:
                high = middle
        if low == len(self._rows) and not self._exhausted:
            return None
        return low

    def _remove(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._row_of[self._rows[index].id]
        del self._rows[index]
        self._reindex(index)
        self.endRemoveRows()

    def _reindex(self, start: int) -> None:
        for index in range(start, len(self._rows)):
            self._row_of[self._rows[index].id] = index

    # -- presentation ---------------------------------------------------------------------

    def _display(self, row: PartnerListRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.STAGE:
            return self._stage_labels[row.stage]
        if column == self.LAST_CONTACT:
            return row.last_contact.isoformat() if row.last_contact else self.tr("Never")
        if column == self.OPEN:
            return str(row.open_commitments)
        if column == self.OVERDUE:
            return self.tr("⚠ {count}").format(count=row.overdue) if row.overdue else ""
        return ""

    def _tooltip(self, row: PartnerListRow, column: int) -> str | None:
        if column == self.NAME:
            text = self.tr("{name} ({kind})").format(
                name=row.name, kind=self._kind_labels[row.kind]
            )
            # Qt shows a tooltip that looks like HTML as HTML: the name goes in escaped,
            # inside a paragraph, so that it is always read as (escaped) rich text.
            return f"<p>{html.escape(text)}</p>"
        if column == self.LAST_CONTACT:
            if row.last_contact is None:
                return self.tr("No meeting recorded yet")
            return self._days_ago(row.last_contact)
        if column == self.OPEN:
            return self.tr("%n open commitment(s), ours and theirs", "", row.open_commitments)
        if column == self.OVERDUE:
            return self._overdue_text(row.overdue)
        return None

    def _days_ago(self, day: date) -> str:
        # The wall clock is right here: a tooltip is read now, whatever the notebook's today.
        days = (date.today() - day).days
        if days <= 0:
            return self.tr("Last met today")
        return self.tr("Last met %n day(s) ago", "", days)

    def _overdue_text(self, overdue: int) -> str:
        if not overdue:
            return self.tr("Nothing overdue")
        return self.tr("%n open commitment(s) past their due date", "", overdue)
