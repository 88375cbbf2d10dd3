"""Which tokens of a mention make a person's name, and what stands around it: titles and the gender
they tell, the role before the name ("Japanese Prime Minister"), letters after it, ages.

Plain functions of tokens (for speaker_book.py); body_mentions.py does the same for bodies.  Where a function
only indexes and slices `doc` (name_in, name_range, joined_person_entities, qualifies_role, describes_noun,
after_indefinite and what they call), the speaker book passes the list of the Doc's tokens, faster to index.
"""
from __future__ import annotations

import functools

import numpy as np
import regex
from spacy.attrs import ORTH
from spacy.symbols import PERSON as _PERSON
from spacy.symbols import PROPN as _PROPN

from ..words import POSSESSIVE_TOKENS, capital_name
from .bodies import places
from .body_mentions import end_before_headline_verb, joins_words, names_body, untagged_name
from .joined_initials import given_part
from .lexicon import (
    AFTER_HONORIFICS,
    AGENT_ENDINGS,
    ARTICLES,
    BODY_NOUNS,
    CLAUSE_PARTICIPLES,
    CONSTITUENCY_ROLES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FAMILY_FIRST_NAMES,
    FAMILY_NAMES_TOO,
    FEMALE_TITLES,
    FILIAL_ABBREVIATIONS,
    GIVEN_NAME_GENDER,
    HONORIFICS,
    MALE_TITLES,
    MONASTIC_TITLES,
    NAME_ABBREVIATIONS,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    OCCUPATIONS,
    OFFICE_INITIALS,
    OFFICE_TOPICS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLACE_WORDS,
    POSTNOMINALS,
    RANKS,
    REPORTING_FORMS,
    ROLE_WORDS,
    SEAT_HONORIFICS,
    SECOND_GIVEN_NAMES,
    STREET_WORDS,
    TITLES,
    TRAIT_NOMINALS,
    relatives_word,
)
from .name_suffixes import SUFFIXES

#: Every title that may stand before a person's name ("Ms", "Dr", "Judge").
PERSONAL_TITLES = MALE_TITLES | FEMALE_TITLES | PERSON_TITLES
#: Words of bodies' and documents' names, never of a person's.
BODY_WORDS = BODY_NOUNS | DOCUMENT_NOUNS | {"party", "union", "association", "times", "post", "news"}
#: Words before a name that are no part of a role ("the", "Mr").
NOT_ROLE = ARTICLES | MALE_TITLES | FEMALE_TITLES | {"dr", "dr.", "mx", "mx."}
#: A judge's titles, never written before anything but a name ("Justice Fredah Nafula Mukhwana").
_JUDGES_TITLES = frozenset(("justice", "judge"))
#: The words joining a title to its office's topic ("Minister of Sport", "Minister in the Presidency").
OFFICE_LINKS = ("of", "for", "in")
_LONGEST_HONORIFIC = max(map(len, HONORIFICS))
#: The most words of a seat's name that run into a mention after it ("Hessington North").
_SEAT_WORDS = 4
AGE = regex.compile(r"\b(\d{1,3})-year-old\b")
#: A party-and-state tag in parentheses after a legislator's name ("(D-MA)", "(R-Ohio)", "(I-Vt.)").
_PARTY_TAG = regex.compile(r"\(\s*(?:[RDI]\s*[-\u2013]\s*[A-Z][A-Za-z.]{1,13}|\p{Lu}{2,4}[-\u2013]\p{Lu}[\p{L} '’-]{1,40})\s*\)")
#: The marks a quoted nickname stands in (Donald “Dod” MacLeod).
QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
#: An Irish word after a mutation: a lower-case prefix before the capital ("tSaoir", "bhFáil").
#: A hyphenated given name of Hong Kong, Taiwan or Korea, written after the surname ("Ka-lok", "Jae-won").
HYPHENATED_GIVEN = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")
#: Letters before a ship's name ("the MV Beaumont Hamel", "HMS Dauntless"): what follows is a vessel, no one.
VESSEL_PREFIXES = frozenset(("MV", "M/V", "HMS", "HMAS", "HMNZS", "HMCS", "USS", "USNS", "RMS", "SS", "FV", "RV", "BRP",
                             "KRI"))
#: Initials written before a name ("K.", "H.S.").
INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
_MUTATED = regex.compile(r"(?:t|n|h|bh|mb|gc|nd|ng|bp|dt)\p{Lu}\p{Ll}")


def age_in(text: str) -> str | None:
    """The first age written in `text` ("66-year-old"), if any."""
    m = AGE.search(text)
    return f"{m.group(1)}-year-old" if m else None


def only_styles(name: str) -> bool:
    """Whether a name is honorifics and titles alone ("Datuk Seri", the tagger's or a title's run before "Dr Hamdan
    Yusoff"; "Royal Highness" of "Her Royal Highness", its possessive left out): no one's name."""
    low = name.lower()
    return low in HONORIFICS or f"his {low}" in HONORIFICS or f"her {low}" in HONORIFICS \
        or all(w.rstrip(".") in TITLES for w in low.split())


def title_gender(word: str) -> str | None:
    """The gender an honorific tells ("mrs" -> "f"), if any."""
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None


def without_postnominals(name: str) -> str:
    """A name without the letters after it ("Fionnuala Breen SC" -> "Fionnuala Breen")."""
    parts = name.split()
    while len(parts) > 2 and parts[-1] in POSTNOMINALS:
        parts.pop()
    return " ".join(parts)


#: A regnal number ending a traditional ruler's name ("Nana Kwame Ofori III").
_REGNAL = regex.compile(r"[IVX]{1,5}")


def regnal(word: str) -> bool:
    """Whether a word of a name is a regnal number ("II" of "Kwame Ampofo Ababio II")."""
    return bool(_REGNAL.fullmatch(word))


def after_surname(word: str) -> bool:
    """Whether a word ending a name comes after the surname: a regnal number ("III") or a generational
    suffix ("Jr.")."""
    return regnal(word) or word in SUFFIXES


#: The Arabic article as written before a family name with a hyphen ("al-Janabi", "El-Sayed").
ARABIC_ARTICLES = ("al", "el", "Al", "El")


def name_variants(name: str) -> list[str]:
    """Other ways the article may write the person of a mention: a particle capitalised at the start of a
    sentence in lower case ("Van der Walt" -> "van der Walt", "Al-Rashidi" -> "al-Rashidi"), the name
    without an honorific that is also a given name ("Nana Boateng" -> "Boateng"), and a surname alone with
    the Arabic article papers often drop ("Janabi" -> "al-Janabi")."""
    parts, out = name.split(), []
    first = parts[0] if parts else ""
    if first[:1].isupper() and first.lower().split("-")[0] in NAME_PARTICLES and (len(parts) > 1 or "-" in first):
        out.append(" ".join([first[0].lower() + first[1:], *parts[1:]]))
    if len(parts) >= 2 and first.lower() in NAME_HONORIFICS:
        out.append(" ".join(parts[1:]))
    if len(parts) == 1 and first[:1].isupper() and "-" not in first and first.lower() not in NAME_PARTICLES:
        out.extend(f"{article}-{first}" for article in ARABIC_ARTICLES)  # "Janabi" of "Mustafa al-Janabi"
    return out


def is_name_token(tok) -> bool:
    """A capitalised proper noun or tagged person's word that is no title (but one joined by a hyphen to the name
    word before it: "Obong" of "Okello-Obong"), possessive ending nor conjunction opening a sentence ("But" of "But Ó
    Ceallaigh said", which the tagger may put in the name)."""
    return (tok.pos == _PROPN or tok.ent_type == _PERSON) and capitalised(tok.text) \
        and (tok.lower_ not in TITLES or _joined_to_word(tok)) and tok.text not in POSSESSIVE_TOKENS \
        and tok.text not in POSTNOMINALS and tok.lower_ not in OPENING_CONJUNCTIONS


#: Conjunctions that open sentences and are no one's name.
OPENING_CONJUNCTIONS = frozenset(("but", "and", "yet"))


def _joined_to_word(tok) -> bool:
    """Whether a hyphen without spaces joins token `tok` to a capitalised word before it ("Okello-Obong")."""
    return tok.i >= 2 and joins_words(tok.doc[tok.i - 1]) and capitalised(tok.doc[tok.i - 2].text)


def surname_end(doc, end: int) -> int:
    """Where a name ending before token `end` ends, over the particles of its surname and the word after
    them ("Séamus Mac" + "an tSaoir", "Joost van den" + "Heuvel"), or an honorific and the name after it ("Yusof bin" +
    "Haji Ismail")."""
    while end > 0 and not doc[end - 1].is_punct:
        after = end
        while after < len(doc) and is_particle(doc[after]):
            after += 1
        if end < after < len(doc) or is_particle(doc[end - 1]) and after < len(doc):
            if doc[after].is_alpha and capitalised(doc[after].text):
                end = after + 1
                if doc[after].lower_ in TITLES:  # "bin Haji" + "Ismail", "binti Haji" + "Md Salleh": the father's
                    while end < min(len(doc), after + 3) and doc[end].is_alpha and capitalised(doc[end].text) \
                            and doc[end].lower_ not in TITLES and "\n" not in doc[end - 1].whitespace_:
                        end += 1  # honorific, then his name
                continue
        return end
    return end


def after_postnominals(doc, lo: int, end: int) -> int:
    """Where a name ends in tokens lo..end without the letters after it ("Fergus McCandless MSP",
    "Dame Eluned Harries DBE"); "the Clare TD" is a role, not a name."""
    while end - 2 >= lo and doc[end - 1].text in POSTNOMINALS and is_name_token(doc[end - 2]) \
            and doc[lo].lower_ not in ARTICLES:
        end -= 1
    return end


#: Letters after a seat's name for the one who holds it ("Warrego MP", "Strangford MLA").
_SEAT_HOLDERS = frozenset(("MP", "MLA", "MHA", "MSP", "MPP", "MNA", "MHK", "TD"))


def names_seat(doc, start: int, end: int) -> bool:
    """Whether tokens start..end, a name the tagger took for a person's, name a seat: after "for" of a member
    ("the Member for Warrego"), or one word before a seat-holder's letters ("Warrego MP") that ends no other
    person's name in the article (not "Purcell MP" of Lachlan Purcell)."""
    if start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ in CONSTITUENCY_ROLES \
            and doc[start - 2].lower_ != "representative":
        return True  # (not "a representative for Taylor Swift")
    word = doc[start]
    return end - start == 1 and end < len(doc) and doc[end].text in _SEAT_HOLDERS \
        and (start == 0 or not is_name_token(doc[start - 1]) and doc[start - 1].lower_ not in TITLES) \
        and not any(ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text == word.text for ent in doc.ents)


