"""New or edit person, on their side or ours."""

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from partnerdesk.domain.models import Person
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.typed_text import typed_text


class PersonDialog(RecordDialog[Person]):
    def __init__(
        self,
        person: Person,
        save: Callable[[Person], Person],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New person") if person.id == 0 else self.tr("Edit person")
        super().__init__(title, save, parent)
        self._original = person
        self.full_name = QLineEdit(person.full_name, self)
        self.title_field = QLineEdit(person.title, self)
        self.email = QLineEdit(person.email, self)
        self.phone = QLineEdit(person.phone, self)
        self.role = QLineEdit(person.role, self)
        self.role.setPlaceholderText(self.tr("champion, decision maker, HR lead…"))
        self.notes = QPlainTextEdit(person.notes, self)
        self.notes.setTabChangesFocus(True)
        self.add_field("name", self.tr("&Name"), self.full_name)
        self.add_field("title", self.tr("&Title"), self.title_field)
        self.add_field("email", self.tr("&E-mail"), self.email)
        self.add_field("phone", self.tr("&Phone"), self.phone)
        self.add_field("role", self.tr("&Role in the partnership"), self.role)
        self.add_field("notes", self.tr("N&otes"), self.notes)

    def build(self) -> Person:
        return dataclasses.replace(
            self._original,
            full_name=self.full_name.text(),
            title=self.title_field.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            role=self.role.text().strip(),
            notes=typed_text(self.notes),
        )
