"""The partner workspace: the header over one tab per area of the partnership."""

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.models import Partner
from partnerdesk.domain.navigation import Target
from partnerdesk.domain.track_record import record_with_trend
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.follow_up_list import FollowUpList
from partnerdesk.ui.workspace.commitments_tab import CommitmentsTab
from partnerdesk.ui.workspace.initiatives_tab import InitiativesTab
from partnerdesk.ui.workspace.meetings_tab import MeetingsTab
from partnerdesk.ui.workspace.needs_tab import NeedsTab
from partnerdesk.ui.workspace.overview_tab import OverviewTab
from partnerdesk.ui.workspace.partner_header import PartnerHeader
from partnerdesk.ui.workspace.people_tab import PeopleTab
from partnerdesk.ui.workspace.record_tab import RecordTab

# Changes to these can alter what the header says about a partner (an import: anything).
_HEADER_ENTITIES = frozenset(
    {Entity.PARTNER, Entity.MEETING, Entity.COMMITMENT, Entity.PERSON, Entity.NOTEBOOK}
)


class PartnerWorkspace(QWidget):
    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerWorkspace")
        self._store = store
        self._today = today
        self._partner_id: int | None = None
        self.header = PartnerHeader(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaceTabs")
        self.overview = OverviewTab(store, self)
        self.meetings = MeetingsTab(store, bus, undo_stack, self, today)
        self.meetings.item_requested.connect(self.show_target)
        self.commitments = CommitmentsTab(store, bus, undo_stack, today, self)
        self.people = PeopleTab(store, bus, undo_stack, self)
        self.needs = NeedsTab(store, bus, undo_stack, self)
        self.initiatives = InitiativesTab(store, bus, undo_stack, self)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(self.commitments, self.tr("&Commitments"))
        self.tabs.addTab(self.people, self.tr("Peop&le"))
        self.tabs.addTab(self.needs, self.tr("Nee&ds"))
        self.tabs.addTab(self.initiatives, self.tr("&Initiatives"))
        self.follow_ups = FollowUpList(store, bus, today=today, parent=self)
        self.follow_ups.open_requested.connect(self.show_target)
        self.tabs.addTab(self.follow_ups, self.tr("&Follow-ups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        bus.changed.connect(self._on_store_changed)

    @property
    def partner_id(self) -> int | None:
        return self._partner_id

    def set_partner(self, partner_id: int | None) -> None:
        if partner_id == self._partner_id:
            return
        self.flush()
        self._partner_id = partner_id
        # The header's read brings the partner too: one transaction for both.
        partner = self._refresh_header()
        if partner is None:
            self._partner_id = None
        self.overview.show_partner(partner)
        self.meetings.set_partner(self._partner_id)
        self.follow_ups.set_partner(self._partner_id)
        for tab in (self.commitments, self.people, self.needs, self.initiatives):
            tab.set_partner(self._partner_id)

    def show_target(self, target: Target) -> None:
        """Shows the partner, and the tab and row of the item the target names."""
        self.set_partner(target.partner_id)
        if target.item_id is None:
            return
        if target.entity is Entity.MEETING:
            self.tabs.setCurrentWidget(self.meetings)
            self.meetings.select_meeting(target.item_id)
            if target.words:
                self.meetings.reveal_words(target.item_id, target.words)
            return
        tabs: dict[Entity, RecordTab[Any]] = {
            Entity.COMMITMENT: self.commitments,
            Entity.PERSON: self.people,
            Entity.NEED: self.needs,
            Entity.INITIATIVE: self.initiatives,
        }
        tab = tabs.get(target.entity)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.select_item(target.item_id)

    def flush(self) -> bool:
        """Saves what is being typed (notes, the overview form); False if something failed."""
        notes_saved = self.meetings.flush()
        overview_saved = self.overview.save()
        return notes_saved and overview_saved

    def _refresh_header(self) -> Partner | None:
        """Shows the partner's header; returns the partner, or None if it is gone."""
        if self._partner_id is None:
            return None
        try:
            facts = self._store.workspace.header(self._partner_id, datetime.now(UTC))
        except NotFound:
            return None
        # The balance says more than the last face-to-face day alone: the header prefers it.
        balance = self._store.meetings.balance(facts.partner.id)
        records = record_with_trend(facts.promises, self._today())
        self.header.show_partner(
            facts.partner,
            facts.owner_name,
            facts.last_in_person,
            records,
            self._today(),
            balance=balance,
        )
        return facts.partner

    def _on_store_changed(self, change: Change) -> None:
        if change.entity in (Entity.PERSON, Entity.NOTEBOOK):
            self.overview.people_changed()
        if self._partner_id is None:
            return
        if change.entity is Entity.MEETING and self.meetings.autosaver.is_saving:
            return  # an autosave of notes changes nothing the header shows
        own_partner_changed = (
            change.entity is Entity.PARTNER and self._partner_id in change.ids
        ) or change.entity is Entity.NOTEBOOK
        if own_partner_changed and not self.overview.is_dirty():
            try:
                self.overview.show_partner(self._store.partners.get(self._partner_id))
            except NotFound:
                return  # moved to the Trash; the main window switches away
        if change.entity in _HEADER_ENTITIES and (
            not change.partner_ids or self._partner_id in change.partner_ids
        ):
            self._refresh_header()
