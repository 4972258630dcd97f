"""EGYM Equipment Vendor API: login by card or wallet pass, profile, measurements.

Two flavours behind one integration, picked by ``[egym] flavour``: the server-to-server API
(this folder's client) and the API "for standalone clients" (:mod:`kiosk.cloud.egym.standalone`,
whose docstring lists the standalone spec's quirks and how they are coded around).
"""
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
