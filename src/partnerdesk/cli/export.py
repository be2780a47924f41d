"""`partnerdesk export FORMAT --db FILE -o PATH`: the notebook in an open format."""

import argparse
import time
from pathlib import Path

from partnerdesk.cli.options import notebook_options
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.paths import AppPaths

# Every format the command line promises (DESIGN §4); only these are built so far.
FORMATS = ("json", "csv", "vcard", "ics", "markdown")
AVAILABLE = frozenset({"ics"})


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Adds `export` to the command line's subcommands."""
    export = commands.add_parser("export", help="write the notebook in an open format")
    export.add_argument("format", choices=FORMATS, metavar="FORMAT", help=", ".join(FORMATS))
    notebook_options(export, suppress=True)
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="the file to write"
    )
    export.add_argument(
        "--todos",
        action="store_true",
        help="ics: commitments as to-dos instead of all-day events",
    )
    export.set_defaults(command=run)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Writes the export; a format not built yet is a user-facing error (exit 1)."""
    if args.format not in AVAILABLE:
        raise PartnerDeskError(f"Export to {args.format} is not available yet.")
    # Imported here: the interchange libraries load only when an export runs.
    from partnerdesk.interchange.ics import export_ics
    from partnerdesk.store.store import Store

    output: Path = args.output
    started = time.perf_counter()
    store = Store.open(paths.database, paths.backups_dir, create=False)
    try:
        count = export_ics(store, output, commitments_as_todos=args.todos)
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    print(
        f"Exported {count:,} calendar entries from {paths.database} to {output} in {elapsed:.1f} s."
    )
    return 0
