"""Initiatives in the store: members on the right side, pairing rules, roles, the ladder."""

import dataclasses
from datetime import timedelta

import pytest

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction, InitiativeSize, Side
from partnerdesk.domain.errors import NotFound, ValidationError
from partnerdesk.domain.models import (
    Commitment,
    Initiative,
    InitiativeMember,
    Pairing,
    Partner,
    Person,
)
from partnerdesk.store.store import Store
from tests.conftest import TODAY


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Acme Robotics"))


@pytest.fixture
def people(store: Store, partner: Partner) -> dict[str, Person]:
    other = store.partners.add(Partner(name="Globex"))
    return {
        "ana": store.people.add(Person(full_name="Ana Dean")),
        "ben": store.people.add(Person(full_name="Ben Prof")),
        "tom": store.people.add(Person(full_name="Tom HR", partner_id=partner.id)),
        "uma": store.people.add(Person(full_name="Uma CTO", partner_id=partner.id)),
        "gus": store.people.add(Person(full_name="Gus Globex", partner_id=other.id)),
    }


def member(person: Person, role: str = "") -> InitiativeMember:
    return InitiativeMember(person_id=person.id, side=person.side, role=role)


@pytest.fixture
def initiative(store: Store, partner: Partner, people: dict[str, Person]) -> Initiative:
    return store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Data internships",
            members=tuple(member(people[n]) for n in ("ana", "ben", "tom", "uma")),
        )
    )


def stored_pairings(store: Store, initiative: Initiative) -> tuple[Pairing, ...]:
    return store.initiatives.get(initiative.id).pairings


def test_pair_and_unpair(store: Store, initiative: Initiative, people: dict[str, Person]) -> None:
    ana, tom = people["ana"], people["tom"]
    paired = store.initiatives.pair(initiative.id, ana.id, tom.id)
    assert paired.pairings == (Pairing(our_person_id=ana.id, their_person_id=tom.id),)
    assert stored_pairings(store, initiative) == paired.pairings
    unpaired = store.initiatives.unpair(initiative.id, ana.id, tom.id)
    assert unpaired.pairings == ()
    with pytest.raises(ValidationError, match="not paired"):
        store.initiatives.unpair(initiative.id, ana.id, tom.id)


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("ana", "ana", "cannot be paired with themself"),
        ("ana", "ben", "both on our side"),
        ("tom", "uma", "both on their side"),
        ("tom", "ana", "a pairing names our person first"),
        ("ana", "gus", "not a member of this initiative"),
    ],
)
def test_bad_pairings_are_refused_and_nothing_is_saved(
    store: Store,
    initiative: Initiative,
    people: dict[str, Person],
    changes: list[Change],
    first: str,
    second: str,
    message: str,
) -> None:
    store.initiatives.pair(initiative.id, people["ben"].id, people["uma"].id)
    before = store.initiatives.get(initiative.id)
    changes.clear()
    with pytest.raises(ValidationError, match=message):
        store.initiatives.pair(initiative.id, people[first].id, people[second].id)
    assert store.initiatives.get(initiative.id) == before
    assert changes == []


def test_a_duplicate_and_a_cycle_are_refused(
    store: Store, initiative: Initiative, people: dict[str, Person]
) -> None:
    ana, ben, tom, uma = (people[n] for n in ("ana", "ben", "tom", "uma"))
    store.initiatives.pair(initiative.id, ana.id, tom.id)
    with pytest.raises(ValidationError, match="already paired"):
        store.initiatives.pair(initiative.id, ana.id, tom.id)
    store.initiatives.pair(initiative.id, ana.id, uma.id)
    store.initiatives.pair(initiative.id, ben.id, tom.id)
    with pytest.raises(ValidationError, match="would close a circle"):
        store.initiatives.pair(initiative.id, ben.id, uma.id)
    assert len(stored_pairings(store, initiative)) == 3


def test_a_whole_update_with_a_bad_pairing_saves_nothing(
    store: Store, initiative: Initiative, people: dict[str, Person]
) -> None:
    """The path an import or the command line takes: one record with everything in it."""
    ana, tom = people["ana"], people["tom"]
    changed = dataclasses.replace(
        initiative,
        name="Renamed",
        pairings=(
            Pairing(our_person_id=ana.id, their_person_id=tom.id),
            Pairing(our_person_id=tom.id, their_person_id=ana.id),
        ),
    )
    with pytest.raises(ValidationError, match="already paired"):
        store.initiatives.update(changed)
    assert store.initiatives.get(initiative.id) == initiative