def qualifies_role(doc, start: int, end: int, person_starts: set[int]) -> bool:
    """Whether tokens start..end, which end with a title or letters after a name, name the party or place of a
    role whose holder's name follows ("Sinn Féin TD" of "Sinn Féin TD for Mayo North Gráinne Nic
    Dhonnchadha", "Labour MP" + "Rhian Pryce"), not a person ("Mary Lou McDonald TD said")."""
    last = doc[end - 1] if end - start >= 2 else None
    if last is None or not (last.lower_ in TITLES or last.lower_ in CONSTITUENCY_ROLES or last.text in POSTNOMINALS):
        return False
    i = end
    while i < min(len(doc), end + 6) and i not in person_starts:
        if not (doc[i].lower_ in ("for", "of") or doc[i].pos_ == "PROPN" and capitalised(doc[i].text)):
            break
        i += 1
    return i in person_starts or holder_after_seat(doc, end) is not None


def noun_described_by(last):
    """The lower-case noun after a name that the name only describes, as the parser compounds the name's `last`
    token with it ("Plaid Cymru voters", "First Nations growers", "a Trump supporter"), else None."""
    noun = last.head
    return noun if last.dep_ == "compound" and noun.i > last.i and noun.pos_ == "NOUN" and noun.text.islower() else None


def describes_noun(doc, start: int, end: int) -> bool:
    """Whether the capitalised words start..end stand between an article and the noun for a person they describe
    (noun_described_by: "the Plaid Cymru member", "a Sinn Féin councillor", "a Trump supporter"): a party's,
    place's or other person's name, not the person meant ("the Trump campaign" is Trump's)."""
    if start == 0 or doc[start - 1].lower_ not in ARTICLES or (noun := noun_described_by(doc[end - 1])) is None:
        return False
    return noun.lower_ in PERSON_NOUNS or noun.lower_ in ROLE_WORDS or noun.lower_ in OCCUPATIONS \
        or noun.lower_ in CONSTITUENCY_ROLES


#: Nouns for someone that a place's name before them tells where they are from ("Buncrana man", "Cork woman", "a
#: Mallow pensioner").
_WHO_IS_FROM = frozenset(("man", "woman", "boy", "girl", "teenager", "pensioner", "mother", "father"))


def where_someone_is_from(doc, start: int, end: int) -> bool:
    """Whether the name start..end, one word the tagger took for a person's, is where someone is from: before a noun
    for someone ("Buncrana man jailed", "A 41-year-old Buncrana man"; _WHO_IS_FROM), or the town after a street ("of
    Cockhill Road, Buncrana,")."""
    if end - start != 1:
        return False
    tok = doc[start]
    return tok.dep_ == "compound" and tok.head.i == end and tok.head.lower_ in _WHO_IS_FROM and tok.head.text.islower() \
        or tok.dep_ == "appos" and tok.head.i < start and tok.head.lower_ in STREET_WORDS and doc[start - 1].text == ","



def after_indefinite(doc, start: int, end: int) -> bool:
    """Whether the name at token `start` follows "a" or "an" and the words describing it ("a battered blue Morris
    Oxford", the tagger's noun "blue" too): a thing of that make, no person ("a neighbour Jane Orr", "a young
    John Ellis Bush": a name that opens with a given name only is one)."""
    if doc[start].text in GIVEN_NAME_GENDER and doc[start].text not in FAMILY_NAMES_TOO \
            or end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].text.islower():
        return False  # (nor is "a new Pew Research report" a thing called Pew Research)
    j = start - 1
    while j >= max(0, start - 4) and doc[j].is_alpha and doc[j].text.islower() and (
            doc[j].pos_ == "ADJ" or doc[j].pos_ == "NOUN" and doc[j].lower_ not in PERSON_NOUNS
            and doc[j].lower_ not in OCCUPATIONS and doc[j].lower_ not in ROLE_WORDS):
        j -= 1
    return j >= 0 and doc[j].lower_ in ("a", "an")


def is_particle(tok) -> bool:
    """A lower-case particle of a family name ("van", "du", "ap", "bin"); Irish "an" and "na" only after Mac, Ó or
    Nic ("Séamus Mac an tSaoir"), not in a body's name ("Raidió na Gaeltachta", "Oireachtas na Gaeilge")."""
    if tok.lower_ in _IRISH_ARTICLES:
        return tok.text.islower() and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _IRISH_PATRONYMICS
    return tok.lower_ in NAME_PARTICLES and tok.text.islower()


#: The Irish article, a particle of a family name only after a patronymic ("Mac an tSaoir", "Ó na Gaillimhe").
_IRISH_ARTICLES = frozenset(("an", "na"))
_IRISH_PATRONYMICS = frozenset(("mac", "mhic", "nic", "ní", "ó", "ua", "uí", "mag"))


def _opening_particles(doc, i: int) -> bool:
    """Whether the two tokens before token `i` are particles that open a name, the first capitalised ("Van der" of
    "Van der Veen Binnenvaart", which the tagger leaves out of the name)."""
    return i >= 2 and is_particle(doc[i - 1]) and doc[i - 2].lower_ in NAME_PARTICLES and doc[i - 2].text.istitle()


def capitalised(word: str) -> bool:
    """A word written with a capital, Irish mutated words ("tSaoir", "bhFáil", "nGallchóir") and names after a small
    prefix ("eThekwini") included."""
    return capital_name(word) or not word.islower() and bool(_MUTATED.match(word))  # (a mutated word has a capital)


def in_vessel_name(doc, start: int) -> bool:
    """Whether the capitalised word at token `start` is a word of a ship's name, after its letters and up to two
    capitalised words more ("the MV Lady Rosalind": "Lady" and "Rosalind")."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if doc[k].text in VESSEL_PREFIXES:
            return True
        if not capitalised(doc[k].text):
            return False
    return False


def _surname_title(doc, i: int, lo: int) -> bool:
    """A title word that is a surname after a given name ("Imran Sheikh", "Ada Chief"), ending the mention; also
    untagged, heading the name after two words of it, one tagged a person's ("Mian Kamran Ilyas" + "Sheikh said"; not
    "The Natural Resources" + "Minister said")."""
    tok = doc[i]
    if not (tok.lower_ in TITLES and tok.text.istitle() and i - 1 >= lo and is_name_token(doc[i - 1])):
        return False
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and doc[i - 1].ent_type_ == "PERSON" \
        or i - 2 >= lo and is_name_token(doc[i - 2]) and tok.pos_ == "PROPN" and tok.dep_ != "compound" \
        and "\n" not in doc[i - 1].whitespace_ \
        and "PERSON" in (doc[i - 2].ent_type_, doc[i - 1].ent_type_)


#: Words that end the name of a ground, hall or bridge named after a person ("Declan Brennan Park"); some are
#: surnames too, so they end a place's name only after a person's whole name written alone elsewhere.
_GROUND_WORDS = frozenset(("park", "stadium", "arena", "oval", "field", "hall", "bridge", "green", "hill", "ground"))


def named_after_someone(doc, start: int, end: int) -> bool:
    """Whether tokens start..end are a place named after a person: two or more words of name and a ground word
    ("Declan Brennan Park"), where the article also writes the person's name without it ("Declan Brennan, a …")."""
    if end - start < 3 or doc[end - 1].lower_ not in _GROUND_WORDS or joins_words(doc[end - 2]):
        return False  # (not "Nadine Russell-Hall")
    words, ground, whole = [t.text for t in doc[start:end - 1]], doc[end - 1].text, doc[start].doc
    return any([t.text for t in whole[i:i + len(words)]] == words
               and (i + len(words) >= len(whole) or whole[i + len(words)].text != ground)
               for i in range(len(whole) - len(words) + 1) if whole[i].text == words[0])


def name_in(doc, lo: int, hi: int) -> str | None:
    """The personal name at the end of tokens lo..hi, without titles, roles or a quoted nickname (none
    where the words name a street: "Aberteifi Road")."""
    start, end = name_range(doc, lo, hi)
    if end <= start or end - start >= 2 and doc[end - 1].lower_ in STREET_WORDS or named_after_someone(doc, start, end):
        return None
    words, i = [], start
    while i < end:
        closing = nickname_end(doc, i)
        if closing is not None:  # Donald “Dod” MacLeod -> Donald MacLeod
            i = closing + 1
            continue
        words.append(doc[i].text_with_ws)
        i += 1
    return " ".join("".join(words).split())


#: What someone said, written after their name in a title-case line ("President Obama Speech at …").
_WORDS_SPOKEN = frozenset("speech interview remarks statement video transcript footage testimony tweet tweets".split())


def _surname_like_verb(tok) -> bool:
    """Whether a reporting verb's own form ends a tagged person's name ("Jo Brand", "Ann Cross"), where it is the
    surname: a headline's verb after a name is inflected ("Obama Says", "Trump Brands")."""
    return REPORTING_FORMS.get(tok.lower_) == tok.lower_ and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I"


#: Points of the compass, and "Central", that name the part of a city or district an office covers ("SSP East", "DCP
#: North").
_COMPASS = frozenset(("East", "West", "North", "South", "Central"))


def _office_area(doc, i: int) -> bool:
    """Whether token i is a point of the compass after an officer's initials or title ("East" of "SSP East", "South" of
    "DC South"): the part of the city the office covers, no word of a name."""
    return doc[i].text in _COMPASS and i > 0 and doc[i - 1].ent_type_ not in ("GPE", "LOC", "NORP") \
        and (doc[i - 1].text.isupper() or doc[i - 1].lower_ in TITLES)  # (not "US South …")


