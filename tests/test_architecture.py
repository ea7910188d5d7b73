"""The layers hold: the core never reaches the window, the window reaches only services, and no two modules
import each other, even through a chain.

The graph is read from the source (every import statement, also those inside functions: an import there to
dodge a cycle is still a cycle), so it sees what a run might not reach.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("smallcrm", "ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def _imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every module this one names in an import: ``from a import b`` is the module a.b where that is one."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = name.split(".") if is_package else name.split(".")[:-1]
                here = here[: len(here) - (node.level - 1)]
                base = ".".join([*here, base] if base else here)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in known else base)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules it imports, outside ones included (PySide6, peewee ...)."""
    known = _modules()
    return {name: _imports(name, path, known) for name, path in known.items()}


def _within(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: {m for m in targets if m in graph and m != name} for name, targets in graph.items()}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def _offenders(graph: dict[str, set[str]], importer: str, forbidden: tuple[str, ...]) -> list[str]:
    def hits(target: str) -> bool:
        return any(target == f or target.startswith(f + ".") for f in forbidden)

    return sorted(f"{name} imports {target}" for name, targets in graph.items()
                  if name == importer or name.startswith(importer + ".") for target in targets if hits(target))


def test_the_core_never_imports_the_window_or_qt():
    assert _offenders(import_graph(), "smallcrm", ("ui", "PySide6", "shiboken6")) == []


def test_the_window_reaches_storage_and_documents_only_through_services():
    assert _offenders(import_graph(), "ui", ("peewee", "smallcrm.db", "smallcrm.documents",
                                             "smallcrm.migrations")) == []


def test_no_module_imports_itself_through_a_chain():
    assert find_cycles(_within(import_graph())) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_no_source_file_grows_past_four_hundred_lines():
    """A module that long holds more than one thing: split it by what it holds."""
    folders = ("smallcrm", "ui", "tests", "bench", "dev")
    long = [f"{p.relative_to(ROOT)}: {n}" for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert long == []
