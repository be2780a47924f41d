"""Every kind of record survives a round trip through the notebook, and reports its change."""

import dataclasses
from datetime import UTC, date, datetime

import pytest

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import (
    CommitmentEventKind,
    CommitmentStatus,
    Direction,
    InitiativeSize,
    InitiativeStatus,
    MeetingMode,
    NeedCategory,
    NeedStatus,
    OfferKind,
    PartnerKind,
    PartnerStage,
    Priority,
    Side,
)
from partnerdesk.domain.errors import AmbiguousName, NotFound, ValidationError
from partnerdesk.domain.models import (
    Commitment,
    Initiative,
    InitiativeMember,
    Meeting,
    Need,
    Offer,
    Pairing,
    Partner,
    Person,
)
from partnerdesk.store.store import Store

WHEN = datetime(2026, 3, 4, 14, 30, tzinfo=UTC)


def identity_free(record: object) -> dict[str, object]:
    values = dataclasses.asdict(record)  # type: ignore[call-overload]
    for name in ("id", "uuid", "created_at", "updated_at", "deleted_at"):
        values.pop(name, None)
    return values


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Northwind Bank", kind=PartnerKind.COMPANY))


def test_partner_round_trip_with_every_field(store: Store) -> None:
    dean = store.people.add(Person(full_name="Maria Lopez", title="Dean"))
    original = Partner(
        name="Northwind Bank",
        kind=PartnerKind.COMPANY,
        stage=PartnerStage.ACTIVE,
        sector="Banking",
        website="https://northwind.example",
        address="1 Main St",
        city="Arlington",
        country="USA",
        summary="Regional bank, **hiring** analysts.",
        offer_text="- Capstone projects",
        owner_id=dean.id,
        tags=("internships", "hiring"),
    )
    stored = store.partners.add(original)
    assert stored.id > 0
    assert len(stored.uuid) == 36
    assert stored.created_at is not None
    assert stored.created_at.tzinfo is not None
    again = store.partners.get(stored.id)
    assert again == stored
    assert identity_free(again) == identity_free(
        dataclasses.replace(original, tags=("hiring", "internships"))
    )


def test_update_changes_fields_and_tags(store: Store, partner: Partner) -> None:
    updated = store.partners.update(
        dataclasses.replace(partner, stage=PartnerStage.STRATEGIC, tags=("board",))
    )
    assert store.partners.get(partner.id).stage is PartnerStage.STRATEGIC
    assert updated.tags == ("board",)
    assert store.partner_list.tag_names() == ["board"]


def test_person_round_trip_on_both_sides(store: Store, partner: Partner) -> None:
    theirs = store.people.add(
        Person(
            full_name="Ana Ruiz",
            title="CHRO",
            email="ana@northwind.example",
            phone="+1 555 0100",
            partner_id=partner.id,
            role="champion",
            notes="Prefers mornings.",
        )
    )
    ours = store.people.add(Person(full_name="Maria Lopez", title="Dean"))
    assert store.people.get(theirs.id) == theirs
    assert theirs.side is Side.THEIRS
    assert ours.side is Side.OURS
    assert store.people.for_partner(partner.id) == [theirs]
    assert store.people.ours() == [ours]


def test_meeting_round_trip_with_attendees(store: Store, partner: Partner) -> None:
    ana = store.people.add(Person(full_name="Ana Ruiz", partner_id=partner.id))
    maria = store.people.add(Person(full_name="Maria Lopez"))
    meeting = store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=WHEN,
            duration_minutes=45,
            mode=MeetingMode.IN_PERSON,
            location="Their head office",
            at_partner_premises=True,
            title="Kick-off",
            notes="## Their needs and concerns\n- 40 analysts",
            attendee_ids=(maria.id, ana.id),
            follow_up_on=date(2026, 3, 6),
        )
    )
    again = store.meetings.get(meeting.id)
    assert again == meeting
    assert again.starts_at == WHEN
    assert set(again.attendee_ids) == {ana.id, maria.id}
    assert store.meetings.for_partner(partner.id) == [meeting]


def test_saving_notes_commits_and_reports(
    store: Store, partner: Partner, changes: list[Change]
) -> None:
    meeting = store.meetings.add(Meeting(partner_id=partner.id, starts_at=WHEN))
    changes.clear()
    saved_at = store.meetings.save_notes(meeting.id, "- they need 12 interns")
    assert saved_at.tzinfo is not None
    assert store.meetings.get(meeting.id).notes == "- they need 12 interns"
    assert changes == [
        Change(Entity.MEETING, Action.UPDATED, frozenset({meeting.id}), frozenset({partner.id}))
    ]


