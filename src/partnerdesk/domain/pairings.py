"""Who works with whom on an initiative: the rules pairings keep, and the pairing map.

A pairing joins one of *our* people with one of *theirs*, both members of the initiative
on those sides. A set of pairings is refused (a ValidationError, nothing stored) when:

- a person is paired with themself;
- someone in a pairing is not a member of the initiative;
- the two people are on the same side, or given the wrong way round;
- the same two people are paired twice (in either order);
- it has a **cycle**. Pairings are read as links between people, whatever their order; a
  cycle is a path along distinct pairings that comes back to the person it started from.
  The shortest, "A→B and B→A", is the same two people paired both ways (refused as a
  duplicate). With two sides the shortest real cycle has four people, O1–T1–O2–T2–O1: two
  of ours each paired with the same two of theirs, so that nobody has *one* counterpart
  to answer to. One person may still be paired with several people of the other side (a
  dean with two HR leads): what is refused is only the circle that closes. In graph terms,
  the pairings of an initiative form a forest.

The store checks every initiative it writes with `check_pairings`, so the window, the
command line and imports are held to the same rules.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from partnerdesk.domain.enums import Side
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import InitiativeMember, Pairing
from partnerdesk.domain.text import QT_TRANSLATE_NOOP

FIELD = "pairings"


def _name(person_id: int, names: Mapping[int, str]) -> str:
    return names.get(person_id) or f"person {person_id}"


def check_pairings(
    members: Sequence[InitiativeMember],
    pairings: Sequence[Pairing],
    names: Mapping[int, str] | None = None,
) -> None:
    """Raises a ValidationError naming the first pairing that breaks a rule (see above)."""
    names = names or {}
    sides = {member.person_id: member.side for member in members}
    seen: set[frozenset[int]] = set()
    links: dict[int, set[int]] = {}
    for pairing in pairings:
        ours, theirs = pairing.our_person_id, pairing.their_person_id
        our_name, their_name = _name(ours, names), _name(theirs, names)
        if ours == theirs:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be paired with themself."),
                FIELD,
                name=our_name,
            )
        for person_id in (ours, theirs):
            if person_id not in sides:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is not a member of this initiative; add them as a member first.",
                    ),
                    FIELD,
                    name=_name(person_id, names),
                )
        if frozenset((ours, theirs)) in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{ours} and {theirs} are already paired."),
                FIELD,
                ours=our_name,
                theirs=their_name,
            )
        if sides[ours] is sides[theirs]:
            both_ours = QT_TRANSLATE_NOOP(
                "Errors",
                "{ours} and {theirs} are both on our side:"
                " a pairing joins one of our people with one of theirs.",
            )
            both_theirs = QT_TRANSLATE_NOOP(
                "Errors",
                "{ours} and {theirs} are both on their side:"
                " a pairing joins one of our people with one of theirs.",
            )
            raise ValidationError(
                both_ours if sides[ours] is Side.OURS else both_theirs,
                FIELD,
                ours=our_name,
                theirs=their_name,
            )
        if sides[ours] is not Side.OURS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{ours} is one of theirs and {theirs} one of ours:"
                    " a pairing names our person first.",
                ),
                FIELD,
                ours=our_name,
                theirs=their_name,
            )
        path = _path(links, ours, theirs)
        if path:
            between = ", ".join(_name(person_id, names) for person_id in path[1:-1])
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Pairing {ours} with {theirs} would close a circle:"
                    " they are already linked through {between}.",
                ),
                FIELD,
                ours=our_name,
                theirs=their_name,
                between=between,
            )
        seen.add(frozenset((ours, theirs)))
        links.setdefault(ours, set()).add(theirs)
        links.setdefault(theirs, set()).add(ours)


def _path(links: Mapping[int, set[int]], start: int, goal: int) -> list[int]:
    """The people on a path of pairings from `start` to `goal`, ends included; [] if none."""
    came_from: dict[int, int] = {start: start}
    frontier = [start]
    while frontier:
        following: list[int] = []
        for person_id in frontier:
            # Sorted, so the path named in a message is the same every time.
            for other in sorted(links.get(person_id, ())):
                if other in came_from:
                    continue
                came_from[other] = person_id
                if other == goal:
                    path = [goal]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return path[::-1]
                following.append(other)
        frontier = following
    return []


@dataclass(frozen=True, kw_only=True)
class InitiativeRole:
    """A person's role in one initiative; one person may hold roles in several."""

    initiative_id: int
    initiative_name: str
    role: str = ""


@dataclass(frozen=True)
class MapRow:
    """One line of the map: a pair, or one person with nobody paired on the other side."""

    ours: InitiativeMember | None
    theirs: InitiativeMember | None

    @property
    def is_pair(self) -> bool:
        return self.ours is not None and self.theirs is not None


@dataclass(frozen=True)
class PairingMap:
    rows: tuple[MapRow, ...]
    unpaired_ours: tuple[InitiativeMember, ...]
    unpaired_theirs: tuple[InitiativeMember, ...]

    @property
    def pairs(self) -> int:
        return sum(1 for row in self.rows if row.is_pair)


def pairing_map(
    members: Sequence[InitiativeMember],
    pairings: Sequence[Pairing],
    names: Mapping[int, str] | None = None,
) -> PairingMap:
    """Our people against theirs: the pairs by our person's name, then ours with nobody
    paired, then theirs with nobody paired (each by name)."""
    names = names or {}
    by_id = {member.person_id: member for member in members}

    def key(member: InitiativeMember | None) -> tuple[int, str, int]:
        if member is None:
            return (1, "", 0)
        return (0, _name(member.person_id, names).casefold(), member.person_id)

    paired: set[int] = set()
    pair_rows: list[MapRow] = []
    for pairing in pairings:
        ours = by_id.get(pairing.our_person_id)
        theirs = by_id.get(pairing.their_person_id)
        if ours is None or theirs is None:
            continue  # a pairing with a former member: not on the map
        pair_rows.append(MapRow(ours, theirs))
        paired.update((ours.person_id, theirs.person_id))
    pair_rows.sort(key=lambda row: (key(row.ours), key(row.theirs)))
    unpaired_ours = sorted(
        (m for m in members if m.side is Side.OURS and m.person_id not in paired), key=key
    )
    unpaired_theirs = sorted(
        (m for m in members if m.side is Side.THEIRS and m.person_id not in paired), key=key
    )
    rows = (
        pair_rows
        + [MapRow(member, None) for member in unpaired_ours]
        + [MapRow(None, member) for member in unpaired_theirs]
    )
    return PairingMap(tuple(rows), tuple(unpaired_ours), tuple(unpaired_theirs))
