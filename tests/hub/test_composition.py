"""One composition wires the hub: outside hub/composition.py no hub module builds its parts."""
from __future__ import annotations

from pathlib import Path

from tests.test_composition_wiring import calls

REPO = Path(__file__).resolve().parents[2]
WIRED_PARTS = {"DeliveryWorker", "IdentityChain", "ApiContext", "create_api", "connect_gym", "Sealer", "from_key_file"}


def test_only_the_hub_composition_builds_the_hubs_parts() -> None:
    builders = {str(path.relative_to(REPO)): calls(path) & WIRED_PARTS for path in (REPO / "hub").rglob("*.py")}
    assert {path: parts for path, parts in builders.items() if parts and path != "hub/composition.py"} == {}
    assert {"DeliveryWorker", "ApiContext", "create_api", "connect_gym", "from_key_file"} <= builders[
        "hub/composition.py"]
