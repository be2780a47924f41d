"""Ctrl+Shift+C in meeting notes: a line becomes a commitment, and the note links to it."""

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Meeting, Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.commitment_capture import CommitmentCapture, commitment_href
from partnerdesk.ui.dialogs.capture_commitment_dialog import CaptureCommitmentDialog
from partnerdesk.ui.workspace.meetings_tab import MeetingsTab
from tests.conftest import TODAY

HOSTILE = '<b>Acme</b><a href="x">y</a>'


@pytest.fixture
def partner(store: Store) -> Partner:
    return store.partners.add(Partner(name="Acme Robotics"))


@pytest.fixture
def meeting(store: Store, partner: Partner) -> Meeting:
    return store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=datetime(2026, 11, 20, 9, tzinfo=UTC))
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


@pytest.fixture
def capture(tab: MeetingsTab, store: Store) -> CommitmentCapture:
    return tab.commitment_capture


def when_dialog_opens(handle: Callable[[CaptureCommitmentDialog], None]) -> list[bool]:
    """Runs `handle` on the modal dialog once it is shown; it is cancelled if still open.

    The returned list gets True when the dialog was handled, False if none ever opened.
    """
    seen: list[bool] = []
    tries = [0]

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CaptureCommitmentDialog):
            tries[0] += 1
            if tries[0] < 100:  # the event loop may turn before the dialog is shown
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


def press_ok(dialog: CaptureCommitmentDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def type_line(qtbot: QtBot, tab: MeetingsTab, text: str) -> None:
    tab.notes.text_edit.setFocus()
    tab.notes.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.notes.text_edit, text)


def press_capture(qtbot: QtBot, tab: MeetingsTab) -> None:
    # A closed dialog leaves no window active on the offscreen platform; a desktop would
    # give the activation back to the main window.
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.notes.text_edit.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.notes.text_edit, Qt.Key.Key_C, modifiers)


def test_a_line_of_notes_becomes_a_theirs_commitment_linked_from_the_note(
    qtbot: QtBot,
    tab: MeetingsTab,
    store: Store,
    partner: Partner,
    meeting: Meeting,
    capture: CommitmentCapture,
) -> None:
    type_line(qtbot, tab, "They will send the job descriptions by 15/12")
    prefilled: dict[str, object] = {}

    def check_and_accept(dialog: CaptureCommitmentDialog) -> None:
        prefilled["direction"] = dialog.direction.value()
        prefilled["due"] = dialog.due.value()
        prefilled["description"] = dialog.description.toPlainText()
        prefilled["note"] = dialog.due_note.text()
        press_ok(dialog)

    seen = when_dialog_opens(check_and_accept)
    with qtbot.waitSignal(capture.captured) as captured:
        press_capture(qtbot, tab)

    assert seen == [True]
    assert prefilled == {
        "direction": Direction.THEIRS,
        "due": date(2026, 12, 15),
        "description": "They will send the job descriptions by 15/12",
        "note": prefilled["note"],
    }
    assert "15/12" in str(prefilled["note"])
    [commitment] = store.commitments.for_partner(partner.id)
    assert captured.args == [commitment]
    assert commitment.direction is Direction.THEIRS
    assert commitment.due_on == date(2026, 12, 15)
    assert commitment.meeting_id == meeting.id
    assert commitment.description == "They will send the job descriptions by 15/12"
    line = tab.notes.text_edit.document().firstBlock()
    assert line.text() == "They will send the job descriptions by 15/12 → commitment"
    href = commitment_href(commitment.id)
    assert f"[→ commitment]({href})" in tab.notes.markdown()
    # The autosave keeps the link with the note.
    assert tab.flush()
    assert f"[→ commitment]({href})" in store.meetings.get(meeting.id).notes
    # Typing on goes on as plain text, not as more of the link.
    qtbot.keyClicks(tab.notes.text_edit, "!")
    assert tab.notes.markdown().rstrip().endswith(f"({href})!")


