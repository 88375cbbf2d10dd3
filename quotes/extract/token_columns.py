"""Which tokens of a Doc carry a word, a tag or a dependency, read for the whole Doc at once by array
(Doc.to_array): a collector that looks for a few kinds of tokens visits only those, instead of making
every Token and decoding its strings (most of the speaker book's time on a long article)."""
from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_SPACE, LENGTH, LOWER, ORTH, POS, SHAPE
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id

#: The attributes `tokens_with` reads: word forms and dependency labels by their string ids, tags by POS ids.
_STRING_ATTRS = {"orth": ORTH, "lower": LOWER, "dep": DEP}


#: Bits of a value's id that index the table of the values looked for (other ids with the same bits are checked).
_TABLE_BITS = 16


@functools.lru_cache(maxsize=64)
def _lookup(attr: str, values: frozenset[str]) -> tuple[np.ndarray, frozenset[int]]:
    """A table of the values' low id bits, and their ids."""
    ids = frozenset(POS_IDS[v] for v in values) if attr == "pos" else frozenset(get_string_id(v) for v in values)
    table = np.zeros(1 << _TABLE_BITS, dtype=bool)
    table[[i & ((1 << _TABLE_BITS) - 1) for i in ids]] = True
    return table, ids


def tokens_with(doc, attr: str, values: Iterable[str]) -> list[int]:
    """Indices, in order, of the tokens whose `attr` ("orth" the text, "lower", "pos", "dep") is one of `values`."""
    column = doc.to_array(POS if attr == "pos" else _STRING_ATTRS[attr])
    table, ids = _lookup(attr, frozenset(values))
    maybe = np.flatnonzero(table[(column & ((1 << _TABLE_BITS) - 1)).astype(np.intp)])
    return [i for i, value in zip(maybe.tolist(), column[maybe].tolist()) if value in ids]


def capitalised_untagged(doc) -> list[bool]:
    """For each token: alphabetic, capitalised and in no entity."""
    return (_capitalised_alpha(doc) & (doc.to_array(ENT_TYPE) == 0)).tolist()


def capitalised_long_words(doc) -> list[tuple[int, bool]]:
    """(index, capitalised) of the alphabetic tokens of more than three characters."""
    long = np.flatnonzero((doc.to_array(IS_ALPHA) == 1) & (doc.to_array(LENGTH) > 3))
    return list(zip(long.tolist(), _capitalised_alpha(doc)[long].tolist()))


def _capitalised_alpha(doc) -> np.ndarray:
    """For each token: alphabetic with an upper-case first letter (its shape starts with "X": word_shape
    writes "X" for exactly the letters that are upper case), by the Doc's few distinct shapes."""
    shapes, which = np.unique(doc.to_array(SHAPE), return_inverse=True)
    upper = np.array([doc.vocab.strings[int(shape)][:1] == "X" for shape in shapes], dtype=bool)
    return (doc.to_array(IS_ALPHA) == 1) & upper[which.reshape(-1)]


def words(doc) -> list[int]:
    """Indices of the tokens that are not spaces."""
    return np.flatnonzero(doc.to_array(IS_SPACE) == 0).tolist()
