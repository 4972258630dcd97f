"""EGYM Equipment Vendor API (server-to-server): login by card or wallet pass, profile, measurements."""
from kiosk.cloud.call_retry import CallRetry
from kiosk.cloud.egym.client import EgymClient, measurement_body
from kiosk.cloud.egym.integration import EgymIntegration
from kiosk.cloud.egym.replies import PLATFORM, RefusedLocally, TokenGrant
from kiosk.cloud.egym.settings import EgymSettings, parse_egym_settings

__all__ = [
    "PLATFORM",
    "CallRetry",
    "EgymClient",
    "EgymIntegration",
    "EgymSettings",
    "RefusedLocally",
    "TokenGrant",
    "measurement_body",
    "parse_egym_settings",
]
