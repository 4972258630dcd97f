"""The device registry's defaults: how each reader's cards are usually registered, who takes a profile."""
from __future__ import annotations

import pytest

from hardware.events import CardTechnology
from hardware.registry import REGISTRY, handler_for, protocol_names
from hardware.uid import UID_STYLES


@pytest.mark.parametrize("protocol", protocol_names("reader"))
def test_every_reader_has_a_default_rendering_the_uid_module_knows(protocol):
    handler = handler_for(protocol)
    assert handler.card_technologies, f"{protocol} names no card family"
    assert handler.default_uid_rendering() in UID_STYLES
    for technology in handler.card_technologies:
        assert handler.default_uid_rendering(technology) in UID_STYLES


@pytest.mark.parametrize(
    ("protocol", "expected"),
    [
        ("rdm6300", "em4100_printed"),  # 125 kHz: the number printed on the card
        ("binary-uid", "hex"),  # 13.56 MHz unless the frame says EM4100
        ("uid-lines", "hex"),
        ("keyboard-wedge", "hex"),
        ("nfcpy", "hex"),
        ("vtap", "hex"),
    ],
)
def test_the_default_rendering_of_each_reader_kind(protocol, expected):
    assert handler_for(protocol).default_uid_rendering() == expected


@pytest.mark.parametrize("protocol", ["binary-uid", "uid-lines", "keyboard-wedge"])
def test_readers_that_can_report_em4100_cards_render_those_as_printed(protocol):
    assert handler_for(protocol).default_uid_rendering(CardTechnology.EM4100) == "em4100_printed"
    assert handler_for(protocol).default_uid_rendering(CardTechnology.MIFARE) == "hex"


def test_measuring_devices_read_no_cards():
    for handler in REGISTRY:
        if handler.role == "measuring":
            assert handler.default_uid_rendering() is None and handler.card_technologies == ()
