"""The backups of one notebook: made, listed, pruned by generation, and restored."""

import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing, suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from partnerdesk.domain.backups import (
    BackupInfo,
    BackupKind,
    BackupStamp,
    RestoreResult,
    RetentionPolicy,
    backup_file_name,
    backups_to_prune,
    parse_backup_name,
)
from partnerdesk.domain.errors import BackupError, PartnerDeskError, StorageError
from partnerdesk.domain.text import QT_TRANSLATE_NOOP
from partnerdesk.store.backup import BackupUnderCheck, make_backup, quick_check, start_backup
from partnerdesk.store.database import inspect_notebook
from partnerdesk.store.notebook_check import connect_read_only, quick_problem, read_counts

COMPANIONS = ("-wal", "-shm", "-journal")
# A `.partial` this old is what a backup killed midway left behind; a running one is younger.
STALE_PARTIAL = timedelta(hours=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ShelvedBackup:
    """A backup of the shelf whose copy is being checked (see `BackupShelf.begin`).

    `finish()` waits for the check and returns the backup, or raises BackupError and
    leaves none; `close()`, also on leaving a `with` block, keeps it if it passed and never
    raises.
    """

    def __init__(
        self, under_check: BackupUnderCheck, shelved: Callable[[Path], BackupInfo]
    ) -> None:
        self._under_check = under_check
        self._shelved = shelved
        self._made: BackupInfo | None = None

    def finish(self) -> BackupInfo:
        made = self._under_check.finish()
        if self._made is None:
            self._made = self._shelved(made)
        return self._made

    def close(self) -> None:
        with suppress(BackupError):
            self.finish()

    def __enter__(self) -> "ShelvedBackup":
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()


class BackupShelf:
    """The `backups` folder as seen by one notebook: its own backups, newest first.

    Every backup goes through `start_backup` (SQLite's backup API, synced, checked, renamed,
    0600). After each one the shelf prunes by `policy` (see `domain.backups`). Files it does
    not recognize as backups of this notebook are never touched.
    """

    def __init__(
        self,
        notebook: Path,
        folder: Path,
        policy: RetentionPolicy | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.notebook = Path(notebook)
        self.folder = Path(folder)
        self.policy = policy or RetentionPolicy()
        self._clock = clock

    # -- making ----------------------------------------------------------------------------

    def make(self, reason: str | BackupKind) -> BackupInfo:
        """Backs the notebook up now, for `reason` ("daily", "before-import", …), and prunes."""
        return self.begin(reason).finish()

    def begin(self, reason: str | BackupKind) -> "ShelvedBackup":
        """Starts a backup for `reason`: the notebook is copied before this returns, and the
        copy is checked beside whatever the caller does next. The backup counts (it has its
        name, and the shelf is pruned) once its `finish()` has returned."""
        self._ensure_folder()
        when = self._clock()
        destination = self.folder / backup_file_name(self.notebook.stem, str(reason), when)
        while destination.exists():  # two backups in one microsecond: never overwrite
            when += timedelta(microseconds=1)
            destination = self.folder / backup_file_name(self.notebook.stem, str(reason), when)
        return ShelvedBackup(start_backup(self.notebook, destination), self._shelved)

    def _shelved(self, made: Path) -> BackupInfo:
        self.prune(protect=made)
        return self._info(made, parse_backup_name(self.notebook.stem, made.name))

    def copy_to(self, destination: Path) -> BackupInfo:
        """A checked backup at a place of the user's choosing, outside the shelf."""
        if destination.exists():
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} already exists; choose a new file for the backup."
                ),
                path=destination,
            )
        make_backup(self.notebook, destination)
        return self._info(destination, None)

    def ensure_folder(self) -> Path:
        """The backups folder, created private (0700) if missing; for showing it to the user."""
        self._ensure_folder()
        return self.folder

    def has_daily_on(self, day: date) -> bool:
        """Whether a daily backup was made on `day` (local time)."""
        return any(
            stamp.kind is BackupKind.DAILY and stamp.made_at.astimezone().date() == day
            for _path, stamp in self._stamps()
        )

    def daily_due(self) -> bool:
        """Whether the notebook exists and has no daily backup made today (local time)."""
        return self.notebook.exists() and not self.has_daily_on(self._clock().astimezone().date())

    def make_daily_if_due(self) -> BackupInfo | None:
        """The day's backup, unless one exists already."""
        return self.make(BackupKind.DAILY) if self.daily_due() else None

    # -- looking ---------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        """Every backup of this notebook, newest first, with its partner and meeting counts.

        Opens each backup read-only for two COUNTs: milliseconds each, even at scale.
        """
        return [self._info(path, stamp) for path, stamp in self._stamps()]

    def newest_sound(self) -> BackupInfo | None:
        """The newest backup that passes quick_check and is a notebook this version opens."""
        for path, stamp in self._stamps():
            if not quick_problem(path):
                return self._info(path, stamp)
        return None

    # -- pruning ---------------------------------------------------------------------------

    def prune(self, protect: Path | None = None) -> list[Path]:
        """Deletes the generations the policy no longer keeps; returns what went."""
        paths = {stamp: path for path, stamp in self._stamps()}
        removed: list[Path] = []
        for stamp in backups_to_prune(list(paths), self.policy):
            path = paths[stamp]
            if path == protect:
                continue
            with suppress(OSError):  # a backup that cannot go now goes next time
                path.unlink()
                removed.append(path)
        removed.extend(self._remove_stale_partials())
        return removed

    # -- restoring -------------------------------------------------------------------------

    def restore(self, backup: Path) -> RestoreResult:
        """Replaces the notebook with `backup`; the caller holds the notebook's lock.

        The backup is checked first. The notebook it replaces is backed up (reason
        "before-restore") when it is sound; when it cannot be (damaged, from a newer version,
        not a notebook) it is moved aside beside itself, never deleted. The new file is written
        with the backup API into a temporary file beside the notebook, synced, checked, then
        renamed over it, so an interruption leaves the old notebook or the new one at its
        path, never a half-written file.
        """
        backup = Path(backup)
        notebook = self.notebook
        if not backup.is_file():
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "There is no backup at {path}."), path=backup
            )
        if notebook.exists() and backup.resolve() == notebook.resolve():
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{name} is the notebook itself, not a backup of it."),
                name=backup.name,
            )
        try:
            inspect_notebook(backup)  # a look at its header and schema: no full read yet
        except PartnerDeskError as error:
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be restored: {reason}"),
                name=backup.name,
                reason=error.phrase,
            ) from error
        _make_private_folder(notebook.parent)
        temporary = notebook.with_name(f".{notebook.name}.restoring")
        # The copy is checked page by page; its pages are the backup's, so that checks both.
        _copy_with_backup_api(backup, temporary)
        try:
            previous, moved_aside = self._put_current_aside(protect=backup)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        os.replace(temporary, notebook)
        _fsync_directory(notebook.parent)
        counts = read_counts(notebook, ("partners", "meetings"))
        return RestoreResult(
            notebook=notebook,
            restored_from=backup,
            previous=previous,
            previous_moved_aside=moved_aside,
            partners=counts.partners if counts else None,
            meetings=counts.meetings if counts else None,
        )

    def _put_current_aside(self, protect: Path) -> tuple[Path | None, bool]:
        notebook = self.notebook
        if not notebook.exists():
            for suffix in COMPANIONS:  # leftovers of a notebook that is gone would apply
                _path_with(notebook, suffix).unlink(missing_ok=True)
            return None, False
        try:
            inspect_notebook(notebook)
        except PartnerDeskError:  # not a notebook this version can back up: kept aside
            return self._move_aside(), True
        self._ensure_folder()
        when = self._clock()
        reason = BackupKind.BEFORE_RESTORE
        destination = self.folder / backup_file_name(notebook.stem, reason, when)
        try:
            make_backup(notebook, destination)  # it reads and checks every page of the copy
        except BackupError:
            if quick_problem(notebook):  # damaged: kept aside instead
                return self._move_aside(), True
            raise  # a full disk, say: nothing was changed
        self._close_cleanly()
        self.prune(protect=protect)
        return destination, False

    def _close_cleanly(self) -> None:
        """Checkpoints the WAL into the old file so no stale -wal can meet the new one."""
        notebook = self.notebook
        try:
            with closing(sqlite3.connect(notebook)) as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Could not close {name} to replace it: {reason}"),
                name=notebook.name,
                reason=error,
            ) from error
        wal = _path_with(notebook, "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is still being written by another program; "
                    "close it there and restore again. Nothing was changed.",
                ),
                name=notebook.name,
            )
        for suffix in COMPANIONS:
            _path_with(notebook, suffix).unlink(missing_ok=True)

    def _move_aside(self) -> Path:
        """Puts the notebook and its -wal/-shm aside beside it, together; the caller then
        renames the restored file over the notebook's name."""
        notebook = self.notebook
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        aside = notebook.with_name(f"{notebook.stem}.moved-aside-{stamp}{notebook.suffix}")
        number = 1
        while aside.exists():
            number += 1
            aside = notebook.with_name(
                f"{notebook.stem}.moved-aside-{stamp}-{number}{notebook.suffix}"
            )
        # A second name first, so the notebook's own name is never empty: the restored file
        # replaces it in one rename. Its -wal and -shm go along before that rename, or SQLite
        # would read them into the restored file.
        try:
            os.link(notebook, aside)
        except OSError:  # a file system without hard links
            os.replace(notebook, aside)
        for suffix in COMPANIONS:
            companion = _path_with(notebook, suffix)
            if companion.exists():
                os.replace(companion, _path_with(aside, suffix))
        with suppress(OSError):
            aside.chmod(0o600)
        _fsync_directory(notebook.parent)
        return aside

    # -- inside ----------------------------------------------------------------------------

    def _stamps(self) -> list[tuple[Path, BackupStamp]]:
        """This notebook's backups, newest first, from their names alone."""
        try:
            names = os.listdir(self.folder)
        except OSError:  # no folder yet, or one that cannot be read: no backups to offer
            return []
        found = []
        for name in names:
            stamp = parse_backup_name(self.notebook.stem, name)
            if stamp is not None:
                found.append((self.folder / name, stamp))
        return sorted(found, key=lambda item: item[1].made_at, reverse=True)

    def _info(self, path: Path, stamp: BackupStamp | None) -> BackupInfo:
        counts = read_counts(path, ("partners", "meetings"))
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        return BackupInfo(
            path=path,
            reason=stamp.reason if stamp else str(BackupKind.MANUAL),
            kind=stamp.kind if stamp else BackupKind.MANUAL,
            made_at=stamp.made_at if stamp else _modified_at(path),
            size=size,
            partners=counts.partners if counts else None,
            meetings=counts.meetings if counts else None,
        )

    def _ensure_folder(self) -> None:
        """The backups folder, and the data directory above it if missing, readable by the
        owner alone (0700) whatever the umask; an existing data directory is left as it is."""
        _make_private_folder(self.folder.parent)
        _make_private_folder(self.folder)

    def _remove_stale_partials(self) -> list[Path]:
        removed: list[Path] = []
        cutoff = time.time() - STALE_PARTIAL.total_seconds()
        try:
            names = os.listdir(self.folder)
        except OSError:
            return removed
        for name in names:
            if not name.endswith(".partial"):
                continue
            stamp = parse_backup_name(self.notebook.stem, name.removesuffix(".partial"))
            path = self.folder / name
            with suppress(OSError):
                if stamp is not None and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed.append(path)
        return removed


