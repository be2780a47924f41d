"""Writing an export whole or not at all: failures leave the old file and no temp file."""

import os
from pathlib import Path

import pytest

from partnerdesk.domain.errors import StorageError
from partnerdesk.interchange.safe_write import write_atomically


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_writes_a_new_file_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "office.ics"
    write_atomically(target, b"BEGIN:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert target.stat().st_mode & 0o777 == 0o600
    assert leftovers(tmp_path) == []


def test_replacing_a_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "office.ics"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_failing_rename_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "office.ics"
    target.write_bytes(b"old")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError, match=r"Could not write .*office\.ics: Permission denied"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_full_disk_on_sync_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "office.ics"
    target.write_bytes(b"old")

    def full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="No space left on device"):
        write_atomically(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Could not write"):
        write_atomically(tmp_path / "nowhere" / "office.ics", b"data")


def test_a_folder_in_the_way_is_a_storage_error(tmp_path: Path) -> None:
    target = tmp_path / "office.ics"
    target.mkdir()
    with pytest.raises(StorageError, match="Could not write"):
        write_atomically(target, b"data")
    assert target.is_dir()
    assert leftovers(tmp_path) == []
