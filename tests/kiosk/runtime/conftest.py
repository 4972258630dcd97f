"""Housekeeping runs on a real outbox: the outbox tests' fixtures."""
from tests.kiosk.outbox.conftest import db, egym, outboxes, platforms  # noqa: F401 - fixtures
