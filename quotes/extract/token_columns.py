"""Which tokens of a Doc carry a word, a tag or a dependency, read for the whole Doc at once by array
(Doc.to_array): a collector that looks for a few kinds of tokens visits only those, instead of making
every Token and decoding its strings (most of the speaker book's time on a long article).  A TokenColumns
is made once per article and keeps what it has read."""
from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, LOWER, ORTH, POS, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id

from ..words import capital_name

#: The attributes `tokens_with` reads: word forms, dependency labels and entity types by their string ids, tags by
#: POS ids.
_STRING_ATTRS = {"orth": ORTH, "lower": LOWER, "dep": DEP, "ent_type": ENT_TYPE}


#: Bits of a value's id that index the table of the values looked for (other ids with the same bits are checked).
_TABLE_BITS = 16

#: The facts of a word's lexeme the collectors read, as bits: alphabetic, lower case, more than three characters,
#: capitalised (its shape starts with "X": word_shape writes "X" for exactly the letters that are upper case), a space.
_ALPHA, _LOWER, _LONG, _CAPITALISED, _SPACE = 1, 2, 4, 8, 16
#: Word id -> those facts; word id -> the word, for the alphabetic lower-case ones.  A word's lexeme is the same in
#: every article, so each is read once a process (reading a lexeme's flags for every token costs more).
_FACTS: dict[int, int] = {}
_LOWER_WORDS: dict[int, str] = {}


def _learn(vocab, orth: int) -> int:
    """The facts of the word `orth`, read from its lexeme and kept."""
    lex = vocab[orth]
    facts = (_ALPHA * lex.is_alpha | _LOWER * lex.is_lower | _LONG * (len(lex.orth_) > 3)
             | _CAPITALISED * capital_name(lex.orth_) | _SPACE * lex.is_space)
    if lex.is_alpha and lex.is_lower:
        _LOWER_WORDS[orth] = lex.orth_
    _FACTS[orth] = facts
    return facts


@functools.lru_cache(maxsize=64)
def _lookup(attr: str, values: frozenset[str]) -> tuple[np.ndarray, frozenset[int]]:
    """A table of the values' low id bits, and their ids."""
    ids = frozenset(POS_IDS[v] for v in values) if attr == "pos" else frozenset(get_string_id(v) for v in values)
    table = np.zeros(1 << _TABLE_BITS, dtype=bool)
    table[[i & ((1 << _TABLE_BITS) - 1) for i in ids]] = True
    return table, ids


class TokenColumns:
    """The columns of one Doc, each read by array once, and the tokens found by them: built once per
    article (the speaker book asks for the same columns and tokens many times)."""

    def __init__(self, doc):
        self.doc = doc
        self._columns: dict[int, np.ndarray] = {}
        self._found: dict[tuple[str, frozenset[str]], list[int]] = {}
        self._bits: dict[str, np.ndarray] = {}  # see _low_bits

    def column(self, attr: int) -> np.ndarray:
        """The Doc's array of attribute `attr` (a spacy.attrs id)."""
        if attr not in self._columns:
            self._columns[attr] = self.doc.to_array(attr)
        return self._columns[attr]

    @functools.cached_property
    def _words(self) -> tuple[list[int], list[int]]:
        """Each token's word id and whether a space follows it."""
        return self.column(ORTH).tolist(), self.column(SPACY).tolist()

    def span_text(self, lo: int, hi: int) -> str:
        """The text of tokens lo..hi, as spaCy's Span `doc[lo:hi].text` gives it, without making the Span (or
        reading Doc.text, which spaCy rebuilds from every token at each access)."""
        (words, spaces), strings = self._words, self.doc.vocab.strings
        hi = min(hi, len(words))
        if lo >= hi:
            return ""
        return "".join([strings[w] + " " if space else strings[w] for w, space in zip(words[lo:hi - 1], spaces[lo:hi - 1])]
                       ) + strings[words[hi - 1]]

    def tokens_with(self, attr: str, values: Iterable[str]) -> list[int]:
        """Indices, in order, of the tokens whose `attr` ("orth" the text, "lower", "pos", "dep", "ent_type") is one of
        `values` (the same list each time: not to be changed)."""
        key = (attr, frozenset(values))
        if key not in self._found:
            column = self.column(POS if attr == "pos" else _STRING_ATTRS[attr])
            if len(key[1]) == 1:  # one value (a noun looked up per mention): no table to build
                value, = key[1]
                wanted = POS_IDS[value] if attr == "pos" else get_string_id(value)
                self._found[key] = np.flatnonzero(column == wanted).tolist()
                return self._found[key]
            table, ids = _lookup(*key)
            maybe = np.flatnonzero(table[self._low_bits(attr)])
            self._found[key] = [i for i, value in zip(maybe.tolist(), column[maybe].tolist()) if value in ids]
        return self._found[key]

    def _low_bits(self, attr: str) -> np.ndarray:
        """The low _TABLE_BITS bits of each token's `attr` id, which index the tables of values looked for."""
        if attr not in self._bits:
            column = self.column(POS if attr == "pos" else _STRING_ATTRS[attr])
            self._bits[attr] = (column & ((1 << _TABLE_BITS) - 1)).astype(np.intp)
        return self._bits[attr]

    @functools.cached_property
    def _facts(self) -> np.ndarray:
        """Each token's lexeme facts (_ALPHA, _LOWER, …), by its word's id (looked up once per word of the article)."""
        vocab = self.doc.vocab
        words, word_of = np.unique(self.column(ORTH), return_inverse=True)
        facts = [_FACTS[orth] if orth in _FACTS else _learn(vocab, orth) for orth in words.tolist()]
        return np.array(facts, dtype=np.uint8)[word_of.reshape(-1)]

    def _all_of(self, facts: int) -> np.ndarray:
        """For each token: whether its word has all these facts."""
        return (self._facts & facts) == facts

    def alphabetic(self) -> np.ndarray:
        """For each token: alphabetic."""
        return self._all_of(_ALPHA)

    def capitalised_untagged(self) -> list[bool]:
        """For each token: alphabetic, capitalised and in no entity."""
        return (self._all_of(_ALPHA | _CAPITALISED) & (self.column(ENT_TYPE) == 0)).tolist()

    def capitalised_long_words(self) -> tuple[np.ndarray, np.ndarray]:
        """The indices of the alphabetic tokens of more than three characters, and whether each is capitalised."""
        long = np.flatnonzero(self._all_of(_ALPHA | _LONG))
        return long, self._all_of(_ALPHA | _CAPITALISED)[long]

    def lower_case_words(self) -> frozenset[str]:
        """The alphabetic words written in lower case."""
        lower = self.column(ORTH)[self._all_of(_ALPHA | _LOWER)]
        return frozenset(_LOWER_WORDS[orth] for orth in set(lower.tolist()))

    def words(self) -> list[int]:
        """Indices of the tokens that are not spaces."""
        return np.flatnonzero((self._facts & _SPACE) == 0).tolist()

