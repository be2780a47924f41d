"""Backups as values: what a backup file's name says, which generations to keep, checks."""

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Protocol, TypeVar

from partnerdesk.domain.counts import Counts

BACKUP_SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<head>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})" + re.escape(BACKUP_SUFFIX) + "$")


class BackupKind(StrEnum):
    """Why a backup was made; the first words of the reason in its file name."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


EVENT_KINDS = (BackupKind.BEFORE_MIGRATION, BackupKind.BEFORE_IMPORT, BackupKind.BEFORE_RESTORE)


@dataclass(frozen=True)
class BackupStamp:
    """What a backup's file name says: why it was made and when (UTC)."""

    name: str
    reason: str
    kind: BackupKind
    made_at: datetime


@dataclass(frozen=True)
class BackupInfo:
    """One backup on the shelf, with what it holds (None where the file could not be read)."""

    path: Path
    reason: str
    kind: BackupKind
    made_at: datetime
    size: int
    partners: int | None
    meetings: int | None


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup went in, and where the notebook it replaced went."""

    notebook: Path
    restored_from: Path
    previous: Path | None  # a backup of the replaced notebook, or that file itself moved aside
    previous_moved_aside: bool  # it could not be backed up: damaged, or from a newer version
    partners: int | None
    meetings: int | None


@dataclass(frozen=True)
class NotebookHealth:
    """What a full check of a notebook found; empty problem lists mean it is sound."""

    integrity: tuple[str, ...]
    broken_links: tuple[str, ...]
    counts: Counts | None

    @property
    def sound(self) -> bool:
        return not self.integrity and not self.broken_links


@dataclass(frozen=True)
class RetentionPolicy:
    """How many generations to keep: daily and weekly from the daily backups, N per event."""

    daily: int = 7
    weekly: int = 4
    per_event: int = 5
    manual: int = 30


def backup_file_name(stem: str, reason: str, when: datetime) -> str:
    """`notebook-before-migration-0003-20261127-101500-000000.sqlite`: sorts by date, says why."""
    return f"{stem}-{reason}-{when.astimezone(UTC).strftime(STAMP_FORMAT)}{BACKUP_SUFFIX}"


def describe_size(size: int) -> str:
    """ "812 bytes", "48.0 KiB", "145 MiB": three figures at most."""
    if size < 1024:
        return f"{size} bytes"
    value = float(size)
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        value /= 1024
        if value < 1024 or unit == "TiB":
            break
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def kind_of(reason: str) -> BackupKind | None:
    """The kind a reason such as "before-migration-0003" names, or None for an unknown one."""
    for kind in BackupKind:
        if reason == kind or reason.startswith(f"{kind}-"):
            return kind
    return None


def parse_backup_name(stem: str, name: str) -> BackupStamp | None:
    """The stamp of a backup of the notebook called `stem`, or None for any other file.

    Only reasons this version knows count, so that "my-notebook-daily-…" is never taken
    for a backup of a notebook called "my", and files it does not know are never pruned.
    """
    match = _NAME.match(name)
    if match is None or not match["head"].startswith(f"{stem}-"):
        return None
    reason = match["head"][len(stem) + 1 :]
    kind = kind_of(reason)
    if kind is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupStamp(name=name, reason=reason, kind=kind, made_at=made_at)


class Stamped(Protocol):
    @property
    def kind(self) -> BackupKind: ...

    @property
    def made_at(self) -> datetime: ...


StampedT = TypeVar("StampedT", bound=Stamped)


def backups_to_prune(
    backups: Sequence[StampedT], policy: RetentionPolicy, zone: tzinfo | None = None
) -> list[StampedT]:
    """The backups the policy no longer keeps, oldest first.

    Daily backups: the newest of each of the last `daily` days that have one, and the newest
    of each of the last `weekly` ISO weeks that have one (days and weeks in `zone`; local time
    when None). Before a migration, an import or a restore: the newest `per_event` of each.
    Manual: the newest `manual`. The newest backup of each kind is always kept.
    """
    newest_first = sorted(backups, key=lambda backup: backup.made_at, reverse=True)
    keep: set[int] = set()

    def of_kind(kind: BackupKind) -> list[int]:
        return [i for i, backup in enumerate(newest_first) if backup.kind is kind]

    def local_day(index: int) -> date:
        return newest_first[index].made_at.astimezone(zone).date()

    daily = of_kind(BackupKind.DAILY)
    keep.update(_first_per_bucket(daily, policy.daily, local_day))
    keep.update(_first_per_bucket(daily, policy.weekly, lambda i: local_day(i).isocalendar()[:2]))
    for kind in (*EVENT_KINDS, BackupKind.MANUAL):
        limit = policy.manual if kind is BackupKind.MANUAL else policy.per_event
        indexes = of_kind(kind)
        keep.update(indexes[: max(limit, 1)])
    keep.update(daily[:1])
    return [newest_first[i] for i in reversed(range(len(newest_first))) if i not in keep]


def _first_per_bucket(
    indexes: Sequence[int], buckets: int, bucket_of: Callable[[int], Hashable]
) -> set[int]:
    """The first index in each of the first `buckets` buckets met, in the order given."""
    kept: set[int] = set()
    seen: set[Hashable] = set()
    for index in indexes:
        bucket = bucket_of(index)
        if bucket in seen:
            continue
        if len(seen) == buckets:
            break
        seen.add(bucket)
        kept.add(index)
    return kept
