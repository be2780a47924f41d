"""The meeting balance counted in SQL agrees with its definition; Today flags distance."""

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from partnerdesk.domain.enums import InitiativeStatus, MeetingMode
from partnerdesk.domain.meeting_balance import meeting_balance, tally_meetings
from partnerdesk.domain.models import Initiative, Meeting, Partner
from partnerdesk.store.store import Store
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def meet(
    store: Store,
    partner: Partner,
    days_ago: int,
    mode: MeetingMode = MeetingMode.IN_PERSON,
    premises: bool = False,
) -> Meeting:
    day = TODAY - timedelta(days=days_ago)
    return store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC),
            mode=mode,
            at_partner_premises=premises,
        )
    )


def test_balance_counts_in_one_query_what_the_definition_says(store: Store) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    other = store.partners.add(Partner(name="Other"))
    meet(store, acme, 10, premises=True)
    meet(store, acme, 40, MeetingMode.VIDEO)
    meet(store, acme, 200, MeetingMode.PHONE, premises=True)
    meet(store, acme, 300)
    meet(store, acme, 366)  # beyond the year
    meet(store, acme, 5, MeetingMode.NOTE)
    meet(store, acme, -3)  # next week
    gone = meet(store, acme, 2)
    store.meetings.delete(gone.id)
    meet(store, other, 1)

    balance = store.meetings.balance(acme.id)
    assert (balance.meetings, balance.in_person, balance.at_their_premises) == (4, 2, 2)
    assert balance.last_in_person == TODAY - timedelta(days=10)
    assert balance.days_since_in_person == 10
    assert balance.in_person_percent == 50
    expected = meeting_balance(tally_meetings(store.meetings.for_partner(acme.id), TODAY), TODAY)
    assert balance == expected


def test_balance_of_a_partner_never_met(store: Store) -> None:
    quiet = store.partners.add(Partner(name="Quiet"))
    balance = store.meetings.balance(quiet.id)
    assert (balance.meetings, balance.in_person_share, balance.last_in_person) == (0, None, None)


def test_today_flags_active_initiatives_without_a_face_to_face_meeting(store: Store) -> None:
    def partner_with(
        name: str, status: InitiativeStatus, *meetings: tuple[int, MeetingMode]
    ) -> Partner:
        partner = store.partners.add(Partner(name=name))
        store.initiatives.add(
            Initiative(partner_id=partner.id, name=f"{name} pilot", status=status)
        )
        for days_ago, mode in meetings:
            meet(store, partner, days_ago, mode)
        return partner

    partner_with("Never Met", InitiativeStatus.ACTIVE, (5, MeetingMode.VIDEO))
    partner_with("Long Ago", InitiativeStatus.ACTIVE, (300, MeetingMode.IN_PERSON))
    partner_with("Longer Ago", InitiativeStatus.ACTIVE, (400, MeetingMode.IN_PERSON))
    partner_with("Recent", InitiativeStatus.ACTIVE, (30, MeetingMode.IN_PERSON))
    partner_with("Paused", InitiativeStatus.PAUSED)
    trashed = partner_with("Trashed", InitiativeStatus.ACTIVE)
    store.partners.delete(trashed.id)

    rows = store.agenda.today().no_face_to_face
    assert [(row.name, row.initiative_name) for row in rows] == [
        ("Never Met", "Never Met pilot"),
        ("Longer Ago", "Longer Ago pilot"),
        ("Long Ago", "Long Ago pilot"),
    ]
    assert rows[0].last_in_person is None
    assert rows[2].last_in_person == TODAY - timedelta(days=300)
    assert rows[2].days_since == 300


def test_a_meeting_on_the_cutoff_day_is_recent_enough(store: Store) -> None:
    edge = store.partners.add(Partner(name="Edge"))
    store.initiatives.add(
        Initiative(partner_id=edge.id, name="Edge", status=InitiativeStatus.ACTIVE)
    )
    cutoff = date(2026, 5, 27)  # six calendar months before TODAY
    store.meetings.add(
        Meeting(partner_id=edge.id, starts_at=datetime(2026, 5, 27, 0, 0, tzinfo=UTC))
    )
    assert store.agenda.today().no_face_to_face == ()
    assert cutoff == TODAY.replace(month=5)
