from datetime import date

import pytest

from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.models import Commitment
from partnerdesk.domain.track_record import Tally, is_overdue, outcome, track_record

TODAY = date(2026, 6, 15)


def promise(
    direction: Direction = Direction.OURS,
    due: date | None = date(2026, 6, 1),
    status: CommitmentStatus = CommitmentStatus.DONE,
    done: date | None = None,
) -> Commitment:
    return Commitment(
        partner_id=1,
        direction=direction,
        description="x",
        due_on=due,
        status=status,
        done_on=done,
    )


@pytest.mark.parametrize(
    ("commitment", "expected"),
    [
        (promise(done=date(2026, 5, 30)), True),
        (promise(done=date(2026, 6, 1)), True),  # on the day is on time
        (promise(done=date(2026, 6, 2)), False),
        (promise(status=CommitmentStatus.OPEN), False),  # open and past due: missed
        (promise(status=CommitmentStatus.OPEN, due=date(2026, 6, 20)), None),
        (promise(status=CommitmentStatus.OPEN, due=TODAY), None),  # due today: not late yet
        (promise(status=CommitmentStatus.DROPPED), None),
        (promise(due=None, done=date(2026, 1, 1)), None),
        (promise(done=None), None),
    ],
)
def test_outcome_of_one_commitment(commitment: Commitment, expected: bool | None) -> None:
    assert outcome(commitment, TODAY) is expected


def test_track_record_counts_each_side_apart() -> None:
    commitments = [
        *[promise(done=date(2026, 5, 1)) for _ in range(9)],
        promise(done=date(2026, 6, 9)),
        *[promise(Direction.THEIRS, done=date(2026, 5, 1)) for _ in range(4)],
        promise(Direction.THEIRS, status=CommitmentStatus.OPEN),
        promise(Direction.THEIRS, done=date(2026, 7, 1)),
        promise(Direction.THEIRS, status=CommitmentStatus.DROPPED),
    ]
    record = track_record(commitments, TODAY)
    assert record.ours == Tally(9, 10)
    assert record.theirs == Tally(4, 6)
    assert record.summary() == "We kept 9 of 10 on time · They kept 4 of 6"


def test_track_record_since_a_date_keeps_only_recent_due_dates() -> None:
    old = promise(due=date(2024, 1, 1), done=date(2024, 3, 1))
    recent = promise(due=date(2026, 1, 1), done=date(2025, 12, 1))
    record = track_record([old, recent], TODAY, since=date(2025, 6, 15))
    assert record.ours == Tally(1, 1)


def test_rate_is_none_when_nothing_counts() -> None:
    assert Tally().rate is None
    assert Tally(3, 4).rate == pytest.approx(0.75)
    assert Tally(1, 2) + Tally(2, 2) == Tally(3, 4)


def test_overdue_needs_an_open_commitment_past_its_date() -> None:
    assert is_overdue(promise(status=CommitmentStatus.OPEN), TODAY)
    assert not is_overdue(promise(status=CommitmentStatus.OPEN, due=TODAY), TODAY)
    assert not is_overdue(promise(done=date(2026, 7, 1)), TODAY)
    assert not is_overdue(promise(status=CommitmentStatus.OPEN, due=None), TODAY)


def test_trend_compares_the_last_twelve_months_with_the_twelve_before() -> None:
    from partnerdesk.domain.track_record import record_with_trend

    late = [promise(due=date(2025, 1, 1), done=date(2025, 2, 1)) for _ in range(4)]
    kept = [promise(due=date(2026, 1, 1), done=date(2025, 12, 1)) for _ in range(4)]
    records = record_with_trend([*late, *kept], TODAY)
    assert records.all_time.ours == Tally(4, 8)
    assert records.last_year.ours == Tally(4, 4)
    assert records.year_before.ours == Tally(0, 4)
    assert records.trend(Direction.OURS) == 1
    assert records.trend(Direction.THEIRS) == 0  # nothing to compare


def test_monthly_rates_bucket_by_due_month_and_end_this_month() -> None:
    from partnerdesk.domain.track_record import monthly_rates

    rates = monthly_rates(
        [
            promise(due=date(2026, 5, 10), done=date(2026, 5, 9)),
            promise(due=date(2026, 5, 20), done=date(2026, 5, 29)),
            promise(due=date(2026, 6, 1), status=CommitmentStatus.OPEN),
            promise(due=date(2024, 6, 1), done=date(2024, 6, 1)),  # too old to show
        ],
        TODAY,
        months=3,
    )
    assert [rate.month for rate in rates] == [date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)]
    assert [rate.tally for rate in rates] == [Tally(0, 0), Tally(1, 2), Tally(0, 1)]


def test_slip_tells_first_due_date_moves_and_delivery() -> None:
    from partnerdesk.domain.enums import CommitmentEventKind
    from partnerdesk.domain.models import CommitmentEvent
    from partnerdesk.domain.track_record import slip_of

    def event(kind: CommitmentEventKind, on: date, due: date) -> CommitmentEvent:
        return CommitmentEvent(commitment_id=1, kind=kind, occurred_on=on, due_on=due)

    slip = slip_of(
        [
            event(CommitmentEventKind.CREATED, date(2026, 2, 1), date(2026, 3, 3)),
            event(CommitmentEventKind.RESCHEDULED, date(2026, 3, 2), date(2026, 3, 10)),
            event(CommitmentEventKind.RESCHEDULED, date(2026, 3, 9), date(2026, 3, 17)),
            event(CommitmentEventKind.DONE, date(2026, 3, 20), date(2026, 3, 17)),
        ]
    )
    assert (slip.first_due, slip.moves, slip.delivered_on) == (
        date(2026, 3, 3),
        2,
        date(2026, 3, 20),
    )
