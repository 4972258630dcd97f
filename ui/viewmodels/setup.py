"""The first-run setup screen's view-model: the installer's answers as Qt properties, and the finish step.

Every decision (what is valid, how a platform is asked, what is written where) stays in
:mod:`kiosk.support.setup_form`; this class keeps the answers, offers the choices, runs device
tests and the platforms' connection test off the UI thread, and reports problems per field.
Each platform's fields come from its setup part (:class:`~kiosk.cloud.platform.PlatformSetup`),
their texts translated here. Secrets (API keys, the PIN) are kept but never exposed as properties.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, Callable, Coroutine, Iterable

from argon2 import PasswordHasher
from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot

from hardware.probe import DEFAULT_ANSWER_S, DEFAULT_LISTEN_S, ProbeResult, SerialPortInfo, list_ports, probe_port
from hardware.registry import handler_for, protocol_names
from kiosk.cloud.platform import TRANSLATION_CONTEXT, SetupField
from kiosk.config.loader import SIMULATED, DeviceConfig
from kiosk.support.check import check_device
from kiosk.support.setup_form import (
    GENERAL, PLATFORM_FIELDS, SETUP_CONTEXT, SETUP_FIELDS, SETUP_PLATFORMS, ConnectionTestFailed, SetupError, SetupForm, complete,
    validate,
)

log = logging.getLogger(__name__)

CUSTOM = "custom"  # the choice that takes any answer typed in
SECRET_FIELDS = ("trainer_pin", "trainer_pin_repeat", *(name for name, f in SETUP_FIELDS.items() if f.kind == "secret"))
ROLES = {"reader": "reader", "measuring": "device"}  # device role -> the form's field prefix


def tr(text: str) -> str:
    """Translate ``text``. pyside6-lupdate files module-level ``tr()`` calls under the empty context."""
    return QCoreApplication.translate("", text)


def platform_tr(text: str) -> str:
    """Translate a text a platform gives the setup screen (marked with QT_TRANSLATE_NOOP in its folder)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text) if text else ""


def problem_tr(text: str) -> str:
    """Translate a problem with an answer: the setup form's own (marked in kiosk/support/setup_form.py) or a
    platform's, where it marked it; anything else (the config loader's) shows as it came."""
    translated = QCoreApplication.translate(SETUP_CONTEXT, text)
    return platform_tr(text) if translated == text else translated


def station_choices() -> list[dict[str, str]]:
    return [
        {"value": "scale", "label": tr("Smart scale")},
        {"value": "cardio", "label": tr("Cardio machine")},
        {"value": "flexibility", "label": tr("Flexibility station")},
    ]


def platform_sections() -> list[dict[str, Any]]:
    """One section per platform on the form: its name as title, and its fields with their texts translated."""
    return [
        {"name": platform.name, "title": platform.display_name,
         "fields": [_field_entry(f) for name, f in SETUP_FIELDS.items() if PLATFORM_FIELDS[name] is platform and not f.hidden]}
        for platform in SETUP_PLATFORMS
    ]


def _field_entry(setup_field: SetupField) -> dict[str, Any]:
    choices = [{"value": c.value, "label": platform_tr(c.label)} for c in setup_field.choices]
    if choices:
        choices.append({"value": CUSTOM, "label": tr("Custom URL")})
    return {
        "name": setup_field.name, "label": platform_tr(setup_field.label), "hint": platform_tr(setup_field.hint),
        "kind": setup_field.kind, "choicesLabel": platform_tr(setup_field.choices_label), "choices": choices,
    }


def _chosen(setup_field: SetupField, answer: str) -> str:
    """Which of the field's choices ``answer`` is ("custom" when none)."""
    return next((c.value for c in setup_field.choices if c.answer == answer), CUSTOM)


