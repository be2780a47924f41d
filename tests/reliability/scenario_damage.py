"""Reliability scenario: five kinds of damage to a notebook file, refused untouched, restored.

For each kind and run: a notebook with a backup (and changes made after it), damaged; then
opened as the app opens it (`Store.open`, the first reads, the open-time `quick_check` the
guard runs); a notebook that still opens is run through `partnerdesk check`. The damaged file
must be refused or reported (or, for a WAL SQLite can read past, hold exactly what it held),
and left byte for byte as the damage left it. Then the newest sound backup is restored with
the real command line in a subprocess, and the restored notebook must hold what the backup
held, pass its check, and be private (0600).

`run(runs, workdir)` returns one summary line and whether every run passed.
"""

import hashlib
import os
import random
import sqlite3
import stat
import struct
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from partnerdesk.demo import generate
from partnerdesk.domain.backups import BackupKind
from partnerdesk.domain.errors import NotebookError
from partnerdesk.domain.models import Partner
from partnerdesk.store.backup import make_backup
from partnerdesk.store.backups import BackupShelf
from partnerdesk.store.notebook_check import quick_problem, read_counts
from partnerdesk.store.store import Store

TEMPLATE_PARTNERS = 12
PAGE_SIZE = 4096
TABLE_LEAF = 0x0D
WAL_MAGIC = 0x377F0682
CLI_TIMEOUT_S = 120

REFUSED_AT_OPEN = "refused at open"
FOUND_ON_OPENING = "found by the check on opening"
REPORTED_BY_CHECK = "reported by partnerdesk check"
HARMLESS = "read past with nothing lost"
MISSED = "MISSED"

Damage = Callable[[Path, random.Random], None]


# -- the five kinds of damage ---------------------------------------------------------------


