"""Merging two records of one person, and undoing it, each in the caller's transaction.

The people a merge touches may have links everywhere: meeting attendance, commitment and
partner ownership, initiative membership and pairings. The link tables are rewritten with
a few set-based statements (indexes: meeting_attendees(person_id), commitments(owner_id),
initiative_members(person_id)); partner owners and pairings are read by their columns.
"""

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from partnerdesk.domain.errors import NotFound, ValidationError
from partnerdesk.domain.models import InitiativeMember, Pairing, Person
from partnerdesk.domain.pairings import check_pairings
from partnerdesk.domain.person_merge import (
    MERGEABLE_FIELDS,
    MembershipLink,
    MergeReceipt,
    PairingLink,
    check_mergeable,
    merged_person,
)
from partnerdesk.domain.text import QT_TRANSLATE_NOOP, Phrase
from partnerdesk.store.schema import (
    CommitmentRow,
    InitiativeMemberRow,
    InitiativeRow,
    MeetingAttendeeRow,
    MeetingRow,
    PairingRow,
    PartnerRow,
    PersonRow,
)

ToRecord = Callable[[PersonRow], Person]
Validate = Callable[[Person], Person]


@dataclass
class Touched:
    """Which records a merge or its undo changed, for the change reports."""

    meetings: set[int] = field(default_factory=set)
    commitments: set[int] = field(default_factory=set)
    partners: set[int] = field(default_factory=set)
    initiatives: set[int] = field(default_factory=set)


def _person_row(session: Session, person_id: int, *, live: bool = True) -> PersonRow:
    row = session.get(PersonRow, person_id)
    if row is None or (live and row.deleted_at is not None):
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no {what} with id {id}."),
            what=Phrase("Entity", "person"),
            id=person_id,
        )
    return row


def merge_people(
    session: Session,
    keep_id: int,
    duplicate_id: int,
    from_duplicate: Collection[str],
    to_record: ToRecord,
    validate: Validate,
) -> MergeReceipt:
    """Merges `duplicate_id` into `keep_id`; raises (and the caller rolls back) if refused."""
    kept_row = _person_row(session, keep_id)
    if keep_id == duplicate_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be merged with themself."),
            name=kept_row.full_name,
        )
    duplicate_row = _person_row(session, duplicate_id)
    kept, duplicate = to_record(kept_row), to_record(duplicate_row)
    check_mergeable(kept, duplicate)
    after = validate(merged_person(kept, duplicate, from_duplicate))

    meetings_moved, meetings_dropped = _move_attendance(session, keep_id, duplicate_id)
    commitments_moved = _move_owner(session, CommitmentRow, keep_id, duplicate_id)
    partners_moved = _move_owner(session, PartnerRow, keep_id, duplicate_id)
    memberships_moved, memberships_dropped = _move_memberships(session, keep_id, duplicate_id)
    pairings_moved, pairings_dropped = _move_pairings(session, keep_id, duplicate_id)
    initiatives = {link.initiative_id for link in pairings_moved}
    _check_initiatives(session, initiatives, kept_row.full_name, duplicate_row.full_name)

    for name in MERGEABLE_FIELDS:
        setattr(kept_row, name, getattr(after, name))
    duplicate_row.deleted_at = datetime.now(UTC)
    session.flush()
    return MergeReceipt(
        kept_id=keep_id,
        duplicate_id=duplicate_id,
        kept_before=kept,
        kept_after=to_record(kept_row),
        duplicate=to_record(duplicate_row),
        meetings_moved=meetings_moved,
        meetings_dropped=meetings_dropped,
        commitments_moved=commitments_moved,
        partners_moved=partners_moved,
        memberships_moved=memberships_moved,
        memberships_dropped=memberships_dropped,
        pairings_moved=pairings_moved,
        pairings_dropped=pairings_dropped,
    )


