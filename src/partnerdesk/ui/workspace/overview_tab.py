"""The Overview tab: the partner's details, summary and what we offer, edited in place."""

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.enums import PartnerKind, PartnerStage
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.models import Partner
from partnerdesk.store.store import Store
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.person_combo import PersonCombo
from partnerdesk.ui.typed_text import typed_text


class OverviewTab(QWidget):
    """Edits one partner's fields; saves on Ctrl+S, on the Save button and before switching."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._partner: Partner | None = None
        self._loading = False
        self._dirty = False
        # A partner was set while the tab was hidden: the fields fill when it is shown.
        self._stale = False
        # Our people as the owner box lists them (id to name), None until read.
        self._owner_names: dict[int, str] | None = None
        self.name = QLineEdit(self)
        self.kind = EnumCombo(PartnerKind, parent=self)
        self.stage = EnumCombo(PartnerStage, parent=self)
        self.sector = QLineEdit(self)
        self.website = QLineEdit(self)
        self.address = QLineEdit(self)
        self.city = QLineEdit(self)
        self.country = QLineEdit(self)
        self.owner = PersonCombo([], self.tr("Nobody yet"), self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated: internships, research"))
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("partnerSummary")
        self.summary.setPlaceholderText(self.tr("Who they are and why they matter (Markdown)"))
        self.summary.setTabChangesFocus(True)
        self.offer = QPlainTextEdit(self)
        self.offer.setObjectName("partnerOffer")
        self.offer.setPlaceholderText(self.tr("What we offer them (Markdown)"))
        self.offer.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the partner's details (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.clicked.connect(self.revert)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        kind_stage = QHBoxLayout()
        kind_stage.addWidget(self.kind)
        kind_stage.addWidget(QLabel(self.tr("Stage"), self))
        kind_stage.addWidget(self.stage)
        # A row holding a layout gets a label without a buddy: give it one, so its mnemonic
        # works (and the "&" does not show).
        kind_label = QLabel(self.tr("&Kind"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, kind_stage)
        form.addRow(self.tr("Se&ctor"), self.sector)
        form.addRow(self.tr("&Website"), self.website)
        form.addRow(self.tr("&Address"), self.address)
        place = QHBoxLayout()
        place.addWidget(self.city)
        place.addWidget(self.country)
        form.addRow(self.tr("City, country"), place)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("S&ummary"), self.summary)
        form.addRow(self.tr("What we o&ffer"), self.offer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

        for editor in (
            self.name,
            self.sector,
            self.website,
            self.address,
            self.city,
            self.country,
            self.tags,
        ):
            editor.textEdited.connect(self._mark_dirty)
        for text_editor in (self.summary, self.offer):
            text_editor.textChanged.connect(self._mark_dirty)
        for combo in (self.kind, self.stage, self.owner):
            combo.currentIndexChanged.connect(self._mark_dirty)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self._update_buttons()

    def show_partner(self, partner: Partner | None) -> None:
        """Shows a partner's fields, or none. Behind another tab of a shown window, they are
        filled when this tab is shown: selecting a partner pays only for what is on screen."""
        self._partner = partner
        self._dirty = False
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill()

    def _fill(self) -> None:
        self._stale = False
        self._loading = True
        partner = self._partner
        owner_id = partner.owner_id if partner else None
        if partner is not None and self._owner_names is None:
            # Our people are read and listed once, and again only after they changed
            # (`people_changed`): hundreds of items on each selection would cost the
            # workspace its frame.
            self._owner_names = self._store.people.names()
            self.owner.clear()
            self.owner.addItem(self.tr("Nobody yet"), None)
            for person_id, name in self._owner_names.items():
                self.owner.addItem(name, person_id)
        values = partner or Partner(name="")
        self.name.setText(values.name)
        self.kind.set_value(values.kind)
        self.stage.set_value(values.stage)
        self.sector.setText(values.sector)
        self.website.setText(values.website)
        self.address.setText(values.address)
        self.city.setText(values.city)
        self.country.setText(values.country)
        self.owner.set_person_id(owner_id)
        self.tags.setText(", ".join(values.tags))
        self.summary.setPlainText(values.summary)
        self.offer.setPlainText(values.offer_text)
        self.status.clear()
        self._dirty = False
        self._loading = False
        self._update_buttons()

    def people_changed(self) -> None:
        """Our people may have changed: the owner box reads them again when next filled."""
        self._owner_names = None

    def is_dirty(self) -> bool:
        return self._dirty

    def edited_partner(self) -> Partner | None:
        if self._partner is None or self._stale:
            return self._partner  # not filled in yet, so not edited either
        return dataclasses.replace(
            self._partner,
            name=self.name.text(),
            kind=self.kind.value() or PartnerKind.OTHER,
            stage=self.stage.value() or PartnerStage.PROSPECT,
            sector=self.sector.text().strip(),
            website=self.website.text().strip(),
            address=self.address.text().strip(),
            city=self.city.text().strip(),
            country=self.country.text().strip(),
            owner_id=self.owner.person_id(),
            tags=tuple(tag.strip() for tag in self.tags.text().split(",") if tag.strip()),
            summary=typed_text(self.summary),
            offer_text=typed_text(self.offer),
        )

    def save(self) -> bool:
        """Saves the edits; on bad input says why in place, keeps the edits and returns False."""
        edited = self.edited_partner()
        if edited is None or not self._dirty:
            return True
        try:
            stored = self._store.partners.update(edited)
        except PartnerDeskError as error:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=error_text(error)))
            self.status.setStyleSheet("color: #b3261e;")
            return False
        self._partner = stored
        self._dirty = False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved"))
        self._update_buttons()
        self.saved.emit(stored)
        return True

    def revert(self) -> None:
        if self._partner is not None:
            self.show_partner(self._store.partners.get(self._partner.id))

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self.status.clear()
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)
