"""Merge two records of one person: which to keep, and whose value each field keeps."""

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.models import Person
from partnerdesk.domain.person_merge import MergeReceipt, differing_fields
from partnerdesk.ui.domain_text import error_text

# (keep_id, duplicate_id, fields taken from the duplicate) -> what the merge did.
Merge = Callable[[int, int, frozenset[str]], MergeReceipt]
SHOWN_CHARACTERS = 60


class MergePeopleDialog(QDialog):
    """One radio pair for the record kept, and one per field whose values differ.

    OK merges through `merge`; a refusal is shown in the dialog, which stays open.
    """

    def __init__(
        self, first: Person, second: Person, merge: Merge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergePeopleDialog")
        self.setWindowTitle(self.tr("Merge people"))
        self._people = (first, second)
        self._merge = merge
        self.receipt: MergeReceipt | None = None
        names = {
            "full_name": self.tr("Name"),
            "title": self.tr("Title"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "role": self.tr("Role"),
            "notes": self.tr("Notes"),
        }
        intro = QLabel(
            self.tr(
                "Keep one record. The other goes to the Trash once its meetings, commitments, "
                "initiatives and pairings have moved to the one kept. Edit ▸ Undo puts "
                "everything back."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.keep_group = QButtonGroup(self)
        self.keep_first = self._radio(self._describe(first), "keep_first", self.keep_group, 0)
        self.keep_second = self._radio(self._describe(second), "keep_second", self.keep_group, 1)
        self.keep_first.setChecked(True)
        keep_label = QLabel(self.tr("&Keep"), self)
        keep_label.setBuddy(self.keep_first)
        grid.addWidget(keep_label, 0, 0)
        grid.addWidget(self.keep_first, 0, 1)
        grid.addWidget(self.keep_second, 0, 2)

        self.field_groups: dict[str, QButtonGroup] = {}
        self.fields = differing_fields(first, second)
        for row, field in enumerate(self.fields, start=1):
            group = QButtonGroup(self)
            choices = []
            for index, person in enumerate(self._people):
                value = str(getattr(person, field))
                choice = self._radio(self._shown(value), f"{field}_{index}", group, index)
                # Rich text that escapes the value: a tooltip that looks like HTML is read
                # as HTML, and user text must show as typed.
                choice.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(value)}</p>")
                choices.append(choice)
                grid.addWidget(choice, row, 1 + index)
            # A value beats an empty one; between two values, the first record's.
            firsts_value = str(getattr(first, field))
            choices[0 if firsts_value.strip() else 1].setChecked(True)
            field_label = QLabel(names[field], self)
            field_label.setBuddy(choices[0])
            grid.addWidget(field_label, row, 0)
            self.field_groups[field] = group
        same = QLabel(self.tr("Both records hold the same details."), self)
        same.setVisible(not self.fields)

        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(same)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def choice(self) -> tuple[int, int, frozenset[str]]:
        """(kept id, duplicate id, fields whose value comes from the duplicate)."""
        kept_index = self.keep_group.checkedId()
        kept, duplicate = self._people[kept_index], self._people[1 - kept_index]
        taken = frozenset(
            field for field, group in self.field_groups.items() if group.checkedId() != kept_index
        )
        return kept.id, duplicate.id, taken

    def accept(self) -> None:
        try:
            self.receipt = self._merge(*self.choice())
        except PartnerDeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()

    def _radio(self, text: str, name: str, group: QButtonGroup, index: int) -> QRadioButton:
        # User text: an "&" is a character here, not a keyboard mnemonic.
        radio = QRadioButton(text.replace("&", "&&"), self)
        radio.setObjectName(name)
        group.addButton(radio, index)
        return radio

    def _describe(self, person: Person) -> str:
        detail = person.email or person.title or person.phone
        return f"{person.full_name} ({detail})" if detail else person.full_name

    def _shown(self, value: str) -> str:
        """One line of a value for a radio button; an empty value says so."""
        if not value.strip():
            return self.tr("(empty)")
        line = " ".join(value.split())
        if len(line) > SHOWN_CHARACTERS:
            line = line[: SHOWN_CHARACTERS - 1].rstrip() + "…"
        return line
