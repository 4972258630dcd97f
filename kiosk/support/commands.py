"""Installer and support commands: ``gym-kiosk check``, ``gym-kiosk devices``, ``gym-kiosk diagnostics``.

Each ``*_main(argv)`` takes the arguments after the subcommand name and returns
the exit status (0 = fine, 1 = something failed, 2 = bad arguments).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from hardware.probe import DEFAULT_ANSWER_S, DEFAULT_LISTEN_S, SerialPortInfo, capture, list_ports, probe_port
from hardware.registry import handler_for
from kiosk.config.loader import default_config_path
from kiosk.config_section import ConfigError
from kiosk.support.check import load_config_without_key, run_checks
from kiosk.support.diagnostics import build_bundle


def check_main(argv: Sequence[str]) -> int:
    """``gym-kiosk check [--config FILE] [--listen SECONDS]``: one PASS/FAIL line per item."""
    parser = argparse.ArgumentParser(prog="gym-kiosk check", description="Check this kiosk's installation.")
    _add_config_option(parser)
    _add_listen_option(parser)
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    results = run_checks(args.config or default_config_path(), listen_s=args.listen)
    for result in results:
        print(result.line())
    failed = sum(not result.ok for result in results)
    if results and results[0].name == "config" and not results[0].ok:
        print("fix the config to run the remaining checks")
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


def devices_main(argv: Sequence[str]) -> int:
    """``gym-kiosk devices [--probe] [--port PORT]... [--baud B] [--capture PORT --seconds N --out FILE] [--config FILE]``."""
    parser = argparse.ArgumentParser(
        prog="gym-kiosk devices", description="List serial ports, detect the protocol on them, or record raw output."
    )
    parser.add_argument("--probe", action="store_true", help="detect which known protocol each port speaks")
    parser.add_argument("--port", action="append", default=[], metavar="PORT", help="only this port (repeatable)")
    parser.add_argument("--baud", type=int, metavar="B", help="try this baud rate first (capture: the rate to use)")
    parser.add_argument("--capture", metavar="PORT", help="record raw bytes from PORT for support")
    parser.add_argument("--seconds", type=float, default=10.0, metavar="N", help="how long to capture (default 10)")
    parser.add_argument("--out", type=Path, metavar="FILE", help="where to write the capture")
    _add_config_option(parser)
    _add_listen_option(parser)
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    if args.baud is not None and args.baud <= 0:
        return _usage_error(parser, "--baud must be a positive number")
    if args.capture:
        if args.out is None:
            return _usage_error(parser, "--capture needs --out FILE")
        if args.seconds <= 0:
            return _usage_error(parser, "--seconds must be positive")
        return _capture(args.capture, args.baud or 9600, args.seconds, args.out)
    configured = _configured_ports(args.config)
    ports = list_ports(configured)
    if args.port:
        known = {port.device: port for port in ports}
        ports = [known.get(path, SerialPortInfo(path)) for path in dict.fromkeys(args.port)]
    if not ports:
        print("no serial ports found")
        return 0
    for port in ports:
        details = "  ".join(part for part in (port.vid_pid or "", port.description) if part)
        print(f"{port.device}  {details}{'  [configured]' if port.configured else ''}".rstrip())
        if args.probe:
            baudrates = (args.baud,) if args.baud else ()
            result = probe_port(port.device, baudrates=baudrates, listen_s=args.listen, answer_s=DEFAULT_ANSWER_S)
            found = f"{result.protocol} at {result.baudrate} baud" if result.found else f"nothing recognised: {result.error}"
            print(f"    -> {found}")
    return 0


def diagnostics_main(argv: Sequence[str]) -> int:
    """``gym-kiosk diagnostics --out PATH [--config FILE] [--log-dir DIR]``: write the support bundle."""
    parser = argparse.ArgumentParser(
        prog="gym-kiosk diagnostics", description="Write a support bundle (.zip) without secrets or member data."
    )
    parser.add_argument("--out", type=Path, required=True, metavar="PATH", help="the .zip to write (or a directory)")
    parser.add_argument("--log-dir", type=Path, metavar="DIR", help="where the kiosk's log files are (default: logs/ beside the database)")
    _add_config_option(parser)
    _add_listen_option(parser)
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    try:
        path = build_bundle(args.config, args.out, log_dir=args.log_dir, listen_s=args.listen)
    except OSError as error:
        print(f"cannot write the bundle: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"diagnostics bundle written to {path}")
    return 0


# --- internals ----------------------------------------------------------------


def _add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, metavar="FILE", help="config file (default: the kiosk's usual places)")


def _add_listen_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--listen", type=float, default=DEFAULT_LISTEN_S, metavar="SECONDS",
        help=f"how long to listen on each device port (default {DEFAULT_LISTEN_S:g})",
    )


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace | int:
    """Parsed arguments, or the exit status argparse chose (``--help``: 0, bad arguments: 2)."""
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_request:
        return exit_request.code if isinstance(exit_request.code, int) else 2
    if args.listen <= 0:
        return _usage_error(parser, "--listen must be positive")
    return args


def _usage_error(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    return 2


def _configured_ports(config_path: Path | None) -> list[str]:
    """Serial ports the config names (none if there is no usable config)."""
    path = config_path or default_config_path()
    try:
        config = load_config_without_key(path)
    except ConfigError as error:
        if config_path is not None:
            print(f"(config not used: {error})", file=sys.stderr)
        return []
    devices = [*config.readers, *([config.device] if config.device else [])]
    return [d.port for d in devices if not d.simulated and _is_serial(d.protocol)]


def _is_serial(protocol: str) -> bool:
    handler = handler_for(protocol)
    return handler is not None and handler.serial


def _capture(port: str, baudrate: int, seconds: float, out: Path) -> int:
    print(f"recording {port} at {baudrate} baud for {seconds:g} s ...", flush=True)
    try:
        received = capture(port, baudrate, seconds, out)
    except OSError as error:
        print(f"capture failed: {error}", file=sys.stderr)
        return 1
    print(f"wrote {received} bytes to {out} (after one # header line)")
    return 0
