"""`partnerdesk import FORMAT PATH --db FILE [--dry-run]`: all or nothing, after a backup."""

import argparse
import time
from pathlib import Path

from partnerdesk.cli.export import end_progress, show_progress
from partnerdesk.cli.options import notebook_options
from partnerdesk.paths import AppPaths

FORMATS = ("json", "csv", "vcard")


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Adds `import` to the command line's subcommands."""
    command = commands.add_parser(
        "import", help="bring in records from an open format (all or nothing)"
    )
    command.add_argument("format", choices=FORMATS, metavar="FORMAT", help=", ".join(FORMATS))
    command.add_argument("path", type=Path, metavar="PATH", help="the file to import")
    notebook_options(command, suppress=True)
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="say what the import would create and update, and change nothing",
    )
    command.set_defaults(command=run)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Imports the file, or (dry run) says what it would do; prints the summary and time.

    A notebook that does not exist yet is created for a real import, and removed again
    if the import fails; a dry run needs an existing notebook.
    """
    from partnerdesk.interchange.formats import importer
    from partnerdesk.store.store import Store

    load = importer(args.format)
    dry_run: bool = args.dry_run
    new_notebook = not dry_run and not paths.database.exists()
    if new_notebook:
        paths.ensure_data_dir()
    started = time.perf_counter()
    store = Store.open(paths.database, paths.backups_dir, create=new_notebook)
    try:
        report = load(store, args.path, dry_run=dry_run, progress=show_progress("Importing"))
    except BaseException:
        store.close()
        end_progress()
        if new_notebook:
            for suffix in ("", "-wal", "-shm"):
                paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
        raise
    store.close()
    end_progress()
    elapsed = time.perf_counter() - started
    print(report.summary())
    for note in report.notes:
        print(f"  {note}")
    if dry_run:
        print(f"Checked {args.path} in {elapsed:.1f} s; nothing was changed (dry run).")
    else:
        print(f"Imported {args.path} into {paths.database} in {elapsed:.1f} s.")
    return 0
