"""Alembic environment: runs on the connection the notebook opener hands over."""

from typing import Any

from alembic import context

from partnerdesk.store.schema import Base
from partnerdesk.store.search_schema import is_search_object


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Leaves the full-text index (FTS5 and its shadow tables) out of schema comparisons."""
    return not (type_ == "table" and name is not None and is_search_object(name))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
