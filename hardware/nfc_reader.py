"""Read ISO 14443-A card UIDs with nfcpy and hand them to the asyncio loop.

nfcpy blocks, so the reader runs in its own thread::

    reader = NfcpyReader("usb", reader_id="door")        # or "tty:USB0:pn532", "udp:localhost:54321"
    reader.start(loop, on_event)                          # CredentialPresented / CredentialRemoved
    ...
    reader.stop()                                         # returns once the thread has ended

* A card held on the reader gives one :class:`CredentialPresented`; lifting it
  gives :class:`CredentialRemoved`. The same UID coming back within
  ``repeat_guard_s`` of its removal (a flaky presence check) is not reported again.
* When the reader cannot be opened (or stops answering) one warning is logged and
  opening is retried every ``retry_interval_s`` without more log lines; one info
  line says when it is back.
* UIDs never reach the logs: the credential's repr hides them, nfcpy's own
  per-retry lines from this thread are filtered, and nfcpy's DEBUG output (which
  prints tags) is capped at INFO unless the application configured that logger.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import nfc

from hardware.events import CardCredential, CardTechnology, CredentialPresented, CredentialRemoved, DeviceEvent

log = logging.getLogger(__name__)

EventHandler = Callable[[DeviceEvent], None]
_NFCPY_RETRY_MESSAGES = ("searching for reader on path", "no reader available on path")


class _QuietRetries(logging.Filter):
    """Drops nfcpy's open-attempt lines emitted by one thread (the reader logs its own)."""

    def __init__(self, thread_ident: int) -> None:
        super().__init__()
        self.thread_ident = thread_ident

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.thread == self.thread_ident and str(record.msg).startswith(_NFCPY_RETRY_MESSAGES))


def _cap_nfcpy_debug_logging() -> None:
    """nfcpy logs tag identifiers at DEBUG; keep its loggers at INFO unless configured explicitly."""
    nfcpy_logger = logging.getLogger("nfc")
    if nfcpy_logger.level == logging.NOTSET:
        nfcpy_logger.setLevel(logging.INFO)


