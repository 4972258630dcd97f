"""The hub's store: one schema (SQLAlchemy Core, Alembic migrations) on SQLite or PostgreSQL.

- :mod:`hub.store.engine`: opening an engine and migrating it;
- :mod:`hub.store.kiosks`: enrolment codes, kiosks, heartbeats (the fleet's reads and writes);
- :mod:`hub.store.measurements`: intake, delivery status, trainer actions, queue depths;
- :mod:`hub.store.deliveries`: claiming due deliveries across processes, recording outcomes;
- :mod:`hub.store.member_sessions`: members' hub-side login sessions, sealed at rest.
"""
