"""Which capitalised mentions name bodies, and how far a body's name reaches (for speaker_book.py).

The tagger cuts bodies' names short ("the Centre" of "the Centre for Towns Renewal"), takes them for
people ("Halvorsen Foods") or runs a place into them ("St Ciarán's University Hospital in Athlone").
A run of capitalised words names a body when it ends in a word only organisations end in
(data/body_words.tsv) or has one before "of", "for" or "and" ("Royal College of Nursing"),
follows a noun for a business ("food maker Halvorsen Foods") or is spelled out before its acronym
("Bruhat Bengaluru Mahanagara Palike (BBMP)"). An acronym stands for the name whose initials it spells.
"""
from __future__ import annotations

import functools
import unicodedata

import regex

from .. import data
from ..words import APOSTROPHE_S, CLOCK, POSSESSIVE_TOKENS, capital_name, is_title_case_line
from .gaelic_bodies import GAELIC_ARTICLES
from .lexicon import (
    ARTICLES,
    BUSINESS_NOUNS,
    DEMONYMS,
    FAMILY_NAMES_TOO,
    FIELD_WORDS,
    GENERIC_BODY_NOUNS,
    GIVEN_NAME_GENDER,
    GROUP_NOUNS,
    HEADLINE_VERBS,
    KIND_INITIALS,
    NON_BUSINESS_HEADS,
    OCCUPATIONS,
    REPORTING_FORMS,
    ROLE_WORDS,
    SPEAKING_TO,
    SPOKESPERSON_NOUNS,
    TITLES,
)

#: Lower-case words that join the words of one body's name.
LINKS = frozenset(("of", "for", "and", "&"))
#: Prepositions that start a place after a body's name ("… Hospital in Athlone"): no part of the name.
#: Narrower than grammar's place prepositions on purpose: "on" belongs to names ("Council on Foreign Relations").
_PLACE_PREPS = frozenset(("in", "at", "near"))
#: Words for the areas a local council serves, two of which "and" joins in one council's name ("Limerick City and
#: County Council").
AREA_WORDS = frozenset(("city", "county", "borough", "district", "town", "municipal", "regional", "shire"))
#: Entity types of the words a body's name may end with after "of" or "for" ("of Kenya", "for Lower Lusatia").
_PLACE_ENTS = frozenset(("GPE", "LOC", "FAC", "NORP", ""))


@functools.cache
def body_end_words() -> frozenset[str]:
    """Lower-case words that end organisations' names and not people's ("foods", "college")."""
    return frozenset(row[0] for row in data.rows("body_words.tsv"))


def is_acronym(text: str) -> bool:
    """An acronym as written: two to six capital letters ("ACCC", "BBMP")."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def is_mixed_acronym(text: str) -> bool:
    """An acronym with the lower-case initial of a linking word inside ("TfL", "DfE", "DoH"): three to six letters,
    opening and ending in a capital."""
    return 3 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and text[-1].isupper() and not text.isupper()


def is_bracketed_acronym(text: str) -> bool:
    """An acronym an article spells out before it in brackets: all capitals, or mostly capitals with a few
    lower-case letters of the words ("Kenya Rural Roads Authority (KeRRA)", "Department for Education (DfE)")."""
    capitals = sum(c.isupper() for c in text)
    return is_acronym(text) or 2 <= len(text) <= 8 and text.isalpha() and text[0].isupper() \
        and capitals >= 2 and capitals > len(text) - capitals


def initials(name: str) -> str:
    """The capitals an acronym of `name` would spell: its capitalised words' first letters (the capital after the
    lower-case prefix of "iTaukei", "eThekwini")."""
    return "".join(w[0] if w[:1].isupper() else w[1] for w in name.replace("-", " ").split()
                   if w[:1].isupper() or _PREFIXED_CAPITAL.match(w))


def written_out(acronym: str, text: str) -> str | None:
    """The capitalised words of `text` that write out an acronym of three letters or more as a body's name, small
    link words between them and one of them a word bodies' names end in ("The Uganda National Roads Authority says …"
    of "UNRA", "Natural Resources Wales" of "NRW"; not a person's "Sarah Jane Mitchell" of "SJM", nor an office's
    "Deputy Prime Minister" of "DPM"); else None."""
    if not 3 <= len(acronym) <= 6 or not acronym.isalpha():
        return None
    words = r"(?:\s+(?:of|and|for|the|on)\s+|\s+)".join(rf"{c}[\p{{L}}'\u2019-]+" for c in acronym)
    return next((found.group() for found in regex.finditer(rf"\b{words}\b", text)
                 if any(w.lower() in body_end_words() for w in found.group().split())), None)


#: A name's word written with a lower-case prefix before its capital ("iTaukei", "eThekwini", "uMngeni").
_PREFIXED_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}")


def joins_words(tok) -> bool:
    """A hyphen written between two words without spaces ("Morgan-Evans", "Anti-Corruption")."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _in_name(tok) -> bool:
    """A word that may stand inside a body's name: capitalised (after a lower-case prefix too: "iTaukei Land
    Trust Board"), a possessive ("St Ciarán's") or a link."""
    return tok.text[:1].isupper() or tok.text in POSSESSIVE_TOKENS or tok.lower_ in LINKS \
        or bool(_PREFIXED_CAPITAL.match(tok.text))


#: Nouns for a body of members that a name set beside them, a comma between, names ("The union, X,").
_APPOSED_BODY_NOUNS = frozenset(("union", "association", "federation", "alliance", "coalition", "league", "trust",
                                 "foundation", "party", "campaign"))


def apposed_noun(name):
    """The noun a name in apposition stands beside: its head, or the noun a clause describes whose plural object, which
    a name cannot be of, the parser hangs the name on ("The union representing ferry crews, Nautilus Channel,":
    "union"; not "The coalition backing the governor, Obaseki,")."""
    noun = name.head
    return noun.head.head if clause_object(noun) else noun


def clause_object(noun) -> bool:
    """Whether `noun` is the plural object, in lower case, of a clause describing another noun ("ferry crews" of "The
    union representing ferry crews"): no name set beside it is its own."""
    return noun.dep_ == "dobj" and noun.tag_ == "NNS" and noun.text.islower() and noun.head.dep_ == "acl"


