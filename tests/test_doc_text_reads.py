"""spaCy rebuilds `Doc.text` from every token of the article at each access: one such read in a function called per
token or per candidate made quotes' own code 1.65x slower.  The source of quotes/extract reads the Doc's text only in
the few places listed here, each once per article; elsewhere the article's text, the token's own attributes or
`TokenColumns.span_text` serve."""
import ast

from source_scan import findings, in_extract

#: Where a Doc's text is read (file: function), once per article.
_READ_ONCE = {"core.py: quotes_in"}


def _reads_doc_text(node) -> bool:
    """Whether a node reads `doc.text` or `<anything>.doc.text`."""
    return isinstance(node, ast.Attribute) and node.attr == "text" and (
        isinstance(node.value, ast.Name) and node.value.id == "doc"
        or isinstance(node.value, ast.Attribute) and node.value.attr == "doc")


def test_the_check_finds_reads_of_a_docs_text():
    source = ("def per_token(tok):\n    return tok.doc.text[tok.idx:]\n"
              "def per_span(lay, lo):\n    doc = lay.doc\n    return doc.text.find('(', lo) + len(lay.doc.text)\n"
              "def fine(tok, span):\n    return tok.text + span.text + tok.doc[0].text\n")
    assert findings(source, _reads_doc_text) == [("per_token", "tok.doc.text"), ("per_span", "doc.text"),
                                       ("per_span", "lay.doc.text")]


def test_the_docs_text_is_read_only_once_per_article():
    found = in_extract(_reads_doc_text)
    assert {where: expr for where, expr in found.items() if where not in _READ_ONCE} == {}
    assert set(found) == _READ_ONCE  # (an entry no longer needed goes)
