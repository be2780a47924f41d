"""Meetings and their notes; the notes are saved on their own path for autosave."""

import dataclasses
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, select, update
from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.models import Meeting
from partnerdesk.domain.validation import clean_text
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import MeetingAttendeeRow, MeetingRow


class MeetingRepository(RecordRepository[Meeting, MeetingRow]):
    record_type = Meeting
    row_type = MeetingRow
    entity = Entity.MEETING
    label_field = "title"
    special_fields = frozenset({"attendee_ids"})

    # Built on first use: the statements behind `for_partner`.
    _by_partner: tuple[Select[Any], Select[Any]] | None = None

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
                raise NotFound(f"There is no meeting with id {meeting_id}.")
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
