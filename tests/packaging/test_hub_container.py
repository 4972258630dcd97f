"""The hub-only container recipe: the hub's dependencies without Qt or device libraries, and a hub that needs none of them."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HUB = REPO / "packaging" / "hub"
LEFT_OUT = {"pyside6-essentials", "pyside6-addons", "qasync", "nfcpy", "pyserial", "psutil", "segno", "pynacl"}
# Top-level modules of the libraries left out (what the hub must never import).
LEFT_OUT_MODULES = ("PySide6", "shiboken6", "qasync", "nfc", "serial", "psutil", "segno", "usb", "nacl")
HUB_MODULES = ("hub.composition", "hub.cli", "gym_kiosk.cli")


def _name(requirement: str) -> str:
    return re.split(r"[\[=<>~!; ]", requirement, maxsplit=1)[0].lower()


def test_requirements_are_pyprojects_less_qt_and_device_libraries_with_the_same_versions() -> None:
    project = {_name(r): r for r in tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]}
    lines = [line.strip() for line in (HUB / "requirements.txt").read_text().splitlines()]
    container = {_name(line): line for line in lines if line and not line.startswith("#")}
    assert container == {name: spec for name, spec in project.items() if name not in LEFT_OUT}


def test_the_hub_starts_and_serves_without_qt_or_device_libraries(tmp_path: Path) -> None:
    blocker = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        f"        if name.split('.')[0] in {LEFT_OUT_MODULES!r}:\n"
        "            raise ImportError(f'the hub container has no {name}')\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {module}\n" for module in HUB_MODULES)
        + "import httpx\n"
        "from hub.composition import build_hub\n"
        "from hub.config import parse_hub_config\n"
        "config = parse_hub_config({'hub': {'listen': '127.0.0.1:0'}, 'gyms': {'g': {'egym': "
        "{'base_url': 'http://127.0.0.1:9', 'gym_id': 7, 'machine_name': 'hub'}}}}, "
        f"source=__import__('pathlib').Path({str(tmp_path / 'hub.toml')!r}), secrets={{'egym': 'key'}})\n"
        "hub = build_hub(config)\n"
        "running = hub.start()\n"
        "try:\n"
        "    assert httpx.get(running.base_url + '/metrics').status_code == 200\n"
        "    assert httpx.get(running.base_url + '/admin/login').status_code == 503  # no admin password yet\n"
        "finally:\n"
        "    running.stop()\n"
        "    hub.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", blocker], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_recipe_copies_no_ui_and_runs_the_hub_unprivileged() -> None:
    recipe = (HUB / "Containerfile").read_text()
    copied = re.findall(r"^COPY (?!--from)(\S+)", recipe, re.M)
    assert not any(source.startswith(("ui", "harness", "resources")) for source in copied)
    assert "pip install --no-deps ." in recipe and "-r packaging/hub/requirements.txt" in recipe
    assert re.search(r"^USER 10001$", recipe, re.M)
    assert 'ENTRYPOINT ["gym-kiosk", "hub", "--config", "/etc/gym-kiosk-hub/hub.toml"]' in recipe
