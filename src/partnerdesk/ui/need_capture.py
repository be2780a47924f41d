"""Ctrl+Shift+N in the notes editor: records the selection or the current line as a need."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from partnerdesk.domain.commitment_capture import clean_commitment_text
from partnerdesk.domain.models import Need
from partnerdesk.domain.need_capture import guess_need_category
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.need_dialog import NeedDialog
from partnerdesk.ui.formatting import format_meeting
from partnerdesk.ui.notes_capture import NotesCapture
from partnerdesk.ui.notes_editor import NotesEditor

NEED_SHORTCUT = "Ctrl+Shift+N"


class NeedCapture(NotesCapture):
    """Adds "Record as Need…" to a notes editor.

    The words prefill a NeedDialog whose origin is the meeting shown and whose category is
    guessed where the words are plain (talent, skills…); the user edits it all before OK.
    `captured(need)` tells who cares that one was added this way.
    """

    captured = Signal(object)

    def __init__(
        self,
        editor: NotesEditor,
        store: Store,
        partner_id_getter: Callable[[], int | None],
        meeting_id_getter: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            editor,
            store,
            partner_id_getter,
            meeting_id_getter,
            NEED_SHORTCUT,
            "notes_record_need",
            parent,
        )
        self.action.setText(self.tr("Record as N&eed…"))
        self.action.setStatusTip(
            self.tr("Records the selected text or the current line in the partner's needs")
        )

    def capture(self) -> Need | None:
        """Opens the need dialog for the selection or current line; the need if one was added."""
        selection = self.selection()
        if selection is None:
            return None
        description = clean_commitment_text(selection.text)
        need = Need(
            partner_id=selection.partner_id,
            description=description,
            category=guess_need_category(description),
            meeting_id=selection.meeting_id,
        )
        starts_at, title = self._store.meetings.headings([selection.meeting_id]).get(
            selection.meeting_id, (None, "")
        )
        dialog = NeedDialog(
            need,
            self._store.needs.add,
            self._editor,
            initiatives=self._store.initiatives.for_partner(selection.partner_id),
            origin=format_meeting(starts_at, title) if starts_at is not None else title,
        )
        dialog.setWindowTitle(self.tr("Need from the notes"))
        # Not in the text box, where Return would add a line: Return accepts the guesses.
        dialog.category.setFocus()
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        self.give_focus_back()
        if saved is not None:
            self.captured.emit(saved)
        return saved