def name_range(doc, lo: int, hi: int) -> tuple[int, int]:
    """Token range of the personal name at the end of tokens lo..hi: name words, hyphenated parts
    ("Morgan-Evans", "Tsz-kin"), particles ("de Vries") and a quoted nickname between them, without the
    honorifics, titles and occupations in front."""
    end = hi
    while end > lo and (doc[end - 1].is_punct or doc[end - 1].text in POSSESSIVE_TOKENS
                        or REPORTING_FORMS.get(doc[end - 1].lower_) and not _surname_like_verb(doc[end - 1])
                        and not (end - 2 > lo and doc[end - 2].lower_ in NAME_PARTICLES and doc[end - 1].text.istitle())
                        or end - 1 > lo and doc[end - 1].lower_ in _WORDS_SPOKEN):  # a video's "Obama Speech"
        end -= 1  # ("Obama Says" in a headline; but "Al Said" after a particle is a family name)
    suffixed = None
    if end - 2 > lo and doc[end - 1].text in SUFFIXES:  # "Eduardo M. Villanueva, Jr.": the name before the suffix,
        # then the suffix (with the full stop the tokenizer split from "Sr")
        suffixed = end + 1 if end < hi and doc[end].text == "." and not doc[end - 1].whitespace_ else end
        end -= 2 if doc[end - 2].text == "," else 1
    end = end_before_headline_verb(doc, lo, end)
    end = after_postnominals(doc, lo, end)
    while end - 2 >= lo and doc[end - 1].lower_ in AFTER_HONORIFICS and capitalised(doc[end - 2].text):
        end -= 1  # "Şükrü Bey", "Ayten Hanım": the name before the honorific
    start = end
    if end - 1 > lo and given_part(doc[end - 1].text) is not None:
        return end - 1, end  # "Mayor of Ulaanbaatar" + "Kh.Temuulen": a name with a joined initial is whole
    if end > lo and _surname_title(doc, end - 1, lo):
        start -= 1  # "Imran Sheikh": a surname, whatever else the word may be
    elif end - 3 >= lo and _romanised_given(doc, end - 3):
        start -= 3  # "Do-hyun" of "Kim Do-hyun", whose "Do" the tagger read as a noun
    while start > lo:
        prev = doc[start - 1]
        if prev.lower_ in OFFICE_TOPICS and office_title_before(doc, start - 1) is not None:
            break  # "Minister for Transport" + "Chee Hong Tat": the office's topic ends before the name
        if start < end and start - 2 >= lo and _office_area(doc, start - 1):
            break  # "SSP East" + "Qamar Abbas Jatoi": the part of the city the office covers
        if start < end and opening_description(doc, start - 1):
            break  # a headline's "SPL: Teenager Ilhan strikes late": the word opening the line describes him
        if is_name_token(prev) or hyphenated_part(doc, start - 1, lo) or royal_given_name(doc, start - 1) \
                or start - 2 >= lo and _untagged_syllable(prev) and doc[start - 2].ent_type_ == "PERSON" \
                and _one_syllable(doc[start - 2]) \
                or start - 2 >= lo and start < end and prev.ent_iob_ == "I" == doc[start].ent_iob_ \
                and all(_one_syllable(t) for t in doc[start - 2:start + 1]) \
                or start - 2 >= lo and prev.text.istitle() and is_particle(doc[start - 2]):
            start -= 1  # (a title word after "bin" is a father's name: "Hamad bin Sultan Al Shamsi")
        elif start < end and start - 2 >= lo and (is_name_token(doc[start - 2]) and joins_words(prev)
                                                  or prev.lower_ in NAME_PARTICLES and is_name_token(doc[start - 2])
                                                  or prev.text in SAINT and doc[start - 2].text in GIVEN_NAME_GENDER
                                                  or joins_words(prev) and doc[start - 2].lower_ in NAME_PARTICLES):
            start -= 1  # "Morgan-Evans", "de Vries", "al-Rashid", "Joel St Rose"
        elif start < end and prev.lower_ in NAME_PARTICLES and prev.text.islower() \
                and (start - 1 == lo or doc[start - 2].lower_ in NAME_PARTICLES or joins_words(doc[start])):
            start -= 1  # a mention that opens with the particles: "de Vries said", "van der Berg said", "Dr al-Khatib"
        elif start < end and (opening := _nickname_start(doc, start - 1, lo)) is not None:
            start = opening - 1  # with the given name before it, whatever its tag
        elif start == end - 1 and prev.text in GIVEN_NAME_GENDER and prev.text not in FAMILY_NAMES_TOO \
                and "\n" not in prev.whitespace_:
            start -= 1  # "Seán" of "Seán Doyle", which the tagger took for a noun of a body's name before it
        else:
            break
    last = doc[end - 1] if end > lo else None
    if last is not None and last.ent_type_ == "PERSON" and last.ent_iob_ != "B":
        ent_start, over_untagged = last.i, False
        while ent_start > lo and (doc[ent_start].ent_iob_ == "I" or doc[ent_start - 1].ent_type_ == "PERSON"):
            ent_start -= 1  # (two tagged names side by side are one: "Datuk Ahmad" "Faizal Hamzah")
            if ent_start - 2 >= lo and doc[ent_start].ent_iob_ == "B" and _untagged_name_word(doc[ent_start - 1]) \
                    and doc[ent_start - 2].ent_type_ == "PERSON":
                ent_start -= 1  # (or with one untagged word between: "Datuk Seri" + "Harvinder" + "Singh Gill")
                over_untagged = True
            elif ent_start - 2 >= lo and doc[ent_start].ent_iob_ == "B" \
                    and (is_particle(doc[ent_start - 1]) and doc[ent_start - 2].ent_type_ == "PERSON"
                         or doc[ent_start - 1].text in FILIAL_PARTICLES and given_or_listed(doc[ent_start - 2])):
                ent_start -= 1  # (or a particle: "Latifa" + "bint" + "Hamdan Al Qasimi", "Suresh" + "s/o" + …)
        if ent_start - 2 >= lo and _opening_particles(doc, ent_start):
            ent_start -= 2  # ("Van der" + "Veen Binnenvaart")
        if over_untagged and (titled := [i + size for i in range(ent_start, end - 1) if (size := honorific_length(doc, i, end))]):
            ent_start = max(ent_start, titled[-1])  # (from after the last honorific: "Pahang Menteri Besar Datuk Seri" + …)
        if ent_start > lo and (given := given_name_before(doc, ent_start, end)):
            ent_start = max(lo, ent_start - given)  # "Regina" of "Regina Ho Wing-yan"
        ent_start = _romanised_name(doc, ent_start, end, lo)[0]  # ("Ng" + "Boon Kiat")
        if any((closing := nickname_end(doc, k)) is not None and closing >= ent_start for k in range(start, ent_start)):
            ent_start = start  # the tagged name begins inside the quoted nickname: "Kelvin “Lord" + "Cinnamon” Charles"
        start = max(start, ent_start)  # "Harbour Master Ilse Brandt": the tagged name only
        if start - 1 >= lo and abbreviated_given(doc[start - 1].text):
            start -= 1  # "Ma." of "Ma. Lourdes Reyes", "Ch" of "Ch Naveed Akhtar", left out by the tagger
        elif start - 2 >= lo and start == ent_start and abbreviated_given(doc[start - 2].text) \
                and _given_word(doc[start - 1]):
            start -= 2  # "Md" + "Rafiqul" + "Islam Chowdhury": the given name between, which the tagger left out too
    if start < end and start - 2 >= lo and joins_words(doc[start - 1]) and given_or_listed(doc[start - 2]):
        start -= 2  # "Jukka-" + "Pekka Virtanen", "Per-" + "Anders Kuoljok": a given name's first part, whatever its tag
    if start < end and start - 2 >= lo and _son_of(doc, start):
        start -= 2  # "Suresh s/o" + "Govindasamy": the given name before "son of", whatever its tag
    start = name_start(doc, start, end)
    start = after_seat(doc, start, end)
    if end - start >= 3 and doc[start - 1].lower_ in OFFICE_LINKS + ("the",) \
            and office_title_before(doc, start) is not None:
        start += 1  # "Minister of State for" + "Manpower Daryl Ong", "Minister in the" + "Presidency …": the office's topic
        titled = [i + size for i in range(start, end - 2) if (size := honorific_length(doc, i, end))]
        start = titled[-1] if titled else start  # "… for Water" + "Resources Sardar Javed Bugti": after the honorific
    return start, suffixed if suffixed and start < end else end


#: A surname written with an apostrophe after its first letters: "O'Flynn", "D’Souza".
_APOSTROPHE_NAME = regex.compile(r"\p{Lu}\p{Ll}?['\u2019]\p{Lu}\p{Ll}+")


def holder_after_seat(doc, end: int) -> tuple[int, int] | None:
    """Token range of the name after "for" and a seat at token `end`, which the tagger ran together ("Sinn Féin
    MLA" + "for Foyle Siobhán Ní Cheallaigh"): the capitalised words there from a listed given name or the word
    before a surname's particle (_name_after_seat); None where they hold no such name."""
    if end >= len(doc) or doc[end].lower_ != "for":
        return None
    seat = i = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1  # "for the Borders"

    def seat_word(k: int) -> bool:  # (or the last one, a surname with an apostrophe: "O'Flynn")
        return doc[k].pos_ == "PROPN" and capitalised(doc[k].text) \
            and (doc[k].is_alpha or _APOSTROPHE_NAME.fullmatch(doc[k].text) is not None)

    def joined(k: int) -> bool:  # the hyphen of "Davies-Hughes"
        return doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and capitalised(doc[k + 1].text) and doc[k + 1].is_alpha

    while i < min(len(doc), seat + 8) and (seat_word(i) or i > seat and i + 1 < len(doc) and (
            doc[i].lower_ in ("and", "of") and seat_word(i + 1) or joined(i))):
        i += 1  # ("for the Highlands and Islands Catriona Beaton")
    start = _name_after_seat(doc, seat, i)
    return (start, i) if start > seat else None


def _in_seat_name(tok) -> bool:
    """A capitalised proper noun that may be a word of a seat's name: no title nor honorific (no seat runs over one:
    "Minister for Water Dr" + "Salum Omari Kigoda", "… Energy Sardar")."""
    return tok.pos_ == "PROPN" and tok.is_alpha and capitalised(tok.text) and tok.lower_ not in TITLES \
        and tok.lower_ not in HONORIFICS


def after_seat(doc, start: int, end: int) -> int:
    """The first token of the name in tokens start..end after the seat of a role before it or running into it
    ("MLA for" + "Foyle Siobhán Ní Cheallaigh"; "MP for Hessington" + "North Dawn Aldridge", the tagger's name
    holding the seat's last word): `start` where no role and "for" stand before the seat."""
    seat = start
    while seat > max(0, start - _SEAT_WORDS) and _in_seat_name(doc[seat - 1]):
        seat -= 1
    if seat < 2 or doc[seat - 1].lower_ != "for" or not (_role_word(doc[seat - 2]) or doc[seat - 2].text == "member"):
        return start  # ("Senedd member for" + "Clwyd West Gareth Davies-Hughes", the seat's member in small letters)
    return max(start, _name_after_seat(doc, seat, end))


def seat_before(doc, start: int) -> tuple[int, int] | None:
    """The token range of the seat written between a role and "for" and a name starting at token `start` ("TD for" +
    "Cork South-Central" + "Mick Dorgan"), its hyphens joined; None where no role and "for" stand before it."""
    seat = start
    while seat > max(0, start - _SEAT_WORDS - 2) and (
            _in_seat_name(doc[seat - 1]) or doc[seat - 1].text == "-" and not doc[seat - 1].whitespace_ and seat < start):
        seat -= 1
    if seat == start or seat < 2 or doc[seat - 1].lower_ != "for" or not _role_word(doc[seat - 2]) \
            or doc[seat].text == "-":
        return None
    return seat, start


#: The last words of a seat's name ("Kano Central", "St Andrew South", "Sokoto South"), which no name of a person ends in
#: where the tagger found none.
COMPASS_WORDS = frozenset("north south east west central northeast northwest southeast southwest".split())


