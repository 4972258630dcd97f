"""The store's Alembic migrations, applied on every start (``upgrade head``)."""