def _move_attendance(
    session: Session, keep_id: int, duplicate_id: int
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    kept_meetings = set(
        session.scalars(
            select(MeetingAttendeeRow.meeting_id).where(MeetingAttendeeRow.person_id == keep_id)
        )
    )
    duplicate_meetings = set(
        session.scalars(
            select(MeetingAttendeeRow.meeting_id).where(
                MeetingAttendeeRow.person_id == duplicate_id
            )
        )
    )
    dropped = tuple(sorted(duplicate_meetings & kept_meetings))
    moved = tuple(sorted(duplicate_meetings - kept_meetings))
    session.execute(
        delete(MeetingAttendeeRow).where(
            MeetingAttendeeRow.person_id == duplicate_id, MeetingAttendeeRow.meeting_id.in_(dropped)
        )
    )
    session.execute(
        update(MeetingAttendeeRow)
        .where(MeetingAttendeeRow.person_id == duplicate_id)
        .values(person_id=keep_id)
    )
    return moved, dropped


def _move_owner(
    session: Session, row_type: type[CommitmentRow] | type[PartnerRow], keep_id: int, old_id: int
) -> tuple[int, ...]:
    ids = tuple(sorted(session.scalars(select(row_type.id).where(row_type.owner_id == old_id))))
    if ids:
        session.execute(update(row_type).where(row_type.id.in_(ids)).values(owner_id=keep_id))
    return ids


def _move_memberships(
    session: Session, keep_id: int, duplicate_id: int
) -> tuple[tuple[MembershipLink, ...], tuple[MembershipLink, ...]]:
    kept_initiatives = set(
        session.scalars(
            select(InitiativeMemberRow.initiative_id).where(
                InitiativeMemberRow.person_id == keep_id
            )
        )
    )
    links = [
        MembershipLink(initiative_id=initiative_id, side=side, role=role)
        for initiative_id, side, role in session.execute(
            select(
                InitiativeMemberRow.initiative_id,
                InitiativeMemberRow.side,
                InitiativeMemberRow.role,
            )
            .where(InitiativeMemberRow.person_id == duplicate_id)
            .order_by(InitiativeMemberRow.initiative_id)
        )
    ]
    dropped = tuple(link for link in links if link.initiative_id in kept_initiatives)
    moved = tuple(link for link in links if link.initiative_id not in kept_initiatives)
    session.execute(
        delete(InitiativeMemberRow).where(
            InitiativeMemberRow.person_id == duplicate_id,
            InitiativeMemberRow.initiative_id.in_([link.initiative_id for link in dropped]),
        )
    )
    session.execute(
        update(InitiativeMemberRow)
        .where(InitiativeMemberRow.person_id == duplicate_id)
        .values(person_id=keep_id)
    )
    return moved, dropped


def _move_pairings(
    session: Session, keep_id: int, duplicate_id: int
) -> tuple[tuple[PairingLink, ...], tuple[PairingLink, ...]]:
    involved = or_(
        PairingRow.our_person_id.in_((keep_id, duplicate_id)),
        PairingRow.their_person_id.in_((keep_id, duplicate_id)),
    )
    rows = [
        PairingLink(initiative_id=initiative_id, our_person_id=ours, their_person_id=theirs)
        for initiative_id, ours, theirs in session.execute(
            select(PairingRow.initiative_id, PairingRow.our_person_id, PairingRow.their_person_id)
            .where(involved)
            .order_by(
                PairingRow.initiative_id, PairingRow.our_person_id, PairingRow.their_person_id
            )
        )
    ]
    existing = {(r.initiative_id, r.our_person_id, r.their_person_id) for r in rows}

    def swapped(link: PairingLink) -> tuple[int, int, int]:
        ours = keep_id if link.our_person_id == duplicate_id else link.our_person_id
        theirs = keep_id if link.their_person_id == duplicate_id else link.their_person_id
        return link.initiative_id, ours, theirs

    moved: list[PairingLink] = []
    dropped: list[PairingLink] = []
    for link in rows:
        if duplicate_id not in (link.our_person_id, link.their_person_id):
            continue
        target = swapped(link)
        (dropped if target in existing else moved).append(link)
        existing.discard((link.initiative_id, link.our_person_id, link.their_person_id))
        existing.add(target)
    session.execute(
        delete(PairingRow).where(
            or_(
                PairingRow.our_person_id == duplicate_id, PairingRow.their_person_id == duplicate_id
            )
        )
    )
    _insert_pairings(session, [swapped(link) for link in moved])
    return tuple(moved), tuple(dropped)


def _insert_pairings(session: Session, pairings: Sequence[tuple[int, int, int]]) -> None:
    """Adds (initiative, ours, theirs) rows in one executemany."""
    if pairings:
        session.execute(
            insert(PairingRow),
            [
                {"initiative_id": initiative_id, "our_person_id": ours, "their_person_id": theirs}
                for initiative_id, ours, theirs in pairings
            ],
        )


def _check_initiatives(
    session: Session, initiative_ids: Collection[int], kept_name: str, duplicate_name: str
) -> None:
    """Refuses a merge that would leave an initiative's pairings breaking a rule (a cycle:
    the two records were paired, between them, with the same people)."""
    if not initiative_ids:
        return
    ids = sorted(initiative_ids)
    members: dict[int, list[InitiativeMember]] = {}
    for initiative_id, person_id, side, role in session.execute(
        select(
            InitiativeMemberRow.initiative_id,
            InitiativeMemberRow.person_id,
            InitiativeMemberRow.side,
            InitiativeMemberRow.role,
        ).where(InitiativeMemberRow.initiative_id.in_(ids))
    ):
        members.setdefault(initiative_id, []).append(
            InitiativeMember(person_id=person_id, side=side, role=role)
        )
    pairings: dict[int, list[Pairing]] = {}
    for initiative_id, ours, theirs in session.execute(
        select(PairingRow.initiative_id, PairingRow.our_person_id, PairingRow.their_person_id)
        .where(PairingRow.initiative_id.in_(ids))
        .order_by(PairingRow.initiative_id, PairingRow.our_person_id, PairingRow.their_person_id)
    ):
        pairings.setdefault(initiative_id, []).append(
            Pairing(our_person_id=ours, their_person_id=theirs)
        )
    for initiative_id in ids:
        try:
            check_pairings(members.get(initiative_id, []), pairings.get(initiative_id, []))
        except ValidationError:
            pass
        else:
            continue
        # Refused: check again with names, for a message a person can read.
        people = {m.person_id for m in members.get(initiative_id, [])}
        rows = session.execute(
            select(PersonRow.id, PersonRow.full_name).where(PersonRow.id.in_(people))
        ).all()
        names: dict[int, str] = dict(rows)
        name = session.scalar(select(InitiativeRow.name).where(InitiativeRow.id == initiative_id))
        try:
            check_pairings(members.get(initiative_id, []), pairings.get(initiative_id, []), names)
        except ValidationError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{kept} and {duplicate} cannot be merged: in “{initiative}” {reason}"
                    " Unpair one of them there first.",
                ),
                kept=kept_name,
                duplicate=duplicate_name,
                initiative=name,
                reason=error.phrase,
            ) from None


