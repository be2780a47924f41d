"""Saves the meeting notes on its own, so that at most two seconds of typing are ever at risk."""

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.notes_editor import NotesEditor

IDLE_MS = 700
MAX_INTERVAL_MS = 2000
# The part of the bound kept for what happens after the timer is due: the event loop
# finishing its current work, the timer's own lateness, and the commit with its fsync.
# With the whole bound on the timer, a kill -9 just before a save lost 2.0-2.3 s of typing.
MARGIN_DIVISOR = 4
MAX_REASON_LENGTH = 160

SaveNotes = Callable[[int, str], datetime]

log = logging.getLogger(__name__)


class Autosaver(QObject):
    """Writes the editor's notes through `save` shortly after typing pauses.

    Two timers run while there are unsaved edits: one restarted by every edit (the pause),
    and one that is not, so that no more than `max_interval_ms` of typing goes unsaved
    while typing goes on: it fires a quarter of that bound early, leaving the rest for
    the save itself to finish. `flush()` saves at once; call it on switching meeting,
    focus loss, close and quit. A failed save keeps the text (and any typed after it)
    and is retried.

    `state_changed(state, detail)`: "saving" (edits not yet stored), "saved" (detail: the
    local time as "10:42"; only after `save` returned) or "failed" (detail: the reason).
    """

    state_changed = Signal(str, str)

    def __init__(
        self,
        editor: NotesEditor,
        save: SaveNotes,
        parent: QObject | None = None,
        *,
        idle_ms: int = IDLE_MS,
        max_interval_ms: int = MAX_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._save = save
        self._dirty = False
        self._saving = False
        self._stored_text = ""
        # Notes of meetings switched away from while their save was failing; kept, retried.
        self._unsaved_elsewhere: dict[int, str] = {}
        self._state = ""
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(idle_ms)
        self._idle_timer.timeout.connect(self.flush)
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        # A coarse timer may fire 5% late; this one bounds what a crash can take.
        self._deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline_timer.setInterval(max_interval_ms - max_interval_ms // MARGIN_DIVISOR)
        self._deadline_timer.timeout.connect(self.flush)
        editor.edited.connect(self._on_edited)
        editor.focus_lost.connect(self.flush)

    # -- what others ask ---------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Whether the editor holds edits that are not stored yet."""
        return self._dirty

    @property
    def has_unsaved(self) -> bool:
        """Whether any notes, shown or not, are not stored yet."""
        return self._dirty or bool(self._unsaved_elsewhere)

    @property
    def is_saving(self) -> bool:
        """True while `save` runs, so that a view can ignore the change it reports."""
        return self._saving

    @property
    def stored_text(self) -> str:
        """The notes of the shown meeting as last loaded from or written to the notebook."""
        return self._stored_text

    @property
    def state(self) -> str:
        return self._state

    # -- what others tell ---------------------------------------------------------------------

    def load(self, meeting_id: int | None, stored_notes: str) -> None:
        """Shows another meeting's notes, first saving the shown ones (or keeping them)."""
        self.flush()
        shown = self._editor.meeting_id
        if self._dirty and shown is not None:
            self._unsaved_elsewhere[shown] = self._editor.markdown()
        self._dirty = False
        kept = self._unsaved_elsewhere.pop(meeting_id, None) if meeting_id is not None else None
        self._stored_text = stored_notes
        self._editor.set_meeting(meeting_id, stored_notes if kept is None else kept)
        if kept is not None:
            self._mark_dirty()
        elif self._unsaved_elsewhere:
            self._deadline_timer.start()  # keep retrying the notes of the other meeting

    def reload(self, stored_notes: str) -> None:
        """Shows notes of the same meeting changed elsewhere, unless edits here are unsaved."""
        if self._dirty or stored_notes == self._stored_text:
            return
        self._stored_text = stored_notes
        self._editor.reload(stored_notes)

    def flush(self) -> bool:
        """Saves now whatever is unsaved; True when nothing is left unsaved."""
        self._idle_timer.stop()
        self._deadline_timer.stop()
        if not self.has_unsaved:
            return True
        failure = ""
        saved_at: datetime | None = None
        for meeting_id, text in list(self._unsaved_elsewhere.items()):
            try:
                saved_at = self._save_one(meeting_id, text)
            except Exception as error:  # shown to the user, kept, retried
                failure = failure or _reason(error)
            else:
                del self._unsaved_elsewhere[meeting_id]
        shown_id = self._editor.meeting_id
        if self._dirty and shown_id is not None:
            text = self._editor.markdown()
            try:
                saved_at = self._save_one(shown_id, text)
            except Exception as error:  # shown to the user, kept, retried
                failure = failure or _reason(error)
            else:
                self._dirty = False
                self._stored_text = text
        if failure:
            self._set_state("failed", failure)
            self._deadline_timer.start()  # try again even if no more typing comes
            return False
        if saved_at is not None:
            self._set_state("saved", saved_at.astimezone().strftime("%H:%M"))
        return True

    # -- inside ---------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._idle_timer.start()  # restarted by every edit: fires once typing pauses
        if not self._deadline_timer.isActive():
            self._deadline_timer.start()  # not restarted: bounds the typing at risk
        if self._state != "failed":
            self._set_state("saving", "")

    def _save_one(self, meeting_id: int, text: str) -> datetime:
        self._saving = True
        try:
            return self._save(meeting_id, text)
        except Exception:
            log.warning("Notes of meeting %s not saved", meeting_id, exc_info=True)
            raise
        finally:
            self._saving = False

    def _set_state(self, state: str, detail: str) -> None:
        self._state = state
        self.state_changed.emit(state, detail)


def _reason(error: Exception) -> str:
    """A short reason for the status bar; database errors lose their SQL and class prefix."""
    if isinstance(error, PartnerDeskError):
        return error_text(error)
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    text = text.split(" [SQL:")[0]
    if text.startswith("(") and ") " in text:
        text = text.split(") ", 1)[1]  # "(sqlite3.OperationalError) disk I/O error"
    if len(text) > MAX_REASON_LENGTH:
        text = text[: MAX_REASON_LENGTH - 1] + "…"
    return text
