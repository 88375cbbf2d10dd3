"""Tokens compared by what they are, never by object identity: spaCy makes a new Token object on each access, so
`tok.head is tok` never holds, even at the root (a walk up the parse ending on it never ends there).
`grammar.is_root` is the one test of "at the root"; the source of quotes/extract compares no two things by identity
but the few candidates and speakers listed here, which are objects of its own."""
import ast
import signal

from source_scan import findings, in_extract

from quotes.extract.attribution import context_of
from quotes.extract.grammar import is_root
from quotes.extract.labels import _term_before_noun
from quotes.extract.marks import scan

#: Where an `is` between two things is meant (file: function): Candidate objects (features.py) and a Speaker
#: object (book_references.py), never parse tokens.
_IDENTITY_MEANT = {"features.py: features", "book_references.py: _guessed_by_trait"}


def test_root_is_found_by_index_where_identity_fails(nlp):
    doc = nlp("Councillor Mara Quist said the ferry would sail on Friday. Her brother agreed.")
    roots = [t.text for t in doc if is_root(t)]
    assert roots == ["said", "agreed"]


def test_a_walk_up_the_parse_that_reaches_the_root_ends(nlp):
    """A quoted modifier with no relative clause above it: labels._term_before_noun (which context_of asks too) walks
    from it up to the root (it never ended there while it stopped on `node.head is node`)."""
    text = "The ferry company runs \u201crotating\u201d shifts on weekdays."
    doc = nlp(text)
    signal.signal(signal.SIGALRM, _endless)
    signal.alarm(20)
    try:
        lay = context_of(doc, scan(text), text).layout
        a, b = lay.tok_range[0]
        word = next(t for t in doc[a:b] if t.is_alpha)
        assert doc[b].head.i == word.i and is_root(word.head)  # the walk goes "rotating" -> "runs", the root
        assert not _term_before_noun(lay, 0)
    finally:
        signal.alarm(0)


def _endless(signum, frame):
    raise AssertionError("the walk up the parse did not end")


def _identity(node) -> bool:
    """Whether a node is an `is` / `is not` comparison between two things that are not constants (None and the like)."""
    if not isinstance(node, ast.Compare):
        return False
    operands = [node.left, *node.comparators]
    return any(isinstance(op, (ast.Is, ast.IsNot)) and not any(isinstance(side, ast.Constant) for side in pair)
               for op, pair in zip(node.ops, zip(operands, operands[1:])))


def test_the_check_finds_identity_between_any_two_things():
    source = ("def _bearer(sign):\n    head = sign.head\n    return head if head is not sign else None\n"
              "def walk(node):\n    while node.head is not node:\n        node = node.head\n"
              "ok = tok.head.i == tok.i or tok.head is None\n")
    assert findings(source, _identity) == [("_bearer", "head is not sign"), ("walk", "node.head is not node")]


def test_nothing_is_compared_by_identity_but_candidates_and_speakers():
    found = in_extract(_identity)
    assert {where: expr for where, expr in found.items() if where not in _IDENTITY_MEANT} == {}
    assert set(found) == _IDENTITY_MEANT  # (an entry no longer needed goes)
