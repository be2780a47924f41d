"""The follow-up list: what is due, for everyone or one partner, done, snoozed and opened."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode
from partnerdesk.domain.follow_ups import FollowUp, FollowUpKind
from partnerdesk.domain.models import Commitment, Meeting, Partner
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.follow_up_list import FollowUpList
from partnerdesk.ui.models.follow_up_model import (
    DUE_COLUMN,
    FOLLOW_UP_ROLE,
    PARTNER_COLUMN,
    WHAT_COLUMN,
    FollowUpModel,
)
from tests.conftest import TODAY

TRICKY = '<b>Acme</b><a href="x">y</a>'


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def add_partner(store: Store, name: str) -> Partner:
    return store.partners.add(Partner(name=name))


def owe(store: Store, partner: Partner, due_on: date, what: str = "Name an HR contact") -> int:
    return store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description=what,
            due_on=due_on,
            status=CommitmentStatus.OPEN,
        )
    ).id


def meet(store: Store, partner: Partner, day: date) -> int:
    return store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=datetime.combine(day, time(12), tzinfo=UTC),
            mode=MeetingMode.IN_PERSON,
            title="Campus visit",
        )
    ).id


def make_list(store: Store, bus: ChangeBus, qtbot: QtBot, partner_id: int | None) -> FollowUpList:
    widget = FollowUpList(store, bus, today=lambda: TODAY, partner_id=partner_id)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def follow_up_list(store: Store, bus: ChangeBus, qtbot: QtBot) -> FollowUpList:
    return make_list(store, bus, qtbot, None)


def keys(widget: FollowUpList) -> list[str]:
    model = widget.model
    return [model.index(row, 0).data(FOLLOW_UP_ROLE).key for row in range(model.rowCount())]


def test_the_list_has_its_names_and_starts_empty(follow_up_list: FollowUpList) -> None:
    assert follow_up_list.objectName() == "followUpList"
    assert follow_up_list.view.objectName() == "followUpView"
    assert follow_up_list.model.rowCount() == 0
    assert not follow_up_list.done_button.isEnabled()
    assert not follow_up_list.snooze_button.isEnabled()
    assert not follow_up_list.open_button.isEnabled()


def test_new_follow_ups_appear_from_the_bus(
    store: Store, follow_up_list: FollowUpList, qtbot: QtBot
) -> None:
    acme = add_partner(store, TRICKY)
    commitment_id = owe(store, acme, ago(5))
    qtbot.waitUntil(lambda: keys(follow_up_list) == [f"nudge:commitment:{commitment_id}:1"])
    model = follow_up_list.model
    # User text shows literally: the model hands plain strings to the view.
    assert model.index(0, PARTNER_COLUMN).data() == TRICKY
    assert model.index(0, WHAT_COLUMN).data() == "Nudge 1 of 3: Name an HR contact"
    assert "3 days late" in model.index(0, DUE_COLUMN).data()
    assert model.index(0, DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "&lt;b&gt;" in model.index(0, PARTNER_COLUMN).data(Qt.ItemDataRole.ToolTipRole)


def test_done_moves_on_to_the_next_step(
    store: Store, follow_up_list: FollowUpList, qtbot: QtBot
) -> None:
    acme = add_partner(store, "Acme")
    commitment_id = owe(store, acme, ago(10))
    qtbot.waitUntil(lambda: follow_up_list.model.rowCount() == 1)
    follow_up_list.select_row(0)
    assert follow_up_list.done_button.isEnabled()

    qtbot.mouseClick(follow_up_list.done_button, Qt.MouseButton.LeftButton)

    assert keys(follow_up_list) == [f"nudge:commitment:{commitment_id}:2"]
    # The keyboard stays on the row that took the place of the one acted on.
    assert follow_up_list.current_follow_up() is not None
    assert follow_up_list.current_follow_up().nudge == 2  # type: ignore[union-attr]


@pytest.mark.parametrize(("days", "back_on"), [(1, 1), (3, 3), (7, 7)])
def test_snooze_hides_until_the_chosen_day(
    store: Store, bus: ChangeBus, follow_up_list: FollowUpList, days: int, back_on: int
) -> None:
    acme = add_partner(store, "Acme")
    meeting_id = meet(store, acme, ago(1))
    follow_up_list.reload()
    assert keys(follow_up_list) == [f"thank_you:meeting:{meeting_id}"]
    follow_up_list.select_row(0)

    follow_up_list.snooze_actions[days].trigger()

    assert keys(follow_up_list) == []
    queries = store.follow_ups
    assert queries.due(ago(-back_on + 1)) == []
    assert [item.key for item in queries.due(ago(-back_on))] == [f"thank_you:meeting:{meeting_id}"]


def test_open_asks_for_the_item_the_follow_up_is_about(
    store: Store, follow_up_list: FollowUpList, qtbot: QtBot
) -> None:
    acme = add_partner(store, "Acme")
    meeting_id = meet(store, acme, ago(1))
    qtbot.waitUntil(lambda: follow_up_list.model.rowCount() == 1)
    follow_up_list.select_row(0)
    with qtbot.waitSignal(follow_up_list.open_requested) as blocker:
        qtbot.mouseClick(follow_up_list.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [Target(acme.id, Entity.MEETING, meeting_id)]
    # Enter on the list does the same.
    with qtbot.waitSignal(follow_up_list.open_requested) as blocker:
        qtbot.keyClick(follow_up_list.view, Qt.Key.Key_Return)
    assert blocker.args == [Target(acme.id, Entity.MEETING, meeting_id)]


def test_one_partner_or_all(
    store: Store, bus: ChangeBus, follow_up_list: FollowUpList, qtbot: QtBot
) -> None:
    acme, globex = add_partner(store, "Acme"), add_partner(store, "Globex")
    acme_commitment = owe(store, acme, ago(5))
    globex_commitment = owe(store, globex, ago(6))
    qtbot.waitUntil(lambda: follow_up_list.model.rowCount() == 2)

    follow_up_list.set_partner(acme.id)
    qtbot.waitUntil(lambda: keys(follow_up_list) == [f"nudge:commitment:{acme_commitment}:1"])
    assert follow_up_list.view.isColumnHidden(PARTNER_COLUMN)
    assert follow_up_list.partner_id() == acme.id

    # A change to another partner costs this list no reload.
    owe(store, globex, ago(7))
    assert not follow_up_list.reload_pending()

    follow_up_list.set_partner(None)
    qtbot.waitUntil(lambda: follow_up_list.model.rowCount() == 3)
    assert not follow_up_list.view.isColumnHidden(PARTNER_COLUMN)
    assert f"nudge:commitment:{globex_commitment}:1" in keys(follow_up_list)


def test_a_list_made_for_one_partner(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    acme, globex = add_partner(store, "Acme"), add_partner(store, "Globex")
    owe(store, acme, ago(5))
    owe(store, globex, ago(5))
    widget = make_list(store, bus, qtbot, globex.id)
    assert [
        widget.model.index(row, PARTNER_COLUMN).data() for row in range(widget.model.rowCount())
    ] == ["Globex"]


def test_a_hidden_list_waits_until_shown(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    widget = make_list(store, bus, qtbot, None)
    widget.hide()
    owe(store, add_partner(store, "Acme"), ago(5))
    qtbot.waitUntil(lambda: not widget._deferred.scheduled())
    assert widget.model.rowCount() == 0
    widget.show()
    assert widget.model.rowCount() == 1


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = FollowUpModel()
    qtmodeltester.check(model)
    model.set_follow_ups(
        [
            FollowUp(
                key=f"k{number}",
                kind=kind,
                partner_id=1,
                partner_name=TRICKY,
                due_on=ago(number),
                subject="" if number % 2 else "<i>x</i>",
                nudge=2 if kind is FollowUpKind.NUDGE else None,
            )
            for number, kind in enumerate(FollowUpKind)
        ],
        TODAY,
    )
    qtmodeltester.check(model)
    texts = [model.index(row, WHAT_COLUMN).data() for row in range(model.rowCount())]
    assert texts == [
        "Thank them for the meeting: <i>x</i>",
        "Check the open commitments after meeting in person",
        "Nudge 2 of 3: <i>x</i>",
        "Escalate, still not done after 3 nudges: ",
        "Check in on the initiative: <i>x</i>",
    ]
    assert model.index(0, DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 day late" in model.index(1, DUE_COLUMN).data()
    assert model.row_of("k3") == 3
    assert model.row_of("nope") is None
    assert model.headerData(WHAT_COLUMN, Qt.Orientation.Horizontal) == "Follow-up"


def test_a_drafted_nudge_marks_it_done_and_counts_on_the_commitment(
    store: Store, follow_up_list: FollowUpList, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.ui.dialogs.draft_dialog import DraftDialog

    drafts: list[str] = []

    def exec_and_copy(dialog: DraftDialog) -> int:
        drafts.append(dialog.draft().body)
        dialog.copy_to_clipboard()
        return 1

    monkeypatch.setattr(DraftDialog, "exec", exec_and_copy)
    acme = add_partner(store, "Acme")
    commitment_id = owe(store, acme, ago(10), what="Send the 12 job descriptions")
    qtbot.waitUntil(lambda: follow_up_list.model.rowCount() == 1)
    follow_up_list.select_row(0)
    follow_up_list.draft_button.click()
    assert "Send the 12 job descriptions" in drafts[0]
    assert store.commitments.get(commitment_id).follow_up_count == 1
    qtbot.waitUntil(lambda: keys(follow_up_list) == [f"nudge:commitment:{commitment_id}:2"])


def test_a_check_in_draft_asks_where_we_are_on_the_initiative(
    store: Store, follow_up_list: FollowUpList, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.domain.models import Initiative
    from partnerdesk.ui.dialogs.draft_dialog import DraftDialog

    subjects: list[str] = []

    def exec_and_copy(dialog: DraftDialog) -> int:
        subjects.append(dialog.draft().subject + "\n" + dialog.draft().body)
        dialog.copy_to_clipboard()
        return 1

    monkeypatch.setattr(DraftDialog, "exec", exec_and_copy)
    acme = add_partner(store, "Acme")
    store.initiatives.add(
        Initiative(partner_id=acme.id, name="Analytics internship pilot", next_check_in_on=ago(1))
    )
    qtbot.waitUntil(lambda: follow_up_list.model.rowCount() == 1)
    follow_up_list.select_row(0)
    follow_up_list.draft_button.click()
    assert "Analytics internship pilot" in subjects[0]
    qtbot.waitUntil(lambda: follow_up_list.model.rowCount() == 0)
