"""No import cycles: between modules in the source (every import statement, also inside functions),
and when a fresh interpreter imports every module (``python -c``), no module meets another that is
still half initialised. The layer rules between packages are import-linter's (``make lint``)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("hardware", "kiosk", "ui", "hub", "harness", "gym_kiosk")

# Run by a fresh interpreter: import every module given in argv; print as JSON each import that
# reached a project module still executing (its spec is _initializing), i.e. an import-time cycle.
IMPORT_ALL = """
import builtins, importlib, importlib.util, json, sys
project = set(sys.argv[1].split(","))
cycles = []
real_import = builtins.__import__

def initialising(name):
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    return module is not None and name.split(".")[0] in project and getattr(spec, "_initializing", False)

def tracking_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get("__name__", "?")
    target = importlib.util.resolve_name("." * level + name, (globals or {}).get("__package__") or "") if level else name
    already = {wanted: initialising(wanted) for wanted in [target, *(f"{target}.{i}" for i in fromlist or () if i != "*")]}
    module = real_import(name, globals, locals, fromlist, level)
    names = [i for i in fromlist or () if i != "*"]
    if names and all(f"{target}.{i}" in sys.modules for i in names):
        already.pop(target)  # "from package import submodule" needs the submodule, not the package's namespace
    cycles.extend([importer, wanted] for wanted, half in already.items() if half and wanted != importer)
    return module

builtins.__import__ = tracking_import
for module in sys.argv[2:]:
    importlib.import_module(module)
print(json.dumps(cycles))
"""


def project_graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES)


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Groups of two or more modules that import each other, directly or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(edges[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(edges)))
    for module in sorted(edges):
        if module not in index:
            visit(module)
    return groups


def test_no_module_imports_itself_through_others() -> None:
    graph = project_graph()
    edges = {module: set(graph.find_modules_directly_imported_by(module)) for module in graph.modules}
    assert strongly_connected(edges) == [], "these modules import each other in a cycle"


def test_a_fresh_interpreter_imports_every_module_without_meeting_a_half_initialised_one() -> None:
    modules = sorted(m for m in project_graph().modules if not m.endswith("__main__"))
    assert {"hardware.registry", "kiosk.session.flow", "ui.app", "harness.bench", "gym_kiosk.cli"} <= set(modules)
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, ",".join(PACKAGES), *modules],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_layer_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml: layers, hardware and the domain kept apart, no package cycles."""
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:]
