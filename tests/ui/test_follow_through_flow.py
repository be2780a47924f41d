"""From a line typed in a meeting to a promise on the calendar and, when late, on Today."""

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from partnerdesk.domain.agenda import TodaySection
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.test_commitment_capture import when_dialog_opens

DUE = date(2026, 12, 15)


def test_a_note_line_becomes_a_commitment_on_the_calendar_then_on_today(
    qtbot: QtBot, store: Store, bus: ChangeBus, tmp_path: Path
) -> None:
    day = [TODAY]
    partner = store.partners.add(Partner(name="Northwind Bank"))
    meeting = store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=datetime(2026, 11, 20, 9, tzinfo=UTC))
    )
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, bus, settings, today=lambda: day[0])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    window.partner_list.select_partner(partner.id)
    meetings = window.workspace.meetings
    window.workspace.tabs.setCurrentWidget(meetings)
    meetings.select_meeting(meeting.id)
    editor = meetings.notes.text_edit
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "They will send the job descriptions by 15/12")
    seen = when_dialog_opens(lambda dialog: dialog.accept())
    meetings.commitment_capture.action.trigger()
    assert seen == [True]

    [commitment] = store.commitments.for_partner(partner.id)
    assert (commitment.direction, commitment.due_on) == (Direction.THEIRS, DUE)
    assert commitment.meeting_id == meeting.id
    assert meetings.flush()
    notes = store.meetings.get(meeting.id).notes
    assert f"(partnerdesk:commitment/{commitment.id})" in notes
    assert editor.open_link(f"partnerdesk:commitment/{commitment.id}")  # as a Ctrl+click does
    assert window.workspace.tabs.currentWidget() is window.workspace.commitments
    selected = window.workspace.commitments.current_record()
    assert selected is not None
    assert selected.id == commitment.id
    window.workspace.tabs.setCurrentWidget(meetings)

    calendar = window.calendar
    calendar.calendar.setCurrentPage(2026, 12)
    qtbot.waitUntil(lambda: calendar.calendar.marks_for(DUE).theirs_open == 1)

    day[0] = date(2026, 12, 18)  # three days late
    window.show_today()
    today_view = window.today_view
    today_view.set_today(day[0])
    qtbot.waitUntil(lambda: len(today_view.model.rows(TodaySection.OVERDUE_THEIRS)) == 1)
