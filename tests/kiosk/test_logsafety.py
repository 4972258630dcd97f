"""The log filter: a member's data is masked in whatever form it takes, and what support needs stays readable."""
from __future__ import annotations

import io
import logging
import unicodedata
from typing import Iterator

import httpx
import pytest

from hardware.uid import UID_STYLES, render_uid
from kiosk.cloud.egym.replies import Operation, error_for_status
from kiosk.logsafety import (
    MASK,
    RedactingFilter,
    forget_secret,
    register_card_uid,
    register_name,
    register_secret,
    scrub,
)

UID = bytes.fromhex("0B5E3A71")  # big-endian decimal 190724721: nine digits, so its padded form differs
LONG_UID = bytes.fromhex("046E3A125B8090")
NAMES = ("Zoë", "Ng", "Zoë N.", "Whitfield", "Ted")
USER_ID = "-6q1zt84mw2vd"


@pytest.fixture(autouse=True)
def member_at_the_kiosk() -> Iterator[None]:
    """What the EGYM client registers when this member taps and is greeted; forgotten afterwards."""
    register_card_uid(UID, LONG_UID)
    register_name(*NAMES)
    register_secret(USER_ID)
    yield
    renderings = [render_uid(uid, style) for uid in (UID, LONG_UID) for style in UID_STYLES]
    full_decimals = [str(int.from_bytes(LONG_UID, order)) for order in ("big", "little")]
    forget_secret(*renderings, *full_decimals, *NAMES, USER_ID)


@pytest.mark.parametrize(
    "form",
    [
        pytest.param("0b5e3a71", id="UID lower-case hex"),
        pytest.param("0B5E3A71", id="UID upper-case hex"),
        pytest.param("0B:5E:3A:71", id="UID colon-separated"),
        pytest.param("0b-5e-3a-71", id="UID dash-separated"),
        pytest.param("0B 5E 3A 71", id="UID space-separated"),
        pytest.param("713A5E0B", id="UID reversed"),
        pytest.param("71:3a:5e:0b", id="UID reversed colon-separated"),
        pytest.param("1899650571", id="UID dec_le32"),
        pytest.param("190724721", id="UID dec_be32"),
        pytest.param("0190724721", id="UID dec_be32_10"),
        pytest.param("04:6e:3a:12:5b:80:90", id="7-byte UID colon-separated"),
        pytest.param(str(int.from_bytes(LONG_UID, "big")), id="7-byte UID as one decimal"),
        pytest.param("ZOË", id="name upper case"),
        pytest.param(unicodedata.normalize("NFD", "Zoë"), id="name NFD"),
        pytest.param("Zoe", id="name without its accent"),
        pytest.param("Ｚｏｅ", id="name in full-width letters (NFKC)"),
        pytest.param("Zo\u200be", id="name with a zero-width space"),
        pytest.param("Ng", id="two-letter name"),
        pytest.param("NG", id="two-letter name upper case"),
        pytest.param("WHITFIELD", id="long name upper case"),
        pytest.param(USER_ID.upper(), id="user id upper case"),
        pytest.param("dana.w+gym@example.co.uk", id="e-mail"),
        pytest.param("zoë.ng@exämple.de", id="e-mail with accents"),
        pytest.param("1991-07-23", id="date ISO"),
        pytest.param("1991/07/23", id="date YYYY/MM/DD"),
        pytest.param("23.07.1991", id="date DD.MM.YYYY"),
        pytest.param("23/07/1991", id="date DD/MM/YYYY"),
        pytest.param("07/23/1991", id="date MM/DD/YYYY"),
        pytest.param("7/23/1991", id="date M/DD/YYYY"),
        pytest.param("23-07-1991", id="date DD-MM-YYYY"),
        pytest.param("9b1d5e0c7a3f48e2b6d1c0a9f8e7d6c5b4a39281", id="lower-case hex token"),
        pytest.param("9B1D5E0C7A3F48E2", id="upper-case 16-digit hex token"),
        pytest.param("9b1d5e0c7a3f18e2b6d1c0a9f8e7d6c5", id="32 hex digits that are not a UUID"),
        pytest.param("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl", id="JWT"),
        pytest.param("a1b2c3d4e5.f6g7h8i9j0.k1l2m3n4o5", id="dotted three-part token"),
        pytest.param("Zk3jQ0pLr8sVtWq2nXyA5bC7dE9fG1hJ", id="base64url token"),
        pytest.param("k3j5h2g8f7d6s5a4q1w2e3r4", id="lower-case base36 token"),
    ],
)
def test_every_form_of_personal_data_and_tokens_is_masked(form: str) -> None:
    assert scrub(f"seen {form} here") == f"seen {MASK} here"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Authorization: Bearer Zk3jQ0pLr8", f"Authorization: Bearer {MASK}"),
        ("{'x-api-key': 'sandbox-demo-key'}", f"{{'x-api-key': '{MASK}'}}"),
        ('"refreshToken": "short-tok"', f'"refreshToken": "{MASK}"'),
        ("api_key=abc123def", f"api_key={MASK}"),
        ("rfid: 12AB34CD, userId=-9x", f"rfid: {MASK}, userId={MASK}"),
        ('"dateOfBirth": "23 July 1991"', f'"dateOfBirth": "{MASK}"'),
        ("password = 'two words'", f"password = '{MASK}'"),
        ("Whitfields", f"{MASK}s"),  # names of four letters or more are masked inside words too
        ("Ted's card", f"{MASK}'s card"),
        (f"{MASK} already", f"{MASK} already"),
    ],
)
def test_secret_fields_and_names_inside_text_are_masked(text: str, expected: str) -> None:
    assert scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-01 10:00:00,123 INFO took 12.5 ms",
        "paused until 2024-05-01T10:00:00+00:00",
        "measurement 538b671a075a41208da2a4177c233f86 stored",
        "measurement 3f2b8c1e-9a4d-4c1b-8e2f-0123456789ab stored",
        "the measurement was rejected; a session started; the same card; sending",
        "frame 02 41 42 43 03 from the scale, version 6.7.2, retry 1 of 2 in 0.28 s, HTTP 429",
        "module kiosk.outbox.outbox_delivery_worker_started",
        "exported to gym-kiosk-results-20240501-101010.csv",
        "EGYM login succeeded (card, grant RFID); the refresh token was refused",
        "basic settings checked by the bearer of this kiosk card",
        "GET https://partner-api.ext-1.test.co.egym.coffee/api/v1/gyms/130/users",
        "sandbox POST /api/v1/measurements/body -> 204 (3 ms), timestamp 1693474800000",
    ],
)
def test_what_support_needs_is_kept(text: str) -> None:
    assert scrub(text) == text


