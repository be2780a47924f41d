r"""iCalendar export: commitments as all-day events or to-dos, meetings as timed events.

Each entry's UID is its record's uuid, so a calendar that imports the file again
updates the entries it already has instead of adding copies.

The file is written here line by line rather than through the icalendar package's
components, for two reasons: icalendar 7.3 writes a typed `C:\New` as `C:\new`, which
every reader takes for a line break, so user text would not come back as typed; and
its components take about 0.35 ms per entry, close to a minute for the scale
notebook's 150,000 entries, where this takes a few seconds. The tests read every file
back with icalendar, which stays the judge of what is valid.
"""

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from partnerdesk.domain.agenda import local_start_utc
from partnerdesk.domain.calendar_export import CalendarCommitment, CalendarMeeting, CalendarRows
from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode
from partnerdesk.domain.interchange import ExportReport, Progress, no_progress
from partnerdesk.interchange.safe_write import write_atomically
from partnerdesk.store.store import Store

PRODUCT_ID = "-//PartnerDesk//PartnerDesk//EN"
UID_DOMAIN = "partnerdesk"
TODO_STATUS = {
    CommitmentStatus.OPEN: "NEEDS-ACTION",
    CommitmentStatus.DONE: "COMPLETED",
    CommitmentStatus.DROPPED: "CANCELLED",
}
# E-mails and file notes are logged with a time, but they do not take up the day.
NOT_BUSY_MODES = frozenset({MeetingMode.EMAIL, MeetingMode.NOTE})
# RFC 5545 §3.1: lines longer than 75 octets are folded (a continuation starts with a space).
LINE_OCTETS = 75
# RFC 5545 text may hold no control characters but tab and line breaks (escaped as \n).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def build_calendar(
    rows: CalendarRows, *, commitments_as_todos: bool = False, stamp: datetime
) -> bytes:
    """The rows as one VCALENDAR, in UTF-8; `stamp` (an aware instant) becomes every DTSTAMP."""
    if stamp.tzinfo is None:
        raise ValueError("the DTSTAMP instant must carry a time zone")
    dtstamp = f"DTSTAMP:{_utc(stamp)}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:PartnerDesk",
    ]
    for commitment in rows.commitments:
        if commitments_as_todos:
            lines.extend(_commitment_todo(commitment, dtstamp))
        else:
            lines.extend(_commitment_event(commitment, dtstamp))
    for meeting in rows.meetings:
        lines.extend(_meeting_event(meeting, dtstamp))
    lines.append("END:VCALENDAR")
    return b"".join(_fold(line) + b"\r\n" for line in lines)


def export_ics(
    store: Store,
    path: Path,
    *,
    commitments_as_todos: bool = False,
    partner_id: int | None = None,
) -> int:
    """Writes the notebook's calendar (or one partner's) to `path`; returns how many entries."""
    # A read needs neither the change listener nor the clock of the store's context.
    queries = store.calendar_export
    rows = queries.rows(partner_id)
    stamp = datetime.now(UTC).replace(microsecond=0)
    data = build_calendar(rows, commitments_as_todos=commitments_as_todos, stamp=stamp)
    write_atomically(path, data)
    return len(rows)


def export_calendar(
    store: Store,
    path: Path,
    *,
    progress: Progress = no_progress,
    commitments_as_todos: bool = False,
) -> ExportReport:
    """`export_ics` with the report every format gives (see `interchange.formats`)."""
    progress(0, 0)
    count = export_ics(store, path, commitments_as_todos=commitments_as_todos)
    progress(1, 1)
    return ExportReport(format="ics", destination=path, counts={"calendar entries": count})


def commitment_summary(commitment: CalendarCommitment) -> str:
    """ "We owe Northwind Bank: Send the list" or "Northwind Bank owes us: Sign the MoU"."""
    if commitment.direction is Direction.OURS:
        who = f"We owe {commitment.partner_name}"
    else:
        who = f"{commitment.partner_name} owes us"
    return f"{who}: {commitment.description}"


def uid_of(record_uuid: str) -> str:
    return f"{record_uuid}@{UID_DOMAIN}"


# -- one entry each --------------------------------------------------------------------------


