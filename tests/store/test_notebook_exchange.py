"""Portable rows in and out of a notebook: one snapshot out, one transaction in."""

import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import Direction
from partnerdesk.domain.follow_ups import (
    check_in_key,
    escalate_key,
    nudge_key,
    status_check_key,
    thank_you_key,
)
from partnerdesk.domain.interchange import ImportFileError
from partnerdesk.domain.models import Commitment, Partner, Person
from partnerdesk.store.portable import (
    TABLE_ORDER,
    PortableRow,
    references,
    split_follow_up_key,
    translate_follow_up_key,
)
from partnerdesk.store.repositories.notebook_export import _Reader
from partnerdesk.store.schema import Base
from partnerdesk.store.store import Store
from tests.interchange.notebooks import fill_rich, open_store

UUID_A = "11111111-1111-4111-8111-111111111111"
UUID_B = "22222222-2222-4222-8222-222222222222"


def read_all(store: Store) -> dict[str, list[PortableRow]]:
    tables: dict[str, list[PortableRow]] = {}
    for chunk in store.notebook_export.read(partners_per_chunk=3):
        for name, rows in chunk.tables.items():
            tables.setdefault(name, []).extend(rows)
    return tables


@pytest.mark.parametrize("filled_by", ["the store", "an import"])
def test_the_export_reads_every_table_as_sqlalchemy_would(tmp_path: Path, filled_by: str) -> None:
    """Reader and importer convert stored values themselves, for speed: the very same values.

    Filled by the store's own writes, the reader must read what SQLAlchemy reads; filled
    by an import, what the importer wrote must read the same both ways too.
    """
    with open_store(tmp_path, "source.partnerdesk") as source:
        fill_rich(source)
        rows = read_all(source)
    with open_store(tmp_path) as store:
        if filled_by == "the store":
            fill_rich(store)
        else:
            store.notebook_import.apply(rows, dry_run=False)
        with store.database.engine.connect() as connection:
            reader = _Reader(connection)
            for name, table in Base.metadata.tables.items():
                if name == "alembic_version":
                    continue
                fast = reader._rows(name, select(table).order_by(*table.primary_key.columns))
                typed = [
                    dict(row._mapping)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for row in typed:
                    row.pop("id", None)
                    for column, target in references(name).items():
                        if row[column] is not None:
                            row[column] = reader._uuids_of(target)[row[column]]
                assert fast == typed, name
                assert fast or name in ("follow_up_states",) or not typed


def test_the_export_is_one_snapshot(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        fill_rich(store, partners=6)
        chunks = store.notebook_export.read(partners_per_chunk=2)
        first = next(chunks)
        total = first.partners_total
        # Written while the export is half way: the export does not see it.
        late = store.partners.add(Partner(name="Late"))
        store.people.add(Person(full_name="Late person", partner_id=late.id))
        rest = list(chunks)
    assert sum(len(chunk.tables["partners"]) for chunk in rest) == total
    assert "Late" not in {row["name"] for chunk in rest for row in chunk.tables["partners"]}
    assert rest[-1].partners_done == total


def test_rows_read_write_back_into_an_empty_notebook(tmp_path: Path) -> None:
    with open_store(tmp_path, "a.partnerdesk") as first:
        fill_rich(first)
        rows = read_all(first)
        counts = first.counts()
    with open_store(tmp_path, "b.partnerdesk") as second:
        dry = second.notebook_import.apply(rows, dry_run=True)
        assert second.counts().partners == 0
        done = second.notebook_import.apply(rows, dry_run=False)
        assert done == dry
        assert done.created["partners"] == len(rows["partners"])
        assert second.counts() == counts
        again = read_all(second)
    key = repr
    for name in TABLE_ORDER:
        assert sorted(map(key, again[name])) == sorted(map(key, rows[name])), name


def test_an_update_keeps_ids_and_replaces_links_and_ledger(store: Store) -> None:
    partner = store.partners.add(Partner(name="Acme", tags=("old",)))
    commitment = store.commitments.add(
        Commitment(partner_id=partner.id, direction=Direction.OURS, description="Send it")
    )
    store.commitments.reschedule(commitment.id, date(2026, 12, 24))
    rows = read_all(store)
    [kept, _dropped] = rows["commitment_events"]
    rows["commitment_events"] = [kept]
    rows["partners"][0]["name"] = "Acme Corp"
    rows["partner_tags"] = []
    store.notebook_import.apply(rows, dry_run=False)
    assert store.partners.get(partner.id).name == "Acme Corp"
    assert store.partners.get(partner.id).tags == ()
    assert [event.uuid for event in store.commitments.history(commitment.id)] == [kept["uuid"]]
    assert store.counts().partners == 1


def test_tags_settings_and_marks_match_by_name_or_key(store: Store) -> None:
    store.partners.add(Partner(name="Acme", tags=("finance",)))
    store.settings.set("going_cold_days", 30)
    [tag_uuid] = [row["uuid"] for row in read_all(store)["tags"]]
    stamp = store.partners.get(1).created_at
    rows: dict[str, list[dict[str, Any]]] = {
        "tags": [
            # Same name, another uuid: the same tag.
            {"uuid": UUID_A, "name": "finance", "created_at": stamp, "updated_at": stamp},
            # A new tag whose uuid the notebook's tag already has: it gets its own.
            {"uuid": tag_uuid, "name": "new", "created_at": stamp, "updated_at": stamp},
        ],
        "settings": [
            {
                "uuid": UUID_B,
                "key": "going_cold_days",
                "value": 45,
                "created_at": stamp,
                "updated_at": stamp,
            }
        ],
    }
    counts = store.notebook_import.apply(rows, dry_run=False)
    assert counts.created["tags"] == 1
    assert counts.updated["tags"] == 1
    assert store.partner_list.tag_names() == ["finance", "new"]
    assert store.settings.get("going_cold_days") == 45
    assert len(store.settings.all()) == 1


def test_a_row_pointing_nowhere_stops_the_import(store: Store) -> None:
    store.partners.add(Partner(name="Acme"))
    rows = read_all(store)
    rows["partners"][0]["owner_id"] = UUID_A
    with pytest.raises(ImportFileError, match="neither in the file nor in the notebook"):
        store.notebook_import.apply(rows, dry_run=False)
    assert store.partners.get(1).owner_id is None


def test_known_uuids(store: Store) -> None:
    person = store.people.add(Person(full_name="Ana", uuid=UUID_A))
    assert store.notebook_import.known_uuids("people", [UUID_A, UUID_B]) == {person.uuid}
    assert store.notebook_import.known_uuids("partners", [UUID_A]) == set()


def test_the_import_holds_the_write_lock_and_reports_once(
    store: Store, changes: list[Change]
) -> None:
    store.partners.add(Partner(name="Acme"))
    rows = read_all(store)
    changes.clear()
    locked: list[bool] = []

    def try_to_write(done: int, total: int) -> None:
        if done and not locked:
            other = sqlite3.connect(store.path, timeout=0)
            try:
                other.execute("UPDATE settings SET key = key")
                locked.append(False)
            except sqlite3.OperationalError as error:
                locked.append("locked" in str(error))
            finally:
                other.close()

    store.notebook_import.apply(rows, dry_run=False, progress=try_to_write)
    assert locked == [True]
    assert changes == [Change(Entity.NOTEBOOK, Action.UPDATED)]


def test_a_thread_imports_while_the_gui_thread_reads(store: Store) -> None:
    """Each thread gets its own connection from the pool: reads go on during an import."""
    store.partners.add(Partner(name="Acme"))
    rows = read_all(store)
    rows["partners"][0]["name"] = "Acme Corp"
    writing = threading.Event()
    read_done = threading.Event()
    failures: list[BaseException] = []

    def progress(done: int, _total: int) -> None:
        if done:
            writing.set()
            read_done.wait(timeout=10)

    def work() -> None:
        try:
            store.notebook_import.apply(rows, dry_run=False, progress=progress)
        except BaseException as error:  # handed to the test thread
            failures.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    assert writing.wait(timeout=10)
    # The import has written but not committed: this thread still reads the old name.
    assert store.partners.get(1).name == "Acme"
    read_done.set()
    thread.join(timeout=10)
    assert failures == []
    assert store.partners.get(1).name == "Acme Corp"


@pytest.mark.parametrize(
    "key",
    [
        thank_you_key(17),
        status_check_key(17),
        nudge_key(17, 3),
        escalate_key(17),
        check_in_key(17, date(2026, 12, 10)),
    ],
)
def test_every_follow_up_key_travels_by_uuid(key: str) -> None:
    parts = split_follow_up_key(key)
    assert parts is not None
    portable = translate_follow_up_key(key, lambda _table, ref: UUID_A if ref == "17" else None)
    assert portable is not None
    assert UUID_A in portable
    back = translate_follow_up_key(portable, lambda _table, ref: 17 if ref == UUID_A else None)
    assert back == key
    assert translate_follow_up_key("something:else", lambda _table, _ref: 1) is None
