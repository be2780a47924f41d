"""Opening a notebook that cannot be opened, and restoring from the app: the file is kept."""

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from partnerdesk.app import NotebookLock, OpenNotebook
from partnerdesk.domain.backups import BackupInfo, BackupKind
from partnerdesk.domain.errors import NotebookLocked
from partnerdesk.domain.models import Partner
from partnerdesk.paths import AppPaths
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.store import Store
from partnerdesk.ui import notebook_recovery
from partnerdesk.ui.notebook_recovery import RecoveryChoice


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Answers:
    """Stands in for the question: records what was asked, answers as told."""

    def __init__(self, *choices: RecoveryChoice) -> None:
        self.choices = list(choices)
        self.asked: list[tuple[str, BackupInfo | None]] = []

    def __call__(self, _parent: object, reason: str, newest: BackupInfo | None) -> RecoveryChoice:
        self.asked.append((reason, newest))
        return self.choices.pop(0)


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path / "home"))
    home = AppPaths(data_dir=tmp_path / "home", environ={})
    home.ensure_data_dir()
    return home


@pytest.fixture
def notebook(paths: AppPaths) -> Path:
    store = Store.open(paths.database, paths.backups_dir)
    store.partners.add(Partner(name="Northwind Bank"))
    store.backups.make(BackupKind.MANUAL)
    store.partners.add(Partner(name="Made after the backup"))
    store.close()
    return paths.database


@pytest.fixture
def opened(paths: AppPaths) -> Iterator[OpenNotebook]:
    lock = NotebookLock(paths.database)
    lock.acquire()
    keeper = OpenNotebook(paths, lock)
    yield keeper
    if keeper.window is not None:
        keeper.window.close()
    keeper.lock.release()


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(name for (name,) in connection.execute("SELECT name FROM partners"))
    finally:
        connection.close()


