"""`partnerdesk import` and `partnerdesk export` for JSON and Markdown: exit codes and output."""

import hashlib
import json
from pathlib import Path

import pytest

from partnerdesk.cli.main import main
from partnerdesk.store.store import Store
from tests.interchange.notebooks import fill_rich, open_store


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    with open_store(tmp_path, "office.partnerdesk") as store:
        fill_rich(store, partners=3)
    return tmp_path / "office.partnerdesk"


def fingerprint(path: Path) -> tuple[str, tuple[int, ...]]:
    """The notebook file's hash and its counts: both the same means nothing changed."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    store = Store.open(path, path.parent / "backups", create=False)
    try:
        counts = store.counts()
    finally:
        store.close()
    return digest, tuple(vars(counts).values())


def test_export_json_then_import_it_into_a_new_notebook(
    notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "office.json"
    assert main(["export", "json", "--db", str(notebook), "-o", str(document)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Exported 5 partners, ")  # one of them in the Trash
    assert f"to {document} in " in out
    assert json.loads(document.read_text(encoding="utf-8"))["format"] == "partnerdesk"

    copy = tmp_path / "copy.partnerdesk"
    assert main(["import", "json", str(document), "--db", str(copy)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Created 5 partners, ")
    assert lines[-1].startswith(f"Imported {document} into {copy} in ")
    assert lines[-1].endswith(" s.")
    assert fingerprint(copy)[1] == fingerprint(notebook)[1]

    again = tmp_path / "again.json"
    assert main(["export", "json", "--db", str(copy), "-o", str(again)]) == 0
    first, second = (json.loads(path.read_text(encoding="utf-8")) for path in (document, again))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_a_dry_run_changes_nothing(
    notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "office.json"
    assert main(["export", "json", "--db", str(notebook), "-o", str(document)]) == 0
    target = tmp_path / "target.partnerdesk"
    open_store(tmp_path, "target.partnerdesk").__enter__().close()
    before = fingerprint(target)
    capsys.readouterr()
    assert main(["import", "json", str(document), "--db", str(target), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Would create 5 partners, ")
    assert "nothing was changed (dry run)" in out
    assert fingerprint(target) == before


def test_a_dry_run_needs_an_existing_notebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "doc.json"
    document.write_text('{"format": "partnerdesk", "version": 1}', encoding="utf-8")
    missing = tmp_path / "missing.partnerdesk"
    assert main(["import", "json", str(document), "--db", str(missing), "--dry-run"]) == 1
    assert "There is no notebook" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            '{"format": "partnerdesk", "version": 1, "partners": [{"uuid": "x"}]}',
            "$.partners[0].uuid",
        ),
        ('{"format": "partnerdesk", "version": 2}', "$.version"),
        ('{"format": "partnerdesk",\n "version": 1,,}', "line 2, column 15"),
    ],
)
def test_a_bad_file_is_one_line_and_changes_nothing(
    notebook: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    location: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    before = fingerprint(notebook)
    assert main(["import", "json", str(bad), "--db", str(notebook)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"partnerdesk: {location}: ")
    assert captured.err.count("\n") == 1
    assert fingerprint(notebook) == before
    assert not list((tmp_path / "backups").glob("*before-import*"))


def test_a_failed_import_into_a_new_notebook_leaves_no_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    new = tmp_path / "new.partnerdesk"
    assert main(["import", "json", str(bad), "--db", str(new)]) == 1
    assert not new.exists()
    assert not list(tmp_path.glob("new.partnerdesk*"))


def test_export_markdown(
    notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "notes"
    assert main(["export", "markdown", "--db", str(notebook), "-o", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Exported 4 partners, ")
    assert " meetings from " in out
    files = list(folder.glob("*/*.md"))
    assert files
    assert all(path.read_text(encoding="utf-8").startswith("---\n") for path in files)


def test_export_markdown_into_a_folder_with_files_is_refused(
    notebook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "mine.md").write_text("keep", encoding="utf-8")
    assert main(["export", "markdown", "--db", str(notebook), "-o", str(folder)]) == 1
    assert "is not empty" in capsys.readouterr().err
    assert [path.name for path in folder.iterdir()] == ["mine.md"]


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "xml", "x.xml", "--db", "n.partnerdesk"],
        ["import", "json", "--db", "n.partnerdesk"],
        ["import", "ics", "x.ics", "--db", "n.partnerdesk"],
        ["export", "json", "--db", "n.partnerdesk"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
