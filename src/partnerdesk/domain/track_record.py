"""Kept-on-time arithmetic for the two-way commitment ledger.

A commitment counts towards the record once its outcome is known: it was done, or it is
still open past its due date (already late, so it can no longer be kept on time).
Dropped commitments and those without a due date are left out: nobody can be on time
for a date never agreed, and a promise both sides let go is not a broken one.
*Kept on time* means `done_on <= due_on`.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from partnerdesk.domain.enums import CommitmentEventKind, CommitmentStatus, Direction
from partnerdesk.domain.models import Commitment, CommitmentEvent
from partnerdesk.domain.text import Translate, untranslated


class Promise(Protocol):
    """What the record reads of a commitment: a `Commitment`, or just these four facts."""

    @property
    def direction(self) -> Direction: ...

    @property
    def status(self) -> CommitmentStatus: ...

    @property
    def due_on(self) -> date | None: ...

    @property
    def done_on(self) -> date | None: ...


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

    def summary(self, translate: Translate = untranslated) -> str:
        """One line for a header: "We kept 9 of 10 on time · They kept 4 of 6"."""
        return translate(
            "TrackRecord",
            "We kept {ours_kept} of {ours_counted} on time · They kept "
            "{theirs_kept} of {theirs_counted}",
        ).format(
            ours_kept=self.ours.kept,
            ours_counted=self.ours.counted,
            theirs_kept=self.theirs.kept,
            theirs_counted=self.theirs.counted,
        )


def outcome(commitment: Promise, today: date) -> bool | None:
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
    commitments: Iterable[Promise], today: date, since: date | None = None
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


@dataclass(frozen=True)
class RecordWithTrend:
    """All time, the last 12 months, and the 12 months before those, for the trend."""

    all_time: TrackRecord
    last_year: TrackRecord
    year_before: TrackRecord

    def trend(self, direction: Direction) -> int:
        """+1 better than the year before, -1 worse, 0 the same or not enough to say."""
        recent = _side(self.last_year, direction).rate
        earlier = _side(self.year_before, direction).rate
        if recent is None or earlier is None:
            return 0
        if abs(recent - earlier) < 0.05:
            return 0
        return 1 if recent > earlier else -1


def _side(record: TrackRecord, direction: Direction) -> Tally:
    return record.ours if direction is Direction.OURS else record.theirs


def year_ago(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def record_with_trend(commitments: Iterable[Promise], today: date) -> RecordWithTrend:
    items = list(commitments)
    one_year = year_ago(today)
    two_years = year_ago(one_year)
    before = [c for c in items if c.due_on is not None and two_years <= c.due_on < one_year]
    return RecordWithTrend(
        all_time=track_record(items, today),
        last_year=track_record(items, today, since=one_year),
        year_before=track_record(before, today),
    )


@dataclass(frozen=True)
class MonthRate:
    """Our promises due in one month: how many count and how many were kept on time."""

    month: date  # the first day of the month
    tally: Tally


def monthly_rates(
    commitments: Iterable[Commitment], today: date, months: int = 12
) -> list[MonthRate]:
    """On-time tallies by the month the promises were due, oldest first, ending this month."""
    firsts: list[date] = []
    first = today.replace(day=1)
    for _ in range(months):
        firsts.append(first)
        first = (first - timedelta(days=1)).replace(day=1)
    firsts.reverse()
    kept = dict.fromkeys(firsts, 0)
    counted = dict.fromkeys(firsts, 0)
    for commitment in commitments:
        if commitment.due_on is None:
            continue
        month = commitment.due_on.replace(day=1)
        if month not in counted:
            continue
        result = outcome(commitment, today)
        if result is None:
            continue
        counted[month] += 1
        kept[month] += int(result)
    return [MonthRate(month, Tally(kept[month], counted[month])) for month in firsts]


@dataclass(frozen=True)
class Slip:
    """How a commitment's due date moved: "due 3 March, moved twice, delivered 20 March"."""

    first_due: date | None
    moves: int
    delivered_on: date | None
    dropped_on: date | None


def slip_of(events: Iterable[CommitmentEvent]) -> Slip:
    first_due: date | None = None
    moves = 0
    delivered: date | None = None
    dropped: date | None = None
    for event in events:
        if event.kind is CommitmentEventKind.CREATED:
            first_due = event.due_on
        elif event.kind is CommitmentEventKind.RESCHEDULED:
            moves += 1
        elif event.kind is CommitmentEventKind.DONE:
            delivered, dropped = event.occurred_on, None
        elif event.kind is CommitmentEventKind.DROPPED:
            dropped, delivered = event.occurred_on, None
        elif event.kind is CommitmentEventKind.REOPENED:
            delivered = dropped = None
    return Slip(first_due, moves, delivered, dropped)
