from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from partnerdesk.domain.meeting_balance import MeetingBalance
from partnerdesk.domain.models import Partner
from partnerdesk.domain.track_record import RecordWithTrend, Tally, TrackRecord
from partnerdesk.ui.workspace.partner_header import PartnerHeader

HOSTILE = '<b>Acme</b><a href="x">y</a>'


def test_header_shows_user_text_literally_and_the_record(qtbot: QtBot) -> None:
    header = PartnerHeader()
    qtbot.addWidget(header)
    header.show_partner(
        Partner(id=1, name=HOSTILE),
        owner_name="<i>Maria</i>",
        last_in_person=datetime(2026, 11, 17, 12, tzinfo=UTC),
        records=RecordWithTrend(
            all_time=TrackRecord(Tally(9, 10), Tally(4, 6)),
            last_year=TrackRecord(Tally(5, 5), Tally(1, 4)),
            year_before=TrackRecord(Tally(4, 5), Tally(3, 2 + 2)),
        ),
        today=date(2026, 11, 27),
    )
    assert header.name.text() == HOSTILE
    assert header.name.textFormat() == Qt.TextFormat.PlainText
    assert "owner: <i>Maria</i>" in header.facts.text()
    assert header.facts.textFormat() == Qt.TextFormat.PlainText
    assert "(10 days ago)" in header.contact.text()
    assert header.record.text() == "We kept 9 of 10 on time · They kept 4 of 6"
    assert header.recent_record.text() == "Last 12 months: we 5 of 5 ↑ · they 1 of 4 ↓"


def test_header_shows_the_meeting_balance_on_one_line(qtbot: QtBot) -> None:
    header = PartnerHeader()
    qtbot.addWidget(header)
    records = RecordWithTrend(TrackRecord(), TrackRecord(), TrackRecord())
    today = date(2026, 11, 27)
    balance = MeetingBalance(
        today=today,
        meetings=8,
        in_person=3,
        at_their_premises=2,
        last_in_person=date(2026, 11, 17),
    )
    header.show_partner(Partner(id=1, name=HOSTILE), "", None, records, today, balance=balance)
    assert header.contact.text() == (
        "Last face-to-face: 17 Nov 2026 (10 days ago)"
        " · 3 of 8 meetings in person in 12 months (38%) · 2 at their premises"
    )
    never = MeetingBalance(today=today)
    header.show_partner(Partner(id=1, name=HOSTILE), "", None, records, today, balance=never)
    assert header.contact.text() == (
        "No face-to-face meeting yet · no meetings in the last 12 months"
    )
