"""New or edit partner: name, kind, stage, place, owner and tags."""

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLineEdit, QWidget

from partnerdesk.domain.enums import PartnerKind, PartnerStage
from partnerdesk.domain.models import Partner, Person
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.person_combo import PersonCombo


class PartnerDialog(RecordDialog[Partner]):
    def __init__(
        self,
        partner: Partner | None,
        our_people: Sequence[Person],
        save: Callable[[Partner], Partner],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New partner") if partner is None else self.tr("Edit partner")
        super().__init__(title, save, parent)
        self._original = partner or Partner(name="")
        self.name = QLineEdit(self._original.name, self)
        self.name.setObjectName("partnerName")
        self.name.setPlaceholderText(self.tr("Organization name"))
        self.kind = EnumCombo(PartnerKind, parent=self)
        self.kind.set_value(self._original.kind)
        self.stage = EnumCombo(PartnerStage, parent=self)
        self.stage.set_value(self._original.stage)
        self.sector = QLineEdit(self._original.sector, self)
        self.city = QLineEdit(self._original.city, self)
        self.country = QLineEdit(self._original.country, self)
        self.website = QLineEdit(self._original.website, self)
        self.owner = PersonCombo(our_people, self.tr("Nobody yet"), self)
        self.owner.set_person_id(self._original.owner_id)
        self.tags = QLineEdit(", ".join(self._original.tags), self)
        self.tags.setPlaceholderText(self.tr("internships, research, board"))
        self.add_field("partner name", self.tr("&Name"), self.name)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("stage", self.tr("&Stage"), self.stage)
        self.add_field("sector", self.tr("Se&ctor"), self.sector)
        self.add_field("city", self.tr("C&ity"), self.city)
        self.add_field("country", self.tr("Co&untry"), self.country)
        self.add_field("website", self.tr("&Website"), self.website)
        self.add_field("owner", self.tr("&Owner (ours)"), self.owner)
        self.add_field("tag", self.tr("&Tags"), self.tags)
        self.resize(460, self.sizeHint().height())

    def build(self) -> Partner:
        return dataclasses.replace(
            self._original,
            name=self.name.text(),
            kind=self.kind.value() or PartnerKind.OTHER,
            stage=self.stage.value() or PartnerStage.PROSPECT,
            sector=self.sector.text().strip(),
            city=self.city.text().strip(),
            country=self.country.text().strip(),
            website=self.website.text().strip(),
            owner_id=self.owner.person_id(),
            tags=tuple(tag.strip() for tag in self.tags.text().split(",") if tag.strip()),
        )
