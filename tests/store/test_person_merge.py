"""Merging duplicate people: fields picked, links moved (without doubles), undone exactly."""

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.errors import NotFound, ValidationError
from partnerdesk.domain.models import (
    Commitment,
    Initiative,
    InitiativeMember,
    Meeting,
    Pairing,
    Partner,
    Person,
)
from partnerdesk.store.store import Store


def member(person: Person, role: str = "") -> InitiativeMember:
    return InitiativeMember(person_id=person.id, side=person.side, role=role)


def pair(ours: Person, theirs: Person) -> Pairing:
    return Pairing(our_person_id=ours.id, their_person_id=theirs.id)


def snapshot(store: Store) -> dict[str, Any]:
    """Every link to people in the notebook, and the people themselves."""
    partners = [store.partners.get(p.id) for p in store.partners.get_many(range(1, 50))]
    people = store.people.get_many(range(1, 50))
    meetings = store.meetings.get_many(range(1, 50))
    commitments = store.commitments.get_many(range(1, 50))
    initiatives = store.initiatives.get_many(range(1, 50))
    return {
        "partners": {p.id: p.owner_id for p in partners},
        "people": {p.id: (p.full_name, p.title, p.email, p.phone, p.role, p.notes) for p in people},
        "meetings": {m.id: m.attendee_ids for m in meetings},
        "commitments": {c.id: c.owner_id for c in commitments},
        "initiatives": {i.id: (i.members, i.pairings) for i in initiatives},
        "trash": sorted((t.kind, t.id) for t in store.trash.items()),
    }


@pytest.fixture
def world(store: Store) -> dict[str, Any]:
    partner = store.partners.add(Partner(name="Acme Robotics"))
    ana = store.people.add(
        Person(full_name="Ana Diaz", title="HR lead", email="ana@acme.test", partner_id=partner.id)
    )
    dup = store.people.add(
        Person(
            full_name="Ana Díaz",
            title="HR lead",
            phone="+34 600 000",
            role="champion",
            notes="Met at the fair",
            partner_id=partner.id,
        )
    )
    tom = store.people.add(Person(full_name="Tom Ross", partner_id=partner.id))
    olga = store.people.add(Person(full_name="Olga Dean"))
    omar = store.people.add(Person(full_name="Omar Prof"))

    def meeting(day: int, *attendees: Person) -> Meeting:
        return store.meetings.add(
            Meeting(
                partner_id=partner.id,
                starts_at=datetime(2026, 10, day, 9, tzinfo=UTC),
                attendee_ids=tuple(a.id for a in attendees),
            )
        )

    both = meeting(1, ana, dup, olga)
    only_dup = meeting(2, dup, tom)
    trashed = meeting(3, dup)
    store.meetings.delete(trashed.id)
    owned = store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="Send CVs",
            owner_id=dup.id,
        )
    )
    shared = store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Internships",
            members=(member(olga, "lead"), member(ana, "sponsor"), member(dup, "HR contact")),
            pairings=(pair(olga, ana), pair(olga, dup)),
        )
    )
    only = store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Lab tours",
            members=(member(omar, "host"), member(dup, "guest lead")),
            pairings=(pair(omar, dup),),
        )
    )
    return {
        "partner": partner,
        "ana": ana,
        "dup": dup,
        "tom": tom,
        "olga": olga,
        "omar": omar,
        "both": both,
        "only_dup": only_dup,
        "trashed": trashed,
        "owned": owned,
        "shared": shared,
        "only": only,
    }


def test_merge_moves_every_link_without_doubles_and_picks_fields(
    store: Store, world: dict[str, Any]
) -> None:
    ana, dup = world["ana"], world["dup"]
    receipt = store.people.merge(ana.id, dup.id, {"phone", "role", "notes"})

    kept = store.people.get(ana.id)
    assert (kept.full_name, kept.email, kept.phone, kept.role, kept.notes) == (
        "Ana Diaz",
        "ana@acme.test",
        "+34 600 000",
        "champion",
        "Met at the fair",
    )
    assert receipt.kept_after == kept
    with pytest.raises(NotFound):
        store.people.get(dup.id)
    assert ("person", dup.id) in [(t.kind, t.id) for t in store.trash.items()]

    meetings = {m.id: m for m in store.meetings.get_many([world["both"].id, world["only_dup"].id])}
    assert meetings[world["both"].id].attendee_ids == tuple(sorted((ana.id, world["olga"].id)))
    assert ana.id in meetings[world["only_dup"].id].attendee_ids
    assert dup.id not in meetings[world["only_dup"].id].attendee_ids
    assert receipt.meetings_dropped == (world["both"].id,)
    assert receipt.meetings_moved == (world["only_dup"].id, world["trashed"].id)
    assert store.commitments.get(world["owned"].id).owner_id == ana.id

    shared = store.initiatives.get(world["shared"].id)
    assert set(shared.members) == {member(ana, "sponsor"), member(world["olga"], "lead")}
    assert shared.pairings == (pair(world["olga"], ana),)
    only = store.initiatives.get(world["only"].id)
    assert set(only.members) == {member(world["omar"], "host"), member(ana, "guest lead")}
    assert only.pairings == (pair(world["omar"], ana),)
    assert receipt.links_moved == 2 + 1 + 1 + 1  # meetings, commitment, membership, pairing
    assert receipt.links_merged == 1 + 1 + 1  # the shared meeting, membership and pairing


