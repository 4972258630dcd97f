"""EGYM's sandbox emulation: a local stand-in for its Equipment Vendor API, for tests, demo and installers.

Same paths, shapes and validation as EGYM, seeded with fictional demo members,
with switchable faults and a ``/_sandbox`` read-back API. Use it in-process via
``httpx.ASGITransport(app=create_app(state))`` or over TCP via
``kiosk.sandbox.serve_loopback(EgymSandbox())``.
"""
from kiosk.cloud.egym.sandbox.app import create_app
from kiosk.cloud.egym.sandbox.errors import ConnectionDropped
from kiosk.cloud.egym.sandbox.faults import Faults
from kiosk.cloud.egym.sandbox.members import (
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
from kiosk.cloud.egym.sandbox.emulation import EgymSandbox
from kiosk.cloud.egym.sandbox.state import SandboxState

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
    "EgymSandbox",
    "Faults",
    "SandboxState",
    "WalletIssuer",
    "create_app",
]