def _copy_with_backup_api(source: Path, destination: Path) -> None:
    """A private (0600), synced, checked copy of `source` at `destination`."""
    destination.unlink(missing_ok=True)  # left by a restore that was interrupted
    try:
        fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        with (
            closing(connect_read_only(source)) as reader,
            closing(sqlite3.connect(destination)) as writer,
        ):
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")
        for suffix in COMPANIONS:
            _path_with(destination, suffix).unlink(missing_ok=True)
        fd = os.open(destination, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        problem = quick_check(destination)
    except (OSError, sqlite3.OperationalError) as error:  # a full disk, say
        destination.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Could not write the restored notebook: {reason}"),
            reason=error,
        ) from error
    except sqlite3.DatabaseError as error:  # "database disk image is malformed"
        destination.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be restored: it is damaged ({reason})."),
            name=source.name,
            reason=error,
        ) from error
    except sqlite3.Error as error:
        destination.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Could not write the restored notebook: {reason}"),
            reason=error,
        ) from error
    if problem:
        destination.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be restored: it is damaged ({reason})."),
            name=source.name,
            reason=problem,
        )


def _make_private_folder(folder: Path) -> None:
    """Creates `folder` readable by its owner alone (0700) whatever the umask; a folder that
    exists is left as it is (it may be one the user shares on purpose)."""
    if folder.is_dir():
        return
    if folder.exists():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot keep backups in {folder}: it is a file, not a folder."
            ),
            folder=folder,
        )
    try:
        folder.mkdir(parents=True, mode=0o700)
        folder.chmod(0o700)
    except FileExistsError:
        pass  # made meanwhile by another PartnerDesk
    except OSError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create {folder}: {reason}."),
            folder=folder,
            reason=error.strerror,
        ) from error


def _path_with(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _modified_at(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return datetime.now(UTC)


def _fsync_directory(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
