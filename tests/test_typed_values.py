"""Kinds, statuses and actions are compared with enum members, never with string literals.

A ``status == "pending"`` keeps working after a typo in either side (it is simply never true), and a renamed
value leaves such comparisons behind silently; ``status == OutboxStatus.PENDING`` fails at import instead. The
closed vocabularies live in ``smallcrm.domain`` (the only module allowed to spell their values), so this test
reads the source of ``smallcrm/`` and ``ui/`` and fails on any comparison (``==``, ``!=``, ``in``/``not in`` a
tuple, list or set of literals) between a value named like a kind or status and a string literal.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("smallcrm", "ui")
ENUMS_MODULE = ROOT / "smallcrm" / "domain"
TYPED_NAMES = frozenset({"kind", "status", "action", "channel", "direction", "stage", "method", "basis"})


def _typed_name(node: ast.expr) -> str | None:
    """The name of ``node`` when it is a kind or status: ``x.status``, ``status``, ``row["entry_kind"]``."""
    if isinstance(node, ast.Attribute):
        name = node.attr
    elif isinstance(node, ast.Name):
        name = node.id
    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(
            node.slice.value, str):
        name = node.slice.value
    else:
        return None
    name = name.lower()
    if name in TYPED_NAMES or name.endswith(("_kind", "_status")):
        return name
    return None


def _string_literals(node: ast.expr) -> bool:
    """Whether ``node`` is a string literal, or a tuple/list/set holding one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    return False


def literal_comparisons(source: str) -> list[tuple[int, str]]:
    """(line, code) of every comparison of a kind/status/action with a string literal in ``source``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands, operands[1:], strict=False):
            if isinstance(op, ast.Eq | ast.NotEq):
                pairs = ((left, right), (right, left))
            elif isinstance(op, ast.In | ast.NotIn):
                pairs = ((left, right),)
            else:
                continue
            if any(_typed_name(a) and _string_literals(b) for a, b in pairs):
                found.append((node.lineno, ast.unparse(node)))
    return found


def _sources() -> list[Path]:
    return [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))
            if ENUMS_MODULE not in (p.with_suffix(""), *p.parents)]


def test_no_kind_or_status_compared_with_a_string_literal() -> None:
    offenders = [f"{path.relative_to(ROOT)}:{line}: {code}" for path in _sources()
                 for line, code in literal_comparisons(path.read_text(encoding="utf-8"))]
    assert not offenders, "compare with the enum member instead:\n" + "\n".join(offenders)


def test_the_check_sees_each_shape() -> None:
    """The walker itself: what it must catch and what it must leave alone."""
    caught = ['x.status == "sent"', '"sent" != status', 'kind in ("a", "b")', 'row["doc_kind"] not in {"q"}',
              'a.entry_kind == "note" == b', 'method == "cash"']
    for code in caught:
        assert literal_comparisons(code), code
    left_alone = ['x.status == Status.SENT', 'fmt == "csv"', 'kind == other', 'kind in kinds', 'name == "kind"',
                  'x.kinds == "a"']
    for code in left_alone:
        assert not literal_comparisons(code), code
