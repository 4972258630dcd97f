"""An independent check of the kiosk's standalone requests against EGYM's document.

The sandbox validates with jsonschema; this test uses fastjsonschema (a different
implementation) on every request the kiosk's client sent during a full member visit,
so a shared misreading of the document would have to happen twice to go unnoticed.
"""
from __future__ import annotations

import hashlib
import json
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl

import fastjsonschema
import httpx

from hardware import fields
from hardware.events import CardCredential, CardTechnology, WalletCredential, WalletPlatform
from kiosk.cloud.egym.integration import EgymIntegration
from kiosk.cloud.egym.sandbox.members import DEMO_MEMBERS
from kiosk.cloud.egym.sandbox.app import STANDALONE_PREFIX
from kiosk.cloud.egym.standalone.client import StandaloneClient
from kiosk.models import Measurement
from tests.kiosk.cloud.egym.standalone.support import ONE_TRY, settings

DOCUMENT = json.loads(
    resources.files("kiosk.cloud.egym.sandbox").joinpath("standalone-openapi.json").read_text(encoding="utf-8")
)
FORMATS = {name: (lambda value: True) for name in ("int32", "int64", "double", "float", "date", "date-time", "binary")}


class Recording(httpx.AsyncBaseTransport):
    """Passes requests on to the sandbox and keeps a copy of each."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[str, str, dict[str, str], str, bytes]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        path = request.url.path.removeprefix(STANDALONE_PREFIX)  # where the sandbox serves the standalone API
        self.sent.append((request.method, path, dict(request.url.params),
                          request.headers.get("content-type", ""), body))
        return await self.inner.handle_async_request(request)


def schema_check(schema: dict[str, Any], instance: Any) -> None:
    fastjsonschema.compile({**schema, "components": DOCUMENT["components"]}, formats=FORMATS)(instance)


def conforms(method: str, path: str, query: dict[str, str], content_type: str, body: bytes) -> None:
    operation = DOCUMENT["paths"][path][method.lower()]
    for parameter in operation.get("parameters", []):
        if parameter.get("required"):
            assert parameter["name"] in query, f"{method} {path} lacks {parameter['name']}"
    assert set(query) <= {p["name"] for p in operation.get("parameters", [])}, f"{method} {path}: unknown query"
    for parameter in operation.get("parameters", []):
        if parameter["name"] in query and "schema" in parameter:  # a query string is text: numbers as the schema says
            value: Any = query[parameter["name"]]
            if parameter["schema"].get("type") == "integer":
                value = int(value)
            schema_check(parameter["schema"], value)
    declared = operation.get("requestBody", {}).get("content", {})
    if not declared:
        assert body == b"", f"{method} {path} sends a body the document does not declare"
        return
    media = content_type.split(";")[0]
    assert media in declared, f"{method} {path} sent {media}"
    if media == "application/json":
        schema_check(declared[media]["schema"], json.loads(body))
        return
    form: dict[str, Any] = dict(parse_qsl(body.decode()))
    grant = form["grant_type"]
    if "configuration_index" in form:
        form["configuration_index"] = {"configurationIndex": int(form["configuration_index"])}
    if "issuer_id" in form:  # the document's oneOf cannot pass (both branches match anything): check the branch
        google = form["transponder_type"] == "GOOGLE"
        issuer = {"collectorId": int(form["issuer_id"])} if google else {"passTypeId": form["issuer_id"]}
        schema_check({"$ref": f"#/components/schemas/{'GoogleSmartTapCollector' if google else 'AppleVasPassType'}"},
                     issuer)
        del form["issuer_id"]
    schema_check({"$ref": DOCUMENT["components"]["schemas"]["TokenRequestDTO"]["discriminator"]["mapping"][grant]}, form)


async def test_every_request_of_a_visit_conforms_to_the_document(standalone_url: str) -> None:
    recording = Recording(httpx.AsyncHTTPTransport())
    member, wallet_member = DEMO_MEMBERS[-1], DEMO_MEMBERS[0]
    async with StandaloneClient(settings(base_url=standalone_url), retry=ONE_TRY, transport=recording) as client:
        await client.partner_info()
        await client.heartbeat()
        integration = EgymIntegration(client, settings())
        session = await integration.login(CardCredential(member.uid))
        await client.terms_html("en_GB")
        await client.accept_terms(session.access_token, "en_GB")
        await integration.fetch_profile(session)
        await integration.submit(Measurement(kind="body", values={fields.WEIGHT_KG: 60.0}), session)
        await client.refresh(session.refresh_token or "")
        await client.login(CardCredential(bytes.fromhex("0A0B0C0D04"), CardTechnology.EM4100))
        wallet = await client.login(WalletCredential(wallet_member.wallet_payload or "", WalletPlatform.APPLE))
        await client.link_card(wallet.access_token, CardCredential(bytes.fromhex("55667788")))
        await client.history(wallet.access_token, "body", page_size=3, most=5)  # two pages: the second by lastId
        await client.todays_points(wallet.access_token)
        await client.activity_level(wallet.access_token)
    async with StandaloneClient(settings(base_url=standalone_url, configuration_index="2"), retry=ONE_TRY, transport=recording) as client:
        await client.login(WalletCredential(DEMO_MEMBERS[1].wallet_payload or "", WalletPlatform.GOOGLE))
    async with StandaloneClient(settings(base_url=standalone_url), retry=ONE_TRY, transport=recording) as client:
        await client.login(WalletCredential(DEMO_MEMBERS[1].wallet_payload or "", WalletPlatform.GOOGLE))
    assert len(recording.sent) == 17
    for request in recording.sent:
        conforms(*request)


def test_the_independent_check_catches_a_request_without_machine_type() -> None:
    body = b"grant_type=RFID&serial_number=S&rfid=AB&rfid_format=MIFARE"
    try:
        conforms("POST", "/api/v1/oauth/token", {}, "application/x-www-form-urlencoded", body)
    except fastjsonschema.JsonSchemaException as error:
        assert "machine_type" in str(error)
    else:
        raise AssertionError("a token request without machine_type passed the check")


# sha256 of egym-equipment-vendor-standalone-openapi.json as published in the shared reference folder.
PUBLISHED_SHA256 = "cd7d638e4297b82e29d5fa53262bea79eb2676abaaf6327a9b5e4193ffb21188"


def test_the_sandbox_validates_against_egyms_published_document_unchanged() -> None:
    """The copy that ships in the sandbox package is byte for byte the document EGYM published."""
    shipped = resources.files("kiosk.cloud.egym.sandbox").joinpath("standalone-openapi.json").read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == PUBLISHED_SHA256
