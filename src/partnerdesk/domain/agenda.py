"""What the calendar, its agenda and Today show: dated items, day marks and the day's overview."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode, PartnerStage
from partnerdesk.domain.navigation import Target

GOING_COLD_SETTING = "going_cold_days"
DEFAULT_GOING_COLD_DAYS = 90
DUE_SOON_DAYS = 7
# Today lists at most this many rows per section and says when there are more; the
# commitment ledger of each partner holds the rest.
SECTION_LIMIT = 100
# Prospects have not started, dormant and ended partners are quiet on purpose:
# only a relationship we are building can go cold.
WARM_STAGES = frozenset({PartnerStage.EXPLORING, PartnerStage.ACTIVE, PartnerStage.STRATEGIC})
# A commitment both sides let go of is not due any more, so the calendar leaves it out.
CALENDAR_STATUSES = frozenset({CommitmentStatus.OPEN, CommitmentStatus.DONE})


class AgendaKind(StrEnum):
    COMMITMENT = "commitment"
    MEETING = "meeting"


@dataclass(frozen=True, kw_only=True)
class AgendaItem:
    """A commitment due or a meeting held on `day` (the local calendar day)."""

    kind: AgendaKind
    item_id: int
    partner_id: int
    partner_name: str
    day: date
    # Commitments only.
    direction: Direction | None = None
    status: CommitmentStatus | None = None
    overdue: bool = False
    description: str = ""
    owner_name: str = ""
    # Meetings only: the local start time and the UTC instant it came from.
    start_time: time | None = None
    starts_at: datetime | None = None
    mode: MeetingMode | None = None
    title: str = ""

    @property
    def target(self) -> Target:
        """Where a click on this item takes the user."""
        entity = Entity.COMMITMENT if self.kind is AgendaKind.COMMITMENT else Entity.MEETING
        return Target(self.partner_id, entity, self.item_id)

    @property
    def sort_key(self) -> tuple[date, int, time, int]:
        """By day; on a day the commitments (which have no hour) first, then meetings by time."""
        is_meeting = 1 if self.kind is AgendaKind.MEETING else 0
        return (self.day, is_meeting, self.start_time or time.min, self.item_id)


@dataclass(frozen=True)
class DayMarks:
    """How many of each kind of thing fall on one day; what a calendar cell shows.

    Open commitments count as `overdue` once their day has passed, and as ours or
    theirs until then, so the four commitment counts never overlap.
    """

    ours_open: int = 0
    theirs_open: int = 0
    overdue: int = 0
    done: int = 0
    meetings: int = 0

    @property
    def commitments(self) -> int:
        return self.ours_open + self.theirs_open + self.overdue + self.done

    def __bool__(self) -> bool:
        return bool(self.commitments or self.meetings)

    def __add__(self, other: "DayMarks") -> "DayMarks":
        return DayMarks(
            self.ours_open + other.ours_open,
            self.theirs_open + other.theirs_open,
            self.overdue + other.overdue,
            self.done + other.done,
            self.meetings + other.meetings,
        )


@dataclass(frozen=True)
class MeetingSlot:
    """What of a meeting the calendar shows; when none of it changed, the calendar need not."""

    partner_id: int
    starts_at: datetime
    mode: MeetingMode
    title: str
    live: bool


@dataclass(frozen=True)
class ColdPartner:
    """A partner we have not met for a while; `last_contact` None means never."""

    partner_id: int
    name: str
    last_contact: date | None
    days_since: int | None

    @property
    def target(self) -> Target:
        return Target(self.partner_id)


@dataclass(frozen=True)
class DistantPartner:
    """A partner with an active initiative and no in-person meeting for six months.

    `last_in_person` None means never met in person; `initiative_name` is one of its
    active initiatives.
    """

    partner_id: int
    name: str
    initiative_name: str
    last_in_person: date | None
    days_since: int | None

    @property
    def target(self) -> Target:
        return Target(self.partner_id)


class TodaySection(StrEnum):
    """The sections of Today, in the order they are shown; values name the overview's fields."""

    OVERDUE_OURS = "overdue_ours"
    OVERDUE_THEIRS = "overdue_theirs"
    DUE_SOON = "due_soon"
    GOING_COLD = "going_cold"
    NO_FACE_TO_FACE = "no_face_to_face"
    MEETINGS_THIS_WEEK = "meetings_this_week"


