"""The one-page partner brief as plain values: what it says, before any layout.

`BriefFacts` is what the store gathers about one partner; `build_brief` (below) turns
it into `BriefContent`, the sections the renderer lays out on one page.
"""

from dataclasses import dataclass
from datetime import date, datetime

from partnerdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    InitiativeSize,
    InitiativeStatus,
    MeetingMode,
    NeedCategory,
    NeedStatus,
    PartnerKind,
    PartnerStage,
    Priority,
)
from partnerdesk.domain.models import Commitment, Initiative, Meeting, Need, Partner, Person
from partnerdesk.domain.track_record import TrackRecord

# --- What the store gathers -------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class BriefFacts:
    """Everything about one partner a brief may draw on; the store fills it in a few queries."""

    partner: Partner
    owner_name: str
    their_people: tuple[Person, ...]
    our_people: dict[int, str]  # id -> name, for owners and pairings
    needs: tuple[Need, ...]  # open and in progress
    initiatives: tuple[Initiative, ...]  # not done
    commitments: tuple[Commitment, ...]  # every live one, for the record and the lists
    recent_meetings: tuple[Meeting, ...]  # the latest few, newest first, with notes
    meeting_count: int
    first_meeting_on: date | None
    last_contact_at: datetime | None
    last_in_person_at: datetime | None


# --- What the brief says ----------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class BriefHeader:
    name: str
    kind: PartnerKind
    stage: PartnerStage
    sector: str
    city: str
    owner_name: str
    relationship_since: date | None
    last_contact: date | None
    last_in_person: date | None


@dataclass(frozen=True, kw_only=True)
class BriefNeed:
    category: NeedCategory
    priority: Priority
    status: NeedStatus
    description: str
    addressed: bool  # an initiative addresses it


@dataclass(frozen=True, kw_only=True)
class BriefInitiative:
    name: str
    goal: str
    size: InitiativeSize
    status: InitiativeStatus
    next_check_in_on: date | None
    check_in_due: bool
    pairings: tuple[tuple[str, str], ...]  # (our person, their person)


@dataclass(frozen=True, kw_only=True)
class BriefPromise:
    direction: Direction
    description: str
    owner_name: str
    due_on: date | None
    status: CommitmentStatus
    overdue: bool


@dataclass(frozen=True, kw_only=True)
class BriefMeeting:
    starts_at: datetime
    mode: MeetingMode
    title: str
    key_lines: tuple[str, ...]  # a few lines of the notes, Markdown markers removed


@dataclass(frozen=True, kw_only=True)
class BriefPerson:
    name: str
    title: str
    role: str
    counterpart: str  # our person paired with them, if any


@dataclass(frozen=True, kw_only=True)
class BriefContent:
    """The sections of a brief in reading order; every string is user text, not markup."""

    header: BriefHeader
    talking_points: tuple[str, ...]
    needs: tuple[BriefNeed, ...]
    initiatives: tuple[BriefInitiative, ...]
    our_promises: tuple[BriefPromise, ...]
    their_promises: tuple[BriefPromise, ...]
    record: TrackRecord
    meetings: tuple[BriefMeeting, ...]
    people: tuple[BriefPerson, ...]
    prepared_on: date
