"""What a partner brief draws on, gathered in a few queries; and who was met in a week."""

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select

from partnerdesk.domain.agenda import local_day, local_start_utc
from partnerdesk.domain.enums import InitiativeStatus, MeetingMode, NeedStatus
from partnerdesk.store.repositories.commitments import CommitmentRepository
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.repositories.initiatives import InitiativeRepository
from partnerdesk.store.repositories.meetings import MeetingRepository
from partnerdesk.store.repositories.needs import NeedRepository
from partnerdesk.store.repositories.partners import PartnerRepository
from partnerdesk.store.repositories.people import PersonRepository
from partnerdesk.store.schema import (
    CommitmentRow,
    InitiativeRow,
    MeetingRow,
    NeedRow,
    PartnerRow,
    PersonRow,
)

if TYPE_CHECKING:
    from partnerdesk.domain.brief import BriefFacts

RECENT_MEETINGS = 3


class BriefQueries:
    """Reads for the one-page brief; every method is its own set of read transactions."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database
        self._partners = PartnerRepository(context)
        self._people = PersonRepository(context)
        self._meetings = MeetingRepository(context)
        self._commitments = CommitmentRepository(context)
        self._needs = NeedRepository(context)
        self._initiatives = InitiativeRepository(context)

    def facts(self, partner_id: int) -> "BriefFacts":
        """Everything one partner's brief needs; raises NotFound for a missing or trashed one.

        One read transaction, so the sections agree with each other. Meetings up to the end
        of today count as held; only the latest few are loaded with their notes, however
        many the partner has. Rows become records through each repository's own mapping.
        """
        # Loaded with the first brief: the brief's rules are not needed to show the window.
        from partnerdesk.domain.brief import BriefFacts

        held_before = local_start_utc(self._context.today() + timedelta(days=1))
        held = (
            MeetingRow.partner_id == partner_id,
            MeetingRow.deleted_at.is_(None),
            MeetingRow.starts_at < held_before,
        )
        in_person = case((MeetingRow.mode == MeetingMode.IN_PERSON, MeetingRow.starts_at))
        with self._db.session() as session:
            partner = self._partners._to_record(self._partners._live_row(session, partner_id))
            our_people: dict[int, str] = dict(
                session.execute(
                    select(PersonRow.id, PersonRow.full_name).where(
                        PersonRow.partner_id.is_(None), PersonRow.deleted_at.is_(None)
                    )
                ).all()
            )
            their_people = session.scalars(
                self._people._live()
                .where(PersonRow.partner_id == partner_id)
                .order_by(PersonRow.full_name, PersonRow.id)
            ).all()
            needs = session.scalars(
                self._needs._live()
                .where(
                    NeedRow.partner_id == partner_id,
                    NeedRow.status.in_([NeedStatus.OPEN, NeedStatus.IN_PROGRESS]),
                )
                .order_by(NeedRow.id)
            ).all()
            initiatives = session.scalars(
                self._initiatives._live()
                .where(
                    InitiativeRow.partner_id == partner_id,
                    InitiativeRow.status != InitiativeStatus.DONE,
                )
                .order_by(InitiativeRow.id)
            ).all()
            commitments = session.scalars(
                self._commitments._live()
                .where(CommitmentRow.partner_id == partner_id)
                .order_by(CommitmentRow.id)
            ).all()
            # One pass over the (partner_id, starts_at, deleted_at) index for the aggregates.
            count, first, last, last_in_person = session.execute(
                select(
                    func.count(),
                    func.min(MeetingRow.starts_at),
                    func.max(MeetingRow.starts_at),
                    func.max(in_person),
                ).where(*held)
            ).one()
            # Newest first with LIMIT walks the same index backwards and stops early.
            recent = session.scalars(
                self._meetings._live()
                .where(*held)
                .order_by(MeetingRow.starts_at.desc(), MeetingRow.id.desc())
                .limit(RECENT_MEETINGS)
            ).all()
            first_at = _utc(first)
            return BriefFacts(
                partner=partner,
                owner_name=_name_of(our_people, partner.owner_id),
                their_people=tuple(self._people._rows_to_records(their_people)),
                our_people=our_people,
                needs=tuple(self._needs._rows_to_records(needs)),
                initiatives=tuple(self._initiatives._rows_to_records(initiatives)),
                commitments=tuple(self._commitments._rows_to_records(commitments)),
                recent_meetings=tuple(self._meetings._rows_to_records(recent)),
                meeting_count=int(count),
                first_meeting_on=None if first_at is None else local_day(first_at),
                last_contact_at=_utc(last),
                last_in_person_at=_utc(last_in_person),
            )

    def partners_met_between(self, start: date, end: date) -> list[int]:
        """Partners (not in the Trash) with a live meeting on a local day in [start, end],
        in the order of their first meeting in that span; for the weekly batch of briefs."""
        # Local midnights in UTC as bounds, so the local day decides, whatever the offset.
        first_start = func.min(MeetingRow.starts_at)
        with self._db.session() as session:
            rows = session.execute(
                select(MeetingRow.partner_id, first_start)
                .join(PartnerRow, PartnerRow.id == MeetingRow.partner_id)
                .where(
                    MeetingRow.deleted_at.is_(None),
                    PartnerRow.deleted_at.is_(None),
                    MeetingRow.starts_at >= local_start_utc(start),
                    MeetingRow.starts_at < local_start_utc(end + timedelta(days=1)),
                )
                .group_by(MeetingRow.partner_id)
                .order_by(first_start, MeetingRow.partner_id)
            ).all()
        return [partner_id for partner_id, _ in rows]


def _name_of(names: dict[int, str], person_id: int | None) -> str:
    return "" if person_id is None else names.get(person_id, "")


def _utc(value: object) -> datetime | None:
    """An aggregate's datetime as an aware UTC instant.

    `min`/`max` over a column lose its type in SQLAlchemy's eyes for `case`, and SQLite
    hands back text for them, so they are parsed here rather than by the column type.
    """
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
