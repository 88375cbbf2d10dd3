"""Mentions that refer back, for SpeakerBook (speaker_book.py): a pronoun ("she", "it", "they") or a
nominal ("the minister", "the ministry", "the statement") resolved to the last fitting person or body
the article met, and the speakers remembered as the article is read, so that a later one finds them.

A mixin: it reads and fills the book's `history` (people and bodies in text order) and `subjects`.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import islice, takewhile

import numpy as np

from ..boilerplate import is_byline
from ..words import POSSESSIVE
from .bodies import canonical_body, places
from .body_mentions import body_end_words, business, is_acronym
from .book_descriptions import nationalities_in, nationality
from .grammar import (
    apposed_noun,
    appositive_name,
    asked_in_clause,
    in_opening_question,
    is_main_subject,
    lead_word_in_capitals,
    name_head,
    named_in_apposition,
    parallel_reporter,
    reporting_subject,
    role_of_kind,
    title_alone,
)
from .layout import heading_line
from .lexicon import (
    AGENT_ENDINGS,
    ARTICLES,
    ASKING_VERBS,
    BODY_NOMINALS,
    BODY_NOUNS,
    BODY_SHORT_FORMS,
    BUSINESS_NOUNS,
    DESCRIBING_WORDS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    FIRST_PERSON_OBJECTS,
    GENERIC_BODY_NOUNS,
    GIVEN_NAME_GENDER,
    GIVING_TO,
    GOVERNING_NOUNS,
    GROUP_NOUNS,
    HE_SHE,
    HEAD_ROLES,
    INFORMANT_NOUNS,
    ISSUING_VERBS,
    KINSHIP,
    NEWSROOM_NOUNS,
    NOUN_GENDERS,
    OCCUPATIONS,
    ORGANISER_NOUNS,
    OWN_VOICE_GROUPS,
    PARTY_WORDS,
    PASSING_ROLES,
    PERSON_NOUNS,
    PLACE_WORDS,
    PLURAL_PRONOUNS,
    RANK_ROLES,
    REPLYING_VERBS,
    REPORTING_FORMS,
    ROLE_ADJECTIVES,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    SPEAKING_THINGS,
    SPEAKING_TO,
    SPOKESPERSON_NOUNS,
    STANDING_ROLES,
    SUB_BODY_KINDS,
    TEAM_NOUNS,
    THING_PRONOUNS,
    TITLES,
    TRAIT_NOMINALS,
    pronoun_gender,
    share_index,
    singular,
)
from .person_mentions import PERSONAL_TITLES, age_in, describes_person, hyphenated_end, is_name_token, noun_described_by
from .speaker import DOCUMENT, ORG, PERSON, UNKNOWN, Speaker

#: How many of the latest people and bodies a pronoun or "the ministry" may refer back to.
RECENT = 150
#: Prepositions before a place ("the pipe at Sungai Rasau", "Aileen from Helensburgh", "a fisherman on Islay").
_PLACE_PREPOSITIONS = frozenset(("at", "in", "on", "off", "from", "near", "outside", "inside", "across", "around", "to"))
#: Nouns for a stretch of land whose "of" names a place ("the hills of St James", "the parish of St Ann").
_LAND_NOUNS = frozenset(("hills", "parish", "town", "village", "city", "county", "district", "island", "islands",
                         "valley", "coast", "outskirts", "streets", "shores", "banks", "mountains"))
#: What opens a description of someone the article may name only after it ("the head of …", "his solicitor").
_DEFINITE_OR_OWNED = frozenset(("the", "its", "their", "his", "her"))
#: Nouns that may stand for a body of any kind ("the organization", "the federation", "the body").
#: Nouns for a talk whose other side, "with" someone, is not the subject it is told of ("In an interview with X, he").
_TALK_NOUNS = frozenset(("interview", "conversation", "chat", "podcast", "exchange", "meeting"))
_ANY_BODY_NOUNS = frozenset(("organization", "organisation", "federation", "body"))
#: Nouns for a public body of any kind, after a body named as the subject of any verb ("Nova Scotia Health announced …",
#: then "the health authority said"): that body, when no body of the noun's kind is named.
_ACTING_BODY_NOUNS = _ANY_BODY_NOUNS | {"authority", "agency", "regulator", "watchdog"}
#: Pronouns for a person as the object of a verb.
_OBJECT_PRONOUNS = frozenset(("him", "her"))
#: Words opening a clause of time, whose subject a "he" or "she" after it means ("When X rose, he said").
_TIME_MARKS = frozenset(("when", "as", "after", "before", "once", "while", "whenever"))
#: Words that pick one of a group named after them ("one of the sources", "each of the officials").
_ONE_OF = frozenset(("one", "another", "each", "either", "neither"))
#: Words describing a person as the article's reporter, whose interviewees a "he" or "she" then quotes.
_REPORTER_WORDS = frozenset(("correspondent", "reporter", "journalist"))
#: Verbs of a reporter's meeting someone ("spoke to", "talked with", "interviewed", "met").
_MEETING_WORDS = frozenset("spoke speaks speaking talked talks talking chatted interviewed interviews met meets".split())
#: First words of a person's noun that bring in someone not met before ("An analyst, who asked not to be named,").
_BRINGING_IN = frozenset(("a", "an", "another", "one"))
#: Nouns that say no more of someone than that they are a person, for one who answers for a body the writer got
#: in touch with ("A very polite woman at Metro Tasmania told me", "I rang the council. The man who answered said").
_ANSWERING_NOUNS = frozenset(("woman", "man", "lady", "gentleman", "person", "someone", "somebody", "voice"))
#: Verbs by which a writer gets in touch with a body ("I rang the council", "I wrote to the board").
_CONTACTING_VERBS = frozenset(("rang", "phoned", "telephoned", "called", "emailed", "e-mailed", "contacted", "wrote",
                               "messaged"))
#: Entity types of places and bodies: a name the tagger gives one of these is no person unless the article shows it.
_NOT_PERSON_ENTS = frozenset(("ORG", "GPE", "LOC", "FAC", "NORP"))
#: Nouns for a person that tell the gender (beside kinship.tsv's): "the convicted man".
#: The people who wrote a study, who speak for the body whose team did it ("the authors wrote").
STUDY_AUTHORS = frozenset(("authors", "researchers", "scientists", "team", "academics"))
#: What such people write, "by" the body whose authors they are ("a study by Northmoor University").
_STUDIES = frozenset(("study", "research", "paper", "analysis", "survey"))
_NOUN_GENDERS = {"man": "m", "woman": "f", "boy": "m", "girl": "f"}
#: Nouns for whoever heads a body, after its initials ("the DOH chief").
_HEAD_NOUNS = frozenset(("head", "chief", "boss"))
#: Nouns for a member of a legislature ("senator", "MSP", "the lawmaker"), whose party a story names them by.
_LEGISLATORS = frozenset(("legislator", *ROLE_SYNONYMS["legislator"]))
#: Words before a noun that make it a role someone held ("the former international", "an ex-minister").
PAST_ROLE_WORDS = frozenset(("former", "ex", "one-time", "onetime", "retired", "erstwhile"))


def _reporter_asking(tok) -> bool:
    """Whether the word at `tok` is a reporter who is the subject of a verb of asking ("Another reporter asked …")."""
    return tok.dep_ == "nsubj" and tok.lower_ in NEWSROOM_NOUNS and tok.head.lower_ in ASKING_VERBS


def _names_kind(tok, name: str, plain: str | None = None) -> bool:
    """Whether the body `name` is of the kind the nominal at `tok` says: every noun before its head is in the
    name ("the health board" for "Eryri University Health Board", not "the county board"), and the name is no
    lesser body of that kind that the nominal does not say (see is_kind) where the article names a `plain` one."""
    nouns = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return all(n in name.lower().split() for n in nouns) and (is_kind(tok.lower_, name, nouns) or plain is None)


def _office_of_holder(noun: str, name: str) -> bool:
    """Whether a body's name holds a person's role only after "of", naming the office of its holder ("Office of the
    Commissioner", "Office of the Ombudsman"): "the commissioner" is the holder, not that body."""
    words = name.lower().split()
    return (noun in ROLE_WORDS or noun in TITLES) and "of" in words and noun not in words[:words.index("of")]


def is_kind(noun: str, name: str, said: list[str] = ()) -> bool:
    """Whether a body's name is plainly of the kind `noun` ("council" for "Glenmorran Council"), not a lesser
    body of that kind ("Kilbarchan Community Council", a "parish council") unless the mention says so (`said`)."""
    words = name.lower().split()
    return not any(w in SUB_BODY_KINDS and w not in said and words[k + 1:k + 2] == [noun] for k, w in enumerate(words))


def _names_someone(low: str) -> bool:
    """Whether a lower-case noun may name a person by itself: a role, title, occupation or noun for people ("the
    chief"), not a thing a role belongs to ("the choir", "the club")."""
    return low in ROLE_WORDS or low in TITLES or low in OCCUPATIONS or low in PERSON_NOUNS


def body_kind_noun(low: str) -> bool:
    """Whether a lower-case noun says what kind of body one is ("ministry", "municipality", "commission", "board"),
    never what a person is: "the commission said" is no commissioner, "the board said" no board chair."""
    return (low in BODY_NOUNS or low in body_end_words() and singular(low) == low) and low not in PERSON_NOUNS \
        and low not in OCCUPATIONS and low not in ROLE_WORDS and low not in SPOKESPERSON_NOUNS  # (not "growers")


def _whole_word(tok) -> str:
    """The lower-case word a token ends, with the parts the tokenizer split off at hyphens ("left-hander")."""
    doc, start = tok.doc, tok.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start:tok.i + 1].text.lower()


def _with_children(tok) -> bool:
    """Whether a kin noun is written with how many children its person has ("the father-of-two", "a mother-of-three"):
    a trait of whom the story is about, no relation to anyone."""
    doc, i = tok.doc, tok.i
    return tok.lower_ in KINSHIP and i + 4 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "of" \
        and doc[i + 3].text == "-" and not any(t.whitespace_ for t in doc[i:i + 4])


