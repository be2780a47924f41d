"""Backup names and the retention rule: which generations stay, table by table."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from partnerdesk.domain.backups import (
    BackupKind,
    RetentionPolicy,
    backup_file_name,
    backups_to_prune,
    kind_of,
    parse_backup_name,
)

NOW = datetime(2026, 11, 27, 10, 42, tzinfo=UTC)  # a Friday


@dataclass(frozen=True)
class Made:
    label: str
    kind: BackupKind
    made_at: datetime


def daily(days_ago: int, hour: int = 9) -> Made:
    at = (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=0)
    return Made(f"daily-{days_ago}d-{hour}h", BackupKind.DAILY, at)


def event(kind: BackupKind, hours_ago: int) -> Made:
    return Made(f"{kind}-{hours_ago}h", kind, NOW - timedelta(hours=hours_ago))


def pruned(backups: list[Made], policy: RetentionPolicy | None = None) -> list[str]:
    return [b.label for b in backups_to_prune(backups, policy or RetentionPolicy(), UTC)]


# -- names ----------------------------------------------------------------------------------


def test_a_name_says_why_and_when_and_reads_back() -> None:
    name = backup_file_name("office", "before-migration-0003", NOW)
    assert name == "office-before-migration-0003-20261127-104200-000000.sqlite"
    stamp = parse_backup_name("office", name)
    assert stamp is not None
    assert (stamp.reason, stamp.kind, stamp.made_at) == (
        "before-migration-0003",
        BackupKind.BEFORE_MIGRATION,
        NOW,
    )


@pytest.mark.parametrize(
    ("stem", "name", "expected"),
    [
        ("office", "office-daily-20261127-104200-000000.sqlite", BackupKind.DAILY),
        ("office", "office-manual-20261127-104200-123456.sqlite", BackupKind.MANUAL),
        ("office", "office-before-import-20261127-104200-000000.sqlite", BackupKind.BEFORE_IMPORT),
        ("my-notes", "my-notes-before-restore-20261127-104200-000000.sqlite", "before-restore"),
        # another notebook whose name starts like this one's
        ("my", "my-notes-daily-20261127-104200-000000.sqlite", None),
        ("office", "office-daily-20261127-104200-000000.sqlite.partial", None),
        ("office", "office-daily-20261327-104200-000000.sqlite", None),  # month 13
        ("office", "office-whatever-20261127-104200-000000.sqlite", None),
        ("office", "office.partnerdesk", None),
        ("office", "other-daily-20261127-104200-000000.sqlite", None),
    ],
)
def test_which_files_are_backups_of_a_notebook(
    stem: str, name: str, expected: BackupKind | None
) -> None:
    stamp = parse_backup_name(stem, name)
    assert (stamp.kind if stamp else None) == expected


def test_kind_of_a_reason() -> None:
    assert kind_of("before-migration-0001") is BackupKind.BEFORE_MIGRATION
    assert kind_of("daily") is BackupKind.DAILY
    assert kind_of("dailyish") is None


# -- retention ------------------------------------------------------------------------------


def test_a_month_of_daily_backups_keeps_seven_days_and_four_weeks() -> None:
    backups = [daily(n) for n in range(35)]
    kept = {b.label for b in backups} - set(pruned(backups))
    # The last seven days, and the newest of each of the last four weeks: this week's is
    # today's; the three before end on Sundays 22, 15 and 8 November (5, 12, 19 days ago).
    assert kept == {f"daily-{n}d-9h" for n in (0, 1, 2, 3, 4, 5, 6, 12, 19)}


@pytest.mark.parametrize(
    ("policy", "days", "kept_days"),
    [
        # (daily, weekly) → days ago kept, from 14 daily backups (0 = today, Friday)
        (RetentionPolicy(daily=7, weekly=0), range(14), {0, 1, 2, 3, 4, 5, 6}),
        (RetentionPolicy(daily=3, weekly=0), range(14), {0, 1, 2}),
        # the newest of this week (today), of last week (Sunday, 5 days ago), of the week before
        (RetentionPolicy(daily=0, weekly=3), range(14), {0, 5, 12}),
        (RetentionPolicy(daily=2, weekly=2), range(14), {0, 1, 5}),
        # gaps: days without a backup do not use up the count
        (RetentionPolicy(daily=3, weekly=0), [0, 10, 20, 30, 40], {0, 10, 20}),
        # with nothing to keep by the rule, the newest still stays
        (RetentionPolicy(daily=0, weekly=0), range(5), {0}),
    ],
)
def test_daily_and_weekly_generations(
    policy: RetentionPolicy, days: range | list[int], kept_days: set[int]
) -> None:
    backups = [daily(n) for n in days]
    kept = {b.label for b in backups} - set(pruned(backups, policy))
    assert kept == {f"daily-{n}d-9h" for n in kept_days}


def test_two_daily_backups_on_one_day_keep_the_newer() -> None:
    backups = [daily(0, hour=8), daily(0, hour=17), daily(1)]
    assert pruned(backups) == ["daily-0d-8h"]


def test_days_are_counted_in_the_zone_given() -> None:
    from datetime import timezone

    late = Made("late", BackupKind.DAILY, datetime(2026, 11, 26, 23, 30, tzinfo=UTC))
    early = Made("early", BackupKind.DAILY, datetime(2026, 11, 27, 0, 30, tzinfo=UTC))
    policy = RetentionPolicy(daily=7, weekly=0)
    # In UTC they fall on two days; two hours east, both on 27 November.
    assert backups_to_prune([late, early], policy, UTC) == []
    assert backups_to_prune([late, early], policy, timezone(timedelta(hours=2))) == [late]


@pytest.mark.parametrize(
    ("kind", "made", "kept"),
    [
        (BackupKind.BEFORE_MIGRATION, 8, 5),
        (BackupKind.BEFORE_IMPORT, 3, 3),
        (BackupKind.BEFORE_RESTORE, 6, 5),
        (BackupKind.MANUAL, 40, 30),
        (BackupKind.MANUAL, 12, 12),
    ],
)
def test_event_and_manual_backups_keep_the_newest(kind: BackupKind, made: int, kept: int) -> None:
    backups = [event(kind, hours) for hours in range(made)]
    gone = pruned(backups)
    assert len(gone) == made - kept
    # The oldest go, oldest first.
    assert gone == [f"{kind}-{hours}h" for hours in reversed(range(kept, made))]


def test_kinds_do_not_crowd_each_other_out() -> None:
    backups = [
        *(event(BackupKind.BEFORE_IMPORT, hours) for hours in range(20)),
        event(BackupKind.BEFORE_MIGRATION, 5000),
        event(BackupKind.MANUAL, 9000),
        daily(300),
    ]
    gone = set(pruned(backups))
    assert gone == {f"before-import-{hours}h" for hours in range(5, 20)}


def test_an_empty_shelf_prunes_nothing() -> None:
    assert pruned([]) == []


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (812, "812 bytes"),
        (1024, "1.0 KiB"),
        (49_152, "48.0 KiB"),
        (151_818_240, "145 MiB"),
        (3 * 1024**4, "3.0 TiB"),
        (5000 * 1024**4, "5000 TiB"),
    ],
)
def test_sizes_read_easily(size: int, text: str) -> None:
    from partnerdesk.domain.backups import describe_size

    assert describe_size(size) == text
