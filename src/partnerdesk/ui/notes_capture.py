"""What every "record this line of notes as …" action shares: its action, and the words.

A capture reads the selection, or the current line when nothing is selected, as one line of
plain text (links to commitments caught before are left out), together with the partner,
the meeting and the line number it came from. Subclasses open their own dialog on it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument

from partnerdesk.store.store import Store
from partnerdesk.ui.notes_editor import NotesEditor

COMMITMENT_LINK_SCHEME = "partnerdesk"


def is_commitment_href(href: str) -> bool:
    return href.startswith(f"{COMMITMENT_LINK_SCHEME}:commitment/")


@dataclass(frozen=True)
class NotesSelection:
    """The words to capture and where they came from."""

    partner_id: int
    meeting_id: int
    text: str
    line_number: int  # the block holding the end of the selection


class NotesCapture(QObject):
    """An action on a notes editor (its shortcut works wherever the focus is in the editor,
    and it is offered in the editor's context menu) that captures the words at the cursor."""

    def __init__(
        self,
        editor: NotesEditor,
        store: Store,
        partner_id_getter: Callable[[], int | None],
        meeting_id_getter: Callable[[], int | None],
        shortcut: str,
        name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._store = store
        self._partner_id = partner_id_getter
        self._meeting_id = meeting_id_getter
        # Subclasses give it its words (translated in their own context).
        self.action = QAction(editor)
        self.action.setObjectName(name)
        self.action.setShortcut(QKeySequence(shortcut))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.capture)
        editor.addAction(self.action)  # so the shortcut works wherever the focus is in it
        editor.add_context_action(self.action)

    def capture(self) -> object | None:
        raise NotImplementedError

    def selection(self) -> NotesSelection | None:
        """The selection (or the current line) of the meeting shown; None when there is none."""
        partner_id = self._partner_id()
        meeting_id = self._meeting_id()
        text_edit = self._editor.text_edit
        if partner_id is None or meeting_id is None or text_edit.isReadOnly():
            return None
        cursor = text_edit.textCursor()
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
        else:
            start = cursor.block().position()
            end = start + cursor.block().length() - 1
        document = text_edit.document()
        text = text_between(document, start, end)
        return NotesSelection(partner_id, meeting_id, text, document.findBlock(end).blockNumber())

    def give_focus_back(self) -> None:
        self._editor.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)


def text_between(document: QTextDocument, start: int, end: int) -> str:
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
        parts.append(" ")  # a captured line is one line: paragraphs are joined by spaces
        block = block.next()
    return "".join(parts).replace("\u2028", " ")
