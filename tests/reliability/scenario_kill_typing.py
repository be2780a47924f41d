"""kill -9 while typing: each run kills the typist at a random moment and checks the notebook.

After each kill the notebook must pass `PRAGMA integrity_check`, its notes must be exactly
a prefix of what was typed, that prefix must hold every token of the last save the
application acknowledged, and the typing lost (from the last token stored to the last
token typed) must stay within the two seconds the design promises.
"""

import random
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from tests.reliability.typing_session import (
    TypingSession,
    fresh_notebook,
    in_parallel,
    make_typing_notebook,
    read_notes,
)

NAME = "kill -9 during typing"
EARLIEST_KILL_S = 0.5
LATEST_KILL_S = 4.0
MOST_SECONDS_LOST = 2.0


@dataclass
class Outcome:
    survived: bool
    acknowledged_lost: int
    seconds_lost: float
    problem: str = ""


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    template = workdir / "template.partnerdesk"
    meeting_id = make_typing_notebook(template)
    seed = random.randrange(2**32)
    chance = random.Random(seed)
    delays = [chance.uniform(EARLIEST_KILL_S, LATEST_KILL_S) for _ in range(runs)]

    def one(index: int) -> Outcome:
        return kill_once(template, meeting_id, workdir / f"run-{index:03d}", delays[index])

    outcomes = in_parallel(one, runs)
    survived = sum(outcome.survived for outcome in outcomes)
    lost = sum(outcome.acknowledged_lost for outcome in outcomes)
    worst = max((outcome.seconds_lost for outcome in outcomes), default=0.0)
    ok = survived == runs and lost == 0 and worst <= MOST_SECONDS_LOST and runs > 0
    summary = (
        f"{NAME}: {survived} of {runs} runs survived, {lost} acknowledged saves lost, "
        f"at most {worst:.2f} s of typing lost"
    )
    problems = [outcome.problem for outcome in outcomes if outcome.problem]
    if problems:
        summary += f" (seed {seed}; {problems[0]})"
    return summary, ok


def kill_once(template: Path, meeting_id: int, folder: Path, delay: float) -> Outcome:
    notebook = fresh_notebook(template, folder)
    session = TypingSession(notebook, folder / "home", meeting_id=meeting_id)
    if not session.wait_ready():
        session.kill()
        session.finish()
        return Outcome(False, 0, 0.0, f"the typist did not start: {session.stderr_tail()}")
    ready_at = session.transcript.ready_at
    assert ready_at is not None
    time.sleep(max(0.0, ready_at + delay - time.monotonic()))
    session.signal(signal.SIGKILL)
    status = session.finish()
    transcript = session.transcript
    if status != -signal.SIGKILL:
        return Outcome(False, 0, 0.0, f"the typist ended by itself ({status}) before the kill")
    stored = read_notes(notebook, meeting_id)
    tokens = stored.tokens
    if stored.integrity != "ok":
        return Outcome(False, 0, 0.0, f"integrity_check after the kill: {stored.integrity}")
    if tokens is None or tokens > transcript.typed:
        return Outcome(
            False, 0, 0.0, f"the notes are not a prefix of the typing: {stored.notes[-80:]!r}"
        )
    acknowledged_lost = max(0, transcript.last_saved - tokens)
    lost = transcript.seconds_lost(tokens)
    problem = ""
    if acknowledged_lost:
        problem = f"{acknowledged_lost} acknowledged tokens missing in {folder.name}"
    elif lost > MOST_SECONDS_LOST:
        problem = (
            f"{lost:.2f} s of typing lost in {folder.name} (tokens {tokens}/{transcript.typed})"
        )
    if not problem:
        shutil.rmtree(folder, ignore_errors=True)
    return Outcome(True, 1 if acknowledged_lost else 0, lost, problem)
