#!/usr/bin/env python3
"""Build ``dist/gym-kiosk_<version>_<arch>.deb`` for Debian/Ubuntu kiosk PCs.

The package holds a pinned virtual environment at /opt/gym-kiosk/venv (the project
wheel and its dependencies at the versions in pyproject.toml and constraints.txt), built
against the system interpreter so it works at its installed path, plus the systemd unit,
the udev rules, a default config (a conffile) and /usr/bin/gym-kiosk.

    python3 packaging/build_deb.py            # what `make deb` runs
    python3 packaging/build_deb.py --dry-run  # print the manifest, build nothing

Run it on the Debian/Ubuntu release the kiosks run (the venv is tied to that release's
Python minor version). Missing build-host packages (python3-venv, the runtime libraries
whose package names go into Depends) are installed with apt-get when run as root.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import asdict, dataclass
from email.parser import Parser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from elf_deps import UnresolvedLibraries, debian_dependencies  # noqa: E402
from qt_trim import KEEP_BINDINGS, KEEP_PLUGINS, KEEP_QML_MODULES, TrimError, tree_size, trim_pyside  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SOURCE_PACKAGES = ("kiosk", "hardware", "ui", "hub", "harness", "gym_kiosk")
INSTALL_ROOT = "/opt/gym-kiosk"
VENV = f"{INSTALL_ROOT}/venv"
DEFAULT_PYTHON = "/usr/bin/python3"
COMPRESSION = ("-Zxz", "-z6")

# Installed on the build machine when missing: the interpreter, venv support, and every runtime
# library of the kiosk (Depends is computed from what the binaries link against, by asking dpkg
# which installed package provides each library, so they must be present here).
HOST_PACKAGES = (
    "python3", "python3-venv",
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libxkbcommon0", "libglib2.0-0", "libdbus-1-3",
    "libx11-6", "libx11-xcb1", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-render-util0", "libxcb-randr0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-sync1",
    "libxcb-xkb1", "libwayland-client0", "libwayland-cursor0", "libwayland-egl1", "libdrm2",
    "libusb-1.0-0", "fonts-dejavu-core",
)
# Runtime needs no binary links against: libusb is loaded with ctypes (nfcpy readers), Qt needs a
# font to draw text, postinst creates the service user.
EXTRA_DEPENDS = ("libusb-1.0-0", "fonts-dejavu-core", "adduser")


@dataclass(frozen=True)
class Installed:
    """One file of the package: where it comes from and where it lands."""

    source: str  # relative to the repository
    target: str  # absolute path on the kiosk
    mode: int = 0o644
    conffile: bool = False


FILES = (
    Installed("packaging/config/config.toml", "/etc/gym-kiosk/config.toml", conffile=True),
    Installed("packaging/systemd/gym-kiosk.service", "/usr/lib/systemd/system/gym-kiosk.service"),
    Installed("packaging/systemd/gym-kiosk-hub.service", "/usr/lib/systemd/system/gym-kiosk-hub.service"),
    Installed("packaging/config/hub.toml", "/usr/share/doc/gym-kiosk/hub.toml.example"),
    Installed("packaging/systemd/cage.conf", "/usr/share/gym-kiosk/systemd/cage.conf"),
    Installed("packaging/systemd/gym-kiosk-cage.pam", "/usr/share/gym-kiosk/systemd/gym-kiosk-cage.pam"),
    Installed("packaging/udev/99-gym-kiosk.rules", "/usr/lib/udev/rules.d/99-gym-kiosk.rules"),
    Installed("packaging/udev/98-gym-kiosk-local.rules.example", "/usr/share/gym-kiosk/udev/98-gym-kiosk-local.rules.example"),
    Installed("docs/deployment.md", "/usr/share/doc/gym-kiosk/deployment.md"),
    Installed("docs/hub-deployment.md", "/usr/share/doc/gym-kiosk/hub-deployment.md"),
    Installed("docs/hub-api.md", "/usr/share/doc/gym-kiosk/hub-api.md"),
)
SYMLINKS = {"/usr/bin/gym-kiosk": f"{VENV}/bin/gym-kiosk"}
MAINTAINER_SCRIPTS = ("postinst", "prerm", "postrm")

SELF_TEST = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6 import QtGraphs, QtQuick, QtQuickControls2, QtSvg  # noqa: F401
import qasync  # noqa: F401
import hardware.registry, kiosk.config.loader, ui.app, gym_kiosk.cli  # noqa: F401
import hub.composition, hub.cli  # noqa: F401  (the hub, its fleet page and /metrics)
app = QGuiApplication(sys.argv[:1])
engine = QQmlEngine()
component = QQmlComponent(engine)
component.setData(b'''
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Effects
import QtQuick.Shapes
import QtGraphs
Item { ColumnLayout { Button { text: "ok" } } }
''', "self-test.qml")
item = component.create()
if item is None:
    sys.exit("QML self-test failed: " + component.errorString())
print("self-test: Qt bindings, QML modules and kiosk packages load")
"""


