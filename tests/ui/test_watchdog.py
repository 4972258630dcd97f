"""systemd readiness and watchdog pings, received on a real unix datagram socket.

Each test binds its own socket where systemd's would be, points ``NOTIFY_SOCKET`` at it
and runs the Qt event loop through pytest-qt, so the pings come from the same QTimer
the kiosk uses. Datagrams to a unix socket arrive as ``sendto`` returns, so "nothing
was sent" can be checked right away, without waiting.
"""
from __future__ import annotations

import logging
import os
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from ui.watchdog import SystemdNotifier, start_watchdog

WAIT_MS = 10_000
WATCHDOG_USEC = 200_000  # systemd would wait 200 ms; the kiosk pings every 100 ms


class NotifySocket:
    """Plays systemd's side of sd_notify: a bound datagram socket that records every message."""

    def __init__(self, address: str | bytes) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.setblocking(False)
        self.messages: list[list[str]] = []

    def received(self) -> list[list[str]]:
        """Every message so far, each as its list of KEY=value lines."""
        while True:
            try:
                self.messages.append(self.sock.recv(4096).decode().split("\n"))
            except BlockingIOError:
                return self.messages

    def count(self, assignment: str) -> int:
        return sum(assignment in message for message in self.received())

    def drain(self) -> None:
        self.received()
        self.messages.clear()


@pytest.fixture
def systemd(monkeypatch: pytest.MonkeyPatch) -> Iterator[NotifySocket]:
    """The environment systemd gives a Type=notify service with WatchdogSec=, and its socket."""
    with tempfile.TemporaryDirectory(prefix="sd-notify-") as directory:  # short: unix paths max 107 bytes
        path = str(Path(directory) / "notify")
        notify_socket = NotifySocket(path)
        monkeypatch.setenv("NOTIFY_SOCKET", path)
        monkeypatch.setenv("WATCHDOG_USEC", str(WATCHDOG_USEC))
        monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
        yield notify_socket
        notify_socket.sock.close()


class AttractScreen(QObject):
    shown = Signal()


def freeze_event_loop(seconds: float) -> None:
    """Stand-in for a hung UI: the Qt thread is busy and runs no timers for ``seconds``."""
    threading.Event().wait(seconds)


def test_ready_is_sent_once_then_the_watchdog_is_pinged(qtbot, systemd: NotifySocket) -> None:
    notifier = start_watchdog()
    try:
        qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 3, timeout=WAIT_MS)
        messages = systemd.received()
        assert "READY=1" in messages[0]
        assert sum("READY=1" in m for m in messages) == 1
        assert notifier.ping_interval_ms == WATCHDOG_USEC // 2000
    finally:
        notifier.stop()
    assert "STOPPING=1" in systemd.received()[-1]


def test_ready_waits_for_the_attract_screen_signal(qtbot, systemd: NotifySocket) -> None:
    screen = AttractScreen()
    notifier = start_watchdog(screen.shown)
    try:
        assert systemd.received() == []
        assert not notifier.is_ready
        screen.shown.emit()
        assert systemd.count("READY=1") == 1
        screen.shown.emit()  # later frames do not repeat READY
        qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 1, timeout=WAIT_MS)
        assert systemd.count("READY=1") == 1
    finally:
        notifier.stop()


def test_a_frozen_event_loop_sends_no_pings_and_they_resume_after(qtbot, systemd: NotifySocket) -> None:
    notifier = start_watchdog()
    try:
        qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 1, timeout=WAIT_MS)
        systemd.drain()
        freeze_event_loop(5 * notifier.ping_interval_ms / 1000)
        assert systemd.received() == [], "pings were sent while the UI thread was blocked"
        qtbot.waitUntil(lambda: systemd.count("WATCHDOG=1") >= 1, timeout=WAIT_MS)
    finally:
        notifier.stop()


def test_abstract_namespace_socket(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"gym-kiosk-notify-test-{os.getpid()}"
    notify_socket = NotifySocket(b"\0" + name.encode())
    monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    try:
        notifier = start_watchdog()
        assert notify_socket.count("READY=1") == 1
        assert notifier.ping_interval_ms is None
        notifier.stop()
    finally:
        notify_socket.sock.close()


def test_outside_systemd_everything_is_a_no_op(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.setenv("WATCHDOG_USEC", str(WATCHDOG_USEC))
    notifier = start_watchdog()
    assert not notifier.enabled
    assert notifier.ping_interval_ms is None
    assert notifier.notify("STATUS=anything") is False
    notifier.stop()


@pytest.mark.parametrize(("owner", "pinged"), [("self", True), ("parent", True), ("other", False)])
def test_watchdog_pid_decides_who_pings(qtbot, systemd: NotifySocket, monkeypatch: pytest.MonkeyPatch,
                                        owner: str, pinged: bool) -> None:
    """systemd names the watched process; under cage that is the compositor, our parent."""
    pid = {"self": os.getpid(), "parent": os.getppid(), "other": max(os.getpid(), os.getppid()) + 1}[owner]
    monkeypatch.setenv("WATCHDOG_PID", str(pid))
    notifier = SystemdNotifier.from_environment()
    assert (notifier.ping_interval_ms is not None) is pinged
    notifier.ready()
    assert systemd.count("READY=1") == 1  # readiness is reported either way
    notifier.stop()


def test_unreachable_socket_is_reported_once_and_never_raises(qtbot, monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", "/nonexistent-dir/notify")
    monkeypatch.setenv("WATCHDOG_USEC", str(WATCHDOG_USEC))
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    with caplog.at_level(logging.DEBUG, logger="ui.watchdog"):
        notifier = start_watchdog()
        assert notifier.notify("WATCHDOG=1") is False
        notifier.stop()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "could not notify systemd" in warnings[0].getMessage()


def test_ping_interval_is_half_the_watchdog_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", "/run/systemd/notify")
    monkeypatch.setenv("WATCHDOG_USEC", "20000000")  # WatchdogSec=20s
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert SystemdNotifier.from_environment().ping_interval_ms == 10_000
