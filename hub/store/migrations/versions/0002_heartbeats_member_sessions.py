"""Kiosks' last heartbeat (for the fleet page) and members' hub-side login sessions.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        batch.add_column(sa.Column("heartbeat", sa.Text))
        batch.add_column(sa.Column("heartbeat_ms", sa.BigInteger))
    op.create_table(
        "member_sessions",
        sa.Column("handle_hash", sa.String(64), primary_key=True),
        sa.Column("gym", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(40), nullable=False),
        sa.Column("sessions", sa.Text, nullable=False),
        sa.Column("expires_ms", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_member_sessions_expires_ms", "member_sessions", ["expires_ms"])


def downgrade() -> None:
    op.drop_table("member_sessions")
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_column("heartbeat_ms")
        batch.drop_column("heartbeat")