class NfcpyReader:
    """A contactless reader driven by nfcpy (USB, serial PN532, or the ``udp`` simulation driver).

    ``device_path`` is an nfcpy path (``usb``, ``usb:072f:2200``, ``tty:USB0:pn532``,
    ``udp:localhost:54321``). ``technology`` and ``reader_id`` are stamped on each
    :class:`CardCredential`. ``sense_pause_s`` is the pause between polls for a card
    (also how quickly :meth:`stop` is noticed while waiting).
    """

    def __init__(
        self,
        device_path: str = "usb",
        technology: CardTechnology = CardTechnology.MIFARE,
        reader_id: str = "",
        *,
        targets: tuple[str, ...] = ("106A",),
        retry_interval_s: float = 2.0,
        sense_pause_s: float = 0.2,
        repeat_guard_s: float = 1.0,
        beep_on_connect: bool = True,
    ) -> None:
        if not device_path:
            raise ValueError("NFC device_path must not be empty (e.g. 'usb' or 'tty:USB0:pn532')")
        for name, value in (("retry_interval_s", retry_interval_s), ("sense_pause_s", sense_pause_s)):
            if value <= 0:
                raise ValueError(f"{name} must be positive, got {value!r}")
        self.device_path = device_path
        self.technology = CardTechnology(technology)
        self.reader_id = reader_id
        self.targets = tuple(targets)
        self.retry_interval_s = retry_interval_s
        self.sense_pause_s = sense_pause_s
        self.repeat_guard_s = repeat_guard_s
        self.beep_on_connect = beep_on_connect
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._on_event: EventHandler | None = None
        self._reported_unavailable = False
        self._opened_once = False
        self._last_uid = b""
        self._last_removed_at = float("-inf")
        self._holding_reported = False
        self._counters = {"failed_opens": 0, "cards_presented": 0, "repeats_suppressed": 0}

    @property
    def stats(self) -> dict[str, int]:
        """Diagnostic counters (opens that failed, cards reported, re-reads suppressed)."""
        return dict(self._counters)

    @property
    def running(self) -> bool:
        """True while the reader thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def available(self) -> bool:
        """False after the reader could not be opened, until it opens again."""
        return self._opened_once and not self._reported_unavailable

    def start(self, loop: asyncio.AbstractEventLoop, on_event: EventHandler) -> None:
        """Start reading; ``on_event`` is called on ``loop``. Calling it again while running does nothing."""
        if self.running:
            return
        _cap_nfcpy_debug_logging()
        self._loop, self._on_event = loop, on_event
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name=f"nfcpy reader {self.device_path}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to finish and wait for it; True once it has ended (and the frontend is closed)."""
        self._stopping.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.running

    async def aclose(self, timeout: float = 5.0) -> bool:
        """:meth:`stop` without blocking the event loop."""
        return await asyncio.to_thread(self.stop, timeout)

    def _run(self) -> None:
        quiet = _QuietRetries(threading.get_ident())
        nfcpy_logger = logging.getLogger("nfc.clf")
        nfcpy_logger.addFilter(quiet)
        try:
            while not self._stopping.is_set():
                frontend = self._open()
                if frontend is None:
                    self._stopping.wait(self.retry_interval_s)
                    continue
                try:
                    self._read_cards(frontend)
                finally:
                    frontend.close()
        finally:
            nfcpy_logger.removeFilter(quiet)

    def _open(self) -> Any:
        try:
            frontend = nfc.ContactlessFrontend(self.device_path)
        except Exception as error:  # nfcpy raises IOError, FileNotFoundError (no libusb), ValueError…
            self._counters["failed_opens"] += 1
            self._report_unavailable(f"cannot be opened ({type(error).__name__}: {error})")
            return None
        if self._reported_unavailable:
            log.info("NFC reader %s is back", self.device_path)
        elif not self._opened_once:
            log.info("NFC reader %s opened", self.device_path)
        self._reported_unavailable = False
        self._opened_once = True
        return frontend

    def _report_unavailable(self, reason: str) -> None:
        if not self._reported_unavailable:
            log.warning("NFC reader %s %s; retrying every %g s", self.device_path, reason, self.retry_interval_s)
            self._reported_unavailable = True

    def _read_cards(self, frontend: Any) -> None:
        options = {
            "targets": list(self.targets),
            "on-connect": self._on_connect,
            "on-release": self._on_release,
            "iterations": 1,
            "beep-on-connect": self.beep_on_connect,
        }
        while not self._stopping.is_set():
            try:
                result = frontend.connect(rdwr=options, terminate=self._should_stop)
            except Exception as error:  # a driver failure must not end the thread
                result = False
                log.debug("nfcpy connect raised %s", type(error).__name__)
            if result is False:  # nfcpy swallowed an I/O error: the reader went away
                self._report_unavailable("stopped answering")
                return

    def _should_stop(self) -> bool:
        """nfcpy's ``terminate`` callback; the wait also paces the polling for cards."""
        return self._stopping.wait(self.sense_pause_s)

    def _on_connect(self, tag: Any) -> bool:
        uid = bytes(tag.identifier or b"")
        if not uid:
            return False
        repeated = uid == self._last_uid and time.monotonic() - self._last_removed_at < self.repeat_guard_s
        self._last_uid = uid
        self._holding_reported = not repeated
        if repeated:
            self._counters["repeats_suppressed"] += 1
        else:
            self._counters["cards_presented"] += 1
            self._deliver(CredentialPresented(CardCredential(uid, self.technology, self.reader_id)))
        return True  # nfcpy keeps checking presence and calls on-release when the card leaves

    def _on_release(self, tag: Any) -> bool:
        self._last_removed_at = time.monotonic()
        if self._holding_reported and not self._stopping.is_set():
            self._deliver(CredentialRemoved(self.reader_id))
        self._holding_reported = False
        return True

    def _deliver(self, event: DeviceEvent) -> None:
        loop, handler = self._loop, self._on_event
        if loop is None or handler is None:
            return
        try:
            loop.call_soon_threadsafe(handler, event)
        except RuntimeError:  # the loop is closed: nobody is listening any more
            self._stopping.set()
