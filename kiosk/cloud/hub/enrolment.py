"""Enrolling a kiosk: a one-time code from the hub becomes this kiosk's device credential, stored owner-only.

The credential goes into ``hub-device-credential`` beside the config (mode 600), where
:mod:`kiosk.cloud.hub.settings` reads it; it never goes into the TOML. Enrolling again
(after a revocation) replaces it; the kiosk's queued results then go out with the new one.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.api_keys import write_api_key
from kiosk.cloud.hub.client import enrol
from kiosk.cloud.hub.settings import CREDENTIAL_FILE
from kiosk.cloud.platform import QT_TRANSLATE_NOOP

CODE_DIGITS = 8


@dataclass(frozen=True)
class Enrolment:
    """What the hub bound this kiosk to (the credential itself is only in its file)."""

    device_id: str
    gym: str
    machine: str
    station: str


def code_problem(code: str) -> str | None:
    """What is wrong with a typed enrolment code, or None."""
    if not code:
        return QT_TRANSLATE_NOOP("platform", "enter the enrolment code from the hub's fleet page (gym-kiosk hub enrol)")
    if len(code) != CODE_DIGITS or not (code.isascii() and code.isdigit()):
        return QT_TRANSLATE_NOOP("platform", "the enrolment code has 8 digits")
    return None


async def exchange_code(url: str, code: str, **options: Any) -> tuple[str, Enrolment]:
    """(credential, what it is bound to) for ``code``; raises the hub's typed refusals.

    ``options`` go to :func:`~kiosk.cloud.hub.client.enrol` (``timeout_s``, ``ca_bundle``, ``transport``).
    """
    answer = await enrol(url, code, **options)
    bound = Enrolment(*(str(answer.get(name, "")) for name in ("device_id", "gym", "machine", "station")))
    return answer["credential"], bound


def write_credential(config_dir: Path, credential: str) -> Path:
    """Store the credential beside the config, readable by its owner only; returns the file."""
    file = config_dir / CREDENTIAL_FILE
    write_api_key(file, credential)
    return file


async def enrol_kiosk(config_dir: Path, url: str, code: str, **options: Any) -> Enrolment:
    """Exchange ``code`` at the hub at ``url`` and write the credential beside the config."""
    credential, bound = await exchange_code(url, code, **options)
    await asyncio.to_thread(write_credential, config_dir, credential)
    return bound
