"""Shared fixtures: a temporary notebook built by the same factory the app uses."""

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Before any Qt import: every test runs headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from partnerdesk.domain.changes import Change
from partnerdesk.paths import AppPaths
from partnerdesk.store.store import Store

TODAY = date(2026, 11, 27)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data_dir=tmp_path / "data", environ={})


@pytest.fixture
def changes() -> list[Change]:
    return []


@pytest.fixture
def store(paths: AppPaths, changes: list[Change]) -> Iterator[Store]:
    paths.ensure_data_dir()
    notebook = Store.open(paths.database, paths.backups_dir, changes.append, today=lambda: TODAY)
    yield notebook
    notebook.close()
