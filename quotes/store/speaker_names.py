"""Whether the extractor's name for a speaker is someone's name, and the name made clean.

A place, a code, a bare title or description, or an ordinary capitalised word ("Harsh" at the start
of a sentence) is no one's name: such a quotation gets no speakers row.  Markup around a name is
dropped ('state Del. Marcia "Cia" Price (D-Newport News' -> 'Marcia Price'), and a name the article
only writes as the first part of a hyphenated one is completed ("Ban Ki" -> "Ban Ki-moon").
"""
from __future__ import annotations

import functools
import re

from .. import data
from ..extract.lexicon import NAME_TITLES, PERSON_NOUNS
from .normalize import name_key

_PARENTHESIS = re.compile(r"\s*\([^)]*(\)|$)")
_NICKNAME = re.compile(r"\s*[\"“”]\w[\w .'’-]*[\"“”]")
_CODE = re.compile(r"^[\w.-]*\d[\w.-]*$")


@functools.cache
def _describing() -> frozenset[str]:
    """Words that only describe: titles of names, nouns for people (and their plurals) and the data file's words."""
    words = {w for (w, *_) in data.rows("describing_words.tsv")}
    return frozenset(NAME_TITLES | PERSON_NOUNS | {w + "s" for w in PERSON_NOUNS} | words)


@functools.cache
def _places() -> frozenset[str]:
    """The keys of the places of data/places.tsv ("United States"), a name no person has."""
    return frozenset(name_key(place) for place, *_ in data.rows("places.tsv"))


def clean_name(name: str) -> str:
    """The name without a parenthesis (party and district), a quoted nickname, or leading lower-case
    words and titles before a personal name ('state Del. Marcia "Cia" Price (D-Newport News')."""
    clean = " ".join(_NICKNAME.sub("", _PARENTHESIS.sub("", name)).split())
    if clean == name:
        return name
    words = clean.split()
    while len(words) > 2 and (words[0][:1].islower() or words[0].lower().rstrip(".") in NAME_TITLES
                              or (words[0].endswith(".") and len(words[0]) <= 5)):  # "state Del. Marcia Price"
        words = words[1:]
    return " ".join(words) or name


def completed_name(name: str, text: str) -> str:
    """The name as the article writes it when it only ever writes it as the start of a hyphenated
    name ("Ban Ki" of "Ban Ki-moon")."""
    if name + "-" not in text:
        return name
    found = re.findall(rf"(?<![\w-]){re.escape(name)}(-\w+)?(?![\w-])", text)
    if found and all(found) and len(set(found)) == 1:
        return name + found[0]
    return name


def is_ordinary_word(name: str, text: str) -> bool:
    """Whether a one-word name is an ordinary word capitalised: the article writes it in lower case at
    least as often as capitalised ("Talk" at the start of a sentence, "talk" inside).  (A name only
    ever capitalised is not told apart here: names too stand first in sentences.)"""
    if " " in name or name.isupper() or not name.isalpha():
        return False
    lower = len(re.findall(rf"\b{re.escape(name.lower())}\b", text))
    return lower > 0 and lower >= len(re.findall(rf"\b{re.escape(name)}\b", text))


def is_no_ones_name(name: str, kind: str, text: str | None = None) -> bool:
    """Whether a speaker name names no one: a code ("EB-5"), a place taken for a person ("United
    States"), words that only describe ("Retired General", "Democratic source"), or, given the
    article's text, an ordinary word."""
    words = name.split()
    if not words or all(_CODE.match(w) for w in words):
        return True
    if kind in ("person", "unknown") and name_key(name) in _places():
        return True
    if (kind in ("person", "unknown") or words[-1].endswith("s")) and all(  # not "White House"
            w.lower().strip(".,") in _describing() for w in words):
        return True
    return text is not None and is_ordinary_word(name, text)
