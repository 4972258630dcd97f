"""The cloud platforms the kiosk knows, in order: one line per platform.

The order is the default order in which members are identified (``[station] identity``),
the order of the config's platform tables in messages, and of ``gym-kiosk check`` items.
A new platform is a folder under ``kiosk/cloud/`` exporting a
:class:`~kiosk.cloud.platform.Platform`, plus its line here.
"""
from __future__ import annotations

from kiosk.cloud.boditrax.platform import BODITRAX
from kiosk.cloud.egym.platform import EGYM
from kiosk.cloud.enduco.platform import ENDUCO
from kiosk.cloud.perfectgym.platform import PERFECTGYM
from kiosk.cloud.hub.platform import HUB
from kiosk.cloud.lfopen.platform import LFOPEN
from kiosk.cloud.platform import Platform

PLATFORMS: tuple[Platform, ...] = (
    EGYM,
    HUB,
    PERFECTGYM,
    ENDUCO,
    LFOPEN,
    BODITRAX,
)


def platform(name: str) -> Platform:
    """The registered platform called ``name``; KeyError if there is none."""
    for candidate in PLATFORMS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def display_name(name: str) -> str:
    """What members and installers read for the platform called ``name`` (its name, capitalised, if unknown)."""
    try:
        return platform(name).display_name
    except KeyError:
        return name.capitalize()
