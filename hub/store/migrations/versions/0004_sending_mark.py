"""A delivery's "sending" mark: when the hub sent it to a platform without an idempotency key.

Set just before such a send and cleared with the outcome, so that a delivery whose hub process
died mid-send is asked about (read back) before it is ever sent again.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as table:
        table.add_column(sa.Column("sending_since_ms", sa.BigInteger, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as table:
        table.drop_column("sending_since_ms")
