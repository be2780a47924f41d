"""Notebooks for the interchange tests: a demo history with every kind of record and state."""

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from partnerdesk.demo.generator import generate
from partnerdesk.domain.agenda import GOING_COLD_SETTING
from partnerdesk.domain.email_drafts import DraftKind, default_template
from partnerdesk.domain.enums import (
    Direction,
    InitiativeSize,
    MeetingMode,
    NeedCategory,
    OfferKind,
    Side,
)
from partnerdesk.domain.follow_ups import check_in_key, nudge_key, thank_you_key
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
from tests.conftest import TODAY

HOSTILE = 'Send the list, then; sign\nline two\\ <b>Acme</b><a href="x">y</a> Ünïcødé 北京 ✓ 🚀'


@contextmanager
def open_store(folder: Path, name: str = "notebook.partnerdesk") -> Iterator[Store]:
    store = Store.open(folder / name, folder / "backups", today=lambda: TODAY)
    try:
        yield store
    finally:
        store.close()


def fill_rich(store: Store, partners: int = 8, seed: int = 4) -> None:
    """A demo history, plus what the generator leaves out: settings, marks, Trash, owners."""
    generate(store, partners, seed, TODAY)
    ours = store.people.add(Person(full_name="Ada Ours", notes=HOSTILE))
    partner = store.partners.add(
        Partner(
            name=f"{HOSTILE[:40]}".replace("\n", " "),
            address="1 Main St\nSpringfield",
            offer_text=HOSTILE,
            summary=HOSTILE,
            owner_id=ours.id,
            tags=("hostile", "<b>tag</b>"),
        )
    )
    theirs = store.people.add(
        Person(full_name="Bo Theirs", partner_id=partner.id, email="bo@example.org", notes="x")
    )
    meeting = store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC),
            duration_minutes=95,
            mode=MeetingMode.VIDEO,
            location=HOSTILE,
            at_partner_premises=True,
            title="Kick-off\tplanning",
            notes=HOSTILE,
            attendee_ids=(ours.id, theirs.id),
            follow_up_on=date(2026, 12, 1),
        )
    )
    initiative = store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Pilot cohort",
            goal=HOSTILE,
            size=InitiativeSize.PROGRAM,
            started_on=date(2026, 1, 5),
            next_check_in_on=date(2026, 12, 10),
            members=(
                InitiativeMember(person_id=ours.id, side=Side.OURS, role="lead"),
                InitiativeMember(person_id=theirs.id, side=Side.THEIRS),
            ),
            pairings=(Pairing(our_person_id=ours.id, their_person_id=theirs.id),),
        )
    )
    commitment = store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description=HOSTILE,
            due_on=date(2026, 11, 30),
            owner_id=theirs.id,
            meeting_id=meeting.id,
            initiative_id=initiative.id,
        )
    )
    store.commitments.reschedule(commitment.id, date(2026, 12, 7))
    store.commitments.record_follow_up(commitment.id, date(2026, 12, 8))
    store.needs.add(
        Need(
            partner_id=partner.id,
            description=HOSTILE,
            category=NeedCategory.TALENT,
            meeting_id=meeting.id,
            initiative_id=initiative.id,
        )
    )
    store.offers.add(
        Offer(
            name="Night school",
            kind=OfferKind.OTHER,
            categories=(NeedCategory.SKILLS, NeedCategory.TALENT),
            capacity=None,
            season="",
        )
    )
    # Records in the Trash travel too.
    trashed = store.partners.add(Partner(name="Gone Ltd", tags=("orphan-soon",)))
    store.partners.update(dataclasses.replace(trashed, tags=()))  # leaves an unused tag
    store.partners.delete(trashed.id)
    store.people.delete(theirs.id)
    settings_template = default_template(DraftKind.THANK_YOU)
    store.templates.save(dataclasses.replace(settings_template, subject="Thanks! <b>x</b> 北京 ✓"))
    store.settings.set(GOING_COLD_SETTING, 45)
    store.settings.set("nested", {"a": [1, 2.5, None, True, "ü"], "b": {"c": "\\"}})
    store.follow_ups.mark_done(thank_you_key(meeting.id))
    store.follow_ups.snooze(nudge_key(commitment.id, 2), date(2026, 12, 20))
    store.follow_ups.mark_done(check_in_key(initiative.id, date(2026, 12, 10)))
