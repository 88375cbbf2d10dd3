"""Whether the extractor's name for a speaker is someone's name, and the name made clean.

A place, a code, a bare title or description, or an ordinary capitalised word ("Harsh" at the start
of a sentence) is no one's name: such a quotation gets no speakers row.  Markup around a name is
dropped ('state Del. Marcia "Cia" Price (D-Newport News' -> 'Marcia Price'), letters read in the wrong
encoding are written right ("FranÃ§ois" -> "François"), a body named after its owner takes one form
("Mrs. Clinton's campaign" -> "Clinton campaign"), a name that runs on into
a headline's verb is cut before it ("Glenn Beck Blasts Drudge" -> "Glenn Beck"), a name written only in the
headline is cut to the name the story writes ("Trump Addresses Munich Attack" -> "Trump", "Hacker Guccifer" ->
"Guccifer"), and a name the article only writes as the first part of a hyphenated one is completed ("Ban Ki" ->
"Ban Ki-moon").  Groups and peoples ("Some Democrats", "Russians"), a live post's label ("Latest"), a bare
document ("Transcript") or a numbered heading ("II. Findings"), words holding markup ('Harbour Lights” Star') and words
only a headline writes ("Purple Heart Widow Corners Senator", not cut to "Purple Heart": see is_headline_fragment) name
no one either.
"""
from __future__ import annotations

import functools
import re

from .. import data
from ..extract.lexicon import (
    DOCUMENT_NOUNS,
    GIVEN_NAME_GENDER,
    HEADLINE_VERBS,
    KINSHIP,
    LOCAL_SERVICES,
    MEDIA_LABELS,
    NAME_TITLES,
    OFFICE_HEADS,
    PERSON_NOUNS,
)
from ..words import is_title_case_line
from .normalize import name_key

_PARENTHESIS = re.compile(r"\s*\([^)]*(\)|$)")
_NICKNAME = re.compile(r"\s*[\"“”]\w[\w .'’-]*[\"“”]")
_CODE = re.compile(r"^[\w.-]*\d[\w.-]*$")
#: The numbering of a document's heading: a roman numeral or a letter, with a stop or not ("II.", "B."), or "Part".
_NUMBERING = re.compile(r"^(?:[IVXLC]+|[A-Z]|Part|Section|Chapter)\.?$")
#: Quotation marks, brackets and other markup left in a name after cleaning: words of a title or a page, no name.
_MARKUP = re.compile(r"[\"“”«»„<>\[\]{}()|*#@\\]")


@functools.cache
def _describing() -> frozenset[str]:
    """Words that only describe: titles of names, nouns for people (and their plurals) and the data file's words."""
    words = {w for (w, *_) in data.rows("describing_words.tsv")}
    return frozenset(NAME_TITLES | PERSON_NOUNS | {w + "s" for w in PERSON_NOUNS} | words)


@functools.cache
def _places() -> frozenset[str]:
    """The keys of the places of data/places.tsv ("United States"), a name no person has."""
    return frozenset(name_key(place) for place, *_ in data.rows("places.tsv"))


@functools.cache
def _nationalities() -> frozenset[str]:
    """The nations' adjectives of data/places.tsv in lower case ("japanese", "russian"): words for a people, which
    alone or in the plural ("Japanese", "Russians") name no one, person or body."""
    country: dict[str, str] = {}
    for place, word in data.rows("places.tsv"):
        country.setdefault(word, place)  # a nation's first row names its country ("Japan", "Myanmar")
    return frozenset(word.lower() for word, place in country.items() if word != place and not word.isupper())


def _describes(word: str) -> bool:
    """Whether a word of a name only describes: a describing word (see _describing), one in the plural
    ("Democrats", "Proponents"), or a people's word ("Japanese", "Saudis")."""
    word = word.lower().strip(".,")
    single = word[:-1] if word.endswith("s") else word
    return word in _describing() or single in _describing() or word in _nationalities() or single in _nationalities()


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


