"""A migration killed midway: the notebook is the old revision intact or the new one complete.

An old notebook (the 0001 fixture grown to thousands of meetings and commitments, so
that the backup and the upgrade take a while) is opened by a process that upgrades it,
killed with SIGKILL at a random moment of that work. Then:

- what SQLite recovers from the files is either the old revision with every row as it
  was, or the head revision with every row of a complete upgrade, never a mix;
- PartnerDesk opens the notebook again (finishing the upgrade if it must) with nothing
  lost, and every backup made before the upgrade is sound and holds the old notebook.
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from partnerdesk.store.backup import quick_check
from partnerdesk.store.migrations import HEAD_REVISION
from tests.reliability.typing_session import in_parallel
from tests.store.notebook_facts import NotebookFacts, read_facts

NAME = "a migration killed midway"
FIXTURE = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "notebook-0001.partnerdesk"
OLD_REVISION = "0001"
GROWN_TO = 5000  # meetings and commitments
UPGRADE = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from partnerdesk.store.database import Database\n"
    "print('opening', time.monotonic(), flush=True)\n"
    "Database.open(Path(sys.argv[1]), Path(sys.argv[2])).close()\n"
    "print('opened', time.monotonic(), flush=True)\n"
)


@dataclass
class Outcome:
    found: str  # "old", "new" or "" when the run went wrong
    problem: str = ""
    unfinished_backups: int = 0  # `.partial` files a kill during the backup left behind


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    count = max(2, runs // 8)
    old = workdir / "grown-0001.partnerdesk"
    grow(FIXTURE, old)
    before = read_facts(old)
    reference_folder = workdir / "reference"
    reference_folder.mkdir()
    reference = reference_folder / old.name
    shutil.copyfile(old, reference)
    done = upgrade(reference, reference_folder / "backups")
    if done.returncode != 0:
        return f"{NAME}: the upgrade itself failed: {done.stderr.strip()[-200:]}", False
    said = dict(line.split() for line in done.stdout.splitlines())
    duration = float(said["opened"]) - float(said["opening"])
    upgraded = read_facts(reference)
    seed = random.randrange(2**32)
    chance = random.Random(seed)
    # From the call that backs up and upgrades to a while past its end (the kill may come late).
    delays = [chance.uniform(0.0, duration * 1.5) for _ in range(count)]

    def one(index: int) -> Outcome:
        folder = workdir / f"run-{index:03d}"
        return kill_once(old, folder, delays[index], before, upgraded)

    # One at a time, so that each upgrade takes as long as the one measured.
    outcomes = in_parallel(one, count, workers=1)
    problems = [outcome.problem for outcome in outcomes if outcome.problem]
    olds = sum(outcome.found == "old" for outcome in outcomes)
    news = sum(outcome.found == "new" for outcome in outcomes)
    partials = sum(outcome.unfinished_backups for outcome in outcomes)
    summary = (
        f"{NAME}: {count - len(problems)} of {count} kills recovered ({olds} left the old "
        f"revision intact, {news} the new one complete, none half), reopened at "
        f"{HEAD_REVISION} with nothing lost, every pre-migration backup sound "
        f"(upgrade of {GROWN_TO:,} meetings: {duration:.1f} s; {partials} unfinished "
        f".partial backups left by kills, never counted as backups)"
    )
    if problems:
        summary += f" (seed {seed}; {problems[0]})"
    return summary, not problems


def upgrade(notebook: Path, backups: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", UPGRADE, str(notebook), str(backups)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def kill_once(
    old: Path, folder: Path, delay: float, before: NotebookFacts, upgraded: NotebookFacts
) -> Outcome:
    folder.mkdir(parents=True)
    notebook = folder / old.name
    backups = folder / "backups"
    shutil.copyfile(old, notebook)
    process = subprocess.Popen(
        [sys.executable, "-c", UPGRADE, str(notebook), str(backups)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    if not process.stdout.readline().startswith("opening"):
        process.wait()
        return Outcome("", f"{folder.name}: the upgrade did not start")
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    finished = "opened" in process.stdout.read()
    process.stdout.close()

    # What SQLite itself recovers, looked at in a copy so the notebook is left to the app.
    look = folder / "look"
    look.mkdir()
    for path in folder.glob(f"{old.name}*"):
        shutil.copyfile(path, look / path.name)
    state = read_facts(look / old.name, before.columns)
    if state.integrity != "ok":
        return Outcome("", f"{folder.name}: after the kill integrity_check says {state.integrity}")
    if state.revision == OLD_REVISION:
        found = "old"
        half = before.lost_by_upgrade(state) or set(state.row_counts) != set(before.row_counts)
    elif state.revision == HEAD_REVISION:
        found = "new"
        half = before.lost_by_upgrade(state) or state.row_counts != upgraded.row_counts
    else:
        return Outcome("", f"{folder.name}: after the kill the revision is {state.revision!r}")
    if half:
        return Outcome("", f"{folder.name}: a half-done upgrade ({found}): {half}")
    if finished and found != "new":
        return Outcome("", f"{folder.name}: the upgrade said it was done but is not there")

    # PartnerDesk opens it again, finishing the upgrade if it must.
    again = upgrade(notebook, backups)
    if again.returncode != 0:
        lines = again.stderr.strip().splitlines()
        return Outcome("", f"{folder.name}: could not reopen ({found}): {lines[-1:]}")
    reopened = read_facts(notebook, before.columns)
    if reopened.revision != HEAD_REVISION or before.lost_by_upgrade(reopened):
        return Outcome("", f"{folder.name}: reopened at {reopened.revision}, lost something")
    made = sorted(backups.glob(f"*before-migration-{OLD_REVISION}*.sqlite"))
    if not made:
        return Outcome("", f"{folder.name}: no backup was made before the upgrade")
    for backup in made:
        if quick_check(backup) or before.lost_by_upgrade(read_facts(backup)):
            return Outcome("", f"{folder.name}: the backup {backup.name} is not the old notebook")
    partials = len(list(backups.glob("*.partial")))
    shutil.rmtree(folder, ignore_errors=True)
    return Outcome(found, unfinished_backups=partials)


def grow(fixture: Path, target: Path) -> None:
    """The fixture with thousands more meetings (with notes) and commitments."""
    shutil.copyfile(fixture, target)
    stamp = "2025-03-01 09:00:00.000000"
    partners = GROWN_TO // 20
    db = sqlite3.connect(target)
    try:
        db.executemany(
            "INSERT INTO partners (id, uuid, name, kind, stage, sector, website, address, city,"
            " country, summary, offer_text, owner_id, created_at, updated_at) VALUES"
            " (?, ?, ?, 'company', 'active', '', '', '', '', '', '', '', NULL, ?, ?)",
            [(i, f"grown-partner-{i}", f"Partner {i}", stamp, stamp) for i in range(2, partners)],
        )
        db.executemany(
            "INSERT INTO meetings (id, uuid, partner_id, starts_at, duration_minutes, mode,"
            " location, at_partner_premises, title, notes, follow_up_on, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 60, 'video', '', 0, 'Call', ?, NULL, ?, ?)",
            [
                (i, f"grown-meeting-{i}", 2 + i % (partners - 2), stamp,
                 f"Meeting {i}: Zürich café, 東京, مرحبا 🤝\n" * 12, stamp, stamp)
                for i in range(2, GROWN_TO)
            ],
        )  # fmt: skip
        db.executemany(
            "INSERT INTO commitments (id, uuid, partner_id, direction, description, owner_id,"
            " due_on, status, done_on, meeting_id, initiative_id, follow_up_count,"
            " last_follow_up_on, created_at, updated_at) VALUES (?, ?, ?, 'ours',"
            " 'Send the agreement', NULL, '2025-05-01', ?, ?, NULL, NULL, 0, NULL, ?, ?)",
            [
                (i, f"grown-commitment-{i}", 2 + i % (partners - 2),
                 "done" if i % 3 == 0 else "open", "2025-04-01" if i % 3 == 0 else None,
                 stamp, stamp)
                for i in range(5, GROWN_TO)
            ],
        )  # fmt: skip
        db.commit()
    finally:
        db.close()
    os.chmod(target, 0o600)
