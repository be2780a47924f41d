"""New or edit need: what the partner lacks, how much it matters, where it stands."""

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from partnerdesk.domain.enums import NeedCategory, NeedStatus, Priority
from partnerdesk.domain.models import Initiative, Need
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.typed_text import typed_text


class NeedDialog(RecordDialog[Need]):
    """`origin` names the meeting the need came from (shown, not edited); `initiatives` are
    the partner's, any of which may be the one that addresses the need."""

    def __init__(
        self,
        need: Need,
        save: Callable[[Need], Need],
        parent: QWidget | None = None,
        *,
        initiatives: Sequence[Initiative] = (),
        origin: str = "",
    ) -> None:
        title = self.tr("New need") if need.id == 0 else self.tr("Edit need")
        super().__init__(title, save, parent)
        self.setObjectName("needDialog")
        self._original = need
        self.category = EnumCombo(NeedCategory, parent=self)
        self.category.setObjectName("needCategory")
        self.category.set_value(need.category)
        self.description = QPlainTextEdit(need.description, self)
        self.description.setObjectName("needDescription")
        self.description.setTabChangesFocus(True)
        self.priority = EnumCombo(Priority, parent=self)
        self.priority.set_value(need.priority)
        self.status = EnumCombo(NeedStatus, parent=self)
        self.status.set_value(need.status)
        self.initiative = QComboBox(self)
        self.initiative.setObjectName("needInitiative")
        self.initiative.addItem(self.tr("None yet"), None)
        for initiative in initiatives:
            self.initiative.addItem(initiative.name, initiative.id)
        self.initiative.setCurrentIndex(max(self.initiative.findData(need.initiative_id), 0))
        self.add_field("category", self.tr("&Category"), self.category)
        self.add_field("description", self.tr("&Need"), self.description)
        self.add_field("priority", self.tr("&Priority"), self.priority)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("initiative", self.tr("&Addressed by"), self.initiative)
        self.origin = QLabel(origin or self.tr("No meeting"), self)
        self.origin.setObjectName("needOrigin")
        self.origin.setTextFormat(Qt.TextFormat.PlainText)  # a meeting title is user text
        self.origin.setWordWrap(True)
        if need.meeting_id is not None or origin:
            self.form.addRow(self.tr("From meeting"), self.origin)

    def build(self) -> Need:
        initiative_id: int | None = self.initiative.currentData()
        return dataclasses.replace(
            self._original,
            category=self.category.value() or NeedCategory.OTHER,
            description=typed_text(self.description),
            priority=self.priority.value() or Priority.MEDIUM,
            status=self.status.value() or NeedStatus.OPEN,
            initiative_id=initiative_id,
        )
