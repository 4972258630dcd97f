"""Trimming the PySide6 wheels down to the parts of Qt the kiosk runs.

What stays is decided by keep-lists (Python bindings, QML modules, plugins), widened by
what those parts need: QML modules pull in the modules their ``qmldir`` imports, and
every kept binary pulls in the Qt libraries it links against (DT_NEEDED, followed to
the end). Everything else under ``PySide6/`` goes: tools, headers, type stubs, Qt
translations, build metadata, and the libraries nothing kept links against.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from elf_deps import elf_files, needed_libraries

# Python modules the kiosk imports, plus the ones those import at load time (QtNetwork, QtOpenGL),
# and QtWidgets, which qasync imports unconditionally.
KEEP_BINDINGS = (
    "QtCore", "QtGui", "QtNetwork", "QtOpenGL", "QtQml", "QtQuick", "QtQuickControls2", "QtGraphs", "QtSvg",
    "QtWidgets",
)

# QML modules the kiosk's screens may use; their qmldir imports are added automatically.
KEEP_QML_MODULES = (
    "QtQml", "QtQml.Models", "QtQml.WorkerScript",
    "QtQuick", "QtQuick.Window", "QtQuick.Layouts", "QtQuick.Templates",
    "QtQuick.Controls", "QtQuick.Controls.Basic", "QtQuick.Controls.Fusion",
    "QtQuick.Controls.Material", "QtQuick.Controls.Universal",
    "QtQuick.Shapes", "QtQuick.Effects", "QtQuick.VectorImage",
    "QtGraphs",
)

# Plugin directory -> the plugin files kept there ("*" keeps the whole directory).
# The wheel's eglfs_kms (GBM) integration is left out on purpose: PySide6 6.12 ships the
# plugin without libQt6EglFsKmsGbmSupport.so.6, so it can never load. EGLFS therefore works
# only through EGLStreams (NVIDIA, eglfs_kms_egldevice); Mesa GPUs use Wayland (cage).
KEEP_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("libqoffscreen.so", "libqxcb.so", "libqwayland.so", "libqeglfs.so"),
    "egldeviceintegrations": ("libqeglfs-kms-egldevice-integration.so",),
    "xcbglintegrations": ("*",),
    "wayland-shell-integration": ("libxdg-shell.so", "libfullscreen-shell-v1.so"),
    "wayland-graphics-integration-client": ("libqt-plugin-wayland-egl.so",),
    "wayland-decoration-client": ("libbradient.so",),
    "imageformats": ("libqsvg.so", "libqjpeg.so", "libqgif.so", "libqwebp.so", "libqico.so"),
    "iconengines": ("*",),
    "platforminputcontexts": ("libcomposeplatforminputcontextplugin.so",),
}

# Entries directly under PySide6/ and PySide6/Qt/ that stay (besides kept bindings and libpyside).
KEEP_PACKAGE_ENTRIES = ("__init__.py", "_config.py", "_git_pyside_version.py", "py.typed", "support", "Qt")
KEEP_QT_ENTRIES = ("lib", "plugins", "qml")
TOOLING_DIRS = ("designer", "tooling")  # Qt Design Studio / qmllint material inside QML modules

QML_IMPORT = re.compile(r"^\s*import\s+([A-Za-z_][\w.]*)", re.MULTILINE)


class TrimError(Exception):
    """The trim would break the kiosk (e.g. its QML imports a Qt module the trim drops)."""


@dataclass
class TrimReport:
    bytes_before: int
    bytes_after: int = 0
    qml_modules: list[str] = field(default_factory=list)
    libraries: list[str] = field(default_factory=list)


def tree_size(path: Path) -> int:
    """Bytes in the regular files under ``path`` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def qml_imports(qml_dir: Path) -> set[str]:
    """Module URIs imported by the ``.qml`` files under ``qml_dir`` (string/directory imports skipped)."""
    found: set[str] = set()
    for file in qml_dir.rglob("*.qml"):
        found.update(QML_IMPORT.findall(file.read_text(encoding="utf-8", errors="replace")))
    return found


