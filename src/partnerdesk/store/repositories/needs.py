"""Needs and concerns a partner has told us about."""

import dataclasses

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import Need
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.domain.validation import clean_text
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import NeedRow


class NeedRepository(RecordRepository[Need, NeedRow]):
    record_type = Need
    row_type = NeedRow
    entity = Entity.NEED
    label_field = "description"

    def _validate(self, record: Need) -> Need:
        description = clean_text(record.description, "description").strip()
        if not description:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Describe the need."), field="description"
            )
        return dataclasses.replace(record, description=description)

    def for_partner(self, partner_id: int) -> list[Need]:
        with self._db.session() as session:
            rows = session.scalars(
                self._live().where(NeedRow.partner_id == partner_id).order_by(NeedRow.id)
            ).all()
            return self._rows_to_records(rows)
