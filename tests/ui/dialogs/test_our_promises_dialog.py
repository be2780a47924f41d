from datetime import date

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.models import Commitment, Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.our_promises_dialog import OurPromisesDialog
from tests.conftest import TODAY


def test_owners_and_monthly_rates(qtbot: QtBot, store: Store, qtmodeltester: ModelTester) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    dean = store.people.add(Person(full_name="Maria Lopez"))
    for due, status, done in (
        (date(2026, 11, 3), CommitmentStatus.DONE, date(2026, 11, 2)),
        (date(2026, 11, 5), CommitmentStatus.DONE, date(2026, 11, 9)),
        (date(2026, 11, 20), CommitmentStatus.OPEN, None),
        (date(2026, 12, 20), CommitmentStatus.OPEN, None),
    ):
        store.commitments.add(
            Commitment(
                partner_id=partner.id,
                direction=Direction.OURS,
                description="Visit",
                due_on=due,
                status=status,
                done_on=done,
                owner_id=dean.id,
            )
        )
    dialog = OurPromisesDialog(store, lambda: TODAY)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.owners)
    assert dialog.owners.rowCount() == 1
    assert dialog.owners.data(dialog.owners.index(0, 0)) == "Maria Lopez"
    assert dialog.owners.data(dialog.owners.index(0, 1)) == "2"
    assert dialog.owners.data(dialog.owners.index(0, 2)) == "1"
    assert "2 open, 1 overdue" in dialog.summary.text()
    assert "we kept 1 of 3 on time" in dialog.summary.text()
    assert dialog.chart.describe().splitlines()[-1] == "Nov 2026: 1 of 3"
    dialog.show()
    dialog.chart.grab()  # paints without error
