"""Runs PartnerDesk's reliability scenarios and prints one line for each.

    python tests/reliability/run.py [--short | --long] [--only NAME ...] [--runs N] [--keep]

Every `tests/reliability/scenario_*.py` module with `run(runs, workdir) -> (summary, ok)` is
a scenario: it loops over its failure points `runs` times (or a share of it, for slow ones),
in a folder of its own, and says in one line what survived. The long form (`make
reliability`) asks for 200 runs, the short form for 20. Exit status 1 if any scenario is
not ok; its folder is then kept for a look.
"""

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LONG_RUNS = 200
SHORT_RUNS = 20


def scenario_names() -> list[str]:
    """The scenarios found beside this file, by name (`kill_typing` for scenario_kill_typing)."""
    return sorted(path.stem.removeprefix("scenario_") for path in HERE.glob("scenario_*.py"))


def load(name: str):  # type: ignore[no-untyped-def]
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module(f"tests.reliability.scenario_{name}")


def run_one(name: str, runs: int, keep: bool) -> bool:
    workdir = Path(tempfile.mkdtemp(prefix=f"partnerdesk-reliability-{name}-"))
    started = time.monotonic()
    try:
        summary, ok = load(name).run(runs, workdir)
    except Exception as error:  # a scenario that breaks is a failed scenario, said in one line
        summary, ok = f"{name}: the scenario itself failed: {error!r}", False
    elapsed = time.monotonic() - started
    kept = ""
    if ok and not keep:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        kept = f", files in {workdir}"
    print(f"{'ok  ' if ok else 'FAIL'}  {summary}  [{elapsed:.0f} s{kept}]", flush=True)
    return ok


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--long", action="store_true", help=f"{LONG_RUNS} runs (the default)")
    size.add_argument("--short", action="store_true", help=f"{SHORT_RUNS} runs")
    parser.add_argument("--runs", type=int, help="this many runs instead")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="run only this scenario"
    )
    parser.add_argument("--keep", action="store_true", help="keep every scenario's files")
    args = parser.parse_args(argv)
    runs = args.runs or (SHORT_RUNS if args.short else LONG_RUNS)
    names = scenario_names()
    unknown = [name for name in args.only if name not in names]
    if unknown:
        parser.error(f"no scenario named {', '.join(unknown)}; there are: {', '.join(names)}")
    chosen = args.only or names
    started = time.monotonic()
    results = [run_one(name, runs, args.keep) for name in chosen]
    failed = results.count(False)
    verdict = "all ok" if not failed else f"{failed} not ok"
    print(
        f"{len(results)} scenarios at {runs} runs: {verdict}, "
        f"{time.monotonic() - started:.0f} s in all",
        flush=True,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
