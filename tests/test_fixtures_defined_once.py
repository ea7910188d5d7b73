"""Every fixture name is defined once in tests/: one home per fixture, so a name means one thing everywhere.

A second definition, in a sibling folder or in a test module, either repeats the first (it belongs in a
conftest both see) or means something else under the same name (it wants a name of its own). A deliberate
override of a broader fixture is allowed only when the line above its ``def`` says so::

    @pytest.fixture
    # fixture-override: why this module needs its own
    def db(...):
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent
MARKER = "# fixture-override:"


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return ast.unparse(target) in ("pytest.fixture", "fixture")


def _fixture_name(node: ast.FunctionDef | ast.AsyncFunctionDef, decorator: ast.expr) -> str:
    if isinstance(decorator, ast.Call):
        for keyword in decorator.keywords:
            if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
    return node.name


def fixtures_in(path: Path) -> list[tuple[str, int, bool]]:
    """(name, line, marked as an override) of each fixture defined in one file."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source, str(path))):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for decorator in node.decorator_list:
            if _is_fixture(decorator):
                first = min(d.lineno for d in node.decorator_list)
                marked = any(MARKER in text for text in lines[first - 2:node.lineno])
                found.append((_fixture_name(node, decorator), node.lineno, marked))
    return found


def defined_twice(root: Path = TESTS) -> dict[str, list[str]]:
    """Fixture names defined in more than one place (overrides marked as such left out)."""
    places: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.py")):
        for name, line, marked in fixtures_in(path):
            if not marked:
                places[name].append(f"{path.relative_to(root.parent)}:{line}")
    return {name: where for name, where in places.items() if len(where) > 1}


def test_no_fixture_name_is_defined_twice():
    twice = defined_twice()
    assert not twice, "fixtures defined more than once:\n" + "\n".join(
        f"  {name}: {', '.join(where)}" for name, where in sorted(twice.items()))


def test_the_check_sees_a_repeated_fixture_and_respects_the_marker(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "conftest.py").write_text("import pytest\n\n@pytest.fixture\ndef customer():\n    ...\n")
    sub = tmp_path / "tests" / "sales"
    sub.mkdir()
    (sub / "test_a.py").write_text("import pytest\n\n@pytest.fixture(autouse=True)\ndef customer():\n    ...\n\n"
                                   "@pytest.fixture(name='order')\ndef _order():\n    ...\n")
    (sub / "test_b.py").write_text("from pytest import fixture\n\n@fixture\ndef order():\n    ...\n\n"
                                   "@fixture\n# fixture-override: a bigger one here\ndef customer():\n    ...\n")
    assert defined_twice(tmp_path / "tests") == {
        "customer": ["tests/conftest.py:4", "tests/sales/test_a.py:4"],
        "order": ["tests/sales/test_a.py:8", "tests/sales/test_b.py:4"]}
