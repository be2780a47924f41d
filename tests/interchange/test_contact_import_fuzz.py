"""Mutated sample files: each imports completely or is refused with a line; nothing hangs.

The mutations are those real files suffer: flipped bytes, a cut-off end, a stray quote or
NUL, a line copied twice, a piece missing. After a refusal the notebook must be exactly as
it was; after an import, the report must count what the notebook gained.
"""

import faulthandler
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.domain.interchange import ImportFileError, ImportReport
from partnerdesk.interchange.csv_import import import_csv
from partnerdesk.interchange.vcard import import_vcards
from partnerdesk.store.store import Store
from tests.interchange.contact_files import CSV_FILES, DATA, VCARD_FILES, snapshot

# A hang fails the run (with every thread's stack) instead of stalling CI.
HANG_SECONDS = 300
LOCATION = re.compile(r"^(card \d+ \(line \d+\)(, line \d+)?|line \d+)$")
FUZZ_SETTINGS = settings(
    max_examples=60,
    deadline=10_000,  # ms per file: a sample imports in a few tens
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


@st.composite
def mutated(draw: st.DrawFn, originals: dict[str, bytes]) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(originals)))
    data = bytearray(originals[name])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "quote", "nul", "duplicate", "cut"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "truncate":
            del data[at:]
        elif kind == "quote":
            data[at:at] = b'"'
        elif kind == "nul":
            data[at:at] = b"\x00"
        elif kind == "duplicate":
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end + 1
            data[end:end] = data[start:end]
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
    return name, bytes(data)


@contextmanager
def hang_guard() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def check_one(
    store: Store,
    path: Path,
    data: bytes,
    dry_run: bool,
    run: Callable[..., ImportReport],
) -> None:
    path.write_bytes(data)
    before = snapshot(store)
    try:
        report = run(store, path, dry_run=dry_run)
    except ImportFileError as error:
        refused = error
    else:
        refused = None
    if refused is not None:
        assert LOCATION.match(refused.location), refused
        assert snapshot(store) == before
        return
    counts = store.counts()
    if dry_run:
        assert snapshot(store) == before
    else:
        assert counts.people - before[0].people == report.created["people"]
        assert counts.partners - before[0].partners == report.created["partners"]


def test_mutated_csv_files(tmp_path: Path) -> None:
    originals = {name: (DATA / name).read_bytes() for name in CSV_FILES}
    store = Store.open(tmp_path / "fuzz.partnerdesk", tmp_path / "backups")

    @FUZZ_SETTINGS
    @given(mutated(originals), st.booleans())
    def run(case: tuple[str, bytes], dry_run: bool) -> None:
        check_one(store, tmp_path / case[0], case[1], dry_run, import_csv)

    try:
        with hang_guard():
            run()
    finally:
        store.close()


def test_mutated_vcard_files(tmp_path: Path) -> None:
    originals = {name: (DATA / name).read_bytes() for name in VCARD_FILES}
    store = Store.open(tmp_path / "fuzz.partnerdesk", tmp_path / "backups")

    @FUZZ_SETTINGS
    @given(mutated(originals), st.booleans())
    def run(case: tuple[str, bytes], dry_run: bool) -> None:
        check_one(store, tmp_path / case[0], case[1], dry_run, import_vcards)

    try:
        with hang_guard():
            run()
    finally:
        store.close()
