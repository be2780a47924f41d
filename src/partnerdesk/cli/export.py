"""`partnerdesk export FORMAT --db FILE -o PATH`: the notebook in an open format."""

import argparse
import sys
import time
from functools import partial
from pathlib import Path

from partnerdesk.cli.options import notebook_options
from partnerdesk.paths import AppPaths

# Every format the command line promises (DESIGN §4); `interchange.formats` knows them.
FORMATS = ("json", "csv", "vcard", "ics", "markdown")


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Adds `export` to the command line's subcommands."""
    export = commands.add_parser("export", help="write the notebook in an open format")
    export.add_argument("format", choices=FORMATS, metavar="FORMAT", help=", ".join(FORMATS))
    notebook_options(export, suppress=True)
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PATH",
        help="the file to write (csv and markdown: a new or empty folder)",
    )
    export.add_argument(
        "--todos",
        action="store_true",
        help="ics: commitments as to-dos instead of all-day events",
    )
    export.set_defaults(command=run)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Writes the export; prints what it wrote and how long it took."""
    # Imported here: the interchange libraries load only when an export runs.
    from partnerdesk.interchange.formats import exporter
    from partnerdesk.store.store import Store

    if args.todos and args.format != "ics":
        print("partnerdesk export: --todos is for the ics format only", file=sys.stderr)
        return 2
    export = exporter(args.format)
    if args.todos:
        from partnerdesk.interchange.ics import export_calendar

        export = partial(export_calendar, commitments_as_todos=True)
    output: Path = args.output
    started = time.perf_counter()
    store = Store.open(paths.database, paths.backups_dir, create=False)
    try:
        report = export(store, output, progress=show_progress("Exporting"))
    finally:
        store.close()
    end_progress()
    elapsed = time.perf_counter() - started
    counts = ", ".join(f"{count:,} {kind}" for kind, count in report.counts.items()) or "nothing"
    print(f"Exported {counts} from {paths.database} to {output} in {elapsed:.1f} s.")
    return 0


def show_progress(doing: str) -> "partial[None]":
    """A progress callback that shows a percentage on a terminal, and nothing elsewhere."""
    return partial(_progress, doing)


def end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _progress(doing: str, done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{doing}… {100 * done // total}%", end="", file=sys.stderr, flush=True)