def unmerge_people(session: Session, receipt: MergeReceipt) -> None:
    """Puts back what `merge_people` did: the duplicate, the kept fields, every link."""
    kept_row = _person_row(session, receipt.kept_id, live=False)
    duplicate_row = _person_row(session, receipt.duplicate_id, live=False)
    duplicate_row.deleted_at = None
    for name in MERGEABLE_FIELDS:
        setattr(kept_row, name, getattr(receipt.kept_before, name))
    keep_id, duplicate_id = receipt.kept_id, receipt.duplicate_id
    session.execute(
        update(MeetingAttendeeRow)
        .where(
            MeetingAttendeeRow.person_id == keep_id,
            MeetingAttendeeRow.meeting_id.in_(receipt.meetings_moved),
        )
        .values(person_id=duplicate_id)
    )
    live_meetings = set(
        session.scalars(select(MeetingRow.id).where(MeetingRow.id.in_(receipt.meetings_dropped)))
    )
    if live_meetings:
        session.execute(
            insert(MeetingAttendeeRow),
            [{"meeting_id": m, "person_id": duplicate_id} for m in sorted(live_meetings)],
        )

    for row_type, ids in (
        (CommitmentRow, receipt.commitments_moved),
        (PartnerRow, receipt.partners_moved),
    ):
        session.execute(
            update(row_type)
            .where(row_type.id.in_(ids), row_type.owner_id == keep_id)
            .values(owner_id=duplicate_id)
        )
    _restore_memberships(session, receipt)
    _restore_pairings(session, receipt)
    session.flush()


