"""Ctrl+Shift+C in the notes editor: turns the selection or the current line into a commitment."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette, QTextBlock, QTextCharFormat, QTextCursor

from partnerdesk.domain.models import Commitment
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.capture_commitment_dialog import CaptureCommitmentDialog
from partnerdesk.ui.notes_capture import COMMITMENT_LINK_SCHEME, NotesCapture, is_commitment_href
from partnerdesk.ui.notes_editor import NotesEditor

CAPTURE_SHORTCUT = "Ctrl+Shift+C"


def commitment_href(commitment_id: int) -> str:
    """The address a note's link to a commitment carries; the notes editor never opens it."""
    return f"{COMMITMENT_LINK_SCHEME}:commitment/{commitment_id}"


def commitment_id_of(href: str) -> int | None:
    """The commitment a note's link names, or None for any other address."""
    if not is_commitment_href(href):
        return None
    tail = href.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else None


class CommitmentCapture(NotesCapture):
    """Adds the "Commitment from line" action to a notes editor.

    The line (or selection) prefills a CaptureCommitmentDialog; once the commitment is saved,
    a link to it is appended to that line, so the note keeps it (the autosave stores it).
    `captured(commitment)` tells who cares that one was added this way.
    """

    captured = Signal(object)

    def __init__(
        self,
        editor: NotesEditor,
        store: Store,
        partner_id_getter: Callable[[], int | None],
        meeting_id_getter: Callable[[], int | None],
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            editor,
            store,
            partner_id_getter,
            meeting_id_getter,
            CAPTURE_SHORTCUT,
            "notes_capture_commitment",
            parent,
        )
        self.action.setText(self.tr("Co&mmitment from Line…"))
        self.action.setStatusTip(
            self.tr("Records the selected text or the current line as a commitment")
        )
        self._today = today

    def capture(self) -> Commitment | None:
        """Opens the dialog for the selection or current line; the commitment if one was added."""
        selection = self.selection()
        if selection is None:
            return None
        dialog = CaptureCommitmentDialog(
            self._store,
            selection.partner_id,
            selection.meeting_id,
            selection.text,
            self._today(),
            self._editor,
        )
        dialog.exec()
        commitment = dialog.saved
        dialog.deleteLater()
        if commitment is None:  # cancelled
            self.give_focus_back()
            return None
        if self._meeting_id() == selection.meeting_id:
            # The same meeting is still shown (a modal dialog lets nothing else change it).
            block = self._editor.text_edit.document().findBlockByNumber(selection.line_number)
            if block.isValid():
                self._append_link(block, commitment.id)
        self.give_focus_back()
        self.captured.emit(commitment)
        return commitment

    def _append_link(self, block: QTextBlock, commitment_id: int) -> None:
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        plain = QTextCharFormat(cursor.charFormat())
        plain.setAnchor(False)
        plain.clearProperty(QTextCharFormat.Property.AnchorHref)
        plain.clearProperty(QTextCharFormat.Property.ForegroundBrush)
        linked = QTextCharFormat(plain)
        linked.setAnchor(True)
        linked.setAnchorHref(commitment_href(commitment_id))
        linked.setForeground(self._editor.palette().brush(QPalette.ColorRole.Link))
        cursor.beginEditBlock()  # one undo step
        cursor.insertText(" ", plain)
        cursor.insertText(self.tr("→ commitment"), linked)
        cursor.endEditBlock()
        text_edit = self._editor.text_edit
        text_edit.setTextCursor(cursor)
        # What is typed next at the end of the line is ordinary text, not more of the link.
        text_edit.setCurrentCharFormat(plain)
