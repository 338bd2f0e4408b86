"""Figures on the package's shape, for a checkout (default: this one).

    python scripts/architecture_figures.py [CHECKOUT] [--json]

Modules, import cycles (strongly connected components of the module import graph, imports
inside functions included, a package's `__init__` counted as Python runs it), imports of the
project's own modules placed inside functions, `except Exception` handlers, the largest
modules, and the test-to-code line ratio (lines of tests/**/*.py over corpus_tool/**/*.py).
Works on checkouts from before the sub-package layout too (it reads the source with `ast`).
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path


def modules(pkg: Path) -> dict[str, Path]:
    out = {}
    for p in sorted(pkg.rglob("*.py")):
        parts = list(p.relative_to(pkg.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


def imports(mods: dict[str, Path], mod: str):
    tree = ast.parse(mods[mod].read_text(encoding="utf-8"))
    late = {id(s) for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            for s in ast.walk(n) if isinstance(s, (ast.Import, ast.ImportFrom))}
    is_pkg = mods[mod].name == "__init__.py"
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            for a in n.names:
                yield a.name, id(n) in late
        elif isinstance(n, ast.ImportFrom):
            if n.level:
                base = mod.split(".") if is_pkg else mod.split(".")[:-1]
                base = base[:len(base) - (n.level - 1)]
                target = ".".join(base + ([n.module] if n.module else []))
            else:
                target = n.module or ""
            for a in n.names:
                sub = f"{target}.{a.name}"
                yield (sub if sub in mods else target), id(n) in late


def graph(mods: dict[str, Path]) -> dict[str, set[str]]:
    g: dict[str, set[str]] = {m: set() for m in mods}
    for mod in mods:
        for target, _late in imports(mods, mod):
            if target not in mods:
                continue
            parts = target.split(".")
            for i in range(2, len(parts) + 1):
                step = ".".join(parts[:i])
                inside = mod == step or mod.startswith(step + ".")
                if step in mods and step != mod and (step == target or not inside):
                    g[mod].add(step)
    return g


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    sys.setrecursionlimit(10000)

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def lines(paths) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in paths)


def figures(root: Path) -> dict:
    pkg = root / "corpus_tool"
    mods = modules(pkg)
    late = sum(1 for m in mods for t, is_late in imports(mods, m)
               if is_late and t.startswith("corpus_tool"))
    broad = 0
    for p in mods.values():
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(n, ast.ExceptHandler) and isinstance(n.type, ast.Name) \
                    and n.type.id in ("Exception", "BaseException"):
                broad += 1
    sizes = sorted(((lines([p]), str(p.relative_to(root))) for p in mods.values()), reverse=True)
    code = lines(pkg.rglob("*.py"))
    tests = lines((root / "tests").rglob("*.py"))
    cyc = cycles(graph(mods))
    return {"modules": len(mods), "cycles": len(cyc), "cycle_members": cyc,
            "in_function_imports_of_own_modules": late, "except_exception": broad,
            "modules_over_400_lines": sum(1 for n, _ in sizes if n > 400),
            "largest": [{"path": p, "lines": n} for n, p in sizes[:12]],
            "code_lines": code, "test_lines": tests, "test_to_code": round(tests / code, 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    f = figures(a.root.resolve())
    if a.json:
        print(json.dumps(f, indent=2))
        return 0
    for k in ("modules", "cycles", "in_function_imports_of_own_modules", "except_exception",
              "modules_over_400_lines", "code_lines", "test_lines", "test_to_code"):
        print(f"{k}: {f[k]}")
    for c in f["cycle_members"]:
        print("  cycle:", " ↔ ".join(m.removeprefix("corpus_tool.") for m in c))
    print("largest modules:")
    for x in f["largest"]:
        print(f"  {x['lines']:5d}  {x['path']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
