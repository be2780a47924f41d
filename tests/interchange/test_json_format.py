"""The lossless JSON document: round trips, upserts, and every way a file can be refused."""

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.interchange import ImportCancelled, ImportFileError
from partnerdesk.domain.models import Meeting, Partner, Person
from partnerdesk.interchange import json_document, json_format, json_reading
from partnerdesk.interchange.json_format import export_json, import_json, read_file
from partnerdesk.store.schema import Base
from partnerdesk.store.store import Store
from tests.interchange.notebooks import HOSTILE, fill_rich, open_store

PARTNER_UUID = "0f4a3c52-5b1e-4c1d-9a57-7d6f0c2b1a11"
PERSON_UUID = "6a3e2f11-2d44-4f0b-8f3e-1c2b3a4d5e6f"
MEETING_UUID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"


def document(**top: Any) -> dict[str, Any]:
    """A small valid document; keyword arguments replace its top-level entries."""
    base: dict[str, Any] = {
        "format": "partnerdesk",
        "version": 1,
        "exported_at": "2026-11-27T10:00:00+00:00",
        "people": [],
        "partners": [
            {
                "uuid": PARTNER_UUID,
                "name": "Northwind Bank",
                "tags": ["finance"],
                "people": [{"uuid": PERSON_UUID, "full_name": "Ana Lima"}],
                "meetings": [
                    {
                        "uuid": MEETING_UUID,
                        "starts_at": "2026-11-27T10:00:00+01:00",
                        "notes": "## Notes",
                        "attendees": [PERSON_UUID],
                    }
                ],
            }
        ],
    }
    base.update(top)
    return base