def _name_after_seat(doc, start: int, end: int) -> int:
    """The first token of the name after the seat of a role ("MLA for" + "Foyle Siobhán Ní Cheallaigh", "TD for"
    + "Mayo North Gráinne Nic Dhonnchadha"), which the tagger often runs together: a listed given name, or the
    word before a surname's capitalised particle; `start` where neither leaves two words, nor for words of the seat
    itself: a given name after a place's word ("St Andrew South") or words ending in a point of the compass."""
    if doc[end - 1].lower_ in COMPASS_WORDS:
        return start
    for k in range(start + 1, end - 1):
        if doc[k - 1].lower_ in PLACE_WORDS:
            continue
        if doc[k].text in GIVEN_NAME_GENDER or doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" \
                or doc[k + 1].lower_ in NAME_PARTICLES and doc[k + 1].text.istitle() and k + 2 < end:
            return k
    return start


def name_start(doc, start: int, end: int) -> int:
    """The first token of the name in tokens start..end, after its honorifics, what the person does or the
    role held ("Guild organiser Tama Rewiti", "Opener Hamza Qureshi", "Kimumu Ward MCA Daniel Kosgei", "SFO2
    Renato Abella": the name after the last word of it), a trait ("Billionaire Grant Halvorsen";
    data/trait_nominals.tsv), a nationality's noun ("The Spaniard Diego Ferrer"), a party's ("Tory Doug Whelan"), a
    relative's word ("Grandson Gareth") and an office's last topic after "and" ("Minister for Ports and" + "Shipping
    Anil Joshi")."""
    start = after_honorifics(doc, start, end)
    nicknamed = {k for i in range(start, end) if (closing := nickname_end(doc, i)) is not None for k in range(i, closing)}
    jobs = [i for i in range(start, end - 2) if i not in nicknamed  # (not Selma “Captain” Amupolo's nickname)
            and not (i > start and is_particle(doc[i - 1]))  # (nor a father's name after "bin": "Hamad bin Sultan")
            and not joins_words(doc[i + 1])  # (nor a name's first part: "Obi" of "Obi-Nwosu")
            and (doc[i].lower_ in OCCUPATIONS or doc[i].lower_ in TRAIT_NOMINALS or _role_word(doc[i])
                 or _RANK_AND_GRADE.fullmatch(doc[i].text)
                 or doc[i].text in DEMONYMS or doc[i].lower_ in PARTY_WORDS and doc[i].text[:1].isupper())]
    start = jobs[-1] + 1 if jobs else start
    if end - start >= 3 and opens_sentence(doc, start) and _calling_before_name(doc, start) \
            or end - start >= 2 and _role_written_small(doc, start, end):
        start += 1  # "Sharemilker Ben Oakes", "Recipient K. Letchumy": what the person is, opening the sentence;
        # anywhere a noun the article writes in small letters too ("Toshao Clement Mandulay" of "the toshao")
    if end - start >= 3 and start > 0 and doc[start - 1].lower_ in ("and", "&") and doc[start].text not in GIVEN_NAME_GENDER \
            and office_title_before(doc, start) is not None:  # "Minister for Chemicals and" + "Fertilizers": the
        # office's last topic, to the first word that is only a given name ("… and" + "Social Care" + "Wes
        # Streeting"; not "Prasad" of "Raghunath Prasad Yadav", a surname too), else one word
        start = next((i for i in range(start + 1, end - 1) if doc[i].text in GIVEN_NAME_GENDER
                      and doc[i].text not in FAMILY_NAMES_TOO), start + 1)
    while end - start >= 2 and relatives_word(doc[start].lower_) and doc[start].text.istitle():
        start += 1  # "Grandson Gareth added", "Brothers Hamish and Angus McLeay": relatives' words opening the sentence
    if end - start >= 2 and (opening_participle(doc, start) or opening_verb_of_saying(doc, start)):
        start += 1  # "Sentencing McAllister, the sheriff said": the participle's object; "Stated Stone:"
    return start


#: "Saint" as it opens a surname after a given name ("Joel St Rose", "Mary St. Clair").
SAINT = frozenset(("St", "St.", "Ste", "Saint"))
#: A rank's initials and its grade in one word ("SFO2" Senior Fire Officer 2, "PO3", "SPO1").
_RANK_AND_GRADE = regex.compile(r"\p{Lu}{2,5}\d{1,2}")
#: Endings of a noun for what someone is or does ("sharemilker", "recipient", "beneficiary").
_CALLING_ENDINGS = (*AGENT_ENDINGS, "ary")
#: Those of them no given name the lexicon misses is likely to end in ("Recipient", not "Christian", "Hunter").
_CALLING_ONLY_ENDINGS = ("ent", "ant", "ary", "ist", "ee")


def _calling_before_name(doc, i: int) -> bool:
    """Whether the capitalised word at token i is no given name but what the one named after it is or does: an
    occupation; a noun by its ending, before a given name the lexicon knows and not as a family name ("Sharemilker
    Ben Oakes"), or, with an ending no given name is likely to have, before an initial ("Recipient K. Letchumy"; not
    "Christian J. Bauer"); or a word the article also writes in lower case, before a given name and a surname
    ("Handliner Mark Stevens" where "the port's handliners" are; not "Tanner James Holt")."""
    word, after = doc[i], doc[i + 1].text
    if not (word.is_alpha and word.text[:1].isupper() and word.text not in GIVEN_NAME_GENDER):
        return False
    if word.lower_ in OCCUPATIONS or _common_word_before_full_name(doc, i):
        return True
    return word.text.istitle() and len(word) >= 6 and (
        word.lower_.endswith(_CALLING_ENDINGS) and after in GIVEN_NAME_GENDER and after not in FAMILY_NAMES_TOO
        or word.lower_.endswith(_CALLING_ONLY_ENDINGS) and regex.fullmatch(r"\p{Lu}\.", after) is not None)


def opens_sentence(doc, i: int) -> bool:
    """Whether token i opens its sentence or its line."""
    return i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_ or bool(doc[i].is_sent_start)


def opening_verb_of_saying(doc, i: int) -> bool:
    """Whether token i is a verb of saying in the past opening its sentence before the speaker's name, the
    order a story uses to bring in a quotation ("Stated Stone:", "Added Ms Okafor:"), which the tagger may take
    for a given name: a past form of a reporting verb, capitalised, never a listed given name."""
    tok = doc[i]
    verb = REPORTING_FORMS.get(tok.lower_)
    return opens_sentence(doc, i) and verb is not None and tok.text[:1].isupper() and tok.text not in GIVEN_NAME_GENDER \
        and tok.lower_ != verb and not tok.lower_.endswith(("s", "ing"))


def opening_participle(doc, i: int) -> bool:
    """Whether token i is a verb in -ing opening its sentence before its object ("Sentencing McAllister, the
    sheriff told him", "Addressing Kyle Rennie, …"), which the tagger may take for a word of the name after it:
    a listed participle or one the tagger calls a verb, never a given name ("Sterling", "Irving")."""
    tok = doc[i]
    return opens_sentence(doc, i) and tok.is_alpha and tok.text[:1].isupper() and tok.lower_.endswith("ing") \
        and tok.text not in GIVEN_NAME_GENDER and (tok.lower_ in CLAUSE_PARTICIPLES or tok.tag_ == "VBG")


def office_holder(doc, head: int, hi: int) -> tuple[int, int] | None:
    """Token range of the name after a title's office in a mention headed by the title ("Minister of Sport
    Olivia Grant-Bailey", "Secretary of State Maria Lopez", "Member of the Senedd Rhys Bevan"); untagged, the name is
    its last two words, or the last one if it is a name with a joined initial."""
    if doc[head].lower_ not in TITLES and doc[head].text != "Member" \
            and not (doc[head].lower_ in OCCUPATIONS and doc[head].text.istitle()) or head + 3 >= hi \
            or doc[head + 1].lower_ not in OFFICE_LINKS:
        return None  # (an occupation written as an office: "Executive Engineer of the Water Resources Department X")
    start, end = name_range(doc, head + 2, hi)
    words = [i for i in range(start, end) if is_name_token(doc[i]) and not (i > start and joins_words(doc[i - 1]))]
    if len(words) < 2 and not (end - start == 1 and given_part(doc[start].text)):
        return None  # (one word is a name only with a joined initial: "Mayor of Darkhan" + "Ch.Batbayar")
    topic = [i for i in range(head + 2, words[-1]) if doc[i].lower_ in OFFICE_TOPICS or doc[i].lower_ in _FORCES]
    if topic and len(after := [i for i in words if i > topic[-1]]) >= 2 and not honorific_length(doc, after[0], end):
        return after[0], end  # "Minister of Foreign Affairs" + "Cho Tae-yul", "… for Transport" + "Chee Hong Tat",
        # "Assistant Commissioner of Police" + "Rosli Hamzah Ahmad"
    if doc[end - 1].ent_type_ != "PERSON" and len(words) >= 3:
        titled = [i + size for i in range(start, end - 2) if (size := honorific_length(doc, i, end))]
        start = titled[-1] if titled else words[-2]  # (the office's topic before it: "Sport"; "… Shri" + name)
        if not titled and len(words) >= 4 and doc[start - 1].text in GIVEN_NAME_GENDER:
            start -= 1  # "… and Logistics Bernard Fung Yiu-man"
        while start - 1 > head + 2 and (INITIALS.fullmatch(doc[start - 1].text) or abbreviated_given(doc[start - 1].text)):
            start -= 1  # "… Development" + "K. Venkata Ramaiah", "Leader of the Opposition" + "Ch Naveed Akhtar"
    return start, end


def abbreviated_given(word: str) -> bool:
    """Whether `word` is an abbreviated given name, a word of the name (data/title_abbreviations.tsv: "Ma.", "Ch.", "Md"),
    with or without its full stop ("Ch" as Pakistan's papers write it; "Ma" too, a surname as well, which only a
    tagged name right after it makes a word of that name)."""
    return word in NAME_ABBREVIATIONS or word + "." in NAME_ABBREVIATIONS


def plural_title(word: str) -> bool:
    """Whether a lower-case word is a title's plural ("ministers")."""
    return word.endswith("s") and word[:-1] in TITLES


#: Words that carry a long office on to its holder's name ("Minister within the Ministry of Housing and Water X",
#: "Senior Minister in the Office of the President with responsibility for Finance X").
_LONG_OFFICE_LINKS = frozenset(("of", "for", "in", "within", "the", "and", "&", "with", "responsibility"))


