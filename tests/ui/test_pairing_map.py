"""The pairing map in the Initiatives tab: flags, pair and unpair, refusals, roles."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.models import Initiative, InitiativeMember, Pairing, Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.models.pairing_map_model import (
    LINK,
    OUR_PERSON,
    OUR_ROLE,
    THEIR_PERSON,
    PairingMapModel,
)
from partnerdesk.ui.pairing_map import PairingMap
from partnerdesk.ui.workspace.initiatives_tab import InitiativesTab

HOSTILE = '<b>Acme</b><a href="x">y</a>'


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Acme Robotics"))


@pytest.fixture
def people(store: Store, partner: Partner) -> dict[str, Person]:
    return {
        "ana": store.people.add(Person(full_name="Ana Dean")),
        "ben": store.people.add(Person(full_name="Ben Prof")),
        "tom": store.people.add(Person(full_name="Tom HR", partner_id=partner.id)),
        "uma": store.people.add(Person(full_name=HOSTILE, partner_id=partner.id)),
        "vic": store.people.add(Person(full_name="Vic CTO", partner_id=partner.id)),
    }


@pytest.fixture
def initiative(store: Store, partner: Partner, people: dict[str, Person]) -> Initiative:
    roles = {"ana": "lead", "ben": "mentor", "tom": "sponsor", "uma": "champion", "vic": ""}
    return store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Data internships",
            members=tuple(
                InitiativeMember(person_id=p.id, side=p.side, role=roles[name])
                for name, p in people.items()
            ),
            pairings=(Pairing(our_person_id=people["ana"].id, their_person_id=people["tom"].id),),
        )
    )


@pytest.fixture
def tab(
    qtbot: QtBot, store: Store, bus: ChangeBus, partner: Partner, initiative: Initiative
) -> InitiativesTab:
    widget = InitiativesTab(store, bus, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_partner(partner.id)
    return widget


def rows(model: PairingMapModel) -> list[tuple[str, str, str]]:
    return [
        (
            str(model.index(r, OUR_PERSON).data()),
            str(model.index(r, LINK).data()),
            str(model.index(r, THEIR_PERSON).data()),
        )
        for r in range(model.rowCount())
    ]


def choose(pairing_map: PairingMap, ours: Person, theirs: Person) -> None:
    pairing_map.our_picker.setCurrentIndex(pairing_map.our_picker.findData(ours.id))
    pairing_map.their_picker.setCurrentIndex(pairing_map.their_picker.findData(theirs.id))


def test_the_map_of_the_selected_initiative_flags_people_with_nobody_paired(
    tab: InitiativesTab, initiative: Initiative, qtmodeltester: ModelTester
) -> None:
    pairing_map = tab.findChild(PairingMap, "pairingMap")
    assert pairing_map is tab.pairing_map
    assert pairing_map.initiative is not None
    assert pairing_map.initiative.id == initiative.id  # the first is selected on its own
    model = pairing_map.model
    qtmodeltester.check(model)
    assert rows(model) == [
        ("Ana Dean", "⟷", "Tom HR"),
        ("Ben Prof", "", "nobody of theirs paired"),
        ("nobody of ours paired", "", HOSTILE),
        ("nobody of ours paired", "", "Vic CTO"),
    ]
    assert model.index(1, THEIR_PERSON).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, OUR_ROLE).data() == "lead"
    summary = pairing_map.summary.text()
    assert "2 of ours, 3 of theirs, 1 paired" in summary
    assert "our side: Ben Prof without a counterpart" in summary
    assert f"their side: {HOSTILE}, Vic CTO without a counterpart" in summary
    assert pairing_map.summary.textFormat() == Qt.TextFormat.PlainText
    assert pairing_map.heading.text() == "Pairing map — Data internships"


def test_pair_then_unpair_from_the_map(
    qtbot: QtBot, tab: InitiativesTab, store: Store, people: dict[str, Person]
) -> None:
    pairing_map = tab.pairing_map
    ben, vic = people["ben"], people["vic"]
    choose(pairing_map, ben, vic)
    qtbot.mouseClick(pairing_map.pair_button, Qt.MouseButton.LeftButton)
    stored = store.initiatives.get(pairing_map.initiative.id).pairings  # type: ignore[union-attr]
    assert Pairing(our_person_id=ben.id, their_person_id=vic.id) in stored
    assert ("Ben Prof", "⟷", "Vic CTO") in rows(pairing_map.model)
    assert not pairing_map.message.isVisible()

    row = rows(pairing_map.model).index(("Ben Prof", "⟷", "Vic CTO"))
    pairing_map.table.setCurrentIndex(pairing_map.model.index(row, OUR_PERSON))
    assert pairing_map.unpair_button.isEnabled()
    qtbot.mouseClick(pairing_map.unpair_button, Qt.MouseButton.LeftButton)
    stored = store.initiatives.get(pairing_map.initiative.id).pairings  # type: ignore[union-attr]
    assert Pairing(our_person_id=ben.id, their_person_id=vic.id) not in stored
    assert ("Ben Prof", "", "nobody of theirs paired") in rows(pairing_map.model)


def test_selecting_someone_unpaired_picks_them_and_delete_unpairs(
    qtbot: QtBot, tab: InitiativesTab, store: Store, people: dict[str, Person]
) -> None:
    pairing_map = tab.pairing_map
    pairing_map.table.setFocus()
    pairing_map.table.setCurrentIndex(pairing_map.model.index(3, THEIR_PERSON))  # Vic
    assert pairing_map.their_picker.currentData() == people["vic"].id
    pairing_map.table.setCurrentIndex(pairing_map.model.index(0, OUR_PERSON))  # Ana–Tom
    qtbot.keyClick(pairing_map.table, Qt.Key.Key_Delete)
    assert store.initiatives.get(pairing_map.initiative.id).pairings == ()  # type: ignore[union-attr]


def test_a_refused_pairing_is_explained_and_nothing_is_saved(
    tab: InitiativesTab, store: Store, people: dict[str, Person]
) -> None:
    pairing_map = tab.pairing_map
    initiative_id = pairing_map.initiative.id  # type: ignore[union-attr]
    ana, ben, tom, uma = (people[n] for n in ("ana", "ben", "tom", "uma"))
    for ours, theirs in ((ana, uma), (ben, tom)):
        choose(pairing_map, ours, theirs)
        assert pairing_map.pair_chosen()
    before = store.initiatives.get(initiative_id)

    choose(pairing_map, ben, uma)  # Ben–Tom–Ana–Uma: it would close a circle
    assert not pairing_map.pair_chosen()
    assert pairing_map.message.isVisible()
    assert pairing_map.message.textFormat() == Qt.TextFormat.PlainText
    assert pairing_map.message.text().startswith(f"Pairing Ben Prof with {HOSTILE} would close")
    choose(pairing_map, ana, tom)
    assert not pairing_map.pair_chosen()
    assert pairing_map.message.text() == "Ana Dean and Tom HR are already paired."
    assert store.initiatives.get(initiative_id) == before

    choose(pairing_map, ana, people["vic"])
    assert pairing_map.pair_chosen()
    assert not pairing_map.message.isVisible()


def test_a_role_is_edited_in_the_map_and_kept_per_initiative(
    qtbot: QtBot,
    tab: InitiativesTab,
    store: Store,
    partner: Partner,
    people: dict[str, Person],
) -> None:
    ben = people["ben"]
    other = store.initiatives.add(
        Initiative(
            partner_id=partner.id,
            name="Lab tours",
            members=(InitiativeMember(person_id=ben.id, side=ben.side, role="host"),),
        )
    )
    pairing_map = tab.pairing_map
    model = pairing_map.model
    row = [r for r in range(model.rowCount()) if model.index(r, OUR_PERSON).data() == "Ben Prof"]
    index = model.index(row[0], OUR_ROLE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row[0], LINK)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "co-lead")
    initiative_id = pairing_map.initiative.id  # type: ignore[union-attr]

    def stored_role() -> str:
        members = store.initiatives.get(initiative_id).members
        return next(m.role for m in members if m.person_id == ben.id)

    qtbot.waitUntil(lambda: stored_role() == "co-lead")
    assert store.initiatives.get(other.id).members[0].role == "host"
    roles = store.initiatives.roles_of([ben.id])[ben.id]
    assert [(r.initiative_name, r.role) for r in roles] == [
        ("Data internships", "co-lead"),
        ("Lab tours", "host"),
    ]
    qtbot.waitUntil(
        lambda: any(model.index(r, OUR_ROLE).data() == "co-lead" for r in range(model.rowCount()))
    )


def test_without_members_the_map_says_how_to_add_them(
    qtbot: QtBot, store: Store, bus: ChangeBus, partner: Partner
) -> None:
    empty = store.initiatives.add(Initiative(partner_id=partner.id, name="Empty"))
    pairing_map = PairingMap(store, bus)
    qtbot.addWidget(pairing_map)
    assert pairing_map.summary.text() == "Select an initiative to see who works with whom."
    pairing_map.set_initiative(empty.id)
    assert pairing_map.model.rowCount() == 0
    assert "No members yet" in pairing_map.summary.text()
    assert not pairing_map.pair_button.isEnabled()
    assert not pairing_map.unpair_button.isEnabled()
    assert not pairing_map.pair_chosen()
