"""Read-only: every live partner, person and commitment as flat lines, one query each.

Records in the Trash, or whose partner is, are left out. Owners and partners are joined by
primary key; tags come in one more query. Only the columns an export writes are read, as
plain rows: no ORM objects, and no timestamps for people and commitments (converting the
scale notebook's 350,000 of them took a second).
"""

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import aliased

from partnerdesk.domain.models import Commitment, Partner, Person
from partnerdesk.domain.table_export import CommitmentLine, PartnerLine, PersonLine
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import CommitmentRow, PartnerRow, PartnerTagRow, PersonRow, TagRow


class TableExportQueries:
    def __init__(self, context: Context) -> None:
        self._db = context.database

    def partners(self) -> list[PartnerLine]:
        """Live partners by name, with their owner's name and their tags."""
        owner = aliased(PersonRow)
        partner = PartnerRow.__table__.c
        query = (
            select(*partner, owner.full_name.label("owner_name"))
            .outerjoin(owner, (owner.id == partner.owner_id) & owner.deleted_at.is_(None))
            .where(partner.deleted_at.is_(None))
            .order_by(partner.name, partner.id)
        )
        tags_query = (
            select(PartnerTagRow.partner_id, TagRow.name)
            .join(TagRow, TagRow.id == PartnerTagRow.tag_id)
            .order_by(TagRow.name)
        )
        with self._db.session() as session:
            tags: dict[int, list[str]] = defaultdict(list)
            for partner_id, tag in session.execute(tags_query):
                tags[partner_id].append(tag)
            return [
                PartnerLine(
                    Partner(
                        id=row.id,
                        uuid=row.uuid,
                        created_at=row.created_at,
                        updated_at=row.updated_at,
                        name=row.name,
                        kind=row.kind,
                        stage=row.stage,
                        sector=row.sector,
                        website=row.website,
                        address=row.address,
                        city=row.city,
                        country=row.country,
                        summary=row.summary,
                        offer_text=row.offer_text,
                        owner_id=row.owner_id,
                        tags=tuple(tags.get(row.id, ())),
                    ),
                    row.owner_name or "",
                )
                for row in session.execute(query)
            ]

    def people(self) -> list[PersonLine]:
        """Live people: ours first (no partner), then each partner's, by partner and name."""
        person = PersonRow.__table__.c
        query = (
            select(
                person.id,
                person.uuid,
                person.full_name,
                person.title,
                person.email,
                person.phone,
                person.partner_id,
                person.role,
                person.notes,
                PartnerRow.name.label("partner_name"),
            )
            .outerjoin(PartnerRow, PartnerRow.id == person.partner_id)
            .where(person.deleted_at.is_(None), PartnerRow.deleted_at.is_(None))
            .order_by(PartnerRow.name.is_not(None), PartnerRow.name, person.full_name, person.id)
        )
        with self._db.session() as session:
            return [
                PersonLine(
                    Person(
                        id=row.id,
                        uuid=row.uuid,
                        full_name=row.full_name,
                        title=row.title,
                        email=row.email,
                        phone=row.phone,
                        partner_id=row.partner_id,
                        role=row.role,
                        notes=row.notes,
                    ),
                    row.partner_name or "",
                )
                for row in session.execute(query)
            ]

    def commitments(self) -> list[CommitmentLine]:
        """Live commitments of live partners, by partner, then due date (undated last)."""
        owner = aliased(PersonRow)
        commitment = CommitmentRow.__table__.c
        query = (
            select(
                commitment.id,
                commitment.uuid,
                commitment.partner_id,
                commitment.direction,
                commitment.description,
                commitment.due_on,
                commitment.status,
                commitment.done_on,
                commitment.owner_id,
                commitment.meeting_id,
                commitment.initiative_id,
                commitment.follow_up_count,
                commitment.last_follow_up_on,
                PartnerRow.name.label("partner_name"),
                owner.full_name.label("owner_name"),
            )
            .join(
                PartnerRow,
                (PartnerRow.id == commitment.partner_id) & PartnerRow.deleted_at.is_(None),
            )
            .outerjoin(owner, (owner.id == commitment.owner_id) & owner.deleted_at.is_(None))
            .where(commitment.deleted_at.is_(None))
            .order_by(
                PartnerRow.name,
                commitment.partner_id,
                commitment.due_on.is_(None),
                commitment.due_on,
                commitment.id,
            )
        )
        with self._db.session() as session:
            return [
                CommitmentLine(
                    Commitment(
                        id=row.id,
                        uuid=row.uuid,
                        partner_id=row.partner_id,
                        direction=row.direction,
                        description=row.description,
                        due_on=row.due_on,
                        status=row.status,
                        done_on=row.done_on,
                        owner_id=row.owner_id,
                        meeting_id=row.meeting_id,
                        initiative_id=row.initiative_id,
                        follow_up_count=row.follow_up_count,
                        last_follow_up_on=row.last_follow_up_on,
                    ),
                    row.partner_name,
                    row.owner_name or "",
                )
                for row in session.execute(query)
            ]
