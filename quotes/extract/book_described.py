"""People a story brings in by description, for SpeakerBook (speaker_book.py): the sentences' subjects that describe
a person ("A porter pushing a trolley stops …", "Her son, who drives a van, …", "The solicitor added that …"),
remembered as they are read, so that a later "he" or "she" finds them: the one named earlier they refer back to, or
an unnamed person called by the noun the story describes them by ("porter", "son"), never someone named before whom
the description cannot mean.

A mixin: it reads the book's `doc` and `history` and remembers through BackReferences (book_references.py), whose
_follow_pronouns reads these subjects in text order with the pronouns.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import islice, takewhile

import regex

from .book_descriptions import nationalities_in, nationality
from .book_references import (
    _BRINGING_IN,
    _NOT_PERSON_ENTS,
    _NOUN_GENDERS,
    _ONE_OF,
    _names_people,
    _whole_word,
    bare_noun,
    noun_gender,
)
from .grammar import is_main_subject, name_head, title_reporting
from .lexicon import (
    AGENT_ENDINGS,
    ASKING_VERBS,
    BODY_NOUNS,
    DEMONYMS,
    DOCUMENT_NOUNS,
    HE_SHE,
    KINSHIP,
    SPOKESPERSON_NOUNS,
    TITLES,
    pronoun_gender,
    singular,
)
from .person_mentions import age_in, has_who_clause
from .speaker import PERSON, Speaker

#: Words of a clause that gives a described person's name ("who gave his name as", "known as", "who identified
#: herself as", "who introduced himself as").
_NAMING_WORDS = frozenset(("name", "named", "called", "known", "identified", "introduced"))
#: Words between a naming word and the name it gives ("her first name, Hadiza,", "his name was Nasser").
_NAME_GIVEN_LINKS = frozenset((",", "was", "is"))


#: Nouns for a person that tell nothing but a sex.
_ONLY_A_SEX = frozenset(_NOUN_GENDERS) | {"person"}


def _introduced_by_clause(tok) -> bool:
    """Whether a description is followed by a clause that brings its person in ("the publican, who has held the
    licence for 14 years, …")."""
    return any(c.dep_ == "relcl" and c.i > tok.i + 1 and tok.doc[tok.i + 1].text == ","
               and any(w.lower_ == "who" for w in c.children) for c in tok.rights)


def _introduced_by_apposition(tok) -> bool:
    """Whether a description is followed by an appositive that brings a new person in ("The van driver, a
    31-year-old man from Hull, …"): someone no name given before stands for. A noun that tells no more than a
    sex ("The man, a ferryman for 40 years, …") names no one new: the appositive describes whom it means."""
    return tok.lower_ not in _ONLY_A_SEX and any(c.dep_ == "appos" and c.i > tok.i + 1 and tok.doc[tok.i + 1].text == ","
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.lefts) for c in tok.rights)


def _age_subject(tok) -> bool:
    """Whether `tok` ends "the 81-year-old" written as its sentence's subject, alone ("The 81-year-old holds up …")
    or before "himself" or "herself" ("The 31-year-old himself was …"), which the parser reads as the subject."""
    if tok.lower_ != "old" or tok.i < 4 or tok.doc[tok.i - 2].lower_ != "year" or not tok.doc[tok.i - 4].like_num:
        return False
    subject = tok.head if tok.dep_ == "amod" and tok.head.lower_ in ("himself", "herself") else tok
    return subject.dep_ in ("nsubj", "nsubjpass") and tok.doc[subject.left_edge.i].lower_ == "the"


def _capitalised_title_reporting(tok) -> bool:
    """Whether a capitalised word, no body's noun, ends a title written after "the" alone or after "the" and the
    capitalised words of its title ("The Iyaloja said", "The First Minister said") as a reporting verb's subject
    (grammar.title_reporting), which the book resolves like a description."""
    title = _title_words(tok)
    return tok.tag_ == "NNP" and tok.is_alpha and tok.ent_type_ in ("", "PERSON") and tok.n_rights == 0 \
        and tok.doc[tok.left_edge.i].lower_ == "the" and tok.lower_ not in BODY_NOUNS and title_reporting(tok, title)


