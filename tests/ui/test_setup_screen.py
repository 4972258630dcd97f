"""The setup screen: filled in through its view-model's slots and its real buttons, it enrols the kiosk
at the hub, writes the config and says so; a wrong answer shows next to its field; device tests probe real ports;
both orientations render with touch-sized choices."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from hardware.probe import SerialPortInfo
from hardware.pty_port import PtyPort
from hardware.simulators.mt_sics_scale import MtSicsScaleSimulator
from kiosk.cloud.hub.enrolment import enrol_kiosk
from kiosk.cloud.hub.settings import CREDENTIAL_FILE
from kiosk.config.loader import load_config
from kiosk.support.setup_form import PIN_FILE
from tests.kiosk.cloud.hub.conftest import RunningGymHub
from tests.kiosk.support.setup_support import PIN, egym, hub  # noqa: F401 - fixtures
from tests.kiosk.trainer.conftest import CHEAP_HASHER
from ui.screenshot import grab
from ui.setup_app import load_setup_window
from ui.viewmodels.setup import SetupViewModel

PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)


class Screen:
    """The setup window and its view-model, with the test's helpers."""

    def __init__(self, window: QQuickWindow, vm: SetupViewModel) -> None:
        self.window, self.vm = window, vm

    def find(self, name: str) -> QQuickItem:
        self.window.grabWindow()  # one frame: layouts settle, repeaters create their delegates
        pending = [self.window.contentItem()]
        while pending:
            item = pending.pop()
            if item.objectName() == name:
                return item
            pending.extend(item.childItems())
        raise AssertionError(f"{name} is not on the setup screen")

    def tap(self, name: str) -> None:
        item = self.find(name)
        centre = item.mapToScene(item.boundingRect().center())
        flickable = self.find("setupPage")
        if not 0 <= centre.y() < self.window.height():  # scroll the form until the item is in view
            scrolled = flickable.property("contentY") + centre.y() - self.window.height() / 2
            flickable.setProperty("contentY", max(0.0, scrolled))
            self.window.grabWindow()
            centre = item.mapToScene(item.boundingRect().center())
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre.toPoint()))

    def fill(self, hub_url: str, **changes: str) -> None:
        answers = {
            "station_name": "Front desk scale", "url": hub_url, "enrolment_code": "48213907",
            "reader_protocol": "uid-lines", "reader_port": "simulated",
            "device_protocol": "tanita", "device_port": "simulated", "trainer_pin": PIN, "trainer_pin_repeat": PIN,
            "database": str(Path(self.vm.property("configPath")).parent / "kiosk.sqlite3"),
        }
        answers.update(changes)
        for name, value in answers.items():
            self.vm.setValue(name, value)


