"""A person's name as the article writes it most fully: the initials, listed given name or surname that the tagger left
out of the name it found ("P.M." of "Leader of the Opposition P.M. Abdul Rasheed", "Tariq" of "General Tariq Mehmood
Qureshi", "Qureshi" after "Tariq Mehmood"), given back to every quotation of that person."""
from __future__ import annotations

import bisect

import regex

from .lexicon import (
    FAMILY_FIRST_NAMES,
    GIVEN_NAME_GENDER,
    HONORIFICS,
    OCCUPATIONS,
    OFFICE_TOPICS,
    PLACE_WORDS,
    REPORTING_FORMS,
    ROLE_WORDS,
    TITLES,
)
from .person_mentions import BODY_WORDS, is_name_token, office_title_before

#: Initials written with full stops before a name ("K.", "C.V.", "K.A.D.").
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,3}")
#: Words before a name that never begin one: titles, roles, trades, honorifics, offices' topics, bodies' and places'
#: words.
_NO_NAME = TITLES | ROLE_WORDS | OCCUPATIONS | {w for h in HONORIFICS for w in h.split()} | OFFICE_TOPICS | BODY_WORDS \
    | PLACE_WORDS
#: A syllable of a Chinese given name written in Latin letters ("Hock", "Chye", "Wai").
_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}{1,4}")
#: The word that opens many Māori given names ("Te Rangi", "Te Aroha").
_TE = "Te"
#: Titles of a person alone, after which a listed given name opens the name ("Dr Anaru Kīngi", "Mr Hone Tipene").
_PERSON_TITLES = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
                            "sir", "dame"))
_WORD = regex.compile(r"\w")
_WORD_OR_STOP = regex.compile(r"[\w.]")
#: Entity types of a word before a name that is no part of it (a place, a body, a people, a date).
_OTHER_ENTS = frozenset(("GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME"))
#: Those of them that initials may be tagged ("U.S."), where a body's is only the tagger taking the name for one.
_PLACE_ENTS = _OTHER_ENTS - {"ORG"}


def fuller_forms(tokens, text: str, names) -> dict[str, str]:
    """Each person's name among `names` -> the fuller form the article writes it in somewhere (see written_before and
    written_after; a name of one word takes initials only), where it writes one such form only."""
    starts = [t.idx for t in tokens]
    surnames = {n.split()[-1] for n in names if n}
    forms: dict[str, set[str]] = {}
    for name in {n for n in names if n}:
        for at in _written_at(name, text):
            k = bisect.bisect_left(starts, at)
            end = bisect.bisect_left(starts, at + len(name))
            if k == len(starts) or starts[k] != at:
                continue
            before, after = written_before(tokens, k), written_after(tokens, end, surnames - {name.split()[-1]})
            if after is None and (k > 0 and tokens[k - 1].lower_ in _PERSON_TITLES or _western_and_chinese(name)):
                after = given_syllables_after(tokens, end, name)  # ("Mr Roy Tan Hock Chye", "Richard Wong Kah Loon";
                # not "Carol Ross Hall")
            if " " not in name:  # a surname alone takes initials only ("S.R." of "S.R. Balachandran"), or a listed
                # given name after a title ("Anaru" of "Dr Anaru Kīngi")
                before = before if before and (_INITIALS.fullmatch(before.split()[-1]) or after_title(tokens, k)) else None
                after = None
            if before or after:
                forms.setdefault(name, set()).add(" ".join(w for w in (before, name, after) if w))
    return {name: next(iter(found)) for name, found in forms.items() if len(found) == 1}


