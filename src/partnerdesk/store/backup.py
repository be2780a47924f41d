"""Backups through SQLite's backup API: to a temporary file, synced, checked, renamed."""

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from partnerdesk.domain.backups import BACKUP_SUFFIX, backup_file_name
from partnerdesk.domain.errors import BackupError
from partnerdesk.domain.text import QT_TRANSLATE_NOOP

__all__ = ["BACKUP_SUFFIX", "backup_name", "make_backup", "quick_check"]


def backup_name(database_path: Path, reason: str, when: datetime | None = None) -> str:
    """`notebook-before-migration-0003-20261127-101500-000000.sqlite`: sorts by date, says why."""
    return backup_file_name(database_path.stem, reason, when or datetime.now(UTC))


def make_backup(database_path: Path, destination: Path) -> Path:
    """Copies a live notebook to `destination` and returns it, or raises BackupError.

    The copy only appears under its final name once it is complete, on disk and passes
    `quick_check`, so a backup that exists is a backup that can be restored.
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
        problem = quick_check(partial)
        if problem:
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "The backup {name} failed its check: {problem}"),
                name=destination.name,
                problem=problem,
            )
        os.replace(partial, destination)
        _fsync_directory(destination.parent)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Could not write the backup {name}: {reason}"),
            name=destination.name,
            reason=error,
        ) from error
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    return destination


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
