"""The notebook's records as immutable values; the store reads and writes these.

A record whose `id` is 0 has not been stored yet. Identity and timestamps are set by
the store; every other field is the user's.
"""

from dataclasses import dataclass
from datetime import date, datetime

# Its own module, so that what needs only the counts (backups, checks) loads only them.
from partnerdesk.domain.counts import Counts as Counts
from partnerdesk.domain.enums import (
    CommitmentEventKind,
    CommitmentStatus,
    Direction,
    InitiativeSize,
    InitiativeStatus,
    MeetingMode,
    NeedCategory,
    NeedStatus,
    OfferKind,
    PartnerKind,
    PartnerStage,
    Priority,
    Side,
)


@dataclass(frozen=True, kw_only=True)
class Record:
    """Identity and bookkeeping shared by every stored record."""

    id: int = 0
    uuid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Partner(Record):
    name: str
    kind: PartnerKind = PartnerKind.COMPANY
    stage: PartnerStage = PartnerStage.PROSPECT
    sector: str = ""
    website: str = ""
    address: str = ""
    city: str = ""
    country: str = ""
    summary: str = ""
    offer_text: str = ""
    owner_id: int | None = None
    tags: tuple[str, ...] = ()
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Person(Record):
    """Someone on either side; `partner_id` None means one of our own people."""

    full_name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    partner_id: int | None = None
    role: str = ""
    notes: str = ""
    deleted_at: datetime | None = None

    @property
    def side(self) -> Side:
        return Side.OURS if self.partner_id is None else Side.THEIRS


@dataclass(frozen=True, kw_only=True)
class Meeting(Record):
    partner_id: int
    starts_at: datetime
    duration_minutes: int = 60
    mode: MeetingMode = MeetingMode.IN_PERSON
    location: str = ""
    at_partner_premises: bool = False
    title: str = ""
    notes: str = ""
    attendee_ids: tuple[int, ...] = ()
    follow_up_on: date | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Commitment(Record):
    partner_id: int
    direction: Direction
    description: str
    due_on: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    done_on: date | None = None
    owner_id: int | None = None
    meeting_id: int | None = None
    initiative_id: int | None = None
    follow_up_count: int = 0
    last_follow_up_on: date | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class CommitmentEvent(Record):
    """A fact in a commitment's history, so a slipped promise stays visible."""

    commitment_id: int
    kind: CommitmentEventKind
    occurred_on: date
    due_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class OwnerLoad:
    """How many open commitments one owner carries, and how many of them are late."""

    owner_id: int | None
    owner_name: str
    open: int
    overdue: int


@dataclass(frozen=True, kw_only=True)
class Need(Record):
    partner_id: int
    description: str
    category: NeedCategory = NeedCategory.OTHER
    priority: Priority = Priority.MEDIUM
    status: NeedStatus = NeedStatus.OPEN
    meeting_id: int | None = None
    initiative_id: int | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Offer(Record):
    """Something our side can give: a program, a cohort, a lab, expertise."""

    name: str
    kind: OfferKind = OfferKind.PROGRAM
    description: str = ""
    categories: tuple[NeedCategory, ...] = ()
    skills: str = ""
    capacity: int | None = None
    season: str = ""
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class InitiativeMember:
    person_id: int
    side: Side
    role: str = ""


@dataclass(frozen=True, kw_only=True)
class Pairing:
    """Which of our people works with which of theirs on an initiative."""

    our_person_id: int
    their_person_id: int


@dataclass(frozen=True, kw_only=True)
class Initiative(Record):
    partner_id: int
    name: str
    goal: str = ""
    size: InitiativeSize = InitiativeSize.PILOT
    status: InitiativeStatus = InitiativeStatus.PROPOSED
    started_on: date | None = None
    target_on: date | None = None
    next_check_in_on: date | None = None
    members: tuple[InitiativeMember, ...] = ()
    pairings: tuple[Pairing, ...] = ()
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class TrashItem:
    """Something deleted that can still be restored or purged."""

    kind: str
    id: int
    label: str
    deleted_at: datetime
