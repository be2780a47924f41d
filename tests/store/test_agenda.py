"""The calendar's marks, the agenda's items and Today, read from a real notebook."""

import dataclasses
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from partnerdesk.domain.agenda import AgendaKind, DayMarks, TodaySection
from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode, PartnerStage
from partnerdesk.domain.models import Commitment, Meeting, Partner, Person
from partnerdesk.store.store import Store
from tests.conftest import TODAY

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


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


def add_partner(store: Store, name: str, stage: PartnerStage = PartnerStage.ACTIVE) -> Partner:
    return store.partners.add(Partner(name=name, stage=stage))


def promise(
    store: Store,
    partner: Partner,
    due_on: date | None,
    direction: Direction = Direction.OURS,
    status: CommitmentStatus = CommitmentStatus.OPEN,
    description: str = "Send the proposal",
    owner: Person | None = None,
) -> Commitment:
    return store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=direction,
            description=description,
            due_on=due_on,
            status=status,
            owner_id=owner.id if owner else None,
        )
    )


def meet(store: Store, partner: Partner, starts_at: datetime, title: str = "Catch-up") -> Meeting:
    return store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=starts_at, title=title, mode=MeetingMode.VIDEO)
    )


# -- marks ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("utc_clock")
def test_marks_tell_ours_theirs_overdue_and_done_apart(store: Store) -> None:
    acme = add_partner(store, "Acme")
    promise(store, acme, days(3), Direction.OURS)
    promise(store, acme, days(3), Direction.THEIRS)
    promise(store, acme, days(3), Direction.THEIRS)
    promise(store, acme, days(-2), Direction.OURS)
    promise(store, acme, days(-2), Direction.THEIRS)
    promise(store, acme, days(-2), Direction.OURS, CommitmentStatus.DONE)
    promise(store, acme, days(-2), Direction.OURS, CommitmentStatus.DROPPED)
    promise(store, acme, None)
    meet(store, acme, at(days(3), 9))
    meet(store, acme, at(days(3), 15))

    marks = store.agenda.marks(*NOV)

    assert marks == {
        days(3): DayMarks(ours_open=1, theirs_open=2, meetings=2),
        days(-2): DayMarks(overdue=2, done=1),
    }


@pytest.mark.usefixtures("utc_clock")
def test_marks_only_cover_the_range_asked(store: Store) -> None:
    acme = add_partner(store, "Acme")
    promise(store, acme, date(2026, 10, 31))
    promise(store, acme, date(2026, 11, 1))
    promise(store, acme, date(2026, 11, 30))
    promise(store, acme, date(2026, 12, 1))
    meet(store, acme, at(date(2026, 10, 31), 23, 59))
    meet(store, acme, at(date(2026, 12, 1), 0, 0))

    assert set(store.agenda.marks(*NOV)) == {date(2026, 11, 1), date(2026, 11, 30)}


@pytest.mark.usefixtures("utc_clock")
def test_marks_and_items_scope_to_one_partner(store: Store) -> None:
    acme = add_partner(store, "Acme")
    beta = add_partner(store, "Beta")
    promise(store, acme, days(1))
    mine = promise(store, beta, days(1))
    meet(store, acme, at(days(2)))
    beta_meeting = meet(store, beta, at(days(2)))

    assert store.agenda.marks(*NOV, partner_id=beta.id) == {
        days(1): DayMarks(ours_open=1),
        days(2): DayMarks(meetings=1),
    }
    items = store.agenda.items(*NOV, partner_id=beta.id)
    assert [(item.kind, item.item_id) for item in items] == [
        (AgendaKind.COMMITMENT, mine.id),
        (AgendaKind.MEETING, beta_meeting.id),
    ]
    assert len(store.agenda.items(*NOV)) == 4


@pytest.mark.usefixtures("utc_clock")
def test_deleted_rows_and_rows_of_deleted_partners_are_left_out(store: Store) -> None:
    acme = add_partner(store, "Acme")
    gone = add_partner(store, "Gone Ltd")
    promise(store, gone, days(1))
    meet(store, gone, at(days(1)))
    promise(store, gone, days(-1))
    store.partners.delete(gone.id)
    trashed = promise(store, acme, days(2))
    store.commitments.delete(trashed.id)
    old_meeting = meet(store, acme, at(days(2)))
    store.meetings.delete(old_meeting.id)

    assert store.agenda.marks(*NOV) == {}
    assert store.agenda.marks(*NOV, partner_id=gone.id) == {}
    assert store.agenda.items(*NOV) == []
    assert store.agenda.items(*NOV, partner_id=gone.id) == []
    overview = store.agenda.today()
    assert overview.overdue_ours == ()
    assert overview.due_soon == ()
    assert overview.meetings_this_week == ()
    assert [cold.name for cold in overview.going_cold] == ["Acme"]

    store.partners.restore(gone.id)
    assert set(store.agenda.marks(*NOV)) == {days(1), days(-1)}


