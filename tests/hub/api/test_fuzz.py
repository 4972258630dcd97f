"""Whatever a client sends to any route of the kiosk-facing API, the hub answers below 500, in the error shape.

``HYPOTHESIS_EXAMPLES`` sets the budget (CI: 10,000).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from hub.composition import build_hub
from hub.config import parse_hub_config
from hub.store.kiosks import create_enrolment_code, exchange_enrolment_code
from kiosk.cloud.egym.sandbox import DEMO_API_KEY, DEMO_GYM_ID, DEMO_MACHINE_NAME, DEMO_MEMBERS, EgymSandbox
from kiosk.sandbox import serve_loopback

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "200"))
ROUTES = [("POST", "/api/v1/enrol"), ("POST", "/api/v1/login"), ("POST", "/api/v1/measurements"),
          ("GET", "/api/v1/measurements"), ("GET", "/api/v1/measurements/{id}"),
          ("POST", "/api/v1/measurements/{id}/resend"), ("POST", "/api/v1/measurements/{id}/discard"),
          ("POST", "/api/v1/heartbeat"), ("PUT", "/api/v1/heartbeat"), ("GET", "/api/v2/nothing")]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=20), children, max_size=5),
    max_leaves=25)
# Documents shaped like the real ones, with any field replaced, so validation beyond the first check is reached.
card = st.fixed_dictionaries({"kind": st.sampled_from(["card", "wallet", "x"]),
                              "technology": st.sampled_from(["MIFARE", "LEGIC", "NFC"]) | json_values,
                              "uid": st.sampled_from([DEMO_MEMBERS[0].uid.hex().upper(), "0G", ""]) | json_values,
                              "platform": st.sampled_from(["APPLE", "GOOGLE"]) | json_values,
                              "payload": json_values})
measurement = st.fixed_dictionaries({"kind": st.sampled_from(["body", "cardio"]) | json_values,
                                     "timestamp_ms": st.integers() | json_values,
                                     "device_model": st.text(max_size=10) | json_values,
                                     "values": st.dictionaries(st.text(max_size=10), st.floats() | json_values)})
shaped = st.fixed_dictionaries({}, optional={
    "code": st.text(alphabet="0123456789", max_size=9) | json_values, "credential": card | json_values,
    "uniqueMeasurementId": st.text(max_size=300) | json_values, "session": json_values,
    "measurement": measurement | json_values, "destination": st.sampled_from(["egym", ""]) | json_values,
    "reason": json_values, "version": json_values, "devices": json_values, "queue_depth": json_values,
    "last_error": json_values})
bodies = (shaped.map(lambda d: json.dumps(d, allow_nan=True).encode()) | json_values.map(lambda v: json.dumps(v).encode())
          | st.binary(max_size=200) | st.just(b"[" * 50_000) | st.just(b" " * (64 * 1024 + 1)))
queries = st.dictionaries(st.sampled_from(["wait", "after", "limit"]),
                          st.sampled_from(["0", "-1", "31", "nan", "inf", "1e400", "0.01", "x", ""]), max_size=3)


@pytest.fixture(scope="module")
def hub_http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, str]]:
    folder: Path = tmp_path_factory.mktemp("hub")
    with serve_loopback(EgymSandbox(api_keys={DEMO_API_KEY: DEMO_GYM_ID})) as sandbox:
        config = parse_hub_config({"hub": {"listen": "127.0.0.1:0"}, "gyms": {"g": {"egym": {
            "base_url": sandbox.base_url, "gym_id": DEMO_GYM_ID, "machine_name": DEMO_MACHINE_NAME}}}},
            source=folder / "hub.toml", secrets={"egym": DEMO_API_KEY})
        hub = build_hub(config, worker_options={"poll_s": 0.5})
        credential = exchange_enrolment_code(hub.engine, create_enrolment_code(hub.engine, "g", "s", "body", 0), 0)
        with hub.start() as running, httpx.Client(base_url=running.base_url, timeout=60) as http:
            yield http, credential.credential
        hub.close()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
@given(route=st.sampled_from(ROUTES), body=bodies, query=queries, authorised=st.booleans(),
       unique_id=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=40))
def test_no_request_makes_the_hub_fail(hub_http: tuple[httpx.Client, str], route, body: bytes, query: dict, authorised: bool,
                                       unique_id: str) -> None:
    http, credential = hub_http
    method, path = route
    headers = {"Content-Type": "application/json"}
    if authorised:
        headers["Authorization"] = f"Bearer {credential}"
    reply = http.request(method, path.replace("{id}", quote(unique_id, safe="")), content=body, params=query,
                         headers=headers)
    assert reply.status_code < 500 or (reply.status_code == 503 and reply.json()["error"]["code"] == "platform_unavailable")
    if reply.status_code >= 400:
        error = reply.json()["error"]
        assert isinstance(error["code"], str) and error["code"]
        assert isinstance(error["message"], str) and error["message"]
