"""Search Everything (Ctrl+K): a palette over the window that searches as one types."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.navigation import Target
from partnerdesk.domain.search import SEARCHABLE, SearchHit
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.models.search_results_model import SearchResultsModel, group_name
from partnerdesk.ui.search_hit_delegate import SearchHitDelegate

# Hits shown for all kinds together, and for one kind: a screenful or two, since each
# hit costs a snippet while one types.
RESULT_LIMIT = 30
ONE_KIND_LIMIT = 50
# While typing, each keystroke shows the newest matches at once; once typing has paused
# this long, the results are ranked best first (bm25 costs several times the matching).
RANK_AFTER_MS = 300
WIDTH = 760
# The earliest day a date box offers; a box showing it means "any date".
ANY_DAY = QDate(1990, 1, 1)
_NAVIGATION_KEYS = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 5,
    Qt.Key.Key_PageUp: -5,
}


class _Backdrop(QWidget):
    """Dims the window under the palette; a click on it closes the palette."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchBackdrop")
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 70))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.clicked.emit()


class SearchPalette(QFrame):
    """The input (`globalSearch`) over the results (`searchResults`), grouped by kind.

    Results follow each keystroke (the query takes milliseconds, so it runs at once on the
    next turn of the event loop, which folds a paste or a burst of key repeats into one).
    Up/Down move through the hits from the input, Enter opens one through
    `open_requested(Target)`, Esc closes. Kind buttons (Ctrl+1…6) and the From/To dates
    narrow the search.
    """

    open_requested = Signal(object)

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPalette")
        self.setFrameShape(QFrame.Shape.Box)
        self.setForegroundRole(QPalette.ColorRole.Mid)  # the colour of the frame's line
        # Square and opaque, so that repainting the results never repaints the window
        # under the palette (rounded corners would).
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._store = store
        self._restore_focus: QWidget | None = None
        self._backdrop = _Backdrop(parent)
        self._backdrop.clicked.connect(self.close_palette)

        self.input = QLineEdit(self)
        self.input.setObjectName("globalSearch")
        self.input.setPlaceholderText(
            self.tr("Search partners, people, meetings, commitments and needs…")
        )
        self.input.setAccessibleName(self.tr("Search everything"))
        self.input.setClearButtonEnabled(True)
        self.input.setMinimumHeight(32)
        font = self.input.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.input.setFont(font)
        self.input.installEventFilter(self)

        self.kind_buttons: dict[Entity | None, QToolButton] = {}
        self._kind_group = QButtonGroup(self)
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(4)
        for number, kind in enumerate((None, *SEARCHABLE), start=1):
            button = QToolButton(self)
            button.setText(self.tr("All") if kind is None else group_name(kind))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setObjectName(f"searchKind{(kind or 'all').capitalize()}")
            shortcut = QKeySequence(f"Ctrl+{number}")
            button.setToolTip(
                self.tr("Search {what} ({keys})").format(
                    what=self.tr("everything") if kind is None else group_name(kind).lower(),
                    keys=shortcut.toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            self._kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
            self._shortcut(shortcut, button.click)
        self.kind_buttons[None].setChecked(True)
        self._kind_group.buttonToggled.connect(self._on_filter_changed)
        kinds_row.addStretch(1)

        self.since = self._date_box(self.tr("Meetings and commitments from this day"))
        self.until = self._date_box(self.tr("Meetings and commitments up to this day"))
        self.clear_dates = QToolButton(self)
        self.clear_dates.setText(self.tr("Any date"))
        self.clear_dates.setAutoRaise(True)
        self.clear_dates.clicked.connect(self._on_clear_dates)
        since_label = QLabel(self.tr("From"), self)
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("to"), self)
        until_label.setBuddy(self.until)
        kinds_row.addWidget(since_label)
        kinds_row.addWidget(self.since)
        kinds_row.addWidget(until_label)
        kinds_row.addWidget(self.until)
        kinds_row.addWidget(self.clear_dates)

        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        # Always there: a list growing past its height (or shrinking back) would otherwise
        # lay the whole palette out again, and repaint it, between two keystrokes.
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.setMouseTracking(True)
        self.results.activated.connect(self._on_activated)
        self.results.clicked.connect(self._on_activated)
        self.results.installEventFilter(self)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # A new text must not lay the palette out again (and repaint all of it) per keystroke.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.input)
        layout.addLayout(kinds_row)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Plain)
        layout.addWidget(separator)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.close_palette)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._on_search_due)
        self._rank_timer = QTimer(self)
        self._rank_timer.setSingleShot(True)
        self._rank_timer.setInterval(RANK_AFTER_MS)
        self._rank_timer.timeout.connect(self.search_now)
        self.input.textChanged.connect(self._on_text_changed)
        bus.changed.connect(self._on_store_changed)
        parent.installEventFilter(self)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.focusChanged.connect(self._on_focus_changed)
        self.clear_dates.hide()
        self._update_status()
        self.hide()

    # -- public API ------------------------------------------------------------------------------

    def open_palette(self) -> None:
        """Shows the palette over the window with the last search selected, ready to retype."""
        focused = QApplication.focusWidget()
        if not self.isVisible():
            self._restore_focus = (
                focused if focused is not None and not self.isAncestorOf(focused) else None
            )
        self._place()
        self._backdrop.show()
        self._backdrop.raise_()
        self.show()
        self.raise_()
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()
        self.search_now()

    def close_palette(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        self._backdrop.hide()
        if self._restore_focus is not None:
            self._restore_focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._restore_focus = None

    def search_now(self) -> None:
        """Runs the search for what is typed and the filters chosen, ranked best first;
        selects the hit that was selected if it is still found, else the best one."""
        self._run_search(ranked=True)

    def set_rank_delay(self, milliseconds: int) -> None:
        """How long typing must pause before the results are ranked (for tests)."""
        self._rank_timer.setInterval(milliseconds)

    def search_pending(self) -> bool:
        """Typing or a filter changed and the results do not show it yet, or not yet
        ranked best first."""
        return self._search_timer.isActive() or self._rank_timer.isActive()

    def current_hit(self) -> SearchHit | None:
        index = self.results.currentIndex()
        return self.model.hit_at(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        """Opens the selected hit (the partner, with the item and the words shown)."""
        hit = self.current_hit()
        if hit is None or not self.isVisible():
            return
        target = Target(
            partner_id=hit.partner_id,
            entity=hit.kind,
            item_id=None if hit.kind is Entity.PARTNER else hit.id,
            words=hit.matched_words,
        )
        self._restore_focus = None  # the target takes the focus
        self.close_palette()
        self.open_requested.emit(target)

    # -- events ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif watched in (self.input, self.results) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if watched is self.input and key in _NAVIGATION_KEYS:
                self._move(_NAVIGATION_KEYS[key])
                return True
        return super().eventFilter(watched, event)

    # -- inside ---------------------------------------------------------------------------------

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], object]) -> None:
        """A key that works while the focus is anywhere in the palette, and only then."""
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _date_box(self, tooltip: str) -> QDateEdit:
        box = QDateEdit(self)
        box.setCalendarPopup(True)
        box.setDisplayFormat("d MMM yyyy")
        box.setMinimumDate(ANY_DAY)
        box.setSpecialValueText(self.tr("any day"))
        box.setDate(ANY_DAY)
        box.setToolTip(tooltip)
        box.setAccessibleName(tooltip)
        box.dateChanged.connect(self._on_filter_changed)
        return box

    @staticmethod
    def _day(box: QDateEdit) -> date | None:
        if box.date() == box.minimumDate():
            return None
        picked: date = box.date().toPython()  # type: ignore[assignment]
        return picked

    def _chosen_kind(self) -> Entity | None:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return None

    def _on_text_changed(self) -> None:
        self._search_timer.start()
        self._rank_timer.start()

    def _on_search_due(self) -> None:
        # Typing goes on while its ranking waits: the newest matches, for now.
        self._run_search(ranked=not self._rank_timer.isActive())

    def _run_search(self, ranked: bool) -> None:
        self._search_timer.stop()
        if ranked:
            self._rank_timer.stop()
        chosen = self.current_hit() if ranked else None
        kind = self._chosen_kind()
        hits = self._store.search.query(
            self.input.text(),
            kinds=None if kind is None else [kind],
            since=self._day(self.since),
            until=self._day(self.until),
            limit=RESULT_LIMIT if kind is None else ONE_KIND_LIMIT,
            ranked=ranked,
        )
        self.model.set_hits(hits)
        kept = None if chosen is None else self.model.row_of(chosen.kind, chosen.id)
        row = kept if kept is not None else self.model.first_hit_row()
        if row is not None:
            self.results.setCurrentIndex(self.model.index(row))
            if kept is None:
                self.results.scrollToTop()
        self._update_status()

    def _on_filter_changed(self) -> None:
        self.clear_dates.setVisible(
            self._day(self.since) is not None or self._day(self.until) is not None
        )
        if self.isVisible():
            self._place()  # the "Any date" button may need a wider palette
            self._search_timer.start()

    def _on_clear_dates(self) -> None:
        self.since.setDate(ANY_DAY)
        self.until.setDate(ANY_DAY)
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_store_changed(self, _change: Change) -> None:
        if self.isVisible():
            self._search_timer.start()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # A click elsewhere in the window closes the palette; a calendar popup does not.
        if (
            self.isVisible()
            and new is not None
            and new.window() is self.window()
            and not self.isAncestorOf(new)
        ):
            self._restore_focus = None
            self.close_palette()

    def _on_activated(self) -> None:
        self.open_current()

    def _move(self, step: int) -> None:
        current = self.results.currentIndex().row() if self.results.currentIndex().isValid() else -1
        direction = 1 if step > 0 else -1
        row = current
        for _ in range(abs(step)):
            following = self.model.next_hit_row(row, direction)
            if following is None:
                break
            row = following
        if row != current and row >= 0:
            index = self.model.index(row)
            self.results.setCurrentIndex(index)
            self.results.scrollTo(index)

    def _update_status(self) -> None:
        count = self.model.hit_count()
        if not self.input.text().strip():
            text = self.tr("Type a few letters of any name or word in your notes.")
        elif count == 0:
            text = self.tr("Nothing found. Try fewer or shorter words, or another kind or date.")
        else:
            found = self.tr("1 result") if count == 1 else self.tr("{n} results").format(n=count)
            text = self.tr("{found} · ↑↓ to choose · Enter to open · Esc to close").format(
                found=found
            )
        self.status.setText(text)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self._backdrop.setGeometry(parent.rect())
        # Wider than WIDTH when the translated kinds and dates need it, so none is cut.
        width = min(max(WIDTH, self.minimumSizeHint().width()), parent.width() - 48)
        top = 56
        height = max(240, min(600, parent.height() - top - 40))
        self.setGeometry((parent.width() - width) // 2, top, width, height)
