"""Contacts from a file into the notebook in one transaction: matched, planned, bulk-written.

Reads what matching needs in three queries (live partners' names; live people's uuid,
e-mail, name and partner; the matched people in full), plans with the pure rules of
`domain.contact_import`, then writes with executemany inserts and one executemany update,
so 10,000 rows take a fraction of a second. A dry run plans the same way and writes nothing.
"""

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.contact_import import (
    ContactPlan,
    ContactsOutcome,
    ImportContact,
    KnownPerson,
    PartnerRef,
    PeopleIndex,
    folded,
    outcome_notes,
    person_changes,
    plan_contacts,
)
from partnerdesk.domain.interchange import Progress, no_progress
from partnerdesk.domain.models import Person
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import Base, PartnerRow, PersonRow, new_uuid
from partnerdesk.store.search_schema import indexing_deferred

# Rows per executemany and per IN (...) list: well under SQLite's limit of bound variables.
CHUNK = 500
UPDATED_COLUMNS = ("title", "email", "phone", "role", "notes")


class ContactsImport:
    """Creates and updates partners and people from contact rows; all or nothing."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._db = context.database

    def run(
        self,
        contacts: Sequence[ImportContact],
        *,
        dry_run: bool,
        progress: Progress = no_progress,
        before_commit: Callable[[], object] | None = None,
    ) -> ContactsOutcome:
        """Plans the import and, unless `dry_run`, carries it out in one transaction.

        `progress` may raise (to cancel): the transaction is then rolled back whole. So may
        `before_commit`, called once everything is written and before it is committed.
        """
        with self._db.session() as session:
            plan = plan_contacts(
                contacts, _partner_keys(session), PeopleIndex(_known_people(session)), progress
            )
            updates = _person_updates(session, plan)
            if not dry_run:
                # An executemany is a statement per row, each leaving FTS5 a tiny segment.
                with indexing_deferred(session.connection()):
                    _write(session, plan, updates, progress)
                if before_commit is not None:
                    before_commit()
        unchanged = len(plan.matches) - len(updates)
        outcome = ContactsOutcome(
            partners_created=len(plan.new_partners),
            partners_matched=len(plan.partners_matched),
            partners_skipped=plan.skipped_partners,
            people_created=len(plan.new_people),
            people_updated=len(updates),
            people_skipped=plan.skipped_people + unchanged,
            notes=outcome_notes(plan, unchanged),
        )
        if not dry_run and (plan.new_partners or plan.new_people or updates):
            self._context.notify(Change(Entity.NOTEBOOK, Action.UPDATED))
        return outcome


def _partner_keys(session: Session) -> dict[str, int]:
    """Folded name -> id of every live partner; of two with the same name, the oldest."""
    keys: dict[str, int] = {}
    rows = session.execute(
        select(PartnerRow.id, PartnerRow.name)
        .where(PartnerRow.deleted_at.is_(None))
        .order_by(PartnerRow.id)
    )
    for partner_id, name in rows:
        keys.setdefault(folded(name), partner_id)
    return keys


def _known_people(session: Session) -> Iterator[KnownPerson]:
    """Live people, leaving out those whose partner is in the Trash."""
    rows = session.execute(
        select(
            PersonRow.id,
            PersonRow.uuid,
            PersonRow.full_name,
            PersonRow.email,
            PersonRow.partner_id,
        )
        .outerjoin(PartnerRow, PartnerRow.id == PersonRow.partner_id)
        .where(
            PersonRow.deleted_at.is_(None),
            PartnerRow.deleted_at.is_(None),
        )
        .order_by(PersonRow.id)
    )
    for person_id, uuid, full_name, email, partner_id in rows:
        yield KnownPerson(person_id, uuid, full_name, email, partner_id)


def _person_updates(session: Session, plan: ContactPlan) -> list[dict[str, Any]]:
    """One parameter set per matched person the file changes (all columns, for executemany)."""
    updates: list[dict[str, Any]] = []
    ids = sorted(plan.matches)
    now = datetime.now(UTC)
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(
                PersonRow.id,
                PersonRow.full_name,
                PersonRow.title,
                PersonRow.email,
                PersonRow.phone,
                PersonRow.partner_id,
                PersonRow.role,
                PersonRow.notes,
            ).where(PersonRow.id.in_(ids[start : start + CHUNK]))
        )
        for person_id, full_name, title, email, phone, partner_id, role, notes in rows:
            stored = Person(
                id=person_id,
                full_name=full_name,
                title=title,
                email=email,
                phone=phone,
                partner_id=partner_id,
                role=role,
                notes=notes,
            )
            changes = person_changes(stored, plan.matches[person_id])
            if changes:
                values = {column: getattr(stored, column) for column in UPDATED_COLUMNS}
                values.update(changes)
                updates.append({"person_id": person_id, "updated_at": now, **values})
    return updates


def _write(
    session: Session,
    plan: ContactPlan,
    updates: list[dict[str, Any]],
    progress: Progress,
) -> None:
    now = datetime.now(UTC)
    total = len(plan.new_partners) + len(plan.new_people) + len(updates)
    done = 0
    partner_ids: dict[str, int] = {}
    partners = Base.metadata.tables["partners"]
    for start in range(0, len(plan.new_partners), CHUNK):
        chunk = plan.new_partners[start : start + CHUNK]
        rows = [
            {
                "uuid": new_uuid(),
                "created_at": now,
                "updated_at": now,
                "name": partner.name,
                "kind": partner.kind,
                "stage": partner.stage,
                "sector": partner.sector,
                "website": partner.website,
                "address": partner.address,
                "city": partner.city,
                "country": partner.country,
                "summary": "",
                "offer_text": "",
            }
            for partner in chunk
        ]
        ids = session.scalars(
            insert(partners).returning(partners.c.id, sort_by_parameter_order=True), rows
        ).all()
        partner_ids.update(zip((partner.key for partner in chunk), ids, strict=True))
        done += len(chunk)
        progress(done, total)
    people = Base.metadata.tables["people"]
    for start in range(0, len(plan.new_people), CHUNK):
        chunk_people = plan.new_people[start : start + CHUNK]
        session.execute(
            insert(people),
            [
                {
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                    "full_name": new.contact.full_name,
                    "title": new.contact.title,
                    "email": new.contact.email,
                    "phone": new.contact.phone,
                    "partner_id": _partner_id(new.partner, partner_ids),
                    "role": new.contact.role,
                    "notes": new.contact.notes,
                }
                for new in chunk_people
            ],
        )
        done += len(chunk_people)
        progress(done, total)
    if updates:
        statement = update(people).where(people.c.id == bindparam("person_id"))
        for start in range(0, len(updates), CHUNK):
            session.execute(statement, updates[start : start + CHUNK])
            done += len(updates[start : start + CHUNK])
            progress(done, total)


def _partner_id(partner: PartnerRef, new_ids: dict[str, int]) -> int | None:
    if isinstance(partner, str):
        return new_ids[partner]
    return partner
