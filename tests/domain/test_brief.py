"""The brief's content: sections, their order, key lines of notes and talking points."""

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerdesk.domain.brief import (
    BriefFacts,
    build_brief,
    format_day_plain,
    key_lines,
    months_since,
    role_rank,
)
from partnerdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    InitiativeStatus,
    MeetingMode,
    NeedStatus,
    Priority,
)
from partnerdesk.domain.models import (
    Commitment,
    Initiative,
    Meeting,
    Need,
    Pairing,
    Partner,
    Person,
)
from partnerdesk.domain.track_record import Tally

TODAY = date(2026, 11, 27)


def noon(day: date) -> datetime:
    """Noon UTC falls on the same calendar day in every time zone from UTC-11 to UTC+11."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def facts(**changes: object) -> BriefFacts:
    """A partner with nothing but a name, met in person last week; `changes` add the rest."""
    base = BriefFacts(
        partner=Partner(id=1, name="Acme"),
        owner_name="",
        their_people=(),
        our_people={},
        needs=(),
        initiatives=(),
        commitments=(),
        recent_meetings=(),
        meeting_count=0,
        first_meeting_on=None,
        last_contact_at=noon(days(-7)),
        last_in_person_at=noon(days(-7)),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def promise(
    cid: int,
    direction: Direction,
    due: date | None,
    description: str = "Send the draft",
    status: CommitmentStatus = CommitmentStatus.OPEN,
    owner_id: int | None = None,
) -> Commitment:
    return Commitment(
        id=cid,
        partner_id=1,
        direction=direction,
        description=description,
        due_on=due,
        status=status,
        done_on=due if status is CommitmentStatus.DONE else None,
        owner_id=owner_id,
    )


# --- a partner with nothing ---------------------------------------------------------------------


def test_a_partner_with_nothing_but_a_name_gives_empty_sections() -> None:
    bare = dataclasses.replace(facts(), last_contact_at=None, last_in_person_at=None)

    brief = build_brief(bare, TODAY)

    assert brief.header.name == "Acme"
    assert brief.header.relationship_since is None
    assert brief.header.last_contact is None
    assert brief.header.last_in_person is None
    assert brief.needs == ()
    assert brief.initiatives == ()
    assert brief.our_promises == ()
    assert brief.their_promises == ()
    assert brief.meetings == ()
    assert brief.people == ()
    assert brief.record.ours == Tally()
    assert brief.record.theirs == Tally()
    assert brief.talking_points == ("No face-to-face meeting yet",)
    assert brief.prepared_on == TODAY


def test_header_carries_the_partner_and_the_days_of_contact() -> None:
    partner = Partner(id=1, name="Acme", sector="Energy", city="Lyon")
    brief = build_brief(
        facts(
            partner=partner,
            owner_name="Joy Martinez",
            first_meeting_on=date(2024, 3, 1),
            last_contact_at=noon(days(-2)),
            last_in_person_at=noon(days(-40)),
        ),
        TODAY,
    )

    assert brief.header.sector == "Energy"
    assert brief.header.city == "Lyon"
    assert brief.header.owner_name == "Joy Martinez"
    assert brief.header.relationship_since == date(2024, 3, 1)
    assert brief.header.last_contact == days(-2)
    assert brief.header.last_in_person == days(-40)


# --- needs --------------------------------------------------------------------------------------


def test_needs_come_high_priority_first_then_in_the_order_noted() -> None:
    needs = (
        Need(id=5, partner_id=1, description="low one", priority=Priority.LOW),
        Need(id=4, partner_id=1, description="high later", priority=Priority.HIGH),
        Need(id=2, partner_id=1, description="medium", priority=Priority.MEDIUM),
        Need(id=3, partner_id=1, description="high first", priority=Priority.HIGH),
        Need(id=1, partner_id=1, description="met", status=NeedStatus.MET),
    )

    brief = build_brief(facts(needs=needs), TODAY)

    assert [n.description for n in brief.needs] == ["high first", "high later", "medium", "low one"]


def test_a_need_with_an_initiative_is_addressed() -> None:
    needs = (
        Need(id=1, partner_id=1, description="interns", initiative_id=9),
        Need(id=2, partner_id=1, description="funding"),
    )

    brief = build_brief(facts(needs=needs), TODAY)

    assert [(n.description, n.addressed) for n in brief.needs] == [
        ("interns", True),
        ("funding", False),
    ]


# --- initiatives and people ---------------------------------------------------------------------


THEIRS = (
    Person(id=20, full_name="Zoe Other", partner_id=1, role="HR lead"),
    Person(id=21, full_name="Bea Sponsor", partner_id=1, role="Executive sponsor"),
    Person(id=22, full_name="Carl Champion", partner_id=1, role="champion"),
    Person(id=23, full_name="Dana Decides", partner_id=1, role="Decision-maker"),
    Person(id=24, full_name="Al Nobody", partner_id=1),
)
OURS = {10: "Joy Martinez", 11: "Sam Lee"}


def initiative(iid: int, next_check_in: date | None, **changes: object) -> Initiative:
    base = Initiative(
        id=iid,
        partner_id=1,
        name=f"Initiative {iid}",
        status=InitiativeStatus.ACTIVE,
        next_check_in_on=next_check_in,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("next_check_in", "due"),
    [
        (None, False),
        (days(-3), True),  # missed: still due
        (TODAY, True),
        (days(7), True),
        (days(8), False),
    ],
)
def test_check_in_is_due_within_the_coming_week(next_check_in: date | None, due: bool) -> None:
    brief = build_brief(facts(initiatives=(initiative(1, next_check_in),)), TODAY)

    assert brief.initiatives[0].check_in_due is due
    assert ("Check in on Initiative 1" in brief.talking_points) is due


def test_initiatives_show_pairings_by_name_and_skip_done_ones() -> None:
    initiatives = (
        initiative(1, days(30), pairings=(Pairing(our_person_id=10, their_person_id=22),)),
        initiative(2, None, status=InitiativeStatus.DONE),
        initiative(3, days(3), pairings=(Pairing(our_person_id=99, their_person_id=22),)),
    )

    brief = build_brief(facts(initiatives=initiatives, their_people=THEIRS, our_people=OURS), TODAY)

    assert [i.name for i in brief.initiatives] == ["Initiative 3", "Initiative 1"]
    assert brief.initiatives[1].pairings == (("Joy Martinez", "Carl Champion"),)
    assert brief.initiatives[0].pairings == ()  # our person 99 is gone


def test_people_come_by_role_with_their_counterpart() -> None:
    initiatives = (
        initiative(
            1,
            None,
            pairings=(
                Pairing(our_person_id=10, their_person_id=22),
                Pairing(our_person_id=11, their_person_id=21),
            ),
        ),
        initiative(2, None, pairings=(Pairing(our_person_id=11, their_person_id=22),)),
    )

    brief = build_brief(facts(initiatives=initiatives, their_people=THEIRS, our_people=OURS), TODAY)

    assert [(p.name, p.counterpart) for p in brief.people] == [
        ("Carl Champion", "Joy Martinez, Sam Lee"),
        ("Dana Decides", ""),
        ("Bea Sponsor", "Sam Lee"),
        ("Al Nobody", ""),
        ("Zoe Other", ""),
    ]


@pytest.mark.parametrize(
    ("role", "rank"),
    [
        ("Champion", 0),
        ("decision maker", 1),
        ("Decision-Maker", 1),
        ("executive sponsor", 2),
        ("HR lead", 3),
        ("", 3),
    ],
)
def test_role_rank(role: str, rank: int) -> None:
    assert role_rank(role) == rank


# --- promises and the record --------------------------------------------------------------------


def test_promises_are_open_ones_apart_by_side_overdue_first() -> None:
    commitments = (
        promise(1, Direction.OURS, days(10), "later", owner_id=10),
        promise(2, Direction.OURS, days(-1), "late", owner_id=10),
        promise(3, Direction.OURS, None, "undated"),
        promise(4, Direction.OURS, days(2), "soon"),
        promise(5, Direction.OURS, days(-9), "done", CommitmentStatus.DONE),
        promise(6, Direction.THEIRS, days(-20), "their late", owner_id=22),
        promise(7, Direction.THEIRS, days(-5), "their dropped", CommitmentStatus.DROPPED),
    )

    brief = build_brief(facts(commitments=commitments, our_people=OURS, their_people=THEIRS), TODAY)

    assert [(p.description, p.overdue) for p in brief.our_promises] == [
        ("late", True),
        ("soon", False),
        ("later", False),
        ("undated", False),
    ]
    assert brief.our_promises[0].owner_name == "Joy Martinez"
    assert [(p.description, p.owner_name) for p in brief.their_promises] == [
        ("their late", "Carl Champion")
    ]
    # The record counts done and late ones, not open ones still in time nor dropped ones.
    assert brief.record.ours == Tally(kept=1, counted=2)
    assert brief.record.theirs == Tally(kept=0, counted=1)


# --- talking points -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"commitments": (promise(1, Direction.THEIRS, date(2026, 3, 3), "Send CVs"),)},
            "Ask about their overdue items: Send CVs (due 3 Mar 2026)",
        ),
        (
            {"commitments": (promise(1, Direction.OURS, date(2026, 11, 20), "Draft MoU"),)},
            "Report on ours: Draft MoU (due 20 Nov 2026)",
        ),
        (
            {"needs": (Need(id=1, partner_id=1, description="Data engineers"),)},
            "Need not yet addressed: Data engineers",
        ),
        ({"initiatives": (initiative(1, days(2), name="Pilot"),)}, "Check in on Pilot"),
        ({"last_in_person_at": noon(date(2026, 4, 27))}, "No face-to-face meeting for 7 months"),
        ({"last_in_person_at": noon(date(2026, 5, 27))}, "No face-to-face meeting for 6 months"),
        ({"last_in_person_at": None}, "No face-to-face meeting yet"),
    ],
)
def test_each_trigger_gives_its_talking_point(changes: dict[str, object], expected: str) -> None:
    brief = build_brief(facts(**changes), TODAY)

    assert brief.talking_points == (expected,)


@pytest.mark.parametrize(
    "changes",
    [
        {"commitments": (promise(1, Direction.THEIRS, TODAY),)},  # due today: not late
        {"commitments": (promise(1, Direction.OURS, days(-3), status=CommitmentStatus.DONE),)},
        {"needs": (Need(id=1, partner_id=1, description="x", initiative_id=3),)},
        {"needs": (Need(id=1, partner_id=1, description="x", status=NeedStatus.IN_PROGRESS),)},
        {"initiatives": (initiative(1, days(8)),)},
        {"last_in_person_at": noon(date(2026, 5, 28))},  # 5 months and a bit
    ],
)
def test_nothing_to_say_gives_no_talking_points(changes: dict[str, object]) -> None:
    assert build_brief(facts(**changes), TODAY).talking_points == ()


def test_talking_points_put_the_most_important_first_and_stop_at_six() -> None:
    commitments = (
        promise(1, Direction.OURS, days(-2), "Ours A"),
        promise(2, Direction.THEIRS, days(-4), "Theirs A"),
        promise(3, Direction.THEIRS, days(-3), "Theirs B"),
        promise(4, Direction.THEIRS, days(-1), "Theirs C"),
    )
    needs = tuple(
        Need(id=i, partner_id=1, description=f"Need {i}", priority=Priority.LOW) for i in (1, 2, 3)
    )
    initiatives = (initiative(1, days(1), name="Pilot"), initiative(2, days(2), name="Lab"))

    brief = build_brief(
        facts(
            commitments=commitments,
            needs=needs,
            initiatives=initiatives,
            last_in_person_at=None,
        ),
        TODAY,
        format_day=lambda day: day.isoformat(),
    )

    assert brief.talking_points == (
        "Ask about their overdue items: Theirs A (due 2026-11-23); Theirs B (due 2026-11-24);"
        " and 1 more",
        "Report on ours: Ours A (due 2026-11-25)",
        "Need not yet addressed: Need 1",
        "Check in on Pilot",
        "No face-to-face meeting yet",
        "Need not yet addressed: Need 2",
    )


def test_format_day_plain() -> None:
    assert format_day_plain(date(2026, 3, 3)) == "3 Mar 2026"
    assert format_day_plain(date(2025, 12, 31)) == "31 Dec 2025"


@pytest.mark.parametrize(
    ("day", "months"),
    [
        (None, None),
        (date(2026, 11, 27), 0),
        (date(2026, 12, 5), 0),  # in the future
        (date(2026, 10, 28), 0),
        (date(2026, 10, 27), 1),
        (date(2026, 4, 27), 7),
        (date(2025, 11, 27), 12),
    ],
)
def test_months_since(day: date | None, months: int | None) -> None:
    assert months_since(day, TODAY) == months


# --- key lines of notes -------------------------------------------------------------------------

REALISTIC_NOTES = """\
# Visit to the Lyon plant

