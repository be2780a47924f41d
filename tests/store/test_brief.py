"""The facts a partner brief is built from, and who was met in a span of days."""

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from partnerdesk.domain.brief import build_brief
from partnerdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    InitiativeStatus,
    MeetingMode,
    NeedStatus,
    Priority,
    Side,
)
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.models import (
    Commitment,
    Initiative,
    InitiativeMember,
    Meeting,
    Need,
    Pairing,
    Partner,
    Person,
)
from partnerdesk.store.repositories.brief import BriefQueries
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.schema import MeetingRow
from partnerdesk.store.store import Store
from tests.conftest import TODAY


@pytest.fixture
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's time zone set to UTC, so local days are UTC days."""
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def tokyo_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's time zone set to UTC+9 (a POSIX rule, needing no zone database)."""
    monkeypatch.setenv("TZ", "JST-9")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def briefs(store: Store) -> BriefQueries:
    return BriefQueries(Context(store.database, lambda c: None, lambda: TODAY))


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def meeting(
    store: Store,
    partner: Partner,
    when: datetime,
    mode: MeetingMode = MeetingMode.VIDEO,
    title: str = "Call",
    notes: str = "",
) -> Meeting:
    return store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=when, mode=mode, title=title, notes=notes)
    )


@pytest.mark.usefixtures("utc_clock")
def test_facts_of_a_realistic_partner(store: Store, briefs: BriefQueries) -> None:
    joy = store.people.add(Person(full_name="Joy Martinez"))
    sam = store.people.add(Person(full_name="Sam Lee"))
    partner = store.partners.add(Partner(name="Acme", owner_id=joy.id, city="Lyon"))
    other = store.partners.add(Partner(name="Other"))
    carl = store.people.add(Person(full_name="Carl", partner_id=partner.id, role="champion"))
    store.people.add(Person(full_name="Stranger", partner_id=other.id))
    gone = store.people.add(Person(full_name="Gone", partner_id=partner.id))
    store.people.delete(gone.id)

    meeting(store, partner, at(days(-400)), MeetingMode.IN_PERSON, "First visit")
    meeting(store, partner, at(days(-200)), MeetingMode.IN_PERSON, "Second visit")
    meeting(store, partner, at(days(-30)), title="Older call")
    meeting(store, partner, at(days(-10)), title="Call", notes="## Next steps\n- [ ] Send CVs")
    meeting(store, partner, at(TODAY, 8), MeetingMode.PHONE, "This morning")
    meeting(store, partner, at(days(3)), MeetingMode.IN_PERSON, "Next week")  # future
    trashed = meeting(store, partner, at(days(-1)), title="Trashed")
    store.meetings.delete(trashed.id)
    meeting(store, other, at(days(-2)), MeetingMode.IN_PERSON, "Not theirs")

    store.needs.add(Need(partner_id=partner.id, description="Interns", priority=Priority.HIGH))
    store.needs.add(Need(partner_id=partner.id, description="Met", status=NeedStatus.MET))
    store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Pilot",
            status=InitiativeStatus.ACTIVE,
            next_check_in_on=days(2),
            members=(
                InitiativeMember(person_id=sam.id, side=Side.OURS),
                InitiativeMember(person_id=carl.id, side=Side.THEIRS),
            ),
            pairings=(Pairing(our_person_id=sam.id, their_person_id=carl.id),),
        )
    )
    store.initiatives.add(
        Initiative(partner_id=partner.id, name="Old", status=InitiativeStatus.DONE)
    )
    store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="Send CVs",
            due_on=days(-5),
            owner_id=carl.id,
        )
    )
    store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.OURS,
            description="Done one",
            due_on=days(-9),
            status=CommitmentStatus.DONE,
            done_on=days(-10),
        )
    )

    facts = briefs.facts(partner.id)

    assert facts.partner.name == "Acme"
    assert facts.owner_name == "Joy Martinez"
    assert facts.our_people == {joy.id: "Joy Martinez", sam.id: "Sam Lee"}
    assert [p.full_name for p in facts.their_people] == ["Carl"]
    assert [n.description for n in facts.needs] == ["Interns"]
    assert [i.name for i in facts.initiatives] == ["Pilot"]
    assert sorted(c.description for c in facts.commitments) == ["Done one", "Send CVs"]
    assert [m.title for m in facts.recent_meetings] == ["This morning", "Call", "Older call"]
    assert facts.recent_meetings[1].notes == "## Next steps\n- [ ] Send CVs"
    assert facts.meeting_count == 5
    assert facts.first_meeting_on == days(-400)
    assert facts.last_contact_at == at(TODAY, 8)
    assert facts.last_in_person_at == at(days(-200))

    brief = build_brief(facts, TODAY)
    assert brief.initiatives[0].pairings == (("Sam Lee", "Carl"),)
    assert brief.people[0].counterpart == "Sam Lee"
    assert "Ask about their overdue items: Send CVs (due 22 Nov 2026)" in brief.talking_points
    assert "No face-to-face meeting for 6 months" in brief.talking_points
    assert brief.meetings[1].key_lines == ("Send CVs",)


