"""The backup shelf: generations made and pruned, listed with counts, restored safely."""

import hashlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from partnerdesk.domain.backups import BackupKind, RetentionPolicy
from partnerdesk.domain.errors import BackupError
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.database import inspect_notebook
from partnerdesk.store.migrations import HEAD_REVISION
from partnerdesk.store.store import Store

FIXTURE_0001 = Path(__file__).parent / "fixtures" / "notebook-0001.partnerdesk"
START = datetime(2026, 11, 27, 10, 42, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Clock:
    def __init__(self, at: datetime = START) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual umask: files would be world-readable by default
    yield
    os.umask(previous)


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "office.partnerdesk"
    store = Store.open(path, tmp_path / "unused")
    partner = store.partners.add(Partner(name="Northwind Bank"))
    store.partners.add(Partner(name="Contoso"))
    store.meetings.add(Meeting(partner_id=partner.id, starts_at=START, title="Kick-off"))
    store.close()
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shelf(notebook: Path, tmp_path: Path, clock: Clock) -> BackupShelf:
    return BackupShelf(notebook, tmp_path / "data" / "backups", clock=clock)


def add_partner(path: Path, name: str) -> None:
    store = Store.open(path, path.parent / "unused")
    store.partners.add(Partner(name=name))
    store.close()


def partner_names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name FROM partners WHERE deleted_at IS NULL")
        return sorted(name for (name,) in rows)
    finally:
        connection.close()


# -- making and listing ---------------------------------------------------------------------


def test_a_backup_is_private_in_a_private_folder_and_says_what_it_holds(
    shelf: BackupShelf,
) -> None:
    info = shelf.make("manual")
    assert info.path.parent == shelf.folder
    assert info.path.name == "office-manual-20261127-104200-000000.sqlite"
    assert (info.kind, info.reason, info.made_at) == (BackupKind.MANUAL, "manual", START)
    assert (info.partners, info.meetings) == (2, 1)
    assert info.size == info.path.stat().st_size > 0
    assert mode(info.path) == 0o600
    assert mode(shelf.folder) == 0o700
    assert mode(shelf.folder.parent) == 0o700  # the data directory it had to create
    assert inspect_notebook(info.path).revision == HEAD_REVISION


def test_the_list_is_newest_first_and_only_this_notebooks_backups(
    shelf: BackupShelf, clock: Clock
) -> None:
    first = shelf.make("before-import")
    clock.at += timedelta(hours=1)
    second = shelf.make(BackupKind.DAILY)
    for stray in (
        "office-daily-20261127-120000-000000.sqlite.partial",  # one being written
        "office-notes-daily-20261127-120000-000000.sqlite",  # another notebook's
        "readme.txt",
    ):
        (shelf.folder / stray).write_text("x")
    listed = shelf.backups()
    assert [b.path for b in listed] == [second.path, first.path]
    assert [b.kind for b in listed] == [BackupKind.DAILY, BackupKind.BEFORE_IMPORT]


def test_two_backups_in_the_same_instant_do_not_overwrite_each_other(shelf: BackupShelf) -> None:
    one = shelf.make("manual")
    two = shelf.make("manual")
    assert one.path != two.path
    assert len(shelf.backups()) == 2


def test_a_backup_begun_counts_once_finished_and_its_copy_is_made_at_once(
    shelf: BackupShelf, notebook: Path
) -> None:
    with shelf.begin("manual") as backup:
        add_partner(notebook, "Added while the copy was checked")  # not in the copy
        info = backup.finish()
        assert backup.finish() == info
    assert [listed.path for listed in shelf.backups()] == [info.path]
    assert "Added while the copy was checked" not in partner_names(info.path)
    assert sorted(path.name for path in shelf.folder.iterdir()) == [info.path.name]


def test_a_copy_that_fails_its_check_leaves_no_backup(
    shelf: BackupShelf, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("partnerdesk.store.backup.quick_check", lambda _path: "page 3: damaged")
    backup = shelf.begin("manual")
    with pytest.raises(BackupError, match="failed its check: page 3: damaged"):
        backup.finish()
    with pytest.raises(BackupError):
        backup.finish()  # the same answer, asked again
    backup.close()  # never raises
    assert list(shelf.folder.iterdir()) == []
    with shelf.begin("manual"):
        pass  # leaving the block waits for the check, and leaves nothing behind
    assert list(shelf.folder.iterdir()) == []


def test_an_unreadable_backup_is_listed_without_counts(shelf: BackupShelf) -> None:
    info = shelf.make("manual")
    info.path.write_bytes(b"not a database at all" * 100)
    [listed] = shelf.backups()
    assert (listed.partners, listed.meetings) == (None, None)


def test_a_daily_backup_is_made_once_a_day(shelf: BackupShelf, clock: Clock) -> None:
    made = shelf.make_daily_if_due()
    assert made is not None
    assert made.kind is BackupKind.DAILY
    assert shelf.make_daily_if_due() is None
    assert shelf.has_daily_on(START.astimezone().date())
    clock.at += timedelta(days=1)
    assert shelf.make_daily_if_due() is not None
    assert len(shelf.backups()) == 2


def test_copy_to_a_chosen_place_never_overwrites(shelf: BackupShelf, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "office-copy.sqlite"
    target.parent.mkdir()
    info = shelf.copy_to(target)
    assert info.partners == 2
    assert mode(target) == 0o600
    with pytest.raises(BackupError, match="already exists"):
        shelf.copy_to(target)
    assert shelf.backups() == []


# -- pruning -------------------------------------------------------------------------------


def test_six_weeks_of_daily_backups_keep_the_generations(shelf: BackupShelf, clock: Clock) -> None:
    shelf.policy = RetentionPolicy(daily=7, weekly=4)
    for _day in range(42):
        shelf.make(BackupKind.DAILY)
        clock.at += timedelta(days=1)
    kept = shelf.backups()
    # The last is Thursday 7 Jan 2027: the seven days from 1 Jan, and the newest of the
    # weeks before (Sunday 3 Jan is among the seven; Sundays 27 and 20 Dec are not).
    assert len(kept) == 9
    newest = max(b.made_at for b in kept)
    assert sorted(newest - b.made_at for b in kept)[:7] == [timedelta(days=n) for n in range(7)]
    assert min(b.made_at for b in kept) >= newest - timedelta(days=28)


def test_event_backups_keep_five_of_each(shelf: BackupShelf, clock: Clock) -> None:
    for _n in range(8):
        shelf.make("before-migration-0003")
        shelf.make("before-import")
        clock.at += timedelta(minutes=5)
    kinds = [b.kind for b in shelf.backups()]
    assert kinds.count(BackupKind.BEFORE_MIGRATION) == 5
    assert kinds.count(BackupKind.BEFORE_IMPORT) == 5


def test_pruning_leaves_unknown_files_and_fresh_partials(shelf: BackupShelf) -> None:
    shelf.make("manual")
    stale = shelf.folder / "office-daily-20261101-090000-000000.sqlite.partial"
    fresh = shelf.folder / "office-daily-20261127-090000-000000.sqlite.partial"
    mine = shelf.folder / "keep-me.sqlite"
    for path in (stale, fresh, mine):
        path.write_text("x")
    two_hours_ago = datetime.now().timestamp() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    assert shelf.prune() == [stale]
    assert fresh.exists()
    assert mine.exists()


# -- the newest sound backup ----------------------------------------------------------------


def test_the_newest_sound_backup_skips_a_damaged_one(shelf: BackupShelf, clock: Clock) -> None:
    good = shelf.make("manual")
    clock.at += timedelta(hours=1)
    bad = shelf.make("manual")
    data = bytearray(bad.path.read_bytes())
    data[4096 : 4096 * 2] = b"\x17" * 4096  # a page of garbage
    bad.path.write_bytes(bytes(data))
    found = shelf.newest_sound()
    assert found is not None
    assert found.path == good.path


def test_no_backups_means_no_sound_backup(shelf: BackupShelf) -> None:
    assert shelf.newest_sound() is None


# -- restoring ------------------------------------------------------------------------------


def test_restore_backs_the_current_notebook_up_then_replaces_it(
    shelf: BackupShelf, notebook: Path, clock: Clock
) -> None:
    backup = shelf.make("manual")
    add_partner(notebook, "Fabrikam")  # made after the backup: the restore undoes it
    clock.at += timedelta(minutes=1)
    result = shelf.restore(backup.path)
    assert partner_names(notebook) == ["Contoso", "Northwind Bank"]
    assert result.previous is not None
    assert not result.previous_moved_aside
    assert result.previous.parent == shelf.folder
    assert "Fabrikam" in partner_names(result.previous)  # nothing lost: it is in there
    assert (result.partners, result.meetings) == (2, 1)
    assert mode(notebook) == 0o600
    assert [b.kind for b in shelf.backups()] == [BackupKind.BEFORE_RESTORE, BackupKind.MANUAL]
    assert backup.path.exists()
    assert not list(notebook.parent.glob(".*restoring*"))


def test_restore_keeps_commits_that_were_only_in_the_wal(
    shelf: BackupShelf, notebook: Path, tmp_path: Path
) -> None:
    backup = shelf.make("manual")
    # A crash leaves the last commits in the -wal beside the notebook: copy the files while
    # a writer still has them open, as a crash would leave them.
    live = tmp_path / "live.partnerdesk"
    shutil.copyfile(notebook, live)
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("UPDATE partners SET name = 'Northwind Bank (renamed)' WHERE name LIKE 'North%'")
    writer.commit()
    shutil.copyfile(live, notebook)
    shutil.copyfile(f"{live}-wal", f"{notebook}-wal")
    writer.close()
    result = shelf.restore(backup.path)
    assert result.previous is not None
    assert "Northwind Bank (renamed)" in partner_names(result.previous)
    assert not Path(f"{notebook}-wal").exists() or Path(f"{notebook}-wal").stat().st_size == 0
    assert partner_names(notebook) == ["Contoso", "Northwind Bank"]


def test_a_damaged_notebook_is_moved_aside_never_deleted(
    shelf: BackupShelf, notebook: Path
) -> None:
    backup = shelf.make("manual")
    data = bytearray(notebook.read_bytes())
    data[:100] = bytes(100)
    notebook.write_bytes(bytes(data))
    Path(f"{notebook}-wal").write_bytes(b"garbage" * 100)
    damaged = digest(notebook)
    result = shelf.restore(backup.path)
    assert result.previous_moved_aside
    assert result.previous is not None
    assert result.previous.parent == notebook.parent
    assert result.previous.name.startswith("office.moved-aside-")
    assert digest(result.previous) == damaged
    assert Path(f"{result.previous}-wal").read_bytes() == b"garbage" * 100
    assert mode(result.previous) == 0o600
    assert partner_names(notebook) == ["Contoso", "Northwind Bank"]
    assert not Path(f"{notebook}-wal").exists()


def test_a_notebook_from_a_newer_version_is_moved_aside(shelf: BackupShelf, notebook: Path) -> None:
    backup = shelf.make("manual")
    connection = sqlite3.connect(notebook)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    result = shelf.restore(backup.path)
    assert result.previous_moved_aside
    assert result.previous is not None
    assert inspect_notebook(notebook).revision == HEAD_REVISION


def test_a_damaged_backup_is_refused_and_nothing_changes(
    shelf: BackupShelf, notebook: Path
) -> None:
    backup = shelf.make("manual")
    backup.path.write_bytes(backup.path.read_bytes()[:5000])
    before = digest(notebook)
    with pytest.raises(BackupError, match="cannot be restored"):
        shelf.restore(backup.path)
    assert digest(notebook) == before
    assert [b.kind for b in shelf.backups()] == [BackupKind.MANUAL]


def test_restore_refuses_the_notebook_itself_and_missing_files(
    shelf: BackupShelf, notebook: Path, tmp_path: Path
) -> None:
    with pytest.raises(BackupError, match="the notebook itself"):
        shelf.restore(notebook)
    with pytest.raises(BackupError, match="There is no backup"):
        shelf.restore(tmp_path / "nothing.sqlite")


def test_restore_where_there_is_no_notebook_yet(
    shelf: BackupShelf, notebook: Path, tmp_path: Path
) -> None:
    backup = shelf.make("manual")
    elsewhere = BackupShelf(tmp_path / "new" / "office.partnerdesk", shelf.folder)
    result = elsewhere.restore(backup.path)
    assert result.previous is None
    assert partner_names(elsewhere.notebook) == ["Contoso", "Northwind Bank"]
    assert mode(elsewhere.notebook) == 0o600
    assert mode(elsewhere.notebook.parent) == 0o700


def test_a_backup_from_an_earlier_version_restores_and_upgrades_on_open(
    shelf: BackupShelf, notebook: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old-backup.sqlite"
    shutil.copyfile(FIXTURE_0001, old)
    shelf.restore(old)
    assert inspect_notebook(notebook).revision == "0001"
    store = Store.open(notebook, shelf.folder)  # opening upgrades it
    try:
        assert store.partners.resolve("Northwind").city == "Arlington"
    finally:
        store.close()
    assert inspect_notebook(notebook).revision == HEAD_REVISION


def test_the_store_has_a_shelf_on_its_backups_folder(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "x.partnerdesk", tmp_path / "data" / "backups")
    try:
        assert store.backups.folder == tmp_path / "data" / "backups"
        assert store.backups.notebook == store.path
        assert store.backups.make("manual").partners == 0
    finally:
        store.close()


def test_when_the_current_notebook_cannot_be_backed_up_nothing_changes(
    shelf: BackupShelf, notebook: Path, tmp_path: Path
) -> None:
    backup = shelf.make("manual")
    add_partner(notebook, "Fabrikam")
    before = digest(notebook)
    moved = tmp_path / "moved-backup.sqlite"
    shutil.copyfile(backup.path, moved)
    shutil.rmtree(shelf.folder)
    shelf.folder.write_text("a file where the backups folder should be")
    with pytest.raises(BackupError, match="not a folder"):
        shelf.restore(moved)
    assert digest(notebook) == before
    assert "Fabrikam" in partner_names(notebook)
    assert not list(notebook.parent.glob(".*restoring*"))
    assert not list(notebook.parent.glob("*moved-aside*"))