def holder_after_long_office(doc, head: int) -> tuple[int, int] | None:
    """Token range of the name ending a long office written after the title at token `head` on one line with no
    punctuation ("Minister within the Ministry of Housing and Water Shanta Mangru", "Senior Minister in the Office of
    the President with responsibility for Finance Dr Rajesh Seeram"): the two or three words after an honorific, else
    after the office's last link, title, topic or body word; None otherwise."""
    if doc[head].lower_ not in TITLES or head + 1 >= len(doc) or doc[head + 1].lower_ not in ("within", "in", "of", "for"):
        return None
    end = head + 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (
            doc[end].lower_ in _LONG_OFFICE_LINKS and doc[end].text.islower() or joins_words(doc[end])
            or capitalised(doc[end].text) and doc[end].is_alpha):
        end += 1
    start = next((i + size for i in range(head + 2, end) if (size := honorific_length(doc, i, end))), None)
    if start is None:
        office = [i for i in range(head + 1, end) if doc[i].lower_ in _LONG_OFFICE_LINKS or doc[i].lower_ in TITLES
                  or plural_title(doc[i].lower_) or doc[i].lower_ in OFFICE_TOPICS
                  or doc[i].lower_ in BODY_WORDS]  # ("… of the Cabinet of Ministers" + "Talant Mamytbekov")
        start = office[-1] + 1 if office else end
    words = [i for i in range(start, end) if not joins_words(doc[i]) and not (i > start and joins_words(doc[i - 1]))]
    if start - head < 3 or not 2 <= len(words) <= 3 or any(doc[i].lower_ in TITLES for i in words) \
            or doc[start - 1].text.islower():
        return None  # (a place a link opens is the body's: "… of the Police Service of Northern Ireland")
    return start, end


def office_title_before(doc, i: int) -> int | None:
    """The title heading an office whose name runs on to token i: "Minister" of "Minister of Sport" + "…", of
    "Minister of Water and" + "Sanitation …", "Minister of Information, Communications and" + "Technology …",
    "Minister of Culture and the" + "Arts …" (the first words of the office's topic before i) or of "Minister in the"
    + "Presidency …", a place's possessive within ("Mayor of St Ann's Bay" + "Councillor …")."""
    j = i - 1
    while j > 0 and i - j <= 6 and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].lower_ in ("and", "&")
                                    or doc[j].text == "the" and doc[j - 1].lower_ in ("and", "&")
                                    or doc[j].text == "," and doc[j - 1].lower_ in OFFICE_TOPICS  # (a list of topics)
                                    or doc[j].text in POSSESSIVE_TOKENS and not doc[j - 1].whitespace_) \
            and "\n" not in doc[j].whitespace_:
        j -= 1
    if j >= 2 and doc[j].text == "the":
        j -= 1
    if j >= 1 and doc[j].lower_ in OFFICE_LINKS and (doc[j - 1].lower_ in TITLES and doc[j - 1].text[:1].isupper()
                                                     or doc[j - 1].text == "Member"):
        return j - 1  # ("Member of the" + "Senedd Rhys Bevan")
    return None


def _untagged_name_word(tok) -> bool:
    """A word of a name that the tagger put in no entity (body_mentions.untagged_name), between two parts of a name
    it tagged: no title nor word in capitals."""
    return untagged_name(tok) and is_name_token(tok) and not tok.text.isupper()


