"""The model's attribute_ruler rules for POS, TAG and DEP, applied to a batch of Docs at once with numpy.

spaCy's attribute_ruler runs its 179 Matcher patterns over every token: about a tenth of
en_core_web_sm's time.  The rules test a few tokens' TAG, LOWER, DEP or IS_SPACE, which array
comparisons decide for a whole Doc at once.  As in the ruler, every rule is tested against the
Doc as it came in and later rules win.  MORPH and LEMMA (which the extractor never reads) are
not set.  The POS, TAG and DEP of every token of polnear-dev came out as the ruler's
(tests/test_attributes.py checks the samples).  A ruler with any other kind of test is kept
(`replace_ruler` returns False).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.util import minibatch

_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_SET = {"POS": POS, "TAG": TAG, "DEP": DEP}  # what the rules may set, in the column order of `out`


class Unsupported(ValueError):
    """A rule this module cannot apply with arrays."""


def _test(strings, attr: str, wanted) -> tuple[int, object]:
    """(column, function of that column -> bool array) for one attribute test of a token pattern."""
    if attr not in _TESTED:
        raise Unsupported(attr)
    column = _COLUMNS.index(_TESTED[attr])
    if isinstance(wanted, bool):
        return column, lambda col: col == int(wanted)
    if isinstance(wanted, str):
        value = strings.add(wanted) if wanted else 0
        return column, lambda col: col == value
    if isinstance(wanted, dict) and len(wanted) == 1 and next(iter(wanted)) in ("IN", "NOT_IN"):
        values = np.array([strings.add(v) if v else 0 for v in wanted.get("IN", wanted.get("NOT_IN"))], dtype=np.uint64)
        if "IN" in wanted:
            return column, lambda col: np.isin(col, values)
        return column, lambda col: ~np.isin(col, values)
    raise Unsupported(f"{attr}: {wanted!r}")


class AttributeRules:
    """The POS/TAG/DEP rules of an AttributeRuler, as array tests."""

    def __init__(self, ruler):
        strings = ruler.vocab.strings
        self.rules = []  # ([per-token [(column, test)]], index of the token set, [(column of out, value)])
        for entry in ruler.patterns:
            sets = [(list(_SET).index(k), POS_IDS[v] if k == "POS" else strings.add(v))
                    for k, v in entry["attrs"].items() if k in _SET]
            if not sets:
                continue
            for pattern in entry["patterns"]:
                tokens = [[_test(strings, a, w) for a, w in spec.items()] for spec in pattern]
                self.rules.append((tokens, entry["index"], sets))

    def __call__(self, doc: Doc) -> Doc:
        self._apply([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The rules applied to a batch of Docs at once: one set of array tests per batch, not per Doc
        (a match never runs from one Doc into the next)."""
        for batch in minibatch(docs, batch_size):
            self._apply(batch)
            yield from batch

    def _apply(self, docs: list[Doc]) -> None:
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        lengths = np.array([len(doc) for doc in docs])
        n = int(lengths.sum())
        cols = np.concatenate([doc.to_array(_COLUMNS) for doc in docs])
        out = np.concatenate([doc.to_array(list(_SET.values())) for doc in docs]).astype(np.uint64)
        ends = np.repeat(np.cumsum(lengths), lengths)
        room = ends - np.arange(n)  # tokens from each one to the end of its Doc
        for tokens, index, sets in self.rules:
            width = len(tokens)
            if width > n:
                continue
            hit = room[:n - width + 1] >= width
            for j, tests in enumerate(tokens):
                for c, test in tests:
                    hit &= test(cols[j:n - width + 1 + j, c])
            where = np.flatnonzero(hit) + (index if index >= 0 else width + index)
            for k, value in sets:
                out[where, k] = value
        for doc, rows in zip(docs, np.split(out, np.cumsum(lengths)[:-1])):
            doc.from_array(list(_SET.values()), rows)


@Language.factory("quotes_attribute_rules")
def _make(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp.get_pipe("attribute_ruler"))


def replace_ruler(nlp: Language) -> bool:
    """Put AttributeRules in the place of the model's attribute_ruler, when its rules allow."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("quotes_attribute_rules", name="attribute_rules", after="attribute_ruler")
    except Unsupported:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
