"""The layers of STYLE.md ("Our layout"), checked: a boundary that is not checked is not one.

- `lint-imports` holds the import-linter contracts in pyproject.toml (ui above services above
  storage | audio above core; no Qt below the window; the command line does not import the
  window, but for `report`, `figure` and `handout`), and a copy of the package with a forbidden
  import added fails them.
- In the import graph (grimp, import-linter's own library; TYPE_CHECKING imports count): no two
  modules of the window import each other, only sciatica_coach.app imports the shell, and no
  module of the package is part of an import cycle.
- core, storage, services and audio import, every module of them, where Qt cannot be imported.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import grimp
import pytest

import sciatica_coach
from tests.helpers.env import ROOT, working_tree_env

PACKAGE = "sciatica_coach"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONFIG = PYPROJECT["tool"]["importlinter"]
CONTRACTS = {contract["id"]: contract for contract in CONFIG["contracts"]}
REPORT_EDGE = "sciatica_coach.cli_files -> sciatica_coach.ui.report"
FIGURE_EDGE = "sciatica_coach.cli_files -> sciatica_coach.ui.figure_render"
HANDOUT_EDGE = "sciatica_coach.cli_files -> sciatica_coach.ui.handout"
CLI = ("cli", "cli_files", "cli_exit")
"""The command line's modules: the sub-commands, those that write files, the exit codes."""
"""The three sub-commands that draw with Qt, offscreen, importing it inside their function only."""
QT = ("PySide6", "shiboken6", "pyqtgraph")
PURE = ("core", "storage", "services", "audio")
UI = "sciatica_coach.ui"
SHELL = "sciatica_coach.ui.shell"
SHELL_BUILDER = "sciatica_coach.app"


# --- import-linter ------------------------------------------------------------------------------


