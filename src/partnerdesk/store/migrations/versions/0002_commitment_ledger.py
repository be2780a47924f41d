"""The commitment ledger: a dated history of each commitment, backfilled from what is known.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Each commitment gets a `created` fact on its creation day with its due date, and a
`done` or `dropped` fact when it is closed, so the track record of old notebooks is kept.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    events = op.create_table(
        "commitment_events",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "rescheduled",
                "done",
                "dropped",
                "reopened",
                name="commitmenteventkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_commitment_events_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_commitment_events_uuid")),
    )
    with op.batch_alter_table("commitment_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_events_commitment_id"), ["commitment_id"], unique=False
        )

    connection = op.get_bind()
    commitments = connection.execute(
        sa.text("SELECT id, created_at, due_on, status, done_on, updated_at FROM commitments")
    ).fetchall()
    rows = []
    for commitment_id, created_at, due_on, status, done_on, updated_at in commitments:
        created_on = str(created_at)[:10]
        rows.append(_event(commitment_id, "created", created_on, due_on, created_at))
        if status == "done":
            rows.append(
                _event(commitment_id, "done", done_on or str(updated_at)[:10], due_on, updated_at)
            )
        elif status == "dropped":
            rows.append(_event(commitment_id, "dropped", str(updated_at)[:10], due_on, updated_at))
    if rows:
        op.bulk_insert(events, rows)


def _event(
    commitment_id: int, kind: str, occurred_on: object, due_on: object, stamp: object
) -> dict[str, object]:
    from datetime import date, datetime

    def as_date(value: object) -> date | None:
        return None if value is None else date.fromisoformat(str(value)[:10])

    moment = datetime.fromisoformat(str(stamp))
    return {
        "uuid": str(uuid.uuid4()),
        "commitment_id": commitment_id,
        "kind": kind,
        "occurred_on": as_date(occurred_on),
        "due_on": as_date(due_on),
        "created_at": moment,
        "updated_at": moment,
    }


def downgrade() -> None:
    with op.batch_alter_table("commitment_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_events_commitment_id"))
    op.drop_table("commitment_events")
