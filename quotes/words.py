"""What a word is, for every count, key and search in the project."""
from __future__ import annotations

import regex

#: A word: a run of letters and digits, as SQLite's unicode61 full-text tokenizer sees it.
WORD = regex.compile(r"[\p{L}\p{N}]+")
#: A word of a name, with its inner apostrophes, hyphens and dots ("O'Neill", "Jean-Luc", "U.S."),
#: as the benchmark's reference scorer splits names.
NAME_WORD = regex.compile(r"\w+(?:[\u2019'\-.]\w+)*")
#: The apostrophes a possessive is written with, straight and curly.
APOSTROPHES = "'\u2019"
#: The possessive "'s" a word ends in, or the token the tokenizer splits off it ("Tokyo" + "'s").
APOSTROPHE_S = tuple(a + "s" for a in APOSTROPHES)
#: A token that is a possessive ending: "'s", or an apostrophe alone after a plural ("Reuters" + "'").
POSSESSIVE_TOKENS = frozenset(APOSTROPHE_S) | frozenset(APOSTROPHES)
#: A possessive ending: "Tokyo's", "Reuters'".
POSSESSIVE = regex.compile(f"[{APOSTROPHES}]s?$")


def words(text: str) -> list[str]:
    """The words of a text, in order."""
    return WORD.findall(text)
