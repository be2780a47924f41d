"""The balance figures: in-person share over 12 months, days since, at their premises."""

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.meeting_balance import (
    MeetingBalance,
    MeetingTally,
    lacks_face_to_face,
    meeting_balance,
    months_before,
    tally_meetings,
)
from partnerdesk.domain.models import Meeting

TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days are UTC days here, so the test reads the same on any computer."""
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def met(day: date, mode: MeetingMode = MeetingMode.IN_PERSON, premises: bool = False) -> Meeting:
    return Meeting(
        partner_id=1,
        starts_at=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
        mode=mode,
        at_partner_premises=premises,
    )


def test_balance_of_a_year_of_meetings() -> None:
    meetings = [
        met(date(2026, 11, 2), premises=True),  # in person at theirs, 25 days ago
        met(date(2026, 9, 1), MeetingMode.VIDEO),
        met(date(2026, 6, 1), MeetingMode.PHONE),
        met(date(2026, 3, 3), premises=True),
        met(date(2026, 1, 5), MeetingMode.EMAIL),
        met(date(2025, 11, 27)),  # exactly a year ago: still inside the window
        met(date(2025, 11, 26), premises=True),  # a day too old: outside
        met(date(2026, 10, 1), MeetingMode.NOTE),  # a note is not a meeting
        met(date(2026, 12, 5)),  # still to come: does not count yet
    ]
    balance = meeting_balance(tally_meetings(meetings, TODAY), TODAY)
    assert balance == MeetingBalance(
        today=TODAY,
        meetings=6,
        in_person=3,
        at_their_premises=2,
        last_in_person=date(2026, 11, 2),
    )
    assert balance.in_person_share == pytest.approx(0.5)
    assert balance.in_person_percent == 50
    assert balance.days_since_in_person == 25
    assert not balance.lacks_face_to_face


def test_last_in_person_counts_beyond_the_year() -> None:
    meetings = [met(date(2024, 5, 1)), met(date(2026, 10, 1), MeetingMode.VIDEO)]
    balance = meeting_balance(tally_meetings(meetings, TODAY), TODAY)
    assert (balance.meetings, balance.in_person) == (1, 0)
    assert balance.in_person_percent == 0
    assert balance.last_in_person == date(2024, 5, 1)
    assert balance.days_since_in_person == (TODAY - date(2024, 5, 1)).days
    assert balance.lacks_face_to_face


def test_no_meetings_at_all() -> None:
    balance = meeting_balance(MeetingTally(), TODAY)
    assert balance.in_person_share is None
    assert balance.in_person_percent is None
    assert balance.days_since_in_person is None
    assert balance.lacks_face_to_face


def test_six_months_is_counted_in_calendar_months() -> None:
    assert months_before(TODAY, 6) == date(2026, 5, 27)
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 3, 15), 12) == date(2025, 3, 15)
    assert months_before(date(2026, 1, 10), 1) == date(2025, 12, 10)
    assert not lacks_face_to_face(date(2026, 5, 27), TODAY)
    assert lacks_face_to_face(date(2026, 5, 26), TODAY)
    assert lacks_face_to_face(None, TODAY)


def test_rounding_of_the_share() -> None:
    balance = MeetingBalance(today=TODAY, meetings=3, in_person=2)
    assert balance.in_person_percent == 67
