"""Private files: the data directory is 0700 and every file in it 0600, even under umask 022.

A session of use, started with the permissive umask 022 most desktops have: PartnerDesk
starts on a data directory that does not exist yet (a new notebook, a partner added,
notes typed and saved), then opens an older notebook the user copied in with cp (0644),
which it backs up and upgrades, then the command line makes a backup and a sample
notebook. Every folder and file under the data directory is looked at while the
application runs (lock file, -wal and -shm included) and after it has quit.
"""

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from tests.reliability.typing_session import TypingSession

NAME = "permissions under umask 022"
FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"
OLD_FIXTURE = FIXTURES / "notebook-0003.partnerdesk"
USER_UMASK = 0o022


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    data = workdir / "data"
    seen: dict[str, bool] = {}  # every path looked at, and whether it is a folder
    problems: list[str] = []

    def look(moment: str) -> None:
        for path in [data, *sorted(data.rglob("*"))]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            name = str(path.relative_to(workdir))
            seen[name] = path.is_dir()
            wanted = 0o700 if path.is_dir() else 0o600
            if mode != wanted:
                problems.append(f"{name} is {mode:04o} {moment}, not {wanted:04o}")

    # 1. First start on a data directory that does not exist yet.
    first = TypingSession(
        data / "notebook.partnerdesk", workdir / "first", umask=USER_UMASK, data_dir=data
    )
    if not first.wait_ready() or not first.wait_for(lambda t: t.last_saved >= 5, 30):
        first.kill()
        first.finish()
        return f"{NAME}: the first session did not start and save: {first.stderr_tail()}", False
    look("while the first session runs")
    first.send("close")
    if first.finish() != 0:
        return f"{NAME}: the first session did not quit cleanly", False

    # 2. An older notebook copied in by the user as 0644, upgraded (and backed up) on open.
    old = data / "from-last-year.partnerdesk"
    shutil.copyfile(OLD_FIXTURE, old)
    old.chmod(0o644)
    second = TypingSession(old, workdir / "second", umask=USER_UMASK, data_dir=data)
    if not second.wait_ready() or not second.wait_for(lambda t: t.last_saved >= 5, 30):
        second.kill()
        second.finish()
        return f"{NAME}: the old notebook did not open and save: {second.stderr_tail()}", False
    look("while the second session runs")
    second.send("close")
    if second.finish() != 0:
        return f"{NAME}: the second session did not quit cleanly", False

    # 3. The command line: a backup, and a sample notebook.
    for command in (
        ["backup", "--db", str(data / "notebook.partnerdesk")],
        ["demo", "--db", str(data / "sample.partnerdesk"), "--partners", "3"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "partnerdesk", *command],
            capture_output=True,
            text=True,
            env=dict(os.environ, PARTNERDESK_HOME=str(data)),
            umask=USER_UMASK,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            return f"{NAME}: partnerdesk {command[0]} failed: {result.stderr.strip()}", False
    look("after the session")

    kinds = {
        "lock file": any(name.endswith(".lock") for name in seen),
        "-wal": any(name.endswith("-wal") for name in seen),
        "-shm": any(name.endswith("-shm") for name in seen),
        "backups": any("/backups/" in name for name in seen),
        "window settings": any(name.endswith(".ini") for name in seen),
    }
    missing = [kind for kind, present in kinds.items() if not present]
    if missing:
        problems.append(f"the session made no {', '.join(missing)} to look at")
    folders = sum(seen.values())
    summary = (
        f"{NAME}: {len(seen) - folders} files (notebooks, -wal, -shm, lock files, backups, "
        f"window settings) and {folders} folders looked at during and after a session; "
        f"{len(problems)} not private (folders 0700, files 0600)"
    )
    if problems:
        summary += f" ({problems[0]})"
    return summary, not problems
