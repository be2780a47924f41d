"""Loading many rows at once, for generated and imported notebooks."""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import insert

from partnerdesk.store.database import Database
from partnerdesk.store.schema import Base
from partnerdesk.store.search_schema import indexing_deferred

BATCH_ROWS = 5000


def bulk_load(
    database: Database, batches: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]
) -> int:
    """Inserts every batch of rows (table name, rows keyed by column) in one transaction.

    All or nothing: if any row is refused, none is stored. Column defaults (uuid,
    timestamps) fill what a row leaves out. The search index takes the new rows in one
    go at the end. Returns the number of rows written.
    """
    tables = Base.metadata.tables
    written = 0
    with database.engine.begin() as connection, indexing_deferred(connection):
        for table_name, rows in batches:
            if table_name not in tables:
                raise KeyError(f"no table {table_name!r} in the notebook")
            statement = insert(tables[table_name])
            for start in range(0, len(rows), BATCH_ROWS):
                chunk = rows[start : start + BATCH_ROWS]
                connection.execute(statement, list(chunk))
                written += len(chunk)
    return written
