"""The backup list model: plain words for each backup, and a model Qt's tester accepts."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from partnerdesk.domain.backups import BackupInfo, BackupKind
from partnerdesk.ui.models.backup_list_model import BACKUP_ROLE, BackupListModel


def info(kind: BackupKind, reason: str, partners: int | None = 12) -> BackupInfo:
    return BackupInfo(
        path=Path(f"/data/backups/office-{reason}-20261126-094200-000000.sqlite"),
        reason=reason,
        kind=kind,
        made_at=datetime(2026, 11, 26, 9, 42, tzinfo=UTC),
        size=3 * 1024 * 1024,
        partners=partners,
        meetings=None if partners is None else 1234,
    )


def test_each_backup_in_words(qtmodeltester: ModelTester) -> None:
    model = BackupListModel()
    backups = [
        info(BackupKind.DAILY, "daily"),
        info(BackupKind.BEFORE_MIGRATION, "before-migration-0003"),
        info(BackupKind.MANUAL, "manual", partners=None),
        info(BackupKind.BEFORE_IMPORT, "before-import"),
        info(BackupKind.BEFORE_RESTORE, "before-restore"),
    ]
    model.set_backups(backups)
    qtmodeltester.check(model)

    def row(number: int) -> list[str]:
        return [model.index(number, column).data() for column in range(model.columnCount())]

    made, why, size, partners, meetings = row(0)
    assert "26 Nov 2026" in made
    assert (why, size, partners, meetings) == ("Daily", "3.0 MiB", "12", "1,234")
    assert row(1)[1] == "Before upgrade (from 0003)"
    assert row(2)[1:] == ["Backed up by you", "3.0 MiB", "unreadable", "unreadable"]
    assert [row(n)[1] for n in (3, 4)] == ["Before import", "Before restore"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == str(backups[0].path)
    assert model.index(2, 0).data(BACKUP_ROLE) is backups[2]
    assert model.total_size() == 5 * 3 * 1024 * 1024
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Meetings"


def test_an_empty_model_is_a_valid_model(qtmodeltester: ModelTester) -> None:
    model = BackupListModel()
    qtmodeltester.check(model)
    assert model.backup(model.index(0, 0)) is None