def _restore_memberships(session: Session, receipt: MergeReceipt) -> None:
    keep_id, duplicate_id = receipt.kept_id, receipt.duplicate_id
    # The merge changed only who the membership names (its role and side came along).
    session.execute(
        update(InitiativeMemberRow)
        .where(
            InitiativeMemberRow.person_id == keep_id,
            InitiativeMemberRow.initiative_id.in_(
                [m.initiative_id for m in receipt.memberships_moved]
            ),
        )
        .values(person_id=duplicate_id)
    )
    dropped = receipt.memberships_dropped
    existing = set(
        session.scalars(
            select(InitiativeRow.id).where(InitiativeRow.id.in_([m.initiative_id for m in dropped]))
        )
    )
    rows = [
        {
            "initiative_id": m.initiative_id,
            "person_id": duplicate_id,
            "side": m.side,
            "role": m.role,
        }
        for m in dropped
        if m.initiative_id in existing
    ]
    if rows:
        session.execute(insert(InitiativeMemberRow), rows)


def _restore_pairings(session: Session, receipt: MergeReceipt) -> None:
    keep_id, duplicate_id = receipt.kept_id, receipt.duplicate_id
    merged = [
        {
            "initiative": p.initiative_id,
            "ours": keep_id if p.our_person_id == duplicate_id else p.our_person_id,
            "theirs": keep_id if p.their_person_id == duplicate_id else p.their_person_id,
        }
        for p in receipt.pairings_moved
    ]
    if merged:
        # By primary key, in one executemany (which SQLAlchemy runs at the Core level).
        table = cast(Table, PairingRow.__table__)
        session.connection().execute(
            delete(table).where(
                table.c.initiative_id == bindparam("initiative"),
                table.c.our_person_id == bindparam("ours"),
                table.c.their_person_id == bindparam("theirs"),
            ),
            merged,
        )
    originals = receipt.pairings_moved + receipt.pairings_dropped
    existing = set(
        session.scalars(
            select(InitiativeRow.id).where(
                InitiativeRow.id.in_([p.initiative_id for p in originals])
            )
        )
    )
    _insert_pairings(
        session,
        [
            (p.initiative_id, p.our_person_id, p.their_person_id)
            for p in originals
            if p.initiative_id in existing
        ],
    )


def touched_by(receipt: MergeReceipt) -> Touched:
    """The records whose links a merge (or its undo) changed."""
    initiatives = {link.initiative_id for link in receipt.memberships_moved}
    initiatives.update(link.initiative_id for link in receipt.memberships_dropped)
    initiatives.update(link.initiative_id for link in receipt.pairings_moved)
    initiatives.update(link.initiative_id for link in receipt.pairings_dropped)
    return Touched(
        meetings=set(receipt.meetings_moved + receipt.meetings_dropped),
        commitments=set(receipt.commitments_moved),
        partners=set(receipt.partners_moved),
        initiatives=initiatives,
    )


def partners_of(session: Session, touched: Touched) -> dict[str, frozenset[int]]:
    """The partners of the touched meetings, commitments and initiatives, by kind."""
    result: dict[str, frozenset[int]] = {}
    for kind, row_type, ids in (
        ("meeting", MeetingRow, touched.meetings),
        ("commitment", CommitmentRow, touched.commitments),
        ("initiative", InitiativeRow, touched.initiatives),
    ):
        result[kind] = frozenset(
            session.scalars(
                select(row_type.partner_id).where(row_type.id.in_(sorted(ids))).distinct()
            )
        )
    return result