def test_saving_notes_of_a_missing_meeting_is_refused(store: Store) -> None:
    with pytest.raises(NotFound):
        store.meetings.save_notes(999, "text")


def test_commitment_round_trip_and_ledger(store: Store, partner: Partner) -> None:
    commitment = store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="Share the job descriptions",
            due_on=date(2026, 3, 3),
        )
    )
    assert store.commitments.get(commitment.id) == commitment
    store.commitments.reschedule(commitment.id, date(2026, 3, 10))
    store.commitments.reschedule(commitment.id, date(2026, 3, 17))
    done = store.commitments.mark_done(commitment.id, on=date(2026, 3, 20))
    assert done.status is CommitmentStatus.DONE
    assert done.done_on == date(2026, 3, 20)
    history = store.commitments.history(commitment.id)
    assert [event.kind for event in history] == [
        CommitmentEventKind.CREATED,
        CommitmentEventKind.RESCHEDULED,
        CommitmentEventKind.RESCHEDULED,
        CommitmentEventKind.DONE,
    ]
    assert history[0].due_on == date(2026, 3, 3)
    assert history[-1].occurred_on == date(2026, 3, 20)
    reopened = store.commitments.reopen(commitment.id)
    assert reopened.done_on is None
    assert store.commitments.history(commitment.id)[-1].kind is CommitmentEventKind.REOPENED


def test_follow_ups_are_counted(store: Store, partner: Partner) -> None:
    commitment = store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.THEIRS, description="Send data")
    )
    store.commitments.record_follow_up(commitment.id, on=date(2026, 4, 1))
    again = store.commitments.record_follow_up(commitment.id, on=date(2026, 4, 8))
    assert again.follow_up_count == 2
    assert again.last_follow_up_on == date(2026, 4, 8)


def test_empty_commitment_is_refused(store: Store, partner: Partner) -> None:
    with pytest.raises(ValidationError):
        store.commitments.add(
            Commitment(partner_id=partner.id, direction=Direction.OURS, description="  ")
        )
    assert store.commitments.count() == 0


def test_need_round_trip(store: Store, partner: Partner) -> None:
    need = store.needs.add(
        Need(
            partner_id=partner.id,
            description="Data analysts for the summer",
            category=NeedCategory.TALENT,
            priority=Priority.HIGH,
            status=NeedStatus.IN_PROGRESS,
        )
    )
    assert store.needs.get(need.id) == need
    assert store.needs.for_partner(partner.id) == [need]


def test_offer_round_trip(store: Store) -> None:
    offer = store.offers.add(
        Offer(
            name="Summer data-science internships",
            kind=OfferKind.INTERNSHIP,
            description="Ten-week placements.",
            categories=(NeedCategory.TALENT, NeedCategory.SKILLS),
            skills="python, sql, statistics",
            capacity=12,
            season="Summer",
        )
    )
    assert store.offers.get(offer.id) == offer
    assert store.offers.all() == [offer]


def test_initiative_round_trip_with_members_and_pairings(store: Store, partner: Partner) -> None:
    ana = store.people.add(Person(full_name="Ana Ruiz", partner_id=partner.id))
    maria = store.people.add(Person(full_name="Maria Lopez"))
    initiative = store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Analytics internship pilot",
            goal="Place 5 interns by June",
            size=InitiativeSize.PILOT,
            status=InitiativeStatus.ACTIVE,
            started_on=date(2026, 1, 10),
            target_on=date(2026, 6, 30),
            next_check_in_on=date(2026, 4, 1),
            members=(
                InitiativeMember(person_id=maria.id, side=Side.OURS, role="lead"),
                InitiativeMember(person_id=ana.id, side=Side.THEIRS, role="sponsor"),
            ),
            pairings=(Pairing(our_person_id=maria.id, their_person_id=ana.id),),
        )
    )
    again = store.initiatives.get(initiative.id)
    assert again == initiative
    assert len(again.members) == 2
    assert again.pairings == (Pairing(our_person_id=maria.id, their_person_id=ana.id),)
    assert store.initiatives.for_partner(partner.id) == [initiative]


