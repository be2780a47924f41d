"""The pure rules behind the calendar and Today: weeks, month pages, marks, going cold."""

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from partnerdesk.domain.agenda import (
    DEFAULT_GOING_COLD_DAYS,
    AgendaItem,
    AgendaKind,
    ColdPartner,
    DayMarks,
    TodayOverview,
    TodaySection,
    cold_days_setting,
    day_marks,
    days_in,
    days_since,
    is_going_cold,
    is_past_due,
    local_day,
    local_start_utc,
    month_of,
    visible_span,
    week_of,
)
from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.navigation import Target

TODAY = date(2026, 11, 27)  # a Friday


def test_week_of_runs_monday_to_sunday_by_default() -> None:
    assert week_of(TODAY) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_of(date(2026, 11, 23)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_of(date(2026, 11, 29)) == (date(2026, 11, 23), date(2026, 11, 29))


def test_week_of_can_start_on_sunday() -> None:
    assert week_of(TODAY, first_weekday=6) == (date(2026, 11, 22), date(2026, 11, 28))
    assert week_of(date(2026, 11, 22), first_weekday=6) == (
        date(2026, 11, 22),
        date(2026, 11, 28),
    )


def test_month_of_knows_month_lengths() -> None:
    assert month_of(TODAY) == (date(2026, 11, 1), date(2026, 11, 30))
    assert month_of(date(2028, 2, 10)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_of(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_visible_span_is_six_weeks_starting_on_the_first_weekday() -> None:
    start, end = visible_span(2026, 11)  # 1 November 2026 is a Sunday
    assert start == date(2026, 10, 26)
    assert start.weekday() == 0
    assert (end - start).days == 41


def test_visible_span_shows_a_week_before_a_month_starting_on_the_first_column() -> None:
    start, _end = visible_span(2026, 6)  # 1 June 2026 is a Monday
    assert start == date(2026, 5, 25)
    start, _end = visible_span(2026, 11, first_weekday=6)  # Sunday first: 1 Nov on column 0
    assert start == date(2026, 10, 25)


def test_days_in_includes_both_ends() -> None:
    assert days_in(date(2026, 2, 27), date(2026, 3, 2)) == [
        date(2026, 2, 27),
        date(2026, 2, 28),
        date(2026, 3, 1),
        date(2026, 3, 2),
    ]
    assert days_in(TODAY, TODAY) == [TODAY]


def test_past_due_means_open_and_before_today() -> None:
    yesterday = TODAY - timedelta(days=1)
    assert is_past_due(CommitmentStatus.OPEN, yesterday, TODAY)
    assert not is_past_due(CommitmentStatus.OPEN, TODAY, TODAY)
    assert not is_past_due(CommitmentStatus.DONE, yesterday, TODAY)
    assert not is_past_due(CommitmentStatus.DROPPED, yesterday, TODAY)
    assert not is_past_due(CommitmentStatus.OPEN, None, TODAY)


def test_day_marks_tell_ours_theirs_overdue_and_done_apart() -> None:
    past, future = date(2026, 11, 20), date(2026, 11, 30)
    marks = day_marks(
        [
            (past, Direction.OURS, CommitmentStatus.OPEN, 2),
            (past, Direction.THEIRS, CommitmentStatus.OPEN, 1),
            (past, Direction.OURS, CommitmentStatus.DONE, 3),
            (future, Direction.OURS, CommitmentStatus.OPEN, 1),
            (future, Direction.THEIRS, CommitmentStatus.OPEN, 4),
            (future, Direction.THEIRS, CommitmentStatus.DROPPED, 9),
        ],
        {future: 2, TODAY: 0},
        TODAY,
    )
    assert marks == {
        past: DayMarks(overdue=3, done=3),
        future: DayMarks(ours_open=1, theirs_open=4, meetings=2),
    }


def test_today_is_not_overdue_in_the_marks() -> None:
    marks = day_marks([(TODAY, Direction.THEIRS, CommitmentStatus.OPEN, 1)], {}, TODAY)
    assert marks[TODAY] == DayMarks(theirs_open=1)


def test_day_marks_add_up_and_are_falsy_when_empty() -> None:
    total = DayMarks(1, 2, 3, 4, 5) + DayMarks(1, 1, 1, 1, 1)
    assert total == DayMarks(2, 3, 4, 5, 6)
    assert total.commitments == 14
    assert not DayMarks()
    assert DayMarks(meetings=1)


def test_agenda_items_know_their_target_and_order() -> None:
    meeting = AgendaItem(
        kind=AgendaKind.MEETING,
        item_id=7,
        partner_id=3,
        partner_name="Acme",
        day=TODAY,
        start_time=time(9, 0),
    )
    commitment = AgendaItem(
        kind=AgendaKind.COMMITMENT, item_id=9, partner_id=3, partner_name="Acme", day=TODAY
    )
    earlier = AgendaItem(
        kind=AgendaKind.MEETING,
        item_id=8,
        partner_id=4,
        partner_name="Beta",
        day=TODAY - timedelta(days=1),
        start_time=time(17, 0),
    )
    assert meeting.target == Target(3, Entity.MEETING, 7)
    assert commitment.target == Target(3, Entity.COMMITMENT, 9)
    ordered = sorted([meeting, commitment, earlier], key=lambda item: item.sort_key)
    assert ordered == [earlier, commitment, meeting]


def test_going_cold_after_the_threshold_or_never_met() -> None:
    assert is_going_cold(None, TODAY, 90)
    assert not is_going_cold(TODAY - timedelta(days=90), TODAY, 90)
    assert is_going_cold(TODAY - timedelta(days=91), TODAY, 90)
    assert not is_going_cold(TODAY - timedelta(days=91), TODAY, 120)


def test_days_since() -> None:
    assert days_since(None, TODAY) is None
    assert days_since(TODAY - timedelta(days=12), TODAY) == 12


def test_cold_partner_opens_the_partner() -> None:
    assert ColdPartner(5, "Acme", None, None).target == Target(5)


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (None, DEFAULT_GOING_COLD_DAYS),
        (30, 30),
        ("45", 45),
        (60.0, 60),
        (0, DEFAULT_GOING_COLD_DAYS),
        (-5, DEFAULT_GOING_COLD_DAYS),
        ("soon", DEFAULT_GOING_COLD_DAYS),
        (True, DEFAULT_GOING_COLD_DAYS),
        ([30], DEFAULT_GOING_COLD_DAYS),
    ],
)
def test_cold_days_setting_falls_back_to_the_default(stored: object, expected: int) -> None:
    assert cold_days_setting(stored) == expected


def test_local_day_and_local_midnight_in_a_given_zone() -> None:
    tokyo = timezone(timedelta(hours=9))
    late_utc = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
    assert local_day(late_utc, tokyo) == date(2026, 11, 28)
    assert local_day(late_utc, UTC) == date(2026, 11, 27)
    assert local_start_utc(date(2026, 11, 28), tokyo) == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


def test_local_midnight_in_the_computer_zone_is_aware_utc() -> None:
    start = local_start_utc(TODAY)
    assert start.tzinfo is UTC
    assert local_day(start) == TODAY


def test_today_overview_names_its_sections() -> None:
    cold = ColdPartner(1, "Acme", None, None)
    overview = TodayOverview(today=TODAY, going_cold=(cold,))
    assert overview.section(TodaySection.GOING_COLD) == (cold,)
    assert overview.section(TodaySection.OVERDUE_OURS) == ()
    assert [section.value for section in TodaySection] == [
        "overdue_ours",
        "overdue_theirs",
        "due_soon",
        "going_cold",
        "no_face_to_face",
        "meetings_this_week",
    ]
