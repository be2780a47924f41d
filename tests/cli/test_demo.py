"""`partnerdesk demo` writes a new, sound notebook and never overwrites a file."""

from pathlib import Path

import pytest

from partnerdesk.cli.main import main
from partnerdesk.store.store import Store


def test_demo_writes_a_sound_notebook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sample.partnerdesk"
    assert main(["demo", "--db", str(target), "--partners", "8", "--seed", "3"]) == 0
    assert "Wrote 8 partners" in capsys.readouterr().out
    assert main(["check", "--db", str(target)]) == 0
    store = Store.open(target, tmp_path / "backups", create=False)
    try:
        assert store.counts().meetings > 8
    finally:
        store.close()


def test_demo_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mine.partnerdesk"
    target.write_text("my own file")
    assert main(["demo", "--db", str(target), "--partners", "3"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == "my own file"


def test_demo_refuses_a_silly_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "zero.partnerdesk"
    assert main(["demo", "--db", str(target), "--partners", "0"]) == 1
    assert "--partners" in capsys.readouterr().err
    assert not target.exists()
