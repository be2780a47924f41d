from datetime import date

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui import draft_commands
from partnerdesk.ui.dialogs.draft_dialog import DraftDialog


@pytest.fixture
def theirs(store: Store) -> Commitment:
    partner = store.partners.add(Partner(name="Northwind Bank"))
    store.people.add(Person(full_name="Bo Chen", partner_id=partner.id, role="HR lead"))
    ana = store.people.add(
        Person(full_name="Ana Ruiz", partner_id=partner.id, email="ana@northwind.example")
    )
    return store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description='Send the "summer" job descriptions',
            due_on=date(2026, 11, 20),
            owner_id=ana.id,
        )
    )


def test_their_reminder_goes_to_their_owner(store: Store, theirs: Commitment) -> None:
    context = draft_commands.draft_context(store, theirs)
    assert (context.recipient_name, context.recipient_email) == (
        "Ana Ruiz",
        "ana@northwind.example",
    )
    assert context.commitment_description == 'Send the "summer" job descriptions'


def test_using_a_draft_records_the_follow_up(
    qtbot: QtBot, store: Store, theirs: Commitment, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[DraftDialog] = []

    def exec_and_copy(dialog: DraftDialog) -> int:
        shown.append(dialog)
        dialog.copy_to_clipboard()
        return 1

    monkeypatch.setattr(DraftDialog, "exec", exec_and_copy)
    parent = QWidget()
    qtbot.addWidget(parent)
    draft_commands.draft_for_commitment(store, theirs, parent)
    assert 'Send the "summer" job descriptions' in shown[0].draft().body
    again = store.commitments.get(theirs.id)
    assert again.follow_up_count == 1
    assert again.last_follow_up_on is not None