Met Carl and Dana in the board room.

## Their needs and concerns

- **Data engineers**: they need 12 by next autumn
- [ ] Worried about [retention](https://example.com/retention) of graduates

## What we can offer

* Our MSc cohort

## Commitments — theirs

- [x] Send the job descriptions by Friday
1. Host a site visit in January

## Next steps

---
> Follow up with HR
"""


def test_key_lines_prefer_the_sections_about_what_comes_next() -> None:
    assert key_lines(REALISTIC_NOTES) == (
        "Data engineers: they need 12 by next autumn",
        "Worried about retention of graduates",
        "Send the job descriptions by Friday",
    )


def test_key_lines_fill_up_from_other_lines_in_the_order_of_the_notes() -> None:
    notes = "Intro line\n\n## Next steps\n\n- [ ] Call Dana\n\n## Other\n\nTail line\n"

    assert key_lines(notes) == ("Intro line", "Call Dana", "Tail line")


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("", ()),
        ("## Their needs and concerns\n\n## Next steps\n\n- [ ] \n- \n", ()),  # the bare template
        ("+ plus item\n2) numbered\n", ("plus item", "numbered")),
        ("  - [X]   spaced   out  \n", ("spaced out",)),
        ("`code` and __bold__\n", ("code and bold",)),
        ("***\n___\nreal\n", ("real",)),
        ("#hashtag is text\n", ("#hashtag is text",)),
    ],
)
def test_key_lines_remove_markdown(notes: str, expected: tuple[str, ...]) -> None:
    assert key_lines(notes) == expected


def test_long_key_lines_are_cut_with_an_ellipsis() -> None:
    line = "word " * 60

    (shortened,) = key_lines(line)

    assert len(shortened) <= 140
    assert shortened.endswith("…")
    assert shortened.startswith("word word")


def test_meetings_carry_their_key_lines_and_at_most_three_show() -> None:
    meetings = tuple(
        Meeting(
            id=i,
            partner_id=1,
            starts_at=noon(days(-i)),
            mode=MeetingMode.VIDEO,
            title=f"Call {i}",
            notes=REALISTIC_NOTES,
        )
        for i in (1, 2, 3, 4)
    )

    brief = build_brief(facts(recent_meetings=meetings), TODAY)

    assert [m.title for m in brief.meetings] == ["Call 1", "Call 2", "Call 3"]
    assert brief.meetings[0].mode is MeetingMode.VIDEO
    assert brief.meetings[0].key_lines == key_lines(REALISTIC_NOTES)


@given(st.text(), st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=200))
def test_key_lines_never_raise(notes: str, limit: int, width: int) -> None:
    lines = key_lines(notes, limit=limit, width=width)

    assert len(lines) <= limit
    assert all(line and len(line) <= max(width, 1) for line in lines)
    assert all("\n" not in line for line in lines)
