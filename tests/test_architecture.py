"""The package's shape, checked from the source with `ast` (nothing is imported):

- no import cycle between modules of `corpus_tool` (imports inside functions count too);
- no module imports another sub-package's private name (`_name`, or a `_module`);
- no import of `corpus_tool.*` inside a function (only optional third-party packages may be
  imported late, guarded once).
"""
from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "corpus_tool"


def _modules() -> dict[str, Path]:
    out = {}
    for p in sorted(PACKAGE.rglob("*.py")):
        parts = list(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


MODULES = _modules()


def _package_of(mod: str) -> str:
    """The sub-package a module belongs to (the module itself for a package's __init__)."""
    p = MODULES[mod]
    return mod if p.name == "__init__.py" else mod.rpartition(".")[0]


def _resolve(mod: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = mod.split(".") if MODULES[mod].name == "__init__.py" else mod.split(".")[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(mod: str):
    """(imported module, imported name or None, line, inside a function?) for each import."""
    tree = ast.parse(MODULES[mod].read_text(encoding="utf-8"))
    in_function: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for sub in ast.walk(node):
                if isinstance(sub, (ast.Import, ast.ImportFrom)):
                    in_function.add(id(sub))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name, None, node.lineno, id(node) in in_function
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(mod, node)
            for a in node.names:
                sub = f"{target}.{a.name}"
                if sub in MODULES:
                    yield sub, None, node.lineno, id(node) in in_function
                else:
                    yield target, a.name, node.lineno, id(node) in in_function


def _graph() -> dict[str, set[str]]:
    """Module → the modules importing it runs: the target itself and, as Python does, the
    `__init__` of every package above the target that does not also contain the importer."""
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for mod in MODULES:
        for target, _name, _line, _late in _imports(mod):
            if target not in MODULES:
                continue
            parts = target.split(".")
            for i in range(2, len(parts) + 1):
                step = ".".join(parts[:i])
                inside = mod == step or mod.startswith(step + ".")
                if step in MODULES and step != mod and (step == target or not inside):
                    graph[mod].add(step)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module: the Tarjan walk of
    `scripts/architecture_figures.py` (which also measures older checkouts), loaded by path."""
    script = PACKAGE.parent / "scripts" / "architecture_figures.py"
    spec = importlib.util.spec_from_file_location("architecture_figures", script)
    figures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(figures)
    return figures.cycles(graph)


def _ancestors(pkg: str) -> set[str]:
    parts = pkg.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts) + 1)}


def test_the_package_has_no_import_cycle():
    assert _cycles(_graph()) == []


def test_no_package_exports_a_name_that_is_also_one_of_its_modules():
    # `from corpus_tool.corpus import ingest` must mean one thing: a function re-exported by the
    # package's __init__ would hide (or be hidden by) a submodule of the same name
    clashes = []
    for mod, path in MODULES.items():
        if path.name != "__init__.py":
            continue
        for target, name, line, _late in _imports(mod):
            if name and target.startswith("corpus_tool") and f"{mod}.{name}" in MODULES:
                clashes.append(f"{mod}:{line} {name}")
    assert clashes == []


def test_no_module_imports_another_packages_private_name():
    bad = []
    for mod in MODULES:
        mine = _ancestors(_package_of(mod))
        for target, name, line, _late in _imports(mod):
            if not target.startswith("corpus_tool"):
                continue
            leaf = target.rsplit(".", 1)[-1]
            owner = _package_of(target) if target in MODULES else target
            private = (name or "").startswith("_") and name != "__version__" or leaf.startswith("_")
            if private and owner not in mine:
                bad.append(f"{MODULES[mod].relative_to(PACKAGE.parent)}:{line} {target} {name or ''}")
    assert bad == []


def test_the_project_s_own_modules_are_imported_at_the_top():
    late = [f"{MODULES[mod].relative_to(PACKAGE.parent)}:{line} {target}"
            for mod in MODULES for target, _n, line, is_late in _imports(mod)
            if is_late and target.startswith("corpus_tool")]
    assert late == []


def test_the_checks_see_the_whole_package():
    # guards the checks above against finding nothing because the walk went wrong
    assert "corpus_tool.cli" in MODULES and "corpus_tool.store" in MODULES
    assert sum(len(v) for v in _graph().values()) > 100
