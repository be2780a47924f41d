"""Today lists what is overdue, due soon, going cold and this week's meetings; rows act."""

from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.agenda import (
    AgendaItem,
    AgendaKind,
    ColdPartner,
    TodayOverview,
    TodaySection,
)
from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode, PartnerStage
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.models.today_model import (
    PARTNER_COLUMN,
    TODAY_ROW_ROLE,
    WHAT_COLUMN,
    TodayModel,
)
from partnerdesk.ui.today_view import TodayView
from tests.conftest import TODAY
from tests.factories import add_promise

# The offscreen platform says so whenever a window is shown; it is not ours to fix.

LATE = TODAY - timedelta(days=5)


@pytest.fixture
def view(store: Store, bus: ChangeBus, qtbot: QtBot) -> TodayView:
    widget = TodayView(store, bus, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(view: TodayView, section: TodaySection) -> list[str]:
    parent = view.model.section_index(section)
    return [
        view.model.index(row, PARTNER_COLUMN, parent).data()
        for row in range(view.model.rowCount(parent))
        if view.model.index(row, PARTNER_COLUMN, parent).data(TODAY_ROW_ROLE) is not None
    ]


def ids(view: TodayView, section: TodaySection) -> list[int]:
    rows = view.model.rows(section)
    return [row.item_id for row in rows if isinstance(row, AgendaItem)]


def test_today_has_its_object_name_and_says_which_day(view: TodayView) -> None:
    assert view.objectName() == "todayView"
    assert view.heading.text().startswith("Today — ")
    assert "2026" in view.heading.text()
    assert view.heading.textFormat() == Qt.TextFormat.PlainText


def test_an_overdue_commitment_is_listed_under_its_side(
    store: Store, view: TodayView, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.PROSPECT))
    ours = add_promise(store, acme, LATE, Direction.OURS)
    theirs = add_promise(store, acme, LATE, Direction.THEIRS)

    qtbot.waitUntil(lambda: ids(view, TodaySection.OVERDUE_OURS) == [ours.id])
    assert ids(view, TodaySection.OVERDUE_THEIRS) == [theirs.id]
    parent = view.model.section_index(TodaySection.OVERDUE_OURS)
    assert view.model.index(0, WHAT_COLUMN, parent).data() == "We owe: Send the draft agreement"
    assert "5 days late" in view.model.index(0, 2, parent).data()
    assert parent.data() == "Overdue — ours (1)"


def test_empty_sections_say_so(view: TodayView) -> None:
    parent = view.model.section_index(TodaySection.OVERDUE_OURS)
    assert view.model.rowCount(parent) == 1
    assert view.model.index(0, 0, parent).data() == "Nothing overdue — every promise on track."
    assert view.model.index(0, 0, parent).data(TODAY_ROW_ROLE) is None
    assert not view.model.flags(view.model.index(0, 0, parent)) & Qt.ItemFlag.ItemIsSelectable


def test_mark_done_removes_it_and_the_store_shows_it_done(
    store: Store, view: TodayView, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.PROSPECT))
    first = add_promise(store, acme, LATE, description="First")
    second = add_promise(store, acme, LATE + timedelta(days=1), description="Second")
    qtbot.waitUntil(lambda: ids(view, TodaySection.OVERDUE_OURS) == [first.id, second.id])
    view.select_row(TodaySection.OVERDUE_OURS, 0)
    assert view.done_button.isEnabled()

    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)

    assert ids(view, TodaySection.OVERDUE_OURS) == [second.id]
    done = store.commitments.get(first.id)
    assert done.status is CommitmentStatus.DONE
    assert done.done_on == TODAY
    # The keyboard stays in the section, on the row that moved up.
    assert view.current_target() == Target(acme.id, Entity.COMMITMENT, second.id)


