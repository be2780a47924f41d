"""The whole window on a real notebook file, driven as a user would."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QTextEdit
from pytestqt.qtbot import QtBot

from partnerdesk.app import NotebookLock, open_main_window
from partnerdesk.domain.errors import NotebookLocked
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.ui.dialogs.partner_dialog import PartnerDialog
from partnerdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    return tmp_path / "office.partnerdesk"


@pytest.fixture
def window(qtbot: QtBot, notebook: Path) -> Iterator[MainWindow]:
    main = open_main_window(notebook)
    qtbot.addWidget(main)
    yield main
    main.close()


def fill_partner_dialog(name: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PartnerDialog)
    dialog.name.setText(name)
    dialog.accept()


def test_the_contract_object_names_exist(window: MainWindow) -> None:
    names = [
        "mainWindow",
        "partnerList",
        "partnerFilter",
        "partnerWorkspace",
        "meetingList",
        "notesEditor",
        "commitmentList",
        "commitmentsCalendar",
        "agendaList",
        "todayView",
        "globalSearch",
        "searchResults",
        "saveStatus",
    ]
    missing = [
        name for name in names if name != "mainWindow" and window.findChild(object, name) is None
    ]
    assert missing == []
    assert window.objectName() == "mainWindow"


def test_create_partner_type_a_note_switch_reopen_and_find_it(
    qtbot: QtBot, window: MainWindow, notebook: Path
) -> None:
    assert window.middle.currentWidget() is window.today_view
    QTimer.singleShot(0, lambda: fill_partner_dialog("Northwind Bank"))
    window.menu_actions.new_partner.trigger()
    store = window.store
    northwind = store.partners.resolve("Northwind Bank")
    qtbot.waitUntil(lambda: window.workspace.partner_id == northwind.id)
    assert window.middle.currentWidget() is window.workspace
    other = store.partners.add(Partner(name="Contoso"))
    meeting = store.meetings.add(
        Meeting(partner_id=northwind.id, starts_at=datetime.now(UTC), title="Kick-off")
    )
    window.workspace.tabs.setCurrentWidget(window.workspace.meetings)
    window.workspace.meetings.select_meeting(meeting.id)
    editor = window.findChild(QTextEdit, "notesEditor")
    assert editor is not None
    editor.setFocus()
    qtbot.keyClicks(editor, "They need 12 data analysts by June")
    window.partner_list.select_partner(other.id)  # switching partner flushes the note
    qtbot.waitUntil(lambda: window.workspace.partner_id == other.id)
    window.close()

    reopened = open_main_window(notebook)
    qtbot.addWidget(reopened)
    try:
        notes = reopened.store.meetings.get(meeting.id).notes
        assert "They need 12 data analysts by June" in notes
    finally:
        reopened.close()


def test_delete_partner_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    partner = window.store.partners.add(Partner(name="Fabrikam"))
    window.partner_list.select_partner(partner.id)
    qtbot.waitUntil(lambda: window.workspace.partner_id == partner.id)
    window.menu_actions.delete_partner.trigger()
    assert window.store.partners.count() == 0
    qtbot.waitUntil(lambda: window.middle.currentWidget() is window.today_view)
    assert window.menu_actions.undo.isEnabled()
    window.menu_actions.undo.trigger()
    assert window.store.partners.get(partner.id).name == "Fabrikam"
    table = window.findChild(QTableView, "partnerList")
    assert table is not None
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)


def test_user_text_shows_literally_in_list_and_header(qtbot: QtBot, window: MainWindow) -> None:
    hostile = '<b>Acme</b><a href="x">y</a>'
    partner = window.store.partners.add(Partner(name=hostile))
    table = window.findChild(QTableView, "partnerList")
    assert table is not None
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == hostile
    window.partner_list.select_partner(partner.id)
    assert window.workspace.header.name.text() == hostile
    assert window.workspace.header.name.textFormat() == Qt.TextFormat.PlainText


def test_find_focuses_the_partner_filter(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.menu_actions.find.trigger()
    field = window.findChild(QLineEdit, "partnerFilter")
    assert field is not None
    qtbot.waitUntil(field.hasFocus)


def test_a_second_lock_on_the_same_notebook_is_refused(notebook: Path) -> None:
    first = NotebookLock(notebook)
    first.acquire()
    try:
        with pytest.raises(NotebookLocked):
            NotebookLock(notebook).acquire()
    finally:
        first.release()
    again = NotebookLock(notebook)
    again.acquire()
    again.release()


def test_delete_meeting_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    partner = window.store.partners.add(Partner(name="Fabrikam"))
    meeting = window.store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=datetime.now(UTC), title="Visit", notes="kept")
    )
    window.partner_list.select_partner(partner.id)
    window.workspace.meetings.select_meeting(meeting.id)
    window.workspace.meetings.delete_meeting()
    assert window.store.meetings.count() == 0
    window.menu_actions.undo.trigger()
    assert window.store.meetings.get(meeting.id).notes == "kept"


def test_hidden_tabs_load_when_shown(qtbot: QtBot, window: MainWindow) -> None:
    from partnerdesk.domain.enums import Direction
    from partnerdesk.domain.models import Commitment

    partner = window.store.partners.add(Partner(name="Fabrikam"))
    window.store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.OURS, description="Host a visit")
    )
    window.workspace.tabs.setCurrentWidget(window.workspace.overview)
    window.partner_list.select_partner(partner.id)
    commitments = window.workspace.commitments
    window.workspace.tabs.setCurrentWidget(commitments)
    qtbot.waitUntil(lambda: commitments.model.rowCount() == 1)
    assert commitments.model.record(0).description == "Host a visit"


def test_first_start_offers_sample_data_and_the_list_fills(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from partnerdesk import app

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    app._offer_sample_data(window)
    assert window.store.partners.count() == app.SAMPLE_PARTNERS
    table = window.findChild(QTableView, "partnerList")
    assert table is not None
    qtbot.waitUntil(lambda: table.model().rowCount() == app.SAMPLE_PARTNERS)


def test_first_start_can_stay_empty(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from partnerdesk import app

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    app._offer_sample_data(window)
    assert window.store.partners.count() == 0


def test_new_meeting_from_today_asks_for_the_partner(qtbot: QtBot, window: MainWindow) -> None:
    from partnerdesk.ui.dialogs.meeting_dialog import MeetingDialog

    partner = window.store.partners.add(Partner(name="Northwind Bank"))
    assert window.middle.currentWidget() is window.today_view

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MeetingDialog)
        dialog.partner_input.setText("Northw")
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.menu_actions.new_meeting.trigger()
    [meeting] = window.store.meetings.for_partner(partner.id)
    assert "## Their needs and concerns" in meeting.notes
    qtbot.waitUntil(lambda: window.workspace.partner_id == partner.id)
    assert window.workspace.tabs.currentWidget() is window.workspace.meetings


def test_export_calendar_runs_in_the_background(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from datetime import date

    from icalendar import Calendar

    from partnerdesk.domain.enums import Direction
    from partnerdesk.domain.models import Commitment

    partner = window.store.partners.add(Partner(name="Northwind Bank"))
    window.store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="Share the job descriptions",
            due_on=date(2026, 12, 15),
        )
    )
    target = tmp_path / "office.ics"
    job = window.export_commands.export_calendar(target)
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=10_000):
        pass
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Northwind Bank owes us: Share the job descriptions"
    qtbot.waitUntil(lambda: "Exported 1 calendar entries" in window.statusBar().currentMessage())


def test_app_icon_is_drawn_from_the_packaged_svg(qapp: QApplication) -> None:
    from partnerdesk.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    # An SVG scales: launchers ask for small and large pictures of the same icon.
    for size in (16, 48, 256):
        assert not icon.pixmap(size, size).isNull()


def test_another_notebook_opens_in_the_bundle_itself_when_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from partnerdesk import app

    assert app._relaunch_command() == [sys.executable, "-m", "partnerdesk"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app._relaunch_command() == [sys.executable]
