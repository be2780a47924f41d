"""Queries behind the calendar, its agenda and Today: what is due, overdue, coming up.

Indexes these rely on: commitments(status, due_on) for every date range over all
partners, commitments(partner_id, due_on) for one partner, meetings(partner_id,
starts_at) for one partner's meetings and for each partner's last contact. Meetings in a
date range over all partners want an index on meetings(starts_at); until the schema has
one, SQLite reads the whole table for them.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, exists, func, literal, select
from sqlalchemy.orm import Session

from partnerdesk.domain.agenda import (
    CALENDAR_STATUSES,
    DEFAULT_GOING_COLD_DAYS,
    DUE_SOON_DAYS,
    SECTION_LIMIT,
    WARM_STAGES,
    AgendaItem,
    AgendaKind,
    ColdPartner,
    DayMarks,
    DistantPartner,
    MeetingSlot,
    TodayOverview,
    TodaySection,
    day_marks,
    days_in,
    days_since,
    is_past_due,
    local_day,
    local_start_utc,
    week_of,
)
from partnerdesk.domain.enums import CommitmentStatus, Direction, InitiativeStatus, MeetingMode
from partnerdesk.domain.meeting_balance import FACE_TO_FACE, no_face_to_face_cutoff
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import (
    CommitmentRow,
    InitiativeRow,
    MeetingRow,
    PartnerRow,
    PersonRow,
)


class AgendaQueries:
    """Read-only queries over commitments and meetings by date; deleted rows never show."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database

    # -- the calendar ------------------------------------------------------------------------

    def marks(self, start: date, end: date, partner_id: int | None = None) -> dict[date, DayMarks]:
        """What each day from `start` to `end` (both included) holds; empty days are left out."""
        if end < start:
            return {}
        today = self._context.today()
        counts_query = (
            select(
                CommitmentRow.due_on,
                CommitmentRow.direction,
                CommitmentRow.status,
                func.count(),
            )
            .where(
                *self._commitments_due(start, end, partner_id),
                _partner_is_live(CommitmentRow.partner_id, partner_id),
            )
            .group_by(CommitmentRow.due_on, CommitmentRow.direction, CommitmentRow.status)
        )
        # Meetings are counted per local day in SQL: a CASE turns each start into the index
        # of the local day it falls on (the bounds are local midnights in UTC), so only one
        # row per day comes back however many meetings there are.
        days = days_in(start, end)
        ends = [local_start_utc(day + timedelta(days=1)) for day in days]
        day_index = _day_index(MeetingRow.starts_at, ends, 0, len(days) - 1)
        meetings_query = (
            select(day_index, func.count())
            .where(
                *self._meetings_between(start, end, partner_id),
                _partner_is_live(MeetingRow.partner_id, partner_id),
            )
            .group_by(day_index)
        )
        with self._db.session() as session:
            counts = [
                (due_on, Direction(direction), CommitmentStatus(status), int(count))
                for due_on, direction, status, count in session.execute(counts_query)
                if due_on is not None
            ]
            meetings = {
                days[index]: int(count)
                for index, count in session.execute(meetings_query)
                if 0 <= index < len(days)
            }
        return day_marks(counts, meetings, today)

    def items(self, start: date, end: date, partner_id: int | None = None) -> list[AgendaItem]:
        """Commitments due and meetings held from `start` to `end`, by day then time."""
        with self._db.session() as session:
            items = self._commitment_items(
                session, self._commitments_due(start, end, partner_id), self._context.today()
            )
            items += self._meeting_items(session, self._meetings_between(start, end, partner_id))
        return sorted(items, key=lambda item: item.sort_key)

    def meeting_slots(self, meeting_ids: Iterable[int]) -> dict[int, MeetingSlot]:
        """What the calendar shows of these meetings, read by primary key (notes not loaded).

        Lets the calendar tell an autosave of notes, which changes nothing it shows, from
        a meeting moved, renamed or deleted.
        """
        ids = list(meeting_ids)
        query = (
            select(
                MeetingRow.id,
                MeetingRow.partner_id,
                MeetingRow.starts_at,
                MeetingRow.mode,
                MeetingRow.title,
                MeetingRow.deleted_at,
                PartnerRow.deleted_at,
            )
            .join(PartnerRow, PartnerRow.id == MeetingRow.partner_id)
            .where(MeetingRow.id.in_(ids))
        )
        with self._db.session() as session:
            return {
                meeting_id: MeetingSlot(
                    partner_id,
                    starts_at,
                    MeetingMode(mode),
                    title,
                    live=meeting_deleted is None and partner_deleted is None,
                )
                for (
                    meeting_id,
                    partner_id,
                    starts_at,
                    mode,
                    title,
                    meeting_deleted,
                    partner_deleted,
                ) in session.execute(query)
            }

    # -- Today -------------------------------------------------------------------------------

    def today(
        self,
        today: date | None = None,
        cold_days: int = DEFAULT_GOING_COLD_DAYS,
        limit: int = SECTION_LIMIT,
    ) -> TodayOverview:
        """Overdue promises each way, what falls due soon, who is going cold, this week's meetings.

        Each section holds at most `limit` rows, the most urgent first.
        """
        day = today or self._context.today()
        live = (CommitmentRow.deleted_at.is_(None),)
        open_ = CommitmentRow.status == CommitmentStatus.OPEN
        late = CommitmentRow.due_on < day
        soon = CommitmentRow.due_on.between(day, day + timedelta(days=DUE_SOON_DAYS))
        week_start, week_end = week_of(day)
        # One row past the limit tells whether a section has more.
        wanted = limit + 1
        with self._db.session() as session:
            overdue_ours = self._commitment_items(
                session,
                (*live, open_, late, CommitmentRow.direction == Direction.OURS),
                day,
                wanted,
            )
            overdue_theirs = self._commitment_items(
                session,
                (*live, open_, late, CommitmentRow.direction == Direction.THEIRS),
                day,
                wanted,
            )
            due_soon = self._commitment_items(session, (*live, open_, soon), day, wanted)
            going_cold = self._going_cold(session, day, cold_days, wanted)
            no_face_to_face = self._no_face_to_face(session, day, wanted)
            meetings = self._meeting_items(
                session, self._meetings_between(week_start, week_end, None), wanted
            )
        sizes = {
            TodaySection.OVERDUE_OURS: len(overdue_ours),
            TodaySection.OVERDUE_THEIRS: len(overdue_theirs),
            TodaySection.DUE_SOON: len(due_soon),
            TodaySection.GOING_COLD: len(going_cold),
            TodaySection.NO_FACE_TO_FACE: len(no_face_to_face),
            TodaySection.MEETINGS_THIS_WEEK: len(meetings),
        }
        return TodayOverview(
            today=day,
            overdue_ours=tuple(overdue_ours[:limit]),
            overdue_theirs=tuple(overdue_theirs[:limit]),
            due_soon=tuple(due_soon[:limit]),
            going_cold=tuple(going_cold[:limit]),
            no_face_to_face=tuple(no_face_to_face[:limit]),
            meetings_this_week=tuple(meetings[:limit]),
            cold_days=cold_days,
            limit=limit,
            more=frozenset(which for which, size in sizes.items() if size > limit),
        )

    # -- the pieces --------------------------------------------------------------------------

    @staticmethod
    def _commitments_due(start: date, end: date, partner_id: int | None) -> tuple[Any, ...]:
        conditions: tuple[Any, ...] = (
            CommitmentRow.deleted_at.is_(None),
            CommitmentRow.status.in_(sorted(CALENDAR_STATUSES)),
            CommitmentRow.due_on.between(start, end),
        )
        if partner_id is not None:
            conditions += (CommitmentRow.partner_id == partner_id,)
        return conditions

    @staticmethod
    def _meetings_between(start: date, end: date, partner_id: int | None) -> tuple[Any, ...]:
        # Bounds are the local midnights turned into UTC, so the rows found are exactly
        # those whose local day falls in the range, across any time-zone offset or DST shift.
        conditions: tuple[Any, ...] = (
            MeetingRow.deleted_at.is_(None),
            MeetingRow.starts_at >= local_start_utc(start),
            MeetingRow.starts_at < local_start_utc(end + timedelta(days=1)),
        )
        if partner_id is not None:
            conditions += (MeetingRow.partner_id == partner_id,)
        return conditions

    @staticmethod
    def _commitment_items(
        session: Session, conditions: tuple[Any, ...], today: date, limit: int | None = None
    ) -> list[AgendaItem]:
        query = (
            select(
                CommitmentRow.id,
                CommitmentRow.partner_id,
                PartnerRow.name,
                CommitmentRow.due_on,
                CommitmentRow.direction,
                CommitmentRow.status,
                CommitmentRow.description,
                PersonRow.full_name,
            )
            .join(
                PartnerRow,
                (PartnerRow.id == CommitmentRow.partner_id) & PartnerRow.deleted_at.is_(None),
            )
            .outerjoin(
                PersonRow,
                (PersonRow.id == CommitmentRow.owner_id) & PersonRow.deleted_at.is_(None),
            )
            .where(*conditions)
            .order_by(CommitmentRow.due_on, CommitmentRow.id)
            .limit(limit)
        )
        items = []
        for row in session.execute(query):
            status = CommitmentStatus(row.status)
            items.append(
                AgendaItem(
                    kind=AgendaKind.COMMITMENT,
                    item_id=row.id,
                    partner_id=row.partner_id,
                    partner_name=row.name,
                    day=row.due_on,
                    direction=Direction(row.direction),
                    status=status,
                    overdue=is_past_due(status, row.due_on, today),
                    description=row.description,
                    owner_name=row.full_name or "",
                )
            )
        return items

    @staticmethod
    def _meeting_items(
        session: Session, conditions: tuple[Any, ...], limit: int | None = None
    ) -> list[AgendaItem]:
        query = (
            select(
                MeetingRow.id,
                MeetingRow.partner_id,
                PartnerRow.name,
                MeetingRow.starts_at,
                MeetingRow.mode,
                MeetingRow.title,
            )
            .join(
                PartnerRow,
                (PartnerRow.id == MeetingRow.partner_id) & PartnerRow.deleted_at.is_(None),
            )
            .where(*conditions)
            .order_by(MeetingRow.starts_at, MeetingRow.id)
            .limit(limit)
        )
        items = []
        for row in session.execute(query):
            local = row.starts_at.astimezone()
            items.append(
                AgendaItem(
                    kind=AgendaKind.MEETING,
                    item_id=row.id,
                    partner_id=row.partner_id,
                    partner_name=row.name,
                    day=local.date(),
                    start_time=local.time().replace(tzinfo=None),
                    starts_at=row.starts_at,
                    mode=row.mode,
                    title=row.title,
                )
            )
        return items

    @staticmethod
    def _going_cold(session: Session, today: date, cold_days: int, limit: int) -> list[ColdPartner]:
        """Partners we are building with, never met or not met for over `cold_days` days.

        The coldest come first: never met, then the longest since the last meeting.
        """
        # Any meeting up to the end of today counts as contact, whatever its mode.
        until = local_start_utc(today + timedelta(days=1))
        cutoff = local_start_utc(today - timedelta(days=cold_days))
        # Newest first with LIMIT 1 walks the (partner_id, starts_at) index backwards and
        # stops at the first live meeting; max() would read every meeting of the partner.
        last_met = (
            select(MeetingRow.starts_at)
            .where(
                MeetingRow.partner_id == PartnerRow.id,
                MeetingRow.deleted_at.is_(None),
                MeetingRow.starts_at < until,
            )
            .order_by(MeetingRow.starts_at.desc())
            .limit(1)
            .scalar_subquery()
        )
        # OFFSET 0 keeps SQLite from inlining this subquery, which would look the last
        # meeting up again for each of the four places the outer query names it.
        query = (
            select(PartnerRow.id, PartnerRow.name, last_met.label("last_met"))
            .where(PartnerRow.deleted_at.is_(None), PartnerRow.stage.in_(sorted(WARM_STAGES)))
            .offset(0)
            .subquery()
        )
        rows = session.execute(
            select(query.c.id, query.c.name, query.c.last_met)
            .where(query.c.last_met.is_(None) | (query.c.last_met < cutoff))
            .order_by(query.c.last_met.is_not(None), query.c.last_met, query.c.name)
            .limit(limit)
        )
        cold = []
        for partner_id, name, last in rows:
            last_day = None if last is None else local_day(last)
            cold.append(ColdPartner(partner_id, name, last_day, days_since(last_day, today)))
        return cold

    @staticmethod
    def _no_face_to_face(session: Session, today: date, limit: int) -> list[DistantPartner]:
        """Partners with an active initiative and no in-person meeting for six months.

        One query: the partners come from the active initiatives; for each, a range of its
        meetings(partner_id, starts_at) index tells whether it was met in person since the
        cutoff, and only for those not met, a walk back along the same index finds the
        last in-person meeting. Never met in person first, then the longest since.
        """
        until = local_start_utc(today + timedelta(days=1))
        cutoff = no_face_to_face_cutoff(today)
        active = (
            InitiativeRow.partner_id == PartnerRow.id,
            InitiativeRow.status == InitiativeStatus.ACTIVE,
            InitiativeRow.deleted_at.is_(None),
        )
        initiative = (
            select(InitiativeRow.name)
            .where(*active)
            .order_by(InitiativeRow.name, InitiativeRow.id)
            .limit(1)
            .scalar_subquery()
        )
        last_met = (
            select(MeetingRow.starts_at)
            .where(
                MeetingRow.partner_id == PartnerRow.id,
                MeetingRow.deleted_at.is_(None),
                MeetingRow.mode == FACE_TO_FACE,
                MeetingRow.starts_at < until,
            )
            .order_by(MeetingRow.starts_at.desc())
            .limit(1)
            .scalar_subquery()
        )
        with_initiative = select(InitiativeRow.partner_id).where(
            InitiativeRow.status == InitiativeStatus.ACTIVE, InitiativeRow.deleted_at.is_(None)
        )
        met_since_cutoff = exists().where(
            MeetingRow.partner_id == PartnerRow.id,
            MeetingRow.deleted_at.is_(None),
            MeetingRow.mode == FACE_TO_FACE,
            MeetingRow.starts_at >= cutoff,
            MeetingRow.starts_at < until,
        )
        query = select(
            PartnerRow.id, PartnerRow.name, initiative.label("initiative"), last_met
        ).where(
            PartnerRow.deleted_at.is_(None),
            PartnerRow.id.in_(with_initiative),
            ~met_since_cutoff,
        )
        # Sorted here: in SQL the last meeting's subquery would run again for the sort key.
        found = [
            (last, name, partner_id, initiative_name)
            for partner_id, name, initiative_name, last in session.execute(query)
        ]
        found.sort(key=lambda row: (row[0] is not None, row[0] or cutoff, row[1], row[2]))
        distant = []
        for last, name, partner_id, initiative_name in found[:limit]:
            last_day = None if last is None else local_day(last)
            distant.append(
                DistantPartner(
                    partner_id, name, initiative_name or "", last_day, days_since(last_day, today)
                )
            )
        return distant


def _partner_is_live(column: Any, partner_id: int | None) -> Any:
    """A condition that the row's partner is not in the Trash, without a lookup per row.

    For counting thousands of rows; where rows are few or their partner's name is shown
    anyway, the join to the partner filters instead.

    For one partner, a single check of that partner; for all, the (usually empty) list of
    partners in the Trash.
    """
    if partner_id is not None:
        return exists().where(PartnerRow.id == partner_id, PartnerRow.deleted_at.is_(None))
    return column.not_in(select(PartnerRow.id).where(PartnerRow.deleted_at.is_not(None)))


def _day_index(column: Any, ends: list[datetime], first: int, last: int) -> Any:
    """Which of days `first`..`last` (each ending at `ends[i]`) a start falls on, as SQL.

    A CASE nested as a binary search: a handful of comparisons per row, not one per day.
    """
    if first == last:
        return literal(first)
    middle = (first + last) // 2
    return case(
        (column < ends[middle], _day_index(column, ends, first, middle)),
        else_=_day_index(column, ends, middle + 1, last),
    )