def test_ctrl_d_marks_the_selected_commitment_done(
    store: Store, view: TodayView, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.PROSPECT))
    commitment = add_promise(store, acme, TODAY + timedelta(days=2), Direction.THEIRS)
    qtbot.waitUntil(lambda: ids(view, TodaySection.DUE_SOON) == [commitment.id])
    view.activateWindow()
    view.view.setFocus()
    qtbot.waitUntil(view.view.hasFocus)
    view.select_row(TodaySection.DUE_SOON, 0)

    qtbot.keyClick(view.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: ids(view, TodaySection.DUE_SOON) == [])
    assert store.commitments.get(commitment.id).status is CommitmentStatus.DONE


def test_enter_opens_the_row(store: Store, view: TodayView, qtbot: QtBot) -> None:
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.PROSPECT))
    commitment = add_promise(store, acme, LATE, Direction.THEIRS)
    qtbot.waitUntil(lambda: ids(view, TodaySection.OVERDUE_THEIRS) == [commitment.id])
    view.select_row(TodaySection.OVERDUE_THEIRS, 0)

    with qtbot.waitSignal(view.open_requested) as blocker:
        qtbot.keyClick(view.view, Qt.Key.Key_Return)

    assert blocker.args == [Target(acme.id, Entity.COMMITMENT, commitment.id)]


def test_going_cold_lists_a_partner_never_met(store: Store, view: TodayView, qtbot: QtBot) -> None:
    quiet = store.partners.add(Partner(name="Quiet Corp", stage=PartnerStage.ACTIVE))
    store.partners.add(Partner(name="Not Yet", stage=PartnerStage.PROSPECT))

    qtbot.waitUntil(lambda: names(view, TodaySection.GOING_COLD) == ["Quiet Corp"])
    parent = view.model.section_index(TodaySection.GOING_COLD)
    assert view.model.index(0, WHAT_COLUMN, parent).data() == "Never met"
    assert parent.data() == "Going cold (no contact for 90 days) (1)"
    view.select_row(TodaySection.GOING_COLD, 0)
    assert not view.done_button.isEnabled()
    with qtbot.waitSignal(view.open_requested) as blocker:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [Target(quiet.id)]


def test_the_going_cold_threshold_comes_from_the_settings(
    store: Store, view: TodayView, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.ACTIVE))
    store.meetings.add(
        Meeting(partner_id=acme.id, starts_at=datetime(2026, 10, 18, 10, tzinfo=UTC))
    )
    qtbot.waitUntil(lambda: names(view, TodaySection.GOING_COLD) == [])

    store.settings.set("going_cold_days", 30)

    qtbot.waitUntil(lambda: names(view, TodaySection.GOING_COLD) == ["Acme"])
    parent = view.model.section_index(TodaySection.GOING_COLD)
    assert parent.data() == "Going cold (no contact for 30 days) (1)"
    assert view.model.index(0, WHAT_COLUMN, parent).data() == "Last met 40 days ago"


def test_meetings_this_week_are_listed(store: Store, view: TodayView, qtbot: QtBot) -> None:
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.PROSPECT))
    starts = datetime.combine(TODAY + timedelta(days=1), time(10, 0)).astimezone(UTC)
    meeting = store.meetings.add(
        Meeting(partner_id=acme.id, starts_at=starts, title="Visit", mode=MeetingMode.IN_PERSON)
    )

    qtbot.waitUntil(lambda: ids(view, TodaySection.MEETINGS_THIS_WEEK) == [meeting.id])
    parent = view.model.section_index(TodaySection.MEETINGS_THIS_WEEK)
    assert view.model.index(0, WHAT_COLUMN, parent).data() == "Visit"
    assert view.model.target(view.model.index(0, 0, parent)) == Target(
        acme.id, Entity.MEETING, meeting.id
    )
    assert view.model.open_commitment_id(view.model.index(0, 0, parent)) is None


