"""The pairing map of one initiative: our people against theirs, who works with whom.

A side with nobody paired is flagged (in the table and in the line above it). Pair two
members with the two pickers and "Pair" (or Return in a picker); select a pair and press
"Unpair" (or Delete); F2 or a double-click on a role edits it. A pairing the rules refuse
(see `domain.pairings`) is explained under the table and nothing is saved.
"""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.changes import Change, Entity
from partnerdesk.domain.enums import Side
from partnerdesk.domain.errors import NotFound, PartnerDeskError
from partnerdesk.domain.models import Initiative, InitiativeMember
from partnerdesk.domain.pairings import PairingMap as Map
from partnerdesk.domain.pairings import pairing_map
from partnerdesk.store.store import Store
from partnerdesk.ui.change_bus import ChangeBus
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.models.pairing_map_model import (
    LINK,
    OUR_PERSON,
    OUR_ROLE,
    THEIR_PERSON,
    THEIR_ROLE,
    PairingMapModel,
)

WARN_STYLE = "color: #b3261e;"


class PairingMap(QWidget):
    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairingMap")
        self._store = store
        self._initiative: Initiative | None = None
        self._names: dict[int, str] = {}

        self.heading = QLabel(self)
        self.heading.setObjectName("pairingHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.summary = QLabel(self)
        self.summary.setObjectName("pairingSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.model = PairingMapModel(self)
        self.model.set_role = self._set_role
        self.table = QTableView(self)
        self.table.setObjectName("pairingTable")
        self.table.setAccessibleName(self.tr("Pairing map"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (OUR_PERSON, THEIR_PERSON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (OUR_ROLE, THEIR_ROLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LINK, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(LINK, self.fontMetrics().horizontalAdvance("⟷") * 4)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.our_picker = QComboBox(self)
        self.our_picker.setObjectName("pairOurPerson")
        self.our_picker.setAccessibleName(self.tr("Our person to pair"))
        self.their_picker = QComboBox(self)
        self.their_picker.setObjectName("pairTheirPerson")
        self.their_picker.setAccessibleName(self.tr("Their person to pair"))
        self.pair_button = QPushButton(self.tr("P&air"), self)
        self.pair_button.setObjectName("pairButton")
        self.pair_button.setToolTip(self.tr("Pair the two people chosen on the left"))
        self.unpair_button = QPushButton(self.tr("&Unpair"), self)
        self.unpair_button.setObjectName("unpairButton")
        self.unpair_button.setToolTip(self.tr("Unpair the selected pair (Delete)"))
        self.pair_button.clicked.connect(self.pair_chosen)
        self.unpair_button.clicked.connect(self.unpair_current)
        for picker in (self.our_picker, self.their_picker):
            picker.currentIndexChanged.connect(self._update_buttons)
        unpair_action = QAction(self.tr("Unpair"), self.table)
        unpair_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        unpair_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        unpair_action.triggered.connect(self.unpair_current)
        self.table.addAction(unpair_action)

        self.message = QLabel(self)
        self.message.setObjectName("pairingMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it names people
        self.message.setWordWrap(True)
        self.message.setStyleSheet(WARN_STYLE)
        self.message.hide()

        controls = QHBoxLayout()
        pair_label = QLabel(self.tr("Pair"), self)
        pair_label.setBuddy(self.our_picker)
        controls.addWidget(pair_label)
        controls.addWidget(self.our_picker, 1)
        controls.addWidget(QLabel(self.tr("with"), self))
        controls.addWidget(self.their_picker, 1)
        controls.addWidget(self.pair_button)
        controls.addWidget(self.unpair_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.table, self.our_picker)
        QWidget.setTabOrder(self.our_picker, self.their_picker)
        QWidget.setTabOrder(self.their_picker, self.pair_button)
        QWidget.setTabOrder(self.pair_button, self.unpair_button)

        bus.changed.connect(self._on_store_changed)
        self._show(None)

    # -- public ------------------------------------------------------------------------------

    @property
    def initiative(self) -> Initiative | None:
        return self._initiative

    def set_initiative(self, initiative_id: int | None) -> None:
        """Shows the map of one initiative (or none); refused pairings are forgotten."""
        if self._initiative is None or self._initiative.id != initiative_id:
            self._say("")
        initiative = None
        if initiative_id is not None:
            try:
                initiative = self._store.initiatives.get(initiative_id)
            except NotFound:
                initiative = None
        self._show(initiative)

    def pair_chosen(self) -> bool:
        """Pairs the people chosen in the two pickers; False (and why, below) if refused."""
        ours, theirs = self.our_picker.currentData(), self.their_picker.currentData()
        if self._initiative is None or ours is None or theirs is None:
            return False
        return self._apply(lambda i: self._store.initiatives.pair(i, ours, theirs))

    def unpair_current(self) -> bool:
        row = self.model.map_row(self.table.currentIndex().row())
        if self._initiative is None or row is None or row.ours is None or row.theirs is None:
            return False
        ours, theirs = row.ours.person_id, row.theirs.person_id
        return self._apply(lambda i: self._store.initiatives.unpair(i, ours, theirs))

    def current_map(self) -> Map | None:
        if self._initiative is None:
            return None
        return pairing_map(self._initiative.members, self._initiative.pairings, self._names)

    # -- inside ------------------------------------------------------------------------------

    def _apply(self, change: Callable[[int], Initiative]) -> bool:
        assert self._initiative is not None
        try:
            updated = change(self._initiative.id)
        except PartnerDeskError as error:
            self._say(error_text(error))
            return False
        self._say("")
        self._show(updated)
        return True

    def _set_role(self, person_id: int, role: str) -> bool:
        if self._initiative is None:
            return False
        initiative_id = self._initiative.id
        return self._apply(
            lambda _i: self._store.initiatives.set_role(initiative_id, person_id, role)
        )

    def _show(self, initiative: Initiative | None) -> None:
        self._initiative = initiative
        current = self.table.currentIndex()
        place = (current.row(), current.column()) if current.isValid() else None
        if initiative is None:
            self._names = {}
            self.heading.setText(self.tr("Pairing map"))
            self.summary.setText(self.tr("Select an initiative to see who works with whom."))
            self.summary.setStyleSheet("")
            self.model.set_rows([], {})
            self._fill_pickers([], [])
            self._update_buttons()
            return
        ids = [member.person_id for member in initiative.members]
        self._names = {person.id: person.full_name for person in self._store.people.get_many(ids)}
        # People in the Trash keep their place in the map, named as such.
        for person_id in ids:
            self._names.setdefault(person_id, self.tr("(in the Trash)"))
        result = pairing_map(initiative.members, initiative.pairings, self._names)
        self.heading.setText(self.tr("Pairing map — {name}").format(name=initiative.name))
        self.summary.setText(self._summary_text(initiative, result))
        flagged = bool(result.unpaired_ours or result.unpaired_theirs)
        self.summary.setStyleSheet(WARN_STYLE if flagged else "")
        self.model.set_rows(result.rows, self._names)
        self._fill_pickers(
            [m for m in initiative.members if m.side is Side.OURS],
            [m for m in initiative.members if m.side is Side.THEIRS],
        )
        if place is not None and self.model.rowCount():
            row = min(place[0], self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, place[1]))
        self._update_buttons()

    def _summary_text(self, initiative: Initiative, result: Map) -> str:
        ours = sum(1 for m in initiative.members if m.side is Side.OURS)
        theirs = len(initiative.members) - ours
        if not initiative.members:
            return self.tr("No members yet: add people from both sides with Edit….")
        parts = [
            self.tr("{ours} of ours, {theirs} of theirs, {pairs} paired").format(
                ours=ours, theirs=theirs, pairs=result.pairs
            )
        ]
        if ours == 0:
            parts.append(self.tr("nobody of ours is on it yet"))
        elif result.unpaired_ours:
            parts.append(
                self.tr("our side: {names} without a counterpart").format(
                    names=", ".join(self._names[m.person_id] for m in result.unpaired_ours)
                )
            )
        if theirs == 0:
            parts.append(self.tr("nobody of theirs is on it yet"))
        elif result.unpaired_theirs:
            parts.append(
                self.tr("their side: {names} without a counterpart").format(
                    names=", ".join(self._names[m.person_id] for m in result.unpaired_theirs)
                )
            )
        return " · ".join(parts)

    def _fill_pickers(self, ours: list[InitiativeMember], theirs: list[InitiativeMember]) -> None:
        for picker, members in ((self.our_picker, ours), (self.their_picker, theirs)):
            chosen = picker.currentData()
            picker.blockSignals(True)
            picker.clear()
            for member in sorted(members, key=lambda m: self._names[m.person_id].casefold()):
                picker.addItem(self._names[member.person_id], member.person_id)
            picker.setCurrentIndex(max(picker.findData(chosen), 0))
            picker.blockSignals(False)

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Choosing someone with nobody paired picks them, ready to be paired."""
        row = self.model.map_row(current.row()) if current.isValid() else None
        if row is not None and not row.is_pair:
            for picker, member in ((self.our_picker, row.ours), (self.their_picker, row.theirs)):
                if member is not None:
                    picker.setCurrentIndex(max(picker.findData(member.person_id), 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.model.map_row(self.table.currentIndex().row())
        has_both = self.our_picker.count() > 0 and self.their_picker.count() > 0
        self.pair_button.setEnabled(self._initiative is not None and has_both)
        self.unpair_button.setEnabled(row is not None and row.is_pair)
        self.our_picker.setEnabled(self.our_picker.count() > 0)
        self.their_picker.setEnabled(self.their_picker.count() > 0)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_store_changed(self, change: Change) -> None:
        if self._initiative is None:
            return
        mine = self._initiative.id in change.ids or not change.ids
        if (
            change.entity is Entity.NOTEBOOK
            or (change.entity is Entity.INITIATIVE and mine)
            or change.entity is Entity.PERSON
        ):
            self.set_initiative(self._initiative.id)
