"""People on both sides: theirs belong to a partner, ours to no partner."""

import dataclasses

from sqlalchemy import select

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.models import Person
from partnerdesk.domain.validation import clean_name, clean_text, is_storable
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import PersonRow


class PersonRepository(RecordRepository[Person, PersonRow]):
    record_type = Person
    row_type = PersonRow
    entity = Entity.PERSON
    label_field = "full_name"

    def _validate(self, record: Person) -> Person:
        return dataclasses.replace(
            record,
            full_name=clean_name(record.full_name, "name"),
            email=record.email.strip(),
            notes=clean_text(record.notes, "notes"),
        )

    def for_partner(self, partner_id: int) -> list[Person]:
        with self._db.session() as session:
            rows = session.scalars(
                self._live().where(PersonRow.partner_id == partner_id).order_by(PersonRow.full_name)
            ).all()
            return self._rows_to_records(rows)

    def ours(self) -> list[Person]:
        """Our own people: deans, HR, career services, the president's office."""
        with self._db.session() as session:
            rows = session.scalars(
                self._live().where(PersonRow.partner_id.is_(None)).order_by(PersonRow.full_name)
            ).all()
            return self._rows_to_records(rows)

    def by_email(self, email: str) -> list[Person]:
        if not is_storable(email):
            return []  # nobody can have an address the notebook could not hold
        with self._db.session() as session:
            rows = session.scalars(
                self._live().where(PersonRow.email == email.strip()).order_by(PersonRow.id)
            ).all()
            return self._rows_to_records(rows)

    def names(self, partner_id: int | None = None) -> dict[int, str]:
        """Id to name of our people (or a partner's), by name: for pick lists and labels
        that must not load whole records."""
        side = (
            PersonRow.partner_id.is_(None)
            if partner_id is None
            else PersonRow.partner_id == partner_id
        )
        with self._db.session() as session:
            rows = session.execute(
                select(PersonRow.id, PersonRow.full_name)
                .where(side, PersonRow.deleted_at.is_(None))
                .order_by(PersonRow.full_name, PersonRow.id)
            ).all()
            return dict(rows)
