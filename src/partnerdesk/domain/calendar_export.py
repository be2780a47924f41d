"""What a calendar export carries: dated commitments and meetings as plain values."""

from dataclasses import dataclass
from datetime import date, datetime

from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode


@dataclass(frozen=True, kw_only=True)
class CalendarCommitment:
    """A live commitment with a due date, and the names a calendar entry shows with it."""

    uuid: str
    partner_name: str
    direction: Direction
    description: str
    due_on: date
    status: CommitmentStatus
    done_on: date | None = None
    owner_name: str = ""


@dataclass(frozen=True, kw_only=True)
class CalendarMeeting:
    """A live meeting; `starts_at` is an aware instant in UTC."""

    uuid: str
    partner_name: str
    starts_at: datetime
    duration_minutes: int
    mode: MeetingMode
    title: str = ""
    location: str = ""


@dataclass(frozen=True)
class CalendarRows:
    """Everything one calendar export holds, each kind in date order."""

    commitments: tuple[CalendarCommitment, ...] = ()
    meetings: tuple[CalendarMeeting, ...] = ()

    def __len__(self) -> int:
        return len(self.commitments) + len(self.meetings)
