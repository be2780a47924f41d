"""The shape every record dialog shares: a form, an in-place error line, OK and Cancel.

OK builds the record from the form and hands it to the `save` callable (the store);
a ValidationError is shown under the form and the dialog stays open with the input.
"""

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from partnerdesk.domain.errors import PartnerDeskError, ValidationError
from partnerdesk.ui.domain_text import error_text

RecordT = TypeVar("RecordT")


class RecordDialog(QDialog, Generic[RecordT]):
    def __init__(
        self, title: str, save: Callable[[RecordT], RecordT], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.saved: RecordT | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fields: dict[str, QWidget] = {}

    def add_field(self, name: str, text: str, widget: QWidget) -> None:
        """Adds a labelled row; `name` matches the ValidationError field it answers for."""
        self.form.addRow(text, widget)
        self._fields[name] = widget

    def build(self) -> RecordT:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self._save(self.build())
        except ValidationError as error:
            self._show_error(error_text(error), error.field)
            return
        except PartnerDeskError as error:
            self._show_error(error_text(error), "")
            return
        super().accept()

    def _show_error(self, message: str, field: str) -> None:
        self.error.setText(message)
        self.error.show()
        for name, widget in self._fields.items():
            if name and (name == field or field.endswith(name)):
                widget.setFocus()
                break
