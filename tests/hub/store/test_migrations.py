"""The migrations: from the first schema to head with data in it, and head equals the schema module."""
from __future__ import annotations

import sqlalchemy as sa

from hub.store.engine import migrate, open_engine
from hub.store.schema import metadata


def test_upgrading_from_the_first_schema_keeps_the_data(store_url: str) -> None:
    engine = open_engine(store_url)
    migrate(engine, "0001")
    with engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO kiosks (device_id, gym, machine, station, credential_hash, enrolled_ms) "
            "VALUES ('k-1', 'g', 'scale-1', 'body', 'hash', 1)"))
        connection.execute(sa.text(
            "INSERT INTO measurements (unique_id, device_id, gym, body, body_hash, member, accepted_ms) "
            "VALUES ('m-1', 'k-1', 'g', '{}', 'h', 'sealed', 2)"))
        connection.execute(sa.text(
            "INSERT INTO deliveries (unique_id, destination, state, next_try_ms, updated_ms) "
            "VALUES ('m-1', 'egym', 'retrying', 3, 3)"))
    migrate(engine)
    with engine.connect() as connection:
        kiosk = connection.execute(sa.text("SELECT machine, heartbeat_ms FROM kiosks")).one()
        delivery = connection.execute(sa.text("SELECT state, version, attempts FROM deliveries")).one()
        sessions = connection.execute(sa.text("SELECT count(*) FROM member_sessions")).scalar()
    assert tuple(kiosk) == ("scale-1", None)
    assert tuple(delivery) == ("retrying", 1, 0)
    assert sessions == 0
    engine.dispose()


def test_the_migrated_schema_has_every_table_and_column_of_the_schema_module(store_url: str) -> None:
    engine = open_engine(store_url)
    migrate(engine)
    inspector = sa.inspect(engine)
    for table in metadata.sorted_tables:
        assert {column["name"] for column in inspector.get_columns(table.name)} == set(table.columns.keys())
        assert {index["name"] for index in inspector.get_indexes(table.name)} >= {index.name for index in table.indexes}
    engine.dispose()
