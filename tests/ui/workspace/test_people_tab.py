"""The People tab: roles in initiatives, and merging two records of one person (undoable)."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import Direction
from partnerdesk.domain.errors import NotFound, ValidationError
from partnerdesk.domain.models import (
    Commitment,
    Initiative,
    InitiativeMember,
    Meeting,
    Pairing,
    Partner,
    Person,
)
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.merge_people_dialog import MergePeopleDialog
from partnerdesk.ui.workspace.people_tab import PeopleTab

HOSTILE = '<b>Acme</b><a href="x">y</a> & Co'


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Acme Robotics"))


@pytest.fixture
def pair_of_records(store: Store, partner: Partner) -> tuple[Person, Person]:
    first = store.people.add(
        Person(full_name="Ana Diaz", title="HR lead", email="ana@acme.test", partner_id=partner.id)
    )
    second = store.people.add(
        Person(
            full_name="Ana Díaz",
            title="HR lead",
            phone="+34 600 000",
            notes=HOSTILE,
            partner_id=partner.id,
        )
    )
    return first, second


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def tab(
    qtbot: QtBot,
    store: Store,
    bus: ChangeBus,
    partner: Partner,
    undo_stack: QUndoStack,
    pair_of_records: tuple[Person, Person],
) -> PeopleTab:
    widget = PeopleTab(store, bus, undo_stack)
    qtbot.addWidget(widget)
    widget.set_partner(partner.id)
    return widget


def select(tab: PeopleTab, *people: Person) -> None:
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for person in people:
        row = tab.model.row_of(person.id)
        assert row is not None
        selection.select(
            tab.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_the_tab_shows_each_persons_roles_in_initiatives(
    store: Store,
    tab: PeopleTab,
    partner: Partner,
    pair_of_records: tuple[Person, Person],
    qtmodeltester: ModelTester,
) -> None:
    first, _ = pair_of_records
    for name, role in (("Lab tours", "guide"), ("Internships", "")):
        store.initiatives.add(
            Initiative(
                partner_id=partner.id,
                name=name,
                members=(InitiativeMember(person_id=first.id, side=first.side, role=role),),
            )
        )
    qtmodeltester.check(tab.model)
    column = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ].index("Initiatives")
    row = tab.model.row_of(first.id)
    assert row is not None
    assert tab.model.index(row, column).data() == "Internships; Lab tours (guide)"


def test_merge_is_offered_for_exactly_two_people(
    tab: PeopleTab, pair_of_records: tuple[Person, Person]
) -> None:
    first, second = pair_of_records
    assert not tab.merge_button.isEnabled()
    select(tab, first)
    assert not tab.merge_button.isEnabled()
    select(tab, first, second)
    assert tab.merge_button.isEnabled()


def test_the_dialog_has_one_radio_pair_per_differing_field(
    qtbot: QtBot, pair_of_records: tuple[Person, Person]
) -> None:
    first, second = pair_of_records
    dialog = MergePeopleDialog(first, second, lambda *_: pytest.fail("not merged here"))
    qtbot.addWidget(dialog)
    assert dialog.fields == ("full_name", "email", "phone", "notes")
    for field in dialog.fields:
        assert dialog.findChild(QRadioButton, f"{field}_0") is not None
        assert dialog.findChild(QRadioButton, f"{field}_1") is not None
    assert dialog.findChild(QRadioButton, "title_0") is None  # the same in both
    # A value beats an empty one; between two values, the first record's.
    assert dialog.choice() == (first.id, second.id, frozenset({"phone", "notes"}))
    notes = dialog.findChild(QRadioButton, "notes_1")
    assert notes is not None
    assert notes.text() == HOSTILE.replace("&", "&&")  # literal, not a mnemonic
    assert dialog.findChild(QRadioButton, "notes_0").text() == "(empty)"  # type: ignore[union-attr]
    dialog.keep_second.setChecked(True)
    dialog.findChild(QRadioButton, "full_name_1").setChecked(True)  # type: ignore[union-attr]
    assert dialog.choice() == (second.id, first.id, frozenset({"email"}))


def test_a_refused_merge_is_shown_in_the_dialog_which_stays_open(
    qtbot: QtBot, pair_of_records: tuple[Person, Person]
) -> None:
    first, second = pair_of_records

    def refuse(*_args: object) -> object:
        raise ValidationError("Ana Diaz cannot be merged with themself.")

    dialog = MergePeopleDialog(first, second, refuse)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    error = dialog.findChild(QLabel, "formError")
    assert error is not None
    assert error.isVisible()
    assert error.text() == "Ana Diaz cannot be merged with themself."
    assert dialog.isVisible()
    assert dialog.receipt is None


def test_merge_from_the_tab_then_undo_restores_the_duplicate_and_its_links(
    qtbot: QtBot,
    store: Store,
    tab: PeopleTab,
    partner: Partner,
    undo_stack: QUndoStack,
    pair_of_records: tuple[Person, Person],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = pair_of_records
    ours = store.people.add(Person(full_name="Olga Dean"))
    meeting = store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=datetime(2026, 11, 2, 9, tzinfo=UTC),
            attendee_ids=(second.id, ours.id),
        )
    )
    promise = store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="CVs",
            owner_id=second.id,
        )
    )
    initiative = store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Internships",
            members=(
                InitiativeMember(person_id=ours.id, side=ours.side, role="lead"),
                InitiativeMember(person_id=second.id, side=second.side, role="HR"),
            ),
            pairings=(Pairing(our_person_id=ours.id, their_person_id=second.id),),
        )
    )

    def choose_and_merge(dialog: MergePeopleDialog) -> int:
        dialog.findChild(QRadioButton, "full_name_1").setChecked(True)  # type: ignore[union-attr]
        dialog.accept()
        return 1

    monkeypatch.setattr(MergePeopleDialog, "exec", choose_and_merge)
    select(tab, first, second)
    tab.merge_button.click()

    kept = store.people.get(first.id)
    assert (kept.full_name, kept.email, kept.phone) == ("Ana Díaz", "ana@acme.test", "+34 600 000")
    with pytest.raises(NotFound):
        store.people.get(second.id)
    assert tab.model.rowCount() == 1
    assert store.meetings.get(meeting.id).attendee_ids == tuple(sorted((first.id, ours.id)))
    assert store.commitments.get(promise.id).owner_id == first.id
    assert store.initiatives.get(initiative.id).pairings == (
        Pairing(our_person_id=ours.id, their_person_id=first.id),
    )
    assert undo_stack.undoText() == "Merge “Ana Díaz” into “Ana Diaz”"

    undo_stack.undo()
    assert store.people.get(second.id).full_name == "Ana Díaz"
    assert store.people.get(first.id).full_name == "Ana Diaz"
    assert store.meetings.get(meeting.id).attendee_ids == tuple(sorted((second.id, ours.id)))
    assert store.commitments.get(promise.id).owner_id == second.id
    again = store.initiatives.get(initiative.id)
    assert again.pairings == (Pairing(our_person_id=ours.id, their_person_id=second.id),)
    assert {(m.person_id, m.role) for m in again.members} == {(ours.id, "lead"), (second.id, "HR")}
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)

    undo_stack.redo()
    assert store.people.get(first.id).full_name == "Ana Díaz"
    with pytest.raises(NotFound):
        store.people.get(second.id)
    assert QApplication.activeModalWidget() is None