def test_settings_hold_json_values(store: Store) -> None:
    store.settings.set("going_cold_days", 90)
    store.settings.set("templates", {"thank_you": "Dear {{ name }}"})
    assert store.settings.get("going_cold_days") == 90
    assert store.settings.get("templates") == {"thank_you": "Dear {{ name }}"}
    assert store.settings.get("missing", "default") == "default"


def test_empty_partner_name_is_refused_and_nothing_stored(store: Store) -> None:
    with pytest.raises(ValidationError) as raised:
        store.partners.add(Partner(name="   "))
    assert "cannot be empty" in raised.value.message
    assert store.partners.count() == 0


def test_user_text_is_stored_exactly(store: Store) -> None:
    hostile = '<b>Acme</b><a href="x">y</a> Robert\'); DROP TABLE partners;--'
    stored = store.partners.add(Partner(name=hostile))
    assert store.partners.get(stored.id).name == hostile


def test_changes_are_reported_after_commit(store: Store, changes: list[Change]) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    store.partners.update(dataclasses.replace(partner, city="Lyon"))
    assert [(c.entity, c.action, c.ids) for c in changes] == [
        (Entity.PARTNER, Action.CREATED, frozenset({partner.id})),
        (Entity.PARTNER, Action.UPDATED, frozenset({partner.id})),
    ]
    assert changes[0].partner_ids == frozenset({partner.id})


def test_a_failed_write_reports_nothing(store: Store, changes: list[Change]) -> None:
    with pytest.raises(ValidationError):
        store.partners.add(Partner(name=""))
    assert changes == []


def test_resolve_by_id_exact_name_and_unique_prefix(store: Store) -> None:
    north = store.partners.add(Partner(name="Northwind Bank"))
    store.partners.add(Partner(name="Northwind Bank Foundation"))
    store.partners.add(Partner(name="Contoso"))
    assert store.partners.resolve(str(north.id)).id == north.id
    assert store.partners.resolve("northwind bank").id == north.id
    assert store.partners.resolve("Cont").name == "Contoso"
    with pytest.raises(AmbiguousName) as raised:
        store.partners.resolve("North")
    assert raised.value.candidates == ["Northwind Bank", "Northwind Bank Foundation"]
    with pytest.raises(NotFound):
        store.partners.resolve("Fabrikam")
    with pytest.raises(NotFound):
        store.partners.resolve("%")


def test_names_of_each_side_by_name(store: Store, partner: Partner) -> None:
    zoe = store.people.add(Person(full_name="Zoe Park"))
    ann = store.people.add(Person(full_name="Ann Lee"))
    theirs = store.people.add(Person(full_name="Ana Ruiz", partner_id=partner.id))
    gone = store.people.add(Person(full_name="Gone Person"))
    store.people.delete(gone.id)
    assert list(store.people.names().items()) == [(ann.id, "Ann Lee"), (zoe.id, "Zoe Park")]
    assert store.people.names(partner.id) == {theirs.id: "Ana Ruiz"}


def test_open_commitments_by_owner_count_the_late_ones(store: Store, partner: Partner) -> None:
    maria = store.people.add(Person(full_name="Maria Lopez"))
    for due in (date(2026, 11, 1), date(2026, 11, 20), date(2026, 12, 20)):
        store.commitments.add(
            Commitment(
                partner_id=partner.id,
                direction=Direction.OURS,
                description="Visit",
                due_on=due,
                owner_id=maria.id,
            )
        )
    store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.OURS, description="Unowned")
    )
    store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.THEIRS, description="Theirs")
    )
    loads = store.commitments.open_by_owner(Direction.OURS)
    assert [(load.owner_name, load.open, load.overdue) for load in loads] == [
        ("Maria Lopez", 3, 2),
        ("", 1, 0),
    ]


def test_due_since_leaves_out_trashed_partners(store: Store, partner: Partner) -> None:
    other = store.partners.add(Partner(name="Gone Inc"))
    for owner in (partner, other):
        store.commitments.add(
            Commitment(
                partner_id=owner.id,
                direction=Direction.OURS,
                description="Visit",
                due_on=date(2026, 6, 1),
            )
        )
    store.partners.delete(other.id)
    found = store.commitments.due_since(Direction.OURS, date(2026, 1, 1))
    assert [c.partner_id for c in found] == [partner.id]
    assert store.commitments.due_since(Direction.OURS, date(2026, 7, 1)) == []
