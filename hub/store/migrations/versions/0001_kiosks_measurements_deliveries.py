"""The first schema: enrolled kiosks, enrolment codes, accepted measurements and their deliveries.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosks",
        sa.Column("device_id", sa.String(40), primary_key=True),
        sa.Column("gym", sa.String(64), nullable=False),
        sa.Column("machine", sa.String(100), nullable=False),
        sa.Column("station", sa.String(20), nullable=False),
        sa.Column("credential_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("enrolled_ms", sa.BigInteger, nullable=False),
        sa.Column("revoked_ms", sa.BigInteger),
    )
    op.create_table(
        "enrolment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("gym", sa.String(64), nullable=False),
        sa.Column("machine", sa.String(100), nullable=False),
        sa.Column("station", sa.String(20), nullable=False),
        sa.Column("created_ms", sa.BigInteger, nullable=False),
        sa.Column("expires_ms", sa.BigInteger, nullable=False),
        sa.Column("used_ms", sa.BigInteger),
        sa.Column("device_id", sa.String(40)),
    )
    op.create_table(
        "measurements",
        sa.Column("unique_id", sa.String(200), primary_key=True),
        sa.Column("device_id", sa.String(40), nullable=False),
        sa.Column("gym", sa.String(64), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("member", sa.Text, nullable=False),
        sa.Column("accepted_ms", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_measurements_device_accepted", "measurements", ["device_id", "accepted_ms"])
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("unique_id", sa.String(200), sa.ForeignKey("measurements.unique_id"), nullable=False),
        sa.Column("destination", sa.String(40), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_try_ms", sa.BigInteger, nullable=False),
        sa.Column("claimed_by", sa.String(80)),
        sa.Column("claimed_until_ms", sa.BigInteger),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("updated_ms", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("unique_id", "destination", name="uq_deliveries_measurement_destination"),
    )
    op.create_index("ix_deliveries_due", "deliveries", ["state", "next_try_ms"])


def downgrade() -> None:
    op.drop_table("deliveries")
    op.drop_table("measurements")
    op.drop_table("enrolment_codes")
    op.drop_table("kiosks")
