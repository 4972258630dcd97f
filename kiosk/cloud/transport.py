"""The network under every platform's HTTP client: one place for TLS, kept-alive connections and Nagle.

Each platform's client builds its ``httpx.AsyncClient`` on :func:`network_transport`, so the
kiosk and the hub reach every platform the same way: certificates always checked (a site CA
bundle, when configured, replaces the default roots), connections kept alive between calls,
and Nagle off, because httpx writes a request's head and body separately and the body would
otherwise wait for a delayed ACK. :func:`may_have_arrived` tells the ambiguous failure from one
where the request never left, for every client alike.
"""
from __future__ import annotations

import socket
import ssl

import httpx

from kiosk.config_section import ConfigError

NO_DELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


def network_transport(ca_bundle: str | None = None, *, ca_bundle_key: str = "ca_bundle", connections: int = 4,
                      kept_alive: int = 4) -> httpx.AsyncHTTPTransport:
    """At most ``connections`` at once, ``kept_alive`` of them kept for 30 s; ``ca_bundle_key`` names the
    config key a CA bundle that cannot be loaded came from."""
    return httpx.AsyncHTTPTransport(
        verify=_tls_context(ca_bundle, ca_bundle_key),
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=kept_alive, keepalive_expiry=30.0),
        socket_options=NO_DELAY,
    )


def _tls_context(ca_bundle: str | None, key: str) -> ssl.SSLContext | bool:
    if ca_bundle is None:
        return True
    try:
        return ssl.create_default_context(cafile=ca_bundle)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(key, f"cannot load CA bundle {ca_bundle}: {exc.strerror or exc}") from None


def may_have_arrived(error: httpx.TransportError) -> bool:
    """Whether a request that failed with ``error`` may have reached the server (the ambiguous failure).

    Only a failure to connect, or to get a connection from the pool, proves the request never left.
    """
    return not isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
