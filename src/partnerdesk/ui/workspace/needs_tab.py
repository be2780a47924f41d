"""The Needs tab: what the partner told us they need, by priority, and our offers for it."""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import NeedStatus, Priority
from partnerdesk.domain.models import Initiative, Need
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.need_dialog import NeedDialog
from partnerdesk.ui.formatting import format_meeting
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.record_table_model import Column
from partnerdesk.ui.workspace.need_matches_panel import NeedMatchesPanel
from partnerdesk.ui.workspace.record_tab import RecordTab

_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


class NeedsTab(RecordTab[Need]):
    entity = Entity.NEED
    # Its columns name meetings and initiatives.
    watched = frozenset({Entity.MEETING, Entity.INITIATIVE})

    def __init__(
        self, store: Store, bus: ChangeBus, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        closed = {NeedStatus.MET, NeedStatus.DECLINED}
        columns = [
            Column[Need](
                self.tr("Priority"),
                lambda n: label(n.priority),
                warn=lambda n: n.priority is Priority.HIGH and n.status not in closed,
            ),
            Column[Need](self.tr("Category"), lambda n: label(n.category)),
            Column[Need](
                self.tr("Need"), lambda n: n.description, muted=lambda n: n.status in closed
            ),
            Column[Need](self.tr("Status"), lambda n: label(n.status)),
            Column[Need](self.tr("From meeting"), self._meeting_of),
            Column[Need](self.tr("Addressed by"), self._initiative_of),
        ]
        # Names of the shown needs' meetings and of the partner's initiatives, read on load.
        self._meetings: dict[int, str] = {}
        self._initiatives: dict[int, Initiative] = {}
        super().__init__(store, bus, undo_stack, columns, parent)
        self.view.setObjectName("needList")
        self.matches = NeedMatchesPanel(store, bus, self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.matches, 2)
        layout.setStretchFactor(self.view, 3)
        self.view.selectionModel().selectionChanged.connect(self._show_matches)
        self.model.modelReset.connect(self._show_matches)

    def _show_matches(self) -> None:
        self.matches.show_need(self.current_record())

    def load(self, partner_id: int) -> list[Need]:
        needs = self._store.needs.for_partner(partner_id)
        headings = self._store.meetings.headings(
            n.meeting_id for n in needs if n.meeting_id is not None
        )
        self._meetings = {
            meeting_id: format_meeting(starts_at, title)
            for meeting_id, (starts_at, title) in headings.items()
        }
        self._initiatives = {i.id: i for i in self._store.initiatives.for_partner(partner_id)}
        return sorted(needs, key=lambda n: (_PRIORITY_ORDER[n.priority], n.id))

    def _meeting_of(self, need: Need) -> str:
        return "" if need.meeting_id is None else self._meetings.get(need.meeting_id, "")

    def _initiative_of(self, need: Need) -> str:
        initiative = (
            None if need.initiative_id is None else self._initiatives.get(need.initiative_id)
        )
        return "" if initiative is None else initiative.name

    def blank(self, partner_id: int) -> Need:
        return Need(partner_id=partner_id, description="")

    def label_of(self, record: Need) -> str:
        return record.description[:60]

    def open_editor(self, record: Need) -> Need | None:
        save = self._store.needs.add if record.id == 0 else self._store.needs.update
        origin = "" if record.meeting_id is None else self._meetings.get(record.meeting_id, "")
        dialog = NeedDialog(
            record,
            save,
            self,
            initiatives=self._store.initiatives.for_partner(record.partner_id),
            origin=origin,
        )
        dialog.exec()
        return dialog.saved
