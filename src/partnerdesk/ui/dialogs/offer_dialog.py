"""New or edit offer: what our side can give, to which kinds of need, how many, when."""

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from partnerdesk.domain.enums import NeedCategory, OfferKind
from partnerdesk.domain.models import Offer
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.labels import label

NO_CAPACITY = -1  # the spin box's "not set" value, stored as None
MAX_CAPACITY = 100_000


class OfferDialog(RecordDialog[Offer]):
    def __init__(
        self, offer: Offer, save: Callable[[Offer], Offer], parent: QWidget | None = None
    ) -> None:
        title = self.tr("New offer") if offer.id == 0 else self.tr("Edit offer")
        super().__init__(title, save, parent)
        self.setObjectName("offerDialog")
        self._original = offer
        self.name = QLineEdit(offer.name, self)
        self.name.setPlaceholderText(self.tr("e.g. Data Science Certificate"))
        self.kind = EnumCombo(OfferKind, parent=self)
        self.kind.set_value(offer.kind)
        self.categories: dict[NeedCategory, QCheckBox] = {}
        boxes = QWidget(self)
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        for position, category in enumerate(NeedCategory):
            box = QCheckBox(label(category), boxes)
            box.setChecked(category in offer.categories)
            self.categories[category] = box
            grid.addWidget(box, position // 4, position % 4)
        self.skills = QLineEdit(offer.skills, self)
        self.skills.setPlaceholderText(self.tr("comma-separated: Python, SQL, machine learning"))
        self.capacity = QSpinBox(self)
        self.capacity.setRange(NO_CAPACITY, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("Not set"))
        self.capacity.setValue(NO_CAPACITY if offer.capacity is None else offer.capacity)
        self.capacity.setToolTip(self.tr("How many places or people; 0 when full"))
        self.season = QLineEdit(offer.season, self)
        self.season.setPlaceholderText(self.tr("e.g. Fall and Spring, Year-round"))
        self.description = QPlainTextEdit(offer.description, self)
        self.description.setTabChangesFocus(True)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("categories", self.tr("Fills &needs of"), boxes)
        self.add_field("skills", self.tr("&Skills"), self.skills)
        self.add_field("capacity", self.tr("&Capacity"), self.capacity)
        self.add_field("season", self.tr("S&eason"), self.season)
        self.add_field("description", self.tr("&Description"), self.description)
        self.resize(520, 420)

    def build(self) -> Offer:
        capacity = self.capacity.value()
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            kind=self.kind.value() or OfferKind.OTHER,
            categories=tuple(c for c, box in self.categories.items() if box.isChecked()),
            skills=self.skills.text(),
            capacity=None if capacity == NO_CAPACITY else capacity,
            season=self.season.text(),
            description=self.description.toPlainText(),
        )
