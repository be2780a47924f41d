"""The partner list pane: a filter, stage/kind/tag choices, and the list of partners."""

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.enums import PartnerKind, PartnerStage
from partnerdesk.domain.partner_list import STAGE_ORDER
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.models.partner_list_model import PartnerListModel

FILTER_DELAY_MS = 150
# After the list is filtered or reloaded, the selected partner is found again only if at
# most this many rows come before it; loading further would stall typing in the filter.
KEEP_SELECTION_WITHIN = 1000
TAG_ENTITIES = frozenset({Entity.TAG, Entity.PARTNER, Entity.NOTEBOOK})
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class PartnerListPane(QWidget):
    """Finds and picks a partner; says which one through `partner_selected`."""

    partner_selected = Signal(object)  # the partner id (int), or None when nothing is selected
    partner_activated = Signal(int)  # Enter or double click on a partner

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._selected_id: int | None = None
        # A partner that select_partner wants once the list has been reset.
        self._pending_id: int | None = None
        self._model = PartnerListModel(store, bus, self)

        self._filter = QLineEdit(self)
        self._filter.setObjectName("partnerFilter")
        self._filter.setPlaceholderText(self.tr("Filter partners (Ctrl+F)"))
        self._filter.setClearButtonEnabled(True)
        self._filter.setAccessibleName(self.tr("Filter partners"))
        self._filter.setToolTip(
            self.tr(
                "Shows the partners whose name, city or sector contains every word typed."
                " Down moves into the list, Escape clears."
            )
        )

        self._stage_box = self._choice_box(
            self.tr("Any stage"),
            [(self._model.stage_label(stage), stage.value) for stage in STAGE_ORDER],
            self.tr("Stage filter"),
            self.tr("Show only partners at this stage"),
        )
        self._kind_box = self._choice_box(
            self.tr("Any kind"),
            [(self._model.kind_label(kind), kind.value) for kind in PartnerKind],
            self.tr("Kind filter"),
            self.tr("Show only partners of this kind"),
        )
        self._tag_box = self._choice_box(
            self.tr("Any tag"),
            [],
            self.tr("Tag filter"),
            self.tr("Show only partners with this tag"),
        )
        self._fill_tags()

        self._view = QTableView(self)
        self._view.setObjectName("partnerList")
        self._view.setAccessibleName(self.tr("Partners"))
        # Connected before the view gets the model, so that this runs before the view's own
        # handler, which would otherwise select the next row in place of a removed one.
        self._model.rowsAboutToBeRemoved.connect(self._before_rows_removed)
        self._view.setModel(self._model)
        self._configure_view()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)

        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        for box in (self._stage_box, self._kind_box, self._tag_box):
            choices.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._filter)
        layout.addLayout(choices)
        layout.addWidget(self._view, 1)
        QWidget.setTabOrder(self._filter, self._stage_box)
        QWidget.setTabOrder(self._stage_box, self._kind_box)
        QWidget.setTabOrder(self._kind_box, self._tag_box)
        QWidget.setTabOrder(self._tag_box, self._view)

        self._filter.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self._apply_filters)
        for box in (self._stage_box, self._kind_box, self._tag_box):
            box.currentIndexChanged.connect(self._apply_filters)
        self._filter.installEventFilter(self)
        self._view.installEventFilter(self)
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._view.doubleClicked.connect(self._activate)
        self._model.modelReset.connect(self._restore_selection)
        # A partner deleted or filtered out while selected takes the selection with it.
        self._model.rowsRemoved.connect(self._on_selection_changed)
        bus.changed.connect(self._on_change)

    # -- what the window asks -------------------------------------------------------------

    def current_partner_id(self) -> int | None:
        rows = self._view.selectionModel().selectedRows()
        return self._model.partner_id(rows[0].row()) if rows else None

    def select_partner(self, partner_id: int | None) -> None:
        """Selects the partner, loading rows or clearing the filters as needed to show it.

        None clears the selection. Either way `partner_selected` says so if it changed.
        """
        if partner_id is None:
            self._view.selectionModel().clear()
            return
        row = self._model.ensure_loaded(partner_id)
        if (
            row is None
            and self._model.query().is_filtered
            and self._store.partner_list.row(partner_id) is not None
        ):
            self._pending_id = partner_id
            self._clear_filters()
            row = self._model.ensure_loaded(partner_id)
        if row is not None:
            self._select_row(row, QAbstractItemView.ScrollHint.PositionAtCenter)

    def focus_filter(self) -> None:
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()

    def model(self) -> PartnerListModel:
        return self._model

    # -- the table ----------------------------------------------------------------------

    def _configure_view(self) -> None:
        view = self._view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        # Tab leaves the list instead of walking its cells.
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        # Fixed row heights: the view never measures rows, however many are loaded.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(PartnerListModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        samples = {
            PartnerListModel.STAGE: [self._model.stage_label(stage) for stage in STAGE_ORDER],
            PartnerListModel.LAST_CONTACT: ["2026-12-31", self.tr("Never")],
            PartnerListModel.OPEN: ["999"],
            PartnerListModel.OVERDUE: ["⚠ 99"],
        }
        for column, texts in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            # Room for the text, the cell margins and the sort arrow.
            width = max(metrics.horizontalAdvance(text) for text in [*texts, title]) + 28
            header.resizeSection(column, width)
        header.setSortIndicator(PartnerListModel.NAME, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)

    # -- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self._filter:
                return self._filter_key(event)
            if watched is self._view:
                return self._list_key(event)
        return super().eventFilter(watched, event)

    def _filter_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Down or key in ENTER_KEYS:
            self._enter_list()
            return True
        if key == Qt.Key.Key_Escape and self._filter.text():
            self._filter.clear()
            self._apply_filters()
            return True
        return False

    def _list_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        current = self._view.currentIndex()
        if key in ENTER_KEYS and current.isValid():
            self._activate(current)
            return True
        if key == Qt.Key.Key_Up and current.row() <= 0:
            self.focus_filter()
            return True
        return False

    def _enter_list(self) -> None:
        if self._debounce.isActive():
            self._apply_filters()
        if self._model.rowCount() and not self._view.selectionModel().hasSelection():
            self._select_row(0, QAbstractItemView.ScrollHint.EnsureVisible)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.partner_activated.emit(self._model.partner_id(index.row()))

    # -- filters --------------------------------------------------------------------------

    def _choice_box(
        self, any_label: str, choices: Sequence[tuple[str, str]], name: str, tip: str
    ) -> QComboBox:
        box = QComboBox(self)
        box.addItem(any_label, None)
        for label, value in choices:
            box.addItem(label, value)
        box.setAccessibleName(name)
        box.setToolTip(tip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        return box

    def _apply_filters(self) -> None:
        self._debounce.stop()
        stage = self._stage_box.currentData()
        kind = self._kind_box.currentData()
        tag = self._tag_box.currentData()
        query = dataclasses.replace(
            self._model.query(),
            text=self._filter.text(),
            stage=PartnerStage(stage) if stage else None,
            kind=PartnerKind(kind) if kind else None,
            tag=str(tag) if tag is not None else None,
        )
        if query != self._model.query():
            self._model.set_query(query)

    def _clear_filters(self) -> None:
        self._debounce.stop()
        for widget in (self._filter, self._stage_box, self._kind_box, self._tag_box):
            widget.blockSignals(True)
        self._filter.clear()
        for box in (self._stage_box, self._kind_box, self._tag_box):
            box.setCurrentIndex(0)
        for widget in (self._filter, self._stage_box, self._kind_box, self._tag_box):
            widget.blockSignals(False)
        self._model.set_query(self._model.query().without_filters())

    def _fill_tags(self) -> None:
        current = self._tag_box.currentData()
        tags = self._store.partner_list.tag_names()
        self._tag_box.blockSignals(True)
        while self._tag_box.count() > 1:
            self._tag_box.removeItem(1)
        for tag in tags:
            # The tag is the item's data too: its text is the user's, shown as it is.
            self._tag_box.addItem(tag, tag)
        index = self._tag_box.findData(current) if current is not None else 0
        self._tag_box.setCurrentIndex(max(index, 0))
        self._tag_box.blockSignals(False)
        if current is not None and index < 0:
            self._apply_filters()  # the chosen tag is gone: show every tag again

    # -- selection ------------------------------------------------------------------------

    def _select_row(self, row: int, hint: QAbstractItemView.ScrollHint) -> None:
        index = self._model.index(row, PartnerListModel.NAME)
        self._view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._view.scrollTo(index, hint)

    def _on_selection_changed(self) -> None:
        partner_id = self.current_partner_id()
        if partner_id != self._selected_id:
            self._selected_id = partner_id
            self.partner_selected.emit(partner_id)

    def _before_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        """A selected partner that leaves the list leaves the selection empty.

        (Qt would select the next partner instead, and show a partner nobody picked.)
        """
        selection = self._view.selectionModel()
        current = self._view.currentIndex()
        if selection is not None and current.isValid() and first <= current.row() <= last:
            selection.clear()

    def _restore_selection(self) -> None:
        """After the rows were read again, selects the same partner if it is still listed."""
        wanted = self._pending_id if self._pending_id is not None else self._selected_id
        within = None if self._pending_id is not None else KEEP_SELECTION_WITHIN
        self._pending_id = None
        if wanted is None:
            return
        row = self._model.ensure_loaded(wanted, within)
        if row is None:
            self._on_selection_changed()  # the selection is gone with the rows
            return
        self._select_row(row, QAbstractItemView.ScrollHint.EnsureVisible)

    # -- keeping up with the notebook -----------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.entity in TAG_ENTITIES:
            self._fill_tags()