def open_screen(tmp_path: Path, size: tuple[int, int] = PORTRAIT, ports: list[SerialPortInfo] | None = None,
                listen_s: float = 0.3) -> Iterator[Screen]:
    config_path = tmp_path / "gym-kiosk" / "config.toml"
    vm = SetupViewModel(config_path, startup_problem="config file not found", pin_hasher=CHEAP_HASHER,
                        ports=lambda _configured: list(ports or []), listen_s=listen_s, answer_s=0.2)
    engine = QQmlApplicationEngine()
    window = load_setup_window(engine, vm, size=size)
    # Offscreen Qt drops a window's very first synthetic click; spend it on the header, which does nothing.
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(size[0] // 2, 40))
    yield Screen(window, vm)
    window.close()
    shiboken6.delete(engine)  # QML goes before the view-model it binds to


@pytest.fixture
def screen(qapp, tmp_path: Path) -> Iterator[Screen]:
    yield from open_screen(tmp_path)


async def finished_or_settled(vm: SetupViewModel) -> None:
    """Wait until the finish step has ended one way or the other."""
    await asyncio.wait_for(vm.aclose(), 30)


async def test_finishing_the_form_enrols_the_kiosk_and_writes_a_config_it_loads(screen: Screen, hub: RunningGymHub) -> None:
    written: list[str] = []
    screen.vm.finished.connect(written.append)
    screen.tap("choice_cardio")
    screen.tap("choice_scale")
    assert screen.vm.property("values")["station_type"] == "scale"
    screen.fill(hub.base_url, enrolment_code=hub.new_code())

    screen.tap("finishButton")
    await finished_or_settled(screen.vm)

    config_path = Path(screen.vm.property("configPath"))
    assert written == [str(config_path)]
    assert screen.vm.property("statusTone") == "good"
    assert str(config_path) in screen.find("setupStatus").property("text")
    config = load_config(config_path)
    assert (config.hub.url, config.station.identity, config.station.type) == (hub.base_url, ("hub",), "scale")
    assert (config_path.parent / CREDENTIAL_FILE).exists() and (config_path.parent / PIN_FILE).exists()


async def test_a_refused_code_is_explained_at_its_field_and_nothing_is_written(screen: Screen, hub: RunningGymHub) -> None:
    code = hub.new_code()
    await enrol_kiosk(Path(screen.vm.property("configPath")).parent.parent / "other-kiosk", hub.base_url, code)
    screen.fill(hub.base_url, enrolment_code=code)  # a code another kiosk has used

    screen.tap("finishButton")
    await finished_or_settled(screen.vm)

    error = screen.vm.property("errors")["enrolment_code"]
    assert "already used" in error and screen.find("enrolment_code").property("error") == error
    assert screen.vm.property("statusTone") == "bad"
    assert not Path(screen.vm.property("configPath")).parent.exists()


async def test_a_wrong_entry_shows_its_message_next_to_its_field(screen: Screen, hub: RunningGymHub) -> None:
    screen.fill(hub.base_url, enrolment_code="12b", trainer_pin_repeat="9999")

    screen.tap("finishButton")

    errors = screen.vm.property("errors")
    assert set(errors) == {"enrolment_code", "trainer_pin_repeat"}
    code_field = screen.find("enrolment_code")
    assert code_field.property("error") == errors["enrolment_code"] and "8 digits" in errors["enrolment_code"]
    screen.vm.setValue("enrolment_code", "48213907")  # correcting the field clears its message
    assert "enrolment_code" not in screen.vm.property("errors")
    assert not Path(screen.vm.property("configPath")).parent.exists()


async def test_choosing_a_station_offers_only_devices_that_measure_for_it(screen: Screen) -> None:
    screen.tap("choice_cardio")

    offered = [choice["value"] for choice in screen.vm.property("deviceProtocols")]
    assert offered == ["generic-line", "csafe"]
    assert screen.vm.property("values")["device_protocol"] == "generic-line"


async def test_the_test_button_probes_the_device_on_its_serial_port(qapp, tmp_path: Path) -> None:
    with PtyPort() as port, MtSicsScaleSimulator(port):
        for screen in open_screen(tmp_path, ports=[SerialPortInfo(str(port.path), description="USB serial")]):
            screen.vm.setValue("device_protocol", "mt-sics")
            screen.tap(f"choice_{port.path}")
            screen.tap("test_measuring")
            assert screen.vm.property("deviceTests")["measuring"]["tone"] == "busy"
            await finished_or_settled(screen.vm)

            result = screen.vm.property("deviceTests")["measuring"]
            assert result["tone"] == "good" and "answered as mt-sics" in result["text"]
            assert "answered as mt-sics" in screen.find("testResult_measuring").property("text")


async def test_a_silent_port_for_a_polled_device_fails_its_test_with_advice(qapp, tmp_path: Path) -> None:
    with PtyPort() as port:
        for screen in open_screen(tmp_path, ports=[SerialPortInfo(str(port.path))]):
            screen.vm.setValue("device_protocol", "mt-sics")
            screen.vm.setValue("device_port", str(port.path))
            screen.vm.testDevice("measuring")
            await finished_or_settled(screen.vm)

            result = screen.vm.property("deviceTests")["measuring"]
            assert result["tone"] == "bad" and "check the cable" in result["text"]


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
async def test_the_setup_screen_renders_with_touch_sized_controls(qapp, tmp_path: Path, size) -> None:
    for screen in open_screen(tmp_path, size=size, ports=[SerialPortInfo("/dev/ttyUSB0", "0403:6001", "FT232R")]):
        screen.vm.finish()  # empty form: every required field shows its message
        touch = screen.window.property("touchTarget")
        for name in ("choice_scale", "choice_uid-lines", "choice_/dev/ttyUSB0",
                     "test_reader", "test_measuring", "finishButton"):
            item = screen.find(name)
            assert item.isVisible() and item.height() >= touch and item.width() >= touch, name
        assert screen.find("enrolment_code").property("error")
        assert grab(screen.window, tmp_path / f"setup-{size[0]}x{size[1]}.png").stat().st_size > 0
