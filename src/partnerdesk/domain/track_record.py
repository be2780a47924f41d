"""Kept-on-time arithmetic for the two-way commitment ledger.

A commitment counts towards the record once its outcome is known: it was done, or it is
still open past its due date (already late, so it can no longer be kept on time).
Dropped commitments and those without a due date are left out: nobody can be on time
for a date never agreed, and a promise both sides let go is not a broken one.
*Kept on time* means `done_on <= due_on`.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.models import Commitment


@dataclass(frozen=True)
class Tally:
    """Of `counted` commitments with a known outcome, `kept` were done on time."""

    kept: int = 0
    counted: int = 0

    @property
    def rate(self) -> float | None:
        """Share kept on time, or None when nothing counts yet."""
        return self.kept / self.counted if self.counted else None

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.kept + other.kept, self.counted + other.counted)


@dataclass(frozen=True)
class TrackRecord:
    ours: Tally = Tally()
    theirs: Tally = Tally()

    def summary(self) -> str:
        """One line for a header: "We kept 9 of 10 on time · They kept 4 of 6"."""
        return (
            f"We kept {self.ours.kept} of {self.ours.counted} on time"
            f" · They kept {self.theirs.kept} of {self.theirs.counted}"
        )


def outcome(commitment: Commitment, today: date) -> bool | None:
    """True if kept on time, False if missed or late, None if it does not count (yet)."""
    if commitment.due_on is None or commitment.status is CommitmentStatus.DROPPED:
        return None
    if commitment.status is CommitmentStatus.DONE:
        if commitment.done_on is None:
            return None
        return commitment.done_on <= commitment.due_on
    if commitment.due_on < today:
        return False
    return None


def track_record(
    commitments: Iterable[Commitment], today: date, since: date | None = None
) -> TrackRecord:
    """The record of both sides, from commitments due on or after `since` when given."""
    kept = {Direction.OURS: 0, Direction.THEIRS: 0}
    counted = {Direction.OURS: 0, Direction.THEIRS: 0}
    for commitment in commitments:
        if since is not None and (commitment.due_on is None or commitment.due_on < since):
            continue
        result = outcome(commitment, today)
        if result is None:
            continue
        counted[commitment.direction] += 1
        if result:
            kept[commitment.direction] += 1
    return TrackRecord(
        ours=Tally(kept[Direction.OURS], counted[Direction.OURS]),
        theirs=Tally(kept[Direction.THEIRS], counted[Direction.THEIRS]),
    )


def is_overdue(commitment: Commitment, today: date) -> bool:
    return (
        commitment.status is CommitmentStatus.OPEN
        and commitment.due_on is not None
        and commitment.due_on < today
    )
