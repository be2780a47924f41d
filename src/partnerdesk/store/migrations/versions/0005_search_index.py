"""Full-text search: an FTS5 index per kind of record, fed by triggers, filled from the rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

The statements are a frozen copy of `store/search_schema.py` as of this revision (a
migration must not change when the code does); a schema test checks a migrated notebook
and a newly created one hold the same index, views and triggers. The index is filled
('rebuild') from the live rows; on the 10,000-partner scale notebook this takes a few
seconds and adds about a third to the file.
"""

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

INDEXED_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("partners", ("name", "summary")),
    ("people", ("full_name", "title", "email", "role", "notes")),
    ("meetings", ("title", "notes")),
    ("commitments", ("description",)),
    ("needs", ("description",)),
)
TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "2 3"


def _create_statements(table: str, columns: tuple[str, ...]) -> list[str]:
    fts, view = f"search_{table}", f"search_{table}_live"
    names = ", ".join(columns)
    new_values = ", ".join(f"new.{column}" for column in columns)
    old_values = ", ".join(f"old.{column}" for column in columns)
    text_changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in columns)
    return [
        f"CREATE VIEW {view} AS SELECT id, {names} FROM {table} WHERE deleted_at IS NULL",
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{view}', "
        f"content_rowid='id', tokenize='{TOKENIZER}', prefix='{PREFIXES}')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} "
        f"WHEN new.deleted_at IS NULL BEGIN "
        f"INSERT INTO {fts} (rowid, {names}) VALUES (new.id, {new_values}); END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} "
        f"WHEN old.deleted_at IS NULL BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {names}) VALUES ('delete', old.id, {old_values}); END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF id, {names}, deleted_at ON {table} "
        f"WHEN old.id IS NOT new.id OR {text_changed} "
        f"OR (old.deleted_at IS NULL) IS NOT (new.deleted_at IS NULL) BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {names}) "
        f"SELECT 'delete', old.id, {old_values} WHERE old.deleted_at IS NULL; "
        f"INSERT INTO {fts} (rowid, {names}) "
        f"SELECT new.id, {new_values} WHERE new.deleted_at IS NULL; END",
    ]


def upgrade() -> None:
    for table, columns in INDEXED_TABLES:
        for statement in _create_statements(table, columns):
            op.execute(statement)
        op.execute(f"INSERT INTO search_{table} (search_{table}) VALUES ('rebuild')")


def downgrade() -> None:
    for table, _columns in reversed(INDEXED_TABLES):
        fts = f"search_{table}"
        for trigger in ("update", "delete", "insert"):
            op.execute(f"DROP TRIGGER {fts}_{trigger}")
        op.execute(f"DROP TABLE {fts}")
        op.execute(f"DROP VIEW {fts}_live")
