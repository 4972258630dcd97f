"""Run a sans-I/O :class:`~hardware.events.Decoder` over a serial port on the asyncio loop.

Usage (inside a running event loop, plain asyncio or qasync)::

    link = SerialLink("/dev/ttyUSB0", TanitaDecoder(), on_event, baudrate=9600)
    await link.start()          # returns at once; opens the port or keeps retrying
    ...
    await link.stop()           # idempotent; also available as ``aclose()``

* The port is opened with pyserial (``timeout=0``, non-blocking) and read with
  ``loop.add_reader`` on its descriptor, so no thread is involved. :meth:`write`
  sends short commands; one the device does not accept within 0.2 s is refused
  (counted in ``write_timeouts``) instead of blocking the loop.
* Every event the decoder returns goes to ``on_event(event)`` on the loop
  thread, together with the link's own events: :class:`DeviceConnection` and
  :class:`DataStale`. An exception in ``on_event`` is counted and logged (its
  type only), never propagated into the reader.
* A :class:`~hardware.events.PollingDecoder` (one with ``next_request()``) is
  asked for a request every ``decoder.poll_interval_s`` seconds and the bytes
  are written to the device. A polled device counts as connected once it
  answers, and as lost when ``answer_timeout_s`` passes without any answer;
  polling continues so it is found again when it answers.
* Loss (read/write error, end of file, the device node vanishing) emits
  ``DeviceConnection(connected=False, port)`` once and logs one warning; the
  port is reopened every ``retry_interval_s`` without further log lines, and
  success emits ``DeviceConnection(connected=True, port)`` with one info line.
  If the decoder has a ``reset()`` method it is called on every (re)open so a
  partial frame from before the loss is not glued to new data.
* ``stale_after_s``: when no byte arrives for that long while connected,
  ``DataStale(stale=True)`` is emitted once; the next byte emits
  ``DataStale(stale=False)``. The two strictly alternate, so a screen can grey
  out a live value in between.
* A decoder with a ``tick()`` method is ticked every round (at least every
  0.25 s), so it can report what silence means, such as a tag leaving the field.
* :attr:`SerialLink.stats` returns counters for diagnostics (and the decoder's
  own ``stats`` dict, if it has one).
* :meth:`SerialLink.listen` hands the received bytes to a second reader as well,
  for a command exchange (a profile sent to an analyser, see
  :mod:`hardware.profile_sender`) that must see the replies while the decoder keeps
  decoding everything.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Callable, Union

import serial

from hardware.events import Decoder, DeviceConnection, DeviceEvent, FrameRejected

logger = logging.getLogger(__name__)

_READ_CHUNK = 4096
_MAX_IDLE_WAIT_S = 0.25
# Writes are short commands; a device that does not take them within this time
# (flow control holding us off) gets the write refused rather than a blocked loop.
_WRITE_TIMEOUT_S = 0.2


@dataclass(frozen=True)
class DataStale:
    """No data for ``stale_after_s`` while connected (``stale=True``), or data flows again."""

    stale: bool
    port: str = ""


LinkEvent = Union[DeviceEvent, DataStale]
EventHandler = Callable[[LinkEvent], None]
ByteListener = Callable[[bytes], None]


class SerialLink:
    """Own one serial port: open, read, decode, poll, and recover from unplugging."""

    def __init__(
        self,
        port: str,
        decoder: Decoder,
        on_event: EventHandler,
        *,
        baudrate: int = 9600,
        bytesize: int = serial.EIGHTBITS,
        parity: str = serial.PARITY_NONE,
        stopbits: float = serial.STOPBITS_ONE,
        retry_interval_s: float = 0.25,
        answer_timeout_s: float = 2.0,
        stale_after_s: float | None = None,
    ) -> None:
        _validate_line_settings(baudrate, bytesize, parity, stopbits)
        for name, value in (("retry_interval_s", retry_interval_s), ("answer_timeout_s", answer_timeout_s)):
            if value <= 0:
                raise ValueError(f"{name} must be positive, got {value!r}")
        if stale_after_s is not None and stale_after_s <= 0:
            raise ValueError(f"stale_after_s must be positive or None, got {stale_after_s!r}")
        self.port = port
        self.decoder = decoder
        self._on_event = on_event
        self._line_settings = {"baudrate": baudrate, "bytesize": bytesize, "parity": parity, "stopbits": stopbits}
        self.retry_interval_s = retry_interval_s
        self.answer_timeout_s = answer_timeout_s
        self.stale_after_s = stale_after_s
        self._polled = callable(getattr(decoder, "next_request", None))
        self._listeners: list[ByteListener] = []
        self._serial: serial.Serial | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._connected: bool | None = None
        self._stale = False
        self._last_data_at = 0.0
        self._awaiting_answer_since: float | None = None
        self._next_poll_at = 0.0
        self._counters = dict.fromkeys(
            (
                "bytes_received", "bytes_sent", "events", "frames_rejected", "requests_sent", "write_timeouts",
                "disconnects", "reconnects", "failed_opens", "handler_errors", "decoder_errors", "listener_errors",
            ),
            0,
        )

    @property
    def connected(self) -> bool:
        """True while the port is open (and, for a polled device, answering)."""
        return bool(self._connected)

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._task is not None

    @property
    def stats(self) -> dict[str, Any]:
        """Diagnostic counters; includes the decoder's ``stats`` under ``"decoder"`` if it has any."""
        result: dict[str, Any] = {"port": self.port, "connected": self.connected, "stale": self._stale}
        result.update(self._counters)
        decoder_stats = getattr(self.decoder, "stats", None)
        if isinstance(decoder_stats, dict):
            result["decoder"] = dict(decoder_stats)
        return result

    async def start(self) -> None:
        """Open the port (or begin retrying) and start reading. Calling it again does nothing."""
        if self._task is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._try_open()
        self._task = self._loop.create_task(self._supervise(), name=f"serial-link {self.port}")

    async def stop(self) -> None:
        """Stop reading and close the port. Safe to call more than once."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._close_port()

    aclose = stop

    def write(self, data: bytes) -> bool:
        """Send bytes to the device now; False if the port is not open or the write failed."""
        if self._serial is None:
            return False
        try:
            written = self._serial.write(data)
        except serial.SerialTimeoutException:
            self._counters["write_timeouts"] += 1
            return False
        except (serial.SerialException, OSError) as error:
            self._lose_port(f"write failed ({error})")
            return False
        self._counters["bytes_sent"] += written or 0
        return written == len(data)

    def listen(self, listener: ByteListener) -> Callable[[], None]:
        """Also give every received chunk to ``listener`` (before decoding) until the returned function is called."""
        self._listeners.append(listener)

        def stop_listening() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return stop_listening

    async def _supervise(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if self._serial is None and not self._try_open():
                await self._sleep(self.retry_interval_s)
                continue
            now = loop.time()
            if self._polled:
                self._poll_if_due(now)
                self._check_answer(now)
            self._tick_decoder()
            self._check_stale(now)
            await self._sleep(self._seconds_until_next_check(loop.time()))

    async def _sleep(self, seconds: float) -> None:
        """Wait ``seconds`` or until the reader reports something worth acting on."""
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=max(seconds, 0.0))
        except asyncio.TimeoutError:
            pass

    def _tick_decoder(self) -> None:
        """Let a decoder that reacts to silence (e.g. a card lifted off an RDM6300) report it."""
        tick = getattr(self.decoder, "tick", None)
        if callable(tick):
            for event in tick():
                self._deliver(event)

    def _seconds_until_next_check(self, now: float) -> float:
        deadlines = [now + _MAX_IDLE_WAIT_S]
        if self._polled:
            deadlines.append(self._next_poll_at)
            if self._awaiting_answer_since is not None:
                deadlines.append(self._awaiting_answer_since + self.answer_timeout_s)
        if self.stale_after_s is not None and self._connected and not self._stale:
            deadlines.append(self._last_data_at + self.stale_after_s)
        return min(deadlines) - now

    def _try_open(self) -> bool:
        assert self._loop is not None
        try:
            port = serial.Serial(self.port, timeout=0, write_timeout=_WRITE_TIMEOUT_S, **self._line_settings)
        except (serial.SerialException, OSError, ValueError) as error:
            self._counters["failed_opens"] += 1
            self._report_lost(f"cannot open ({error})")
            return False
        try:
            self._loop.add_reader(port.fileno(), self._on_readable)
        except (OSError, ValueError, NotImplementedError) as error:
            port.close()
            self._counters["failed_opens"] += 1
            self._report_lost(f"cannot watch the port ({error})")
            return False
        self._serial = port
        reset = getattr(self.decoder, "reset", None)
        if callable(reset):
            reset()
        now = self._loop.time()
        self._last_data_at = now
        self._next_poll_at = now
        self._awaiting_answer_since = None
        if not self._polled:
            self._report_connected()
        return True

    def _on_readable(self) -> None:
        port = self._serial
        if port is None or self._loop is None:
            return
        try:
            data = port.read(_READ_CHUNK)
        except (serial.SerialException, OSError) as error:
            self._lose_port(f"read failed ({error})")
            return
        if not data:
            return
        self._counters["bytes_received"] += len(data)
        self._last_data_at = self._loop.time()
        self._awaiting_answer_since = None
        if self._stale:
            self._stale = False
            self._deliver(DataStale(stale=False, port=self.port))
        if self._polled:
            self._report_connected()
        for listener in tuple(self._listeners):
            try:
                listener(data)
            except Exception as error:  # a listener's bug must not stop the reader
                self._counters["listener_errors"] += 1
                logger.error("byte listener raised %s on %d bytes", type(error).__name__, len(data))
        self._decode(data)

    def _decode(self, data: bytes) -> None:
        try:
            events = self.decoder.feed(data)
        except Exception as error:  # a decoder bug must not stop the reader
            self._counters["decoder_errors"] += 1
            logger.error("decoder %s raised %s on %d bytes", type(self.decoder).__name__, type(error).__name__, len(data))
            return
        for event in events:
            self._counters["events"] += 1
            if isinstance(event, FrameRejected):
                self._counters["frames_rejected"] += 1
            self._deliver(event)

    def _poll_if_due(self, now: float) -> None:
        if self._serial is None or now < self._next_poll_at:
            return
        interval = float(getattr(self.decoder, "poll_interval_s", 1.0))
        self._next_poll_at = now + max(interval, 0.01)
        request = self.decoder.next_request()  # type: ignore[attr-defined]
        if not request:
            return
        if self.write(request):
            self._counters["requests_sent"] += 1
            if self._awaiting_answer_since is None:
                self._awaiting_answer_since = now

    def _check_answer(self, now: float) -> None:
        since = self._awaiting_answer_since
        if since is not None and now - since >= self.answer_timeout_s:
            self._awaiting_answer_since = None
            self._report_lost(f"no answer within {self.answer_timeout_s:g} s")

    def _check_stale(self, now: float) -> None:
        if self.stale_after_s is None or not self._connected or self._stale:
            return
        if now - self._last_data_at >= self.stale_after_s:
            self._stale = True
            self._deliver(DataStale(stale=True, port=self.port))

    def _lose_port(self, reason: str) -> None:
        self._close_port()
        self._report_lost(reason)
        self._wake.set()

    def _close_port(self) -> None:
        port, self._serial = self._serial, None
        if port is None:
            return
        if self._loop is not None:
            try:
                self._loop.remove_reader(port.fileno())
            except (OSError, ValueError, serial.SerialException):
                pass
        try:
            port.close()
        except (OSError, serial.SerialException):
            pass

    def _report_lost(self, reason: str) -> None:
        if self._connected is False:
            return
        self._connected = False
        self._counters["disconnects"] += 1
        logger.warning("serial device %s unavailable: %s; retrying every %g s", self.port, reason, self.retry_interval_s)
        self._deliver(DeviceConnection(connected=False, port=self.port))

    def _report_connected(self) -> None:
        if self._connected is True:
            return
        if self._connected is False:
            self._counters["reconnects"] += 1
            logger.info("serial device %s is back", self.port)
        else:
            logger.info("serial device %s connected", self.port)
        self._connected = True
        self._deliver(DeviceConnection(connected=True, port=self.port))

    def _deliver(self, event: LinkEvent) -> None:
        try:
            self._on_event(event)
        except Exception as error:  # the handler's problem must not kill the reader
            self._counters["handler_errors"] += 1
            logger.error("event handler raised %s for %s", type(error).__name__, type(event).__name__)


def _validate_line_settings(baudrate: int, bytesize: int, parity: str, stopbits: float) -> None:
    """Reject impossible line settings up front with a message naming the setting."""
    checks = (
        ("baudrate", baudrate, isinstance(baudrate, int) and baudrate > 0),
        ("bytesize", bytesize, bytesize in serial.Serial.BYTESIZES),
        ("parity", parity, parity in serial.Serial.PARITIES),
        ("stopbits", stopbits, stopbits in serial.Serial.STOPBITS),
    )
    for name, value, ok in checks:
        if not ok:
            raise ValueError(f"serial {name} {value!r} is not supported")
