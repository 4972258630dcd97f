"""The benchmark's reference for the hub's intake: a bare Starlette endpoint doing the same durable insert.

``python -m harness.bench_bare --store URL --port N`` serves ``POST /intake``: it reads the
JSON body and inserts it as one row in one transaction on an engine opened exactly like
the hub's (:func:`hub.store.engine.open_engine`: WAL and ``synchronous=FULL`` on SQLite),
from a worker thread, then answers 202. No authentication, validation or deliveries: what
the hub does beyond this is what ``gym-kiosk bench --hub`` compares.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Sequence

import sqlalchemy as sa
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from hub.store.engine import open_engine

_rows = sa.MetaData()
received = sa.Table("received", _rows, sa.Column("unique_id", sa.String(64), primary_key=True),
                    sa.Column("body", sa.Text, nullable=False))


def bare_app(store_url: str) -> Starlette:
    engine = open_engine(store_url)
    _rows.create_all(engine)

    def insert(body: dict) -> None:
        with engine.begin() as connection:
            connection.execute(sa.insert(received).values(unique_id=body["uniqueMeasurementId"], body=json.dumps(body)))

    async def intake(request: Request) -> JSONResponse:
        body = await request.json()
        await asyncio.to_thread(insert, body)
        return JSONResponse({"status": "accepted"}, status_code=202)

    return Starlette(routes=[Route("/intake", intake, methods=["POST"])])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.bench_bare", description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    config = uvicorn.Config(bare_app(args.store), host="127.0.0.1", port=args.port, log_level="warning", http="h11",
                            access_log=False)
    server = uvicorn.Server(config)
    original_startup = server.startup

    async def announce(sockets=None) -> None:
        await original_startup(sockets)
        print(f"ready http://127.0.0.1:{args.port}", flush=True)

    server.startup = announce  # type: ignore[method-assign]
    server.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
