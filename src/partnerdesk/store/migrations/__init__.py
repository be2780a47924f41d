"""Alembic migrations of the notebook schema, shipped inside the package."""

# Every revision this version knows, oldest first; opening a notebook compares against
# this without importing Alembic, which is only loaded when a migration is due.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]
