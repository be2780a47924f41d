"""A commitment caught from a line of meeting notes: prefilled with what the line says."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from partnerdesk.domain.commitment_capture import (
    clean_commitment_text,
    guess_direction,
    read_due_date,
)
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.enum_combo import EnumCombo
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.optional_date_edit import OptionalDateEdit
from partnerdesk.ui.person_combo import PersonCombo
from partnerdesk.ui.typed_text import typed_text

# How much of the line the "no date found" note quotes before it elides the rest.
QUOTED_CHARACTERS = 60


class CaptureCommitmentDialog(RecordDialog[Commitment]):
    """The direction, due date and owner are guessed from `text`; OK adds the commitment."""

    def __init__(
        self,
        store: Store,
        partner_id: int,
        meeting_id: int | None,
        text: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Commitment from the notes"), store.commitments.add, parent)
        self.setObjectName("captureCommitmentDialog")
        self._partner_id = partner_id
        self._meeting_id = meeting_id
        self._people = {
            Direction.OURS: store.people.ours(),
            Direction.THEIRS: store.people.for_partner(partner_id),
        }
        description = clean_commitment_text(text)
        partner_name = store.partners.get(partner_id).name
        self.guessed_direction = guess_direction(description, partner_name)
        self.due_guess = read_due_date(description, today)

        self.direction = EnumCombo(Direction, parent=self)
        self.direction.setItemText(0, self.tr("Ours — we promised"))
        self.direction.setItemText(1, self.tr("Theirs — they promised"))
        self.direction.set_value(self.guessed_direction)
        self.description = QPlainTextEdit(description, self)
        self.description.setObjectName("commitmentDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What was promised"))
        self.due = OptionalDateEdit(self.tr("No due date"), self)
        self.due.set_value(self.due_guess.due_on)
        self.due_note = QLabel(self._due_note_text(description), self)
        self.due_note.setObjectName("commitmentDueNote")
        self.due_note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the user's words
        self.due_note.setWordWrap(True)
        self.owner = PersonCombo((), self.tr("Nobody"), self)
        self._fill_owners(self.guessed_direction, description)
        self.direction.currentIndexChanged.connect(self._on_direction_changed)

        self.add_field("direction", self.tr("&Who promised"), self.direction)
        self.add_field("description", self.tr("&What"), self.description)
        self.add_field("due", self.tr("&Due"), self.due)
        self.form.addRow("", self.due_note)
        self.add_field("owner", self.tr("&Owner"), self.owner)
        self.resize(480, self.sizeHint().height())
        # Not in the text box, where Return would add a line: Return accepts the guesses.
        self.direction.setFocus(Qt.FocusReason.OtherFocusReason)

    def build(self) -> Commitment:
        return Commitment(
            partner_id=self._partner_id,
            direction=self._chosen_direction(),
            description=typed_text(self.description),
            due_on=self.due.value(),
            owner_id=self.owner.person_id(),
            meeting_id=self._meeting_id,
        )

    def _due_note_text(self, description: str) -> str:
        guess = self.due_guess
        if guess.due_on is not None:
            return self.tr("Read “{phrase}” as {date}.").format(
                phrase=guess.phrase, date=format_day(guess.due_on)
            )
        if guess.phrase:
            return self.tr("“{phrase}” is not a date that could be read; no due date set.").format(
                phrase=guess.phrase
            )
        quoted = description
        if len(quoted) > QUOTED_CHARACTERS:
            quoted = quoted[: QUOTED_CHARACTERS - 1].rstrip() + "…"
        return self.tr("No date found in “{text}”.").format(text=quoted)

    def _on_direction_changed(self) -> None:
        self._fill_owners(self._chosen_direction(), self.description.toPlainText())

    def _chosen_direction(self) -> Direction:
        # The combo's item data comes back from Qt as a plain string: make it the enum again.
        return Direction(self.direction.value() or Direction.OURS)

    def _fill_owners(self, direction: Direction, description: str) -> None:
        """Offers the people of the side that promised; one named in the text is chosen."""
        people: Sequence[Person] = self._people[direction]
        self.owner.clear()
        self.owner.addItem(self.tr("Nobody"), None)
        for person in people:
            shown = f"{person.full_name} — {person.title}" if person.title else person.full_name
            self.owner.addItem(shown, person.id)
        lowered = description.casefold()
        named = next((p for p in people if p.full_name and p.full_name.casefold() in lowered), None)
        self.owner.set_person_id(named.id if named is not None else None)
