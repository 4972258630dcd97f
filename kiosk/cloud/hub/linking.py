"""Account linking as the kiosk sees it: the hub makes the link and keeps the tokens; the kiosk shows a QR code.

:class:`HubAccountLinking` is the hub's :class:`~kiosk.cloud.member_services.AccountLinking`; the
member is named by the hub session the kiosk holds for them (``MemberSession.access_token``).
"""
from __future__ import annotations

from kiosk.cloud.errors import BadReply
from kiosk.cloud.hub.client import HubClient
from kiosk.cloud.hub.errors import PLATFORM
from kiosk.cloud.member_services import LinkOffer, TrainingToday
from kiosk.logsafety import register_secret
from kiosk.models import MemberSession


class HubAccountLinking:
    name = PLATFORM

    def __init__(self, client: HubClient) -> None:
        self._client = client

    async def accounts(self, session: MemberSession) -> dict[str, str]:
        return await self._client.linked_accounts(session.access_token)

    async def start_link(self, session: MemberSession, platform: str, member_name: str) -> LinkOffer:
        reply = await self._client.start_link(session.access_token, platform, member_name)
        link_id, url, code = reply.get("link"), reply.get("url"), reply.get("code")
        expires_in = reply.get("expires_in", 300)
        if not all(isinstance(value, str) and value for value in (link_id, url, code)) or not isinstance(expires_in, int):
            raise BadReply(PLATFORM, "link reply without a link, URL, code or lifetime")
        register_secret(link_id)  # the page's address: never in a log line
        return LinkOffer(link_id, url, code, expires_in)

    async def link_status(self, link_id: str) -> str:
        return await self._client.link_status(link_id)

    async def training_today(self, session: MemberSession) -> TrainingToday | None:
        return await self._client.training_today(session.access_token)

    async def unlink(self, session: MemberSession, platform: str) -> None:
        await self._client.unlink(session.access_token, platform)
