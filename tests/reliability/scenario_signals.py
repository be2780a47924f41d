"""SIGTERM, SIGINT and SIGHUP while typing: the application quits through the close flush.

Each run types, sends one of the three signals at a random moment, and expects the
application to close its window and exit 0 with every typed token stored, its notebook
lock released.
"""

import random
import signal
import time
from pathlib import Path

from tests.reliability.typing_session import (
    TypingSession,
    fresh_notebook,
    in_parallel,
    make_typing_notebook,
    read_notes,
)

NAME = "SIGTERM, SIGINT and SIGHUP during typing"
SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
EARLIEST_S = 0.3
LATEST_S = 3.0


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    count = max(len(SIGNALS), runs // 4)
    template = workdir / "template.partnerdesk"
    meeting_id = make_typing_notebook(template)
    seed = random.randrange(2**32)
    chance = random.Random(seed)
    delays = [chance.uniform(EARLIEST_S, LATEST_S) for _ in range(count)]

    def one(index: int) -> str:
        number = SIGNALS[index % len(SIGNALS)]
        folder = workdir / f"run-{index:03d}-{number.name}"
        return signal_once(template, meeting_id, folder, number, delays[index])

    problems = [problem for problem in in_parallel(one, count) if problem]
    kept = count - len(problems)
    sent = ", ".join(
        f"{len(range(index, count, len(SIGNALS)))} {number.name}"
        for index, number in enumerate(SIGNALS)
    )
    summary = f"{NAME}: {kept} of {count} runs quit cleanly with everything typed stored ({sent})"
    if problems:
        summary += f" (seed {seed}; {problems[0]})"
    return summary, not problems


def signal_once(
    template: Path, meeting_id: int, folder: Path, number: signal.Signals, delay: float
) -> str:
    """Types, sends the signal; an empty string if all went well, else what did not."""
    notebook = fresh_notebook(template, folder)
    session = TypingSession(notebook, folder / "home", meeting_id=meeting_id)
    if not session.wait_ready():
        session.kill()
        session.finish()
        return f"the typist did not start: {session.stderr_tail()}"
    ready_at = session.transcript.ready_at
    assert ready_at is not None
    time.sleep(max(0.0, ready_at + delay - time.monotonic()))
    session.signal(number)
    status = session.finish()
    transcript = session.transcript
    stored = read_notes(notebook, meeting_id)
    where = f"{number.name} in {folder.name}"
    if status != 0 or not transcript.closed:
        return f"{where}: exit status {status}, window closed: {transcript.closed}"
    if stored.integrity != "ok":
        return f"{where}: integrity_check says {stored.integrity}"
    if stored.tokens != transcript.typed:
        return f"{where}: {stored.tokens} tokens stored of {transcript.typed} typed"
    if Path(f"{notebook}.lock").exists():
        return f"{where}: the lock file was left behind"
    return ""
