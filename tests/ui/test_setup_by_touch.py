"""An installer with no keyboard attached completes setup on the touchscreen alone: every field is
typed on the on-screen keyboard (a keypad for numbers), every choice is a tap, and the scale on a
serial port is found by probing, not typed. No key events at all.

Set GYM_KIOSK_SHOTS_DIR to keep the keyboard screens as PNGs.
"""
from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtTest import QTest

from hardware.probe import SerialPortInfo
from hardware.pty_port import PtyPort
from hardware.simulators.mt_sics_scale import MtSicsScaleSimulator
from kiosk.config.loader import load_config
from hub.store.kiosks import authenticate_kiosk
from kiosk.support.setup_form import SetupForm
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.support.setup_support import PIN, egym, hub  # noqa: F401 - fixtures
from tests.kiosk.trainer.conftest import CHEAP_HASHER
from tests.ui.test_setup_screen import PORTRAIT, Screen
from ui.screenshot import grab
from ui.setup_app import load_setup_window
from ui.viewmodels.setup import SetupViewModel

class TouchScreen(Screen):
    """The setup screen, touched and never typed on."""

    def type(self, field: str, text: str) -> None:
        """Tap ``field``, then its text key by key on the on-screen keyboard, then Done."""
        self.tap(field)
        keyboard = self.find("onScreenKeyboard")
        assert keyboard.isVisible(), f"no keyboard for {field}"
        for character in text:
            if character.isupper():
                self.tap_key("shift")
            self.tap_key({" ": "space"}.get(character, character.lower()))
        self.tap_key("done")
        assert not keyboard.isVisible()

    def tap_in(self, parent: str, name: str) -> None:
        """Tap ``name`` inside ``parent`` (the reader's and the device's port choices share names)."""
        pending = [self.find(parent)]
        while pending:
            item = pending.pop()
            if item.objectName() == name:
                centre = item.mapToScene(item.boundingRect().center())
                flickable = self.find("setupPage")
                page = flickable.mapRectToScene(flickable.boundingRect())
                if not page.top() <= centre.y() < page.bottom():  # scroll the form until the item is in view
                    flickable.setProperty("contentY", max(0.0, flickable.property("contentY") + centre.y() - self.window.height() / 2))
                    self.window.grabWindow()
                    centre = item.mapToScene(item.boundingRect().center())
                QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 QPoint(centre.toPoint()))
                return
            pending.extend(item.childItems())
        raise AssertionError(f"{name} is not in {parent}")

    def tap_key(self, key: str) -> None:
        item = self.find(f"key_{key}")
        assert item.isVisible() and item.height() >= self.window.property("touchTarget"), f"key {key!r} is too small"
        centre = item.mapToScene(item.boundingRect().center())
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre.toPoint()))


def open_touch_screen(tmp_path: Path, size: tuple[int, int], ports: list[SerialPortInfo]) -> Iterator[TouchScreen]:
    config_path = tmp_path / "gym-kiosk" / "config.toml"
    form = SetupForm(database=str(config_path.parent / "kiosk.sqlite3"))
    vm = SetupViewModel(config_path, form, startup_problem="config file not found", pin_hasher=CHEAP_HASHER,
                        ports=lambda _configured: list(ports), listen_s=0.3, answer_s=0.2)
    engine = QQmlApplicationEngine()
    window = load_setup_window(engine, vm, size=size)
    # Offscreen Qt drops a window's very first synthetic click; spend it on the header, which does nothing.
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(size[0] // 2, 40))
    yield TouchScreen(window, vm)
    window.close()
    shiboken6.delete(engine)


@pytest.fixture
def scale_port() -> Iterator[Path]:
    """A serial port with an MT-SICS scale on it."""
    with PtyPort() as port, MtSicsScaleSimulator(port):
        yield port.path


@pytest.fixture
def touch_screen(qapp, tmp_path: Path, scale_port: Path) -> Iterator[TouchScreen]:
    yield from open_touch_screen(tmp_path, PORTRAIT, [SerialPortInfo(str(scale_port), description="USB serial")])


async def test_setup_completes_by_touch_alone(touch_screen: TouchScreen, hub: RunningGymHub, scale_port: Path,
                                             tmp_path: Path) -> None:
    screen, shots = touch_screen, Path(os.environ.get("GYM_KIOSK_SHOTS_DIR", tmp_path))
    code = hub.new_code()
    screen.tap("choice_scale")
    screen.tap("url")
    grab(screen.window, shots / "setup-keyboard.png")
    screen.tap_key("done")
    screen.type("url", hub.base_url)
    screen.tap("enrolment_code")
    grab(screen.window, shots / "setup-keypad.png")
    screen.tap_key("done")
    screen.type("enrolment_code", code)
    screen.type("trainer_pin", PIN)
    screen.type("trainer_pin_repeat", PIN)
    assert screen.vm.property("values")["device_port"] == ""  # nothing chosen for the installer, least of all "Simulated"
    screen.tap("detectDevices")
    await asyncio.wait_for(screen.vm.aclose(), 30)
    screen.tap_in("reader_port", "choice_simulated")  # this test's card reader
    values = screen.vm.property("values")
    assert (values["device_protocol"], values["device_port"], values["reader_port"]) == ("mt-sics", str(scale_port), "simulated")
    assert (values["url"], values["enrolment_code"]) == (hub.base_url, code)

    screen.tap("finishButton")
    await asyncio.wait_for(screen.vm.aclose(), 30)

    assert screen.vm.property("statusTone") == "good", screen.vm.property("status")
    config = load_config(Path(screen.vm.property("configPath")))
    assert config.hub.url == hub.base_url and authenticate_kiosk(hub.hub.engine, config.hub.credential).machine == "scale-1"
    assert config.device is not None and (config.device.protocol, config.device.port) == ("mt-sics", str(scale_port))
