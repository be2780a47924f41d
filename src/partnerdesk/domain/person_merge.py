"""Merging two records of the same person: which fields to take, and what a merge did.

The user keeps one record and picks, field by field, whose value it ends up with. Every
link of the duplicate (meeting attendance, commitment and partner ownership, initiative
membership and pairings) moves to the kept record; links the kept record already has are
not doubled. The duplicate goes to the Trash. A `MergeReceipt` says exactly what moved, so
that undo can put every link back where it was.
"""

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass

from partnerdesk.domain.enums import Side
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import Person
from partnerdesk.domain.text import QT_TRANSLATE_NOOP

# The fields a user picks between, in the order a form shows them.
MERGEABLE_FIELDS = ("full_name", "title", "email", "phone", "role", "notes")


def differing_fields(first: Person, second: Person) -> tuple[str, ...]:
    """The mergeable fields whose values differ (and so need a choice)."""
    return tuple(name for name in MERGEABLE_FIELDS if getattr(first, name) != getattr(second, name))


def check_mergeable(kept: Person, duplicate: Person) -> None:
    """Refuses merging a person with themself, or two people from different sides."""
    if kept.id == duplicate.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be merged with themself."),
            name=kept.full_name,
        )
    if kept.partner_id != duplicate.partner_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{kept} and {duplicate} do not belong to the same organization:"
                " only two records of one person can be merged.",
            ),
            kept=kept.full_name,
            duplicate=duplicate.full_name,
        )


def merged_person(kept: Person, duplicate: Person, from_duplicate: Collection[str]) -> Person:
    """`kept` with the fields named in `from_duplicate` taken from `duplicate`."""
    unknown = sorted(set(from_duplicate) - set(MERGEABLE_FIELDS))
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "These fields cannot be merged: {fields}."),
            fields=", ".join(unknown),
        )
    return dataclasses.replace(kept, **{name: getattr(duplicate, name) for name in from_duplicate})


@dataclass(frozen=True, kw_only=True)
class MembershipLink:
    """The duplicate's membership of one initiative, as it was before the merge."""

    initiative_id: int
    role: str
    side: Side


@dataclass(frozen=True, kw_only=True)
class PairingLink:
    """One of the duplicate's pairings, as it was before the merge."""

    initiative_id: int
    our_person_id: int
    their_person_id: int


@dataclass(frozen=True, kw_only=True)
class MergeReceipt:
    """What one merge changed; `moved` links now name the kept person, `dropped` ones were
    the duplicate's where the kept person already had the same link."""

    kept_id: int
    duplicate_id: int
    kept_before: Person
    kept_after: Person
    duplicate: Person
    meetings_moved: tuple[int, ...] = ()
    meetings_dropped: tuple[int, ...] = ()
    commitments_moved: tuple[int, ...] = ()
    partners_moved: tuple[int, ...] = ()
    memberships_moved: tuple[MembershipLink, ...] = ()
    memberships_dropped: tuple[MembershipLink, ...] = ()
    pairings_moved: tuple[PairingLink, ...] = ()
    pairings_dropped: tuple[PairingLink, ...] = ()

    @property
    def links_moved(self) -> int:
        return (
            len(self.meetings_moved)
            + len(self.commitments_moved)
            + len(self.partners_moved)
            + len(self.memberships_moved)
            + len(self.pairings_moved)
        )

    @property
    def links_merged(self) -> int:
        """Links of the duplicate that the kept person already had."""
        return (
            len(self.meetings_dropped) + len(self.memberships_dropped) + len(self.pairings_dropped)
        )
