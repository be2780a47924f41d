"""Deleting moves to the Trash; restore brings things back; purge removes them for good."""

from datetime import UTC, datetime

import pytest

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.models import Commitment, Meeting, Partner, Person
from partnerdesk.store.store import Store


def test_delete_hides_and_restore_brings_back(store: Store, changes: list[Change]) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    store.partners.delete(partner.id)
    assert store.partners.count() == 0
    with pytest.raises(NotFound):
        store.partners.get(partner.id)
    [item] = store.trash.items()
    assert (item.kind, item.id, item.label) == ("partner", partner.id, "Contoso")
    assert changes[-1].action is Action.DELETED
    store.trash.restore("partner", partner.id)
    assert store.partners.get(partner.id).name == "Contoso"
    assert store.trash.items() == []
    assert changes[-1] == Change(
        Entity.PARTNER, Action.RESTORED, frozenset({partner.id}), frozenset({partner.id})
    )


def test_purge_removes_a_partner_with_everything_it_owns(store: Store) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    person = store.people.add(Person(full_name="Ana", partner_id=partner.id))
    store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=datetime.now(UTC), attendee_ids=(person.id,))
    )
    store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.OURS, description="Visit")
    )
    store.partners.delete(partner.id)
    store.trash.purge("partner", partner.id)
    counts = store.counts()
    assert (counts.partners, counts.people, counts.meetings, counts.commitments) == (0, 0, 0, 0)
    assert store.database.integrity_problems() == []


def test_only_trashed_items_can_be_purged(store: Store) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    with pytest.raises(NotFound):
        store.trash.purge("partner", partner.id)
    with pytest.raises(NotFound):
        store.trash.restore("partner", partner.id)
    with pytest.raises(NotFound):
        store.trash.restore("spaceship", 1)
    assert store.partners.count() == 1


def test_emptying_the_trash_across_kinds(store: Store) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    ours = store.people.add(Person(full_name="Maria"))
    keep = store.partners.add(Partner(name="Fabrikam"))
    store.people.delete(ours.id)
    store.partners.delete(partner.id)
    assert {item.kind for item in store.trash.items()} == {"partner", "person"}
    assert store.trash.empty() == 2
    assert store.trash.items() == []
    assert store.partners.get(keep.id).name == "Fabrikam"
