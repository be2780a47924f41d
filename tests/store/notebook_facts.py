"""What an upgrade must keep: every table's rows, and the notes, compared by checksum."""

import hashlib
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

INTERNAL_TABLES = ("alembic_version",)
# The search index is derived from the rows and may be made again by a migration; whether
# it matches them is what `integrity_problems` (FTS5's integrity-check) tells.
DERIVED_PREFIX = "search_"


@dataclass(frozen=True)
class NotebookFacts:
    revision: str
    integrity: str
    broken_links: int
    row_counts: Mapping[str, int]
    columns: Mapping[str, Sequence[str]]
    table_checksums: Mapping[str, str]
    notes_checksum: str

    def lost_by_upgrade(self, after: "NotebookFacts") -> list[str]:
        """What `after` (read with `read_facts(path, self.columns)`) no longer has of this."""
        problems = []
        for table, count in self.row_counts.items():
            if after.row_counts.get(table) != count:
                problems.append(f"{table}: {count} rows before, {after.row_counts.get(table)}")
            elif after.table_checksums.get(table) != self.table_checksums[table]:
                problems.append(f"{table}: the rows changed")
        if after.notes_checksum != self.notes_checksum:
            problems.append("the meeting notes changed")
        return problems


def read_facts(path: Path, columns: Mapping[str, Sequence[str]] | None = None) -> NotebookFacts:
    """Reads a notebook with SQLite alone (recovering it as SQLite would after a crash).

    Checksums cover `columns` of each table when given (to compare with an older
    revision's columns), else every column of every table.
    """
    connection = sqlite3.connect(path)
    try:
        integrity = "; ".join(str(row[0]) for row in connection.execute("PRAGMA integrity_check"))
        broken = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        tables = [
            table
            for table in tables
            if table not in INTERNAL_TABLES and not table.startswith(DERIVED_PREFIX)
        ]
        if columns is None:
            columns = {table: table_columns(connection, table) for table in tables}
        counts = {}
        checksums = {}
        for table in tables:
            counts[table] = int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            if table in columns:
                checksums[table] = table_checksum(connection, table, columns[table])
        revision = ""
        if "alembic_version" in table_names(connection):
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else ""
        notes = (
            table_checksum(connection, "meetings", ["id", "notes"]) if "meetings" in tables else ""
        )
    finally:
        connection.close()
    return NotebookFacts(
        revision=revision,
        integrity=integrity,
        broken_links=broken,
        row_counts=counts,
        columns=dict(columns),
        table_checksums=checksums,
        notes_checksum=notes,
    )


def table_names(connection: sqlite3.Connection) -> set[str]:
    return {
        str(row[0])
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }


def table_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')]


def table_checksum(connection: sqlite3.Connection, table: str, columns: Sequence[str]) -> str:
    """SHA-256 of the rows (in key order) over the given columns, with their types."""
    digest = hashlib.sha256()
    selected = ", ".join(f'"{column}"' for column in columns)
    ordered = ", ".join(f'"{column}"' for column in columns)  # any key is among them
    for row in connection.execute(f'SELECT {selected} FROM "{table}" ORDER BY {ordered}'):
        digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
