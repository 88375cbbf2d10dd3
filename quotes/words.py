"""What a word is, for every count, key and search in the project."""
from __future__ import annotations

import functools

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

#: A time of day as a live page stamps its posts: "12:40", "9.15", "3.30pm".
CLOCK = regex.compile(r"\d{1,2}[:.]\d{2}(?:[ap]m)?", regex.IGNORECASE)
#: A name that opens with a small prefix before its capital: a Nguni locative or class prefix ("eThekwini",
#: "uMgeni", "iSimangaliso"), or an elided particle ("d’Entremont", "l'Heureux").
_PREFIXED_NAME = regex.compile(r"(?:[eiou]|[dl]['\u2019])\p{Lu}\p{Ll}")


def capital_name(word: str) -> bool:
    """Whether a word is written as a name is: capitalised, also after an ʻokina ("ʻOfa"), or a capital after a
    one-letter prefix or an elided particle ("eThekwini", "d’Entremont")."""
    return word[:1].isupper() or word[:1] == "\u02bb" and word[1:2].isupper() or _PREFIXED_NAME.match(word) is not None


def words(text: str) -> list[str]:
    """The words of a text, in order."""
    return WORD.findall(text)


#: A line is in title case, as headlines are, when at least this share of its words of four letters or more is capitalised.
TITLE_CASE_SHARE = 0.85
#: Longer lines are paragraphs, whatever their capitals.
TITLE_LINE_CHARS = 300
_LONG_WORD = regex.compile(r"[A-Za-z][\w'’-]{3,}")


def is_title_case_line(line: str) -> bool:
    """Whether a line is written in title case, as headlines are ("Trump Addresses Munich Attack: …"): nearly all
    its longer words capitalised, and no paragraph's length."""
    long = _LONG_WORD.findall(line)
    return bool(long) and len(line) < TITLE_LINE_CHARS and sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


@functools.lru_cache(maxsize=4096)
def undoubled(word: str) -> str:
    """A word in lower case with each doubled letter written once ("McClenney" -> "mclenney"): two words one doubled
    letter apart have the same (see doubled_letter_slip)."""
    return regex.sub(r"(.)\1", r"\1", word.lower())


def doubled_letter_slip(a: str, b: str) -> bool:
    """Whether two words differ only by a doubled letter written once, whatever the case ("McClenney" and
    "McLenney", "Hillary" and "Hilary")."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return len(long) == len(short) + 1 and any(long[i] == long[i + 1] and long[:i] + long[i + 1:] == short
                                               for i in range(len(long) - 1))
