"""Finding out what is attached to a serial port, and recording its raw output for support.

:func:`probe_port` tries the registry's protocols in registry order, each at its
default baud rate (and first at any baud rate the caller names). The port is
opened once per baud rate; the bytes heard there are fed to every decoder tried
at that rate. Devices that only answer when asked (MT-SICS, CSAFE) get their
decoder's ``next_request()`` written, one protocol at a time. The first protocol
whose decoder turns the bytes into a real event (not :class:`FrameRejected`)
wins; a polled decoder that exposes the device's reported ``status`` also counts
once the device has reported one (an idle CSAFE console sends no figures).

Listening is bounded: ``listen_s`` per baud rate and ``answer_s`` per request.
Probing writes requests to the port, so do not probe a port the kiosk is using.
Nothing here logs or returns the bytes themselves (they may hold card UIDs).
"""
from __future__ import annotations

import errno
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import serial
import serial.tools.list_ports

from hardware.events import Decoder, FrameRejected
from hardware.registry import REGISTRY, DeviceHandler

DEFAULT_LISTEN_S = 2.0
DEFAULT_ANSWER_S = 0.5
MAX_CAPTURE_BYTES = 16 * 1024 * 1024
_READ_CHUNK = 4096
_WRITE_TIMEOUT_S = 0.2

ListenCallback = Callable[[int], None]


@dataclass(frozen=True)
class SerialPortInfo:
    """One serial port the system lists (or the config names)."""

    device: str
    vid_pid: str | None = None  # "0403:6001" for USB adapters
    description: str = ""
    configured: bool = False


@dataclass(frozen=True)
class ProbeCandidate:
    """One protocol to try at one baud rate, with the decoder options to build it with."""

    handler: DeviceHandler
    baudrate: int
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def protocol(self) -> str:
        return self.handler.protocol

    def make_decoder(self) -> Decoder:
        return self.handler.make_decoder(**self.options)


@dataclass(frozen=True)
class ProbeResult:
    """What probing one port found.

    ``protocol``/``baudrate`` name the winner (None when nothing was recognised).
    ``events_seen`` and ``rejected`` count the winner's real events and rejected
    frames; without a winner ``rejected`` counts every decoder's rejections, so a
    non-zero value means data arrived that no protocol understood. ``error`` says
    why nothing was found (None exactly when a protocol was recognised), and
    ``port_opened`` tells a silent port from one that could not be opened.
    """

    port: str
    protocol: str | None
    baudrate: int | None
    events_seen: int = 0
    bytes_seen: int = 0
    rejected: int = 0
    error: str | None = None
    port_opened: bool = False

    @property
    def found(self) -> bool:
        return self.protocol is not None

    def summary(self) -> str:
        """One line for an installer."""
        if self.protocol is not None:
            return (
                f"{self.port}: {self.protocol} at {self.baudrate} baud "
                f"({self.events_seen} events from {self.bytes_seen} bytes)"
            )
        return f"{self.port}: no known protocol recognised: {self.error}"


def list_ports(configured: Iterable[str] = ()) -> list[SerialPortInfo]:
    """Serial ports the system knows, plus configured paths it does not list (ptys, symlinks)."""
    ports: list[SerialPortInfo] = []
    configured_paths = [path for path in configured if path]
    for info in sorted(serial.tools.list_ports.comports(), key=lambda p: p.device):
        vid_pid = f"{info.vid:04X}:{info.pid:04X}" if info.vid is not None and info.pid is not None else None
        description = info.description if info.description and info.description != "n/a" else ""
        ports.append(SerialPortInfo(info.device, vid_pid, description, info.device in configured_paths))
    listed = {port.device for port in ports}
    for path in dict.fromkeys(configured_paths):
        if path not in listed:
            ports.append(SerialPortInfo(path, None, "configured path", configured=True))
    return ports


def default_candidates(baudrates: Sequence[int] = ()) -> list[ProbeCandidate]:
    """Every serial protocol that needs no options, at each of ``baudrates`` and then at its default.

    Protocols that cannot be recognised without site options (``generic-line``
    needs its pattern) are left out; probe them with a configured candidate.
    """
    candidates: list[ProbeCandidate] = []
    for handler in REGISTRY:
        if not handler.serial or not _builds_without_options(handler):
            continue
        for baudrate in dict.fromkeys([*baudrates, handler.default_baudrate]):
            candidates.append(ProbeCandidate(handler, baudrate))
    return candidates


