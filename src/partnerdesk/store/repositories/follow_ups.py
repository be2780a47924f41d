"""Follow-ups due: the facts gathered in a few queries, the rules applied in `domain`.

Indexes these rely on: meetings(starts_at, partner_id, deleted_at) for the recent
meetings, commitments(partner_id, due_on) for whether a partner has open commitments,
commitments(status, due_on, direction, partner_id, deleted_at) for their overdue ones,
initiatives(partner_id) for one partner's check-ins. Check-ins over all partners read the
initiatives table whole (a few thousand rows at the scale notebook); an index on
initiatives(next_check_in_on) would spare that.
"""

from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from partnerdesk.domain.agenda import local_day, local_start_utc
from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction, InitiativeStatus, MeetingMode
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.follow_ups import (
    DEFAULT_HORIZON_DAYS,
    MEETING_WINDOW_DAYS,
    NUDGE_DAYS,
    THANK_YOU_DAYS,
    FollowUp,
    FollowUpState,
    FollowUpStatus,
    InitiativeFact,
    MeetingFact,
    TheirCommitmentFact,
    follow_ups_due,
)
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import (
    CommitmentRow,
    FollowUpStateRow,
    InitiativeRow,
    MeetingRow,
    PartnerRow,
)

KEY_LENGTH = 200


