"""The one-page partner brief as plain values: what it says, before any layout.

`BriefFacts` is what the store gathers about one partner; `build_brief` (below) turns
it into `BriefContent`, the sections the renderer lays out on one page.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from partnerdesk.domain.agenda import local_day
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
from partnerdesk.domain.meeting_template import capture_headings
from partnerdesk.domain.models import Commitment, Initiative, Meeting, Need, Partner, Person
from partnerdesk.domain.text import Translate, untranslated
from partnerdesk.domain.track_record import TrackRecord, is_overdue, track_record

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


# --- Building the brief -----------------------------------------------------------------------

DayFormat = Callable[[date], str]

CHECK_IN_HORIZON = timedelta(days=7)
FACE_TO_FACE_MONTHS = 6  # say "no face-to-face meeting for N months" from this many on
MAX_TALKING_POINTS = 6
MAX_KEY_LINES = 3
KEY_LINE_WIDTH = 140
MEETINGS_SHOWN = 3
ITEMS_PER_POINT = 2  # overdue items named in one talking point before "and N more"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
_ROLE_ORDER = {"champion": 0, "decision maker": 1, "executive sponsor": 2}
# Sections of the capture template whose lines say most about what happens next.
_PREFERRED_SECTIONS = frozenset({"their needs and concerns", "commitments theirs", "next steps"})
# Their places among the capture template's headings, to find them in the user's language.
_PREFERRED_HEADINGS = (0, 4, 5)

_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_LIST_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s*)+")
_CHECKBOX = re.compile(r"^\[[ xX]\]\s*")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*\*|__|`")


def format_day_plain(day: date) -> str:
    """A day as "3 Mar 2026", in English on every computer, whatever its locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def build_brief(
    facts: BriefFacts,
    today: date,
    format_day: DayFormat = format_day_plain,
    translate: Translate = untranslated,
) -> BriefContent:
    """The sections of one partner's brief as of `today`; `format_day` writes dates in
    talking points (the user interface passes its locale's short date) and `translate`
    their words (the user interface passes its translator)."""
    needs = brief_needs(facts.needs)
    initiatives = brief_initiatives(facts, today)
    ours, theirs = brief_promises(facts, today)
    headings = capture_headings(lambda text: translate("MeetingTemplate", text))
    preferred = _PREFERRED_SECTIONS | {_section_key(headings[i]) for i in _PREFERRED_HEADINGS}
    return BriefContent(
        header=brief_header(facts),
        talking_points=talking_points(
            needs,
            initiatives,
            ours,
            theirs,
            facts.last_in_person_at,
            today,
            format_day,
            translate,
        ),
        needs=needs,
        initiatives=initiatives,
        our_promises=ours,
        their_promises=theirs,
        record=track_record(facts.commitments, today),
        meetings=tuple(
            BriefMeeting(
                starts_at=meeting.starts_at,
                mode=meeting.mode,
                title=meeting.title,
                key_lines=key_lines(meeting.notes, preferred=preferred),
            )
            for meeting in facts.recent_meetings[:MEETINGS_SHOWN]
        ),
        people=brief_people(facts),
        prepared_on=today,
    )


def brief_header(facts: BriefFacts) -> BriefHeader:
    partner = facts.partner
    return BriefHeader(
        name=partner.name,
        kind=partner.kind,
        stage=partner.stage,
        sector=partner.sector,
        city=partner.city,
        owner_name=facts.owner_name,
        relationship_since=facts.first_meeting_on,
        last_contact=_day_of(facts.last_contact_at),
        last_in_person=_day_of(facts.last_in_person_at),
    )


def brief_needs(needs: Iterable[Need]) -> tuple[BriefNeed, ...]:
    """Open and in-progress needs, high priority first, then in the order they were noted."""
    live = [n for n in needs if n.status in (NeedStatus.OPEN, NeedStatus.IN_PROGRESS)]
    live.sort(key=lambda need: (_PRIORITY_ORDER.get(need.priority, 3), need.id))
    return tuple(
        BriefNeed(
            category=need.category,
            priority=need.priority,
            status=need.status,
            description=need.description,
            addressed=need.initiative_id is not None,
        )
        for need in live
    )


