"""Backups through SQLite's backup API: to a temporary file, synced, checked, renamed."""

import os
import sqlite3
import threading
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from partnerdesk.domain.backups import BACKUP_SUFFIX, backup_file_name
from partnerdesk.domain.errors import BackupError
from partnerdesk.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "BACKUP_SUFFIX",
    "BackupUnderCheck",
    "backup_name",
    "make_backup",
    "quick_check",
    "start_backup",
]


def backup_name(database_path: Path, reason: str, when: datetime | None = None) -> str:
    """`notebook-before-migration-0003-20261127-101500-000000.sqlite`: sorts by date, says why."""
    return backup_file_name(database_path.stem, reason, when or datetime.now(UTC))


def make_backup(database_path: Path, destination: Path) -> Path:
    """Copies a live notebook to `destination` and returns it, or raises BackupError.

    The copy only appears under its final name once it is complete, on disk and passes
    `quick_check`, so a backup that exists is a backup that can be restored.
    """
    return start_backup(database_path, destination).finish()


def start_backup(database_path: Path, destination: Path) -> "BackupUnderCheck":
    """Copies a live notebook beside `destination` now, and starts checking the copy.

    Raises BackupError if the copy cannot be written. The check reads every page of the
    copy (about 0.4 s per 250 MB); it runs on a thread of its own, so the caller may do
    other work meanwhile, then call `finish()`.
    """
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        source = sqlite3.connect(f"{database_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        _fsync(partial)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise _not_written(destination, error) from error
    return BackupUnderCheck(partial, destination)


class BackupUnderCheck:
    """A backup copied and synced, its `quick_check` running on a thread of its own.

    `finish()` waits for the check, then renames the copy to its final name and returns
    it; a copy that fails is removed, and BackupError raised. `close()` does the same but
    never raises. The check reads the copy alone: it holds no lock on the notebook, and
    SQLite lets go of Python's while it reads, so the caller's work runs beside it.
    """

    def __init__(self, partial: Path, destination: Path) -> None:
        self.destination = destination
        self._partial = partial
        self._problem = ""
        self._error: OSError | sqlite3.Error | None = None
        self._outcome: Path | BackupError | None = None
        self._thread = threading.Thread(target=self._check, name="backup check", daemon=True)
        self._thread.start()

    def finish(self) -> Path:
        """The backup, once its check has passed; raises BackupError if it failed."""
        self._thread.join()
        if self._outcome is None:
            self._outcome = self._conclude()
        if isinstance(self._outcome, BackupError):
            raise self._outcome
        return self._outcome

    def close(self) -> None:
        """Waits for the check and keeps the backup if it passed; never raises."""
        with suppress(BackupError):
            self.finish()

    def _check(self) -> None:
        try:
            self._problem = quick_check(self._partial)
        except (OSError, sqlite3.Error) as error:
            self._error = error

    def _conclude(self) -> Path | BackupError:
        destination = self.destination
        if self._problem:
            self._partial.unlink(missing_ok=True)
            return BackupError(
                QT_TRANSLATE_NOOP("Errors", "The backup {name} failed its check: {problem}"),
                name=destination.name,
                problem=self._problem,
            )
        try:
            if self._error is not None:
                raise self._error
            os.replace(self._partial, destination)
            _fsync_directory(destination.parent)
        except (OSError, sqlite3.Error) as error:
            self._partial.unlink(missing_ok=True)
            failure = _not_written(destination, error)
            failure.__cause__ = error
            return failure
        return destination


def _not_written(destination: Path, error: BaseException) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP("Errors", "Could not write the backup {name}: {reason}"),
        name=destination.name,
        reason=error,
    )


def quick_check(path: Path) -> str:
    """An empty string when SQLite's quick_check passes, else its first complaint."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()
    results = [str(row[0]) for row in rows]
    return "" if results == ["ok"] else "; ".join(results[:3])


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_directory(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