class BuildError(Exception):
    """The build cannot go on; the message says what to fix."""


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    printable = " ".join(str(c) for c in command)
    print(f"+ {printable}", flush=True)
    try:
        return subprocess.run([str(c) for c in command], check=True, **kwargs)
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"command failed (exit {exc.returncode}): {printable}") from None


def project_metadata() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def debian_version(version: str) -> str:
    """A PEP 440 version in Debian order: pre-releases sort before the release (``~``)."""
    version = re.sub(r"\.?(a|b|rc)(\d+)", r"~\1\2", version)
    version = re.sub(r"\.dev(\d+)", r"~dev\1", version)
    return re.sub(r"\.post(\d+)", r"+post\1", version)


def architecture() -> str:
    if shutil.which("dpkg") is None:
        return "unknown"
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def interpreter(python: str) -> tuple[str, str, str]:
    """(versioned interpreter path, "X.Y", multiarch triplet) of the kiosk's Python."""
    probe = "import sys, sysconfig; print(f'{sys.version_info[0]}.{sys.version_info[1]}', sysconfig.get_config_var('MULTIARCH') or '')"
    try:
        out = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        raise BuildError(f"{python} does not run; install python3 (apt-get install python3) or pass --python") from None
    minor = out[0]
    if tuple(int(p) for p in minor.split(".")) < (3, 11):
        raise BuildError(f"{python} is Python {minor}; the kiosk needs 3.11 or newer")
    versioned = str(Path(python).with_name(f"python{minor}"))
    return versioned, minor, out[1] if len(out) > 1 else ""


def package_file_name(name: str, version: str, arch: str) -> str:
    return f"{name}_{debian_version(version)}_{arch}.deb"


def manifest(python: str) -> dict:
    """Everything the build would produce, without building it (``--dry-run``)."""
    project = project_metadata()
    arch = architecture()
    try:
        versioned, minor, _ = interpreter(python)
    except BuildError:
        versioned, minor = python, "unknown"
    return {
        "package": project["name"],
        "version": debian_version(project["version"]),
        "architecture": arch,
        "deb": f"dist/{package_file_name(project['name'], project['version'], arch)}",
        "python": {"interpreter": versioned, "version": minor},
        "venv": VENV,
        "files": [asdict(f) | {"mode": f"{f.mode:o}"} for f in FILES],
        "conffiles": [f.target for f in FILES if f.conffile],
        "symlinks": SYMLINKS,
        "maintainer_scripts": list(MAINTAINER_SCRIPTS),
        "fixed_depends": [f"python{minor}", *EXTRA_DEPENDS],
        "host_packages": list(HOST_PACKAGES),
        "qt": {"bindings": list(KEEP_BINDINGS), "qml_modules": list(KEEP_QML_MODULES), "plugins": KEEP_PLUGINS},
    }


def ensure_host_packages() -> None:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${db:Status-Status}\n", *HOST_PACKAGES], capture_output=True, text=True
    ).stdout
    installed = {line.split()[0] for line in status.splitlines() if line.endswith(" installed")}
    missing = [p for p in HOST_PACKAGES if p not in installed and not _provided(p)]
    if not missing:
        return
    if os.geteuid() != 0:
        raise BuildError(f"missing build-host packages; run as root or: apt-get install -y {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if subprocess.run(install, env=env).returncode != 0:
        run("apt-get", "update", env=env)
        run(*install, env=env)


def _provided(virtual: str) -> bool:
    """True when an installed package Provides ``virtual`` (e.g. libglib2.0-0t64 for libglib2.0-0)."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Provides} ${db:Status-Status}\n"], capture_output=True, text=True).stdout
    return any(re.search(rf"(^|[ ,]){re.escape(virtual)}( |,|$)", line) and line.endswith(" installed") for line in out.splitlines())


def copy_sources(work: Path) -> Path:
    """A clean copy of what the wheel is built from (no stale build/ or egg-info from the checkout)."""
    source = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for package in SOURCE_PACKAGES:
        shutil.copytree(REPO / package, source / package, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, source / name)
    return source


def check_package_data(wheel: Path, source: Path) -> None:
    """Every non-Python file of the kiosk's packages (QML, JSON, images…) must be in the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [
        str(path.relative_to(source))
        for package in SOURCE_PACKAGES
        for path in (source / package).rglob("*")
        if path.is_file() and path.suffix != ".py" and str(path.relative_to(source)) not in names
    ]
    if missing:
        raise BuildError("the wheel lacks package data (fix [tool.setuptools.package-data]): " + ", ".join(sorted(missing)))


