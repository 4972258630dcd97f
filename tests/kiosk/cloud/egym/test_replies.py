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
    parse_rate_limit_remaining,
    parse_retry_after,
    parse_token_reply,
)
from kiosk.cloud.errors import BadReply, PermissionDenied, RateLimited, Rejected, Transient

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


@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "\uff17", "1" * 5000, "-1", "+1", "1.5", " ", ""])
def test_numeric_headers_take_ascii_digits_only_and_never_raise(value: str) -> None:
    assert parse_retry_after(value) is None
    assert parse_rate_limit_remaining(value) is None


def test_a_retry_after_far_beyond_any_wait_is_still_a_number_for_the_outbox_to_cap() -> None:
    assert parse_retry_after("99999999") == 99999999.0
    assert parse_rate_limit_remaining(" 42 ") == 42


def test_unpaired_surrogates_and_nul_in_any_reply_string_are_replaced_once_when_parsed() -> None:
    raw = (
        b'{"equipmentUser": {"userId": "-1c2y\\ud83d", "firstName": "Max\\u0000\\ud83d", '
        b'"lastName": "\\udc00Muster", "locale": "de_DE\\udfff", "odd\\ud800key": "x"}}'
    )
    profile = parse_profile_reply(reply(content=raw, headers={"content-type": "application/json"}))
    assert (profile.user_id, profile.first_name, profile.last_name) == ("-1c2y\ufffd", "Max\ufffd", "\ufffdMuster")
    assert profile.locale == "de_DE\ufffd"
    for text in (profile.user_id, profile.first_name, profile.last_name, profile.display_name, profile.locale):
        text.encode("utf-8")  # SQLite, logs and Qt need text that encodes


def test_a_paired_surrogate_escape_stays_the_character_it_spells() -> None:
    raw = b'{"equipmentUser": {"userId": "u1", "firstName": "Max \\ud83d\\ude00"}}'
    assert parse_profile_reply(reply(content=raw)).first_name == "Max \U0001F600"


def test_server_error_text_with_unpaired_surrogates_is_replaced() -> None:
    raw = b'{"message": "bad \\ud83d", "fieldErrors": [{"name": "rfid\\udc00", "message": "no\\ud800"}]}'
    error = error_for_status(reply(400, content=raw), Operation.LOGIN, "card")
    assert isinstance(error, Rejected)
    str(error).encode("utf-8")
    assert [(e.name, e.message) for e in error.field_errors] == [("rfid\ufffd", "no\ufffd")]


DEEP = b"[" * 100_000 + b"]" * 100_000


def test_deeply_nested_json_is_a_bad_reply_not_a_recursion_error() -> None:
    with pytest.raises(BadReply):
        parse_token_reply(reply(content=DEEP))
    with pytest.raises(BadReply):
        parse_profile_reply(reply(content=b'{"equipmentUser": ' + DEEP + b"}"))


@pytest.mark.parametrize(("status", "kind"), [(400, Rejected), (429, RateLimited), (502, Transient)])
def test_a_deeply_nested_error_reply_keeps_the_meaning_of_its_status(status: int, kind: type) -> None:
    error = error_for_status(reply(status, content=DEEP), Operation.MEASUREMENT, "")
    assert isinstance(error, kind) and error.status == status