def names_body(doc, lo: int, hi: int) -> bool:
    """Whether the capitalised words doc[lo:hi] name a body rather than a person (`doc`: the Doc, or the list
    of its tokens, which is faster to index: only indexed and sliced here)."""
    words = [t for t in doc[lo:hi] if t.lower_ not in ARTICLES]
    if not words:
        return False
    last = words[-1].lower_.rstrip(".")  # "Redfern Appliances Inc."
    if last in body_end_words():
        return True  # "Torran Aquaculture"
    if (last in GENERIC_BODY_NOUNS or last[:-1] in GENERIC_BODY_NOUNS) and not _given_and_surname(words):
        return True  # "Kaweka Timber Processors", not the surname of "Trevor Banks"
    if len(words) >= 2 and words[0].text == "Air" and words[1].lower_ not in TITLES and words[1].lower_ not in ROLE_WORDS:
        return True  # an airline: "Air Niugini", "Air Tanzania" (not "Air Marshal Anil Chopra")
    if len(words) >= 2 and any(t.lower_ in FIELD_WORDS or t.lower_ in body_end_words() for t in words[:-1]) \
            and _is_place(words[-1].text):
        return True  # "Meat Industry Ireland", "Horse Racing Ireland", "Police Scotland": a field or a body's word
        # before a country's name
    link = next((k for k, t in enumerate(words) if t.lower_ in LINKS), None)
    if link is not None and any(t.lower_ in body_end_words() for t in words[:link]) and not _given_and_surname(words[-2:]):
        return True  # "Royal College of Nursing", "Directorate General of Civil Aviation" (not where a person's given
        # name and surname end the words: a portfolio before its holder, "Water and Sanitation CS Esther Nyambura")
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    if before is not None and before.text.islower() and before.lower_ in BUSINESS_NOUNS \
            and not _given_and_surname(words) and not described_as_person(doc, words[-1].i + 1):
        return True  # "operator Ridings Travel", "food maker Halvorsen Foods"; not "plant operator Jordan Fiddler, 29,"
    if len(words) >= 2 and words[0].text in KIND_INITIALS or before is not None and before.text in KIND_INITIALS:
        return True  # "NGO Green Islands"
    if before is not None and before.lower_ == "the" and last == "court" and len(words) >= 2:
        return True  # "the Kerala High Court": "Court" is a surname too, but no one's name takes "the"
    if before is not None and before.lower_ == "the" and _told(words[-1]):
        return True  # "she told the Cornish Echo", "speaking to the Daily Clarion": a paper, never a person
    if before is not None and before.lower_ in GROUP_NOUNS and words[-1].dep_ == "appos" and words[-1].head == before:
        return True  # "the group Tide Rising", not "the campaign Ayotte hoped to run"
    if words[-1].dep_ == "appos" and words[-1].head.lower_ in BUSINESS_NOUNS and words[-1].head.text.islower() \
            and not (words[-1].head.lower_ in _JOBS_TOO and _given_and_surname(words)):
        return True  # "The company, Lagoon Glassworks, said", "The retailer, John Lewis,"; not "the water operator,
        # Darren Charles,"
    if words[-1].dep_ == "appos" and (noun := apposed_noun(words[-1])).lower_ in _APPOSED_BODY_NOUNS \
            and noun.text.islower() and noun.dep_ != "pobj" and not _given_and_surname(words):
        return True  # "The union, Nautilus Channel, said", typed a person's (not "The chairman of the traders'
        # association, Alhaji Sani Bello,", whom the parser may set beside the association)
    if words[-1].dep_ not in ("dobj", "pobj", "dative", "poss") and _followed_by_its(doc, words[-1].i + 1):
        return True  # "Jambo Skyways grounded four of its aircraft"
    after = doc[words[-1].i + 1:words[-1].i + 4]
    return len(after) == 3 and after[0].text == "(" and after[2].text == ")" and is_acronym(after[1].text) \
        and initials(" ".join(t.text for t in words)) == after[1].text


def _is_place(word: str) -> bool:
    """Whether `word` is a place data/places.tsv lists ("Ireland")."""
    from .bodies import places  # (bodies imports this module)
    return word in places()


#: Words for the world's regions that open bodies' names ("European Central Bank", "African Union", "Gulf Cooperation
#: Council").
_REGION_WORDS = frozenset(("European", "African", "Asian", "American", "Arab", "Caribbean", "Pacific", "Atlantic",
                           "Nordic", "Latin", "Gulf", "Commonwealth"))


def is_place_or_people(word: str) -> bool:
    """Whether `word` is a place or a people's adjective data/places.tsv lists ("Ireland", "Irish"), or a region's
    ("European")."""
    return _is_place(word) or word in _place_adjectives() or word in _REGION_WORDS


@functools.cache
def _place_adjectives() -> frozenset[str]:
    """The adjectives data/places.tsv gives places ("Irish")."""
    from .bodies import places  # (bodies imports this module)
    return frozenset(places().values())


def _told(tok) -> bool:
    """Whether the name ending at `tok` is the one words are told or spoken to ("told the Cornish Echo", "said to
    the Echo", "speaking to the Echo"): after "the", a paper or a broadcaster, since no one told is named with an
    article."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        return tok.head.head.lower_ in SPEAKING_TO
    return tok.dep_ in ("dobj", "dative") and REPORTING_FORMS.get(tok.head.lower_) == "tell"


#: Nouns for a business that are a person's job too ("the water operator, Darren Charles,").
_JOBS_TOO = frozenset(("operator", "broker"))


def _given_and_surname(words) -> bool:
    """Whether two words are a person's given name and surname: a listed given name that is no family name
    ("Trevor Banks", "Ella Carrier")."""
    return len(words) == 2 and words[0].text in GIVEN_NAME_GENDER and words[0].text not in FAMILY_NAMES_TOO \
        and words[1].text.istitle()


def _given_name_run(words) -> bool:
    """Whether tokens are a person's name of two or three words from a listed given name that is no family name, its
    parts joined by hyphens counting as one ("Marc-Antoine Duval")."""
    names = [t for t in words if t.text not in ("-", "\u2011")]
    return 2 <= len(names) <= 4 and names[0].text in GIVEN_NAME_GENDER and names[0].text not in FAMILY_NAMES_TOO \
        and all(t.is_alpha and t.text.istitle() for t in names) \
        and all(t.whitespace_ == "" for t in words if t.i + 1 < words.end and words.doc[t.i + 1].text in ("-", "\u2011"))


def _followed_by_its(doc, at: int) -> bool:
    """Whether a verb and then "its" follow token `at` closely, no noun or pronoun between ("… grounded
    four of its")."""
    verb = False
    for tok in doc[at:at + 5]:
        if tok.lower_ == "its":
            return verb
        if tok.pos_ in ("NOUN", "PROPN", "PRON") or tok.is_punct:
            return False
        verb = verb or tok.pos_ in ("VERB", "AUX")
    return False


def business(name: str) -> bool:
    """Whether a body's name may be a business's: no public body, club or union ("Transportation Safety
    Board of Canada", "Carrach Angling Club"); the words before "of" or "for" say what the body is."""
    words = name.lower().split()
    link = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    return not any(w in NON_BUSINESS_HEADS for w in words[:link])


def names_team(doc, lo: int, hi: int) -> bool:
    """Whether doc[lo:hi], an entity of the tagger's, is a team: a plural name of one to three proper nouns
    after "the" ("the Marlins", "The Omaha Stormriders")."""
    if doc[lo].lower_ == "the":
        lo += 1
    elif lo == 0 or doc[lo - 1].lower_ != "the":
        return False
    return 1 <= hi - lo <= 3 and doc[hi - 1].text.endswith("s") and doc[hi - 1].text[-2:-1].isalpha() \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[lo:hi])


def untagged_name(tok) -> bool:
    """A capitalised proper noun the tagger put in no entity ("Mines" of "Department for Energy and Mines")."""
    return capital_name(tok.text) and tok.is_alpha and not tok.ent_type_ and tok.pos_ == "PROPN"


