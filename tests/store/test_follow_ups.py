"""Follow-ups read from a real notebook, and the done and snoozed marks kept in it."""

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction, InitiativeStatus, MeetingMode
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.follow_ups import FollowUp, FollowUpKind, FollowUpState, FollowUpStatus
from partnerdesk.domain.models import Commitment, Initiative, Meeting, Partner
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.repositories.follow_ups import FollowUpQueries
from partnerdesk.store.store import Store
from tests.conftest import TODAY


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def noon(day: date) -> datetime:
    # Midday in UTC falls on the same day in every zone from UTC-11 to UTC+11.
    return datetime.combine(day, time(12), tzinfo=UTC)


@pytest.fixture
def follow_ups(store: Store, changes: list[Change]) -> FollowUpQueries:
    return FollowUpQueries(Context(store.database, changes.append, lambda: TODAY))


def add_partner(store: Store, name: str = "Acme") -> Partner:
    return store.partners.add(Partner(name=name))


def meet(
    store: Store, partner: Partner, day: date, mode: MeetingMode = MeetingMode.IN_PERSON
) -> Meeting:
    return store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=noon(day), mode=mode, title="Campus visit")
    )


def promise(
    store: Store,
    partner: Partner,
    due_on: date,
    direction: Direction = Direction.THEIRS,
    status: CommitmentStatus = CommitmentStatus.OPEN,
) -> Commitment:
    return store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=direction,
            description="Name an HR contact",
            due_on=due_on,
            status=status,
        )
    )


def keys(items: list[FollowUp]) -> list[str]:
    return [item.key for item in items]


def test_an_empty_notebook_has_nothing_due(follow_ups: FollowUpQueries) -> None:
    assert follow_ups.due() == []


def test_in_person_meetings_of_the_last_month_ask_for_thanks(
    store: Store, follow_ups: FollowUpQueries
) -> None:
    acme = add_partner(store)
    recent = meet(store, acme, ago(3))
    meet(store, acme, ago(4), MeetingMode.VIDEO)
    meet(store, acme, ago(31))
    meet(store, acme, ago(-2))
    gone = meet(store, acme, ago(5))
    store.meetings.delete(gone.id)

    due = follow_ups.due()

    assert keys(due) == [f"thank_you:meeting:{recent.id}"]
    (thanks,) = due
    assert (thanks.kind, thanks.due_on, thanks.partner_name) == (
        FollowUpKind.THANK_YOU,
        ago(1),
        "Acme",
    )
    assert (thanks.meeting_id, thanks.subject) == (recent.id, "Campus visit")


def test_open_commitments_of_either_side_add_a_status_check(
    store: Store, follow_ups: FollowUpQueries
) -> None:
    acme, globex = add_partner(store, "Acme"), add_partner(store, "Globex")
    at_acme = meet(store, acme, ago(8))
    at_globex = meet(store, globex, ago(8))
    promise(store, acme, ago(-20), Direction.OURS)
    promise(store, globex, ago(-20), Direction.OURS, CommitmentStatus.DONE)

    due = follow_ups.due()

    assert set(keys(due)) == {
        f"thank_you:meeting:{at_acme.id}",
        f"status_check:meeting:{at_acme.id}",
        f"thank_you:meeting:{at_globex.id}",
    }
    # For one partner the same rule holds.
    assert keys(follow_ups.due(partner_id=acme.id)) == [
        f"thank_you:meeting:{at_acme.id}",
        f"status_check:meeting:{at_acme.id}",
    ]


def test_their_overdue_commitments_are_nudged_then_escalated(
    store: Store, follow_ups: FollowUpQueries
) -> None:
    acme = add_partner(store)
    fresh = promise(store, acme, ago(3))
    older = promise(store, acme, ago(10))
    oldest = promise(store, acme, ago(40))
    promise(store, acme, ago(10), Direction.OURS)
    promise(store, acme, ago(10), status=CommitmentStatus.DONE)
    promise(store, acme, ago(-1))
    store.commitments.record_follow_up(older.id)

    due = follow_ups.due()

    assert keys(due) == [
        f"escalate:commitment:{oldest.id}",
        f"nudge:commitment:{fresh.id}:1",
        f"nudge:commitment:{older.id}:2",
    ]
    assert [item.nudge for item in due] == [None, 1, 2]


def test_check_ins_of_unfinished_initiatives(store: Store, follow_ups: FollowUpQueries) -> None:
    acme = add_partner(store)

    def initiative(name: str, check_in: date | None, status: InitiativeStatus) -> Initiative:
        return store.initiatives.add(
            Initiative(partner_id=acme.id, name=name, status=status, next_check_in_on=check_in)
        )

    pilot = initiative("Pilot", ago(2), InitiativeStatus.ACTIVE)
    program = initiative("Program", ago(-7), InitiativeStatus.PROPOSED)
    initiative("Later", ago(-8), InitiativeStatus.ACTIVE)
    initiative("Finished", ago(2), InitiativeStatus.DONE)
    initiative("Undated", None, InitiativeStatus.ACTIVE)

    assert keys(follow_ups.due()) == [
        f"check_in:initiative:{pilot.id}:{ago(2).isoformat()}",
        f"check_in:initiative:{program.id}:{ago(-7).isoformat()}",
    ]
    assert keys(follow_ups.due(horizon_days=0)) == [
        f"check_in:initiative:{pilot.id}:{ago(2).isoformat()}"
    ]


