"""Closing the window with unsaved text: the close saves it first.

Half the runs close the window right after a token is typed, in the same turn of the
event loop, so that the token cannot have been saved by a timer; the other half ask for
the close at a random moment, as a click on the close button would.
"""

import random
import time
from pathlib import Path

from tests.reliability.typing_session import (
    TypingSession,
    fresh_notebook,
    in_parallel,
    make_typing_notebook,
    read_notes,
)

NAME = "closing the window with unsaved text"


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    count = max(2, runs // 10)
    template = workdir / "template.partnerdesk"
    meeting_id = make_typing_notebook(template)
    seed = random.randrange(2**32)
    chance = random.Random(seed)
    plans = [
        (index % 2 == 0, chance.randint(3, 50), chance.uniform(0.3, 2.5)) for index in range(count)
    ]

    def one(index: int) -> str:
        right_after_a_key, after_tokens, after_seconds = plans[index]
        folder = workdir / f"run-{index:03d}"
        return close_once(
            template, meeting_id, folder, after_tokens if right_after_a_key else 0, after_seconds
        )

    problems = [problem for problem in in_parallel(one, count) if problem]
    summary = (
        f"{NAME}: {count - len(problems)} of {count} closes stored everything typed, "
        f"unsaved text included"
    )
    if problems:
        summary += f" (seed {seed}; {problems[0]})"
    return summary, not problems


def close_once(
    template: Path, meeting_id: int, folder: Path, after_tokens: int, after_seconds: float
) -> str:
    notebook = fresh_notebook(template, folder)
    options = ["--close-after", str(after_tokens)] if after_tokens else []
    session = TypingSession(notebook, folder / "home", meeting_id=meeting_id, options=options)
    if not session.wait_ready():
        session.kill()
        session.finish()
        return f"the typist did not start: {session.stderr_tail()}"
    if not after_tokens:
        ready_at = session.transcript.ready_at
        assert ready_at is not None
        time.sleep(max(0.0, ready_at + after_seconds - time.monotonic()))
        session.send("close")
    status = session.finish()
    transcript = session.transcript
    stored = read_notes(notebook, meeting_id)
    if status != 0 or not transcript.closed:
        return f"{folder.name}: exit status {status}, window closed: {transcript.closed}"
    if after_tokens and transcript.typed != after_tokens:
        return f"{folder.name}: {transcript.typed} tokens typed, not {after_tokens}"
    if after_tokens and transcript.saved[:-1] and transcript.saved[-2] >= after_tokens:
        return f"{folder.name}: the last token was saved before the close, proving nothing"
    if stored.integrity != "ok":
        return f"{folder.name}: integrity_check says {stored.integrity}"
    if stored.tokens != transcript.typed:
        return f"{folder.name}: {stored.tokens} tokens stored of {transcript.typed} typed"
    return ""
