"""The registry: one entry per platform, each complete enough for every part of the kiosk that reads it."""
from __future__ import annotations

import importlib

from kiosk.cloud.platform import Emulation
from kiosk.cloud.registry import PLATFORMS, display_name, platform
from kiosk.config.loader import KIOSK_TABLES
from kiosk.support.setup_form import KIOSK_FIELDS


def test_each_platform_has_its_own_name_and_no_kiosk_table_is_taken() -> None:
    names = [p.name for p in PLATFORMS]
    assert len(set(names)) == len(names)
    assert all(name.isidentifier() and name.islower() for name in names)
    assert not set(names) & set(KIOSK_TABLES)
    assert [platform(name) for name in names] == list(PLATFORMS)


def test_members_and_installers_read_the_display_name() -> None:
    assert display_name("egym") == "EGYM"
    assert display_name("boditrax") == "Boditrax"
    assert display_name("halo") == "Halo"  # a platform this kiosk does not know: its name, capitalised


def test_every_setup_field_has_a_name_of_its_own_on_the_form() -> None:
    fields = [f.name for p in PLATFORMS if p.setup is not None for f in p.setup.fields]
    assert len(set(fields)) == len(fields)
    assert not set(fields) & set(KIOSK_FIELDS)


def test_every_emulation_can_be_made_and_served() -> None:
    for entry in PLATFORMS:
        if entry.emulation is None:
            continue
        module_name, _, attribute = entry.emulation.partition(":")
        emulation = getattr(importlib.import_module(module_name), attribute)(token_ttl_s=60.0, issue_refresh_tokens=True)
        assert isinstance(emulation, Emulation)
        assert callable(emulation.asgi_app())
        assert emulation.describe("http://127.0.0.1:1")[0].endswith("http://127.0.0.1:1")