def test_return_accepts_the_guesses(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner, capture: CommitmentCapture
) -> None:
    type_line(qtbot, tab, "Acme will host the students in 10 days")

    def press_return(dialog: CaptureCommitmentDialog) -> None:
        focused = dialog.focusWidget()
        assert focused is dialog.direction
        qtbot.keyClick(focused, Qt.Key.Key_Return)

    seen = when_dialog_opens(press_return)
    press_capture(qtbot, tab)

    assert seen == [True]
    [commitment] = store.commitments.for_partner(partner.id)
    assert commitment.direction is Direction.THEIRS
    assert commitment.due_on == date(2026, 12, 7)


def test_cancelling_adds_nothing(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner, capture: CommitmentCapture
) -> None:
    type_line(qtbot, tab, "We will host their visit next week")
    seen = when_dialog_opens(lambda dialog: dialog.reject())

    press_capture(qtbot, tab)

    assert seen == [True]
    assert store.commitments.for_partner(partner.id) == []
    assert tab.notes.text_edit.toPlainText() == "We will host their visit next week"


def test_the_selection_is_captured_and_the_link_ends_its_last_line(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner, capture: CommitmentCapture
) -> None:
    tab.notes.set_meeting(tab.meeting_id, "- Lunch went well\n- We will send two CVs by tomorrow\n")
    text_edit = tab.notes.text_edit
    block = text_edit.document().findBlockByNumber(1)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + len("We will "), QTextCursor.MoveMode.KeepAnchor)
    cursor.setPosition(block.position())
    cursor.setPosition(
        block.position() + len("We will send two CVs"), QTextCursor.MoveMode.KeepAnchor
    )
    text_edit.setTextCursor(cursor)
    text_edit.setFocus()
    seen = when_dialog_opens(press_ok)

    press_capture(qtbot, tab)

    assert seen == [True]
    [commitment] = store.commitments.for_partner(partner.id)
    assert commitment.description == "We will send two CVs"
    assert commitment.direction is Direction.OURS
    assert commitment.due_on is None
    assert text_edit.document().findBlockByNumber(1).text().endswith("by tomorrow → commitment")
    assert text_edit.document().firstBlock().text() == "Lunch went well"


def test_without_a_date_the_dialog_says_so_and_sets_none(
    qtbot: QtBot, store: Store, partner: Partner, meeting: Meeting
) -> None:
    dialog = CaptureCommitmentDialog(
        store, partner.id, meeting.id, "- [ ] Acme to share the syllabus", TODAY
    )
    qtbot.addWidget(dialog)

    assert dialog.description.toPlainText() == "Acme to share the syllabus"
    assert dialog.direction.value() == Direction.THEIRS
    assert dialog.due.value() is None
    no_date = dialog.due.findChild(QCheckBox)
    assert no_date is not None
    assert no_date.isChecked()
    assert dialog.due_note.text() == "No date found in “Acme to share the syllabus”."


def test_an_unreadable_date_is_named(
    qtbot: QtBot, store: Store, partner: Partner, meeting: Meeting
) -> None:
    dialog = CaptureCommitmentDialog(store, partner.id, meeting.id, "Send it by 31/02", TODAY)
    qtbot.addWidget(dialog)

    assert dialog.due.value() is None
    assert "“31/02”" in dialog.due_note.text()


def test_the_owner_is_chosen_among_the_side_that_promised(
    qtbot: QtBot, store: Store, partner: Partner, meeting: Meeting
) -> None:
    theirs = store.people.add(Person(full_name="Dana Okafor", partner_id=partner.id))
    ours = store.people.add(Person(full_name="Sam Lee"))
    dialog = CaptureCommitmentDialog(
        store, partner.id, meeting.id, "Dana Okafor will send the CVs", TODAY
    )
    qtbot.addWidget(dialog)

    def offered() -> list[int | None]:
        return [dialog.owner.itemData(index) for index in range(dialog.owner.count())]

    assert dialog.direction.value() == Direction.OURS  # no clue in the text: ours
    assert offered() == [None, ours.id]
    dialog.direction.set_value(Direction.THEIRS)
    assert offered() == [None, theirs.id]
    assert dialog.owner.person_id() == theirs.id  # named in the text
    press_ok(dialog)

    [commitment] = store.commitments.for_partner(partner.id)
    assert commitment.owner_id == theirs.id
    assert commitment.direction is Direction.THEIRS


