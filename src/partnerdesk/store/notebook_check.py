"""Read-only looks at a notebook file: is it sound, and how much does it hold."""

import sqlite3
from contextlib import closing
from pathlib import Path

from partnerdesk.domain.backups import NotebookHealth
from partnerdesk.domain.counts import Counts
from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.store.database import inspect_notebook

# Counted as the store counts them: what is not in the Trash.
COUNTED_TABLES = ("partners", "people", "meetings", "commitments", "needs", "offers", "initiatives")
MAX_PROBLEMS = 20


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (the file must exist)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def quick_problem(path: Path) -> str:
    """An empty string when `path` is a notebook this version opens and SQLite's quick_check
    passes; otherwise what is wrong with it, in words. Never changes the file.

    quick_check reads every page, so it takes about a second per 100 MB: run it off the
    GUI thread.
    """
    try:
        inspect_notebook(path)
    except PartnerDeskError as error:
        return error.message
    try:
        with closing(connect_read_only(path)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        return f"{path.name} is damaged ({error})."
    results = [str(row[0]) for row in rows]
    if results == ["ok"]:
        return ""
    return f"{path.name} is damaged ({_first_lines(results)})."


def examine(path: Path) -> NotebookHealth:
    """SQLite's full integrity check, the foreign-key check and the counts, read-only.

    Raises the `NotebookError` that opening would raise for a file PartnerDesk refuses.
    """
    inspect_notebook(path)
    integrity: list[str] = []
    broken_links: list[str] = []
    try:
        with closing(connect_read_only(path)) as connection:
            results = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            if results != ["ok"]:
                integrity.extend(results[:MAX_PROBLEMS])
            rows = connection.execute("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _fkid in rows[:MAX_PROBLEMS]:
                broken_links.append(f"{table} row {rowid} points to a missing {parent} row")
            if len(rows) > MAX_PROBLEMS:
                broken_links.append(f"and {len(rows) - MAX_PROBLEMS} more broken links")
    except sqlite3.Error as error:
        integrity.append(str(error))
    return NotebookHealth(tuple(integrity), tuple(broken_links), read_counts(path))


def read_counts(path: Path, tables: tuple[str, ...] = COUNTED_TABLES) -> Counts | None:
    """One COUNT per table (an index serves each), or None if the file cannot be read."""
    counts: dict[str, int] = {}
    try:
        with closing(connect_read_only(path)) as connection:
            for table in tables:
                counts[table] = _count(connection, table)
    except sqlite3.Error:
        return None
    return Counts(**counts)


def _count(connection: sqlite3.Connection, table: str) -> int:
    try:
        row = connection.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
    except sqlite3.OperationalError:  # an early notebook without the Trash on this table
        row = connection.execute(f"SELECT count(*) FROM {table}")
    return int(row.fetchone()[0])


def _first_lines(results: list[str]) -> str:
    lines = [line.strip() for result in results for line in result.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("***")]
    return "; ".join(lines[:3]) or "quick_check failed"
