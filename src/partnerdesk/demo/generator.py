"""Fills an empty notebook with a believable, reproducible partnership history."""

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from random import Random
from typing import Any, TypeVar

from partnerdesk.demo import vocabulary as vocab
from partnerdesk.domain.counts import Counts
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


_EARLY_NEEDS = (
    (NeedStatus.OPEN, 60),
    (NeedStatus.IN_PROGRESS, 25),
    (NeedStatus.MET, 5),
    (NeedStatus.DECLINED, 10),
)
_WORKING_NEEDS = (
    (NeedStatus.OPEN, 25),
    (NeedStatus.IN_PROGRESS, 35),
    (NeedStatus.MET, 30),
    (NeedStatus.DECLINED, 10),
)
_FADED_NEEDS = (
    (NeedStatus.OPEN, 35),
    (NeedStatus.IN_PROGRESS, 10),
    (NeedStatus.MET, 30),
    (NeedStatus.DECLINED, 25),
)

# More active and exploring partners than strategic or ended ones; about ten meetings,
# five commitments and 0.6 initiatives per partner on average.
STAGES: dict[PartnerStage, StageProfile] = {
    PartnerStage.PROSPECT: StageProfile(
        weight=10,
        start_days_ago=(20, 200),
        last_days_ago=(0, 60),
        meetings=(1, 3),
        commitments=(1, 3),
        initiatives=(1.0,),
        initiative_statuses=((InitiativeStatus.PROPOSED, 1),),
        need_statuses=_EARLY_NEEDS,
    ),
    PartnerStage.EXPLORING: StageProfile(
        weight=25,
        start_days_ago=(90, 420),
        last_days_ago=(0, 60),
        meetings=(3, 8),
        commitments=(3, 6),
        initiatives=(0.6, 0.4),
        initiative_statuses=((InitiativeStatus.PROPOSED, 7), (InitiativeStatus.ACTIVE, 3)),
        need_statuses=_EARLY_NEEDS,
    ),
    PartnerStage.ACTIVE: StageProfile(
        weight=35,
        start_days_ago=(300, HISTORY_DAYS),
        last_days_ago=(0, 45),
        meetings=(7, 18),
        commitments=(3, 7),
        initiatives=(0.4, 0.45, 0.15),
        initiative_statuses=(
            (InitiativeStatus.ACTIVE, 6),
            (InitiativeStatus.DONE, 2),
            (InitiativeStatus.PAUSED, 1),
            (InitiativeStatus.PROPOSED, 1),
        ),
        need_statuses=_WORKING_NEEDS,
    ),
    PartnerStage.STRATEGIC: StageProfile(
        weight=10,
        start_days_ago=(700, HISTORY_DAYS),
        last_days_ago=(0, 21),
        meetings=(18, 32),
        commitments=(6, 10),
        initiatives=(0.0, 0.3, 0.4, 0.3),
        initiative_statuses=(
            (InitiativeStatus.ACTIVE, 12),
            (InitiativeStatus.DONE, 5),
            (InitiativeStatus.PAUSED, 1),
            (InitiativeStatus.PROPOSED, 2),
        ),
        need_statuses=_WORKING_NEEDS,
    ),
    PartnerStage.DORMANT: StageProfile(
        weight=12,
        start_days_ago=(500, HISTORY_DAYS),
        last_days_ago=(120, 365),
        meetings=(4, 10),
        commitments=(3, 6),
        initiatives=(0.5, 0.5),
        initiative_statuses=((InitiativeStatus.PAUSED, 6), (InitiativeStatus.DONE, 4)),
        need_statuses=_FADED_NEEDS,
    ),
    PartnerStage.ENDED: StageProfile(
        weight=8,
        start_days_ago=(800, HISTORY_DAYS),
        last_days_ago=(200, 700),
        meetings=(3, 10),
        commitments=(3, 6),
        initiatives=(0.5, 0.5),
        initiative_statuses=((InitiativeStatus.DONE, 6), (InitiativeStatus.PAUSED, 4)),
        need_statuses=_FADED_NEEDS,
    ),
}

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
PLACE_NAME_SHARE = 0.4
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
    """Values and their cumulative weights, prepared once for `_NotebookBuilder._pick`."""
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
    offers: list[str]
    meetings: list[_MeetingPlan] = field(default_factory=list)
    past: list[_MeetingPlan] = field(default_factory=list)
    initiatives: list[_InitiativePlan] = field(default_factory=list)


