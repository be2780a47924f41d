"""`partnerdesk brief PARTNER -o OUT.pdf` and `brief --week`: one-page briefs as PDF."""

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from partnerdesk.cli.options import notebook_options
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.paths import AppPaths

PAPER_SIZES = ("A4", "Letter")
EXIT_USAGE = 2


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Adds `brief` to the command line's subcommands."""
    brief = commands.add_parser(
        "brief",
        help="write a partner's one-page brief as PDF",
        description="Writes the one-page brief of PARTNER (exact name, unique name prefix, "
        "or id), or with --week one page for each partner met this week.",
    )
    brief.add_argument("partner", nargs="?", metavar="PARTNER", help="name, name prefix or id")
    brief.add_argument(
        "--week",
        action="store_true",
        help="one page for each partner met this week (Monday to Sunday), in one PDF",
    )
    notebook_options(brief, suppress=True)
    brief.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write"
    )
    brief.add_argument(
        "--page-size",
        type=_paper_size,
        metavar="A4|Letter",
        help="the paper (default: from the computer's locale)",
    )
    brief.set_defaults(command=run)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Writes the PDF; an unknown or ambiguous partner is a user-facing error (exit 1)."""
    if bool(args.partner) == bool(args.week):
        print("partnerdesk brief: name one PARTNER, or use --week", file=sys.stderr)
        return EXIT_USAGE
    # Imported here: Qt's GUI module, Jinja2 and the database load only when a brief is made.
    from partnerdesk.briefs.layout import PageSetup, PaperSize, default_page_size
    from partnerdesk.briefs.pdf import ensure_gui_application, write_briefs_pdf
    from partnerdesk.domain.agenda import week_of
    from partnerdesk.domain.brief import build_brief
    from partnerdesk.store.store import Store

    started = time.perf_counter()
    output: Path = args.output
    today = date.today()
    # Fonts need a QGuiApplication; the name keeps it alive until the PDF is written.
    _application = ensure_gui_application()
    store = Store.open(paths.database, paths.backups_dir, create=False)
    try:
        if args.week:
            monday, sunday = week_of(today)
            partner_ids = store.briefs.partners_met_between(monday, sunday)
            if not partner_ids:
                raise PartnerDeskError(
                    f"No partner was met this week ({monday.isoformat()} to "
                    f"{sunday.isoformat()}); no briefs written."
                )
        else:
            partner_ids = [store.partners.resolve(args.partner).id]
        contents = [build_brief(store.briefs.facts(pid), today) for pid in partner_ids]
    finally:
        store.close()
    paper = PaperSize(args.page_size) if args.page_size else default_page_size()
    write_briefs_pdf(contents, output, PageSetup(paper))
    elapsed = time.perf_counter() - started
    what = (
        f"the brief of {contents[0].header.name}"
        if len(contents) == 1 and not args.week
        else f"{len(contents)} briefs"
    )
    print(f"Wrote {what} to {output} in {elapsed:.1f} s.")
    return 0


def _paper_size(text: str) -> str:
    """A4 or Letter, in any case."""
    for size in PAPER_SIZES:
        if text.casefold() == size.casefold():
            return size
    raise argparse.ArgumentTypeError(f"choose A4 or Letter, not {text!r}")
