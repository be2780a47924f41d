"""The Initiatives tab: small joint efforts with a goal, a size and a next check-in.

Under the list, the pairing map of the selected initiative. "Promote…" climbs the size
ladder (asking first while fewer than three of its commitments were kept on time);
"Check-in E-mail…" drafts the "Where are we on …?" e-mail.
"""

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from partnerdesk.domain.changes import Entity
from partnerdesk.domain.enums import Side
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.initiative_ladder import next_size
from partnerdesk.domain.models import Initiative
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.dialogs.initiative_dialog import InitiativeDialog
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.draft_commands import draft_for_initiative
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.labels import label
from partnerdesk.ui.models.record_table_model import Column
from partnerdesk.ui.pairing_map import PairingMap
from partnerdesk.ui.workspace.record_tab import RecordTab

# Asks a yes/no question (title, text); replaceable so that tests need no modal box.
Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class InitiativesTab(RecordTab[Initiative]):
    entity = Entity.INITIATIVE

    def __init__(
        self, store: Store, bus: ChangeBus, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        columns = [
            Column[Initiative](self.tr("Initiative"), lambda i: i.name),
            Column[Initiative](self.tr("Size"), lambda i: label(i.size)),
            Column[Initiative](self.tr("Status"), lambda i: label(i.status)),
            Column[Initiative](self.tr("Next check-in"), lambda i: format_day(i.next_check_in_on)),
            Column[Initiative](self.tr("Members"), self._members_text),
            Column[Initiative](self.tr("Goal"), lambda i: i.goal),
        ]
        self.pairing_map = PairingMap(store, bus)
        super().__init__(store, bus, undo_stack, columns, parent)
        self.view.setObjectName("initiativeList")
        self.confirm: Confirm = ask

        self.promote_button = QPushButton(self.tr("P&romote…"), self)
        self.promote_button.setObjectName("promoteInitiative")
        self.promote_button.clicked.connect(self.promote_current)
        self.check_in_button = QPushButton(self.tr("Chec&k-in E-mail…"), self)
        self.check_in_button.setObjectName("checkInEmail")
        self.check_in_button.setToolTip(self.tr("Draft a “Where are we on …?” e-mail"))
        self.check_in_button.clicked.connect(self.draft_check_in)
        self.buttons.insertWidget(3, self.promote_button)
        self.buttons.insertWidget(4, self.check_in_button)

        # The list over the map of the selected initiative.
        layout = cast(QVBoxLayout, self.layout())
        layout.removeWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("initiativeSplitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.pairing_map)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.view, self.pairing_map.table)
        self._update_buttons()

    # -- RecordTab ---------------------------------------------------------------------------

    def load(self, partner_id: int) -> list[Initiative]:
        return self._store.initiatives.for_partner(partner_id)

    def blank(self, partner_id: int) -> Initiative:
        return Initiative(partner_id=partner_id, name="")

    def label_of(self, record: Initiative) -> str:
        return record.name

    def open_editor(self, record: Initiative) -> Initiative | None:
        people = self._store.people.ours() + self._store.people.for_partner(record.partner_id)
        save = self._store.initiatives.add if record.id == 0 else self._store.initiatives.update
        dialog = InitiativeDialog(record, people, save, self)
        dialog.exec()
        return dialog.saved

    def reload(self) -> None:
        super().reload()
        # The map always shows something: the first initiative when none was selected.
        if self.current_record() is None and self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    # -- commands ----------------------------------------------------------------------------

    def promote_current(self) -> Initiative | None:
        """Climbs one rung; asks first while fewer than three commitments were kept on time."""
        initiative = self.current_record()
        if initiative is None:
            return None
        try:
            check = self._store.initiatives.promotion_check(initiative.id)
        except PartnerDeskError as error:
            QMessageBox.warning(self, self.tr("Not promoted"), error_text(error))
            return None
        if check.proposed is None:
            return None
        title = self.tr("Promote to {size}?").format(size=label(check.proposed))
        if check.needs_confirmation and not self.confirm(
            self,
            title,
            self.tr(
                "Start small: {kept} of {counted} commitments kept on time; promote anyway?"
            ).format(kept=check.record.kept, counted=check.record.counted),
        ):
            return None
        try:
            promoted = self._store.initiatives.promote(initiative.id)
        except PartnerDeskError as error:
            QMessageBox.warning(self, self.tr("Not promoted"), error_text(error))
            return None
        self.select_item(promoted.id)
        return promoted

    def draft_check_in(self) -> None:
        initiative = self.current_record()
        if initiative is not None:
            draft_for_initiative(self._store, initiative, self)

    # -- inside ------------------------------------------------------------------------------

    def _members_text(self, initiative: Initiative) -> str:
        ours = sum(1 for m in initiative.members if m.side is Side.OURS)
        theirs = len(initiative.members) - ours
        return self.tr("{ours} ours · {theirs} theirs").format(ours=ours, theirs=theirs)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not hasattr(self, "promote_button"):
            return  # called by the base class before this tab's buttons exist
        initiative = self.current_record()
        following = None if initiative is None else next_size(initiative.size)
        self.promote_button.setEnabled(following is not None)
        self.promote_button.setToolTip(
            self.tr("Move up to {size}").format(size=label(following))
            if following is not None
            else self.tr("Already at the top of the ladder")
            if initiative is not None
            else ""
        )
        self.check_in_button.setEnabled(initiative is not None)
        shown = self.pairing_map.initiative
        if initiative is None or shown is None or shown.id != initiative.id:
            self.pairing_map.set_initiative(None if initiative is None else initiative.id)
