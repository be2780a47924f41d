"""Writes cut short and writes the disk refuses: the notebook stays whole and usable."""

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from partnerdesk.domain.errors import StorageError
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.paths import AppPaths
from partnerdesk.store.database import SQLITE_READONLY_ROLLBACK, Database
from partnerdesk.store.migrations import HEAD_REVISION
from partnerdesk.store.store import Store
from tests.store.notebook_facts import read_facts

FIXTURE = Path(__file__).with_name("fixtures") / "notebook-0001.partnerdesk"


@pytest.fixture
def old_notebook(tmp_path: Path) -> Path:
    notebook = tmp_path / "old.partnerdesk"
    shutil.copyfile(FIXTURE, notebook)
    return notebook


def run_and_die(code: str) -> None:
    """Runs `code` in a Python that kills itself with SIGKILL at the point it says."""
    prelude = "import os, signal\ndef die():\n    os.kill(os.getpid(), signal.SIGKILL)\n"
    result = subprocess.run([sys.executable, "-c", prelude + code], check=False, timeout=120)
    assert result.returncode == -9


def test_a_write_cut_short_with_a_hot_journal_is_undone_and_the_notebook_opens(
    old_notebook: Path, tmp_path: Path
) -> None:
    before = read_facts(Path(shutil.copy(old_notebook, tmp_path / "copy.partnerdesk")))
    # A tiny page cache makes SQLite write changed pages into the file before the commit,
    # as a large migration does: the journal left behind must then be played back.
    run_and_die(
        f"import sqlite3\nc = sqlite3.connect({str(old_notebook)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1')\nc.execute('BEGIN')\n"
        "c.execute(\"UPDATE meetings SET notes = notes || ' changed'\")\n"
        "c.execute(\"UPDATE partners SET name = 'changed'\")\n"
        "c.execute('CREATE TABLE half (x)')\ndie()\n"
    )
    with pytest.raises(sqlite3.OperationalError) as looked:
        sqlite3.connect(f"{old_notebook.as_uri()}?mode=ro", uri=True).execute(
            "PRAGMA application_id"
        ).fetchone()
    assert looked.value.sqlite_errorcode == SQLITE_READONLY_ROLLBACK

    database = Database.open(old_notebook, tmp_path / "backups")
    database.close()

    after = read_facts(old_notebook, before.columns)
    assert after.revision == HEAD_REVISION
    assert "half" not in after.row_counts
    assert before.lost_by_upgrade(after) == []


def test_a_migration_killed_after_its_first_new_table_leaves_the_old_revision_whole(
    old_notebook: Path, tmp_path: Path
) -> None:
    before = read_facts(Path(shutil.copy(old_notebook, tmp_path / "copy.partnerdesk")))
    # 0002 creates the commitment_events table, then fills it: die in between.
    run_and_die(
        "import alembic.op\n"
        "alembic.op.bulk_insert = lambda *args, **kwargs: die()\n"
        "from pathlib import Path\nfrom partnerdesk.store.database import Database\n"
        f"Database.open(Path({str(old_notebook)!r}), Path({str(tmp_path / 'b1')!r}))\n"
    )
    killed = read_facts(Path(shutil.copy(old_notebook, tmp_path / "killed.partnerdesk")))
    assert killed.revision == "0001"
    assert set(killed.row_counts) == set(before.row_counts)  # no commitment_events yet

    Database.open(old_notebook, tmp_path / "b2").close()

    after = read_facts(old_notebook, before.columns)
    assert after.revision == HEAD_REVISION
    assert after.row_counts["commitment_events"] > 0
    assert before.lost_by_upgrade(after) == []


@pytest.fixture
def notebook(paths: AppPaths) -> Store:
    paths.ensure_data_dir()
    store = Store.open(paths.database, paths.backups_dir)
    yield store
    store.close()


def add_meeting(store: Store) -> Meeting:
    partner = store.partners.add(Partner(name="Northwind Bank"))
    return store.meetings.add(Meeting(partner_id=partner.id, starts_at=datetime.now(UTC)))


def test_a_read_only_refusal_says_so_and_the_next_save_opens_afresh(notebook: Store) -> None:
    meeting = add_meeting(notebook)
    # The pooled connection refuses writes, as one that met a read-only file does.
    with notebook.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only=ON")

    with pytest.raises(StorageError, match="is read-only; make it writable to save"):
        notebook.meetings.save_notes(meeting.id, "kept in the editor")

    notebook.meetings.save_notes(meeting.id, "saved once writable")
    assert notebook.meetings.get(meeting.id).notes == "saved once writable"


def test_a_full_disk_says_so_and_nothing_of_the_save_is_stored(notebook: Store) -> None:
    meeting = add_meeting(notebook)
    with notebook.database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")

    with pytest.raises(StorageError, match="is full; free some space to save"):
        notebook.meetings.save_notes(meeting.id, "x" * 100_000)

    assert notebook.meetings.get(meeting.id).notes == ""
    with notebook.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA max_page_count=1073741823")
    notebook.meetings.save_notes(meeting.id, "x" * 100_000)
    assert notebook.meetings.get(meeting.id).notes == "x" * 100_000


def test_opening_gives_wal_and_shm_files_the_notebooks_own_permissions(
    paths: AppPaths,
) -> None:
    paths.ensure_data_dir()
    Store.open(paths.database, paths.backups_dir).close()
    # Left by a session that found the notebook read-only (0400), or made from a 0644 one.
    # (SQLite mends the mode of empty ones itself, so these have something in them.)
    wal = Path(f"{paths.database}-wal")
    shm = Path(f"{paths.database}-shm")
    wal.write_bytes(bytes(32))  # no WAL header: SQLite starts the log afresh
    wal.chmod(0o644)
    shm.write_bytes(bytes(32768))
    shm.chmod(0o400)

    store = Store.open(paths.database, paths.backups_dir)
    try:
        add_meeting(store)
        assert wal.stat().st_mode & 0o777 == 0o600
        assert shm.stat().st_mode & 0o777 == 0o600
    finally:
        store.close()
