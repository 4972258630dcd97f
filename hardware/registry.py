"""The ordered registry of device protocols the kiosk speaks.

Each entry names its decoder (and simulator) by import path, so adding a protocol
means adding its module and one entry here. Probing tries entries in order and
the first that recognises a port's output wins (the openScale way).

Entries also carry what the layers above need to pick sensible defaults:

* readers list the card families they report (``card_technologies``, the usual
  one first); :meth:`DeviceHandler.default_uid_rendering` says how such cards
  are printed and therefore usually registered: EM4100 (125 kHz) cards by the
  10-digit number printed on them (``em4100_printed``), every other card by its
  UID in hex, card order.
* analysers that take the member's personal data before measuring name their
  PC-mode dialect (``pc_mode``, see :mod:`hardware.protocols.tanita_pc_mode`).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Literal

from hardware.events import CardTechnology, Decoder
from hardware.uid import EM4100_PRINTED

Role = Literal["reader", "measuring"]

# How cards of a family are printed (and so usually registered); "hex" for the rest.
_PRINTED_RENDERING = {CardTechnology.EM4100: EM4100_PRINTED}


def printed_uid_rendering(technology: CardTechnology) -> str:
    """How cards of ``technology`` are printed, and so usually registered: the default rendering for them."""
    return _PRINTED_RENDERING.get(technology, "hex")


@dataclass(frozen=True)
class DeviceHandler:
    """How to talk to one kind of device."""

    protocol: str
    role: Role
    decoder: str  # "package.module:Factory"
    description: str
    default_baudrate: int = 9600
    kinds: tuple[str, ...] = ()  # measurement kinds a measuring device produces
    simulator: str | None = None  # "package.module:Class", constructed with a PtyPort
    transport: Literal["serial", "nfcpy", "keyboard"] = "serial"
    card_technologies: tuple[CardTechnology, ...] = ()  # readers: card families reported, the usual first
    pc_mode: str | None = None  # analysers: the dialect they take the member's personal data in

    @property
    def serial(self) -> bool:
        """Whether the device is a serial port the kiosk opens (and can probe)."""
        return self.transport == "serial"

    def default_uid_rendering(self, technology: CardTechnology | None = None) -> str | None:
        """The UID rendering cards of ``technology`` (default: this reader's usual family) are printed in.

        None for devices that read no cards. A site that registered its cards some
        other way still has to say so in the config.
        """
        if not self.card_technologies:
            return None
        return printed_uid_rendering(technology or self.card_technologies[0])

    def make_decoder(self, **options: Any) -> Decoder:
        """A fresh decoder configured with the device's ``options`` table."""
        module_name, _, attribute = self.decoder.partition(":")
        factory = getattr(importlib.import_module(module_name), attribute)
        return factory(**options)

    def make_simulator(self, port: Any, **options: Any) -> Any:
        """A simulator speaking this protocol on ``port`` (a :class:`~hardware.pty_port.PtyPort`)."""
        if self.simulator is None:
            raise ValueError(f"there is no simulator for {self.protocol!r} devices")
        module_name, _, attribute = self.simulator.partition(":")
        return getattr(importlib.import_module(module_name), attribute)(port, **options)

    def check_options(self, options: dict[str, Any]) -> None:
        """Raise TypeError/ValueError with a readable message if ``options`` don't fit."""
        if self.transport != "nfcpy":  # an nfcpy reader opens its device when built
            self.make_decoder(**options)


REGISTRY: tuple[DeviceHandler, ...] = (
    DeviceHandler("tanita", "measuring", "hardware.protocols.tanita:TanitaDecoder",
                  "Tanita body-composition analyser, key/value records (MC-780, MC-980, SC, DC)", kinds=("body",),
                  simulator="hardware.simulators.tanita_scale:TanitaScaleSimulator", pc_mode="mc-980"),
    DeviceHandler("tanita-bc418", "measuring", "hardware.protocols.tanita_bc418:Bc418Decoder",
                  "Tanita BC-418 / TBF-310 positional records", default_baudrate=4800, kinds=("body",), pc_mode="bc-418"),
    DeviceHandler("and-scale", "measuring", "hardware.protocols.and_scale:AndScaleDecoder",
                  "A&D weighing scale, standard format stream", default_baudrate=2400, kinds=("body",),
                  simulator="hardware.simulators.and_scale:AndScaleSimulator"),
    DeviceHandler("mt-sics", "measuring", "hardware.protocols.mt_sics:MtSicsDecoder",
                  "Mettler-Toledo MT-SICS weighing scale, polled with SI", kinds=("body",),
                  simulator="hardware.simulators.mt_sics_scale:MtSicsScaleSimulator"),
    DeviceHandler("generic-line", "measuring", "hardware.protocols.generic_line:GenericLineDecoder",
                  "Simple line device matched by a configured pattern (sit-and-reach boxes and the like)",
                  kinds=("body", "cardio", "flexibility"),
                  simulator="hardware.simulators.generic_line_device:GenericLineDeviceSimulator"),
    DeviceHandler("csafe", "measuring", "hardware.protocols.csafe.decoder:CsafeDecoder",
                  "CSAFE cardio console (the kiosk is master)", kinds=("cardio",),
                  simulator="hardware.simulators.csafe_console:CsafeConsoleSimulator"),
    DeviceHandler("nfcpy", "reader", "hardware.nfc_reader:NfcpyReader",
                  "ISO 14443-A card reader through nfcpy (USB or PN532 UART; port is the nfcpy path)", transport="nfcpy",
                  card_technologies=(CardTechnology.MIFARE,)),
    DeviceHandler("keyboard-wedge", "reader", "hardware.protocols.keyboard_wedge:KeyboardWedgeDecoder",
                  "USB reader that types the UID and Enter (port = \"keyboard\")", transport="keyboard",
                  card_technologies=(CardTechnology.MIFARE, CardTechnology.EM4100)),
    DeviceHandler("rdm6300", "reader", "hardware.protocols.rdm6300:Rdm6300Decoder",
                  "125 kHz EM4100 reader (RDM6300 / RDM630, Parallax frames)",
                  simulator="hardware.simulators.rdm6300_reader:Rdm6300ReaderSimulator",
                  card_technologies=(CardTechnology.EM4100,)),
    DeviceHandler("binary-uid", "reader", "hardware.protocols.binary_uid:BinaryUidDecoder",
                  "13.56 MHz / 125 kHz reader sending STX LEN TYPE SNR BCC ETX frames",
                  card_technologies=(CardTechnology.MIFARE, CardTechnology.EM4100)),
    DeviceHandler("vtap", "reader", "hardware.protocols.vtap:VtapDecoder",
                  "Dot Origin VTAP (Apple / Google wallet passes and cards) on its COM port",
                  simulator="hardware.simulators.vtap_reader:VtapReaderSimulator",
                  card_technologies=(CardTechnology.MIFARE,)),
    DeviceHandler("uid-lines", "reader", "hardware.protocols.uid_lines:UidLineDecoder",
                  "Serial card reader printing one UID per line",
                  simulator="hardware.simulators.uid_reader:UidLineReaderSimulator",
                  card_technologies=(CardTechnology.MIFARE, CardTechnology.EM4100)),
)


def handler_for(protocol: str) -> DeviceHandler | None:
    """The registry entry for ``protocol``, or None."""
    return next((h for h in REGISTRY if h.protocol == protocol), None)


def protocol_names(role: Role) -> list[str]:
    return [h.protocol for h in REGISTRY if h.role == role]
