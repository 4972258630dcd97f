"""Standalone replies: snake_case tokens, unwrapped user details, ``ApiErrorResponseDTO`` errors.

Errors keep the server flavour's meaning per status (:func:`~kiosk.cloud.egym.replies.error_for_status`);
an ``errorCode`` EGYM documents refines it: ``USER_NOT_FOUND`` on login is
:class:`~kiosk.cloud.errors.NotRegistered` (the card or pass is not linked to a member) whatever
the status, and elsewhere :class:`~kiosk.cloud.errors.PermissionDenied` (kept, an installer looks),
never :class:`~kiosk.cloud.errors.Rejected` (which would discard a measurement).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable

import httpx

from kiosk.cloud.egym.replies import (
    PLATFORM,
    Operation,
    TokenGrant,
    epoch_ms,
    error_for_status,
    is_token,
    json_object,
    optional_number,
    optional_text,
)
from kiosk.cloud.errors import BadReply, CloudError, NotRegistered, PermissionDenied
from kiosk.cloud.reply_body import load_json
from kiosk.models import MemberProfile

log = logging.getLogger(__name__)

NOT_FOUND_CODES = frozenset({"USER_NOT_FOUND"})
_MAX_CODE = 64


@dataclass(frozen=True)
class StandaloneUser:
    """``GET /api/v1/users``: the profile plus what only the standalone flavour tells."""

    profile: MemberProfile  # its ``terms_to_accept`` is True while EGYM's terms wait for the member
    bma_user_id: str | None = field(default=None, repr=False)
    image_id: str | None = None
    training_program: str | None = None
    has_cardio_test: bool = False


def parse_token_reply(response: httpx.Response) -> TokenGrant:
    """A :class:`TokenGrant` from a 200 ``TokenResponseDTO`` (snake_case), or :class:`BadReply`."""
    body = json_object(response, "token reply")
    access_token = body.get("access_token")
    if not is_token(access_token):
        raise BadReply(PLATFORM, "token reply has no usable access_token", response.status_code)
    expires_at_ms = epoch_ms(body.get("expiration_time"))
    if expires_at_ms is None:
        raise BadReply(PLATFORM, "token reply has no usable expiration_time", response.status_code)
    refresh_token = body.get("refresh_token")
    if refresh_token is not None and not is_token(refresh_token):
        log.warning("EGYM token reply carried an unusable refresh_token; continuing without one")
        refresh_token = None
    return TokenGrant(access_token, expires_at_ms, refresh_token)


def parse_user_reply(response: httpx.Response) -> StandaloneUser:
    """The unwrapped ``EquipmentUserDTO``. ``userId`` may be null on xID logins: then ``bmaUserId`` stands in."""
    user = json_object(response, "user details")
    user_id = user.get("userId")
    bma_user_id = optional_text(user, "bmaUserId")
    if not isinstance(user_id, str) or not user_id:
        if not bma_user_id:
            raise BadReply(PLATFORM, "user details have neither userId nor bmaUserId", response.status_code)
        user_id = f"bma:{bma_user_id}"
    image = user.get("image")
    image_id = optional_text(image, "imageId") if isinstance(image, dict) else None
    accepted = user.get("termsAndConditionsAccepted")
    profile = MemberProfile(
        user_id=user_id,
        first_name=optional_text(user, "firstName") or "",
        last_name=optional_text(user, "lastName") or "",
        gender=optional_text(user, "gender"),
        date_of_birth=optional_text(user, "dateOfBirth"),
        height_cm=optional_number(user, "height"),
        weight_kg=optional_number(user, "weight"),
        locale=optional_text(user, "locale"),
        unit_system=optional_text(user, "unitSystem"),
        # trainingGoal is deprecated here; trainingProgram replaces it.
        training_goal=optional_text(user, "trainingProgram") or optional_text(user, "trainingGoal"),
        terms_to_accept=accepted is False,  # absent: nothing to ask; only an explicit false asks
    )
    return StandaloneUser(
        profile=profile,
        bma_user_id=bma_user_id,
        image_id=image_id,
        training_program=optional_text(user, "trainingProgram"),
        has_cardio_test=isinstance(user.get("cardioTestInfo"), dict),
    )


def error_code(response: httpx.Response) -> str | None:
    """The ``ApiErrorResponseDTO.errorCode``, when the body has a plausible one."""
    try:
        body = load_json(response.content)
    except ValueError:
        return None
    code = body.get("errorCode") if isinstance(body, dict) else None
    if isinstance(code, str) and 0 < len(code) <= _MAX_CODE and code.replace("_", "").isalnum() and code.isascii():
        return code
    return None


def standalone_error(
    response: httpx.Response, operation: Operation, subject: str, secrets: Iterable[str]
) -> CloudError:
    """The typed error for a failed standalone reply: status first, then ``errorCode``."""
    error = error_for_status(response, operation, subject, secrets)
    code = error_code(response)
    if code in NOT_FOUND_CODES:
        if operation is Operation.LOGIN:
            return NotRegistered(PLATFORM, f"{subject} not registered at EGYM ({code})", response.status_code)
        return PermissionDenied(PLATFORM, f"EGYM does not know this member ({code})", response.status_code)
    return error
