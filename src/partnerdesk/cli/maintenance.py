"""`partnerdesk check` and `partnerdesk backup`: looking after a notebook file."""

import argparse
from pathlib import Path

from partnerdesk.domain.errors import NotebookCorrupt, PartnerDeskError
from partnerdesk.paths import AppPaths
from partnerdesk.store.backup import backup_name, make_backup
from partnerdesk.store.store import Store


def check(args: argparse.Namespace, paths: AppPaths) -> int:
    """Exit 0 when the notebook passes SQLite's integrity and foreign-key checks.

    The search index is checked against the records too; `--rebuild-search` rebuilds it
    from them first.
    """
    store = Store.open(paths.database, paths.backups_dir, create=False)
    try:
        if getattr(args, "rebuild_search", False):
            store.search.rebuild()
        problems = store.database.integrity_problems()
        problems += store.search.integrity_problems()
        counts = store.counts()
    finally:
        store.close()
    if problems:
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise NotebookCorrupt(f"{paths.database} has problems: {shown}{more}")
    print(
        f"{paths.database}: sound ({counts.partners:,} partners, {counts.meetings:,} meetings, "
        f"{counts.commitments:,} commitments)."
    )
    return 0


def backup(args: argparse.Namespace, paths: AppPaths) -> int:
    """Writes a checked copy of the notebook; by default into the backups folder."""
    store = Store.open(paths.database, paths.backups_dir, create=False)
    store.close()
    output: Path | None = args.output
    if output is None:
        output = paths.backups_dir / backup_name(paths.database, "manual")
    elif output.is_dir():
        output = output / backup_name(paths.database, "manual")
    elif output.exists():
        raise PartnerDeskError(f"{output} already exists; choose a new file for the backup.")
    make_backup(paths.database, output)
    print(f"Backed up {paths.database} to {output}.")
    return 0
