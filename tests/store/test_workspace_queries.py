"""store.workspace: the header's facts read in one go agree with the records one by one."""

from datetime import UTC, date, datetime, timedelta

import pytest

from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.models import Commitment, Meeting, Partner, Person
from partnerdesk.domain.partner_header import PromiseOutcome
from partnerdesk.store.store import Store
from tests.notebook_growth import busy_partner

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def test_the_header_says_what_the_records_say(store: Store) -> None:
    owner = store.people.add(Person(full_name="Dana Okafor"))
    partner = store.partners.add(
        Partner(name="Northwind Bank", city="Leeds", owner_id=owner.id, tags=("b", "a"))
    )
    for days, mode in (
        (40, MeetingMode.IN_PERSON),
        (10, MeetingMode.VIDEO),
        (-3, MeetingMode.IN_PERSON),
    ):
        store.meetings.add(
            Meeting(partner_id=partner.id, starts_at=NOW - timedelta(days=days), mode=mode)
        )
    store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="Job descriptions",
            due_on=date(2026, 11, 1),
            status=CommitmentStatus.DONE,
            done_on=date(2026, 10, 30),
        )
    )
    gone = store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.OURS, description="Draft")
    )
    store.commitments.delete(gone.id)

    facts = store.workspace.header(partner.id, NOW)

    assert facts.partner == store.partners.get(partner.id)
    assert facts.partner.tags == ("a", "b")
    assert facts.owner_name == "Dana Okafor"
    assert facts.last_in_person == store.meetings.last_held(partner.id, NOW, MeetingMode.IN_PERSON)
    assert facts.last_in_person == NOW - timedelta(days=40)
    assert facts.promises == (
        PromiseOutcome(
            Direction.THEIRS, CommitmentStatus.DONE, date(2026, 11, 1), date(2026, 10, 30)
        ),
    )


def test_an_owner_in_the_trash_or_none_gives_no_name(store: Store) -> None:
    owner = store.people.add(Person(full_name="Dana Okafor"))
    owned = store.partners.add(Partner(name="Owned", owner_id=owner.id))
    nobody = store.partners.add(Partner(name="Unowned"))
    store.people.delete(owner.id)
    assert store.workspace.header(owned.id, NOW).owner_name == ""
    assert store.workspace.header(nobody.id, NOW).owner_name == ""
    assert store.workspace.header(nobody.id, NOW).last_in_person is None


def test_a_partner_missing_or_in_the_trash_is_not_found(store: Store) -> None:
    partner = store.partners.add(Partner(name="Gone soon"))
    store.partners.delete(partner.id)
    for partner_id in (partner.id, partner.id + 100):
        with pytest.raises(NotFound):
            store.workspace.header(partner_id, NOW)


def test_a_partners_meetings_are_the_records_get_gives_newest_first(store: Store) -> None:
    partner = busy_partner(store, "Busy", meetings=30, commitments=1)
    trashed = store.meetings.for_partner(partner.id)[5]
    store.meetings.delete(trashed.id)
    meetings = store.meetings.for_partner(partner.id)
    assert len(meetings) == 29
    assert meetings == [store.meetings.get(meeting.id) for meeting in meetings]
    assert all(len(meeting.attendee_ids) == 2 for meeting in meetings)
    starts = [meeting.starts_at for meeting in meetings]
    assert starts == sorted(starts, reverse=True)
    assert store.meetings.for_partner(partner.id + 100) == []


def test_attendees_are_named_by_name_with_their_side(store: Store) -> None:
    partner = store.partners.add(Partner(name="Northwind"))
    theirs = store.people.add(Person(full_name="Zoe Lind", partner_id=partner.id))
    ours = store.people.add(Person(full_name="Ann Ryder"))
    gone = store.people.add(Person(full_name="Bea Gone"))
    store.people.delete(gone.id)
    assert store.workspace.attendees([theirs.id, ours.id, gone.id]) == [
        ("Ann Ryder", None),
        ("Zoe Lind", partner.id),
    ]
    assert store.workspace.attendees([]) == []
