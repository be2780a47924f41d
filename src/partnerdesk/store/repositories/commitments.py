"""The two-way commitment ledger: every change of a commitment is kept as a dated fact."""

import dataclasses
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import CommitmentEventKind, CommitmentStatus, Direction
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import Commitment, CommitmentEvent, OwnerLoad
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.domain.validation import clean_text
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import CommitmentEventRow, CommitmentRow, PartnerRow, PersonRow


def ledger_events(before: Commitment | None, after: Commitment) -> list[CommitmentEventKind]:
    """The facts a change from `before` to `after` adds to the ledger, in order."""
    if before is None:
        events = [CommitmentEventKind.CREATED]
        if after.status is CommitmentStatus.DONE:
            events.append(CommitmentEventKind.DONE)
        elif after.status is CommitmentStatus.DROPPED:
            events.append(CommitmentEventKind.DROPPED)
        return events
    events = []
    if before.due_on != after.due_on:
        events.append(CommitmentEventKind.RESCHEDULED)
    if before.status is not after.status:
        if after.status is CommitmentStatus.OPEN:
            events.append(CommitmentEventKind.REOPENED)
        elif after.status is CommitmentStatus.DONE:
            events.append(CommitmentEventKind.DONE)
        else:
            events.append(CommitmentEventKind.DROPPED)
    return events


class CommitmentRepository(RecordRepository[Commitment, CommitmentRow]):
    record_type = Commitment
    row_type = CommitmentRow
    entity = Entity.COMMITMENT
    label_field = "description"

    def _validate(self, record: Commitment) -> Commitment:
        description = clean_text(record.description, "description").strip()
        if not description:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Say what was promised."), field="description"
            )
        done_on = record.done_on
        if record.status is CommitmentStatus.DONE and done_on is None:
            done_on = self._context.today()
        if record.status is not CommitmentStatus.DONE:
            done_on = None
        return dataclasses.replace(record, description=description, done_on=done_on)

    def _after_add(self, session: Session, row: Any, record: Commitment) -> None:
        self._record_events(session, None, self._to_record(row))

    def _after_update(
        self, session: Session, row: Any, before: Commitment, after: Commitment
    ) -> None:
        self._record_events(session, before, self._to_record(row))

    def _record_events(
        self, session: Session, before: Commitment | None, after: Commitment
    ) -> None:
        today = self._context.today()
        for kind in ledger_events(before, after):
            occurred = (
                after.done_on if kind is CommitmentEventKind.DONE and after.done_on else today
            )
            session.add(
                CommitmentEventRow(
                    commitment_id=after.id, kind=kind, occurred_on=occurred, due_on=after.due_on
                )
            )

    # -- the ledger's verbs ----------------------------------------------------------------

    def mark_done(self, commitment_id: int, on: date | None = None) -> Commitment:
        current = self.get(commitment_id)
        return self.update(
            dataclasses.replace(
                current, status=CommitmentStatus.DONE, done_on=on or self._context.today()
            )
        )

    def drop(self, commitment_id: int) -> Commitment:
        current = self.get(commitment_id)
        return self.update(dataclasses.replace(current, status=CommitmentStatus.DROPPED))

    def reopen(self, commitment_id: int) -> Commitment:
        current = self.get(commitment_id)
        return self.update(dataclasses.replace(current, status=CommitmentStatus.OPEN))

    def reschedule(self, commitment_id: int, due_on: date) -> Commitment:
        current = self.get(commitment_id)
        return self.update(dataclasses.replace(current, due_on=due_on))

    def record_follow_up(self, commitment_id: int, on: date | None = None) -> Commitment:
        current = self.get(commitment_id)
        return self.update(
            dataclasses.replace(
                current,
                follow_up_count=current.follow_up_count + 1,
                last_follow_up_on=on or self._context.today(),
            )
        )

    # -- reading ---------------------------------------------------------------------------

    def for_partner(self, partner_id: int, direction: Direction | None = None) -> list[Commitment]:
        """A partner's commitments, by due date (undated last)."""
        with self._db.session() as session:
            query = self._live().where(CommitmentRow.partner_id == partner_id)
            if direction is not None:
                query = query.where(CommitmentRow.direction == direction)
            rows = session.scalars(
                query.order_by(
                    CommitmentRow.due_on.is_(None), CommitmentRow.due_on, CommitmentRow.id
                )
            ).all()
            return self._rows_to_records(rows)

    def history(self, commitment_id: int) -> list[CommitmentEvent]:
        """The facts of one commitment's life, in the order they were recorded."""
        return self.histories([commitment_id]).get(commitment_id, [])

    def histories(self, commitment_ids: Iterable[int]) -> dict[int, list[CommitmentEvent]]:
        """The facts of several commitments at once, by commitment id."""
        ids = list(commitment_ids)
        result: dict[int, list[CommitmentEvent]] = {}
        with self._db.session() as session:
            rows = session.scalars(
                select(CommitmentEventRow)
                .where(CommitmentEventRow.commitment_id.in_(ids))
                .order_by(CommitmentEventRow.id)
            ).all()
            for row in rows:
                result.setdefault(row.commitment_id, []).append(
                    CommitmentEvent(
                        id=row.id,
                        uuid=row.uuid,
                        created_at=row.created_at,
                        updated_at=row.updated_at,
                        commitment_id=row.commitment_id,
                        kind=row.kind,
                        occurred_on=row.occurred_on,
                        due_on=row.due_on,
                    )
                )
        return result

    def due_since(self, direction: Direction, since: date) -> list[Commitment]:
        """Every live commitment of one side due on or after `since`, for office-wide records."""
        with self._db.session() as session:
            rows = session.scalars(
                self._live()
                .join(PartnerRow, PartnerRow.id == CommitmentRow.partner_id)
                .where(
                    PartnerRow.deleted_at.is_(None),
                    CommitmentRow.direction == direction,
                    CommitmentRow.due_on >= since,
                )
            ).all()
            return self._rows_to_records(rows)

    def open_by_owner(self, direction: Direction) -> list[OwnerLoad]:
        """Open commitments of one side per owner, most overdue first."""
        today = self._context.today()
        overdue = func.sum(case((CommitmentRow.due_on < today, 1), else_=0))
        with self._db.session() as session:
            rows = session.execute(
                select(CommitmentRow.owner_id, func.count(), overdue)
                .join(PartnerRow, PartnerRow.id == CommitmentRow.partner_id)
                .where(
                    PartnerRow.deleted_at.is_(None),
                    CommitmentRow.deleted_at.is_(None),
                    CommitmentRow.direction == direction,
                    CommitmentRow.status == CommitmentStatus.OPEN,
                )
                .group_by(CommitmentRow.owner_id)
            ).all()
            names = dict(
                session.execute(
                    select(PersonRow.id, PersonRow.full_name).where(
                        PersonRow.id.in_([row[0] for row in rows if row[0] is not None])
                    )
                ).all()
            )
        loads = [
            OwnerLoad(
                owner_id=owner_id,
                owner_name=names.get(owner_id, "") if owner_id is not None else "",
                open=int(count),
                overdue=int(late or 0),
            )
            for owner_id, count, late in rows
        ]
        return sorted(loads, key=lambda load: (-load.overdue, -load.open, load.owner_name))
