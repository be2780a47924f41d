"""People on both sides: theirs belong to a partner, ours to no partner."""

import dataclasses
from collections.abc import Collection

from sqlalchemy import select

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.models import Person
from partnerdesk.domain.person_merge import MergeReceipt
from partnerdesk.domain.validation import clean_name, clean_text, is_storable
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.repositories.person_merge import (
    merge_people,
    partners_of,
    touched_by,
    unmerge_people,
)
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

    # -- merging duplicates ----------------------------------------------------------------

    def merge(
        self, keep_id: int, duplicate_id: int, from_duplicate: Collection[str] = ()
    ) -> MergeReceipt:
        """Merges the duplicate into the kept person, in one transaction.

        The fields named in `from_duplicate` (see `domain.person_merge.MERGEABLE_FIELDS`)
        take the duplicate's value; every link moves to the kept person (links it already
        has are not doubled) and the duplicate goes to the Trash. Refused with a
        ValidationError for a person and themself, people of different organizations, or
        a merge that would close a circle of pairings; then nothing is changed.
        """
        with self._db.session() as session:
            receipt = merge_people(
                session, keep_id, duplicate_id, from_duplicate, self._to_record, self._validate
            )
            partners = partners_of(session, touched_by(receipt))
        self._report_merge(receipt, partners, undone=False)
        return receipt

    def unmerge(self, receipt: MergeReceipt) -> Person:
        """Undoes a merge: restores the duplicate and the kept fields, moves the links back."""
        with self._db.session() as session:
            unmerge_people(session, receipt)
            partners = partners_of(session, touched_by(receipt))
            duplicate = self._to_record(session.get(PersonRow, receipt.duplicate_id))
        self._report_merge(receipt, partners, undone=True)
        return duplicate

    def _report_merge(
        self, receipt: MergeReceipt, partners: dict[str, frozenset[int]], *, undone: bool
    ) -> None:
        """One change per kind of record the merge touched, so every view refreshes."""
        touched = touched_by(receipt)
        own = frozenset(pid for pid in (receipt.kept_before.partner_id,) if pid is not None)
        notify = self._context.notify
        notify(Change(Entity.PERSON, Action.UPDATED, frozenset({receipt.kept_id}), own))
        notify(
            Change(
                Entity.PERSON,
                Action.RESTORED if undone else Action.DELETED,
                frozenset({receipt.duplicate_id}),
                own,
            )
        )
        for entity, ids, key in (
            (Entity.MEETING, touched.meetings, "meeting"),
            (Entity.COMMITMENT, touched.commitments, "commitment"),
            (Entity.INITIATIVE, touched.initiatives, "initiative"),
        ):
            if ids:
                notify(Change(entity, Action.UPDATED, frozenset(ids), partners[key]))
        if touched.partners:
            notify(
                Change(
                    Entity.PARTNER,
                    Action.UPDATED,
                    frozenset(touched.partners),
                    frozenset(touched.partners),
                )
            )