def zero_the_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def test_a_damaged_notebook_offers_its_newest_backup_and_restores_it(
    qtbot: QtBot, notebook: Path, opened: OpenNotebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    zero_the_header(notebook)
    damaged = digest(notebook)
    answers = Answers(RecoveryChoice.RESTORE)
    monkeypatch.setattr(notebook_recovery, "ask_what_to_do", answers)
    assert opened.open()
    [(reason, newest)] = answers.asked
    assert "not an SQLite file" in reason
    assert newest is not None
    assert newest.kind is BackupKind.MANUAL
    assert opened.window is not None
    assert names_in(notebook) == ["Northwind Bank"]
    [aside] = notebook.parent.glob("notebook.moved-aside-*.partnerdesk")
    assert digest(aside) == damaged  # kept, byte for byte
    assert "moved aside" in opened.window.statusBar().currentMessage()


def test_quitting_leaves_a_too_new_notebook_untouched(
    notebook: Path, opened: OpenNotebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(notebook)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    before = digest(notebook)
    answers = Answers(RecoveryChoice.QUIT)
    monkeypatch.setattr(notebook_recovery, "ask_what_to_do", answers)
    assert not opened.open()
    assert "newer version of PartnerDesk" in answers.asked[0][0]
    assert opened.window is None
    assert digest(notebook) == before
    assert list(notebook.parent.glob("*moved-aside*")) == []


def test_another_notebook_can_be_chosen_instead(
    qtbot: QtBot,
    notebook: Path,
    opened: OpenNotebook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    zero_the_header(notebook)
    other = tmp_path / "other.partnerdesk"
    store = Store.open(other, tmp_path / "unused")
    store.partners.add(Partner(name="Contoso"))
    store.close()
    monkeypatch.setattr(notebook_recovery, "ask_what_to_do", Answers(RecoveryChoice.OPEN_OTHER))
    monkeypatch.setattr(notebook_recovery, "choose_notebook", lambda _parent: str(other))
    assert opened.open()
    assert opened.window is not None
    assert opened.window.store.path == other
    assert opened.paths.database == other
    with pytest.raises(NotebookLocked):
        NotebookLock(other).acquire()  # this process holds the other one's lock now
    released = NotebookLock(notebook)
    released.acquire()  # and let go of the first
    released.release()


def test_a_page_too_damaged_to_fill_the_window_is_refused_too(
    qtbot: QtBot, notebook: Path, opened: OpenNotebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(notebook)
    [(root,)] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'partners'")
    connection.close()
    data = bytearray(notebook.read_bytes())
    data[(root - 1) * 4096 : root * 4096] = b"\xa5" * 4096
    notebook.write_bytes(bytes(data))
    damaged = digest(notebook)
    answers = Answers(RecoveryChoice.QUIT)
    monkeypatch.setattr(notebook_recovery, "ask_what_to_do", answers)
    assert not opened.open()
    assert "is damaged" in answers.asked[0][0]
    assert answers.asked[0][1] is not None
    assert digest(notebook) == damaged


def test_restore_from_the_backups_dialog_reopens_the_window(
    qtbot: QtBot, notebook: Path, opened: OpenNotebook
) -> None:
    assert opened.open()
    first = opened.window
    assert first is not None
    [backup] = first.store.backups.backups()
    first.backup_commands.restore_requested.emit(backup)
    second = opened.window
    assert second is not None
    assert second is not first
    assert not first.isVisible()
    assert second.isVisible()
    assert second.store.partners.count() == 1
    kinds = [b.kind for b in second.store.backups.backups()]
    assert kinds == [BackupKind.BEFORE_RESTORE, BackupKind.MANUAL]
    assert "backed up in notebook-before-restore-" in second.statusBar().currentMessage()
    with pytest.raises(NotebookLocked):
        NotebookLock(notebook).acquire()  # held all along


def test_damage_found_after_opening_closes_the_window_and_offers_the_backup(
    qtbot: QtBot, notebook: Path, opened: OpenNotebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(RecoveryChoice.RESTORE)
    monkeypatch.setattr(notebook_recovery, "ask_what_to_do", answers)
    assert opened.open()
    first = opened.window
    assert first is not None
    first.backup_commands.guard.stop()
    data = bytearray(notebook.read_bytes())
    pages = len(data) // 4096
    data[(pages - 1) * 4096 :] = b"\xa5" * 4096  # the disk goes bad under the open notebook
    notebook.write_bytes(bytes(data))
    with qtbot.waitSignal(first.backup_commands.damage_found):
        first.backup_commands.guard.check_now()
    qtbot.waitUntil(lambda: opened.window is not first, timeout=10_000)
    assert opened.window is not None
    assert "is damaged" in answers.asked[0][0]
    assert opened.window.store.partners.count() == 1
    assert len(list(notebook.parent.glob("notebook.moved-aside-*.partnerdesk"))) == 1


def test_the_question_offers_the_backup_by_its_date(qtbot: QtBot, notebook: Path) -> None:
    newest = BackupShelf(notebook, notebook.parent / "backups").newest_sound()
    assert newest is not None
    seen: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.append(box.informativeText())
        button = box.findChild(QPushButton, "restoreBackupButton")
        assert button is not None
        seen.append(button.text())
        button.click()

    QTimer.singleShot(0, click_restore)
    choice = notebook_recovery.ask_what_to_do(None, "office is <b>damaged</b>.", newest)
    assert choice is RecoveryChoice.RESTORE
    assert seen[0] == "office is <b>damaged</b>."
    assert seen[1].startswith("Restore the backup of ")
    assert "(1 partners, 0 meetings)" in seen[1]
    assert seen[2].startswith("Restore the Backup of ")


def test_without_a_backup_the_question_offers_another_notebook_or_quit(qtbot: QtBot) -> None:
    def press_escape() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.findChild(QPushButton, "restoreBackupButton") is None
        assert "no sound backup" in box.informativeText()
        box.reject()

    QTimer.singleShot(0, press_escape)
    assert notebook_recovery.ask_what_to_do(None, "damaged", None) is RecoveryChoice.QUIT


def test_opening_a_notebook_makes_the_days_backup_in_the_background(
    qtbot: QtBot, notebook: Path, opened: OpenNotebook, paths: AppPaths
) -> None:
    assert opened.open()
    window = opened.window
    assert window is not None
    with qtbot.waitSignal(window.backup_commands.guard.backed_up, timeout=15_000) as made:
        pass  # started by opening, after a short delay
    [info] = made.args
    assert info.kind is BackupKind.DAILY
    assert info.path.parent == paths.backups_dir
    assert "Daily backup made" in window.statusBar().currentMessage()


def test_a_refusal_quit_is_remembered_for_the_exit_message(
    notebook: Path, opened: OpenNotebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    zero_the_header(notebook)
    monkeypatch.setattr(notebook_recovery, "ask_what_to_do", Answers(RecoveryChoice.QUIT))
    assert not opened.open()
    assert "not an SQLite file" in opened.refusal
