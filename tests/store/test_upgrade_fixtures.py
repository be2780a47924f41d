"""Notebooks made by every earlier schema revision upgrade to the head with nothing lost."""

import shutil
from pathlib import Path

import pytest

from partnerdesk.store.backup import quick_check
from partnerdesk.store.migrations import HEAD_REVISION, KNOWN_REVISIONS
from partnerdesk.store.store import Store
from tests.store.notebook_facts import read_facts

FIXTURES = Path(__file__).with_name("fixtures")


def fixture_revisions() -> dict[str, Path]:
    return {
        path.stem.removeprefix("notebook-"): path
        for path in sorted(FIXTURES.glob("notebook-*.partnerdesk"))
    }


def test_there_is_a_fixture_for_every_revision_before_the_head() -> None:
    earlier = [revision for revision in KNOWN_REVISIONS if revision != HEAD_REVISION]
    assert earlier
    assert [revision for revision in earlier if revision not in fixture_revisions()] == []


@pytest.mark.parametrize("revision", sorted(fixture_revisions()))
def test_a_fixture_upgrades_to_the_head_with_its_rows_and_notes_unchanged(
    revision: str, tmp_path: Path
) -> None:
    notebook = tmp_path / "old.partnerdesk"
    shutil.copyfile(fixture_revisions()[revision], notebook)
    before = read_facts(notebook)
    assert before.revision == revision
    assert sum(before.row_counts.values()) > 0

    store = Store.open(notebook, tmp_path / "backups")
    try:
        assert store.database.integrity_problems() == []
        counts = store.counts()
        # Every record reads back through today's code, not only through SQL.
        for partner_id in range(1, counts.partners + 1):
            store.partners.get(partner_id)
            store.meetings.for_partner(partner_id)
            store.commitments.for_partner(partner_id)
            store.needs.for_partner(partner_id)
            store.initiatives.for_partner(partner_id)
        store.offers.all()
        store.settings.all()
    finally:
        store.close()

    after = read_facts(notebook, before.columns)
    assert after.revision == HEAD_REVISION
    assert after.integrity == "ok"
    assert after.broken_links == 0
    assert before.lost_by_upgrade(after) == []
    backups = list((tmp_path / "backups").glob(f"*before-migration-{revision}*"))
    if revision == HEAD_REVISION:  # nothing to upgrade yet: the next migration will
        assert backups == []
        return
    [backup] = backups
    assert quick_check(backup) == ""
    kept = read_facts(backup)
    assert kept.revision == revision
    assert before.lost_by_upgrade(kept) == []
