"""CSV export: three files Excel opens, formula-like cells defused, ordinary text round-trips."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerdesk.domain.enums import CommitmentStatus, Direction, PartnerKind
from partnerdesk.domain.models import Commitment, Partner, Person
from partnerdesk.interchange.csv_export import export_csv
from partnerdesk.interchange.csv_import import import_csv
from partnerdesk.interchange.spreadsheet_cells import defused, undefused
from partnerdesk.store.store import Store


def read_back(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def fill(store: Store) -> tuple[Partner, Person]:
    dean = store.people.add(Person(full_name="Elena Ruiz", title="Dean"))
    partner = store.partners.add(
        Partner(
            name="=Évora Labs",
            kind=PartnerKind.UNIVERSITY,
            city="Évora",
            tags=("pilot", "europe"),
            owner_id=dean.id,
            summary="Line one\nline two, with a comma",
        )
    )
    person = store.people.add(
        Person(
            full_name="Zoë Ng",
            email="zoe@evora.example",
            phone="+351 266 000 000",
            title="@head",
            partner_id=partner.id,
            notes='She said "yes"',
        )
    )
    store.commitments.add(
        Commitment(
            partner_id=partner.id,
            direction=Direction.THEIRS,
            description="-send the list",
            due_on=date(2026, 12, 1),
            status=CommitmentStatus.DONE,
            done_on=date(2026, 11, 30),
            owner_id=person.id,
        )
    )
    return partner, person


def test_three_files_with_every_live_record(store: Store, tmp_path: Path) -> None:
    partner, _person = fill(store)
    gone = store.partners.add(Partner(name="Deleted Co"))
    store.people.add(Person(full_name="Gone With It", partner_id=gone.id))
    store.partners.delete(gone.id)
    folder = tmp_path / "export" / "nested"
    report = export_csv(store, folder)
    assert report.counts == {"partners": 1, "people": 2, "commitments": 1}
    [partner_row] = read_back(folder / "partners.csv")
    assert partner_row["Partner"] == "'=Évora Labs"
    assert (partner_row["Kind"], partner_row["City"], partner_row["Owner"]) == (
        "university",
        "Évora",
        "Elena Ruiz",
    )
    assert partner_row["Tags"] == "europe; pilot"
    assert partner_row["Summary"] == "Line one\nline two, with a comma"
    assert partner_row["UUID"] == partner.uuid
    people = read_back(folder / "people.csv")
    assert [(row["Name"], row["Side"], row["Partner"]) for row in people] == [
        ("Elena Ruiz", "ours", ""),
        ("Zoë Ng", "theirs", "'=Évora Labs"),
    ]
    assert (people[1]["Phone"], people[1]["Title"]) == ("'+351 266 000 000", "'@head")
    [commitment] = read_back(folder / "commitments.csv")
    assert commitment["Promised by"] == "them"
    assert commitment["Description"] == "'-send the list"
    assert (commitment["Due"], commitment["Done on"], commitment["Status"]) == (
        "2026-12-01",
        "2026-11-30",
        "done",
    )
    assert commitment["Owner"] == "Zoë Ng"
    assert not list(folder.glob(".*.tmp"))  # temp files renamed, none left behind


def test_people_csv_comes_back_in_unchanged(store: Store, tmp_path: Path) -> None:
    fill(store)
    export_csv(store, tmp_path)
    before = [(line.person, line.partner_name) for line in store.table_export.people()]
    report = import_csv(store, tmp_path / "people.csv", dry_run=False)
    assert report.created == {"partners": 0, "people": 0}
    assert report.updated == {"people": 0}
    after = [(line.person, line.partner_name) for line in store.table_export.people()]
    assert after == before


def test_people_csv_rebuilds_people_and_partners_in_an_empty_notebook(
    store: Store, tmp_path: Path
) -> None:
    fill(store)
    export_csv(store, tmp_path)
    empty = Store.open(tmp_path / "empty.partnerdesk", tmp_path / "backups")
    try:
        import_csv(empty, tmp_path / "people.csv", dry_run=False)
        people = {line.person.full_name: line for line in empty.table_export.people()}
        assert people["Elena Ruiz"].person.partner_id is None  # ours again
        zoe = people["Zoë Ng"]
        assert (zoe.partner_name, zoe.person.title, zoe.person.phone, zoe.person.notes) == (
            "=Évora Labs",
            "@head",
            "+351 266 000 000",
            'She said "yes"',
        )
    finally:
        empty.close()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tTabbed", "'\tTabbed"),
        ("\rReturn", "'\rReturn"),
        ("'=already quoted", "''=already quoted"),
        ("Plain", "Plain"),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
        ("", ""),
    ],
)
def test_formula_like_cells_are_defused(text: str, shown: str) -> None:
    assert defused(text) == shown
    assert undefused(defused(text)) == text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_defusing_round_trips_any_text(text: str) -> None:
    cell = defused(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert undefused(cell) == text


def test_an_unwritable_folder_is_a_storage_error(store: Store, tmp_path: Path) -> None:
    from partnerdesk.domain.errors import StorageError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError):
        export_csv(store, blocker / "inside")


def test_a_cancelled_export_writes_nothing(store: Store, tmp_path: Path) -> None:
    from partnerdesk.domain.interchange import ImportCancelled

    fill(store)

    def cancel_late(done: int, total: int) -> None:
        if done == 3:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        export_csv(store, tmp_path / "out", progress=cancel_late)
    assert not (tmp_path / "out").exists()
