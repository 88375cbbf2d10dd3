"""Tokens compared by what they are, never by object identity: spaCy makes a new Token object on each access, so
`tok.head is tok` never holds, even at the root (a walk up the parse ending on it never ends there).
`grammar.is_root` is the one test of "at the root"; the source of quotes/ holds no `is` between parse tokens."""
import ast
from pathlib import Path

import quotes
from quotes.extract.grammar import is_root, medium, name_head, np_head

#: Token and Span attributes that give a parse token or span (a new object on each access).
_PARSE_ATTRIBUTES = {"head", "left_edge", "right_edge", "root", "sent", "doc"}


def test_root_is_found_by_index_where_identity_fails(nlp):
    doc = nlp("Councillor Mara Quist said the ferry would sail on Friday. Her brother agreed.")
    roots = [t.text for t in doc if is_root(t)]
    assert roots == ["said", "agreed"]
    said = doc[3]
    assert said.head is not said  # the pitfall: the same token, another object


def test_walks_up_the_parse_stop_at_names_and_phrases(nlp):
    doc = nlp("The mayor posted on Harbour Town Radio that the old stone bridge would close.")
    harbour, bridge_adjective = doc[4], doc[11]
    assert name_head(harbour).text == "Radio"
    assert medium(harbour)
    assert np_head(bridge_adjective).text == "bridge"
    assert not medium(np_head(bridge_adjective))


def _identity_between_parse_tokens(source: str) -> list[str]:
    """The `is` / `is not` comparisons in `source` with an operand read from a parse token (`x.head`,
    `x.left_edge`, ...), None and other constants aside."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands, operands[1:]):
            if isinstance(op, (ast.Is, ast.IsNot)) and not any(isinstance(side, ast.Constant) for side in (left, right)) \
                    and any(isinstance(side, ast.Attribute) and side.attr in _PARSE_ATTRIBUTES for side in (left, right)):
                found.append(ast.unparse(node))
    return found


def test_the_check_finds_identity_between_tokens():
    assert _identity_between_parse_tokens("while node.head is not node:\n    node = node.head") == ["node.head is not node"]
    assert _identity_between_parse_tokens("ok = tok.head.i == tok.i or tok.head is None") == []


def test_no_token_is_compared_by_identity():
    package = Path(quotes.__file__).parent
    found = {f"{path.relative_to(package)}: {expr}" for path in sorted(package.rglob("*.py"))
             for expr in _identity_between_parse_tokens(path.read_text(encoding="utf-8"))}
    assert not found
