"""A combo box over the members of an enum, showing their human labels."""

from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from partnerdesk.ui.labels import label

EnumT = TypeVar("EnumT", bound=StrEnum)


class EnumCombo(QComboBox, Generic[EnumT]):
    def __init__(
        self, enum: type[EnumT], any_label: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        if any_label is not None:
            self.addItem(any_label, None)
        for member in enum:
            self.addItem(label(member), member)

    def value(self) -> EnumT | None:
        # Qt hands item data back as a plain string; give the caller its enum member.
        data = self.currentData()
        return None if data is None else self._enum(data)

    def set_value(self, value: EnumT | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))