def build_venv(python: str, stage: Path, work: Path) -> tuple[Path, str]:
    """Create and fill the venv at its staging path; returns (venv path, pip freeze)."""
    venv = stage / VENV.lstrip("/")
    run(python, "-m", "venv", venv)
    venv_python = venv / "bin" / "python"
    source = copy_sources(work)
    wheels = work / "wheels"
    run(venv_python, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, source)
    wheel = next(wheels.glob("*.whl"))
    check_package_data(wheel, source)
    run(venv_python, "-m", "pip", "install", "--quiet", "--no-compile", "--prefer-binary",
        "-c", PACKAGING / "constraints.txt", wheel)
    run(venv_python, "-m", "pip", "check")
    freeze = run(venv_python, "-m", "pip", "freeze", "--all", capture_output=True, text=True).stdout
    run(venv_python, "-m", "pip", "uninstall", "--quiet", "-y", "pip", "setuptools")
    for script in (venv / "bin").iterdir():
        if script.is_file() and not script.is_symlink() and b"PySide6.scripts" in script.read_bytes()[:512]:
            script.unlink()  # pyside6-designer & co.: their tools are trimmed away
    kept = [line for line in freeze.splitlines() if not line.startswith(("pip==", "setuptools=="))]
    return venv, "\n".join(kept) + "\n"


def relocate(venv: Path, python: str, work: Path) -> None:
    """Point the venv's interpreter link, scripts and pyvenv.cfg at /opt/gym-kiosk/venv."""
    (venv / "bin" / "python").unlink()
    (venv / "bin" / "python").symlink_to(python)
    staged = str(venv).encode()
    for path in venv.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if staged in data and b"\0" not in data:
                path.write_bytes(data.replace(staged, VENV.encode()))
    for record in venv.rglob("direct_url.json"):
        record.unlink()  # names the build machine's wheel path


def check_no_build_paths(venv: Path, work: Path) -> None:
    """Nothing in the venv (scripts, pyvenv.cfg, bytecode) may point into the build directory."""
    marker = str(work).encode()
    leftovers = [str(p) for p in venv.rglob("*") if p.is_file() and not p.is_symlink() and marker in p.read_bytes()]
    if leftovers:
        raise BuildError("build paths left in the venv: " + ", ".join(leftovers[:5]))


def compile_bytecode(venv: Path, stage: Path) -> None:
    """Byte-compile once at build time: the service user cannot write under /opt."""
    run(venv / "bin" / "python", "-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "checked-hash",
        "-s", stage, "-p", "/", venv / "lib")


def self_test(venv: Path, work: Path) -> None:
    """Import the kept bindings and QML modules and the kiosk's packages with the staged venv."""
    script = work / "self_test.py"
    script.write_text(SELF_TEST, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run(venv / "bin" / "python", script, env=env, cwd="/")


def license_summary(site_packages: Path, project: dict) -> str:
    """The copyright file: the project's licence and each bundled distribution's."""
    licence = project.get("license")
    own = licence if isinstance(licence, str) else (licence or {}).get("text", "see the project")
    lines = [f"{project['name']}: {own}", "", "Bundled Python distributions:"]
    for metadata_file in sorted(site_packages.glob("*.dist-info/METADATA")):
        meta = Parser().parsestr(metadata_file.read_text(encoding="utf-8", errors="replace"), headersonly=True)
        declared = meta.get("License-Expression") or next(iter((meta.get("License") or "").splitlines()), "")
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        lines.append(f"  {meta['Name']} {meta['Version']}: {declared or ', '.join(classifiers) or 'see its METADATA'}")
    return "\n".join(lines) + "\n"


def minimum_glibc(site_packages: Path) -> str | None:
    """The newest glibc a bundled wheel needs (the lowest manylinux_X_Y tag of each wheel), as "X.Y"."""
    needs = []
    for wheel_file in site_packages.glob("*.dist-info/WHEEL"):
        text = wheel_file.read_text(encoding="utf-8")
        tags = [(int(a), int(b)) for a, b in re.findall(r"^Tag: .*manylinux_(\d+)_(\d+)_", text, re.MULTILINE)]
        if tags:
            needs.append(min(tags))
    return "{}.{}".format(*max(needs)) if needs else None


def installed_size_kib(stage: Path) -> int:
    total = 0
    for path in stage.rglob("*"):
        if path.relative_to(stage).parts[0] == "DEBIAN":
            continue
        total += math.ceil(path.lstat().st_size / 1024) if path.is_file() and not path.is_symlink() else 1
    return total


def place_files(stage: Path, freeze: str, licences: str) -> None:
    for item in FILES:
        target = stage / item.target.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / item.source, target)
        target.chmod(item.mode)
    for link, points_to in SYMLINKS.items():
        path = stage / link.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(points_to)
    docs = stage / "usr/share/doc/gym-kiosk"
    (docs / "python-packages.txt").write_text(freeze, encoding="utf-8")
    (docs / "copyright").write_text(licences, encoding="utf-8")


