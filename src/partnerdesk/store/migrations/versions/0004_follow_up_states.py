"""Follow-up states: which follow-ups the user marked done or snoozed, by key.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

Follow-ups themselves are computed from meetings, commitments and initiatives; only
what the user did with one is stored, under the follow-up's stable key.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "follow_up_states",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_states")),
        sa.UniqueConstraint("key", name=op.f("uq_follow_up_states_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_follow_up_states_uuid")),
    )


def downgrade() -> None:
    op.drop_table("follow_up_states")
