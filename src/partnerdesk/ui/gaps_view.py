"""View ▸ Gaps: open talent and skills needs, across all partners, that no offer fills yet."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.enums import NeedCategory, Priority
from partnerdesk.domain.matching import MATCHED_CATEGORIES, PartnerNeed
from partnerdesk.domain.navigation import Target
from partnerdesk.store.store import Store
from partnerdesk.ui.background import BackgroundJob, start
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.deferred_reload import DeferredReload
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.labels import label
from partnerdesk.ui.match_words import age_text
from partnerdesk.ui.models.record_table_model import Column, RecordTableModel

# What can turn a need into a gap or fill it: needs, offers, partners (to the Trash).
WATCHED = frozenset({Entity.NEED, Entity.OFFER, Entity.PARTNER, Entity.NOTEBOOK})
PARTNER_COLUMN, CATEGORY_COLUMN, PRIORITY_COLUMN, NEED_COLUMN, AGE_COLUMN = range(5)


class GapsView(QDialog):
    """Enter or a double-click opens the partner at that need and steps aside.

    The window is kept, so Ctrl+Shift+G brings it back at the same row: the gaps can be
    gone through one after another.
    """

    open_requested = Signal(object)

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gapsView")
        self.setWindowTitle(self.tr("Gaps — needs nothing fills yet"))
        self._store = store
        self._today = today
        self.category = EnumCombo(NeedCategory, self.tr("Talent and skills"), self)
        for member in NeedCategory:
            if member not in MATCHED_CATEGORIES:
                self.category.removeItem(self.category.findData(member))
        self.category.setObjectName("gapsCategory")
        self.category.setAccessibleName(self.tr("Category"))
        category_label = QLabel(self.tr("&Category"), self)
        category_label.setBuddy(self.category)
        self.summary = QLabel(self)
        self.summary.setObjectName("gapsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        high = Priority.HIGH
        self.model: RecordTableModel[PartnerNeed] = RecordTableModel(
            [
                Column[PartnerNeed](self.tr("Partner"), lambda g: g.partner_name),
                Column[PartnerNeed](self.tr("Category"), lambda g: label(g.need.category)),
                Column[PartnerNeed](
                    self.tr("Priority"),
                    lambda g: label(g.need.priority),
                    warn=lambda g: g.need.priority is high,
                ),
                Column[PartnerNeed](self.tr("Need"), lambda g: g.need.description),
                Column[PartnerNeed](
                    self.tr("Age"), lambda g: age_text(g.need.created_at, self._today())
                ),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("gapsList")
        self.view.setAccessibleName(self.tr("Needs nothing fills yet"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Widths from sample text: sizing to contents would read thousands of rows.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NEED_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        for column, sample in (
            (PARTNER_COLUMN, "Northwind Community Bank & Co."),
            (CATEGORY_COLUMN, max(self.tr("Category"), label(NeedCategory.SKILLS), key=len) + "  "),
            (PRIORITY_COLUMN, "Priority  "),
            (AGE_COLUMN, "11 months  "),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)

        self.open_button = QPushButton(self.tr("&Open Partner"), self)
        self.open_button.setToolTip(self.tr("Open the partner at this need (Enter)"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        # Enter belongs to the table (it opens the gap), never to a button as well.
        for button in (close.button(QDialogButtonBox.StandardButton.Close), self.open_button):
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(category_label)
        top.addWidget(self.category)
        top.addWidget(self.summary, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.category, self.view)
        self.setTabOrder(self.view, self.open_button)

        self._generation = 0
        self._job: BackgroundJob | None = None
        self._deferred = DeferredReload(self, self.reload, self._today)
        self.category.currentIndexChanged.connect(self.reload)
        self.view.activated.connect(self._open_index)
        self.open_button.clicked.connect(self.open_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        bus.changed.connect(self._on_change)
        self.resize(1000, 600)
        self.reload()

    # -- public ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Asks the thread pool for the gaps; the rows shown stay until the answer comes.

        Over thousands of needs the answer takes a moment: the window opens at once.
        """
        self._deferred.loaded(self._today())
        self._generation += 1
        generation = self._generation
        store, category = self._store, self.category.value()
        job = BackgroundJob(lambda: store.matching.gaps(category))
        job.signals.finished.connect(lambda gaps: self._on_loaded(generation, gaps))
        job.signals.failed.connect(lambda message: self._on_failed(generation, message))
        self._job = job
        if not self.model.rowCount():
            self.summary.setText(self.tr("Looking for needs that no offer fills…"))
        start(job)

    def is_loading(self) -> bool:
        return self._job is not None

    def current_gap(self) -> PartnerNeed | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def open_current(self) -> None:
        gap = self.current_gap()
        if gap is not None:
            self.open_requested.emit(Target(gap.need.partner_id, Entity.NEED, gap.need.id))
            self.hide()

    # -- reacting ----------------------------------------------------------------------------

    def _on_loaded(self, generation: int, gaps: list[PartnerNeed]) -> None:
        if generation != self._generation:
            return  # a later question is on its way
        self._job = None
        current = self.current_gap()
        self.model.set_records(gaps)
        self.summary.setText(self._summary(gaps))
        row = 0
        if current is not None:
            row = next((i for i, g in enumerate(gaps) if g.need.id == current.need.id), 0)
        if gaps:
            self.view.selectRow(row)
        self._update_buttons()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._job = None
            self.summary.setText(
                self.tr("The gaps could not be read: {reason}").format(reason=message)
            )

    def _on_change(self, change: Change) -> None:
        if change.entity in WATCHED:
            self._deferred.request()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.selectRow(index.row())
            self.open_current()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_gap() is not None)

    def _summary(self, gaps: list[PartnerNeed]) -> str:
        if not gaps:
            return self.tr("Every open talent and skills need has an offer that could fill it.")
        partners = len({gap.need.partner_id for gap in gaps})
        high = sum(1 for gap in gaps if gap.need.priority is Priority.HIGH)
        # Spelled out rather than "%n": no translation file supplies English plurals.
        needs = self.tr("1 open need") if len(gaps) == 1 else self.tr("{count} open needs")
        at = self.tr("1 partner") if partners == 1 else self.tr("{count} partners")
        return self.tr(
            "{needs} at {partners} that no offer fills yet, {high} of high priority. "
            "Enter opens the partner."
        ).format(
            needs=needs.format(count=len(gaps)),
            partners=at.format(count=partners),
            high=high,
        )
