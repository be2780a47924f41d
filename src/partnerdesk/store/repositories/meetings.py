"""Meetings and their notes; the notes are saved on their own path for autosave."""

import dataclasses
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select, type_coerce, update
from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.meeting_balance import (
    FACE_TO_FACE,
    NOT_MEETINGS,
    MeetingBalance,
    MeetingTally,
    balance_window,
    meeting_balance,
)
from partnerdesk.domain.models import Meeting
from partnerdesk.domain.text import QT_TRANSLATE_NOOP, Phrase
from partnerdesk.domain.validation import clean_text
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import MeetingAttendeeRow, MeetingRow
from partnerdesk.store.types import UTCDateTime


class MeetingRepository(RecordRepository[Meeting, MeetingRow]):
    record_type = Meeting
    row_type = MeetingRow
    entity = Entity.MEETING
    label_field = "title"
    special_fields = frozenset({"attendee_ids"})

    # Built on first use: the statements behind `for_partner`.
    _by_partner: tuple[Select[Any], Select[Any]] | None = None
    _balance: Select[Any] | None = None

    def _validate(self, record: Meeting) -> Meeting:
        if record.starts_at.tzinfo is None:
            raise ValueError("a meeting's start must be an aware datetime")
        return dataclasses.replace(
            record,
            title=record.title.strip(),
            notes=clean_text(record.notes, "notes"),
            attendee_ids=tuple(dict.fromkeys(record.attendee_ids)),
        )

    def _read_special(self, row: Any) -> dict[str, Any]:
        return {"attendee_ids": tuple(sorted(a.person_id for a in row.attendees))}

    def _write_special(self, session: Session, row: Any, record: Meeting) -> None:
        row.attendees = [MeetingAttendeeRow(person_id=pid) for pid in record.attendee_ids]

    def for_partner(self, partner_id: int) -> list[Meeting]:
        """A partner's meetings, newest first.

        Two plain statements (the meetings, then all their attendees), built once: the
        workspace reads this on each selection of a partner, and the ORM's bookkeeping
        would cost more than the reading. The records are those `get` gives.
        """
        if self._by_partner is None:
            self._by_partner = _meetings_of_partner()
        meetings, attendees = self._by_partner
        parameters = {"partner_id": partner_id}
        with self._db.session() as session:
            connection = session.connection()
            rows = connection.execute(meetings, parameters).all()
            people: dict[int, list[int]] = {}
            if rows:
                for meeting_id, person_id in connection.execute(attendees, parameters):
                    people.setdefault(meeting_id, []).append(person_id)
        return [
            Meeting(**row._mapping, attendee_ids=tuple(sorted(people.get(row.id, ()))))
            for row in rows
        ]

    def headings(self, meeting_ids: Iterable[int]) -> dict[int, tuple[datetime, str]]:
        """When each meeting began and its title, without the notes: for labels and lists."""
        ids = sorted(set(meeting_ids))
        with self._db.session() as session:
            rows = session.execute(
                select(MeetingRow.id, MeetingRow.starts_at, MeetingRow.title).where(
                    MeetingRow.id.in_(ids)
                )
            ).all()
        return {meeting_id: (starts_at, title) for meeting_id, starts_at, title in rows}

    def last_held(
        self, partner_id: int, before: datetime, mode: MeetingMode | None = None
    ) -> datetime | None:
        """When the partner's latest meeting (of `mode`, if given) before `before` began."""
        with self._db.session() as session:
            query = select(func.max(MeetingRow.starts_at)).where(
                MeetingRow.partner_id == partner_id,
                MeetingRow.deleted_at.is_(None),
                MeetingRow.starts_at < before,
            )
            if mode is not None:
                query = query.where(MeetingRow.mode == mode)
            latest: datetime | None = session.scalar(query)
            return latest

    def balance(self, partner_id: int) -> MeetingBalance:
        """The partner's meeting balance today: one aggregate query over its meetings.

        Reads the partner's meetings through the meetings(partner_id, starts_at) index.
        The statement is built once: the header asks on each selection of a partner.
        """
        today = self._context.today()
        start, until = balance_window(today)
        if self._balance is None:
            self._balance = _balance_statement()
        parameters = {"partner_id": partner_id, "start": start, "until": until}
        with self._db.session() as session:
            row = session.connection().execute(self._balance, parameters).one()
        meetings, in_person_count, at_premises, last = row
        tally = MeetingTally(
            meetings=int(meetings),
            in_person=int(in_person_count),
            at_their_premises=int(at_premises),
            last_in_person=last,
        )
        return meeting_balance(tally, today)

    def save_notes(self, meeting_id: int, notes: str) -> datetime:
        """Writes only the notes of a meeting and returns when; the autosave path.

        Returns after the commit, so a caller may then say "Saved".
        """
        notes = clean_text(notes, "notes")
        now = datetime.now(UTC)
        with self._db.session() as session:
            result = session.execute(
                update(MeetingRow)
                .where(MeetingRow.id == meeting_id, MeetingRow.deleted_at.is_(None))
                .values(notes=notes, updated_at=now)
                .returning(MeetingRow.partner_id)
            ).first()
            if result is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no {what} with id {id}."),
                    what=Phrase("Entity", "meeting"),
                    id=meeting_id,
                )
            partner_id = result[0]
        self._context.notify(
            Change(
                Entity.MEETING,
                Action.UPDATED,
                frozenset({meeting_id}),
                frozenset({partner_id}),
            )
        )
        return now


def _meetings_of_partner() -> tuple[Select[Any], Select[Any]]:
    """A partner's live meetings (every column a Meeting has, newest first) and the
    attendees of those meetings, both for `:partner_id`."""
    columns = [
        getattr(MeetingRow, field.name)
        for field in dataclasses.fields(Meeting)
        if field.name != "attendee_ids"
    ]
    live = (MeetingRow.partner_id == bindparam("partner_id"), MeetingRow.deleted_at.is_(None))
    meetings = (
        select(*columns).where(*live).order_by(MeetingRow.starts_at.desc(), MeetingRow.id.desc())
    )
    pairs: list[Any] = [MeetingAttendeeRow.meeting_id, MeetingAttendeeRow.person_id]
    attendees = (
        select(*pairs).join(MeetingRow, MeetingRow.id == MeetingAttendeeRow.meeting_id).where(*live)
    )
    return meetings, attendees


def _balance_statement() -> Select[Any]:
    """The tally behind a meeting balance, for `:partner_id` between `:start` and `:until`.

    Core columns, so that it compiles (once, then from the cache) without the ORM.
    """
    meeting = MeetingRow.__table__.c
    recent = (meeting.starts_at >= bindparam("start", type_=UTCDateTime())) & meeting.mode.not_in(
        sorted(NOT_MEETINGS)
    )
    in_person = meeting.mode == FACE_TO_FACE

    def count(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    return select(
        count(recent),
        count(recent & in_person),
        count(recent & meeting.at_partner_premises.is_(True)),
        type_coerce(func.max(case((in_person, meeting.starts_at))), UTCDateTime()),
    ).where(
        meeting.partner_id == bindparam("partner_id"),
        meeting.deleted_at.is_(None),
        meeting.starts_at < bindparam("until", type_=UTCDateTime()),
    )
