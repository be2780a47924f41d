"""Writing an export file whole or not at all: a temp file beside it, synced, then renamed."""

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path, PurePath
from types import TracebackType
from typing import BinaryIO

from partnerdesk.domain.errors import StorageError

# Big writes: a streamed export of the scale notebook is a few hundred megabytes.
WRITE_BUFFER = 1 << 20


def write_atomically(path: Path, data: bytes) -> None:
    """Puts `data` at `path` so the file is either the old one or entirely the new one.

    The bytes go to a temp file in the same folder (a rename is only atomic within one
    file system), are flushed and synced, then renamed over `path`; the folder is synced
    so the rename itself survives a power cut. On any failure the temp file is removed,
    the old file is left as it was, and a `StorageError` says what went wrong.
    """
    folder = path.parent
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise _storage_error(path, error) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as file:
            # A buffered write either takes every byte or raises; flush and fsync surface
            # a full disk that the write itself did not report.
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        _keep_mode(path, temp)
        os.replace(temp, path)
    except BaseException as error:
        with suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _storage_error(path, error) from error
        raise
    _sync_folder(path, folder)


def _keep_mode(path: Path, temp: Path) -> None:
    """A file replaced keeps its permissions; a new one stays private (0600, from mkstemp)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def _sync_folder(path: Path, folder: Path) -> None:
    # Windows cannot open a folder to sync it; NTFS journals the rename itself.
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise _storage_error(path, error) from error


def _storage_error(path: Path, error: OSError) -> StorageError:
    reason = error.strerror or str(error) or type(error).__name__
    return StorageError(f"Could not write {path}: {reason}.")


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path` through, piece by piece, with `write_atomically`'s guarantees.

    What the block writes goes to a temp file beside `path`; only when the block ends
    without an error is it synced and renamed over `path`. An error (a cancel, a full
    disk) removes the temp file and leaves `path` as it was.
    """
    folder = path.parent
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise _storage_error(path, error) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb", buffering=WRITE_BUFFER) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        _keep_mode(path, temp)
        os.replace(temp, path)
    except BaseException as error:
        with suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _storage_error(path, error) from error
        raise
    _sync_folder(path, folder)


class StagedFolder:
    """A new folder, filled beside its final place and renamed into it whole, or not at all.

    `folder` must not exist yet, or be empty. Files go into a hidden temp folder next to
    it; when the `with` block ends without an error, the temp folder is renamed to
    `folder`. On an error (a cancel, a full disk) it is removed, and `folder` is as it was.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._temp: Path | None = None
        self._made: set[Path] = set()
        self.files = 0

    def __enter__(self) -> "StagedFolder":
        folder = self.folder
        if folder.exists() and not folder.is_dir():
            raise StorageError(f"{folder} is a file; choose a new or empty folder.")
        if folder.is_dir() and any(folder.iterdir()):
            raise StorageError(f"{folder} is not empty; choose a new or empty folder.")
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            self._temp = Path(
                tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".partial")
            )
        except OSError as error:
            raise _storage_error(folder, error) from error
        return self

    def write(self, relative: PurePath, data: bytes) -> None:
        """Writes one file at `relative` (inside the folder), checked; synced by the end."""
        assert self._temp is not None, "write() inside the with block"
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise ValueError(f"{relative} is not a path inside the folder")
        target = self._temp / relative
        try:
            if target.parent not in self._made:
                target.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(target.parent)
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            # A write takes every byte or raises; closing surfaces a full disk that the
            # write did not report.
            with os.fdopen(descriptor, "wb") as file:
                file.write(data)
                if not _SYNC_ALL_AT_ONCE:
                    file.flush()
                    os.fsync(file.fileno())
        except OSError as error:
            raise _storage_error(self.folder / relative, error) from error
        self.files += 1

    def __exit__(
        self,
        error_type: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        temp = self._temp
        assert temp is not None
        self._temp = None
        if error_type is not None:
            shutil.rmtree(temp, ignore_errors=True)
            return
        try:
            if _SYNC_ALL_AT_ONCE:
                # One sync for all the files: an fsync each takes minutes for 100,000 notes.
                os.sync()
            else:
                _sync_tree(temp)
            if self.folder.is_dir():
                self.folder.rmdir()  # empty, as checked on entry
            os.replace(temp, self.folder)
        except OSError as failure:
            shutil.rmtree(temp, ignore_errors=True)
            raise _storage_error(self.folder, failure) from failure
        _sync_folder(self.folder, self.folder.parent)


# Where the system can flush every file at once (POSIX `sync`), files are not synced one
# by one: the folder only takes its name after the one sync.
_SYNC_ALL_AT_ONCE = hasattr(os, "sync")


def _sync_tree(root: Path) -> None:
    """Syncs every folder under `root`, so the names of the files in them survive a crash."""
    if os.name == "nt":
        return
    for folder, _names, _files in os.walk(root):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
