"""One composition wires the kiosk: outside kiosk/composition.py no module builds the outbox, the flow,
the identity chain, the dispatcher or the device hub, and a platform's client and integration are built
only by its own ``connect`` (kiosk/cloud/<platform>/platform.py). The four callers go through it."""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("kiosk", "ui", "harness", "gym_kiosk")
WIRED_PARTS = {"Outbox", "SessionFlow", "IdentityChain", "EventDispatcher", "DeviceHub", "Housekeeping", "open_trainer_mode"}
COMPOSITION = "kiosk/composition.py"


def calls(path: Path) -> set[str]:
    """The names of everything ``path`` calls: ``Outbox(...)``, ``outbox_module.Outbox(...)``."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            function = node.func
            found.add(function.id if isinstance(function, ast.Name) else getattr(function, "attr", ""))
    return found


def sources() -> dict[str, set[str]]:
    return {str(path.relative_to(REPO)): calls(path) for package in PACKAGES for path in (REPO / package).rglob("*.py")}


def test_only_the_composition_builds_the_kiosks_parts() -> None:
    found = sources()
    builders = {name for name, called in found.items() if called & WIRED_PARTS}
    assert builders == {COMPOSITION}
    # The outbox is built as ``outbox_type(...)``: Outbox unless a harness observes it through a subclass.
    assert WIRED_PARTS - {"Outbox"} <= found[COMPOSITION] and "outbox_type" in found[COMPOSITION]


def test_a_platforms_client_and_integration_are_built_only_by_its_connect() -> None:
    platform_classes = {
        node.name
        for path in (REPO / "kiosk" / "cloud").glob("*/*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name.endswith(("Client", "Integration"))
    }
    assert {"EgymClient", "EgymIntegration"} <= platform_classes
    builders = {name for name, called in sources().items() if called & platform_classes}
    assert builders == {"kiosk/cloud/egym/platform.py", "kiosk/cloud/hub/platform.py", "kiosk/cloud/lfopen/platform.py",
                        "kiosk/cloud/perfectgym/platform.py", "kiosk/cloud/enduco/platform.py",
                        "kiosk/cloud/boditrax/platform.py"}


def test_the_qt_kiosk_the_chaos_worker_the_benchmark_and_check_build_through_it() -> None:
    found = sources()
    for caller in ("ui/app.py", "harness/chaos_worker.py", "harness/bench.py"):
        assert "build_kiosk" in found[caller], caller
    assert "connect_platforms" in found["kiosk/support/check.py"]
