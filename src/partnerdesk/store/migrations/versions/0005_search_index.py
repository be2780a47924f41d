"""Full-text search: an FTS5 index per kind of record, fed by triggers, filled from the rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

The statements are a frozen copy of `store/search_schema.py` as of this revision (a
migration must not change when the code does); a schema test checks a migrated notebook
and a newly created one hold the same index, views and triggers. The index is filled
('rebuild') from the live rows; on the 10,000-partner scale notebook this took 6 s and
made the file 81 MiB (56 %) larger, most of it the meetings' notes and their prefixes.
"""

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

# (table, indexed columns, extra condition on an indexed row, columns that condition reads)
INDEXED_TABLES: tuple[tuple[str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    ("partners", ("name", "summary"), "", ()),
    (
        "people",
        ("full_name", "title", "email", "role", "notes"),
        "{row}.partner_id IS NOT NULL",
        ("partner_id",),
    ),
    ("meetings", ("title", "notes"), "", ()),
    ("commitments", ("description",), "", ()),
    ("needs", ("description",), "", ()),
)
TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "2 3"


def _indexed_when(row: str, also: str) -> str:
    live = f"{row}.deleted_at IS NULL"
    return f"{live} AND {also.format(row=row)}" if also else live


def _create_statements(
    table: str, columns: tuple[str, ...], also: str, also_columns: tuple[str, ...]
) -> list[str]:
    fts, view = f"search_{table}", f"search_{table}_live"
    names = ", ".join(columns)
    new_values = ", ".join(f"new.{column}" for column in columns)
    old_values = ", ".join(f"old.{column}" for column in columns)
    text_changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in columns)
    watched = ", ".join(("id", *columns, "deleted_at", *also_columns))
    was, now = _indexed_when("old", also), _indexed_when("new", also)
    return [
        f"CREATE VIEW {view} AS SELECT id, {names} FROM {table} WHERE {_indexed_when(table, also)}",
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


def upgrade() -> None:
    for table, columns, also, also_columns in INDEXED_TABLES:
        for statement in _create_statements(table, columns, also, also_columns):
            op.execute(statement)
        op.execute(f"INSERT INTO search_{table} (search_{table}) VALUES ('rebuild')")


def downgrade() -> None:
    for table, *_rest in reversed(INDEXED_TABLES):
        fts = f"search_{table}"
        for trigger in ("update", "delete", "insert"):
            op.execute(f"DROP TRIGGER {fts}_{trigger}")
        op.execute(f"DROP TABLE {fts}")
        op.execute(f"DROP VIEW {fts}_live")
