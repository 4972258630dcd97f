"""Token-request bodies for ``POST /api/v1/oauth/token``, one builder per grant type.

Wallet taps EGYM would refuse (payload too long or not ASCII, no issuer configured)
are refused here with :class:`RefusedLocally`, before any request is made.
"""
from __future__ import annotations

from typing import Any

from hardware.events import CardCredential, CardTechnology, Credential, WalletCredential, WalletPlatform
from hardware.registry import printed_uid_rendering
from hardware.uid import render_uid
from kiosk.cloud.egym.replies import RefusedLocally
from kiosk.cloud.egym.settings import EgymSettings

# Key of the Google collector id inside ``issuerId``. The schema property is
# ``collectorId``; EGYM's own "NFC Login (Google)" example sends ``collector``.
# The schema wins until EGYM's production proves the example right; then flip this.
GOOGLE_COLLECTOR_KEY = "collectorId"
APPLE_PASS_TYPE_KEY = "passTypeId"

MAX_WALLET_PAYLOAD_BYTES = 64


def credential_grant(credential: Credential, settings: EgymSettings) -> dict[str, Any]:
    """The token request for whatever the member tapped."""
    if isinstance(credential, CardCredential):
        return rfid_grant(credential, settings)
    return nfc_grant(credential, settings)


def rfid_grant(card: CardCredential, settings: EgymSettings) -> dict[str, Any]:
    """RFID login: the UID rendered (``settings.uid_rendering``, see :mod:`hardware.uid`)
    the way the site registered its cards at EGYM.

    Without a configured rendering a card goes the way its reader kind prints it
    (the reader reports the family): EM4100 as ``em4100_printed``, every other as ``hex``.

    LEGIC cards always go as ``LEGIC``; every other card uses the configured format.
    """
    rfid_format = "LEGIC" if card.technology is CardTechnology.LEGIC else settings.rfid_format
    return {
        "grantType": "RFID",
        "rfid": render_card_uid(card.uid, settings.uid_rendering or printed_uid_rendering(card.technology)),
        "rfidFormat": rfid_format,
        "machineName": settings.machine_name,
    }


def nfc_grant(wallet: WalletCredential, settings: EgymSettings) -> dict[str, Any]:
    """NFC (wallet pass) login, identified by VTAP configuration index or by pass issuer.

    A configured ``configuration_index`` (Dot Origin VTAP readers) takes precedence;
    otherwise the issuer id for the pass's platform must be configured.
    """
    check_wallet_payload(wallet.payload)
    body: dict[str, Any] = {
        "grantType": "NFC",
        "machineName": settings.machine_name,
        "gymId": settings.gym_id,
        "payload": wallet.payload,
        "transponderType": wallet.platform.value,
    }
    if settings.configuration_index:
        body["configurationIndex"] = {"configurationIndex": settings.configuration_index}
    else:
        body["issuerId"] = _issuer_id(wallet.platform, settings)
    return body


def encrypted_user_id_grant(user_id: int) -> dict[str, Any]:
    """Login by encrypted EGYM user id (special case agreed with EGYM)."""
    if isinstance(user_id, bool) or not isinstance(user_id, int) or not -(2**63) <= user_id < 2**63:
        raise RefusedLocally("the encrypted user id must be a 64-bit whole number", "userId")
    return {"grantType": "ENCRYPTED_USER_ID", "userId": user_id}


def obfuscated_user_id_grant(obfuscated_user_id: str) -> dict[str, Any]:
    """Login by obfuscated EGYM user id such as ``-1c2yqo37vn9m`` (special case)."""
    if not isinstance(obfuscated_user_id, str) or not obfuscated_user_id.strip():
        raise RefusedLocally("the obfuscated user id is empty", "obfuscatedUserId")
    return {"grantType": "OBFUSCATED_USER_ID", "obfuscatedUserId": obfuscated_user_id}


def refresh_token_grant(refresh_token: str) -> dict[str, Any]:
    """A new access token from a refresh token."""
    if not isinstance(refresh_token, str) or not refresh_token:
        raise RefusedLocally("there is no refresh token to use", "refreshToken")
    return {"grantType": "REFRESH_TOKEN", "refreshToken": refresh_token}


def check_wallet_payload(payload: str) -> None:
    """Refuse a payload EGYM would reject (both flavours: at most 64 ASCII bytes)."""
    if not payload:
        raise RefusedLocally("the wallet pass sent an empty payload", "payload")
    if not payload.isascii():
        raise RefusedLocally("the wallet pass payload contains non-ASCII characters", "payload")
    if len(payload) > MAX_WALLET_PAYLOAD_BYTES:
        raise RefusedLocally(
            f"the wallet pass payload is {len(payload)} bytes; EGYM accepts at most {MAX_WALLET_PAYLOAD_BYTES}",
            "payload",
        )


def _issuer_id(platform: WalletPlatform, settings: EgymSettings) -> dict[str, str]:
    if platform is WalletPlatform.APPLE:
        if not settings.apple_pass_type_id:
            raise RefusedLocally(
                "Apple Wallet passes are not set up on this kiosk (egym.wallet.apple_pass_type_id is empty)",
                "issuerId",
            )
        return {APPLE_PASS_TYPE_KEY: settings.apple_pass_type_id}
    if not settings.google_collector_id:
        raise RefusedLocally(
            "Google Wallet passes are not set up on this kiosk (egym.wallet.google_collector_id is empty)",
            "issuerId",
        )
    return {GOOGLE_COLLECTOR_KEY: settings.google_collector_id}


def render_card_uid(uid: bytes, style: str) -> str:
    """The UID as text in ``style``, or RefusedLocally naming the rendering (never the UID)."""
    try:
        return render_uid(uid, style)
    except ValueError as exc:  # the message describes the UID without repeating it
        raise RefusedLocally(f"the card UID cannot be sent as {style}: {exc}", "rfid") from None
