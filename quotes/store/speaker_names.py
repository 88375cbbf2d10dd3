"""Whether the extractor's name for a speaker is someone's name, and the name made clean.

A place, a code, a bare title or description, or an ordinary capitalised word ("Harsh" at the start
of a sentence) is no one's name: such a quotation gets no speakers row.  Markup around a name is
dropped ('state Del. Marcia "Cia" Price (D-Newport News' -> 'Marcia Price'), letters read in the wrong
encoding are written right ("FranÃ§ois" -> "François"), a body named after its owner takes one form
("Mrs. Clinton's campaign" -> "Clinton campaign"), a name that runs on into
a headline's verb is cut before it ("Glenn Beck Blasts Drudge" -> "Glenn Beck"), and a name the article
only writes as the first part of a hyphenated one is completed ("Ban Ki" -> "Ban Ki-moon").
"""
from __future__ import annotations

import functools
import re

from .. import data
from ..extract.lexicon import LOCAL_SERVICES, NAME_PARTICLES, NAME_TITLES, OFFICE_HEADS, PERSON_NOUNS, REPORTING_FORMS
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


def unmangled(name: str) -> str:
    """A name whose UTF-8 letters were read as cp1252 written right again ("FranÃ§ois Hollande" ->
    "François Hollande"); any other name as it is."""
    if name.isascii():
        return name
    try:
        return name.encode("cp1252").decode("utf-8")
    except UnicodeError:  # letters cp1252 cannot hold, or bytes that are no UTF-8: written right already
        return name


def clean_name(name: str) -> str:
    """The name without a parenthesis (party and district), a quoted nickname, or leading lower-case
    words and titles before a personal name ('state Del. Marcia "Cia" Price (D-Newport News'), and
    with letters read in the wrong encoding written right (see unmangled)."""
    name = unmangled(name)
    clean = " ".join(_NICKNAME.sub("", _PARENTHESIS.sub("", name)).split())
    if clean == name:
        return name
    words = clean.split()
    while len(words) > 2 and (words[0][:1].islower() or words[0].lower().rstrip(".") in NAME_TITLES
                              or (words[0].endswith(".") and len(words[0]) <= 5)):  # "state Del. Marcia Price"
        words = words[1:]
    return " ".join(words) or name


#: Verbs of saying as headlines write them, capitalised after the speaker: "Says", "Blasts", "Warns"
#: ("States" is more often the end of "United States" than a headline's verb).
_HEADLINE_VERBS = frozenset(w.capitalize() for w in REPORTING_FORMS if w.endswith("s") and not w.endswith("ss")) - {"States"}


def before_headline_verb(name: str) -> str:
    """A person's name cut before the headline verb it runs on into: "Glenn Beck Blasts Drudge" ->
    "Glenn Beck", "Obama Says Trump" -> "Obama".  The verb must follow a full name or be followed by
    more of the headline, so a two-word name ending in such a word ("Jane Hopes") stays whole."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in _HEADLINE_VERBS and (i >= 2 or i + 1 < len(words)):
            return " ".join(words[:i])
    return name


@functools.cache
def _owned_nouns() -> frozenset[str]:
    return frozenset(w for (w, *_) in data.rows("owned_nouns.tsv"))


_OWNED = re.compile(r"^(?P<owner>[A-Z][^'’]*?)['’]s? (?P<thing>[a-z][a-z ]*)$")


def owner_unpossessed(name: str) -> str:
    """A body or post named after its owner in one form whichever way it is written: "Clinton's
    campaign", "Mrs. Clinton's campaign" -> "Clinton campaign", "Sanders' campaign manager" ->
    "Sanders campaign manager" (the nouns of data/owned_nouns.tsv; the owner without the titles, "the" and
    lower-case words before it, the particles of its name kept: "Mayor Bill de Blasio's office" -> "Bill de
    Blasio office")."""
    found = _OWNED.match(name)
    if not found or found["thing"].split()[-1] not in _owned_nouns():
        return name
    owner = found["owner"].split()
    before = [i + 1 for i, w in enumerate(owner[:-1]) if w.lower().rstrip(".") in NAME_TITLES or w.lower() == "the"
              or w[:1].islower() and w not in NAME_PARTICLES]
    return " ".join(owner[max(before, default=0):] + [found["thing"]])




def other_office_orders(name: str) -> list[str]:
    """The same government office written the other way round, with a topic of one or two words, for joining
    both in one speaker ("Justice Department" <-> "Department of Justice", "Japanese Defence Ministry" <->
    "Japanese Ministry of Defence"); a name is stored as written, never reordered."""
    words = name.split()
    if not all(w[:1].isupper() or w == "of" for w in words) or any(w.lower() in LOCAL_SERVICES for w in words):
        return []  # "Boston Police Department" is no "Department of Boston Police"
    out = []
    for size in (1, 2):
        if len(words) > size and words[-1].lower() in OFFICE_HEADS and "of" not in words:  # "… Defence Ministry"
            place, topic = words[:-1 - size], words[-1 - size:-1]
            out.append(" ".join([*place, words[-1], "of", *topic]))
        if len(words) >= size + 2 and words[-size - 1] == "of" and words[-size - 2].lower() in OFFICE_HEADS \
                and "of" not in words[-size:]:  # "… Ministry of Defence"
            place, topic = words[:-size - 2], words[-size:]
            out.append(" ".join([*place, *topic, words[-size - 2]]))
    return out


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