def brief_initiatives(facts: BriefFacts, today: date) -> tuple[BriefInitiative, ...]:
    """Initiatives not done, the next check-in first (none last), with pairings by name."""
    their_names = {person.id: person.full_name for person in facts.their_people}
    live = [i for i in facts.initiatives if i.status is not InitiativeStatus.DONE]
    live.sort(key=lambda i: (i.next_check_in_on is None, i.next_check_in_on or today, i.id))
    return tuple(
        BriefInitiative(
            name=initiative.name,
            goal=initiative.goal,
            size=initiative.size,
            status=initiative.status,
            next_check_in_on=initiative.next_check_in_on,
            check_in_due=check_in_due(initiative, today),
            pairings=tuple(
                (facts.our_people[p.our_person_id], their_names[p.their_person_id])
                for p in initiative.pairings
                # A pairing with someone since deleted says nothing useful.
                if p.our_person_id in facts.our_people and p.their_person_id in their_names
            ),
        )
        for initiative in live
    )


def check_in_due(initiative: Initiative, today: date) -> bool:
    """A check-in is due when it falls within the coming week, or was missed."""
    return (
        initiative.next_check_in_on is not None
        and initiative.next_check_in_on <= today + CHECK_IN_HORIZON
    )


def brief_promises(
    facts: BriefFacts, today: date
) -> tuple[tuple[BriefPromise, ...], tuple[BriefPromise, ...]]:
    """Open promises, ours and theirs apart, overdue first, then by due date (undated last)."""
    names = dict(facts.our_people)
    names.update((person.id, person.full_name) for person in facts.their_people)
    open_ones = [c for c in facts.commitments if c.status is CommitmentStatus.OPEN]
    open_ones.sort(
        key=lambda c: (not is_overdue(c, today), c.due_on is None, c.due_on or today, c.id)
    )
    promises: dict[Direction, list[BriefPromise]] = {Direction.OURS: [], Direction.THEIRS: []}
    for commitment in open_ones:
        promises[commitment.direction].append(
            BriefPromise(
                direction=commitment.direction,
                description=commitment.description,
                owner_name=_name_of(names, commitment.owner_id),
                due_on=commitment.due_on,
                status=commitment.status,
                overdue=is_overdue(commitment, today),
            )
        )
    return tuple(promises[Direction.OURS]), tuple(promises[Direction.THEIRS])


def brief_people(facts: BriefFacts) -> tuple[BriefPerson, ...]:
    """Their people, the most important roles first, each with our person paired with them."""
    counterparts: dict[int, list[str]] = {}
    for initiative in facts.initiatives:
        for pairing in initiative.pairings:
            name = facts.our_people.get(pairing.our_person_id)
            found = counterparts.setdefault(pairing.their_person_id, [])
            if name and name not in found:
                found.append(name)
    people = sorted(
        facts.their_people,
        key=lambda p: (role_rank(p.role), p.full_name.casefold(), p.id),
    )
    return tuple(
        BriefPerson(
            name=person.full_name,
            title=person.title,
            role=person.role,
            counterpart=", ".join(counterparts.get(person.id, ())),
        )
        for person in people
    )


def role_rank(role: str) -> int:
    """0 for a champion, 1 decision maker, 2 executive sponsor, 3 anyone else."""
    words = " ".join(role.casefold().replace("-", " ").replace("_", " ").split())
    return _ROLE_ORDER.get(words, len(_ROLE_ORDER))


# --- Talking points ---------------------------------------------------------------------------


