"""Mongolian names written with the father's initial joined to the given name by a full stop ("Ts.Oyunchimeg",
"Kh.Temuulen", "B.Enkhjin"): one token each.  spaCy keeps a single capital's form whole but splits after a
two-letter initial ("Ts", "Kh") and ends a sentence there."""
from __future__ import annotations

import regex

#: Two-letter initials: a Cyrillic letter written in Latin ("Ts", "Kh", "Ch").
_DIGRAPHS = "Ch|Kh|Sh|Ts|Zh|Ya|Yu|Yo|Ye"
#: A two-letter initial, a full stop, a given name: what the tokenizer would split.
JOINED_INITIAL = regex.compile(rf"(?:{_DIGRAPHS})\.\p{{Lu}}\p{{Ll}}+")
#: A whole name so written, of one initial letter or two, maybe hyphenated ("B.Enkhjin", "G.Bat-Erdene").
JOINED_NAME = regex.compile(rf"(?:\p{{Lu}}|{_DIGRAPHS})\.(\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)")


def given_part(name: str) -> str | None:
    """The given name of a name with a joined initial ("Enkhjin" of "B.Enkhjin"), else None."""
    found = JOINED_NAME.fullmatch(name)
    return found.group(1) if found else None


def add_to(nlp) -> None:
    """Keep a name with a two-letter joined initial one token (a model with a token_match of its own keeps it)."""
    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = JOINED_INITIAL.fullmatch
