"""The columns the partner list reads, as light Core tables that need no ORM schema loaded.

The window's first frame waits for the list's first page, and loading the ORM classes
(`store.schema`) takes longer than reading the page. These name only what the list's
statements use, with the schema's column types; a test holds them to `store.schema`.
"""

from sqlalchemy import Date, Integer, String, TableClause, column, table

from partnerdesk.store.types import UTCDateTime

PARTNERS: TableClause = table(
    "partners",
    column("id", Integer),
    column("name", String),
    column("kind", String),
    column("stage", String),
    column("city", String),
    column("sector", String),
    column("deleted_at", UTCDateTime()),
)
MEETINGS: TableClause = table(
    "meetings",
    column("partner_id", Integer),
    column("starts_at", UTCDateTime()),
    column("deleted_at", UTCDateTime()),
)
COMMITMENTS: TableClause = table(
    "commitments",
    column("partner_id", Integer),
    column("status", String),
    column("due_on", Date),
    column("deleted_at", UTCDateTime()),
)
PARTNER_TAGS: TableClause = table(
    "partner_tags",
    column("partner_id", Integer),
    column("tag_id", Integer),
)
TAGS: TableClause = table(
    "tags",
    column("id", Integer),
    column("name", String),
)
