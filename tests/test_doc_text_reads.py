"""spaCy rebuilds `Doc.text` from every token of the article at each access: one such read in a function called per
token or per candidate made quotes' own code 1.65x slower.  The source of quotes/extract reads the Doc's text only in
the few places listed here, each once per article; elsewhere the article's text, the token's own attributes or
`TokenColumns.span_text` serve."""
import ast
from pathlib import Path

import quotes.extract

#: Where a Doc's text is read (file: function), once per article.
_READ_ONCE = {"core.py: quotes_in"}


def _doc_text_reads(source: str) -> list[tuple[str, str]]:
    """The reads of `doc.text` or `<anything>.doc.text` in `source`, each with the function it is in."""
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if isinstance(child, ast.Attribute) and child.attr == "text" and (
                    isinstance(child.value, ast.Name) and child.value.id == "doc"
                    or isinstance(child.value, ast.Attribute) and child.value.attr == "doc"):
                found.append((inner, ast.unparse(child)))
            visit(child, inner)

    visit(ast.parse(source), None)
    return found


def test_the_check_finds_reads_of_a_docs_text():
    source = ("def per_token(tok):\n    return tok.doc.text[tok.idx:]\n"
              "def per_span(lay, lo):\n    doc = lay.doc\n    return doc.text.find('(', lo) + len(lay.doc.text)\n"
              "def fine(tok, span):\n    return tok.text + span.text + tok.doc[0].text\n")
    assert _doc_text_reads(source) == [("per_token", "tok.doc.text"), ("per_span", "doc.text"),
                                       ("per_span", "lay.doc.text")]


def test_the_docs_text_is_read_only_once_per_article():
    package = Path(quotes.extract.__file__).parent
    found = {f"{path.relative_to(package)}: {function}": expr for path in sorted(package.rglob("*.py"))
             for function, expr in _doc_text_reads(path.read_text(encoding="utf-8"))}
    assert {where: expr for where, expr in found.items() if where not in _READ_ONCE} == {}
    assert set(found) == _READ_ONCE  # (an entry no longer needed goes)
