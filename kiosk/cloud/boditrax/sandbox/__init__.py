"""Boditrax's emulation for the sandbox: its token endpoint, login-handler pages, REST readings, faults."""
from kiosk.cloud.boditrax.sandbox.emulation import BoditraxSandbox, LinkedAccount, StoredReading
from kiosk.cloud.boditrax.sandbox.members import (
    DEMO_BX_MEMBERS,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_HANDLER,
    BxMember,
)

__all__ = ["BoditraxSandbox", "BxMember", "DEMO_BX_MEMBERS", "DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "DEMO_HANDLER",
           "LinkedAccount", "StoredReading"]
