"""Ctrl+Shift+N in meeting notes: the selection becomes a need, from that meeting."""

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import NeedCategory
from partnerdesk.domain.models import Initiative, Meeting, Need, Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.need_dialog import NeedDialog
from partnerdesk.ui.main_window import MainWindow
from partnerdesk.ui.workspace.meetings_tab import MeetingsTab
from partnerdesk.ui.workspace.needs_tab import NeedsTab
from tests.conftest import TODAY

HOSTILE = '<b>Acme</b><a href="x">y</a>'


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Acme Robotics"))


@pytest.fixture
def meeting(store: Store, partner: Partner) -> Meeting:
    return store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
            title=f"Visit {HOSTILE}",
            notes="## Their needs\n\n- They struggle to hire data engineers for Lisbon\n",
        )
    )


@pytest.fixture
def tab(qtbot: QtBot, store: Store, bus: ChangeBus, meeting: Meeting) -> MeetingsTab:
    widget = MeetingsTab(store, bus, QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_partner(meeting.partner_id)
    return widget


def when_need_dialog_opens(handle: Callable[[NeedDialog], None]) -> list[bool]:
    """Runs `handle` on the modal need dialog once shown; it is cancelled if still open."""
    seen: list[bool] = []
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NeedDialog):
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(10, run)
            else:
                seen.append(False)
            return
        seen.append(True)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def select_words(tab: MeetingsTab, words: str) -> None:
    editor = tab.notes.text_edit
    found = editor.document().find(words)
    assert not found.isNull()
    editor.setTextCursor(found)


def press_record_need(qtbot: QtBot, tab: MeetingsTab) -> None:
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.notes.text_edit.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.notes.text_edit, Qt.Key.Key_N, modifiers)


def test_the_selection_becomes_a_need_from_this_meeting_with_its_category_guessed(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner, meeting: Meeting
) -> None:
    addressing = store.initiatives.add(Initiative(partner_id=partner.id, name="Data cohort"))
    select_words(tab, "hire data engineers for Lisbon")
    shown: dict[str, object] = {}

    def check_and_accept(dialog: NeedDialog) -> None:
        shown["description"] = dialog.description.toPlainText()
        shown["category"] = dialog.category.value()
        shown["origin"] = dialog.origin.text()
        shown["origin_format"] = dialog.origin.textFormat()
        shown["title"] = dialog.windowTitle()
        dialog.initiative.setCurrentIndex(dialog.initiative.findData(addressing.id))
        dialog.accept()

    seen = when_need_dialog_opens(check_and_accept)
    with qtbot.waitSignal(tab.need_capture.captured):
        press_record_need(qtbot, tab)
    assert seen == [True]
    assert shown["description"] == "hire data engineers for Lisbon"
    assert shown["category"] is NeedCategory.TALENT
    assert shown["origin"] == f"20 Nov 2026 · Visit {HOSTILE}"
    assert shown["origin_format"] == Qt.TextFormat.PlainText
    assert shown["title"] == "Need from the notes"
    [need] = store.needs.for_partner(partner.id)
    assert (need.description, need.category, need.meeting_id, need.initiative_id) == (
        "hire data engineers for Lisbon",
        NeedCategory.TALENT,
        meeting.id,
        addressing.id,
    )


def test_without_a_selection_the_current_line_is_taken_and_the_category_can_be_changed(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    editor = tab.notes.text_edit
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "A bigger room for the robotics club")
    guessed: list[NeedCategory | None] = []

    def change_and_accept(dialog: NeedDialog) -> None:
        guessed.append(dialog.category.value())
        dialog.category.set_value(NeedCategory.VISIBILITY)
        dialog.accept()

    seen = when_need_dialog_opens(change_and_accept)
    tab.need_capture.action.trigger()
    assert seen == [True]
    assert guessed == [NeedCategory.FACILITIES]
    [need] = store.needs.for_partner(partner.id)
    assert need.description == "A bigger room for the robotics club"
    assert need.category is NeedCategory.VISIBILITY


def test_cancelling_records_nothing_and_leaves_the_notes_alone(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    before = tab.notes.text_edit.toPlainText()
    select_words(tab, "hire data engineers")
    seen = when_need_dialog_opens(lambda dialog: dialog.reject())
    assert tab.need_capture.capture() is None
    assert seen == [True]
    assert store.needs.for_partner(partner.id) == []
    assert tab.notes.text_edit.toPlainText() == before


def test_the_action_is_in_the_context_menu_and_greyed_without_a_meeting(
    qtbot: QtBot, store: Store, bus: ChangeBus, tab: MeetingsTab, partner: Partner
) -> None:
    action = tab.need_capture.action
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    assert action.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert action in tab.notes.text_edit.context_actions
    assert tab.commitment_capture.action in tab.notes.text_edit.context_actions
    assert action.isEnabled()
    empty = store.partners.add(Partner(name="No meetings yet"))
    tab.set_partner(empty.id)
    assert not action.isEnabled()
    assert tab.need_capture.capture() is None
    assert QApplication.activeModalWidget() is None


def test_the_needs_tab_shows_origin_meeting_and_addressing_initiative(
    qtbot: QtBot,
    store: Store,
    bus: ChangeBus,
    partner: Partner,
    meeting: Meeting,
    qtmodeltester: ModelTester,
) -> None:
    initiative = store.initiatives.add(Initiative(partner_id=partner.id, name=HOSTILE))
    store.needs.add(
        Need(
            partner_id=partner.id,
            description="Interns",
            meeting_id=meeting.id,
            initiative_id=initiative.id,
        )
    )
    store.needs.add(Need(partner_id=partner.id, description="Visibility"))
    needs = NeedsTab(store, bus, QUndoStack())
    qtbot.addWidget(needs)
    needs.set_partner(partner.id)
    model = needs.model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    origin, addressed = headers.index("From meeting"), headers.index("Addressed by")
    rows = {model.index(r, 2).data(): r for r in range(model.rowCount())}
    assert model.index(rows["Interns"], origin).data() == f"20 Nov 2026 · Visit {HOSTILE}"
    assert model.index(rows["Interns"], addressed).data() == HOSTILE
    assert model.index(rows["Visibility"], origin).data() == ""
    store.initiatives.update(dataclasses.replace(initiative, name="Renamed"))
    assert model.index(rows["Interns"], addressed).data() == "Renamed"


def test_in_the_main_window_the_keys_and_the_meeting_menu_record_a_need(
    qtbot: QtBot, store: Store, bus: ChangeBus, meeting: Meeting, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, bus, settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.partner_list.select_partner(meeting.partner_id)
    meetings = window.workspace.meetings
    window.workspace.tabs.setCurrentWidget(meetings)
    meeting_menu = window.menuBar().findChild(QMenu, "meetingMenu")
    assert meeting_menu is not None
    assert meetings.need_capture.action in meeting_menu.actions()
    assert meetings.commitment_capture.action in meeting_menu.actions()

    select_words(meetings, "hire data engineers")
    seen = when_need_dialog_opens(lambda dialog: dialog.accept())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    meetings.notes.text_edit.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(meetings.notes.text_edit, Qt.Key.Key_N, modifiers)
    assert seen == [True]
    assert [n.description for n in store.needs.for_partner(meeting.partner_id)] == [
        "hire data engineers"
    ]