def after_business_noun(doc, lo: int, hi: int, common: frozenset[str]) -> int:
    """The first token of a body's name in doc[lo:hi] after a noun for a business opening the sentence ("Broker" of
    "Broker Danvers Capital cut …"), where the article writes the noun in lower case too ("the broker")."""
    if hi - lo >= 3 and doc[lo].is_sent_start and doc[lo].lower_ in BUSINESS_NOUNS and doc[lo].lower_ in common:
        return lo + 1
    return lo


def irish_article(words: list[str]) -> bool:
    """Whether a name opens with the Irish article "An", a word of the name ("An Garda Síochána", "An Bord
    Pleanála", Scottish Gaelic's "An Comunn Gàidhealach"): a name of three words or more whose last word has a long
    vowel's accent (not "An Údarás na Gaeltachta spokesperson", whose "An" is English)."""
    return len(words) > 2 and words[0] == "An" and _LONG_VOWEL.search(words[-1]) is not None


#: A vowel with the accent Irish (acute) or Scottish Gaelic (grave) writes long.
_LONG_VOWEL = regex.compile(r"[áéíóúàèìòùÁÉÍÓÚÀÈÌÒÙ]")


def body_extent(doc, lo: int, hi: int, common: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The name of the body in doc[lo:hi] (an entity the tagger found): without a leading article or a
    place after it ("St Ciarán's University Hospital in Athlone"), with the words before it and after "and",
    "of" or "for" that the tagger left out ("Eryri" University Health Board, "Department for Energy" and
    "Mines"); `common`: the words the article writes in lower case (see name_start)."""
    while lo < hi - 1 and (doc[lo].lower_ in ARTICLES and not irish_article([t.text for t in doc[lo:hi]])
                           or doc[lo].pos_ == "ADV" and doc[lo].dep_ == "advmod"
                           and not lo <= doc[lo].head.i < hi or CLOCK.fullmatch(doc[lo].text)):
        lo += 1  # "Later the Chamber of Shipping released …", a live page's "3.30pm Bureau warns …"
    if hi - lo > 3 and doc[lo].lower_ == "ex" and doc[lo + 1].text in ("-", "\u2011") and not doc[lo].whitespace_:
        lo += 2  # a headline's "Ex-South Annville Township treasurer": the body is no former one
    lo = name_start(doc, after_business_noun(doc, lo, hi, common), hi, common)
    lo -= saint_before(doc, lo) or possessor_of_place(doc, lo)
    if hi - lo >= 2 and doc[lo].text in KIND_INITIALS:
        lo += 1  # "NGO Green Islands": the body's kind, no word of its name
    if lo >= 2 and doc[lo - 1].lower_ == "and" and doc[lo - 2].text[:1].isupper() \
            and "\n" not in doc[lo - 2].whitespace_ + doc[lo - 1].whitespace_ \
            and (doc[lo].lower_ in AREA_WORDS and doc[lo - 2].lower_ in AREA_WORDS
                 or doc[lo].lower_ in ("district", "districts") and doc[lo].text[:1].isupper()
                 and doc[lo - 2].pos_ == "PROPN" and hi - lo >= 2
                 or doc[hi - 1].lower_ in body_end_words() and (doc[lo - 2].lower_ in body_end_words() or hi < len(doc)
                                                                  and doc[hi].lower_ in SPOKESPERSON_NOUNS
                                                                  or _members_joined(doc, lo, hi)
                                                                  or _unended_body_before(doc, lo - 2, lo)
                                                                  or _places_joined(doc, lo))):
        lo -= 2  # "Limerick City and" + "County Council", "Wide Bay Hospital and" + "Health Service", "Queensland
        # Parks and" + "Wildlife Service spokesman", "Soshanguve and" + "Districts Taxi Council", with the place's name
        # before it
        while lo > 0 and (t := doc[lo - 1]).is_alpha and t.text[:1].isupper() and "\n" not in t.whitespace_ \
                and t.lower_ not in TITLES and (t.lower_ not in common or t.ent_type_ == "ORG") \
                and t.ent_type_ not in ("DATE", "TIME"):
            lo -= 1  # (a word the article writes in lower case too, inside the tagger's body: "Flood" of "Flood Forecasting")
    if lo >= 2 and doc[lo - 1].lower_ == "and" and _is_place(f"{doc[lo - 2].text} and {doc[lo].text}"):
        lo -= 2  # "Trinidad and" + "Tobago Chamber of Industry and Commerce": one listed place's name
    if lo >= 2 and doc[lo - 1].text in GAELIC_ARTICLES and doc[lo - 2].is_alpha and doc[lo - 2].text.istitle() \
            and "\n" not in doc[lo - 2].whitespace_ + doc[lo - 1].whitespace_:
        lo -= 2  # "Bòrd na" + "Gàidhlig", "Comhairle nan" + "Eilean Siar": a Gaelic name's article inside it
    if lo >= 2 and _named_for_before(doc, lo):
        lo -= 2  # "Transport for" + "NSW", which the tagger typed a body alone
    if lo >= 2 and doc[lo - 1].lower_ == "and" and _joined_first_word(doc, lo - 2) and doc[hi - 1].lower_ in body_end_words():
        lo -= 2  # "operator Clyde" + "and Isles Ferries": one business's name, the word before "and" no body
    if hi < len(doc) and hi - 1 > lo and doc[hi - 1].lower_ in LINKS and doc[hi].pos_ == "PROPN" \
            and doc[hi].is_alpha and doc[hi].text.istitle() and doc[hi].lower_ not in TITLES:
        hi += 1  # "Scottish Ferries and" + "Harbours" (untagged, or the tagger's name of one word)
        while hi < len(doc) and untagged_name(doc[hi]):
            hi += 1
    while hi + 1 < len(doc) and doc[hi].lower_ in LINKS and doc[hi].text.islower() and untagged_name(doc[hi + 1]):
        end = hi + 2  # "Department for Energy" + "and Mines"
        while end < len(doc) and untagged_name(doc[end]):
            end += 1
        if end + 1 < len(doc) and doc[end].text.islower() and (doc[end].lower_ in OCCUPATIONS or doc[end].lower_ in TITLES) \
                and doc[end + 1].ent_type_ == "PERSON" and not any(t.lower_ in ("of", "for") for t in doc[lo:hi]):
            break  # "the Pakistan Cricket Board and Test captain Hasnain Qureshi": a person named by their role, not
            # a portfolio ("Department of Trade and Industry minister X")
        hi = end
        if hi + 1 < len(doc) and doc[hi].text in ("'", "\u2019") and doc[hi - 1].lower_.endswith("s") \
                and doc[hi + 1].lower_ in body_end_words() and doc[hi + 1].text.istitle():
            hi += 2  # "Queensland Nurses and Midwives" + "' Union"
    if hi + 2 < len(doc) and doc[hi].lower_ == "and" and doc[hi + 1].lower_ == "the" \
            and (untagged_name(doc[hi + 2]) or doc[hi + 2].ent_type_ == "NORP" and doc[hi + 2].pos_ == "PROPN") \
            and doc[hi + 2].lower_ not in body_end_words() and not (hi + 3 < len(doc) and doc[hi + 3].text[:1].isupper()) \
            and any(t.lower_ in ("of", "for") for t in doc[lo:hi]):
        hi += 3  # "Ministry of Water Resources" + "and the Environment": a portfolio, not a second body (also "and the
        # Marine" of "Department of Agriculture, Food", the tagger's people)
    if hi < len(doc) and hi - lo >= 3 and doc[hi - 1].dep_ == "compound" and doc[hi - 1].head.i == hi \
            and doc[hi].text.istitle() and doc[hi].is_alpha and any(t.lower_ == "of" for t in doc[lo:hi]) \
            and doc[hi - 1].tag_ != "NNPS" and doc[hi - 1].lower_ not in body_end_words():
        hi += 1  # "the Office of the Prime" + "Minister": the word the last one is a part of (not "Board of
        # Trustees" + "Chair", a role after the name)
    if names_body(doc, lo, hi):  # "the Fuel Retailers Association" + "of Kenya"
        hi = linked_place_end(doc, hi)
    hi = portfolio_end(doc, lo, hi)
    if hi - lo >= 3 and hi < len(doc) and doc[hi].lower_ in _BRANCH_WORDS and doc[hi].text.islower() \
            and doc[hi - 1].lower_ not in body_end_words() and doc[hi - 2].lower_ in body_end_words():
        hi -= 1  # "Kenya Red Cross Society" + "Nyanza regional coordinator": the branch's place, no word of the name
    for i in range(lo + 1, hi - 1):
        if doc[i].lower_ in _PLACE_PREPS and doc[i].text.islower() and doc[i + 1].text[:1].isupper():
            return lo, i
    return lo, _bracket_closed(doc, lo, hi)


#: Lower-case words after a body's branch's place, before a role there ("regional coordinator", "county chair").
_BRANCH_WORDS = frozenset(("regional", "region", "county", "provincial", "province", "branch", "chapter", "district",
                           "state"))


def _members_joined(doc, lo: int, hi: int) -> bool:
    """Whether a body named by its members and its kind ("Exporters Association") follows other members and "and"
    ("Garment Manufacturers and"): one body of both ("Garment Manufacturers and Exporters Association")."""
    return hi - lo == 2 and _plural_name_word(doc[lo]) and _plural_name_word(doc[lo - 2])


def _plural_name_word(tok) -> bool:
    """A capitalised plural noun for members ("Manufacturers", "Growers")."""
    return tok.is_alpha and tok.text.istitle() and tok.tag_ == "NNPS" or tok.text.istitle() and tok.lower_.endswith("ers")


def _named_for_before(doc, lo: int) -> bool:
    """Whether a capitalised noun and "for" before token `lo` open the body's name that starts there ("Transport for"
    + "NSW"): the noun no title nor role ("Minister for", "Spokesperson for"), the first capitalised word of its run,
    and "for" its own and the name's head."""
    noun, prep = doc[lo - 2], doc[lo - 1]
    return prep.lower_ == "for" and prep.dep_ == "prep" and prep.head.i == noun.i and doc[lo].head.i in (prep.i, lo) \
        and noun.is_alpha and noun.text.istitle() and noun.lower_ not in TITLES and noun.lower_ not in SPOKESPERSON_NOUNS \
        and noun.ent_type_ != "PERSON" and noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in _ROLE_NOUNS_FOR \
        and "\n" not in noun.whitespace_ + prep.whitespace_ \
        and (lo == 2 or not doc[lo - 3].text[:1].isupper() or doc[lo - 3].is_sent_start or doc[lo - 3].lower_ in ARTICLES)


