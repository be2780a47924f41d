"""Indexes for the partner list, the calendar, the agenda and Today over large notebooks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

`deleted_at` sits after the long text columns, so checking it read whole rows; with it
in the index, date-range queries over all partners read the index alone. The partner
list sorts names without regard to case, so its index must be built the same way.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.drop_index("ix_partners_name_nocase", table_name="partners")
    op.create_index("ix_partners_name_nocase", "partners", [sa.text("name COLLATE NOCASE"), "id"])
    op.create_index("ix_meetings_starts", "meetings", ["starts_at", "partner_id", "deleted_at"])
    op.drop_index("ix_meetings_partner_starts", table_name="meetings")
    op.create_index(
        "ix_meetings_partner_starts", "meetings", ["partner_id", "starts_at", "deleted_at"]
    )
    op.drop_index("ix_commitments_status_due", table_name="commitments")
    op.create_index(
        "ix_commitments_status_due",
        "commitments",
        ["status", "due_on", "direction", "partner_id", "deleted_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_commitments_status_due", table_name="commitments")
    op.create_index("ix_commitments_status_due", "commitments", ["status", "due_on"])
    op.drop_index("ix_meetings_partner_starts", table_name="meetings")
    op.create_index("ix_meetings_partner_starts", "meetings", ["partner_id", "starts_at"])
    op.drop_index("ix_meetings_starts", table_name="meetings")
    op.drop_index("ix_partners_name_nocase", table_name="partners")
    op.create_index("ix_partners_name_nocase", "partners", ["name", "id"])