def test_a_named_owner_is_preselected(
    qtbot: QtBot, store: Store, partner: Partner, meeting: Meeting
) -> None:
    theirs = store.people.add(Person(full_name="Dana Okafor", partner_id=partner.id))
    dialog = CaptureCommitmentDialog(
        store, partner.id, meeting.id, "They will ask Dana Okafor for CVs", TODAY
    )
    qtbot.addWidget(dialog)

    assert dialog.owner.person_id() == theirs.id


def test_an_empty_description_is_refused_in_place(
    qtbot: QtBot, store: Store, partner: Partner, meeting: Meeting
) -> None:
    dialog = CaptureCommitmentDialog(store, partner.id, meeting.id, "- [ ] ", TODAY)
    qtbot.addWidget(dialog)
    press_ok(dialog)

    assert dialog.saved is None
    assert dialog.error.isVisibleTo(dialog)
    assert store.commitments.for_partner(partner.id) == []


def test_hostile_text_is_shown_literally(
    qtbot: QtBot, store: Store, partner: Partner, meeting: Meeting
) -> None:
    dialog = CaptureCommitmentDialog(store, partner.id, meeting.id, HOSTILE, TODAY)
    qtbot.addWidget(dialog)

    assert dialog.description.toPlainText() == HOSTILE
    assert dialog.due_note.textFormat() is Qt.TextFormat.PlainText
    assert HOSTILE in dialog.due_note.text()


def test_a_line_captured_again_leaves_its_old_link_out(
    qtbot: QtBot, tab: MeetingsTab, store: Store, partner: Partner, capture: CommitmentCapture
) -> None:
    type_line(qtbot, tab, "We will call them tomorrow")
    first = when_dialog_opens(press_ok)
    press_capture(qtbot, tab)
    assert first == [True]
    descriptions: list[str] = []

    def note_and_accept(dialog: CaptureCommitmentDialog) -> None:
        descriptions.append(dialog.description.toPlainText())
        press_ok(dialog)

    when_dialog_opens(note_and_accept)
    press_capture(qtbot, tab)

    # And a selection over the link leaves it out too.
    cursor = tab.notes.text_edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    tab.notes.text_edit.setTextCursor(cursor)
    when_dialog_opens(note_and_accept)
    press_capture(qtbot, tab)

    assert descriptions == ["We will call them tomorrow", "We will call them tomorrow"]
    assert len(store.commitments.for_partner(partner.id)) == 3
    assert tab.notes.text_edit.toPlainText().count("→ commitment") == 3


def test_nothing_happens_without_a_meeting(
    qtbot: QtBot, store: Store, bus: ChangeBus, partner: Partner
) -> None:
    tab = MeetingsTab(store, bus, QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(tab)
    capture = tab.commitment_capture
    tab.set_partner(partner.id)  # a partner without meetings

    assert capture.capture() is None
    assert QApplication.activeModalWidget() is None


def test_a_commitment_link_opens_the_commitment_never_the_desktop(
    qtbot: QtBot, tab: MeetingsTab, capture: CommitmentCapture
) -> None:
    opened: list[object] = []
    tab.notes.text_edit.open_url = opened.append

    with qtbot.waitSignal(tab.item_requested) as requested:
        assert tab.notes.text_edit.open_link(commitment_href(3))
    assert opened == []
    target = requested.args[0]
    assert (target.partner_id, target.entity.value, target.item_id) == (
        tab.partner_id,
        "commitment",
        3,
    )


def test_the_action_is_on_the_editor_with_its_shortcut(
    tab: MeetingsTab, capture: CommitmentCapture
) -> None:
    action = capture.action
    assert action in tab.notes.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert action.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert isinstance(action.parent(), QWidget)
