"""The storage tests' database: the outbox tests' fixture."""
from tests.kiosk.outbox.conftest import db  # noqa: F401 - fixtures
