"""The workspace header: who the partner is and how both sides keep their word."""

from datetime import date, datetime

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from partnerdesk.domain.enums import Direction
from partnerdesk.domain.meeting_balance import MeetingBalance
from partnerdesk.domain.models import Partner
from partnerdesk.domain.track_record import RecordWithTrend
from partnerdesk.ui.formatting import format_day
from partnerdesk.ui.labels import label
from partnerdesk.ui.selectable_label import SelectableLabel


def _plain_label(parent: QWidget, name: str) -> QLabel:
    # Selectable once the mouse is over it: cheap to lay out on each partner selected.
    shown = SelectableLabel(parent)
    shown.setObjectName(name)
    shown.setWordWrap(True)
    return shown


class PartnerHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = _plain_label(self, "partnerName")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = _plain_label(self, "partnerFacts")
        self.contact = _plain_label(self, "partnerLastMeeting")
        self.record = _plain_label(self, "partnerTrackRecord")
        self.recent_record = _plain_label(self, "partnerRecentRecord")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 8)
        layout.setSpacing(2)
        for widget in (self.name, self.facts, self.contact, self.record, self.recent_record):
            layout.addWidget(widget)

    def show_partner(
        self,
        partner: Partner,
        owner_name: str,
        last_in_person: datetime | None,
        records: RecordWithTrend,
        today: date,
        balance: MeetingBalance | None = None,
    ) -> None:
        """Shows the partner; `balance`, when given, says more than `last_in_person`."""
        self.name.setText(partner.name)
        facts = [label(partner.kind), label(partner.stage)]
        if partner.sector:
            facts.append(partner.sector)
        if partner.city:
            facts.append(partner.city)
        facts.append(
            self.tr("owner: {name}").format(name=owner_name)
            if owner_name
            else self.tr("no owner yet")
        )
        self.facts.setText(" · ".join(facts))
        if balance is not None:
            self.contact.setText(self._balance_text(balance))
        elif last_in_person is None:
            self.contact.setText(self.tr("No face-to-face meeting yet"))
        else:
            day = last_in_person.astimezone().date()
            days = (today - day).days
            self.contact.setText(
                self.tr("Last face-to-face: {day} ({days} days ago)").format(
                    day=format_day(day), days=days
                )
            )
        record = records.all_time
        self.record.setText(
            self.tr(
                "We kept {ours_kept} of {ours_counted} on time · They kept {theirs_kept} of "
                "{theirs_counted}"
            ).format(
                ours_kept=record.ours.kept,
                ours_counted=record.ours.counted,
                theirs_kept=record.theirs.kept,
                theirs_counted=record.theirs.counted,
            )
        )
        recent = records.last_year
        self.recent_record.setText(
            self.tr(
                "Last 12 months: we {ours_kept} of {ours_counted} {ours_trend}"
                " · they {theirs_kept} of {theirs_counted} {theirs_trend}"
            ).format(
                ours_kept=recent.ours.kept,
                ours_counted=recent.ours.counted,
                ours_trend=_ARROWS[records.trend(Direction.OURS)],
                theirs_kept=recent.theirs.kept,
                theirs_counted=recent.theirs.counted,
                theirs_trend=_ARROWS[records.trend(Direction.THEIRS)],
            )
        )
        self.recent_record.setToolTip(
            self.tr(
                "Arrows compare with the 12 months before: ↑ better, ↓ worse, → about the same."
            )
        )

    def _balance_text(self, balance: MeetingBalance) -> str:
        """One line: the last face-to-face meeting, the in-person share, their premises."""
        if balance.last_in_person is None or balance.days_since_in_person is None:
            last = self.tr("No face-to-face meeting yet")
        else:
            last = self.tr("Last face-to-face: {day} ({days} days ago)").format(
                day=format_day(balance.last_in_person), days=balance.days_since_in_person
            )
        if not balance.meetings:
            return self.tr("{last} · no meetings in the last 12 months").format(last=last)
        return self.tr(
            "{last} · {in_person} of {meetings} meetings in person in 12 months ({percent}%)"
            " · {premises} at their premises"
        ).format(
            last=last,
            in_person=balance.in_person,
            meetings=balance.meetings,
            percent=balance.in_person_percent,
            premises=balance.at_their_premises,
        )


_ARROWS = {1: "↑", 0: "→", -1: "↓"}
