"""Grows a test notebook fast (bulk rows), for tests that compare small and big notebooks."""

from datetime import UTC, date, datetime, timedelta
from itertools import count

from partnerdesk.domain.enums import (
    CommitmentStatus,
    Direction,
    MeetingMode,
    PartnerKind,
    PartnerStage,
)
from partnerdesk.domain.models import Partner, Person
from partnerdesk.store.store import Store
from tests.conftest import TODAY

_ids = count(100_000)


def busy_partner(store: Store, name: str, meetings: int, commitments: int) -> Partner:
    """A partner with two of their people, `meetings` meetings (every one attended, notes
    and all, some in person) and `commitments` commitments each way, some late or done."""
    partner = store.partners.add(Partner(name=name, tags=("internships",)))
    people = [
        store.people.add(Person(full_name=f"{name} contact {n}", partner_id=partner.id))
        for n in range(2)
    ]
    meeting_ids = [next(_ids) for _ in range(meetings)]
    start = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC)
    store.bulk_load(
        [
            (
                "meetings",
                [
                    {
                        "id": meeting_id,
                        "partner_id": partner.id,
                        "starts_at": start - timedelta(days=3 * number),
                        "mode": MeetingMode.IN_PERSON if number % 3 == 0 else MeetingMode.VIDEO,
                        "title": f"Meeting {number}",
                        "notes": f"# Needs\n\n- item {number}\n",
                    }
                    for number, meeting_id in enumerate(meeting_ids)
                ],
            ),
            (
                "meeting_attendees",
                [
                    {"meeting_id": meeting_id, "person_id": person.id}
                    for meeting_id in meeting_ids
                    for person in people
                ],
            ),
            (
                "commitments",
                [
                    {
                        "partner_id": partner.id,
                        "direction": direction,
                        "description": f"Promise {number}",
                        "due_on": TODAY + timedelta(days=number % 30 - 15),
                        "status": CommitmentStatus.DONE
                        if number % 4 == 0
                        else CommitmentStatus.OPEN,
                        "done_on": TODAY - timedelta(days=20) if number % 4 == 0 else None,
                    }
                    for number in range(commitments)
                    for direction in Direction
                ],
            ),
        ]
    )
    return partner


def more_partners(store: Store, how_many: int, today: date = TODAY) -> None:
    """`how_many` plain partners, each met once in person and owing one late promise, on
    days spread over the last two months."""
    ids = [next(_ids) for _ in range(how_many)]
    midnight = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    store.bulk_load(
        [
            (
                "partners",
                [
                    {
                        "id": partner_id,
                        "name": f"Partner {partner_id}",
                        "kind": PartnerKind.COMPANY,
                        "stage": PartnerStage.ACTIVE,
                    }
                    for partner_id in ids
                ],
            ),
            (
                "meetings",
                [
                    {
                        "partner_id": partner_id,
                        "starts_at": midnight - timedelta(days=1 + partner_id % 60),
                        "mode": MeetingMode.IN_PERSON,
                    }
                    for partner_id in ids
                ],
            ),
            (
                "commitments",
                [
                    {
                        "partner_id": partner_id,
                        "direction": Direction.THEIRS,
                        "description": "Send the job descriptions",
                        "due_on": today - timedelta(days=1 + partner_id % 60),
                        "status": CommitmentStatus.OPEN,
                    }
                    for partner_id in ids
                ],
            ),
        ]
    )
