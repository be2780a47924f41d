"""Meeting balance (habit 3, face-to-face builds trust): how often we meet a partner in person.

Over the last 12 months, up to the end of today: how many meetings were held (notes are
not meetings and count neither way; meetings still to come do not count yet), how many of
them in person, and how many at the partner's premises; and, over all time, the day of
the last in-person meeting. Days are local calendar days.

Today flags a partner with an active initiative that nobody has met face to face for six
months: work that goes on with no one in the room.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from partnerdesk.domain.agenda import local_day, local_start_utc
from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.models import Meeting

BALANCE_MONTHS = 12
NO_FACE_TO_FACE_MONTHS = 6
FACE_TO_FACE = MeetingMode.IN_PERSON
# A note written with nobody met is not a meeting.
NOT_MEETINGS = frozenset({MeetingMode.NOTE})


@dataclass(frozen=True)
class MeetingTally:
    """What the store counts for one partner, in one query (see `tally_meetings`)."""

    meetings: int = 0
    in_person: int = 0
    at_their_premises: int = 0
    last_in_person: datetime | None = None


@dataclass(frozen=True)
class MeetingBalance:
    """A partner's meeting balance on `today`."""

    today: date
    meetings: int = 0
    in_person: int = 0
    at_their_premises: int = 0
    last_in_person: date | None = None

    @property
    def in_person_share(self) -> float | None:
        """The share of the year's meetings held in person; None with no meetings."""
        return self.in_person / self.meetings if self.meetings else None

    @property
    def in_person_percent(self) -> int | None:
        share = self.in_person_share
        return None if share is None else round(share * 100)

    @property
    def days_since_in_person(self) -> int | None:
        return None if self.last_in_person is None else (self.today - self.last_in_person).days

    @property
    def lacks_face_to_face(self) -> bool:
        return lacks_face_to_face(self.last_in_person, self.today)


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, or the month's last day if shorter."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    first_of_next = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last_day = (first_of_next - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last_day))


def balance_window(today: date) -> tuple[datetime, datetime]:
    """The UTC instants from the local start of the day a year ago to the end of today."""
    start = local_start_utc(months_before(today, BALANCE_MONTHS))
    return start, local_start_utc(today + timedelta(days=1))


def no_face_to_face_cutoff(today: date) -> datetime:
    """Before this UTC instant an in-person meeting is too long ago (six months)."""
    return local_start_utc(months_before(today, NO_FACE_TO_FACE_MONTHS))


def lacks_face_to_face(last_in_person: date | None, today: date) -> bool:
    """Never met in person, or last met in person before the day six months ago."""
    return last_in_person is None or last_in_person < months_before(today, NO_FACE_TO_FACE_MONTHS)


def meeting_balance(tally: MeetingTally, today: date) -> MeetingBalance:
    last = None if tally.last_in_person is None else local_day(tally.last_in_person)
    return MeetingBalance(
        today=today,
        meetings=tally.meetings,
        in_person=tally.in_person,
        at_their_premises=tally.at_their_premises,
        last_in_person=last,
    )


def tally_meetings(meetings: Iterable[Meeting], today: date) -> MeetingTally:
    """The tally of a partner's meetings, counted one by one (the store counts in SQL)."""
    start, until = balance_window(today)
    held = [m for m in meetings if m.mode not in NOT_MEETINGS and m.starts_at < until]
    recent = [m for m in held if m.starts_at >= start]
    in_person = [m.starts_at for m in held if m.mode is FACE_TO_FACE]
    return MeetingTally(
        meetings=len(recent),
        in_person=sum(1 for m in recent if m.mode is FACE_TO_FACE),
        at_their_premises=sum(1 for m in recent if m.at_partner_premises),
        last_in_person=max(in_person, default=None),
    )
