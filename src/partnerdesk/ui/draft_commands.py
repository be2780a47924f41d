"""Drafting follow-up e-mails for a commitment: who it goes to, what it says, what it records."""

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from partnerdesk.domain.email_drafts import (
    CommitmentLine,
    DraftContext,
    DraftKind,
    render_draft,
    translated_template,
)
from partnerdesk.domain.enums import CommitmentStatus, Direction, Side
from partnerdesk.domain.errors import NotFound, PartnerDeskError
from partnerdesk.domain.follow_ups import FollowUp, FollowUpKind, check_in_key
from partnerdesk.domain.models import Commitment, Initiative, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.draft_dialog import DraftDialog
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.formatting import long_day

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


def _signer(store: Store, commitment: Commitment | None, partner_owner_id: int | None) -> str:
    for person_id in (
        commitment.owner_id
        if commitment is not None and commitment.direction is Direction.OURS
        else None,
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


def _show_draft(
    store: Store,
    kind: DraftKind,
    context: DraftContext,
    on_used: Callable[[], None],
    parent: QWidget,
) -> None:
    try:
        template = translated_template(store.templates.get(kind), QCoreApplication.translate)
        draft = render_draft(template, dataclasses.replace(context, format_date=long_day))
    except PartnerDeskError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DraftCommands", "Cannot draft the e-mail"),
            QCoreApplication.translate(
                "DraftCommands", "The template needs fixing (Edit ▸ E-mail Templates): {reason}"
            ).format(reason=error_text(error)),
        )
        return
    DraftDialog(draft, on_used, parent).exec()


_FOLLOW_UP_DRAFTS = {
    FollowUpKind.THANK_YOU: DraftKind.THANK_YOU,
    FollowUpKind.STATUS_CHECK: DraftKind.OUR_REPORT,
    FollowUpKind.NUDGE: DraftKind.THEIR_REMINDER,
    FollowUpKind.ESCALATE: DraftKind.THEIR_REMINDER,
    FollowUpKind.CHECK_IN: DraftKind.WHERE_ARE_WE,
}


def draft_for_follow_up(store: Store, follow_up: FollowUp, parent: QWidget) -> None:
    """The e-mail a follow-up calls for; using it marks the follow-up done.

    A nudge about their commitment also counts on the commitment itself.
    """
    partner = store.partners.get(follow_up.partner_id)
    commitment = (
        store.commitments.get(follow_up.commitment_id)
        if follow_up.commitment_id is not None
        else None
    )
    if commitment is not None:
        context = draft_context(store, commitment)
    else:
        people = store.people.for_partner(partner.id)
        contact = next(
            (p for role in CHAMPION_ROLES for p in people if role in p.role.lower()),
            people[0] if people else None,
        )
        context = DraftContext(
            partner_name=partner.name,
            recipient_name=contact.full_name if contact else "",
            recipient_email=contact.email if contact else "",
            signer_name=_signer(store, None, partner.owner_id),
        )
    if follow_up.meeting_id is not None:
        meeting = store.meetings.get(follow_up.meeting_id)
        context = dataclasses.replace(
            context, meeting_date=meeting.starts_at.astimezone().date(), meeting_title=meeting.title
        )
    if follow_up.initiative_id is not None:
        context = initiative_draft_context(store, store.initiatives.get(follow_up.initiative_id))

    def on_used() -> None:
        if commitment is not None:
            store.commitments.record_follow_up(commitment.id)
        store.follow_ups.mark_done(follow_up.key)

    _show_draft(store, _FOLLOW_UP_DRAFTS[follow_up.kind], context, on_used, parent)


def _initiative_people(store: Store, initiative: Initiative) -> tuple[Person | None, str]:
    """Who a check-in goes to and who signs it: their member paired with one of ours first
    (signed by that person of ours), else any member of theirs, else their champion."""
    members = {m.person_id: m for m in initiative.members}
    people = {p.id: p for p in store.people.get_many(members)}
    paired = sorted(
        (
            (people[p.their_person_id], people[p.our_person_id])
            for p in initiative.pairings
            if p.their_person_id in people and p.our_person_id in people
        ),
        key=lambda pair: (pair[0].full_name.casefold(), pair[1].full_name.casefold()),
    )
    if paired:
        return paired[0][0], paired[0][1].full_name
    by_name = sorted(people.values(), key=lambda p: p.full_name.casefold())
    theirs = [p for p in by_name if members[p.id].side is Side.THEIRS]
    ours = [p for p in by_name if members[p.id].side is Side.OURS]
    if not theirs:
        everyone = store.people.for_partner(initiative.partner_id)
        champion = next(
            (p for role in CHAMPION_ROLES for p in everyone if role in p.role.lower()), None
        )
        theirs = [champion] if champion is not None else everyone[:1]
    return (theirs[0] if theirs else None), (ours[0].full_name if ours else "")


def initiative_draft_context(store: Store, initiative: Initiative) -> DraftContext:
    """What a "Where are we on …?" e-mail about an initiative knows."""
    partner = store.partners.get(initiative.partner_id)
    recipient, signer = _initiative_people(store, initiative)
    return DraftContext(
        partner_name=partner.name,
        recipient_name=recipient.full_name if recipient else "",
        recipient_email=recipient.email if recipient else "",
        signer_name=signer or _signer(store, None, partner.owner_id),
        initiative_name=initiative.name,
        initiative_goal=initiative.goal,
        check_in_date=initiative.next_check_in_on,
    )


def draft_for_initiative(store: Store, initiative: Initiative, parent: QWidget) -> None:
    """The "Where are we on …?" check-in; using it marks the planned check-in done."""

    def on_used() -> None:
        if initiative.next_check_in_on is not None:
            store.follow_ups.mark_done(check_in_key(initiative.id, initiative.next_check_in_on))

    _show_draft(
        store,
        DraftKind.WHERE_ARE_WE,
        initiative_draft_context(store, initiative),
        on_used,
        parent,
    )


def draft_for_commitment(store: Store, commitment: Commitment, parent: QWidget) -> None:
    """A reminder of their promise, or a report on ours; using it records the follow-up."""
    kind = (
        DraftKind.THEIR_REMINDER
        if commitment.direction is Direction.THEIRS
        else DraftKind.OUR_REPORT
    )

    def record_follow_up() -> None:
        store.commitments.record_follow_up(commitment.id)

    _show_draft(store, kind, draft_context(store, commitment), record_follow_up, parent)