def zero_the_header(path: Path, _rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def overwrite_a_random_page(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    page = rng.randrange(len(data) // PAGE_SIZE)
    data[page * PAGE_SIZE : (page + 1) * PAGE_SIZE] = rng.randbytes(PAGE_SIZE)
    path.write_bytes(bytes(data))


def truncate(path: Path, rng: random.Random) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: rng.randrange(len(data))])


def flip_one_byte(path: Path, rng: random.Random) -> None:
    """One bit of one byte in the b-tree header or cell pointers of a random table page.

    SQLite keeps no checksums of page contents, so a flip inside the text of a row cannot be
    noticed by SQLite or anyone (it reads back as a different character); a flip in the
    structure SQLite reads to find the rows is what its checks can and must catch.
    """
    data = bytearray(path.read_bytes())
    leaves = [
        page
        for page in range(1, len(data) // PAGE_SIZE)
        if data[page * PAGE_SIZE] == TABLE_LEAF and _cells(data, page) > 0
    ]
    page = rng.choice(leaves)
    structure = 8 + 2 * _cells(data, page)
    data[page * PAGE_SIZE + rng.randrange(structure)] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def write_a_garbage_wal(path: Path, rng: random.Random) -> None:
    """Random bytes, or a WAL header that looks right followed by frames that do not."""
    garbage = rng.randbytes(PAGE_SIZE * rng.randint(1, 4))
    if rng.random() < 0.5:
        header = struct.pack(">IIIIIIII", WAL_MAGIC, 3007000, PAGE_SIZE, 0, *_four(rng))
        garbage = header + garbage
    Path(f"{path}-wal").write_bytes(garbage)


KINDS: dict[str, Damage] = {
    "zeroed header": zero_the_header,
    "random page": overwrite_a_random_page,
    "truncated": truncate,
    "flipped byte": flip_one_byte,
    "garbage WAL": write_a_garbage_wal,
}


# -- one run --------------------------------------------------------------------------------


@dataclass
class Outcome:
    kind: str
    caught: str = MISSED
    untouched: bool = False
    restored: bool = False
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.caught != MISSED and self.untouched and self.restored


def run(runs: int, workdir: Path) -> tuple[str, bool]:
    """A share of `runs` for each kind of damage (10 each in the long form of 200, at least 1),
    since each run restores through a subprocess; one summary line, and whether all passed."""
    workdir.mkdir(parents=True, exist_ok=True)
    template = _make_template(workdir / "template.partnerdesk")
    outcomes: list[Outcome] = []
    for number in range(max(1, runs // 20)):
        for index, (kind, damage) in enumerate(KINDS.items()):
            place = workdir / f"run-{number:04d}-{index}"
            rng = random.Random(number * 100 + index)
            try:
                outcomes.append(_one_run(kind, damage, rng, template, place))
            except Exception as error:  # a crash of the scenario is a failed run, said why
                outcomes.append(Outcome(kind, detail=f"{type(error).__name__}: {error}"))
    return _summary(outcomes), all(outcome.ok for outcome in outcomes)


def _one_run(kind: str, damage: Damage, rng: random.Random, template: Path, place: Path) -> Outcome:
    outcome = Outcome(kind)
    home = place / "home"
    home.mkdir(parents=True, mode=0o700)
    notebook = place / "notebook.partnerdesk"
    make_backup(template, notebook)
    # What the backup will hold, then changes after it that a restore must undo.
    store = Store.open(notebook, home / "backups")
    try:
        store.partners.add(Partner(name=f"Partner of run {place.name}"))
        backup = store.backups.make(BackupKind.MANUAL)
        for n in range(rng.randint(1, 3)):
            store.partners.add(Partner(name=f"Added after the backup {n}"))
    finally:
        store.close()
    before_damage = _dump(notebook)

    damage(notebook, rng)
    damaged = _digest(notebook)

    outcome.caught = _open_like_the_app(notebook, home / "backups")
    if not outcome.caught:
        outcome.caught = _check_with_the_cli(notebook, home, before_damage)
    outcome.untouched = _digest(notebook) == damaged
    if not outcome.untouched:
        outcome.detail = "the damaged file changed while it was opened and checked"

    newest = BackupShelf(notebook, home / "backups").newest_sound()
    if newest is None or newest.path != backup.path:
        outcome.detail = outcome.detail or f"the newest sound backup is {newest}"
        return outcome
    result = _cli("restore", str(newest.path), "--db", str(notebook), home=home)
    if result.returncode != 0:
        outcome.detail = outcome.detail or f"restore exited {result.returncode}: {result.stderr}"
        return outcome
    outcome.restored = _restored_as_backed_up(notebook, newest.path, damaged, outcome)
    return outcome


def _open_like_the_app(notebook: Path, backups: Path) -> str:
    """What the app's open finds: refused, found by the open-time check, or "" (sound)."""
    try:
        store = Store.open(notebook, backups, create=False)
    except NotebookError:
        return REFUSED_AT_OPEN
    try:
        store.counts()  # the window's first reads
    except Exception:
        # The app examines a file whose first reads fail, and refuses it if it is damaged.
        store.close()
        return REFUSED_AT_OPEN if quick_problem(notebook) else MISSED
    store.close()
    return FOUND_ON_OPENING if quick_problem(notebook) else ""


def _check_with_the_cli(notebook: Path, home: Path, before_damage: object) -> str:
    result = _cli("check", "--db", str(notebook), home=home)
    if result.returncode == 1:
        return REPORTED_BY_CHECK
    if result.returncode == 0 and _dump(notebook) == before_damage:
        return HARMLESS
    return MISSED


def _restored_as_backed_up(notebook: Path, backup: Path, damaged: str, outcome: Outcome) -> bool:
    problems = []
    if quick_problem(notebook):
        problems.append(f"the restored notebook fails its check: {quick_problem(notebook)}")
    if read_counts(notebook) != read_counts(backup):
        problems.append(f"counts {read_counts(notebook)} != backup {read_counts(backup)}")
    if stat.S_IMODE(notebook.stat().st_mode) != 0o600:
        problems.append(f"mode {stat.S_IMODE(notebook.stat().st_mode):o}")
    moved = list(notebook.parent.glob("notebook.moved-aside-*.partnerdesk"))
    if moved and _digest(moved[0]) != damaged:
        problems.append("the file moved aside is not the damaged file as it was")
    if not moved and outcome.caught != HARMLESS:
        problems.append("the damaged notebook was not moved aside")
    if any(name.startswith("Added after the backup") for name in _partner_names(notebook)):
        problems.append("changes made after the backup are still there")
    outcome.detail = outcome.detail or "; ".join(problems)
    return not problems


# -- helpers --------------------------------------------------------------------------------


def _make_template(path: Path) -> Path:
    if not path.exists():
        store = Store.open(path, path.parent / "template-backups")
        try:
            generate(store, TEMPLATE_PARTNERS, seed=7, today=date(2026, 11, 27))
        finally:
            store.close()
    return path


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PARTNERDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "partnerdesk", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=CLI_TIMEOUT_S,
        check=False,
    )


def _partner_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return {name for (name,) in db.execute("SELECT name FROM partners")}


def _dump(path: Path) -> object:
    """Every row of every stored table (the search index's too), read-only."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        db.text_factory = bytes
        tables = [
            name.decode()
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return [
            (t, sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)) for t in tables
        ]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def _cells(data: bytearray, page: int) -> int:
    offset = page * PAGE_SIZE
    return int(struct.unpack(">H", data[offset + 3 : offset + 5])[0])


def _four(rng: random.Random) -> tuple[int, int, int, int]:
    return (rng.getrandbits(32), rng.getrandbits(32), rng.getrandbits(32), rng.getrandbits(32))


def _summary(outcomes: list[Outcome]) -> str:
    passed = sum(outcome.ok for outcome in outcomes)
    changed = sum(not outcome.untouched for outcome in outcomes)
    caught = Counter(outcome.caught for outcome in outcomes if outcome.ok)
    line = (
        f"damaged file ({len(KINDS)} kinds): {passed} of {len(outcomes)} refused and restored, "
        f"{changed} left changed ({REFUSED_AT_OPEN} {caught[REFUSED_AT_OPEN]}, "
        f"{FOUND_ON_OPENING} {caught[FOUND_ON_OPENING]}, "
        f"{REPORTED_BY_CHECK} {caught[REPORTED_BY_CHECK]}, "
        f"{HARMLESS} {caught[HARMLESS]})"
    )
    failures = [outcome for outcome in outcomes if not outcome.ok]
    if failures:
        first = failures[0]
        line += f"; first failure, {first.kind}: {first.caught}, {first.detail}"
    return line
