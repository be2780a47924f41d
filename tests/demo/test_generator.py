"""The sample-data generator: reproducible, believable, and safe to point at a notebook."""

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from partnerdesk.demo import generate
from partnerdesk.demo import vocabulary as vocab
from partnerdesk.domain.enums import (
    CommitmentEventKind,
    CommitmentStatus,
    Direction,
    MeetingMode,
    PartnerStage,
)
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.models import Commitment, Meeting, Partner, Person
from partnerdesk.domain.pairings import check_pairings
from partnerdesk.store.store import Store

TODAY = date(2026, 11, 27)
END_OF_TODAY = datetime(2026, 11, 28, tzinfo=UTC)
PARTNERS = 50
TEMPLATE_HEADINGS = (
    "## Their needs and concerns",
    "## Talent and skills they seek",
    "## What we can offer",
    "## Commitments — ours",
    "## Commitments — theirs",
    "## Next steps",
)


def open_store(folder: Path) -> Store:
    return Store.open(folder / "n.partnerdesk", folder / "backups")


def snapshot(store: Store) -> dict[str, Any]:
    """Every record of a generated notebook, read back through the repositories."""
    partner_ids = range(1, store.partners.count() + 1)
    commitments = [c for pid in partner_ids for c in store.commitments.for_partner(pid)]
    return {
        "partners": store.partners.get_many(partner_ids),
        "ours": store.people.ours(),
        "people": [p for pid in partner_ids for p in store.people.for_partner(pid)],
        "meetings": [m for pid in partner_ids for m in store.meetings.for_partner(pid)],
        "commitments": commitments,
        "history": [store.commitments.history(c.id) for c in commitments],
        "needs": [n for pid in partner_ids for n in store.needs.for_partner(pid)],
        "initiatives": [i for pid in partner_ids for i in store.initiatives.for_partner(pid)],
        "offers": store.offers.all(),
        "tags": store.partner_list.tag_names(),
    }


