"""Partners: the organizations we work with, with their tags."""

import dataclasses
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.errors import AmbiguousName, NotFound
from partnerdesk.domain.models import Partner
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.domain.validation import (
    MAX_NAME_LENGTH,
    clean_name,
    clean_text,
    is_storable,
)
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import PartnerRow, TagRow


class PartnerRepository(RecordRepository[Partner, PartnerRow]):
    record_type = Partner
    row_type = PartnerRow
    entity = Entity.PARTNER
    special_fields = frozenset({"tags"})

    def _validate(self, record: Partner) -> Partner:
        tags = tuple(dict.fromkeys(clean_name(tag, "tag") for tag in record.tags))
        return dataclasses.replace(
            record,
            name=clean_name(record.name, "partner name"),
            summary=clean_text(record.summary, "summary"),
            offer_text=clean_text(record.offer_text, "offer"),
            tags=tags,
        )

    def _read_special(self, row: Any) -> dict[str, Any]:
        return {"tags": tuple(sorted(tag.name for tag in row.tags))}

    def _write_special(self, session: Session, row: Any, record: Partner) -> None:
        wanted = set(record.tags)
        existing = {
            tag.name: tag for tag in session.scalars(select(TagRow).where(TagRow.name.in_(wanted)))
        }
        for name in wanted - existing.keys():
            tag = TagRow(name=name)
            session.add(tag)
            existing[name] = tag
        row.tags = [existing[name] for name in sorted(wanted)]

    def resolve(self, text: str) -> Partner:
        """The partner named by an id, an exact name, or a unique name prefix (any case)."""
        wanted = text.strip()
        if not is_storable(wanted) or len(wanted) > MAX_NAME_LENGTH:
            # No name can be that (and SQLite refuses LIKE patterns of over 50,000 bytes).
            raise NotFound(f'No partner is named "{wanted[:MAX_NAME_LENGTH]}".')
        with self._db.session() as session:
            live = select(PartnerRow).where(PartnerRow.deleted_at.is_(None))
            if wanted.isdigit():
                row = session.scalar(live.where(PartnerRow.id == int(wanted)))
                if row is not None:
                    return self._to_record(row)
            exact = session.scalars(
                live.where(func.lower(PartnerRow.name) == wanted.lower()).limit(2)
            ).all()
            if len(exact) == 1:
                return self._to_record(exact[0])
            pattern = wanted.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            matches = session.scalars(
                live.where(func.lower(PartnerRow.name).like(f"{pattern}%", escape="\\"))
                .order_by(PartnerRow.name)
                .limit(11)
            ).all()
        if not wanted or not matches:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", 'No partner is named "{name}".'), name=wanted
            )
        if len(matches) > 1 or len(exact) > 1:
            names = [row.name for row in (exact if len(exact) > 1 else matches)][:10]
            raise AmbiguousName(
                QT_TRANSLATE_NOOP("Errors", '"{name}" matches more than one partner: {matches}'),
                names,
                name=wanted,
                matches="; ".join(names),
            )
        return self._to_record(matches[0])

    def get_by_uuid(self, uuid: str) -> Partner:
        with self._db.session() as session:
            row = session.scalar(select(PartnerRow).where(PartnerRow.uuid == uuid))
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "There is no partner with uuid {uuid}."),
                    uuid=uuid,
                )
            return self._to_record(row)
