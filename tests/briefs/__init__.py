"""Tests of the one-page partner brief; builders of brief content they share."""

from datetime import UTC, date, datetime, timedelta

from partnerdesk.domain.brief import (
    BriefContent,
    BriefHeader,
    BriefInitiative,
    BriefMeeting,
    BriefNeed,
    BriefPerson,
    BriefPromise,
)
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
from partnerdesk.domain.track_record import Tally, TrackRecord

PREPARED_ON = date(2026, 11, 27)
HOSTILE = '<img src="file:///etc/passwd">'
LONG_NOTE = (
    "We went through the draft agreement clause by clause and agreed that the data "
    "sharing annex needs a second reading by both legal teams before anyone signs. " * 4
)


def minimal_brief(name: str = "Quiet Partner") -> BriefContent:
    """A partner with nothing but a name."""
    return BriefContent(
        header=BriefHeader(
            name=name,
            kind=PartnerKind.OTHER,
            stage=PartnerStage.PROSPECT,
            sector="",
            city="",
            owner_name="",
            relationship_since=None,
            last_contact=None,
            last_in_person=None,
        ),
        talking_points=(),
        needs=(),
        initiatives=(),
        our_promises=(),
        their_promises=(),
        record=TrackRecord(),
        meetings=(),
        people=(),
        prepared_on=PREPARED_ON,
    )


def typical_brief(name: str = "Northwind Bank") -> BriefContent:
    """What a busy, ordinary partner's brief holds."""
    return BriefContent(
        header=BriefHeader(
            name=name,
            kind=PartnerKind.COMPANY,
            stage=PartnerStage.ACTIVE,
            sector="Financial services",
            city="Rotterdam",
            owner_name="Dana Whitfield",
            relationship_since=date(2021, 3, 4),
            last_contact=date(2026, 11, 12),
            last_in_person=date(2026, 4, 2),
        ),
        talking_points=(
            "Ask about their overdue items: Send the internship budget (due 1 Nov 2026)",
            "Report on ours: Share the AI course syllabus (due 15 Nov 2026)",
            "Need not yet addressed: Data scientists for the fraud team",
            "Check in on Fraud analytics pilot",
            "No face-to-face meeting for 7 months",
        ),
        needs=(
            _need(Priority.HIGH, NeedCategory.TALENT, "Data scientists for the fraud team"),
            _need(Priority.MEDIUM, NeedCategory.RESEARCH, "A study of small-business lending"),
            _need(Priority.LOW, NeedCategory.VISIBILITY, "Speaking slot at the career fair"),
        ),
        initiatives=(
            _initiative("Fraud analytics pilot", due=True),
            _initiative("Guest lectures in finance"),
        ),
        our_promises=(
            _promise(Direction.OURS, "Share the AI course syllabus", overdue=True),
            _promise(Direction.OURS, "Introduce the dean of engineering"),
            _promise(Direction.OURS, "Send the lab visit dates"),
        ),
        their_promises=(
            _promise(Direction.THEIRS, "Send the internship budget", overdue=True),
            _promise(Direction.THEIRS, "Name a project sponsor"),
        ),
        record=TrackRecord(ours=Tally(9, 10), theirs=Tally(4, 6)),
        meetings=tuple(_meeting(n) for n in range(3)),
        people=(
            _person("Ines Moreau", "Head of Data", "champion", "Dana Whitfield"),
            _person("Tom Berg", "Chief People Officer", "decision maker", ""),
            _person("Ayla Demir", "Analytics Lead", "", "Sam Okafor"),
        ),
        prepared_on=PREPARED_ON,
    )


def huge_brief(name: str = "Globex Megacorp") -> BriefContent:
    """500 meetings' worth of history: far more of everything than one page holds."""
    base = typical_brief(name)
    return BriefContent(
        header=base.header,
        talking_points=tuple(f"Talking point {n}: {LONG_NOTE[:120]}" for n in range(6)),
        needs=tuple(
            _need(Priority.MEDIUM, NeedCategory.SKILLS, f"Need {n}: {LONG_NOTE}") for n in range(40)
        ),
        initiatives=tuple(_initiative(f"Initiative {n}") for n in range(25)),
        our_promises=tuple(
            _promise(Direction.OURS, f"Our promise {n}: {LONG_NOTE[:90]}", overdue=n % 3 == 0)
            for n in range(100)
        ),
        their_promises=tuple(
            _promise(Direction.THEIRS, f"Their promise {n}: {LONG_NOTE[:90]}") for n in range(100)
        ),
        record=TrackRecord(ours=Tally(150, 180), theirs=Tally(60, 120)),
        meetings=tuple(_meeting(n) for n in range(3)),
        people=tuple(_person(f"Person {n}", "Vice President", "champion", "") for n in range(80)),
        prepared_on=PREPARED_ON,
    )


def _need(priority: Priority, category: NeedCategory, description: str) -> BriefNeed:
    return BriefNeed(
        category=category,
        priority=priority,
        status=NeedStatus.OPEN,
        description=description,
        addressed=priority is Priority.MEDIUM,
    )


def _initiative(name: str, *, due: bool = False) -> BriefInitiative:
    return BriefInitiative(
        name=name,
        goal="Place six graduates in the fraud team by June",
        size=InitiativeSize.PILOT,
        status=InitiativeStatus.ACTIVE,
        next_check_in_on=date(2026, 12, 1) if due else None,
        check_in_due=due,
        pairings=(("Dana Whitfield", "Ines Moreau"), ("Sam Okafor", "Ayla Demir")),
    )


def _promise(direction: Direction, description: str, *, overdue: bool = False) -> BriefPromise:
    return BriefPromise(
        direction=direction,
        description=description,
        owner_name="Dana Whitfield" if direction is Direction.OURS else "Tom Berg",
        due_on=date(2026, 11, 1) if overdue else date(2026, 12, 15),
        status=CommitmentStatus.OPEN,
        overdue=overdue,
    )


def _meeting(age: int) -> BriefMeeting:
    return BriefMeeting(
        starts_at=datetime(2026, 11, 12, 14, tzinfo=UTC) - timedelta(days=30 * age),
        mode=(MeetingMode.VIDEO, MeetingMode.IN_PERSON, MeetingMode.PHONE)[age % 3],
        title=f"Quarterly review {3 - age}",
        key_lines=(
            "They need two more data scientists by spring",
            "Budget for the internships is waiting on their CFO",
            LONG_NOTE[:140],
        ),
    )


def _person(name: str, title: str, role: str, counterpart: str) -> BriefPerson:
    return BriefPerson(name=name, title=title, role=role, counterpart=counterpart)
