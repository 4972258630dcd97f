"""The ``gym-kiosk`` command: the kiosk itself, its setup screen, demo, sandbox, support commands, benchmark and chaos run.

It is the top layer: it picks the kiosk (:mod:`ui.app`), a support command (:mod:`kiosk.support`),
the sandbox or a harness run (:mod:`harness`). Qt is imported only by the subcommands that show a
screen, so ``gym-kiosk sandbox`` runs on a machine without a display stack.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kiosk", action="store_true", help="fullscreen, no window frame, no cursor")
    parser.add_argument("--headless", action="store_true", help="render offscreen (chosen automatically without a display)")
    parser.add_argument("--autoplay", type=int, metavar="N", default=0, help="drive N member sessions with the simulated devices, then exit")
    parser.add_argument("--size", default=None, metavar="WxH", help="window size, e.g. 1080x1920 (portrait)")
    parser.add_argument("--verbose", "-v", action="store_true", help="debug logging (secrets stay redacted)")
    # Used by `gym-kiosk bench`: print start-up time and memory once the attract screen is drawn, then exit.
    parser.add_argument("--report-startup", action="store_true", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gym-kiosk", description="Gym kiosk for EGYM: card login, device readings, submission.")
    parser.add_argument("--config", type=Path, help="config file (default: $GYM_KIOSK_CONFIG, ~/.config/gym-kiosk/config.toml, /etc/gym-kiosk/config.toml)")
    _add_run_options(parser)
    parser.add_argument("--screenshots", dest="kiosk_screenshots", metavar="DIR", help=argparse.SUPPRESS)  # refused
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="run the kiosk against the embedded sandbox with simulated devices")
    _add_run_options(demo)
    demo.add_argument("--station", choices=("scale", "cardio", "flexibility"), default="scale")
    demo.add_argument("--egym-flavour", choices=("server", "standalone"), default="server",
                      help="server: the kiosk talks to a hub, the hub to EGYM (default); standalone: the kiosk is "
                           "its own machine at EGYM's machine API, without a hub (terms, points, history, card linking)")
    # Demo only: screenshots of a real kiosk would hold members' names and results.
    demo.add_argument("--screenshots", type=Path, metavar="DIR", help="save a PNG of every screen shown (mode 600)")
    demo.add_argument("--keep", type=Path, metavar="DIR",
                      help="keep the demo's hub and kiosk folders (stores, configs, keys) in DIR rather than a "
                           "temporary folder removed at the end")

    sandbox = sub.add_parser("sandbox", help="run every platform's sandbox emulation on loopback (EGYM: first, on --port)")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8321)
    sandbox.add_argument("--token-ttl", type=float, default=900.0, metavar="SECONDS")

    setup = sub.add_parser("setup", help="the setup screen: writes the config, the API key and trainer PIN files")
    setup.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="the config file to write")
    setup.add_argument("--kiosk", action="store_true", help="fullscreen, no window frame")
    setup.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    setup.add_argument("--size", default=None, metavar="WxH", help="window size, e.g. 1080x1920 (portrait)")
    setup.add_argument("--verbose", "-v", action="store_true", help="debug logging (secrets stay redacted)")

    for name, text in (
        ("check", "validate the config, probe every device and the cloud; one PASS/FAIL line each"),
        ("devices", "list serial ports, probe them (--probe), capture raw frames (--capture PORT --seconds N --out FILE)"),
        ("diagnostics", "write a support bundle without secrets (--out PATH)"),
    ):
        sub.add_parser(name, help=text, add_help=False)
    sub.add_parser("hub", help="the hub, our partner backend (--config hub.toml); enrol, kiosks, revoke", add_help=False)

    bench = sub.add_parser("bench", help="measure latency, event-loop stalls, start-up time and memory")
    bench.add_argument("--sessions", type=int, default=200, help="tap-to-profile samples")
    bench.add_argument("--outbox", action="store_true", help="instead: outbox drain rate, unlimited and rate-limited")
    bench.add_argument("--measurements", type=int, default=10_000, help="queued measurements to drain (with --outbox)")
    bench.add_argument("--hub", action="store_true", help="instead: the hub's tap, intake and drain figures")
    bench.add_argument("--intake", type=int, default=2_000, help="intakes posted (with --hub)")
    bench.add_argument("--drain", type=int, default=10_000, help="accepted measurements drained to EGYM (with --hub)")
    bench.add_argument("--hub-store", default=None, metavar="URL", help="PostgreSQL store for the two-hub drain "
                       "(with --hub; default: a throwaway local server)")

    chaos = sub.add_parser("chaos", help="member sessions under random cloud faults and SIGKILLs; checks nothing is lost")
    chaos.add_argument("--sessions", type=int, default=200)
    chaos.add_argument("--kills", type=int, default=10)
    chaos.add_argument("--seed", type=int, default=None)
    chaos.add_argument("--time-limit", type=float, default=900.0, metavar="SECONDS")
    chaos.add_argument("--hubs", type=int, default=0, help="hub processes between kiosk and EGYM (0: none)")
    chaos.add_argument("--hub-store", default=None, metavar="URL", help="the hubs' shared PostgreSQL store")
    chaos.add_argument("--hub-kills", type=int, default=0, help="SIGKILLs of hub processes")
    chaos.add_argument("--egym-flavour", choices=("server", "standalone"), default="server",
                       help="EGYM's API the kiosk talks to: server, or standalone (the machine API; needs --hubs 0)")
    chaos.add_argument("--station", choices=("scale", "cardio"), default="scale",
                       help="scale results (EGYM, and Boditrax behind a hub) or cardio workouts (EGYM, and enduco and "
                            "LFopen behind a hub)")
    return parser


SUPPORT_COMMANDS = ("check", "devices", "diagnostics")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args, rest = build_parser().parse_known_args(argv)
    if args.command in SUPPORT_COMMANDS:
        from kiosk.support import commands

        passthrough = ["--config", str(args.config)] if args.config else []
        handler = {"check": commands.check_main, "devices": commands.devices_main, "diagnostics": commands.diagnostics_main}
        return handler[args.command]([*passthrough, *rest])
    if args.command == "hub":
        from hub.cli import main as hub_main

        return hub_main([*(["--config", str(args.config)] if args.config else []), *rest])
    if rest:
        build_parser().error(f"unrecognized arguments: {' '.join(rest)}")
    if getattr(args, "kiosk_screenshots", None):
        build_parser().error("--screenshots is for the demo only (gym-kiosk demo --screenshots DIR): "
                             "a kiosk's screens show members' names and results")
    if args.command == "sandbox":
        from kiosk.sandbox.server import main as sandbox_main

        return sandbox_main(["--host", args.host, "--port", str(args.port), "--token-ttl", str(args.token_ttl)])
    if args.command == "chaos":
        from harness.chaos import main as chaos_main

        seed = [] if args.seed is None else ["--seed", str(args.seed)]
        store = [] if args.hub_store is None else ["--hub-store", args.hub_store]
        return chaos_main(["--sessions", str(args.sessions), "--kills", str(args.kills), "--time-limit", str(args.time_limit),
                           *seed, "--hubs", str(args.hubs), "--hub-kills", str(args.hub_kills), *store,
                           "--egym-flavour", args.egym_flavour, "--station", args.station])
    if args.command == "bench" and args.hub:
        from harness.bench_hub import run_hub_bench

        return run_hub_bench(args)
    if args.command == "bench":
        from harness.bench import run_bench

        return run_bench(args)
    from kiosk.config_section import ConfigError
    from kiosk.startup import CONFIG_PROBLEM_STATUS, problem_line

    try:
        if args.command == "setup":
            from ui.app import run_setup_command

            return run_setup_command(args)
        if args.command == "demo":
            from harness.demo_run import run_demo

            return run_demo(args)
        if args.autoplay:
            from harness.runs import run_autoplay

            return run_autoplay(args)
        from ui.app import run_kiosk

        return run_kiosk(args)
    except ConfigError as error:  # the config or the files it names: restarting cannot fix that
        print(problem_line(error), file=sys.stderr)
        return CONFIG_PROBLEM_STATUS


if __name__ == "__main__":
    sys.exit(main())
