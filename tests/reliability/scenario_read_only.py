"""A read-only notebook file: saves fail and say so, nothing reported saved is lost.

The file is made read-only by a read-only bind mount of the file alone (which holds for
root as well, as a read-only disk does); its folder stays writable, as with `chmod 0400`.
Each run has four sessions on one notebook:

1. writable: types a few tokens and closes (they are saved);
2. read-only when opened: typing goes on, saves fail; the file is made writable again
   while the application runs, and everything typed must then be saved without a key
   from the user, and stored when the window closes;
3. read-only again: saves fail; closing asks whether to lose the unsaved typing, the
   answer is yes; the notebook must still hold everything saved before;
4. writable again: a new session must save as usual (nothing was left broken).
"""

import time
from pathlib import Path

from tests.reliability.private_mounts import (
    announce_inside,
    bind_read_only,
    make_read_only_again,
    make_writable_again,
    report,
    run_inside,
)
from tests.reliability.typing_session import (
    TypingSession,
    fresh_notebook,
    make_typing_notebook,
    read_notes,
)

NAME = "a read-only notebook file"
READ_ONLY_FOR_S = 1.5
WAIT_S = 15.0


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    count = max(1, runs // 20)
    outcome = run_inside(__name__, count, workdir, timeout=120 + 90 * count)
    if isinstance(outcome, str):
        return f"{NAME}: NOT RUN, the file could not be made read-only ({outcome})", False
    return outcome


def inside(count: int, workdir: Path) -> None:
    announce_inside()
    template = workdir / "template.partnerdesk"
    meeting_id = make_typing_notebook(template)
    problems: list[str] = []
    reasons: list[str] = []
    for index in range(count):
        problem = read_only_once(template, meeting_id, workdir / f"run-{index:03d}", reasons)
        if problem:
            problems.append(problem)
    good = count - len(problems)
    said = f'"{reasons[0]}"' if reasons else "nothing"
    summary = (
        f"{NAME}: {good} of {count} runs lost nothing (saves failed while read-only, saying "
        f"{said}; all typing saved once writable again; a close while read-only kept every "
        f"acknowledged save; the notebook saved as usual afterwards)"
    )
    if problems:
        summary += f" ({problems[0]})"
    report(summary, not problems)


def read_only_once(template: Path, meeting_id: int, folder: Path, reasons: list[str]) -> str:
    notebook = fresh_notebook(template, folder)
    home = folder / "home"

    def session(*options: str) -> TypingSession:
        return TypingSession(notebook, home, meeting_id=meeting_id, options=options)

    # 1. Writable: a few tokens saved the ordinary way.
    first = session("--close-after", "7")
    if first.finish(60) != 0 or read_notes(notebook, meeting_id).tokens != 7:
        return f"{folder.name}: the first, writable session did not save: {first.stderr_tail()}"

    # 2. Read-only when opened, writable again while it runs.
    bind_read_only(notebook)
    second = session()
    try:
        if not second.wait_ready():
            return f"{folder.name}: the read-only notebook did not open: {second.stderr_tail()}"
        if not second.wait_for(lambda t: bool(t.failures), WAIT_S):
            return f"{folder.name}: no save failed on the read-only file"
        time.sleep(READ_ONLY_FOR_S)
        reasons.extend(second.transcript.failures)
        if second.transcript.saved:
            return f"{folder.name}: a save was acknowledged on a read-only file"
        make_writable_again(notebook)
        typed = second.transcript.typed
        if not second.wait_for(lambda t: t.last_saved >= typed, WAIT_S):
            return (
                f"{folder.name}: once writable again the typing was not saved "
                f"(last said: {second.transcript.failures[-1:]})"
            )
        second.send("close")
        status = second.finish()
    finally:
        if second.process.poll() is None:
            second.kill()
            second.finish()
    stored = read_notes(notebook, meeting_id)
    if status != 0 or stored.tokens != second.transcript.typed:
        return (
            f"{folder.name}: session 2 ended {status} with {stored.tokens} tokens stored of "
            f"{second.transcript.typed} typed"
        )

    # 3. Read-only again; the user closes and agrees to lose what could not be saved.
    kept = stored.tokens
    make_read_only_again(notebook)
    third = session("--answer", "discard")
    try:
        if not third.wait_ready() or not third.wait_for(lambda t: bool(t.failures), WAIT_S):
            return f"{folder.name}: session 3 did not fail to save: {third.stderr_tail()}"
        third.send("close")
        status = third.finish()
    finally:
        if third.process.poll() is None:
            third.kill()
            third.finish()
    after = read_notes(notebook, meeting_id)
    if status != 0 or not third.transcript.dialogs:
        return f"{folder.name}: closing with unsaved text did not ask first (exit {status})"
    if after.integrity != "ok" or after.tokens != kept:
        return f"{folder.name}: after the read-only close {after.tokens} tokens, {kept} saved"

    # 4. Writable again: nothing was left behind that stops saving.
    make_writable_again(notebook)
    fourth = session("--close-after", "5")
    status = fourth.finish(60)
    final = read_notes(notebook, meeting_id)
    if status != 0 or final.tokens != fourth.transcript.typed:
        return (
            f"{folder.name}: after the read-only sessions the notebook did not save "
            f"({final.tokens} tokens of {fourth.transcript.typed}: {fourth.stderr_tail()})"
        )
    return ""
