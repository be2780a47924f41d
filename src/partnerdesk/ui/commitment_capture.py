"""Ctrl+Shift+C in the notes editor: turns the selection or the current line into a commitment."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPalette,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from partnerdesk.domain.models import Commitment
from partnerdesk.store.store import Store
from partnerdesk.ui.notes_editor import NotesEditor

COMMITMENT_LINK_SCHEME = "partnerdesk"
CAPTURE_SHORTCUT = "Ctrl+Shift+C"


def commitment_href(commitment_id: int) -> str:
    """The address a note's link to a commitment carries; the notes editor never opens it."""
    return f"{COMMITMENT_LINK_SCHEME}:commitment/{commitment_id}"


def is_commitment_href(href: str) -> bool:
    return href.startswith(f"{COMMITMENT_LINK_SCHEME}:commitment/")


def commitment_id_of(href: str) -> int | None:
    """The commitment a note's link names, or None for any other address."""
    if not is_commitment_href(href):
        return None
    tail = href.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else None


class CommitmentCapture(QObject):
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
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._store = store
        self._partner_id = partner_id_getter
        self._meeting_id = meeting_id_getter
        self._today = today
        self.action = QAction(self.tr("Co&mmitment from Line…"), editor)
        self.action.setObjectName("notes_capture_commitment")
        self.action.setShortcut(QKeySequence(CAPTURE_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setStatusTip(
            self.tr("Records the selected text or the current line as a commitment")
        )
        self.action.triggered.connect(self.capture)
        editor.addAction(self.action)  # so the shortcut works wherever the focus is in it

    def capture(self) -> Commitment | None:
        """Opens the dialog for the selection or current line; the commitment if one was added."""
        partner_id = self._partner_id()
        meeting_id = self._meeting_id()
        text_edit = self._editor.text_edit
        if partner_id is None or meeting_id is None or text_edit.isReadOnly():
            return None
        cursor = text_edit.textCursor()
        document = text_edit.document()
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
        else:
            start = cursor.block().position()
            end = start + cursor.block().length() - 1
        text = _text_without_commitment_links(cursor.document(), start, end)
        line_number = document.findBlock(end).blockNumber()
        # Loaded on the first capture (with the date rules it uses), not to show the window.
        from partnerdesk.ui.dialogs.capture_commitment_dialog import CaptureCommitmentDialog

        dialog = CaptureCommitmentDialog(
            self._store, partner_id, meeting_id, text, self._today(), self._editor
        )
        dialog.exec()
        commitment = dialog.saved
        dialog.deleteLater()
        if commitment is None:  # cancelled
            text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if self._meeting_id() == meeting_id:
            # The same meeting is still shown (a modal dialog lets nothing else change it).
            block = document.findBlockByNumber(line_number)
            if block.isValid():
                self._append_link(block, commitment.id)
        text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
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


def _text_without_commitment_links(document: QTextDocument, start: int, end: int) -> str:
    """The text between two positions, on one line, less links to commitments caught before."""
    parts: list[str] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            first = max(start, fragment.position())
            last = min(end, fragment.position() + fragment.length())
            if first < last and not is_commitment_href(fragment.charFormat().anchorHref()):
                parts.append(
                    fragment.text()[first - fragment.position() : last - fragment.position()]
                )
            iterator += 1
        parts.append(" ")  # a commitment is one line: paragraphs are joined by spaces
        block = block.next()
    return "".join(parts).replace("\u2028", " ")
