"""What the workspace header says about a partner, read from the notebook in one go."""

from dataclasses import dataclass
from datetime import date, datetime

from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.models import Partner


@dataclass(frozen=True)
class PromiseOutcome:
    """The four facts of a commitment its side's on-time record is made of."""

    direction: Direction
    status: CommitmentStatus
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class PartnerHeaderFacts:
    """The partner, its owner's name, the last face-to-face meeting, and both sides'
    commitments (as `PromiseOutcome`s, for `track_record.record_with_trend`)."""

    partner: Partner
    owner_name: str
    last_in_person: datetime | None
    promises: tuple[PromiseOutcome, ...]