def test_a_partner_in_the_trash_has_no_follow_ups(
    store: Store, follow_ups: FollowUpQueries
) -> None:
    acme = add_partner(store)
    meet(store, acme, ago(3))
    promise(store, acme, ago(5))
    store.partners.delete(acme.id)
    assert follow_ups.due() == []


def test_done_snoozed_and_reopened(
    store: Store, follow_ups: FollowUpQueries, changes: list[Change]
) -> None:
    acme, globex = add_partner(store, "Acme"), add_partner(store, "Globex")
    meeting = meet(store, globex, ago(3))
    commitment = promise(store, acme, ago(3))
    thanks = f"thank_you:meeting:{meeting.id}"
    nudge = f"nudge:commitment:{commitment.id}:1"
    assert set(keys(follow_ups.due())) == {thanks, nudge}
    changes.clear()

    follow_ups.mark_done(thanks)
    assert keys(follow_ups.due()) == [nudge]
    assert changes == [Change(Entity.FOLLOW_UP, Action.UPDATED)]

    # A nudge marked done moves on to the next one.
    follow_ups.mark_done(nudge)
    assert keys(follow_ups.due(horizon_days=14)) == [f"nudge:commitment:{commitment.id}:2"]

    follow_ups.reopen(nudge)
    follow_ups.snooze(nudge, ago(-2))
    assert follow_ups.due() == []
    assert keys(follow_ups.due(ago(-2))) == [nudge]

    follow_ups.reopen(thanks)
    assert keys(follow_ups.due()) == [thanks]
    assert follow_ups.states() == {
        nudge: FollowUpState(FollowUpStatus.SNOOZED, ago(-2)),
    }
    # Done after snoozed replaces the mark; reopening what has none changes nothing.
    follow_ups.mark_done(nudge)
    assert follow_ups.states() == {nudge: FollowUpState(FollowUpStatus.DONE)}
    follow_ups.reopen("thank_you:meeting:999")
    assert len(changes) == 7


@pytest.mark.parametrize("key", ["", "x" * 201])
def test_a_key_must_be_sensible(follow_ups: FollowUpQueries, key: str) -> None:
    with pytest.raises(ValidationError):
        follow_ups.mark_done(key)


def test_a_limit_keeps_the_earliest(store: Store, follow_ups: FollowUpQueries) -> None:
    acme = add_partner(store)
    commitments = [promise(store, acme, ago(days)) for days in (3, 5, 4)]
    due = follow_ups.due(limit=2)
    assert [item.commitment_id for item in due] == [commitments[1].id, commitments[2].id]


def test_marks_survive_reopening_the_notebook(store: Store, tmp_path: Path) -> None:
    queries = FollowUpQueries(Context(store.database, lambda _change: None, lambda: TODAY))
    queries.snooze("check_in:initiative:1:2026-11-27", ago(-3))
    path = store.path
    backups = tmp_path / "backups"
    store.close()
    reopened = Store.open(path, backups, today=lambda: TODAY)
    try:
        again = FollowUpQueries(Context(reopened.database, lambda _change: None, lambda: TODAY))
        assert again.states() == {
            "check_in:initiative:1:2026-11-27": FollowUpState(FollowUpStatus.SNOOZED, ago(-3))
        }
    finally:
        reopened.close()


def test_a_limit_reads_on_past_facts_that_fall_due_later(
    store: Store, follow_ups: FollowUpQueries
) -> None:
    acme = add_partner(store)
    # The oldest commitment comes first in due-date order, but with two nudges sent its
    # next step lies beyond the horizon; the next one's nudge is what is due.
    chased = promise(store, acme, ago(5))
    for _ in range(2):
        store.commitments.record_follow_up(chased.id)
    fresh = promise(store, acme, ago(3))
    assert keys(follow_ups.due(limit=1)) == [f"nudge:commitment:{fresh.id}:1"]

    hidden = promise(store, acme, ago(4))
    follow_ups.mark_done(f"nudge:commitment:{hidden.id}:1")
    follow_ups.snooze(f"nudge:commitment:{hidden.id}:2", ago(-30))
    assert keys(follow_ups.due(limit=1)) == [f"nudge:commitment:{fresh.id}:1"]
    assert follow_ups.due(limit=0) == []
    everything = follow_ups.due(horizon_days=30)
    for limit in range(1, 5):
        assert follow_ups.due(horizon_days=30, limit=limit) == everything[:limit]
