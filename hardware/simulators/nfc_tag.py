"""An ISO 14443-A tag emulated with nfcpy's ``udp`` driver, meant to run in its own process.

    python -m hardware.simulators.nfc_tag --port 54321 --uid 04A1B2C3D4E5F6 --sak 00

It loops forever: listen as a 106A target with the given UID (without BCC or
cascade tags; the driver adds them), answer READ (``30 xx``) with 16 zero bytes,
stay silent on anything else, and listen again when the reader drops the field.
Looping matters: for NXP UIDs (``04…``) the reader re-senses the tag while it
probes the tag type, which a single-shot emulator would miss.

The udp driver binds ``0.0.0.0:<port>``; only loopback readers are expected.
Progress goes to stdout, one word per line (``listening``, ``activated``, ``read``,
``field-off``), so a test can wait on it. :class:`TagEmulatorProcess` starts and stops it.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

READ_COMMAND = 0x30
READ_RESPONSE = bytes(16)
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def emulate(port: int, uid: bytes, sak: int, atqa: bytes) -> None:
    """Emulate the tag until the process is killed."""
    import nfc
    import nfc.clf

    with nfc.ContactlessFrontend(f"udp:localhost:{port}") as frontend:
        _say("listening")
        while True:
            target = nfc.clf.LocalTarget("106A")
            target.sens_res = bytearray(atqa)
            target.sdd_res = bytearray(uid)
            target.sel_res = bytearray((sak,))
            activated = frontend.listen(target, timeout=2.0)
            if activated is None:
                continue
            _say("activated")
            _serve_commands(frontend, activated.tt2_cmd)


def _serve_commands(frontend, command: bytearray | None) -> None:
    import nfc.clf

    while True:
        response = None
        if command and command[0] == READ_COMMAND:
            response = bytearray(READ_RESPONSE)
            _say("read")
        try:
            command = frontend.exchange(response, timeout=1.0)
        except nfc.clf.BrokenLinkError:  # the reader switched its field off (closed)
            _say("field-off")
            return
        except nfc.clf.CommunicationError:  # silence: the reader moved on; listen again
            return


def _say(word: str) -> None:
    print(word, flush=True)


class TagEmulatorProcess:
    """Runs the emulator in a child process; a context manager for tests and the demo.

    :meth:`wait_for` blocks until the child has printed a word a given number of
    times (e.g. ``wait_for("read", 3)``: the reader checked presence three times).
    """

    def __init__(self, port: int, uid: str, sak: str = "00", atqa: str = "4400") -> None:
        self.port = port
        self.arguments = ["--port", str(port), "--uid", uid, "--sak", sak, "--atqa", atqa]
        self._process: subprocess.Popen[str] | None = None
        self._counts: dict[str, int] = {}
        self._changed = threading.Condition()

    def start(self) -> TagEmulatorProcess:
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_ROOT),
                                                                             os.environ.get("PYTHONPATH")])))
        self._process = subprocess.Popen(
            [sys.executable, "-m", "hardware.simulators.nfc_tag", *self.arguments],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment, cwd=PROJECT_ROOT,
        )
        threading.Thread(target=self._read_output, name="nfc tag emulator output", daemon=True).start()
        return self

    def wait_for(self, word: str, count: int = 1, timeout: float = 10.0) -> bool:
        """True once the emulator has said ``word`` at least ``count`` times; False on timeout or exit."""
        with self._changed:
            return self._changed.wait_for(
                lambda: self._counts.get(word, 0) >= count or not self.running, timeout
            ) and self._counts.get(word, 0) >= count

    def count(self, word: str) -> int:
        with self._changed:
            return self._counts.get(word, 0)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """Terminate the child (kill it if it does not go) and reap it."""
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)
        with self._changed:
            self._changed.notify_all()

    def __enter__(self) -> TagEmulatorProcess:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _read_output(self) -> None:
        process = self._process
        if process is None or process.stdout is None:
            return
        for line in process.stdout:
            with self._changed:
                word = line.strip()
                self._counts[word] = self._counts.get(word, 0) + 1
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()


def free_udp_port() -> int:
    """A UDP port on loopback that nothing is bound to right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _hex_bytes(text: str) -> bytes:
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not hexadecimal") from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Emulate an ISO 14443-A tag over nfcpy's udp driver.")
    parser.add_argument("--port", type=int, default=54321, help="UDP port the reader uses (default 54321)")
    parser.add_argument("--uid", type=_hex_bytes, required=True, help="UID, 4, 7 or 10 bytes in hex")
    parser.add_argument("--sak", type=_hex_bytes, default=b"\x00", help="SAK byte in hex (00 Type 2, 08 Classic 1K)")
    parser.add_argument("--atqa", type=_hex_bytes, default=b"\x44\x00", help="ATQA (SENS_RES), 2 bytes in hex")
    arguments = parser.parse_args(argv)
    if len(arguments.uid) not in (4, 7, 10):
        parser.error("--uid must be 4, 7 or 10 bytes")
    if len(arguments.sak) != 1 or len(arguments.atqa) != 2:
        parser.error("--sak is 1 byte and --atqa 2 bytes")
    try:
        emulate(arguments.port, arguments.uid, arguments.sak[0], arguments.atqa)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
