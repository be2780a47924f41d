"""Writing an export file whole or not at all: a temp file beside it, synced, then renamed."""

import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from partnerdesk.domain.errors import StorageError


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
