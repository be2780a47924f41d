"""A tab listing one kind of a partner's records, with New, Edit and Delete (undoable)."""

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.models import Record
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.flow_layout import FlowLayout
from partnerdesk.ui.models.record_table_model import Column, RecordTableModel
from partnerdesk.ui.undo import trash_with_undo

RecordT = TypeVar("RecordT", bound=Record)


class RecordTab(QWidget, Generic[RecordT]):
    """Subclasses say how to load, label, create and edit their kind of record."""

    entity: Entity
    watched: frozenset[Entity] = frozenset()

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        columns: Sequence[Column[RecordT]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._undo_stack = undo_stack
        self._partner_id: int | None = None
        self._stale = False
        self.model: RecordTableModel[RecordT] = RecordTableModel(columns, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        # Wraps when the tab is narrow, so longer translations never widen the window.
        self.buttons = FlowLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Delete), self.delete_current),
            (QKeySequence(Qt.Key.Key_Return), self.edit_current),
            (QKeySequence(Qt.Key.Key_Insert), self.new_record),
        ):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        bus.changed.connect(self._on_store_changed)
        self._update_buttons()

    # -- what subclasses provide ------------------------------------------------------------

    def load(self, partner_id: int) -> list[RecordT]:
        raise NotImplementedError

    def blank(self, partner_id: int) -> RecordT:
        raise NotImplementedError

    def open_editor(self, record: RecordT) -> RecordT | None:
        """Shows the dialog for `record` (new when its id is 0); the saved record or None."""
        raise NotImplementedError

    def label_of(self, record: RecordT) -> str:
        raise NotImplementedError

    # -- behaviour ----------------------------------------------------------------------------

    def set_partner(self, partner_id: int | None) -> None:
        self._partner_id = partner_id
        # A tab hidden behind another in a shown window loads when it is first shown, so
        # switching partner only pays for what the user sees.
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        selected = self.current_record()
        records = [] if self._partner_id is None else self.load(self._partner_id)
        self.model.set_records(records)
        if selected is not None:
            self.select_item(selected.id)
        self._update_buttons()

    def current_record(self) -> RecordT | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_item(self, record_id: int) -> bool:
        if self._stale:
            self.reload()
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def new_record(self) -> None:
        if self._partner_id is None:
            return
        saved = self.open_editor(self.blank(self._partner_id))
        if saved is not None:
            self.reload()
            self.select_item(saved.id)

    def edit_current(self) -> None:
        record = self.current_record()
        if record is not None and self.open_editor(record) is not None:
            self.reload()

    def delete_current(self) -> None:
        record = self.current_record()
        if record is not None:
            trash_with_undo(
                self._undo_stack, self._store, self.entity, record.id, self.label_of(record)
            )

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _on_store_changed(self, change: Change) -> None:
        if self._partner_id is None:
            return
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return
        concerned = change.entity is self.entity or change.entity in self.watched
        if change.entity is Entity.NOTEBOOK or (
            concerned and (not change.partner_ids or self._partner_id in change.partner_ids)
        ):
            self.reload()

    def _update_buttons(self) -> None:
        has_partner = self._partner_id is not None
        has_record = self.current_record() is not None
        self.new_button.setEnabled(has_partner)
        self.edit_button.setEnabled(has_record)
        self.delete_button.setEnabled(has_record)
