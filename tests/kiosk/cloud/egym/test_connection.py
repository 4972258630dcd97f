"""How the EGYM client uses the network: kept-alive connections, checked TLS, the right
credential on each call, and nothing secret in errors or logs."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime
import ipaddress
import logging
import ssl
from pathlib import Path
from typing import AsyncIterator, Iterator

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from hardware import fields
from hardware.events import CardCredential, WalletCredential, WalletPlatform
from kiosk.cloud.egym import CallRetry, EgymClient, EgymIntegration, EgymSettings
from kiosk.cloud.errors import CloudError, Transient
from kiosk.config_section import ConfigError
from kiosk.models import Measurement
from kiosk.cloud.egym.sandbox import (
    DEMO_API_KEY,
    DEMO_APPLE_PASS_TYPE_ID,
    DEMO_GOOGLE_COLLECTOR_ID,
    DEMO_GYM_ID,
    DEMO_MACHINE_NAME,
    DEMO_MEMBERS,
    EgymSandbox,
    SandboxState,
    create_app,
)
from kiosk.cloud.errors import CloudError, Transient
from kiosk.config_section import ConfigError
from kiosk.models import Measurement
from kiosk.sandbox import RunningSandbox, serve_loopback

MEMBER = DEMO_MEMBERS[0]
FAST_RETRY = CallRetry(base_delay_s=0.001, max_delay_s=0.005)


def demo_settings(base_url: str, **changes: object) -> EgymSettings:
    settings = EgymSettings(
        base_url=base_url,
        gym_id=DEMO_GYM_ID,
        machine_name=DEMO_MACHINE_NAME,
        api_key=DEMO_API_KEY,
        apple_pass_type_id=DEMO_APPLE_PASS_TYPE_ID,
        google_collector_id=DEMO_GOOGLE_COLLECTOR_ID,
    )
    return dataclasses.replace(settings, **changes)


class CountingRelay:
    """A TCP relay in front of the loopback sandbox that counts the connections clients open.

    With ``tls`` it also terminates TLS, standing in for an HTTPS endpoint.
    """

    def __init__(self, target: str, tls: ssl.SSLContext | None = None) -> None:
        url = httpx.URL(target)
        self._target = (url.host, url.port)
        self._tls = tls
        self._pipes: set[asyncio.Task[None]] = set()
        self.accepted = 0
        self.base_url = ""

    async def __aenter__(self) -> "CountingRelay":
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0, ssl=self._tls)
        port = self._server.sockets[0].getsockname()[1]
        self.base_url = f"{'https' if self._tls else 'http'}://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._server.close()
        for task in list(self._pipes):
            task.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)
        await self._server.wait_closed()

    async def _relay(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        upstream_reader, upstream_writer = await asyncio.open_connection(*self._target)
        pipes = [
            asyncio.create_task(self._pipe(client_reader, upstream_writer)),
            asyncio.create_task(self._pipe(upstream_reader, client_writer)),
        ]
        self._pipes.update(pipes)
        await asyncio.gather(*pipes, return_exceptions=True)

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()


@dataclasses.dataclass(frozen=True)
class SiteCertificates:
    ca_file: Path
    server_context: ssl.SSLContext


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> SiteCertificates:
    """A private CA and a server certificate for 127.0.0.1 signed by it."""
    folder = tmp_path_factory.mktemp("tls")
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "gym-kiosk test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = folder / "site-ca.pem"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    chain_file, key_file = folder / "server.pem", folder / "server.key"
    chain_file.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(chain_file, key_file)
    return SiteCertificates(ca_file, server_context)


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox(api_keys={DEMO_API_KEY: DEMO_GYM_ID})) as running:
        yield running


async def test_consecutive_calls_reuse_one_connection(sandbox: RunningSandbox) -> None:
    async with CountingRelay(sandbox.base_url) as relay:
        async with EgymClient(demo_settings(relay.base_url), retry=FAST_RETRY) as client:
            grant = await client.login(CardCredential(MEMBER.uid))
            await client.fetch_profile(grant.access_token)
            await client.submit_measurement(Measurement("body", {fields.WEIGHT_KG: 70.2}), grant.access_token)
        assert relay.accepted == 1
    assert len(sandbox.state.measurements()) == 1


async def test_a_dropped_connection_is_replaced_and_the_call_succeeds(sandbox: RunningSandbox) -> None:
    sandbox.state.faults.drop_next(after_processing=True, path_prefix="/api/v1/measurements")
    async with CountingRelay(sandbox.base_url) as relay:
        async with EgymClient(demo_settings(relay.base_url), retry=FAST_RETRY) as client:
            grant = await client.login(CardCredential(MEMBER.uid))
            await client.submit_measurement(Measurement("body", {fields.WEIGHT_KG: 70.2}), grant.access_token)
        assert relay.accepted == 2
    assert len(sandbox.state.measurements()) == 1


async def test_https_with_the_sites_ca_bundle_works(sandbox: RunningSandbox, certificates: SiteCertificates) -> None:
    async with CountingRelay(sandbox.base_url, tls=certificates.server_context) as relay:
        settings = demo_settings(relay.base_url, ca_bundle=str(certificates.ca_file))
        async with EgymClient(settings, retry=FAST_RETRY) as client:
            grant = await client.login(CardCredential(MEMBER.uid))
            assert (await client.fetch_profile(grant.access_token)).user_id == MEMBER.user_id


async def test_an_untrusted_certificate_is_refused(sandbox: RunningSandbox, certificates: SiteCertificates) -> None:
    async with CountingRelay(sandbox.base_url, tls=certificates.server_context) as relay:
        async with EgymClient(demo_settings(relay.base_url), retry=FAST_RETRY) as client:
            with pytest.raises(Transient, match="TLS certificate not trusted"):
                await client.login(CardCredential(MEMBER.uid))
    assert sandbox.state.stats()["logins"] == 0


def test_an_unreadable_ca_bundle_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="egym.ca_bundle"):
        EgymClient(demo_settings("https://egym.invalid", ca_bundle=str(tmp_path / "missing.pem")))


async def test_login_sends_only_the_api_key_and_other_calls_only_the_bearer_token() -> None:
    state = SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID})
    app = create_app(state)
    seen: list[tuple[str, bool, bool]] = []

    async def observed(scope, receive, send) -> None:
        headers = {name.decode().lower() for name, _ in scope.get("headers", [])}
        seen.append((scope["path"], "x-api-key" in headers, "authorization" in headers))
        await app(scope, receive, send)

    transport = httpx.ASGITransport(app=observed)
    async with EgymClient(demo_settings("http://egym-sandbox.local"), transport=transport) as client:
        grant = await client.login(CardCredential(MEMBER.uid))
        await client.fetch_profile(grant.access_token)
        await client.submit_measurement(Measurement("body", {fields.WEIGHT_KG: 70.2}), grant.access_token)
    assert seen == [
        ("/api/v1/oauth/token", True, False),
        (f"/api/v1/gyms/{DEMO_GYM_ID}/users", False, True),
        ("/api/v1/measurements/body", False, True),
    ]


async def test_no_secret_or_personal_data_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    state = SandboxState(api_keys={DEMO_API_KEY: DEMO_GYM_ID}, issue_refresh_tokens=True)
    transport = httpx.ASGITransport(app=create_app(state))
    settings = demo_settings("http://egym-sandbox.local")
    wallet_member = next(m for m in DEMO_MEMBERS if m.wallet_platform == "APPLE")
    errors: list[CloudError] = []
    issued: list[str] = []

    async def expect_failure(call) -> None:
        with pytest.raises(CloudError) as caught:
            await call
        errors.append(caught.value)

    async with EgymClient(settings, retry=CallRetry(max_attempts=2, base_delay_s=0.001), transport=transport) as client:
        egym = EgymIntegration(client, settings)
        session = await egym.login(WalletCredential(wallet_member.wallet_payload, WalletPlatform.APPLE))
        issued += [session.access_token, session.refresh_token or ""]
        profile = await egym.fetch_profile(session)
        state.expire_tokens()
        await egym.submit(Measurement("body", {fields.WEIGHT_KG: 61.0}), session)
        issued += [session.access_token, session.refresh_token or ""]

        async with EgymClient(dataclasses.replace(settings, api_key="kiosk-key-9c1e"), transport=transport) as wrong_key:
            await expect_failure(wrong_key.login(CardCredential(MEMBER.uid)))
        await expect_failure(client.login(CardCredential(bytes.fromhex("99887766"))))
        await expect_failure(client.login(WalletCredential(wallet_member.wallet_payload + "\u00e9", WalletPlatform.APPLE)))
        await expect_failure(client.refresh(issued[1]))  # already used
        await expect_failure(client.submit_measurement(Measurement("body", {fields.WEIGHT_KG: 61.0}), issued[0]))
        state.faults.fail_next(429, count=2)
        await expect_failure(client.fetch_profile(session.access_token))
        state.faults.drop_next(count=2)
        await expect_failure(client.login(CardCredential(MEMBER.uid)))
        state.faults.garbage_next(kind="json", count=2)
        await expect_failure(client.fetch_profile(session.access_token))

    secrets = [
        DEMO_API_KEY,
        "kiosk-key-9c1e",
        MEMBER.rfid,
        "99887766",
        wallet_member.wallet_payload,
        profile.first_name,
        profile.last_name,
        *filter(None, issued),
    ]
    texts = [caplog.text, repr(session), repr(profile)] + [f"{e!s} {e!r} {e.args!r}" for e in errors]
    assert len(errors) == 8
    for secret in secrets:
        for text in texts:
            assert secret not in text
