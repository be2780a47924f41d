"""The list models answer every role of a cell in one call exactly as `data` does."""

from datetime import UTC, datetime

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QColor

from partnerdesk.domain.enums import Direction, MeetingMode
from partnerdesk.domain.models import Commitment, Meeting, Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.models.meeting_list_model import MEETING_ID_ROLE, MeetingListModel
from partnerdesk.ui.models.partner_list_model import PartnerListModel
from tests.conftest import TODAY

ROLES = [
    *(int(role) for role in Qt.ItemDataRole if role < Qt.ItemDataRole.UserRole),
    int(Qt.ItemDataRole.UserRole),
    int(MEETING_ID_ROLE),
]


def answers_in_one_call(model: object, row: int, column: int) -> list[object]:
    index = model.index(row, column)  # type: ignore[attr-defined]
    asked = [QModelRoleData(role) for role in ROLES]
    answers = []
    for role_data in asked:
        model.multiData(index, QModelRoleDataSpan(role_data))  # type: ignore[attr-defined]
        answers.append(role_data.data())
    return answers


def answers_one_by_one(model: object, row: int, column: int) -> list[object]:
    index = model.index(row, column)  # type: ignore[attr-defined]
    return [model.data(index, role) for role in ROLES]  # type: ignore[attr-defined]


def comparable(values: list[object]) -> list[object]:
    return [value.name() if isinstance(value, QColor) else value for value in values]


def test_the_partner_list_answers_alike(store: Store, bus: ChangeBus) -> None:
    late = store.partners.add(Partner(name="<b>Late</b> Ltd"))
    store.partners.add(Partner(name="Quiet"))
    store.commitments.add(
        Commitment(
            partner_id=late.id,
            direction=Direction.OURS,
            description="Send it",
            due_on=TODAY.replace(day=1),
        )
    )
    model = PartnerListModel(store, bus)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert comparable(answers_in_one_call(model, row, column)) == comparable(
                answers_one_by_one(model, row, column)
            )


def test_the_meeting_list_answers_alike() -> None:
    model = MeetingListModel()
    model.set_meetings(
        [
            Meeting(
                id=3,
                partner_id=1,
                starts_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
                mode=MeetingMode.VIDEO,
                title="<i>Kick-off</i>",
                location="Leeds",
            ),
            Meeting(id=4, partner_id=1, starts_at=datetime(2026, 11, 21, 9, tzinfo=UTC)),
        ]
    )
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert answers_in_one_call(model, row, column) == answers_one_by_one(model, row, column)
