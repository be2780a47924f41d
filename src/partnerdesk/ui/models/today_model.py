"""Today as a two-level tree: the sections, and under each its rows or a word that it is empty."""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont

from partnerdesk.domain.agenda import (
    AgendaItem,
    AgendaKind,
    ColdPartner,
    DistantPartner,
    TodayOverview,
    TodaySection,
)
from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.navigation import Target
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.agenda_model import plain_tooltip
from partnerdesk.ui.models.column_headers import header_text

AnyIndex = QModelIndex | QPersistentModelIndex
Row = AgendaItem | ColdPartner | DistantPartner

TODAY_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SECTIONS = tuple(TodaySection)
PARTNER_COLUMN, WHAT_COLUMN, DATE_COLUMN = range(3)
# A top-level (section) index has internal id 0; a row's id is its section's number + 1.
SECTION_ID = 0


class TodayModel(QAbstractItemModel):
    """Sections in a fixed order; every cell plain text; the row's value under TODAY_ROW_ROLE."""

    LATE_COLOUR = QColor("#b3261e")
    QUIET_COLOUR = QColor("#777777")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overview: TodayOverview | None = None
        self._rows: dict[TodaySection, tuple[Row, ...]] = dict.fromkeys(SECTIONS, ())
        self._headers = [self.tr("Partner"), self.tr("What"), self.tr("Date")]

    def set_overview(self, overview: TodayOverview) -> None:
        self.beginResetModel()
        self._overview = overview
        self._rows = {section: overview.section(section) for section in SECTIONS}
        self.endResetModel()

    @property
    def overview(self) -> TodayOverview | None:
        return self._overview

    # -- reading rows ------------------------------------------------------------------------

    def section_index(self, section: TodaySection) -> QModelIndex:
        return self.index(SECTIONS.index(section), 0)

    def rows(self, section: TodaySection) -> tuple[Row, ...]:
        return self._rows[section]

    def row_value(self, index: AnyIndex) -> Row | None:
        """The item or partner a row stands for; None for a section or an empty-section line."""
        if not index.isValid() or index.internalId() == SECTION_ID:
            return None
        rows = self._rows[SECTIONS[index.internalId() - 1]]
        return rows[index.row()] if index.row() < len(rows) else None

    def target(self, index: AnyIndex) -> Target | None:
        value = self.row_value(index)
        return None if value is None else value.target

    def open_commitment_id(self, index: AnyIndex) -> int | None:
        """The id of the open commitment on this row, the one thing "Mark done" acts on."""
        value = self.row_value(index)
        if (
            isinstance(value, AgendaItem)
            and value.kind is AgendaKind.COMMITMENT
            and value.status is CommitmentStatus.OPEN
        ):
            return value.item_id
        return None

    # -- the model ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, SECTION_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == SECTION_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, SECTION_ID)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(SECTIONS)
        if parent.internalId() != SECTION_ID or parent.column() != 0:
            return 0
        # An empty section keeps one line that says so.
        return max(1, len(self._rows[SECTIONS[parent.row()]]))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.row_value(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == SECTION_ID:
            return self._section_data(SECTIONS[index.row()], index.column(), role)
        value = self.row_value(index)
        if value is None:
            return self._empty_data(SECTIONS[index.internalId() - 1], index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(value, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                "\n".join(self._text(value, column) for column in range(len(self._headers)))
            )
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == DATE_COLUMN
            and isinstance(value, AgendaItem)
            and value.overdue
        ):
            return QBrush(self.LATE_COLOUR)
        if role == TODAY_ROW_ROLE:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._headers, section, orientation, role)

    # -- words -------------------------------------------------------------------------------

    def section_title(self, section: TodaySection) -> str:
        cold_days = self._overview.cold_days if self._overview else 0
        titles = {
            TodaySection.OVERDUE_OURS: self.tr("Overdue — ours"),
            TodaySection.OVERDUE_THEIRS: self.tr("Overdue — theirs"),
            TodaySection.DUE_SOON: self.tr("Due in the next 7 days"),
            TodaySection.GOING_COLD: self.tr("Going cold (no contact for {days})").format(
                days=self._days(cold_days)
            ),
            TodaySection.NO_FACE_TO_FACE: self.tr(
                "Active initiative, no face-to-face meeting for 6 months"
            ),
            TodaySection.MEETINGS_THIS_WEEK: self.tr("Meetings this week"),
        }
        count = len(self._rows[section])
        if self._overview is not None and section in self._overview.more:
            return self.tr("{title} ({count}+)").format(title=titles[section], count=count)
        return self.tr("{title} ({count})").format(title=titles[section], count=count)

    def empty_text(self, section: TodaySection) -> str:
        return {
            TodaySection.OVERDUE_OURS: self.tr("Nothing overdue — every promise on track."),
            TodaySection.OVERDUE_THEIRS: self.tr("Nothing overdue from partners."),
            TodaySection.DUE_SOON: self.tr("Nothing falls due in the next 7 days."),
            TodaySection.GOING_COLD: self.tr("Every partner has been in touch recently."),
            TodaySection.NO_FACE_TO_FACE: self.tr(
                "Every partner with an active initiative was met in person recently."
            ),
            TodaySection.MEETINGS_THIS_WEEK: self.tr("No meetings this week."),
        }[section]

    def _section_data(self, section: TodaySection, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.section_title(section) if column == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _empty_data(self, section: TodaySection, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.empty_text(section) if column == 0 else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(self.QUIET_COLOUR)
        return None

    def late_sample(self) -> str:
        """A long date cell, "30 Sep 2026 (120 days late)" in the user's language, for widths."""
        late = self.tr("{day} ({days} late)")
        return late.format(day=format_day(date(2026, 9, 30)), days=self._days(120))

    def _days(self, count: int) -> str:
        # Spelled out rather than "%n day(s)": no translation file supplies English plurals.
        return self.tr("1 day") if count == 1 else self.tr("{count} days").format(count=count)

    def _text(self, value: Row, column: int) -> str:
        if column == PARTNER_COLUMN:
            return value.partner_name if isinstance(value, AgendaItem) else value.name
        if isinstance(value, DistantPartner):
            if column == WHAT_COLUMN:
                if value.days_since is None:
                    return self.tr("“{initiative}” is active; never met in person").format(
                        initiative=value.initiative_name
                    )
                return self.tr("“{initiative}” is active; last face-to-face {days} ago").format(
                    initiative=value.initiative_name, days=self._days(value.days_since)
                )
            return format_day(value.last_in_person)
        if isinstance(value, ColdPartner):
            if column == WHAT_COLUMN:
                if value.days_since is None:
                    return self.tr("Never met")
                return self.tr("Last met {days} ago").format(days=self._days(value.days_since))
            return format_day(value.last_contact)
        if value.kind is AgendaKind.MEETING:
            if column == WHAT_COLUMN:
                mode = label(value.mode) if value.mode is not None else ""
                return value.title or mode or self.tr("Meeting")
            if value.start_time is None:
                return format_day(value.day)
            moment = QTime(value.start_time.hour, value.start_time.minute)
            return self.tr("{day} {time}").format(
                day=format_day(value.day),
                time=QLocale().toString(moment, QLocale.FormatType.ShortFormat),
            )
        if column == WHAT_COLUMN:
            if value.direction is Direction.THEIRS:
                return self.tr("They owe: {what}").format(what=value.description)
            return self.tr("We owe: {what}").format(what=value.description)
        if value.overdue and self._overview is not None:
            late = (self._overview.today - value.day).days
            return self.tr("{day} ({days} late)").format(
                day=format_day(value.day), days=self._days(late)
            )
        return format_day(value.day)
