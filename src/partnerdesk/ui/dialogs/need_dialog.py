"""New or edit need: what the partner lacks, how much it matters, where it stands."""

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from partnerdesk.domain.enums import NeedCategory, NeedStatus, Priority
from partnerdesk.domain.models import Need
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.typed_text import typed_text


class NeedDialog(RecordDialog[Need]):
    def __init__(
        self, need: Need, save: Callable[[Need], Need], parent: QWidget | None = None
    ) -> None:
        title = self.tr("New need") if need.id == 0 else self.tr("Edit need")
        super().__init__(title, save, parent)
        self._original = need
        self.category = EnumCombo(NeedCategory, parent=self)
        self.category.set_value(need.category)
        self.description = QPlainTextEdit(need.description, self)
        self.description.setTabChangesFocus(True)
        self.priority = EnumCombo(Priority, parent=self)
        self.priority.set_value(need.priority)
        self.status = EnumCombo(NeedStatus, parent=self)
        self.status.set_value(need.status)
        self.add_field("category", self.tr("&Category"), self.category)
        self.add_field("description", self.tr("&Need"), self.description)
        self.add_field("priority", self.tr("&Priority"), self.priority)
        self.add_field("status", self.tr("&Status"), self.status)

    def build(self) -> Need:
        return dataclasses.replace(
            self._original,
            category=self.category.value() or NeedCategory.OTHER,
            description=typed_text(self.description),
            priority=self.priority.value() or Priority.MEDIUM,
            status=self.status.value() or NeedStatus.OPEN,
        )