def _title_words(tok) -> list:
    """The capitalised words of a title that token `tok` ends ("First", "Minister" of "The First Minister")."""
    return [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ == "NNP" and c.is_alpha] + [tok]


class DescribedPeople:
    """The subjects that describe a person, and whom each means."""

    def _described_subjects(self) -> list[int]:
        """Tokens of the singular common nouns for a person that are subjects outside quotations ("the
        landlord … pulls a pint", "His daughter gathers his coat", "A spokeswoman said …"), and of a title
        written alone after "the" as a reporting verb's subject ("The Iyaloja said …")."""
        ages = [i for i in self.columns.tokens_with("lower", ("old",)) if _age_subject(self.tokens[i]) and self.outside(i)]
        groups = [i for i in self.columns.tokens_with("lower", ("one",)) if self._one_of_people(self.tokens[i]) is not None
                  and self.outside(i)]
        return ages + groups + [i for i in self.columns.tokens_with("dep", ("nsubj", "nsubjpass", "appos", "nmod", "ROOT"))
                if (tok := self.tokens[i]).tag_ == "NN" and tok.pos_ == "NOUN" and tok.text.islower()
                and self.outside(i) and (tok.lower_ not in BODY_NOUNS or tok.lower_ in SPOKESPERSON_NOUNS)
                and tok.lower_ not in DOCUMENT_NOUNS and self._stands_as_subject(tok)
                and (self._names_a_person(tok, agent_at_root=False) or self._agent_taken_up(tok)
                     or tok.dep_ in ("nsubj", "nsubjpass") and self._names_a_person(tok)
                     and self._named_in_clause(tok) is not None
                     or has_who_clause(tok) and tok.lower_ not in _ONE_OF)  # (not "as one who believes")
                or _capitalised_title_reporting(tok) and self.outside(i)]

    def _agent_taken_up(self, tok) -> bool:
        """Whether a noun of an agent ("a shearer", "a care assistant") is a person because "he" or "she" takes
        it up in its sentence or the next, with no person named between ("… a shearer in his sixties has drunk here
        since he was 18"), not a thing ("the bus shelter has a timetable")."""
        if not _whole_word(tok).endswith(AGENT_ENDINGS):
            return False
        sent = tok.sent
        end = sent.end if sent.end >= len(self.doc) else self.tokens[sent.end].sent.end
        for t in self.doc[tok.i + 1:end]:
            if t.ent_type_ == "PERSON" or self.paragraph_of[t.i] != self.paragraph_of[tok.i]:
                return False
            if t.lower_ in HE_SHE:
                return not self._person_named_between(tok.i, t.i)
        return False

    def _person_named_between(self, lo: int, hi: int, places_too: bool = True) -> bool:
        """Whether the book met a person between tokens `lo` and `hi`, also one whose name the tagger took for a
        body's ("The key moment came at the 14th, where Fenwick … found the green", "Fenwick" an ORG); without
        `places_too`, not a name taken for a person that stands as a place ("flew to Kharkiv")."""
        start = bisect.bisect_right(self.history, lo, key=lambda h: h[0])
        places = set() if places_too else self._placelike()
        return any(sp.kind == PERSON and sp.name and (places_too or sp.name not in places and not self._as_place(pos))
                   for pos, sp in takewhile(lambda h: h[0] < hi, islice(self.history, start, None)))

    def _stands_as_subject(self, tok) -> bool:
        """Whether a noun is its sentence's subject, or stands for it where the parser read the sentence
        otherwise: a modifier of a subject it took the noun's participle phrase for ("a woman sorting parcels has
        worked …"), an appositive of an adverb it took for the subject ("Outside, a teenager on a bike circles …")
        or of a place before a verb with no subject ("Back on the ward, a young doctor – she … – is eating"), or
        the sentence's root where it took the verb for a noun ("A porter pushing a trolley stops …")."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        root = tok.sent.root
        if tok.dep_ == "ROOT":
            return tok.left_edge.i == tok.sent.start and any(c.dep_ == "det" for c in tok.lefts)
        if tok.dep_ == "nmod":
            return tok.head.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("a", "an") for c in tok.lefts)
        head = tok.head
        if head.pos_ == "PRON" or head.ent_type_ == "PERSON" or self._names_a_person(head) \
                or head.pos_ == "PROPN" and (head.ent_type_ not in _NOT_PERSON_ENTS or any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and self._names_a_person(c) for c in head.lefts)):
            return False  # ("Jane Orr, a nurse,", "Her grandson Callum, a law student,": the name is the subject;
            # not "At the Ferry Inn, the landlord")
        return head.dep_ in ("nsubj", "nsubjpass") and head.pos_ != "NOUN" \
            or tok.i < root.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)

    def _remember_described(self, tok) -> None:
        """Remember the person a sentence's subject that describes someone means: the one named earlier it
        refers back to ("The solicitor added that …"), or an unnamed person called by the noun ("woman"), of
        the gender the noun tells: one brought in by "a" ("A porter pushing a wheelchair stops …"), or by
        "the" or "her" where no one named in the paragraph or the one before may be meant ("the landlord …
        pulls a pint", not "the candidate said" after Ms Rowe spoke)."""
        if (noun := self._one_of_people(tok)) is not None:  # "one of the fined fishermen, who asked not to be named,"
            self.remember(tok.i, Speaker(noun, PERSON, None, noun_gender(noun), "unresolved"))
            return
        subject = tok.head if tok.dep_ == "appos" or _age_subject(tok) and tok.dep_ == "amod" else tok
        if tok.dep_ == "appos" and subject.pos_ == "PROPN" and subject.dep_ in ("nsubj", "nsubjpass") \
                and subject.ent_type_ not in ("GPE", "LOC", "FAC", "NORP"):
            return  # "Natalia Kravets, a 63-year-old retired teacher,": the one named, no one else
        if subject.dep_ in ("nsubj", "nsubjpass") and not is_main_subject(subject) \
                or subject.head.lower_ in ASKING_VERBS and subject.dep_ != "nsubjpass":
            return  # ("A reporter asked Sanders how he felt. He replied: …": Sanders)
        lo = subject.left_edge.i if _age_subject(tok) else min((c.left_edge.i for c in tok.lefts), default=tok.i)
        if self.doc[lo].lower_ == "the" and _introduced_by_apposition(tok):  # "The van driver, a 31-year-old man, …"
            noun = self.doc[lo + 1:tok.i + 1].text
            self.remember(tok.i, Speaker(noun, PERSON, None, noun_gender(tok.lower_), "unresolved"))
            return
        found = self.resolve(lo, tok.i + 1, tok.i)
        if found.kind != PERSON and self.doc[lo].lower_ in ("a", "an") and has_who_clause(tok):
            found = Speaker(bare_noun(tok), PERSON, None, None, "unresolved")  # "A tour operator in
            # Jamestown, who asked not to be named, said …": a person, whatever business the noun may also name
        if found.kind != PERSON or not found.name:
            return
        role = found.role or self.roles.get(found.name)
        if tok.tag_ == "NNP" and not (all(self._fits(t.lower_, found.name, role) for t in _title_words(tok))
                                      or self._may_be_of_nation(tok.text, found.name)):
            return  # ("The Magajiya said", "The First Minister said" taken for someone the article never called so)
        if found.resolved == "unresolved" or found.name[:1].islower():  # ("the Vermont senator" taken for a name)
            if (named := self._named_in_clause(tok)) is not None:  # ("A van driver who gave his name only as Craig")
                self.remember(tok.i, Speaker(named, PERSON, None, noun_gender(tok.lower_) or self.gender_of_name(named), "name"))
                return
            if self._relative_of_someone_named(tok):
                return  # ("His mother said …" of Dafydd Llewellyn may be the Bethan Llewellyn named before)
            if self.doc[lo].lower_ not in _BRINGING_IN and not self._met_before(found.name, lo) \
                    and (tok.lower_ in TITLES or any(c.pos_ == "PROPN" for c in tok.lefts)
                         or self._named_near(lo) and not _introduced_by_clause(tok)):
                return  # ("the GOP candidate" is someone named, however far back)
            found = replace(found, gender=found.gender or noun_gender(found.name.split()[-1]) or noun_gender(tok.lower_))
        elif found.resolved == "nominal" and self.doc[lo].lower_ not in ("a", "an") and not self._named_near(lo, found.name) \
                and not self._sole_holder(tok.lower_, found.name, lo) and not self._only_one_of_age(lo, tok, found.name):
            # ("the senator" for one of the senators named pages before is too unsure to follow), unless the pronoun
            # that takes it up tells which ("The minister … flew to Kharkiv. … she spoke" of the one woman minister)
            if (found := self._holder_of_gender(tok.lower_, lo, self._gender_taken_up(tok))) is None:
                return
        elif found.resolved == "nominal" and (gender := self._gender_taken_up(tok)) and self._gender(found) not in (None, gender):
            # ("the minister" for the minister last named, a man; "she" after it is the woman minister named before)
            if (found := self._holder_of_gender(tok.lower_, lo, gender)) is None:
                return
        self.remember(tok.i, found)

    def _may_be_of_nation(self, noun: str, name: str) -> bool:
        """Whether a nation's noun for a person ("The Scot confirmed …", data/demonyms.tsv) may stand for the person
        `name`: a story calls the one it is about so without saying where they are from, but not someone it gave
        another nationality."""
        nations = nationalities_in(self.described.get(name, set()))
        return noun in DEMONYMS and (not nations or nationality(noun) in nations)

    def _named_in_clause(self, tok) -> str | None:
        """The name a clause after a description gives its person ("A van driver, who gave his name only as Callum,",
        "the base chief known as Bob", "A villager, who identified herself only as Mrs Phiri,"): a proper noun after
        a word of _NAMING_WORDS and "as", or right after it; None if none (not
        "A woman who attended a town hall for Gov. Chris Christie", nor "a nurse who called Minister X “a disgrace”")."""
        described = [tok, *(c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN"),  # ("Her neighbour, a
                     *(o for p in tok.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]  # sailor who
        # gave …"; the clause the parser hung on where they are: "a fisherman at Katwe landing site, who gave …")
        for clause in (c for t in described for c in t.rights if c.dep_ in ("relcl", "acl")):
            naming, given_as = None, False
            for t in clause.subtree:
                if t.lower_ in _NAMING_WORDS:
                    naming, given_as = t.i, False
                given_as = given_as or naming is not None and t.lower_ == "as"
                if t.pos_ == "PROPN" and t.text[:1].isupper() and naming is not None \
                        and (given_as or all(w.lower_ in _NAME_GIVEN_LINKS for w in self.doc[naming + 1:t.i])
                             and not any(w.lower_ in TITLES for w in self.doc[t.i:name_head(t).i])):
                    # (the name given as theirs, "gave his name only as X", "known as X", "named X", "only her first name,
                    # X, be used", "his name was X"; not the one they
                    # called something, were introduced to or named a dog after: "who called Minister X “a disgrace”")
                    name = self._name_in(t.i, name_head(t).i + 1) or self.doc[t.i:name_head(t).i + 1].text
                    return self.full_name(name)[0]  # (without the title: "Mrs Phiri" is Phiri)
        return None

    def _relative_of_someone_named(self, tok) -> bool:
        """Whether a relative's noun belongs to someone named: "his" or "her" before it means a named person."""
        owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None or tok.lower_ not in KINSHIP:
            return False
        found = self._pronoun("he" if owner.lower_ == "his" else "she", owner.i)
        return found.kind == PERSON and found.resolved != "unresolved"

    def _met_before(self, noun: str, at: int) -> bool:
        """Whether an unnamed person called `noun` was met before token `at` ("the man, a retired ferryman," before
        "the retired ferryman is still standing …"): the same person returning."""
        return any(sp.kind == PERSON and sp.name == noun and sp.resolved == "unresolved" for _, sp in self._recent(at))

    def _fitting(self, noun: str, at: int) -> dict[str, Speaker]:
        """The people named before token `at` whom "the <noun>" fits, by name (a mention of each)."""
        return {sp.name: sp for pos, sp in takewhile(lambda h: h[0] < at, self.history)
                if sp.kind == PERSON and sp.name and sp.resolved != "unresolved"
                and self._fits(noun, sp.name, sp.role or self.roles.get(sp.name))}

    def _only_one_of_age(self, lo: int, tok, name: str) -> bool:
        """Whether the subject "the 34-year-old" ending at `tok` fits `name` alone, the one person the article gives
        that age ("Tyler James Pothier, 34," pages before "The 34-year-old … stood to address the court"), and no one
        unnamed has it ("the victim, a 34-year-old chef,")."""
        age = age_in(self.doc[lo:tok.i + 1].text) if _age_subject(tok) else None
        return age is not None and [n for n, words in self.described.items() if age in words] == [name] \
            and regex.search(rf"\b[Aa]n? {age}\b", self.text) is None

    def _sole_holder(self, noun: str, name: str, at: int) -> bool:
        """Whether `name` is the one person named before token `at` whom "the <noun>" fits ("The administrator said …"
        of the story's one administrator, however far back she was named)."""
        return set(self._fitting(noun, at)) == {name}

    def _gender_taken_up(self, tok) -> str | None:
        """The gender of the "he" or "she" that next opens a clause in the paragraph of a description `tok` that tells
        none itself ("The minister, who has held the portfolio since 2024, flew to Kharkiv. … she spoke"), with no one
        named between; None if there is no such pronoun."""
        if noun_gender(tok.lower_) is not None:
            return None
        para = self.paragraph_of[tok.i]
        taken = next((t for t in self.doc[tok.head.i + 1 if _age_subject(tok) else tok.i + 1:]  # (after "himself")
                      if self.paragraph_of[t.i] != para or t.lower_ in HE_SHE and t.dep_ in ("nsubj", "nsubjpass")), None)
        if taken is None or self.paragraph_of[taken.i] != para:
            return None
        if self._person_named_between(tok.i, taken.i, places_too=False):
            return None  # (someone named between; "Kharkiv" of "flew to Kharkiv", tagged a person, is a place)
        return pronoun_gender(taken.lower_)

    def _holder_of_gender(self, noun: str, lo: int, gender: str | None) -> Speaker | None:
        """The one person of `gender` named before token `lo` whom "the <noun>" fits, else None."""
        fitting = [sp for sp in self._fitting(noun, lo).values() if gender and self._gender(sp) == gender]
        return fitting[0] if len(fitting) == 1 else None

    def _one_of_people(self, tok) -> str | None:
        """The singular noun of the people a subject "one of the <people>" is one of, brought in with a clause
        ("But one of the fined fishermen, who asked not to be named, said …" -> "fisherman"); None for any other token."""
        if tok.lower_ != "one" or tok.dep_ not in ("nsubj", "nsubjpass") or not is_main_subject(tok) \
                or any(c.dep_ == "appos" for c in tok.rights):
            return None
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is None or group.tag_ != "NNS" or not group.text.islower() or not _names_people(group.lower_) \
                or not any(c.lower_ == "the" for c in group.lefts) \
                or not any(c.dep_ == "relcl" for c in (*tok.rights, *group.rights)):
            return None
        return singular(bare_noun(group).lower())

    def _named_near(self, at: int, name: str | None = None) -> bool:
        """Whether someone named is met before token `at` in its paragraph or the one before (`name`, also as
        "he" or "she", in the two before)."""
        since = self._previous_paragraph(self.paragraph_of[at])
        if name is not None:
            since = self._previous_paragraph(since)
        return any(sp.kind == PERSON and sp.resolved != "unresolved" and (name or self.doc[pos].pos_ != "PRON")
                   and sp.name not in self._placelike() and name in (None, sp.name)
                   for pos, sp in takewhile(lambda h: self.paragraph_of[h[0]] >= since, self._recent(at)))
