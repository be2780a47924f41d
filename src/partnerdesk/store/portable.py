"""Rows that travel between notebooks: every reference names the uuid it points to, not its id.

A *portable row* is a dict keyed by the table's column names, like the rows `bulk_load`
takes, except that it has no `id` and each foreign-key column holds the uuid of the row
it points to (or None). Ids mean something only inside one notebook; uuids travel.
`NotebookExport` reads a notebook as portable rows and `NotebookImport` writes them back.
"""

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

PortableRow = dict[str, Any]
PortableTables = Mapping[str, Sequence[Mapping[str, Any]]]

# Tables in an order that satisfies every foreign key when rows are written one table at
# a time (partners.owner_id, which points back at people, is written after the people).
TABLE_ORDER = (
    "tags",
    "partners",
    "people",
    "meetings",
    "initiatives",
    "offers",
    "needs",
    "commitments",
    "commitment_events",
    "partner_tags",
    "meeting_attendees",
    "initiative_members",
    "initiative_pairings",
    "settings",
    "follow_up_states",
)

# Tables whose rows are identified by a natural key; their uuid travels but does not match.
NATURAL_KEYS: Mapping[str, str] = {"tags": "name", "settings": "key", "follow_up_states": "key"}

# Link tables (no uuid of their own) and the column naming the row that owns each link:
# an imported owner gets exactly the links the import gives it.
LINK_OWNERS: Mapping[str, str] = {
    "partner_tags": "partner_id",
    "meeting_attendees": "meeting_id",
    "initiative_members": "initiative_id",
    "initiative_pairings": "initiative_id",
}

# Rows that belong to one parent: an imported parent keeps only the ones the import gives.
OWNED_BY: Mapping[str, str] = {"commitment_events": "commitment_id"}

# Follow-up keys name a record by id ("nudge:commitment:17:2", see domain/follow_ups.py);
# in a portable row the id is replaced by that record's uuid.
_FOLLOW_UP_KEY = re.compile(
    r"(?P<rule>[a-z_]+):(?P<entity>meeting|commitment|initiative):(?P<ref>[^:]+)(?P<rest>:.*)?",
    re.DOTALL,
)
FOLLOW_UP_TABLES: Mapping[str, str] = {
    "meeting": "meetings",
    "commitment": "commitments",
    "initiative": "initiatives",
}


def references(table: str) -> dict[str, str]:
    """The foreign-key columns of `table`, each with the table it points to."""
    from partnerdesk.store.schema import Base

    return {
        foreign_key.parent.name: foreign_key.column.table.name
        for foreign_key in Base.metadata.tables[table].foreign_keys
    }


def columns(table: str) -> list[str]:
    """The columns of `table` a portable row carries: all but the id."""
    from partnerdesk.store.schema import Base

    return [column.name for column in Base.metadata.tables[table].columns if column.name != "id"]


def split_follow_up_key(key: str) -> tuple[str, str, str, str] | None:
    """(rule, table, reference, rest) of a follow-up key, or None if it has another shape."""
    match = _FOLLOW_UP_KEY.fullmatch(key)
    if match is None:
        return None
    return (
        match["rule"],
        FOLLOW_UP_TABLES[match["entity"]],
        match["ref"],
        match["rest"] or "",
    )


def translate_follow_up_key(key: str, lookup: Callable[[str, str], object | None]) -> str | None:
    """The key with its reference replaced by `lookup(table, reference)`; None if it has none."""
    parts = split_follow_up_key(key)
    if parts is None:
        return None
    rule, table, reference, rest = parts
    found = lookup(table, reference)
    if found is None:
        return None
    entity = next(name for name, value in FOLLOW_UP_TABLES.items() if value == table)
    return f"{rule}:{entity}:{found}{rest}"