def test_undo_restores_the_duplicate_and_moves_every_link_back(
    store: Store, world: dict[str, Any]
) -> None:
    before = snapshot(store)
    receipt = store.people.merge(world["ana"].id, world["dup"].id, {"full_name", "phone"})
    assert snapshot(store) != before
    restored = store.people.unmerge(receipt)
    assert restored.id == world["dup"].id
    assert restored.deleted_at is None
    assert snapshot(store) == before


def test_merging_our_people_moves_partner_ownership_too(
    store: Store, world: dict[str, Any]
) -> None:
    olga, omar, partner = world["olga"], world["omar"], world["partner"]
    store.partners.update(dataclasses.replace(store.partners.get(partner.id), owner_id=omar.id))
    before = snapshot(store)
    receipt = store.people.merge(olga.id, omar.id)
    assert receipt.partners_moved == (partner.id,)
    assert store.partners.get(partner.id).owner_id == olga.id
    only = store.initiatives.get(world["only"].id)
    assert only.pairings == (pair(olga, world["dup"]),)
    store.people.unmerge(receipt)
    assert snapshot(store) == before


def test_merge_reports_what_it_changed(
    store: Store, world: dict[str, Any], changes: list[Change]
) -> None:
    changes.clear()
    store.people.merge(world["ana"].id, world["dup"].id)
    kinds = {(c.entity, c.action) for c in changes}
    assert (Entity.PERSON, Action.UPDATED) in kinds
    assert (Entity.PERSON, Action.DELETED) in kinds
    assert (Entity.MEETING, Action.UPDATED) in kinds
    assert (Entity.COMMITMENT, Action.UPDATED) in kinds
    assert (Entity.INITIATIVE, Action.UPDATED) in kinds
    meeting_change = next(c for c in changes if c.entity is Entity.MEETING)
    assert meeting_change.partner_ids == frozenset({world["partner"].id})


@pytest.mark.parametrize(
    ("keep", "duplicate", "message"),
    [
        ("ana", "ana", "Ana Diaz cannot be merged with themself"),
        ("ana", "olga", "same organization"),
    ],
)
def test_refused_merges_change_nothing(
    store: Store,
    world: dict[str, Any],
    changes: list[Change],
    keep: str,
    duplicate: str,
    message: str,
) -> None:
    before = snapshot(store)
    changes.clear()
    with pytest.raises(ValidationError, match=message):
        store.people.merge(world[keep].id, world[duplicate].id, {"phone"})
    assert snapshot(store) == before
    assert changes == []


def test_a_merge_that_would_close_a_circle_of_pairings_is_refused_whole(
    store: Store, world: dict[str, Any], changes: list[Change]
) -> None:
    """Ana–Olga–Tom–Omar–Dup: once Dup is Ana, the pairings would go round in a circle."""
    ana, dup, tom, olga, omar = (world[n] for n in ("ana", "dup", "tom", "olga", "omar"))
    store.initiatives.add(
        Initiative(
            partner_id=world["partner"].id,
            name="Circle",
            members=tuple(member(p) for p in (ana, dup, tom, olga, omar)),
            pairings=(pair(olga, ana), pair(olga, tom), pair(omar, tom), pair(omar, dup)),
        )
    )
    before = snapshot(store)
    changes.clear()
    with pytest.raises(ValidationError, match=r"cannot be merged: in “Circle”.*circle"):
        store.people.merge(ana.id, dup.id, {"phone"})
    assert snapshot(store) == before
    assert changes == []


def test_merging_someone_in_the_trash_is_refused(store: Store, world: dict[str, Any]) -> None:
    store.people.delete(world["dup"].id)
    with pytest.raises(NotFound):
        store.people.merge(world["ana"].id, world["dup"].id)


def test_unknown_fields_are_refused(store: Store, world: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="partner_id"):
        store.people.merge(world["ana"].id, world["dup"].id, {"partner_id"})
    assert store.people.get(world["dup"].id).deleted_at is None