def before_headline_verb(name: str) -> str:
    """A person's name cut before the headline verb it runs on into: "Glenn Beck Blasts Drudge" ->
    "Glenn Beck", "Obama Says Trump" -> "Obama".  The verb must follow a full name or be followed by
    more of the headline, so a two-word name ending in such a word ("Jane Hopes") stays whole."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in HEADLINE_VERBS and (i >= 2 or i + 1 < len(words)):
            return " ".join(words[:i])
    return name


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines of `text` written in title case, as headlines are (words.is_title_case_line)."""
    spans, at = [], 0
    for line in text.split("\n"):
        if is_title_case_line(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _headline_lines(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the headlines of `text`: its title-case lines (see _title_case_lines), and its
    first line when that is the article's `title`, in whatever case ("Widow Corners Senator: only ‘a few’ kept")."""
    spans = _title_case_lines(text)
    first = text.split("\n", 1)[0]
    if title and title.strip() and first.startswith(title.strip().rstrip(".’'\"”!?")) and (0, len(first)) not in spans:
        spans.insert(0, (0, len(first)))
    return spans


def _written_in_story(words: str, text: str, headlines: list[tuple[int, int]], alone: bool = False) -> bool:
    """Whether `words` are written, as capitalised, outside the title-case lines of `text` (`alone`: not run on
    into a capitalised word after them)."""
    after = r"(?!\s*[A-Z])" if alone else ""
    return any(not any(lo <= m.start() < hi for lo, hi in headlines)
               for m in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-]){after}", text))


def before_headline_words(name: str, text: str, title: str | None = None) -> str:
    """A name the article writes only in a headline (see _headline_lines), running on into words of the headline,
    cut to the name the story itself writes ("Trump Addresses Munich Attack" -> "Trump", "Bernie Sanders
    Pins" -> "Bernie Sanders"): cut before the first capitalised word the story never writes so outside a
    headline, when what comes before it is written on its own in the story, and that word is no noun for a person
    (in "Purple Heart Widow Corners Senator" the words before "Widow" describe her: see is_headline_fragment).  A name the
    story never writes ("Reham Mosad", heading a list) stays whole.  A first word the story writes in lower case,
    no given name, only describes the name after it ("Hacker Guccifer" of a story about "the hacker known as Guccifer")."""
    words = name.split()
    if len(words) < 2:
        return name
    headlines = _headline_lines(text, title)
    if not headlines or _written_in_story(name, text, headlines):
        return name
    for i, word in enumerate(words[1:], 1):
        if word[:1].isupper() and not _written_in_story(word, text, headlines):
            if _for_a_person(word):
                return name
            kept = " ".join(words[:i])
            return kept if _written_in_story(kept, text, headlines, alone=True) else name
    rest = " ".join(words[1:])
    if words[0] not in GIVEN_NAME_GENDER and re.search(rf"\b{re.escape(words[0].lower())}\b", text) \
            and _written_in_story(rest, text, headlines):
        return rest  # "Hacker Guccifer" of a story about "the hacker known as Guccifer"
    return name


def _for_a_person(word: str) -> bool:
    """Whether a capitalised word is a noun for a person, a title or a relative ("Mom", "Aide", "Senator")."""
    return _describes(word) or word.lower() in KINSHIP


def only_describes(name: str) -> bool:
    """Whether a name ends in a word that only describes (a title, a noun for people, a party's member): "Wexford
    Republican", "Harbour Board Vice President"; such words the extractor found no one for name no one."""
    words = name.split()
    return bool(words) and _describes(words[-1])


def is_headline_fragment(name: str, kind: str, text: str, title: str | None = None) -> bool:
    """Whether a name is words of a headline, no one's: written in a headline of `text` (see _headline_lines) and
    never in its story, and holding a headline's verb or a noun for a person ("Purple Heart Widow", "Mayor's Aide"),
    or, for a person, a word the article writes in lower case, no given name ("Widow Corners Senator" of "… a widow
    …"), or, for a document, its noun that the story writes in lower case ("Popular Website" of "… the website …").
    A name the story never writes but made only of names stays one ("Tomas Ferrel Vanko", heading a list)."""
    words = [w for w in name.split() if w[:1].isupper()]
    headlines = _headline_lines(text, title)
    if len(name.split()) < 2 or not headlines or _written_in_story(name, text, headlines) \
            or not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        return False

    def in_lower_case(word: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None

    return any(w in HEADLINE_VERBS or _for_a_person(w) for w in words) or kind in ("person", "unknown") \
        and any(w not in GIVEN_NAME_GENDER and in_lower_case(w) for w in words) \
        or kind == "document" and bool(words) and words[-1].lower() in DOCUMENT_NOUNS and in_lower_case(words[-1])


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


def is_no_ones_name(name: str, kind: str, text: str | None = None, title: str | None = None) -> bool:
    """Whether a speaker name names no one: a code ("EB-5"), words holding markup ('Harbour Lights” Star'), a place
    taken for a person ("United States"), a live post's label or a bare document ("Latest", "Transcript"), words
    that only describe ("Retired General", "Democratic source", "Some Democrats", "Another Muslim") or name a
    people ("Japanese", "Russians"), or, given the article's text (and title), an ordinary word or words of a
    headline (see is_headline_fragment)."""
    words = name.split()
    if not words or all(_CODE.match(w) for w in words) or _MARKUP.search(name):
        return True
    if kind in ("person", "unknown") and name_key(name) in _places():
        return True
    if len(words) == 1 and (name.lower() in MEDIA_LABELS or kind == "document" and name.lower() in DOCUMENT_NOUNS):
        return True  # "The Latest: …" of a live blog; "Transcript as follows:"
    if len(words) > 1 and words[-1].lower() in DOCUMENT_NOUNS and all(_NUMBERING.match(w) for w in words[:-1]):
        return True  # a numbered heading of a document: "II. Findings", "Part IV Report"
    if (kind in ("person", "unknown") or words[-1].endswith("s") or words[0].lower() in _describing()
            or name_key(name) in _nationalities()) and all(_describes(w) for w in words):  # not "White House"
        return True
    return text is not None and (is_ordinary_word(name, text) or is_headline_fragment(name, kind, text, title))
