"""`partnerdesk check`, `backup` and `restore`: what they print, what they leave, exit codes."""

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.app import NotebookLock
from partnerdesk.cli.main import main
from partnerdesk.domain.models import Partner
from partnerdesk.store.database import inspect_notebook
from partnerdesk.store.store import Store

FIXTURE_0001 = Path(__file__).parents[1] / "store" / "fixtures" / "notebook-0001.partnerdesk"


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        env={
            "PARTNERDESK_HOME": str(home),
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
        },
        timeout=60,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def partner_names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(name for (name,) in connection.execute("SELECT name FROM partners"))
    finally:
        connection.close()


def wreck_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    data[(pages - 2) * 4096 : (pages - 1) * 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    place = tmp_path / "home"
    monkeypatch.setenv("PARTNERDESK_HOME", str(place))
    previous = os.umask(0o022)
    yield place
    os.umask(previous)


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "office.partnerdesk"
    store = Store.open(path, tmp_path / "unused")
    store.partners.add(Partner(name="Northwind Bank"))
    store.close()
    return path


# -- check ----------------------------------------------------------------------------------


def test_check_reports_each_check_and_the_counts(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(notebook)]) == 0
    out = capsys.readouterr().out
    assert "sound (1 partners, 0 meetings, 0 commitments)" in out
    assert "integrity_check: ok" in out
    assert "foreign_key_check: ok" in out
    assert "holds: 1 partners, 0 people, 0 meetings" in out
    assert "newest sound backup: none" in out


def test_check_names_the_newest_sound_backup(
    notebook: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    [made] = (home / "backups").iterdir()
    capsys.readouterr()
    assert main(["check", "--db", str(notebook)]) == 0
    out = capsys.readouterr().out
    assert f"newest sound backup: {made}" in out
    assert "1 partners, 0 meetings" in out
    assert "to restore it" not in out  # a sound notebook needs no restoring


def test_check_a_damaged_notebook_exits_1_and_offers_the_backup(notebook: Path, home: Path) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    wreck_a_page(notebook)
    before = digest(notebook)
    result = run_cli("check", "--db", str(notebook), home=home)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "has problems" in result.stderr or "damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert "newest sound backup: " + str(home / "backups") in result.stdout
    assert "partnerdesk restore" in result.stdout
    assert digest(notebook) == before


def test_check_a_refused_notebook_still_names_the_backup(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    data = bytearray(notebook.read_bytes())
    data[:100] = bytes(100)
    notebook.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--db", str(notebook)]) == 1
    captured = capsys.readouterr()
    assert "not an SQLite file" in captured.err
    assert "cannot be opened" in captured.out
    assert "partnerdesk restore" in captured.out


def test_check_never_upgrades_an_old_notebook(tmp_path: Path) -> None:
    old = tmp_path / "old.partnerdesk"
    shutil.copyfile(FIXTURE_0001, old)
    before = digest(old)
    assert main(["check", "--db", str(old)]) == 0
    assert digest(old) == before
    assert inspect_notebook(old).revision == "0001"


# -- backup ---------------------------------------------------------------------------------


def test_backup_says_where_and_how_big_and_is_private(
    notebook: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    [made] = (home / "backups").iterdir()
    out = capsys.readouterr().out
    assert f"to {made} (" in out
    assert "KiB" in out
    assert "1 partners, 0 meetings" in out
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def test_backup_into_a_folder_names_the_file(notebook: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert main(["backup", "--db", str(notebook), "-o", str(folder)]) == 0
    [made] = folder.iterdir()
    assert made.name.startswith("office-manual-")


def test_backup_of_a_file_that_is_not_a_notebook_exits_1(tmp_path: Path, home: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("hello")
    result = run_cli("backup", "--db", str(letter), home=home)
    assert result.returncode == 1
    assert "not a PartnerDesk notebook" in result.stderr
    assert not (home / "backups").exists()


# -- restore --------------------------------------------------------------------------------


def test_restore_through_the_command_line(notebook: Path, home: Path) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    [made] = (home / "backups").iterdir()
    store = Store.open(notebook, home / "backups")
    store.partners.add(Partner(name="Fabrikam"))
    store.close()
    result = run_cli("restore", str(made), "--db", str(notebook), home=home)
    assert result.returncode == 0, result.stderr
    assert f"Restored {notebook} from {made} (1 partners, 0 meetings)." in result.stdout
    assert "was backed up to " + str(home / "backups" / "office-before-restore-") in result.stdout
    assert partner_names(notebook) == ["Northwind Bank"]
    [before_restore] = (home / "backups").glob("office-before-restore-*")
    assert "Fabrikam" in partner_names(before_restore)
    assert stat.S_IMODE(notebook.stat().st_mode) == 0o600


def test_restore_over_a_damaged_notebook_moves_it_aside(
    notebook: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    [made] = (home / "backups").iterdir()
    wreck_a_page(notebook)
    damaged = digest(notebook)
    assert main(["restore", str(made), "--db", str(notebook)]) == 0
    out = capsys.readouterr().out
    assert "it was moved aside to" in out
    [aside] = notebook.parent.glob("office.moved-aside-*.partnerdesk")
    assert digest(aside) == damaged
    assert partner_names(notebook) == ["Northwind Bank"]


def test_restore_refuses_while_the_notebook_is_open_elsewhere(notebook: Path, home: Path) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    [made] = (home / "backups").iterdir()
    before = digest(notebook)
    lock = NotebookLock(notebook)
    lock.acquire()
    try:
        result = run_cli("restore", str(made), "--db", str(notebook), home=home)
    finally:
        lock.release()
    assert result.returncode == 1
    assert "already open in another PartnerDesk window" in result.stderr
    assert result.stderr.count("\n") == 1
    assert digest(notebook) == before
    assert [p.name for p in (home / "backups").iterdir()] == [made.name]


def test_restore_refuses_a_damaged_backup(
    notebook: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(notebook)]) == 0
    [made] = (home / "backups").iterdir()
    wreck_a_page(made)
    before = digest(notebook)
    assert main(["restore", str(made), "--db", str(notebook)]) == 1
    assert "cannot be restored" in capsys.readouterr().err
    assert digest(notebook) == before


def test_restore_without_a_backup_is_bad_usage(notebook: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["restore", "--db", str(notebook)])
    assert raised.value.code == 2
