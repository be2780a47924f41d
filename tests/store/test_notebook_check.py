"""Read-only checks of a notebook file: sound or not, and how much it holds; never a write."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from partnerdesk.domain.errors import NotANotebook, NotebookCorrupt, NotebookTooNew
from partnerdesk.domain.models import Meeting, Partner
from partnerdesk.store.notebook_check import examine, quick_problem, read_counts
from partnerdesk.store.store import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    from datetime import UTC, datetime

    path = tmp_path / "office.partnerdesk"
    store = Store.open(path, tmp_path / "backups")
    partner = store.partners.add(Partner(name="Northwind Bank"))
    gone = store.partners.add(Partner(name="Gone Ltd"))
    store.partners.delete(gone.id)
    for n in range(3):
        store.meetings.add(
            Meeting(partner_id=partner.id, starts_at=datetime(2026, 11, n + 1, tzinfo=UTC))
        )
    store.close()
    return path


def test_a_sound_notebook_has_no_problem_and_its_counts(notebook: Path) -> None:
    assert quick_problem(notebook) == ""
    health = examine(notebook)
    assert health.sound
    assert health.counts is not None
    assert (health.counts.partners, health.counts.meetings) == (1, 3)  # the Trash not counted
    counts = read_counts(notebook, ("partners", "meetings"))
    assert counts is not None
    assert (counts.partners, counts.meetings, counts.people) == (1, 3, 0)


def test_a_random_page_of_garbage_is_found_without_touching_the_file(notebook: Path) -> None:
    data = bytearray(notebook.read_bytes())
    pages = len(data) // 4096
    data[(pages - 2) * 4096 : (pages - 1) * 4096] = b"\xa5" * 4096
    notebook.write_bytes(bytes(data))
    before = digest(notebook)
    assert "is damaged" in quick_problem(notebook)
    # Which page the garbage lands on decides whether opening or the full check finds it.
    try:
        found = not examine(notebook).sound
    except NotebookCorrupt:
        found = True
    assert found
    assert digest(notebook) == before


def test_a_file_opening_would_refuse_is_a_problem(notebook: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.partnerdesk"
    letter.write_text("Dear partner")
    assert "not a PartnerDesk notebook" in quick_problem(letter)
    with pytest.raises(NotANotebook):
        examine(letter)
    connection = sqlite3.connect(notebook)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    assert "newer version" in quick_problem(notebook)
    with pytest.raises(NotebookTooNew):
        examine(notebook)
    assert "There is no notebook" in quick_problem(tmp_path / "missing.partnerdesk")


def test_broken_links_are_reported(notebook: Path) -> None:
    connection = sqlite3.connect(notebook)
    connection.execute("UPDATE meetings SET partner_id = 4242")
    connection.commit()
    connection.close()
    health = examine(notebook)
    assert not health.sound
    assert health.integrity == ()
    assert len(health.broken_links) == 3
    assert health.broken_links[0].startswith("meetings row")


def test_counts_of_a_file_that_is_not_a_database_are_none(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite"
    path.write_bytes(b"noise" * 1000)
    assert read_counts(path) is None
