"""`partnerdesk export`: the iCalendar file written, and the command's usage."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from partnerdesk.cli.main import main
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.models import Commitment, Meeting, Partner
from partnerdesk.store.store import Store


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "office.partnerdesk"
    store = Store.open(path, tmp_path / "backups")
    bank = store.partners.add(Partner(name="Northwind Bank"))
    store.commitments.add(
        Commitment(
            partner_id=bank.id,
            direction=Direction.OURS,
            description="Send the list",
            due_on=date(2026, 12, 1),
        )
    )
    store.meetings.add(Meeting(partner_id=bank.id, starts_at=datetime(2026, 12, 3, 14, tzinfo=UTC)))
    store.close()
    return path


def test_export_ics(notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "office.ics"
    assert main(["export", "ics", "--db", str(notebook), "-o", str(target)]) == 0
    calendar = Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 2
    assert calendar.walk("VTODO") == []
    assert "Exported 2 calendar entries" in capsys.readouterr().out


def test_export_ics_with_todos(notebook: Path, tmp_path: Path) -> None:
    target = tmp_path / "office.ics"
    assert main(["export", "ics", "--db", str(notebook), "-o", str(target), "--todos"]) == 0
    calendar = Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VTODO")) == 1
    assert len(calendar.walk("VEVENT")) == 1


def test_export_again_overwrites_the_file(notebook: Path, tmp_path: Path) -> None:
    target = tmp_path / "office.ics"
    target.write_bytes(b"old")
    assert main(["export", "ics", "--db", str(notebook), "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_todos_are_for_ics_only(
    notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "office.json"
    assert main(["export", "json", "--db", str(notebook), "-o", str(target), "--todos"]) == 2
    assert "--todos is for the ics format only" in capsys.readouterr().err
    assert not target.exists()


def test_an_unknown_format_is_bad_usage(notebook: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "xml", "--db", str(notebook), "-o", str(tmp_path / "x")])
    assert exit_.value.code == 2


def test_the_output_is_required(notebook: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "ics", "--db", str(notebook)])
    assert exit_.value.code == 2


def test_an_unwritable_output_is_one_clear_line(
    notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing folder" / "office.ics"
    assert main(["export", "ics", "--db", str(notebook), "-o", str(target)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"partnerdesk: Could not write {target}")
    assert error.count("\n") == 1


def test_a_missing_notebook_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nope.partnerdesk"
    assert main(["export", "ics", "--db", str(missing), "-o", str(tmp_path / "x.ics")]) == 1
    assert not missing.exists()
    assert not (tmp_path / "x.ics").exists()
