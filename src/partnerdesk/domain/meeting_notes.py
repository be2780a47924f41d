"""What an export of meeting notes draws on: each partner's meetings, with who attended."""

from dataclasses import dataclass
from datetime import date, datetime

from partnerdesk.domain.enums import MeetingMode


@dataclass(frozen=True, kw_only=True)
class NotesMeeting:
    """One meeting as its notes file shows it; `attendees` are names, ours and theirs."""

    uuid: str
    starts_at: datetime
    duration_minutes: int
    mode: MeetingMode
    location: str
    at_partner_premises: bool
    title: str
    notes: str
    follow_up_on: date | None
    attendees: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class PartnerNotes:
    """A partner and its meetings (not those in the Trash), earliest first."""

    uuid: str
    name: str
    meetings: tuple[NotesMeeting, ...]