#: Nouns of people that "for" a place or a body may follow ("Member for Foyle", "Candidate for Ward 3").
_ROLE_NOUNS_FOR = frozenset(("member", "candidate", "mla", "mp", "td", "msp", "ms", "mhk", "advocate", "counsel",
                             "solicitor", "barrister", "attorney", "lawyer", "ambassador", "envoy", "commissioner"))


def _bracket_closed(doc, lo: int, hi: int) -> int:
    """The end of a body's name doc[lo:hi] with its bracket closed: the ")" the tagger left out after a division
    written in brackets ("Ministry of Energy (Petroleum Division" + ")"), else the name cut before an open "(" that
    no ")" closes."""
    opened = next((i for i in range(hi - 1, lo - 1, -1) if doc[i].text in ("(", ")")), None)
    if opened is None or doc[opened].text == ")":
        return hi
    if hi < len(doc) and doc[hi].text == ")" and "\n" not in doc[opened:hi].text:
        return hi + 1
    return opened if opened > lo else hi


def portfolio_end(doc, lo: int, hi: int) -> int:
    """Where a ministry's name in doc[lo:hi] ends with the rest of its list of portfolios, which commas and a
    last "and" join ("Ministry of Housing" + ", Communities and Local Government", "Department for Energy
    Security" + ", Net Zero and Industrial Strategy", "Department of Agriculture, Food" + "and the Marine"), on one
    line; `hi` where no such list follows."""
    if not any(t.lower_ in ("of", "for") and t.text.islower() for t in doc[lo:hi]):
        return hi
    end, listed = hi, any(t.text == "," for t in doc[lo:hi])  # (the tagger may take in the list's first words)
    while end + 1 < len(doc) and doc[end].text == "," and _portfolio_word(doc[end + 1]):
        end, listed = end + 1, True
        while end < len(doc) and _portfolio_word(doc[end]):
            end += 1
    the = end + 2 < len(doc) and doc[end + 1].text == "the" and _portfolio_word(doc[end + 2])  # "… and the Marine"
    if not listed and doc[end].text == "and" and (n := _second_portfolio(doc, end)):
        return end + 1 + n if "\n" not in doc[hi:end + 1 + n].text else hi
    if listed and end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end].text.islower() \
            and (the or _portfolio_word(doc[end + 1])):
        end += 1 + the
        while end < len(doc) and _portfolio_word(doc[end]):
            end += 1
        return end if "\n" not in doc[hi:end].text else hi
    return hi


def _second_portfolio(doc, i: int) -> int:
    """How many words of a second portfolio "and" at token i joins to a ministry's name ("Roads" + "and Highways",
    "Lands" + "and Mineral Resources"): one to three words in title case, none a given name or title, where the
    name ends (none of "the Ministry of Defence and Lockheed Martin", "and BAE Systems"); 0 where it joins none."""
    if i + 1 >= len(doc):
        return 0
    n = 0
    while i + 1 + n < len(doc) and doc[i + 1 + n].text.istitle() and doc[i + 1 + n].is_alpha:
        if doc[i + 1 + n].text in GIVEN_NAME_GENDER and doc[i + 1 + n].ent_type_ != "ORG" or doc[i + 1 + n].lower_ in TITLES:
            return 0  # (but "Marine" of "Marine Resources", typed a body's)
        n += 1
    after = doc[i + 1 + n] if i + 1 + n < len(doc) else None
    return n if 1 <= n <= 3 and (after is None or not after.text[:1].isupper()) else 0


def _portfolio_word(tok) -> bool:
    """A capitalised word of a portfolio's name, no person's ("Communities", "Net", "Zero"), or the hyphen inside one
    ("Non-Metallic")."""
    doc = tok.doc
    if joins_words(tok) and tok.i < len(doc) - 1:
        return _portfolio_word(doc[tok.i + 1])
    return tok.is_alpha and tok.text[:1].isupper() and not _named_person(tok) and tok.lower_ not in TITLES


