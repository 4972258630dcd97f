"""The Qt kiosk: its parts from :func:`kiosk.composition.build_kiosk`, the screen on top, run on the qasync loop.

Everything member-facing runs on a single event loop shared by Qt and asyncio
(qasync): serial I/O, HTTP, timers and QML rendering.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Awaitable, Callable

from kiosk.composition import KioskParts, build_kiosk
from hardware.events import Credential
from kiosk.config.loader import ConfigError, KioskConfig, default_config_path, load_config
from kiosk.logsafety import install as install_logging
from kiosk.outbox.outbox import Outbox
from kiosk.runtime.devices import DeviceHub
from kiosk.runtime.heap import settle_after_start
from kiosk.runtime.logfile import install_file_logging, log_directory
from kiosk.session.flow import SessionFlow
from hardware.fields import HEART_RATE_BPM
from kiosk.session.state import SessionSnapshot, SessionState
from kiosk.startup import open_database, problem_line, started_by_service_manager
from ui.update_gate import start_update_gate
from ui.watchdog import start_watchdog

logger = logging.getLogger(__name__)

PORTRAIT = (1080, 1920)


@dataclass
class Kiosk:
    """The kiosk's parts (:func:`kiosk.composition.build_kiosk`) and its screen, so they can be stopped in order."""

    parts: KioskParts
    view_model: object
    window: object
    engine: object
    translator: object
    extras: list[Callable[[], None]] = field(default_factory=list)
    trainer_mode: object = None  # trainer mode's view-model

    @property
    def config(self) -> KioskConfig:
        return self.parts.config

    @property
    def outbox(self) -> Outbox:
        return self.parts.outbox

    @property
    def flow(self) -> SessionFlow:
        return self.parts.flow

    @property
    def devices(self) -> DeviceHub:
        return self.parts.devices

    async def stop(self) -> None:
        for undo in reversed(self.extras):
            undo()
        await self.parts.stop_devices()
        self.view_model.close()
        self.window.close()
        self.engine.deleteLater()  # QML goes before the view-model it binds to
        if self.trainer_mode is not None:
            await self.trainer_mode.aclose()
        await self.parts.aclose()


async def start_kiosk(
    config: KioskConfig,
    *,
    kiosk_mode: bool = False,
    size: tuple[int, int] | None = None,
    simulator_options: dict | None = None,
) -> Kiosk:
    """Build and start every part; returns once the attract screen is up."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    from ui.i18n import Translator
    from ui.keyboard_wedge import KeyboardWedgeFilter
    from ui.qml_loader import load_main_window
    from ui.viewmodels.language import LanguagePickerViewModel
    from ui.viewmodels.session import SessionViewModel
    from ui.viewmodels.trainer_mode import TrainerModeViewModel

    parts = await build_kiosk(config, simulator_options=simulator_options)
    translator = Translator(default_language=config.station.language)
    view_model = SessionViewModel(parts.flow, translator=translator, station_name=config.station.name,
                                  station=config.station.type, identity_platforms=parts.identity.platforms,
                                  destination_platforms=tuple(d.name for d in parts.destinations))

    async def member_of(credential: Credential) -> str | None:  # a member's tap in trainer mode: whose history
        session = await parts.identity.login(credential)
        await parts.identity.fetch_profile(session)  # names the account the kiosk keys its members by
        return await parts.outbox.member_key(session)

    trainer_mode_view_model = TrainerModeViewModel(parts.trainer_mode, translator=translator,
                                                   units=config.station.units, find_member=member_of)
    engine = QQmlApplicationEngine()
    translator.attach(engine)
    engine.rootContext().setContextProperty("trainerMode", trainer_mode_view_model)
    language_picker = LanguagePickerViewModel(translator, parts.flow.subscribe)
    engine.rootContext().setContextProperty("languages", language_picker)
    window = load_main_window(engine, view_model, kiosk_mode=kiosk_mode, size=size,
                              diagonal_inches=config.station.screen_diagonal_inches)
    key_filters = [KeyboardWedgeFilter(decoder, deliver) for decoder, deliver in parts.devices.keyboard_readers()]
    for key_filter in key_filters:
        QGuiApplication.instance().installEventFilter(key_filter)
    await parts.start()
    kiosk = Kiosk(parts, view_model, window, engine, translator, trainer_mode=trainer_mode_view_model)
    kiosk.extras.extend(lambda f=f: QGuiApplication.instance().removeEventFilter(f) for f in key_filters)
    kiosk.extras.append(language_picker.close)
    return kiosk


class ScreenRecorder:
    """Saves a PNG of every screen the member sees, named in order of appearance.

    A screen that changes in place counts as another: the idle warning over it, the card-linking
    panel's steps over the greeting, the points arriving on the result.
    """

    def __init__(self, window: object, flow: SessionFlow, directory: Path) -> None:
        from ui.screenshot import grab

        self._grab = grab
        self._window = window
        self._directory = directory
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._count = 0
        self._last: tuple[str, str] | None = None
        self.saved: list[Path] = []
        self._record(flow.snapshot)
        self.unsubscribe = flow.subscribe(self._record)

    def _record(self, snapshot: SessionSnapshot) -> None:
        screen = (snapshot.state.value, _variant(snapshot))
        if screen == self._last:
            return
        self._last = screen
        self._count += 1
        name = f"{self._count:02d}-{'-'.join(part for part in screen if part)}.png"
        self.saved.append(self._grab(self._window, self._directory / name))


def _variant(snapshot: SessionSnapshot) -> str:
    """What shows over or on a screen besides its state, for the screenshot's name ("" for nothing)."""
    if snapshot.idle_warning:
        return "idle-warning"
    if snapshot.card_link is not None:
        return f"card-link-{snapshot.card_link.value}"
    if snapshot.account_link is not None:
        return f"account-link-{snapshot.account_link.status}"
    if snapshot.standing is not None:
        return "points"
    training = snapshot.training
    if snapshot.state is SessionState.PROFILE and snapshot.accounts:  # the greeting's accounts, once they are read
        plan = "-plan" if training is not None and training.plan_title else ""
        return f"accounts-{sum(status == 'linked' for _, status in snapshot.accounts)}-connected{plan}"
    if snapshot.state is SessionState.MEASURING and training is not None and training.zones and \
            HEART_RATE_BPM in snapshot.live_values:
        return "heart-rate-zone"  # the member's own zone colours the heart rate
    behind = [state for states in snapshot.downstream.values() for state in states]
    if behind:  # the hub reports the platforms behind it: once, and again when every one is settled
        return "platforms-settled" if all(state.state.final for state in behind) else "platforms"
    return ""


