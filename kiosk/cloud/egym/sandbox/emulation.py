"""EGYM's sandbox as the sandbox serves it: the in-memory state, its ASGI app, and what installers are told.

This is EGYM's :class:`~kiosk.cloud.platform.Emulation`; ``gym-kiosk sandbox`` builds one
with the token lifetime it was given, and tests serve one with
:func:`kiosk.sandbox.serve_loopback`.
"""
from __future__ import annotations

from typing import Any

from kiosk.cloud.egym.sandbox.app import STANDALONE_PREFIX, create_app
from kiosk.cloud.egym.sandbox.errors import ConnectionDropped
from kiosk.cloud.egym.sandbox.members import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_CONFIGURATION_INDEX,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
)
from kiosk.cloud.egym.sandbox.standalone import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_MACHINE_TYPE,
    DEMO_SERIAL_NUMBER,
    StandaloneState,
)
from kiosk.cloud.egym.sandbox.state import SandboxState
from kiosk.cloud.platform import ASGIApp


class EgymSandbox(SandboxState):
    """A :class:`SandboxState` that can be served: EGYM's paths and shapes over its state.

    ``standalone`` is the machine API's state, served under ``/standalone`` with the same faults.
    """

    quiet_errors = (ConnectionDropped,)  # fault-injected connection cuts are intended

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.standalone = StandaloneState(token_ttl_s=self.token_ttl_s)

    def asgi_app(self) -> ASGIApp:
        return create_app(self, self.standalone)

    def describe(self, base_url: str) -> list[str]:
        """The URL, the demo API key and gym id, the wallet issuers and every demo card."""
        lines = [
            f"EGYM sandbox listening on {base_url}",
            f"  API key: {DEMO_API_KEY}   gym id: {DEMO_GYM_ID}",
            f"  wallet: Apple passTypeId {DEMO_APPLE_PASS_TYPE_ID}, Google collectorId {DEMO_GOOGLE_COLLECTOR_ID}, "
            f"VTAP configurationIndex {DEMO_CONFIGURATION_INDEX}",
            "  demo members (fictional):",
        ]
        for member in self.members:
            wallet = f"{member.wallet_platform} pass {member.wallet_payload}" if member.wallet_payload else "no wallet pass"
            lines.append(
                f"    {member.first_name} {member.last_name} ({member.locale}, {member.unit_system}): "
                f"{member.rfid_format} card {member.rfid}, {wallet}"
            )
        lines += [
            f"  standalone (machine) API under {base_url}{STANDALONE_PREFIX}",
            f"    client id: {DEMO_CLIENT_ID}   client secret: {DEMO_CLIENT_SECRET}   "
            f"serial number: {DEMO_SERIAL_NUMBER}   machine type: {DEMO_MACHINE_TYPE}",
        ]
        return lines
