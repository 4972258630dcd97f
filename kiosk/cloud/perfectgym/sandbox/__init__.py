"""PerfectGym's emulation for the sandbox: its v2.2 paths, header auth, OData paging, 499 errors and faults."""
from kiosk.cloud.perfectgym.sandbox.emulation import PerfectGymSandbox
from kiosk.cloud.perfectgym.sandbox.members import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_CLUB_ID,
    DEMO_PG_MEMBERS,
    PAGE_SIZE,
    PgMember,
)

__all__ = ["DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "DEMO_CLUB_ID", "DEMO_PG_MEMBERS", "PAGE_SIZE", "PerfectGymSandbox",
           "PgMember"]
