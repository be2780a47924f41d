"""Today, shown when no partner is selected: what is overdue, due soon, going cold, and meetings."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.agenda import GOING_COLD_SETTING, TodaySection, cold_days_setting
from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.commitments_calendar import to_qdate
from partnerdesk.ui.deferred_reload import DeferredReload
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.follow_up_list import FollowUpList
from partnerdesk.ui.models.today_model import (
    DATE_COLUMN,
    PARTNER_COLUMN,
    SECTIONS,
    WHAT_COLUMN,
    TodayModel,
)

# Today shows commitments, meetings, partners and (for face-to-face) active initiatives,
# and reads its threshold from the settings.
WATCHED = frozenset(
    {
        Entity.COMMITMENT,
        Entity.MEETING,
        Entity.PARTNER,
        Entity.SETTING,
        Entity.NOTEBOOK,
        Entity.INITIATIVE,
    }
)


class TodayView(QWidget):
    """Each row acts: Enter or a double-click opens it; Ctrl+D marks a commitment done."""

    open_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._store = store
        self._today = today
        self._fixed_day: date | None = None

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = QFont(self.heading.font())
        if heading_font.pointSizeF() > 0:
            heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.model = TodayModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("todayList")
        self.view.setAccessibleName(self.tr("Today"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        # Widths from sample text: sizing to contents would read every row on each reload.
        self.view.setUniformRowHeights(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        header.resizeSection(PARTNER_COLUMN, metrics.horizontalAdvance("Northwind Community Bank"))
        header.resizeSection(DATE_COLUMN, metrics.horizontalAdvance(self.model.late_sample()))

        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the selected row (Enter)"))
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setToolTip(self.tr("Mark the selected commitment done today (Ctrl+D)"))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()

        self.open_action = QAction(self.tr("&Open"), self)
        self.done_action = QAction(self.tr("Mark &done"), self)
        # Only while Today has the focus, so it never competes with the workspace's Ctrl+D.
        self.done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.done_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        self.follow_ups = FollowUpList(store, bus, today=today, parent=self)
        self.follow_ups.open_requested.connect(self.open_requested)
        follow_up_heading = QLabel(self.tr("Follow-ups to send"), self)
        follow_up_heading.setFont(heading_font)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.message)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(follow_up_heading)
        bottom_layout.addWidget(self.follow_ups, 1)
        sections = QSplitter(Qt.Orientation.Vertical, self)
        sections.addWidget(top)
        sections.addWidget(bottom)
        sections.setStretchFactor(0, 3)
        sections.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(sections, 1)
        self.setTabOrder(self.view, self.open_button)
        self.setTabOrder(self.open_button, self.done_button)
        self.setFocusProxy(self.view)

        self._deferred = DeferredReload(self, self.reload, self.day)

        # `activated` is Enter, and a double-click (or a click where the platform says so).
        self.view.activated.connect(self._open_index)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_current_done)
        self.open_action.triggered.connect(self.open_current)
        self.done_action.triggered.connect(self.mark_current_done)
        bus.changed.connect(self._on_change)
        # No load here: the first showing loads (see DeferredReload), or `release_loading`.

    # -- public ------------------------------------------------------------------------------

    def hold_loading(self) -> None:
        """Loads nothing, not even when shown, until `release_loading` (for start-up)."""
        self._deferred.hold()
        self.follow_ups.hold_loading()

    def release_loading(self) -> None:
        self._deferred.release()
        self.follow_ups.release_loading()

    def set_today(self, day: date | None) -> None:
        """Pins the day Today is about (for tests and previews); None follows the clock again."""
        self._fixed_day = day
        self.reload()

    def day(self) -> date:
        return self._fixed_day or self._today()

    def reload_pending(self) -> bool:
        """Whether a reported change is still waiting to be handled."""
        return self._deferred.scheduled()

    def reload(self) -> None:
        current = self._current_place()
        day = self.day()
        self._deferred.loaded(day)
        self._say("")
        cold_days = cold_days_setting(self._store.settings.get(GOING_COLD_SETTING))
        self.model.set_overview(self._store.agenda.today(day, cold_days))
        self.heading.setText(
            self.tr("Today — {date}").format(
                date=QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
            )
        )
        self._after_reset(current)

    def current_target(self) -> Target | None:
        return self.model.target(self.view.currentIndex())

    def open_current(self) -> None:
        self._open_index(self.view.currentIndex())

    def mark_current_done(self) -> None:
        commitment_id = self.model.open_commitment_id(self.view.currentIndex())
        if commitment_id is None:
            return
        try:
            self._store.commitments.mark_done(commitment_id)
        except PartnerDeskError as error:
            self._say(error_text(error))
            return
        # The bus will reload too; reloading now keeps the keyboard on the next row at once.
        self.reload()

    def select_row(self, section: TodaySection, row: int) -> None:
        index = self.model.index(row, 0, self.model.section_index(section))
        if index.isValid():
            self.view.setCurrentIndex(index)

    # -- reacting ----------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.entity in WATCHED:
            self._deferred.request()

    def _open_index(self, index: QModelIndex) -> None:
        target = self.model.target(index)
        if target is not None:
            self.open_requested.emit(target)

    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if self.model.target(index) is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.open_action)
        if self.model.open_commitment_id(index) is not None:
            menu.addAction(self.done_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _update_buttons(self) -> None:
        index = self.view.currentIndex()
        self.open_button.setEnabled(self.model.target(index) is not None)
        self.done_button.setEnabled(self.model.open_commitment_id(index) is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- keeping the place across reloads ------------------------------------------------------

    def _current_place(self) -> tuple[int, int] | None:
        index = self.view.currentIndex()
        if not index.isValid() or not index.parent().isValid():
            return None
        return index.parent().row(), index.row()

    def _after_reset(self, place: tuple[int, int] | None) -> None:
        self.view.expandAll()
        for row, section in enumerate(SECTIONS):
            section_index = self.model.section_index(section)
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
            if not self.model.rows(section):
                self.view.setFirstColumnSpanned(0, section_index, True)
        if place is not None:
            # The row that took the place of the one acted on, or the section's last.
            section = SECTIONS[place[0]]
            rows = len(self.model.rows(section))
            if rows:
                self.select_row(section, min(place[1], rows - 1))
        self._update_buttons()
