"""The rows behind a calendar export: every dated commitment and every meeting, two queries.

Indexes these rely on: the join to partners goes by primary key; commitments are read
in full (a whole-table scan is the cheapest way to read nearly all rows), and for one
partner through commitments(partner_id, due_on) and meetings(partner_id, starts_at).
Owners are looked up by the people primary key.
"""

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import CommitmentRow, MeetingRow, PartnerRow, PersonRow

if TYPE_CHECKING:
    from partnerdesk.domain.calendar_export import CalendarRows


class CalendarExportQueries:
    """Read-only: what a calendar file holds; rows in the Trash, or whose partner is, never do."""

    def __init__(self, context: Context) -> None:
        self._db = context.database

    def rows(self, partner_id: int | None = None) -> "CalendarRows":
        """Live commitments with a due date and live meetings, of one partner or of all."""
        # Loaded with the first export, not to show the window.
        from partnerdesk.domain.calendar_export import (
            CalendarCommitment,
            CalendarMeeting,
            CalendarRows,
        )

        commitments_query = (
            select(
                CommitmentRow.uuid,
                PartnerRow.name,
                CommitmentRow.direction,
                CommitmentRow.description,
                CommitmentRow.due_on,
                CommitmentRow.status,
                CommitmentRow.done_on,
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
            .where(
                CommitmentRow.deleted_at.is_(None),
                CommitmentRow.due_on.is_not(None),
                *_of_partner(CommitmentRow.partner_id, partner_id),
            )
            .order_by(CommitmentRow.due_on, CommitmentRow.id)
        )
        meetings_query = (
            select(
                MeetingRow.uuid,
                PartnerRow.name,
                MeetingRow.starts_at,
                MeetingRow.duration_minutes,
                MeetingRow.mode,
                MeetingRow.title,
                MeetingRow.location,
            )
            .join(
                PartnerRow,
                (PartnerRow.id == MeetingRow.partner_id) & PartnerRow.deleted_at.is_(None),
            )
            .where(
                MeetingRow.deleted_at.is_(None),
                *_of_partner(MeetingRow.partner_id, partner_id),
            )
            .order_by(MeetingRow.starts_at, MeetingRow.id)
        )
        # The enum columns hand back enum members already, so rows go into records as they come.
        with self._db.session() as session:
            commitments = tuple(
                CalendarCommitment(
                    uuid=uuid,
                    partner_name=partner_name,
                    direction=direction,
                    description=description,
                    due_on=due_on,
                    status=status,
                    done_on=done_on,
                    owner_name=owner_name or "",
                )
                for (
                    uuid,
                    partner_name,
                    direction,
                    description,
                    due_on,
                    status,
                    done_on,
                    owner_name,
                ) in session.execute(commitments_query)
                # Always true (the query asks for it); says so to the type checker.
                if due_on is not None
            )
            meetings = tuple(
                CalendarMeeting(
                    uuid=uuid,
                    partner_name=partner_name,
                    starts_at=starts_at,
                    duration_minutes=duration_minutes,
                    mode=mode,
                    title=title,
                    location=location,
                )
                for (
                    uuid,
                    partner_name,
                    starts_at,
                    duration_minutes,
                    mode,
                    title,
                    location,
                ) in session.execute(meetings_query)
            )
        return CalendarRows(commitments, meetings)


def _of_partner(column: Any, partner_id: int | None) -> tuple[Any, ...]:
    return () if partner_id is None else (column == partner_id,)