def joined_person_entities(doc, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Entities (start, end, label) with each tagged person's name made whole: two person entities side by
    side ("Datuk Ahmad" + "Faizal Hamzah"), or with one untagged word of name between, are one, and a name runs
    on over a quoted nickname to the name words after it (Delroy "Scrappy" + Morgan), over the parts of a
    hyphenated name ("Tsz-kin", "Mabaso-Nkosi") and back over a given name the tagger left out or put in the
    entity before ("Regina" + "Ho Wing-yan", "MNA Louis-Philippe" + "Gendron"); a person's name the tagger put at
    the end of a body's or other entity is a person's (see person_in_entity)."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in ents:
        if out and out[-1][2] == "PERSON" and start < out[-1][1]:
            if label == "PERSON" and end > out[-1][1]:  # (the name before ran over particles into this one: "Latifa
                out[-1] = (out[-1][0], _person_end(doc, start, end), "PERSON")  # bint Hamdan" + "Al Qasimi")
            continue  # taken into the name before
        if label != "PERSON" and end - start == 1 and _hyphenated_given_at(doc, end):
            label = "PERSON"  # "Han" (a people) + "Jae-won"
        if start >= 2 and _son_of(doc, start):  # "Muthukumar" + "s/o" + "Ramasamy" (typed a place): one name
            start, label = out.pop()[0] if out and out[-1][1] == start - 1 else start - 2, "PERSON"
        if label != "PERSON" and not _person_entity_at(doc, end) \
                and (person := person_in_entity(doc, start, end)) is not None:
            if doc[start].lower_ not in TITLES and person[0] - 1 > start and _role_word(doc[person[0] - 1]):
                out.append((start, person[0] - 1, label))  # "Parti Québécois" of "Parti Québécois MNA …"
            start, end, label = *person, "PERSON"
        if label == "PERSON":
            end = _person_end(doc, start, end)
            start, end = _romanised_name(doc, start, end, out[-1][1] if out else 0)
            if out and out[-1][2] == "PERSON" and (out[-1][1] == start or out[-1][1] == start - 1
                                                   and _untagged_name_word(doc[start - 1])) \
                    and "\n" not in doc[out[-1][1] - 1].whitespace_ + doc[start - 1].whitespace_:
                start = out.pop()[0]  # (and over an untagged word between: "Syed Mohsin" + "Raza" + "Bukhari")
            elif given := given_name_before(doc, start, end):
                start -= given
                if out and out[-1][1] > start:  # the given name taken for (the end of) an entity before
                    kept = (out[-1][0], start, out[-1][2])
                    out.pop()
                    if any(not _role_word(t) and t.lower_ not in TITLES for t in doc[kept[0]:kept[1]]):
                        out.append(kept)  # ("Development and Planning" of "… Planning Dominic")
            elif start >= 2 and _opening_particles(doc, start) and not doc[start - 2].ent_type_:
                start -= 2  # "Van der" + "Veen Binnenvaart"
            elif start >= 2 and doc[start - 1].text in FILIAL_PARTICLES and given_or_listed(doc[start - 2]) \
                    and not (out and out[-1][1] > start - 2):
                start -= 2  # "Norhayati binti" + "Haji Md Salleh": the given name before "son of" or "daughter of"
            elif start >= 2 and joins_words(doc[start - 1]) and given_or_listed(doc[start - 2]) \
                    and not (out and out[-1][1] > start - 2):
                start -= 2  # "Jukka-" + "Pekka Virtanen": the given name's first part, left out
        out.append((start, end, label))
    return [part for ent in out for part in _pair_split(doc, *ent)]


def _pair_split(doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A person's entity that is two names of two words or more joined by a hyphen, as a doubles pair is written
    ("Chong Zhe Kai-Megat Hakimi Razak"), as the two names, where the article writes the first two words after the
    hyphen elsewhere, not after a hyphen ("said Megat Hakimi"; not "Abdel-Moneim Shaker"); any other entity as it is."""
    joins = [i for i in range(start + 2, end - 2) if doc[i].text == "-" and not doc[i - 1].whitespace_
             and not doc[i].whitespace_] if label == "PERSON" else []
    if len(joins) != 1 or not all(t.text[:1].isupper() for t in doc[start:end] if t.i != joins[0]):
        return [(start, end, label)]
    first, then = doc[joins[0] + 1].text, doc[joins[0] + 2].text
    if not any(doc[i].text == first and doc[i + 1].text == then and doc[i - 1].text != "-"
               for i in range(1, len(doc) - 1) if not start <= i < end):
        return [(start, end, label)]
    return [(start, joins[0], label), (joins[0] + 1, end, label)]


def opening_description(doc, i: int) -> bool:
    """Whether token `i`, capitalised as it opens a sentence or follows a colon, is an occupation or a word for a
    person that describes the one named after it ("Teenager Ilhan strikes late", "Activist Greyfriars …"), not a
    given name."""
    return (doc[i].is_sent_start or i == 0 or doc[i - 1].text == ":") and i + 1 < len(doc) and _calling_before_name(doc, i)


def _common_word_before_full_name(doc, i: int) -> bool:
    """Whether token `i` is a word the article also writes in lower case (or its plural), before a listed given name
    and a capitalised surname (see _calling_before_name)."""
    tok = doc[i]
    if not (tok.is_alpha and i + 2 < len(doc) and doc[i + 1].text in GIVEN_NAME_GENDER and doc[i + 2].is_alpha
            and doc[i + 2].text[:1].isupper()):
        return False
    return bool(_written_small(tok).size)


def _written_small(tok, orth=None):
    """The indices of the tokens of tok's Doc that write its word, or its plural, in small letters (`orth`: the Doc's
    ORTH column, where the caller has read it)."""
    strings = tok.doc.vocab.strings
    written = [strings[word] for word in (tok.lower_, tok.lower_ + "s") if word in strings]
    orth = tok.doc.to_array(ORTH) if orth is None and written else orth
    return np.flatnonzero(np.isin(orth, written)) if written else np.empty(0, dtype=int)


def _role_written_small(doc, i: int, end: int) -> bool:
    """Whether the capitalised word at token `i`, before a person's name ending before token `end`, is a noun the article
    also writes in small letters, after a word that makes it one or as a subject or object ("the toshao", "other
    villagers", "villagers had complained"): what the one named after it is ("Toshao Marcus Atkinson", "Villager Ho
    Yuk-chu"), where the tagger left it out of the name before two words of name, or out of another name elsewhere
    (_role_apart); no given name the lexicon lists nor a verb of saying ("Said Abdullah Al Kindi"), nor a plural, a
    body's word or a person's noun ("Man Hoi-yan"), nor, opening a sentence, before one word alone."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text.istitle() and tok.text not in GIVEN_NAME_GENDER and tok.lower_ not in REPORTING_FORMS
            and tok.text not in FAMILY_FIRST_NAMES and tok.lower_ not in BODY_WORDS and not tok.lower_.endswith("s")
            and (tok.lower_ not in PERSON_NOUNS or tok.lower_ in OCCUPATIONS)
            and i + 1 < end <= len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()
            and (end - i > 2 or not opens_sentence(doc, i))):
        return False
    orth = tok.doc.to_array(ORTH)  # (read once: the tokens written as it is, and those writing it small)
    elsewhere = any(_role_apart(doc, k) and doc[k + 1].text != doc[i + 1].text
                    for k in np.flatnonzero(orth == tok.orth).tolist() if k != i)
    if not elsewhere and (not _role_apart(doc, i) or _name_words(doc, i + 1, end) < 2):
        return False  # (before one word of name, only a word the article also writes apart before another name: not
        # "Rain" of "Rain Henry" where "the rain" fell, nor "Ivy" of "Ivy Thomas-Cudjoe" where "the ivy" grew)
    return any(
        doc[k].pos_ in ("NOUN", "PROPN") and (any(c.dep_ in ("det", "poss", "amod", "nummod") for c in doc[k].lefts)
                                              or doc[k].dep_ in ("nsubj", "nsubjpass", "dobj", "appos"))
        for k in _written_small(tok, orth).tolist())


def _name_words(doc, lo: int, hi: int) -> int:
    """How many words of name tokens lo..hi hold, the parts of a hyphenated one counted once ("Thomas-Cudjoe": one)."""
    return sum(1 for k in range(lo, hi) if doc[k].text != "-" and not (k > lo and doc[k - 1].text == "-"))


def _role_apart(doc, i: int) -> bool:
    """Whether the tagger left the word at token `i` out of the person's name after it: the name typed a person's from
    the next word on, or that word a listed given name or family name written first."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and doc[i].ent_type_ != "PERSON" and (
        nxt.ent_type_ == "PERSON" or nxt.text in GIVEN_NAME_GENDER or nxt.text in FAMILY_FIRST_NAMES)


def _romanised_name(doc, start: int, end: int, free_from: int) -> tuple[int, int]:
    """A Chinese name of three one-syllable words written without hyphens, whose surname or given names the tagger
    left out of the person's entity: "Ng" + "Boon Kiat", "Datuk Yeoh" + "Soon Hin" (not before token `free_from`,
    which an entity before holds)."""
    words = doc[start:end]
    if len(words) == 2 and all(_one_syllable(t) for t in words) and start - 1 >= free_from \
            and _untagged_syllable(doc[start - 1]):
        return start - 1, end
    if _one_syllable(doc[end - 1]) and all(t.lower_.rstrip(".") in TITLES or t.lower_ in HONORIFICS for t in doc[start:end - 1]) \
            and end + 2 <= len(doc) and all(_untagged_syllable(t) for t in doc[end:end + 2]) \
            and not (end + 2 < len(doc) and _untagged_syllable(doc[end + 2])):
        return start, end + 2
    return start, end


def _one_syllable(tok) -> bool:
    """A capitalised word of one romanised syllable ("Boon", "Yeoh", "Ng")."""
    return tok.is_alpha and one_syllable_word(tok.text)


def one_syllable_word(word: str) -> bool:
    """Whether a capitalised word is one romanised syllable ("Boon", "Yeoh", "Ng")."""
    return word[:1].isupper() and word[1:].islower() \
        and (word == "Ng" or _ROMANISED_SYLLABLE.fullmatch(word.lower()) is not None)


#: One syllable of a romanised given name as Hokkien, Cantonese and Vietnamese spell them too ("Hock", "Siew", "Kow",
#: "Minh"): wider than _ROMANISED_SYLLABLE, which finds name words the tagger left out of a name and so must not take
#: English words such as "Kay" or "Lock"; this one only judges words already in a name.
_GIVEN_SYLLABLE = regex.compile(r"(?:[bcdfghjklmnpqrstvwxyz]|ch|sh|zh|ts|sz|ng|kh|th|ph|tr|nh|qu)?[wy]?[aeiou]{1,3}"
                                r"(?:ng|nh|ch|ck|[nkmptlhwy])?")


def given_syllable(word: str) -> bool:
    """Whether a capitalised word of a name is one syllable of a romanised given name (_GIVEN_SYLLABLE)."""
    return word[:1].isupper() and word[1:].islower() and _GIVEN_SYLLABLE.fullmatch(word.lower()) is not None


def _untagged_syllable(tok) -> bool:
    """A word of one romanised syllable in no entity, inside a sentence and no common word ("Soon" of "Yeoh Soon
    Hin" may be the adverb to the parser, but not "On")."""
    return not tok.ent_type_ and _one_syllable(tok) and not tok.is_stop \
        and not (tok.is_sent_start and (tok.i == 0 or tok.nbor(-1).is_punct or "\n" in tok.nbor(-1).whitespace_))
    # (the parser may open a sentence inside a name: "Datuk Yeoh" + "Soon Hin said")


def _person_entity_at(doc, i: int) -> bool:
    """Whether a person entity starts at token i."""
    return i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "PERSON"


def person_in_entity(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range of the person's name in a body's (or another) entity: the entity itself where it is a listed
    given name and one or two more words with letters after them ("Helena Marsh-Tibbett MP", the letters left
    out); the holder after the topic of an office whose title stands before or at its start ("Secretary for
    Transport and Logistics Bernard Fung Yiu-man": the entity from "Transport" on); or two or three name words
    that end it after a capitalised role word or rank ("Parti Québécois MNA Jean-François Ouellet", "DSP Naila
    Qureshi"; one after a rank: "CS Wanjiru"), or after honorifics at its start ("the Very Rev Alison Mayhew");
    else None."""
    if (named := _name_with_letters(doc, start, end)) is not None:
        return named
    if (named := _long_name_from_given(doc, start, end)) is not None:
        return named
    if honorific_length(doc, start, end) and 2 <= end - (lo := after_honorifics(doc, start, end)) <= 3 \
            and all(t.pos_ == "PROPN" and t.is_alpha for t in doc[lo:end]) and not names_body(doc, lo, end):
        return lo, end
    for head in (office_title_before(doc, start), start):
        if head is not None and doc[head].text[:1].isupper() and (office := office_holder(doc, head, end)):
            return office if office[0] >= start else None
    for k in range(end - 2, start - 1, -1):
        if _role_word(doc[k]):
            lo, hi = name_range(doc, k + 1, end)
            words = [t for t in doc[lo:hi] if t.is_alpha and not (t.i > lo and joins_words(doc[t.i - 1]))]
            fewest = 1 if written_rank(doc[k]) else 2  # ("CS Wanjiru": a rank before a surname alone)
            if lo == k + 1 and hi == end and fewest <= len(words) <= 3 and all(t.pos_ == "PROPN" for t in words) \
                    and not any(t.lower_ in BODY_WORDS for t in words) and not names_body(doc, lo, hi):
                return lo, hi
            return None
    return None


def _long_name_from_given(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range of a name of three or four words opening with a listed given name that a body's entity is, after
    "the" and a nationality if any ("Marcos Vinícius Teixeira Lobo", "the Uruguayan Gustavo Peñaloza Herrera"): capitalised
    words, none a body's word, a title or a word the article also writes in lower case ("Barack Obama Election Day", an
    event); None otherwise."""
    lo = start
    while lo < end and (doc[lo].lower_ == "the" or doc[lo].text in _nationality_words()):
        lo += 1
    words = doc[lo:end]
    if not (3 <= len(words) <= 4 and words[0].text in GIVEN_NAME_GENDER) or names_body(doc, lo, end) \
            or not all(t.is_alpha and t.text.istitle() and t.lower_ not in BODY_WORDS and t.lower_ not in TITLES for t in words):
        return None
    lower = {t.lower_ for t in words[1:]}
    return None if any(t.text in lower for t in doc) else (lo, end)


@functools.cache
def _nationality_words() -> frozenset[str]:
    """The nationalities' adjectives of data/places.tsv ("Uruguayan")."""
    return frozenset(places().values())


def _name_with_letters(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range of a person's name that an entity is, with the letters after a name at its end or right after
    it ("Helena Marsh-Tibbett" + "MP", which the tagger may take for a body): a listed given name and one or two
    more words of name; else None."""
    hi = after_postnominals(doc, start, end)
    if hi == end and not (end < len(doc) and doc[end].text in POSTNOMINALS):
        return None
    words = [t for t in doc[start:hi] if not (joins_words(t) or t.i > start and joins_words(doc[t.i - 1]))]
    named = doc[start].text in GIVEN_NAME_GENDER and 2 <= len(words) <= 3
    return (start, hi) if named and all(is_name_token(t) and t.pos_ == "PROPN" for t in words) else None


def _role_word(tok) -> bool:
    """A capitalised title, rank or role word that ends what stands before a name ("MNA", "Minister", "DSP")."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in NOT_ROLE \
        and (tok.lower_ in ROLE_WORDS or tok.lower_ in PERSONAL_TITLES or written_rank(tok))


def written_rank(tok) -> bool:
    """Whether token `tok` is an abbreviated rank or office written as ranks are ("SP", "CS"; never "Sp")."""
    return RANKS.get(tok.lower_) == tok.text


def given_name_before(doc, start: int, end: int) -> int:
    """How many tokens before a tagged name starting at token `start` make a given name the tagger left out of
    it (0 when none), on the same line and in no other person's name: a name word of data/given_names.tsv
    ("Regina" of "Regina Ho Wing-yan", "Rajesh" of "Rajesh Kumar Verma") or any name word before a second given
    name of data/second_given_names.tsv ("Padma" of "Padma Devi Bhattarai"), a hyphenated given name with a
    part there ("Louis-Philippe" of "Louis-Philippe Gendron"), or any name word before a Chinese name of a
    surname and a hyphenated given name ("Vivian" of "Vivian Kwan Hoi-ting"), or any name word right after a
    personal title or a judge's ("Salum" of "Dr Salum Omari Kigoda", "Fredah" of "Justice Fredah Nafula
    Mukhwana"); one after another name word only when it is listed and the name Chinese ("Development and
    Planning Dominic" + "Yeung Ka-lok"), or when the tagged name is a surname of particles ("TD for Mayo North
    Gráinne" + "Nic Dhonnchadha"), which has a given name before it; any name word before a double-barrelled surname
    tagged alone ("Ivy" + "Thomas-Cudjoe") but a place's."""
    if start == 0 or end - start > 4:
        return 0
    if abbreviated_given(doc[start - 1].text) and "\n" not in doc[start - 1].whitespace_:
        return 1  # "Ma." of "Ma. Lourdes Reyes"
    size = 3 if start >= 3 and joins_words(doc[start - 2]) and given_or_listed(doc[start - 3]) else 1
    first = doc[start - size]
    before = doc[first.i - 1] if first.i > 0 else None
    titled = size == 1 and before is not None and (before.lower_ in NOT_ROLE or before.lower_ in _JUDGES_TITLES) \
        and before.lower_ not in ARTICLES and before.text[:1].isupper()
    titled = titled or size == 1 and before is not None and before.lower_ in _FORCES and before.text.istitle() \
        and office_title_before(doc, first.i) is not None  # "Assistant Commissioner of Police" + "Rozaini" + "Abdul Rahman"
    initials = titled and _initials_word(doc[start - 1])  # "Justice AKM" + "Rafiqul Talukder"
    if not ((_given_word(doc[start - 1]) or _given_name_typed_a_people(doc[start - 1])) and (size == 1 or given_or_listed(first))
            or initials) \
            or doc[start - 1].whitespace_ != " ":
        return 0
    listed = any(doc[i].text in GIVEN_NAME_GENDER for i in range(start - size, start, 2)) \
        or size == 1 and end - start >= 2 and doc[start].text in SECOND_GIVEN_NAMES  # "Padma" + "Devi Bhattarai"
    chinese = _surname_and_hyphenated_given(doc, start, end)
    double = end - start == 3 and joins_words(doc[start + 1]) and doc[start].text.istitle() \
        and doc[start + 2].text.istitle() and not doc[start - 1].ent_type_ and doc[start - 1].text not in places()
    # (a double-barrelled surname alone, "Thomas-Cudjoe": the name word before it is its given name, "Ivy")
    after_name = before is not None and is_name_token(before) and not honorific_length(doc, before.i, start) \
        and not _office_area(doc, before.i) \
        and not _role_word(before) and before.lower_ not in OCCUPATIONS and before.text not in DEMONYMS \
        and not _role_written_small(doc, before.i, end) \
        and office_title_before(doc, first.i) is None  # ("Secretary for Manpower" + "Muhammad": an office's topic;
    # "Frenchman" + "Didier" + "Laurent Mabille": a people's noun)
    particled = size == 1 and end - start >= 2 and doc[start].lower_ in NAME_PARTICLES
    compounded = size == 1 and end - start == 2 and before is not None and first.dep_ == "compound" \
        and start <= first.head.i < end and not first.ent_type_ and first.lower_ not in OCCUPATIONS \
        and (before.text.islower() and (before.lower_ in ROLE_WORDS or before.lower_ in OCCUPATIONS)
             or before.text in POSSESSIVE_TOKENS and first.i >= 2 and doc[first.i - 2].text[:1].isupper())
    # (an unlisted word the parser joins to the name, after a role or trade in small letters or a name's possessive:
    # "Oman coach Duleep" + "Mendis Perera", "Talisay's Jan" + "Carlo Lumapas"; not after "of" or "the", "a bench of
    # Justices", nor after the place an office is of: "county Assessor", "the parish's Rector")
    if listed and chinese or particled or not after_name and (listed or (chinese or double) and size == 1 or titled
                                                                 or compounded):
        return size  # (or any name word right after "Dr" or "Mr": "Dr Salum" + "Omari Kigoda")
    if size == 1 and end - start >= 2 and before is not None and first.text in GIVEN_NAME_GENDER \
            and before.text in GIVEN_NAME_GENDER and _given_word(before) and before.whitespace_ == " " \
            and given_name_before(doc, start - 1, end) == 1:
        return 2  # two listed given names before a double surname: "Luz Marina" + "Ochoa Gallego"
    return 0


#: Services whose name ends a rank written out ("Commissioner of Police", "Director of Prisons"): a name word after
#: one opens the holder's name.
_FORCES = frozenset(("police", "prisons", "customs", "immigration"))


def _given_word(tok) -> bool:
    """A capitalised proper noun that may be a given name: no title, body word, portfolio's topic ("Foreign Affairs"),
    date or people's adjective."""
    return tok.is_alpha and tok.text.istitle() and tok.pos_ == "PROPN" and tok.lower_ not in TITLES \
        and tok.lower_ not in BODY_WORDS and tok.lower_ not in OFFICE_TOPICS \
        and tok.ent_type_ not in ("PERSON", "DATE", "TIME", "NORP")


def given_name_mistagged(tok) -> bool:
    """A listed given name the tagger read as some other word before a capitalised proper noun on its line ("Ifor" of
    "Ifor Pugh", taken for a preposition); no common word ("Will", "May")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text in GIVEN_NAME_GENDER and tok.is_alpha and tok.text.istitle() and tok.pos_ not in ("PROPN", "PRON") \
        and not tok.is_stop and tok.ent_type_ in ("", "PERSON") and tok.whitespace_ == " " \
        and nxt is not None and nxt.pos_ == "PROPN" and nxt.text.istitle()


def _given_name_typed_a_people(tok) -> bool:
    """A listed given name the tagger typed a people's or a religion's ("Asim" of "Asim Raza Sheikh"), no word for a
    people or a faith's believers ("Christian" is a given name too)."""
    return tok.ent_type_ == "NORP" and tok.text in GIVEN_NAME_GENDER and tok.text not in DEMONYMS \
        and tok.text not in _nationality_words() and tok.lower_ not in _BELIEVERS \
        and tok.is_alpha and tok.text.istitle() and tok.pos_ == "PROPN"


#: Words for a faith's believers that are also given names.
_BELIEVERS = frozenset(("christian", "muslim", "hindu", "catholic", "jew"))


def _initials_word(tok) -> bool:
    """Initials in capitals that open a South Asian name ("AKM" of "AKM Rafiqul Talukder", "SM" of "SM Shahjahan")."""
    return tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 3 and tok.pos_ == "PROPN" \
        and tok.ent_type_ not in ("GPE", "NORP", "LOC") and tok.lower_ not in TITLES and tok.lower_ not in OFFICE_INITIALS


#: Particles between a Malay, Arabic or Indian given name and the father's name ("s/o": "son of").
FILIAL_PARTICLES = frozenset(("bin", "binti", "bint", "ibn")) | FILIAL_ABBREVIATIONS
#: A given name, "s/o" (or "d/o", "a/l", "a/p") and a father's name: one person's name ("Muthukumar s/o Ramasamy").
FILIAL_NAME = regex.compile(r"(?<![\w/])\p{Lu}\p{Ll}+ (?:%s) \p{Lu}\p{Ll}+\b"
                            % "|".join(regex.escape(a) for a in sorted(FILIAL_ABBREVIATIONS)))


def _son_of(doc, i: int) -> bool:
    """Whether the capitalised word at token `i` follows a capitalised word and "s/o", "d/o", "a/l" or "a/p": a father's
    name after a given name ("Muthukumar s/o Ramasamy"), whatever the tagger typed either."""
    given = doc[i - 2]
    return doc[i - 1].text in FILIAL_ABBREVIATIONS and given.is_alpha and given.text.istitle() and doc[i].text[:1].isupper()


def given_or_listed(tok) -> bool:
    """A word that may be a given name, or a listed given name however the tagger read it: the first part of a
    hyphenated given name ("Per" of "Per-Anders", taken for the preposition; "Jukka", typed a place) or the given name
    before "binti" ("Norhayati")."""
    return _given_word(tok) or tok.is_alpha and tok.text.istitle() and tok.text in GIVEN_NAME_GENDER


def _surname_and_hyphenated_given(doc, start: int, end: int) -> bool:
    """Whether tokens start..end are a surname and a hyphenated given name ("Kwan Hoi-ting")."""
    return end - start == 4 and joins_words(doc[start + 2]) and doc[start + 3].text.islower() \
        and doc[start].text.istitle() and doc[start + 1].text.istitle()


def _surname_part(doc, i: int) -> bool:
    """A capitalised word joined by a hyphen to the name word before it and ending the name ("Nkosi" of
    "Mabaso-Nkosi"), in no entity of its own ("Trump-Putin summit" is no name)."""
    tok = doc[i]
    return joins_words(doc[i - 1]) and is_name_token(doc[i - 2]) and tok.is_alpha and tok.text.istitle() \
        and tok.lower_ not in TITLES and tok.ent_iob_ != "B" and not (i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN")


def _person_end(doc, start: int, end: int) -> int:
    """Where a tagged person's name ends: past a quoted nickname it opens and the name words after, the
    parts of a hyphenated name, untagged name words up to a surname that is a title word, and a person entity
    right after."""
    for i in range(start + 1, end + 1):
        if i < len(doc) and (closing := nickname_end(doc, i)) is not None and closing + 1 >= end:
            end = closing + 1
            while end < len(doc) and is_name_token(doc[end]):
                end += 1
            break
    end = hyphenated_end(doc, start, end)
    end = surname_end(doc, end)
    last = end
    while last < len(doc) and _untagged_name_word(doc[last]) and "\n" not in doc[last - 1].whitespace_:
        last += 1
    if last < len(doc) and _surname_title(doc, last, start):
        end = last + 1  # "Mian Kamran" + "Ilyas Sheikh said": a surname that is a title word too
    elif end < len(doc) and _surname_head(doc, start, end):
        end += 1  # "Dr Jumanne Selemani" + "Kibwana, who …": the word the tagged words hang on
    while end < len(doc) and doc[end].lower_ in MONASTIC_TITLES and doc[end].text[:1].isupper() \
            and doc[end - 1].whitespace_ == " ":
        end += 1  # "Medagoda Piyaratana" + "Nayaka Thera"
    while end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON" \
            and "\n" not in doc[end - 1].whitespace_ and not doc[end - 1].is_punct:
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return end


def _surname_head(doc, start: int, end: int) -> bool:
    """Whether the name word right after the tagged person's name doc[start:end], untagged or alone in an entity the
    tagger took for a place or a people, is its surname: the parser hangs every tagged word on it, and no name word,
    verb of saying nor body's word comes next ("Jumanne Selemani" + "Kibwana,", "Tariro Nyasha" + "Mlambo," tagged a
    place; not "Kofi Annan" + "Foundation", "Obama" + "Says")."""
    head = doc[end]
    alone = not head.ent_type_ or head.ent_type_ in ("GPE", "NORP", "LOC") and head.ent_iob_ == "B" \
        and not (end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I")
    return alone and is_name_token(head) and head.is_alpha and not head.text.isupper() \
        and all(t.dep_ == "compound" and t.head.i == end for t in doc[start:end]) \
        and not (end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].text[:1].isupper())) \
        and head.lower_ not in REPORTING_FORMS and not names_body(doc, end, end + 1) and "\n" not in doc[end - 1].whitespace_


def hyphenated_end(doc, start: int, end: int) -> int:
    """Where a name in tokens start..end ends, past the parts joined to its last word by a hyphen without
    spaces: a lower-case part of a given name ("Tsz-kin") or a capitalised part of a surname ("Mabaso-Nkosi"),
    and a hyphenated given name the tagger left out after a surname ("Priscilla Mak" + "Wai-ling")."""
    while end + 1 < len(doc) and (hyphenated_part(doc, end + 1, start) or _surname_part(doc, end + 1)):
        end += 2
    return end + 3 if _hyphenated_given_at(doc, end) else end


def _hyphenated_given_at(doc, i: int) -> bool:
    """Whether an untagged hyphenated given name of Hong Kong, Taiwan or Korea starts at token i ("Wai-ling",
    "Jae-won")."""
    return i + 2 < len(doc) and doc[i].ent_type_ == "" and (_given_word(doc[i]) and hyphenated_part(doc, i + 2, i)
                                                            or _romanised_given(doc, i))


def _romanised_given(doc, i: int) -> bool:
    """Whether tokens i..i+2 are two romanised syllables joined by a hyphen, the first capitalised ("Do-hyun", whose
    "Do" the tagger reads as a verb)."""
    first, mark, second = doc[i], doc[i + 1], doc[i + 2]
    return first.text.istitle() and second.text.islower() and mark.text == "-" and not first.whitespace_ \
        and not mark.whitespace_ and _ROMANISED_SYLLABLE.fullmatch(first.lower_) is not None \
        and _ROMANISED_SYLLABLE.fullmatch(second.text) is not None


#: Royal styles that are given names too; no royal is written with a middle initial.
_ROYAL_STYLES = frozenset(("prince", "princess", "king", "queen"))
_MIDDLE_INITIAL = regex.compile(r"\p{Lu}\.")


def royal_given_name(doc, i: int) -> bool:
    """Whether token i, a royal style, is a given name: a middle initial follows ("Senator Prince Y. Kollie")."""
    return doc[i].lower_ in _ROYAL_STYLES and i + 1 < len(doc) and bool(_MIDDLE_INITIAL.fullmatch(doc[i + 1].text))


def after_honorifics(doc, start: int, end: int) -> int:
    """The first token after the honorifics and titles at the front of tokens start..end ("Tan Sri",
    "Datuk Seri Dr", "Alhaji", "Coun.", and "Sri" of "Dato' Sri" begun before `start`), leaving at
    least one token."""
    for before in range(max(0, start - 3), start):
        if (length := honorific_length(doc, before, end)) and start < before + length < end:
            start = before + length
            break
    while start < end - 1:
        if start + 2 < end and royal_given_name(doc, start):
            return start  # "Senator Prince Y. Kollie"
        skip = honorific_length(doc, start, end) or (doc[start].lower_ in TITLES)
        if not skip or start + skip >= end or (doc[start].lower_ in NAME_HONORIFICS or _seat_title(doc, start, skip)) \
                and start + skip >= end - 1:
            return start  # (an honorific that is also a given name stays before one word: "Nana Mensah")
        start += skip
    return start


@functools.cache
def _honorifics_by_start() -> dict[str, list[str]]:
    """The honorifics (longest first, as in HONORIFICS) by their first two characters."""
    out: dict[str, list[str]] = {}
    for honorific in HONORIFICS:
        out.setdefault(honorific[:2], []).append(honorific)
    return out


@functools.cache
def _honorific_beginnings() -> frozenset[str]:
    """Every beginning of an honorific ("d", "da", "dat", "dato", "dato'", …)."""
    return frozenset(honorific[:n] for honorific in HONORIFICS for n in range(1, len(honorific) + 1))


def honorific_length(doc, i: int, end: int) -> int:
    """How many tokens of i..end the honorific at token i takes ("Dato' Seri": 3 tokens), 0 when none."""
    if doc[i].text.lower().replace("\u2019", "'") not in _honorific_beginnings():
        return 0  # (an honorific ends at a space: the word at i is all of it or its beginning)
    # (the honorific and the character after it are all that is compared: one more keeps lower() exact)
    written = _text_start(doc, i, end, _LONGEST_HONORIFIC + 2)
    text = written.lower().replace("\u2019", "'")
    for honorific in _honorifics_by_start().get(text[:2], ()):
        if text.startswith(honorific) and text[len(honorific):len(honorific) + 1] in (" ", "") \
                and (honorific not in RANKS or written.startswith(RANKS[honorific])):  # "SP", never "Sp"
            stop = doc[i].idx + len(honorific)
            length = sum(1 for t in doc[i:end] if t.idx < stop)
            return length + 1 if honorific in SEAT_HONORIFICS and _seat_word(doc, i + length, end) else length
    return 0


def _seat_word(doc, i: int, end: int) -> bool:
    """Whether token i (before `end`) is the capitalised place a chiefly title is held for ("Falealupo" of "Tui
    Falealupo")."""
    return i < end and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].lower_ not in TITLES


def _seat_title(doc, i: int, length: int) -> bool:
    """Whether the honorific of `length` tokens at token i is a chiefly title with its place ("Tui Falealupo")."""
    return length >= 2 and doc[i].lower_.replace("\u2019", "'") in SEAT_HONORIFICS


def seat_title_at(doc, i: int, end: int) -> str | None:
    """The chiefly title and its place at token i, when a name of two words or more follows it before `end`
    ("Tui Falealupo" of "Tui Falealupo Seiuli Taamilo"), else None."""
    length = honorific_length(doc, i, end)
    if not _seat_title(doc, i, length) or not all(is_name_token(t) for t in doc[i + length:i + length + 2]) \
            or i + length + 2 > end:
        return None
    return " ".join(doc[i:i + length].text.split())


def _text_start(doc, i: int, end: int, chars: int) -> str:
    """The text of tokens i..end (as Span.text), only as far as its first `chars` characters' tokens."""
    pieces, length = [], 0
    for k in range(i, end):
        if length >= chars:
            break
        tok = doc[k]
        pieces.append(tok.text if k == end - 1 else tok.text_with_ws)
        length += len(pieces[-1])
    return "".join(pieces)


#: One syllable of a romanised Korean or Chinese name ("wook", "ting", "yeon", "hyun"; a Hokkien surname's "Yeoh",
#: "Goh"), which an English word joined to a name by a hyphen seldom is ("Clinton-style", "Obama-era", "Trump-backed").
_ROMANISED_SYLLABLE = regex.compile(r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts|sz|ng)?[wy]?[aeiou]{1,3}(?:ng|n|k|m|p|t|l|h)?")


def hyphenated_start(doc, i: int) -> int:
    """The first token of a name whose parts are joined by hyphens up to token i ("Jon" of "Jon-Erik", "Marc" of
    "Marc-André"), else i."""
    while i >= 2 and joins_words(doc[i - 1]) and is_name_token(doc[i - 2]):
        i -= 2
    return i


def hyphenated_part(doc, i: int, lo: int) -> bool:
    """A lower-case part of a hyphenated given name the tagger reads as a name, puts in an entity or leaves as
    a common noun when it is one romanised syllable ("kin" of "Wong Tsz-kin", "wook" of "Choi Sang-wook"; not the
    particle of "Runner-up")."""
    tok = doc[i]
    return tok.is_alpha and tok.text.islower() and i - 2 >= lo and joins_words(doc[i - 1]) and is_name_token(doc[i - 2]) \
        and (tok.pos_ == "PROPN" or tok.ent_type_ != ""
             or tok.pos_ not in ("ADP", "ADV", "PART") and _ROMANISED_SYLLABLE.fullmatch(tok.text) is not None)


def _nickname_start(doc, closing: int, lo: int) -> int | None:
    """The opening mark of a quoted nickname ending at token `closing` between two name words
    (Delroy "Scrappy" Morgan), if there is one."""
    for opening in range(closing - 2, max(lo, closing - 4) - 1, -1):
        if nickname_end(doc, opening) == closing and opening - 1 >= lo:
            return opening
    return None


def _name_like(tok) -> bool:
    """A name word, or a capitalised word inside a sentence the tagger read otherwise ("Clive" an adjective)."""
    return is_name_token(tok) or tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start \
        and tok.lower_ not in TITLES


def nickname_end(doc, opening: int) -> int | None:
    """The closing mark of a quoted nickname that opens at token `opening`: one to three capitalised
    words in quotation marks, the first may be "the", a hyphen may join two into one, with a name word right before and
    after (Donald “Dod” MacLeod, Dónal “the Bull” Hennessy, Dupre “Tee-Boy” Landry)."""
    if doc[opening].text not in QUOTE_MARKS or opening == 0 or not _name_like(doc[opening - 1]) \
            or not doc[opening - 1].whitespace_:
        return None
    for closing in range(opening + 2, min(opening + 6, len(doc) - 1)):
        if doc[closing].text in QUOTE_MARKS:
            inside = doc[opening + 1 + (doc[opening + 1].text == "the" and closing > opening + 2):closing]
            if all(t.is_alpha and (t.text[:1].isupper() or k and inside[k - 1].text == "-")
                   or t.text == "-" and 0 < k < len(inside) - 1 and not t.whitespace_ and not inside[k - 1].whitespace_
                   for k, t in enumerate(inside)) and sum(t.is_alpha for t in inside) - sum(t.text == "-" for t in inside) <= 3 \
                    and doc[closing].whitespace_ \
                    and _name_like(doc[closing + 1]):  # (a surname the tagger took for a noun: "Dougie “Wee Dod” MacRae")
                return closing
            return None
    return None


def role_before(doc, lo: int, hi: int) -> str | None:
    """The words of a mention before the name (tokens lo..hi): "Japanese Prime Minister"; none of another person's
    name and what comes before it ("Chief Justice Omar Iyer and Justices" + "Lata Menon": "Justices")."""
    named = next((t.i for t in doc[lo:hi] if t.ent_type_ == "PERSON"), hi)
    lo = max([lo] + [t.i + 1 for t in doc[named:hi] if t.pos_ == "CCONJ" or t.text == ","])
    words = [t for t in doc[lo:hi] if t.lower_ not in NOT_ROLE and not t.is_space
             and t.text not in POSSESSIVE_TOKENS and not t.is_punct and t.ent_type_ not in ("DATE", "TIME")]
    if not any(w.is_alpha and w.lower_ not in ("of", "and", "for") for w in words):
        return None
    return " ".join(t.text for t in words) or None


def has_who_clause(noun) -> bool:
    """Whether a relative clause with "who" follows a noun ("a mason who asked not to be named"): a person's."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.rights)


def describes_person(noun) -> bool:
    """Whether a description names a person: a person noun, an age ("a 23-year-old"), a clause
    with "who", or "he" / "she" later in its sentence where no person is named before it (not "Rubio offered
    the crowd an emotional evaluation … as he ended his bid": Rubio's "he")."""
    if noun.lower_ in PERSON_NOUNS or age_in(noun.doc[noun.left_edge.i:noun.i].text):
        return True
    if has_who_clause(noun):
        return True
    return any(t.lower_ in ("he", "she") for t in noun.sent if t.i > noun.i) \
        and not any(t.ent_type_ == "PERSON" for t in noun.sent if t.i < noun.i)


def office_alone(doc, lo: int, hi: int, head: int) -> bool:
    """Whether tokens lo..hi are an office of two or more capitalised words ending in a title, written without its
    holder ("The First Minister", "the Housing Minister", "THE Chief Constable"): a person, named by the whole
    office."""
    words = [t for t in doc[lo:hi] if t.lower_ not in ARTICLES]
    return hi == head + 1 and len(words) >= 2 and doc[head].lower_ in TITLES and doc[head].lower_ not in BODY_NOUNS \
        and all(t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "PERSON" for t in words)


def in_party_tag(tok) -> bool:
    """Whether a token is part of a party-and-state or party-and-seat tag in parentheses right after a name ("Sen.
    Elizabeth Warren (D-MA) said", "Gov. John Kasich (R-OH),", "Mr Yip Hon Seng (PAP-Jurong East-Bukit Batok)"): the
    legislator's party and state or seat, never a name of its own."""
    doc = tok.doc
    if not any("(" in doc[k].text for k in range(max(0, tok.i - 8), tok.i + 1)):
        return False  # no parenthesis opens in the eight tokens before it
    window = doc[max(0, tok.i - 9):tok.i + 12]  # (Doc.text would rebuild the whole article at each call)
    text, at = window.text, tok.idx - window.start_char
    opening, closing = text.rfind("(", max(0, at - 40), at + 1), text.find(")", at, at + 44)
    return opening > 0 and closing > 0 and text[opening - 2:opening].strip()[-1:].isalpha() \
        and bool(_PARTY_TAG.fullmatch(text, opening, closing + 1))