@pytest.mark.usefixtures("tokyo_clock")
def test_meetings_fall_on_the_local_day(store: Store) -> None:
    acme = add_partner(store, "Acme")
    # 20:00 UTC on 27 November is 05:00 on 28 November in Tokyo.
    evening = meet(store, acme, at(date(2026, 11, 27), 20))
    # 16:00 UTC on 30 November is 01:00 on 1 December in Tokyo: outside November.
    meet(store, acme, at(date(2026, 11, 30), 16))
    # 16:00 UTC on 31 October is 01:00 on 1 November in Tokyo: inside.
    meet(store, acme, at(date(2026, 10, 31), 16))

    marks = store.agenda.marks(*NOV)

    assert marks == {
        date(2026, 11, 28): DayMarks(meetings=1),
        date(2026, 11, 1): DayMarks(meetings=1),
    }
    [item] = store.agenda.items(date(2026, 11, 28), date(2026, 11, 28))
    assert item.item_id == evening.id
    assert item.day == date(2026, 11, 28)
    assert item.start_time is not None
    assert (item.start_time.hour, item.start_time.minute) == (5, 0)
    assert item.starts_at == at(date(2026, 11, 27), 20)
    assert store.agenda.items(date(2026, 11, 27), date(2026, 11, 27)) == []


# -- items ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("utc_clock")
def test_items_carry_what_the_agenda_shows_sorted_by_day_then_time(store: Store) -> None:
    acme = add_partner(store, "Acme")
    maria = store.people.add(Person(full_name="Maria Lopez"))
    late = promise(store, acme, days(-1), Direction.THEIRS, description="Sign the MoU")
    done = promise(store, acme, days(-1), Direction.OURS, CommitmentStatus.DONE, owner=maria)
    promise(store, acme, days(-1), Direction.OURS, CommitmentStatus.DROPPED)
    afternoon = meet(store, acme, at(days(-1), 15), title="Lab visit")
    morning = meet(store, acme, at(days(-1), 9), title="Breakfast")

    items = store.agenda.items(days(-1), days(-1))

    assert [item.item_id for item in items] == [late.id, done.id, morning.id, afternoon.id]
    first, second, third, _fourth = items
    assert first.kind is AgendaKind.COMMITMENT
    assert first.partner_name == "Acme"
    assert first.direction is Direction.THEIRS
    assert first.status is CommitmentStatus.OPEN
    assert first.overdue
    assert first.description == "Sign the MoU"
    assert second.status is CommitmentStatus.DONE
    assert not second.overdue
    assert second.owner_name == "Maria Lopez"
    assert third.kind is AgendaKind.MEETING
    assert third.title == "Breakfast"
    assert third.mode is MeetingMode.VIDEO
    assert third.day == days(-1)


# -- Today ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("utc_clock")
def test_today_sorts_overdue_by_side_and_lists_what_is_due_soon(store: Store) -> None:
    acme = add_partner(store, "Acme")
    ours_late = promise(store, acme, days(-3), Direction.OURS)
    theirs_late = promise(store, acme, days(-10), Direction.THEIRS)
    promise(store, acme, days(-3), Direction.OURS, CommitmentStatus.DONE)
    due_today = promise(store, acme, days(0), Direction.THEIRS)
    due_in_week = promise(store, acme, days(7), Direction.OURS)
    promise(store, acme, days(8), Direction.OURS)

    overview = store.agenda.today()

    assert overview.today == TODAY
    assert [item.item_id for item in overview.overdue_ours] == [ours_late.id]
    assert [item.item_id for item in overview.overdue_theirs] == [theirs_late.id]
    assert all(item.overdue for item in overview.overdue_ours + overview.overdue_theirs)
    assert [item.item_id for item in overview.due_soon] == [due_today.id, due_in_week.id]
    assert overview.more == frozenset()


@pytest.mark.usefixtures("utc_clock")
def test_today_lists_this_weeks_meetings(store: Store) -> None:
    acme = add_partner(store, "Acme")
    monday = meet(store, acme, at(date(2026, 11, 23)))
    sunday = meet(store, acme, at(date(2026, 11, 29), 18))
    meet(store, acme, at(date(2026, 11, 30)))
    meet(store, acme, at(date(2026, 11, 22)))

    overview = store.agenda.today()

    assert [item.item_id for item in overview.meetings_this_week] == [monday.id, sunday.id]


