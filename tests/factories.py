"""Small builders of records that several test modules share."""

from datetime import date

from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Partner
from partnerdesk.store.store import Store


def add_promise(
    store: Store,
    partner: Partner,
    due_on: date,
    direction: Direction = Direction.OURS,
    description: str = "Send the draft agreement",
) -> Commitment:
    return store.commitments.add(
        Commitment(
            partner_id=partner.id, direction=direction, description=description, due_on=due_on
        )
    )
