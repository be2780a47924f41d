"""One PartnerDesk per notebook: a second instance is refused, a stale lock is recovered.

Each run starts a typist, then a second PartnerDesk on the same notebook while the first
types: the second must exit 1 saying the notebook is open elsewhere, and the first must
go on typing and store everything. Then the first is killed with SIGKILL, leaving its
lock file behind, and a new PartnerDesk must open the notebook all the same.
"""

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

NAME = "two instances and a stale lock"
OPEN_ELSEWHERE = "already open in another PartnerDesk window"


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    count = max(1, runs // 20)
    template = workdir / "template.partnerdesk"
    meeting_id = make_typing_notebook(template)

    def one(index: int) -> str:
        return refuse_then_recover(template, meeting_id, workdir / f"run-{index:03d}")

    problems = [problem for problem in in_parallel(one, count) if problem]
    good = count - len(problems)
    summary = (
        f"{NAME}: {good} of {count} second instances refused with 'open elsewhere' "
        f"(exit 1, first unaffected), {good} of {count} stale locks recovered"
    )
    if problems:
        summary += f" ({problems[0]})"
    return summary, not problems


def refuse_then_recover(template: Path, meeting_id: int, folder: Path) -> str:
    notebook = fresh_notebook(template, folder)
    lock = Path(f"{notebook}.lock")
    first = TypingSession(notebook, folder / "first", meeting_id=meeting_id)
    try:
        if not first.wait_ready():
            return f"{folder.name}: the first typist did not start: {first.stderr_tail()}"
        second = TypingSession(notebook, folder / "second", meeting_id=meeting_id)
        status = second.finish(60)
        refusal = second.stderr_path.read_text(errors="replace")
        if status != 1 or OPEN_ELSEWHERE not in refusal:
            return f"{folder.name}: the second instance ended with {status}: {refusal[-200:]!r}"
        if not any(OPEN_ELSEWHERE in text for text in second.transcript.dialogs):
            return f"{folder.name}: the second instance did not tell the user in a dialog"
        typed_then = first.transcript.typed
        if not first.wait_for(lambda t: t.typed >= typed_then + 10, 10):
            return f"{folder.name}: the first typist stopped when the second was refused"
        if first.process.poll() is not None:
            return f"{folder.name}: the first typist ended ({first.process.returncode})"
        # Let the autosave store something, then crash: the lock file stays behind.
        saved_then = first.transcript.last_saved
        first.wait_for(lambda t: t.last_saved > saved_then, 5)
        first.signal(signal.SIGKILL)
        first.finish()
    finally:
        if first.process.poll() is None:
            first.kill()
            first.finish()
    if not lock.exists():
        return f"{folder.name}: no lock file was left by the killed instance to recover"
    before = read_notes(notebook, meeting_id).tokens
    third = TypingSession(
        notebook, folder / "third", meeting_id=meeting_id, options=["--close-after", "5"]
    )
    started = time.monotonic()
    status = third.finish(90)
    after = read_notes(notebook, meeting_id)
    if status != 0 or third.transcript.ready_at is None:
        return (
            f"{folder.name}: the stale lock was not recovered (exit {status}, "
            f"dialogs {third.transcript.dialogs}, {time.monotonic() - started:.0f} s)"
        )
    if after.integrity != "ok":
        return f"{folder.name}: integrity_check says {after.integrity}"
    if before is None or third.transcript.first_token != before + 1:
        return f"{folder.name}: the crashed session's notes were not there to go on from"
    if after.tokens != third.transcript.typed:
        return f"{folder.name}: {after.tokens} tokens stored of {third.transcript.typed} typed"
    if lock.exists():
        return f"{folder.name}: the recovered session left its lock behind"
    return ""