def _written_at(name: str, text: str):
    r"""Where `text` writes `name` as words of their own: no letter, digit or full stop before it, no letter or digit
    after it (as the pattern (?<![\w.])name(?!\w), without compiling one for each name)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _WORD_OR_STOP.match(text, at - 1)) and not _WORD.match(text, end):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def written_after(tokens, i: int, surnames: set[str]) -> str | None:
    """The surname written right after a name that ends before token `i` (one space between), where another speaker's
    name ends in it: "Qureshi" after "Tariq Mehmood" (the tagger's cut) where "Mehmood Qureshi" speaks too."""
    if i == 0 or i >= len(tokens) or tokens[i - 1].whitespace_ != " ":
        return None
    word = tokens[i]
    return word.text if word.text in surnames and word.is_title and word.lower_ not in _NO_NAME \
        and word.ent_type_ not in _OTHER_ENTS else None


def _western_and_chinese(name: str) -> bool:
    """Whether a name of two words is a listed given name and a Chinese family name ("Richard Wong"): as Malaysians,
    Singaporeans and Hongkongers write their names, the Chinese given name may follow ("Richard Wong Kah Loon")."""
    words = name.split()
    return len(words) == 2 and words[0] in GIVEN_NAME_GENDER and words[1] in FAMILY_FIRST_NAMES


def given_syllables_after(tokens, i: int, name: str) -> str | None:
    """The syllables of a Chinese given name written after a name that ends before token `i` in a short syllable
    ("Hock Chye" after "Roy Tan", "Wai" after "Desmond Yap Chee": the tagger's cut of a Singaporean or Malaysian
    name, which fuller_forms asks for after a personal title only), where they end the run of capitalised words;
    None otherwise."""
    if " " not in name or not _SYLLABLE.fullmatch(name.split()[-1]):
        return None
    j = i
    while j < len(tokens) and j - i < 2 and tokens[j - 1].whitespace_ == " " and _SYLLABLE.fullmatch(tokens[j].text) \
            and not tokens[j].is_stop and tokens[j].lower_ not in _NO_NAME and tokens[j].lower_ not in REPORTING_FORMS \
            and tokens[j].ent_type_ not in _OTHER_ENTS:
        j += 1
    if j == i or j < len(tokens) and tokens[j - 1].whitespace_ == " " and tokens[j].is_title:
        return None  # (no run of capitalised words cut anywhere: a headline's "Roy Tan Says Lifts Will Be Fixed")
    return " ".join(t.text for t in tokens[i:j])


def after_title(tokens, i: int) -> bool:
    """Whether the word before the name opening at token `i` comes right after a person's title ("Dr" of "Dr Anaru
    Kīngi"): a given name, not a word of an office's."""
    return i >= 2 and tokens[i - 2].whitespace_ == " " and tokens[i - 2].lower_ in _PERSON_TITLES


def written_before(tokens, i: int) -> str | None:
    """What the article writes right before the name opening at token `i` (on its line, one space between) that
    belongs to it: initials ("C.V.", or "K. P." apart), else one listed given name (data/given_names.tsv) after a word
    that is no name's ("General", "leader", a comma), never a title, role, trade, honorific or a word of one, office's
    topic, body's or place's word, or "Te" opening a Māori given name unless it follows a word of a person's name
    the tagger found ("Kieran Te Hau"); None otherwise (not the "Dubliner" or "Seri" the tagger may run into a name)."""
    if i == 0 or tokens[i - 1].whitespace_ != " ":
        return None
    word = tokens[i - 1]
    if word.text == _TE and not (i >= 2 and "\n" not in tokens[i - 2].whitespace_ and is_name_token(tokens[i - 2])
                                 and tokens[i - 2].ent_type_ == "PERSON"):
        return word.text  # a Māori given name opening with "Te" ("Te Rangi Hekenui"), which the tagger leaves out
    if _INITIALS.fullmatch(word.text) and word.ent_type_ not in _PLACE_ENTS:
        other = tokens[i - 2] if i >= 2 else None
        if other is not None and other.whitespace_ == " " and _INITIALS.fullmatch(other.text) and len(other.text) == 2:
            return f"{other.text} {word.text}"
        return word.text
    before = tokens[i - 2] if i >= 2 else None
    titled_body = word.ent_type_ == "ORG" and before is not None and before.lower_ in TITLES  # ("Superintendent
    # Gearóid" + "Mac Aodha", a title and a given name the tagger took for a body)
    if not (word.is_alpha and word.is_title and word.text in GIVEN_NAME_GENDER) or word.lower_ in _NO_NAME \
            or word.ent_type_ in _OTHER_ENTS and not titled_body:
        return None
    if before is not None and "\n" not in before.whitespace_ and is_name_token(before) and before.lower_ not in _NO_NAME \
            and office_title_before(tokens, i - 1) is None:  # (an office's topic ends: "Minister for Water Supply")
        return None  # (a run of name words whose start is unsure: "Luz Dary" + "Quintero Arango")
    return word.text
