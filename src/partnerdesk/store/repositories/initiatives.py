"""Initiatives with a partner: their members on both sides and who is paired with whom."""

import dataclasses
from typing import Any

from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.models import Initiative, InitiativeMember, Pairing
from partnerdesk.domain.validation import clean_name
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import InitiativeMemberRow, InitiativeRow, PairingRow


class InitiativeRepository(RecordRepository[Initiative, InitiativeRow]):
    record_type = Initiative
    row_type = InitiativeRow
    entity = Entity.INITIATIVE
    special_fields = frozenset({"members", "pairings"})

    def _validate(self, record: Initiative) -> Initiative:
        return dataclasses.replace(record, name=clean_name(record.name, "initiative name"))

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
        members = {member.person_id: member for member in record.members}
        row.members = [
            InitiativeMemberRow(person_id=m.person_id, side=m.side, role=m.role)
            for m in members.values()
        ]
        pairs = dict.fromkeys((p.our_person_id, p.their_person_id) for p in record.pairings)
        row.pairings = [
            PairingRow(our_person_id=ours, their_person_id=theirs) for ours, theirs in pairs
        ]

    def for_partner(self, partner_id: int) -> list[Initiative]:
        with self._db.session() as session:
            rows = session.scalars(
                self._live()
                .where(InitiativeRow.partner_id == partner_id)
                .order_by(InitiativeRow.id)
            ).all()
            return self._rows_to_records(rows)
