"""No module of the package imports another in a circle (imports inside functions and under TYPE_CHECKING count)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ropa_desktop"


def module_graph(root: Path) -> dict[str, set[str]]:
    """Every module of the package under ``root`` and the package's modules it imports, anywhere in its text."""
    files = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        files[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    deps.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def find_circle(graph: dict[str, set[str]]) -> list[str]:
    seen: set[str] = set()
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        seen.add(node)
        stack.append(node)
        for dep in sorted(graph[node]):
            if dep in stack:
                return [*stack[stack.index(dep) :], dep]
            if dep not in seen and (found := visit(dep)):
                return found
        stack.pop()
        return []

    for node in sorted(graph):
        if node not in seen and (found := visit(node)):
            return found
    return []


def test_no_import_circle_in_the_package():
    assert find_circle(module_graph(PACKAGE)) == []


def test_a_circle_would_be_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from .. import a\n")
    assert find_circle(module_graph(package)) == ["pkg.a", "pkg.sub.b", "pkg.a"]
