"""Under the Needs tab: the offers that could fill the selected talent or skills need."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.matching import Match, is_matchable
from partnerdesk.domain.models import Need
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.labels import label
from partnerdesk.ui.match_words import reason_text
from partnerdesk.ui.models.record_table_model import Column, RecordTableModel


class NeedMatchesPanel(QWidget):
    """Ranked offers with their reasons; a word instead when the need is not matched."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needMatches")
        self._store = store
        self._need: Need | None = None
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.model: RecordTableModel[Match] = RecordTableModel(
            [
                Column[Match](self.tr("Offer"), lambda m: m.offer.name),
                Column[Match](self.tr("Kind"), lambda m: label(m.offer.kind)),
                Column[Match](self.tr("Why"), lambda m: reason_text(m.reason)),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("needMatchList")
        self.view.setAccessibleName(self.tr("Offers that could fill this need"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        # Takes the room the table leaves when it is hidden, so the words stay on top.
        layout.addStretch(0)
        bus.changed.connect(self._on_change)
        self.show_need(None)

    def show_need(self, need: Need | None) -> None:
        self._need = need
        matches: list[Match] = []
        if need is None:
            self.heading.setText(self.tr("Select a talent or skills need to see our offers."))
        elif not is_matchable(need):
            self.heading.setText(self.tr("Offers are matched to open talent and skills needs."))
        else:
            try:
                matches = self._store.matching.offers_for_need(need.id)
            except NotFound:
                matches = []
            if matches:
                self.heading.setText(
                    self.tr("Offers that could fill this need, best first ({count}):").format(
                        count=len(matches)
                    )
                )
            else:
                self.heading.setText(
                    self.tr("No offer of ours fills this need yet: it is a gap (View ▸ Gaps).")
                )
        self.model.set_records(matches)
        self.view.setVisible(bool(matches))

    def _on_change(self, change: Change) -> None:
        if self._need is None or not self.isVisible():
            return
        if change.entity in (Entity.OFFER, Entity.NOTEBOOK):
            self.show_need(self._need)
