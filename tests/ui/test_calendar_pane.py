"""The commitments calendar marks due days and meetings; its agenda lists and opens them."""

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.agenda import AgendaItem, AgendaKind, DayMarks
from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.calendar_pane import CalendarPane
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.commitments_calendar import OURS
from partnerdesk.ui.models.agenda_model import (
    AGENDA_ITEM_ROLE,
    PARTNER_COLUMN,
    WHAT_COLUMN,
    AgendaModel,
)
from tests.conftest import TODAY
from tests.factories import add_promise

# The offscreen platform says so whenever a window is shown; it is not ours to fix.

SOON = TODAY + timedelta(days=4)  # Tuesday 1 December: on the November page's last row


@pytest.fixture
def pane(store: Store, bus: ChangeBus, qtbot: QtBot) -> CalendarPane:
    widget = CalendarPane(store, bus, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(420, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot: QtBot, pane: CalendarPane, row: int) -> None:
    index = pane.agenda_model.index(row, PARTNER_COLUMN)
    rect = pane.agenda_list.visualRect(index)
    qtbot.mouseClick(pane.agenda_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_calendar_has_its_object_names(pane: CalendarPane) -> None:
    assert pane.calendar.objectName() == "commitmentsCalendar"
    assert pane.agenda_list.objectName() == "agendaList"
    assert pane.calendar.selected_day() == TODAY


def test_a_commitment_due_day_is_marked_and_listed_in_the_agenda(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    commitment = add_promise(store, acme, SOON)

    qtbot.waitUntil(lambda: pane.calendar.marks_for(SOON) == DayMarks(ours_open=1))
    assert pane.calendar.marks_for(TODAY) == DayMarks()
    tooltip = pane.calendar.dateTextFormat(QDate(2026, 12, 1)).toolTip()
    assert "1 we owe" in tooltip

    pane.calendar.select_day(SOON)

    assert [item.item_id for item in pane.agenda_model.items()] == [commitment.id]
    what = pane.agenda_model.index(0, WHAT_COLUMN).data()
    assert what == "We owe: Send the draft agreement"
    assert not pane.empty_label.isVisible()


def test_the_mark_is_painted_in_the_day_cell(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    ours_blue = QColor(OURS.colour).rgb()

    def painted_blue() -> bool:
        image = pane.calendar.grab().toImage()
        return any(
            image.pixel(x, y) == ours_blue
            for x in range(0, image.width(), 1)
            for y in range(0, image.height(), 1)
        )

    assert not painted_blue()
    add_promise(store, store.partners.add(Partner(name="Acme")), SOON)
    qtbot.waitUntil(painted_blue)


def test_overdue_done_and_theirs_are_told_apart(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    past = TODAY - timedelta(days=3)
    add_promise(store, acme, past)
    done = add_promise(store, acme, past, Direction.THEIRS)
    store.commitments.mark_done(done.id)
    add_promise(store, acme, SOON, Direction.THEIRS)

    qtbot.waitUntil(lambda: pane.calendar.marks_for(past) == DayMarks(overdue=1, done=1))
    assert pane.calendar.marks_for(SOON) == DayMarks(theirs_open=1)
    pane.calendar.select_day(past)
    states = [pane.agenda_model.index(row, 1).data() for row in range(2)]
    assert states == ["Overdue", "Done"]


def test_meetings_are_marked_and_listed_by_time(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    local_ten = datetime.combine(SOON, time(10, 0)).astimezone(UTC)
    meeting = store.meetings.add(
        Meeting(partner_id=acme.id, starts_at=local_ten, mode=MeetingMode.VIDEO, title="Review")
    )

    qtbot.waitUntil(lambda: pane.calendar.marks_for(SOON) == DayMarks(meetings=1))
    pane.calendar.select_day(SOON)
    assert [item.item_id for item in pane.agenda_model.items()] == [meeting.id]
    assert pane.agenda_model.index(0, WHAT_COLUMN).data() == "Review (Video)"


def test_clicking_an_agenda_row_asks_to_open_the_item(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    commitment = add_promise(store, acme, TODAY)
    qtbot.waitUntil(lambda: pane.agenda_model.rowCount() == 1)

    with qtbot.waitSignal(pane.open_requested) as blocker:
        click_row(qtbot, pane, 0)

    assert blocker.args == [Target(acme.id, Entity.COMMITMENT, commitment.id)]


def test_enter_on_an_agenda_row_asks_to_open_it(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    local_noon = datetime.combine(TODAY, time(12, 0)).astimezone(UTC)
    meeting = store.meetings.add(Meeting(partner_id=acme.id, starts_at=local_noon))
    qtbot.waitUntil(lambda: pane.agenda_model.rowCount() == 1)
    pane.agenda_list.setCurrentIndex(pane.agenda_model.index(0, 0))

    with qtbot.waitSignal(pane.open_requested) as blocker:
        qtbot.keyClick(pane.agenda_list, Qt.Key.Key_Return)

    assert blocker.args == [Target(acme.id, Entity.MEETING, meeting.id)]


def test_scope_toggles_between_all_partners_and_this_one(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    beta = store.partners.add(Partner(name="Beta"))
    add_promise(store, acme, SOON)
    add_promise(store, beta, SOON)
    qtbot.waitUntil(lambda: pane.calendar.marks_for(SOON) == DayMarks(ours_open=2))
    assert not pane.this_partner_button.isEnabled()

    pane.set_partner(beta.id)
    assert pane.scope_partner_id() is None  # still all partners until the user says so
    qtbot.mouseClick(pane.this_partner_button, Qt.MouseButton.LeftButton)

    assert pane.scope_partner_id() == beta.id
    assert pane.calendar.marks_for(SOON) == DayMarks(ours_open=1)
    pane.calendar.select_day(SOON)
    assert [item.partner_name for item in pane.agenda_model.items()] == ["Beta"]

    pane.set_partner(acme.id)
    assert [item.partner_name for item in pane.agenda_model.items()] == ["Acme"]

    pane.set_partner(None)
    assert pane.scope_partner_id() is None
    assert not pane.this_partner_button.isEnabled()

    pane.set_partner(acme.id)
    qtbot.mouseClick(pane.all_partners_button, Qt.MouseButton.LeftButton)
    assert pane.calendar.marks_for(SOON) == DayMarks(ours_open=2)
    assert len(pane.agenda_model.items()) == 2


def test_changes_of_other_partners_leave_a_scoped_pane_alone(
    store: Store, pane: CalendarPane, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    beta = store.partners.add(Partner(name="Beta"))
    pane.set_partner(acme.id)
    pane.this_partner_button.setChecked(True)
    asked: list[int | None] = []
    marks = store.agenda.marks

    def counting_marks(start: date, end: date, partner_id: int | None = None) -> object:
        asked.append(partner_id)
        return marks(start, end, partner_id)

    monkeypatch.setattr(store.agenda, "marks", counting_marks)

    add_promise(store, beta, SOON)
    QApplication.processEvents()
    assert asked == []

    add_promise(store, acme, SOON)
    qtbot.waitUntil(lambda: pane.calendar.marks_for(SOON) == DayMarks(ours_open=1))
    assert asked == [acme.id]


def test_saving_notes_alone_does_not_reload_but_a_new_title_does(
    store: Store, pane: CalendarPane, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    local_noon = datetime.combine(TODAY, time(12, 0)).astimezone(UTC)
    meeting = store.meetings.add(Meeting(partner_id=acme.id, starts_at=local_noon, title="A"))
    qtbot.waitUntil(lambda: pane.agenda_model.rowCount() == 1)
    store.meetings.save_notes(meeting.id, "first words")  # the pane learns the meeting
    qtbot.waitUntil(lambda: not pane.reload_pending())
    asked: list[date] = []
    items = store.agenda.items

    def counting_items(start: date, end: date, partner_id: int | None = None) -> object:
        asked.append(start)
        return items(start, end, partner_id)

    monkeypatch.setattr(store.agenda, "items", counting_items)

    store.meetings.save_notes(meeting.id, "first words and more")
    QApplication.processEvents()
    assert asked == []

    store.meetings.update(dataclasses.replace(store.meetings.get(meeting.id), title="Visit"))
    qtbot.waitUntil(lambda: pane.agenda_model.index(0, WHAT_COLUMN).data() == "Visit (In person)")
    assert asked == [TODAY]


def test_the_week_view_lists_the_whole_week(store: Store, pane: CalendarPane, qtbot: QtBot) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    monday, sunday = date(2026, 11, 23), date(2026, 11, 29)
    add_promise(store, acme, monday, description="Monday")
    add_promise(store, acme, sunday, description="Sunday")
    add_promise(store, acme, date(2026, 11, 30), description="Next Monday")
    qtbot.waitUntil(lambda: bool(pane.calendar.marks_for(monday)))
    pane.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    assert pane.agenda_model.rowCount() == 0
    assert pane.empty_label.isVisibleTo(pane)

    qtbot.mouseClick(pane.week_button, Qt.MouseButton.LeftButton)

    assert pane.agenda_span() == (monday, sunday)
    assert [item.description for item in pane.agenda_model.items()] == ["Monday", "Sunday"]
    assert not pane.agenda_list.isColumnHidden(0)
    qtbot.mouseClick(pane.day_button, Qt.MouseButton.LeftButton)
    assert pane.agenda_list.isColumnHidden(0)


def test_a_deleted_partner_disappears_from_the_calendar(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    add_promise(store, acme, SOON)
    qtbot.waitUntil(lambda: bool(pane.calendar.marks_for(SOON)))

    store.partners.delete(acme.id)

    qtbot.waitUntil(lambda: not pane.calendar.marks_for(SOON))


def test_turning_the_month_page_loads_its_marks(
    store: Store, pane: CalendarPane, qtbot: QtBot
) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    january = date(2027, 1, 15)
    add_promise(store, acme, january)
    qtbot.waitUntil(lambda: pane.agenda_model.rowCount() == 0)
    assert pane.calendar.marks_for(january) == DayMarks()

    pane.calendar.setCurrentPage(2027, 1)

    assert pane.calendar.marks_for(january) == DayMarks(ours_open=1)


def test_partner_names_show_literally(store: Store, pane: CalendarPane, qtbot: QtBot) -> None:
    name = '<b>Acme</b><a href="x">y</a>'
    partner = store.partners.add(Partner(name=name))
    add_promise(store, partner, TODAY, description="<i>promise</i>")
    qtbot.waitUntil(lambda: pane.agenda_model.rowCount() == 1)

    assert pane.agenda_model.index(0, PARTNER_COLUMN).data() == name
    tooltip = pane.agenda_model.index(0, PARTNER_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tooltip
    assert "&lt;b&gt;Acme&lt;/b&gt;" in tooltip


def test_the_agenda_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AgendaModel()
    qtmodeltester.check(model)
    model.set_items(
        [
            AgendaItem(
                kind=AgendaKind.COMMITMENT,
                item_id=1,
                partner_id=1,
                partner_name="Acme",
                day=TODAY,
                direction=Direction.THEIRS,
                status=CommitmentStatus.OPEN,
                overdue=True,
                description="Sign",
                owner_name="Maria",
            ),
            AgendaItem(
                kind=AgendaKind.COMMITMENT,
                item_id=2,
                partner_id=1,
                partner_name="Acme",
                day=TODAY,
                direction=Direction.OURS,
                status=CommitmentStatus.DONE,
                description="Send",
            ),
            AgendaItem(
                kind=AgendaKind.MEETING,
                item_id=3,
                partner_id=2,
                partner_name="Beta",
                day=TODAY,
                start_time=time(9, 30),
                mode=MeetingMode.PHONE,
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(2, WHAT_COLUMN).data() == "Phone"
    assert model.index(0, 0).data(AGENDA_ITEM_ROLE).item_id == 1
    assert model.row_of(AgendaKind.MEETING, 3) == 2


def test_the_today_button_brings_back_today(pane: CalendarPane, qtbot: QtBot) -> None:
    pane.calendar.select_day(date(2027, 3, 3))
    assert pane.calendar.monthShown() == 3

    qtbot.mouseClick(pane.today_button, Qt.MouseButton.LeftButton)

    assert pane.calendar.selected_day() == TODAY
    assert (pane.calendar.yearShown(), pane.calendar.monthShown()) == (2026, 11)