def _modifiers(tok) -> set[str]:
    """The lower-case adjectives and nouns written before a noun ("convicted" of "the convicted man")."""
    return {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")}


def _heading_tokens(line: list) -> bool:
    """Whether a line's tokens may be a headline's or a deck's (layout.heading_line)."""
    return heading_line(line[0].doc[line[0].i:line[-1].i + 1].text)


def _of_a_number(tok) -> bool:
    """Whether a relative's noun has a number of children after it ("the mother of four", "the father-of-two"): an
    epithet of someone the story named, no relative of anyone's."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(c.dep_ == "pobj" and c.like_num for c in p.children)
               for p in tok.rights)


def _author_of(document):
    """Who a document subject is "from" or "by": the object of the preposition, or the name in apposition to it
    ("A statement from Mr Pickering's wife, Judith,"); else None."""
    obj = next((o for p in document.rights if p.dep_ == "prep" and p.lower_ in ("from", "by")
                for o in p.children if o.dep_ == "pobj"), None)
    if obj is None:
        return None
    return next((c for c in obj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), obj)


def noun_gender(noun: str) -> str | None:
    """The gender a noun for a person tells ("daughter", "landlady", "ferryman"), if any."""
    if noun in KINSHIP:
        return KINSHIP[noun]
    if noun in NOUN_GENDERS:
        return NOUN_GENDERS[noun]
    return "f" if noun.endswith("woman") else "m" if noun.endswith("man") else None


def bare_noun(tok) -> str:
    """An unnamed person's noun as the canonical name: the head with the lower-case nouns compounded with it,
    without articles, numbers, adjectives, owners or bodies' and places' names ("A senior EU diplomat" ->
    "diplomat", "a local shop owner" -> "shop owner", "the scheme's trustees" -> "trustees"); "one of the
    sources" -> "source"; an informant is only its noun ("a government source" -> "source")."""
    of = next((o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and o.tag_ == "NNS"), None)
    if tok.lower_ in _ONE_OF and of is not None:
        return singular(bare_noun(of))
    if singular(tok.lower_) in INFORMANT_NOUNS:
        return tok.lower_  # "A senior government source" -> "source": whose informant is no part of the noun
    doc, start = tok.doc, tok.i
    while start > 0:
        prev = doc[start - 1]
        if prev.text == "-" and start > 1 and not prev.whitespace_ and not doc[start - 2].whitespace_:
            start -= 2  # "front-runner"
        elif lead_word_in_capitals(prev) and prev.head.i == start:
            start -= 1  # "DAIRY farmers say": "dairy farmers"
        elif prev.text.islower() and prev.is_alpha and start <= prev.head.i <= tok.i \
                and prev.lower_ not in DESCRIBING_WORDS and (prev.dep_ == "compound" and prev.pos_ == "NOUN"
                                                             or prev.dep_ in ("amod", "compound") and prev.head.i != tok.i
                                                             or prev.dep_ == "amod" and prev.lower_ in ROLE_ADJECTIVES):
            start -= 1  # "law enforcement official", "real estate agent", "chief executive", "federal official"
        elif start == tok.i and _party_of_legislator(prev, tok):
            start -= 1  # "one Liberal senator", "a Labour MSP"
        else:
            break
    noun = doc[start:tok.i + 1].text
    if (kind := next((p for p in tok.rights if role_of_kind(p)), None)) is not None:
        noun = f"{noun} of {next(kind.children).text}"  # "at least four secretaries of state": "secretaries of state"
    return noun.lower() if lead_word_in_capitals(doc[start]) else noun  # "FARMERS across the Vale say": "farmers"


def _party_of_legislator(word, tok) -> bool:
    """Whether a capitalised word modifying a legislator's noun is the party the legislator sits for ("Liberal" of
    "one Liberal senator", "Labour" of "a Labour MSP"): a legislator is known by the party, as an official by the
    body; a place or a nationality ("an Ohio senator", "a French MP") is not kept."""
    return word.head.i == tok.i and word.dep_ in ("amod", "compound") and word.is_alpha and word.text[:1].isupper() \
        and tok.lower_ in _LEGISLATORS and word.ent_type_ not in ("GPE", "LOC", "PERSON") and nationality(word.text) is None \
        and word.text not in places() and word.lower_ not in DESCRIBING_WORDS  # ("Veteran Senator Says …")


def unnamed_legislator(tok, first) -> bool:
    """Whether a mention whose first token is `first` is one legislator no one names, by the initials of the seat
    ("a Labour MP", "an SNP MSP", "one TD"), which the tagger often takes for a body's name."""
    return tok.lower_ in _LEGISLATORS and tok.text.isupper() and first.lower_ in ("a", "an", "one") \
        and first.i < tok.i and tok.tag_ not in ("NNS", "NNPS")


def speaking_description(tok) -> bool:
    """Whether a lower-case singular noun is the subject of a reporting verb, with a word before it that only
    describes a person (a past role, a nationality, an age: "the former Wales international said", "the Dutch
    international added", "the 52-year-old veteran said"), and names no body, document, place or thing (lexicon
    SPEAKING_THINGS): journalism's description of a person the article has named."""
    low = _whole_word(tok)
    return tok.tag_ == "NN" and tok.text.islower() and reporting_subject(tok, passive=True) \
        and low not in SPEAKING_THINGS and low not in BODY_NOUNS \
        and low not in DOCUMENT_NOUNS and low not in GENERIC_BODY_NOUNS and low not in BODY_NOMINALS \
        and low not in TEAM_NOUNS and low not in GROUP_NOUNS and low not in PLACE_WORDS \
        and any(c.lower_ in PAST_ROLE_WORDS or nationality(c.text) or age_in(c.text)
                for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod"))


def _first_conjunct(tok):
    """The head of the first of the names joined by "and" that the name at `tok` is one of ("Carla Mendes" of
    "Carla Mendes and Joana Pires"), or its own head."""
    head = name_head(tok)
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head


def _joined_subject(tok) -> bool:
    """Whether a name is joined by "and" to a subject ("Carla Mendes and Joana Pires said": Pires), as close to
    what follows as the subject itself."""
    head = _first_conjunct(tok)
    return head.i != name_head(tok).i and head.dep_ in ("nsubj", "nsubjpass")


def _apposed_to_subject(tok) -> bool:
    """Whether a name stands beside its sentence's subject, which describes them ("Outside court, Goh's mother, Madam
    Lee Siew Hoon, said …": Lee Siew Hoon, as a subject would be)."""
    head = apposed_noun(tok)  # (through the nouns the parser chains: "Outside court, Goh's mother, …")
    return head.i != name_head(tok).i and head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "NOUN"


def _holder_of_subject_office(tok) -> bool:
    """Whether a name is the holder of an office that is its sentence's subject, which the parser hung on the office's
    "of" ("Cwmtawe director of rugby Huw Morgan was less diplomatic": Morgan, as a subject would be)."""
    head = name_head(tok)
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in ("of", "for") and prep.head.dep_ in ("nsubj", "nsubjpass") \
        and prep.head.lower_ in ROLE_WORDS


def _presented(tok) -> bool:
    """Whether a name is the one a sentence presents after "One of them is", "Another is", "Among them is" ("One of
    them is Brendan Costello, a former ruckman …"): the person the paragraph goes on about, as a subject would be."""
    head = name_head(tok)
    verb = head.head
    return head.dep_ == "attr" and verb.lower_ in ("is", "was") and any(
        c.dep_ in ("nsubj", "prep") and c.lower_ in ("one", "another", "among") for c in verb.children)


def _names_people(plural: str) -> bool:
    """Whether a plural noun names people who may speak together: a known noun for people or groups or an
    occupation ("officials", "groups", "nurses"), or a noun for someone who does something ("trustees",
    "elders", "villagers")."""
    one = singular(plural)
    return plural in PERSON_NOUNS or one in PERSON_NOUNS or one in GROUP_NOUNS or one in OCCUPATIONS \
        or one.endswith(AGENT_ENDINGS)


def _speaks(tok, by_spokesperson: bool = False) -> bool:
    """Whether a body's name headed by `tok` is a reporting verb's subject, or that of the spokesperson "for" it
    (with `by_spokesperson`, only the spokesperson's)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in SPOKESPERSON_NOUNS:
        return reporting_subject(tok.head.head)
    return not by_spokesperson and reporting_subject(tok)


def _next_before(indices: list[int], start: int, until: int) -> int | None:
    """The first of the sorted token `indices` at or after `start` and before `until`, or None."""
    k = bisect.bisect_left(indices, start)
    return indices[k] if k < len(indices) and indices[k] < until else None


def _represents(tok) -> bool:
    """Whether a noun is a member who sits for a seat: "MP", "MSP", "senator", "Member (of Parliament)" (its
    synonyms in data/role_synonyms.tsv), or the verb is "sits" ("Dr Omar Lindo, who sits for St Andrew South,")."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "member" else tok
    return noun.lower_ in ("member", "sits", "sit", "sat", "sitting") or noun.lower_ in ROLE_SYNONYMS.get("legislator", ())


class BackReferences:
    """Pronouns and nominals resolved to the people and bodies met before them."""

    def remember(self, at: int, speaker: Speaker) -> None:
        """Record a speaker met at token `at`, for later pronouns and nominals."""
        if speaker.name:
            bisect.insort(self.history, (at, speaker), key=lambda h: h[0])
            self.subjects.add(at)
            if speaker.kind == PERSON and speaker.gender:
                self.gender.setdefault(speaker.name, speaker.gender)

    def _body_named_for(self, tok, lo: int) -> Speaker | None:
        """The body last met before token `lo` as a subject, in its paragraph or the one before, when its name holds the
        lower-case nouns before a noun for a body ("the ferry operator" of "Môr Ferries cancelled …", in the singular or
        the plural; not "the rail operator" of a line "on the East Rail", nor Brittany Ferries when P&O cancelled
        sailings since); None when it does not or there are no such nouns."""
        nouns = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()]
        since = self._previous_paragraph(self.paragraph_of[lo])
        for pos, sp in self._recent(lo) if nouns else ():
            if self.paragraph_of[pos] < since:
                return None
            root = self.body_root(pos)
            if sp.kind == ORG and root.dep_ in ("nsubj", "nsubjpass"):
                words = set((sp.name or "").lower().split())
                named = all(words & {n, n + "s", n + "es", n[:-1] + "ies" if n.endswith("y") else n} for n in nouns)
                return Speaker(sp.name, ORG, sp.role, None, "nominal") if named else None
        return None

    def body_root(self, pos: int):
        """The head token of the name of the body met at token `pos` (the token itself for a name of one word)."""
        return self.doc[slice(*self.body_at.get(pos, (pos, pos + 1)))].root

    def _recent(self, at: int) -> list[tuple[int, Speaker]]:
        """The people and bodies met before token `at`, newest first: at most RECENT of them, so that
        resolving every mention of a long article stays linear."""
        end = bisect.bisect_left(self.history, at, key=lambda h: h[0])
        return self.history[max(0, end - RECENT):end][::-1]

    def _gender(self, sp: Speaker) -> str | None:
        return sp.gender or (self.gender_of_name(sp.name) if sp.kind == PERSON and sp.name else None)

    def _follow_pronouns(self, until: int) -> None:
        """Resolve the subject pronouns ("She told the Herald …") and the subjects that describe a person
        ("A porter pushing a wheelchair stops …", "The solicitor added that …") before token `until`, in
        order, so that a later pronoun finds the person the text is about."""
        if self._pronouns_to_follow is None:
            self._pronouns_to_follow = sorted(self.columns.tokens_with("lower", HE_SHE) + self._described_subjects())
        while (i := _next_before(self._pronouns_to_follow, self._followed, until)) is not None:
            tok = self.tokens[i]
            self._followed = i + 1
            if tok.lower_ not in HE_SHE:
                self._remember_described(tok)
            elif tok.dep_ in ("nsubj", "nsubjpass") and self.outside(tok.i):
                found = self._pronoun(tok.lower_, tok.i)
                if found.name and not is_main_subject(tok) and not self._gender(replace(found, gender=None)):
                    found = replace(found, gender=None)  # a clause's "he" may be whom the speaker speaks of ("Justice
                    # Memory Chakanetsa said … that he had been “reckless”"): no proof of the speaker's sex
                if found.name:
                    self.remember(tok.i, found)
        self._followed = max(self._followed, until)

    def _whole_name_after_article(self, pos: int) -> bool:
        """Whether the name met at token `pos` after "the" is written whole there, in two words or more or in one
        that is no family's plural, and names no thing after it ("the Drovers Arms", "an interview with the Beacon",
        not "the Sanders campaign" nor "the Smiths")."""
        end = pos + 1
        while end < len(self.doc) and self.tokens[end].ent_iob_ == "I":
            end += 1
        return (end - pos >= 2 or self.tokens[pos].tag_ == "NNP") and self.tokens[end - 1].dep_ != "compound"

    def _follow_bodies(self, until: int) -> None:
        """Remember the bodies that speak as "it" or "the department" before token `until` ("The department
        said in a statement it had hired 40 staff.", "…, according to the health department."), so that a later "it
        said" finds them."""
        if self._subjects_to_follow is None:
            self._subjects_to_follow = self.columns.tokens_with("dep", ("nsubj", "nsubjpass", "pobj"))
        while (i := _next_before(self._subjects_to_follow, self._followed_bodies, until)) is not None:
            tok = self.tokens[i]
            self._followed_bodies = i + 1
            saying = tok.head.lower_ == "to" and tok.head.head.lower_ == "according" if tok.dep_ == "pobj" \
                else REPORTING_FORMS.get(tok.head.lower_)
            if not (saying and self.outside(tok.i)):
                continue
            # "The scheme's trustees said …", then "they said"
            if tok.tag_ == "NNS" and tok.text.islower() and _names_people(tok.lower_):
                found = self._nominal(tok, tok.left_edge.i, tok.i + 1)
                if found.kind == PERSON and found.resolved == "unresolved" and found.name:
                    self.groups.add(tok.i)
                    self.remember(tok.i, found)
                elif found.kind == ORG and found.resolved == "nominal":
                    self.remember(tok.i, found)  # "the authors wrote" of a study by a university's team
                continue
            if tok.lower_ in THING_PRONOUNS:
                found = self._pronoun(tok.lower_, tok.i)
            elif tok.text.islower() and (tok.lower_ in GENERIC_BODY_NOUNS or tok.lower_ in BODY_NOUNS
                                         or tok.lower_ in self._last_words_of_bodies(i)) \
                    and (any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ == "PROPN"
                             for c in tok.children)
                         or tok.tag_ in ("NN", "NNP") and not any(c.dep_ in ("det", "poss") for c in tok.children)):
                # ("Japan's defence ministry said …", "council said" with no article as Australian papers write it, "the
                # division" of the "2nd Infantry Division" named before)
                if (beside := named_in_apposition(tok)) is not None \
                        and (named := self.resolve(min(beside.left_edge.i, beside.i), beside.i + 1, beside.i)).kind == ORG \
                        and named.name and named.resolved == "name":
                    self.remember(tok.i, named)  # "The developer, Goldcrest Homes Ltd, denied …": the body it names
                    continue
                found = self._nominal(tok, tok.left_edge.i, tok.i + 1)
                named = self.resolve(tok.left_edge.i, tok.i + 1, tok.i) if found.resolved == "unresolved" \
                    and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts) else None
                if named is not None and named.kind == ORG and named.name and named.resolved == "name":
                    self.remember(tok.i, named)  # "The RMT union said …": the RMT, as the mention itself says
                    continue
            else:
                continue
            # a body the article names only by its noun and a modifier ("The county board said …") speaks as "it" too
            if found.kind == ORG and (found.resolved in ("nominal", "pronoun") or found.name and " " in found.name):
                self.remember(tok.i, found)
        self._followed_bodies = max(self._followed_bodies, until)

    def _last_words_of_bodies(self, before: int) -> set[str]:
        """The last words, in lower case, of the bodies' names met before token `before` ("division" of the "2nd
        Infantry Division")."""
        return {sp.name.rsplit(" ", 1)[-1].lower() for pos, sp in self.history
                if pos < before and sp.kind == ORG and sp.name and " " in sp.name}

    def _as_place(self, pos: int) -> bool:
        """Whether the name mentioned at token `pos` stands as a place or a body there: the object of a
        place's preposition ("at Sungai Rasau"), or a name the tagger gives a place's or body's type."""
        return self._after_place_preposition(pos) or name_head(self.doc[pos]).ent_type_ in _NOT_PERSON_ENTS

    def _after_place_preposition(self, pos: int) -> bool:
        """Whether the name mentioned at token `pos` is the object of a place's preposition ("in Moss Side"), not
        of "to" after a word of speaking or giving ("speaking to Alasdair MacPhee", "tributes paid to Gareth Pryce"),
        or the seat a member sits for ("the MP for Kumasi North", "Member of Parliament for Asante East"), or of "of" after
        a noun for land ("the hills of St James"); the last of a list of places counts ("in Linstead, Ewarton and Bog
        Walk")."""
        tok = name_head(self.tokens[pos])
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        word = tok.head.head.lower_  # the word the preposition hangs on
        return tok.dep_ == "pobj" and (tok.head.lower_ in _PLACE_PREPOSITIONS
                                       and not (tok.head.lower_ == "to" and (word in SPEAKING_TO or word in GIVING_TO))
                                       or tok.head.lower_ == "for" and _represents(tok.head.head)
                                       or tok.head.lower_ == "of" and word in _LAND_NOUNS)  # ("the hills of St James")

    def _placelike(self) -> set[str]:
        """Names the article takes for people but never shows as one: no gender nor role, and either never a
        subject and met as a place or body ("told Highland Radio", "from Helensburgh"), or once written as part
        of a place's or body's name and never the subject of a reporting verb ("Mount Lawley", "St Brigid's
        Hospital"). "he" and "she" never mean them."""
        if self._places is None:
            seen: dict[str, bool] = {}
            named_place, speaks = set(), set()
            for pos, sp in self.history:
                if sp.kind == PERSON and sp.name:
                    seen[sp.name] = seen.get(sp.name, True) and pos not in self.subjects and self._as_place(pos)
                    if self._in_place_name(pos, sp.name):
                        named_place.add(sp.name)
                    head = name_head(self.tokens[pos])
                    if reporting_subject(head, passive=True):
                        speaks.add(sp.name)
            self._places = {name for name, place in seen.items()
                            if (place or name in named_place and name not in speaks)
                            and not self.gender_of_name(name) and not self.roles.get(name)}
        return self._places

    def _in_place_name(self, pos: int, name: str) -> bool:
        """Whether the name met at token `pos` is written there as part of a place's or body's name: after a
        place's word ("Mount Lawley", "St Brigid's"; data/place_words.tsv) or inside a body's name the article
        found ("St Brigid's University Hospital")."""
        first = name.split()[0].lower()
        before = self.doc[pos - 1].lower_ if pos > 0 else ""
        return first in PLACE_WORDS or before in PLACE_WORDS and self.doc[pos - 1].text[:1].isupper() \
            or before == "the" and self._whole_name_after_article(pos) \
            or pos in self.body_at and self.body_at[pos][1] > pos + len(name.split())  # (more than the name)

    def _previous_paragraph(self, para: int) -> int:
        """The number of the last paragraph with words before paragraph `para` (blank lines hold none)."""
        if self._with_words is None:
            self._with_words = np.unique(np.asarray(self.paragraph_of)[self.columns.words()]).tolist()
        k = bisect.bisect_left(self._with_words, para)
        return self._with_words[k - 1] if k else -1

    def _next_paragraph(self, para: int) -> int | None:
        """The number of the first paragraph with words after paragraph `para`, or None at the end."""
        self._previous_paragraph(0)  # (fills _with_words)
        k = bisect.bisect_right(self._with_words, para)
        return self._with_words[k] if k < len(self._with_words) else None

    def _pronoun(self, low: str, at: int) -> Speaker:
        self._follow_pronouns(at)
        self._follow_bodies(at)
        if low in FIRST_PERSON:
            return Speaker(None, UNKNOWN, None, None, "unresolved")
        gender = pronoun_gender(low)
        if low in THING_PRONOUNS:
            wanted = (ORG, DOCUMENT)
        elif gender == "plural":  # (a number, not a gender: people or a body)
            wanted, gender = (ORG, PERSON), None
        else:
            wanted = (PERSON,)
        if low == "they" and (informant := self._informant_just_met(at)) is not None:
            return informant  # "An insider claimed …: ‘…,’ they said"
        if low == "it" and (writer := self._statement_just_issued(at) or self._owner_of_document(at)) is not None:
            return writer  # "Chairman Ewan Strachan said in a statement that … It added:"
        if low in HE_SHE and (asker := self._newsroom_asker(at)) is not None:
            return asker  # "Another reporter asked whether …. “…?” she pressed."
        passed_over = self._placelike() | self._not_the_speaker(at) if low in HE_SHE else set()  # (places taken for
        # people, and whom the pronoun cannot mean)
        if low in HE_SHE and (opener := self._person_of_opening_clause(at, gender, passed_over)) is not None:
            return opener  # "When Mr. Palanivel rose again, he said …"
        if low in HE_SHE and (asked := self._asked_by_writer(at, gender)) is not None:
            return asked  # "When I asked the driver about it, she said"
        found = None
        if low in HE_SHE and self._unproven() - passed_over:
            # a place taken for a person ("Moss Side was rougher then") yields to one shown to be a person
            found, newest = self._scan(at, low, wanted, gender, passed_over | self._unproven())
            found = found or (newest[1] if newest and newest[0] >= self._previous_paragraph(self.paragraph_of[at]) else None)
        if found is None:
            found, newest = self._scan(at, low, wanted, gender, passed_over)
            found = found or (newest[1] if newest else None)
        if low in HE_SHE and gender and found is not None and found.resolved == "nominal" and not self._gender(found) \
                and self._guessed_by_trait(at, found) and (known := self._of_gender_near(at, gender)) is not None:
            found = known  # "The Grammy-nominated star" guessed for the partner last named; "she" is the one woman named
        if low in HE_SHE and found is not None and (answering := self._answering(at, found.name, gender)) is not None \
                and answering.name not in passed_over:
            return answering  # "“Mr. Halvorsen, …?” asked Kerry Motz. ¶ He paused before answering."
        if low in HE_SHE and found is not None and found.name and self.replies_to_asker(at, found.name):
            other, newest = self._scan(at, low, wanted, gender, passed_over | {found.name})
            found = other or (newest[1] if newest else None) or found  # "X asked: “…?” ¶ “…,” she replied."
        if low in HE_SHE and found is not None and (met := self._met_by_reporter(at, found, gender)) is not None:
            return met  # "Our correspondent … He spoke to shopkeeper Imran Malik, … “…,” he said."
        if found is not None:  # (one no name was found for stays as unsure: "she" of "the Texas Republican")
            how = "unresolved" if found.resolved == "unresolved" else "pronoun"
            return Speaker(found.name, found.kind, found.role, self._gender(found) or gender, how)
        return Speaker(None, UNKNOWN, None, gender, "unresolved")

    def _person_of_opening_clause(self, at: int, gender: str | None, passed_over: set[str]) -> Speaker | None:
        """Whom "he" or "she", the subject at token `at`, means after a clause of time opening its sentence: that
        clause's subject ("When Mr. Palanivel rose again, he said …", "After Ms Okafor finished, she said …"), or the
        one it says was asked ("When the judge asked Mr. Varghese whether …, he said …"), where the article names
        them there and they may be of the pronoun's gender; None otherwise."""
        tok = self.tokens[at]
        if tok.dep_ != "nsubj" or any(c.dep_ in ("dobj", "dative") and c.lower_ in _OBJECT_PRONOUNS for c in tok.head.children):
            return None  # (not "When Vella continued, he warned him …": the one warned)
        clause = next((c for c in tok.head.children if c.dep_ == "advcl" and c.i < at and c.left_edge.i == tok.sent.start
                       and any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIME_MARKS for m in c.children)), None)
        if clause is None:
            return None
        target = next((c for c in clause.children if c.dep_ == ("dobj" if clause.lower_ in ASKING_VERBS else "nsubj")),
                      None)
        if target is None:
            return None
        for pos, sp in self._recent(at):
            if target.left_edge.i <= pos <= target.i:
                if sp.kind != PERSON or not sp.name or sp.name in passed_over \
                        or gender and self._gender(sp) not in (None, gender):
                    return None
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp) or gender, "pronoun")
            if pos < target.left_edge.i:
                return None
        return None

    def _asked_by_writer(self, at: int, gender: str | None) -> Speaker | None:
        """Whom "he" or "she" at token `at` means after the writer asked someone no name is given for, in the pronoun's
        sentence or the one before the quotation ending there ("When I asked the driver about it, she said", "I asked a
        police officer why. He told me:"): that person, as the article calls them ("driver", "police officer"); None
        where the one asked is named, a person is named after them, or their noun tells another sex."""
        start = self._sentence_before(self._quotation_before(at))
        asked = None
        for tok in self.tokens[start:at]:
            if tok.dep_ in ("dobj", "dative") and tok.head.lower_ in ASKING_VERBS and tok.tag_ == "NN" \
                    and tok.text.islower() and self.outside(tok.i) \
                    and (self._names_a_person(tok) or tok.lower_.endswith(AGENT_ENDINGS)) \
                    and not any(c.dep_ == "poss" for c in tok.children) \
                    and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in tok.head.children):
                asked = tok  # (one person, no one's: not "the parents", nor "her spokesman")
        if asked is None or any(asked.left_edge.i <= pos < at and sp.kind == PERSON for pos, sp in self._recent(at)):
            return None
        told = noun_gender(asked.lower_)
        if gender and told and told != gender:
            return None
        found = self.resolve(asked.left_edge.i, asked.i + 1, asked.i)
        return Speaker(found.name, PERSON, found.role, found.gender or gender, "pronoun") \
            if found.kind == PERSON and found.name else None

    def _met_by_reporter(self, at: int, found: Speaker, gender: str | None) -> Speaker | None:
        """The person whom `found`, a reporter the article describes so, spoke to, talked to, interviewed or met in the
        sentence before the quotation that ends at token `at` or in its own ("He spoke to shopkeeper Imran Malik"):
        whom a "he" or "she" there quotes, the reporter only relaying; None if no such person of the pronoun's gender."""
        if not found.name or not _REPORTER_WORDS & self.described.get(found.name, set()):
            return None
        for i in range(self._sentence_before(self._quotation_before(at)), at):  # (however long the quotation before)
            tok = self.tokens[i]
            if tok.pos_ != "PROPN" or tok.dep_ not in ("pobj", "dobj") or not self.outside(i) \
                    or not any(a.lower_ in _MEETING_WORDS for a in islice(tok.ancestors, 3)):
                continue  # (the parser may take "to nurse Mary Doyle" for a verb and its object)
            for pos, sp in self._recent(at):
                if tok.left_edge.i <= pos <= tok.i and sp.kind == PERSON and sp.name and sp.name != found.name \
                        and not (gender and self._gender(sp) and self._gender(sp) != gender):
                    return Speaker(sp.name, PERSON, sp.role, self._gender(sp) or gender, "pronoun")
        return None

    def _body_that_just_spoke(self, lo: int, by_spokesperson: bool = False, acted: bool = False,
                              own_paragraph: bool = False) -> Speaker | None:
        """The body last named by its name as the subject of a reporting verb before token `lo`, or as the body its
        spokesperson speaks for (with `by_spokesperson`, only so), or with `acted` as the subject of any verb ("Natural
        Resources Wales has issued a severe flood warning"), in its paragraph or the one before ("The Salvation
        Army said demand had doubled", "A spokesperson for Tanhill Homes said"), which a noun for any body then means;
        with `own_paragraph`, only in the paragraph of token `lo`; else None."""
        before = None if own_paragraph else self._previous_paragraph(self.paragraph_of[lo])
        for pos, sp in self._recent(lo):
            if self.paragraph_of[pos] < (self.paragraph_of[lo] if before is None else before):
                return None
            extent = self.body_at.get(pos, (pos, pos + 1))
            root = self.doc[slice(*extent)].root
            if root.dep_ == "compound" and root.head.i == extent[1] and root.head.text.islower():
                root = root.head  # "The Northern Nevada Public Health district said": the body, with a noun for its kind
            if sp.kind == ORG and sp.name and sp.resolved == "name" \
                    and (_speaks(root, by_spokesperson) or acted and root.dep_ in ("nsubj", "nsubjpass")):
                return Speaker(sp.name, ORG, sp.role, None, "nominal")
        return None

    def _body_reported_on(self, tok) -> Speaker | None:
        """The name that is the subject of the clause a body noun at `tok` reports, written before it in its sentence
        ("Minera Norte suspended operations …, the company said", "Tanesco has restored supply, the utility said"):
        that body, though the tagger typed it a person's or its name is no business's; not a name of one word nor
        one with a gender ("Okafor resigned, the bank said", "Grace Okafor resigned")."""
        verb = tok.head
        if tok.dep_ != "nsubj" or not reporting_subject(tok):
            return None
        clause = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.i < tok.i), None)
        subjects = [c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")] if clause is not None else []
        subject = subjects[-1] if subjects else None  # (not a dateline the parser took for one: "SANTIAGO – X …")
        kind = subject is not None and subject.pos_ == "NOUN" and subject.lower_ in GENERIC_BODY_NOUNS
        if kind and (named := appositive_name(subject)) is not None:
            subject = named  # "National hydrocarbons company Sonatrach on Tuesday signed …, the company said"
        if subject is None or subject.pos_ != "PROPN":
            return None
        for pos, sp in self._recent(tok.i):
            lo, hi = self.body_at.get(pos, (pos, pos + 1))
            if not sp.name or self.doc[lo:hi].root.i != subject.i and name_head(self.doc[pos]).i != subject.i:
                continue
            if sp.kind == PERSON and (len(sp.name.split()) < 2 and not kind or sp.gender or self.gender_of_name(sp.name)):
                return None
            return Speaker(sp.name, ORG, None, None, "nominal") if sp.kind in (ORG, PERSON) else None
        return None

    def _of_another_side(self, name: str, sides: frozenset[str]) -> bool:
        """Whether a person the article describes by a capitalised word before their role ("Rovers boss Tom Kerr") is
        of another side than the one a mention names (`sides`: "city" of "the City manager")."""
        if not sides:
            return False
        words = self.described.get(name, set())
        own = {w for w in words - ROLE_WORDS - TITLES - OCCUPATIONS if w.isalpha() and w.capitalize() in self.text
               and not nationality(w.capitalize())}
        return bool(own) and not sides & words

    def _sentence_before(self, at: int) -> int:
        """The first token of the sentence before token `at`'s (of its own, in the first sentence)."""
        start = self.doc[at].sent.start
        return self.doc[start - 1].sent.start if start > 0 else start

    def _newsroom_asker(self, at: int) -> Speaker | None:
        """Whom "he" or "she" asking at token `at`, after the question it quotes, means when the sentence before that
        question has an unnamed reporter ask ("Another reporter asked whether the board had been warned. “…?” she
        pressed."): that reporter, as the mention names them ("reporter", "CKLQ reporter"); None otherwise."""
        tok = self.tokens[at]
        if tok.dep_ != "nsubj" or tok.head.lower_ not in ASKING_VERBS or (start := self._quotation_before(at)) == at:
            return None
        before = next((i for i in range(start - 1, -1, -1) if self.tokens[i].is_alpha), None)
        if before is None or not self.outside(before) or self.paragraph_of[start] - self.paragraph_of[before] > 2:
            return None
        asker = next((t for t in self.doc[before].sent if _reporter_asking(t) and t.text.islower()
                      and t.head.dep_ == "ROOT"), None)
        return None if asker is None else self.resolve(asker.left_edge.i, asker.i + 1, asker.i)

    def _quotation_before(self, at: int) -> int:
        """The first token of the quotation that ends right before token `at` ("“…. …,” it said"), else `at`."""
        i = at - 1
        while i >= 0 and self.outside(i) and not self.doc[i].is_alpha:
            i -= 1  # (its closing mark and comma)
        if i < 0 or self.outside(i):
            return at
        while i > 0 and not self.outside(i - 1):
            i -= 1
        return i

    def _statement_just_issued(self, at: int) -> Speaker | None:
        """The person whose statement the sentence before token `at` (or its own) quoted from ("Chairman Ewan
        Strachan said in a statement that … It added:"), whom "it" then means; None where a body issued it,
        which "it" finds anyway, or no statement came in.  After "“…,” the statement read.", "It added" is the
        statement going on: whoever "the statement" is (a body or a person), and so it is after "X released a
        statement." ("the family of Tom Rewiti … released a statement. ¶ “…,” it said.": not the place named
        between), however many sentences the quotation before "it said" holds."""
        for i in range(at - 1, self._sentence_before(self._quotation_before(at)) - 1, -1):
            tok = self.tokens[i]
            if tok.lower_ in DOCUMENT_NOUNS and self.outside(i) and reporting_subject(tok) \
                    and any(c.lower_ == "the" for c in tok.lefts):
                found = self.resolve(tok.left_edge.i, tok.i + 1, tok.i)
                return found if found.name and found.resolved != "unresolved" else None
            verb = tok.head.head
            if tok.lower_ in DOCUMENT_NOUNS and self.outside(i) and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and REPORTING_FORMS.get(verb.lower_) and verb.dep_ != "acl" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children):
                # (not "It said in a statement": that "it" is found as any other; nor a participle describing a
                # noun: "lower than the 17.2 per cent proposed in the draft plan")
                found = self._issuer(tok.lower_, i + 1)
                return found if found is not None and found.kind == PERSON else None
            if tok.lower_ in DOCUMENT_NOUNS and self.outside(i) and tok.dep_ == "dobj" and tok.head.lower_ in ISSUING_VERBS:
                return self._issuer(tok.lower_, i + 1)  # "the family of … released a statement. “…,” it said."
            if tok.lower_ in DOCUMENT_NOUNS and self.outside(i) and tok.dep_ in ("nsubj", "nsubjpass") \
                    and (author := _author_of(tok)) is not None:  # "A statement from Mr Pickering's wife, Judith, was read"
                found = self.resolve(author.left_edge.i, author.i + 1, author.i)
                return found if found.kind == PERSON and found.name and found.resolved != "unresolved" else None
        return None

    def _owner_of_document(self, at: int) -> Speaker | None:
        """The person whose own document the paragraph of token `at` is about, whom "it" then means ("Ruth Kessler's
        memoir is out. It is unsparing. “…,” it says."): the newest document noun there that is a sentence's
        subject, when a person's name owns it; None for any other."""
        para = self.paragraph_of[at]
        for i in range(at - 1, -1, -1):
            tok = self.tokens[i]
            if self.paragraph_of[i] != para:
                return None
            if tok.lower_ in DOCUMENT_NOUNS and self.outside(i) and tok.dep_ in ("nsubj", "nsubjpass"):
                owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                found = owner and self.resolve(owner.left_edge.i, owner.i + 1, owner.i)
                return found if found and found.kind == PERSON and found.name and found.resolved != "unresolved" else None
        return None

    def _modifies_noun(self, pos: int, name: str) -> bool:
        """Whether the name met at token `pos` only describes a thing or group after it ("First Nations
        growers", "Plaid Cymru voters"): no one a he or she can mean.  Not in the headline, whose verbs the
        parser takes for nouns ("Obama rips rhetoric")."""
        if self.paragraph_of[pos] == 0:
            return False
        words, end = set(name.split()), pos + 1
        while end < len(self.doc) and self.tokens[end].text in words:
            end += 1
        end = hyphenated_end(self.doc, pos, end)  # (not "Wing" of "Cheung Wing-sze", which the parser hangs on "sze")
        return noun_described_by(self.tokens[end - 1]) is not None

    def _not_the_speaker(self, at: int) -> set[str]:
        """The full names of people whom "he" or "she" at token `at` cannot mean: the one its verb has for object
        ("He told Sir Alan: “…”") or tells as "me" ("“…,” he told me, Mr Bainbridge said"), and the one the quotation
        right before it addresses by title and name ("“…, Ms Mathur,” she said")."""
        verb, names = self.doc[at].head, set()
        if self.doc[at].dep_ in ("nsubj", "nsubjpass"):
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
            objects += [o for c in verb.children if c.dep_ == "prep" and c.i < at for n in c.children if n.dep_ == "pobj"
                        and n.lower_ in _TALK_NOUNS for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                        for o in w.children if o.dep_ == "pobj"]  # "In an interview with X, he said": not X
            for obj in objects:
                if obj.ent_type_ == "PERSON" and (found := self.resolve(obj.left_edge.i, obj.i + 1, obj.i)).kind == PERSON \
                        and found.name and found.resolved in ("name", "surname"):  # (a name, not "the Courier")
                    names.add(found.name)
            outer = verb.head if verb.dep_ == "ccomp" else None
            if outer is not None and outer.i > verb.i and any(o.lower_ in FIRST_PERSON_OBJECTS for o in objects):
                for teller in (c for c in outer.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
                    if (found := self.resolve(teller.left_edge.i, teller.i + 1, teller.i)).kind == PERSON and found.name:
                        names.add(found.name)  # "“…,” he told me, Mr Bainbridge said": not the one he told
        for i in range(self._quotation_before(at), at):
            if self.tokens[i].lower_ in PERSONAL_TITLES and self.tokens[i].text[:1].isupper() and not self.outside(i) \
                    and i > 0 and self.tokens[i - 1].text == "," \
                    and (named := self.titled_name_at(i, (",", "?", "!", "."), or_closing_mark=True)) is not None:
                names.add(named[0])  # (set off by commas, or closing its sentence or the quotation: "…, Mr Leathley?")
        names.update(self._asker_just_before(at))
        return names

    def _asker_just_before(self, at: int) -> set[str]:
        """The reporters who asked the question the paragraph before quotes, when the quotation before token `at` opens
        its paragraph and answers it ("Another reporter asked whether …. “Is there a risk to the public?” ¶ “We don’t
        believe …,” she said."): whoever answers, not the one who asked."""
        start = self._quotation_before(at)
        para = self.paragraph_of[start]
        first = start
        while first > 0 and self.paragraph_of[first - 1] == para:
            first -= 1
        if start == at or not all(t.is_punct or t.is_space for t in self.tokens[first:start]):
            return set()
        before = self._previous_paragraph(para)
        toks = [t for t in self.tokens[max(0, start - 120):start] if self.paragraph_of[t.i] == before]
        if not any(t.text == "?" and not self.outside(t.i) for t in toks):
            return set()
        askers = [t for t in toks if _reporter_asking(t) and self.outside(t.head.i)]
        return {found.name for c in askers if (found := self.resolve(c.left_edge.i, c.i + 1, c.i)).name}

    def _home_of_person(self, pos: int) -> bool:
        """Whether the name at token `pos` is where a person named before it lives ("Carl Dimmock, 47, of Downend",
        "Ms Reid of Leven"): a place, whatever the tagger typed it, that "it" never means."""
        prep = name_head(self.tokens[pos]).head
        if prep.lower_ != "of" or prep.i >= pos:
            return False
        owner = prep.head.head if prep.head.like_num and prep.head.dep_ == "appos" else prep.head
        return owner.ent_type_ == "PERSON" and owner.i < prep.i

    def _alone_in_paragraph(self, pos: int, recent, para: int, skipped: set[str]) -> bool:
        """Whether the person named at token `pos` is the only person the paragraph `para` names before the pronoun
        (`recent`: the mentions before it, newest first), but those the pronoun cannot mean (`skipped`)."""
        name = next(sp.name for p, sp in recent if p == pos)
        return self.paragraph_of[pos] == para and all(sp.kind != PERSON or sp.name in (name, *skipped)
                                                      for p, sp in recent if self.paragraph_of[p] == para)

    def _scan(self, at: int, low: str, wanted: tuple, gender: str | None,
              skipped: set[str]) -> tuple[Speaker | None, tuple[int, Speaker] | None]:
        """Whom a pronoun at token `at` means in its own paragraph or the one before (None if no one there
        fits), and the newest speaker who fits with the paragraph of that mention; the names in `skipped`
        are passed over."""
        # newest first: a main clause's subject in the same paragraph, else a subject there ("X said Y had
        # …"), else anyone fitting there, else the newest main clause's subject of the paragraph before, else
        # its newest subject (the scan stops as soon as the answer is known)
        para = self.paragraph_of[at]
        before = self._previous_paragraph(para)
        same = embedded = other = main_before = previous = newest = None
        sentence = self.tokens[at].sent.start
        recent = self._recent(at)
        # whom the question opening the pronoun's sentence names, asked about or asking, is never its "he"
        # ("… said Pruitt walked out. Asked whether Pruitt was known to deputies, he said: …"); a pronoun there
        # is ("Asked whether he will miss it, he …")
        asked = {sp.name for pos, sp in takewhile(lambda h: h[0] >= sentence, recent)
                 if self.tokens[pos].pos_ != "PRON" and in_opening_question(self.tokens[pos])}
        opening = self.letter_opening(at)
        for pos, sp in recent:
            if pos < opening:
                break  # (another letter's, on a letters page)
            if low in HE_SHE and gender and sp.kind == PERSON and sp.name and self._gender(sp) not in (None, gender):
                sp = self._bearer_of_gender(pos, sp.name, gender) or sp  # "Sithole" of the mother, not her son
            if not (sp.kind in wanted and sp.name
                    and not (gender and self._gender(sp) and self._gender(sp) != gender)
                    and not (low in PLURAL_PRONOUNS and sp.kind == PERSON and pos not in self.groups)) \
                    or sp.name in skipped or low in HE_SHE and (pos in self.groups or self._modifies_noun(pos, sp.name)) \
                    or low in THING_PRONOUNS and (share_index(sp.name) or self._home_of_person(pos)) \
                    or sp.name in asked or self._in_byline(pos) \
                    or low in HE_SHE and pos not in self.subjects and self.died_at(pos) \
                    and not self._alone_in_paragraph(pos, recent, para, skipped):
                continue  # (nor one named in passing as dead: "… was for the late selector Mick Doyle, who died in March";
                # but the one a paragraph of tributes is about: "Tributes were paid to X, who died …. In an interview, she")
            where = self.paragraph_of[pos]
            if newest is None:
                newest = where, sp
            if where == para:
                if pos in self.subjects and self._speaks_in_main_clause(pos):
                    same = sp
                    if low in HE_SHE and reporting_subject(name_head(self.doc[at]), passive=True) \
                            and not reporting_subject(name_head(self.doc[pos]), passive=True) \
                            and not asked_in_clause(name_head(self.doc[pos])):  # (not "X shrugged when asked")
                        # "Neil Ambrose said Hurst … Mr Lomas was wearing …. “…,” he told the court": the speaker
                        same = self._reporter_in_paragraph(recent, para, gender, skipped) or sp
                    break
                if pos in self.subjects:
                    embedded = embedded or sp
                else:
                    other = other or sp
                continue
            same = embedded or other
            if same is not None:
                break
            if where == before and pos in self.subjects:
                if self._speaks_in_main_clause(pos):  # "Adewale said the commissioner, X, had ordered …"
                    main_before = sp
                    break
                previous = previous or sp
            if where < before:
                break
        return same or embedded or other or main_before or previous, newest

    def _bearer_of_gender(self, pos: int, name: str, gender: str) -> Speaker | None:
        """The one other person of `gender` whose family name the surname written alone at token `pos` is, where the
        book took it for `name`, a relative of the other sex ("Nomvula Sithole" … "her son, Lwazi Sithole" …
        "Sithole was not convinced. “…,” she said"); else None."""
        surname = self.tokens[pos].text
        if len(name.split()) < 2 or not name.endswith(" " + surname) or self.columns.span_text(pos, pos + 1) != surname \
                or pos + 1 < len(self.tokens) and is_name_token(self.tokens[pos + 1]):
            return None
        others = [n for n in self.full_names.get(surname, {}) if n != name and self.gender_of_name(n) == gender]
        return Speaker(others[0], PERSON, self.roles.get(others[0]), gender, "surname") if len(others) == 1 else None

    def _speaks_in_main_clause(self, pos: int) -> bool:
        """Whether the mention at `pos` is its sentence's main subject, or the newer of two speakers set side by side
        ("Hollis said …, while Ruane said …"), whom a "he" after means."""
        return is_main_subject(self.tokens[pos]) or parallel_reporter(self.tokens[pos])

    def _reporter_in_paragraph(self, recent: list, para: int, gender: str | None, skipped: set[str]) -> Speaker | None:
        """The newest person of paragraph `para` (of the pronoun's gender) who is the subject of a reporting verb:
        whom a reporting "he" or "she" goes on quoting after sentences about others ("Prosecuting, Neil Ambrose
        said …. Mr Lomas was wearing …. “…,” he told the court"); never a group ("as senators shouted"), nor one of no
        known gender past a newer subject of the pronoun's ("Dana Kruger called it …. Mr Ellery hit back. “…,” he said")."""
        fitting_subject = False
        for pos, sp in recent:
            if self.paragraph_of[pos] != para:
                return None
            if sp.kind == PERSON and sp.name and sp.name not in skipped and pos in self.subjects \
                    and reporting_subject(name_head(self.doc[pos]), passive=True) \
                    and pos not in self.groups and not (gender and self._gender(sp) and self._gender(sp) != gender) \
                    and self.doc[pos].pos_ != "PRON":
                return None if fitting_subject and not self._gender(sp) else sp
            fitting_subject = fitting_subject or bool(gender) and sp.kind == PERSON and pos in self.subjects \
                and sp.name not in skipped and self._gender(sp) == gender
        return None

    def _in_byline(self, pos: int) -> bool:
        """Whether token `pos` is in a byline ("By Lauren Pike" on a line of its own, boilerplate.is_byline): the
        writer, whom no pronoun of the story means."""
        at = self.doc[pos].idx
        start, end = self.text.rfind("\n", 0, at) + 1, self.text.find("\n", at)
        return is_byline(self.text[start:end if end >= 0 else len(self.text)])

    def _unproven(self) -> set[str]:
        """Names taken for people that the article once writes as a place ("in Moss Side") and nothing shows
        to be a person: tagged a person at no more than half of their mentions, of no known gender nor role,
        and never the subject of a reporting verb; and so a word written once, opening a sentence, in no one's full
        name ("Attendance has dropped, he said": a noun the tagger took for a name)."""
        if self._unproven_names is None:
            tagged: dict[str, list[bool]] = {}
            speaks, placed, openers = set(), set(), set()
            for pos, sp in self.history:
                if sp.kind == PERSON and sp.name:
                    head = name_head(self.tokens[pos])
                    tagged.setdefault(sp.name, []).append(self.tokens[pos].ent_type_ == "PERSON" or head.ent_type_ == "PERSON")
                    if reporting_subject(head, passive=True):
                        speaks.add(sp.name)
                    if self._after_place_preposition(pos) or head.ent_type_ in ("GPE", "LOC", "FAC"):
                        placed.add(sp.name)
                    if " " not in sp.name and self.tokens[pos].is_sent_start and self.paragraph_of[pos] > 0:
                        openers.add(sp.name)
            self._unproven_names = {name for name, tags in tagged.items() if name not in speaks
                                    and not self.gender_of_name(name) and not self.roles.get(name)
                                    and (name in placed and 2 * sum(tags) <= len(tags)
                                         or name in openers and len(tags) == 1 and not self.names_with_word(name))}
        return self._unproven_names

    def _role_reference(self, tok, lo: int) -> Speaker | None:
        """"the Ceann Comhairle", "the Leitrim TD", a live post's "Premier": a role written capitalised after "the"
        (a place before it or not) or alone, held by a person named earlier: the latest such person."""
        low = tok.lower_.rstrip(".")
        alone = lo == tok.i and title_alone(tok)
        mention = self.columns.span_text(lo + (not alone), tok.i + 1)
        if not alone and self.tokens[lo].lower_ != "the" or not tok.text[:1].isupper() \
                or low in BODY_NOUNS or low in DOCUMENT_NOUNS or low in GENERIC_BODY_NOUNS:
            return None
        office = self.office_words(lo, tok.i)
        for _, sp in self._recent(lo):
            if sp.kind == PERSON and sp.name and not sp.name.endswith(mention) and sp.name not in self._placelike() \
                    and self._fits(low, sp.name, sp.role, office=office) and not self.initials_of_role_body(tok, sp.name):
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        return None

    def initials_of_role_body(self, tok, name: str) -> bool:
        """Whether the initials at token `tok` only ever name the body of the person `name`'s role ("AFL" of "AFL
        counsel Patrick Hennessy"): "the AFL" is the body, not the person."""
        return is_acronym(tok.text) and self.only_modifies(tok.lower_, name)

    def _nominal(self, tok, lo: int, hi: int) -> Speaker:
        """"the statement", "the ministry", "the minister": the last fitting speaker.  The answer
        depends only on the speakers met before the mention (history only grows): it is kept, keyed by
        how many there are, for the other quotations that consider the same mention."""
        key = (tok.i, lo, hi, bisect.bisect_left(self.history, lo, key=lambda h: h[0]))
        if key not in self._nominals:
            self._nominals[key] = self._find_nominal(tok, lo, hi)
        return replace(self._nominals[key])

    def _find_nominal(self, tok, lo: int, hi: int) -> Speaker:
        low = tok.lower_
        words = {t.lower_ for t in self.doc[lo:hi]}
        if low in BODY_SHORT_FORMS and words <= {low, "the"}:
            return Speaker(BODY_SHORT_FORMS[low], ORG, None, None, "nominal")  # "gardaí said": An Garda Síochána
        definite = self.doc[lo].lower_ in ("the", "its", "their")  # "the company", not "a company"
        # "Another diplomat said", "One analyst, who asked …, said": not the one before; but "Kissane, a former
        # fisherman," is, and so is "A president who authorized the raid … will hand his successor …"
        other = self.doc[lo].lower_ == "another" or self.doc[lo].lower_ in _BRINGING_IN and tok.dep_ != "appos" \
            and reporting_subject(tok)
        is_doc = low in DOCUMENT_NOUNS
        nationalities = frozenset(n for t in tok.lefts if t.dep_ in ("amod", "compound") and (n := nationality(t.text)))
        office = self.office_words(lo, tok.i)
        sides = frozenset(t.lower_ for t in tok.lefts if (t.dep_ in ("compound", "amod") or t.dep_ == "nmod" and any(
                          c.dep_ == "cc" for c in t.children)) and t.text[:1].isupper()  # ("the Drom & Inch man")
                          and not t.is_sent_start and t.ent_type_ not in ("GPE", "NORP", "LOC")
                          and not nationality(t.text) and t.lower_ not in office and t.lower_ not in ROLE_WORDS
                          and t.lower_ not in PARTY_WORDS)  # "City" of "the City manager"
        if definite and KINSHIP.get(low) and _of_a_number(tok) \
                and (focus := self._person_in_focus(lo, gender=KINSHIP[low])) is not None:
            return focus  # "…,” said the mother of four (or "mother-of-four"): the woman the paragraph is about
        if not is_doc and tok.tag_ == "NNS" and (body := self._group_body(tok)) is not None:
            return body
        if low == "campaign" and (candidate := self._candidate_of(tok)) is not None:
            return candidate
        if definite and low in STUDY_AUTHORS and (institution := self._study_institution(lo)) is not None:
            return institution
        if is_doc and (owner := self._document_owner(tok)) is not None:
            return owner  # "The hospital's website says", "Rīgas satiksme's website": whose document it is
        if is_doc and definite and (issuer := self._issuer(low, lo)) is not None:
            return issuer
        if is_doc and (issuer := self._issued_by(low, lo, definite)) is not None:
            return issuer
        if not is_doc and definite and (head := self._head_of_body(tok, lo)) is not None:
            return head
        if definite and not is_doc and low in GENERIC_BODY_NOUNS and (named := self._body_named_for(tok, lo)) is not None:
            return named  # "Môr Ferries cancelled … The ferry operator said": the body whose name holds "ferry"
        if not is_doc and words == {"the", low} and (low in GENERIC_BODY_NOUNS or low in BODY_NOUNS) \
                and (reported := self._body_reported_on(tok)) is not None:
            return reported  # "Rio Tinto halted work at the mine, the company said"
        if not is_doc and words == {"the", low} and low in GENERIC_BODY_NOUNS \
                and (spoke := self._body_that_just_spoke(lo, by_spokesperson=True)) is not None and business(spoke.name):
            return spoke  # "A spokesperson for Tanhill Homes said: “…” ¶ “…,” the company added"
        if not is_doc and words == {"the", low} and low in GENERIC_BODY_NOUNS \
                and (spoke := self._body_that_just_spoke(lo)) is not None and spoke.name in self.bodies_by_description:
            return spoke  # "Ukrenergo, the national grid operator, said … ¶ “…,” the company said"
        if not is_doc and definite and low in GENERIC_BODY_NOUNS and (body := self._story_body(low, lo)) is not None:
            return body
        if definite and low in TEAM_NOUNS and (team := self._story_team(lo)) is not None:
            return team
        if low in ORGANISER_NOUNS and (group := self._group_just_named(lo)) is not None:
            return group
        if definite and low in _NOUN_GENDERS and (unnamed := self._unnamed_just_met(low, lo)) is not None:
            return unnamed
        if words == {"the", low} and not is_doc and (unnamed := self._unnamed_called_more_fully(low, lo)) is not None:
            return unnamed  # "one Liberal senator, who spoke on condition of anonymity," … "the senator said"
        if words == {"the", low} and low in _ANY_BODY_NOUNS and (spoke := self._body_that_just_spoke(lo)) is not None:
            return spoke  # "The Salvation Army said …. “…,” the organization said"
        if not is_doc and low in BODY_NOUNS:
            self._follow_bodies(lo)  # ("Japan's defence ministry said …. “…,” the ministry said")
        plain = None if is_doc else self.plain_body_of_kind(low, lo)
        bare = not any(c.dep_ in ("amod", "compound") for c in tok.lefts)
        owner = next((c.text for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)  # "Marsh's campaign"
        modified = None  # a person the noun only modifies a role of ("the chief" of a "chief executive")
        for pos, sp in self._recent(lo):
            if not sp.name or sp.resolved == "unresolved":  # ("the power firm" twice is still no one named)
                continue
            if is_doc and sp.kind in (ORG, DOCUMENT):
                if not (words - ARTICLES - {low, "its", "their"}) or \
                        any(w in sp.name.lower() for w in words - {low, "the"}):
                    return Speaker(sp.name, sp.kind, sp.role, None, "nominal")
            if not is_doc and sp.kind == ORG and (owner is None or any(w.startswith(owner) for w in sp.name.split())) \
                    and (low in sp.name.lower().split() and _names_kind(tok, sp.name, plain)
                                                  and not _office_of_holder(low, sp.name)
                                                  or low in GENERIC_BODY_NOUNS and definite and not self._home_of_someone(pos)
                                                  and not self._called_a_kind(sp.name)  # (an NGO is no "developer")
                                                  or definite and BODY_NOMINALS.get(low, set()) & set(sp.name.lower().split())
                                                  or definite and low in self._body_nouns().get(sp.name, ())):
                if self._kind_shared_by_conjunct(pos, low):
                    break  # "Harlow Teachers Union and the Essex Nurses Union": "the union" may be either
                return Speaker(sp.name, sp.kind, sp.role, None, "nominal")
            if not is_doc and sp.kind == PERSON and not other and not body_kind_noun(low) \
                    and self._fits(low, sp.name, sp.role, nationalities, office) \
                    and sp.name not in self._placelike() and not self._of_another_side(sp.name, sides) \
                    and not self._owner_in_role(low, sp) and not self._of_another_field(tok, sp.name):
                # ("evicted from Kasokoso, the Minister of Lands, …"; "the City manager" is not the "Rovers boss")
                if bare and self.only_modifies(low, sp.name):
                    modified = modified or Speaker(sp.name, sp.kind, sp.role, sp.gender, "nominal")
                    continue
                return Speaker(sp.name, sp.kind, sp.role, sp.gender, "nominal")
        if modified is not None:
            return modified
        if definite and bare and low in GOVERNING_NOUNS and (governed := self._body_governed(low, lo)) is not None:
            return governed  # "the board" after "the club's board"
        if definite and bare and (low in BODY_NOUNS or low in BODY_NOMINALS) \
                and (introduced := self._unnamed_body_introduced(low, lo)) is not None:
            return introduced
        if definite and bare and low == "group" and (spoke := self._body_that_just_spoke(lo)) is not None \
                and business(spoke.name):
            return spoke  # "Retail chain Corbel & Finch … said …. The group said": the business that just spoke
        if definite and bare and low == "group" and (story := self._story_body(low, lo)) is not None:
            return story  # "The group said" of no campaign group: the business the story is about
        if not is_doc and (below := self._named_below_headline(low, lo)) is not None:
            return below
        if not is_doc and low in BODY_NOUNS and (words == {low} or words == {"the", low}) \
                and (only := self._only_body_of_kind(low)) is not None:
            return only  # "union calls offer ‘insulting’" … "the Mineworkers Union of Namibia": the one union named
        if not is_doc and definite and (unnamed := self._unnamed_of_body(low, lo)) is not None:
            return unnamed
        if not is_doc and low not in BODY_NOUNS and low not in _NOUN_GENDERS and self.doc[lo].lower_ in _DEFINITE_OR_OWNED \
                and (later := self._named_after(low, lo, hi, nationalities, sides)) is not None:
            return later
        if not is_doc and (identified := self._identified_next(tok, lo)) is not None:
            return identified
        if not is_doc and low in BODY_NOUNS and (named := self._body_named_next(tok, lo)) is not None:
            return named
        if (focus := self._described_in_focus(tok, lo)) is not None:
            return focus
        if not is_doc and words == {"the", low} and (low in BODY_NOUNS or low in BUSINESS_NOUNS) \
                and (spoke := self._body_that_just_spoke(lo)) is not None:
            return spoke  # "DigitalEurope, which represents device makers, warned …. “…,” the association said"
        if not is_doc and definite and low in _ACTING_BODY_NOUNS and (acted := self._body_that_just_spoke(lo, acted=True)):
            return acted  # "…, Nova Scotia Health announced Tuesday. ¶ In a statement, the health authority said"
        kind = DOCUMENT if is_doc else ORG if low in BODY_NOUNS or low in BUSINESS_NOUNS else PERSON
        if kind == PERSON and (body := self._body_answered_for(tok, lo)) is not None:
            return Speaker(f"{body} official", PERSON, None, None, "nominal")
        if kind == PERSON:  # "A senior EU diplomat", "A second source": "diplomat", "source"
            return Speaker(bare_noun(self._better_described(tok)), PERSON, None, None, "unresolved")
        # "A June 2017 study": the date is not part of anyone's name
        kept = [t for t in self.doc[lo:hi] if t.ent_type_ not in ("DATE", "TIME", "CARDINAL")
                and not (t.dep_ == "det" and t.lower_ in ARTICLES)]  # "county board"
        text = "".join(t.text_with_ws for t in kept).strip()
        office = canonical_body(text) if kind == ORG else text  # "Japan's defence ministry": the Japanese Ministry of
        return Speaker(office, kind, None, None, "unresolved" if office == text else "name")  # Defense, a name

    def _body_answered_for(self, tok, lo: int) -> str | None:
        """The body an unnamed "woman", "man" or "person" at token `tok` answers for, when they tell the writer
        something ("… told me", "assured us"): the one the noun is "at" ("A very polite woman at Metro Tasmania
        assured me"), or the one the writer ("I", "we") rang, emailed or wrote to in the sentence or the one before
        it, in its paragraph, for "a woman" or "the man who answered" ("I rang the council. A woman told me …"); not
        one somewhere else ("A man in the queue told me"); its name, else None."""
        if tok.lower_ not in _ANSWERING_NOUNS or self.doc[lo].lower_ not in (*_BRINGING_IN, "the") \
                or self.doc[lo].lower_ == "the" and not any(c.dep_ == "relcl" for c in tok.rights) \
                or not tok.dep_.startswith("nsubj") or not any(c.lower_ in ("me", "us") for c in tok.head.subtree):
            return None
        places = [prep for prep in tok.rights if prep.dep_ == "prep"]
        if any(prep.lower_ != "at" for prep in places):
            return None
        objects = [o for prep in places for o in prep.children if o.dep_ == "pobj"]
        sentence = tok.sent
        before = self.doc[sentence.start - 1].sent if sentence.start > 0 else None
        for clause in (sentence, before) if not objects else ():
            if clause is None or self.paragraph_of[clause.start] != self.paragraph_of[tok.i]:
                continue
            for verb in clause:
                if verb.lower_ in _CONTACTING_VERBS and verb.pos_ == "VERB" and verb.i < tok.i \
                        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
                    objects += [c for c in verb.children if c.dep_ == "dobj"]
                    objects += [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                                for o in prep.children if o.dep_ == "pobj"]
        for obj in objects:
            found = self.resolve(obj.left_edge.i, obj.i + 1, obj.i)
            words = (found.name or "").split()
            if not words or not words[0][:1].isupper() or any(POSSESSIVE.search(w) for w in words):
                continue  # (not "the Senator's office")
            if found.kind == ORG or obj.ent_type_ == "ORG" or len(words) >= 2 and found.resolved == "name" \
                    and words[0] not in GIVEN_NAME_GENDER and words[0].lower().rstrip(".") not in TITLES:
                return found.name  # ("Manitoba Highways", which the tagger may call a person)
        return None

    def _of_another_field(self, tok, name: str) -> bool:
        """Whether a noun with words for its field before it ("the council's property manager", "the water services
        manager") describes someone other than `name`, whose own descriptions give the same noun other such words
        only ("operations manager Mark Tully")."""
        field = {t.lower_ for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.text.islower()
                 and t.lower_ not in TITLES and t.lower_ not in ROLE_WORDS}
        own = {w for w in self.modifiers.get(name, ()) if w not in TITLES and w not in ROLE_WORDS
               and w not in DESCRIBING_WORDS}  # (not "local" of "a local leader of the … union")
        return bool(field and own and tok.lower_ in self.heads.get(name, ()) and not field & own)

    def _owner_in_role(self, low: str, sp: Speaker) -> bool:
        """Whether the noun `low` stands in the role of the person `sp` only before the role's own noun, as what the
        role belongs to, and names no one by itself ("choir" of "The choir's current musical director", "city" of "City
        manager X"): "the choir" is then the choir, not its director."""
        words = (sp.role or self.roles.get(sp.name) or "").lower().split()
        # (a place's word describes no one, though it is among their words: "city" of "City manager Jeff Gaudet"; but
        # "fiscal" of a "Procurator fiscal depute" may be she)
        return low in words[:-1] and not _names_someone(low) \
            and (low in SPEAKING_THINGS or low not in self.described.get(sp.name, set()))

    def _document_owner(self, tok) -> Speaker | None:
        """The body or person a document noun's possessive names ("the Ministry of Health's report", "the
        hospital's website"), resolved as a mention of its own; None where there is none or it finds no one."""
        owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if owner is None:
            return None
        end = next((c.i for c in owner.children if c.dep_ == "case"), owner.right_edge.i + 1)
        found = self.resolve(owner.left_edge.i, end, owner.i)
        if not found.name or found.kind not in (ORG, PERSON) or found.resolved == "unresolved":
            return None
        return Speaker(found.name, found.kind, found.role, found.gender, "nominal")

    def _candidate_of(self, tok) -> Speaker | None:
        """"His campaign", "her campaign": the campaign of the person the pronoun means, named by the surname as US
        copy writes a candidate's campaign ("Meade campaign"); None where no one named is meant."""
        found = self.named_owner(tok)
        return Speaker(f"{found.name.split()[-1]} campaign", ORG, None, None, "nominal") if found is not None else None

    def named_owner(self, tok) -> Speaker | None:
        """The person named before whom a "his" or "her" before the noun `tok` means ("her official spokesperson",
        "his campaign"), else None."""
        mine = next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        found = self._pronoun(mine.lower_, mine.i) if mine is not None else None
        return found if found is not None and found.kind == PERSON and found.name and found.resolved != "unresolved" \
            else None

    def _kind_shared_by_conjunct(self, pos: int, noun: str) -> bool:
        """Whether the body named at token `pos` is joined by "and" or "or" to another body whose name holds `noun`
        too ("Harlow Teachers Union and the Essex Nurses Union"): "the union" then names neither for sure."""
        start, end = self.body_at.get(pos, (pos, pos + 1))
        head = self.doc[start:end].root
        joined = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
        for other in joined:
            lo, hi = self.body_at.get(other.i, (other.i, other.i + 1))
            if not start <= other.i < end and noun in {t.lower_ for t in self.tokens[lo:hi]}:
                return True
        return False

    def _head_of_body(self, tok, lo: int) -> Speaker | None:
        """"the DOH chief", "the DA head", "the EPA boss": the person heading the body whose initials stand before
        the noun: the latest person named in a role of data/head_roles.tsv whose role or description names the body
        (the initials, or a word of the name they spell out: "Health Secretary" of the Department of Health), else
        the one person named in such a role before."""
        low = tok.lower_
        acronym = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod") and is_acronym(c.text)), None)
        if acronym is None or low not in _HEAD_NOUNS:
            return None
        body = self._fuller_body(acronym.text, lo) or ""
        marks = {acronym.lower_} | {w.lower() for w in body.split() if w[:1].isupper() and w.lower() not in BODY_NOUNS}
        heads: dict[str, Speaker] = {}
        for _, sp in self._recent(lo):
            if sp.kind != PERSON or not sp.name or sp.resolved == "unresolved":
                continue
            words = self.described.get(sp.name, set()) | set((sp.role or self.roles.get(sp.name) or "").lower().split())
            if words & HEAD_ROLES:
                found = Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
                if words & marks:
                    return found
                heads.setdefault(sp.name, found)
        return next(iter(heads.values())) if len(heads) == 1 else None

    def plain_body_of_kind(self, noun: str, at: int) -> str | None:
        """The latest body met before token `at` whose name says it is plainly of the kind `noun` (see is_kind)."""
        return next((sp.name for _, sp in self._recent(at) if sp.kind == ORG and sp.name
                     and noun in sp.name.lower().split() and is_kind(noun, sp.name)), None)

    def _group_just_named(self, at: int) -> Speaker | None:
        """The body "Organisers" speak for: the latest one named before token `at` in its paragraph or the one
        before ("protesters from the group Tide Rising gathered … Organisers said")."""
        near = (self.paragraph_of[at], self._previous_paragraph(self.paragraph_of[at]))
        for pos, sp in self._recent(at):
            if self.paragraph_of[pos] not in near:
                return None
            if sp.kind == ORG and sp.name and sp.resolved != "unresolved":
                return Speaker(sp.name, ORG, None, None, "nominal")
        return None

    def _unnamed_of_body(self, noun: str, at: int) -> Speaker | None:
        """"the official" after "A PCB official, requesting anonymity, said …": the body's (or people's) unnamed
        official ("Pakistan Cricket Board official", "Mexican official") brought in with "a" or "an" before token
        `at`, the newest: anywhere before where the article met them as a person (a quotation's speaker), else in the
        paragraph or the two before it, whoever spoke between."""
        since = self._previous_paragraph(self._previous_paragraph(self.paragraph_of[at]))
        spoke = {pos for pos, sp in self._recent(at) if sp.kind == PERSON}
        _, found = self._introduced_unnamed((noun,), at, lambda tok: self.paragraph_of[tok.i] >= since or tok.i in spoke)
        named = found is not None and found.kind == PERSON and found.name and found.name[:1].isupper() \
            and found.name.endswith(" " + noun)  # a body's: "Pakistan Cricket Board official"
        return Speaker(found.name, PERSON, None, None, "nominal") if named else None

    def _unnamed_body_introduced(self, noun: str, at: int) -> Speaker | None:
        """"the tribunal", "the panel" after "An employment tribunal in Leeds upheld …": the body the article brought
        in unnamed with "a" or "an" before token `at` (the newest), by its noun or one the noun stands for
        (data/body_nominals.tsv), named by its words ("employment tribunal"); None if there is none."""
        tok, found = self._introduced_unnamed((noun, *BODY_NOMINALS.get(noun, ())), at, lambda tok: tok.tag_ == "NN")
        if found is not None and found.kind == ORG and found.name and found.name.lower() != tok.lower_ and found.name.islower():
            return Speaker(found.name, ORG, None, None, "nominal")
        return None

    def _introduced_unnamed(self, nouns: tuple[str, ...], at: int, keep) -> tuple[object, Speaker | None]:
        """The newest of `nouns` brought in with "a" or "an" before token `at`, outside quotations, where `keep(token)`
        ("A PCB official", "An employment tribunal in Leeds"), and what its words resolve to; (None, None) if none."""
        for i in reversed(self.columns.tokens_with("lower", nouns)):
            tok = self.tokens[i]
            if i < at and keep(tok) and self.outside(i) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts):
                return tok, self.resolve(tok.left_edge.i, i + 1, i)
        return None, None

    def _named_below_headline(self, noun: str, lo: int) -> Speaker | None:
        """A headline's or deck's "Rovers boss" or "CEO" at token `lo` ("…, judge says"): the person the story
        below names in that role."""
        if not self._in_top_lines(lo):
            return None
        for name in dict.fromkeys(name for _, name in self._people_after(lo)):
            if self._fits(noun, name, self.roles.get(name)):
                return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal")
        return None

    def _identified_next(self, tok, lo: int) -> Speaker | None:
        """A story's first person brought in by an office alone ("The chief executive of Pennine Rail apologised …"),
        whom the next paragraph names as the subject of a reporting verb ("Appearing before MPs, Gareth Llewell
        said …"): the news lead that names its speaker a paragraph late.  None where someone was named a subject
        below the headline, where the noun is no office or role (an informant, a spokesperson stays unnamed), where the next
        paragraph has no one named speak or where the one it has speak holds a role the noun does not fit."""
        low = tok.lower_
        if self.doc[lo].lower_ not in ("the", "a", "an") or not (low in ROLE_WORDS or low in TITLES) \
                or low in INFORMANT_NOUNS or low in SPOKESPERSON_NOUNS or tok.tag_ not in ("NN", "NNP") \
                or self._in_top_lines(lo) \
                or any(pos < lo and sp.kind == PERSON and sp.name and sp.resolved != "unresolved"
                       and not self._in_top_lines(pos) for pos, sp in self.history if pos in self.subjects):
            return None
        following = self._next_paragraph(self.paragraph_of[lo])
        if following is None:
            return None
        for pos, sp in sorted(self.history, key=lambda h: h[0]):
            if pos <= lo or self.paragraph_of[pos] != following or sp.kind != PERSON or not sp.name:
                continue
            head = name_head(self.doc[pos])
            if head.dep_ != "nsubj":
                continue  # ("Addressing reporters outside Transport Malta, X said": no subject)
            name = self.full_name(sp.name, sp.gender, pos)[0]
            role = self.roles.get(name) or self.roles.get(sp.name) or sp.role
            role = None if role and role.lower().rstrip(".") in PERSONAL_TITLES else role  # ("Professor": no office)
            if REPORTING_FORMS.get(head.head.lower_) and self.outside(pos) and not (role and not self._fits(low, name, role)):
                return Speaker(name, PERSON, sp.role, self._gender(sp), "nominal")
            return None  # (the paragraph's first subject named is the one it identifies, or no one; not one of another
            # role: "a coroner said" is no "Detective Inspector Rob Hale said")
        return None

    def _only_body_of_kind(self, noun: str) -> Speaker | None:
        """The one body the article names anywhere whose name holds `noun` ("union" of "Mineworkers Union of Namibia"),
        which "the union" means where none was named before it; None where the article names none or several."""
        names = {sp.name for _, sp in self.history if sp.kind == ORG and sp.name and sp.resolved != "unresolved"
                 and " " in sp.name and noun in sp.name.lower().split()}
        return Speaker(names.pop(), ORG, None, None, "nominal") if len(names) == 1 else None

    def _body_named_next(self, tok, lo: int) -> Speaker | None:
        """A body the lede brings in unnamed ("An iwi trust has objected …, saying …", "…, their union says"), whom the
        next paragraph names, the first body there whose name says it is of that kind ("Ngāti Kahu Trust"; for a union
        "the Nurses Organisation", data/body_nominals.tsv): the news lead that names its body a paragraph late; None
        where the noun came with "the" and no clause describing it (one named before), or stands outside the lede."""
        described = self.doc[lo].lower_ == "the" and any(c.dep_ in ("acl", "relcl") for c in tok.rights) \
            and self.plain_body_of_kind(tok.lower_, lo) is None  # "The union representing 11,000 transit workers"
        if not (described or self.doc[lo].lower_ in ("a", "an", "their", "its")) \
                or self.paragraph_of[lo] != self._lede_paragraph():
            return None
        following = self._next_paragraph(self.paragraph_of[lo])
        if following is None:
            return None
        return self.first_body_of_kind(following, {tok.lower_, *BODY_NOMINALS.get(tok.lower_, ())})

    def first_body_of_kind(self, paragraph: int, kinds: set[str]) -> Speaker | None:
        """The first body named in `paragraph` whose name holds one of the words `kinds` ("Ngāti Kahu Trust" of
        "trust"), as a body a noun stands for; None if none is."""
        return next((Speaker(sp.name, ORG, None, None, "nominal") for pos, sp in sorted(self.history, key=lambda h: h[0])
                     if self.paragraph_of[pos] == paragraph and sp.kind == ORG and sp.name
                     and sp.resolved != "unresolved" and kinds & set(sp.name.lower().split())), None)

    def lead_speaker(self, tok) -> Speaker | None:
        """Whom a headline's role that speaks means ("…, says minister", not "senator struggles" nor "says
        evacuee"), when the story gives no one that role before: the person the first paragraphs below the
        headline have speak ("The drainage plan is “on track”, says Datuk Seri Azman Hakim."), the first named
        subject of a reporting verb there."""
        if self.paragraph_of[tok.i] != 0 or not REPORTING_FORMS.get(tok.head.lower_) \
                or tok.lower_ not in ROLE_WORDS and tok.lower_ not in TITLES:
            return None
        self._previous_paragraph(0)  # (fills _with_words)
        lead = self._with_words[1:3]
        for tok in self.tokens:
            if self.paragraph_of[tok.i] > (lead[-1] if lead else 0):
                break
            if self.paragraph_of[tok.i] in lead and tok.pos_ == "PROPN" and reporting_subject(tok) \
                    and self.outside(tok.i):
                found = self.resolve(tok.left_edge.i, tok.i + 1, tok.i)
                if found.kind == PERSON and found.name and found.resolved != "unresolved":
                    return Speaker(found.name, PERSON, found.role, found.gender, "nominal")
        return None

    def _guessed_by_trait(self, at: int, found: Speaker) -> bool:
        """Whether the speaker `found` among those met before token `at` was met as a trait's noun ("the star"), the
        person in focus only guessed."""
        pos = next((pos for pos, sp in self._recent(at) if sp is found), None)
        return pos is not None and _whole_word(self.tokens[pos]) in TRAIT_NOMINALS

    def _of_gender_near(self, at: int, gender: str) -> Speaker | None:
        """The one person of `gender`, known by a title, pronoun or given name, that the article names before token
        `at` (of the latest mentions); None where there is no one such or more than one."""
        people = {sp.name: sp for pos, sp in self._recent(at) if sp.kind == PERSON and sp.name
                  and sp.resolved != "unresolved" and self._gender(sp) == gender}
        return next(iter(people.values())) if len(people) == 1 else None

    def _last_met(self, at: int, kinds: tuple[str, ...] | None = None) -> Speaker | None:
        """The last one with a name (of `kinds`, where given) met before token `at`, when met in its paragraph or
        the one before; else None."""
        before = self._previous_paragraph(self.paragraph_of[at])
        met = next(((pos, sp) for pos, sp in self._recent(at) if sp.name and (kinds is None or sp.kind in kinds)), None)
        return met[1] if met and self.paragraph_of[met[0]] >= before else None

    def _informant_just_met(self, at: int) -> Speaker | None:
        """The unnamed informant ("an insider", "a source") who is the last person met before token `at`, in its
        paragraph or the one before, with no body met since: whom a singular "they" means; else None."""
        sp = self._last_met(at)
        if sp is not None and sp.resolved == "unresolved" and sp.name in INFORMANT_NOUNS:
            return Speaker(sp.name, PERSON, None, None, "unresolved")
        return None

    def _unnamed_just_met(self, noun: str, lo: int) -> Speaker | None:
        """"the woman", "the man" right after an unnamed person was brought in ("In Ewarton, a vendor who asked not to
        be named said she …" ¶ "…,” said the woman"): that person, called by the noun of the introduction, when they
        are the last person met, in this paragraph or the one before, and of the noun's gender; else None."""
        self._follow_pronouns(lo)
        sp = self._last_met(lo, (PERSON,))
        if sp is None or sp.resolved != "unresolved" or not sp.name[:1].islower() or sp.name in _NOUN_GENDERS \
                or (gender := self._gender(sp)) and gender != _NOUN_GENDERS[noun]:
            return None
        return Speaker(sp.name, PERSON, None, _NOUN_GENDERS[noun], "unresolved")

    def _unnamed_called_more_fully(self, noun: str, lo: int) -> Speaker | None:
        """"the senator", "the doctor" (no other word: not "the provincial official") right after an unnamed person was
        brought in by more words ending in that noun
        ("one Liberal senator", "a junior doctor"): that person as called then, when they are the last person met, in
        this paragraph or the one before; else None."""
        sp = self._last_met(lo, (PERSON,))
        if sp is None or sp.resolved != "unresolved" or not sp.name.lower().endswith(f" {noun}"):
            return None
        return Speaker(sp.name, PERSON, None, self._gender(sp), "unresolved")

    def _described_in_focus(self, tok, lo: int) -> Speaker | None:
        """"the debutant", "the convicted man", "the insider" that describes no one the article named: the one
        person the paragraph (or the one before) is about, of the gender the noun gives, named or not
        (_person_in_focus); None where the noun is no person's (a person noun, or a speaker's noun of an agent:
        "the radioman said", not "the crowd chanted"), where the article brought in someone new by it ("A
        teenager who saw the crash … ¶ … the teenager said" is no one named), where its sentence names someone
        ("Mr. Trump took on X after the Democratic front-runner had said …") or where the one in focus holds
        another role that a listed role, job or person's noun contradicts ("Democratic strategist X" is not "the
        GOP nominee"; but "the investor", "the former international" and a trait such as "the veteran" may be
        anyone).  A noun no list holds counts when it speaks with a word before it that only describes a person
        (speaking_description: "the former Wales international said").  An informant ("the insider") is never
        someone named."""
        low = _whole_word(tok)
        one = tok.tag_ in ("NN", "VBN") or tok.tag_ == "NNS" and not low.endswith("s")  # ("kaumātua", taken for a
        # plural; "the accused", a participle)
        sentence = tok.sent.start
        if self.doc[lo].lower_ != "the" or not one or low in BODY_NOUNS or low in DOCUMENT_NOUNS \
                or low in GENERIC_BODY_NOUNS or not (self._names_a_person(tok) or speaking_description(tok)) \
                or self._met_unnamed(tok, lo) \
                or any(c.dep_ == "appos" and not c.like_num for c in tok.rights) and not _with_children(tok) \
                or any(sentence <= pos and sp.kind == PERSON for pos, sp in self._recent(lo)):
            return None  # (a name beside it, or one in its sentence, is someone else: "after the front-runner had said")
        found = self._person_in_focus(lo, _NOUN_GENDERS.get(low) or KINSHIP.get(low), low)
        known = _names_someone(low)  # (a role the focus's
        past = any(c.lower_ in PAST_ROLE_WORDS for c in tok.lefts)  # own may rule out: not "the former international")
        trait = low in TRAIT_NOMINALS or low in _NOUN_GENDERS or _with_children(tok)  # (which no role rules out)
        role = found and known and not past and not trait and (self.roles.get(found.name) or found.role)
        if role and (head := role.lower().split()[-1]) in TRAIT_NOMINALS | RANK_ROLES \
                or role and head in STANDING_ROLES and low not in STANDING_ROLES:
            role = None  # (a trait or a rank contradicts no position: "new signing X" may be "the prop", "Brackley
            # captain X" "the midfielder", "Senior Chief X" "the traditional leader"; a standing in a race no calling:
            # "Republican contender X" "the billionaire businessman")
        if found is None or found.resolved == "nominal" and (low in INFORMANT_NOUNS or nationality(found.name)
                                                             or role and not self._fits(low, found.name, role)) \
                or found.name and self._of_another_field(tok, found.name):
            return None  # (a people's name the tagger took for a person's: "Muslim"; "the water services manager" is
            # not the operations manager in focus)
        return found

    def _met_unnamed(self, tok, lo: int) -> bool:
        """Whether the article brought in "a <noun>" before token `lo`, with every word the description at `tok`
        puts before its noun ("a man" for "the man", not for "the convicted man"), and no name followed it."""
        noun, words = tok.lower_, _modifiers(tok)
        return any(self.tokens[i].lower_ == noun and self.tokens[i].pos_ == "NOUN" and i not in self.introduced
                   and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in self.tokens[i].lefts)
                   and self.outside(i) and self.tokens[i].dep_ not in ("nsubj", "nsubjpass")
                   and words <= _modifiers(self.tokens[i]) for i in self.columns.tokens_with("lower", (noun,)) if i < lo)

    def _in_top_lines(self, at: int, headings_only: bool = False) -> bool:
        """Whether token `at` is in the headline or a deck under it: the first line with words (`headings_only`:
        if it reads as a heading too), or a line after it where every line so far is short and none ends as a
        sentence does."""
        para, line, first = self.paragraph_of[at], [], None
        for tok in self.tokens:
            if tok.is_space:
                continue
            where = self.paragraph_of[tok.i]
            first = where if first is None else first
            if line and where != self.paragraph_of[line[-1].i]:  # a line ends
                if not _heading_tokens(line):
                    return False
                line = []
            if where > para:
                return True
            if where == para == first and not headings_only:
                return True
            line.append(tok)
        return bool(line) and _heading_tokens(line)

    def _named_after(self, noun: str, lo: int, hi: int, nationalities: frozenset[str] = frozenset(),
                     sides: frozenset[str] = frozenset()) -> Speaker | None:
        """"The head of the Department of …", "his solicitor", "its chief executive" that no one named before
        fits: the first person named after it whose role or description fits ("Secretary Malcolm Ferriday",
        "Solicitor for the accused, Siobhán Kerrigan,", "CEO Priya Raghunathan"): in its paragraph or the next
        two after "the", anywhere after "his", "her", "its" or "their" (someone's own solicitor, often named late);
        not one of another nationality than the noun's adjectives give ("the Danish minister" is no Latvian minister
        named next) nor of another side (`sides`, see _of_another_side)."""
        para, owned = self.paragraph_of[lo], self.doc[lo].lower_ != "the"
        for pos, name in self._people_after(hi - 1):
            if self.paragraph_of[pos] - para > 2 and not owned:
                break
            other = nationalities_in(self.described.get(name, set())) - nationalities
            if self._fits(noun, name, self.roles.get(name)) and not (nationalities and other) \
                    and not self._of_another_side(name, sides):
                return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal")
        return None

    def _person_in_focus(self, at: int, gender: str | None = None, noun: str | None = None) -> Speaker | None:
        """"the left-hander" for a trait the article never gave anyone: the person its paragraph is about, when
        one person, and only one, of a fitting `gender` is a subject there before token `at` (else in the
        paragraph before, or the one before that, if those after it name no one; places taken for people do
        not count).  Of several subjects, the one subject of a main clause ("Keane came off the bench after
        Madigan limped off": Keane); names joined by "and" are equally close, and leave no one.  For a `noun`, a person the
        paragraph introduces without a name by that noun ("A teenager who saw it said …" for "the teenager"),
        or by another informant's noun ("A source close to the couple told …" for "the insider"), is the answer
        as the article would name them ("teenager", "source"); one introduced by another noun ("a cashier was
        shaken … said the woman") leaves no one.  A description that replies to a question just put to someone
        ("“…, Mr Leathley?” he asked. ¶ “…,” the witness replied.") is the one asked."""
        head = self.doc[at].head if self.doc[at].dep_ == "det" else self.doc[at]
        if head.dep_ == "nsubj" and head.head.lower_ in REPLYING_VERBS \
                and (asked := self._answering(head.i, None, gender)) is not None:
            return replace(asked, resolved="nominal")
        para = self.paragraph_of[at]
        before = self._previous_paragraph(para)
        for where in (para, before, self._previous_paragraph(before)):
            named = [(pos, sp) for pos, sp in self._recent(at) if self.paragraph_of[pos] == where and sp.kind == PERSON
                     and sp.name not in self._placelike()]  # (not "from Vigo", a place taken for a person)
            nameless = [i for i in self._unnamed_people() if i < at and self.paragraph_of[i] == where] if noun else []
            if named or nameless:
                if nameless:  # named as they would be, were they the speaker; another noun's is someone else
                    last = nameless[-1]
                    if not (self.tokens[last].lower_ == noun or {noun, self.tokens[last].lower_} <= INFORMANT_NOUNS) \
                            or self.tokens[last].dep_ not in ("nsubj", "nsubjpass"):
                        return None
                    found = self.resolve(self.doc[last].left_edge.i, last + 1, last)
                    return found if found.kind == PERSON and found.name else None
                subjects, main = {}, set()
                for pos, sp in named:  # (a speaker no one named counts for no other noun: "the insider" no "operative")
                    if (pos in self.subjects or _joined_subject(self.doc[pos]) or _presented(self.doc[pos])
                            or _holder_of_subject_office(self.doc[pos]) or _apposed_to_subject(self.doc[pos])) and sp.name \
                            and not (noun and sp.resolved == "unresolved"):
                        full = self.full_name(sp.name, self._gender(sp), pos)[0]  # ("Lyall" of "Fergus Lyall")
                        how = "unresolved" if sp.resolved == "unresolved" else "nominal"
                        subjects.setdefault(full, Speaker(full, PERSON, sp.role, self._gender(sp), how))
                        if is_main_subject(_first_conjunct(self.doc[pos])):
                            main.add(full)
                fitting = [sp for sp in subjects.values() if not (gender and sp.gender and sp.gender != gender)]
                if len(fitting) > 1:  # "Keane came off the bench after Madigan limped off": the main clause's
                    fitting = [sp for sp in fitting if sp.name in main]
                return fitting[0] if len(fitting) == 1 else None
        return None

    def _unnamed_people(self) -> list[int]:
        """Tokens of the people the article brings in without a name ("A source close to …", "a pal of Pickles's
        claimed", "A ministry official, speaking on condition of anonymity, said", "quoted another official",
        "stars a Lincoln impersonator"), in text order; not those a name follows (see _collect_introductions) nor
        a description of someone named ("X, a veteran of …", "X was a miner")."""
        if self._nameless is None:
            self._nameless = [
                tok.i for tok in (self.tokens[i] for i in self.columns.tokens_with("pos", ("NOUN",)))
                if tok.tag_ == "NN" and tok.dep_ not in ("appos", "attr") and self.outside(tok.i)
                and tok.i not in self.introduced and tok.lower_ not in BODY_NOUNS and tok.lower_ not in DOCUMENT_NOUNS
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.lefts)
                and (self._names_a_person(tok) or describes_person(tok))]
        return self._nameless

    def one_of_group_before(self, tok) -> Speaker | None:
        """"One said", "Another added", "One of them told her" (no other "of" after it): one of the people the
        sentence before (or its own) names as a group ("Vesey's allies insist … One said:" -> "ally"), singular; None
        where none is named, or where "One of them" is named beside it ("One of them, fisherman X, said")."""
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)
        if tok.lower_ not in ("one", "another") \
                or any(c.dep_ == "prep" and c.lower_ == "of" and [o.lower_ for o in c.children] != ["them"]
                       for c in tok.rights) \
                or tok.dep_ not in ("nsubj", "nsubjpass") and not (tok.dep_ == "dep" and REPORTING_FORMS.get(tok.head.lower_)):
            return None  # (the parser's "dep" of an aside's telling: "One of them, she told the meeting, had asked")
        trade = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.text.islower()
                      and self._names_a_person(c)), None)
        if trade is not None and (named := self._named_in_clause(trade)) is not None:
            return Speaker(named, PERSON, None, self.gender_of_name(named), "name")  # "One of them, a pensioner who gave
            # his name only as Baldeo,"
        if has_of and (trade is None or trade.lower_ not in OCCUPATIONS and trade.lower_ not in ROLE_WORDS):
            trade = None  # "One of them, an old man who …," is one of them still: the group's noun
            if any(c.dep_ == "appos" and c.pos_ != "NOUN" for c in tok.rights):
                return None  # "One of them, fisherman X, said": the name
        if trade is not None:  # "One, a nurse from Lerwick, said", "One of them, a mathematics teacher,": by their trade
            return Speaker(bare_noun(trade).lower(), PERSON, None, None, "unresolved")
        for i in range(tok.i - 1, self._sentence_before(tok.i) - 1, -1):
            t = self.tokens[i]
            if t.tag_ == "NNS" and (t.text.islower() or t.is_sent_start) and self.outside(i) and _names_people(t.lower_) \
                    and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
                return Speaker(singular(bare_noun(t).lower()), PERSON, None, None, "unresolved")
        return None

    def _better_described(self, tok):
        """The noun an unnamed person is best called by: the appositive that says what they do ("the man, a
        retired ferryman," -> "ferryman"; "One motorist, a banker," too: what one is only where one is,
        data/passing_roles.tsv), else the noun itself ("A farmer, a father of two," is a farmer: a
        trade already said, a relative's word no trade); a name is described by nothing."""
        if tok.pos_ != "NOUN" or (tok.lower_ in OCCUPATIONS or tok.lower_ in ROLE_WORDS) and tok.lower_ not in PASSING_ROLES:
            return tok  # ("One motorist, a banker,": a banker; a motorist is what anyone is on the road)
        return next((c for c in tok.rights if (c.dep_ == "appos" or c.dep_ == "conj" and not any(
                         d.dep_ == "cc" for d in tok.children)) and c.pos_ == "NOUN" and c.text.islower()
                     and c.tag_ == "NN" and c.lower_ not in BODY_NOUNS and c.lower_ not in KINSHIP), tok)
        # (the parser's conj without "and")

    def _names_a_person(self, tok, agent_at_root: bool = True) -> bool:
        """Whether a noun is a person's: a person noun, role, occupation, trait, relative or informant, an age,
        or a speaker's noun of an agent ("the radioman said", not "the crowd chanted"), or one that is the
        subject of the sentence's main verb if `agent_at_root` (not "the bus shelter has a timetable" then)."""
        low = _whole_word(tok)
        return low in PERSON_NOUNS or low in ROLE_WORDS or low in OCCUPATIONS or low in TRAIT_NOMINALS \
            or low in KINSHIP or low in INFORMANT_NOUNS or bool(age_in(self.doc[tok.left_edge.i:tok.i + 1].text)) \
            or tok.dep_ in ("nsubj", "nsubjpass") and low.endswith(AGENT_ENDINGS) \
            and (REPORTING_FORMS.get(tok.head.lower_) or agent_at_root and tok.head.dep_ == "ROOT")

    def _study_institution(self, lo: int) -> Speaker | None:
        """The body whose team made the latest study written of before token `lo` ("a study by a team at the
        University of Northbridge", "research led by scientists at Corrigan University"), or that made it ("a study
        by Northmoor University"): "the authors" and "the researchers" of it speak for that body; None where no such
        body is named, or another study or team is written of after it ("A separate study …", "a team in Norway")."""
        for i in range(lo - 1, -1, -1):
            tok = self.tokens[i]
            if self.outside(i) and tok.dep_ != "pobj" and any(c.lower_ in ("a", "an", "another") for c in tok.lefts) \
                    and (tok.lower_ in _STUDIES and not any(p.lower_ == "by" for p in tok.rights)
                         or tok.lower_ in STUDY_AUTHORS and any(p.lower_ in ("in", "at", "from") for p in tok.rights)):
                return None  # a later study or team of its own ("A separate study found …", "a team in Norway")
            if tok.dep_ != "pobj" or tok.head.lower_ != "by" or not self.outside(i):
                continue
            if tok.lower_ in STUDY_AUTHORS and (body := self._group_body(tok)) is not None:
                return body
            if tok.head.head.lower_ in _STUDIES and tok.text[:1].isupper() \
                    and (found := self.resolve(tok.left_edge.i, tok.i + 1, tok.i)).kind == ORG and found.name:
                return found  # "a study by Northmoor University"
        return None

    def _group_body(self, tok) -> Speaker | None:
        """"Analysts at Nordhavn Bank", "officials from the ministry": people speaking for a body named
        after them, which is the speaker; not the nurses, residents or parents at one, who speak for themselves
        (data/own_voice_groups.tsv)."""
        if tok.lower_ in OWN_VOICE_GROUPS:
            return None
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "of", "with"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and any(c.dep_ == "conj" for c in obj.children) \
                        and not any(c.text == "&" for c in obj.children):  # (not "Pemberton & Co")
                    return None  # "ministers of Chile, Norway and Fiji": speaking for several, none of them alone
                if obj is not None and obj.text[:1].isupper():
                    found = self.resolve(obj.left_edge.i, obj.i + 1, obj.i)
                    if found.name and (found.kind == ORG or obj.ent_type_ == "ORG" and prep.lower_ in ("at", "from")):
                        # ("Analysts at Banco del Norte", whose name the rules take for a person's)
                        return Speaker(found.name, ORG, None, None, "nominal")
        return None
