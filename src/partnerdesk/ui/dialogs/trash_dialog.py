"""Edit ▸ Trash: what was deleted, to restore, delete forever, or empty."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.models import TrashItem
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.formatting import format_moment
from partnerdesk.ui.models.record_table_model import Column, RecordTableModel


class TrashDialog(QDialog):
    """Everything in the Trash, newest first; refreshes itself from the bus."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        # Gone once closed, so that no hidden copy keeps reloading on every change.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._store = store
        kinds = {
            "partner": self.tr("Partner"),
            "person": self.tr("Person"),
            "meeting": self.tr("Meeting"),
            "commitment": self.tr("Commitment"),
            "need": self.tr("Need"),
            "offer": self.tr("Offer"),
            "initiative": self.tr("Initiative"),
        }
        self.model: RecordTableModel[TrashItem] = RecordTableModel(
            [
                Column[TrashItem](
                    self.tr("What"), lambda item: item.label or self.tr("(untitled)")
                ),
                Column[TrashItem](self.tr("Kind"), lambda item: kinds.get(item.kind, item.kind)),
                Column[TrashItem](self.tr("Deleted"), lambda item: format_moment(item.deleted_at)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("trashList")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Deleted items"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.restore = QPushButton(self.tr("&Restore"), self)
        self.delete_forever = QPushButton(self.tr("&Delete Forever…"), self)
        self.empty = QPushButton(self.tr("&Empty Trash…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.restore.clicked.connect(self.restore_selected)
        self.delete_forever.clicked.connect(self.delete_selected)
        self.empty.clicked.connect(self.empty_trash)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.restore, self.delete_forever, self.empty):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 420)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_records(self._store.trash.items())
        count = self.model.rowCount()
        self.status.setText(
            self.tr("The Trash is empty.")
            if count == 0
            else self.tr("{count} deleted items.").format(count=count)
        )
        rows = [
            row
            for row, item in enumerate(self.model.records())
            if selected is not None and (item.kind, item.id) == (selected.kind, selected.id)
        ]
        if rows or count:
            self.table.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def selected(self) -> TrashItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._do(lambda: self._store.trash.restore(item.kind, item.id))

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        if self._ask(
            self.tr("Delete “{label}” forever? This cannot be undone.").format(label=item.label)
        ):
            self._do(lambda: self._store.trash.purge(item.kind, item.id))

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if count and self._ask(
            self.tr("Delete all {count} items in the Trash forever? This cannot be undone.").format(
                count=count
            )
        ):
            self._do(self._store.trash.empty)

    # -- inside --------------------------------------------------------------------------------

    def _ask(self, question: str) -> bool:
        box = QMessageBox(self)
        box.setObjectName("deleteForeverQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete forever"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the question quotes what the user named
        box.setText(question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _do(self, work: Callable[[], object]) -> None:
        try:
            work()
        except PartnerDeskError as error:
            QMessageBox.warning(self, self.tr("Trash"), error_text(error))
        self.reload()

    def _on_changed(self, _change: Change) -> None:
        self.reload()

    def _update_buttons(self) -> None:
        has_item = self.selected() is not None
        self.restore.setEnabled(has_item)
        self.delete_forever.setEnabled(has_item)
        self.empty.setEnabled(self.model.rowCount() > 0)
