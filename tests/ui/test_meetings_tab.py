"""The Meetings tab: the list, the details, the notes editor with autosave, and the dialog."""

import dataclasses
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.meeting_template import capture_template
from partnerdesk.domain.models import Meeting, Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.meeting_dialog import MeetingDialog, round_to_quarter_hour
from partnerdesk.ui.models.meeting_list_model import MEETING_ID_ROLE, MeetingListModel
from partnerdesk.ui.workspace.meetings_tab import MeetingsTab

HOSTILE = '<b>Acme</b><a href="x">y</a>'


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Acme Robotics"))


def add_meeting(
    store: Store, partner: Partner, day: int, title: str = "", notes: str = "", **values: object
) -> Meeting:
    return store.meetings.add(
        Meeting(
            partner_id=partner.id,
            starts_at=datetime(2026, 11, day, 9, tzinfo=UTC),
            title=title,
            notes=notes,
            **values,  # type: ignore[arg-type]
        )
    )


@pytest.fixture
def tab(store: Store, bus: ChangeBus, qtbot: QtBot) -> MeetingsTab:
    widget = MeetingsTab(store, bus, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(tab: MeetingsTab) -> list[str]:
    model = tab.meeting_list.model()
    return [model.index(row, MeetingListModel.TITLE).data() for row in range(model.rowCount())]


def accept_with(monkeypatch: pytest.MonkeyPatch, change: Callable[[MeetingDialog], object]) -> None:
    """Makes the meeting dialog, when opened, take `change(dialog)` and press OK."""

    def run(dialog: MeetingDialog) -> int:
        change(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", run)


# -- the list model --------------------------------------------------------------------------


def test_the_list_model_passes_the_model_tester(
    qtmodeltester: ModelTester, store: Store, partner: Partner
) -> None:
    model = MeetingListModel()
    model.set_meetings(
        [add_meeting(store, partner, day, f"M{day}") for day in (3, 2, 1)]
    )  # fmt: skip

    qtmodeltester.check(model)

    assert model.rowCount() == 3
    assert model.columnCount() == 3
    assert model.index(0, MeetingListModel.TITLE).data() == "M3"


def test_the_list_model_is_checked_empty_and_after_a_reset(
    qtmodeltester: ModelTester, store: Store, partner: Partner
) -> None:
    model = MeetingListModel()
    qtmodeltester.check(model)
    model.set_meetings([add_meeting(store, partner, 1, "M1")])
    qtmodeltester.check(model)

    assert model.row_of(model.meeting_at(0).id if model.meeting_at(0) else -1) == 0
    assert model.meeting_at(5) is None


def test_a_title_with_markup_shows_literally(store: Store, partner: Partner) -> None:
    model = MeetingListModel()
    meeting = add_meeting(store, partner, 1, HOSTILE, location="<i>Room</i> & <b>1</b>")
    model.set_meetings([meeting])

    index = model.index(0, MeetingListModel.TITLE)
    assert index.data() == HOSTILE
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Acme&lt;/b&gt;" in tooltip
    assert "<b>Acme" not in tooltip
    assert index.data(MEETING_ID_ROLE) == meeting.id


def test_the_columns_are_date_mode_and_title(store: Store, partner: Partner) -> None:
    model = MeetingListModel()
    model.set_meetings([add_meeting(store, partner, 1, "Visit", mode=MeetingMode.VIDEO)])

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Date", "Mode", "Title"]
    assert model.index(0, MeetingListModel.MODE).data() == "Video"
    assert "2026" in model.index(0, MeetingListModel.DATE).data()


# -- the tab ---------------------------------------------------------------------------------


def test_a_partners_meetings_are_listed_newest_first_with_the_newest_open(
    tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    add_meeting(store, partner, 1, "Oldest", "old notes\n")
    add_meeting(store, partner, 20, "Newest", "## Next steps\n\n- [ ] call\n")
    add_meeting(store, partner, 10, "Middle")

    tab.set_partner(partner.id)

    assert tab.meeting_list.objectName() == "meetingList"
    assert titles(tab) == ["Newest", "Middle", "Oldest"]
    assert tab.notes.text_edit.objectName() == "notesEditor"
    assert tab.notes.markdown() == "## Next steps\n\n- [ ] call\n"
    assert tab.meeting_list.currentIndex().row() == 0


def test_no_partner_shows_nothing(tab: MeetingsTab, store: Store, partner: Partner) -> None:
    add_meeting(store, partner, 1, "Visit")
    tab.set_partner(partner.id)

    tab.set_partner(None)

    assert titles(tab) == []
    assert tab.notes.meeting_id is None
    assert tab.notes.text_edit.isReadOnly()
    assert not tab.edit_button.isEnabled()


def test_details_and_attendees_show_as_plain_text(
    tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    theirs = store.people.add(Person(full_name="<b>Ann</b> Lee", partner_id=partner.id))
    ours = store.people.add(Person(full_name="Bo Dean"))
    add_meeting(
        store,
        partner,
        2,
        HOSTILE,
        location="<i>Lab</i>",
        at_partner_premises=True,
        mode=MeetingMode.IN_PERSON,
        attendee_ids=(theirs.id, ours.id),
    )

    tab.set_partner(partner.id)

    assert tab.summary.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Lab</i>" in tab.summary.text()
    assert "at their premises" in tab.summary.text()
    assert "In person" in tab.summary.text()
    assert tab.attendees.textFormat() == Qt.TextFormat.PlainText
    assert tab.attendees.text() == "Theirs: <b>Ann</b> Lee\nOurs: Bo Dean"
    assert titles(tab) == [HOSTILE]


def test_typing_is_autosaved_and_the_status_follows(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    meeting = add_meeting(store, partner, 1, "Visit")
    tab.set_partner(partner.id)
    states: list[str] = []
    tab.autosaver.state_changed.connect(lambda state, _detail: states.append(state))
    tab.notes.text_edit.setFocus()

    qtbot.keyClicks(tab.notes.text_edit, "They need welders")
    qtbot.waitUntil(lambda: tab.autosaver.state == "saved")

    assert store.meetings.get(meeting.id).notes.strip() == "They need welders"
    assert states[0] == "saving"
    assert states[-1] == "saved"


def test_the_own_autosave_does_not_reload_the_editor(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    add_meeting(store, partner, 1, "Visit")
    tab.set_partner(partner.id)
    tab.notes.text_edit.setFocus()
    qtbot.keyClicks(tab.notes.text_edit, "abc")
    cursor_before = tab.notes.text_edit.textCursor().position()

    assert tab.flush()

    # A reload would have cleared the undo history and moved the cursor.
    assert tab.notes.text_edit.document().isUndoAvailable()
    assert tab.notes.text_edit.textCursor().position() == cursor_before


def test_switching_meeting_saves_the_notes_first(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    first = add_meeting(store, partner, 2, "First")
    second = add_meeting(store, partner, 1, "Second", "second notes\n")
    tab.set_partner(partner.id)
    tab.notes.text_edit.setFocus()
    qtbot.keyClicks(tab.notes.text_edit, "typed in the first")

    tab.select_meeting(second.id)

    assert store.meetings.get(first.id).notes.strip() == "typed in the first"
    assert tab.notes.meeting_id == second.id
    assert tab.notes.markdown() == "second notes\n"


def test_clicking_another_meeting_saves_the_notes_first(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    first = add_meeting(store, partner, 2, "First")
    add_meeting(store, partner, 1, "Second")
    tab.set_partner(partner.id)
    tab.notes.text_edit.setFocus()
    qtbot.keyClicks(tab.notes.text_edit, "typed")
    row_rect = tab.meeting_list.visualRect(tab.meeting_list.model().index(1, 2))

    qtbot.mouseClick(tab.meeting_list.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())

    assert store.meetings.get(first.id).notes.strip() == "typed"
    assert tab.meeting_list.currentIndex().row() == 1


def test_switching_partner_saves_the_notes_first(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    meeting = add_meeting(store, partner, 1, "Visit")
    other = store.partners.add(Partner(name="Beta"))
    tab.set_partner(partner.id)
    tab.notes.text_edit.setFocus()
    qtbot.keyClicks(tab.notes.text_edit, "before switching")

    tab.set_partner(other.id)

    assert store.meetings.get(meeting.id).notes.strip() == "before switching"
    assert tab.notes.meeting_id is None


def test_a_change_made_elsewhere_refreshes_list_and_details(
    tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    meeting = add_meeting(store, partner, 1, "Visit")
    tab.set_partner(partner.id)

    store.meetings.update(dataclasses.replace(meeting, title="Plant visit", location="Hall 3"))

    assert titles(tab) == ["Plant visit"]
    assert "Hall 3" in tab.summary.text()


def test_notes_changed_elsewhere_are_shown_unless_being_edited(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    meeting = add_meeting(store, partner, 1, "Visit", "old\n")
    tab.set_partner(partner.id)

    store.meetings.save_notes(meeting.id, "from the import\n")
    assert tab.notes.markdown() == "from the import\n"

    tab.notes.text_edit.setFocus()
    qtbot.keyClicks(tab.notes.text_edit, "mine ")
    store.meetings.save_notes(meeting.id, "another writer\n")
    assert "mine" in tab.notes.markdown()


def test_other_partners_changes_are_ignored(
    tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    add_meeting(store, partner, 1, "Visit")
    other = store.partners.add(Partner(name="Beta"))
    tab.set_partner(partner.id)

    add_meeting(store, other, 2, "Elsewhere")

    assert titles(tab) == ["Visit"]


def test_a_new_meeting_starts_with_the_capture_template(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    add_meeting(store, partner, 1, "Old")
    tab.set_partner(partner.id)
    created: list[tuple[int, int]] = []
    tab.meeting_created.connect(lambda meeting_id, pid: created.append((meeting_id, pid)))

    def fill(dialog: MeetingDialog) -> None:
        dialog.place.setText("Their HQ")
        dialog.at_premises.setChecked(True)

    accept_with(monkeypatch, fill)
    tab.new_meeting()

    meetings = store.meetings.for_partner(partner.id)
    new = next(m for m in meetings if m.title != "Old")
    assert created == [(new.id, partner.id)]
    assert new.notes == capture_template()
    assert new.location == "Their HQ"
    assert new.at_partner_premises
    assert tab.notes.meeting_id == new.id
    assert QApplication.focusWidget() is tab.notes.text_edit
    # The cursor waits at the end of the first heading, ready for the first answer.
    assert tab.notes.text_edit.textCursor().block().text() == "Their needs and concerns"


def test_editing_the_details_keeps_the_typed_notes(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    meeting = add_meeting(store, partner, 1, "Visit")
    tab.set_partner(partner.id)
    tab.notes.text_edit.setFocus()
    qtbot.keyClicks(tab.notes.text_edit, "typed before editing")
    accept_with(monkeypatch, lambda dialog: dialog.title_edit.setText("Renamed"))

    tab.edit_meeting()

    stored = store.meetings.get(meeting.id)
    assert stored.title == "Renamed"
    assert stored.notes.strip() == "typed before editing"
    assert titles(tab) == ["Renamed"]
    assert tab.notes.markdown().strip() == "typed before editing"


def test_delete_moves_the_meeting_to_the_trash_and_shows_the_next(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    first = add_meeting(store, partner, 2, "First")
    add_meeting(store, partner, 1, "Second")
    tab.set_partner(partner.id)
    tab.notes.text_edit.setFocus()
    qtbot.keyClicks(tab.notes.text_edit, "last words")

    with qtbot.waitSignal(tab.meeting_deleted) as deleted:
        tab.delete_meeting()

    assert deleted.args == [first.id]
    assert titles(tab) == ["Second"]
    assert tab.notes.meeting_id != first.id
    store.meetings.restore(first.id)
    assert store.meetings.get(first.id).notes.strip() == "last words"
    assert titles(tab) == ["First", "Second"]


def test_the_delete_key_on_the_list_deletes(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    add_meeting(store, partner, 1, "Only")
    tab.set_partner(partner.id)
    tab.meeting_list.setFocus()

    with qtbot.waitSignal(tab.meeting_deleted):
        qtbot.keyClick(tab.meeting_list, Qt.Key.Key_Delete)

    assert titles(tab) == []
    assert tab.notes.meeting_id is None


def test_return_on_the_list_goes_to_the_notes(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner
) -> None:
    add_meeting(store, partner, 1, "Only")
    tab.set_partner(partner.id)
    tab.meeting_list.setFocus()

    qtbot.keyClick(tab.meeting_list, Qt.Key.Key_Return)

    assert QApplication.focusWidget() is tab.notes.text_edit


# -- the dialog ------------------------------------------------------------------------------

LOCAL = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("minute", "expected"),
    [(0, (10, 0)), (7, (10, 0)), (8, (10, 15)), (22, (10, 15)), (23, (10, 30)), (53, (11, 0))],
)
def test_times_round_to_the_nearest_quarter_hour(minute: int, expected: tuple[int, int]) -> None:
    rounded = round_to_quarter_hour(datetime(2026, 11, 27, 10, minute, 42, tzinfo=LOCAL))

    assert (rounded.hour, rounded.minute, rounded.second) == (*expected, 0)


def test_a_new_meeting_defaults_to_now_rounded_and_suggests_a_title(
    qtbot: QtBot, store: Store, partner: Partner
) -> None:
    now = datetime(2026, 11, 27, 10, 8, tzinfo=UTC)
    dialog = MeetingDialog(store, store.meetings.add, partner_id=partner.id, now=lambda: now)
    qtbot.addWidget(dialog)

    meeting = dialog.build()

    assert meeting.starts_at == datetime(2026, 11, 27, 10, 15, tzinfo=UTC)
    assert meeting.title == "Meeting with Acme Robotics"
    assert meeting.notes == capture_template()
    assert meeting.partner_id == partner.id
    assert dialog.starts_at.calendarPopup()


def test_the_title_follows_the_mode_until_the_user_writes_one(
    qtbot: QtBot, store: Store, partner: Partner
) -> None:
    dialog = MeetingDialog(store, store.meetings.add, partner_id=partner.id)
    qtbot.addWidget(dialog)

    dialog.mode.set_value(MeetingMode.VIDEO)
    assert dialog.title_edit.text() == "Video call with Acme Robotics"

    dialog.title_edit.setText("Budget talk")
    dialog.mode.set_value(MeetingMode.PHONE)
    assert dialog.title_edit.text() == "Budget talk"


def test_attendees_come_from_both_sides_and_are_checkable(
    qtbot: QtBot, store: Store, partner: Partner
) -> None:
    theirs = store.people.add(Person(full_name="Ann Lee", partner_id=partner.id))
    store.people.add(
        Person(full_name="Cy Other", partner_id=store.partners.add(Partner(name="B")).id)
    )
    ours = store.people.add(Person(full_name="Bo Dean"))
    dialog = MeetingDialog(store, store.meetings.add, partner_id=partner.id)
    qtbot.addWidget(dialog)

    assert [dialog.their_people.item(r).text() for r in range(dialog.their_people.count())] == [
        "Ann Lee"
    ]
    assert [dialog.our_people.item(r).text() for r in range(dialog.our_people.count())] == [
        "Bo Dean"
    ]
    dialog.their_people.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.our_people.item(0).setCheckState(Qt.CheckState.Checked)

    assert set(dialog.build().attendee_ids) == {theirs.id, ours.id}


def test_editing_keeps_the_notes_and_the_chosen_attendees(
    qtbot: QtBot, store: Store, partner: Partner
) -> None:
    ann = store.people.add(Person(full_name="Ann Lee", partner_id=partner.id))
    meeting = add_meeting(store, partner, 3, "Visit", "kept\n", attendee_ids=(ann.id,))
    dialog = MeetingDialog(store, store.meetings.update, meeting=meeting)
    qtbot.addWidget(dialog)

    assert dialog.their_people.item(0).checkState() == Qt.CheckState.Checked
    built = dialog.build()
    assert built.notes == "kept\n"
    assert built.id == meeting.id
    assert built.starts_at == meeting.starts_at
    assert built.attendee_ids == (ann.id,)


def test_without_a_partner_the_user_names_one(qtbot: QtBot, store: Store, partner: Partner) -> None:
    store.people.add(Person(full_name="Ann Lee", partner_id=partner.id))
    dialog = MeetingDialog(store, store.meetings.add)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.accept()  # no partner named: stays open and says so
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()

    dialog.partner_input.setText("acme")
    dialog.partner_input.editingFinished.emit()
    assert dialog.partner_input.text() == "Acme Robotics"
    assert dialog.their_people.count() == 1
    assert dialog.title_edit.text() == "Meeting with Acme Robotics"
    dialog.accept()

    assert dialog.saved is not None
    assert dialog.saved.partner_id == partner.id


def test_an_unknown_partner_is_refused_in_the_dialog(qtbot: QtBot, store: Store) -> None:
    dialog = MeetingDialog(store, store.meetings.add)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.partner_input.setText("Nobody like this")

    dialog.accept()

    assert dialog.saved is None
    assert re.search("No partner", dialog.error.text())
