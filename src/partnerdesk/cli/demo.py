"""`partnerdesk demo`: writes a sample notebook into a new file."""

import argparse
import sys
import time
from datetime import date

from partnerdesk.domain.errors import PartnerDeskError, ValidationError
from partnerdesk.paths import AppPaths
from partnerdesk.store.store import Store


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.demo import generate

    if args.partners < 1:
        raise ValidationError("--partners must be at least 1.")
    if paths.database.exists():
        raise PartnerDeskError(
            f"{paths.database} already exists; the demo writes only to a new file."
        )
    paths.ensure_data_dir()
    started = time.perf_counter()
    store = Store.open(paths.database, paths.backups_dir)
    try:
        counts = generate(store, args.partners, args.seed, date.today(), _progress)
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
        raise
    store.close()
    elapsed = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Wrote {counts.partners:,} partners, {counts.people:,} people, "
        f"{counts.meetings:,} meetings, {counts.commitments:,} commitments, "
        f"{counts.needs:,} needs, {counts.initiatives:,} initiatives and {counts.offers:,} "
        f"offers to {paths.database} in {elapsed:.1f} s."
    )
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\rGenerating… {100 * done // total}%", end="", file=sys.stderr, flush=True)