def _named_person(tok) -> bool:
    """Whether the tagger's person at `tok` may be someone: a name of two words or more ("Rubber" of "Chemical,
    Footwear, Rubber, Leather and …" and "Marine" of "Food and the Marine", typed a person's alone, are none)."""
    if tok.ent_type_ != "PERSON":
        return False
    doc = tok.doc
    return tok.ent_iob_ == "I" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"


def _places_joined(doc, lo: int) -> bool:
    """Whether "and" before token `lo` joins two places the body's name serves, no body's before it ("Hull and" + "East
    Yorkshire Chamber of Commerce", "Causeway Coast and" + "Glens Borough Council"): proper nouns on each side, the
    first a place's or untyped and no word bodies' names end in, the second no person's, neither a country or a
    people; the first place no verb's object nor after "in", and no "between" or "from" before it."""
    first, second = doc[lo - 2], doc[lo]
    if not (first.pos_ == "PROPN" and second.pos_ == "PROPN" and first.ent_type_ in ("GPE", "LOC", "FAC", "")
            and second.ent_type_ != "PERSON" and first.lower_ not in body_end_words()) \
            or is_place_or_people(first.text) or is_place_or_people(second.text):
        return False  # (not two countries' bodies: "Ghana and Nigeria Police")
    start = lo - 2
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    head = name_head(first)
    return not any(t.lower_ in ("between", "from", "both") for t in doc[max(0, start - 3):start]) \
        and head.dep_ != "dobj" and not (head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS) \
        and not (start > 0 and doc[start - 1].pos_ in ("VERB", "AUX"))
    # (not "Heavy rain hit Leeds and Bradford Council said …", "Flooding in Leeds and Bradford Council tenants …")


#: Prepositions of where something is or goes, before a place no body's name holds ("in Leeds").
_PLACE_PREPOSITIONS = frozenset(("in", "into", "across", "around", "near", "to", "through", "throughout"))


def name_head(tok, deps: tuple[str, ...] = ("compound", "flat")):
    """The token heading the name `tok` is a word of ("Side" of "Moss Side"): up the parse through `deps`, not past the
    sentence's root (whose head is itself; compared by index, as spaCy makes a new Token on each access)."""
    while tok.dep_ in deps and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _unended_body_before(doc, i: int, after: int) -> bool:
    """Whether the tagger's body name ending at token i, of two words or more on one line, holds no word bodies' names
    end in, and the name after "and" (from token `after`) opens with no place nor people, so that they are one body's
    name ("Khyber Pakhtunkhwa Elementary" + "and Secondary Education Department"; not "Aer Lingus and Dublin Airport
    Authority", "The Federal Reserve and European Central Bank", nor "Ryanair and …")."""
    if doc[i].ent_type_ != "ORG" or doc[after].ent_type_ in ("GPE", "LOC", "NORP") or is_place_or_people(doc[after].text):
        return False
    lo = _tagged_body_start(doc, i + 1)
    return i > lo and not any(t.lower_ in body_end_words() for t in doc[lo:i + 1])


def _joined_first_word(doc, i: int) -> bool:
    """Whether the capitalised word at token i, before "and" and a body's name, opens that name: it stands alone
    after a noun for a business or an article ("operator Clyde and Isles Ferries", "the Clyde and Isles …"), on
    one line with it; or a place or people opening the sentence ("Scottish and Southern Electricity Networks said",
    "Newfoundland and Labrador Health Services"; not two countries: "Ghana and Nigeria Police said")."""
    before = doc[i - 1] if i > 0 else None
    return doc[i].is_alpha and doc[i].text.istitle() and doc[i].lower_ not in TITLES \
        and (before is not None and (before.lower_ in BUSINESS_NOUNS and before.text.islower() or before.lower_ in ARTICLES)
             or doc[i].ent_type_ in ("GPE", "NORP", "LOC") and (doc[i].is_sent_start or before.is_space)
             and not (_is_place(doc[i].text) and _is_place(doc[i + 2].text))) \
        and "\n" not in doc[i].whitespace_ + doc[i + 1].whitespace_


def linked_place_end(doc, hi: int) -> int:
    """Where a body's name ending before token `hi` ends, with the place or name after "of" or "for" that the
    tagger left out of it ("Association" + "of Kenya", "Alternative" + "for Lower Lusatia"), on the same line; a
    hyphenated place ("for Saxony-Anhalt") whole, even where the tagger took it alone for a body."""
    end = hi
    if hi + 1 < len(doc) and doc[hi].lower_ in ("of", "for") and doc[hi].text.islower() \
            and "\n" not in doc[hi - 1].whitespace_ + doc[hi].whitespace_:
        end = hi + 1
        body_after = doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "ORG"  # the place, taken for a body
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha \
                and (doc[end].ent_type_ in _PLACE_ENTS or body_after and doc[end].ent_type_ == "ORG") \
                and "\n" not in doc[end - 1].whitespace_:
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
                end += 1  # "Saxony" + "-" + "Anhalt"
    return end if end > hi + 1 else hi


def name_start(doc, lo: int, hi: int, common: frozenset[str] = frozenset()) -> int:
    """Where the name of the body in doc[lo:hi] starts, with the capitalised words before it that the tagger
    left out but the parse joins to it ("Eryri" of "Eryri University Health Board", "St Kenna" of "St Kenna
    Parish Council"), on the same line: no title, nor a word the article writes in lower case elsewhere
    (`common`: "Brokerage Kotwal Securities said", "the brokerage"), nor a headline's verb ("… Slams Harbour Board")."""
    while lo > 0 and (t := doc[lo - 1]).pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ == "compound" \
            and lo <= t.head.i < hi and "\n" not in t.whitespace_ and t.lower_.rstrip(".") not in TITLES \
            and t.ent_type_ not in ("ORG", "DATE", "TIME", "CARDINAL") and t.lower_ not in common \
            and not _headline_verb(t):
        lo -= 1
    return lo


