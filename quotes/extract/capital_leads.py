"""A paragraph whose opening words are set in capitals, as features and regional papers print them
("ARCHIE Lumsden has farmed…", "THE council has…"), read in running-text case so the tagger sees a
name or a word rather than an acronym.  Offsets never move: only the case of letters changes."""
from __future__ import annotations

import regex

from .lexicon import GIVEN_NAME_GENDER, RANKS

#: Words that open a lead and are never an acronym ("WHO", "US" and "IT" are).
_OPENERS = frozenset("the this that these those there when after for in on as he she they we my our his her their your".split())
#: Up to three words in capitals opening a paragraph, then a word that has a lower-case letter.
_LEAD = regex.compile(r"(?m)^((?:\p{Lu}[\p{Lu}'’-]+ ){1,3})(?=\p{Lu}?\p{Ll})")


def _recased(run: str, text: str) -> str:
    """A run of capitalised words (with its trailing space) in running-text case, or as it is when it may be an
    acronym; one word of four letters or more that `text` writes elsewhere in running-text case is so recased
    ("HARARE City Council has …" under a headline's "Harare council votes …")."""
    words = run.split(" ")[:-1]
    first = words[0].title()
    if first in GIVEN_NAME_GENDER:  # "ARCHIE LUMSDEN" -> "Archie Lumsden"
        return " ".join(w.title() for w in words) + " "
    if len(words) == 1 and (words[0].lower() in _OPENERS
                            or len(first) >= 4 and regex.search(rf"\b{regex.escape(first)}\b", text)):
        return first + " "  # "THE council" -> "The council"
    return run


def running_case(text: str) -> str:
    """`text` with each paragraph's capitalised lead words in running-text case (same length); not a style written
    in capitals before a name ("HE Saif bin Rashid", His Excellency, not "He")."""
    return _LEAD.sub(lambda m: m.group(1) if _style_before_name(m.group(1), text, m.end())
                     else _recased(m.group(1), text), text)


def _style_before_name(run: str, text: str, end: int) -> bool:
    """Whether the one word of `run` is a style written as ranks are (data/honorifics.tsv) and a capitalised word
    follows at `end`."""
    word = run.strip()
    return " " not in word and RANKS.get(word.lower()) == word and text[end:end + 1].isupper()