def _choose_platform(headless: bool) -> bool:
    """Use the offscreen platform when asked or when there is no display; returns headless."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless or (no_display and "QT_QPA_PLATFORM" not in os.environ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    return os.environ.get("QT_QPA_PLATFORM") == "offscreen"


def _parse_size(text: str | None, headless: bool) -> tuple[int, int] | None:
    if text:
        width, _, height = text.lower().partition("x")
        return int(width), int(height)
    return PORTRAIT if headless else None


def _import_qasync() -> object:
    """qasync, without the Qt Widgets library it imports only to name ``QApplication`` (~4 MiB resident).

    qasync calls nothing on that class but ``instance()``, which QGuiApplication answers the same way.
    While qasync is imported, ``PySide6.QtWidgets`` stands for a module holding only that name; the
    stand-in is gone again afterwards, so a real import of Qt Widgets still gets the real module.
    """
    import types

    from PySide6.QtGui import QGuiApplication

    if "PySide6.QtWidgets" in sys.modules or "qasync" in sys.modules:
        import qasync
        return qasync
    stand_in = types.ModuleType("PySide6.QtWidgets")
    stand_in.QApplication = QGuiApplication  # type: ignore[attr-defined]
    sys.modules["PySide6.QtWidgets"] = stand_in
    try:
        import qasync
    finally:
        del sys.modules["PySide6.QtWidgets"]
    return qasync


def run_qt(main: Callable[[], "asyncio.Future[int]"]) -> int:
    """Run ``main()`` on a qasync loop inside a QGuiApplication; returns its exit code."""
    from PySide6 import QtQuick  # noqa: F401 - registers QQuickWindow for root objects
    from PySide6.QtGui import QGuiApplication

    from ui.pyside_workarounds import pin_singletons, scan_sources_without_keeping_them

    pin_singletons()  # on Python 3.11, PySide would otherwise abort the kiosk after some thousands of signals
    scan_sources_without_keeping_them()
    qasync = _import_qasync()

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("gym-kiosk")
    app.setQuitOnLastWindowClosed(False)  # the kiosk decides when to stop, after cleaning up
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(main())


async def _report_startup(kiosk: Kiosk) -> int:
    """Print (as JSON) how long this process took to draw its attract screen, and its memory then."""
    import json

    import psutil

    drawn = asyncio.Event()
    kiosk.window.frameSwapped.connect(drawn.set)
    kiosk.window.update()
    await drawn.wait()
    process = psutil.Process()
    startup_ms = (time.time() - process.create_time()) * 1000
    print(json.dumps({"startup_ms": round(startup_ms, 1), "rss_bytes": process.memory_info().rss}), flush=True)
    return 0


async def _report_steady_memory(kiosk: Kiosk, drive: Drive) -> int:
    """Run ``drive`` (member sessions), then print (as JSON) the memory after them: every screen has been built,
    every library a session needs is loaded, so the figure taken at start cannot look better than this one."""
    import json

    import psutil

    code = await drive(kiosk)
    print(json.dumps({"rss_after_sessions_bytes": psutil.Process().memory_info().rss}), flush=True)
    return code


SetupStep = Callable[[bool, "tuple[int, int] | None"], Awaitable["KioskConfig | None"]]


Drive = Callable[["Kiosk"], Awaitable[int]]


def run_configured(args: argparse.Namespace, config: KioskConfig | None, *, drive: Drive | None = None,
                   after: Callable[[], int] | None = None, simulator_options: dict | None = None,
                   setup: SetupStep | None = None) -> int:
    """Run the kiosk UI for ``config`` until its window closes, or until ``drive(kiosk)`` returns its exit code.

    ``drive`` is how the harness plays sessions (autoplay) on the running kiosk. Without a config,
    ``setup(kiosk_mode, size)`` runs first on the same loop and supplies it.
    """
    headless = _choose_platform(args.headless)
    size = _parse_size(args.size, headless)

    async def main() -> int:
        nonlocal config
        if config is None:
            config = await setup(args.kiosk and not headless, size) if setup is not None else None
            if config is None:
                return 2
        kiosk = await start_kiosk(config, kiosk_mode=args.kiosk and not headless, size=size,
                                  simulator_options=simulator_options)
        settle_after_start()
        notifier = start_watchdog()  # READY=1 now the attract screen is up, then keep-alives from the Qt loop
        kiosk.extras.append(notifier.stop)
        screenshots = getattr(args, "screenshots", None)  # only the demo takes them
        if screenshots:
            from ui.screenshot import first_frame

            await first_frame(kiosk.window)  # 01-attract.png shows the whole laid-out window
            recorder = ScreenRecorder(kiosk.window, kiosk.flow, screenshots)
            kiosk.extras.append(recorder.unsubscribe)
        try:
            if args.report_startup:
                code = await _report_startup(kiosk)
                if code == 0 and drive is not None:
                    code = await _report_steady_memory(kiosk, drive)
            elif drive is not None:
                code = await drive(kiosk)
            else:
                closed = asyncio.Event()
                kiosk.window.closing.connect(lambda *_: closed.set())
                gate = start_update_gate(kiosk.flow, on_restart=closed.set)  # restart for updates only on attract
                if gate:
                    kiosk.extras.append(gate.stop)
                await closed.wait()
                code = 0
        finally:
            await kiosk.stop()
        if screenshots:
            print(f"screenshots: {len(recorder.saved)} PNGs in {screenshots}", flush=True)
        return code

    code = run_qt(main)
    if after is not None and code == 0:
        code = after()
    return code


def run_kiosk(args: argparse.Namespace) -> int:
    """``gym-kiosk [--config FILE]``: the kiosk as installed.

    Raises ConfigError for a config or database it cannot start with, unless an
    installer ran it by hand without --kiosk: then the setup screen opens instead.
    """
    install_logging(logging.DEBUG if args.verbose else logging.INFO)
    config_path = args.config or default_config_path()
    try:
        config = load_config(config_path)
        log_to_state_folder(config)
    except ConfigError as exc:
        if not _may_open_setup(args):
            raise
        print(problem_line(exc), file=sys.stderr)
        print("starting the setup screen", file=sys.stderr)
        return run_configured(args, None, setup=_setup_step(config_path, args.config, str(exc)))
    open_database(config.storage.database).close()  # a file it cannot use stops here, before any screen
    return run_configured(args, config)


def run_setup_command(args: argparse.Namespace) -> int:
    """``gym-kiosk setup [--config FILE]``: the setup screen, because an installer asked for it (also under systemd)."""
    install_logging(logging.DEBUG if args.verbose else logging.INFO)
    found = args.config or default_config_path()
    try:
        load_config(found)
    except ConfigError as exc:
        step = _setup_step(found, args.config, str(exc))
    else:
        print(f"{found} already holds a valid config: edit it, or move it aside to run the setup again",
              file=sys.stderr)
        return 1
    headless = _choose_platform(args.headless)
    size = _parse_size(args.size, headless)

    async def main() -> int:
        config = await step(args.kiosk and not headless, size)
        if config is None:
            return 1
        print(f"setup wrote {config.source}; start the kiosk now (systemctl start gym-kiosk)", flush=True)
        return 0

    print("starting the setup screen", file=sys.stderr)
    return run_qt(main)


def _may_open_setup(args: argparse.Namespace) -> bool:
    """Setup opens by itself only for an installer at the screen: not on the public kiosk, a service or a script."""
    unattended = args.kiosk or args.autoplay or args.report_startup
    return not unattended and not started_by_service_manager(os.environ)


def log_to_state_folder(config: KioskConfig) -> None:
    """The log file goes beside the database (not under $HOME), where diagnostics looks for it."""
    directory = log_directory(config.storage.database)
    try:
        install_file_logging(directory)
    except OSError as exc:  # the journal still has every line
        logger.warning("cannot write the log file in %s: %s", directory, exc.strerror or exc)


def _setup_step(found: Path, explicit: Path | None, problem: str) -> SetupStep:
    """The setup screen as the kiosk's first step: returns the config it wrote, loaded (None if closed)."""
    async def step(kiosk_mode: bool, size: tuple[int, int] | None) -> KioskConfig | None:
        from kiosk.support.setup_form import form_from_file, setup_target
        from ui.setup_app import run_setup

        written = await run_setup(setup_target(explicit), startup_problem=problem, kiosk_mode=kiosk_mode,
                                  size=size, form=form_from_file(found))
        if written is None:
            print("setup closed before a config was written", file=sys.stderr)
            return None
        config = load_config(written)
        log_to_state_folder(config)
        return config

    return step
