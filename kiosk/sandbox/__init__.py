"""A local stand-in for EGYM's Equipment Vendor API (server-to-server), for tests, demo and installers.

Same paths, shapes and validation as EGYM, seeded with fictional demo members,
with switchable faults and a ``/_sandbox`` read-back API. Use it in-process via
``httpx.ASGITransport(app=create_app(state))`` or over TCP via :func:`serve_loopback`.
"""
from kiosk.sandbox.app import create_app
from kiosk.sandbox.errors import ConnectionDropped
from kiosk.sandbox.faults import Faults
from kiosk.sandbox.members import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_CONFIGURATION_INDEX,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    DemoMember,
    WalletIssuer,
)
from kiosk.sandbox.server import RunningSandbox, main, serve_loopback
from kiosk.sandbox.state import SandboxState

__all__ = [
    "ConnectionDropped",
    "DEMO_API_KEY",
    "DEMO_APPLE_PASS_TYPE_ID",
    "DEMO_CONFIGURATION_INDEX",
    "DEMO_GOOGLE_COLLECTOR_ID",
    "DEMO_GYM_ID",
    "DEMO_MACHINE_NAME",
    "DEMO_MEMBERS",
    "DemoMember",
    "Faults",
    "RunningSandbox",
    "SandboxState",
    "WalletIssuer",
    "create_app",
    "main",
    "serve_loopback",
]