def probe_port(
    port: str,
    candidates: Sequence[ProbeCandidate] | None = None,
    *,
    baudrates: Sequence[int] = (),
    listen_s: float = DEFAULT_LISTEN_S,
    answer_s: float = DEFAULT_ANSWER_S,
    on_listen: ListenCallback | None = None,
) -> ProbeResult:
    """Find which protocol ``port`` speaks; see the module docstring for the rules.

    ``candidates`` defaults to :func:`default_candidates` (``baudrates`` first).
    ``on_listen(baudrate)`` is called each time the port has been opened at a
    rate and listening starts (progress output; tests use it to start a device).
    """
    if listen_s < 0 or answer_s < 0:
        raise ValueError("listen_s and answer_s must not be negative")
    candidates = list(candidates) if candidates is not None else default_candidates(baudrates)
    if not candidates:
        return ProbeResult(port, None, None, error="no protocol to try")
    totals = _Totals()
    groups = _by_baudrate(candidates)
    open_errors: list[str] = []
    for baudrate, group in groups:
        try:
            link = serial.Serial(port, baudrate=baudrate, timeout=0, write_timeout=_WRITE_TIMEOUT_S)
        except (serial.SerialException, OSError, ValueError) as error:
            open_errors.append(describe_open_error(port, error))
            continue
        with link:
            winner = _ProbeRound(link, group, totals).run(listen_s, answer_s, on_listen)
        if winner is not None:
            return winner
    if len(open_errors) == len(groups):
        return ProbeResult(port, None, None, error=open_errors[0])
    return ProbeResult(
        port, None, None, bytes_seen=totals.bytes_seen, rejected=totals.rejected,
        error=_nothing_found(totals, [rate for rate, _ in groups], listen_s), port_opened=True,
    )


def probe_nfc(path: str) -> ProbeResult:
    """Whether nfcpy can open the reader at ``path`` (``usb``, ``tty:USB0:pn532``...); it is closed again."""
    import nfc  # only needed for nfcpy readers

    try:
        frontend = nfc.ContactlessFrontend(path)
    except Exception as error:  # nfcpy raises IOError, ValueError, FileNotFoundError (no libusb)...
        return ProbeResult(path, None, None, error=f"nfcpy cannot open a reader at {path!r}: {error}")
    frontend.close()
    return ProbeResult(path, "nfcpy", None, port_opened=True)


def is_polled(decoder: Decoder) -> bool:
    """True for decoders of devices that only answer when asked (they have ``next_request``)."""
    return callable(getattr(decoder, "next_request", None))


def capture(
    port: str,
    baudrate: int,
    seconds: float,
    out_file: str | Path,
    *,
    max_bytes: int = MAX_CAPTURE_BYTES,
    on_listen: ListenCallback | None = None,
) -> int:
    """Record what ``port`` sends for ``seconds`` into ``out_file``; returns the byte count.

    The file starts with one ``#`` header line (port, baud rate, start time,
    duration); everything after its newline is the raw bytes as received.
    Raises OSError with a readable message if the port cannot be opened.
    """
    if seconds <= 0:
        raise ValueError("seconds must be positive")
    try:
        link = serial.Serial(port, baudrate=baudrate, timeout=0)
    except (serial.SerialException, OSError, ValueError) as error:
        raise OSError(describe_open_error(port, error)) from None
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    header = f"# gym-kiosk capture port={port} baud={baudrate} started={started} seconds={seconds:g}\n"
    received = 0
    with link, open(out_file, "wb") as out:
        out.write(header.encode("utf-8"))
        if on_listen is not None:
            on_listen(baudrate)
        deadline = time.monotonic() + seconds
        while received < max_bytes:
            data = _read_until(link, deadline)
            if not data:
                break
            data = data[: max_bytes - received]
            out.write(data)
            received += len(data)
    return received


def describe_open_error(port: str, error: BaseException) -> str:
    """Why ``port`` could not be opened, with what to do about it."""
    code = getattr(error, "errno", None)
    if code == errno.ENOENT:
        return f"{port} does not exist (is the device plugged in? `gym-kiosk devices` lists the ports)"
    if code == errno.EACCES:
        return (
            f"permission denied opening {port}: add the kiosk's user to the port's group "
            "(usually `sudo usermod -aG dialout USER`), then log in again"
        )
    if code == errno.EBUSY:
        return f"{port} is busy (another program, perhaps the running kiosk, holds it)"
    if isinstance(error, ValueError):
        return f"cannot open {port}: {error}"
    return f"cannot open {port}: {getattr(error, 'strerror', None) or error}"