def lint_imports(cwd: Path, env: dict[str, str], *config: Path) -> subprocess.CompletedProcess[str]:
    """The venv's `lint-imports` (beside this interpreter), uncached, run in `cwd`."""
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"lint-imports is not installed beside {sys.executable}: pip install '.[test]'")
    return subprocess.run(
        [found, "--no-cache", "--no-logo", *map(str, config)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_contracts_say_what_the_layout_says():
    """The contracts lint-imports checks are these; weakening one fails here, not silently."""
    assert CONFIG["root_packages"] == [PACKAGE]
    assert CONFIG["include_external_packages"] is True  # needed to name PySide6 and friends
    assert not CONFIG.get("exclude_type_checking_imports", False)
    assert set(CONTRACTS) == {"layers", "cli-no-ui", "no-qt"}

    layers = CONTRACTS["layers"]
    assert layers["type"] == "layers"
    assert layers["layers"] == [
        "sciatica_coach.ui",
        "sciatica_coach.services",
        "sciatica_coach.storage | sciatica_coach.audio",
        "sciatica_coach.core",
    ]
    assert "ignore_imports" not in layers
    assert "containers" not in layers

    cli = CONTRACTS["cli-no-ui"]
    assert cli["type"] == "forbidden"
    assert set(cli["source_modules"]) == {f"{PACKAGE}.{name}" for name in CLI}
    assert cli["forbidden_modules"] == ["sciatica_coach.ui"]

    qt = CONTRACTS["no-qt"]
    assert qt["type"] == "forbidden"
    assert set(qt["source_modules"]) == {f"{PACKAGE}.{name}" for name in (*PURE, *CLI)}
    assert set(qt["forbidden_modules"]) == set(QT)

    for contract in (cli, qt):
        # these, nothing wider
        assert contract["ignore_imports"] == [REPORT_EDGE, FIGURE_EDGE, HANDOUT_EDGE]
        assert not contract.get("allow_indirect_imports", False)
        assert contract.get("as_packages", True)


def test_lint_imports_passes_on_the_working_tree():
    assert Path(sciatica_coach.__file__).resolve().is_relative_to(ROOT)
    done = lint_imports(ROOT, working_tree_env())
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in output, output


@pytest.fixture
def package_copy(tmp_path) -> Path:
    """The package and the contracts, copied to a folder of their own."""
    shutil.copytree(
        ROOT / PACKAGE, tmp_path / PACKAGE, ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


# (file in the package, line appended, the contract it breaks, what the report must say)
BREAKS = {
    "core-imports-qt": (
        "core/safety.py",
        "from PySide6 import QtCore",
        "no-qt",
        "sciatica_coach.core is not allowed to import PySide6",
        "sciatica_coach.core.safety -> PySide6",
    ),
    "core-imports-storage": (
        "core/safety.py",
        "import sciatica_coach.storage",
        "layers",
        "sciatica_coach.core is not allowed to import sciatica_coach.storage",
        "sciatica_coach.core.safety -> sciatica_coach.storage",
    ),
    "storage-imports-audio": (
        "storage/__init__.py",
        "import sciatica_coach.audio",
        "layers",
        "sciatica_coach.storage is not allowed to import sciatica_coach.audio",
        "sciatica_coach.storage -> sciatica_coach.audio",
    ),
    "services-imports-ui": (
        "services/__init__.py",
        "from sciatica_coach.ui import theme",
        "layers",
        "sciatica_coach.services is not allowed to import sciatica_coach.ui",
        "sciatica_coach.services -> sciatica_coach.ui.theme",
    ),
    "services-imports-pyqtgraph": (
        "services/__init__.py",
        "import pyqtgraph",
        "no-qt",
        "sciatica_coach.services is not allowed to import pyqtgraph",
        "sciatica_coach.services -> pyqtgraph",
    ),
    "cli-imports-more-of-the-ui": (
        "cli.py",
        "from .ui import theme",
        "cli-no-ui",
        "sciatica_coach.cli is not allowed to import sciatica_coach.ui",
        "sciatica_coach.cli -> sciatica_coach.ui.theme",
    ),
    "cli-files-import-more-of-the-ui": (
        "cli_files.py",
        "from .ui import theme",
        "cli-no-ui",
        "sciatica_coach.cli_files is not allowed to import sciatica_coach.ui",
        "sciatica_coach.cli_files -> sciatica_coach.ui.theme",
    ),
}


@pytest.mark.parametrize("case", BREAKS)
def test_lint_imports_fails_when_a_layer_imports_what_it_must_not(package_copy, case):
    """The contracts bite: a copy of the package with one forbidden import added fails them."""
    file, line, contract, says, chain = BREAKS[case]
    target = package_copy / PACKAGE / file
    assert target.is_file(), f"{file} is gone from the package: pick another file for this case"
    with target.open("a", encoding="utf-8") as f:
        f.write(f"\n{line}\n")
    env = {**os.environ, "PYTHONPATH": str(package_copy)}
    done = lint_imports(package_copy, env, package_copy / "pyproject.toml")
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert f"{CONTRACTS[contract]['name']} BROKEN" in output, output
    assert says in output, output
    assert chain in output, output  # it read the copy, not the checkout


# --- the import graph ---------------------------------------------------------------------------


def build_graph(package: str) -> grimp.ImportGraph:
    """Every import between the package's modules, from the source (TYPE_CHECKING ones too)."""
    return grimp.build_graph(package, cache_dir=None)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    assert Path(sciatica_coach.__file__).resolve().is_relative_to(ROOT), "not the working tree"
    return build_graph(PACKAGE)


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(f"{package}.")


def _lines(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    details = graph.get_import_details(importer=importer, imported=imported)
    where = ", ".join(f"l.{d['line_number']}" for d in details)
    return f"{importer} -> {imported} ({where})"


def mutual_imports(graph: grimp.ImportGraph, package: str) -> list[str]:
    """Pairs of modules in `package` that import each other directly, with the lines."""
    modules = sorted(m for m in graph.modules if _in(m, package))
    return [
        f"{_lines(graph, a, b)} and {_lines(graph, b, a)}"
        for a, b in itertools.combinations(modules, 2)
        if graph.direct_import_exists(importer=a, imported=b)
        and graph.direct_import_exists(importer=b, imported=a)
    ]


def importers_of(graph: grimp.ImportGraph, module: str) -> set[str]:
    """Modules outside `module` (a module or a package) that import it or a module in it."""
    if module not in graph.modules:
        return set()
    found = graph.find_modules_that_directly_import(module, as_package=True)
    return {m for m in found if not _in(m, module)}


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, without recursion)."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(edges[target])))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
    return sorted(cycles)


def describe_cycle(graph: grimp.ImportGraph, members: list[str]) -> str:
    inside = set(members)
    edges = [
        _lines(graph, a, b)
        for a in members
        for b in sorted(graph.find_modules_directly_imported_by(a) & inside)
    ]
    return " <-> ".join(members) + "\n    " + "\n    ".join(edges)


def test_no_two_modules_of_the_window_import_each_other(graph):
    pairs = mutual_imports(graph, UI)
    assert not pairs, "modules of the window that import each other:\n" + "\n".join(pairs)


def test_only_the_wiring_imports_the_shell(graph):
    """Trivially true while ui/shell.py does not exist; it holds from the day it does."""
    outside = importers_of(graph, SHELL) - {SHELL_BUILDER}
    assert not outside, "\n".join(_lines(graph, m, SHELL) for m in sorted(outside))


def test_no_import_cycles_in_the_package(graph):
    cycles = import_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(describe_cycle(graph, c) for c in cycles)


def test_the_graph_checks_catch_what_they_look_for():
    """On a made-up graph: the three checks above find a pair, an importer and a cycle."""
    made_up = grimp.ImportGraph()
    for name in ("ui", "ui.a", "ui.b", "ui.shell", "ui.shell.x", "ui.c", "app", "core"):
        made_up.add_module(f"pkg.{name}")

    def edge(importer: str, imported: str) -> None:
        made_up.add_import(
            importer=f"pkg.{importer}", imported=f"pkg.{imported}", line_number=1, line_contents=""
        )

    edge("app", "ui.shell")
    edge("ui.shell.x", "ui.shell")  # inside the shell: allowed
    assert importers_of(made_up, "pkg.ui.shell") == {"pkg.app"}
    assert not mutual_imports(made_up, "pkg.ui")
    assert not import_cycles(made_up)

    edge("ui.a", "ui.b")
    edge("ui.b", "ui.a")
    edge("ui.c", "ui.shell.x")
    edge("core", "app")
    edge("ui.shell", "core")  # app -> ui.shell -> core -> app
    assert mutual_imports(made_up, "pkg.ui") == [
        "pkg.ui.a -> pkg.ui.b (l.1) and pkg.ui.b -> pkg.ui.a (l.1)"
    ]
    assert importers_of(made_up, "pkg.ui.shell") == {"pkg.app", "pkg.ui.c"}
    assert import_cycles(made_up) == [
        ["pkg.app", "pkg.core", "pkg.ui.shell"],
        ["pkg.ui.a", "pkg.ui.b"],
    ]


def test_a_type_checking_import_is_an_edge(tmp_path, monkeypatch):
    """A cycle closed only under `if TYPE_CHECKING:` is still found."""
    package = tmp_path / "tc_cycle"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from tc_cycle import b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from tc_cycle import a\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles(build_graph("tc_cycle")) == [["tc_cycle.a", "tc_cycle.b"]]


# --- the pure packages without Qt ---------------------------------------------------------------

BLOCK_QT = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys

    QT = {"PySide6", "shiboken6", "pyqtgraph"}
    attempts = []

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in QT:
                attempts.append(name)  # noted even if the importer catches the error
                raise ImportError(f"Qt is blocked here: {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    package = importlib.import_module(sys.argv[1])
    imported = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
    exec(sys.argv[2])  # the package at work, a little
    loaded = sorted(m for m in sys.modules if m.partition(".")[0] in QT)
    print(json.dumps({"file": package.__file__, "imported": imported, "attempts": attempts,
                      "loaded": loaded}))
    """
)

AT_WORK = {
    "core": """
from sciatica_coach.core.shipped import load_shipped
assert load_shipped().ok
""",
    "storage": """
from sciatica_coach.storage.log import SessionLog
SessionLog.open(":memory:").close()
""",
    "services": "",
    "audio": """
from sciatica_coach.audio.cue_router import CueOptions
from sciatica_coach.audio.dispatch import CueDispatcher
from tests.helpers.doubles import RecordingPlayer
from sciatica_coach.core.cues import stop_cue

player = RecordingPlayer()
CueDispatcher(player, CueOptions()).cue(stop_cue())
assert player.sounds == ["stop"], player.sounds
""",
}


def modules_on_disk(package: str) -> set[str]:
    folder = ROOT / PACKAGE / package
    names = set()
    for path in folder.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def run_without_qt(
    package: str, cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Import every module of `package` in a child where Qt cannot be imported, then use it."""
    return subprocess.run(
        [sys.executable, "-c", BLOCK_QT, f"{PACKAGE}.{package}", AT_WORK[package]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("package", PURE)
def test_the_pure_packages_import_where_qt_cannot(tmp_path, package):
    """Replaces tests/unit/{storage/test_storage,audio/test_audio}_has_no_qt.py."""
    done = run_without_qt(package, tmp_path, working_tree_env())
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert Path(result["file"]).resolve().is_relative_to(ROOT), result["file"]
    assert sorted(result["imported"]) == sorted(modules_on_disk(package))
    assert result["attempts"] == []
    assert result["loaded"] == []


def test_the_qt_block_catches_a_qt_import_caught_or_not(package_copy):
    """In a copy: core importing Qt fails to import; storage catching the ImportError is seen."""
    env = {**os.environ, "PYTHONPATH": str(package_copy)}
    with (package_copy / PACKAGE / "core" / "safety.py").open("a", encoding="utf-8") as f:
        f.write("\nfrom PySide6 import QtCore\n")
    done = run_without_qt("core", package_copy, env)
    assert done.returncode != 0
    assert "ImportError: Qt is blocked here: PySide6" in done.stderr, done.stderr

    with (package_copy / PACKAGE / "storage" / "__init__.py").open("a", encoding="utf-8") as f:
        f.write("\ntry:\n    import pyqtgraph\nexcept ImportError:\n    pyqtgraph = None\n")
    done = run_without_qt("storage", package_copy, env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert Path(result["file"]).resolve().is_relative_to(package_copy.resolve())
    assert result["attempts"] == ["pyqtgraph"]
