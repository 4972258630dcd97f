"""Local persistence: one SQLite database, reached only through its own thread."""
from kiosk.storage.db import MIGRATIONS, Database, StorageError, StorageUnavailable

__all__ = ["MIGRATIONS", "Database", "StorageError", "StorageUnavailable"]
