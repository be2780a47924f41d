"""Drafting follow-up e-mails for a commitment: who it goes to, what it says, what it records."""

from PySide6.QtWidgets import QMessageBox, QWidget

from partnerdesk.domain.email_drafts import (
    CommitmentLine,
    DraftContext,
    DraftKind,
    render_draft,
)
from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.errors import NotFound, PartnerDeskError
from partnerdesk.domain.models import Commitment, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.draft_dialog import DraftDialog

CHAMPION_ROLES = ("champion", "decision maker", "executive sponsor")


def _their_contact(store: Store, commitment: Commitment) -> Person | None:
    """Their owner of the commitment, else their champion, else anyone on their side."""
    people = store.people.for_partner(commitment.partner_id)
    by_id = {person.id: person for person in people}
    if commitment.direction is Direction.THEIRS and commitment.owner_id in by_id:
        return by_id[commitment.owner_id]
    for role in CHAMPION_ROLES:
        for person in people:
            if role in person.role.lower():
                return person
    return people[0] if people else None


def _signer(store: Store, commitment: Commitment, partner_owner_id: int | None) -> str:
    for person_id in (
        commitment.owner_id if commitment.direction is Direction.OURS else None,
        partner_owner_id,
    ):
        if person_id is not None:
            try:
                return store.people.get(person_id).full_name
            except NotFound:
                continue
    return ""


def draft_context(store: Store, commitment: Commitment) -> DraftContext:
    partner = store.partners.get(commitment.partner_id)
    contact = _their_contact(store, commitment)
    ours = [
        c
        for c in store.commitments.for_partner(partner.id, Direction.OURS)
        if c.status is not CommitmentStatus.DROPPED
    ]
    return DraftContext(
        partner_name=partner.name,
        recipient_name=contact.full_name if contact else "",
        recipient_email=contact.email if contact else "",
        signer_name=_signer(store, commitment, partner.owner_id),
        commitment_description=commitment.description,
        commitment_due_on=commitment.due_on,
        our_open_commitments=tuple(
            CommitmentLine(c.description, c.due_on)
            for c in ours
            if c.status is CommitmentStatus.OPEN
        ),
        our_done_commitments=tuple(
            CommitmentLine(c.description, c.due_on, c.done_on)
            for c in ours
            if c.status is CommitmentStatus.DONE
        ),
    )


def draft_for_commitment(store: Store, commitment: Commitment, parent: QWidget) -> None:
    """A reminder of their promise, or a report on ours; using it records the follow-up."""
    kind = (
        DraftKind.THEIR_REMINDER
        if commitment.direction is Direction.THEIRS
        else DraftKind.OUR_REPORT
    )
    try:
        draft = render_draft(store.templates.get(kind), draft_context(store, commitment))
    except PartnerDeskError as error:
        QMessageBox.warning(
            parent,
            parent.tr("Cannot draft the e-mail"),
            parent.tr("The template needs fixing (Edit ▸ E-mail Templates): {reason}").format(
                reason=error.message
            ),
        )
        return

    def record_follow_up() -> None:
        store.commitments.record_follow_up(commitment.id)

    DraftDialog(draft, record_follow_up, parent).exec()
