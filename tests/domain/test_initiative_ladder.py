"""The size ladder and its "start small" rule, as a table."""

from datetime import date, timedelta

import pytest

from partnerdesk.domain.enums import CommitmentStatus, Direction, InitiativeSize
from partnerdesk.domain.initiative_ladder import (
    KEPT_ON_TIME_TO_PROMOTE,
    next_size,
    promotion_check,
)
from partnerdesk.domain.models import Commitment
from partnerdesk.domain.track_record import Tally
from tests.conftest import TODAY

PILOT, PROGRAM, STRATEGIC = InitiativeSize.PILOT, InitiativeSize.PROGRAM, InitiativeSize.STRATEGIC


def promise(outcome: str, direction: Direction = Direction.OURS) -> Commitment:
    """A commitment with a known outcome: kept, late, missed (open past due), open, dropped."""
    due = TODAY - timedelta(days=30)
    status, done_on = {
        "kept": (CommitmentStatus.DONE, due - timedelta(days=1)),
        "late": (CommitmentStatus.DONE, due + timedelta(days=5)),
        "missed": (CommitmentStatus.OPEN, None),
        "open": (CommitmentStatus.OPEN, None),
        "dropped": (CommitmentStatus.DROPPED, None),
    }[outcome]
    if outcome == "open":
        due = TODAY + timedelta(days=10)
    return Commitment(
        partner_id=1,
        direction=direction,
        description=outcome,
        due_on=due,
        status=status,
        done_on=done_on,
    )


@pytest.mark.parametrize(
    ("size", "expected"),
    [(PILOT, PROGRAM), (PROGRAM, STRATEGIC), (STRATEGIC, None)],
)
def test_the_ladder_climbs_one_rung_at_a_time(
    size: InitiativeSize, expected: InitiativeSize | None
) -> None:
    assert next_size(size) == expected


@pytest.mark.parametrize(
    ("size", "outcomes", "kept", "counted", "asks"),
    [
        # Nothing known yet: start small.
        (PILOT, [], 0, 0, True),
        # 1 of 4 kept on time (late, missed and kept-on-time all count).
        (PILOT, ["kept", "late", "missed", "late"], 1, 4, True),
        # Two kept on time is still fewer than three.
        (PILOT, ["kept", "kept"], 2, 2, True),
        # Three kept on time: promote without asking, whatever else was missed.
        (PILOT, ["kept", "kept", "kept", "missed", "late"], 3, 5, False),
        (PROGRAM, ["kept", "kept", "kept", "kept"], 4, 4, False),
        # Open (not yet due) and dropped promises do not count either way.
        (PILOT, ["kept", "kept", "open", "dropped", "open"], 2, 2, True),
        # Their promises count as much as ours: the initiative is joint work.
        (PROGRAM, ["kept", "kept:theirs", "kept:theirs"], 3, 3, False),
        (PILOT, ["missed:theirs", "kept"], 1, 2, True),
    ],
)
def test_promotion_asks_first_while_fewer_than_three_were_kept_on_time(
    size: InitiativeSize, outcomes: list[str], kept: int, counted: int, asks: bool
) -> None:
    commitments = []
    for outcome in outcomes:
        name, _, side = outcome.partition(":")
        direction = Direction.THEIRS if side == "theirs" else Direction.OURS
        commitments.append(promise(name, direction))
    check = promotion_check(size, commitments, TODAY)
    assert check.record == Tally(kept, counted)
    assert check.needs_confirmation is asks
    assert check.proposed == next_size(size)
    assert KEPT_ON_TIME_TO_PROMOTE == 3


def test_a_strategic_initiative_cannot_be_promoted_and_asks_nothing() -> None:
    check = promotion_check(STRATEGIC, [promise("missed")], TODAY)
    assert not check.possible
    assert not check.needs_confirmation
    assert check.record == Tally(0, 1)


def test_promises_kept_on_the_due_day_count_as_on_time() -> None:
    due = date(2026, 10, 1)
    on_the_day = Commitment(
        partner_id=1,
        direction=Direction.OURS,
        description="x",
        due_on=due,
        status=CommitmentStatus.DONE,
        done_on=due,
    )
    assert promotion_check(PILOT, [on_the_day] * 3, TODAY).needs_confirmation is False