def test_the_log_filter_masks_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("tests.kiosk.support.logsafety")
    log.addHandler(handler)
    try:
        log.warning("member %s (%s) tapped %s", unicodedata.normalize("NFD", "ZOË"), "zoe.ng@example.org", "0b:5e:3a:71")
        try:
            raise ValueError("born 1991-07-23, card 1899650571")
        except ValueError:
            log.exception("profile refused")
    finally:
        log.removeHandler(handler)
    written = stream.getvalue()
    assert f"member {MASK} ({MASK}) tapped {MASK}" in written
    assert f"ValueError: born {MASK}, card {MASK}" in written and "profile refused" in written


def test_server_error_text_is_masked_before_it_is_cut_short() -> None:
    reply = httpx.Response(
        400,
        json={
            "message": "x" * 150 + " dana.w@example.com",
            "fieldErrors": [{"name": "member", "message": "ZOË Ng born 23.07.1991, session 9b1d5e0c7a3f48e2b6d1"}],
        },
    )
    error = error_for_status(reply, Operation.MEASUREMENT, "card")
    assert str(error).count(MASK) == 4 and "member: " in str(error)
    for personal in ("dana", "example", "ZOË", "Ng ", "1991", "9b1d5e"):
        assert personal not in str(error)
    assert all(MASK in field.message for field in error.field_errors)


def test_an_em4100_wristband_is_masked_in_the_number_printed_on_it() -> None:
    """125 kHz wristbands are registered by their printed number, the decimal of the last four bytes."""
    wristband = bytes.fromhex("67003B51C6")  # printed 0003887558
    register_card_uid(wristband)
    try:
        assert "0003887558" not in scrub("card 0003887558 tapped")
        assert "3887558" not in scrub("card 3887558 tapped")
    finally:
        forget_secret(*(render_uid(wristband, style) for style in UID_STYLES))
