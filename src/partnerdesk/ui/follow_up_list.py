"""The follow-ups due, for all partners or one, to mark done, snooze or open."""

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.follow_ups import FollowUp
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.deferred_reload import DeferredReload
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.models.follow_up_model import (
    DUE_COLUMN,
    PARTNER_COLUMN,
    WHAT_COLUMN,
    FollowUpModel,
)

# Follow-ups come from meetings, commitments and initiatives, and show partner names.
WATCHED = frozenset(
    {
        Entity.MEETING,
        Entity.COMMITMENT,
        Entity.INITIATIVE,
        Entity.PARTNER,
        Entity.FOLLOW_UP,
        Entity.NOTEBOOK,
    }
)
# As many as a section of Today holds; the list says when there are more.
LIST_LIMIT = 100
SNOOZE_DAYS = (1, 3, 7)


class FollowUpList(QWidget):
    """Enter or a double-click opens a row; each row can be marked done or snoozed."""

    open_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        today: Callable[[], date] = date.today,
        partner_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpList")
        self._store = store
        self._queries = store.follow_ups
        self._today = today
        self._partner_id = partner_id
        # Where the row acted on was, so the keyboard stays there when it goes.
        self._last_row = 0

        self.model = FollowUpModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("followUpView")
        self.view.setAccessibleName(self.tr("Follow-ups"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setAllColumnsShowFocus(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Widths from sample text: sizing to contents would read every row on each reload.
        metrics = self.view.fontMetrics()
        header.resizeSection(DUE_COLUMN, metrics.horizontalAdvance(self.model.late_sample()))
        header.resizeSection(PARTNER_COLUMN, metrics.horizontalAdvance("Northwind Community Bank"))

        # Mnemonics differ from Today's (Alt+O, Alt+D), which may hold this list.
        self.done_button = QPushButton(self.tr("Do&ne"), self)
        self.done_button.setToolTip(self.tr("Mark the selected follow-up done"))
        self.snooze_button = QPushButton(self.tr("Snoo&ze…"), self)
        self.snooze_button.setToolTip(self.tr("Hide the selected follow-up for a while"))
        self.draft_button = QPushButton(self.tr("Dr&aft e-mail…"), self)
        self.draft_button.setToolTip(
            self.tr("The e-mail this follow-up calls for; sending it marks the follow-up done")
        )
        self.open_button = QPushButton(self.tr("Op&en"), self)
        self.open_button.setToolTip(self.tr("Open what the selected follow-up is about (Enter)"))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        self.more_label = QLabel(self)
        self.more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.more_label.hide()

        self.done_action = QAction(self.tr("Do&ne"), self)
        self.open_action = QAction(self.tr("Op&en"), self)
        self.snooze_menu = QMenu(self.tr("Snoo&ze"), self)
        self.snooze_actions: dict[int, QAction] = {}
        for days in SNOOZE_DAYS:
            action = self.snooze_menu.addAction(self._snooze_label(days))
            action.triggered.connect(lambda _checked=False, days=days: self.snooze_current(days))
            self.snooze_actions[days] = action
        self.snooze_button.setMenu(self.snooze_menu)

        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.more_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setTabOrder(self.view, self.done_button)
        self.setTabOrder(self.done_button, self.snooze_button)
        self.setTabOrder(self.snooze_button, self.open_button)
        self.setFocusProxy(self.view)

        self._deferred = DeferredReload(self, self.reload, self._today)

        self.view.activated.connect(self._open_index)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.done_button.clicked.connect(self.mark_current_done)
        self.open_button.clicked.connect(self.open_current)
        self.draft_button.clicked.connect(self.draft_current)
        self.done_action.triggered.connect(self.mark_current_done)
        self.open_action.triggered.connect(self.open_current)
        bus.changed.connect(self._on_change)
        self.view.setColumnHidden(PARTNER_COLUMN, partner_id is not None)
        self._update_buttons()

    # -- public ------------------------------------------------------------------------------

    def set_partner(self, partner_id: int | None) -> None:
        """Shows one partner's follow-ups, or everyone's with None."""
        self._partner_id = partner_id
        self.view.setColumnHidden(PARTNER_COLUMN, partner_id is not None)
        self._reload_when_shown()

    def partner_id(self) -> int | None:
        return self._partner_id

    def hold_loading(self) -> None:
        """Loads nothing, not even when shown, until `release_loading` (for start-up)."""
        self._deferred.hold()

    def release_loading(self) -> None:
        self._deferred.release()

    def reload(self) -> None:
        current = self.current_follow_up()
        day = self._today()
        self._deferred.loaded(day)
        self._say("")
        items = self._queries.due(day, partner_id=self._partner_id, limit=LIST_LIMIT + 1)
        more = len(items) > LIST_LIMIT
        self.model.set_follow_ups(items[:LIST_LIMIT], day)
        self.more_label.setText(
            self.tr("Showing the first {count} follow-ups.").format(count=LIST_LIMIT)
            if more
            else ""
        )
        self.more_label.setVisible(more)
        if current is not None and self.model.rowCount():
            # The same follow-up if it is still there, else the one that took its place.
            row = self.model.row_of(current.key)
            if row is None:
                row = min(self._last_row, self.model.rowCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def reload_pending(self) -> bool:
        """Whether a reported change is still waiting to be shown."""
        return self._deferred.pending()

    def current_follow_up(self) -> FollowUp | None:
        return self.model.follow_up(self.view.currentIndex())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def open_current(self) -> None:
        self._open_index(self.view.currentIndex())

    def draft_current(self) -> None:
        follow_up = self.current_follow_up()
        if follow_up is not None:
            # Loaded with the first draft (e-mail templates and all), not to show the window.
            from partnerdesk.ui.draft_commands import draft_for_follow_up

            draft_for_follow_up(self._store, follow_up, self)

    def mark_current_done(self) -> None:
        item = self.current_follow_up()
        if item is not None:
            self._act(lambda: self._queries.mark_done(item.key))

    def snooze_current(self, days: int) -> None:
        """Hides the selected follow-up until `days` days from today."""
        item = self.current_follow_up()
        if item is not None:
            until = self._today() + timedelta(days=days)
            self._act(lambda: self._queries.snooze(item.key, until))

    # -- reacting ----------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.entity not in WATCHED:
            return
        if (
            self._partner_id is not None
            and change.partner_ids
            and self._partner_id not in change.partner_ids
        ):
            return
        self._reload_when_shown()

    def _reload_when_shown(self) -> None:
        self._deferred.request()

    def _act(self, action: Callable[[], None]) -> None:
        self._last_row = max(0, self.view.currentIndex().row())
        try:
            action()
        except PartnerDeskError as error:
            self._say(error_text(error))
            return
        # The bus will ask again; reloading now keeps the keyboard on the next row at once.
        self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.follow_up(index)
        if item is not None:
            target: Target = item.target
            self.open_requested.emit(target)

    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if self.model.follow_up(index) is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.open_action)
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _update_buttons(self) -> None:
        selected = self.current_follow_up() is not None
        for widget in (self.done_button, self.snooze_button, self.draft_button, self.open_button):
            widget.setEnabled(selected)
        for action in (self.done_action, self.open_action, *self.snooze_actions.values()):
            action.setEnabled(selected)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _snooze_label(self, days: int) -> str:
        if days == 1:
            return self.tr("For &1 day")
        if days == 7:
            return self.tr("For 1 &week")
        return self.tr("For &{count} days").format(count=days)