def normalise_modes(stage: Path) -> None:
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def write_control(stage: Path, project: dict, arch: str, depends: list[str]) -> None:
    debian = stage / "DEBIAN"
    debian.mkdir()
    maintainer = os.environ.get("DEBEMAIL") and f"{os.environ.get('DEBFULLNAME', 'Gym kiosk team')} <{os.environ['DEBEMAIL']}>"
    fields = {
        "@VERSION@": debian_version(project["version"]),
        "@ARCH@": arch,
        "@MAINTAINER@": maintainer or "Gym kiosk team <root@localhost>",
        "@INSTALLED_SIZE@": str(installed_size_kib(stage)),
        "@DEPENDS@": ", ".join(depends),
        "@SUMMARY@": project["description"].split(",")[0],
    }
    control = (PACKAGING / "debian" / "control").read_text(encoding="utf-8")
    for placeholder, value in fields.items():
        control = control.replace(placeholder, value)
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "conffiles").write_text("".join(f"{f.target}\n" for f in FILES if f.conffile), encoding="utf-8")
    for script in MAINTAINER_SCRIPTS:
        shutil.copyfile(PACKAGING / "debian" / script, debian / script)
        (debian / script).chmod(0o755)


def build(python: str, output: Path) -> Path:
    """Build the package into ``output``; returns the .deb's path."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found: build on Debian/Ubuntu (apt-get install dpkg)")
    ensure_host_packages()
    project = project_metadata()
    arch = architecture()
    versioned, minor, multiarch = interpreter(python)
    work = REPO / "build" / "deb"
    shutil.rmtree(work, ignore_errors=True)
    stage = work / "root"

    venv, freeze = build_venv(versioned, stage, work)
    site_packages = venv / "lib" / f"python{minor}" / "site-packages"
    venv_before = tree_size(venv)
    try:
        trim = trim_pyside(site_packages, REPO / "ui" / "qml")
    except TrimError as exc:
        raise BuildError(str(exc)) from None
    relocate(venv, versioned, work)
    compile_bytecode(venv, stage)
    check_no_build_paths(venv, work)
    self_test(venv, work)
    place_files(stage, freeze, license_summary(site_packages, project))
    normalise_modes(stage)
    try:
        libraries = debian_dependencies(stage, multiarch)
    except UnresolvedLibraries as exc:
        raise BuildError(f"{exc}\ninstall them on the build machine and build again") from None
    glibc = minimum_glibc(site_packages)
    if glibc and "libc6" in libraries:
        libraries[f"libc6 (>= {glibc})"] = libraries.pop("libc6")
    depends = sorted({f"python{minor}", *EXTRA_DEPENDS, *libraries})
    write_control(stage, project, arch, depends)

    output.mkdir(parents=True, exist_ok=True)
    deb = output / package_file_name(project["name"], project["version"], arch)
    run("dpkg-deb", "--root-owner-group", *COMPRESSION, "--build", stage, deb)
    mib = 1024 * 1024
    print(f"PySide6 in the venv: {trim.bytes_before / mib:.0f} MiB before trimming, {trim.bytes_after / mib:.0f} MiB after "
          f"({len(trim.qml_modules)} QML modules, {len(trim.libraries)} Qt libraries kept)")
    print(f"venv: {venv_before / mib:.0f} MiB as pip installed it, {tree_size(venv) / mib:.0f} MiB trimmed (with bytecode)")
    print(f"Depends: {', '.join(depends)}")
    print(f"built {deb.relative_to(REPO) if deb.is_relative_to(REPO) else deb} ({deb.stat().st_size / mib:.1f} MiB)")
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the gym-kiosk .deb (see docs/deployment.md).")
    parser.add_argument("--python", default=DEFAULT_PYTHON, help="the kiosk's system interpreter (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=REPO / "dist", help="directory for the .deb (default: dist/)")
    parser.add_argument("--dry-run", action="store_true", help="print the package manifest as JSON and build nothing")
    args = parser.parse_args(argv)
    if args.dry_run:
        print(json.dumps(manifest(args.python), indent=2))
        return 0
    try:
        build(args.python, args.output.resolve())
    except BuildError as exc:
        print(f"build-deb: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