@dataclass(frozen=True, kw_only=True)
class TodayOverview:
    """What needs attention on `today`, section by section.

    Each section holds at most `limit` rows; `more` names the sections that had more.
    """

    today: date
    overdue_ours: tuple[AgendaItem, ...] = ()
    overdue_theirs: tuple[AgendaItem, ...] = ()
    due_soon: tuple[AgendaItem, ...] = ()
    going_cold: tuple[ColdPartner, ...] = ()
    no_face_to_face: tuple[DistantPartner, ...] = ()
    meetings_this_week: tuple[AgendaItem, ...] = ()
    cold_days: int = DEFAULT_GOING_COLD_DAYS
    limit: int = SECTION_LIMIT
    more: frozenset[TodaySection] = frozenset()

    def section(self, which: TodaySection) -> tuple[AgendaItem | ColdPartner | DistantPartner, ...]:
        rows: tuple[AgendaItem | ColdPartner | DistantPartner, ...] = getattr(self, which.value)
        return rows


def week_of(day: date, first_weekday: int = 0) -> tuple[date, date]:
    """The first and last day of the week holding `day` (weekday numbers as `date.weekday`)."""
    start = day - timedelta(days=(day.weekday() - first_weekday) % 7)
    return start, start + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    """The first and last day of the month holding `day`."""
    first = day.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    return first, next_month - timedelta(days=1)


def visible_span(year: int, month: int, first_weekday: int = 0) -> tuple[date, date]:
    """The 42 days a month page of a six-row calendar shows, as Qt's calendar lays them out.

    When the month starts on the first column, the grid begins a whole week earlier, so
    that some of the month before is always visible.
    """
    first = date(year, month, 1)
    lead = (first.weekday() - first_weekday) % 7 or 7
    start = first - timedelta(days=lead)
    return start, start + timedelta(days=41)


def days_in(start: date, end: date) -> list[date]:
    """Every day from `start` to `end`, both included."""
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def is_past_due(status: CommitmentStatus, due_on: date | None, today: date) -> bool:
    """An open commitment whose day has passed; today itself is not late yet."""
    return status is CommitmentStatus.OPEN and due_on is not None and due_on < today


def day_marks(
    counts: Iterable[tuple[date, Direction, CommitmentStatus, int]],
    meetings: Mapping[date, int],
    today: date,
) -> dict[date, DayMarks]:
    """Marks per day from commitment counts (day, direction, status, n) and meetings per day."""
    marks: dict[date, DayMarks] = {}
    for day, direction, status, count in counts:
        if status is CommitmentStatus.DONE:
            add = DayMarks(done=count)
        elif status is not CommitmentStatus.OPEN:
            continue
        elif day < today:
            add = DayMarks(overdue=count)
        elif direction is Direction.OURS:
            add = DayMarks(ours_open=count)
        else:
            add = DayMarks(theirs_open=count)
        marks[day] = marks.get(day, DayMarks()) + add
    for day, count in meetings.items():
        if count:
            marks[day] = marks.get(day, DayMarks()) + DayMarks(meetings=count)
    return marks


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    """The calendar day an aware instant falls on, in `zone` (the computer's own by default)."""
    return moment.astimezone(zone).date()


def local_start_utc(day: date, zone: tzinfo | None = None) -> datetime:
    """The UTC instant at which `day` begins in `zone` (the computer's own by default)."""
    midnight = datetime.combine(day, time.min)
    local = midnight.replace(tzinfo=zone) if zone is not None else midnight.astimezone()
    return local.astimezone(UTC)


def days_since(last: date | None, today: date) -> int | None:
    return None if last is None else (today - last).days


def is_going_cold(last_contact: date | None, today: date, cold_days: int) -> bool:
    """Never met, or last met more than `cold_days` days before `today`."""
    return last_contact is None or (today - last_contact).days > cold_days


def cold_days_setting(value: object) -> int:
    """The going-cold threshold from its stored setting; anything unusable gives the default."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_GOING_COLD_DAYS
    try:
        days = int(value)
    except ValueError:
        return DEFAULT_GOING_COLD_DAYS
    return days if days > 0 else DEFAULT_GOING_COLD_DAYS
