"""LFopen's emulation for the sandbox: OAuth with its authorize page, profile, manual cardio, faults."""
from kiosk.cloud.lfopen.sandbox.emulation import LfopenSandbox, StoredWorkout
from kiosk.cloud.sandbox_faults import ConnectionDropped, Faults
from kiosk.cloud.lfopen.sandbox.members import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_LF_MEMBERS, LfMember

__all__ = ["ConnectionDropped", "DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "DEMO_LF_MEMBERS", "Faults", "LfMember",
           "LfopenSandbox", "StoredWorkout"]
