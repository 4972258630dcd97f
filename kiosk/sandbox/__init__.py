"""The sandbox: every platform's emulation served on loopback, for tests, the demo and installers.

It knows no platform by name: each platform's folder offers an
:class:`~kiosk.cloud.platform.Emulation` (EGYM's is :mod:`kiosk.cloud.egym.sandbox`), and
``gym-kiosk sandbox`` serves those of every platform in :mod:`kiosk.cloud.registry`.
Tests serve one emulation over TCP with :func:`serve_loopback`.
"""
from kiosk.sandbox.server import RunningSandbox, main, serve_loopback

__all__ = ["RunningSandbox", "main", "serve_loopback"]
