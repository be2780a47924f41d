"""Opening notebooks: new ones are created and stamped, old ones upgraded, strange ones refused."""

import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from partnerdesk.domain.enums import CommitmentEventKind
from partnerdesk.domain.errors import (
    NotANotebook,
    NotebookCorrupt,
    NotebookNotFound,
    NotebookTooNew,
)
from partnerdesk.store import migrate
from partnerdesk.store.database import APPLICATION_ID, Database, inspect_notebook
from partnerdesk.store.migrations import HEAD_REVISION, KNOWN_REVISIONS
from partnerdesk.store.schema import Base
from partnerdesk.store.search_schema import is_search_object
from partnerdesk.store.store import Store

FIXTURE_0001 = Path(__file__).parent / "fixtures" / "notebook-0001.partnerdesk"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(db: Database, name: str) -> object:
    with db.engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar()


def test_new_notebook_is_created_stamped_and_private(tmp_path: Path) -> None:
    path = tmp_path / "new.partnerdesk"
    db = Database.open(path, tmp_path / "backups")
    try:
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "synchronous") == 2  # FULL
        assert pragma(db, "foreign_keys") == 1
        assert pragma(db, "busy_timeout") == 5000
        assert pragma(db, "application_id") == APPLICATION_ID
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        db.close()
    assert inspect_notebook(path).revision == HEAD_REVISION


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(KNOWN_REVISIONS) == migrate.script_revisions()
    assert migrate.script_head() == HEAD_REVISION


def _index_sql(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    return {name: " ".join(sql.split()) for name, sql in rows}


def _search_sql(path: Path) -> dict[str, str]:
    """The full-text index's tables, views and triggers, as SQLite stored them."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT type || ' ' || name, sql FROM sqlite_master WHERE name LIKE 'search~_%' "
            "ESCAPE '~' AND sql IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    return {name: " ".join(sql.split()) for name, sql in rows}


def _not_the_search_index(name: str | None, type_: str, _parents: object) -> bool:
    # Alembic cannot compare FTS5 virtual tables (nor their shadow tables) to ORM tables;
    # they are compared below by the SQL that SQLite stored.
    return not (type_ == "table" and name is not None and is_search_object(name))


def test_migrations_build_exactly_the_schema_of_the_code(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.connect() as connection:
        with connection.begin():
            migrate.upgrade_to_head(connection)
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _not_the_search_index}
        )
        # Alembic cannot reflect an index on an expression (COLLATE NOCASE) from SQLite,
        # so indexes (like the search index) are compared below by the SQL SQLite stored.
        differences = [
            diff
            for diff in compare_metadata(context, Base.metadata)
            if diff[0] not in ("add_index", "remove_index")
        ]
        assert differences == []
    engine.dispose()
    created = tmp_path / "created.db"
    Database.open(created, tmp_path / "backups").close()
    assert _index_sql(migrated) == _index_sql(created)
    search_objects = _search_sql(created)
    assert len([name for name in search_objects if name.startswith("trigger ")]) == 15
    assert _search_sql(migrated) == search_objects


def test_a_first_revision_notebook_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.partnerdesk"
    shutil.copyfile(FIXTURE_0001, path)
    before = digest(path)
    backups = tmp_path / "backups"
    store = Store.open(path, backups)
    try:
        assert store.partners.resolve("Northwind").city == "Arlington"
        histories = {
            c.description: store.commitments.history(c.id) for c in store.commitments.for_partner(1)
        }
        kinds = {name: [e.kind for e in events] for name, events in histories.items()}
        assert kinds["Send the internship calendar"] == [
            CommitmentEventKind.CREATED,
            CommitmentEventKind.DONE,
        ]
        assert kinds["Name an HR contact"][-1] is CommitmentEventKind.DROPPED
        assert kinds["Host a campus visit"] == [CommitmentEventKind.CREATED]
        assert store.database.integrity_problems() == []
    finally:
        store.close()
    assert inspect_notebook(path).revision == HEAD_REVISION
    [backup] = list(backups.iterdir())
    assert "before-migration-0001" in backup.name
    assert digest(backup) != ""  # a real file, checked below
    assert inspect_notebook(backup).revision == "0001"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert before == digest(FIXTURE_0001)  # the fixture itself is never touched


def test_a_notebook_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.partnerdesk"
    Database.open(path, tmp_path / "b").close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotebookTooNew) as raised:
        Database.open(path, tmp_path / "b")
    assert "newer version" in raised.value.message
    assert digest(path) == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.partnerdesk"
    path.write_text("Dear partner, ...")
    before = digest(path)
    with pytest.raises(NotANotebook):
        Database.open(path, tmp_path / "b")
    assert digest(path) == before


def test_an_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotANotebook) as raised:
        Database.open(path, tmp_path / "b")
    assert "not a PartnerDesk notebook" in raised.value.message
    assert digest(path) == before
    assert not (tmp_path / "b").exists()


def test_a_damaged_notebook_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.partnerdesk"
    Database.open(path, tmp_path / "b").close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises((NotebookCorrupt, NotANotebook)):
        Database.open(path, tmp_path / "b")
    assert digest(path) == before


def test_a_missing_notebook_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(NotebookNotFound):
        Database.open(tmp_path / "nowhere.partnerdesk", tmp_path / "b", create=False)
    assert not (tmp_path / "nowhere.partnerdesk").exists()


def test_a_folder_is_not_a_notebook(tmp_path: Path) -> None:
    with pytest.raises(NotANotebook):
        Database.open(tmp_path, tmp_path / "b")
