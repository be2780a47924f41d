"""The command line: exit 0 on success, 1 with one clear line for user errors, 2 for bad usage."""

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk import __version__
from partnerdesk.cli.main import main
from partnerdesk.domain.models import Partner
from partnerdesk.store.store import Store


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        env={"PARTNERDESK_HOME": str(home), "PATH": "/usr/bin:/bin"},
        timeout=60,
        check=False,
    )


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "office.partnerdesk"
    store = Store.open(path, tmp_path / "backups")
    store.partners.add(Partner(name="Northwind Bank"))
    store.close()
    return path


def test_version_through_python_dash_m(tmp_path: Path) -> None:
    result = run_cli("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"PartnerDesk {__version__}"


def test_check_a_sound_notebook(notebook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(notebook)]) == 0
    assert "sound (1 partners" in capsys.readouterr().out


def test_check_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("check", "--db", str(tmp_path / "nope.partnerdesk"), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "There is no notebook at" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nope.partnerdesk").exists()


def test_check_a_file_that_is_not_a_notebook(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    result = run_cli("check", "--db", str(path), home=tmp_path)
    assert result.returncode == 1
    assert "not a PartnerDesk notebook" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text() == "hello"


def test_check_a_notebook_from_a_newer_version(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(notebook)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    before = hashlib.sha256(notebook.read_bytes()).hexdigest()
    assert main(["check", "--db", str(notebook)]) == 1
    assert "newer version of PartnerDesk" in capsys.readouterr().err
    assert hashlib.sha256(notebook.read_bytes()).hexdigest() == before


def test_check_reports_broken_links(notebook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(notebook)
    connection.execute(
        "INSERT INTO meetings (uuid, partner_id, starts_at, duration_minutes, mode, location,"
        " at_partner_premises, title, notes, created_at, updated_at) VALUES"
        " ('x', 4242, '2026-01-01', 60, 'video', '', 0, '', '', '2026-01-01', '2026-01-01')"
    )
    connection.commit()
    connection.close()
    assert main(["check", "--db", str(notebook)]) == 1
    assert "meetings row" in capsys.readouterr().err


def test_check_reports_a_search_index_out_of_step_and_rebuilds_it(
    notebook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(notebook)
    connection.execute("INSERT INTO search_partners (search_partners) VALUES ('delete-all')")
    connection.commit()
    connection.close()
    assert main(["check", "--db", str(notebook)]) == 1
    assert "search index of partners" in capsys.readouterr().err
    assert main(["check", "--db", str(notebook), "--rebuild-search"]) == 0
    assert main(["check", "--db", str(notebook)]) == 0
    store = Store.open(notebook, notebook.parent / "backups")
    assert [hit.partner_name for hit in store.search.query("northwind")] == ["Northwind Bank"]
    store.close()


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["frobnicate"])
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        main(["check", "--db", "a", "--data-dir", "b"])
    assert raised.value.code == 2


def test_backup_writes_a_checked_copy(notebook: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(notebook), "-o", str(target)]) == 0
    store = Store.open(target, tmp_path / "b2", create=False)
    assert store.partners.resolve("Northwind").name == "Northwind Bank"
    store.close()
    assert main(["backup", "--db", str(notebook), "-o", str(target)]) == 1  # never overwrites


def test_backup_by_default_goes_to_the_data_directory(
    notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTNERDESK_HOME", str(tmp_path / "home"))
    assert main(["backup", "--db", str(notebook)]) == 0
    [made] = list((tmp_path / "home" / "backups").iterdir())
    assert made.name.startswith("office-manual-")