def talking_points(
    needs: Sequence[BriefNeed],
    initiatives: Sequence[BriefInitiative],
    our_promises: Sequence[BriefPromise],
    their_promises: Sequence[BriefPromise],
    last_in_person_at: datetime | None,
    today: date,
    format_day: DayFormat = format_day_plain,
    translate: Translate = untranslated,
) -> tuple[str, ...]:
    """What to raise in the meeting, as plain sentences, the most important first.

    Each kind of point comes once before any kind comes twice, so a long list of one
    kind cannot push the others off the page. User text is put in after translation.
    """
    first: list[str] = []
    more: list[str] = []

    their_overdue = [p for p in their_promises if p.overdue]
    if their_overdue:
        first.append(
            translate("Brief", "Ask about their overdue items: {items}").format(
                items=_items(their_overdue, format_day, translate)
            )
        )
    our_overdue = [p for p in our_promises if p.overdue]
    if our_overdue:
        first.append(
            translate("Brief", "Report on ours: {items}").format(
                items=_items(our_overdue, format_day, translate)
            )
        )

    unaddressed_need = translate("Brief", "Need not yet addressed: {need}")
    unaddressed = [
        unaddressed_need.format(need=_one_line(need.description))
        for need in needs
        if not need.addressed and need.status is NeedStatus.OPEN
    ]
    check_in = translate("Brief", "Check in on {initiative}")
    check_ins = [
        check_in.format(initiative=_one_line(i.name)) for i in initiatives if i.check_in_due
    ]
    for group in (unaddressed, check_ins):
        first.extend(group[:1])
        more.extend(group[1:])

    months = months_since(_day_of(last_in_person_at), today)
    if months is None:
        first.append(translate("Brief", "No face-to-face meeting yet"))
    elif months >= FACE_TO_FACE_MONTHS:
        first.append(
            translate("Brief", "No face-to-face meeting for {months} months").format(months=months)
        )

    return tuple((first + more)[:MAX_TALKING_POINTS])


def _items(promises: Sequence[BriefPromise], format_day: DayFormat, translate: Translate) -> str:
    due = translate("Brief", "{item} (due {date})")
    named = [
        due.format(item=_one_line(p.description), date=format_day(p.due_on))
        if p.due_on
        else _one_line(p.description)
        for p in promises[:ITEMS_PER_POINT]
    ]
    rest = len(promises) - len(named)
    more = translate("Brief", "{items}; and {count} more") if rest > 0 else "{items}"
    return more.format(items="; ".join(named), count=rest)


def months_since(day: date | None, today: date) -> int | None:
    """Whole calendar months from `day` to `today` (None for never, 0 for the future)."""
    if day is None:
        return None
    months = (today.year - day.year) * 12 + today.month - day.month
    if today.day < day.day:
        months -= 1
    return max(months, 0)


# --- Key lines of meeting notes ---------------------------------------------------------------


def key_lines(
    notes: str,
    limit: int = MAX_KEY_LINES,
    width: int = KEY_LINE_WIDTH,
    preferred: frozenset[str] = _PREFERRED_SECTIONS,
) -> tuple[str, ...]:
    """Up to `limit` informative lines of Markdown notes, markers removed, each at most
    `width` characters; lines under "Their needs and concerns", "Commitments — theirs" and
    "Next steps" (the `preferred` section keys) are preferred, and the chosen lines keep
    the order of the notes."""
    favoured: list[tuple[int, str]] = []
    others: list[tuple[int, str]] = []
    section = ""
    for position, raw in enumerate(notes.splitlines()):
        if _HEADING.match(raw):
            section = _section_key(raw)
            continue
        if _RULE.match(raw):
            continue
        line = _plain_line(raw)
        if not line:
            continue
        (favoured if section in preferred else others).append((position, line))
    chosen = sorted((favoured + others)[: max(limit, 0)])
    return tuple(_shorten(line, width) for _, line in chosen)


def _section_key(heading: str) -> str:
    """A heading reduced to lowercase words: "## Commitments — theirs" -> "commitments theirs"."""
    words = re.sub(r"[^\w\s]", " ", heading.casefold())
    return " ".join(words.split())


def _plain_line(raw: str) -> str:
    line = _LIST_MARKER.sub("", raw, count=1)
    line = _QUOTE.sub("", line, count=1)
    line = _CHECKBOX.sub("", line.strip(), count=1)
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub("", line)
    return _one_line(line)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(line: str, width: int) -> str:
    if len(line) <= width:
        return line
    return line[: max(width - 1, 0)].rstrip() + "…"


def _name_of(names: dict[int, str], person_id: int | None) -> str:
    return "" if person_id is None else names.get(person_id, "")


def _day_of(moment: datetime | None) -> date | None:
    return None if moment is None else local_day(moment)
