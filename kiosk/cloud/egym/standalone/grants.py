"""Form bodies for the standalone ``POST /api/v1/oauth/token``, one builder per grant.

Every request carries ``serial_number`` and ``machine_type``. The card's family picks
its ``rfid_format``: LEGIC as LEGIC, 125 kHz (EM4100-family readers) as the configured
``low_frequency_format`` (EM4001…EM4022, HITAG1/2) with its own UID rendering, and
13.56 MHz cards as the configured ``rfid_format``.
"""
from __future__ import annotations

from hardware.events import CardCredential, CardTechnology, Credential, WalletCredential, WalletPlatform
from hardware.registry import printed_uid_rendering
from kiosk.cloud.egym.grants import check_wallet_payload, render_card_uid
from kiosk.cloud.egym.replies import RefusedLocally
from kiosk.cloud.egym.settings import EgymSettings

SECRET_FIELDS = frozenset({"rfid", "payload", "refresh_token"})


def credential_grant(credential: Credential, settings: EgymSettings) -> dict[str, str]:
    """The token form for whatever the member tapped."""
    if isinstance(credential, CardCredential):
        return rfid_grant(credential, settings)
    return nfc_grant(credential, settings)


def card_format(card: CardCredential, settings: EgymSettings) -> tuple[str, str]:
    """(rfid, rfid_format) as EGYM has this card on file: also the body of ``POST users/rfid``."""
    if card.technology is CardTechnology.LEGIC:
        return render_card_uid(card.uid, settings.uid_rendering or printed_uid_rendering(card.technology)), "LEGIC"
    if card.technology is CardTechnology.EM4100:
        return render_card_uid(card.uid, settings.low_frequency_rendering), settings.low_frequency_format
    return render_card_uid(card.uid, settings.uid_rendering or printed_uid_rendering(card.technology)), settings.rfid_format


def rfid_grant(card: CardCredential, settings: EgymSettings) -> dict[str, str]:
    """RFID login with the card's true format."""
    rfid, rfid_format = card_format(card, settings)
    return {**_machine("RFID", settings), "rfid": rfid, "rfid_format": rfid_format}


def nfc_grant(wallet: WalletCredential, settings: EgymSettings) -> dict[str, str]:
    """NFC login: ``configuration_index`` (VTAP) when configured, else the pass issuer."""
    check_wallet_payload(wallet.payload)
    body = {**_machine("NFC", settings), "payload": wallet.payload, "transponder_type": wallet.platform.value}
    if settings.configuration_index:
        body["configuration_index"] = str(_int32(settings.configuration_index, "configuration_index"))
    else:
        body["issuer_id"] = _issuer_id(wallet.platform, settings)
    return body


def refresh_token_grant(refresh_token: str, settings: EgymSettings) -> dict[str, str]:
    """A new access token from a refresh token."""
    if not isinstance(refresh_token, str) or not refresh_token:
        raise RefusedLocally("there is no refresh token to use", "refresh_token")
    return {**_machine("REFRESH_TOKEN", settings), "refresh_token": refresh_token}


def _machine(grant: str, settings: EgymSettings) -> dict[str, str]:
    spelled = grant.lower() if settings.grant_spelling == "lower" else grant
    return {"grant_type": spelled, "serial_number": settings.serial_number, "machine_type": settings.machine_type}


def _issuer_id(platform: WalletPlatform, settings: EgymSettings) -> str:
    if platform is WalletPlatform.APPLE:
        if not settings.apple_pass_type_id:
            raise RefusedLocally(
                "Apple Wallet passes are not set up on this kiosk (egym.wallet.apple_pass_type_id is empty)",
                "issuer_id",
            )
        return settings.apple_pass_type_id
    if not settings.google_collector_id:
        raise RefusedLocally(
            "Google Wallet passes are not set up on this kiosk (egym.wallet.google_collector_id is empty)",
            "issuer_id",
        )
    return str(_int32(settings.google_collector_id, "issuer_id"))  # collectorId is an int32 here


def _int32(value: str, field: str) -> int:
    """The standalone schema types these as int32 (the server flavour as strings)."""
    try:
        number = int(value.strip())
    except ValueError:
        raise RefusedLocally(f"{field} must be a whole number for EGYM's standalone API", field) from None
    if not -(2**31) <= number < 2**31:
        raise RefusedLocally(f"{field} does not fit EGYM's 32-bit field", field)
    return number
