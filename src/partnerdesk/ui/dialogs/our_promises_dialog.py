"""View ▸ Our Promises: what our office owes, by owner, and how often we kept our word."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import OwnerLoad
from partnerdesk.domain.track_record import monthly_rates, track_record, year_ago
from partnerdesk.store.store import Store
from partnerdesk.ui.models.record_table_model import Column, RecordTableModel
from partnerdesk.ui.on_time_chart import OnTimeChart


class OurPromisesDialog(QDialog):
    def __init__(
        self, store: Store, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ourPromises")
        self.setWindowTitle(self.tr("Our promises"))
        self._store = store
        self._today = today
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.owners: RecordTableModel[OwnerLoad] = RecordTableModel(
            [
                Column[OwnerLoad](self.tr("Owner"), lambda o: o.owner_name or self.tr("Nobody")),
                Column[OwnerLoad](self.tr("Open"), lambda o: str(o.open)),
                Column[OwnerLoad](
                    self.tr("Overdue"), lambda o: str(o.overdue), warn=lambda o: o.overdue > 0
                ),
            ],
            self,
        )
        table = QTableView(self)
        table.setObjectName("ownerLoadList")
        table.setModel(self.owners)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = OnTimeChart(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Our open commitments by owner"), self))
        layout.addWidget(table, 1)
        layout.addWidget(
            QLabel(self.tr("Our promises kept on time, by the month they were due"), self)
        )
        layout.addWidget(self.chart)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self.reload()

    def reload(self) -> None:
        today = self._today()
        loads = self._store.commitments.open_by_owner(Direction.OURS)
        self.owners.set_records(loads)
        recent = self._store.commitments.due_since(Direction.OURS, year_ago(today).replace(day=1))
        self.chart.set_rates(monthly_rates(recent, today))
        record = track_record(recent, today).ours
        self.summary.setText(
            self.tr(
                "{open} open, {overdue} overdue. In the last 12 months we kept {kept} of "
                "{counted} on time."
            ).format(
                open=sum(load.open for load in loads),
                overdue=sum(load.overdue for load in loads),
                kept=record.kept,
                counted=record.counted,
            )
        )
