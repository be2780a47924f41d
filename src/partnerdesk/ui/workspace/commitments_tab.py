"""The Commitments tab: both sides' promises, with done, drop, reopen and reschedule."""

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import CommitmentStatus, Direction
from partnerdesk.domain.models import Commitment
from partnerdesk.domain.track_record import Slip, is_overdue, slip_of
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.record_table_model import Column
from partnerdesk.ui.workspace.record_tab import RecordTab


class CommitmentsTab(RecordTab[Commitment]):
    entity = Entity.COMMITMENT
    watched = frozenset({Entity.PERSON})

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        self._today = today
        self._names: dict[int, str] = {}
        self._slips: dict[int, Slip] = {}

        def overdue(c: Commitment) -> bool:
            return is_overdue(c, self._today())

        def closed(c: Commitment) -> bool:
            return c.status is not CommitmentStatus.OPEN

        columns = [
            Column[Commitment](
                self.tr("Who"),
                lambda c: self.tr("We") if c.direction is Direction.OURS else self.tr("They"),
            ),
            Column[Commitment](self.tr("Promise"), lambda c: c.description, muted=closed),
            Column[Commitment](self.tr("Owner"), lambda c: self._names.get(c.owner_id or 0, "")),
            Column[Commitment](self.tr("Due"), lambda c: format_day(c.due_on), warn=overdue),
            Column[Commitment](self.tr("History"), self._history_text, muted=lambda c: True),
            Column[Commitment](self.tr("Status"), self._status_text, warn=overdue, muted=closed),
        ]
        super().__init__(store, bus, undo_stack, columns, parent)
        self.view.setObjectName("commitmentList")
        self.done_button = QPushButton(self.tr("Mark d&one"), self)
        self.done_button.setShortcut(QKeySequence("Ctrl+D"))
        self.done_button.setToolTip(self.tr("Mark done today (Ctrl+D)"))
        self.drop_button = QPushButton(self.tr("Dro&p"), self)
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.reschedule_button = QPushButton(self.tr("Re&schedule…"), self)
        self.draft_button = QPushButton(self.tr("Dra&ft e-mail…"), self)
        self.draft_button.setToolTip(
            self.tr("A reminder of their promise, or a report on ours; sending it is recorded")
        )
        for button, slot in (
            (self.done_button, self.mark_done),
            (self.drop_button, self.drop),
            (self.reopen_button, self.reopen),
            (self.reschedule_button, self.reschedule),
            (self.draft_button, self.draft_email),
        ):
            button.clicked.connect(slot)
            self.buttons.insertWidget(self.buttons.count() - 1, button)
        self._update_buttons()

    def _status_text(self, commitment: Commitment) -> str:
        if is_overdue(commitment, self._today()):
            return self.tr("Overdue")
        if commitment.status is CommitmentStatus.DONE and commitment.done_on is not None:
            return self.tr("Done {date}").format(date=format_day(commitment.done_on))
        return label(commitment.status)

    def _history_text(self, commitment: Commitment) -> str:
        """A slipped promise stays visible: "first due 3 Mar 2026, moved twice"."""
        slip = self._slips.get(commitment.id)
        if slip is None or slip.moves == 0:
            return ""
        moved = (
            self.tr("moved once")
            if slip.moves == 1
            else self.tr("moved {n} times").format(n=slip.moves)
        )
        if slip.first_due is None:
            return moved
        return self.tr("first due {day}, {moved}").format(
            day=format_day(slip.first_due), moved=moved
        )

    def load(self, partner_id: int) -> list[Commitment]:
        self._names = self._store.people.names() | self._store.people.names(partner_id)
        commitments = self._store.commitments.for_partner(partner_id)
        histories = self._store.commitments.histories(c.id for c in commitments)
        self._slips = {cid: slip_of(events) for cid, events in histories.items()}
        return commitments

    def blank(self, partner_id: int) -> Commitment:
        return Commitment(partner_id=partner_id, direction=Direction.OURS, description="")

    def label_of(self, record: Commitment) -> str:
        return record.description[:60]

    def open_editor(self, record: Commitment) -> Commitment | None:
        people = self._store.people.ours() + self._store.people.for_partner(record.partner_id)
        save = self._store.commitments.add if record.id == 0 else self._store.commitments.update
        # Dialogs load when first opened: the window is shown without them.
        from partnerdesk.ui.dialogs.commitment_dialog import CommitmentDialog

        dialog = CommitmentDialog(record, people, save, self)
        dialog.exec()
        return dialog.saved

    def mark_done(self) -> None:
        record = self.current_record()
        if record is not None and record.status is not CommitmentStatus.DONE:
            self._store.commitments.mark_done(record.id)

    def drop(self) -> None:
        record = self.current_record()
        if record is not None and record.status is CommitmentStatus.OPEN:
            self._store.commitments.drop(record.id)

    def reopen(self) -> None:
        record = self.current_record()
        if record is not None and record.status is not CommitmentStatus.OPEN:
            self._store.commitments.reopen(record.id)

    def reschedule(self) -> None:
        record = self.current_record()
        if record is None:
            return
        from partnerdesk.ui.dialogs.reschedule_dialog import RescheduleDialog

        dialog = RescheduleDialog(record.description, record.due_on, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._store.commitments.reschedule(record.id, dialog.new_due_date())

    def draft_email(self) -> None:
        record = self.current_record()
        if record is not None:
            from partnerdesk.ui.draft_commands import draft_for_commitment

            draft_for_commitment(self._store, record, self)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not hasattr(self, "done_button"):
            return  # called by the base class before this class made its buttons
        record = self.current_record()
        is_open = record is not None and record.status is CommitmentStatus.OPEN
        self.done_button.setEnabled(is_open)
        self.drop_button.setEnabled(is_open)
        self.reschedule_button.setEnabled(is_open)
        self.reopen_button.setEnabled(record is not None and not is_open)
        self.draft_button.setEnabled(record is not None)
