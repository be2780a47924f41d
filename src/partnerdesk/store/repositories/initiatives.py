"""Initiatives with a partner: their members on both sides and who is paired with whom.

Every write is checked against the people it names, inside its transaction: the partner
must exist, each member must be one of ours (side "ours") or one of this partner's people
(side "theirs"), and the pairings must keep the rules of `domain.pairings`. A refused
write raises a ValidationError and stores nothing.
"""

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Action, Entity
from partnerdesk.domain.enum_words import enum_phrase
from partnerdesk.domain.enums import Side
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.initiative_ladder import PromotionCheck, next_size, promotion_check
from partnerdesk.domain.models import Commitment, Initiative, InitiativeMember, Pairing
from partnerdesk.domain.pairings import InitiativeRole, check_pairings
from partnerdesk.domain.text import QT_TRANSLATE_NOOP, Phrase
from partnerdesk.domain.validation import check_storable, clean_name
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import (
    CommitmentRow,
    InitiativeMemberRow,
    InitiativeRow,
    PairingRow,
    PartnerRow,
    PersonRow,
)

ROLE_LENGTH = 120


class InitiativeRepository(RecordRepository[Initiative, InitiativeRow]):
    record_type = Initiative
    row_type = InitiativeRow
    entity = Entity.INITIATIVE
    special_fields = frozenset({"members", "pairings"})

    def _validate(self, record: Initiative) -> Initiative:
        if not record.partner_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An initiative needs a partner."), field="partner"
            )
        members: dict[int, InitiativeMember] = {}
        for member in record.members:
            role = " ".join(member.role.split())
            if len(role) > ROLE_LENGTH:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A role is too long ({length} characters; at most {limit})."
                    ),
                    field="role",
                    length=len(role),
                    limit=ROLE_LENGTH,
                )
            members[member.person_id] = dataclasses.replace(
                member, role=check_storable(role, "role")
            )
        return dataclasses.replace(
            record,
            name=clean_name(record.name, "initiative name"),
            members=tuple(members.values()),
        )

    def _read_special(self, row: Any) -> dict[str, Any]:
        return {
            "members": tuple(
                InitiativeMember(person_id=m.person_id, side=m.side, role=m.role)
                for m in sorted(row.members, key=lambda m: m.person_id)
            ),
            "pairings": tuple(
                Pairing(our_person_id=p.our_person_id, their_person_id=p.their_person_id)
                for p in sorted(row.pairings, key=lambda p: (p.our_person_id, p.their_person_id))
            ),
        }

    def _write_special(self, session: Session, row: Any, record: Initiative) -> None:
        self._check_people(session, record)
        row.members = [
            InitiativeMemberRow(person_id=m.person_id, side=m.side, role=m.role)
            for m in record.members
        ]
        row.pairings = [
            PairingRow(our_person_id=p.our_person_id, their_person_id=p.their_person_id)
            for p in record.pairings
        ]

    def _check_people(self, session: Session, record: Initiative) -> None:
        """Refuses a missing partner, members on the wrong side, and pairings that break
        the rules; all read in the writing transaction."""
        partner = session.get(PartnerRow, record.partner_id)
        if partner is None or partner.deleted_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An initiative needs a partner."), field="partner"
            )
        ids = {m.person_id for m in record.members}
        ids.update(p.our_person_id for p in record.pairings)
        ids.update(p.their_person_id for p in record.pairings)
        people = {
            person_id: (partner_id, name)
            for person_id, partner_id, name in session.execute(
                select(PersonRow.id, PersonRow.partner_id, PersonRow.full_name).where(
                    PersonRow.id.in_(ids)
                )
            )
        }
        names = {person_id: name for person_id, (_partner, name) in people.items()}
        for member in record.members:
            if member.person_id not in people:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "There is no {what} with id {id}."),
                    field="members",
                    what=Phrase("Entity", "person"),
                    id=member.person_id,
                )
            partner_id, name = people[member.person_id]
            if partner_id is None and member.side is not Side.OURS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is one of our people."),
                    field="members",
                    name=name,
                )
            if partner_id is not None and member.side is not Side.THEIRS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is not one of our people."),
                    field="members",
                    name=name,
                )
            if partner_id is not None and partner_id != record.partner_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} works for another partner, not the one of this initiative.",
                    ),
                    field="members",
                    name=name,
                )
        check_pairings(record.members, record.pairings, names)

    # -- reading ---------------------------------------------------------------------------

    def for_partner(self, partner_id: int) -> list[Initiative]:
        with self._db.session() as session:
            rows = session.scalars(
                self._live()
                .where(InitiativeRow.partner_id == partner_id)
                .order_by(InitiativeRow.id)
            ).all()
            return self._rows_to_records(rows)

    def roles_of(self, person_ids: Iterable[int]) -> dict[int, list[InitiativeRole]]:
        """The live initiatives each person is a member of, with their role, by name."""
        ids = list(person_ids)
        result: dict[int, list[InitiativeRole]] = {}
        with self._db.session() as session:
            rows = session.execute(
                select(
                    InitiativeMemberRow.person_id,
                    InitiativeRow.id,
                    InitiativeRow.name,
                    InitiativeMemberRow.role,
                )
                .join(InitiativeRow, InitiativeRow.id == InitiativeMemberRow.initiative_id)
                .where(
                    InitiativeMemberRow.person_id.in_(ids),
                    InitiativeRow.deleted_at.is_(None),
                )
                .order_by(InitiativeRow.name, InitiativeRow.id)
            )
            for person_id, initiative_id, name, role in rows:
                result.setdefault(person_id, []).append(
                    InitiativeRole(initiative_id=initiative_id, initiative_name=name, role=role)
                )
        return result

    def promotion_check(self, initiative_id: int) -> PromotionCheck:
        """Whether the initiative can climb a rung, and the on-time record of its commitments."""
        with self._db.session() as session:
            row = self._live_row(session, initiative_id)
            commitments = [
                Commitment(
                    partner_id=partner_id,
                    direction=direction,
                    description="",
                    due_on=due_on,
                    status=status,
                    done_on=done_on,
                )
                for partner_id, direction, due_on, status, done_on in session.execute(
                    select(
                        CommitmentRow.partner_id,
                        CommitmentRow.direction,
                        CommitmentRow.due_on,
                        CommitmentRow.status,
                        CommitmentRow.done_on,
                    ).where(
                        CommitmentRow.initiative_id == initiative_id,
                        CommitmentRow.deleted_at.is_(None),
                    )
                )
            ]
            return promotion_check(row.size, commitments, self._context.today())

    # -- the ladder and the pairing map's verbs ------------------------------------------------

    def promote(self, initiative_id: int) -> Initiative:
        """Moves the initiative one rung up the ladder (the UI asks first; see the ladder)."""

        def climb(initiative: Initiative) -> Initiative:
            proposed = next_size(initiative.size)
            if proposed is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is already {size}: the top of the ladder."),
                    name=initiative.name,
                    size=enum_phrase(initiative.size),
                )
            return dataclasses.replace(initiative, size=proposed)

        return self._change(initiative_id, climb)

    def pair(self, initiative_id: int, our_person_id: int, their_person_id: int) -> Initiative:
        """Pairs one of our people with one of theirs; refused if it breaks a pairing rule."""
        pairing = Pairing(our_person_id=our_person_id, their_person_id=their_person_id)
        return self._change(
            initiative_id,
            lambda i: dataclasses.replace(i, pairings=(*i.pairings, pairing)),
        )

    def unpair(self, initiative_id: int, our_person_id: int, their_person_id: int) -> Initiative:
        pairing = Pairing(our_person_id=our_person_id, their_person_id=their_person_id)

        def without(initiative: Initiative) -> Initiative:
            if pairing not in initiative.pairings:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "These two people are not paired on this initiative."
                    )
                )
            return dataclasses.replace(
                initiative, pairings=tuple(p for p in initiative.pairings if p != pairing)
            )

        return self._change(initiative_id, without)

    def set_role(self, initiative_id: int, person_id: int, role: str) -> Initiative:
        """Sets a member's role in this initiative (each initiative keeps its own)."""

        def with_role(initiative: Initiative) -> Initiative:
            if all(m.person_id != person_id for m in initiative.members):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "That person is not a member of this initiative.")
                )
            return dataclasses.replace(
                initiative,
                members=tuple(
                    dataclasses.replace(m, role=role) if m.person_id == person_id else m
                    for m in initiative.members
                ),
            )

        return self._change(initiative_id, with_role)

    def _change(self, initiative_id: int, change: Callable[[Initiative], Initiative]) -> Initiative:
        """Reads, changes, checks and writes one initiative in one transaction."""
        with self._db.session() as session:
            row = self._live_row(session, initiative_id)
            before = self._to_record(row)
            after = self._validate(change(before))
            self._write(session, row, after)
            session.flush()
            stored = self._to_record(row)
        self._report(Action.UPDATED, [before, stored])
        return stored
