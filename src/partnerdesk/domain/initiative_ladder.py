"""The initiative size ladder (pilot → program → strategic) and its "start small" rule.

Trust grows with each promise kept on time, so an initiative climbs one rung at a time,
and promoting one whose commitments were kept on time fewer than `KEPT_ON_TIME_TO_PROMOTE`
times asks the user first and shows the record. The record is the track record
(`domain.track_record`) of the commitments whose `initiative_id` is the initiative, both
sides together: an initiative is joint work, and a promise either side broke counts.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from partnerdesk.domain.enums import InitiativeSize
from partnerdesk.domain.models import Commitment
from partnerdesk.domain.track_record import Tally, track_record

LADDER = (InitiativeSize.PILOT, InitiativeSize.PROGRAM, InitiativeSize.STRATEGIC)
KEPT_ON_TIME_TO_PROMOTE = 3


def next_size(size: InitiativeSize) -> InitiativeSize | None:
    """The rung above `size`, or None at the top."""
    position = LADDER.index(size)
    return LADDER[position + 1] if position + 1 < len(LADDER) else None


@dataclass(frozen=True)
class PromotionCheck:
    """What promoting an initiative would do, and whether the record says to wait."""

    current: InitiativeSize
    proposed: InitiativeSize | None
    record: Tally

    @property
    def possible(self) -> bool:
        return self.proposed is not None

    @property
    def needs_confirmation(self) -> bool:
        """True while fewer than three of its commitments were kept on time."""
        return self.possible and self.record.kept < KEPT_ON_TIME_TO_PROMOTE


def promotion_check(
    size: InitiativeSize, commitments: Iterable[Commitment], today: date
) -> PromotionCheck:
    """The check for promoting an initiative of `size` whose commitments are `commitments`."""
    record = track_record(commitments, today)
    return PromotionCheck(size, next_size(size), record.ours + record.theirs)