def qml_modules(qml_root: Path) -> dict[str, tuple[Path, list[tuple[str, str]]]]:
    """Module URI -> (its directory, [(kind, imported URI)]) for every qmldir under ``qml_root``."""
    modules: dict[str, tuple[Path, list[tuple[str, str]]]] = {}
    for qmldir in qml_root.rglob("qmldir"):
        name, links = None, []
        for line in qmldir.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if words[:1] == ["module"] and len(words) > 1:
                name = words[1]
            elif words[:1] in (["import"], ["depends"]) and len(words) > 1:
                links.append(("required", words[1]))
            elif words[:2] == ["default", "import"] and len(words) > 2:
                links.append(("required", words[2]))
            elif words[:2] == ["optional", "import"] and len(words) > 2:
                links.append(("optional", words[2]))
        if name:
            modules[name] = (qmldir.parent, links)
    return modules


def qml_closure(modules: dict[str, tuple[Path, list[tuple[str, str]]]], roots: set[str]) -> set[str]:
    """``roots`` plus every module they require, transitively (optional imports only if rooted)."""
    kept: set[str] = set()
    pending = [r for r in roots if r in modules]
    while pending:
        name = pending.pop()
        if name in kept:
            continue
        kept.add(name)
        for kind, target in modules[name][1]:
            if target in modules and (kind == "required" or target in roots):
                pending.append(target)
    return kept


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _prune_qml(qml_root: Path, kept_dirs: set[Path]) -> None:
    """Delete files whose nearest enclosing QML module is not kept, and tooling directories."""
    module_dirs = {qmldir.parent for qmldir in qml_root.rglob("qmldir")}
    for directory in [p for p in qml_root.rglob("*") if p.is_dir() and p.name in TOOLING_DIRS]:
        if directory.exists():
            _remove(directory)
    for file in [p for p in qml_root.rglob("*") if not p.is_dir()]:
        nearest = next((parent for parent in file.parents if parent in module_dirs), None)
        if nearest not in kept_dirs:
            file.unlink()
    for directory in sorted((p for p in qml_root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()


def _prune_plugins(plugins: Path) -> None:
    for directory in plugins.iterdir():
        keep = KEEP_PLUGINS.get(directory.name)
        if keep is None:
            _remove(directory)
        elif "*" not in keep:
            for plugin in directory.iterdir():
                if plugin.name not in keep:
                    _remove(plugin)


def _library_closure(package: Path, lib_dir: Path) -> set[str]:
    """File names in ``lib_dir`` reachable through DT_NEEDED from every kept binary outside it."""
    available = {p.name for p in lib_dir.iterdir()}
    pending = [name for path in elf_files(package) if path.parent != lib_dir for name in needed_libraries(path)]
    kept: set[str] = set()
    while pending:
        name = pending.pop()
        if name in kept or name not in available:
            continue
        kept.add(name)
        pending.extend(needed_libraries(lib_dir / name))
    return kept


def trim_pyside(site_packages: Path, app_qml: Path | None = None) -> TrimReport:
    """Trim ``site_packages/PySide6`` in place; ``app_qml`` is the kiosk's QML (its imports are kept)."""
    package = site_packages / "PySide6"
    report = TrimReport(bytes_before=tree_size(package))
    keep_root = set(KEEP_PACKAGE_ENTRIES) | {f"{b}.abi3.so" for b in KEEP_BINDINGS}
    for entry in package.iterdir():
        if entry.name not in keep_root and not entry.name.startswith("libpyside6"):
            _remove(entry)
    qt = package / "Qt"
    for entry in qt.iterdir():
        if entry.name not in KEEP_QT_ENTRIES:
            _remove(entry)

    modules = qml_modules(qt / "qml")
    wanted = set(KEEP_QML_MODULES)
    if app_qml is not None and app_qml.is_dir():
        app_imports = qml_imports(app_qml)
        absent = sorted(m for m in app_imports if m.startswith("Qt") and m not in modules)
        if absent:
            raise TrimError(f"the kiosk's QML imports {', '.join(absent)}, which PySide6 does not ship")
        wanted |= {m for m in app_imports if m in modules}
    kept_modules = qml_closure(modules, wanted)
    _prune_qml(qt / "qml", {modules[m][0] for m in kept_modules})
    _prune_plugins(qt / "plugins")

    lib_dir = qt / "lib"
    kept_libs = _library_closure(package, lib_dir)
    for library in lib_dir.iterdir():
        if library.name not in kept_libs:
            _remove(library)
    for stub in site_packages.glob("shiboken6/*.pyi"):
        stub.unlink()

    report.bytes_after = tree_size(package)
    report.qml_modules = sorted(kept_modules)
    report.libraries = sorted(kept_libs)
    return report
