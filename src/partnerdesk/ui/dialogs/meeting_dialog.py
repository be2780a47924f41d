"""New or edit meeting: when, how, where, who from both sides; new notes start from the template."""

import dataclasses
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.errors import PartnerDeskError, ValidationError
from partnerdesk.domain.meeting_template import capture_template, meeting_title_suggestion
from partnerdesk.domain.models import Meeting, Partner, Person
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.record_dialog import RecordDialog
from partnerdesk.ui.domain_text import error_text
from partnerdesk.ui.enum_combo import EnumCombo

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUARTER_HOUR = 15


def round_to_quarter_hour(moment: datetime) -> datetime:
    """The nearest quarter hour (10:07 → 10:00, 10:08 → 10:15), seconds dropped."""
    moment = moment.replace(second=0, microsecond=0)
    nearest = (moment.minute + QUARTER_HOUR // 2) // QUARTER_HOUR * QUARTER_HOUR
    return moment + timedelta(minutes=nearest - moment.minute)


def _translate_template(text: str) -> str:
    return QCoreApplication.translate("MeetingTemplate", text)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class MeetingDialog(RecordDialog[Meeting]):
    """The meeting's details; `build()` gives the Meeting, `saved` the stored one after OK.

    With neither `meeting` nor `partner_id` the user names the partner (name, prefix or id).
    """

    def __init__(
        self,
        store: Store,
        save: Callable[[Meeting], Meeting],
        parent: QWidget | None = None,
        *,
        meeting: Meeting | None = None,
        partner_id: int | None = None,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        title = self.tr("New meeting") if meeting is None else self.tr("Edit meeting")
        super().__init__(title, save, parent)
        self.setObjectName("meetingDialog")
        self._store = store
        self._original = meeting
        self._partner: Partner | None = None
        # The partner last named in the input (when the partner is not fixed).
        self._named_partner: Partner | None = None
        fixed_partner_id = meeting.partner_id if meeting is not None else partner_id
        if fixed_partner_id is not None:
            self._partner = store.partners.get(fixed_partner_id)

        self.partner_label = QLabel(self)
        self.partner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.partner_input = QLineEdit(self)
        self.partner_input.setObjectName("meetingPartner")
        self.partner_input.setPlaceholderText(self.tr("Partner name or the start of it"))
        self.partner_input.editingFinished.connect(self._on_partner_named)
        if self._partner is not None:
            self.partner_label.setText(self._partner.name)
            self.add_field("partner", self.tr("Partner"), self.partner_label)
            self.partner_input.hide()
        else:
            self.add_field("partner", self.tr("&Partner"), self.partner_input)
            self.partner_label.hide()

        starts_at = meeting.starts_at if meeting is not None else round_to_quarter_hour(now())
        self.starts_at = QDateTimeEdit(self)
        self.starts_at.setObjectName("meetingStartsAt")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.starts_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(starts_at.timestamp())))
        self.duration = QSpinBox(self)
        self.duration.setObjectName("meetingDuration")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(QUARTER_HOUR)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(meeting.duration_minutes if meeting is not None else 60)
        self.mode = EnumCombo(MeetingMode, parent=self)
        self.mode.setObjectName("meetingMode")
        self.mode.set_value(meeting.mode if meeting is not None else MeetingMode.IN_PERSON)
        self.place = QLineEdit(meeting.location if meeting is not None else "", self)
        self.place.setObjectName("meetingPlace")
        self.at_premises = QCheckBox(self.tr("At &their premises"), self)
        self.at_premises.setObjectName("meetingAtPremises")
        self.at_premises.setChecked(meeting.at_partner_premises if meeting is not None else False)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("meetingTitle")
        self._suggested_title = self._title_suggestion()
        self.title_edit.setText(meeting.title if meeting is not None else self._suggested_title)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)

        self.their_people = self._people_list("meetingTheirPeople", self.tr("Their people"))
        self.our_people = self._people_list("meetingOurPeople", self.tr("Our people"))
        chosen = set(meeting.attendee_ids) if meeting is not None else set()
        self._fill(self.our_people, store.people.ours(), chosen)
        if self._partner is not None:
            self._fill(self.their_people, store.people.for_partner(self._partner.id), chosen)
        attendees = QWidget(self)
        grid = QGridLayout(attendees)
        grid.setContentsMargins(0, 0, 0, 0)
        their_label = QLabel(self.tr("T&heirs"), attendees)
        their_label.setBuddy(self.their_people)
        our_label = QLabel(self.tr("O&urs"), attendees)
        our_label.setBuddy(self.our_people)
        grid.addWidget(their_label, 0, 0)
        grid.addWidget(our_label, 0, 1)
        grid.addWidget(self.their_people, 1, 0)
        grid.addWidget(self.our_people, 1, 1)

        self.add_field("starts_at", self.tr("&When"), self.starts_at)
        self.add_field("duration", self.tr("&Duration"), self.duration)
        self.add_field("mode", self.tr("&Mode"), self.mode)
        self.add_field("location", self.tr("P&lace"), self.place)
        self.add_field("at_partner_premises", "", self.at_premises)
        self.add_field("title", self.tr("T&itle"), self.title_edit)
        self.add_field("attendees", self.tr("Attendees"), attendees)
        self.resize(560, self.sizeHint().height())

    # -- the result ---------------------------------------------------------------------------

    def build(self) -> Meeting:
        partner = self._partner or self._resolve_partner()
        starts_at = datetime.fromtimestamp(self.starts_at.dateTime().toSecsSinceEpoch(), UTC)
        attendee_ids = tuple(
            self._checked_ids(self.their_people)
            + self._checked_ids(self.our_people)
        )  # fmt: skip
        values = {
            "partner_id": partner.id,
            "starts_at": starts_at,
            "duration_minutes": self.duration.value(),
            "mode": self.mode.value() or MeetingMode.IN_PERSON,
            "location": self.place.text().strip(),
            "at_partner_premises": self.at_premises.isChecked(),
            "title": self.title_edit.text().strip(),
            "attendee_ids": attendee_ids,
        }
        if self._original is not None:
            return dataclasses.replace(self._original, **values)  # type: ignore[arg-type]
        return Meeting(notes=capture_template(_translate_template), **values)  # type: ignore[arg-type]

    # -- inside -------------------------------------------------------------------------------

    def _people_list(self, name: str, accessible_name: str) -> QListWidget:
        people = QListWidget(self)
        people.setObjectName(name)
        people.setAccessibleName(accessible_name)
        people.setMinimumHeight(90)
        return people

    @staticmethod
    def _fill(people_list: QListWidget, people: Sequence[Person], chosen: set[int]) -> None:
        people_list.clear()
        for person in people:
            item = QListWidgetItem(person.full_name)  # item text is shown literally
            item.setData(PERSON_ID_ROLE, person.id)
            details = ", ".join(part for part in (person.title, person.role) if part)
            # Tooltips guess at rich text; escaped text inside <qt> shows literally.
            item.setToolTip(f"<qt>{escape(details)}</qt>" if details else "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            people_list.addItem(item)

    @staticmethod
    def _checked_ids(people_list: QListWidget) -> list[int]:
        return [
            int(item.data(PERSON_ID_ROLE))
            for row in range(people_list.count())
            if (item := people_list.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def _resolve_partner(self) -> Partner:
        text = self.partner_input.text().strip()
        if not text:
            raise ValidationError(self.tr("Name the partner the meeting is with."), "partner")
        partner = self._store.partners.resolve(text)
        self._partner_chosen(partner)
        return partner

    def _on_partner_named(self) -> None:
        if not self.partner_input.text().strip():
            return
        try:
            partner = self._store.partners.resolve(self.partner_input.text())
        except PartnerDeskError as error:
            self._show_error(error_text(error), "partner")
            return
        self.error.hide()
        self._partner_chosen(partner)

    def _partner_chosen(self, partner: Partner) -> None:
        if self._named_partner is not None and self._named_partner.id == partner.id:
            return
        self._named_partner = partner
        self.partner_input.setText(partner.name)
        self._fill(self.their_people, self._store.people.for_partner(partner.id), set())
        self._on_mode_changed()  # the suggested title names the partner now

    def _title_suggestion(self) -> str:
        partner = self._partner or self._named_partner
        name = partner.name if partner is not None else ""
        mode = self.mode.value() or MeetingMode.IN_PERSON
        return meeting_title_suggestion(mode, name, self._translate_title)

    def _translate_title(self, text: str) -> str:
        return QCoreApplication.translate("MeetingTitle", text)

    def _on_mode_changed(self) -> None:
        # Follow the mode only while the user has not written a title of their own.
        if self.title_edit.text() in ("", self._suggested_title):
            self._suggested_title = self._title_suggestion()
            self.title_edit.setText(self._suggested_title)