def spelled_out(doc, at: int) -> tuple[int, int] | None:
    """The words an acronym in brackets at token `at` ("(BBMP)") stands for, just before it; also a short name
    written as a word whose every letter is an initial of those words, commas between them allowed ("Department for
    Environment, Food and Rural Affairs (Defra)")."""
    acronym = doc[at].text
    if not (0 < at < len(doc) - 1 and doc[at - 1].text == "(" and doc[at + 1].text == ")"):
        return None
    word = not is_bracketed_acronym(acronym)
    if word and _camel_case(acronym):
        whole = _body_named_before(doc, at - 1)  # ("Malaysian Meteorological Department (MetMalaysia)")
        return whole if whole is not None and _capitals_open_words(acronym, doc[whole[0]:whole[1]]) else None
    if word and not (acronym.istitle() and acronym.isalpha() and 4 <= len(acronym) <= 8):
        return None
    acronym = acronym.upper() if word else acronym
    hi = lo = at - 1
    loose = None
    while lo > 0 and (_in_name(doc[lo - 1]) or joins_words(doc[lo - 1]) or word and doc[lo - 1].text == ","
                      or doc[lo - 1].lower_ in _NAME_PARTICLES | _INNER_LINKS and lo > 1 and _in_name(doc[lo - 2])) \
            and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
        if doc[lo].lower_ in LINKS or doc[lo].text in ("-", ",") or doc[lo].lower_ in _NAME_PARTICLES | _INNER_LINKS:
            continue
        if acronym == _unaccented(initials(doc[lo:hi].text)) or not word and acronym == "".join(
                _unaccented(t.text[0]).upper() for t in doc[lo:hi] if t.is_alpha) \
                or spelled_by_openings(acronym, [_unaccented(t.text) for t in doc[lo:hi] if t.is_alpha]):
            return lo, hi  # ("MOM" of "Ministry of Manpower" spells its "of" too; "EDL" of "Électricité du Liban";
            # "TANAPA" of "Tanzania National Parks", "Fomca" of "Federation of Malaysian Consumers Associations")
        if loose is None and not word and spells(acronym, _unaccented(doc[lo:hi].text)):
            loose = lo, hi  # (a word never spells loosely)
    whole = None if word else _body_named_before(doc, at - 1)
    return whole if whole is not None and (loose is None or whole[0] < loose[0]) else loose
    # (the tagger's whole name where the letters spell only its end: "Royal Moroccan Football Federation (FRMF)")


def _camel_case(word: str) -> bool:
    """A short name written as one word of two capitalised parts or more ("MetMalaysia", "NiMet")."""
    return word.isalpha() and 4 <= len(word) <= 12 and word[0].isupper() \
        and any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _capitals_open_words(word: str, name) -> bool:
    """Whether each capital of `word` opens a word of the body's name `name` (tokens), a word for each ("MetMalaysia" of
    "Malaysian Meteorological Department"; not "DeBurca" of "Labour Party")."""
    openings = [t.text[0] for t in name if t.text[:1].isupper()]
    for capital in (c for c in word if c.isupper()):
        if capital not in openings:
            return False
        openings.remove(capital)
    return True


#: Small words inside a body's name in French, Spanish, Italian, Arabic or Bengali ("Électricité du Liban", "Ain o Salish
#: Kendra").
_NAME_PARTICLES = frozenset(("du", "de", "des", "del", "della", "di", "da", "la", "le", "el", "al", "o"))
#: Small English words inside a body's name besides the links ("Commission to Investigate Allegations of Bribery or
#: Corruption", "Council on Foreign Relations").
_INNER_LINKS = frozenset(("to", "or", "on"))


def spelled_by_openings(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is the openings of `words` written one after another, each capitalised word giving one letter
    or more and a small word in lower case giving its opening or nothing ("TANAPA": TAnzania NAtional PArks; "CIABOC":
    Commission to Investigate Allegations of Bribery Or Corruption); case aside, three letters or more."""
    letters = acronym.lower()
    if len(letters) < 3 or not words or not words[0][:1].isupper():
        return False

    def rest(i: int, k: int) -> bool:  # letters[i:] from words[k:]
        if k == len(words):
            return i == len(letters)
        word, optional = words[k].lower(), words[k].islower()
        if optional and rest(i, k + 1):
            return True
        return any(letters[i:i + n] == word[:n] and rest(i + n, k + 1) for n in range(1, min(len(word), len(letters) - i) + 1))

    return rest(0, 0)


def _tagged_body_start(doc, hi: int) -> int:
    """The first token of the body's name the tagger found ending before token `hi`, on one line (`hi` where none
    ends there)."""
    lo = hi
    while lo > 0 and doc[lo - 1].ent_type_ == "ORG" and doc[lo - 1].ent_iob_ in ("B", "I") \
            and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
        if doc[lo].ent_iob_ == "B":
            break
    return lo


def _body_named_before(doc, hi: int) -> tuple[int, int] | None:
    """The body's name of two words or more that the tagger found ending at token `hi`, before a bracketed acronym
    that spells no word of it (the Lithuanian "STT" of "the Special Investigation Service (STT)")."""
    lo = _tagged_body_start(doc, hi)
    while lo < hi and doc[lo].lower_ in ARTICLES and not irish_article([t.text for t in doc[lo:hi]]):
        lo += 1
    if hi - lo >= 2 and doc[lo].ent_iob_ in ("B", "I") and names_body(doc, lo, hi):
        return lo - saint_before(doc, lo), hi
    return None


#: "Saint" as written before a place's or a saint's name that opens a body's name ("St Vincent Electricity Services").
_SAINT = frozenset(("St", "St.", "Saint", "Ste", "Ste."))


#: Nouns for a feature of the land that a place's name puts after a possessive ("Hawke's Bay", "Smith's Island").
_POSSESSED_FEATURES = frozenset(("bay", "island", "islands", "point", "harbour", "harbor", "cove", "creek", "landing",
                                 "vineyard", "end"))


def possessor_of_place(doc, lo: int) -> int:
    """2 where a body's name from token `lo` opens with a place named by a possessive ("Hawke's" + "Bay Regional
    Council"): a capitalised word and its "'s" before a feature of the land; else 0."""
    return 2 * int(lo >= 2 and doc[lo].lower_ in _POSSESSED_FEATURES and doc[lo].text[:1].isupper()
                   and doc[lo - 1].text in POSSESSIVE_TOKENS and not doc[lo - 2].whitespace_
                   and doc[lo - 2].is_alpha and doc[lo - 2].text[:1].isupper())


def saint_before(doc, lo: int) -> int:
    """1 where the word before a body's name that the tagger found from token `lo` is "St" of the place or saint the
    name opens with ("St" + "Vincent Electricity Services Limited"), on the same line; else 0."""
    return int(lo > 0 and doc[lo - 1].text in _SAINT and "\n" not in doc[lo - 1].whitespace_
               and doc[lo].text[:1].isupper() and not doc[lo].is_sent_start)  # (not "… on Bay St." + "Harbour Board said")


