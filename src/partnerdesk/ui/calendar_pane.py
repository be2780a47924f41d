"""The right-hand pane: the commitments calendar and, under it, the agenda of a day or week."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.agenda import MeetingSlot, week_of
from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.commitments_calendar import (
    DONE,
    MEETINGS,
    OURS,
    OVERDUE,
    THEIRS,
    CommitmentsCalendar,
    mark_swatch,
    to_qdate,
)
from partnerdesk.ui.flow_layout import FlowLayout
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.models.agenda_model import DAY_COLUMN, PARTNER_COLUMN, WHEN_COLUMN, AgendaModel

# Changes to these can move a mark or an agenda row; anything else leaves the pane as it is.
WATCHED = frozenset({Entity.COMMITMENT, Entity.MEETING, Entity.PARTNER, Entity.NOTEBOOK})
# Owners' names show in the agenda's tooltips.
NAME_SOURCES = frozenset({Entity.PERSON})
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class CalendarPane(QWidget):
    """Marks commitments due and meetings on a month page; lists a day's or week's below.

    A click or Enter on an agenda row asks, through `open_requested(Target)`, to show
    that commitment or meeting in its partner's workspace.
    """

    open_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._partner_id: int | None = None
        # The last known state of meetings the bus reported, to skip notes-only saves.
        self._meeting_slots: dict[int, MeetingSlot] = {}

        self.all_partners_button = QRadioButton(self.tr("&All partners"), self)
        self.this_partner_button = QRadioButton(self.tr("&This partner"), self)
        self.all_partners_button.setChecked(True)
        self.this_partner_button.setEnabled(False)
        self.day_button = QRadioButton(self.tr("Da&y"), self)
        self.week_button = QRadioButton(self.tr("&Week"), self)
        self.day_button.setChecked(True)
        self._scope_group = QButtonGroup(self)
        self._span_group = QButtonGroup(self)
        for group, buttons in (
            (self._scope_group, (self.all_partners_button, self.this_partner_button)),
            (self._span_group, (self.day_button, self.week_button)),
        ):
            for button in buttons:
                group.addButton(button)

        self.calendar = CommitmentsCalendar(self)
        self.calendar.select_day(today())
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Show today in the calendar and the agenda"))

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("agendaHeading")
        self.agenda_model = AgendaModel(self)
        self.agenda_list = QTreeView(self)
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.setAccessibleName(self.tr("Agenda"))
        self.agenda_list.setModel(self.agenda_model)
        self.agenda_list.setRootIsDecorated(False)
        self.agenda_list.setUniformRowHeights(True)
        self.agenda_list.setAllColumnsShowFocus(True)
        self.agenda_list.setAlternatingRowColors(True)
        self.agenda_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Widths come from sample text: sizing to contents would read every row of a busy
        # week (thousands on a large notebook) on each reload.
        agenda_header = self.agenda_list.header()
        agenda_header.setStretchLastSection(True)
        agenda_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.agenda_list.fontMetrics()
        for column, sample in (
            (DAY_COLUMN, format_day(date(2026, 9, 30))),
            (WHEN_COLUMN, max(self.agenda_model.state_words(), key=metrics.horizontalAdvance)),
            (PARTNER_COLUMN, "Northwind Community Bank"),
        ):
            agenda_header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.empty_label = QLabel(self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self._build_layout()
        self.setTabOrder(self.all_partners_button, self.today_button)
        self.setTabOrder(self.today_button, self.calendar)
        self.setTabOrder(self.calendar, self.day_button)
        self.setTabOrder(self.day_button, self.agenda_list)

        # Several changes in one burst (an import, typing in notes) cost one reload.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_unless_held)
        # Loaded when first shown, or at `release_loading` if held (start-up).
        self._loaded = False
        self._held = False

        self.calendar.currentPageChanged.connect(lambda _year, _month: self.reload_marks())
        self.calendar.selectionChanged.connect(self.reload_agenda)
        self.calendar.activated.connect(lambda _day: self.agenda_list.setFocus())
        self._scope_group.buttonToggled.connect(self._on_scope_toggled)
        self._span_group.buttonToggled.connect(self._on_span_toggled)
        self.agenda_list.clicked.connect(self._open_index)
        self.today_button.clicked.connect(self.go_to_today)
        self.agenda_list.installEventFilter(self)
        bus.changed.connect(self._on_change)

    def _build_layout(self) -> None:
        scope = QHBoxLayout()
        scope.addWidget(self.all_partners_button)
        scope.addWidget(self.this_partner_button)
        scope.addStretch(1)
        scope.addWidget(self.today_button)
        span = QHBoxLayout()
        span.addWidget(self.heading, 1)
        span.addWidget(self.day_button)
        span.addWidget(self.week_button)
        # The legend wraps when the pane is narrow; each swatch stays with its words.
        legend = FlowLayout()
        legend.setSpacing(10)
        for style, text in (
            (OURS, self.tr("We owe")),
            (THEIRS, self.tr("They owe")),
            (OVERDUE, self.tr("Overdue")),
            (DONE, self.tr("Done")),
            (MEETINGS, self.tr("Meeting")),
        ):
            entry = QWidget(self)
            entry_layout = QHBoxLayout(entry)
            entry_layout.setContentsMargins(0, 0, 0, 0)
            swatch = QLabel(entry)
            swatch.setPixmap(mark_swatch(style))
            words = QLabel(text, entry)
            words.setTextFormat(Qt.TextFormat.PlainText)
            entry_layout.addWidget(swatch)
            entry_layout.addWidget(words)
            legend.addWidget(entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(scope)
        layout.addWidget(self.calendar)
        layout.addLayout(legend)
        layout.addLayout(span)
        layout.addWidget(self.agenda_list, 1)
        layout.addWidget(self.empty_label)

    # -- public ------------------------------------------------------------------------------

    @property
    def partner_id(self) -> int | None:
        return self._partner_id

    def set_partner(self, partner_id: int | None) -> None:
        """The partner "This partner" means; with none, the pane shows all partners."""
        if partner_id == self._partner_id:
            return
        self._partner_id = partner_id
        self.this_partner_button.setEnabled(partner_id is not None)
        if self.this_partner_button.isChecked():
            self.reload()

    def go_to_today(self) -> None:
        self.calendar.select_day(self._today())

    def scope_partner_id(self) -> int | None:
        """The partner the marks and agenda are limited to, or None for all partners."""
        if self._partner_id is not None and self.this_partner_button.isChecked():
            return self._partner_id
        return None

    def agenda_span(self) -> tuple[date, date]:
        """The days the agenda lists: the selected day, or the week that holds it."""
        day = self.calendar.selected_day()
        if self.week_button.isChecked():
            return week_of(day, self.calendar.first_weekday())
        return day, day

    def reload_pending(self) -> bool:
        """Whether a reported change (or the first load) is still waiting to be shown."""
        return self._reload_timer.isActive() or not self._loaded

    def hold_loading(self) -> None:
        """Loads nothing, not even when shown, until `release_loading` (for start-up)."""
        self._held = True

    def release_loading(self) -> None:
        """Ends `hold_loading`; what was due loads on the next turn of the event loop."""
        self._held = False
        if not self._loaded:
            self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and not self._held:
            self.reload()

    def reload(self) -> None:
        self._reload_timer.stop()
        self._loaded = True
        self.reload_marks()
        self.reload_agenda()

    def reload_marks(self) -> None:
        self.calendar.set_marks(
            self._store.agenda.marks(*self.calendar.visible_span(), self.scope_partner_id())
        )

    def reload_agenda(self) -> None:
        start, end = self.agenda_span()
        items = self._store.agenda.items(start, end, self.scope_partner_id())
        self.agenda_model.set_items(items)
        self.agenda_list.setColumnHidden(DAY_COLUMN, start == end)
        self.heading.setText(self._heading(start, end))
        self.empty_label.setText(
            self.tr("Nothing due and no meetings on this day.")
            if start == end
            else self.tr("Nothing due and no meetings this week.")
        )
        self.empty_label.setVisible(not items)

    # -- reacting ----------------------------------------------------------------------------

    def _heading(self, start: date, end: date) -> str:
        locale = QLocale()
        if start == end:
            return locale.toString(to_qdate(start), QLocale.FormatType.LongFormat)
        return self.tr("Week of {start} to {end}").format(
            start=locale.toString(to_qdate(start), QLocale.FormatType.ShortFormat),
            end=locale.toString(to_qdate(end), QLocale.FormatType.ShortFormat),
        )

    def _on_change(self, change: Change) -> None:
        if change.entity in NAME_SOURCES:
            self._reload_timer.start()
            return
        if change.entity not in WATCHED:
            return
        scope = self.scope_partner_id()
        concerned = (
            scope is None
            or change.entity is Entity.NOTEBOOK
            or scope in change.partner_ids
            or not change.partner_ids
        )
        if concerned and not self._only_notes_changed(change):
            self._reload_timer.start()

    def _only_notes_changed(self, change: Change) -> bool:
        """True for a meeting update that leaves its day, time, title and mode as they were.

        The notes editor saves every few seconds while the user types; reloading the
        calendar each time would cost the typing for nothing.
        """
        if change.entity is not Entity.MEETING or change.action is not Action.UPDATED:
            return False
        if not change.ids:
            return False
        slots = self._store.agenda.meeting_slots(change.ids)
        unchanged = len(slots) == len(change.ids) and all(
            self._meeting_slots.get(meeting_id) == slot for meeting_id, slot in slots.items()
        )
        self._meeting_slots.update(slots)
        return unchanged

    def _reload_unless_held(self) -> None:
        if not self._held:
            self.reload()

    def _on_scope_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.reload()

    def _on_span_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.reload_agenda()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.agenda_model.item(index.row()).target)

    def open_current(self) -> Target | None:
        """Asks to open the agenda's current row; returns where it asked to go."""
        index = self.agenda_list.currentIndex()
        if not index.isValid():
            return None
        target = self.agenda_model.item(index.row()).target
        self.open_requested.emit(target)
        return target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter opens the current row; clicks come through `clicked`, so double-clicks and
        # the platform's own activation rules never open it twice from the keyboard.
        if (
            watched is self.agenda_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            return self.open_current() is not None
        return super().eventFilter(watched, event)
