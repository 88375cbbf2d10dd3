"""How sure a speaker's canonical name is, once the right mention was chosen.

The speaker model's confidence is the chance that the quotation went to the right mention ("he",
"the judge", "Mr Pritchard"); the name given to that mention can still be wrong (the other
Pritchard, a surname never joined to its full name, a role with no one behind it).  A small
logistic model (data/name_model.json, built by benchmarks/train_name_model.py from the project's
blind predictions on its own held-out articles) gives the chance that the name is right from what
the name looks like and how it was found; a quotation's confidence is the product of the two.
"""
from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from .. import data
from . import lexicon
from .body_mentions import body_end_words
from .person_mentions import HYPHENATED_GIVEN
from .records import Quote

MODEL_FILE = "name_model.json"
#: How a mention was resolved to a name (records.Quote.resolved), each one feature.
RESOLUTIONS = ("name", "pronoun", "surname", "nominal", "unresolved", "inherited")
FEATURES = ("bias",) + RESOLUTIONS + ("person", "body_word", "written_so", "one_word", "lower_case", "title_first",
                                      "mention_is_name", "many_speakers", "first_word_lower", "bare_surname",
                                      "shares_family_name", "acronym_first", "another_given_name", "unlisted_first",
                                      "unlisted_opening", "four_words")
#: A body's initials opening a name ("PSNI spokesperson", "RCMP"), which a reader's canonical name often spells out.
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
#: An article quoting this many different speakers or more.
MANY_SPEAKERS = 4


def first_word_lower(words: list[str], text: str) -> bool:
    """Whether the first word of a person's name of two words or more is an ordinary word the article also
    writes in lower case ("Custodian Harold Jeffcoat" after "the custodian")."""
    if not (len(words) > 1 and words[0][:1].isupper()):
        return False
    word = words[0].lower()  # (a plain substring test first: the regular expression scans the whole article)
    return word in text and re.search(rf"\b{re.escape(word)}\b", text) is not None


def bare_surname(words: list[str]) -> bool:
    """Whether a name of two words or more is a surname alone, its words before the last all particles
    ("Ní Bhraonáin", "Te Wharau"; not an abbreviation written in capitals, "DI McCaig")."""
    return len(words) > 1 and all(w.lower() in lexicon.NAME_PARTICLES and not (len(w) > 1 and w.isupper())
                                  for w in words[:-1])


def shares_family_name(words: list[str], article_names: set[str]) -> bool:
    """Whether another speaker of the article has the last word of this name of two words or more as theirs
    ("Moira Carmody" beside "Elspeth Carmody"): a surname or "she" may have gone to the wrong one."""
    return len(words) > 1 and any(other != " ".join(words) and other.split()[-1] == words[-1] and len(other.split()) > 1
                                  for other in article_names)


@functools.lru_cache(maxsize=1024)
def another_given_name(words: tuple[str, ...], text: str) -> bool:
    """Whether the article writes the family name of this name of two words or more beside a capitalised word that is
    not in the name, not a title, role, trade or common word, nor a word it also writes in lower case ("Mele Vaipulu"
    in an article about Sione Vaipulu; "Lam Wai-man" beside Lam Kwok-wah, the family name first): a relative of that
    name may be the one who spoke.  Kept per name and article: asked for every quotation of the speaker."""
    if len(words) < 2:
        return False
    first = HYPHENATED_GIVEN.fullmatch(words[-1]) is not None  # (a given name of Hong Kong or Taiwan after the family name)
    family = words[-2] if first else words[-1]
    if family not in text:
        return False
    pattern = rf"\b{re.escape(family)} ([A-Z][a-z]+-[a-z]+)\b" if first else rf"\b([A-Z][\w'’-]*) {re.escape(family)}\b"
    for match in re.finditer(pattern, text):
        word, low = match.group(1), match.group(1).lower().rstrip(".")
        if word not in words and low not in lexicon.TITLES and low not in lexicon.ROLE_WORDS \
                and low not in lexicon.OCCUPATIONS and low not in STOP_WORDS \
                and not re.search(rf"\b{re.escape(word.lower())}\b", text):
            return True
    return False


