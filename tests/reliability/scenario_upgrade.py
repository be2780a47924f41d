"""Upgrading notebooks made by every earlier schema revision, through `partnerdesk export`.

Each fixture (`tests/store/fixtures/notebook-<revision>.partnerdesk`) is copied and opened
by the command line, which upgrades it to the head; its rows and notes must be unchanged,
and a sound backup of the old revision must have been made first.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from partnerdesk.store.backup import quick_check
from partnerdesk.store.migrations import HEAD_REVISION, KNOWN_REVISIONS
from tests.store.notebook_facts import read_facts

NAME = "upgrading notebooks of every earlier revision"
FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    fixtures = sorted(FIXTURES.glob("notebook-*.partnerdesk"))
    revisions = [path.stem.removeprefix("notebook-") for path in fixtures]
    missing = [r for r in KNOWN_REVISIONS if r != HEAD_REVISION and r not in revisions]
    problems = [f"no fixture for revision {r}" for r in missing]
    for fixture, revision in zip(fixtures, revisions, strict=True):
        problems.extend(upgrade_one(fixture, revision, workdir / revision))
    upgraded = len(fixtures) - len(
        {problem.split(":")[0] for problem in problems if ":" in problem}
    )
    summary = (
        f"{NAME}: {upgraded} of {len(fixtures)} fixtures ({', '.join(revisions)}) reached "
        f"{HEAD_REVISION} with row counts and note checksums unchanged, old revision backed up"
    )
    if problems:
        summary += f" ({problems[0]})"
    return summary, not problems


def upgrade_one(fixture: Path, revision: str, folder: Path) -> list[str]:
    folder.mkdir(parents=True)
    notebook = folder / fixture.name
    shutil.copyfile(fixture, notebook)
    before = read_facts(notebook)
    environment = dict(os.environ, PARTNERDESK_HOME=str(folder / "home"))
    result = subprocess.run(
        # `check` only reads; an export opens the notebook as the app does, upgrading it.
        [
            sys.executable,
            "-m",
            "partnerdesk",
            "export",
            "ics",
            "--db",
            str(notebook),
            "-o",
            str(folder / "calendar.ics"),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        return [f"{revision}: partnerdesk export failed: {result.stderr.strip()}"]
    after = read_facts(notebook, before.columns)
    problems = [f"{revision}: {problem}" for problem in before.lost_by_upgrade(after)]
    if after.revision != HEAD_REVISION or after.integrity != "ok" or after.broken_links:
        problems.append(f"{revision}: now at {after.revision}, {after.integrity}")
    backups = list((folder / "home" / "backups").glob(f"*before-migration-{revision}*"))
    if revision != HEAD_REVISION:
        if len(backups) != 1 or quick_check(backups[0]):
            problems.append(f"{revision}: no sound backup before the upgrade ({backups})")
        elif before.lost_by_upgrade(read_facts(backups[0])):
            problems.append(f"{revision}: the backup is not the notebook as it was")
    return problems
