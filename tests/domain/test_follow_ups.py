"""The follow-up rules, row by row: meetings, their overdue commitments, check-ins, states."""

from datetime import date, timedelta

import pytest

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.follow_ups import (
    FollowUp,
    FollowUpKind,
    FollowUpState,
    FollowUpStatus,
    InitiativeFact,
    MeetingFact,
    TheirCommitmentFact,
    follow_ups_due,
)
from partnerdesk.domain.navigation import Target

TODAY = date(2026, 11, 27)
DONE = FollowUpState(FollowUpStatus.DONE)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def snoozed(until: date) -> FollowUpState:
    return FollowUpState(FollowUpStatus.SNOOZED, until)


def meeting(day: date, open_commitments: bool = False, meeting_id: int = 42) -> MeetingFact:
    return MeetingFact(
        meeting_id=meeting_id,
        partner_id=1,
        partner_name="Acme",
        day=day,
        title="Campus visit",
        open_commitments=open_commitments,
    )


def theirs(
    due_on: date, count: int = 0, commitment_id: int = 7, last: date | None = None
) -> TheirCommitmentFact:
    return TheirCommitmentFact(
        commitment_id=commitment_id,
        partner_id=1,
        partner_name="Acme",
        description="Name an HR contact",
        due_on=due_on,
        follow_up_count=count,
        last_follow_up_on=last,
    )


def keys_and_dates(items: list[FollowUp]) -> list[tuple[str, date]]:
    return [(item.key, item.due_on) for item in items]


# -- meetings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "open_commitments", "states", "horizon", "expected"),
    [
        # Held today: thanks in two days, within the week's horizon.
        (TODAY, False, {}, 7, [("thank_you:meeting:42", ago(-2))]),
        # With open commitments a status check follows a week after the meeting.
        (
            TODAY,
            True,
            {},
            7,
            [("thank_you:meeting:42", ago(-2)), ("status_check:meeting:42", ago(-7))],
        ),
        # A shorter horizon leaves out the status check still a week off.
        (TODAY, True, {}, 3, [("thank_you:meeting:42", ago(-2))]),
        (TODAY, True, {}, 0, []),
        # Three days ago: the thank-you is a day late and still shows.
        (ago(3), False, {}, 0, [("thank_you:meeting:42", ago(1))]),
        (
            ago(10),
            True,
            {},
            0,
            [("thank_you:meeting:42", ago(8)), ("status_check:meeting:42", ago(3))],
        ),
        # Done thank-you, status check still due.
        (
            ago(10),
            True,
            {"thank_you:meeting:42": DONE},
            0,
            [("status_check:meeting:42", ago(3))],
        ),
        # Snoozed until tomorrow: hidden today; snoozed until today: back.
        (ago(5), False, {"thank_you:meeting:42": snoozed(ago(-1))}, 7, []),
        (
            ago(5),
            False,
            {"thank_you:meeting:42": snoozed(TODAY)},
            7,
            [("thank_you:meeting:42", ago(3))],
        ),
        (
            ago(5),
            False,
            {"thank_you:meeting:42": snoozed(ago(1))},
            7,
            [("thank_you:meeting:42", ago(3))],
        ),
        # The state of another meeting changes nothing.
        (ago(5), False, {"thank_you:meeting:41": DONE}, 7, [("thank_you:meeting:42", ago(3))]),
        # Thirty days ago is the oldest meeting that counts; older ones are left alone.
        (ago(30), False, {}, 7, [("thank_you:meeting:42", ago(28))]),
        (ago(31), True, {}, 7, []),
        # A meeting still to come needs no thanks yet.
        (ago(-1), True, {}, 7, []),
    ],
)
def test_meeting_follow_ups(
    day: date,
    open_commitments: bool,
    states: dict[str, FollowUpState],
    horizon: int,
    expected: list[tuple[str, date]],
) -> None:
    due = follow_ups_due([meeting(day, open_commitments)], [], [], states, TODAY, horizon)
    assert keys_and_dates(due) == expected


# -- their overdue commitments ---------------------------------------------------------------

N1 = "nudge:commitment:7:1"
N2 = "nudge:commitment:7:2"
N3 = "nudge:commitment:7:3"
ESC = "escalate:commitment:7"


