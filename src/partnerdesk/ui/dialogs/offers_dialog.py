"""View ▸ Offers: what our side can give, and for the selected offer, who needs it."""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.errors import NotFound
from partnerdesk.domain.matching import Match
from partnerdesk.domain.models import Offer
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.background import BackgroundJob, start
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.offer_dialog import OfferDialog
from partnerdesk.ui.labels import label
from partnerdesk.ui.match_words import reason_text
from partnerdesk.ui.models.record_table_model import Column, RecordTableModel
from partnerdesk.ui.undo import trash_with_undo

# The needs an offer could fill are listed up to this many; the count says how many in all.
NEEDS_SHOWN = 500


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


class OffersDialog(QDialog):
    """Offers with New, Edit and Delete (to the Trash, Ctrl+Z restores), and their matches.

    Enter or a double-click on an offer edits it; on a need, opens that partner's need.
    """

    open_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offersDialog")
        self.setWindowTitle(self.tr("Our offers"))
        self._store = store
        self._undo_stack = undo_stack
        self._stale = False
        self._generation = 0
        self._job: BackgroundJob | None = None

        self.offers: RecordTableModel[Offer] = RecordTableModel(
            [
                Column[Offer](self.tr("Offer"), lambda o: o.name),
                Column[Offer](self.tr("Kind"), lambda o: label(o.kind)),
                Column[Offer](
                    self.tr("Fills needs of"), lambda o: ", ".join(label(c) for c in o.categories)
                ),
                Column[Offer](self.tr("Skills"), lambda o: o.skills),
                Column[Offer](
                    self.tr("Capacity"),
                    lambda o: "" if o.capacity is None else str(o.capacity),
                    warn=lambda o: o.capacity == 0,
                ),
                Column[Offer](self.tr("Season"), lambda o: o.season),
            ],
            self,
        )
        self.offer_view = _table(self, "offerList", self.tr("Offers"))
        self.offer_view.setModel(self.offers)
        header = self.offer_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.matches: RecordTableModel[Match] = RecordTableModel(
            [
                Column[Match](self.tr("Partner"), lambda m: m.partner_name),
                Column[Match](
                    self.tr("Priority"),
                    lambda m: label(m.need.priority),
                ),
                Column[Match](self.tr("Need"), lambda m: m.need.description),
                Column[Match](self.tr("Why"), lambda m: reason_text(m.reason)),
            ],
            self,
        )
        self.match_view = _table(self, "offerNeedList", self.tr("Partners who need this offer"))
        self.match_view.setModel(self.matches)
        match_header = self.match_view.horizontalHeader()
        match_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        match_header.setStretchLastSection(True)
        self.match_heading = QLabel(self)
        self.match_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.match_heading.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(
            self.tr("Move the offer to the Trash (Ctrl+Z brings it back)")
        )
        self.open_button = QPushButton(self.tr("&Open Partner"), self)
        self.open_button.setToolTip(self.tr("Open the partner with the selected need (Enter)"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        # Enter belongs to the tables (edit the offer, open the need), never to a button.
        for button in (
            close.button(QDialogButtonBox.StandardButton.Close),
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.open_button,
        ):
            button.setAutoDefault(False)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.offer_view, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.match_heading, 1)
        heading_row.addWidget(self.open_button)
        bottom_layout.addLayout(heading_row)
        bottom_layout.addWidget(self.match_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.setTabOrder(self.offer_view, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.match_view)
        self.setTabOrder(self.match_view, self.open_button)

        self.new_button.clicked.connect(self.new_offer)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.open_button.clicked.connect(self.open_current_need)
        self.offer_view.activated.connect(self._on_offer_activated)
        self.match_view.activated.connect(self._on_need_activated)
        self.offer_view.selectionModel().selectionChanged.connect(self._show_matches)
        self.match_view.selectionModel().selectionChanged.connect(self._update_buttons)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Delete), self.delete_current),
            (QKeySequence(Qt.Key.Key_Insert), self.new_offer),
        ):
            shortcut = QShortcut(keys, self.offer_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        # The main window's Undo and Redo do not reach a separate window: give it its own.
        for standard, slot in (
            (QKeySequence.StandardKey.Undo, undo_stack.undo),
            (QKeySequence.StandardKey.Redo, undo_stack.redo),
        ):
            shortcut = QShortcut(QKeySequence(standard), self)
            shortcut.activated.connect(slot)
        bus.changed.connect(self._on_change)
        self.resize(980, 640)
        self.reload()

    # -- public ------------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        selected = self.current_offer()
        self.offers.set_records(self._store.offers.all())
        header = self.offer_view.horizontalHeader()
        metrics = self.offer_view.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("Faculty Expertise: Public Health"))
        header.resizeSection(2, metrics.horizontalAdvance("Talent, Skills, Research"))
        header.resizeSection(3, metrics.horizontalAdvance("Python, SQL, machine learning"))
        if selected is not None:
            self.select_offer(selected.id)
        elif self.offers.rowCount() and self.isVisible():
            self.offer_view.selectRow(0)
        self._show_matches()

    def current_offer(self) -> Offer | None:
        rows = self.offer_view.selectionModel().selectedRows()
        return self.offers.record(rows[0].row()) if rows else None

    def current_match(self) -> Match | None:
        rows = self.match_view.selectionModel().selectedRows()
        return self.matches.record(rows[0].row()) if rows else None

    def select_offer(self, offer_id: int) -> bool:
        row = self.offers.row_of(offer_id)
        if row is None:
            return False
        self.offer_view.selectRow(row)
        return True

    def new_offer(self) -> None:
        dialog = OfferDialog(Offer(name=""), self._store.offers.add, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload()
            self.select_offer(dialog.saved.id)

    def edit_current(self) -> None:
        offer = self.current_offer()
        if offer is None:
            return
        dialog = OfferDialog(offer, self._store.offers.update, self)
        if dialog.exec():
            self.reload()

    def delete_current(self) -> None:
        offer = self.current_offer()
        if offer is not None:
            trash_with_undo(self._undo_stack, self._store, Entity.OFFER, offer.id, offer.name)

    def open_current_need(self) -> None:
        match = self.current_match()
        if match is not None:
            self.open_requested.emit(Target(match.need.partner_id, Entity.NEED, match.need.id))

    # -- reacting ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        elif self.current_offer() is None and self.offers.rowCount():
            self.offer_view.selectRow(0)

    def _on_change(self, change: Change) -> None:
        if change.entity not in (Entity.OFFER, Entity.NEED, Entity.PARTNER, Entity.NOTEBOOK):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _on_offer_activated(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _on_need_activated(self, _index: QModelIndex) -> None:
        self.open_current_need()

    def _show_matches(self) -> None:
        """Asks the thread pool who needs the selected offer: over thousands of open needs
        that takes a moment, and moving through the offers must not wait for it."""
        offer = self.current_offer()
        self._generation += 1
        if offer is None:
            self._job = None
            self._set_matches(None, [])
            return
        generation, store = self._generation, self._store

        def work() -> list[Match]:
            try:
                return store.matching.needs_for_offer(offer.id)
            except NotFound:
                return []  # deleted meanwhile

        job = BackgroundJob(work)
        job.signals.finished.connect(lambda matches: self._on_matches(generation, offer, matches))
        job.signals.failed.connect(lambda message: self._on_failed(generation, message))
        self._job = job
        self.match_heading.setText(
            self.tr("Looking for the needs “{offer}” could fill…").format(offer=offer.name)
        )
        start(job)

    def is_loading(self) -> bool:
        return self._job is not None

    def _on_matches(self, generation: int, offer: Offer, matches: list[Match]) -> None:
        if generation == self._generation:
            self._job = None
            self._set_matches(offer, matches)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._job = None
            self.match_heading.setText(
                self.tr("The needs could not be read: {reason}").format(reason=message)
            )

    def _set_matches(self, offer: Offer | None, matches: list[Match]) -> None:
        if offer is None:
            self.match_heading.setText(self.tr("Select an offer to see who needs it."))
        elif not matches:
            self.match_heading.setText(
                self.tr("No open talent or skills need matches “{offer}” yet.").format(
                    offer=offer.name
                )
            )
        elif len(matches) > NEEDS_SHOWN:
            self.match_heading.setText(
                self.tr("{count} open needs “{offer}” could fill; the best {shown} shown:").format(
                    count=len(matches), offer=offer.name, shown=NEEDS_SHOWN
                )
            )
        else:
            self.match_heading.setText(
                self.tr("Open needs “{offer}” could fill, best first ({count}):").format(
                    count=len(matches), offer=offer.name
                )
            )
        self.matches.set_records(matches[:NEEDS_SHOWN])
        header = self.match_view.horizontalHeader()
        metrics = self.match_view.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("Northwind Community Bank"))
        header.resizeSection(1, metrics.horizontalAdvance("Medium  "))
        header.resizeSection(
            2, metrics.horizontalAdvance("Diverse candidates for data analyst roles")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_offer = self.current_offer() is not None
        self.edit_button.setEnabled(has_offer)
        self.delete_button.setEnabled(has_offer)
        self.open_button.setEnabled(self.current_match() is not None)
