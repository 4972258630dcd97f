"""What the hub keeps of a logged-in member, sealed at rest: the tapped credential and platform sessions.

The same document is sealed under a login's session handle and beside every measurement
accepted for the member, so a delivery can use the member's tokens, and log them in again
from the credential when the tokens have lapsed (or there never were any).
"""
from __future__ import annotations

from typing import Any, Iterable

from hardware.events import Credential
from kiosk.cloud.hub.wire import credential_from_json, credential_to_json
from kiosk.models import MemberSession


def member_document(credential: Credential, sessions: Iterable[MemberSession]) -> dict[str, Any]:
    return {"credential": credential_to_json(credential),
            "sessions": {session.platform: {"access_token": session.access_token,
                                            "refresh_token": session.refresh_token,
                                            "expires_at_ms": session.expires_at_ms, "user_id": session.user_id}
                         for session in sessions}}


def session_for(document: dict[str, Any], platform: str) -> MemberSession:
    """The member's session at ``platform``; one holding only the credential when the hub has no tokens there."""
    credential = credential_from_json(document["credential"])
    tokens = document.get("sessions", {}).get(platform)
    if not tokens:
        return MemberSession.credential_only(platform, credential)
    return MemberSession(platform=platform, credential=credential, access_token=tokens["access_token"],
                         expires_at_ms=tokens["expires_at_ms"], refresh_token=tokens.get("refresh_token"),
                         user_id=tokens.get("user_id"))
