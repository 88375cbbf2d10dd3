"""Keys that decide identity across articles: of quotes and of speaker names."""
from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

import regex

from ..words import POSSESSIVE, WORD

_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_ABBREVIATION_DOT = regex.compile(r"(?<=\b\p{L})\.(?=\p{L}\b)|(?<=\b\p{L}\.\p{L})\.")  # U.S. -> US
_LEADING_ARTICLE = regex.compile(r"^(the|a|an)\s+")


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_MARKS).casefold()


def words(text: str) -> list[str]:
    """The words of a text, compared ignoring case, punctuation and abbreviation dots."""
    return WORD.findall(_ABBREVIATION_DOT.sub("", _plain(text)).replace("'", ""))


def quote_key(text: str) -> str:
    """Identity of a quotation's wording: "U.S.-Japan" and "US-Japan", ’ and ', all the same."""
    return " ".join(words(text))


@functools.lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """Lookup key of a speaker name or alias: case, marks, a leading "the" and possessive 's ignored
    (cached: the same names come back article after article)."""
    plain = POSSESSIVE.sub("", _plain(name).strip())
    return " ".join(words(_LEADING_ARTICLE.sub("", plain)))


def _alike(matched: int, short: int, long: int) -> bool:
    """Whether `matched` words in common make near-identical wordings of these lengths."""
    return matched >= 0.8 * long or (short >= 6 and matched >= 0.9 * short and matched >= 0.5 * long)


def variant_score(a: list[str], b: list[str]) -> float:
    """How alike two wordings of one statement are, given as their words (see `words`): the share of
    the longer matched in order, or 0.0 when they are not near-identical: a word or two changed, or
    words dropped.  Words in common regardless of order bound the matches, so most pairs are
    turned down before the (slower) sequence matching."""
    short, long = sorted((len(a), len(b)))
    if short < 4 or a == b or not _alike(short, short, long):  # lengths too far apart for any match
        return 0.0
    in_b = set(b)
    if not _alike(sum(w in in_b for w in a), short, long):  # at most this many of a's words can match
        return 0.0
    if not _alike(sum((Counter(a) & Counter(b)).values()), short, long):
        return 0.0
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / long if _alike(matched, short, long) else 0.0


def is_variant(a: str, b: str) -> bool:
    """Near-identical wordings of one statement."""
    return variant_score(words(a), words(b)) > 0


def word_diff(original: str, variant: str) -> str:
    """The variant's wording with its changes against the original marked: "[-said-] {+stated+}"."""
    old, new = original.split(), variant.split()
    keys_old, keys_new = [quote_key(w) for w in old], [quote_key(w) for w in new]
    out: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, keys_old, keys_new, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(new[j1:j2])
            continue
        if i2 > i1:
            out.append("[-" + " ".join(old[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(new[j1:j2]) + "+}")
    return " ".join(out)
