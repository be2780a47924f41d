from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import CommitmentEventKind, CommitmentStatus, Direction
from partnerdesk.domain.models import Commitment, Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.workspace.commitments_tab import CommitmentsTab
from tests.conftest import TODAY


@pytest.fixture
def tab(qtbot: QtBot, store: Store, bus: ChangeBus) -> CommitmentsTab:
    widget = CommitmentsTab(store, bus, QUndoStack(), lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


def add(store: Store, partner_id: int, text: str, due: date) -> Commitment:
    return store.commitments.add(
        Commitment(partner_id=partner_id, direction=Direction.THEIRS, description=text, due_on=due)
    )


def test_lists_both_directions_and_marks_overdue(store: Store, tab: CommitmentsTab) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    add(store, partner.id, "Share job descriptions", date(2026, 11, 1))
    store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.OURS, description="Host a visit")
    )
    tab.set_partner(partner.id)
    texts = {
        (tab.model.data(tab.model.index(row, 0)), tab.model.data(tab.model.index(row, 5)))
        for row in range(tab.model.rowCount())
    }
    assert texts == {("They", "Overdue"), ("We", "Open")}


def test_mark_done_and_reopen_from_the_tab(store: Store, tab: CommitmentsTab) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    commitment = add(store, partner.id, "Share job descriptions", date(2026, 12, 1))
    tab.set_partner(partner.id)
    assert tab.select_item(commitment.id)
    assert tab.done_button.isEnabled()
    tab.done_button.click()
    assert store.commitments.get(commitment.id).status is CommitmentStatus.DONE
    assert tab.select_item(commitment.id)
    assert tab.reopen_button.isEnabled()
    tab.reopen_button.click()
    assert store.commitments.get(commitment.id).status is CommitmentStatus.OPEN
    assert [e.kind for e in store.commitments.history(commitment.id)] == [
        CommitmentEventKind.CREATED,
        CommitmentEventKind.DONE,
        CommitmentEventKind.REOPENED,
    ]


def test_delete_goes_to_trash_and_undo_restores(qtbot: QtBot, store: Store, bus: ChangeBus) -> None:
    stack = QUndoStack()
    tab = CommitmentsTab(store, bus, stack, lambda: TODAY)
    qtbot.addWidget(tab)
    partner = store.partners.add(Partner(name="Contoso"))
    commitment = add(store, partner.id, "Share job descriptions", date(2026, 12, 1))
    tab.set_partner(partner.id)
    tab.select_item(commitment.id)
    tab.delete_button.click()
    assert tab.model.rowCount() == 0
    assert store.commitments.count() == 0
    stack.undo()
    assert tab.model.rowCount() == 1
    assert store.commitments.get(commitment.id).description == "Share job descriptions"
    stack.redo()
    assert store.commitments.count() == 0


def test_a_slipped_promise_shows_its_first_date_and_moves(
    store: Store, tab: CommitmentsTab
) -> None:
    partner = store.partners.add(Partner(name="Contoso"))
    commitment = add(store, partner.id, "Share job descriptions", date(2026, 3, 3))
    store.commitments.reschedule(commitment.id, date(2026, 3, 10))
    store.commitments.reschedule(commitment.id, date(2026, 3, 17))
    steady = add(store, partner.id, "Send the calendar", date(2026, 12, 1))
    tab.set_partner(partner.id)
    history = {
        tab.model.record(row).id: tab.model.data(tab.model.index(row, 4))
        for row in range(tab.model.rowCount())
    }
    assert history[commitment.id] == "first due 3 Mar 2026, moved 2 times"
    assert history[steady.id] == ""
