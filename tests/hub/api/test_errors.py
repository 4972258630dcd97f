"""Bad requests get a 4xx naming what is wrong, in the error shape; oversized bodies 413."""
from __future__ import annotations

from tests.hub.running import HubUnderTest, bearer


def refusal(reply) -> tuple[int, str, str]:
    error = reply.json()["error"]
    return reply.status_code, error["code"], error["message"]


def test_a_body_over_64_kib_is_too_large(hub: HubUnderTest, kiosk: dict) -> None:
    status, code, _ = refusal(hub.http.post("/api/v1/heartbeat", headers=bearer(kiosk),
                                            content=b'{"version": "' + b"x" * 70_000 + b'"}'))
    assert (status, code) == (413, "too_large")


def test_a_wrong_type_is_a_bad_request_naming_the_field(hub: HubUnderTest, kiosk: dict) -> None:
    cases = [
        ("/api/v1/measurements", {"uniqueMeasurementId": 5}, "uniqueMeasurementId"),
        ("/api/v1/login", {"credential": {"kind": "card", "technology": "MIFARE", "uid": 1234}}, "credential.uid"),
        ("/api/v1/heartbeat", {"version": "0.1.0", "queue_depth": "3"}, "queue_depth"),
        ("/api/v1/enrol", {"code": 12345678}, "code"),
    ]
    for path, body, field in cases:
        status, code, message = refusal(hub.http.post(path, json=body, headers=bearer(kiosk)))
        assert (status, code) == (400, "bad_request") and field in message, (path, message)
    status, code, message = refusal(hub.http.get("/api/v1/measurements/m", params={"wait": "forever"},
                                                 headers=bearer(kiosk)))
    assert (status, code) == (400, "bad_request") and "wait" in message


def test_text_that_is_not_json_is_a_bad_request(hub: HubUnderTest, kiosk: dict) -> None:
    status, code, _ = refusal(hub.http.post("/api/v1/login", content=b"\xff\xfe not json", headers=bearer(kiosk)))
    assert (status, code) == (400, "bad_request")