def unlisted_first(words: list[str]) -> bool:
    """Whether a name of three words or more opens with a word that is no listed given name (nor a family name
    written first) before a listed given name: a style or title the lexicons lack may have stayed in it
    ("Conseillère Sylvie Chiasson", "Convener Paul Steele"), though the word is as often a given name ("Dil Maya
    Rokaya")."""
    return len(words) >= 3 and words[0] not in lexicon.GIVEN_NAME_GENDER and words[0] not in lexicon.FAMILY_FIRST_NAMES \
        and words[1] in lexicon.GIVEN_NAME_GENDER


def unlisted_opening(words: list[str]) -> bool:
    """Whether a name of three words or more opens with a word that is no listed given name nor family name written
    first, whatever follows it ("Meme Hileni Nakale", "Diyawadana Nilame Pradeep Ekanayake"; but as often "Kwesi
    Annan Mensah", a given name the list lacks)."""
    return len(words) >= 3 and words[0] not in lexicon.GIVEN_NAME_GENDER and words[0] not in lexicon.FAMILY_FIRST_NAMES


def features(name: str, resolved: str | None, kind: str, mention: str | None, text: str,
             article_names: set[str]) -> list[float]:
    """What the name model reads: how the name was found, whether a body's name holds a word that names
    bodies ("Ministry", "Union"; not "CFO" or "Republican"), whether the article writes it so, whether
    it is one word or lower case, whether it begins with a title, role or determiner ("Cde Farai Mutasa",
    "Health minister", "His mother"; a rank stays in a name by convention), whether the mention as written
    is the name itself, how many speakers the article quotes, for a person whether the name begins with an
    ordinary word, is a surname alone, shares its surname with another speaker or with another given name the article
    writes, opens with an unlisted word (before a given name or not) or has four words or more (see the helpers above),
    and whether it opens with a body's initials."""
    words, person = name.split(), kind == "person"
    values = [1.0] + [resolved == r for r in RESOLUTIONS]
    body_word = not person and any(w.lower() in body_end_words() for w in words)
    first = words[0].lower()
    title_first = len(words) > 1 and first.rstrip(".") in lexicon.TITLES and first not in lexicon.RANKS
    values += [person, body_word, name in text, len(words) == 1, name[:1].islower(), title_first,
               mention == name, len(article_names) >= MANY_SPEAKERS]
    values += [person and first_word_lower(words, text), person and bare_surname(words),
               person and shares_family_name(words, article_names), _ACRONYM.fullmatch(words[0]) is not None,
               person and another_given_name(tuple(words), text), person and unlisted_first(words),
               person and unlisted_opening(words), person and len(words) >= 4]
    return [float(v) for v in values]


@functools.cache
def load() -> dict[str, float]:
    """The shipped model: feature name -> weight."""
    raw = json.loads(resources.files(data.__name__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return dict(zip(raw["features"], raw["weights"]))


def probability(weights: dict[str, float], values: list[float]) -> float:
    z = sum(weights.get(name, 0.0) * v for name, v in zip(FEATURES, values))
    return 1 / (1 + math.exp(-z))


def answer_of(record: dict) -> tuple[str | None, str | None, str, str | None]:
    """What the name model reads of a quotation record (Quote.to_dict()): name, resolved, kind, mention as written."""
    return (record.get("speaker_name"), record.get("resolved"), record.get("speaker_kind", ""),
            (record.get("speaker") or {}).get("text"))


def chances(answers: list[tuple[str | None, str | None, str, str | None]], text: str) -> list[float]:
    """For each answer of an article (name, resolved, kind, mention as written), the chance that its
    name is right (1.0 where there is no speaker)."""
    weights = load()
    names = {name for name, _, _, _ in answers if name}
    return [probability(weights, features(name, resolved, kind, mention, text, names)) if name else 1.0
            for name, resolved, kind, mention in answers]


def apply(quotes: list[Quote], text: str) -> None:
    """Scale each named speaker's confidence by the chance that its name is right."""
    answers = [(q.speaker_name, q.resolved, q.speaker_kind, q.speaker.text if q.speaker is not None else None)
               for q in quotes]
    for q, chance in zip(quotes, chances(answers, text)):
        q.confidence = round(q.confidence * chance, 3)