def write(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def without_stamp(path: Path) -> str:
    """The file's text without its `exported_at` line, the one thing that may differ."""
    return "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if "exported_at" not in line
    )


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ids included: what "nothing was imported" compares."""
    with store.database.engine.connect() as connection:
        return {
            name: sorted(map(tuple, connection.execute(table.select()).all()), key=repr)
            for name, table in Base.metadata.tables.items()
        }


# -- round trips -----------------------------------------------------------------------------


def test_export_import_export_gives_the_same_document(tmp_path: Path) -> None:
    with open_store(tmp_path, "first.partnerdesk") as first:
        fill_rich(first)
        report = export_json(first, tmp_path / "first.json")
        counts = first.counts()
    assert report.counts["partners"] == counts.partners + 1  # and the one in the Trash
    with open_store(tmp_path, "second.partnerdesk") as second:
        imported = import_json(second, tmp_path / "first.json", dry_run=False)
        export_json(second, tmp_path / "second.json")
        assert second.counts() == counts
        assert len(second.trash.items()) == 2
    assert imported.created["partners"] == counts.partners + 1
    assert not any(imported.updated.values())
    assert without_stamp(tmp_path / "second.json") == without_stamp(tmp_path / "first.json")


def test_the_document_holds_every_field(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        fill_rich(store)
        export_json(store, tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["format"] == "partnerdesk"
    assert data["version"] == 1
    hostile = next(p for p in data["partners"] if p["offer_text"] == HOSTILE)
    assert hostile["tags"] == ["<b>tag</b>", "hostile"]
    assert hostile["address"] == "1 Main St\nSpringfield"
    [ada] = [person for person in data["people"] if person["full_name"] == "Ada Ours"]
    assert hostile["owner"] == ada["uuid"]
    [bo] = hostile["people"]
    assert bo["deleted_at"] is not None  # in the Trash, and still exported
    [meeting] = hostile["meetings"]
    assert meeting["starts_at"] == "2026-11-20T09:30:15.123456+00:00"
    assert meeting["duration_minutes"] == 95
    assert meeting["at_partner_premises"] is True
    assert meeting["follow_up_on"] == "2026-12-01"
    assert meeting["attendees"] == sorted([ada["uuid"], bo["uuid"]])
    [commitment] = hostile["commitments"]
    assert commitment["meeting"] == meeting["uuid"]
    assert commitment["follow_up_count"] == 1
    assert [event["kind"] for event in commitment["events"]] == ["created", "rescheduled"]
    [initiative] = hostile["initiatives"]
    assert commitment["initiative"] == initiative["uuid"]
    assert {member["side"] for member in initiative["members"]} == {"ours", "theirs"}
    assert initiative["pairings"] == [{"ours": ada["uuid"], "theirs": bo["uuid"]}]
    assert any(tag["name"] == "orphan-soon" for tag in data["tags"])
    settings_ = {setting["key"]: setting["value"] for setting in data["settings"]}
    assert settings_["going_cold_days"] == 45
    assert "thank_you" in settings_["email_templates"]
    keys = [mark["key"] for mark in data["follow_ups"]]
    assert f"thank_you:meeting:{meeting['uuid']}" in keys
    assert f"nudge:commitment:{commitment['uuid']}:2" in keys
    assert f"check_in:initiative:{initiative['uuid']}:2026-12-10" in keys


def test_follow_up_marks_come_back_for_the_records_they_name(tmp_path: Path) -> None:
    with open_store(tmp_path, "a.partnerdesk") as first:
        fill_rich(first)
        export_json(first, tmp_path / "a.json")
        marks = first.follow_ups.states()
    with open_store(tmp_path, "b.partnerdesk") as second:
        # Ids differ here: the notebook has records of each kind before the import comes.
        fill_rich(second, partners=3, seed=9)
        before = second.follow_ups.states()
        import_json(second, tmp_path / "a.json", dry_run=False)
        imported = {
            key: state for key, state in second.follow_ups.states().items() if key not in before
        }
        export_json(second, tmp_path / "b.json")
    assert len(imported) == len(marks) == 3
    assert set(imported) != set(marks)  # the ids in the keys were translated
    first_marks = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["follow_ups"]
    second_marks = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["follow_ups"]
    assert all(mark in second_marks for mark in first_marks)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(min_size=1, max_size=60).filter(lambda text: text.strip() and "\x00" not in text),
    notes=st.text(max_size=300).filter(lambda text: "\x00" not in text),
)
def test_any_text_round_trips_exactly(name: str, notes: str) -> None:
    name = " ".join(name.split())
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with open_store(root, "a.partnerdesk") as first:
            partner = first.partners.add(Partner(name=name, summary=notes, tags=(name[:80],)))
            person = first.people.add(Person(full_name=name, notes=notes, partner_id=partner.id))
            first.meetings.add(
                Meeting(
                    partner_id=partner.id,
                    starts_at=datetime(2026, 11, 27, 9, tzinfo=UTC),
                    title=notes[:300],
                    notes=notes,
                    attendee_ids=(person.id,),
                )
            )
            export_json(first, root / "a.json")
        with open_store(root, "b.partnerdesk") as second:
            import_json(second, root / "a.json", dry_run=False)
            copy = second.partners.get(1)
            assert copy.name == name
            assert copy.summary == notes
            export_json(second, root / "b.json")
        assert without_stamp(root / "b.json") == without_stamp(root / "a.json")


# -- importing into a notebook that has some of the records ----------------------------------


def test_records_with_known_uuids_are_updated_not_duplicated(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        partner = store.partners.add(Partner(name="Old name", uuid=PARTNER_UUID, tags=("x",)))
        person = store.people.add(
            Person(full_name="Old person", uuid=PERSON_UUID, partner_id=partner.id)
        )
        other = store.people.add(Person(full_name="Stays", partner_id=partner.id))
        meeting = store.meetings.add(
            Meeting(
                partner_id=partner.id,
                uuid=MEETING_UUID,
                starts_at=datetime(2026, 1, 1, tzinfo=UTC),
                attendee_ids=(person.id, other.id),
            )
        )
        path = write(tmp_path / "doc.json", document())
        dry = import_json(store, path, dry_run=True)
        assert dry.dry_run
        assert dry.updated["partners"] == 1
        assert dry.updated["people"] == 1
        assert dry.created["tags"] == 1
        assert store.partners.get(partner.id).name == "Old name"
        report = import_json(store, path, dry_run=False)
        assert report.updated == dry.updated
        assert report.created == dry.created
        assert store.counts().partners == 1
        assert store.counts().people == 2
        updated = store.partners.get(partner.id)
        assert updated.name == "Northwind Bank"
        assert updated.tags == ("finance",)
        assert store.people.get(person.id).full_name == "Ana Lima"
        assert store.people.get(other.id).full_name == "Stays"  # not in the file: untouched
        again = store.meetings.get(meeting.id)
        assert again.attendee_ids == (person.id,)  # the file's attendees, and no others
        assert again.starts_at == datetime(2026, 11, 27, 9, tzinfo=UTC)


def test_an_import_says_once_that_the_notebook_changed(
    store: Store, changes: list[Change], tmp_path: Path
) -> None:
    path = write(tmp_path / "doc.json", document())
    import_json(store, path, dry_run=True)
    assert changes == []
    import_json(store, path, dry_run=False)
    assert changes == [Change(Entity.NOTEBOOK, Action.UPDATED)]


def test_a_backup_is_made_before_the_import(store: Store, tmp_path: Path) -> None:
    store.partners.add(Partner(name="Before"))
    path = write(tmp_path / "doc.json", document())
    import_json(store, path, dry_run=True)
    backups = store.database.backups_dir
    assert not backups.exists() or not list(backups.glob("*before-import*"))
    import_json(store, path, dry_run=False)
    [backup] = backups.glob("*before-import*")
    with open_store(backups, backup.name) as old:
        assert [p.name for p in old.partners.get_many([1, 2])] == ["Before"]


def test_a_cancelled_import_changes_nothing(store: Store, tmp_path: Path) -> None:
    store.partners.add(Partner(name="Before"))
    before = snapshot(store)
    path = write(tmp_path / "doc.json", document())
    calls = []

    def cancel_while_writing(done: int, total: int) -> None:
        calls.append((done, total))
        if done > json_format.PROGRESS_UNITS * json_format.CHECK_SHARE:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        import_json(store, path, dry_run=False, progress=cancel_while_writing)
    assert snapshot(store) == before
    assert calls[0] == (0, 0)


# -- refusals --------------------------------------------------------------------------------


def refused(store: Store, path: Path) -> ImportFileError:
    """Imports `path`, expecting a refusal that leaves every row as it was."""
    before = snapshot(store)
    with pytest.raises(ImportFileError) as error:
        import_json(store, path, dry_run=False)
    assert snapshot(store) == before
    assert not list(store.database.backups_dir.glob("*before-import*"))
    return error.value


@pytest.mark.parametrize(
    ("change", "location", "words"),
    [
        ({"version": 2}, "$.version", "newer PartnerDesk"),
        ({"version": "1"}, "$.version", "not a version number"),
        ({"version": 0}, "$.version", "not a version number"),
        ({"format": "other"}, "$.format", "not a PartnerDesk one"),
        ({"format": None}, "$", 'no "format"'),
        ({"people": {}}, "$.people", "should be a list"),
        ({"people": [{"uuid": PERSON_UUID}]}, "$.people[0].full_name", "missing"),
        ({"exported_at": "yesterday"}, "$.exported_at", "ISO 8601"),
        ({"tags": [{"name": ""}]}, "$.tags[0].name", "empty"),
        (
            {"settings": [{"key": "a", "value": 1}, {"key": "a", "value": 2}]},
            "$.settings[1].key",
            "twice",
        ),
        (
            {"follow_ups": [{"key": "nudge:commitment:17:2", "state": "done"}]},
            "$.follow_ups[0].key",
            "follow-up key",
        ),
    ],
)
def test_documents_refused_at_the_top(
    store: Store, tmp_path: Path, change: dict[str, Any], location: str, words: str
) -> None:
    value = document(**change)
    if change.get("format", "") is None:
        del value["format"]
    error = refused(store, write(tmp_path / "doc.json", value))
    assert error.location == location
    assert words in error.message


def partner_with(**fields: Any) -> dict[str, Any]:
    doc = document()
    doc["partners"][0].update(fields)
    return doc


def meeting_with(**fields: Any) -> dict[str, Any]:
    doc = document()
    doc["partners"][0]["meetings"][0].update(fields)
    return doc


@pytest.mark.parametrize(
    ("value", "location", "words"),
    [
        (partner_with(name=12), "$.partners[0].name", "should be text, not a number"),
        (partner_with(name="   "), "$.partners[0].name", "cannot be empty"),
        (partner_with(name="x" * 201), "$.partners[0].name", "too long"),
        (partner_with(summary="x" * 1_000_001), "$.partners[0].summary", "too long"),
        (partner_with(name="Nul\u0000Ltd"), "$.partners[0].name", "NUL"),
        (partner_with(summary="half \ud800 pair"), "$.partners[0].summary", "NUL"),
        (partner_with(kind="corporation"), "$.partners[0].kind", "should be one of company"),
        (partner_with(uuid="not-a-uuid"), "$.partners[0].uuid", "should be a uuid"),
        (partner_with(owner=PARTNER_UUID), "$.partners[0].owner", "neither in the file"),
        (partner_with(tags="finance"), "$.partners[0].tags", "should be a list"),
        (partner_with(tags=["a", "a"]), "$.partners[0].tags[1]", "twice"),
        (partner_with(deleted_at=5), "$.partners[0].deleted_at", "ISO 8601"),
        (
            partner_with(people=[{"uuid": PARTNER_UUID, "full_name": "A"}] * 2),
            "$.partners[0].people[1]",
            "given twice",
        ),
        (
            meeting_with(starts_at="2026-11-27 10:00"),
            "$.partners[0].meetings[0].starts_at",
            "UTC offset",
        ),
        (
            meeting_with(starts_at="next week"),
            "$.partners[0].meetings[0].starts_at",
            "not an ISO 8601 date-time",
        ),
        (
            meeting_with(starts_at="0001-01-01T00:00:00+01:00"),
            "$.partners[0].meetings[0].starts_at",
            "out of range",
        ),
        (
            meeting_with(duration_minutes=1.5),
            "$.partners[0].meetings[0].duration_minutes",
            "whole number",
        ),
        (
            meeting_with(duration_minutes=True),
            "$.partners[0].meetings[0].duration_minutes",
            "whole number",
        ),
        (
            meeting_with(duration_minutes=2**40),
            "$.partners[0].meetings[0].duration_minutes",
            "out of range",
        ),
        (
            meeting_with(at_partner_premises="yes"),
            "$.partners[0].meetings[0].at_partner_premises",
            "true or false",
        ),
        (
            meeting_with(follow_up_on="2026-02-30"),
            "$.partners[0].meetings[0].follow_up_on",
            "ISO 8601 date",
        ),
        (
            meeting_with(attendees=[PARTNER_UUID]),
            "$.partners[0].meetings[0].attendees[0]",
            "neither in the file",
        ),
        (
            meeting_with(attendees=[PERSON_UUID, PERSON_UUID]),
            "$.partners[0].meetings[0].attendees[1]",
            "twice",
        ),
        (meeting_with(starts_at=None), "$.partners[0].meetings[0].starts_at", "null"),
    ],
)
def test_wrong_values_are_refused_where_they_are(
    store: Store, tmp_path: Path, value: dict[str, Any], location: str, words: str
) -> None:
    error = refused(store, write(tmp_path / "doc.json", value))
    assert error.location == location
    assert words in error.message
    assert str(error).startswith(f"{location}: ")


@pytest.mark.parametrize(
    ("data", "location", "words"),
    [
        (b"", "line 1, column 1", "not valid JSON"),
        (json.dumps(document()).encode()[:-40], "line 1", "not valid JSON"),
        (
            b'{"format": "partnerdesk",\n "version": 1,\n "partners": [\x00]}',
            "line 3, column 15",
            "not valid JSON",
        ),
        (b'{"format": "partnerdesk", "version": 1, "people": [NaN]}', "line 1, column 52", "NaN"),
        (b'{"format": "partnerdesk", "version": 1, "n": 1e999}', "line 1, column 46", "too large"),
        (
            b'{"format": "partnerdesk", "version": ' + b"9" * 5000 + b"}",
            "line 1, column 38",
            "digits",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "line 1, column 201", "nested too deeply"),
        (b'{"format": "partnerdesk",\n "x": "\xff"}', "line 2, column 8", "not UTF-8"),
        ("{}".encode("utf-16"), "byte 0", "UTF-16"),
        (b"[1, 2]", "$", "not an object"),
    ],
)
def test_malformed_files_are_refused_with_a_place(
    store: Store, tmp_path: Path, data: bytes, location: str, words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    error = refused(store, path)
    assert error.location.startswith(location)
    assert words in error.message


def test_a_byte_order_mark_is_allowed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document()).encode())
    assert import_json(store, path, dry_run=False).created["partners"] == 1


def test_unknown_fields_are_ignored_and_reported(store: Store, tmp_path: Path) -> None:
    doc = partner_with(colour="blue")
    doc["generator"] = "a spreadsheet macro"
    doc["partners"][0]["meetings"][0]["mood"] = "good"
    report = import_json(store, write(tmp_path / "doc.json", doc), dry_run=False)
    [note] = report.notes
    assert note.startswith("Ignored 3 fields PartnerDesk does not know: ")
    assert "$.partners[0].colour" in note
    assert "$.partners[0].meetings[0].mood" in note


def test_a_minimal_document_gets_the_defaults(store: Store, tmp_path: Path) -> None:
    doc = {
        "format": "partnerdesk",
        "version": 1,
        "partners": [{"uuid": PARTNER_UUID, "name": "Bare"}],
    }
    import_json(store, write(tmp_path / "doc.json", doc), dry_run=False)
    partner = store.partners.get(1)
    assert (partner.kind.value, partner.stage.value, partner.tags) == ("company", "prospect", ())
    assert partner.created_at is not None


def test_references_to_records_already_in_the_notebook_are_fine(
    store: Store, tmp_path: Path
) -> None:
    ours = store.people.add(Person(full_name="Ours", uuid="11111111-2222-4333-8444-555555555555"))
    doc = partner_with(owner=ours.uuid)
    import_json(store, write(tmp_path / "doc.json", doc), dry_run=False)
    assert store.partners.get(1).owner_id == ours.id


def test_files_that_are_not_plain_files_or_too_big(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="is a folder"):
        read_file(tmp_path)
    with pytest.raises(ImportFileError, match="There is no file"):
        read_file(tmp_path / "missing.json")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    with pytest.raises(ImportFileError, match="at most 0 MB"):
        read_file(big, limit=1024)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        with pytest.raises(ImportFileError, match="not a regular file"):
            read_file(fifo)  # refused at once, not read forever


def test_the_size_limit_applies_to_imports(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_reading, "MAX_FILE_BYTES", 100)
    error = refused(store, write(tmp_path / "doc.json", document()))
    assert "PartnerDesk imports files of at most" in error.message


def test_the_field_limits_are_the_schema_column_lengths() -> None:
    tables = Base.metadata.tables
    specs = {
        "partners": json_document.PARTNER,
        "people": json_document.PERSON,
        "meetings": json_document.MEETING,
        "offers": json_document.OFFER,
        "initiatives": json_document.INITIATIVE,
        "initiative_members": json_document.MEMBER,
        "tags": json_document.TAG,
        "settings": json_document.SETTING,
        "follow_up_states": json_document.FOLLOW_UP,
    }
    for table_name, spec in specs.items():
        for field in spec.fields:
            if field.kind is json_document.Kind.STRING:
                length = getattr(tables[table_name].c[field.column].type, "length", None)
                assert field.limit == (length or json_document.MAX_TEXT_LENGTH), field


def test_every_column_has_a_field() -> None:
    """A column added to the schema must be added to the document too (and its docs)."""
    tables = Base.metadata.tables
    specs = {
        "partners": json_document.PARTNER,
        "people": json_document.PERSON,
        "meetings": json_document.MEETING,
        "commitments": json_document.COMMITMENT,
        "commitment_events": json_document.EVENT,
        "needs": json_document.NEED,
        "offers": json_document.OFFER,
        "initiatives": json_document.INITIATIVE,
        "initiative_members": json_document.MEMBER,
        "initiative_pairings": json_document.PAIRING,
        "tags": json_document.TAG,
        "settings": json_document.SETTING,
        "follow_up_states": json_document.FOLLOW_UP,
    }
    implied = {"id", "partner_id", "commitment_id", "initiative_id", "meeting_id", "tag_id"}
    docs = (Path(__file__).parents[2] / "docs" / "json-format.md").read_text(encoding="utf-8")
    for table_name, spec in specs.items():
        columns = {column.name for column in tables[table_name].columns}
        fields = {field.column for field in spec.fields}
        assert columns - implied <= fields, table_name
        for field in spec.fields:
            assert f"`{field.key}`" in docs, field.key
