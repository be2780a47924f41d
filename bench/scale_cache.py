"""The scale notebook, built once by `partnerdesk demo` and kept in `bench/cache/`.

A cached notebook is reused while PartnerDesk's version and schema head are the ones it
was built with; otherwise (or when missing) it is built again, and that build is the
"generate the scale notebook" figure. Its time and date are kept beside it, so a run on
a warm cache can still print the figure, with the date it was measured.
"""

import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / "cache"
SEED = 1


@dataclass(frozen=True)
class Build:
    """What the cache holds and how long making it took."""

    app_version: str
    schema_head: str
    partners: int
    seed: int
    seconds: float
    built_at: str  # ISO 8601, local time
    machine: str


def machine() -> str:
    return f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"


def current_versions() -> tuple[str, str]:
    """PartnerDesk's version and the schema head, read without importing Alembic."""
    from partnerdesk import __version__
    from partnerdesk.store.migrations import HEAD_REVISION

    return __version__, HEAD_REVISION


def notebook_path(partners: int, cache_dir: Path = CACHE_DIR) -> Path:
    return cache_dir / f"demo-{partners}.partnerdesk"


def cached_build(partners: int, cache_dir: Path = CACHE_DIR) -> Build | None:
    """The cached notebook's build, if it is there and current."""
    notebook = notebook_path(partners, cache_dir)
    meta = notebook.with_suffix(".json")
    if not notebook.exists() or not meta.exists():
        return None
    try:
        build = Build(**json.loads(meta.read_text()))
    except (ValueError, TypeError):
        return None
    version, head = current_versions()
    if (build.app_version, build.schema_head, build.partners, build.seed) != (
        version,
        head,
        partners,
        SEED,
    ):
        return None
    return build


def ensure_notebook(partners: int, cache_dir: Path = CACHE_DIR) -> tuple[Path, Build, bool]:
    """The cached notebook of `partners` partners, built now if needed.

    Returns its path, its build and whether it was built in this run.
    """
    build = cached_build(partners, cache_dir)
    notebook = notebook_path(partners, cache_dir)
    if build is not None:
        return notebook, build, False
    cache_dir.mkdir(parents=True, exist_ok=True)
    scratch = cache_dir / f"building-{partners}.partnerdesk"
    for stale in (notebook, notebook.with_suffix(".json"), scratch):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{stale}{suffix}").unlink(missing_ok=True)
    home = cache_dir / "home"
    env = dict(os.environ, PARTNERDESK_HOME=str(home))
    command = [
        str(Path(sys.executable).with_name("partnerdesk")),
        "demo",
        "--db",
        str(scratch),
        "--partners",
        str(partners),
        "--seed",
        str(SEED),
    ]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    _checkpoint(scratch)
    scratch.rename(notebook)
    shutil.rmtree(home, ignore_errors=True)
    version, head = current_versions()
    build = Build(
        app_version=version,
        schema_head=head,
        partners=partners,
        seed=SEED,
        seconds=seconds,
        built_at=datetime.now().astimezone().isoformat(timespec="minutes"),
        machine=machine(),
    )
    notebook.with_suffix(".json").write_text(json.dumps(asdict(build), indent=2) + "\n")
    return notebook, build, True


def copy_notebook(source: Path, target: Path) -> Path:
    """A private copy to open and write to; the cached notebook is never opened by the app."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o600)
    return target


def backup_seconds(source: Path, target: Path) -> float:
    """Writing the same notebook through SQLite's backup API: the I/O floor of a build."""
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    seconds = time.perf_counter() - started
    target.unlink(missing_ok=True)
    return seconds


def _checkpoint(notebook: Path) -> None:
    """Folds the write-ahead log into the file, so that copies of it are whole."""
    connection = sqlite3.connect(notebook)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
