"""Fills an empty notebook with a believable, reproducible partnership history."""

import re
import uuid
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from random import Random
from typing import Any, TypeVar

from partnerdesk.demo import vocabulary as vocab
from partnerdesk.domain.enums import (
    CommitmentEventKind,
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
    Side,
)
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import Counts
from partnerdesk.store.store import Store

MAX_PARTNERS = 200_000
PROGRESS_EVERY = 500
HISTORY_DAYS = 3 * 365
OUR_PEOPLE_CAP = 300

Row = dict[str, Any]
T = TypeVar("T")

# The capture template's headings: the notes editor, briefs and tests look for these.
HEADING_NEEDS = "## Their needs and concerns"
HEADING_TALENT = "## Talent and skills they seek"
HEADING_OFFER = "## What we can offer"
HEADING_OURS = "## Commitments — ours"
HEADING_THEIRS = "## Commitments — theirs"
HEADING_NEXT = "## Next steps"

# Tables in an order that satisfies every foreign key (they are enforced while loading).
TABLE_ORDER = (
    "people_ours",
    "partners",
    "tags",
    "partner_tags",
    "people",
    "meetings",
    "meeting_attendees",
    "initiatives",
    "initiative_members",
    "initiative_pairings",
    "offers",
    "needs",
    "commitments",
    "commitment_events",
)

# Days between the promise and its agreed date; two weeks and a month are the usual.
DUE_SPANS = (7, 10, 14, 14, 14, 21, 21, 30, 30, 45, 60)

# The ledger's mix: shares of commitments done on time, done late, dropped; the rest is open.
SHARE_ON_TIME = 0.60
SHARE_LATE = 0.15
SHARE_DROPPED = 0.07
SHARE_CLOSED = SHARE_ON_TIME + SHARE_LATE + SHARE_DROPPED
SHARE_RESCHEDULED = 0.15
# A promise can only have been kept or missed if it was made a while ago.
CLOSED_MIN_AGE_DAYS = 20


@dataclass(frozen=True)
class StageProfile:
    """How a relationship at this stage looks: its age, activity and volume."""

    weight: int
    start_days_ago: tuple[int, int]
    last_days_ago: tuple[int, int]
    meetings: tuple[int, int]
    commitments: tuple[int, int]
    # chance of 0, 1, 2, ... initiatives
    initiatives: tuple[float, ...]
    initiative_statuses: tuple[tuple[InitiativeStatus, int], ...]
    need_statuses: tuple[tuple[NeedStatus, int], ...]


_EARLY_NEEDS = ((NeedStatus.OPEN, 60), (NeedStatus.IN_PROGRESS, 25), (NeedStatus.MET, 5),
                (NeedStatus.DECLINED, 10))  # fmt: skip
_WORKING_NEEDS = ((NeedStatus.OPEN, 25), (NeedStatus.IN_PROGRESS, 35), (NeedStatus.MET, 30),
                  (NeedStatus.DECLINED, 10))  # fmt: skip
_FADED_NEEDS = ((NeedStatus.OPEN, 35), (NeedStatus.IN_PROGRESS, 10), (NeedStatus.MET, 30),
                (NeedStatus.DECLINED, 25))  # fmt: skip

STAGES: dict[PartnerStage, StageProfile] = {
    PartnerStage.PROSPECT: StageProfile(
        10, (20, 200), (0, 60), (1, 3), (1, 3), (1.0,),
        ((InitiativeStatus.PROPOSED, 1),), _EARLY_NEEDS,
    ),
    PartnerStage.EXPLORING: StageProfile(
        25, (90, 420), (0, 60), (3, 8), (3, 6), (0.6, 0.4),
        ((InitiativeStatus.PROPOSED, 7), (InitiativeStatus.ACTIVE, 3)), _EARLY_NEEDS,
    ),
    PartnerStage.ACTIVE: StageProfile(
        35, (300, HISTORY_DAYS), (0, 45), (7, 18), (3, 7), (0.4, 0.45, 0.15),
        ((InitiativeStatus.ACTIVE, 6), (InitiativeStatus.DONE, 2), (InitiativeStatus.PAUSED, 1),
         (InitiativeStatus.PROPOSED, 1)),
        _WORKING_NEEDS,
    ),
    PartnerStage.STRATEGIC: StageProfile(
        10, (700, HISTORY_DAYS), (0, 21), (18, 32), (6, 10), (0.0, 0.3, 0.4, 0.3),
        ((InitiativeStatus.ACTIVE, 12), (InitiativeStatus.DONE, 5), (InitiativeStatus.PAUSED, 1),
         (InitiativeStatus.PROPOSED, 2)),
        _WORKING_NEEDS,
    ),
    PartnerStage.DORMANT: StageProfile(
        12, (500, HISTORY_DAYS), (120, 365), (4, 10), (3, 6), (0.5, 0.5),
        ((InitiativeStatus.PAUSED, 6), (InitiativeStatus.DONE, 4)), _FADED_NEEDS,
    ),
    PartnerStage.ENDED: StageProfile(
        8, (800, HISTORY_DAYS), (200, 700), (3, 10), (3, 6), (0.5, 0.5),
        ((InitiativeStatus.DONE, 6), (InitiativeStatus.PAUSED, 4)), _FADED_NEEDS,
    ),
}  # fmt: skip

