"""A full disk while typing: saves fail and say so, the text stays, nothing acknowledged is lost.

The notebook lives on a small tmpfs. Once some typing is saved, the disk is filled to the
last byte and typing goes on: saves must fail (and be retried), every save acknowledged
must be in the file, and the file must stay sound. Then half the runs free the space and
expect everything typed to be saved without a key from the user; the other half kill the
application while the disk is full, free the space, and expect a sound notebook holding
every acknowledged save that opens and saves again.
"""

import contextlib
import errno
import os
import shutil
import signal
import time
from pathlib import Path

from tests.reliability.private_mounts import (
    announce_inside,
    mount_tmpfs,
    report,
    run_inside,
)
from tests.reliability.typing_session import (
    TypingSession,
    fresh_notebook,
    make_typing_notebook,
    read_notes,
)

NAME = "a full disk"
DISK_BYTES = 2 * 1024 * 1024
FULL_FOR_S = 1.5
WAIT_S = 15.0


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    count = max(2, runs // 20)
    outcome = run_inside(__name__, count, workdir, timeout=120 + 60 * count)
    if isinstance(outcome, str):
        return f"{NAME}: NOT RUN, no small disk could be mounted ({outcome})", False
    return outcome


def inside(count: int, workdir: Path) -> None:
    announce_inside()
    disk = workdir / "disk"
    mount_tmpfs(disk, DISK_BYTES)
    template = workdir / "template.partnerdesk"
    meeting_id = make_typing_notebook(template)
    problems: list[str] = []
    reasons: list[str] = []
    for index in range(count):
        freed_while_running = index % 2 == 0
        problem = fill_once(
            template, meeting_id, disk / f"run-{index:03d}", workdir, freed_while_running, reasons
        )
        if problem:
            problems.append(problem)
    good = count - len(problems)
    said = f'"{reasons[0]}"' if reasons else "nothing"
    summary = (
        f"{NAME}: {good} of {count} runs lost nothing ({len(reasons)} saves failed while the "
        f"disk was full, saying {said}; 0 acknowledged saves lost; {(count + 1) // 2} got "
        f"every key saved once space was back, {count // 2} killed while full reopened sound)"
    )
    if problems:
        summary += f" ({problems[0]})"
    report(summary, not problems)


def fill_once(
    template: Path,
    meeting_id: int,
    folder: Path,
    workdir: Path,
    freed_while_running: bool,
    reasons: list[str],
) -> str:
    """One run; an empty string if nothing was lost, else what went wrong.

    The reasons the failed saves gave are added to `reasons`.
    """
    notebook = fresh_notebook(template, folder)
    home = workdir / f"home-{folder.name}"
    session = TypingSession(notebook, home, meeting_id=meeting_id)
    filler = folder.parent / "filler"
    try:
        if not session.wait_ready():
            return f"{folder.name}: the typist did not start: {session.stderr_tail()}"
        if not session.wait_for(lambda t: t.last_saved > 0, WAIT_S):
            return f"{folder.name}: nothing was saved before the disk was filled"
        fill(filler)
        if not session.wait_for(lambda t: bool(t.failures), WAIT_S):
            return f"{folder.name}: no save failed on the full disk"
        time.sleep(FULL_FOR_S)  # typing goes on; the autosaver keeps retrying
        reasons.extend(session.transcript.failures)
        while_full = read_notes(notebook, meeting_id)
        acknowledged = session.transcript.last_saved
        if while_full.integrity != "ok":
            return f"{folder.name}: integrity_check on the full disk: {while_full.integrity}"
        if while_full.tokens is None or while_full.tokens < acknowledged:
            return (
                f"{folder.name}: {while_full.tokens} tokens stored on the full disk, "
                f"{acknowledged} acknowledged"
            )
        if freed_while_running:
            filler.unlink()
            typed = session.transcript.typed
            if not session.wait_for(lambda t: t.last_saved >= typed, WAIT_S):
                return f"{folder.name}: the typing was not saved once space was back"
            session.send("close")
            status = session.finish()
            stored = read_notes(notebook, meeting_id)
            if status != 0 or stored.tokens != session.transcript.typed:
                return (
                    f"{folder.name}: exit {status}, {stored.tokens} tokens stored of "
                    f"{session.transcript.typed} typed"
                )
            return ""
        session.signal(signal.SIGKILL)
        session.finish()
        acknowledged = session.transcript.last_saved
        filler.unlink()
        after = read_notes(notebook, meeting_id)
        if after.integrity != "ok" or after.tokens is None or after.tokens < acknowledged:
            return (
                f"{folder.name}: killed while full: {after.integrity}, {after.tokens} tokens "
                f"stored, {acknowledged} acknowledged"
            )
        again = TypingSession(notebook, home, meeting_id=meeting_id, options=["--close-after", "5"])
        status = again.finish(60)
        reopened = read_notes(notebook, meeting_id)
        if status != 0 or reopened.tokens != again.transcript.typed:
            return f"{folder.name}: after the crash the notebook did not save again"
        return ""
    finally:
        if session.process.poll() is None:
            session.kill()
            session.finish()
        with contextlib.suppress(FileNotFoundError):
            filler.unlink()
        shutil.rmtree(folder, ignore_errors=True)


def fill(filler: Path) -> None:
    """Writes to `filler` until the disk refuses another byte."""
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            block = b"\0" * size
            while True:
                try:
                    handle.write(block)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
        os.fsync(handle.fileno())
