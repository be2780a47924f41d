"""Promoting an initiative ("start small"), and its "Where are we on …?" check-in e-mail."""

import dataclasses
from datetime import timedelta

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import CommitmentStatus, Direction, InitiativeSize
from partnerdesk.domain.follow_ups import check_in_key
from partnerdesk.domain.models import (
    Commitment,
    Initiative,
    InitiativeMember,
    Pairing,
    Partner,
    Person,
)
from partnerdesk.store.store import Store
from partnerdesk.ui import draft_commands
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.draft_dialog import DraftDialog
from partnerdesk.ui.workspace.initiatives_tab import InitiativesTab
from tests.conftest import TODAY


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Northwind Bank"))


@pytest.fixture
def initiative(store: Store, partner: Partner) -> Initiative:
    return store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Analytics cohort",
            goal="Place 8 analytics interns by June",
            next_check_in_on=TODAY + timedelta(days=2),
        )
    )


def add_commitments(store: Store, initiative: Initiative, kept: int, late: int) -> None:
    due = TODAY - timedelta(days=30)
    for index in range(kept + late):
        store.commitments.add(
            Commitment(
                partner_id=initiative.partner_id,
                direction=Direction.OURS if index % 2 else Direction.THEIRS,
                description=f"promise {index}",
                due_on=due,
                status=CommitmentStatus.DONE,
                done_on=due if index < kept else due + timedelta(days=4),
                initiative_id=initiative.id,
            )
        )


@pytest.fixture
def tab(qtbot: QtBot, store: Store, bus: ChangeBus, partner: Partner) -> InitiativesTab:
    widget = InitiativesTab(store, bus, QUndoStack())
    qtbot.addWidget(widget)
    widget.set_partner(partner.id)
    return widget


class Asked:
    """Stands in for the yes/no box: records the question, answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[tuple[str, str]] = []

    def __call__(self, _parent: QWidget, title: str, text: str) -> bool:
        self.questions.append((title, text))
        return self.answer


def test_promoting_with_a_thin_record_asks_first_and_shows_it(
    tab: InitiativesTab,
    store: Store,
    initiative: Initiative,
    qtmodeltester: ModelTester,
) -> None:
    qtmodeltester.check(tab.model)
    add_commitments(store, initiative, kept=1, late=3)
    assert tab.current_record() is not None  # the first initiative is selected on its own
    declined = Asked(False)
    tab.confirm = declined
    assert tab.promote_current() is None
    assert declined.questions == [
        (
            "Promote to Program?",
            "Start small: 1 of 4 commitments kept on time; promote anyway?",
        )
    ]
    assert store.initiatives.get(initiative.id).size is InitiativeSize.PILOT

    tab.confirm = Asked(True)
    promoted = tab.promote_current()
    assert promoted is not None
    assert store.initiatives.get(initiative.id).size is InitiativeSize.PROGRAM


def test_a_good_record_promotes_without_asking_up_to_the_top(
    tab: InitiativesTab, store: Store, initiative: Initiative
) -> None:
    add_commitments(store, initiative, kept=3, late=1)
    asked = Asked(False)
    tab.confirm = asked
    assert tab.promote_button.isEnabled()
    tab.promote_button.click()
    tab.promote_button.click()
    assert asked.questions == []
    assert store.initiatives.get(initiative.id).size is InitiativeSize.STRATEGIC
    assert not tab.promote_button.isEnabled()
    assert tab.promote_current() is None


def test_the_check_in_goes_to_their_paired_person_signed_by_ours(
    qtbot: QtBot,
    store: Store,
    tab: InitiativesTab,
    partner: Partner,
    initiative: Initiative,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dean = store.people.add(Person(full_name="Dana Dean"))
    store.people.add(Person(full_name="Bo Chen", partner_id=partner.id, role="champion"))
    hr = store.people.add(
        Person(full_name="Ana Ruiz", partner_id=partner.id, email="ana@northwind.example")
    )
    store.initiatives.update(
        dataclasses.replace(
            initiative,
            members=(
                InitiativeMember(person_id=dean.id, side=dean.side),
                InitiativeMember(person_id=hr.id, side=hr.side),
            ),
            pairings=(Pairing(our_person_id=dean.id, their_person_id=hr.id),),
        )
    )
    shown: list[DraftDialog] = []

    def exec_and_copy(dialog: DraftDialog) -> int:
        shown.append(dialog)
        dialog.copy_to_clipboard()
        return 1

    monkeypatch.setattr(DraftDialog, "exec", exec_and_copy)
    tab.select_item(initiative.id)
    tab.check_in_button.click()
    draft = shown[0].draft()
    assert draft.to == "ana@northwind.example"
    assert draft.subject == "Where are we on Analytics cohort?"
    assert "Dear Ana Ruiz," in draft.body
    assert "Place 8 analytics interns by June" in draft.body
    assert draft.body.rstrip().endswith("Dana Dean")
    # Using the draft counts as the planned check-in.
    key = check_in_key(initiative.id, TODAY + timedelta(days=2))
    assert key in store.follow_ups.states()
    assert store.follow_ups.due(TODAY) == []


def test_without_members_the_check_in_goes_to_their_champion(
    store: Store, partner: Partner, initiative: Initiative
) -> None:
    store.people.add(Person(full_name="Ana Ruiz", partner_id=partner.id))
    store.people.add(Person(full_name="Bo Chen", partner_id=partner.id, role="Champion"))
    context = draft_commands.initiative_draft_context(store, initiative)
    assert context.recipient_name == "Bo Chen"
    assert context.initiative_goal == "Place 8 analytics interns by June"
    assert context.check_in_date == TODAY + timedelta(days=2)


def test_due_check_ins_are_listed_on_today_as_follow_ups(
    store: Store, initiative: Initiative
) -> None:
    """Today's "Follow-ups to send" lists check-ins that are due (nothing added for it)."""
    [follow_up] = store.follow_ups.due(TODAY)
    assert (follow_up.initiative_id, follow_up.due_on) == (
        initiative.id,
        TODAY + timedelta(days=2),
    )