@pytest.mark.parametrize(
    ("due_on", "count", "states", "horizon", "expected"),
    [
        # Not overdue yet (due today or later): nothing.
        (TODAY, 0, {}, 7, []),
        (ago(-3), 0, {}, 7, []),
        # Due yesterday: nudge 1 tomorrow, shown within the horizon, not with none.
        (ago(1), 0, {}, 7, [(N1, ago(-1))]),
        (ago(1), 0, {}, 0, []),
        (ago(2), 0, {}, 0, [(N1, TODAY)]),
        # Nudge 1 late and not sent: still nudge 1, the only step shown.
        (ago(12), 0, {}, 0, [(N1, ago(10))]),
        # Sent, by count or by done state: nudge 2 a week after nudge 1's date.
        (ago(5), 1, {}, 7, [(N2, ago(-4))]),
        (ago(5), 0, {N1: DONE}, 7, [(N2, ago(-4))]),
        (ago(5), 1, {}, 3, []),
        (ago(9), 1, {}, 0, [(N2, TODAY)]),
        # Nudge 1 snoozed: it stays the next step, so nothing shows until the snooze ends.
        (ago(9), 0, {N1: snoozed(ago(-2))}, 7, []),
        (ago(9), 0, {N1: snoozed(TODAY)}, 7, [(N1, ago(7))]),
        # Two sent: nudge 3 two weeks after nudge 2's date.
        (ago(10), 2, {}, 14, [(N3, ago(-13))]),
        (ago(10), 1, {N2: DONE}, 14, [(N3, ago(-13))]),
        (ago(23), 2, {}, 0, [(N3, TODAY)]),
        # Three sent: escalation, due the day after nudge 3's date.
        (ago(23), 3, {}, 7, [(ESC, ago(-1))]),
        (ago(23), 3, {}, 0, []),
        (ago(23), 2, {N3: DONE}, 7, [(ESC, ago(-1))]),
        (ago(10), 5, {}, 30, [(ESC, ago(-14))]),
        # Past nudge 3's date, escalation whatever was sent.
        (ago(24), 0, {}, 0, [(ESC, TODAY)]),
        (ago(60), 1, {}, 0, [(ESC, ago(36))]),
        (ago(60), 0, {N1: snoozed(ago(-5))}, 0, [(ESC, ago(36))]),
        # Escalation done or snoozed: nothing more.
        (ago(60), 3, {ESC: DONE}, 7, []),
        (ago(60), 3, {ESC: snoozed(ago(-1))}, 7, []),
        (ago(60), 3, {ESC: snoozed(TODAY)}, 7, [(ESC, ago(36))]),
        # A nudge marked done out of order does not skip an earlier unsent one.
        (ago(12), 0, {N2: DONE}, 0, [(N1, ago(10))]),
    ],
)
def test_commitment_follow_ups(
    due_on: date,
    count: int,
    states: dict[str, FollowUpState],
    horizon: int,
    expected: list[tuple[str, date]],
) -> None:
    due = follow_ups_due([], [theirs(due_on, count)], [], states, TODAY, horizon)
    assert keys_and_dates(due) == expected


@pytest.mark.parametrize(
    ("due_on", "count", "kind", "nudge"),
    [
        (ago(3), 0, FollowUpKind.NUDGE, 1),
        (ago(10), 1, FollowUpKind.NUDGE, 2),
        (ago(20), 2, FollowUpKind.NUDGE, 3),
        (ago(30), 3, FollowUpKind.ESCALATE, None),
    ],
)
def test_a_step_says_its_kind_number_and_commitment(
    due_on: date, count: int, kind: FollowUpKind, nudge: int | None
) -> None:
    (step,) = follow_ups_due([], [theirs(due_on, count)], [], {}, TODAY)
    assert (step.kind, step.nudge, step.commitment_id) == (kind, nudge, 7)
    assert step.subject == "Name an HR contact"
    assert step.target == Target(1, Entity.COMMITMENT, 7)


# -- initiative check-ins ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check_in", "states", "horizon", "expected"),
    [
        (TODAY, {}, 0, [("check_in:initiative:5:2026-11-27", TODAY)]),
        (ago(40), {}, 0, [("check_in:initiative:5:2026-10-18", ago(40))]),
        (ago(-7), {}, 7, [("check_in:initiative:5:2026-12-04", ago(-7))]),
        (ago(-8), {}, 7, []),
        (TODAY, {"check_in:initiative:5:2026-11-27": DONE}, 7, []),
        # Done for an earlier date: the new date is a new check-in.
        (
            TODAY,
            {"check_in:initiative:5:2026-10-27": DONE},
            0,
            [("check_in:initiative:5:2026-11-27", TODAY)],
        ),
        (TODAY, {"check_in:initiative:5:2026-11-27": snoozed(ago(-3))}, 7, []),
    ],
)
def test_initiative_check_ins(
    check_in: date,
    states: dict[str, FollowUpState],
    horizon: int,
    expected: list[tuple[str, date]],
) -> None:
    fact = InitiativeFact(
        initiative_id=5,
        partner_id=3,
        partner_name="Globex",
        name="Summer internships",
        next_check_in_on=check_in,
    )
    due = follow_ups_due([], [], [fact], states, TODAY, horizon)
    assert keys_and_dates(due) == expected
    assert all(item.target == Target(3, Entity.INITIATIVE, 5) for item in due)


# -- all together ------------------------------------------------------------------------------


def test_follow_ups_come_by_date_then_partner_then_key() -> None:
    globex = TheirCommitmentFact(
        commitment_id=8,
        partner_id=2,
        partner_name="globex",
        description="Sign the MoU",
        due_on=ago(4),
    )
    due = follow_ups_due(
        [meeting(ago(4), True), meeting(ago(2), meeting_id=43)],
        [theirs(ago(4)), globex],
        [
            InitiativeFact(
                initiative_id=5,
                partner_id=1,
                partner_name="Acme",
                name="Pilot",
                next_check_in_on=ago(2),
            )
        ],
        {},
        TODAY,
    )
    assert [item.key for item in due] == [
        "check_in:initiative:5:2026-11-25",
        "nudge:commitment:7:1",
        "thank_you:meeting:42",
        "nudge:commitment:8:1",
        "thank_you:meeting:43",
        "status_check:meeting:42",
    ]
    assert due[0].days_late(TODAY) == 2
    assert due[-1].days_late(TODAY) == 0
    assert due[2].target == Target(1, Entity.MEETING, 42)


def test_nothing_known_nothing_due() -> None:
    assert follow_ups_due([], [], [], {}, TODAY) == []


@pytest.mark.parametrize(("limit", "count"), [(None, 4), (0, 0), (1, 1), (3, 3), (4, 4), (10, 4)])
def test_a_limit_keeps_the_earliest(limit: int | None, count: int) -> None:
    facts = [theirs(ago(days), commitment_id=days) for days in (30, 3, 12, 5)]
    everything = follow_ups_due([], facts, [], {}, TODAY)
    limited = follow_ups_due([], facts, [], {}, TODAY, limit=limit)
    assert limited == everything[:count]
    assert [item.commitment_id for item in everything] == [12, 30, 5, 3]
