"""Account linking: the QR code's single-use link sessions and members' linked accounts.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_sessions",
        sa.Column("link_id", sa.String(40), primary_key=True),
        sa.Column("state_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("gym", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(40), nullable=False),
        sa.Column("platform", sa.String(40), nullable=False),
        sa.Column("secrets", sa.Text, nullable=False),
        sa.Column("match_code", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("created_ms", sa.BigInteger, nullable=False),
        sa.Column("expires_ms", sa.BigInteger, nullable=False),
        sa.Column("updated_ms", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_link_sessions_expires_ms", "link_sessions", ["expires_ms"])
    op.create_table(
        "linked_accounts",
        sa.Column("gym", sa.String(64), primary_key=True),
        sa.Column("member_hash", sa.String(64), primary_key=True),
        sa.Column("platform", sa.String(40), primary_key=True),
        sa.Column("tokens", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("expires_ms", sa.BigInteger),
        sa.Column("updated_ms", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("linked_accounts")
    op.drop_table("link_sessions")
