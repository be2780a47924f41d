"""The iCalendar export parsed back: what it holds, how, and that UIDs stay put."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Component

from partnerdesk.domain.calendar_export import CalendarCommitment, CalendarRows
from partnerdesk.domain.enums import CommitmentStatus, Direction, MeetingMode
from partnerdesk.domain.models import Commitment, Meeting, Partner, Person
from partnerdesk.interchange.ics import PRODUCT_ID, build_calendar, export_ics
from partnerdesk.store.repositories.calendar_export import CalendarExportQueries
from partnerdesk.store.repositories.context import Context
from partnerdesk.store.store import Store
from tests.conftest import TODAY

HOSTILE = 'Send the list, then; sign\nline two\\ <b>Acme</b><a href="x">y</a> Ünïcødé 北京 ✓'
STAMP = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
MEETING_AT = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


def queries(store: Store) -> CalendarExportQueries:
    return CalendarExportQueries(Context(store.database, lambda _change: None, lambda: TODAY))


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def by_uid(calendar: Calendar, name: str) -> dict[str, Component]:
    return {str(item["UID"]): item for item in calendar.walk(name)}


def categories(item: Component) -> list[str]:
    return [str(category) for category in item["CATEGORIES"].cats]


@pytest.fixture
def notebook(store: Store) -> dict[str, str]:
    """A partner with three dated commitments and a meeting; returns uuids by role."""
    bank = store.partners.add(Partner(name="Northwind Bank"))
    owner = store.people.add(Person(full_name="Ada Ng"))
    ours = store.commitments.add(
        Commitment(
            partner_id=bank.id,
            direction=Direction.OURS,
            description="Send the list",
            due_on=date(2026, 12, 1),
            owner_id=owner.id,
        )
    )
    theirs = store.commitments.add(
        Commitment(
            partner_id=bank.id,
            direction=Direction.THEIRS,
            description="Sign the MoU",
            due_on=date(2026, 12, 2),
            status=CommitmentStatus.DONE,
            done_on=date(2026, 11, 20),
        )
    )
    dropped = store.commitments.add(
        Commitment(
            partner_id=bank.id,
            direction=Direction.OURS,
            description="Host a visit",
            due_on=date(2026, 12, 5),
            status=CommitmentStatus.DROPPED,
        )
    )
    store.commitments.add(
        Commitment(partner_id=bank.id, direction=Direction.OURS, description="Someday")
    )
    meeting = store.meetings.add(
        Meeting(
            partner_id=bank.id,
            starts_at=MEETING_AT,
            duration_minutes=90,
            mode=MeetingMode.IN_PERSON,
            location="Room 4, Main St; floor 2",
        )
    )
    return {
        "ours": ours.uuid,
        "theirs": theirs.uuid,
        "dropped": dropped.uuid,
        "meeting": meeting.uuid,
    }


def test_the_calendar_header(store: Store, notebook: dict[str, str]) -> None:
    calendar = parse(build_calendar(queries(store).rows(), stamp=STAMP))
    assert str(calendar["PRODID"]) == PRODUCT_ID
    assert str(calendar["VERSION"]) == "2.0"


def test_commitments_with_a_date_are_all_day_events_and_meetings_timed(
    store: Store, notebook: dict[str, str]
) -> None:
    events = by_uid(parse(build_calendar(queries(store).rows(), stamp=STAMP)), "VEVENT")
    assert set(events) == {f"{uuid}@partnerdesk" for uuid in notebook.values()}

    ours = events[f"{notebook['ours']}@partnerdesk"]
    assert ours["DTSTART"].params["VALUE"] == "DATE"
    assert ours["DTSTART"].dt == date(2026, 12, 1)
    assert ours["DTEND"].dt == date(2026, 12, 2)
    assert str(ours["SUMMARY"]) == "We owe Northwind Bank: Send the list"
    assert "Owner: Ada Ng" in str(ours["DESCRIPTION"])
    assert categories(ours) == ["ours"]
    assert ours["DTSTAMP"].dt == STAMP

    theirs = events[f"{notebook['theirs']}@partnerdesk"]
    assert str(theirs["SUMMARY"]) == "Northwind Bank owes us: Sign the MoU"
    assert categories(theirs) == ["theirs"]
    assert str(events[f"{notebook['dropped']}@partnerdesk"]["STATUS"]) == "CANCELLED"

    meeting = events[f"{notebook['meeting']}@partnerdesk"]
    assert meeting["DTSTART"].dt == MEETING_AT
    assert meeting["DTSTART"].dt.utcoffset() == timedelta(0)
    assert meeting["DTEND"].dt == MEETING_AT + timedelta(minutes=90)
    assert str(meeting["SUMMARY"]) == "Meeting with Northwind Bank"
    assert str(meeting["LOCATION"]) == "Room 4, Main St; floor 2"


def test_commitments_as_todos(store: Store, notebook: dict[str, str]) -> None:
    calendar = parse(build_calendar(queries(store).rows(), commitments_as_todos=True, stamp=STAMP))
    todos = by_uid(calendar, "VTODO")
    assert set(todos) == {f"{notebook[key]}@partnerdesk" for key in ("ours", "theirs", "dropped")}
    assert set(by_uid(calendar, "VEVENT")) == {f"{notebook['meeting']}@partnerdesk"}

    ours = todos[f"{notebook['ours']}@partnerdesk"]
    assert ours["DUE"].dt == date(2026, 12, 1)
    assert str(ours["STATUS"]) == "NEEDS-ACTION"
    assert "COMPLETED" not in ours
    theirs = todos[f"{notebook['theirs']}@partnerdesk"]
    assert str(theirs["STATUS"]) == "COMPLETED"
    assert theirs["COMPLETED"].dt.astimezone().date() == date(2026, 11, 20)
    assert str(todos[f"{notebook['dropped']}@partnerdesk"]["STATUS"]) == "CANCELLED"


def test_uids_stay_the_same_across_exports(
    store: Store, notebook: dict[str, str], tmp_path: Path
) -> None:
    first = parse(build_calendar(queries(store).rows(), stamp=STAMP))
    second = parse(build_calendar(queries(store).rows(), stamp=STAMP + timedelta(days=3)))
    first_events, second_events = by_uid(first, "VEVENT"), by_uid(second, "VEVENT")
    assert set(first_events) == set(second_events)
    assert len(first_events) == 4
    some = next(iter(second_events))
    assert second_events[some]["DTSTAMP"].dt == STAMP + timedelta(days=3)

    # The same through the file export, as a calendar app re-importing it would see.
    target = tmp_path / "office.ics"
    assert export_ics(store, target) == 4
    once = set(by_uid(parse(target.read_bytes()), "VEVENT"))
    assert export_ics(store, target) == 4
    assert set(by_uid(parse(target.read_bytes()), "VEVENT")) == once == set(first_events)


def test_hostile_text_round_trips_exactly(store: Store) -> None:
    partner = store.partners.add(Partner(name='<b>Acme</b>, Inc; "北京"'))
    commitment = store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.OURS,
            description=HOSTILE,
            due_on=date(2026, 12, 1),
        )
    )
    meeting = store.meetings.add(
        Meeting(partner_id=partner.id, starts_at=MEETING_AT, title=HOSTILE, location=HOSTILE)
    )
    data = build_calendar(queries(store).rows(), stamp=STAMP)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    events = by_uid(parse(data), "VEVENT")
    promise = events[f"{commitment.uuid}@partnerdesk"]
    assert str(promise["SUMMARY"]) == f'We owe <b>Acme</b>, Inc; "北京": {HOSTILE}'
    assert str(promise["DESCRIPTION"]).startswith(HOSTILE)
    held = events[f"{meeting.uuid}@partnerdesk"]
    assert str(held["SUMMARY"]) == HOSTILE
    assert str(held["LOCATION"]) == HOSTILE


def test_control_characters_are_left_out_and_line_breaks_kept() -> None:
    rows = CalendarRows(
        commitments=(
            CalendarCommitment(
                uuid="u1",
                partner_name="Acme",
                direction=Direction.THEIRS,
                description="one\r\ntwo\rthree\x00\x07\tfour",
                due_on=date(2026, 12, 1),
                status=CommitmentStatus.OPEN,
            ),
        )
    )
    event = parse(build_calendar(rows, stamp=STAMP)).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Acme owes us: one\ntwo\nthree\tfour"


def test_deleted_rows_and_partners_are_left_out(store: Store, notebook: dict[str, str]) -> None:
    other = store.partners.add(Partner(name="Contoso"))
    with_partner = store.commitments.add(
        Commitment(
            partner_id=other.id,
            direction=Direction.OURS,
            description="Gone with its partner",
            due_on=date(2026, 12, 1),
        )
    )
    store.meetings.add(Meeting(partner_id=other.id, starts_at=MEETING_AT))
    store.partners.delete(other.id)
    trashed = store.commitments.add(
        Commitment(
            partner_id=store.partners.resolve("Northwind Bank").id,
            direction=Direction.OURS,
            description="Trashed",
            due_on=date(2026, 12, 1),
        )
    )
    store.commitments.delete(trashed.id)
    rows = queries(store).rows()
    uuids = {c.uuid for c in rows.commitments} | {m.uuid for m in rows.meetings}
    assert with_partner.uuid not in uuids
    assert trashed.uuid not in uuids
    assert uuids == set(notebook.values())


def test_one_partner_only(store: Store, notebook: dict[str, str]) -> None:
    other = store.partners.add(Partner(name="Contoso"))
    store.meetings.add(Meeting(partner_id=other.id, starts_at=MEETING_AT))
    rows = queries(store).rows(partner_id=other.id)
    assert [m.partner_name for m in rows.meetings] == ["Contoso"]
    assert rows.commitments == ()
    assert len(queries(store).rows()) == 5


def test_a_stamp_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        build_calendar(CalendarRows(), stamp=datetime(2026, 11, 27, 9, 30))


def one_summary(description: str, partner_name: str = "Acme") -> str:
    rows = CalendarRows(
        commitments=(
            CalendarCommitment(
                uuid="u1",
                partner_name=partner_name,
                direction=Direction.THEIRS,
                description=description,
                due_on=date(2026, 12, 1),
                status=CommitmentStatus.OPEN,
            ),
        )
    )
    data = build_calendar(rows, stamp=STAMP)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    return str(parse(data).walk("VEVENT")[0]["SUMMARY"])


def test_backslashes_and_escape_lookalikes_stay_literal() -> None:
    text = r"C:\New\notes; a\,b \\N \n end\\"
    assert one_summary(text) == f"Acme owes us: {text}"


@pytest.mark.parametrize("width", range(60, 80))
def test_folds_never_split_a_character_or_an_escape(width: int) -> None:
    # Wide characters and escapes at every position around the 75-octet fold.
    text = "x" * (width - 14) + "北\\;,é\\\\" + "北京" * 40
    assert one_summary(text) == f"Acme owes us: {text}"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300))
def test_any_text_round_trips(text: str) -> None:
    # What the format cannot carry: control characters (dropped), CR (becomes a line break).
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(ch for ch in expected if ch in "\t\n" or not is_control(ch))
    assert one_summary(text) == f"Acme owes us: {expected}"


def is_control(char: str) -> bool:
    return ord(char) < 0x20 or ord(char) == 0x7F
