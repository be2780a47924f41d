"""Driving the typist (`typist.py`) from another process, and checking what it left behind."""

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from tests.reliability.typist import count_tokens, expected_notes

TYPIST = Path(__file__).with_name("typist.py")
START_TIMEOUT_S = 60.0  # a loaded two-core machine can take long to start Qt
# Two typists at once keep both cores busy while each mostly waits for its next key.
WORKERS = 2

T = TypeVar("T")


def make_typing_notebook(path: Path) -> int:
    """A notebook with one partner and one meeting with empty notes; returns the meeting id."""
    from partnerdesk.domain.models import Meeting, Partner
    from partnerdesk.store.store import Store

    store = Store.open(path, path.parent / "backups")
    try:
        partner = store.partners.add(Partner(name="Northwind Bank"))
        meeting = store.meetings.add(
            Meeting(partner_id=partner.id, starts_at=datetime.now(UTC), title="Kick-off")
        )
    finally:
        store.close()
    return meeting.id


@dataclass
class StoredNotes:
    """What a notebook holds after a session: its integrity and the typed meeting's notes."""

    integrity: str
    notes: str

    @property
    def tokens(self) -> int | None:
        """How many tokens the notes hold, or None if they are not exactly a typed prefix."""
        count = count_tokens(self.notes)
        return count if self.notes == expected_notes(count) else None


def read_notes(notebook: Path, meeting_id: int) -> StoredNotes:
    """Opens the notebook as SQLite would after a crash (recovering its WAL) and reads it."""
    connection = sqlite3.connect(notebook)
    try:
        results = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        row = connection.execute(
            "SELECT notes FROM meetings WHERE id = ?", (meeting_id,)
        ).fetchone()
    finally:
        connection.close()
    return StoredNotes("; ".join(results), row[0] if row else "")


@dataclass
class Transcript:
    """Everything the typist said, as it said it."""

    ready_at: float | None = None
    first_token: int = 1
    typed_at: dict[int, float] = field(default_factory=dict)
    saved: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    closed: bool = False
    exit_status: int | None = None
    lines: list[str] = field(default_factory=list)

    @property
    def typed(self) -> int:
        """The last token typed (counting those of earlier sessions)."""
        return max(self.typed_at, default=self.first_token - 1)

    @property
    def last_saved(self) -> int:
        return self.saved[-1] if self.saved else 0

    def time_of(self, tokens: int) -> float:
        """When token `tokens` was typed; tokens of earlier sessions count as typed at start."""
        if tokens < self.first_token:
            return self.ready_at or 0.0
        return self.typed_at[tokens]

    def seconds_lost(self, stored: int) -> float:
        """From the last token stored to the last token typed (0 when nothing was lost)."""
        if stored >= self.typed:
            return 0.0
        return self.time_of(self.typed) - self.time_of(stored)

    def take(self, line: str) -> None:
        self.lines.append(line)
        word, _, rest = line.partition(" ")
        if word == "typed":
            number, moment = rest.split()
            self.typed_at[int(number)] = float(moment)
        elif word == "saved":
            self.saved.append(int(rest))
        elif word == "failed":
            self.failures.append(rest)
        elif word == "ready":
            _meeting, moment, first = rest.split()
            self.ready_at = float(moment)
            self.first_token = int(first)
        elif word == "dialog":
            self.dialogs.append(rest)
        elif word == "closed":
            self.closed = True
        elif word == "exit":
            self.exit_status = int(rest)


class TypingSession:
    """One typist process on a notebook; what it reports is gathered as it comes."""

    def __init__(
        self,
        notebook: Path,
        home: Path,
        *,
        meeting_id: int | None = None,
        rate: float = 20.0,
        options: Sequence[str] = (),
        umask: int = -1,
        data_dir: Path | None = None,
    ) -> None:
        """Starts the typist; `home` holds its working files and, unless `data_dir` names
        another, PartnerDesk's data directory."""
        home.mkdir(parents=True, exist_ok=True)
        self.transcript = Transcript()
        self._changed = threading.Condition()
        environment = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", PARTNERDESK_HOME=str(data_dir or home)
        )
        environment["HOME"] = str(home)
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        self.stderr_path = home / "typist-stderr.txt"
        command = [
            sys.executable,
            str(TYPIST),
            "--db",
            str(notebook),
            *(["--meeting", str(meeting_id)] if meeting_id else ["--partner", "Northwind Bank"]),
            "--rate",
            str(rate),
            *options,
        ]
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=environment,
                cwd=home,
                umask=umask,
            )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self._changed:
                self.transcript.take(line)
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, condition: Callable[[Transcript], bool], timeout: float) -> bool:
        """Waits until `condition(transcript)` holds, the typist ends, or the time is up."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition(self.transcript):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (not self._reader.is_alive()):
                    return condition(self.transcript)
                self._changed.wait(min(remaining, 0.2))
            return True

    def wait_ready(self) -> bool:
        return self.wait_for(lambda t: t.ready_at is not None, START_TIMEOUT_S)

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{command}\n".encode())
        self.process.stdin.flush()

    def signal(self, number: int) -> None:
        os.kill(self.process.pid, number)

    def kill(self) -> None:
        self.signal(signal.SIGKILL)

    def finish(self, timeout: float = 30.0) -> int:
        """Waits for the process to end (killing it if it will not) and for its last words."""
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = self.process.wait()
        self._reader.join(10)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):  # the typist is gone: nobody reads it
                    pipe.close()
        return status

    def stderr_tail(self, lines: int = 8) -> str:
        try:
            text = self.stderr_path.read_text(errors="replace")
        except OSError:
            return ""
        kept = [line for line in text.splitlines() if "propagateSizeHints" not in line]
        return "\n".join(kept[-lines:])


def fresh_notebook(template: Path, folder: Path) -> Path:
    """A copy of the template notebook in a new folder of its own."""
    folder.mkdir(parents=True)
    notebook = folder / "notebook.partnerdesk"
    shutil.copyfile(template, notebook)
    return notebook


def in_parallel(task: Callable[[int], T], count: int, workers: int = WORKERS) -> list[T]:
    """task(0) .. task(count - 1), a few at a time: a typist mostly waits for its next key."""
    with ThreadPoolExecutor(max_workers=max(1, min(workers, count))) as pool:
        return list(pool.map(task, range(count)))