@pytest.fixture(scope="module")
def notebook(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One generated notebook, shared by the tests that only read it."""
    store = open_store(tmp_path_factory.mktemp("demo"))
    generate(store, PARTNERS, seed=7, today=TODAY)
    yield store
    store.close()


@pytest.fixture(scope="module")
def records(notebook: Store) -> dict[str, Any]:
    return snapshot(notebook)


# -- reproducibility -----------------------------------------------------------------------


def test_the_same_seed_and_day_give_the_same_notebook(
    tmp_path: Path, records: dict[str, Any]
) -> None:
    store = open_store(tmp_path)
    try:
        generate(store, PARTNERS, seed=7, today=TODAY)
        again = snapshot(store)
    finally:
        store.close()
    assert len(records["meetings"]) > PARTNERS
    assert again == records


def test_another_seed_gives_another_notebook(tmp_path: Path, records: dict[str, Any]) -> None:
    store = open_store(tmp_path)
    try:
        generate(store, PARTNERS, seed=8, today=TODAY)
        other = snapshot(store)
    finally:
        store.close()
    assert [p.name for p in other["partners"]] != [p.name for p in records["partners"]]
    assert [m.notes for m in other["meetings"]] != [m.notes for m in records["meetings"]]


def test_the_global_random_generator_is_left_alone(tmp_path: Path) -> None:
    import random

    random.seed(99)
    expected = random.random()
    random.seed(99)
    store = open_store(tmp_path)
    try:
        generate(store, 5, seed=1, today=TODAY)
    finally:
        store.close()
    assert random.random() == expected


# -- scale and shape -------------------------------------------------------------------------


def test_counts_scale_with_the_number_of_partners(notebook: Store) -> None:
    counts = notebook.counts()
    assert counts.partners == PARTNERS
    ours = len(notebook.people.ours())
    assert 13 <= ours <= 20
    assert 3.5 * PARTNERS <= counts.people - ours <= 6.5 * PARTNERS
    assert 7 * PARTNERS <= counts.meetings <= 13 * PARTNERS
    assert 3.5 * PARTNERS <= counts.commitments <= 6.5 * PARTNERS
    assert 1 * PARTNERS <= counts.needs <= 4 * PARTNERS
    assert 0.3 * PARTNERS <= counts.initiatives <= 1.0 * PARTNERS
    assert 28 <= counts.offers <= 36


def test_generate_returns_the_notebook_counts(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        counts = generate(store, 12, seed=3, today=TODAY)
        assert counts == store.counts()
        assert counts.partners == 12
    finally:
        store.close()


def test_partners_are_varied_and_named_like_organizations(records: dict[str, Any]) -> None:
    partners: list[Partner] = records["partners"]
    names = [p.name for p in partners]
    assert len(set(names)) == len(names)
    assert not [name for name in names if re.search(r"\b(Partner|Company) \d+", name)]
    assert len({p.kind for p in partners}) >= 4
    assert len({p.stage for p in partners}) >= 5
    stages = [p.stage for p in partners]
    assert stages.count(PartnerStage.ACTIVE) > stages.count(PartnerStage.ENDED)
    our_ids = {person.id for person in records["ours"]}
    for partner in partners:
        assert partner.owner_id in our_ids
        assert partner.website.startswith("https://www.")
        assert partner.website.endswith(".example")
        assert all((partner.summary, partner.city, partner.country, partner.sector))
    assert any(p.tags for p in partners)
    assert set(records["tags"]) <= set(vocab.TAG_NAMES)


def test_their_people_have_titles_roles_and_addresses_at_the_partner(
    records: dict[str, Any],
) -> None:
    websites = {p.id: p.website.removeprefix("https://www.") for p in records["partners"]}
    people: list[Person] = records["people"]
    by_partner: dict[int, int] = {}
    for person in people:
        assert all((person.full_name, person.title, person.phone))
        assert person.email.endswith("@" + websites[person.partner_id or 0])
        by_partner[person.partner_id or 0] = by_partner.get(person.partner_id or 0, 0) + 1
    assert min(by_partner.values()) >= 2
    assert max(by_partner.values()) <= 8
    assert {"champion", "decision maker"} <= {person.role for person in people}


def test_our_office_has_the_president_deans_and_relationship_owners(
    records: dict[str, Any],
) -> None:
    titles = [person.title for person in records["ours"]]
    assert "President" in titles
    assert sum(title.startswith("Dean") for title in titles) >= 5
    assert all(person.partner_id is None for person in records["ours"])


def test_uuids_are_version_4_and_unique(records: dict[str, Any]) -> None:
    uuids = [
        r.uuid for key in ("partners", "people", "meetings", "commitments") for r in records[key]
    ]
    assert len(set(uuids)) == len(uuids)
    assert all(uuid.UUID(value).version == 4 for value in uuids)


# -- meetings ------------------------------------------------------------------------------


def test_every_meeting_mode_appears(records: dict[str, Any]) -> None:
    assert {m.mode for m in records["meetings"]} == set(MeetingMode)


def test_meetings_lie_in_the_last_three_years_with_some_in_the_next_two_weeks(
    records: dict[str, Any],
) -> None:
    meetings: list[Meeting] = records["meetings"]
    earliest = datetime(2023, 11, 1, tzinfo=UTC)
    latest = END_OF_TODAY + timedelta(days=15)
    assert all(earliest <= m.starts_at < latest for m in meetings)
    assert all(m.starts_at.tzinfo is UTC for m in meetings)
    assert any(m.starts_at >= END_OF_TODAY for m in meetings)
    assert all(m.starts_at.weekday() < 5 for m in meetings)


def test_in_person_meetings_have_a_place_and_some_are_at_the_partner(
    records: dict[str, Any],
) -> None:
    in_person = [m for m in records["meetings"] if m.mode is MeetingMode.IN_PERSON]
    assert all(m.location for m in in_person)
    assert any(m.at_partner_premises for m in in_person)
    assert any(not m.at_partner_premises for m in in_person)
    others = [m for m in records["meetings"] if m.mode is not MeetingMode.IN_PERSON]
    assert not any(m.at_partner_premises for m in others)


def test_the_first_meeting_is_mostly_face_to_face(records: dict[str, Any]) -> None:
    first: dict[int, Meeting] = {}
    for meeting in records["meetings"]:
        known = first.get(meeting.partner_id)
        if known is None or meeting.starts_at < known.starts_at:
            first[meeting.partner_id] = meeting
    face_to_face = [m for m in first.values() if m.mode is MeetingMode.IN_PERSON]
    assert len(face_to_face) > len(first) / 2


def test_meetings_have_attendees_from_both_sides(records: dict[str, Any]) -> None:
    ours = {person.id for person in records["ours"]}
    theirs = {person.id: person.partner_id for person in records["people"]}
    for meeting in records["meetings"]:
        attendees = set(meeting.attendee_ids)
        assert attendees & ours
        partner_side = [pid for pid in attendees if pid in theirs]
        assert partner_side
        assert all(theirs[pid] == meeting.partner_id for pid in partner_side)


def test_notes_follow_the_capture_template(records: dict[str, Any]) -> None:
    notes = [m.notes for m in records["meetings"]]
    everything = "\n".join(notes)
    for heading in TEMPLATE_HEADINGS:
        assert heading in everything
    assert "- [ ] " in everything
    assert "- [x] " in everything
    full_meetings = [m for m in records["meetings"] if m.mode is MeetingMode.IN_PERSON]
    assert sum("## " in m.notes for m in full_meetings) > len(full_meetings) / 2
    quick = [m.notes for m in records["meetings"] if m.mode is MeetingMode.NOTE]
    assert quick
    assert sum(len(n) for n in quick) / len(quick) < sum(len(n) for n in notes) / len(notes)


# -- commitments and their ledger -------------------------------------------------------------


def test_commitments_cover_both_directions_and_every_status(records: dict[str, Any]) -> None:
    commitments: list[Commitment] = records["commitments"]
    assert {c.direction for c in commitments} == set(Direction)
    assert {c.status for c in commitments} == set(CommitmentStatus)


def test_some_promises_were_kept_on_time_and_some_late(records: dict[str, Any]) -> None:
    done = [
        (c.done_on, c.due_on)
        for c in records["commitments"]
        if c.status is CommitmentStatus.DONE and c.done_on and c.due_on
    ]
    assert len(done) == sum(c.status is CommitmentStatus.DONE for c in records["commitments"])
    on_time = [done_on for done_on, due_on in done if done_on <= due_on]
    late = [done_on for done_on, due_on in done if done_on > due_on]
    assert on_time
    assert late
    assert len(on_time) > 2 * len(late)
    assert max(done_on for done_on, _due in done) <= TODAY


def test_open_commitments_include_overdue_and_coming_ones(records: dict[str, Any]) -> None:
    open_ones = [c for c in records["commitments"] if c.status is CommitmentStatus.OPEN]
    assert all(c.done_on is None for c in open_ones)
    assert any(c.due_on is not None and c.due_on < TODAY for c in open_ones)
    assert any(c.due_on is not None and c.due_on >= TODAY for c in open_ones)


def test_commitment_owners_are_on_the_promising_side(records: dict[str, Any]) -> None:
    ours = {person.id for person in records["ours"]}
    theirs = {person.id: person.partner_id for person in records["people"]}
    for commitment in records["commitments"]:
        if commitment.direction is Direction.OURS:
            assert commitment.owner_id in ours
        else:
            assert theirs[commitment.owner_id] == commitment.partner_id


def test_the_ledger_tells_each_commitments_story(records: dict[str, Any]) -> None:
    rescheduled = 0
    for commitment, history in zip(records["commitments"], records["history"], strict=True):
        kinds = [event.kind for event in history]
        assert kinds[0] is CommitmentEventKind.CREATED
        assert history[-1].due_on == commitment.due_on
        assert [e.occurred_on for e in history] == sorted(e.occurred_on for e in history)
        if CommitmentEventKind.RESCHEDULED in kinds:
            rescheduled += 1
            assert history[0].due_on != commitment.due_on
        if commitment.status is CommitmentStatus.DONE:
            assert kinds[-1] is CommitmentEventKind.DONE
            assert history[-1].occurred_on == commitment.done_on
        elif commitment.status is CommitmentStatus.DROPPED:
            assert kinds[-1] is CommitmentEventKind.DROPPED
        else:
            assert kinds[-1] in (CommitmentEventKind.CREATED, CommitmentEventKind.RESCHEDULED)
    assert rescheduled > 0


def test_late_promises_of_theirs_were_followed_up(records: dict[str, Any]) -> None:
    chased = [c for c in records["commitments"] if c.follow_up_count > 0]
    assert chased
    for commitment in chased:
        assert commitment.direction is Direction.THEIRS
        assert commitment.last_follow_up_on is not None


def test_commitments_and_needs_point_at_their_partners_meetings(records: dict[str, Any]) -> None:
    meeting_partner = {m.id: m.partner_id for m in records["meetings"]}
    linked = [c for c in records["commitments"] if c.meeting_id is not None]
    assert len(linked) > len(records["commitments"]) / 2
    assert all(meeting_partner[c.meeting_id or 0] == c.partner_id for c in linked)
    needs = [n for n in records["needs"] if n.meeting_id is not None]
    assert needs
    assert all(meeting_partner[n.meeting_id or 0] == n.partner_id for n in needs)


# -- needs and initiatives ----------------------------------------------------------------------


def test_needs_are_mostly_about_talent_and_skills(records: dict[str, Any]) -> None:
    categories = [need.category.value for need in records["needs"]]
    talent_or_skills = sum(category in ("talent", "skills") for category in categories)
    assert talent_or_skills > len(categories) / 2
    assert len(set(categories)) >= 4


def test_initiatives_pair_people_except_where_one_side_is_missing(
    records: dict[str, Any],
) -> None:
    initiatives = records["initiatives"]
    assert any(i.pairings for i in initiatives)
    assert any(not i.pairings for i in initiatives)
    assert all(i.goal and i.target_on for i in initiatives)
    assert any(i.next_check_in_on and i.next_check_in_on < TODAY for i in initiatives)
    assert any(i.next_check_in_on and i.next_check_in_on >= TODAY for i in initiatives)
    for initiative in initiatives:
        members = {member.person_id for member in initiative.members}
        for pairing in initiative.pairings:
            assert {pairing.our_person_id, pairing.their_person_id} <= members
        # The store's pairing rules hold for what the generator writes past the store.
        check_pairings(initiative.members, initiative.pairings)


# -- safety -----------------------------------------------------------------------------------


def test_the_generated_notebook_passes_the_integrity_check(notebook: Store) -> None:
    assert notebook.database.integrity_problems() == []


def test_a_notebook_with_partners_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        existing = store.partners.add(Partner(name="Harbor Bank"))
        before = store.counts()
        with pytest.raises(ValidationError, match="empty notebook"):
            generate(store, 10, seed=1, today=TODAY)
        assert store.counts() == before
        assert store.partners.get(existing.id) == existing
    finally:
        store.close()


def test_a_notebook_with_only_our_people_is_refused_too(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        store.people.add(Person(full_name="Irma Becerra", title="President"))
        with pytest.raises(ValidationError, match="empty notebook"):
            generate(store, 10, seed=1, today=TODAY)
        assert store.counts().partners == 0
    finally:
        store.close()


@pytest.mark.parametrize("partners", [0, -5, 200_001])
def test_partner_counts_out_of_range_are_refused(tmp_path: Path, partners: int) -> None:
    store = open_store(tmp_path)
    try:
        with pytest.raises(ValidationError, match="between 1 and 200,000"):
            generate(store, partners, seed=1, today=TODAY)
        assert store.counts().partners == 0
    finally:
        store.close()


def test_progress_ends_with_all_partners_done(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    store = open_store(tmp_path)
    try:
        generate(
            store, 20, seed=2, today=TODAY, progress=lambda done, total: calls.append((done, total))
        )
    finally:
        store.close()
    assert calls[-1] == (20, 20)
    assert all(done <= total for done, total in calls)


# -- the word pools agree with each other ------------------------------------------------------


def test_every_sectors_offers_and_school_exist() -> None:
    offer_names = {offer.name for offer in vocab.OFFERS}
    for sector in vocab.SECTORS:
        assert set(sector.offers) <= offer_names, sector.sector
        assert sector.school in vocab.OUR_SCHOOLS
    assert all(state in vocab.STATE_NAMES for _city, state, _area in vocab.US_CITIES)
