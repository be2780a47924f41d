"""The notebook guard: checks the open notebook off the GUI thread, then backs it up daily."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from partnerdesk.domain.backups import BackupInfo, BackupKind
from partnerdesk.domain.models import Partner
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.store import Store
from partnerdesk.ui.notebook_guard import NotebookGuard


class Clock:
    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "office.partnerdesk"
    store = Store.open(path, tmp_path / "unused")
    store.partners.add(Partner(name="Northwind Bank"))
    store.close()
    return path


@pytest.fixture
def shelf(notebook: Path, tmp_path: Path, clock: Clock) -> BackupShelf:
    return BackupShelf(notebook, tmp_path / "backups", clock=clock)


def test_a_sound_notebook_gets_its_daily_backup_once(
    qtbot: QtBot, shelf: BackupShelf, clock: Clock
) -> None:
    guard = NotebookGuard(shelf)
    with qtbot.waitSignal(guard.backed_up) as made:
        assert guard.check_now() is not None
    [info] = made.args
    assert isinstance(info, BackupInfo)
    assert info.kind is BackupKind.DAILY
    assert info.partners == 1
    # The same day, nothing more; a new day while open, a new one.
    assert guard.back_up_if_due() is None
    clock.at += timedelta(days=1)
    with qtbot.waitSignal(guard.backed_up):
        assert guard.back_up_if_due() is not None
    assert [b.kind for b in shelf.backups()] == [BackupKind.DAILY, BackupKind.DAILY]


def test_the_check_runs_on_its_own_after_a_delay_and_keeps_going(
    qtbot: QtBot, shelf: BackupShelf, clock: Clock
) -> None:
    guard = NotebookGuard(shelf, daily_check_ms=50)
    with qtbot.waitSignal(guard.backed_up):
        guard.start(delay_ms=10)
    clock.at += timedelta(days=1)
    with qtbot.waitSignal(guard.backed_up, timeout=5000):
        pass  # the timer notices the new day without being asked
    guard.stop()
    assert len(shelf.backups()) == 2


def test_damage_is_reported_and_no_backup_is_made(
    qtbot: QtBot, shelf: BackupShelf, notebook: Path
) -> None:
    data = bytearray(notebook.read_bytes())
    pages = len(data) // 4096
    data[(pages - 2) * 4096 : (pages - 1) * 4096] = b"\xa5" * 4096
    notebook.write_bytes(bytes(data))
    guard = NotebookGuard(shelf)
    with qtbot.waitSignal(guard.damaged) as found:
        guard.check_now()
    assert "is damaged" in found.args[0]
    assert shelf.backups() == []
    assert guard.back_up_if_due() is None  # never back up a damaged notebook


def test_a_backup_that_cannot_be_written_is_reported(
    qtbot: QtBot, shelf: BackupShelf, tmp_path: Path
) -> None:
    shelf.folder = tmp_path / "a-file"
    shelf.folder.write_text("in the way")
    guard = NotebookGuard(shelf)
    with qtbot.waitSignal(guard.failed) as failed:
        guard.check_now()
    assert "backup" in failed.args[0]


def test_a_second_check_while_one_runs_is_not_started(qtbot: QtBot, shelf: BackupShelf) -> None:
    guard = NotebookGuard(shelf)
    with qtbot.waitSignal(guard.backed_up):
        assert guard.check_now() is not None
        assert guard.busy
        assert guard.check_now() is None
    assert not guard.busy
