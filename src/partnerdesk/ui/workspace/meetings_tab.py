"""A partner's meetings: the list, the chosen meeting's details, and its notes (autosaved)."""

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.errors import NotFound, PartnerDeskError
from partnerdesk.domain.models import Meeting
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.autosave import Autosaver
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.commitment_capture import CommitmentCapture, commitment_id_of
from partnerdesk.ui.dialogs.meeting_dialog import MeetingDialog
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.formatting import format_moment
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.meeting_list_model import MeetingListModel
from partnerdesk.ui.need_capture import NeedCapture
from partnerdesk.ui.notes_editor import NotesEditor
from partnerdesk.ui.selectable_label import SelectableLabel
from partnerdesk.ui.undo import trash_with_undo


class MeetingsTab(QWidget):
    """One partner's meeting log with the notes editor; notes save themselves.

    Switching meeting or partner saves the notes first. `meeting_deleted(id)` tells the main
    window a meeting went to the Trash (so it can offer undo); `meeting_created(id, partner)`
    that one was added, possibly for another partner than the one shown.
    """

    meeting_deleted = Signal(int)
    # A link in the notes asked for another item of the partner (a Target).
    item_requested = Signal(object)
    meeting_created = Signal(int, int)

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._undo_stack = undo_stack
        self._partner_id: int | None = None
        self._meeting: Meeting | None = None
        self._syncing_selection = False
        # A partner was set while the tab was hidden: its meetings load when it is shown.
        self._stale = False

        self._model = MeetingListModel(self)
        self.meeting_list = QTableView(self)
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        self.meeting_list.setModel(self._model)
        self.meeting_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meeting_list.setTabKeyNavigation(False)
        self.meeting_list.setWordWrap(False)
        self.meeting_list.verticalHeader().hide()
        header = self.meeting_list.horizontalHeader()
        # Widths from sample text: sizing to contents would read every meeting's cells
        # again on each selection of a partner, hundreds for a long partnership.
        metrics = self.meeting_list.fontMetrics()
        samples = {
            MeetingListModel.DATE: [
                format_moment(datetime(2026, month, 28, 23, 59, tzinfo=UTC))
                for month in range(1, 13)
            ],
            MeetingListModel.MODE: [label(mode) for mode in MeetingMode],
        }
        for column, texts in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(
                column, max(metrics.horizontalAdvance(text) for text in texts) + 24
            )
        header.setStretchLastSection(True)
        self.meeting_list.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.meeting_list.doubleClicked.connect(self.edit_meeting)

        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.new_button.setObjectName("newMeetingButton")
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editMeetingButton")
        self.edit_button.setToolTip(self.tr("Edit the meeting's date, mode, place and attendees"))
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button = QPushButton(self.tr("Move to &Trash"), self)
        self.delete_button.setObjectName("deleteMeetingButton")
        self.delete_button.clicked.connect(self.delete_meeting)
        delete_action = QAction(self.tr("Move meeting to Trash"), self.meeting_list)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_meeting)
        self.meeting_list.addAction(delete_action)
        to_notes = QAction(self.tr("Write in the notes"), self.meeting_list)
        to_notes.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        to_notes.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        to_notes.triggered.connect(self._focus_notes)
        self.meeting_list.addAction(to_notes)

        # Selectable once the mouse is over them: cheap to lay out on each partner selected.
        self.summary = SelectableLabel(self)
        self.summary.setObjectName("meetingSummary")
        self.attendees = SelectableLabel(self)
        self.attendees.setObjectName("meetingAttendees")
        for details in (self.summary, self.attendees):
            details.setWordWrap(True)

        self.notes = NotesEditor(self)
        # Ctrl+Shift+C turns the current line of notes into a commitment, linked back.
        self.commitment_capture = CommitmentCapture(
            self.notes,
            store,
            lambda: self._partner_id,
            lambda: self.meeting_id,
            today=today,
            parent=self,
        )
        # Ctrl+Shift+N records the selection (or line) as one of the partner's needs.
        self.need_capture = NeedCapture(
            self.notes, store, lambda: self._partner_id, lambda: self.meeting_id, parent=self
        )
        self.notes.text_edit.internal_link_activated.connect(self._on_internal_link)
        self._autosaver = Autosaver(self.notes, store.meetings.save_notes, self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.attendees)
        right_layout.addWidget(self.notes, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.meeting_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        # Room for a meeting's date, mode and the start of its title.
        splitter.setSizes([320, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.meeting_list, self.notes.text_edit)
        QWidget.setTabOrder(self.notes.text_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)

        bus.changed.connect(self._on_store_changed)
        self._show_meeting(None)

    # -- public API -----------------------------------------------------------------------------

    @property
    def autosaver(self) -> Autosaver:
        return self._autosaver

    @property
    def partner_id(self) -> int | None:
        return self._partner_id

    @property
    def meeting_id(self) -> int | None:
        return self._meeting.id if self._meeting is not None else None

    def set_partner(self, partner_id: int | None) -> None:
        """Shows a partner's meetings (newest selected), saving the notes on screen first.

        Behind another tab of a shown window, the meetings load when this tab is shown:
        selecting a partner pays only for what is on screen.
        """
        self._autosaver.flush()
        self._partner_id = partner_id
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            self._fill_list([])
            self._show_meeting(None)
            return
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def select_meeting(self, meeting_id: int) -> None:
        """Selects one of the shown partner's meetings (saving the notes on screen first)."""
        if self._stale:
            self._load()
        row = self._model.row_of(meeting_id)
        if row is None:
            return
        self.meeting_list.selectionModel().setCurrentIndex(
            self._model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def reveal_words(self, meeting_id: int, words: Sequence[str]) -> bool:
        """Selects the first of `words` in the shown meeting's notes, scrolled into view.

        The notes take the focus so the selection shows; typing over it is undone by Ctrl+Z
        like any edit. False when that meeting is not shown or none of the words is in it.
        """
        if self.meeting_id != meeting_id or not self.notes.select_first_of(words):
            return False
        self.notes.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def flush(self) -> bool:
        """Saves the notes now; False if they could not be saved (they stay in the editor)."""
        return self._autosaver.flush()

    def new_meeting(self) -> None:
        """Asks for a new meeting's details; it starts with the capture template as notes."""
        self._autosaver.flush()
        # Dialogs load when first opened: the window is shown without them.

        dialog = MeetingDialog(
            self._store, self._store.meetings.add, self, partner_id=self._partner_id
        )
        dialog.exec()
        meeting = dialog.saved
        dialog.deleteLater()
        if meeting is None:  # cancelled
            return
        if meeting.partner_id == self._partner_id:
            self.select_meeting(meeting.id)
            self._start_typing_under_first_heading()
        self.meeting_created.emit(meeting.id, meeting.partner_id)

    def edit_meeting(self) -> None:
        """Edits the shown meeting's details (not its notes, which stay as typed)."""
        if self._meeting is None:
            return
        self._autosaver.flush()
        try:
            meeting = self._store.meetings.get(self._meeting.id)
        except NotFound:
            return

        dialog = MeetingDialog(self._store, self._save_details, self, meeting=meeting)
        dialog.exec()
        dialog.deleteLater()

    def _on_internal_link(self, href: str) -> None:
        commitment_id = commitment_id_of(href)
        if commitment_id is not None and self._partner_id is not None:
            self.item_requested.emit(Target(self._partner_id, Entity.COMMITMENT, commitment_id))

    def delete_meeting(self) -> None:
        """Moves the shown meeting to the Trash (Ctrl+Z restores it), notes saved first."""
        if self._meeting is None:
            return
        meeting_id = self._meeting.id
        self._autosaver.flush()
        shown = self._meeting.title or format_moment(self._meeting.starts_at)
        try:
            trash_with_undo(self._undo_stack, self._store, Entity.MEETING, meeting_id, shown)
        except PartnerDeskError as error:
            QMessageBox.warning(self, self.tr("Meeting not deleted"), error_text(error))
            return
        self.meeting_deleted.emit(meeting_id)

    # -- inside ---------------------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        partner_id = self._partner_id
        meetings = self._store.meetings.for_partner(partner_id) if partner_id is not None else []
        self._fill_list(meetings)
        self._show_meeting(meetings[0] if meetings else None)

    def _save_details(self, meeting: Meeting) -> Meeting:
        # Notes may have been saved while the dialog was open (a retried autosave): keep
        # the stored notes, never the copy the dialog started from.
        self._autosaver.flush()
        latest = self._store.meetings.get(meeting.id)
        return self._store.meetings.update(dataclasses.replace(meeting, notes=latest.notes))

    def _fill_list(self, meetings: Sequence[Meeting], select_id: int | None = None) -> None:
        self._syncing_selection = True
        try:
            self._model.set_meetings(meetings)
            row = self._model.row_of(select_id) if select_id is not None else None
            if row is None and meetings:
                row = 0
            if row is not None:
                self.meeting_list.selectionModel().setCurrentIndex(
                    self._model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._syncing_selection = False

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_selection:
            return
        chosen = self._model.meeting_at(current.row()) if current.isValid() else None
        if chosen is None or (self._meeting is not None and chosen.id == self._meeting.id):
            return
        try:
            fresh = self._store.meetings.get(chosen.id)  # the list may hold older notes
        except NotFound:
            fresh = None
        self._show_meeting(fresh)

    def _show_meeting(self, meeting: Meeting | None) -> None:
        """Shows a meeting's details and notes; the autosaver saves the previous notes first."""
        self._meeting = meeting
        if meeting is None:
            self._autosaver.load(None, "")
        else:
            self._autosaver.load(meeting.id, meeting.notes)
        self._show_details(meeting)
        has_meeting = meeting is not None
        for capture in (self.commitment_capture, self.need_capture):
            capture.action.setEnabled(has_meeting)  # in the menus too: greyed without notes
        self.edit_button.setEnabled(has_meeting)
        self.delete_button.setEnabled(has_meeting)
        self.new_button.setEnabled(True)

    def _show_details(self, meeting: Meeting | None) -> None:
        if meeting is None:
            self.summary.setText(
                self.tr("No meetings yet. Press New meeting to log one.")
                if self._partner_id is not None
                else ""
            )
            self.attendees.setText("")
            return
        parts = [
            format_moment(meeting.starts_at),
            self.tr("{minutes} min").format(minutes=meeting.duration_minutes),
            label(meeting.mode),
        ]
        if meeting.location:
            parts.append(meeting.location)
        if meeting.at_partner_premises:
            parts.append(self.tr("at their premises"))
        self.summary.setText(" · ".join(parts))
        self.attendees.setText(self._attendee_text(meeting))

    def _attendee_text(self, meeting: Meeting) -> str:
        if not meeting.attendee_ids:
            return self.tr("Attendees: none recorded")
        # Names and sides only, by name: whole records would cost the selection its frame.
        people = self._store.workspace.attendees(meeting.attendee_ids)
        theirs = ", ".join(name for name, partner in people if partner is not None)
        ours = ", ".join(name for name, partner in people if partner is None)
        lines = []
        if theirs:
            lines.append(self.tr("Theirs: {names}").format(names=theirs))
        if ours:
            lines.append(self.tr("Ours: {names}").format(names=ours))
        return "\n".join(lines)

    def _focus_notes(self) -> None:
        if self.notes.meeting_id is not None:
            self.notes.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _start_typing_under_first_heading(self) -> None:
        editor = self.notes.text_edit
        cursor = editor.textCursor()
        cursor.setPosition(editor.document().firstBlock().position())
        cursor.movePosition(cursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_store_changed(self, change: Change) -> None:
        if self._partner_id is None or (self._stale and change.entity is not Entity.PARTNER):
            return  # nothing shown, or all of it loads when the tab is shown
        if change.entity is Entity.NOTEBOOK:
            self._refresh()
        elif change.entity is Entity.MEETING:
            if self._autosaver.is_saving:
                return  # our own notes save: the list and details are unchanged
            if self._partner_id in change.partner_ids:
                self._refresh()
        elif change.entity is Entity.PERSON:
            touches_us = not change.partner_ids or self._partner_id in change.partner_ids
            if touches_us and self._meeting is not None:
                self._show_details(self._meeting)
        elif (
            change.entity is Entity.PARTNER
            and self._partner_id in change.ids
            and change.action in (Action.DELETED, Action.PURGED)
        ):
            self.set_partner(None)

    def _refresh(self) -> None:
        """Reloads the list and the shown meeting after a change made elsewhere."""
        assert self._partner_id is not None
        shown_id = self.meeting_id
        shown_row = self.meeting_list.currentIndex().row()
        meetings = self._store.meetings.for_partner(self._partner_id)
        fresh = next((m for m in meetings if m.id == shown_id), None)
        select_id: int | None = shown_id
        if fresh is None and meetings:
            # The shown meeting went (to the Trash): show its neighbour.
            select_id = meetings[min(max(shown_row, 0), len(meetings) - 1)].id
        self._fill_list(meetings, select_id)
        if fresh is not None:
            self._meeting = fresh
            self._show_details(fresh)
            self._autosaver.reload(fresh.notes)  # only if not being edited here
        else:
            selected = next((m for m in meetings if m.id == select_id), None)
            self._show_meeting(selected)
