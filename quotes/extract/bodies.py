"""Canonical names for organisations and documents.

"Tokyo's defence ministry", "Japan's defense ministry" and "the Japanese Ministry
of Defense" all become "Japanese Ministry of Defense": capitals and country names
turn into the country's adjective, British spellings into American ones, and
"X ministry" into "Ministry of X".
"""
from __future__ import annotations

import functools

import regex

from .. import data
from ..words import APOSTROPHE_S, POSSESSIVE
from .body_mentions import LINKS, body_end_words, irish_article
from .lexicon import ARTICLES, BODY_NOUNS, LOCAL_SERVICES, OFFICE_HEADS, OFFICE_TOPIC_WORDS, ROLE_WORDS, SPOKESPERSON_NOUNS

#: A short name written in brackets after a body's full name ("(COA)", "(NEMA)", "(Defra)").
_BRACKETED_SHORT_NAME = regex.compile(r"\(\p{Lu}[\p{L}&]*\)")
_TOPIC_NAMES = {"foreign": "Foreign Affairs", "home": "Home Affairs"}
@functools.cache
def places() -> dict[str, str]:
    """Place or adjective -> the adjective used in canonical names."""
    return dict(data.rows("places.tsv"))


@functools.cache
def spellings() -> dict[str, str]:
    """British spelling -> American spelling."""
    return dict(data.rows("spelling.tsv"))


def american(word: str) -> str:
    """The American spelling of a word, keeping its capitalisation."""
    us = spellings().get(word.lower())
    if us is None:
        return word
    return us.capitalize() if word[:1].isupper() else us


def _split_place(words: list[str]) -> tuple[str | None, list[str]]:
    """Take a leading place ("Tokyo's", "South Korean") off a list of words."""
    for size in (3, 2, 1):
        if len(words) > size:
            head = " ".join(words[:size])
            bare = POSSESSIVE.sub("", head)
            if bare in places():
                return places()[bare], words[size:]
    return None, words


#: Words for how new a thing is, never an office's topic ("a new emergency department" is no "Department of New
#: Emergency").
_AGES_OF_THINGS = frozenset(("new", "old", "former", "current", "existing", "proposed", "planned"))


def _is_topic(words: list[str]) -> bool:
    """Whether the words before "ministry" or "department" are the topic of a government office."""
    return (0 < len(words) <= OFFICE_TOPIC_WORDS and all(w.islower() or w.istitle() for w in words)
            and not any(w.lower() in LOCAL_SERVICES or w.lower() in _LEVELS or w.lower() in _AGES_OF_THINGS for w in words))



#: Words for the level of government an office belongs to, never its topic ("the federal department" is no
#: "Department of Federal").
_LEVELS = frozenset(("federal", "provincial", "regional", "municipal", "local", "national", "central", "territorial",
                     "cantonal"))


def _describes_name(words: list[str]) -> bool:
    """Whether the first word is a lower-case word describing the body's proper name after it ("federal" of "the
    federal Securities and Exchange Commission"): the rest is capitalised words and links ending in a word that
    ends bodies' names (data/body_words.tsv)."""
    rest = words[1:]
    return words[0].isalpha() and words[0].islower() and len(rest) >= 2 and rest[-1].lower() in body_end_words() \
        and all(w[:1].isupper() or w in LINKS for w in rest)


def _lower_case_lead(words: list[str]) -> int:
    """How many words in lower case open a body's name written in capitals after them, which only describe it ("courier
    firm" of "courier firm SwiftLink Logistics", "rival" of "rival Lenscape"); 0 where a link joins them to it ("city
    of Toronto") or a word in lower case follows ("senior Harlow adviser")."""
    lead = next((k for k, w in enumerate(words) if not (w.isalpha() and w.islower())), len(words))
    if lead == 0 or lead == len(words) or any(w in LINKS for w in words[:lead]):
        return 0
    return lead if all(w[:1].isupper() or w in LINKS for w in words[lead:]) else 0


