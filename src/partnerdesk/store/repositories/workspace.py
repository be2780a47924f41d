"""Reads for the partner workspace, batched: what selecting a partner shows, in one go.

Selecting a partner must fill the workspace within a frame (DESIGN §6), so these read
with a few plain statements on the session's connection, built once, whatever the
partner's size: the ORM's bookkeeping would cost more than the reading. Indexes relied
on: the primary keys, ix_meetings_partner_starts (partner_id, starts_at, deleted_at),
ix_commitments_partner_due (partner_id, due_on) and the primary key of partner_tags
(partner_id, tag_id).
"""

import dataclasses
from collections.abc import Iterable
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import Select, bindparam, func, select

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.models import Partner
from partnerdesk.domain.partner_header import PartnerHeaderFacts, PromiseOutcome
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import (
    CommitmentRow,
    MeetingRow,
    PartnerRow,
    PartnerTagRow,
    PersonRow,
    TagRow,
)

# Every field of a Partner is a column of its row, but its tags.
PARTNER_FIELDS = tuple(field.name for field in dataclasses.fields(Partner) if field.name != "tags")


class WorkspaceQueries:
    """Read-only; each method is one read transaction."""

    def __init__(self, context: Context) -> None:
        self._db = context.database

    @cached_property
    def _statements(self) -> "_Statements":
        """Built on first use (the store opens without them), then reused."""
        return _Statements()

    def header(self, partner_id: int, before: datetime) -> PartnerHeaderFacts:
        """The header's facts; face-to-face meetings count if they began before `before`.

        The partner is the same record `store.partners.get` gives. Raises NotFound for a
        partner that is missing or in the Trash.
        """
        parameters = {"partner_id": partner_id, "before": before}
        with self._db.session() as session:
            connection = session.connection()
            statements = self._statements
            row = connection.execute(statements.header, parameters).one_or_none()
            if row is None:
                raise NotFound(f"There is no partner with id {partner_id}.")
            tags = tuple(sorted(connection.execute(statements.tags, parameters).scalars()))
            promises = tuple(
                PromiseOutcome(direction, status, due_on, done_on)
                for direction, status, due_on, done_on in connection.execute(
                    statements.promises, parameters
                )
            )
        values = row._mapping
        partner = Partner(**{name: values[name] for name in PARTNER_FIELDS}, tags=tags)
        return PartnerHeaderFacts(
            partner=partner,
            owner_name=values["owner_name"] or "",
            last_in_person=values["last_in_person"],
            promises=promises,
        )

    def attendees(self, person_ids: Iterable[int]) -> list[tuple[str, int | None]]:
        """Name and partner (None: one of ours) of each live person, by name."""
        ids = list(person_ids)
        if not ids:
            return []
        with self._db.session() as session:
            rows = session.connection().execute(self._statements.attendees, {"ids": ids}).all()
        return sorted(((name, partner) for name, partner in rows), key=lambda row: row[0])


class _Statements:
    """The statements of `WorkspaceQueries`, each built once."""

    def __init__(self) -> None:
        self.header = _header_statement()
        self.tags = (
            select(TagRow.name)
            .join(PartnerTagRow, PartnerTagRow.tag_id == TagRow.id)
            .where(PartnerTagRow.partner_id == bindparam("partner_id"))
        )
        self.attendees = select(PersonRow.full_name, PersonRow.partner_id).where(
            PersonRow.id.in_(bindparam("ids", expanding=True)), PersonRow.deleted_at.is_(None)
        )
        self.promises = select(
            CommitmentRow.direction,
            CommitmentRow.status,
            CommitmentRow.due_on,
            CommitmentRow.done_on,
        ).where(
            CommitmentRow.partner_id == bindparam("partner_id"),
            CommitmentRow.deleted_at.is_(None),
        )


def _header_statement() -> Select[Any]:
    """The partner's columns, its owner's name and its last face-to-face meeting, as one row
    (`:partner_id`, and `:before`, the instant face-to-face meetings must have begun by)."""
    owner_name = (
        select(PersonRow.full_name)
        .where(PersonRow.id == PartnerRow.owner_id, PersonRow.deleted_at.is_(None))
        .correlate(PartnerRow)
        .scalar_subquery()
    )
    last_in_person = (
        select(func.max(MeetingRow.starts_at))
        .where(
            MeetingRow.partner_id == PartnerRow.id,
            MeetingRow.deleted_at.is_(None),
            MeetingRow.starts_at < bindparam("before", type_=MeetingRow.starts_at.type),
            MeetingRow.mode == MeetingMode.IN_PERSON,
        )
        .correlate(PartnerRow)
        .scalar_subquery()
    )
    return select(
        *(getattr(PartnerRow, name) for name in PARTNER_FIELDS),
        owner_name.label("owner_name"),
        last_in_person.label("last_in_person"),
    ).where(PartnerRow.id == bindparam("partner_id"), PartnerRow.deleted_at.is_(None))
