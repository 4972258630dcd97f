"""Linking a card to a member who logged in by wallet pass, without taking it from someone else.

EGYM's ``POST users/rfid`` re-assigns a tag that already belongs to another member. Before
linking, the kiosk asks EGYM whose the tag is (an RFID login with it, which changes nothing):
unknown tags are linked, the member's own tag is left alone, and another member's is refused.
"""
from __future__ import annotations

from hardware.events import CardCredential
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.cloud.errors import NotRegistered
from kiosk.cloud.member_services import CardLinkOutcome


async def link_card(client: StandaloneClient, access_token: str, user_id: str, card: CardCredential) -> CardLinkOutcome:
    """Link ``card`` to the member ``user_id`` (logged in with ``access_token``) unless it is someone else's."""
    try:
        owner_grant = await client.login(card)
    except NotRegistered:
        await client.link_card(access_token, card)
        return CardLinkOutcome.LINKED
    owner = await client.fetch_user(owner_grant.access_token)
    if owner.profile.user_id == user_id:
        return CardLinkOutcome.ALREADY_YOURS
    return CardLinkOutcome.REFUSED_OTHER_MEMBER
