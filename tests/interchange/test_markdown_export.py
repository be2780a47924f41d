"""Markdown notes: safe, unique file names from any name, and front matter that reads back."""

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerdesk.domain.enums import MeetingMode
from partnerdesk.domain.errors import StorageError
from partnerdesk.domain.interchange import ImportCancelled
from partnerdesk.domain.models import Meeting, Partner, Person
from partnerdesk.interchange.markdown_export import (
    MAX_NAME_BYTES,
    UniqueNames,
    export_markdown,
    safe_file_name,
    yaml_string,
)
from partnerdesk.store.store import Store
from tests.interchange.notebooks import HOSTILE

WINDOWS_FORBIDDEN = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
DEVICES |= {f"LPT{n}" for n in range(1, 10)}


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The YAML between the opening "---" lines, parsed, and the body after it."""
    assert text.startswith("---\n")
    head, _sep, body = text[4:].partition("\n---\n")
    return yaml.safe_load(head), body


def assert_safe(name: str) -> None:
    assert name
    assert not WINDOWS_FORBIDDEN.search(name)
    assert name not in (".", "..")
    assert not name.startswith((".", " ", "-"))
    assert not name.endswith((".", " "))
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES + 1  # and the "_" before a device
    assert name.split(".")[0].upper() not in DEVICES
    assert unicodedata.normalize("NFC", name) == name


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Northwind Bank", "Northwind Bank"),
        ("../../etc", "etc"),
        ("..\\..\\Windows\\System32", "Windows-System32"),
        ("/etc/passwd", "etc-passwd"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("LPT1", "_LPT1"),
        ("COM¹", "_COM¹"),
        ("Console", "Console"),
        ("Acme 🚀 Labs 👩‍💻", "Acme 🚀 Labs 👩‍💻"),
        ("AT&T: Research / Labs?", "AT&T- Research - Labs-"),
        ("...", "Partner"),
        ("", "Partner"),
        ("   \t\n ", "Partner"),
        (".hidden", "hidden"),
        ("-rf", "rf"),
        ("trailing. ", "trailing"),
        ("evil\u202egpj.exe", "evilgpj.exe"),
        ("two\u2028lines", "two lines"),
        ("Cafe\u0301", "Café"),
        ("nul\x00byte", "nul-byte"),
    ],
)
def test_safe_file_names(name: str, safe: str) -> None:
    assert safe_file_name(name, "Partner") == safe
    assert_safe(safe_file_name(name, "Partner"))


def test_long_names_are_cut_on_a_character(tmp_path: Path) -> None:
    name = safe_file_name("北京" * 200, "Partner")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name == "北京" * 20
    (tmp_path / f"{name} (99).md").write_text("ok")  # the file system takes it


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_name_gives_a_safe_name_the_file_system_takes(name: str) -> None:
    safe = safe_file_name(name, "Partner")
    assert_safe(safe)


def test_any_name_stays_inside_its_folder(tmp_path: Path) -> None:
    for name in ("../../etc", "..", "/", "a/../../b", "\\..\\x", "~", "$HOME", "C:\\x"):
        safe = safe_file_name(name, "Partner")
        target = (tmp_path / safe).resolve()
        assert target.parent == tmp_path.resolve()
        target.mkdir(exist_ok=True)


def test_names_are_unique_however_the_file_system_folds_case() -> None:
    names = UniqueNames()
    claimed = [names.claim(name) for name in ("Acme", "ACME", "acme", "Café", "Cafe\u0301")]
    assert claimed == ["Acme", "ACME (2)", "acme (3)", "Café", "Cafe\u0301 (2)"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_yaml_strings_read_back_as_written(text: str) -> None:
    assert yaml.safe_load(f"value: {yaml_string(text)}") == {"value": text}


def meeting_on(store: Store, partner: Partner, when: datetime, **fields: Any) -> Meeting:
    return store.meetings.add(Meeting(partner_id=partner.id, starts_at=when, **fields))


def test_a_folder_per_partner_and_a_file_per_meeting(store: Store, tmp_path: Path) -> None:
    bank = store.partners.add(Partner(name="Northwind Bank"))
    ana = store.people.add(Person(full_name="Ana Lima", partner_id=bank.id))
    ours = store.people.add(Person(full_name="Bo <b>Chen</b>"))
    morning = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    review = meeting_on(
        store,
        bank,
        morning,
        title="Quarterly review",
        mode=MeetingMode.IN_PERSON,
        location=HOSTILE,
        at_partner_premises=True,
        notes="## Their needs\n- Interns\n",
        attendee_ids=(ana.id, ours.id),
        follow_up_on=date(2026, 12, 4),
    )
    meeting_on(store, bank, morning + timedelta(hours=3), title="Quarterly review")
    meeting_on(store, bank, morning + timedelta(days=1), mode=MeetingMode.PHONE, notes="x")
    trashed = meeting_on(store, bank, morning, title="Gone")
    store.meetings.delete(trashed.id)
    store.partners.add(Partner(name="No meetings yet"))
    for name in ("../../etc", "CON", "Acme 🚀", "ACME 🚀"):
        meeting_on(store, store.partners.add(Partner(name=name)), morning, title=name)

    report = export_markdown(store, tmp_path / "notes", zone=UTC)

    assert report.counts == {"partners": 5, "meetings": 7}
    folder = tmp_path / "notes"
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        ["Northwind Bank", "etc", "_CON", "ACME 🚀", "Acme 🚀 (2)"]
    )
    files = sorted(path.name for path in (folder / "Northwind Bank").iterdir())
    assert files == [
        "2026-11-27 Quarterly review (2).md",
        "2026-11-27 Quarterly review.md",
        "2026-11-28 Phone call.md",
    ]
    data, body = front_matter((folder / "Northwind Bank" / files[1]).read_text("utf-8"))
    assert data == {
        "title": "Quarterly review",
        "date": morning,
        "partner": "Northwind Bank",
        "mode": "in_person",
        "place": HOSTILE,
        "at_partner_premises": True,
        "duration_minutes": 60,
        "attendees": ["Ana Lima", "Bo <b>Chen</b>"],
        "follow_up_on": date(2026, 12, 4),
        "uuid": review.uuid,
    }
    assert body == "\n# Quarterly review\n\n## Their needs\n- Interns\n"
    etc = folder / "etc" / "2026-11-27 ..-..-etc.md"
    data, _body = front_matter(etc.read_text("utf-8"))
    assert data["partner"] == "../../etc"
    assert data["attendees"] == []


def test_dates_are_local_to_the_zone_given(store: Store, tmp_path: Path) -> None:
    partner = store.partners.add(Partner(name="Tokyo Partner"))
    meeting_on(store, partner, datetime(2026, 11, 27, 20, 0, tzinfo=UTC), title="Dinner")
    tokyo = timezone(timedelta(hours=9))
    export_markdown(store, tmp_path / "notes", zone=tokyo)
    [path] = (tmp_path / "notes" / "Tokyo Partner").iterdir()
    assert path.name == "2026-11-28 Dinner.md"
    data, _body = front_matter(path.read_text("utf-8"))
    assert data["date"] == datetime(2026, 11, 28, 5, 0, tzinfo=tokyo)


def test_the_folder_must_be_new_or_empty(store: Store, tmp_path: Path) -> None:
    partner = store.partners.add(Partner(name="Acme"))
    meeting_on(store, partner, datetime(2026, 11, 27, 9, tzinfo=UTC))
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "mine.txt").write_text("keep me")
    with pytest.raises(StorageError, match="not empty"):
        export_markdown(store, taken)
    assert [path.name for path in taken.iterdir()] == ["mine.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    export_markdown(store, empty)
    assert [path.name for path in empty.iterdir()] == ["Acme"]


def test_a_cancelled_export_leaves_nothing_behind(store: Store, tmp_path: Path) -> None:
    for number in range(3):
        partner = store.partners.add(Partner(name=f"Partner {number}"))
        meeting_on(store, partner, datetime(2026, 11, 27, 9, tzinfo=UTC))

    def cancel(done: int, _total: int) -> None:
        if done:
            raise ImportCancelled()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ImportCancelled):
        export_markdown(store, out / "notes", progress=cancel)
    assert list(out.iterdir()) == []
