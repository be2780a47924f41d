"""What our side can offer partners."""

import dataclasses
from typing import Any

from sqlalchemy.orm import Session

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import NeedCategory
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import Offer
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.domain.validation import clean_name, clean_text
from partnerdesk.store.repositories.base import RecordRepository
from partnerdesk.store.schema import OfferRow


class OfferRepository(RecordRepository[Offer, OfferRow]):
    record_type = Offer
    row_type = OfferRow
    entity = Entity.OFFER
    special_fields = frozenset({"categories"})

    def _validate(self, record: Offer) -> Offer:
        if record.capacity is not None and record.capacity < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The capacity cannot be negative: give how many places, 0 when full, "
                    "or leave it empty.",
                ),
                field="capacity",
            )
        return dataclasses.replace(
            record,
            name=clean_name(record.name, "offer name"),
            description=clean_text(record.description, "description"),
            skills=clean_text(record.skills, "skills").strip(),
            season=" ".join(clean_text(record.season, "season").split()),
            categories=tuple(dict.fromkeys(record.categories)),
        )

    def _read_special(self, row: Any) -> dict[str, Any]:
        return {"categories": tuple(NeedCategory(value) for value in row.categories or [])}

    def _write_special(self, session: Session, row: Any, record: Offer) -> None:
        row.categories = [category.value for category in record.categories]

    def all(self) -> list[Offer]:
        with self._db.session() as session:
            rows = session.scalars(self._live().order_by(OfferRow.name)).all()
            return self._rows_to_records(rows)