def canonical_body(mention: str) -> str:
    """The canonical name of an organisation or document mentioned as `mention`: as written, without
    a leading article, describing words before its name or a possessive.  A name written with capitals keeps its
    order ("the Agriculture Ministry"); only a government office described in lower case by its topic is given
    the office's name, with the country's adjective and American spelling ("Tokyo's defence ministry" ->
    "Japanese Ministry of Defense")."""
    words = mention.split()
    if len(words) > 1 and _BRACKETED_SHORT_NAME.fullmatch(words[-1]):
        words = words[:-1]  # "Commission on Audit (COA)": the name, without the short form it then goes by
    while words and (words[0].lower() in ARTICLES and not irish_article(words) or _describes_name(words)):
        words = words[1:]
    if not words:
        return mention.strip()
    words = words[_lower_case_lead(words):]
    words = _parent_of_unit(words)
    words[-1] = POSSESSIVE.sub("", words[-1]) if words[-1].endswith(APOSTROPHE_S) else words[-1]
    if len(words[-1]) > 2 and words[-1][-1] in "'\u2019" and words[-1][-2] in "sS":
        words[-1] = words[-1][:-1]  # "the Electricity Authority of Cyprus’ chief": the possessive mark alone
    place, rest = _split_place(words)
    if rest and rest[-1].islower() and rest[-1] in OFFICE_HEADS and _is_topic(rest[:-1]):
        topic = " ".join(_TOPIC_NAMES.get(w.lower(), american(w.capitalize() if w.islower() else w)) for w in rest[:-1])
        name = f"{rest[-1].capitalize()} of {topic}"
        return f"{place} {name}" if place else name
    if rest and rest[0].lower() in OFFICE_HEADS and place:
        return " ".join([place, rest[0].capitalize(), *(american(w) for w in rest[1:])])
    return " ".join(words)


def _parent_of_unit(words: list[str]) -> list[str]:
    """A body's words up to its possessive when a unit of it follows ("The World Health Organization's country
    office", "the Seoul Central District Court’s Civil Division 50": the body speaks), the body's words and a role in
    lower case without the possessive ("Dunedin City Council’s chief executive": the body's chief executive, as "a
    council spokesperson" is the council's); else the words as given (a shop named for its owner keeps its name:
    "Entwistle’s Bakery")."""
    for k, word in enumerate(words[:-1]):
        owner = POSSESSIVE.sub("", word).lower() if word.endswith(APOSTROPHE_S) else None
        if owner is None or not (owner in BODY_NOUNS or owner in body_end_words()):
            continue
        if any(w.lower() in _UNIT_NOUNS for w in words[k + 1:k + 4]):
            return words[:k + 1]
        if all(w.islower() for w in words[k + 1:]) and words[-1] in _STAFF_ROLES:
            return [*words[:k], POSSESSIVE.sub("", word), *words[k + 1:]]  # "Dunedin City Council chief executive"
    return words


#: Roles in a body that its name, made possessive, may stand before ("the council's chief executive").
_STAFF_ROLES = ROLE_WORDS | SPOKESPERSON_NOUNS
#: Nouns for a part of a body that speaks for it ("country office", "Civil Division").
_UNIT_NOUNS = frozenset(("office", "division", "branch", "unit", "bureau", "secretariat", "section", "desk", "wing"))


#: Words after which a body's name says where or what it serves, no longer what it is ("University of Northbridge").
_QUALIFYING_LINKS = frozenset(("of", "for", "at", "in", "on"))


def name_head_word(name: str) -> str:
    """The lower-case word saying what kind of body a name is: the last word before any "of", "for", "at", "in" or
    "on" ("university" of "University of Northbridge" and of "Northbridge University", "union" of "University and
    College Union")."""
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if w in _QUALIFYING_LINKS and k > 0), len(words))
    return words[cut - 1]