def _unaccented(text: str) -> str:
    """`text` without its letters' accents ("Electricite" of "Électricité")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def spells(acronym: str, name: str) -> bool:
    """Whether a bracketed acronym may stand for `name` with a few more of the words' letters than their
    initials ("TASAC" of "Tanzania Shipping Agencies Corporation"): the same first letter, and the
    initials in order within it."""
    caps = initials(name)
    if len(caps) < 2 or acronym[0] != caps[0] or len(acronym) > len(caps) + 2:
        return False
    rest = iter(acronym[1:])
    return all(c in rest for c in caps[1:])


#: The marks that open the lines of a list ("KEY POINTS" over "• ESB Networks says …").
_BULLETS = frozenset("•·▪●■►‣◦*")


def entities(doc) -> list[tuple[int, int, str]]:
    """The tagger's entities as (start, end, label), from after ", the" inside one, with a body's name it split in two
    joined again:
    "The Australian Competition and" + "Consumer Commission", "Hawke" + "'s" + "Bay Regional Hospital"; a
    person's name that ran on into a link word ends before it ("Marcus Fenwick of" + "Caldwell & Ross")."""
    out: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        lo, hi = ent.start, ent.end
        while hi - lo > 1 and doc[lo].text in _BULLETS:
            lo += 1  # a list's bullet: "• ESB Networks"
        lo = next((k + 2 for k in range(lo + 1, hi - 2) if doc[k].text == "," and doc[k + 1].lower_ == "the"), lo)
        # (what the tagger ran in before a comma: "days before Easter, the Bureau of Fire Protection said")
        if hi - lo > 1 and doc[hi - 1].is_space:
            hi -= 1  # ("Hanne Vik" + a blank line, which the tagger may take in)
        if (lo, hi) != (ent.start, ent.end):
            ent, label = doc[lo:hi], ent.label_
            ent.label_ = label
        if out and ent.label_ == "ORG":
            start, end, label = out[-1]
            between = doc[end] if end + 1 == ent.start else None
            if end == ent.start and doc[end - 1].lower_ in LINKS or label == "ORG" and between is not None and (
                    between.lower_ in ("of", "for") and not _given_and_surname(doc[start:end])  # (not "Priya Dalal"
                    # + "of Whitcombe & Hart")
                    or between.text in APOSTROPHE_S
                    or between.lower_ == "and" and (_fields_of_one_body(doc, start, end, ent.start, ent.end)
                                                    or portfolio_end(doc, start, end) == ent.end)):  # ("Ministry of
                # Fisheries" + "and" + "Marine Resources", the second typed a body of its own)
                out[-1] = (start, ent.end, "ORG")
                continue
        if ent.label_ == "PERSON" and (describes_by_hyphen(doc, ent.end - 1) or _asked_alone(doc, ent.start, ent.end)):
            continue  # "the Grammy-nominated star": no one called Grammy; "Harsh? He does not think so."
        start = _after_closing_bracket(doc, ent.start, ent.end)
        if start > ent.start:  # a dateline's "(CNA)" run into the name: "CNA) Formosa Microdevices Corp."
            out.append((start, ent.end, ent.label_))
            continue
        if ent.label_ != "PERSON" and ent.end - ent.start >= 3 and doc[ent.end - 1].lower_ in ("of", "from") \
                and _given_name_run(doc[ent.start:ent.end - 1]):
            out.append((ent.start, ent.end - 1, "PERSON"))  # "Marc-Antoine Duval of" (typed a body's) + "Recherche …"
            continue
        if ent.label_ != "PERSON" and _given_and_surname(ent) and described_as_person(doc, ent.end):
            out.append((ent.start, ent.end, "PERSON"))  # "Natalia Kravets, a 63-year-old retired teacher,"
            continue
        if ent.label_ == "NORP" and (end := _surname_after_given(doc, ent.start, ent.end)) > ent.end:
            out.append((ent.start, end, "PERSON"))  # "Adrian" (typed a people) + "Vella": a person's name
            continue
        if ent.label_ in ("PRODUCT", "WORK_OF_ART", "FAC", "ORG", "GPE") and _untagged_given_name_before(doc, ent.start) \
                and _one_surname(doc, ent.start, ent.end) and not (out and out[-1][1] > ent.start - 1):
            out.append((ent.start - 1, ent.end, "PERSON"))  # "Sibongile" (untagged) + "Mchunu-Zondi" (typed a product)
            continue
        if ent.label_ == "GPE" and (_field_before(doc, ent.start) or ent.end - ent.start >= 2 and any(
                t.lower_ in FIELD_WORDS and t.text[:1].isupper() for t in doc[ent.start:ent.end - 1])):
            out.append((ent.start - (doc[ent.start].lower_ not in FIELD_WORDS and _field_before(doc, ent.start)), ent.end, "ORG"))
            continue  # "Athletics Kenya", "Cricket Ireland", "Meat Industry Ireland" (typed a place whole): a body, not the place
        if ent.label_ == "PERSON" and which_clause(ent.root):
            out.append((ent.start, ent.end, "ORG"))  # "Westmoor Trains, which runs most services …,": no one's name
            continue
        end = _end_before_mark(doc, ent.start, ent.end)
        if ent.label_ != "PERSON" and end - ent.start > 2 and doc[end - 1].text in POSSESSIVE_TOKENS \
                and doc[end - 2].lower_ in body_end_words():
            end -= 1  # "Ridgeway Metro Municipality's" (typed a building's): the body's name, without its "'s"
        end -= ent.label_ == "PERSON" and end - ent.start > 1 and doc[end - 1].lower_ in LINKS
        verb = end_before_headline_verb(doc, ent.start, end) if ent.label_ in ("PERSON", "ORG") else end
        person = _person_after_body(doc, ent.start, verb) if ent.label_ == "ORG" else verb
        start = _listed_words_before(doc, ent.start, end) if ent.label_ == "ORG" else ent.start
        if ent.label_ == "ORG" and (body := after_person_of(doc, start, person)) > start:
            out.append((start, body - 1, "PERSON"))  # "Marcus Greer of" + "Fundy Capital Markets", typed a body whole
            start = body
        out.append((start, person, ent.label_))  # ("Marcus Fenwick of" + "Caldwell & Ross": a person of a body)
        if person < verb:
            out.append((person, verb, "PERSON"))  # "the Department of Health" + "Jane Roe"
        if verb + 1 < end:
            out.append((verb + 1, end, ent.label_))  # "Ruth Okonjo" + "Harbour Board", with "Blasts" between
    return out


def after_person_of(toks, lo: int, hi: int) -> int:
    """Where a body's name starts in the capitalised run toks[lo:hi]: after "of" when a listed given name and a
    surname come before it ("paramedic Rochelle Vandermolen of Sioux Center": the person, then her town; "Marcus
    Greer of Fundy Capital Markets", which the tagger typed a body whole)."""
    given = lo + (toks[lo].lower_ in OCCUPATIONS or toks[lo].lower_ in TITLES)  # ("Paramedic")
    of = next((k for k in range(given + 2, min(given + 4, hi)) if toks[k].lower_ == "of"), None)
    if of is None or toks[given].text not in GIVEN_NAME_GENDER or names_body(toks, given, of) \
            or not all(t.is_alpha for t in toks[given:of]):  # (not "Warren & Sons of Leeds")
        return lo
    return of + 1


def _fields_of_one_body(doc, start: int, end: int, second: int, after: int) -> bool:
    """Whether a body's name the tagger split at "and" is one ("The Chennai Metropolitan Water Supply" + "and" +
    "Sewerage Board", "The Zimbabwe Parks" + "and" + "Wildlife Management Authority"): the first part opens with
    "The" and ends in no body's word, the second ends in one and is of two words at most unless the first ends in a
    plural field ("Parks", "Roads"); not "Google and Microsoft Corp", "The Federal Reserve and European Central Bank"."""
    return doc[start].lower_ == "the" and end - start >= 3 and doc[end - 1].lower_ not in body_end_words() \
        and (after - second <= 2 or doc[end - 1].tag_ == "NNPS") and doc[after - 1].lower_ in body_end_words()


