"""A member's name comes from their EGYM profile, so the member screens show it exactly as typed:
markup is neither obeyed nor fetched, control and bidi-override characters are dropped, and a
long name is cut short with an ellipsis."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.message_codes import MessageCode
from kiosk.models import MemberProfile
from kiosk.outbox.status import DeliveryState, DeliveryStatus
from kiosk.session.state import SessionSnapshot, SessionState
from tests.ui.loopback_images import LoopbackImages, is_plain_text, text_items
from ui.qml_loader import load_main_window
from ui.viewmodels.session import SessionViewModel

RESULT = {"weight_kg": 82.4, "body_fat_percent": 21.3, "muscle_mass_kg": 61.9}
NAME_LIMIT = 40  # characters of a name shown, the ellipsis included


def member(first_name: str, last_name: str = "") -> MemberProfile:
    return MemberProfile(user_id="-evil", first_name=first_name, last_name=last_name, locale="en_US", unit_system="METRIC")


def screens(profile: MemberProfile) -> dict[str, SessionSnapshot]:
    """Every member screen, for a member with ``profile``."""
    sent = (DeliveryStatus("egym", DeliveryState.SENT),)
    return {
        "profile": SessionSnapshot(SessionState.PROFILE, profile=profile),
        "measuring": SessionSnapshot(SessionState.MEASURING, profile=profile, live_weight_kg=81.9),
        "review": SessionSnapshot(SessionState.REVIEW, profile=profile, result=RESULT),
        "submitting": SessionSnapshot(SessionState.SUBMITTING, profile=profile, result=RESULT),
        "done": SessionSnapshot(SessionState.DONE, profile=profile, submissions=sent),
        "failed": SessionSnapshot(SessionState.FAILED, profile=profile, message=MessageCode.REJECTED),
    }


@pytest.fixture
def images():
    server = LoopbackImages()
    yield server
    server.close()


@pytest.fixture
def kiosk(qapp, flow):
    engine = QQmlApplicationEngine()
    vm = SessionViewModel(flow, station_name="Test scale")
    window = load_main_window(engine, vm, size=(1080, 1920))
    yield engine, window, vm
    window.close()
    shiboken6.delete(engine)  # QML goes before the view-model it binds to


def named(window, fragment: str) -> list[str]:
    return [item.property("text") for item in text_items(window) if fragment in item.property("text")]


@pytest.mark.parametrize("template", [
    'Eve<br>Saved to EGYM<img src="{url}">',  # longer than a name may be: cut short
    '<img src="{url}">',  # short enough to be shown whole
], ids=["spoof", "image-only"])
def test_markup_in_a_name_is_shown_as_typed_on_every_screen_and_fetches_nothing(kiosk, images, template: str) -> None:
    engine, window, vm = kiosk
    name = template.format(url=images.url("x"))
    shown_name = name if len(name) <= NAME_LIMIT else name[:NAME_LIMIT - 1] + "…"

    for screen, snapshot in screens(member(name)).items():
        vm.apply(snapshot)
        for item in text_items(window):
            assert is_plain_text(engine, item), f"{screen}: {item.property('text')!r} is not plain text"
        if screen in ("profile", "measuring", "review"):
            assert len(named(window, shown_name)) == 1, f"{screen} does not show the name as typed"
        assert images.requests_after_render(engine, window) == [], f"{screen} fetched a URL from the member's name"


def test_a_line_break_tag_in_a_name_does_not_start_a_new_line(kiosk) -> None:
    engine, window, vm = kiosk
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member("Eve<br>Saved")))
    [title] = [item for item in text_items(window) if "Eve" in item.property("text")]
    assert title.property("text") == "Hello, Eve<br>Saved!"
    assert title.property("lineCount") == 1


def test_control_and_bidi_override_characters_never_reach_the_screen(kiosk) -> None:
    engine, window, vm = kiosk
    # U+202E would show "Alex" as "xelA"; the others embed, isolate, mark or beep.
    first = "\u202eA\u202al\u202be\u202cx\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c\x00\x07\x1b\x7f\x9b"
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member(first + "\r\n\t  Bob\u2028", "Example")))
    assert vm.property("greetingName") == "Alex Bob E."
    assert named(window, "Alex") == ["Hello, Alex Bob E.!"]


def test_a_long_name_is_cut_short_with_an_ellipsis(kiosk) -> None:
    engine, window, vm = kiosk
    first = "Maximiliane-Alexandra-Josefine-Friederike"
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member(first, "von Hohenzollern")))
    shown = vm.property("greetingName")
    assert shown == first[:NAME_LIMIT - 1] + "…"
    assert named(window, shown) == [f"Hello, {shown}!"]


def test_a_name_keeps_every_letter_and_accent(kiosk) -> None:
    engine, window, vm = kiosk
    vm.apply(SessionSnapshot(SessionState.PROFILE, profile=member("Jose\u0301-María", "Ñúñez")))  # é as e + accent
    assert vm.property("greetingName") == "José-María Ñ."
