"""The demo's hub: a hub on SQLite in the demo folder in front of the EGYM sandbox, and the demo kiosk enrolled at it.

The demo kiosk is configured like an installer's hub kiosk: a ``[hub]`` table, the device
credential it got for a one-time enrolment code in ``hub-device-credential`` beside its
config, and no EGYM key anywhere in its folders (the key is the hub's).
"""
from __future__ import annotations

import socket
import time
from secrets import token_hex, token_urlsafe
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from harness.demo import demo_egym_table, demo_kiosk_tables
from hub.composition import Hub, build_hub
from hub.config import parse_hub_config
from hub.store.kiosks import create_enrolment_code
from hub.linking.service import key_of
from hub.store.links import save_linked_account
from kiosk.cloud.boditrax.sandbox import DEMO_BX_MEMBERS, DEMO_HANDLER, BoditraxSandbox, LinkedAccount
from kiosk.cloud.boditrax.sandbox import DEMO_CLIENT_ID as BODITRAX_CLIENT_ID
from kiosk.cloud.boditrax.sandbox import DEMO_CLIENT_SECRET as BODITRAX_CLIENT_SECRET
from kiosk.cloud.egym.sandbox import DEMO_API_KEY
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_ID as ENDUCO_CLIENT_ID
from kiosk.cloud.enduco.sandbox.emulation import DEMO_CLIENT_SECRET as ENDUCO_CLIENT_SECRET
from kiosk.cloud.enduco.sandbox.emulation import EnducoState
from kiosk.cloud.lfopen.sandbox import DEMO_CLIENT_ID as LFOPEN_CLIENT_ID
from kiosk.cloud.lfopen.sandbox import DEMO_CLIENT_SECRET as LFOPEN_CLIENT_SECRET
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.config.loader import STATION_KINDS, KioskConfig, load_config
from kiosk.support.setup_form import to_toml

DEMO_GYM = "demo-gym"


@contextmanager
def demo_hub(folder: Path, egym_url: str, station: str = "scale", *, enduco_url: str | None = None,
             lfopen_url: str | None = None, boditrax_url: str | None = None) -> Iterator[tuple[Hub, str]]:
    """A hub (store ``folder/hub.sqlite3``) for the demo gym at the sandbox ``egym_url``; yields it and its URL.

    With ``enduco_url`` and ``lfopen_url`` (their sandboxes) the demo gym also delivers cardio workouts
    to enduco and LFconnect, and with ``boditrax_url`` body results to Boditrax, which members link by
    QR code; the hub then listens on a port chosen here, so that the QR code's address (its public URL)
    is the one it answers on.
    """
    folder.mkdir(parents=True, exist_ok=True)
    gym: dict[str, Any] = {"egym": demo_egym_table(egym_url, station)}
    secrets = {"egym": DEMO_API_KEY}
    if enduco_url:
        gym["enduco"] = {"base_url": enduco_url, "client_id": ENDUCO_CLIENT_ID}
        secrets["enduco"] = ENDUCO_CLIENT_SECRET
    if lfopen_url:
        gym["lfopen"] = {"base_url": f"{lfopen_url}/web", "client_id": LFOPEN_CLIENT_ID}
        secrets["lfopen"] = LFOPEN_CLIENT_SECRET
    if boditrax_url:
        gym["boditrax"] = {"base_url": boditrax_url, "client_id": BODITRAX_CLIENT_ID}
        secrets["boditrax"] = BODITRAX_CLIENT_SECRET
    config = parse_hub_config({"hub": {"listen": f"127.0.0.1:{free_port()}"}, "gyms": {DEMO_GYM: gym}},
                              source=folder / "hub.toml", secrets=secrets)
    hub = build_hub(config)
    running = hub.start()
    try:
        yield hub, running.base_url
    finally:
        running.stop()
        hub.close()


def free_port() -> int:
    """A TCP port on loopback nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def enrolled_demo_kiosk(hub: Hub, hub_url: str, folder: Path, station: str = "scale") -> KioskConfig:
    """The demo kiosk's config in ``folder/etc``, enrolled at the hub with a fresh code; its data in ``folder/data``."""
    config_dir = folder / "etc"
    config_dir.mkdir(parents=True, exist_ok=True)
    kind = STATION_KINDS[station]
    code = create_enrolment_code(hub.engine, DEMO_GYM, f"demo-{station}", kind, int(time.time() * 1000))
    await enrol_kiosk(config_dir, hub_url, code)
    config_path = config_dir / "config.toml"
    tables = {**demo_kiosk_tables(station, folder / "data" / "kiosk.sqlite3"), "hub": {"url": hub_url}}
    config_path.write_text(to_toml(tables), encoding="utf-8")
    return load_config(config_path)


def seed_linked_member(hub: Hub, egym_user_id: str, *, enduco: EnducoState, boditrax: BoditraxSandbox) -> None:
    """A demo member who connected enduco and Boditrax before: their tokens at the platforms and in the hub.

    Filed under the key the hub's linking uses for a member EGYM logged in (:func:`hub.linking.service.key_of`).
    """
    member, now_ms = key_of("egym", egym_user_id), int(time.time() * 1000)
    issued = enduco.issue()
    tokens = {"access_token": issued["access_token"], "refresh_token": issued["refresh_token"],
              "expires_at_ms": now_ms + issued["expires_in"] * 1000}
    username, secret = f"gk-{token_hex(12)}", token_urlsafe(32)
    boditrax.linked[username] = LinkedAccount(DEMO_BX_MEMBERS[0], DEMO_HANDLER, username, secret)
    linked = {"boditrax": {"access_token": "", "refresh_token": f"{username}:{secret}", "expires_at_ms": None},
              "enduco": tokens}
    for platform, sealed in linked.items():
        save_linked_account(hub.engine, gym=DEMO_GYM, member_hash=member, platform=platform,
                            tokens=hub.context.sealer.seal(sealed), expires_ms=sealed["expires_at_ms"], now_ms=now_ms)