def _listed_words_before(doc, start: int, end: int) -> int:
    """Where a body's name begins whose fields before "and" (or a comma) the tagger left out ("The Zimbabwe Parks and"
    + "Wildlife Management Authority", "Meteorology," + "Climatology and Geophysics Agency"): back over capitalised
    words in no entity (none opening a sentence), joined by "and", "&" or a comma (before a list the tagged name
    ends), to an article or a lower-case word, when the name ends in a body's word; `start` otherwise."""
    if doc[end - 1].lower_ not in body_end_words() or doc[start].lower_ == "the":
        return start  # (not "on X, the Mumbai Police")
    listed = any(t.lower_ in ("and", "&") for t in doc[start:end])  # (a comma only before a list the name ends)
    first = i = start
    while i >= 2 and (doc[i - 1].lower_ in ("and", "&") or doc[i - 1].text == "," and listed) \
            and _untagged_inside(doc[i - 2]):
        i -= 2
        while i >= 1 and _untagged_inside(doc[i - 1]):
            i -= 1
        first = i
    bounded = doc[first - 1].lower_ == "the" or doc[first - 1].text.islower() and doc[first - 1].is_alpha
    return first if first < start and bounded else start


def _untagged_inside(tok) -> bool:
    """An untagged_name that opens no sentence ("Parks" of "The Zimbabwe Parks and …")."""
    return untagged_name(tok) and not tok.is_sent_start


def _surname_after_given(doc, start: int, end: int) -> int:
    """Where the name ends that a given name typed a people ("Adrian" of "Adrian Vella") opens: after the one to
    three capitalised proper nouns in no entity but a person's that follow it; `end` where the entity is no lone
    given name or no such words follow."""
    if end - start != 1 or not _given_name_on_its_line(doc[start]):
        return end
    stop = end
    while stop < min(len(doc), end + 3) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() \
            and doc[stop].is_alpha and doc[stop].ent_type_ in ("", "PERSON") and doc[stop].lower_ not in TITLES:
        stop += 1
    return stop


def _given_name_on_its_line(tok) -> bool:
    """Whether a token is a listed given name, no people's name, with no line break after it."""
    return tok.text in GIVEN_NAME_GENDER and tok.text not in DEMONYMS and "\n" not in tok.whitespace_


def _untagged_given_name_before(doc, start: int) -> bool:
    """Whether a listed given name in no entity stands right before token `start`, a space between ("Sibongile")."""
    tok = doc[start - 1] if start > 0 else None
    return tok is not None and _given_name_on_its_line(tok) and tok.whitespace_ == " " and not tok.ent_type_ \
        and tok.lower_ not in TITLES


def _one_surname(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is one capitalised word or a hyphenated one ("Mchunu-Zondi"), naming no body."""
    words = list(doc[start:end])
    return len(words) % 2 == 1 and all(t.is_alpha and t.text.istitle() for t in words[::2]) \
        and all(joins_words(t) for t in words[1::2]) and not names_body(doc, start, end)


def _field_before(doc, start: int) -> bool:
    """Whether the place named from token `start` has a field of sport or public life written capitalised right before
    it, in no entity of its own ("Athletics" + "Kenya", "Water" + "UK"; data/field_words.tsv)."""
    word = doc[start - 1] if start > 0 else None
    return word is not None and word.lower_ in FIELD_WORDS and word.text[:1].isupper() and not word.ent_type_ \
        and word.whitespace_ == " "


def which_clause(tok) -> bool:
    """Whether a name is set before a relative clause opened by "which" ("Westmoor Trains, which runs …"), as a
    thing's or a body's is and a person's never."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
               for c in tok.rights)


def described_as_person(doc, end: int) -> bool:
    """Whether the name ending before token `end` is set off by a comma and an age, a person's occupation or "who"
    ("…, 63,", "…, a 63-year-old retired teacher,", "…, who drives the Castries route,")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    described = next((t for t in doc[end - 1].rights if t.dep_ == "appos"), None)
    return doc[end + 1].like_num or doc[end + 1].lower_ == "who" or described is not None and (
        described.lower_ in OCCUPATIONS or any(t.lower_ == "old" for t in described.subtree))


def _after_closing_bracket(doc, lo: int, hi: int) -> int:
    """The first token after a closing bracket in tokens lo..hi that no opening one before it in the range matches,
    where words follow it (`lo` where there is none)."""
    for i in range(lo, hi - 1):
        if doc[i].text == "(":
            return lo
        if doc[i].text == ")":
            return i + 1
    return lo


def _person_after_body(doc, start: int, end: int) -> int:
    """Where the name of a person begins that the tagger ran a body's name on into ("Minister of State at the
    Department of Finance Seán Doyle"): a given name and a surname ending the entity as a phrase of their own
    (the parse hangs them outside the body's name); else `end`."""
    k = end - 2
    if k <= start or not _given_and_surname(doc[k:end]) or doc[end - 1].head.i in range(start, end) \
            or doc[k].head.i != end - 1:
        return end
    return k if any(not start <= t.head.i < end for t in doc[start:k]) else end


def end_before_headline_verb(doc, lo: int, end: int) -> int:
    """The end of a name that a title-case headline runs into its verb and object ("Glenn Beck Blasts Drudge", "Ruth
    Okonjo Slams Harbour Board", which the tagger takes for one name): before the first of the headline's verbs
    (lexicon.HEADLINE_VERBS) after a capitalised word, on a title-case line only; else `end`."""
    cut = next((j for j in range(lo + 1, end - 1) if _headline_verb(doc[j]) and doc[j - 1].text.istitle()), end)
    return cut if cut == end or is_title_case_line(_line_of(doc, lo)) else end


def _headline_verb(word) -> bool:
    """Whether a word is a title-case headline's reporting verb ("Blasts", "Praises", "Says")."""
    return word.text in HEADLINE_VERBS


def _line_of(doc, i: int) -> str:
    """The text of the line that token `i` stands on (`doc`: a Doc or its tokens; Doc.text is never rebuilt)."""
    start, end = i, i + 1
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return "".join(doc[k].text_with_ws for k in range(start, end)).strip()


def _asked_alone(doc, start: int, end: int) -> bool:
    """Whether one word that is no proper noun is a question or exclamation of its own ("Harsh? He does not think
    so.", "Unfair!"): a sentence of that word alone, which names no one, however the tagger types it."""
    before = doc[start - 1] if start > 0 else None
    return end - start == 1 and doc[start].pos_ != "PROPN" and end < len(doc) and doc[end].text in ("?", "!") \
        and (before is None or before.is_space or before.text in (".", "?", "!", ":", "\u201d", '"'))


def _end_before_mark(doc, start: int, end: int) -> int:
    """Where an entity the tagger ran on into a quotation mark ends: before the mark, and before a link word
    ("of", "for", "and", "&") right before the mark where a word is left ("accused Norbridge Borough Council of
    ‘pulling the plug …’": "Norbridge Borough Council"); an entity of one token stays whole."""
    if end - start < 2 or not doc[end - 1].is_quote:
        return end
    end -= 1
    return end - 1 if end - start > 1 and doc[end - 1].lower_ in LINKS else end


def describes_by_hyphen(doc, i: int) -> bool:
    """Whether the capitalised word at token i is joined by a hyphen to a participle after it ("Grammy-nominated",
    "Oscar-winning", "Kremlin-backed"): it describes the noun after, and names no one who speaks."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
        and doc[i + 2].text.islower() and doc[i + 2].tag_ in ("VBN", "VBG")