def test_an_initiative_without_a_partner_is_refused(
    store: Store, partner: Partner, changes: list[Change]
) -> None:
    changes.clear()
    for partner_id in (0, 9999):
        with pytest.raises(ValidationError, match="needs a partner"):
            store.initiatives.add(Initiative(partner_id=partner_id, name="Orphan"))
    store.partners.delete(partner.id)
    with pytest.raises(ValidationError, match="needs a partner"):
        store.initiatives.add(Initiative(partner_id=partner.id, name="Orphan"))
    assert store.initiatives.count() == 0
    assert [c.entity for c in changes] == [Entity.PARTNER]


@pytest.mark.parametrize(
    ("name", "side", "message"),
    [
        ("ana", Side.THEIRS, "one of our people"),
        ("tom", Side.OURS, "not one of our people"),
        ("gus", Side.THEIRS, "works for another partner"),
    ],
)
def test_members_must_be_on_their_true_side(
    store: Store,
    partner: Partner,
    people: dict[str, Person],
    name: str,
    side: Side,
    message: str,
) -> None:
    wrong = InitiativeMember(person_id=people[name].id, side=side)
    with pytest.raises(ValidationError, match=message):
        store.initiatives.add(Initiative(partner_id=partner.id, name="X", members=(wrong,)))
    assert store.initiatives.count() == 0


def test_one_person_holds_roles_in_several_initiatives(
    store: Store, partner: Partner, initiative: Initiative, people: dict[str, Person]
) -> None:
    ana, tom = people["ana"], people["tom"]
    second = store.initiatives.add(
        Initiative(partner_id=partner.id, name="Applied AI lab", members=(member(ana, "mentor"),))
    )
    store.initiatives.set_role(initiative.id, ana.id, "  academic   lead ")
    roles = store.initiatives.roles_of([ana.id, tom.id, people["gus"].id])
    assert [(r.initiative_name, r.role) for r in roles[ana.id]] == [
        ("Applied AI lab", "mentor"),
        ("Data internships", "academic lead"),
    ]
    assert [(r.initiative_id, r.role) for r in roles[tom.id]] == [(initiative.id, "")]
    assert people["gus"].id not in roles
    store.initiatives.delete(second.id)
    assert [r.initiative_name for r in store.initiatives.roles_of([ana.id])[ana.id]] == [
        "Data internships"
    ]
    with pytest.raises(ValidationError, match="not a member"):
        store.initiatives.set_role(initiative.id, people["gus"].id, "x")


def add_commitment(
    store: Store, initiative: Initiative, kept: bool, direction: Direction = Direction.OURS
) -> None:
    due = TODAY - timedelta(days=20)
    store.commitments.add(
        Commitment(
            partner_id=initiative.partner_id,
            direction=direction,
            description="promise",
            due_on=due,
            status=CommitmentStatus.DONE,
            done_on=due if kept else due + timedelta(days=3),
            initiative_id=initiative.id,
        )
    )


def test_the_promotion_check_reads_the_initiatives_commitments(
    store: Store, initiative: Initiative, partner: Partner
) -> None:
    add_commitment(store, initiative, kept=True)
    for _ in range(3):
        add_commitment(store, initiative, kept=False, direction=Direction.THEIRS)
    # Another initiative's and a stray commitment do not count.
    other = store.initiatives.add(Initiative(partner_id=partner.id, name="Other"))
    add_commitment(store, other, kept=True)
    check = store.initiatives.promotion_check(initiative.id)
    assert (check.record.kept, check.record.counted) == (1, 4)
    assert check.needs_confirmation
    assert check.proposed is InitiativeSize.PROGRAM
    for _ in range(2):
        add_commitment(store, initiative, kept=True)
    assert not store.initiatives.promotion_check(initiative.id).needs_confirmation


def test_promote_climbs_to_the_top_and_stops(store: Store, initiative: Initiative) -> None:
    assert store.initiatives.promote(initiative.id).size is InitiativeSize.PROGRAM
    assert store.initiatives.promote(initiative.id).size is InitiativeSize.STRATEGIC
    with pytest.raises(ValidationError, match="top of the ladder"):
        store.initiatives.promote(initiative.id)
    assert store.initiatives.get(initiative.id).size is InitiativeSize.STRATEGIC


def test_a_trashed_initiative_cannot_be_changed(store: Store, initiative: Initiative) -> None:
    store.initiatives.delete(initiative.id)
    with pytest.raises(NotFound):
        store.initiatives.promote(initiative.id)