class _NotebookBuilder:
    """Generates every row as a plain dict, with ids assigned here so rows can refer to each
    other before anything is written."""

    def __init__(self, rng: Random, today: date) -> None:
        self.rng = rng
        self._random = rng.random
        self._getrandbits = rng.getrandbits
        self._stamps: dict[int, datetime] = {}
        self._dates: dict[int, date] = {}
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

    # The helpers below draw from the seeded generator only, like `Random.choice` and
    # friends, but at a fraction of their cost: they run a few million times at scale.

    def _choice(self, items: Sequence[T]) -> T:
        return items[int(self._random() * len(items))]

    def _randint(self, low: int, high: int) -> int:
        return low + int(self._random() * (high - low + 1))

    def _few(self, items: Sequence[T], count: int) -> list[T]:
        """`count` distinct items (at most all of them), like a small `Random.sample`."""
        size = len(items)
        if count >= size:
            return list(items)
        picked: list[int] = []
        while len(picked) < count:
            index = int(self._random() * size)
            if index not in picked:
                picked.append(index)
        return [items[index] for index in picked]

    def _pick(self, prepared: tuple[tuple[T, ...], tuple[int, ...]]) -> T:
        """One value by weight, from `_weighted`'s cumulative weights."""
        values, cumulative = prepared
        return values[bisect_right(cumulative, self._random() * cumulative[-1])]

    def _uuid(self) -> str:
        """Same text as `str(uuid.UUID(int=rng.getrandbits(128), version=4))`, made faster."""
        bits = self._getrandbits(128)
        bits = (bits & _UUID_CLEAR) | _UUID_SET
        digits = f"{bits:032x}"
        return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"

    def _at(self, day: int, minute: int) -> datetime:
        """An aware UTC datetime `minute` minutes after midnight of the ordinal `day`."""
        key = day * 1440 + minute
        stamp = self._stamps.get(key)
        if stamp is None:
            stamp = self._midnight + timedelta(days=day - self.today, minutes=minute)
            self._stamps[key] = stamp
        return stamp

    def _date(self, day: int) -> date:
        value = self._dates.get(day)
        if value is None:
            value = self._dates[day] = date.fromordinal(day)
        return value

    def _email_name(self, name: str) -> str:
        part = self._email_parts.get(name)
        if part is None:
            part = self._email_parts[name] = _email_part(name)
        return part

    def _short_date(self, day: int) -> str:
        value = self._date(day)
        return f"{vocab.MONTH_ABBREVIATIONS[value.month - 1]} {value.day}"

    def _season_after(self, day: int) -> str:
        value = self._date(day)
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

    @staticmethod
    def _next_weekday(day: int) -> int:
        """Moves a weekend day on to the Monday after it."""
        weekday = (day + 6) % 7
        return day + (7 - weekday) if weekday >= 5 else day

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
        wanted = min(OUR_PEOPLE_CAP, max(len(vocab.OUR_CORE_PEOPLE), 12 + partners // 50))
        specs = list(vocab.OUR_CORE_PEOPLE)
        while len(specs) < wanted:
            specs.append(self._choice(vocab.OUR_EXTRA_PEOPLE))
        created = self._at(self.today - HISTORY_DAYS - 60, 14 * 60)
        emails: set[str] = set()
        for title, role, may_own in specs:
            first = self._choice(vocab.FIRST_NAMES)
            last = self._choice(vocab.LAST_NAMES)
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
                    "phone": f"+1 617-555-01{self._randint(0, 99):02d}",
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
        count = min(len(vocab.OFFERS), self._randint(28, 36))
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
        ) and (self._random() < INTERNATIONAL_SHARE)
        if international:
            city, country, dial = self._choice(vocab.INTERNATIONAL_CITIES)
            region = ""
            phone_prefix = f"{dial} "
        else:
            city, region, area_code = self._choice(vocab.US_CITIES)
            country = "United States"
            phone_prefix = f"+1 {area_code}-555-"
        state = vocab.STATE_NAMES.get(region) or self._choice(tuple(vocab.STATE_NAMES.values()))
        name = self._unique_name(self._base_name(sector, state), city)
        short = name.split(" (")[0]
        slug = _email_part(name)[:40]
        domain = f"{slug}.example"

        # The relationship's timeline: when it began and when we last heard from them.
        last_ago = self._randint(*profile.last_days_ago)
        start_ago = min(HISTORY_DAYS, max(self._randint(*profile.start_days_ago), last_ago + 14))
        first_day = self._weekday(self.today - start_ago, self.today)
        last_day = self._weekday(self.today - last_ago, self.today)
        # The partner was entered a little before the first meeting was logged.
        created_day = first_day - self._randint(1, 20)

        if stage is PartnerStage.STRATEGIC:
            owner = (
                self._choice(self._leaders) if self._random() < 0.4 else self._choice(self._owners)
            )
        else:
            owner = self._choice(self._owners)
        partner_id = self._id("partners")
        skills = rng.sample(sector.skills, 2)
        partner_created = self._at(created_day, self._choice(DAY_STARTS))
        people = self._their_people(partner_id, sector, domain, phone_prefix, partner_created)
        # What we would put in front of this kind of partner, among the offers we have.
        offers = [offer for offer in sector.offers if offer in self._offer_names]
        plan = _PartnerPlan(
            partner_id,
            name,
            short,
            city,
            stage,
            sector,
            skills,
            owner,
            people,
            first_day,
            offers or self._offer_names,
        )
        self._meeting_plans(plan, profile, first_day, last_day)
        self._initiatives(plan, profile)
        self._needs(plan, profile)
        self._commitments(plan, profile)
        for meeting in plan.meetings:
            self._meeting_rows(plan, meeting)

        last_activity = plan.past[-1].day if plan.past else first_day
        hire = self._choice(sector.hires)
        sector_lower = sector.sector.lower()
        facts = {
            "name": name,
            "a_sector": f"{'an' if sector_lower[0] in 'aeiou' else 'a'} {sector_lower}",
            "city": city,
            "headcount": self._choice(sector.headcounts),
            "hire": hire,
            "n": self._randint(5, 40),
            "skill": skills[0],
            "school": sector.school,
            "offer": plan.offers[0],
            "offer2": plan.offers[-1],
        }
        summary = " ".join(
            part
            for part in (
                self._choice(vocab.SUMMARY_OPENINGS).format_map(facts),
                self._choice(vocab.SUMMARY_MIDDLES).format_map(facts)
                if self._random() < 0.8
                else "",
                self._choice(vocab.SUMMARY_CLOSINGS) if self._random() < 0.5 else "",
            )
            if part
        )
        offer_lines = rng.sample(vocab.OFFER_TEXT_LINES, self._randint(1, 3))
        offer_text = "\n".join(
            dict.fromkeys(f"- {_capitalized(line.format_map(facts))}" for line in offer_lines)
        )
        number = self._randint(10, 9800)
        street = f"{number} {self._choice(vocab.STREET_NAMES)} {self._choice(vocab.STREET_TYPES)}"
        address = street if international else f"{street}, {city}, {region}"
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

    def _base_name(self, sector: vocab.SectorProfile, state: str) -> str:
        rng = self.rng
        surname, surname2 = rng.sample(vocab.NAME_SURNAMES, 2)
        stem = self._choice(vocab.NAME_STEMS)
        if self._random() < PLACE_NAME_SHARE and " " not in stem:
            stem = f"{stem} {self._choice(vocab.PLACE_ENDINGS)}"
        parts = {
            "stem": stem,
            "surname": surname,
            "surname2": surname2,
            "surname_s": f"{surname}'" if surname.endswith("s") else f"{surname}'s",
            "tech": self._choice(vocab.TECH_HEADS) + self._choice(vocab.TECH_TAILS),
            "noun": self._choice(sector.nouns),
            "corp": self._choice(vocab.CORPORATE_SUFFIXES),
            "state": state,
        }
        return self._choice(sector.name_patterns).format_map(parts)

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
            titles.append(self._choice(sector.titles))
        people: list[_Theirs] = []
        emails: set[str] = set()
        rows = self.tables["people"]
        for index, title in enumerate(titles):
            first = self._choice(vocab.FIRST_NAMES)
            last = self._choice(vocab.LAST_NAMES)
            email = f"{self._email_name(first)}.{self._email_name(last)}"
            if email in emails:
                email = f"{email}{index}"
            emails.add(email)
            if index == 0:
                role = "champion"
            elif index == 1:
                role = "decision maker"
            else:
                role = self._choice(vocab.THEIR_ROLES) if self._random() < 0.8 else ""
            person = _Theirs(self._id("people"), first, f"{first} {last}", title)
            people.append(person)
            if phone_prefix.startswith("+1 ") and phone_prefix.endswith("-555-"):
                phone = f"{phone_prefix}01{self._randint(0, 99):02d}"  # 555-01xx is fictional
            else:
                phone = f"{phone_prefix}{self._randint(1000, 9999)} {self._randint(1000, 9999)}"
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
                    "notes": self._choice(vocab.PERSON_NOTES) if self._random() < 0.25 else "",
                }
            )
        return people

    def _meeting_plans(
        self, plan: _PartnerPlan, profile: StageProfile, first_day: int, last_day: int
    ) -> None:
        count = self._randint(*profile.meetings)
        if count == 1:
            days = [last_day]
        else:
            days = [first_day, last_day]
            days += [self._randint(first_day, last_day) for _ in range(count - 2)]
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
        if active and self._random() < UPCOMING_MEETING_SHARE / 0.8:
            day = self.today + self._randint(1, UPCOMING_DAYS)
            day = self._next_weekday(day)
            if day > self.today + UPCOMING_DAYS:
                day -= 3  # the Friday before, to stay within the coming two weeks
            mode = MeetingMode.IN_PERSON if self._random() < 0.6 else MeetingMode.VIDEO
            meeting = self._plan_meeting(plan, day, mode, len(days))
            meeting.upcoming = True
            plan.meetings.append(meeting)

    def _plan_meeting(
        self, plan: _PartnerPlan, day: int, mode: MeetingMode, index: int
    ) -> _MeetingPlan:
        people = plan.people
        if mode is MeetingMode.EMAIL or mode is MeetingMode.NOTE:
            theirs = [people[0] if self._random() < 0.6 else self._choice(people)]
            ours = [plan.owner]
        else:
            wanted: int = self._pick(_THEIR_ATTENDEES)
            theirs = self._few(people, wanted)
            ours = [plan.owner]
            extra = self._random()
            # The president meets new partners in person, early on.
            if index < 2 and mode is MeetingMode.IN_PERSON and extra < 0.3:
                ours.append(self._choice(self._leaders))
            elif extra < 0.45:
                ours.append(self._choice(self._specialists))
            if len(ours) == 2 and ours[0] is ours[1]:
                ours.pop()
        minute = self._choice(EVENT_STARTS if mode is MeetingMode.EVENT else DAY_STARTS)
        return _MeetingPlan(self._id("meetings"), day, minute, mode, index, ours, theirs)

    def _initiatives(self, plan: _PartnerPlan, profile: StageProfile) -> None:
        rng = self.rng
        if not plan.past:
            return
        count = rng.choices(range(len(profile.initiatives)), weights=profile.initiatives)[0]
        statuses = _weighted(profile.initiative_statuses)
        for _ in range(count):
            start_index = self._randint(len(plan.past) // 3, len(plan.past) - 1)
            started = plan.past[start_index].day
            status: InitiativeStatus = self._pick(statuses)
            size: InitiativeSize = self._pick(_SIZES)
            target = started + self._randint(120, 540)
            if status is InitiativeStatus.PROPOSED or status is InitiativeStatus.ACTIVE:
                check_in: int | None = self.today + self._randint(-30, 45)
            elif status is InitiativeStatus.PAUSED and self._random() < 0.5:
                check_in = self.today + self._randint(-60, 30)
            else:
                check_in = None
            skill = self._choice(plan.skills)
            hire = self._choice(plan.sector.hires)
            target_date = self._date(target)
            facts = {
                "skill": skill,
                "Skill": _capitalized(skill),
                "short": plan.short,
                "Short": plan.short,
                "hire": hire,
                "Hire": _capitalized(hire),
                "n": self._randint(4, 20),
                "n2": self._randint(2, 8),
                "season": self._season_after(started),
                "target": f"{vocab.MONTH_NAMES[target_date.month - 1]} {target_date.year}",
            }
            name_template, goal_template = self._choice(vocab.INITIATIVES)
            initiative_id = self._id("initiatives")
            plan.initiatives.append(_InitiativePlan(initiative_id, started))
            self.tables["initiatives"].append(
                {
                    "id": initiative_id,
                    "uuid": self._uuid(),
                    "created_at": self._at(started, 22 * 60),
                    "updated_at": self._at(max(started, plan.past[-1].day), 22 * 60 + 30),
                    "partner_id": plan.id,
                    "name": name_template.format_map(facts),
                    "goal": goal_template.format_map(facts),
                    "size": size,
                    "status": status,
                    "started_on": None
                    if status is InitiativeStatus.PROPOSED
                    else self._date(started),
                    "target_on": target_date,
                    "next_check_in_on": None if check_in is None else self._date(check_in),
                }
            )
            self._initiative_people(plan, initiative_id)

    def _initiative_people(self, plan: _PartnerPlan, initiative_id: int) -> None:
        rng = self.rng
        ours = [plan.owner]
        if self._random() < 0.5:
            other = self._choice(self._specialists)
            if other is not plan.owner:
                ours.append(other)
        shape = self._random()
        # Some initiatives are still missing their partner-side lead: nobody to pair with yet.
        theirs: list[_Theirs] = (
            []
            if shape < 0.08
            else rng.sample(plan.people, min(self._randint(1, 3), len(plan.people)))
        )
        members = self.tables["initiative_members"]
        for person in ours:
            members.append(
                {
                    "initiative_id": initiative_id,
                    "person_id": person.id,
                    "side": Side.OURS,
                    "role": self._choice(vocab.OUR_INITIATIVE_ROLES),
                }
            )
        for their in theirs:
            members.append(
                {
                    "initiative_id": initiative_id,
                    "person_id": their.id,
                    "side": Side.THEIRS,
                    "role": self._choice(vocab.THEIR_INITIATIVE_ROLES),
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
        statuses = _weighted(profile.need_statuses)
        count: int = self._pick(_NEED_COUNTS)
        early = plan.past[: min(3, len(plan.past))]
        described: set[str] = set()
        for _ in range(count):
            category: NeedCategory = self._pick(self._need_categories)
            status: NeedStatus = self._pick(statuses)
            meeting = self._choice(early) if early and self._random() < 0.85 else None
            facts = {
                "n": self._randint(4, 25),
                "n2": self._randint(2, 6),
                "skill": self._choice(plan.skills),
                "hire": self._choice(plan.sector.hires),
                "season": self._season_after(meeting.day if meeting else plan.first_day),
                "city": plan.city,
            }
            template = self._choice(vocab.NEED_DESCRIPTIONS[category])
            description = _capitalized(template.format_map(facts))
            if description in described:
                continue  # a partner states a need once; fewer needs rather than a repeat
            described.add(description)
            initiative_id = None
            if (
                plan.initiatives
                and status in (NeedStatus.IN_PROGRESS, NeedStatus.MET)
                and self._random() < 0.6
            ):
                initiative_id = self._choice(plan.initiatives).id
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
        for _ in range(self._randint(*profile.commitments)):
            direction = Direction.OURS if self._random() < 0.5 else Direction.THEIRS
            draw = self._random() * ceiling
            span = self._choice(DUE_SPANS)
            done: int | None = None
            dropped: int | None = None
            meeting: _MeetingPlan | None
            if draw < SHARE_CLOSED and old_enough:
                meeting = past[int(self._random() * old_enough)]
                created = meeting.day
                due = created + span
                if draw < SHARE_ON_TIME:
                    done = min(created + self._randint(max(1, span // 3), span), today)
                elif draw < SHARE_ON_TIME + SHARE_LATE:
                    due = min(due, today - 2)
                    done = due + self._randint(1, min(30, today - due))
                else:
                    dropped = min(created + self._randint(span // 2, span + 30), today)
            else:
                if self._random() < 0.5:
                    due = today - self._randint(1, 45)
                else:
                    due = today + self._randint(0, 40)
                created = max(min(due - span, today - self._randint(0, 5)), plan.first_day)
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
            if self._random() < SHARE_RESCHEDULED and due - created >= 10:
                times = 2 if due - created >= 20 and self._random() < 0.3 else 1
                chain = [*sorted(rng.sample(range(created + 4, due - 2), times)), due]
                previous = created
                for earlier_due in chain[:-1]:
                    moved = max(min(earlier_due + self._randint(-5, 2), today), previous)
                    rescheduled_on.append(moved)
                    previous = moved
                if done is not None:
                    done = max(done, previous)
                if dropped is not None:
                    dropped = max(dropped, previous)

            if direction is Direction.OURS:
                owner_id = (self._choice(meeting.ours) if meeting else plan.owner).id
                contact = self._choice(meeting.theirs if meeting else plan.people)
                owner_first = self._our_first(owner_id, meeting, plan)
            else:
                their = self._choice(meeting.theirs if meeting else plan.people)
                owner_id, contact, owner_first = their.id, their, their.first

            follow_ups = 0
            last_follow_up: int | None = None
            late_or_overdue = (done is not None and done > due) or (
                done is None and dropped is None and due < today
            )
            if direction is Direction.THEIRS and late_or_overdue and self._random() < 0.7:
                latest = done - 1 if done is not None else today
                candidate = min(latest, due + self._randint(1, 14))
                if candidate > created:
                    follow_ups = self._randint(1, 3)
                    last_follow_up = candidate

            initiative_id = None
            if plan.initiatives and self._random() < 0.35:
                started = [ini for ini in plan.initiatives if ini.started <= created]
                if started:
                    initiative_id = self._choice(started).id

            facts = {
                "n": self._randint(3, 15),
                "n2": self._randint(2, 8),
                "skill": self._choice(plan.skills),
                "season": self._season_after(created),
                "event": self._choice(vocab.EVENTS),
                "school": self._our_school(plan),
                "their_first": contact.first,
                "their_title2": self._choice(plan.sector.titles),
            }
            pool = vocab.OUR_COMMITMENTS if direction is Direction.OURS else vocab.THEIR_COMMITMENTS
            description = _capitalized(self._choice(pool).format_map(facts))
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
            # Written up after the meeting, the same evening at the latest.
            created_minute = min(meeting.minute + 90, 23 * 60) if meeting else 21 * 60
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
                    "due_on": self._date(due),
                    "status": status,
                    "done_on": self._date(done) if done is not None else None,
                    "meeting_id": meeting.id if meeting else None,
                    "initiative_id": initiative_id,
                    "follow_up_count": follow_ups,
                    "last_follow_up_on": self._date(last_follow_up)
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

    def _our_school(self, plan: _PartnerPlan) -> str:
        """Mostly the school that fits the partner's sector, sometimes another one."""
        if self._random() < 0.75:
            return plan.sector.school
        return self._choice(vocab.OUR_SCHOOLS)

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
                "occurred_on": self._date(day),
                "due_on": self._date(due),
            }
        )

    # -- meetings and their notes ------------------------------------------------------------

    def _meeting_rows(self, plan: _PartnerPlan, meeting: _MeetingPlan) -> None:
        mode = meeting.mode
        their = meeting.theirs[0]
        other = meeting.theirs[1] if len(meeting.theirs) > 1 else self._choice(plan.people)
        our = meeting.ours[-1]
        facts: dict[str, Any] = {
            "their_first": their.first,
            "their_name": their.full,
            "their_title": their.title,
            "their2_first": other.first,
            "our_first": our.first,
            "short": plan.short,
            "city": plan.city,
            "skill": self._choice(plan.skills),
            "hire": self._choice(plan.sector.hires),
            "n": self._randint(3, 25),
            "n2": self._randint(2, 8),
            "pct": self._randint(10, 40),
            "q": self._randint(1, 4),
            "season": self._season_after(meeting.day),
            "month": vocab.MONTH_NAMES[self._date(meeting.day + 40).month - 1],
            "date": self._short_date(meeting.day + self._randint(7, 21)),
            "offer": self._choice(plan.offers),
            "school": self._our_school(plan),
            "event": self._choice(vocab.EVENTS),
        }

        location = ""
        at_premises = False
        if mode is MeetingMode.IN_PERSON:
            where = self._random()
            if where < 0.55:
                location = f"{plan.short} offices, {plan.city}"
                at_premises = True
            elif where < 0.85:
                location = self._choice(vocab.CAMPUS_LOCATIONS)
            else:
                location = self._choice(vocab.OFF_SITE_LOCATIONS)
        elif mode is MeetingMode.VIDEO:
            location = self._choice(vocab.VIDEO_PLATFORMS)
        elif mode is MeetingMode.PHONE:
            location = "Phone"
        elif mode is MeetingMode.EVENT:
            location = self._choice(vocab.EVENT_PLACES)

        if mode is MeetingMode.EVENT:
            title = facts["event"]
        elif meeting.index == 0:
            title = self._choice(vocab.FIRST_MEETING_TITLES).format_map(facts)
        else:
            title = self._choice(vocab.MEETING_TITLES[mode.value]).format_map(facts)

        if meeting.upcoming:
            notes = self._choice(vocab.UPCOMING_PREP).format_map(facts)
            created = self._at(self.today - self._randint(1, 10), 15 * 60)
            updated = created
            follow_up = None
        else:
            notes = self._notes(meeting, facts)
            created = self._at(meeting.day, meeting.minute)
            updated = self._at(meeting.day, meeting.minute + 75)
            follow_up = None
            if mode is not MeetingMode.NOTE and self._random() < 0.3:
                follow_up = self._date(meeting.day + self._randint(3, 14))

        self.tables["meetings"].append(
            {
                "id": meeting.id,
                "uuid": self._uuid(),
                "created_at": created,
                "updated_at": updated,
                "partner_id": plan.id,
                "starts_at": self._at(meeting.day, meeting.minute),
                "duration_minutes": self._choice(DURATIONS[mode]),
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
            blocks.append(self._choice(vocab.QUICK_NOTES).format_map(facts))
            if meeting.our_items or meeting.their_items:
                blocks.append("\n".join([HEADING_NEXT, *meeting.our_items, *meeting.their_items]))
            return "\n\n".join(blocks)

        if mode is MeetingMode.EMAIL:
            blocks.append(self._choice(vocab.EMAIL_OPENINGS).format_map(facts))
            chances = (0.25, 0.2, 0.1, 0.5)
        elif mode is MeetingMode.PHONE:
            chances = (0.4, 0.3, 0.2, 0.7)
        else:
            if mode is MeetingMode.EVENT:
                blocks.append(f"Met {facts['their_name']} at the {facts['event']}.")
            elif random() < 0.35:
                blocks.append(self._choice(vocab.NOTE_OPENINGS).format_map(facts))
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
        count = self._randint(at_least, 3)
        if count == 0:
            return []
        return [_capitalized(line.format_map(facts)) for line in self._few(pool, count)]


# The version (4) and variant bits `uuid.UUID(..., version=4)` sets.
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (4 << 76) | (0x8000 << 48)

_FIRST_MODES = _weighted(FIRST_MEETING_MODES)
_SECOND_MODES = _weighted(SECOND_MEETING_MODES)
_LATER_MODES = _weighted(LATER_MEETING_MODES)
_PEOPLE_COUNTS = _weighted(PEOPLE_PER_PARTNER)
_THEIR_ATTENDEES = _weighted(THEIR_ATTENDEES)
_TAG_COUNTS = _weighted(TAGS_PER_PARTNER)
_NEED_COUNTS = _weighted(NEEDS_PER_PARTNER)
_PRIORITIES = _weighted(PRIORITIES)
_SIZES = _weighted(INITIATIVE_SIZES)
