"""A paragraph whose opening words are set in capitals, as features and regional papers print them
("ARCHIE Lumsden has farmed…", "THE council has…"), read in running-text case so the tagger sees a
name or a word rather than an acronym.  Offsets never move: only the case of letters changes."""
from __future__ import annotations

import regex

from .lexicon import GIVEN_NAME_GENDER

#: Words that open a lead and are never an acronym ("WHO", "US" and "IT" are).
_OPENERS = frozenset("the this that these those there when after for in on as he she they we".split())
#: Up to three words in capitals opening a paragraph, then a word that has a lower-case letter.
_LEAD = regex.compile(r"(?m)^((?:\p{Lu}[\p{Lu}'’-]+ ){1,3})(?=\p{Lu}?\p{Ll})")


def _recased(run: str) -> str:
    """A run of capitalised words (with its trailing space) in running-text case, or as it is when it may be an acronym."""
    words = run.split(" ")[:-1]
    first = words[0].title()
    if first in GIVEN_NAME_GENDER:  # "ARCHIE LUMSDEN" -> "Archie Lumsden"
        return " ".join(w.title() for w in words) + " "
    if len(words) == 1 and words[0].lower() in _OPENERS:  # "THE council" -> "The council"
        return first + " "
    return run


def running_case(text: str) -> str:
    """`text` with each paragraph's capitalised lead words in running-text case (same length)."""
    return _LEAD.sub(lambda m: _recased(m.group(1)), text)