# Trust is built face to face first; later the relationship runs on calls and e-mail.
FIRST_MEETING_MODES = ((MeetingMode.IN_PERSON, 80), (MeetingMode.VIDEO, 12), (MeetingMode.EVENT, 8))
SECOND_MEETING_MODES = (
    (MeetingMode.IN_PERSON, 55),
    (MeetingMode.VIDEO, 25),
    (MeetingMode.PHONE, 10),
    (MeetingMode.EVENT, 10),
)
LATER_MEETING_MODES = (
    (MeetingMode.IN_PERSON, 26),
    (MeetingMode.VIDEO, 28),
    (MeetingMode.PHONE, 12),
    (MeetingMode.EMAIL, 14),
    (MeetingMode.EVENT, 7),
    (MeetingMode.NOTE, 13),
)
DURATIONS = {
    MeetingMode.IN_PERSON: (45, 60, 60, 90),
    MeetingMode.VIDEO: (30, 30, 45, 60),
    MeetingMode.PHONE: (15, 20, 30),
    MeetingMode.EMAIL: (15,),
    MeetingMode.EVENT: (90, 120, 180),
    MeetingMode.NOTE: (15,),
}
# Starting times in UTC minutes: office hours on the US east coast; events in the evening.
DAY_STARTS = tuple(13 * 60 + 30 * k for k in range(16))
EVENT_STARTS = (21 * 60 + 30, 22 * 60, 22 * 60 + 30)

PEOPLE_PER_PARTNER = ((2, 8), (3, 14), (4, 20), (5, 22), (6, 16), (7, 11), (8, 9))
THEIR_ATTENDEES = ((1, 45), (2, 40), (3, 15))
TAGS_PER_PARTNER = ((0, 35), (1, 35), (2, 20), (3, 10))
NEEDS_PER_PARTNER = ((1, 30), (2, 35), (3, 25), (4, 10))
PRIORITIES = ((Priority.HIGH, 30), (Priority.MEDIUM, 50), (Priority.LOW, 20))
INITIATIVE_SIZES = (
    (InitiativeSize.PILOT, 65),
    (InitiativeSize.PROGRAM, 28),
    (InitiativeSize.STRATEGIC, 7),
)
INTERNATIONAL_SHARE = 0.12
UPCOMING_MEETING_SHARE = 0.10
UPCOMING_DAYS = 14


