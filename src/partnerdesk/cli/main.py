"""Parses the command line and hands each command to its module; errors become exit codes."""

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from partnerdesk import __version__
from partnerdesk.cli import brief, export, import_command
from partnerdesk.cli.options import notebook_options
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.paths import AppPaths

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace, AppPaths], int]


def _run_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.cli import demo

    return demo.run(args, paths)


def _run_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.cli import maintenance

    return maintenance.check(args, paths)


def _run_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.cli import maintenance

    return maintenance.backup(args, paths)


def _run_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from partnerdesk.cli import maintenance

    return maintenance.restore(args, paths)


def _run_window(args: argparse.Namespace, paths: AppPaths) -> int:
    # No garbage collection while the window is built: start-up makes hundreds of thousands
    # of objects that live as long as the window, and collecting among them as they come
    # costs a tenth of the start. `app.run` freezes them and collects again once painted.
    gc.disable()
    # The store (and SQLAlchemy with it) before Qt: PySide6 reads the source of every module
    # imported after it, looking for its `__feature__` switches (PYSIDE-2029); the store's
    # modules need no such look, and start-up is shorter without it.
    import partnerdesk.store.store  # noqa: F401
    from partnerdesk import app

    return app.run(paths, sys.argv[:1])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerdesk",
        description="PartnerDesk, an offline relationship notebook. "
        "Without a command it opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"PartnerDesk {__version__}")
    notebook_options(parser, suppress=False)
    parser.set_defaults(command=_run_window)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a realistic sample notebook")
    notebook_options(demo, suppress=True)
    demo.add_argument("--partners", type=int, default=200, metavar="N", help="default: 200")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="default: 1")
    demo.set_defaults(command=_run_demo)

    check = commands.add_parser("check", help="check a notebook's integrity")
    notebook_options(check, suppress=True)
    check.add_argument(
        "--rebuild-search",
        action="store_true",
        help="rebuild the search index from the records before checking",
    )
    check.set_defaults(command=_run_check)

    backup = commands.add_parser("backup", help="write a checked backup of a notebook")
    notebook_options(backup, suppress=True)
    backup.add_argument("-o", "--output", type=Path, metavar="PATH", help="where to write it")
    backup.set_defaults(command=_run_backup)

    restore = commands.add_parser(
        "restore", help="replace a notebook with a backup (the notebook is backed up first)"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file")
    notebook_options(restore, suppress=True)
    restore.set_defaults(command=_run_restore)

    brief.add_parser(commands)
    export.add_parser(commands)
    import_command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command and returns its exit status: 0 done, 1 a user-facing error, 2 usage."""
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = AppPaths(data_dir=getattr(args, "data_dir", None), database=getattr(args, "db", None))
    command: Command = args.command
    try:
        return command(args, paths)
    except PartnerDeskError as error:
        print(f"partnerdesk: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("partnerdesk: interrupted", file=sys.stderr)
        return 130


def main_gui() -> int:
    return main()