# --- internals ----------------------------------------------------------------


@dataclass
class _Totals:
    bytes_seen: int = 0
    rejected: int = 0


@dataclass
class _Attempt:
    candidate: ProbeCandidate
    decoder: Decoder
    events: int = 0
    rejected: int = 0

    @property
    def polled(self) -> bool:
        return is_polled(self.decoder)

    def recognised(self) -> bool:
        return self.events > 0 or (self.polled and getattr(self.decoder, "status", None) is not None)


class _ProbeRound:
    """Listening at one baud rate with every decoder that is tried at that rate."""

    def __init__(self, link: serial.Serial, group: list[ProbeCandidate], totals: _Totals) -> None:
        self._link = link
        self._totals = totals
        self._attempts = [_Attempt(candidate, candidate.make_decoder()) for candidate in group]

    def run(self, listen_s: float, answer_s: float, on_listen: ListenCallback | None) -> ProbeResult | None:
        if on_listen is not None:
            on_listen(self._link.baudrate)
        winner = self._listen(listen_s)
        for attempt in self._attempts:
            if winner is not None:
                break
            if not attempt.polled:
                continue
            request = attempt.decoder.next_request()  # type: ignore[attr-defined]
            if request and self._write(request):
                winner = self._listen(answer_s)
        if winner is None:
            return None
        return ProbeResult(
            self._link.port, winner.candidate.protocol, winner.candidate.baudrate,
            events_seen=winner.events, bytes_seen=self._totals.bytes_seen, rejected=winner.rejected, port_opened=True,
        )

    def _listen(self, seconds: float) -> _Attempt | None:
        deadline = time.monotonic() + seconds
        while True:
            data = _read_until(self._link, deadline)
            if not data:
                return None
            self._totals.bytes_seen += len(data)
            for attempt in self._attempts:
                self._feed(attempt, data)
            winner = next((attempt for attempt in self._attempts if attempt.recognised()), None)
            if winner is not None:
                return winner

    def _feed(self, attempt: _Attempt, data: bytes) -> None:
        try:
            events = attempt.decoder.feed(data)
        except Exception:  # a decoder bug is a rejection here, not a crash of the probe
            events = [FrameRejected("decoder error")]
        for event in events:
            if isinstance(event, FrameRejected):
                attempt.rejected += 1
                self._totals.rejected += 1
            else:
                attempt.events += 1

    def _write(self, request: bytes) -> bool:
        try:
            return self._link.write(request) == len(request)
        except (serial.SerialException, OSError):
            return False


def _read_until(link: serial.Serial, deadline: float) -> bytes:
    """Bytes that arrive before ``deadline`` (returns as soon as some are there), or b""."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return b""
    link.timeout = remaining
    try:
        data = link.read(1)
        if data and link.in_waiting:
            data += link.read(min(link.in_waiting, _READ_CHUNK))
    except (serial.SerialException, OSError):
        return b""
    return data


def _by_baudrate(candidates: Sequence[ProbeCandidate]) -> list[tuple[int, list[ProbeCandidate]]]:
    """Candidates grouped by baud rate, groups in order of first appearance, registry order inside."""
    groups: dict[int, list[ProbeCandidate]] = {}
    for candidate in candidates:
        groups.setdefault(candidate.baudrate, []).append(candidate)
    return list(groups.items())


def _builds_without_options(handler: DeviceHandler) -> bool:
    try:
        handler.make_decoder()
    except (TypeError, ValueError):
        return False
    return True


def _nothing_found(totals: _Totals, baudrates: list[int], listen_s: float) -> str:
    rates = ", ".join(str(rate) for rate in baudrates)
    if totals.bytes_seen == 0:
        return (
            f"no data at {rates} baud within {listen_s:g} s per rate: is the device on and connected? "
            "Scales send only while someone stands on them, readers only when a card is presented"
        )
    return (
        f"{totals.bytes_seen} bytes received but no protocol understood them ({totals.rejected} frames rejected): "
        "check the device's output settings, or record them with `gym-kiosk devices --capture` for support"
    )
