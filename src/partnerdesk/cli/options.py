"""Options every command shares: which notebook to work on."""

import argparse
from pathlib import Path


def notebook_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """`--data-dir DIR` or `--db FILE`; `suppress` leaves the top-level values alone."""
    default = argparse.SUPPRESS if suppress else None
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        metavar="DIR",
        help="keep the notebook and its backups in DIR (or set PARTNERDESK_HOME)",
    )
    where.add_argument(
        "--db", type=Path, default=default, metavar="FILE", help="open the notebook FILE"
    )
