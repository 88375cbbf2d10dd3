"""The house rules, read from the code's imports (every import, also those inside functions).

Data flows one way: ingest -> extract -> engine -> store -> web, with cli wiring them.
The extraction core knows nothing of SQLite, click or Datasette; storage knows the
plain records, not spaCy; the web layer only reads.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotes"
SHARED = {"quotes", "quotes.errors", "quotes.words", "quotes.data", "quotes.boilerplate"}

#: What each stage may import of the project, besides SHARED (prefixes).
ALLOWED = {
    "ingest": {"quotes.ingest"},
    "extract": {"quotes.extract"},
    "evaluate": {"quotes.evaluate"},
    "engine": {"quotes.engine", "quotes.ingest", "quotes.extract"},
    "store": {"quotes.store", "quotes.ingest.articles", "quotes.extract.records", "quotes.extract.lexicon"},
    "web": {"quotes.web", "quotes.store.queries", "quotes.store.normalize"},
    "cli": {"quotes."},
}
#: Libraries a stage must not import.
FORBIDDEN = {
    "ingest": {"spacy", "thinc", "sqlite3", "sqlite_utils", "click", "datasette"},
    "extract": {"sqlite3", "sqlite_utils", "click", "datasette", "httpx", "feedparser"},
    "evaluate": {"spacy", "sqlite3", "click", "datasette"},
    "engine": {"sqlite3", "sqlite_utils", "click", "datasette"},
    "store": {"spacy", "thinc", "click", "datasette"},
    "web": {"spacy", "thinc", "click"},
    "cli": {"spacy", "thinc"},
}
_WRITES = re.compile(r"\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|DROP\s+TABLE|CREATE\s+TABLE)\b", re.I)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module `path` imports, relative imports made absolute."""
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            name = ".".join(filter(None, [base, node.module]))
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names if node.module is None)
    return found


def stage_files() -> list[tuple[str, Path]]:
    return [(path.relative_to(PACKAGE).parts[0], path) for path in sorted(PACKAGE.rglob("*.py"))
            if len(path.relative_to(PACKAGE).parts) > 1 and path.relative_to(PACKAGE).parts[0] in ALLOWED]


@pytest.mark.parametrize("stage,path", stage_files(), ids=lambda v: str(v.relative_to(PACKAGE)) if isinstance(v, Path) else v)
def test_each_stage_imports_only_what_comes_before_it(stage, path):
    for name in imports(path):
        top = name.split(".")[0]
        assert top not in FORBIDDEN[stage], f"{path.name} imports {name}"
        if top == "quotes" and name not in SHARED and not any(name.startswith(a) for a in SHARED - {"quotes"}):
            assert any(name == a or name.startswith(a + ".") or (a.endswith(".") and name.startswith(a))
                       for a in ALLOWED[stage]), f"{stage}/{path.name} imports {name}"


def test_the_web_layer_writes_nothing():
    for path in (PACKAGE / "web").rglob("*.py"):
        assert not _WRITES.search(path.read_text(encoding="utf-8")), path


def test_the_rules_see_imports_inside_functions():
    found = imports(PACKAGE / "cli" / "store.py")
    assert "quotes.store.articles" in found and "quotes.engine.road" in found


def test_storage_and_the_command_line_start_without_spacy():
    code = ("import sys, quotes.cli, quotes.store.articles, quotes.store.identity, quotes.web.plugin, "
            "quotes.engine.road, quotes.extract.lexicon; print(sorted(m for m in sys.modules if m.startswith('spacy')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
