"""`gym-kiosk check` for a hub kiosk: a server that is not a hub, or no server at all, is explained, and a
result sent there is kept for later rather than given up."""
from __future__ import annotations

import socket
from pathlib import Path

from hardware.events import CardCredential
from kiosk.cloud.base import ErrorMeaning
from kiosk.cloud.errors import CloudError
from kiosk.cloud.hub.platform import HUB
from kiosk.config.loader import load_config
from kiosk.models import Measurement, MemberSession
from kiosk.sandbox import RunningSandbox
from kiosk.support.check import check_platform
from tests.kiosk.cloud.hub.conftest import hub_config_table, write_config


def enrolled_config(tmp_path: Path, url: str) -> Path:
    config_path = write_config(tmp_path / "etc", hub_config_table(url, tmp_path / "data"))
    (config_path.parent / "hub-device-credential").write_text("c" * 43 + "\n")
    (config_path.parent / "hub-device-credential").chmod(0o600)
    return config_path


async def test_a_server_that_is_not_a_hub_is_named_and_a_result_for_it_is_kept(tmp_path: Path, egym: RunningSandbox) -> None:
    config = load_config(enrolled_config(tmp_path, egym.base_url))  # an installer typed the EGYM sandbox's address

    check = await check_platform(HUB, config)

    assert not check.ok and "not like a gym-kiosk hub" in check.detail and "hub.url" in check.detail
    connection = HUB.connect(config.hub)
    try:
        destination = connection.destination
        assert destination is not None
        session = MemberSession.credential_only("hub", CardCredential(bytes.fromhex("04A2B3C4")))
        try:
            await destination.submit(Measurement("body", {"weight_kg": 70.0}), session)
        except CloudError as error:
            assert destination.delivery_policy.meaning(error) is ErrorMeaning.BAD_REPLY  # sent again later
        else:
            raise AssertionError("a server that is not a hub accepted a result")
    finally:
        await connection.close()


async def test_no_hub_listening_is_explained_with_the_key_to_check(tmp_path: Path) -> None:
    with socket.socket() as unused:  # a port nothing listens on once this closes
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]

    check = await check_platform(HUB, load_config(enrolled_config(tmp_path, f"http://127.0.0.1:{port}")))

    assert not check.ok and "refused the connection" in check.detail and "hub.url" in check.detail
