"""The hub's Prometheus endpoint, ``GET /metrics`` (prometheus-client).

Two kinds of figures:

- **From the store, at scrape time** (gauges): kiosks online (last heartbeat younger than two
  minutes) and deliveries by state and destination. They describe the shared store, so every
  hub process of a chain reports the same values: in Prometheus take ``max`` over the
  processes, never ``sum``.
- **Counted by this process** (counters and histogram): new measurements taken in, delivery
  attempts by outcome, and the latency from "accepted" to "delivered" of the deliveries this
  process made. They start at 0 when the process starts and are per process: ``sum`` (or ``rate``) over the processes gives
  the chain's figure. prometheus-client's multiprocess mode is not used, since each hub process
  is its own uvicorn server with its own ``/metrics`` (run uvicorn with one worker per process).

Every metric lives in the hub's own registry (not prometheus-client's global one), so tests and
a harness can build several hubs in one Python process.
"""
from __future__ import annotations

import time
from typing import Callable, Iterable, Mapping, Protocol

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, ProcessCollector, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from hub.admin.fleet import ONLINE_WITHIN_S

# Accepted → delivered: the member usually sees "Saved to EGYM" within a second; retries take minutes to days.
LATENCY_BUCKETS_S = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0, 3600.0, 21600.0, 86400.0, 604800.0)


class MetricsStore(Protocol):
    """The store's answers the gauges are made from."""

    def count_kiosks_seen_since(self, since_ms: int) -> int:
        """Kiosks (not revoked) whose last heartbeat is at or after ``since_ms``."""

    def count_deliveries(self) -> Mapping[tuple[str, str], int]:
        """Number of deliveries per (destination, state)."""


class _StoreGauges(Collector):
    """Reads the store when Prometheus scrapes, so the gauges are never stale."""

    def __init__(self, store: MetricsStore, clock_ms: Callable[[], int]) -> None:
        self._store = store
        self._clock_ms = clock_ms

    def collect(self) -> Iterable[GaugeMetricFamily]:
        online = GaugeMetricFamily("gym_hub_kiosks_online", "Kiosks whose last heartbeat is younger than 2 minutes")
        online.add_metric([], self._store.count_kiosks_seen_since(self._clock_ms() - int(ONLINE_WITHIN_S * 1000)))
        yield online
        deliveries = GaugeMetricFamily("gym_hub_deliveries", "Deliveries in the store by destination and state",
                                       labels=["destination", "state"])
        for (destination, state), count in sorted(self._store.count_deliveries().items()):
            deliveries.add_metric([destination, state], count)
        yield deliveries


class HubMetrics:
    """The hub's metrics; the API calls :meth:`measurement_accepted`, the delivery worker :meth:`delivery_outcome`."""

    def __init__(self, store: MetricsStore, clock_ms: Callable[[], int] = lambda: int(time.time() * 1000)) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._intake = Counter("gym_hub_intake", "New measurements accepted by this hub process, by gym location",
                               labelnames=["gym"], registry=self.registry)
        self._attempts = Counter("gym_hub_delivery_attempts", "Delivery attempts made by this hub process, by "
                                 "destination and outcome", labelnames=["destination", "outcome"], registry=self.registry)
        self._latency = Histogram("gym_hub_delivery_latency_seconds",
                                  "Time from a measurement's acceptance to its delivery, per destination (this process)",
                                  labelnames=["destination"], buckets=LATENCY_BUCKETS_S, registry=self.registry)
        self.registry.register(_StoreGauges(store, clock_ms))
        ProcessCollector(registry=self.registry)  # process_resident_memory_bytes, process_cpu_seconds_total, open fds

    def measurement_accepted(self, gym: str) -> None:
        """A kiosk of ``gym`` sent a measurement the store did not hold yet (a resend of the same one is not counted)."""
        self._intake.labels(gym=gym).inc()

    def delivery_outcome(self, destination: str, outcome: str, age_s: float) -> None:
        """This process recorded an attempt's ``outcome``, ``age_s`` after the hub accepted the measurement."""
        self._attempts.labels(destination=destination, outcome=outcome).inc()
        if outcome == "delivered":
            self._latency.labels(destination=destination).observe(age_s)

    async def endpoint(self, request: Request) -> Response:
        """``GET /metrics``: the text exposition format; the store is read off the event loop."""
        body = await run_in_threadpool(generate_latest, self.registry)
        return Response(body, media_type=CONTENT_TYPE_LATEST)
