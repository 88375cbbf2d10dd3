"""Scans of the extraction core's source for expressions a test forbids, each with the function it is in."""
import ast
from pathlib import Path

import quotes.extract


def findings(source: str, matches) -> list[tuple[str, str]]:
    """The nodes of `source` for which `matches(node)` holds, as (the function they are in, the expression)."""
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if matches(child):
                found.append((inner, ast.unparse(child)))
            visit(child, inner)

    visit(ast.parse(source), None)
    return found


def in_extract(matches) -> dict[str, str]:
    """The findings over every module of quotes/extract, keyed "file: function"."""
    package = Path(quotes.extract.__file__).parent
    return {f"{path.relative_to(package)}: {function}": expr for path in sorted(package.rglob("*.py"))
            for function, expr in findings(path.read_text(encoding="utf-8"), matches)}
