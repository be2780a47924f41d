"""File ▸ Backups: the list read in the background, Back Up Now, Restore asks, Open Folder."""

import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerdesk.domain.backups import BackupInfo, BackupKind
from partnerdesk.domain.models import Partner
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.store import Store
from partnerdesk.ui.dialogs.backups_dialog import BackupsDialog


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.at += timedelta(hours=1)
        return self.at


@pytest.fixture
def shelf(store: Store, tmp_path: Path) -> BackupShelf:
    store.partners.add(Partner(name="Northwind Bank"))
    shelf = BackupShelf(store.path, tmp_path / "data" / "backups", clock=Clock())
    shelf.make(BackupKind.DAILY)
    store.partners.add(Partner(name="Contoso"))
    shelf.make("before-import")
    return shelf


@pytest.fixture
def dialog(qtbot: QtBot, shelf: BackupShelf) -> Iterator[BackupsDialog]:
    backups = BackupsDialog(shelf)
    qtbot.addWidget(backups)
    backups.show()
    qtbot.waitUntil(lambda: backups.model.rowCount() == 2)
    yield backups
    qtbot.waitUntil(lambda: backups._job is None)


def test_the_list_shows_each_backup_newest_first(
    dialog: BackupsDialog, qtmodeltester: ModelTester
) -> None:
    assert dialog.objectName() == "backupsDialog"
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert [model.index(row, 1).data() for row in range(2)] == ["Before import", "Daily"]
    assert [model.index(row, 3).data() for row in range(2)] == ["2", "1"]
    assert dialog.selected() == model.backups()[0]
    assert dialog.restore.isEnabled()
    assert dialog.status.text().startswith("2 backups, ")
    assert str(dialog._shelf.folder) in dialog.status.text()


def test_back_up_now_adds_a_backup_in_the_background(qtbot: QtBot, dialog: BackupsDialog) -> None:
    job = dialog.make_backup()
    assert job is not None
    assert not dialog.back_up_now.isEnabled()  # one thing at a time
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    newest = dialog.model.backups()[0]
    assert newest.kind is BackupKind.MANUAL
    assert newest.partners == 2
    assert stat.S_IMODE(newest.path.stat().st_mode) == 0o600
    qtbot.waitUntil(dialog.back_up_now.isEnabled)


def test_restore_asks_then_says_which_backup(
    qtbot: QtBot, dialog: BackupsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.restore_chosen) as chosen:
        dialog.restore.click()
    [backup] = chosen.args
    assert isinstance(backup, BackupInfo)
    assert backup.kind is BackupKind.DAILY
    assert "1 partners, 0 meetings" in asked[0]
    assert "backed up first" in asked[0]


def test_restore_cancelled_does_nothing(
    qtbot: QtBot, dialog: BackupsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(dialog.restore_chosen):
        dialog.restore.click()
    assert dialog.isVisible()


def test_open_folder_shows_the_backups_folder(
    dialog: BackupsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_folder.click()
    assert [url.toLocalFile() for url in opened] == [str(dialog._shelf.folder)]


def test_an_empty_shelf_says_where_backups_go(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    shelf = BackupShelf(store.path, tmp_path / "elsewhere" / "backups")
    dialog = BackupsDialog(shelf)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        pass
    assert dialog.model.rowCount() == 0
    assert dialog.status.text().startswith("No backups yet.")
    assert not dialog.restore.isEnabled()
