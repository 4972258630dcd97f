"""Why a platform's server cannot be reached: DNS, TCP or TLS, each with what to check.

Shared by the platforms' checks (``gym-kiosk check``, the setup screen's connection test),
so that every platform explains a network problem the same way.
"""
from __future__ import annotations

import socket
import ssl
from urllib.parse import urlsplit


def explain_connection_failure(base_url: str, ca_bundle: str | None, timeout_s: float, table: str) -> str | None:
    """Why ``base_url`` cannot be reached, naming the keys of the config ``table`` to check.

    None when name lookup, connection and TLS handshake all work now.
    """
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        return f"cannot resolve {host} (DNS: {error.strerror}): check the network's DNS settings and {table}.base_url"
    try:
        connection = socket.create_connection((host, port), timeout=timeout_s)
    except ConnectionRefusedError:
        return f"{host}:{port} refused the connection: check {table}.base_url (host and port) and the firewall"
    except TimeoutError:
        return f"no answer from {host}:{port} within {timeout_s:g} s: a firewall may be dropping the connection"
    except OSError as error:
        return f"cannot connect to {host}:{port}: {error.strerror or error}"
    with connection:
        if not secure:
            return None
        try:
            context = ssl.create_default_context(cafile=ca_bundle or _default_ca_file())
            with context.wrap_socket(connection, server_hostname=host):
                pass
        except ssl.SSLCertVerificationError as error:
            return (
                f"the TLS certificate of {host} is not trusted ({error.verify_message}): if a proxy inspects "
                f"HTTPS, set {table}.ca_bundle to its CA file; also check the kiosk's clock"
            )
        except (ssl.SSLError, OSError) as error:
            return f"the TLS handshake with {host} failed ({error}); a proxy may be interfering"
    return None


def _default_ca_file() -> str | None:
    """The CA file httpx verifies against by default (certifi), so the diagnosis matches the client."""
    try:
        import certifi
    except ImportError:
        return None
    return certifi.where()
