"""Probing serial ports: the right protocol is found on a pty with each simulator on the other end."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Iterator

import pytest

from hardware.probe import capture, default_candidates, list_ports, probe_port
from hardware.pty_port import PtyPort
from hardware.simulators.and_scale import AndScaleSimulator
from hardware.simulators.device_thread import DeviceThread
from hardware.simulators.mt_sics_scale import MtSicsScaleSimulator
from hardware.simulators.tanita_scale import FAST_TIMING, BodyProfile, TanitaScaleSimulator

FAST = {"listen_s": 0.2, "answer_s": 0.3}


@pytest.fixture
def port() -> Iterator[PtyPort]:
    with PtyPort() as pty:
        yield pty


def once(action: Callable[[], object]) -> Callable[[int], None]:
    """An ``on_listen`` callback that runs ``action`` the first time the probe starts listening."""
    started = threading.Event()

    def on_listen(baudrate: int) -> None:
        if not started.is_set():
            started.set()
            action()

    return on_listen


def test_tanita_scale_is_recognised_when_a_member_steps_on(port: PtyPort) -> None:
    scale = TanitaScaleSimulator(port, timing=FAST_TIMING, seed=1)
    try:
        result = probe_port(port.path, on_listen=once(lambda: scale.step_on(BodyProfile(176, 35, "female", 68.0))), **FAST)
    finally:
        scale.stop()
    assert (result.protocol, result.baudrate) == ("tanita", 9600)
    assert result.error is None and result.events_seen >= 1 and result.bytes_seen > 0


def test_and_scale_stream_is_recognised_at_its_default_baud_rate(port: PtyPort) -> None:
    with AndScaleSimulator(port, interval_s=0.02):
        result = probe_port(port.path, **FAST)
    assert (result.protocol, result.baudrate) == ("and-scale", 2400)
    assert result.found and result.rejected == 0


def test_mt_sics_scale_is_asked_for_a_weight_and_recognised(port: PtyPort) -> None:
    with MtSicsScaleSimulator(port) as scale:
        result = probe_port(port.path, **FAST)
    assert (result.protocol, result.baudrate) == ("mt-sics", 9600)
    assert "SI" in scale.commands_received


def test_a_named_baud_rate_is_tried_before_the_defaults(port: PtyPort) -> None:
    with MtSicsScaleSimulator(port):
        result = probe_port(port.path, baudrates=(19200,), **FAST)
    assert (result.protocol, result.baudrate) == ("mt-sics", 19200)


def test_silent_port_finds_nothing_and_says_so(port: PtyPort) -> None:
    result = probe_port(port.path, **FAST)
    assert result.protocol is None and result.port_opened and result.bytes_seen == 0
    assert "no data" in result.error and "9600, 4800, 2400 baud" in result.error


def test_noise_no_protocol_understands_is_reported_as_such(port: PtyPort) -> None:
    with DeviceThread(port, name="noise") as device:
        result = probe_port(port.path, on_listen=once(lambda: device.send_raw(bytes(range(256)) * 4)), **FAST)
    assert result.protocol is None and result.bytes_seen > 0 and result.rejected > 0
    assert "no protocol understood them" in result.error and "--capture" in result.error


def test_missing_port_is_explained(tmp_path: Path) -> None:
    result = probe_port(str(tmp_path / "ttyUSB9"), **FAST)
    assert result.protocol is None and not result.port_opened
    assert "does not exist" in result.error and "gym-kiosk devices" in result.error


def test_protocols_needing_site_options_are_not_guessed() -> None:
    protocols = {candidate.protocol for candidate in default_candidates()}
    assert "generic-line" not in protocols and "nfcpy" not in protocols
    assert {"tanita", "and-scale", "mt-sics", "csafe", "uid-lines"} <= protocols


def test_capture_writes_a_header_line_then_the_raw_bytes(port: PtyPort, tmp_path: Path) -> None:
    payload = b"\x02garbled \xff\x00 frame\r\nST,+00072.50  kg\r\n"
    out = tmp_path / "capture.bin"
    received = capture(port.path, 4800, 0.3, out, on_listen=lambda baudrate: port.write(payload))
    header, _, body = out.read_bytes().partition(b"\n")
    assert received == len(payload) and body == payload
    assert header.startswith(b"# gym-kiosk capture") and f"port={port.path}".encode() in header
    assert b"baud=4800" in header


def test_capture_of_a_missing_port_raises_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="does not exist"):
        capture(str(tmp_path / "nope"), 9600, 0.1, tmp_path / "out.bin")


def test_configured_paths_are_listed_with_the_system_ports(port: PtyPort) -> None:
    listed = list_ports([port.path])
    mine = [info for info in listed if info.device == port.path]
    assert len(mine) == 1 and mine[0].configured
