"""The full-text search index: FTS5 tables, their content views and the triggers that feed them.

Design. One external-content FTS5 table per kind of record (`search_partners`,
`search_people`, `search_meetings`, `search_commitments`, `search_needs`), each with the
record's own id as its rowid, rather than one table keyed by (kind, id):

- the rowid *is* the record id, so joining a hit to its row (for the partner's name, a
  meeting's date) is a primary-key lookup, and FTS5 can walk a doclist newest-first;
- each kind keeps its own columns, so bm25 weights a partner's name above its summary and
  a meeting's title above its notes, and a query can search one kind or leave one out
  without touching the others' index;
- external content stores no second copy of the text: snippets and highlights read the
  text from the tables themselves. (One shared table would need an invented rowid, and its
  content view, a UNION of five tables, could not be searched by rowid.)

The content of each FTS5 table is a view of the *live* rows (`deleted_at IS NULL`; for
people, only those of a partner), and the triggers keep exactly those indexed: a row is
indexed when it is inserted live, taken out when it goes to the Trash or is purged, and
put back when it is restored. So Trash
never shows in a search, FTS5's 'rebuild' re-reads the same live rows, and its
'integrity-check' compares the index against the very rows it should hold. An update that
changes no indexed text (a status, a date) does not touch the index.

The tokenizer folds case and diacritics ("jose" finds "José"), and prefix indexes for two,
three and four characters keep prefix queries on short prefixes fast while typing.

Migration 0005 creates these objects with a frozen copy of these statements (0006 makes
the FTS5 tables again with the four-character prefix); a schema test checks that a
migrated notebook and a new one hold the same. A later migration that rebuilds one of the indexed
tables (Alembic's batch mode copies and renames it) must drop these objects first and
create them again afterwards, since SQLite drops a table's triggers with it and refuses
to rename a table while a view refers to a missing one.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection


@dataclass(frozen=True)
class IndexedTable:
    """One FTS5 table over the live rows of one table, and the columns it indexes.

    `also` narrows which live rows are indexed (written for a row named `{row}`), and
    `also_columns` are the columns it reads, so that changing them re-checks the row.
    """

    table: str
    columns: tuple[str, ...]
    also: str = ""
    also_columns: tuple[str, ...] = ()

    @property
    def fts(self) -> str:
        return f"search_{self.table}"

    @property
    def view(self) -> str:
        return f"search_{self.table}_live"

    def indexed_when(self, row: str) -> str:
        """The SQL condition under which `row` (new, old, or a table) is in the index."""
        live = f"{row}.deleted_at IS NULL"
        return f"{live} AND {self.also.format(row=row)}" if self.also else live


INDEXED_TABLES = (
    IndexedTable("partners", ("name", "summary")),
    # Our own people (no partner) have no workspace a search could open.
    IndexedTable(
        "people",
        ("full_name", "title", "email", "role", "notes"),
        also="{row}.partner_id IS NOT NULL",
        also_columns=("partner_id",),
    ),
    IndexedTable("meetings", ("title", "notes")),
    IndexedTable("commitments", ("description",)),
    IndexedTable("needs", ("description",)),
)

TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "2 3 4"


def create_statements(indexed: IndexedTable) -> list[str]:
    """The view, the FTS5 table and the three triggers of one indexed table."""
    table, fts, view, columns = indexed.table, indexed.fts, indexed.view, indexed.columns
    names = ", ".join(columns)
    new_values = ", ".join(f"new.{column}" for column in columns)
    old_values = ", ".join(f"old.{column}" for column in columns)
    text_changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in columns)
    watched = ", ".join(("id", *columns, "deleted_at", *indexed.also_columns))
    was, now = indexed.indexed_when("old"), indexed.indexed_when("new")
    return [
        f"CREATE VIEW {view} AS SELECT id, {names} FROM {table} "
        f"WHERE {indexed.indexed_when(table)}",
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{view}', "
        f"content_rowid='id', tokenize='{TOKENIZER}', prefix='{PREFIXES}')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} WHEN {now} BEGIN "
        f"INSERT INTO {fts} (rowid, {names}) VALUES (new.id, {new_values}); END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} WHEN {was} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {names}) VALUES ('delete', old.id, {old_values}); END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {watched} ON {table} "
        f"WHEN old.id IS NOT new.id OR {text_changed} OR ({was}) IS NOT ({now}) BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {names}) "
        f"SELECT 'delete', old.id, {old_values} WHERE {was}; "
        f"INSERT INTO {fts} (rowid, {names}) SELECT new.id, {new_values} WHERE {now}; END",
    ]


def drop_statements(indexed: IndexedTable) -> list[str]:
    fts = indexed.fts
    return [
        f"DROP TRIGGER IF EXISTS {fts}_update",
        f"DROP TRIGGER IF EXISTS {fts}_delete",
        f"DROP TRIGGER IF EXISTS {fts}_insert",
        f"DROP TABLE IF EXISTS {fts}",
        f"DROP VIEW IF EXISTS {indexed.view}",
    ]


def rebuild_statement(indexed: IndexedTable) -> str:
    """Re-reads every live row of the table into its index."""
    return f"INSERT INTO {indexed.fts} ({indexed.fts}) VALUES ('rebuild')"


@contextmanager
def indexing_deferred(connection: Connection) -> Iterator[None]:
    """Indexes the rows inserted inside the block all at once, when it ends.

    FTS5 writes out what it has gathered at the end of every statement, so a trigger fed
    one row per statement (as an executemany is) leaves thousands of tiny segments to
    merge: loading a 10,000-partner notebook took minutes. Inside the block the insert
    triggers are replaced by temporary ones that only note the new ids, and at the end
    one statement per table indexes those rows. Run it inside the transaction of the
    load: if the load fails, the triggers come back with the rollback.
    """
    # Python's sqlite3 opens a transaction only before a data-changing statement, so the
    # DDL below would be committed on its own, and a failed load would leave the notebook
    # without its triggers. Open the transaction first.
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN")
    for indexed in INDEXED_TABLES:
        fts = indexed.fts
        connection.exec_driver_sql(f"DROP TRIGGER {fts}_insert")
        connection.exec_driver_sql(f"CREATE TEMP TABLE {fts}_pending (id INTEGER PRIMARY KEY)")
        connection.exec_driver_sql(
            f"CREATE TEMP TRIGGER {fts}_pending_insert AFTER INSERT ON main.{indexed.table} "
            f"BEGIN INSERT OR IGNORE INTO {fts}_pending (id) VALUES (new.id); END"
        )
    yield
    for indexed in INDEXED_TABLES:
        fts, names = indexed.fts, ", ".join(indexed.columns)
        connection.exec_driver_sql(
            f"INSERT INTO {fts} (rowid, {names}) SELECT id, {names} FROM {indexed.view} "
            f"WHERE id IN (SELECT id FROM temp.{fts}_pending)"
        )
        connection.exec_driver_sql(f"DROP TRIGGER temp.{fts}_pending_insert")
        connection.exec_driver_sql(f"DROP TABLE temp.{fts}_pending")
        connection.exec_driver_sql(create_statements(indexed)[2])


def is_search_object(name: str) -> bool:
    """True for the index's tables (and FTS5's own shadow tables), views and triggers."""
    return name.startswith("search_")
