"""Pairing rules (self, sides, members, duplicates, cycles) and the pairing map."""

import pytest

from partnerdesk.domain.enums import Side
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import InitiativeMember, Pairing
from partnerdesk.domain.pairings import MapRow, check_pairings, pairing_map

# Ours: 1 Ana, 2 Ben, 3 Cleo. Theirs: 11 Tom, 12 Uma, 13 Vic. 99 is nobody's member.
NAMES = {1: "Ana", 2: "Ben", 3: "Cleo", 11: "Tom", 12: "Uma", 13: "Vic", 99: "Zed"}
MEMBERS = tuple(
    [InitiativeMember(person_id=i, side=Side.OURS, role=f"r{i}") for i in (1, 2, 3)]
    + [InitiativeMember(person_id=i, side=Side.THEIRS, role=f"r{i}") for i in (11, 12, 13)]
)


def pairs(*links: tuple[int, int]) -> tuple[Pairing, ...]:
    return tuple(Pairing(our_person_id=a, their_person_id=b) for a, b in links)


@pytest.mark.parametrize(
    "links",
    [
        (),
        ((1, 11),),
        ((1, 11), (2, 12), (3, 13)),
        # One person with several counterparts is fine: no circle closes.
        ((1, 11), (1, 12), (2, 13)),
        ((1, 11), (2, 11), (3, 11)),
        # A chain that does not come back: Ana–Tom–Ben–Uma.
        ((1, 11), (2, 11), (2, 12)),
    ],
)
def test_pairings_that_keep_the_rules_pass(links: tuple[tuple[int, int], ...]) -> None:
    check_pairings(MEMBERS, pairs(*links), NAMES)


@pytest.mark.parametrize(
    ("links", "message"),
    [
        (((1, 1),), "Ana cannot be paired with themself."),
        (((1, 99),), "Zed is not a member of this initiative"),
        (((99, 11),), "Zed is not a member of this initiative"),
        (((1, 2),), "Ana and Ben are both on our side"),
        (((11, 12),), "Tom and Uma are both on their side"),
        (((11, 1),), "Tom is one of theirs and Ana one of ours"),
        (((1, 11), (1, 11)), "Ana and Tom are already paired."),
        # A→B and B→A: the same two people paired both ways.
        (((1, 11), (11, 1)), "Tom and Ana are already paired."),
        # The shortest real cycle: Ana–Tom–Ben–Uma–Ana.
        (
            ((1, 11), (2, 11), (2, 12), (1, 12)),
            "Pairing Ana with Uma would close a circle: they are already linked through Tom, Ben.",
        ),
        # A longer chain that comes back: Ana–Tom–Ben–Uma–Cleo–Vic–Ana.
        (
            ((1, 11), (2, 11), (2, 12), (3, 12), (3, 13), (1, 13)),
            "Pairing Ana with Vic would close a circle",
        ),
    ],
)
def test_pairings_that_break_a_rule_are_refused_with_a_message(
    links: tuple[tuple[int, int], ...], message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        check_pairings(MEMBERS, pairs(*links), NAMES)
    assert message in refused.value.message
    assert refused.value.field == "pairings"


def test_without_names_people_are_named_by_id() -> None:
    with pytest.raises(ValidationError, match="person 1 cannot be paired with themself"):
        check_pairings(MEMBERS, pairs((1, 1)))


def test_the_map_lists_pairs_then_each_side_with_nobody_paired() -> None:
    members = (
        *MEMBERS,
        InitiativeMember(person_id=4, side=Side.OURS),
    )
    names = NAMES | {4: "Abe"}
    result = pairing_map(members, pairs((2, 12), (1, 11), (1, 12)), names)
    by_id = {m.person_id: m for m in members}
    assert result.rows == (
        MapRow(by_id[1], by_id[11]),
        MapRow(by_id[1], by_id[12]),
        MapRow(by_id[2], by_id[12]),
        MapRow(by_id[4], None),
        MapRow(by_id[3], None),
        MapRow(None, by_id[13]),
    )
    assert [m.person_id for m in result.unpaired_ours] == [4, 3]
    assert [m.person_id for m in result.unpaired_theirs] == [13]
    assert result.pairs == 3


def test_a_map_with_one_side_empty_flags_everyone_on_the_other() -> None:
    ours_only = tuple(m for m in MEMBERS if m.side is Side.OURS)
    result = pairing_map(ours_only, (), NAMES)
    assert result.pairs == 0
    assert [row.theirs for row in result.rows] == [None, None, None]
    assert len(result.unpaired_ours) == 3
    assert result.unpaired_theirs == ()


def test_pairings_with_former_members_are_left_off_the_map() -> None:
    result = pairing_map(MEMBERS[:1] + MEMBERS[3:4], pairs((1, 11), (2, 11)), NAMES)
    assert [row.is_pair for row in result.rows] == [True]
