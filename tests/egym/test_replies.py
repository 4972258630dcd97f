"""Reading EGYM's replies, including the quirks of its published schema."""
from __future__ import annotations

from email.utils import format_datetime
from datetime import datetime, timezone

import httpx
import pytest

from kiosk.cloud.egym.replies import (
    SPEC_BUG_REFRESH_TOKEN_KEY,
    Operation,
    error_for_status,
    expect_no_content,
    parse_profile_reply,
    parse_retry_after,
    parse_token_reply,
)
from kiosk.cloud.errors import BadReply, PermissionDenied, Rejected

EXPIRY_MS = 1_900_000_000_000


def reply(status: int = 200, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("POST", "https://egym.invalid/api/v1/oauth/token"), **kwargs)


def test_refresh_token_is_read_from_the_intended_property() -> None:
    grant = parse_token_reply(reply(json={"accessToken": "a1", "refreshToken": "r1", "expirationTime": EXPIRY_MS}))
    assert (grant.access_token, grant.refresh_token, grant.expires_at_ms) == ("a1", "r1", EXPIRY_MS)


def test_refresh_token_under_the_schema_bug_name_is_still_found() -> None:
    body = {"accessToken": "a1", SPEC_BUG_REFRESH_TOKEN_KEY: "r1", "expirationTime": EXPIRY_MS}
    assert parse_token_reply(reply(json=body)).refresh_token == "r1"


def test_a_token_reply_without_refresh_token_is_fine() -> None:
    assert parse_token_reply(reply(json={"accessToken": "a1", "expirationTime": EXPIRY_MS})).refresh_token is None


def test_token_repr_shows_no_token() -> None:
    grant = parse_token_reply(reply(json={"accessToken": "secret-a", "refreshToken": "secret-r", "expirationTime": EXPIRY_MS}))
    assert "secret" not in repr(grant) and "secret" not in str(grant)


@pytest.mark.parametrize(
    "body",
    [
        {"expirationTime": EXPIRY_MS},
        {"accessToken": "", "expirationTime": EXPIRY_MS},
        {"accessToken": "has space", "expirationTime": EXPIRY_MS},
        {"accessToken": "line\nbreak", "expirationTime": EXPIRY_MS},
        {"accessToken": 12345, "expirationTime": EXPIRY_MS},
        {"accessToken": "a1"},
        {"accessToken": "a1", "expirationTime": "1900000000000"},
        {"accessToken": "a1", "expirationTime": True},
        {"accessToken": "a1", "expirationTime": -5},
    ],
)
def test_a_token_reply_without_usable_token_or_expiry_is_a_bad_reply(body: dict) -> None:
    with pytest.raises(BadReply):
        parse_token_reply(reply(json=body))


def test_an_expiry_sent_in_seconds_is_understood() -> None:
    grant = parse_token_reply(reply(json={"accessToken": "a1", "expirationTime": EXPIRY_MS // 1000}))
    assert grant.expires_at_ms == EXPIRY_MS


def test_profile_with_wrongly_typed_optional_fields_still_greets_the_member() -> None:
    user = {"userId": "-1c2yqo37vn9m", "firstName": "Max", "lastName": "Mustermann", "height": "tall", "weight": 75}
    profile = parse_profile_reply(reply(json={"equipmentUser": user}))
    assert profile.display_name == "Max M."
    assert (profile.height_cm, profile.weight_kg) == (None, 75.0)


@pytest.mark.parametrize("body", [{}, {"equipmentUser": []}, {"equipmentUser": {"firstName": "Max"}}])
def test_profile_without_equipment_user_or_id_is_a_bad_reply(body: dict) -> None:
    with pytest.raises(BadReply) as bad:
        parse_profile_reply(reply(json=body))
    assert "Max" not in str(bad.value)


def test_retry_after_in_seconds_and_as_http_date() -> None:
    now = datetime(2025, 3, 1, 12, 0, 0, tzinfo=timezone.utc)
    later = datetime(2025, 3, 1, 12, 0, 42, tzinfo=timezone.utc)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(format_datetime(later, usegmt=True), now=now.timestamp()) == 42.0
    assert parse_retry_after(format_datetime(now, usegmt=True), now=later.timestamp()) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_server_text_in_a_400_never_repeats_what_we_sent() -> None:
    body = {"message": "unknown rfid AB1020CD", "fieldErrors": [{"name": "rfid", "message": "AB1020CD not valid", "rejectedValue": "AB1020CD"}]}
    error = error_for_status(reply(400, json=body), Operation.LOGIN, "card", secrets=["AB1020CD"])
    assert isinstance(error, Rejected)
    assert "AB1020CD" not in str(error)
    assert [f.name for f in error.field_errors] == ["rfid"]
    assert "AB1020CD" not in error.field_errors[0].message


def test_a_404_outside_login_is_a_setup_problem_not_a_rejection() -> None:
    error = error_for_status(reply(404, json={"message": "not found"}), Operation.MEASUREMENT, "")
    assert isinstance(error, PermissionDenied) and error.status == 404


def test_a_captive_portal_page_is_not_taken_as_a_stored_measurement() -> None:
    with pytest.raises(BadReply, match="web page"):
        expect_no_content(reply(200, text="<html>Please log in to the gym Wi-Fi</html>", headers={"content-type": "text/html"}))
    expect_no_content(reply(204))