def test_a_partner_with_nothing_has_empty_facts(store: Store, briefs: BriefQueries) -> None:
    partner = store.partners.add(Partner(name="Bare"))

    facts = briefs.facts(partner.id)

    assert facts.owner_name == ""
    assert facts.their_people == ()
    assert facts.needs == ()
    assert facts.initiatives == ()
    assert facts.commitments == ()
    assert facts.recent_meetings == ()
    assert facts.meeting_count == 0
    assert facts.first_meeting_on is None
    assert facts.last_contact_at is None
    assert facts.last_in_person_at is None


def test_a_trashed_or_missing_partner_is_not_found(store: Store, briefs: BriefQueries) -> None:
    partner = store.partners.add(Partner(name="Gone"))
    store.partners.delete(partner.id)

    with pytest.raises(NotFound):
        briefs.facts(partner.id)
    with pytest.raises(NotFound):
        briefs.facts(partner.id + 1000)


@pytest.mark.usefixtures("utc_clock")
def test_a_busy_partner_loads_only_the_latest_meetings(store: Store, briefs: BriefQueries) -> None:
    partner = store.partners.add(Partner(name="Busy"))
    start = at(days(-490))
    store.bulk_load(
        [
            (
                "meetings",
                [
                    {
                        "partner_id": partner.id,
                        "starts_at": start + timedelta(days=i),
                        "mode": MeetingMode.IN_PERSON if i % 7 == 0 else MeetingMode.VIDEO,
                        "title": f"Meeting {i}",
                        "notes": f"note {i}",
                    }
                    for i in range(500)
                ],
            ),
            (
                "commitments",
                [
                    {
                        "partner_id": partner.id,
                        "direction": Direction.OURS if i % 2 else Direction.THEIRS,
                        "description": f"Promise {i}",
                        "due_on": days(i - 100),
                        "status": CommitmentStatus.OPEN,
                    }
                    for i in range(200)
                ],
            ),
        ]
    )
    loaded: list[int] = []
    statements: list[str] = []

    def on_load(target: MeetingRow, _context: Any) -> None:
        loaded.append(target.id)

    def on_execute(*args: Any) -> None:
        statements.append(args[2])

    event.listen(MeetingRow, "load", on_load)
    event.listen(store.database.engine, "before_cursor_execute", on_execute)
    try:
        facts = briefs.facts(partner.id)
    finally:
        event.remove(MeetingRow, "load", on_load)
        event.remove(store.database.engine, "before_cursor_execute", on_execute)

    # One meeting a day from 490 days ago: number 490 is today, the nine after it to come.
    assert [m.title for m in facts.recent_meetings] == ["Meeting 490", "Meeting 489", "Meeting 488"]
    assert len(loaded) == 3
    assert facts.meeting_count == 491
    assert len(facts.commitments) == 200
    assert len(statements) <= 12  # a handful, whatever the partner's size


@pytest.mark.usefixtures("utc_clock")
def test_partners_met_between(store: Store, briefs: BriefQueries) -> None:
    first = store.partners.add(Partner(name="First"))
    second = store.partners.add(Partner(name="Second"))
    outside = store.partners.add(Partner(name="Outside"))
    trashed_partner = store.partners.add(Partner(name="Trashed partner"))
    with_trashed_meeting = store.partners.add(Partner(name="Trashed meeting"))
    monday, sunday = date(2026, 11, 16), date(2026, 11, 22)

    meeting(store, second, at(sunday, 23))
    meeting(store, second, at(days(-40)))
    meeting(store, first, at(monday, 0))
    meeting(store, first, at(date(2026, 11, 18)))
    meeting(store, outside, at(monday - timedelta(days=1), 23))
    meeting(store, outside, at(sunday + timedelta(days=1), 0))
    meeting(store, trashed_partner, at(monday, 9))
    store.partners.delete(trashed_partner.id)
    gone = meeting(store, with_trashed_meeting, at(monday, 9))
    store.meetings.delete(gone.id)

    assert briefs.partners_met_between(monday, sunday) == [first.id, second.id]
    assert briefs.partners_met_between(sunday, sunday) == [second.id]
    assert briefs.partners_met_between(sunday, monday) == []


@pytest.mark.usefixtures("tokyo_clock")
def test_partners_met_between_goes_by_the_local_day(store: Store, briefs: BriefQueries) -> None:
    partner = store.partners.add(Partner(name="Tokyo"))
    # 20:00 UTC on the 15th is 05:00 on the 16th in Tokyo.
    meeting(store, partner, datetime(2026, 11, 15, 20, tzinfo=UTC))

    assert briefs.partners_met_between(date(2026, 11, 16), date(2026, 11, 16)) == [partner.id]
    assert briefs.partners_met_between(date(2026, 11, 15), date(2026, 11, 15)) == []