class FollowUpQueries:
    """What to send or do next, and the user's done and snoozed marks on it."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database

    # -- reading -----------------------------------------------------------------------------

    def due(
        self,
        today: date | None = None,
        horizon_days: int = DEFAULT_HORIZON_DAYS,
        partner_id: int | None = None,
        limit: int | None = None,
    ) -> list[FollowUp]:
        """Follow-ups due by `today + horizon_days`, neither done nor snoozed, earliest first.

        For one partner or all; at most `limit` when set (ask one more to tell if there are
        more), which reads only as many facts as it takes.
        """
        day = today or self._context.today()
        if limit is not None and limit <= 0:
            return []
        last_day = day + timedelta(days=horizon_days)
        with self._db.session() as session:
            states = self._states(session, day)
            # Each kind of fact is read in order of the earliest day it can fall due; every
            # hidden follow-up may push one more out, hence the states in the first batch.
            batch = None if limit is None else limit + len(states)
            while True:
                meetings, next_meeting = self._meetings(session, day, partner_id, batch)
                commitments, next_commitment = self._their_overdue(session, day, partner_id, batch)
                initiatives, next_check_in = self._check_ins(session, last_day, partner_id, batch)
                due = follow_ups_due(
                    meetings, commitments, initiatives, states, day, horizon_days, limit
                )
                unread = [
                    bound
                    for bound in (next_meeting, next_commitment, next_check_in)
                    if bound is not None
                ]
                # Done when nothing is left unread, or all that is left falls due later
                # than the last follow-up kept.
                if batch is None or not unread:
                    return due
                if limit is not None and len(due) == limit and due[-1].due_on < min(unread):
                    return due
                batch *= 4

    def states(self) -> dict[str, FollowUpState]:
        """Every stored mark, by key."""
        with self._db.session() as session:
            return self._states(session, None)

    # -- writing -----------------------------------------------------------------------------

    def mark_done(self, key: str) -> None:
        self._set(key, FollowUpStatus.DONE, None)

    def snooze(self, key: str, until: date) -> None:
        """Hides the follow-up until `until`, the day it shows again."""
        self._set(key, FollowUpStatus.SNOOZED, until)

    def reopen(self, key: str) -> None:
        """Forgets done or snoozed: the follow-up shows again when the rules say it is due."""
        with self._db.session() as session:
            session.execute(delete(FollowUpStateRow).where(FollowUpStateRow.key == key))
        self._report()

    # -- mechanics ---------------------------------------------------------------------------

    def _set(self, key: str, status: FollowUpStatus, until: date | None) -> None:
        if not key or len(key) > KEY_LENGTH:
            raise ValidationError(f"A follow-up key must have 1 to {KEY_LENGTH} characters.")
        with self._db.session() as session:
            row = session.scalars(
                select(FollowUpStateRow).where(FollowUpStateRow.key == key)
            ).one_or_none()
            if row is None:
                row = FollowUpStateRow(key=key)
                session.add(row)
            row.state = status.value
            row.until = until
        self._report()

    def _report(self) -> None:
        self._context.notify(Change(Entity.FOLLOW_UP, Action.UPDATED))

    def _meetings(
        self, session: Session, today: date, partner_id: int | None, batch: int | None
    ) -> tuple[list[MeetingFact], date | None]:
        """In-person meetings of the last MEETING_WINDOW_DAYS days, up to the end of today.

        At most `batch` of them, earliest first, and the earliest day a follow-up of the
        first one left out can fall due (None when none was).
        """
        start = local_start_utc(today - timedelta(days=MEETING_WINDOW_DAYS))
        end = local_start_utc(today + timedelta(days=1))
        open_commitments: Any
        if partner_id is None and batch is None:
            # Reading every meeting, one pass over the open commitments (from the status
            # index alone) beats a lookup of each meeting's partner.
            open_commitments = MeetingRow.partner_id.in_(
                select(CommitmentRow.partner_id).where(
                    CommitmentRow.status == CommitmentStatus.OPEN,
                    CommitmentRow.deleted_at.is_(None),
                )
            )
        else:
            open_commitments = (
                exists()
                .where(
                    CommitmentRow.partner_id == MeetingRow.partner_id,
                    CommitmentRow.status == CommitmentStatus.OPEN,
                    CommitmentRow.deleted_at.is_(None),
                )
                .correlate(MeetingRow)
            )
        query = (
            select(
                MeetingRow.id,
                MeetingRow.partner_id,
                PartnerRow.name,
                MeetingRow.starts_at,
                MeetingRow.title,
                open_commitments,
            )
            .join(PartnerRow, PartnerRow.id == MeetingRow.partner_id)
            .where(
                MeetingRow.starts_at >= start,
                MeetingRow.starts_at < end,
                MeetingRow.deleted_at.is_(None),
                MeetingRow.mode == MeetingMode.IN_PERSON,
                PartnerRow.deleted_at.is_(None),
                *_for_partner(MeetingRow.partner_id, partner_id),
            )
        )
        if batch is not None:
            query = query.order_by(MeetingRow.starts_at, MeetingRow.id).limit(batch + 1)
        facts = [
            MeetingFact(
                meeting_id=meeting_id,
                partner_id=owner,
                partner_name=name,
                day=local_day(starts_at),
                title=title,
                open_commitments=bool(has_open),
            )
            for meeting_id, owner, name, starts_at, title, has_open in session.connection().execute(
                query
            )
        ]
        if batch is None or len(facts) <= batch:
            return facts, None
        return facts[:batch], facts[batch].day + timedelta(days=THANK_YOU_DAYS)

    def _their_overdue(
        self, session: Session, today: date, partner_id: int | None, batch: int | None
    ) -> tuple[list[TheirCommitmentFact], date | None]:
        """Their open commitments due before `today`, as many and in order as `_meetings`."""
        query = (
            select(
                CommitmentRow.id,
                CommitmentRow.partner_id,
                PartnerRow.name,
                CommitmentRow.description,
                CommitmentRow.due_on,
                CommitmentRow.follow_up_count,
                CommitmentRow.last_follow_up_on,
            )
            .join(PartnerRow, PartnerRow.id == CommitmentRow.partner_id)
            .where(
                CommitmentRow.status == CommitmentStatus.OPEN,
                CommitmentRow.due_on < today,
                CommitmentRow.direction == Direction.THEIRS,
                CommitmentRow.deleted_at.is_(None),
                PartnerRow.deleted_at.is_(None),
                *_for_partner(CommitmentRow.partner_id, partner_id),
            )
        )
        if batch is not None:
            query = query.order_by(CommitmentRow.due_on, CommitmentRow.id).limit(batch + 1)
        rows = session.connection().execute(query)
        facts = [
            TheirCommitmentFact(
                commitment_id=commitment_id,
                partner_id=owner,
                partner_name=name,
                description=description,
                due_on=due_on,
                follow_up_count=count or 0,
                last_follow_up_on=last,
            )
            for commitment_id, owner, name, description, due_on, count, last in rows
            if due_on is not None
        ]
        if batch is None or len(facts) <= batch:
            return facts, None
        # No step of a commitment falls due before its first nudge.
        return facts[:batch], facts[batch].due_on + timedelta(days=NUDGE_DAYS[0])

    def _check_ins(
        self, session: Session, last_day: date, partner_id: int | None, batch: int | None
    ) -> tuple[list[InitiativeFact], date | None]:
        """Check-ins due by `last_day`, as many and in order as `_meetings`."""
        # A finished initiative needs no more check-ins, whatever date it still carries.
        query = (
            select(
                InitiativeRow.id,
                InitiativeRow.partner_id,
                PartnerRow.name,
                InitiativeRow.name,
                InitiativeRow.next_check_in_on,
            )
            .join(PartnerRow, PartnerRow.id == InitiativeRow.partner_id)
            .where(
                InitiativeRow.next_check_in_on <= last_day,
                InitiativeRow.status != InitiativeStatus.DONE,
                InitiativeRow.deleted_at.is_(None),
                PartnerRow.deleted_at.is_(None),
                *_for_partner(InitiativeRow.partner_id, partner_id),
            )
        )
        if batch is not None:
            query = query.order_by(InitiativeRow.next_check_in_on, InitiativeRow.id).limit(
                batch + 1
            )
        rows = session.connection().execute(query)
        facts = [
            InitiativeFact(
                initiative_id=initiative_id,
                partner_id=owner,
                partner_name=partner_name,
                name=name,
                next_check_in_on=check_in,
            )
            for initiative_id, owner, partner_name, name, check_in in rows
            if check_in is not None
        ]
        if batch is None or len(facts) <= batch:
            return facts, None
        return facts[:batch], facts[batch].next_check_in_on

    def _states(self, session: Session, today: date | None) -> dict[str, FollowUpState]:
        """Stored marks; given `today`, only those that still hide something."""
        query = select(FollowUpStateRow.key, FollowUpStateRow.state, FollowUpStateRow.until)
        if today is not None:
            query = query.where(
                (FollowUpStateRow.state == FollowUpStatus.DONE.value)
                | (FollowUpStateRow.until > today)
            )
        return {
            key: FollowUpState(FollowUpStatus(state), until)
            for key, state, until in session.connection().execute(query)
        }


def _for_partner(column: Any, partner_id: int | None) -> tuple[Any, ...]:
    return () if partner_id is None else (column == partner_id,)