def test_a_partner_named_like_html_shows_literally(
    store: Store, view: TodayView, qtbot: QtBot
) -> None:
    name = '<b>Acme</b><a href="x">y</a>'
    partner = store.partners.add(Partner(name=name, stage=PartnerStage.ACTIVE))
    add_promise(store, partner, LATE, description="<i>deliver</i>")

    qtbot.waitUntil(lambda: names(view, TodaySection.OVERDUE_OURS) == [name])
    assert names(view, TodaySection.GOING_COLD) == [name]
    parent = view.model.section_index(TodaySection.OVERDUE_OURS)
    assert view.model.index(0, WHAT_COLUMN, parent).data() == "We owe: <i>deliver</i>"
    tooltip = view.model.index(0, 0, parent).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tooltip
    assert "&lt;b&gt;Acme&lt;/b&gt;" in tooltip


def test_set_today_moves_the_day(store: Store, view: TodayView, qtbot: QtBot) -> None:
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.PROSPECT))
    later = add_promise(store, acme, TODAY + timedelta(days=20))
    qtbot.waitUntil(lambda: ids(view, TodaySection.OVERDUE_OURS) == [])

    view.set_today(TODAY + timedelta(days=30))

    assert ids(view, TodaySection.OVERDUE_OURS) == [later.id]
    assert view.day() == TODAY + timedelta(days=30)


def test_a_hidden_today_reloads_when_shown(store: Store, view: TodayView, qtbot: QtBot) -> None:
    view.hide()
    acme = store.partners.add(Partner(name="Acme", stage=PartnerStage.PROSPECT))
    commitment = add_promise(store, acme, LATE)
    qtbot.waitUntil(lambda: not view.reload_pending())
    assert ids(view, TodaySection.OVERDUE_OURS) == []

    view.show()

    assert ids(view, TodaySection.OVERDUE_OURS) == [commitment.id]


def test_the_today_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = TodayModel()
    qtmodeltester.check(model)
    late = AgendaItem(
        kind=AgendaKind.COMMITMENT,
        item_id=1,
        partner_id=1,
        partner_name="Acme",
        day=LATE,
        direction=Direction.OURS,
        status=CommitmentStatus.OPEN,
        overdue=True,
        description="Send",
    )
    meeting = AgendaItem(
        kind=AgendaKind.MEETING,
        item_id=2,
        partner_id=1,
        partner_name="Acme",
        day=TODAY,
        start_time=time(9, 0),
        mode=MeetingMode.VIDEO,
    )
    model.set_overview(
        TodayOverview(
            today=TODAY,
            overdue_ours=(late,),
            going_cold=(ColdPartner(3, "Beta", LATE, 5), ColdPartner(4, "Gamma", None, None)),
            meetings_this_week=(meeting,),
            limit=1,
            more=frozenset({TodaySection.OVERDUE_OURS}),
        )
    )
    qtmodeltester.check(model)
    assert model.section_index(TodaySection.OVERDUE_OURS).data() == "Overdue — ours (1+)"
    assert (
        model.open_commitment_id(model.index(0, 0, model.section_index(TodaySection.OVERDUE_OURS)))
        == 1
    )


def test_a_double_click_opens_the_row(store: Store, view: TodayView, qtbot: QtBot) -> None:
    quiet = store.partners.add(Partner(name="Quiet Corp", stage=PartnerStage.ACTIVE))
    qtbot.waitUntil(lambda: names(view, TodaySection.GOING_COLD) == ["Quiet Corp"])
    index = view.model.index(0, WHAT_COLUMN, view.model.section_index(TodaySection.GOING_COLD))
    position = view.view.visualRect(index).center()

    with qtbot.waitSignal(view.open_requested) as blocker:
        # A real double-click starts with a click, which sets the row pressed.
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
        qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=position)

    assert blocker.args == [Target(quiet.id)]


def test_showing_today_on_a_new_day_moves_to_it(store: Store, bus: ChangeBus, qtbot: QtBot) -> None:
    days = [TODAY]
    widget = TodayView(store, bus, today=lambda: days[-1])
    qtbot.addWidget(widget)
    widget.show()
    first_heading = widget.heading.text()
    widget.hide()

    days.append(TODAY + timedelta(days=1))
    widget.show()

    assert widget.day() == TODAY + timedelta(days=1)
    assert widget.heading.text() != first_heading