def generate(
    store: Store,
    partners: int,
    seed: int,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> Counts:
    """Writes `partners` partners with their whole history into an empty notebook.

    The same `seed` and `today` always give the same notebook. Everything is written in one
    transaction, so a failure leaves the notebook as it was. `progress(done, total)` is
    called every few hundred partners and once more before the rows are written.
    """
    if partners < 1 or partners > MAX_PARTNERS:
        raise ValidationError(
            f"Sample notebooks have between 1 and {MAX_PARTNERS:,} partners, not {partners:,}.",
            field="partners",
        )
    if store.partners.count() > 0:
        raise ValidationError(
            "Sample data goes only into an empty notebook; this one already has partners. "
            "Choose a new file.",
            field="db",
        )
    # Rows are written with ids chosen here, so anything already stored (even in the Trash)
    # could collide with them.
    if any(astuple(store.counts())) or store.trash.items():
        raise ValidationError(
            "Sample data goes only into an empty notebook; this one already holds records. "
            "Choose a new file.",
            field="db",
        )
    builder = _NotebookBuilder(Random(seed), today)
    builder.build(partners, progress)
    store.bulk_load([(_table_name(name), builder.tables[name]) for name in TABLE_ORDER])
    return store.counts()


def _table_name(key: str) -> str:
    # Our people go in before the partners they own, theirs after the partners they work for.
    return "people" if key == "people_ours" else key


def _weighted(pairs: Sequence[tuple[T, int]]) -> tuple[tuple[T, ...], tuple[int, ...]]:
    """Choices and cumulative weights, prepared once for `Random.choices`."""
    return tuple(value for value, _ in pairs), tuple(accumulate(weight for _, weight in pairs))


def _email_part(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(slots=True)
class _Ours:
    id: int
    first: str
    full: str
    title: str
    role: str


@dataclass(slots=True)
class _Theirs:
    id: int
    first: str
    full: str
    title: str


@dataclass(slots=True)
class _MeetingPlan:
    """A meeting before its notes are written; commitments and needs add lines to it."""

    id: int
    day: int
    minute: int
    mode: MeetingMode
    index: int
    ours: list[_Ours]
    theirs: list[_Theirs]
    upcoming: bool = False
    our_items: list[str] = field(default_factory=list)
    their_items: list[str] = field(default_factory=list)
    need_items: list[str] = field(default_factory=list)
    talent_items: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _InitiativePlan:
    id: int
    started: int


@dataclass(slots=True)
class _PartnerPlan:
    id: int
    name: str
    short: str
    city: str
    stage: PartnerStage
    sector: vocab.SectorProfile
    skills: list[str]
    owner: _Ours
    people: list[_Theirs]
    first_day: int
    meetings: list[_MeetingPlan] = field(default_factory=list)
    past: list[_MeetingPlan] = field(default_factory=list)
    initiatives: list[_InitiativePlan] = field(default_factory=list)


class _NotebookBuilder:
    """Generates every row as a plain dict, with ids assigned here so rows can refer to each
    other before anything is written."""

    def __init__(self, rng: Random, today: date) -> None:
        self.rng = rng
        self.today = today.toordinal()
        self._midnight = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.tables: dict[str, list[Row]] = {name: [] for name in TABLE_ORDER}
        self._next_ids: dict[str, int] = {}
        self._used_names: set[str] = set()  # membership only, never iterated: stays ordered
        self._email_parts: dict[str, str] = {}
        self._sector_choices = _weighted([(sector, sector.weight) for sector in vocab.SECTORS])
        self._stage_choices = _weighted([(stage, p.weight) for stage, p in STAGES.items()])
        self._need_categories = _weighted(vocab.NEED_CATEGORY_WEIGHTS)
        self._tag_ids: list[int] = []
        self._offer_names: list[str] = []
        self.ours: list[_Ours] = []
        self._owners: list[_Ours] = []
        self._leaders: list[_Ours] = []
        self._specialists: list[_Ours] = []

    # -- small helpers -----------------------------------------------------------------------

    def _id(self, table: str) -> int:
        value = self._next_ids.get(table, 0) + 1
        self._next_ids[table] = value
        return value

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _at(self, day: int, minute: int) -> datetime:
        """An aware UTC datetime `minute` minutes after midnight of the ordinal `day`."""
        return self._midnight + timedelta(days=day - self.today, minutes=minute)

    def _pick(self, prepared: tuple[tuple[T, ...], tuple[int, ...]]) -> T:
        values, cumulative = prepared
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def _email_name(self, name: str) -> str:
        part = self._email_parts.get(name)
        if part is None:
            part = self._email_parts[name] = _email_part(name)
        return part

    @staticmethod
    def _short_date(day: int) -> str:
        value = date.fromordinal(day)
        return f"{vocab.MONTH_ABBREVIATIONS[value.month - 1]} {value.day}"

    @staticmethod
    def _season_after(day: int) -> str:
        value = date.fromordinal(day)
        if value.month <= 3:
            return f"summer {value.year}"
        if value.month <= 6:
            return f"fall {value.year}"
        if value.month <= 9:
            return f"spring {value.year + 1}"
        return f"summer {value.year + 1}"

    @staticmethod
    def _weekday(day: int, latest: int) -> int:
        """Moves a weekend day to the nearest weekday, never past `latest`."""
        weekday = (day + 6) % 7  # date.fromordinal(1) is a Monday
        if weekday == 5:
            return day - 1
        if weekday == 6:
            return day + 1 if day + 1 <= latest else day - 2
        return day

    # -- the whole notebook ------------------------------------------------------------------

    def build(self, partners: int, progress: Callable[[int, int], None] | None) -> None:
        self._our_people(partners)
        self._tags()
        self._offers()
        for number in range(1, partners + 1):
            self._partner()
            if progress is not None and number % PROGRESS_EVERY == 0 and number < partners:
                progress(number, partners)
        if progress is not None:
            progress(partners, partners)

    def _our_people(self, partners: int) -> None:
        rng = self.rng
        wanted = min(OUR_PEOPLE_CAP, max(len(vocab.OUR_CORE_PEOPLE), 12 + partners // 50))
        specs = list(vocab.OUR_CORE_PEOPLE)
        while len(specs) < wanted:
            specs.append(rng.choice(vocab.OUR_EXTRA_PEOPLE))
        created = self._at(self.today - HISTORY_DAYS - 60, 14 * 60)
        emails: set[str] = set()
        for title, role, may_own in specs:
            first = rng.choice(vocab.FIRST_NAMES)
            last = rng.choice(vocab.LAST_NAMES)
            email = f"{self._email_name(first)}.{self._email_name(last)}"
            if email in emails:
                email = f"{email}{len(emails)}"
            emails.add(email)
            person = _Ours(self._id("people"), first, f"{first} {last}", title, role)
            self.ours.append(person)
            if may_own:
                # Relationship owners carry most partners; deans and leaders a few each.
                repeats = 6 if role == "relationship owner" else 1
                self._owners.extend([person] * repeats)
            if role == "executive sponsor":
                self._leaders.append(person)
            elif role != "relationship owner":
                self._specialists.append(person)
            self.tables["people_ours"].append(
                {
                    "id": person.id,
                    "uuid": self._uuid(),
                    "created_at": created,
                    "updated_at": created,
                    "full_name": person.full,
                    "title": title,
                    "email": f"{email}@{vocab.OUR_DOMAIN}",
                    "phone": f"+1 617-555-01{rng.randint(0, 99):02d}",
                    "partner_id": None,
                    "role": role,
                    "notes": "",
                }
            )

    def _tags(self) -> None:
        created = self._at(self.today - HISTORY_DAYS - 60, 15 * 60)
        for name in vocab.TAG_NAMES:
            tag_id = self._id("tags")
            self._tag_ids.append(tag_id)
            self.tables["tags"].append(
                {
                    "id": tag_id,
                    "uuid": self._uuid(),
                    "created_at": created,
                    "updated_at": created,
                    "name": name,
                }
            )

    def _offers(self) -> None:
        rng = self.rng
        count = min(len(vocab.OFFERS), rng.randint(15, 25))
        created = self._at(self.today - HISTORY_DAYS - 30, 16 * 60)
        for offer in rng.sample(vocab.OFFERS, count):
            self._offer_names.append(offer.name)
            self.tables["offers"].append(
                {
                    "id": self._id("offers"),
                    "uuid": self._uuid(),
                    "created_at": created,
                    "updated_at": created,
                    "name": offer.name,
                    "kind": offer.kind,
                    "description": offer.description,
                    "categories": [category.value for category in offer.categories],
                    "skills": offer.skills,
                    "capacity": offer.capacity,
                    "season": offer.season,
                }
            )

    # -- one partner and everything about it --------------------------------------------------

    def _partner(self) -> None:
        rng = self.rng
        sector: vocab.SectorProfile = self._pick(self._sector_choices)
        stage: PartnerStage = self._pick(self._stage_choices)
        profile = STAGES[stage]
        international = sector.kind in (
            PartnerKind.COMPANY,
            PartnerKind.UNIVERSITY,
        ) and (rng.random() < INTERNATIONAL_SHARE)
        if international:
            city, country, dial = rng.choice(vocab.INTERNATIONAL_CITIES)
            region = ""
            phone_prefix = f"{dial} "
        else:
            city, region = rng.choice(vocab.US_CITIES)
            country = "United States"
            phone_prefix = f"+1 {rng.choice(vocab.US_AREA_CODES)}-555-"
        name = self._unique_name(self._base_name(sector), city)
        short = name.split(" (")[0]
        slug = _email_part(name)[:40]
        domain = f"{slug}.example"

        # The relationship's timeline: when it began and when we last heard from them.
        last_ago = rng.randint(*profile.last_days_ago)
        start_ago = min(HISTORY_DAYS, max(rng.randint(*profile.start_days_ago), last_ago + 14))
        first_day = self._weekday(self.today - start_ago, self.today)
        last_day = self._weekday(self.today - last_ago, self.today)
        created_day = first_day - rng.randint(0, 20)

        if stage is PartnerStage.STRATEGIC:
            owner = rng.choice(self._leaders) if rng.random() < 0.4 else rng.choice(self._owners)
        else:
            owner = rng.choice(self._owners)
        partner_id = self._id("partners")
        skills = rng.sample(sector.skills, 2)
        partner_created = self._at(created_day, rng.choice(DAY_STARTS))
        people = self._their_people(partner_id, sector, domain, phone_prefix, partner_created)
        plan = _PartnerPlan(
            partner_id, name, short, city, stage, sector, skills, owner, people, first_day
        )
        self._meeting_plans(plan, profile, first_day, last_day)
        self._initiatives(plan, profile)
        self._needs(plan, profile)
        self._commitments(plan, profile)
        for meeting in plan.meetings:
            self._meeting_rows(plan, meeting)

        last_activity = plan.past[-1].day if plan.past else first_day
        hire = rng.choice(sector.hires)
        facts = {
            "name": name,
            "sector_lower": sector.sector.lower(),
            "city": city,
            "headcount": rng.choice(sector.headcounts),
            "hire": hire,
            "n": rng.randint(5, 40),
            "skill": skills[0],
            "school": rng.choice(vocab.OUR_SCHOOLS),
        }
        summary = " ".join(
            part
            for part in (
                rng.choice(vocab.SUMMARY_OPENINGS).format_map(facts),
                rng.choice(vocab.SUMMARY_MIDDLES).format_map(facts) if rng.random() < 0.8 else "",
                rng.choice(vocab.SUMMARY_CLOSINGS) if rng.random() < 0.5 else "",
            )
            if part
        )
        offer_lines = rng.sample(vocab.OFFER_TEXT_LINES, rng.randint(1, 3))
        offer_text = "\n".join(f"- {line.format_map(facts)}" for line in offer_lines)
        number = rng.randint(10, 9800)
        street = f"{number} {rng.choice(vocab.STREET_NAMES)} {rng.choice(vocab.STREET_TYPES)}"
        address = (
            street if international else f"{street}, {city}, {region} {rng.randint(10000, 99999)}"
        )
        self.tables["partners"].append(
            {
                "id": partner_id,
                "uuid": self._uuid(),
                "created_at": partner_created,
                "updated_at": self._at(last_activity, 23 * 60),
                "name": name,
                "kind": sector.kind,
                "stage": stage,
                "sector": sector.sector,
                "website": f"https://www.{domain}",
                "address": address,
                "city": city,
                "country": country,
                "summary": summary,
                "offer_text": offer_text,
                "owner_id": owner.id,
            }
        )
        tag_count: int = self._pick(_TAG_COUNTS)
        for tag_id in sorted(rng.sample(self._tag_ids, tag_count)):
            self.tables["partner_tags"].append({"partner_id": partner_id, "tag_id": tag_id})

    def _base_name(self, sector: vocab.SectorProfile) -> str:
        rng = self.rng
        surname, surname2 = rng.sample(vocab.NAME_SURNAMES, 2)
        parts = {
            "stem": rng.choice(vocab.NAME_STEMS),
            "surname": surname,
            "surname2": surname2,
            "tech": rng.choice(vocab.TECH_HEADS) + rng.choice(vocab.TECH_TAILS),
            "noun": rng.choice(sector.nouns),
            "corp": rng.choice(vocab.CORPORATE_SUFFIXES),
            "state": rng.choice(vocab.US_STATE_NAMES),
        }
        return rng.choice(sector.name_patterns).format_map(parts)

    def _unique_name(self, base: str, city: str) -> str:
        """The name, or the name made distinct the way real organizations are told apart."""
        candidates = [base, f"{base} ({city})"]
        candidates += [f"{base} {word}" for word in vocab.DISAMBIGUATORS]
        candidates += [f"{base} {word} ({city})" for word in vocab.DISAMBIGUATORS]
        for candidate in candidates:
            if candidate not in self._used_names:
                self._used_names.add(candidate)
                return candidate
        # Only reached with many thousands of partners: number the branches of the name.
        branch = 2
        while f"{base} ({city}) Branch {branch}" in self._used_names:
            branch += 1
        name = f"{base} ({city}) Branch {branch}"
        self._used_names.add(name)
        return name

    def _their_people(
        self,
        partner_id: int,
        sector: vocab.SectorProfile,
        domain: str,
        phone_prefix: str,
        created: datetime,
    ) -> list[_Theirs]:
        rng = self.rng
        count: int = self._pick(_PEOPLE_COUNTS)
        titles = rng.sample(sector.titles, min(count, len(sector.titles)))
        while len(titles) < count:
            titles.append(rng.choice(sector.titles))
        people: list[_Theirs] = []
        emails: set[str] = set()
        rows = self.tables["people"]
        for index, title in enumerate(titles):
            first = rng.choice(vocab.FIRST_NAMES)
            last = rng.choice(vocab.LAST_NAMES)
            email = f"{self._email_name(first)}.{self._email_name(last)}"
            if email in emails:
                email = f"{email}{index}"
            emails.add(email)
            if index == 0:
                role = "champion"
            elif index == 1:
                role = "decision maker"
            else:
                role = rng.choice(vocab.THEIR_ROLES) if rng.random() < 0.8 else ""
            person = _Theirs(self._id("people"), first, f"{first} {last}", title)
            people.append(person)
            if phone_prefix.startswith("+1 ") and phone_prefix.endswith("-555-"):
                phone = f"{phone_prefix}01{rng.randint(0, 99):02d}"  # 555-01xx is fictional
            else:
                phone = f"{phone_prefix}{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            rows.append(
                {
                    "id": person.id,
                    "uuid": self._uuid(),
                    "created_at": created + timedelta(minutes=index + 1),
                    "updated_at": created + timedelta(minutes=index + 1),
                    "full_name": person.full,
                    "title": title,
                    "email": f"{email}@{domain}",
                    "phone": phone,
                    "partner_id": partner_id,
                    "role": role,
                    "notes": rng.choice(vocab.PERSON_NOTES) if rng.random() < 0.25 else "",
                }
            )
        return people

    def _meeting_plans(
        self, plan: _PartnerPlan, profile: StageProfile, first_day: int, last_day: int
    ) -> None:
        rng = self.rng
        count = rng.randint(*profile.meetings)
        if count == 1:
            days = [last_day]
        else:
            days = [first_day, last_day]
            days += [rng.randint(first_day, last_day) for _ in range(count - 2)]
            days = sorted(self._weekday(day, self.today) for day in days)
        for index, day in enumerate(days):
            if index == 0:
                mode: MeetingMode = self._pick(_FIRST_MODES)
            elif index == 1:
                mode = self._pick(_SECOND_MODES)
            else:
                mode = self._pick(_LATER_MODES)
            meeting = self._plan_meeting(plan, day, mode, index)
            plan.meetings.append(meeting)
            plan.past.append(meeting)
        active = plan.stage not in (PartnerStage.DORMANT, PartnerStage.ENDED)
        if active and rng.random() < UPCOMING_MEETING_SHARE / 0.8:
            day = self.today + rng.randint(1, UPCOMING_DAYS)
            day = self._weekday(day, self.today + UPCOMING_DAYS)
            mode = MeetingMode.IN_PERSON if rng.random() < 0.6 else MeetingMode.VIDEO
            meeting = self._plan_meeting(plan, day, mode, len(days))
            meeting.upcoming = True
            plan.meetings.append(meeting)

    def _plan_meeting(
        self, plan: _PartnerPlan, day: int, mode: MeetingMode, index: int
    ) -> _MeetingPlan:
        rng = self.rng
        people = plan.people
        if mode is MeetingMode.EMAIL or mode is MeetingMode.NOTE:
            theirs = [people[0] if rng.random() < 0.6 else rng.choice(people)]
            ours = [plan.owner]
        else:
            wanted: int = self._pick(_THEIR_ATTENDEES)
            theirs = rng.sample(people, min(wanted, len(people)))
            ours = [plan.owner]
            extra = rng.random()
            # The president meets new partners in person, early on.
            if index < 2 and mode is MeetingMode.IN_PERSON and extra < 0.3:
                ours.append(rng.choice(self._leaders))
            elif extra < 0.45:
                ours.append(rng.choice(self._specialists))
            if len(ours) == 2 and ours[0] is ours[1]:
                ours.pop()
        minute = rng.choice(EVENT_STARTS if mode is MeetingMode.EVENT else DAY_STARTS)
        return _MeetingPlan(self._id("meetings"), day, minute, mode, index, ours, theirs)

    def _initiatives(self, plan: _PartnerPlan, profile: StageProfile) -> None:
        rng = self.rng
        if not plan.past:
            return
        count = rng.choices(range(len(profile.initiatives)), weights=profile.initiatives)[0]
        statuses = _weighted(profile.initiative_statuses)
        for _ in range(count):
            start_index = rng.randint(len(plan.past) // 3, len(plan.past) - 1)
            started = plan.past[start_index].day
            status: InitiativeStatus = self._pick(statuses)
            size: InitiativeSize = self._pick(_SIZES)
            target = started + rng.randint(120, 540)
            if status is InitiativeStatus.PROPOSED or status is InitiativeStatus.ACTIVE:
                check_in: int | None = self.today + rng.randint(-30, 45)
            elif status is InitiativeStatus.PAUSED and rng.random() < 0.5:
                check_in = self.today + rng.randint(-60, 30)
            else:
                check_in = None
            skill = rng.choice(plan.skills)
            hire = rng.choice(plan.sector.hires)
            target_date = date.fromordinal(target)
            facts = {
                "skill": skill,
                "Skill": _capitalized(skill),
                "short": plan.short,
                "Short": plan.short,
                "hire": hire,
                "Hire": _capitalized(hire),
                "n": rng.randint(4, 20),
                "n2": rng.randint(2, 8),
                "season": self._season_after(started),
                "target": f"{vocab.MONTH_NAMES[target_date.month - 1]} {target_date.year}",
            }
            initiative_id = self._id("initiatives")
            plan.initiatives.append(_InitiativePlan(initiative_id, started))
            self.tables["initiatives"].append(
                {
                    "id": initiative_id,
                    "uuid": self._uuid(),
                    "created_at": self._at(started, 22 * 60),
                    "updated_at": self._at(max(started, plan.past[-1].day), 22 * 60 + 30),
                    "partner_id": plan.id,
                    "name": rng.choice(vocab.INITIATIVE_NAMES).format_map(facts),
                    "goal": rng.choice(vocab.INITIATIVE_GOALS).format_map(facts),
                    "size": size,
                    "status": status,
                    "started_on": None
                    if status is InitiativeStatus.PROPOSED
                    else date.fromordinal(started),
                    "target_on": target_date,
                    "next_check_in_on": None if check_in is None else date.fromordinal(check_in),
                }
            )
            self._initiative_people(plan, initiative_id)

    def _initiative_people(self, plan: _PartnerPlan, initiative_id: int) -> None:
        rng = self.rng
        ours = [plan.owner]
        if rng.random() < 0.5:
            other = rng.choice(self._specialists)
            if other is not plan.owner:
                ours.append(other)
        shape = rng.random()
        # Some initiatives are still missing their partner-side lead: nobody to pair with yet.
        theirs: list[_Theirs] = (
            []
            if shape < 0.08
            else rng.sample(plan.people, min(rng.randint(1, 3), len(plan.people)))
        )
        members = self.tables["initiative_members"]
        for person in ours:
            members.append(
                {
                    "initiative_id": initiative_id,
                    "person_id": person.id,
                    "side": Side.OURS,
                    "role": rng.choice(vocab.OUR_INITIATIVE_ROLES),
                }
            )
        for their in theirs:
            members.append(
                {
                    "initiative_id": initiative_id,
                    "person_id": their.id,
                    "side": Side.THEIRS,
                    "role": rng.choice(vocab.THEIR_INITIATIVE_ROLES),
                }
            )
        if shape < 0.18:
            return  # members on both sides, but nobody paired yet
        pairings = self.tables["initiative_pairings"]
        for our, their in zip(ours, theirs, strict=False):
            pairings.append(
                {
                    "initiative_id": initiative_id,
                    "our_person_id": our.id,
                    "their_person_id": their.id,
                }
            )

    def _needs(self, plan: _PartnerPlan, profile: StageProfile) -> None:
        rng = self.rng
        statuses = _weighted(profile.need_statuses)
        count: int = self._pick(_NEED_COUNTS)
        early = plan.past[: min(3, len(plan.past))]
        for _ in range(count):
            category: NeedCategory = self._pick(self._need_categories)
            status: NeedStatus = self._pick(statuses)
            meeting = rng.choice(early) if early and rng.random() < 0.85 else None
            facts = {
                "n": rng.randint(4, 25),
                "n2": rng.randint(2, 6),
                "skill": rng.choice(plan.skills),
                "hire": rng.choice(plan.sector.hires),
                "season": self._season_after(meeting.day if meeting else plan.first_day),
                "city": plan.city,
            }
            description = rng.choice(vocab.NEED_DESCRIPTIONS[category]).format_map(facts)
            initiative_id = None
            if (
                plan.initiatives
                and status in (NeedStatus.IN_PROGRESS, NeedStatus.MET)
                and rng.random() < 0.6
            ):
                initiative_id = rng.choice(plan.initiatives).id
            day = meeting.day if meeting else plan.first_day
            if meeting is not None:
                if category is NeedCategory.TALENT or category is NeedCategory.SKILLS:
                    meeting.talent_items.append(description)
                else:
                    meeting.need_items.append(description)
            self.tables["needs"].append(
                {
                    "id": self._id("needs"),
                    "uuid": self._uuid(),
                    "created_at": self._at(day, 22 * 60 + 15),
                    "updated_at": self._at(day, 22 * 60 + 15)
                    if status is NeedStatus.OPEN
                    else self._at(max(day, plan.past[-1].day), 23 * 60),
                    "partner_id": plan.id,
                    "category": category,
                    "description": description,
                    "priority": self._pick(_PRIORITIES),
                    "status": status,
                    "meeting_id": meeting.id if meeting else None,
                    "initiative_id": initiative_id,
                }
            )

    def _commitments(self, plan: _PartnerPlan, profile: StageProfile) -> None:
        rng = self.rng
        today = self.today
        past = plan.past
        past_days = [meeting.day for meeting in past]
        # Only meetings old enough can be the origin of a promise that was kept or missed.
        old_enough = bisect_right(past_days, today - CLOSED_MIN_AGE_DAYS)
        # An ended relationship has no promises still open.
        ceiling = SHARE_CLOSED if plan.stage is PartnerStage.ENDED else 1.0
        for _ in range(rng.randint(*profile.commitments)):
            direction = Direction.OURS if rng.random() < 0.5 else Direction.THEIRS
            draw = rng.random() * ceiling
            span = rng.choice(DUE_SPANS)
            done: int | None = None
            dropped: int | None = None
            meeting: _MeetingPlan | None
            if draw < SHARE_CLOSED and old_enough:
                meeting = past[int(rng.random() * old_enough)]
                created = meeting.day
                due = created + span
                if draw < SHARE_ON_TIME:
                    done = min(created + rng.randint(max(1, span // 3), span), today)
                elif draw < SHARE_ON_TIME + SHARE_LATE:
                    due = min(due, today - 2)
                    done = due + rng.randint(1, min(30, today - due))
                else:
                    dropped = min(created + rng.randint(span // 2, span + 30), today)
            else:
                if rng.random() < 0.5:
                    due = today - rng.randint(1, 45)
                else:
                    due = today + rng.randint(0, 40)
                created = max(min(due - span, today - rng.randint(0, 5)), plan.first_day)
                # The promise came from the last meeting before it, if there was one recently.
                index = bisect_right(past_days, created) - 1
                meeting = None
                if index >= 0 and created - past_days[index] <= 45:
                    meeting = past[index]
                    created = meeting.day
                due = max(due, created + 3)

            # Some promises slipped once or twice before they were kept, dropped or still open.
            chain = [due]
            rescheduled_on: list[int] = []
            if rng.random() < SHARE_RESCHEDULED and due - created >= 10:
                times = 2 if due - created >= 20 and rng.random() < 0.3 else 1
                chain = [*sorted(rng.sample(range(created + 4, due - 2), times)), due]
                previous = created
                for earlier_due in chain[:-1]:
                    moved = max(min(earlier_due + rng.randint(-5, 2), today), previous)
                    rescheduled_on.append(moved)
                    previous = moved
                if done is not None:
                    done = max(done, previous)
                if dropped is not None:
                    dropped = max(dropped, previous)

            if direction is Direction.OURS:
                owner_id = (rng.choice(meeting.ours) if meeting else plan.owner).id
                contact = rng.choice(meeting.theirs if meeting else plan.people)
                owner_first = self._our_first(owner_id, meeting, plan)
            else:
                their = rng.choice(meeting.theirs if meeting else plan.people)
                owner_id, contact, owner_first = their.id, their, their.first

            follow_ups = 0
            last_follow_up: int | None = None
            late_or_overdue = (done is not None and done > due) or (
                done is None and dropped is None and due < today
            )
            if direction is Direction.THEIRS and late_or_overdue and rng.random() < 0.7:
                latest = done - 1 if done is not None else today
                candidate = min(latest, due + rng.randint(1, 14))
                if candidate > created:
                    follow_ups = rng.randint(1, 3)
                    last_follow_up = candidate

            initiative_id = None
            if plan.initiatives and rng.random() < 0.35:
                started = [ini for ini in plan.initiatives if ini.started <= created]
                if started:
                    initiative_id = rng.choice(started).id

            facts = {
                "n": rng.randint(3, 15),
                "n2": rng.randint(2, 8),
                "skill": rng.choice(plan.skills),
                "season": self._season_after(created),
                "event": rng.choice(vocab.EVENTS),
                "school": rng.choice(vocab.OUR_SCHOOLS),
                "their_first": contact.first,
                "their_title2": rng.choice(plan.sector.titles),
            }
            pool = vocab.OUR_COMMITMENTS if direction is Direction.OURS else vocab.THEIR_COMMITMENTS
            description = rng.choice(pool).format_map(facts)
            if meeting is not None:
                mark = "x" if done is not None else " "
                line = f"- [{mark}] {description} — {owner_first}, by {self._short_date(chain[0])}"
                items = meeting.our_items if direction is Direction.OURS else meeting.their_items
                items.append(line)

            if done is not None:
                status = CommitmentStatus.DONE
                closed: int | None = done
            elif dropped is not None:
                status = CommitmentStatus.DROPPED
                closed = dropped
            else:
                status = CommitmentStatus.OPEN
                closed = None
            commitment_id = self._id("commitments")
            created_minute = (meeting.minute + 90) if meeting else 21 * 60
            last_change = max(closed or created, *(rescheduled_on or [created]))
            self.tables["commitments"].append(
                {
                    "id": commitment_id,
                    "uuid": self._uuid(),
                    "created_at": self._at(created, created_minute),
                    "updated_at": self._at(last_change, created_minute + 30),
                    "partner_id": plan.id,
                    "direction": direction,
                    "description": description,
                    "owner_id": owner_id,
                    "due_on": date.fromordinal(due),
                    "status": status,
                    "done_on": date.fromordinal(done) if done is not None else None,
                    "meeting_id": meeting.id if meeting else None,
                    "initiative_id": initiative_id,
                    "follow_up_count": follow_ups,
                    "last_follow_up_on": date.fromordinal(last_follow_up)
                    if last_follow_up is not None
                    else None,
                }
            )
            # The ledger: the first fact carries the due date first agreed.
            self._event(
                commitment_id, CommitmentEventKind.CREATED, created, chain[0], created_minute
            )
            for moved_on, new_due in zip(rescheduled_on, chain[1:], strict=True):
                self._event(
                    commitment_id, CommitmentEventKind.RESCHEDULED, moved_on, new_due, 20 * 60
                )
            if done is not None:
                self._event(commitment_id, CommitmentEventKind.DONE, done, due, 21 * 60)
            elif dropped is not None:
                self._event(commitment_id, CommitmentEventKind.DROPPED, dropped, due, 21 * 60)

    def _our_first(self, person_id: int, meeting: _MeetingPlan | None, plan: _PartnerPlan) -> str:
        for person in meeting.ours if meeting else [plan.owner]:
            if person.id == person_id:
                return person.first
        return plan.owner.first

    def _event(
        self, commitment_id: int, kind: CommitmentEventKind, day: int, due: int, minute: int
    ) -> None:
        stamp = self._at(day, minute)
        self.tables["commitment_events"].append(
            {
                "id": self._id("commitment_events"),
                "uuid": self._uuid(),
                "created_at": stamp,
                "updated_at": stamp,
                "commitment_id": commitment_id,
                "kind": kind,
                "occurred_on": date.fromordinal(day),
                "due_on": date.fromordinal(due),
            }
        )

    # -- meetings and their notes ------------------------------------------------------------

    def _meeting_rows(self, plan: _PartnerPlan, meeting: _MeetingPlan) -> None:
        rng = self.rng
        mode = meeting.mode
        their = meeting.theirs[0]
        other = meeting.theirs[1] if len(meeting.theirs) > 1 else rng.choice(plan.people)
        our = meeting.ours[-1]
        facts: dict[str, Any] = {
            "their_first": their.first,
            "their_name": their.full,
            "their_title": their.title,
            "their2_first": other.first,
            "our_first": our.first,
            "short": plan.short,
            "city": plan.city,
            "skill": rng.choice(plan.skills),
            "hire": rng.choice(plan.sector.hires),
            "n": rng.randint(3, 25),
            "n2": rng.randint(2, 8),
            "pct": rng.randint(10, 40),
            "q": rng.randint(1, 4),
            "season": self._season_after(meeting.day),
            "month": vocab.MONTH_NAMES[date.fromordinal(meeting.day + 40).month - 1],
            "date": self._short_date(meeting.day + rng.randint(7, 21)),
            "offer": rng.choice(self._offer_names),
            "school": rng.choice(vocab.OUR_SCHOOLS),
            "event": rng.choice(vocab.EVENTS),
        }

        location = ""
        at_premises = False
        if mode is MeetingMode.IN_PERSON:
            where = rng.random()
            if where < 0.55:
                location = f"{plan.short} offices, {plan.city}"
                at_premises = True
            elif where < 0.85:
                location = rng.choice(vocab.CAMPUS_LOCATIONS)
            else:
                location = rng.choice(vocab.OFF_SITE_LOCATIONS)
        elif mode is MeetingMode.VIDEO:
            location = rng.choice(vocab.VIDEO_PLATFORMS)
        elif mode is MeetingMode.PHONE:
            location = "Phone"
        elif mode is MeetingMode.EVENT:
            location = rng.choice(vocab.EVENT_PLACES)

        if mode is MeetingMode.EVENT:
            title = facts["event"]
        elif meeting.index == 0:
            title = rng.choice(vocab.FIRST_MEETING_TITLES).format_map(facts)
        else:
            title = rng.choice(vocab.MEETING_TITLES[mode.value]).format_map(facts)

        if meeting.upcoming:
            notes = rng.choice(vocab.UPCOMING_PREP).format_map(facts)
            created = self._at(self.today - rng.randint(1, 10), 15 * 60)
            updated = created
            follow_up = None
        else:
            notes = self._notes(meeting, facts)
            created = self._at(meeting.day, meeting.minute)
            updated = self._at(meeting.day, meeting.minute + 75)
            follow_up = None
            if mode is not MeetingMode.NOTE and rng.random() < 0.3:
                follow_up = date.fromordinal(meeting.day + rng.randint(3, 14))

        self.tables["meetings"].append(
            {
                "id": meeting.id,
                "uuid": self._uuid(),
                "created_at": created,
                "updated_at": updated,
                "partner_id": plan.id,
                "starts_at": self._at(meeting.day, meeting.minute),
                "duration_minutes": rng.choice(DURATIONS[mode]),
                "mode": mode,
                "location": location,
                "at_partner_premises": at_premises,
                "title": title,
                "notes": notes,
                "follow_up_on": follow_up,
            }
        )
        attendees = self.tables["meeting_attendees"]
        for person in meeting.theirs:
            attendees.append({"meeting_id": meeting.id, "person_id": person.id})
        for ours in meeting.ours:
            attendees.append({"meeting_id": meeting.id, "person_id": ours.id})

    def _notes(self, meeting: _MeetingPlan, facts: dict[str, Any]) -> str:
        """Notes as they get typed in a meeting: the template's headings, short bullets."""
        rng = self.rng
        random = rng.random
        mode = meeting.mode
        blocks: list[str] = []
        if mode is MeetingMode.NOTE:
            blocks.append(rng.choice(vocab.QUICK_NOTES).format_map(facts))
            if meeting.our_items or meeting.their_items:
                blocks.append("\n".join([HEADING_NEXT, *meeting.our_items, *meeting.their_items]))
            return "\n\n".join(blocks)

        if mode is MeetingMode.EMAIL:
            blocks.append(rng.choice(vocab.EMAIL_OPENINGS).format_map(facts))
            chances = (0.25, 0.2, 0.1, 0.5)
        elif mode is MeetingMode.PHONE:
            chances = (0.4, 0.3, 0.2, 0.7)
        else:
            if mode is MeetingMode.EVENT:
                blocks.append(f"Met {facts['their_name']} at the {facts['event']}.")
            elif random() < 0.35:
                blocks.append(rng.choice(vocab.NOTE_OPENINGS).format_map(facts))
            chances = (0.8, 0.65, 0.55, 0.75)
        needs_chance, talent_chance, offer_chance, next_chance = chances

        if meeting.need_items or random() < needs_chance:
            lines = meeting.need_items + self._lines(
                vocab.NEEDS_LINES, 0 if meeting.need_items else 1, facts
            )
            blocks.append("\n".join([HEADING_NEEDS, *(f"- {line}" for line in lines)]))
        if meeting.talent_items or random() < talent_chance:
            lines = meeting.talent_items + self._lines(
                vocab.TALENT_LINES, 0 if meeting.talent_items else 1, facts
            )
            blocks.append("\n".join([HEADING_TALENT, *(f"- {line}" for line in lines)]))
        if random() < offer_chance:
            lines = self._lines(vocab.OFFER_LINES, 1, facts)
            blocks.append("\n".join([HEADING_OFFER, *(f"- {line}" for line in lines)]))
        if meeting.our_items:
            blocks.append("\n".join([HEADING_OURS, *meeting.our_items]))
        if meeting.their_items:
            blocks.append("\n".join([HEADING_THEIRS, *meeting.their_items]))
        if random() < next_chance:
            # Steps from meetings a while back have mostly been ticked off since.
            settled = self.today - meeting.day > 21
            lines = self._lines(vocab.NEXT_STEP_LINES, 1, facts)
            marks = ["x" if settled and random() < 0.75 else " " for _ in lines]
            blocks.append(
                "\n".join(
                    [
                        HEADING_NEXT,
                        *(f"- [{m}] {line}" for m, line in zip(marks, lines, strict=True)),
                    ]
                )
            )
        return "\n\n".join(blocks)

    def _lines(self, pool: Sequence[str], at_least: int, facts: dict[str, Any]) -> list[str]:
        """Zero to three distinct lines from a pool, filled in with the meeting's facts."""
        count = self.rng.randint(at_least, 3)
        if count == 0:
            return []
        return [line.format_map(facts) for line in self.rng.sample(pool, count)]


_FIRST_MODES = _weighted(FIRST_MEETING_MODES)
_SECOND_MODES = _weighted(SECOND_MEETING_MODES)
_LATER_MODES = _weighted(LATER_MEETING_MODES)
_PEOPLE_COUNTS = _weighted(PEOPLE_PER_PARTNER)
_THEIR_ATTENDEES = _weighted(THEIR_ATTENDEES)
_TAG_COUNTS = _weighted(TAGS_PER_PARTNER)
_NEED_COUNTS = _weighted(NEEDS_PER_PARTNER)
_PRIORITIES = _weighted(PRIORITIES)
_SIZES = _weighted(INITIATIVE_SIZES)
