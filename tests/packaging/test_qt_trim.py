"""The build's dependency reasoning: ELF library links and QML module imports."""
from __future__ import annotations

import sys
from pathlib import Path

import PySide6

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from elf_deps import external_libraries, needed_libraries  # noqa: E402
from qt_trim import qml_closure, qml_imports, qml_modules  # noqa: E402

PYSIDE = Path(PySide6.__file__).parent


def test_needed_libraries_reads_the_links_of_a_real_binary() -> None:
    needed = needed_libraries(PYSIDE / "QtQuick.abi3.so")
    assert "libQt6Quick.so.6" in needed and "libc.so.6" in needed
    assert needed_libraries(PYSIDE / "__init__.py") == []


def test_external_libraries_skips_what_the_tree_provides(tmp_path: Path) -> None:
    for name in ("QtCore.abi3.so", "libpyside6.abi3.so.6.12"):
        (tmp_path / name).write_bytes((PYSIDE / name).read_bytes())
    wanted = external_libraries(tmp_path)
    assert "libpyside6.abi3.so.6.12" not in wanted
    assert "libQt6Core.so.6" in wanted  # not copied into the tree, so it is external here


def write_module(root: Path, uri: str, *lines: str) -> None:
    directory = root.joinpath(*uri.split("."))
    directory.mkdir(parents=True)
    (directory / "qmldir").write_text("\n".join([f"module {uri}", *lines]) + "\n", encoding="utf-8")


def test_qml_closure_follows_required_imports_and_rooted_optional_ones(tmp_path: Path) -> None:
    write_module(tmp_path, "Controls", "import Templates auto", "default import Controls.Basic auto",
                 "optional import Controls.Imagine auto", "depends QtQuick")
    write_module(tmp_path, "Templates")
    write_module(tmp_path, "Controls.Basic")
    write_module(tmp_path, "Controls.Imagine")
    write_module(tmp_path, "QtQuick")
    write_module(tmp_path, "Unrelated")
    modules = qml_modules(tmp_path)
    assert qml_closure(modules, {"Controls"}) == {"Controls", "Templates", "Controls.Basic", "QtQuick"}
    assert "Controls.Imagine" in qml_closure(modules, {"Controls", "Controls.Imagine"})


def test_qml_imports_lists_module_imports_only(tmp_path: Path) -> None:
    (tmp_path / "Main.qml").write_text(
        'import QtQuick 2.15\nimport QtQuick.Controls as C\nimport "components"\nItem {}\n', encoding="utf-8")
    assert qml_imports(tmp_path) == {"QtQuick", "QtQuick.Controls"}