class SetupViewModel(QObject):
    """Properties for SetupMain.qml; slots for every entry and button. Emits ``finished`` with the config path."""

    changed = Signal()
    finished = Signal(str)

    def __init__(
        self,
        config_path: Path,
        form: SetupForm | None = None,
        *,
        startup_problem: str = "",
        pin_hasher: PasswordHasher | None = None,
        ports: Callable[[Iterable[str]], list[SerialPortInfo]] = list_ports,
        listen_s: float = DEFAULT_LISTEN_S,
        answer_s: float = DEFAULT_ANSWER_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = Path(config_path)
        self._form = form or SetupForm()
        self._startup_problem = startup_problem
        self._pin_hasher = pin_hasher
        self._list_ports = ports
        self._listen_s, self._answer_s = listen_s, answer_s
        self._choices = {name: _chosen(f, self._form.answers.get(name, "")) for name, f in SETUP_FIELDS.items() if f.choices}
        self._errors: dict[str, str] = {}
        self._device_tests: dict[str, dict[str, str]] = {}
        self._status: tuple[str, str] = ("", "off")
        self._busy = False
        self._detecting = False
        self._written = ""
        self._tasks: set[asyncio.Task[None]] = set()
        self._ports: list[SerialPortInfo] = []
        self.refreshPorts()

    @property
    def form(self) -> SetupForm:
        return self._form

    async def aclose(self) -> None:
        """Wait for device tests and the finish step still running."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- properties ---------------------------------------------------------------------

    @Property(str, constant=True)
    def configPath(self) -> str:
        return str(self._path)

    @Property(str, constant=True)
    def startupProblem(self) -> str:
        return self._startup_problem

    @Property("QVariantMap", notify=changed)
    def values(self) -> dict[str, str]:
        """The form's texts as entered (without the secrets)."""
        texts = {k: v for k, v in asdict(self._form).items() if isinstance(v, str)}
        texts.update(self._form.answers)
        return {k: v for k, v in texts.items() if k not in SECRET_FIELDS}

    @Property("QVariantMap", notify=changed)
    def errors(self) -> dict[str, str]:
        return {name: problem_tr(problem) for name, problem in self._errors.items()}

    @Property("QVariantList", notify=changed)
    def stationTypes(self) -> list[dict[str, str]]:
        return station_choices()

    @Property("QVariantList", notify=changed)
    def platformSections(self) -> list[dict[str, Any]]:
        """Per platform: ``name``, ``title`` and ``fields`` (name, label, hint, kind, choicesLabel, choices)."""
        return platform_sections()

    @Property("QVariantMap", notify=changed)
    def choices(self) -> dict[str, str]:
        """For each field with choices, the one chosen ("custom" for an answer typed in)."""
        return dict(self._choices)

    @Property(str, notify=changed)
    def platformNames(self) -> str:
        """The platforms the form sets up, as the installer reads them: "EGYM"."""
        return QLocale().createSeparatedList([platform.display_name for platform in SETUP_PLATFORMS])

    @Property("QVariantList", notify=changed)
    def readerProtocols(self) -> list[dict[str, str]]:
        return self._protocol_choices("reader")

    @Property("QVariantList", notify=changed)
    def deviceProtocols(self) -> list[dict[str, str]]:
        return self._protocol_choices("measuring")

    @Property("QVariantList", notify=changed)
    def readerPorts(self) -> list[dict[str, str]]:
        return self._port_choices(self._form.reader_protocol, self._form.reader_port)

    @Property("QVariantList", notify=changed)
    def devicePorts(self) -> list[dict[str, str]]:
        return self._port_choices(self._form.device_protocol, self._form.device_port)

    @Property("QVariantMap", notify=changed)
    def deviceTests(self) -> dict[str, dict[str, str]]:
        """Per role ("reader", "measuring"): the last test's ``text`` and ``tone`` (busy/good/bad)."""
        return {role: dict(result) for role, result in self._device_tests.items()}

    @Property(str, notify=changed)
    def status(self) -> str:
        return self._status[0]

    @Property(str, notify=changed)
    def statusTone(self) -> str:
        return self._status[1]

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=changed)
    def detecting(self) -> bool:
        return self._detecting

    @Property(str, notify=changed)
    def writtenPath(self) -> str:
        return self._written

    # --- slots --------------------------------------------------------------------------

    @Slot(str, str)
    def setValue(self, name: str, text: str) -> None:
        """Store one answer; its field's message goes until the next check."""
        if name in SETUP_FIELDS:
            self._form = self._form.with_value(name, text)
            self._errors.pop(name, None)
            self.changed.emit()
            return
        if name not in SetupForm.__dataclass_fields__ or name.endswith("_options") or name == "answers":
            return
        changes: dict[str, Any] = {name: text}
        if name in ("reader_protocol", "device_protocol"):
            prefix = name.removesuffix("_protocol")
            changes[f"{prefix}_options"] = {}
            current_port = getattr(self._form, f"{prefix}_port")
            allowed = [choice["value"] for choice in self._port_choices(text, "")]
            if current_port not in allowed:
                changes[f"{prefix}_port"] = allowed[0] if allowed else ""
            self._device_tests.pop("reader" if prefix == "reader" else "measuring", None)
        if name.endswith("_port"):
            self._device_tests.pop("reader" if name.startswith("reader") else "measuring", None)
        self._form = replace(self._form, **changes)
        self._errors.pop(name, None)
        if name == "station_type":
            offered = [choice["value"] for choice in self._protocol_choices("measuring")]
            if offered and self._form.device_protocol not in offered:
                self.setValue("device_protocol", offered[0])
        self.changed.emit()

    @Slot(str, str)
    def choose(self, name: str, choice: str) -> None:
        """Pick one of field ``name``'s choices, or "custom" (starting from the field's custom answer)."""
        if name not in self._choices:
            return
        setup_field = SETUP_FIELDS[name]
        answers = {c.value: c.answer for c in setup_field.choices}
        if choice not in (*answers, CUSTOM):
            return
        self._choices[name] = choice
        current = self._form.answers.get(name, "")
        typed = current if current not in answers.values() else setup_field.custom_answer
        self.setValue(name, answers.get(choice) or typed)

    @Slot()
    def refreshPorts(self) -> None:
        try:
            chosen = [self._form.reader_port, self._form.device_port]
            self._ports = self._list_ports([port for port in chosen if port.startswith("/")])
        except OSError as error:
            log.warning("listing serial ports failed (%s)", type(error).__name__)
            self._ports = []
        self.changed.emit()

    @Slot(str)
    def testDevice(self, role: str) -> None:
        """Probe the reader ("reader") or the measuring device ("measuring") on its chosen port."""
        if role not in ROLES or self._device_tests.get(role, {}).get("tone") == "busy":
            return
        prefix = ROLES[role]
        device = DeviceConfig(role=role, protocol=getattr(self._form, f"{prefix}_protocol"),  # type: ignore[arg-type]
                              port=getattr(self._form, f"{prefix}_port"), options=dict(getattr(self._form, f"{prefix}_options")))
        self._device_tests[role] = {"text": tr("Testing %1…").replace("%1", device.port), "tone": "busy"}
        self.changed.emit()
        self._spawn(self._test_device(role, device))

    @Slot()
    def detectDevices(self) -> None:
        """Probe every listed serial port; each device that answers fills in its role's protocol and port."""
        if self._detecting:
            return
        ports = [port.device for port in self._ports]
        if not ports:
            self._set_status(tr("No serial ports found. Plug in the devices, then look for ports again."), "wait")
            return
        self._detecting = True
        self._set_status(tr("Looking for devices on %1 ports…").replace("%1", str(len(ports))), "busy")
        self._spawn(self._detect(ports))

    @Slot()
    def finish(self) -> None:
        """Check the answers, test EGYM, then write the files; problems are shown, nothing half-written."""
        if self._busy:
            return
        self._errors = validate(self._form, self._path)
        if self._errors:
            self._set_status(tr("Some entries need fixing: see the messages in red."), "bad")
            return
        self._busy = True
        self._set_status(tr("Testing the connection to %1…").replace("%1", self.platformNames), "busy")
        self._spawn(self._finish())

    # --- work ---------------------------------------------------------------------------

    async def _test_device(self, role: str, device: DeviceConfig) -> None:
        try:
            result = await asyncio.to_thread(check_device, role, device, self._listen_s, self._answer_s)
            self._device_tests[role] = {"text": result.detail, "tone": "good" if result.ok else "bad"}
        except Exception as error:  # a broken probe must not break the setup screen
            log.error("device test failed (%s)", type(error).__name__)
            self._device_tests[role] = {"text": tr("The test itself failed; check the protocol and port."), "tone": "bad"}
        self.changed.emit()

    async def _detect(self, ports: list[str]) -> None:
        found: list[ProbeResult] = []
        try:
            for port in ports:
                result = await asyncio.to_thread(probe_port, port, listen_s=self._listen_s, answer_s=self._answer_s)
                if result.found:
                    found.append(result)
        except Exception as error:  # a broken probe must not break the setup screen
            log.error("looking for devices failed (%s)", type(error).__name__)
        finally:
            self._detecting = False
        for result in found:
            self._prefill(result)
        if found:
            self._set_status(tr("Found: %1").replace("%1", "; ".join(result.summary() for result in found)), "good")
        else:
            self._set_status(tr("No device answered. Choose each device's protocol and port, then test it."), "wait")

    def _prefill(self, result: ProbeResult) -> None:
        """What answered becomes its role's choice, unless the installer already chose a real port."""
        handler = handler_for(result.protocol or "")
        if handler is None or handler.role not in ROLES:
            return
        prefix = ROLES[handler.role]
        if getattr(self._form, f"{prefix}_port") not in ("", SIMULATED):
            return
        self.setValue(f"{prefix}_protocol", handler.protocol)
        self.setValue(f"{prefix}_port", result.port)
        self._device_tests[handler.role] = {"text": result.summary(), "tone": "good"}
        self.changed.emit()

    async def _finish(self) -> None:
        try:
            path = await complete(self._form, self._path, pin_hasher=self._pin_hasher)
        except ConnectionTestFailed as failure:
            self._set_status(tr("%1 connection failed: %2").replace("%1", self.platformNames).replace("%2", failure.reason),
                             "bad")
            return
        except SetupError as error:
            self._errors = {k: v for k, v in error.problems.items() if k != GENERAL}
            self._set_status(error.problems.get(GENERAL, tr("Some entries need fixing: see the messages in red.")), "bad")
            return
        except Exception as error:  # anything unforeseen: say so, keep the form
            log.error("setup could not finish (%s)", type(error).__name__)
            self._set_status(tr("Setup could not finish: %1").replace("%1", type(error).__name__), "bad")
            return
        finally:
            self._busy = False
            self.changed.emit()
        self._written = str(path)
        self._set_status(tr("Saved to %1. Starting the kiosk…").replace("%1", str(path)), "good")
        self.finished.emit(str(path))

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # --- presentation -------------------------------------------------------------------

    def _set_status(self, text: str, tone: str) -> None:
        self._status = (text, tone)
        self.changed.emit()

    def _protocol_choices(self, role: str) -> list[dict[str, str]]:
        choices = []
        for name in protocol_names(role):  # type: ignore[arg-type]
            handler = handler_for(name)
            if role == "measuring" and handler is not None and self._station_kind() not in handler.kinds:
                continue
            choices.append({"value": name, "label": name, "description": handler.description if handler else ""})
        return choices

    def _station_kind(self) -> str:
        return {"scale": "body", "cardio": "cardio", "flexibility": "flexibility"}.get(self._form.station_type, "body")

    def _port_choices(self, protocol: str, current: str) -> list[dict[str, str]]:
        handler = handler_for(protocol)
        if handler is None:
            return []
        if handler.transport == "keyboard":
            choices = [{"value": "keyboard", "label": tr("Keyboard input")}]
        elif handler.transport == "nfcpy":
            choices = [{"value": "usb", "label": tr("USB (nfcpy)")}]
        else:
            choices = [{"value": port.device, "label": port.device + (f" · {port.description}" if port.description else "")}
                       for port in self._ports]
            if handler.simulator is not None:  # last: for trying the kiosk out, never the obvious choice
                choices.append({"value": SIMULATED, "label": tr("Simulated")})
        if current and current not in [choice["value"] for choice in choices]:
            choices.append({"value": current, "label": current})
        return choices