@pytest.mark.usefixtures("utc_clock")
def test_today_caps_each_section_and_says_which_have_more(store: Store) -> None:
    acme = add_partner(store, "Acme")
    for offset in range(1, 5):
        promise(store, acme, days(-offset), Direction.OURS)
    promise(store, acme, days(-1), Direction.THEIRS)

    overview = store.agenda.today(limit=3)

    assert len(overview.overdue_ours) == 3
    assert overview.overdue_ours[0].day == days(-4)  # the longest overdue first
    assert len(overview.overdue_theirs) == 1
    assert overview.more == frozenset({TodaySection.OVERDUE_OURS})


@pytest.mark.usefixtures("utc_clock")
def test_going_cold_lists_partners_not_met_for_longer_than_the_threshold(store: Store) -> None:
    never = add_partner(store, "Never Met", PartnerStage.EXPLORING)
    long_ago = add_partner(store, "Long Ago", PartnerStage.STRATEGIC)
    meet(store, long_ago, at(days(-200)))
    edge = add_partner(store, "Edge")
    meet(store, edge, at(days(-90)))
    recent = add_partner(store, "Recent")
    meet(store, recent, at(days(-5)))
    meet(store, recent, at(days(-300)))
    add_partner(store, "A Prospect", PartnerStage.PROSPECT)
    add_partner(store, "Sleeping", PartnerStage.DORMANT)
    add_partner(store, "Finished", PartnerStage.ENDED)
    only_future = add_partner(store, "Only Future")
    meet(store, only_future, at(days(10)))
    trashed_contact = add_partner(store, "Trashed Contact")
    meet(store, trashed_contact, at(days(-120)))
    store.meetings.delete(meet(store, trashed_contact, at(days(-1))).id)

    cold = store.agenda.today().going_cold

    assert [(c.name, c.last_contact, c.days_since) for c in cold] == [
        ("Never Met", None, None),
        ("Only Future", None, None),
        ("Long Ago", days(-200), 200),
        ("Trashed Contact", days(-120), 120),
    ]
    assert cold[0].partner_id == never.id


@pytest.mark.usefixtures("utc_clock")
def test_going_cold_threshold_is_a_parameter(store: Store) -> None:
    edge = add_partner(store, "Edge")
    meet(store, edge, at(days(-40)))

    assert store.agenda.today(cold_days=90).going_cold == ()
    assert [c.name for c in store.agenda.today(cold_days=30).going_cold] == ["Edge"]


@pytest.mark.usefixtures("utc_clock")
def test_a_meeting_earlier_today_counts_as_contact(store: Store) -> None:
    acme = add_partner(store, "Acme")
    meet(store, acme, at(TODAY, 8))

    assert store.agenda.today().going_cold == ()


@pytest.mark.usefixtures("utc_clock")
def test_today_can_be_asked_for_another_day(store: Store) -> None:
    acme = add_partner(store, "Acme")
    promise(store, acme, days(3))

    later = store.agenda.today(today=days(5))

    assert later.today == days(5)
    assert [item.day for item in later.overdue_ours] == [days(3)]
    assert store.agenda.today().overdue_ours == ()


# -- meeting slots ----------------------------------------------------------------------------


def test_meeting_slots_say_what_the_calendar_shows_of_a_meeting(store: Store) -> None:
    acme = add_partner(store, "Acme")
    meeting = meet(store, acme, at(TODAY, 9), title="Review")
    before = store.agenda.meeting_slots([meeting.id])

    store.meetings.save_notes(meeting.id, "Long notes typed during the meeting")
    assert store.agenda.meeting_slots([meeting.id]) == before

    store.meetings.update(dataclasses.replace(store.meetings.get(meeting.id), title="Lab tour"))
    after = store.agenda.meeting_slots([meeting.id])
    assert after[meeting.id].title == "Lab tour"
    assert after[meeting.id].starts_at == at(TODAY, 9)
    assert after[meeting.id].live

    store.partners.delete(acme.id)
    assert not store.agenda.meeting_slots([meeting.id])[meeting.id].live
    assert store.agenda.meeting_slots([]) == {}


def test_an_empty_range_holds_nothing(store: Store) -> None:
    acme = add_partner(store, "Acme")
    promise(store, acme, TODAY)

    assert store.agenda.marks(TODAY, TODAY - timedelta(days=1)) == {}
    assert store.agenda.items(TODAY, TODAY - timedelta(days=1)) == []
    assert store.agenda.marks(TODAY, TODAY) == {TODAY: DayMarks(ours_open=1)}
