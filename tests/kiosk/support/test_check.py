"""``gym-kiosk check`` and ``gym-kiosk devices`` against a loopback EGYM sandbox and pty devices."""
from __future__ import annotations

import socket
import ssl
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from hardware.pty_port import PtyPort
from hardware.simulators.and_scale import AndScaleSimulator, format_and_line
from kiosk.cloud.egym.sandbox import EgymSandbox
from kiosk.cloud.egym.settings import DEFAULT_API_KEY_ENV
from kiosk.sandbox import RunningSandbox, serve_loopback
from kiosk.support.check import run_checks
from kiosk.support.commands import check_main, devices_main
from tests.kiosk.support import write_site

LISTEN = ["--listen", "0.2"]


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DEFAULT_API_KEY_ENV, raising=False)


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with serve_loopback(EgymSandbox()) as running:
        yield running


def lines_of(output: str) -> dict[str, str]:
    """Printed check lines by item name: {"EGYM cloud": "PASS EGYM cloud: ..."}."""
    found = {}
    for line in output.splitlines():
        verdict, _, rest = line.partition(" ")
        if verdict in ("PASS", "FAIL"):
            found[rest.partition(":")[0]] = line
    return found


def test_simulated_site_against_the_sandbox_passes_every_check(
    tmp_path: Path, sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_site(tmp_path, sandbox.base_url)
    assert check_main(["--config", str(config), *LISTEN]) == 0
    lines = lines_of(capsys.readouterr().out)
    assert set(lines) == {
        "config", "API key", "database", "disk space", "secret files", "reader 1 (uid-lines on simulated)",
        "device (tanita on simulated)", "EGYM cloud",
    }
    assert all(line.startswith("PASS") for line in lines.values()), lines
    assert "simulated" in lines["device (tanita on simulated)"]
    assert "API key accepted" in lines["EGYM cloud"]
    stats = sandbox.state.stats()
    assert stats["requestsByStatus"] == {"404": 1} and stats["logins"] == 0  # one login attempt, nobody logged in
    assert sandbox.state.measurements() == []


def test_wrong_api_key_fails_the_cloud_item_saying_the_key_was_refused(
    tmp_path: Path, sandbox: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_site(tmp_path, sandbox.base_url, api_key="not-the-gym-key")
    assert check_main(["--config", str(config), *LISTEN]) != 0
    lines = lines_of(capsys.readouterr().out)
    assert lines["API key"].startswith("PASS")  # present and well protected, only EGYM knows it is wrong
    assert lines["EGYM cloud"].startswith("FAIL") and "refused the API key" in lines["EGYM cloud"]
    assert "not-the-gym-key" not in "".join(lines.values())


def test_bad_config_value_fails_naming_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_site(tmp_path, "http://127.0.0.1:9")
    config.write_text(config.read_text().replace('name = "Test scale"', 'name = "Test scale"\nidle_seconds = 1'))
    assert check_main(["--config", str(config)]) != 0
    output = capsys.readouterr().out
    assert lines_of(output)["config"].startswith("FAIL config: station.idle_seconds: must be at least 5")
    assert "fix the config to run the remaining checks" in output


def test_group_readable_key_file_fails_with_the_chmod_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_site(tmp_path, "http://127.0.0.1:9", api_key="site-key-4711")
    (tmp_path / "egym-api-key").chmod(0o640)
    assert check_main(["--config", str(config)]) != 0
    lines = lines_of(capsys.readouterr().out)
    assert lines["config"].startswith("PASS")
    assert lines["API key"].startswith("FAIL") and f"chmod 600 {tmp_path / 'egym-api-key'}" in lines["API key"]
    assert lines["database"].startswith("PASS")  # the rest of the site is still checked
    assert lines["EGYM cloud"].startswith("FAIL") and "without a usable API key" in lines["EGYM cloud"]
    assert "site-key-4711" not in "".join(lines.values())


def test_missing_config_file_is_one_clear_failure(tmp_path: Path) -> None:
    results = run_checks(tmp_path / "nowhere.toml")
    assert [(r.name, r.ok) for r in results] == [("config", False)]
    assert "not found" in results[0].detail


def test_refused_connection_is_explained(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on once this socket is closed
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    config = write_site(tmp_path, f"http://127.0.0.1:{closed_port}")
    cloud = run_checks(config, listen_s=0.2)[-1]
    assert cloud.name == "EGYM cloud" and not cloud.ok
    assert "refused the connection" in cloud.detail and "egym.base_url" in cloud.detail


def test_untrusted_tls_certificate_is_explained(tmp_path: Path) -> None:
    with _SelfSignedTlsServer(tmp_path) as server:
        config = write_site(tmp_path, f"https://localhost:{server.port}")
        cloud = run_checks(config, listen_s=0.2)[-1]
    assert not cloud.ok and "certificate of localhost is not trusted" in cloud.detail
    assert "egym.ca_bundle" in cloud.detail


def test_real_device_on_its_port_is_probed_with_the_configured_protocol(tmp_path: Path, sandbox: RunningSandbox) -> None:
    with PtyPort() as port, AndScaleSimulator(port, interval_s=0.02):
        device = f'[device]\nprotocol = "and-scale"\nport = "{port.path}"\n'
        results = {r.name: r for r in run_checks(write_site(tmp_path, sandbox.base_url, device=device), listen_s=0.2)}
    item = results[f"device (and-scale on {port.path})"]
    assert item.ok and "answered as and-scale at 2400 baud" in item.detail
    assert item.probe is not None and item.probe.protocol == "and-scale"


def test_wrong_protocol_in_the_config_fails_and_names_the_one_heard(tmp_path: Path, sandbox: RunningSandbox) -> None:
    with PtyPort() as port, AndScaleSimulator(port, interval_s=0.02):
        device = f'[device]\nprotocol = "tanita"\nport = "{port.path}"\n'
        results = {r.name: r for r in run_checks(write_site(tmp_path, sandbox.base_url, device=device), listen_s=0.2)}
    item = results[f"device (tanita on {port.path})"]
    assert not item.ok
    # a pty carries bytes at any rate, so the second opinion already hears A&D at the configured 9600 baud
    assert "not tanita at 9600 baud" in item.detail and "it looks like and-scale at 9600 baud" in item.detail


def test_unplugged_device_fails_with_the_reason(tmp_path: Path, sandbox: RunningSandbox) -> None:
    device = f'[device]\nprotocol = "mt-sics"\nport = "{tmp_path / "ttyUSB7"}"\n'
    results = {r.name: r for r in run_checks(write_site(tmp_path, sandbox.base_url, device=device), listen_s=0.2)}
    item = results[f"device (mt-sics on {tmp_path / 'ttyUSB7'})"]
    assert not item.ok and "does not exist" in item.detail


def test_devices_command_probes_a_port_and_names_its_protocol(capsys: pytest.CaptureFixture[str]) -> None:
    with PtyPort() as port, AndScaleSimulator(port, interval_s=0.02):
        assert devices_main(["--probe", "--port", port.path, *LISTEN]) == 0
    output = capsys.readouterr().out
    assert output.splitlines()[0].startswith(port.path)
    assert "-> and-scale at 2400 baud" in output


def test_devices_command_captures_raw_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "capture.bin"
    with PtyPort() as port, AndScaleSimulator(port, interval_s=0.02):
        assert devices_main(["--capture", port.path, "--seconds", "0.3", "--baud", "2400", "--out", str(out)]) == 0
    header, _, body = out.read_bytes().partition(b"\n")
    assert b"baud=2400" in header and format_and_line("ST", 0.0) in body
    assert f"to {out}" in capsys.readouterr().out


def test_devices_command_refuses_capture_without_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert devices_main(["--capture", "/dev/ttyUSB0"]) == 2
    assert "--capture needs --out FILE" in capsys.readouterr().err


class _SelfSignedTlsServer:
    """A loopback TLS endpoint with a certificate nobody trusts; it only completes handshakes."""

    def __init__(self, directory: Path) -> None:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
        now = datetime.now(timezone.utc)
        certificate = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256())
        )
        cert_file, key_file = directory / "cert.pem", directory / "key.pem"
        cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert_file, key_file)
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="tls-test-server", daemon=True)

    def __enter__(self) -> "_SelfSignedTlsServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self._socket.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self._socket.close()
        self._thread.join(5)

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            try:
                with self._context.wrap_socket(connection, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                connection.close()