def _commitment_event(commitment: CalendarCommitment, dtstamp: str) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{_text(uid_of(commitment.uuid))}"
    yield dtstamp
    yield f"DTSTART;VALUE=DATE:{_date(commitment.due_on)}"
    yield f"DTEND;VALUE=DATE:{_date(commitment.due_on + timedelta(days=1))}"
    yield f"SUMMARY:{_text(commitment_summary(commitment))}"
    yield f"DESCRIPTION:{_text(_commitment_details(commitment))}"
    yield f"CATEGORIES:{commitment.direction.value}"
    # A deadline marks the day without making anyone look busy all day.
    yield "TRANSP:TRANSPARENT"
    if commitment.status is CommitmentStatus.DROPPED:
        yield "STATUS:CANCELLED"
    yield "END:VEVENT"


def _commitment_todo(commitment: CalendarCommitment, dtstamp: str) -> Iterator[str]:
    yield "BEGIN:VTODO"
    yield f"UID:{_text(uid_of(commitment.uuid))}"
    yield dtstamp
    yield f"DUE;VALUE=DATE:{_date(commitment.due_on)}"
    yield f"SUMMARY:{_text(commitment_summary(commitment))}"
    yield f"DESCRIPTION:{_text(_commitment_details(commitment))}"
    yield f"CATEGORIES:{commitment.direction.value}"
    yield f"STATUS:{TODO_STATUS[commitment.status]}"
    if commitment.status is CommitmentStatus.DONE and commitment.done_on is not None:
        # COMPLETED must be a date-time (RFC 5545 §3.8.2.1): the start of that local day.
        yield f"COMPLETED:{_utc(local_start_utc(commitment.done_on))}"
    yield "END:VTODO"


def _meeting_event(meeting: CalendarMeeting, dtstamp: str) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{_text(uid_of(meeting.uuid))}"
    yield dtstamp
    yield f"DTSTART:{_utc(meeting.starts_at)}"
    # DTEND must come after DTSTART; without it an event lasts no time at all.
    if meeting.duration_minutes > 0:
        yield f"DTEND:{_utc(meeting.starts_at + timedelta(minutes=meeting.duration_minutes))}"
    yield f"SUMMARY:{_text(meeting.title or f'Meeting with {meeting.partner_name}')}"
    if meeting.location:
        yield f"LOCATION:{_text(meeting.location)}"
    details = "\n".join((meeting.partner_name, _mode_label(meeting.mode)))
    yield f"DESCRIPTION:{_text(details)}"
    yield f"CATEGORIES:{meeting.mode.value}"
    if meeting.mode in NOT_BUSY_MODES:
        yield "TRANSP:TRANSPARENT"
    yield "END:VEVENT"


def _commitment_details(commitment: CalendarCommitment) -> str:
    lines = [commitment.description]
    if commitment.owner_name:
        lines.append(f"Owner: {commitment.owner_name}")
    if commitment.status is CommitmentStatus.DONE:
        done = f" on {commitment.done_on.isoformat()}" if commitment.done_on else ""
        lines.append(f"Done{done}.")
    elif commitment.status is CommitmentStatus.DROPPED:
        lines.append("Dropped.")
    return "\n\n".join(lines)


def _mode_label(mode: MeetingMode) -> str:
    return mode.value.replace("_", " ").capitalize()


# -- values and lines ------------------------------------------------------------------------


def _text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): \\ ; , escaped, any line break as \\n.

    Control characters other than tab are not allowed in the format and are left out.
    """
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _utc(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"{_date(moment.date())}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"


def _fold(line: str) -> bytes:
    """The line in UTF-8, folded into pieces of at most 75 octets (RFC 5545 §3.1).

    A fold never splits a UTF-8 character, nor a backslash from the character it escapes
    (some calendar programs unescape before unfolding).
    """
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return data
    pieces = []
    start = 0
    room = LINE_OCTETS
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:  # a continuation byte: inside a character
            end -= 1
        trailing = len(data[start:end]) - len(data[start:end].rstrip(b"\\"))
        if trailing % 2:
            end -= 1
        pieces.append(data[start:end])
        start = end
        room = LINE_OCTETS - 1  # the space that starts a continuation line counts
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)
