"""The hub store's one schema (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Times are whole milliseconds since the epoch (BigInteger), so both engines compare them
alike. Secrets are never stored as given: device credentials and enrolment codes as
SHA-256 hashes (they are long random values, not passwords), members' platform tokens and
tapped credentials Fernet-encrypted. The migrations in ``hub/store/migrations`` build
exactly this; a test compares the two.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

kiosks = sa.Table(
    "kiosks", metadata,
    sa.Column("device_id", sa.String(40), primary_key=True),
    sa.Column("gym", sa.String(64), nullable=False),
    sa.Column("machine", sa.String(100), nullable=False),
    sa.Column("station", sa.String(20), nullable=False),
    sa.Column("credential_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("enrolled_ms", sa.BigInteger, nullable=False),
    sa.Column("revoked_ms", sa.BigInteger),
    sa.Column("heartbeat", sa.Text),  # the last heartbeat body, JSON
    sa.Column("heartbeat_ms", sa.BigInteger),
)

enrolment_codes = sa.Table(
    "enrolment_codes", metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("gym", sa.String(64), nullable=False),
    sa.Column("machine", sa.String(100), nullable=False),
    sa.Column("station", sa.String(20), nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
    sa.Column("expires_ms", sa.BigInteger, nullable=False),
    sa.Column("used_ms", sa.BigInteger),
    sa.Column("device_id", sa.String(40)),
)

member_sessions = sa.Table(
    "member_sessions", metadata,
    sa.Column("handle_hash", sa.String(64), primary_key=True),
    sa.Column("gym", sa.String(64), nullable=False),
    sa.Column("device_id", sa.String(40), nullable=False),
    sa.Column("sessions", sa.Text, nullable=False),  # Fernet token of the platform sessions' JSON
    sa.Column("expires_ms", sa.BigInteger, nullable=False, index=True),
)

link_sessions = sa.Table(
    "link_sessions", metadata,
    sa.Column("link_id", sa.String(40), primary_key=True),  # in the QR code; it only opens a page asking to confirm
    sa.Column("state_hash", sa.String(64), nullable=False, unique=True),  # SHA-256 of the OAuth state
    sa.Column("gym", sa.String(64), nullable=False),
    sa.Column("device_id", sa.String(40), nullable=False),
    sa.Column("platform", sa.String(40), nullable=False),
    sa.Column("secrets", sa.Text, nullable=False),  # sealed: the member's key and masked name, the PKCE verifier
    sa.Column("match_code", sa.String(8), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # waiting, confirmed, exchanging, linked, denied, failed
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
    sa.Column("expires_ms", sa.BigInteger, nullable=False, index=True),
    sa.Column("updated_ms", sa.BigInteger, nullable=False),
)

linked_accounts = sa.Table(
    "linked_accounts", metadata,
    sa.Column("gym", sa.String(64), primary_key=True),
    sa.Column("member_hash", sa.String(64), primary_key=True),  # SHA-256 of the member's platform and user id
    sa.Column("platform", sa.String(40), primary_key=True),
    sa.Column("tokens", sa.Text, nullable=False),  # sealed LinkTokens
    sa.Column("status", sa.String(16), nullable=False),  # linked, needs-reconnect
    sa.Column("expires_ms", sa.BigInteger),
    sa.Column("updated_ms", sa.BigInteger, nullable=False),
)

measurements = sa.Table(
    "measurements", metadata,
    sa.Column("unique_id", sa.String(200), primary_key=True),
    sa.Column("device_id", sa.String(40), nullable=False),
    sa.Column("gym", sa.String(64), nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # the measurement's JSON (wire format), no personal data
    sa.Column("body_hash", sa.String(64), nullable=False),
    sa.Column("member", sa.Text, nullable=False),  # Fernet token: the tapped credential and platform sessions
    sa.Column("accepted_ms", sa.BigInteger, nullable=False),
    sa.Index("ix_measurements_device_accepted", "device_id", "accepted_ms"),
)

deliveries = sa.Table(
    "deliveries", metadata,
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
    sa.Column("sending_since_ms", sa.BigInteger),  # sent to a platform without an idempotency key, outcome not yet in
    sa.UniqueConstraint("unique_id", "destination", name="uq_deliveries_measurement_destination"),
    sa.Index("ix_deliveries_due", "state", "next_try_ms"),
)
