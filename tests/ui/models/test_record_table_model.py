from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment
from partnerdesk.ui.models.record_table_model import RECORD_ID_ROLE, Column, RecordTableModel


def test_model_shows_records_as_plain_text(qtmodeltester: ModelTester) -> None:
    model: RecordTableModel[Commitment] = RecordTableModel(
        [
            Column[Commitment]("What", lambda c: c.description),
            Column[Commitment]("Due", lambda c: str(c.due_on), warn=lambda c: True),
        ]
    )
    qtmodeltester.check(model)
    model.set_records(
        [
            Commitment(
                id=7,
                partner_id=1,
                direction=Direction.OURS,
                description="<b>x</b>",
                due_on=date(2026, 1, 1),
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "<b>x</b>"
    assert model.data(model.index(0, 0), RECORD_ID_ROLE) == 7
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Due"
    assert model.row_of(7) == 0
    assert model.row_of(8) is None
