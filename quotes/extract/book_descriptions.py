"""What one article calls each person besides the name, for SpeakerBook (speaker_book.py): the title or
role before it, an appositive after it, an age, a description that comes before the name ("An
84-year-old man who …"), so that "the coach" or "the 66-year-old" later finds them.

A mixin: it reads the book's `doc` (and its `tokens` and `columns`), `history`, `subjects`, `roles` and fills `described`
and `introduced`.
"""
from __future__ import annotations

import bisect
import functools

import regex

from ..words import APOSTROPHES, POSSESSIVE, POSSESSIVE_TOKENS
from . import letters
from .bodies import places
from .body_mentions import initials
from .book_families import family_name, name_ends, plural_family, possessive
from .grammar import (
    apposed_noun,
    appositive_name,
    in_opening_question,
    is_alias,
    is_subject,
    name_head,
    reporting_subject,
    role_noun,
    subject_hung_on_opening,
)
from .layout import heading_line, tokens_between
from .lexicon import (
    ARTICLES,
    CONSTITUENCY_ROLES,
    DEFENDANT_NOUNS,
    DEMONYMS,
    FAMILY_FIRST_NAMES,
    FAMILY_NAMES_TOO,
    FEMALE_PRONOUNS,
    GIVEN_NAME_GENDER,
    HE_SHE,
    INFORMANT_NOUNS,
    KIN_RELATIONS,
    KINSHIP,
    MALE_PRONOUNS,
    NAME_TITLES,
    NOUN_GENDERS,
    OCCUPATIONS,
    OFFICE_INITIALS,
    PARTY_WORDS,
    PERSON_NOUNS,
    POSTNOMINALS,
    REPRESENTATIVE_NOUNS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    SEAT_PARTIES,
    SPOKESPERSON_NOUNS,
    TITLES,
    UNDER_GRADES,
    US_STATES,
    pronoun_gender,
    singular,
)
from .person_mentions import (
    AGE,
    BODY_WORDS,
    FILIAL_PARTICLES,
    HYPHENATED_GIVEN,
    NOT_ROLE,
    PERSONAL_TITLES,
    age_in,
    describes_person,
    given_syllable,
    honorific_length,
    hyphenated_end,
    hyphenated_part,
    hyphenated_start,
    joins_words,
    name_range,
    office_alone,
    office_title_before,
    regnal,
    seat_before,
)
from .speaker import PERSON, Speaker


def nationality(word: str) -> str | None:
    """The nationality a place, adjective or person's noun stands for, in lower case ("Denmark", "Danish", "Dane"
    -> "danish")."""
    adjective = places().get(word) or DEMONYMS.get(word) or (word if word in _nationalities() else None)
    return adjective.lower() if adjective and " " not in adjective else None


def is_nationality_word(word: str) -> bool:
    """Whether a word is a nationality's adjective or noun for a person ("Brazilian", "Spaniard"): a description,
    never a person's whole name."""
    return word in DEMONYMS or word in _nationalities()


def nationalities_in(words: set[str]) -> set[str]:
    """The nationalities among lower-case words describing someone ({"latvian", "minister"} -> {"latvian"})."""
    return {w for w in words if w in _lower_nationalities()}


@functools.cache
def _lower_nationalities() -> frozenset[str]:
    return frozenset(n.lower() for n in _nationalities())


@functools.cache
def _nationalities() -> frozenset[str]:
    """The adjectives of places.tsv ("Icelandic"), whether or not it lists them as places too."""
    return frozenset(places().values())



#: Verbs that give someone's name "as" the noun they call them by ("identified the victim as …").
_NAMING_VERBS = frozenset(("named", "identified", "names", "identifies", "name", "identify"))
#: Which of several the noun is ("the second victim as …"), no one the noun alone means.
_ORDINALS = frozenset(("first", "second", "third", "fourth", "other", "another", "latest", "last"))
#: Nouns for the one a court tries, whose relatives a story names by given name ("the accused’s mother, Savitri,").
_DEFENDANT_NOUNS = frozenset((*DEFENDANT_NOUNS, "convict"))
#: What a court does to the one it tries, in the passive or with them as the object (the pipeline has no lemmas).
_COURT_VERBS = frozenset(("charged", "convicted", "sentenced", "jailed", "remanded", "acquitted", "arraigned", "fined",
                          "imprisoned", "charges", "convicts", "sentences", "jails", "remands", "acquits", "fines"))
#: What the one a court tries does there: appears, pleads, stands trial.
_COURT_APPEARING = frozenset(("appeared", "appears", "appear", "appearing", "pleaded", "pled", "pleads", "plead"))
_STANDING = frozenset(("stood", "stands", "standing", "stand"))


def _on_trial(verb) -> bool:
    """Whether the verb its subject does in court as the one tried: "appeared before" (a court or a judge; not "for" a
    side, "as counsel", "on television"), "pleaded guilty" or "not guilty", "is standing trial"."""
    low = verb.lower_
    if low in _COURT_APPEARING:
        return any(t.lower_ == "guilty" for t in verb.subtree) if low.startswith("ple") \
            else any(c.lower_ == "before" for c in verb.children) and not any(
                c.lower_ in ("for", "as", "with") or c.lower_ == "on" and any(
                    o.lower_ == "behalf" for o in c.children) for c in verb.children)
    return low in _STANDING and any(c.lower_ == "trial" for c in verb.children)


def _with_others(tok) -> bool:
    """Whether a name or noun has others joined to it by "and" ("Kristof Baboolal and Marlon Ramdass")."""
    return any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj"


def _role_word(tok) -> bool:
    """A title, role or occupation written before a name ("Gen.", "Skipper", "Veteran wicketkeeper")."""
    low = tok.lower_.rstrip(".")
    return tok.text.rstrip(".").isalpha() and (tok.lower_ in TITLES or low in ROLE_WORDS or low in OCCUPATIONS)


def _retired_mark(tokens, start: int) -> int:
    """How many tokens a rank's "(Ret’d)", "(Retd.)", "(rtd)", "(ret.)" or "(retired)" ending just before token
    `start` takes, 0 if none ends there."""
    if start < 3 or tokens[start - 1].text != ")":
        return 0
    dot = int(tokens[start - 2].text == ".")
    word = start - 2 - dot
    if word < 1 or tokens[word - 1].text != "(" or regex.sub(r"[’'.]", "", tokens[word].lower_) not in _RETIRED:
        return 0
    return 3 + dot


_RETIRED = frozenset(("retd", "rtd", "ret", "retired"))


#: Words for a role that a lede may give someone it names only later ("a coroner", "the chief executive").
_LEDE_ROLES = ROLE_WORDS | OCCUPATIONS | TITLES
#: Offices a delayed lede's description may not be: their holder is found by _collect_lede_roles.
_OFFICES = ROLE_WORDS | TITLES
#: Verbs of a court that has heard what a lede's subject told ("A Dubbo man … told police …, the court has heard"),
#: and nouns for those whose telling it hears that are not the accused.
_HEARING_VERBS = frozenset(("heard", "hears"))
_WITNESS_NOUNS = frozenset(("witness", "complainant", "victim", "neighbour", "neighbor", "officer", "detective"))
#: Nouns for the one a delayed lede is about, the accused or the dead, that a name stands beside in the next paragraph
#: ("The accused, W.K. Chaminda Ratnayake (52),", "The deceased, …").
_LEDE_SUBJECT_NOUNS = frozenset((*DEFENDANT_NOUNS, "respondent", "suspect", "deceased"))

#: Dependencies of a noun that describes someone named beside it, or is part of another noun ("Trump would become the
#: Republican candidate", "X, a judge,", "the judge's ruling" aside).
_PREDICATES = frozenset(("attr", "oprd", "appos", "compound", "poss", "conj"))

#: Titles of an office one person holds at a time, which "The <Title> has …" alone may stand for.
_SOLE_OFFICES = frozenset("premier president governor mayor chancellor taoiseach tanaiste tánaiste".split())


class PersonDescriptions:
    """The words each person is described by, and the person a description stands for."""

    def _collect_descriptions(self) -> None:
        """What the article calls each person besides the name: the title or role before it, an
        appositive after it ("Martin Ives, the Wanderers coach,"), an age ("Boudreau, 66," or "the
        66-year-old Boudreau"), for later "the coach", "the 66-year-old"; then the descriptions
        that come before the name (see _collect_introductions, _collect_ages)."""
        self._collect_relatives()
        self._collect_named_roles()
        doc, tokens = self.doc, self.tokens  # (the tokens: faster to index)
        for pos, sp in self.history:
            if sp.kind != PERSON or not sp.name:
                continue
            full = self.full_name(sp.name, sp.gender)[0]
            words = self.described.setdefault(full, set())
            words.update(w.lower() for w in (self.roles.get(sp.name) or "").split())
            self._phrase_heads(full, [w.lower() for w in (self.roles.get(sp.name) or "").split()])
            start, parts = pos, full.split()
            while start > 0 and tokens[start - 1].text in parts[:-1]:  # a surname mention inside the full name
                start -= 1
            walked = start
            while start > 0:
                if styled := next((k for k in (3, 2) if start - k >= 0 and honorific_length(doc, start - k, start) == k), 0):
                    start -= styled  # a style or rank of several words ("Right Honourable", "Det Insp"), the office before it
                    words.update(t.lower_.rstrip(".") for t in tokens[start:start + styled] if t.text.rstrip(".").isalpha())
                elif _role_word(tokens[start - 1]) or tokens[start - 1].ent_type_ == "NORP" \
                        or tokens[start - 1].text in DEMONYMS \
                        or start < walked and tokens[start - 1].text.istitle() and tokens[start - 1].lower_ in TITLES \
                        or tokens[start - 1].lower_ in PARTY_WORDS and tokens[start - 1].text[:1].isupper():
                    start -= 1  # "Gen." describes "the general" (role_synonyms.tsv), "Republican Sen." "the Republican";
                    # a title before a style ("Deputy Speaker Right Honourable X": "the Deputy Speaker")
                    words.add(tokens[start].lower_.rstrip("."))
                    words.update(PARTY_WORDS.get(tokens[start].lower_, ()))  # "Tory Doug Whelan": "the Conservative"
                    if nation := nationality(tokens[start].text):
                        words.add(nation)  # "The Spaniard Diego Ferrer": "the Spanish midfielder"
                elif _joins_role_words(tokens, start - 1) and start >= 2:
                    start -= 2  # "Sub-Inspector", "Lieutenant-Colonel": a title of two words joined by a hyphen
                    words.add(tokens[start].lower_)
                elif (title := office_title_before(tokens, start)) is not None:
                    words.update(t.lower_ for t in tokens[title:start] if t.is_alpha and t.lower_ not in _INITIALS_LINKS)
                    if tokens[title].text == "Member":  # "Member of Parliament X": "the MP" (not "Minister for Planning")
                        words.update(role_abbreviations(tokens[title:start]))
                    start = title  # "Minister for Water and Sanitation Shri X": "the Minister"
                elif mark := _retired_mark(tokens, start):
                    start -= mark  # "Police Commissioner Lieutenant General (Ret’d) X": still "the commissioner"
                else:
                    break
            if (seat := seat_before(tokens, start)) is not None:  # "Independent TD for Cork South-Central Mick Dorgan":
                held = [t.lower_ for t in tokens[seat[0] - 2:seat[1]] if t.is_alpha and t.lower_ != "for"]
                words.update(held)  # "the Cork South-Central TD"
                self.seats.setdefault(full, set()).update(held[1:])
            if office := _office_before_comma(tokens, start):  # "the Minister of Lands, Housing and …, X,"
                words.update(t.lower_ for t in office if t.is_alpha and t.lower_ not in _INITIALS_LINKS)
                if seat_at := next((i for i, t in enumerate(office) if t.lower_ == "for"), 0):
                    words.update(role_abbreviations(office[:seat_at]))  # "Member of Parliament for …": "the MP"
            words.update(_role_initials(tokens, walked))  # "Chief Financial Officer Owen Mabry", "Cabinet Secretary X": "the CS"
            if _chairs(name_head(tokens[pos])):
                words.add("chair")  # "the hearing, chaired by Trevor Hollis": "The CHAIR:"
            if _in_the_dock(name_head(tokens[pos])):
                words.update(DEFENDANT_NOUNS)  # "Tara Quilty, 31, pleaded guilty …": "the defendant", "the accused"
            if _testifies(name_head(tokens[pos])):
                words.add(_WITNESS)  # "Testifying for the Crown, Tricia Joseph said …": "the witness"
            if pos < (sentence := name_head(tokens[pos]).sent).root.i:
                words.update(_ADVOCATE_NOUNS.get(sentence[0].lower_, ()))  # "Defending, Owain Price said": "his solicitor"
            if start < walked and start > 0 and tokens[start - 1].is_alpha and tokens[start - 1].text[:1].isupper() \
                    and "\n" not in tokens[start - 1].whitespace_:
                words.add(tokens[start - 1].lower_)  # "Leinster lock Rory Hennessy": "the Leinster lock"
            end = _name_end(doc, pos, sp.name)
            words.update(_party_and_state(tokens, end))
            if seat := _party_seat(tokens, end):  # "Datuk Wee Chong Beng (BN-Tanjung Sepat)": the Tanjung Sepat MP
                words.update(seat | {"mp"})
                self.seats.setdefault(full, set()).update(seat)
            if title := _title_after(tokens, end):  # "Anand Deshpande, Chairman and Managing Director,": "the CMD"
                words.update(t.lower_ for t in title if t.lower_ not in _INITIALS_LINKS)
                words.update(role_abbreviations(title))
                self._phrase_heads(full, [t.lower_ for t in title])
            inside = pos  # a role the tagger put inside the name ("Kaumātua Hemi Tawhiri"; "Lt-Gen", three tokens)
            while inside < min(len(tokens), pos + 3) and tokens[inside].text != parts[0] \
                    and ((rank := honorific_length(doc, inside, len(doc))) > 1 or _role_word(tokens[inside])):
                rank = max(rank, 1)
                words.update(t.lower_.rstrip(".") for t in tokens[inside:inside + rank] if t.text.rstrip(".").isalpha())
                inside += rank
            if age := age_in(self.columns.span_text(max(0, start - 6), start)):
                words.add(age)
            if years := age_after(tokens, end):
                words.add(f"{years}-year-old")
            elif end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower_ in ("a", "an") \
                    and (described_age := AGE.match(self.text, tokens[end + 2].idx)):
                words.add(described_age.group())  # "Ciarán Ó Fátharta, a 19-year-old from the island,"
            if end < len(tokens) and tokens[end].text in POSTNOMINALS:
                words.add(tokens[end].lower_)  # "Conor Whelan SC": "counsel" (data/role_synonyms.tsv)
            head = tokens[end - 1] if end - 1 < len(tokens) else None
            nouns = [c for c in (head.children if head is not None else ()) if c.dep_ == "appos"
                     and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and _role_word(c))  # "…, the MP for Kumasi North,"
                     and (sp.name in self.one_named or not self._after_place_preposition(pos)) and not subject_hung_on_opening(c)]
            # (not "In Grange Hill, a vendor …": a place; but "two goals from Rodrigo, the Brazilian striker")
            nouns += [a for c in (head.children if head is not None else ()) if c.dep_ == "relcl" and c.lower_ == "is"
                      and any(w.lower_ == "who" for w in c.children)
                      for a in c.children if a.dep_ == "attr" and a.pos_ in ("NOUN", "PROPN") and _role_word(a)]
            # ("X, who is the MP for Walewale,": the Walewale MP; not "who was the Governor when …", no longer)
            if head is not None and head.dep_ != "appos" and head.head.dep_ == "appos" \
                    and getattr(appositive_name(head.head.head), "i", None) == head.i:
                head = head.head  # "the complainant, Nura Abdullahi of Gwammaja quarters,", headed by "quarters"
            if head is not None and head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") \
                    and head.head.i < head.i and head.head.ent_type_ != "PERSON":
                noun = head.head  # "the Ceann Comhairle, Bríd Mhic Giolla Phádraig,"
                while noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
                        and (noun.head.head.pos_ == "NOUN" or _role_word(noun.head.head) and noun.head.lower_ == "of") \
                        and noun.lower_ not in KINSHIP:
                    noun = noun.head.head  # "The traditional ruler of Okpala, Eze Chidubem Okoye," "the Chief Imam of the
                    # Freetown Central Mosque, Sheikh X," (but "on behalf of the victim's father, X,": the father)
                nouns.append(noun)
            if not nouns and end < len(tokens) and not _aside_after(tokens[end]) \
                    and (described := _description_before_comma(tokens, start)):
                words.update(described)  # "The Magazia of the Central Market, Hajia X,", which the parser hung elsewhere
                self._phrase_heads(full, described)
            for noun in nouns:  # the noun and its modifiers, not "the city's" (but "Denmark's" makes them Danish)
                owner = {t.i for c in noun.lefts if c.dep_ == "poss" for t in c.subtree}
                phrase = [t for t in tokens[noun.left_edge.i:noun.i + 1] if t.is_alpha and t.i not in owner and t.dep_ != "det"]
                words.update(t.lower_ for t in phrase)
                self._phrase_heads(full, [t.lower_ for t in phrase])
                if all(t.text[:1].isupper() or t.lower_ in _INITIALS_LINKS for t in phrase):  # "District Health Officer"
                    words.update(role_abbreviations(phrase))
                    field = [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                             if o.dep_ == "pobj" and o.text[:1].isupper()]
                    words.update(role_abbreviations([*phrase, *field]))  # "Member of Parliament": MP
                words.update(nationality(tokens[i].text) for i in owner if nationality(tokens[i].text))
            legislator = any(w in CONSTITUENCY_ROLES or w in ROLE_SYNONYMS["legislator"] for w in words)
            if seat := _seat_after(head, nouns, legislator) if head is not None else set():
                words.update(seat)  # "Senator Maria Olsen of Ohio": "the Ohio senator"
                self.seats.setdefault(full, set()).update(seat)
            words.update(nationality(w) for w in (self.roles.get(sp.name) or "").split() if nationality(w))
            if start >= 2 and tokens[start - 1].tag_ == "POS" and (owner := nationality(tokens[start - 2].text)):
                words.add(owner)  # "Denmark’s Mads Vinther": "the Danish minister"
        self._collect_introductions()
        self._collect_names_given_only()
        self._collect_unnamed_offices()
        self._collect_lede_roles()
        self._collect_headline_roles()
        self._collect_ages()

    def _phrase_heads(self, name: str, phrase: list[str]) -> None:
        """Note which words of a phrase describing `name` head it and which only modify the word after them
        ("chief" of "chief executive"; see only_modifies)."""
        words = [w for w in phrase if w.isalpha() and w not in _INITIALS_LINKS]
        if words:
            self.heads.setdefault(name, set()).add(words[-1])
            self.modifiers.setdefault(name, set()).update(words[:-1])

    def office_words(self, lo: int, head: int) -> frozenset[str]:
        """The words of a mention from token `lo` that make an office of several words with its noun at `head`
        ("first" of "the First Minister", "deputy" and "prime" of "the deputy prime minister"): those the article
        writes before the head word of someone's title or description, not words that only describe ("the
        embattled minister")."""
        titled, words, i = set().union(*self.modifiers.values()), set(), head - 1
        while i >= lo and self.tokens[i].is_alpha and self.tokens[i].lower_ not in ARTICLES:  # (not the place of
            words.add(self.tokens[i].lower_)  # "Northern Ireland’s health minister": its possessive ends the office)
            i -= 1
        return frozenset(w for w in words if w in titled and not nationality(w))

    def only_modifies(self, noun: str, name: str) -> bool:
        """Whether every phrase describing `name` that holds `noun` has it before the word it modifies: "the
        chief" is no "chief executive", but a chief of a place."""
        return noun in self.modifiers.get(name, ()) and noun not in self.heads.get(name, ())

    def _collect_relatives(self) -> None:
        """A relative named by the given name alone, in apposition to "his wife", "Frank's daughter" ("His
        wife, June, …"; between commas, over a hyphenated word and after a possessive the parser missed: "and
        daughter-in-law, Eleri,", "The deceased’s wife, Hauwa,"), after a word for a relative joined to such a one
        ("her son Declan and daughter Moira"), or among the given names after a plural one ("Her children, Declan
        and Moira,", "She has two sons, Ama and Kojo"): a person of the possessor's family (June Penhallow), whom
        the given name alone and "she" later find; the noun gives the gender.  A relative named in full who shares a
        family name with the possessor ("with his son, Chen Yi-chieh") is filed in named_kin, for "the elder Chen"."""
        doc, found, owner_at = self.doc, {}, {}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("lower", _KIN_ENDINGS)):
            noun, first = _kin_word(doc, tok)
            if noun is None:
                continue
            given = next((c for c in tok.rights if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.text in GIVEN_NAME_GENDER
                                                                          or hyphenated_part(doc, c.i, tok.i + 1))),
                         None) \
                or _name_after(doc, tok) or _name_in_commas(doc, tok) or _name_described_as_kin(tok)
            # (not "two" of "his wife, Lorraine, and two of …"; "Tyrese, Keisha's 16-year-old son,": Tyrese)
            owner = next((c for c in (*tok.lefts, *doc[first].lefts, *(given.lefts if given is not None else ()))
                          if c.i < first and possessive(c)), None) or _owner_before(doc, first)
            # (the parser's "nmod" for "the guard’s"; "Shannon’s" hung on "Denise" of "Shannon’s mum Denise"; "Her" on
            # "daughter" of "Her daughter-in-law, Priya,")
            owners = None if owner is None else self._owners(owner)
            if owners is None and first > 0 and doc[first - 1].lower_ in ("and", ","):
                # "her son Declan and daughter Moira", "His son Milind, a sitar teacher, and grandson Aditya": the
                # owner of the relative named last in the sentence
                owners = next((o for i, o in reversed(owner_at.items()) if tok.sent.start <= i < tok.i), None)
            if owners is None and _bare(doc, tok, first) and not self._in_top_lines(first):
                owners = self._named_before_in_sentence(first)  # "Jonno Pike is devastated after wife Carla moved out"
            if given is not None and owners and noun in KIN_RELATIONS and self.outside(tok.i) \
                    and (full := self._person_at(given)) is not None and len(full.split()) >= 2:
                for person in owners:  # "with his son, Chen Yi-chieh": a relative named in full, who shares a family
                    if person and person != full and name_ends(person) & name_ends(full):  # name (first or last, as written)
                        self._relate(person, KIN_RELATIONS[noun], full, self.named_kin)
            first_given = _syllables_before(doc, given, owners, noun, bool(owners and owners[0])
                                            and self.family_name_first(owners[0]))
            if given is None or owners is None or not self.outside(tok.i) \
                    or not (doc[first_given].text.istitle() and given.is_alpha
                            and all(c.i <= tok.i or c.is_punct or c.i >= first_given for c in given.lefts)
                            and all(c.is_punct or c.like_num or c.dep_ in ("cc", "conj", "relcl")
                                    or c.dep_ == "appos" and (c.pos_ == "NOUN" or c.left_edge.lower_ in ("a", "an")
                                                              and any(t.lower_ in OCCUPATIONS for t in c.subtree))
                                    or c.i in _dash_aside(doc, given.i)
                                    for c in given.rights)):
                continue  # (the given name alone: "his wife Pauline, 68,", "their son, Dafydd, and …", "…, who",
                # "Her grandson Callum, a law student,", "Her son, Paul, a retired Vermont Agency of Transportation
                # engineer,", "his widow, Margaret – “Peggy” to the village –"; not "Anne, a Kelly since her marriage,")
            if self._relative_named(given, noun, owners, found, is_subject(tok), first_given):
                owner_at[given.i] = owners
        for tok in (self.tokens[i] for i in self.columns.tokens_with("pos", ("NOUN",))):
            if tok.tag_ != "NNS":
                continue
            relation = singular(tok.lower_)
            if relation == tok.lower_ or relation not in KIN_RELATIONS or not self.outside(tok.i):
                continue
            owner = next((c for c in tok.lefts if possessive(c)), None) or _haver(tok)
            for given in _given_names_after(doc, tok) if owner is not None else ():
                self._relative_named(given, relation, self._owners(owner), found, is_subject(tok) or is_subject(given))
        if not found:
            return
        known = {pos for pos, _ in self.history}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("orth", {g.split("-")[0].split()[0] for g in found})):
            end = hyphenated_end(doc, tok.i, tok.i + 1)  # "June says she is …", "Jon-Erik added"
            if " " in (two := doc[tok.i:tok.i + 2].text) and two in found:
                end = tok.i + 2  # "Mei Xin, who clutched a sticker, said"
            written, last = doc[tok.i:end].text, doc[end - 1]
            if written in found and tok.i not in known and self.outside(tok.i) \
                    and (last.pos_ == "PROPN" or hyphenated_part(doc, last.i, tok.i)) \
                    and not (end < len(doc) and doc[end].text[:1].isupper()):
                self._mention_relative(tok.i, found[written], is_subject(last))

    def _relative_named(self, given, noun: str, owners: list, found: dict[str, str], subject: bool,
                        start: int | None = None) -> bool:
        """File the relative named by the given name at token `given`, whom `noun` ("wife", "child") makes the
        relative of `owners` (the people a possessive means, or the one named before a bare "wife"): their full
        name with the first owner's family name, the relation, the noun's gender, a mention (a subject or not);
        False where that owner has no family name.  An owner named by a surname alone that several full names end in
        ("Mrs Kibet's son, Collins," where three Kibets are named) gives that surname."""
        owner = owners[0] if owners else None
        family = self.family_of(owner) if owner and len(owner.split()) >= 2 \
            else owner if owner and any(family_name(n) == owner for n in self.full_names.get(owner, ())) else None
        if family is None or _ends_in_fathers_name(owner):
            return False  # (a father's name, no family's: "Her husband, Ismail," of Norlela binti Ahmad is Ismail alone)
        start = hyphenated_start(self.doc, given.i) if start is None else start  # ("His son, Jon-Erik,")
        written = self.doc[start:given.i + 1].text
        found[written] = full = f"{family} {written}" if HYPHENATED_GIVEN.fullmatch(written) \
            or " " in written and all(given_syllable(w) for w in written.split()) else f"{written} {family}"
        # (a given name of Hong Kong or Taiwan after the family name: "Their daughter, Ka-yan," of Chan Kwok-leung, or
        # two syllables of Singapore or Malaysia: "his daughter Mei Xin" of Wong Kah Leong)
        if " " in written:  # (the given name is no full name of its own, as the tagger may have filed it)
            self.full_names.get(written.split()[-1], {}).pop(written, None)
            self._file_full_name(written.split()[-1], full)
        if noun in KIN_RELATIONS:
            for person in owners:
                self._relate(person, KIN_RELATIONS[noun], full)
        # the given name alone finds them; the surname alone stays the possessor's ("Gillies" for Hamish)
        self._file_full_name(written, full)
        if gender := KINSHIP.get(noun) or GIVEN_NAME_GENDER.get(written):
            self.gender.setdefault(full, gender)
        self.described.setdefault(full, set()).add(noun)  # (a headline's "Daughter says …")
        self._mention_relative(start, full, subject)
        return True

    def _mention_relative(self, pos: int, name: str, subject: bool) -> None:
        """A mention of the relative `name` at token `pos`, in place of what the tagger made of the word."""
        self.history = [(p, sp) for p, sp in self.history if p != pos]  # "June", which the tagger may take for a date
        self.history.append((pos, Speaker(name, PERSON, gender=self.gender.get(name))))
        if subject:
            self.subjects.add(pos)

    def _collect_named_roles(self) -> None:
        """A name of two or three capitalised words in apposition to a noun for a person ("Sweden's rural
        affairs minister, Magnus Ekholm,"): a person, whatever type the tagger gave it, for later pronouns; not words in
        brackets, a seat or party beside the name."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("dep", ("appos",))):
            noun = tok.head
            if not (tok.pos_ == "PROPN" and noun.i < tok.i and (noun.pos_ == "NOUN" and noun.text.islower()
                                                                or noun.pos_ == "PROPN" and noun.text.istitle())
                    and (noun.lower_ in PERSON_NOUNS or noun.lower_ in ROLE_WORDS or noun.lower_ in OCCUPATIONS)
                    and self.outside(tok.i)):  # (also "The Police Public Relations Officer, SP Olumide Adewale,")
                continue
            lo, hi = name_range(doc, tok.left_edge.i, tok.i + 1)
            numbered = hi - lo >= 3 and regnal(doc[hi - 1].text)  # "Nana Kwame Ofori III"
            words = [t for t in doc[lo:hi - numbered] if not joins_words(t) and (t.i == lo or not joins_words(doc[t.i - 1]))]
            if 2 <= len(words) <= 3 and not any(i in known or i in self.body_at for i in range(lo, hi)) \
                    and all(t.text.istitle() and t.is_alpha and t.lower_ not in BODY_WORDS for t in words) \
                    and not self._names_body(lo, hi) and not (lo > 0 and doc[lo - 1].text == "("):
                self._meet(lo, doc[lo:hi].text, is_subject(noun))  # (not a seat in brackets: "Hon. Sanjo Adedoyin
                # (Ogbomoso South),")

    def _named_before_in_sentence(self, at: int) -> list[str] | None:
        """The person named last before token `at` in its sentence, by a full name of two words or more, as the one
        owner of a relative written with no possessive ("Jonno Pike is devastated after wife Carla moved out");
        None if there is none."""
        start = self.doc[at].sent.start
        named = [self.full_name(sp.name, sp.gender, pos)[0] for pos, sp in self._people_before(at) if pos >= start]
        return [named[-1]] if named and len(named[-1].split()) >= 2 else None

    def _person_at(self, tok) -> str | None:
        """The full name of the person mentioned in the phrase token `tok` heads ("Bridget Kehoe" of "Bridget
        Kehoe, whose husband …"), else None."""
        mentioned = [(pos, sp) for pos, sp in self._people_before(tok.i + 1) if tok.left_edge.i <= pos]
        return self.full_name(mentioned[-1][1].name, mentioned[-1][1].gender, mentioned[-1][0])[0] if mentioned else None

    def _possessor(self, owner) -> str | None:
        """The person "his", "her", "the guard's" or "Frank Penhallow's" at token `owner` means: the person
        named, or the latest person of fitting gender named before in the paragraph or the two before it (of those a
        sentence is about, if any: _in_focus), unless an obituary's subject is and that one has no relative named,
        else an obituary's subject ("Bridget Hanrahan … has died", paragraphs before "Her daughter, Nuala,"), else
        the last one a sentence was about before those paragraphs (Sara Holm, whose words fill them, before "Her
        husband, Anders,"); "the 52-year-old's", the one given that age (_aged)."""
        if (gender := pronoun_gender(owner.lower_)) in ("m", "f"):
            since = self._previous_paragraph(self._previous_paragraph(self.paragraph_of[owner.i]))
            fitting = self._people_before(owner.i, gender)
            if not self.outside(owner.i):  # a quotation's "his" is not its speaker's ("… his family are devastated,"
                speakers = self._reporters_of_paragraph(self.paragraph_of[owner.i])  # Kerr said): "my" would be
                fitting = [(pos, sp) for pos, sp in fitting if sp.name not in speakers]
            if (joined := _joined_by_and(owner)) is not None:
                at = sorted((pos, sp) for pos, sp in self.history if joined.left_edge.i <= pos <= joined.i
                            and sp.kind == PERSON and sp.name and (sp.gender or self.gender_of_name(sp.name)) in (gender, None))
                if at:  # "Michael Gibbons and his parents, John and Bríd,": Michael's (even taken for a place's, after "At")
                    return self.full_name(at[-1][1].name, at[-1][1].gender, at[-1][0])[0]
            families = {person for person, _ in self._every_relative()}

            def of_a_family(pos: int, sp: Speaker) -> bool:
                # named before the sentence, with a relative named, and of the pronoun's gender, known ("Aaron",
                # not "his father", nor "Sian" of "with her daughter Sian and her granddaughter Ella")
                name = self.full_name(sp.name, sp.gender, pos)[0]
                return pos < owner.sent.start and self.tokens[pos].pos_ == "PROPN" and name in families \
                    and self.gender_of_name(name) == gender

            named = [(pos, sp) for pos, sp in fitting if self.paragraph_of[pos] >= since]
            last = named[-1][0] if named else None
            named = [(pos, sp) for pos, sp in named if self._in_focus(pos) or of_a_family(pos, sp)
                     or pos == last and self._beside_main_subject(pos)] or named
            # (the one a sentence is about, or one of a family: "Aaron’s mother, Joanne Whitlam, …" before "His
            # father, Colin,"; the one named last, set beside a sentence's subject: "One of the victims, a welder,
            # Kofi Duah, said …" before "His wife, Abena,", but not when someone is named after him: "… said he had
            # pulled a boy, Sam Ward, from the river. ¶ His mother, Lucy,")
            if named:
                name = self.full_name(named[-1][1].name, named[-1][1].gender, named[-1][0])[0]
                return name if name in families else self.obituary_subject(fitting) or name  # (an obituary's "His
                # son, Ravindra," after a school principal quoted: the dead man's son)
            if self._unnamed_subject_between(fitting[-1][0] if fitting else -1, owner.i, since, gender):
                return None  # "Speaking outside the hospital, the 22-year-old said …" ¶ "Her mother, Sabine,": hers
            def last(fits) -> str | None:  # the full name of the last one of `fitting` that fits
                pos, sp = next(((pos, sp) for pos, sp in reversed(fitting) if fits(pos, sp)), (None, None))
                return None if sp is None else self.full_name(sp.name, sp.gender, pos)[0]

            return last(of_a_family) or self.obituary_subject(fitting) or last(lambda pos, sp: self._in_focus(pos))
            # (no one in the paragraphs before: the last one a relative of whom is named, as "Callum’s mother"
            # before her words and then "His older brother, Jarrod,")
        if owner.lower_ == "my":
            return self._letter_writer(owner) if self.outside(owner.i) else None
        if owner.lower_ == "whose":
            clause = next((t for t in owner.ancestors if t.dep_ == "relcl"), None)
            return None if clause is None else self._person_at(clause.head)  # "Bridget Kehoe, whose husband Seamus"
        if owner.lower_ == "old" and owner.i >= 4 and (age := AGE.fullmatch(self.doc[owner.i - 4:owner.i + 1].text)):
            return self._aged(age.group(1), owner.i)  # "The 52-year-old’s wife, Pema,": of "Gurung, 52,"
        if (owner.pos_ == "NOUN" or owner.pos_ in ("ADJ", "VERB") and owner.text.islower()) and owner.lower_ not in BODY_WORDS:
            called = self._person_called(owner)  # ("the deceased’s wife"; "the forward’s father": a noun the tagger
            # took for an adjective; "the accused’s mother", for a verb)
            return called or (self._story_subject(self._people_before(owner.i)) if owner.lower_ == "deceased"
                              else self._defendant(owner.i) if owner.lower_ in _DEFENDANT_NOUNS else None)
            # (the one an inquest's story is about: "The deceased’s sister, Claire,"; the one a court tries: "the
            # defendant’s brother, Yusuf,"; not every noun's: "The trader’s brother, Bwambale," of a trader never named)
        for family in plural_family(owner) or ():
            if named := [o for o, words in self.names_with_word(family) if family_name(o) == family]:
                return named[0]  # "The Scotts’ grandson": a Scott's, Elvin's (one family name for all of them)
        return self.full_name(POSSESSIVE.sub("", owner.text))[0] if owner.pos_ == "PROPN" else None

    def _aged(self, years: str, at: int) -> str | None:
        """The one person named before token `at` with an age of `years` written beside the name ("Gurung, 52,",
        "the 52-year-old Gurung"); None for no one or several."""
        found = set()
        for pos, sp in self._people_before(at):
            words, end = set(regex.split(r"[\s-]+", sp.name)), pos
            while end < at and (self.tokens[end].text in words or self.tokens[end].text == "-"):
                end += 1
            if age_after(self.doc, end) == years or regex.search(rf"\b{years}-year-old\s+$", self.text[:self.tokens[pos].idx]):
                found.add(self.full_name(sp.name, sp.gender, pos)[0])
        return found.pop() if len(found) == 1 else None

    def _defendant(self, at: int) -> str | None:
        """The one person named before token `at` as the one a court tries: the one named as the subject of "appeared
        before" or "pleaded guilty" (not counsel's "appeared for", "pleaded for leniency"), of "is standing trial", of a
        passive "charged", "sentenced" or "jailed", their object, or after "the trial of"
        ("… has sentenced a former cashier …, Mr Obinna Agu, to seven years", "Kristof Baboolal, of Union Park,
        appeared before …"); None for no one or several."""
        tried = []
        for pos, sp in self._people_before(at):
            named, head = name_head(self.doc[pos]), apposed_noun(self.doc[pos])  # ("a former cashier of …, Mr Obinna Agu,")
            verb, dep = head.head, head.dep_
            if dep == "nsubj" and head.i == named.i and _on_trial(verb) and not _with_others(named) \
                    or dep in ("nsubjpass", "dobj") and verb.lower_ in _COURT_VERBS \
                    or dep == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "trial":
                tried.append(self.full_name(sp.name, sp.gender, pos)[0])
                if _with_others(named) or _with_others(head):
                    tried.append(None)  # one of several tried together ("X and Y appeared before …", "Two men, X and
                    # Y, were charged")
        found = set(tried)
        return tried[0] if len(found) == 1 else None

    def _unnamed_subject_between(self, after: int, before: int, since: int, gender: str) -> bool:
        """Whether a subject that describes one person no name is given for, by an age, a trade or a noun of the
        pronoun's sex ("the 22-year-old", "the woman"; not a relative's noun) stands after token `after` and before token
        `before`, in paragraph `since` or later: whom "her" may mean before anyone named."""
        roles = " ".join(self.roles.values()).lower().split()
        for i in self._described_subjects():
            tok = self.tokens[i]
            if not (after < i < before and self.paragraph_of[i] >= since and i not in self.introduced
                    and self.doc[tok.left_edge.i].lower_ in ("the", "a", "an") and tok.lower_ not in KINSHIP
                    and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.rights)):
                continue  # (not "her father", who is someone named, nor "The principal …, Naheed Akhtar,")
            age = age_in(self.doc[tok.left_edge.i:i + 1].text) if tok.lower_ == "old" else None
            if age and regex.search(rf"\b[Aa]n? {age}", self.text) \
                    or tok.lower_ in OCCUPATIONS and tok.lower_ not in roles or NOUN_GENDERS.get(tok.lower_) == gender:
                return True  # (one brought in without a name: "a 22-year-old woman"; not "the 64-year-old" of a crew)
        return False

    def _letter_writer(self, tok) -> str | None:
        """On a letters page, the writer of the letter holding token `tok` (who signs it below: "My husband, Ted,"
        over "Margaret Harker, Kendal"), named in full; else None."""
        sig = letters.signed_below(self.text, tok.idx, self._signatures)
        return sig[2] if sig and len(sig[2].split()) >= 2 else None

    def letter_opening(self, at: int) -> int:
        """On a letters page, the first token of the letter holding token `at`: the paragraph after the signature of
        the letter before (another writer's, whom no "he" of this letter means); 0 elsewhere."""
        idx = self.tokens[at].idx
        ends = [end for _, end, _ in self._signatures if end <= idx]
        if not ends:
            return 0
        line_end = self.text.find("\n", ends[-1])
        if line_end >= 0 and not self.text[ends[-1]:line_end].strip():  # the place on the line under the name
            line_end = self.text.find("\n", line_end + 1)
        if line_end < 0 or line_end >= idx:
            return 0
        return tokens_between(self.doc, line_end, line_end + 1)[1]  # (the token after the line end)

    def named_in_letter(self, name: str, at: int) -> bool:
        """Whether, on a letters page, the letter holding token `at` (up to its signature) writes `name` in full, or the
        page never does; True elsewhere, and after the last signature, where an editor's note or a reply may name anyone
        the letters did ("Cr Telfer responds"); "Dr Fong" of a letter is not Kelly Fong who signed the letter before."""
        if not self._signatures:
            return True
        idx = self.tokens[at].idx
        end = next((end for _, end, _ in self._signatures if end > idx), None)
        return end is None or name in self.text[self.tokens[self.letter_opening(at)].idx:end] or name not in self.text
        # (a relative's name the article never writes whole, "my husband, Harold," of the writer, is the letter's own)

    @functools.cached_property
    def _signatures(self) -> list[tuple[int, int, str]]:
        """The signatures of a letters page's letters (letters.signatures)."""
        return letters.signatures(self.text)

    def _in_focus(self, pos: int) -> bool:
        """Whether the name at token `pos` is what its clause is about: a subject, the one a possessive names ("Mr
        Aldridge’s widow"), or the name a subject is given ("a farmer named Ghulam Rasool, 54, said"); not one named
        in passing ("sweeping floors for a watchmaker called Arnold Pike")."""
        head = name_head(self.tokens[pos])
        if head.dep_ in ("oprd", "dobj", "attr") and head.head.lower_ in ("named", "called") and head.head.dep_ == "acl":
            head = head.head.head
        return pos in self.subjects or is_subject(head) or head.dep_ == "poss"

    def _beside_main_subject(self, pos: int) -> bool:
        """Whether the name at token `pos` stands in apposition to the subject of its sentence's main verb ("One of the
        victims, a welder, Kofi Duah, said"; not "whose son Óscar, 23, is …", in a clause)."""
        head = apposed_noun(self.tokens[pos])
        return head.i != name_head(self.tokens[pos]).i and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"

    def _reporters_of_paragraph(self, para: int) -> set[str]:
        """The names of the people a paragraph has say something outside its quotations (the subjects of its reporting
        verbs), as written and in full."""
        names = set()
        for pos, sp in self.history:
            if self.paragraph_of[pos] == para and sp.kind == PERSON and sp.name and self.outside(pos) \
                    and reporting_subject(name_head(self.tokens[pos])):
                names.update((sp.name, self.full_name(sp.name, sp.gender, pos)[0]))
        return names

    def _people_before(self, at: int, gender: str | None = None) -> list:
        """The people named before token `at` (of `gender` or of none known), as (token index, speaker) in text order;
        not a name standing as a place ("Moss Side" of "his shop in Moss Side") nor one ending a body's name the tagger
        found ("Infants" of "head of Marsh Lane Infants", a school), nor an alias, nor a sum the tagger took for a name
        ("GH¢25,000")."""
        return [(pos, sp) for pos, sp in sorted(self.history, key=lambda h: h[0]) if pos < at
                and sp.kind == PERSON and sp.name and not any(c.isdigit() for c in sp.name)
                and not self._after_place_preposition(pos)
                and not self._ends_body_object(pos) and not is_alias(self.tokens[pos])
                and (gender is None or (sp.gender or self.gender_of_name(sp.name) or self._only_holder_gender(sp.name))
                     in (gender, None))]

    def _only_holder_gender(self, name: str) -> str | None:
        """The gender of the one person whose full name ends in the surname `name` written alone ("Bayangan" of
        Councilor Elvira Bayangan), so that "His son" is not hers; None for a name of several words, several holders
        or none."""
        holders = list(self.full_names.get(name, ())) if " " not in name else []
        return self.gender_of_name(holders[0]) if len(holders) == 1 and holders[0] != name else None

    def _story_subject(self, people: list) -> str | None:
        """The full name of the one of `people` ((token index, speaker) pairs) the story is about: the subject named in
        the most paragraphs (an obituary's subject, not the friend quoted last), the first named of equals."""
        names = [self.full_name(sp.name, sp.gender, pos)[0] for pos, sp in people if pos in self.subjects]
        seen = {(self.full_name(sp.name, sp.gender, pos)[0], self.paragraph_of[pos]) for pos, sp in people}
        return max(names, key=lambda name: sum(n == name for n, _ in seen)) if names else None

    def _ends_body_object(self, pos: int) -> bool:
        """Whether the name at token `pos` ends the name of a body the tagger found, the object of a preposition
        ("became head of Ashcombe Primary", "taught at Marsh Lane Infants"): a school's, no family's."""
        return self.body_at.get(pos, (pos,))[0] < pos and name_head(self.doc[pos]).dep_ == "pobj"

    def _person_called(self, noun) -> str | None:
        """The person "the late watchman's" means: the last one named before in apposition to that noun ("a
        night watchman, one Sani Abdullahi,") or given for it after "as" (_named_as), else the last one named alone in
        a sentence where the noun describes them ("The victim, one Sani Abdullahi, was a night watchman"), else the
        last one introduced with "one"."""
        people = [(pos, sp) for pos, sp in sorted(self.history, key=lambda h: h[0])
                  if pos < noun.i and sp.kind == PERSON and sp.name]
        in_sentence: dict[int, set[str]] = {}
        for pos, sp in people:
            in_sentence.setdefault(self.doc[pos].sent.start, set()).add(self.full_name(sp.name, sp.gender)[0])
        apposed, alone = [], []
        for pos, sp in people:  # (through a nickname: "Rodolfo" + "“Boy”" + "Manalastas", which the parser hangs on the last)
            head, sent = name_head(self.doc[pos], ("compound", "flat", "nmod")), self.doc[pos].sent
            words = {head.head.lower_} if head.dep_ == "appos" else set()
            words |= {c.lower_ for c in head.children if c.dep_ in ("appos", "compound")}
            full = self.full_name(sp.name, sp.gender)[0]
            if noun.lower_ in words or self._named_as(pos, noun.lower_):
                apposed.append(full)
            elif len(in_sentence[sent.start]) == 1 and any(t.lower_ == noun.lower_ and _describes(t, head) for t in sent):
                alone.append(full)
        one = [self.full_name(name)[0] for pos, name in self.named_with_one if pos < noun.i]
        return next((names[-1] for names in (apposed, alone, one) if names), None)

    def _named_as(self, pos: int, noun: str) -> bool:
        """Whether the name at token `pos` is given for `noun` after "as" by a verb that names or identifies ("identified
        the suspect as Jerome Lagura and the victim as Dante Ybañez", "The victim, named locally as William Hemphill,";
        not "the man who shot the victim as …", nor one of several: "the second victim as …")."""
        doc = self.doc
        if pos < 2 or doc[pos - 1].lower_ != "as":
            return False
        if doc[pos - 2].lower_ == noun:
            object_ = doc[pos - 2]
            while object_.dep_ == "conj" and object_.head.i != object_.i:
                object_ = object_.head
            return (object_.dep_ == "dobj" and object_.head.lower_ in _NAMING_VERBS
                    or object_.dep_ == "pobj" and object_.head.lower_ == "as" and object_.head.head.lower_ in _NAMING_VERBS) \
                and not any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in doc[pos - 2].children)
        return any(doc[k].lower_ in _NAMING_VERBS and doc[k].head.lower_ == noun for k in range(max(0, pos - 4), pos - 1))

    def _people_after(self, i: int) -> list[tuple[int, str]]:
        """(token index, full name) of the people named after token i, in text order."""
        return sorted((pos, self.full_name(sp.name, sp.gender)[0]) for pos, sp in self.history
                      if pos > i and sp.kind == PERSON and sp.name)

    def _collect_names_given_only(self) -> None:
        """Someone a clause says gave their own name ("a fisherman at Katwe landing site, who gave his name only as
        Bwambale,", "a resident who gave her name only as Josée said"): the noun is that name, which it and the pronouns
        after it find, whatever the noun's place in its sentence and wherever the parser hung the name (the words after
        "as"; book_described._named_in_clause reads a clause the parser set under a subject's noun)."""
        doc = self.doc
        for i in self.columns.tokens_with("lower", ("name",)):
            verb = self.tokens[i].head
            if verb.lower_ not in _GIVING or self.tokens[i].dep_ != "dobj" or not self.outside(i) \
                    or not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in self.tokens[i].children):
                continue  # (their own name: not "gave her daughter's name as Aisha")
            as_ = next((t for t in doc[i + 1:min(len(doc), i + 4)] if t.lower_ == "as"), None)
            if as_ is None:
                continue
            end = as_.i + 1
            while end < min(len(doc), as_.i + 4) and doc[end].is_alpha and doc[end].text[:1].isupper():
                end += 1
            noun = verb.head if verb.dep_ == "relcl" else next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
            while noun is not None and not self._names_a_person(noun, False) and noun.dep_ == "pobj" \
                    and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # (the clause the parser hung on the place: "a fisherman at Katwe landing site, who")
            if end == as_.i + 1 or noun is None or noun.pos_ != "NOUN" or not self._names_a_person(noun, False):
                continue
            name = self._name_in(as_.i + 1, end)  # (without a style: "Ms Chau", "Şükrü Bey")
            if not name:
                continue
            for t in doc[noun.left_edge.i:noun.i + 1]:
                self.introduced[t.i] = name
            self.described.setdefault(name, set()).add(noun.lower_)
            self._meet(noun.i, name, subject=is_subject(noun))

    def _collect_introductions(self) -> None:
        """A person described before they are named ("An 84-year-old man who broke his wrist …
        ¶ Harold Pengelly, from Lanrean, …"; "A former senior civil servant has told the inquiry
        that he …"): an indefinite description, the subject of its sentence or the opening of its
        paragraph, that the next person named as a subject, in the same or next paragraph, is (across a blank line
        only a name opening that paragraph, after a description that does not speak: "A man killed … has been
        described by his family as “…” ¶ Daniel Forde, 41, died …").  The description then names them, and its
        words describe them ("the 84-year-old").  "One volunteer" (or "a mother") whom the next paragraph opens by
        naming as that one is the one named there (_identified_next_paragraph: "That volunteer, Louise Gagnon, …",
        "Her name is …"), a description that speaks too.  An informant ("a pal of Bramwell's") or a spokesperson is
        never named so."""
        doc = self.doc
        for tok in (self.tokens[i] for i in sorted(self.columns.tokens_with("pos", ("NOUN", "PROPN")))):
            if tok.pos_ == "PROPN" and not (role_noun(tok) and self._lede_teller(tok)):
                continue  # (a capitalised role opening a delayed lede: "A former Assistant Superintendent of Customs …
                # told the court"; not "a Labour MP shouted")
            det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("a", "an")
                        or c.dep_ == "nummod" and c.lower_ == "one"), None)  # ("said one volunteer")
            if not (det is not None and self.outside(tok.i) and tok.lower_ not in BODY_WORDS
                    and (tok.dep_ in ("nsubj", "nsubjpass") or self._opens_paragraph(det.i))
                    and tok.lower_ not in INFORMANT_NOUNS | SPOKESPERSON_NOUNS | REPRESENTATIVE_NOUNS):
                continue  # ("a pal of Bramwell's claimed …" is never Bramwell, nor "A representative for …" the next named)
            person = describes_person(tok) or tok.pos_ == "PROPN"  # (a role, as above)
            pos, name = self._identified_next_paragraph(tok) if person or reporting_subject(tok) else (0, "")
            if not name and person and det.lower_ != "one":
                pos, name = next(((pos, name) for pos, name in self._people_after(tok.i) if pos in self.subjects), (0, ""))
                if name and self._named_before(name, det.i):
                    continue  # "A third reporter asked …" is someone new, never the governor named before
                speaks = reporting_subject(tok)  # ("A reporter asked …" ¶ the
                # one who answers opens the next paragraph)
                if len(name.split()) < 2 or not (self.paragraph_of[pos] - self.paragraph_of[tok.i] in (0, 1)
                                                 or self._opens_next_paragraph(tok.i, pos)
                                                 and (not speaks or self._lede_teller(tok))) \
                        or self._another_role_fits(tok, name, pos):
                    continue
            if not name:
                continue
            phrase = doc[det.i:tok.i + 1]  # not a dateline before it
            for t in phrase:
                self.introduced[t.i] = name
            words = self.described.setdefault(name, set())
            words.update(t.lower_ for t in phrase if t.is_alpha and t.lower_ not in ("a", "an"))
            if age := age_in(phrase.text):
                words.add(age)
            self._meet(tok.i, name, subject=True)

    def _named_before(self, name: str, at: int) -> bool:
        """Whether the article names the person `name` (in full) before token `at`, outside its top lines and
        captions (a standfirst or a caption may name the one the lede then describes)."""
        return any(pos < at and sp.name and self.full_name(sp.name, sp.gender)[0] == name and not self._in_top_lines(pos)
                   for pos, sp in self.history)

    def _identified_next_paragraph(self, tok) -> tuple[int, str]:
        """(token index, full name) of the person whom the paragraph after the description at `tok` opens by naming
        as the one described: "That supporter, Trevor Hindle, 64, …" or "The operator, Ann Moyo, …" (its noun again,
        the name beside it), "That owner is …", "She was …", "His name is …" (a pronoun of the noun's gender, if it
        has one); (0, "") where it does not."""
        following = self._next_paragraph(self.paragraph_of[tok.i])
        if following is None:
            return 0, ""
        doc, start = self.doc, bisect.bisect_left(self.paragraph_of, following)
        opening = [t.lower_ for t in doc[start:start + 4] if not t.is_space]
        if not (opening[:1] in (["that"], ["the"], ["this"]) and tok.lower_ in opening[1:]
                or opening[:1] in (["he"], ["she"], ["his"], ["her"])):
            return 0, ""  # (what the paragraph opens with comes first: the people after are sought only then)
        pos, name = next(((pos, name) for pos, name in self._people_after(tok.i)
                          if self.paragraph_of[pos] == following), (0, ""))
        if len(name.split()) < 2:
            return 0, ""
        head = name_head(self.doc[pos])
        if not self._opens_paragraph(head.sent.start):
            return 0, ""
        gender = NOUN_GENDERS.get(tok.lower_) or KINSHIP.get(tok.lower_)

        def means_it(word) -> bool:  # "that supporter", "the operator", "she", "her name"
            if word.lower_ == tok.lower_:
                return any(c.dep_ == "det" and c.lower_ in ("that", "the", "this") for c in word.lefts)
            if word.lower_ == "name":
                owner = next((c for c in word.lefts if c.dep_ == "poss"), None)
                word = owner if owner is not None else word
            said = pronoun_gender(word.lower_)
            return word.lower_ in ("he", "she", "his", "her") and (gender is None or said == gender)

        noun = self.doc[pos - 2] if pos >= 2 and self.doc[pos - 1].text == "," else None  # ("That supporter, …": the
        # parser may make the name the subject)
        if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and means_it(head.head) \
                or noun is not None and noun.lower_ == tok.lower_ and means_it(noun) \
                or head.dep_ == "attr" and head.head.lower_ in ("is", "was") \
                and any(c.dep_ == "nsubj" and means_it(c) for c in head.head.lefts):
            return pos, name
        return 0, ""

    def _another_role_fits(self, tok, name: str, pos: int) -> bool:
        """Whether the person `name`, named at `pos`, whom the description at `tok` would name, is rather the holder of
        a role another noun of its sentence gives, which the description's noun is not ("A teenager who died … was let
        down …, a state coroner has found. ¶ Coroner Harriet Lowe said …": the coroner, not the teenager)."""
        head = name_head(self.doc[pos])
        titled = " ".join(t.text for t in self.doc[head.left_edge.i:head.i + 1] if t.text not in name.split())
        role = self.roles.get(name) or titled
        return bool(role) and not self._fits(tok.lower_, name, role) and any(
            t.i != tok.i and t.pos_ == "NOUN" and self.outside(t.i) and self._fits(t.lower_, name, role)
            and self.doc[t.left_edge.i].lower_ in ("a", "an", "the") for t in tok.sent)

    def _collect_unnamed_offices(self) -> None:
        """An office written before its holder is named ("The Minister for Lands and Natural Resources has rejected
        … ¶ Mrs Abena Asante-Boadu was speaking …", "The Prime Minister has refused … ¶ Margaret Delany said …"): a
        capitalised title after "the", alone ("The Premier has …") or with its field after "of" or "for", or an office
        of capitalised words ending in one (office_alone), and no name beside it, the subject of its sentence, held by
        the next person named as a subject in the same or next paragraph with words whom the article gives no role (and
        by no one named in it before); its words then describe them ("the Minister"), and the office written so names
        them."""
        doc, named = self.doc, {pos for pos, sp in self.history if sp.kind == PERSON}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("lower", PERSONAL_TITLES | NAME_TITLES)):
            after_the = tok.i > 0 and doc[tok.i - 1].lower_ == "the"
            field = after_the and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "for")
            alone = after_the and tok.left_edge.i == tok.i - 1 and tok.right_edge.i == tok.i \
                and tok.lower_ in _SOLE_OFFICES  # "The Premier has …" (not "The Minister", one of many)
            if not (tok.text[:1].isupper() and (field or alone or office_alone(doc, tok.left_edge.i, tok.i + 1, tok.i))
                    and tok.dep_ in ("nsubj", "nsubjpass") and self.outside(tok.i)) \
                    or named.intersection(range(tok.i, tok.right_edge.i + 1)):
                continue
            pos, name = next(((pos, name) for pos, name in self._people_after(tok.right_edge.i) if pos in self.subjects),
                             (0, ""))
            if len(name.split()) < 2 or self.paragraph_of[tok.i] not in (self.paragraph_of[pos], self._previous_paragraph(
                    self.paragraph_of[pos])) or self.roles.get(name):
                continue
            office = [t for t in doc[tok.left_edge.i:tok.right_edge.i + 1] if t.is_alpha and t.lower_ not in ARTICLES]
            # (the whole office: "Chief" of "The Chief Minister has refused …" too)
            words = {t.lower_ for t in office if t.lower_ not in _INITIALS_LINKS}
            if any(words <= self._words_of(sp) for at, sp in self.history if at < tok.i and sp.kind == PERSON and sp.name):
                continue  # its holder was named before ("First Minister Rhys Penrose … The First Minister said")
            for t in doc[tok.i - 1:tok.right_edge.i + 1]:
                self.introduced[t.i] = name
            self.described.setdefault(name, set()).update(words)

    def _collect_lede_roles(self) -> None:
        """A role the lede gives someone it names only later ("…, a coroner has concluded. ¶ … Senior Coroner for
        Midshire, Jonathan Fairbrother, said …", "has been told by a sheriff … ¶ … Sheriff Alison Kerrigan deferred
        sentence"): "a" or "the" and a role, title or occupation, with no name beside it, no predicate of anyone ("X
        would become the candidate"), after no subject the lede names and fitting no one named before, is the one
        person the article names after it in full whose own role, description and nationality fit it (see _fits);
        where no one's does, the one of no other role whom the next paragraph has speak (_identified_next: "The chief
        executive of Tamar Water has apologised … ¶ … Gareth Pennock said"); where two fit, no one.  Its words then
        describe them ("the chief executive replied")."""
        roles = self.columns.tokens_with("lower", _LEDE_ROLES)
        lede = self._lede_paragraph() if len(roles) else -1
        for tok in (self.tokens[i] for i in roles):
            first = tok.left_edge.i
            para = self.paragraph_of[tok.i]  # (the story's lede, or an item's under its own heading)
            if para != lede and not self._under_heading(tok.i) or tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.introduced \
                    or not self.outside(tok.i) \
                    or self.tokens[first].lower_ not in ("a", "an", "the") and not (
                        self.tokens[first].lower_ in ("his", "her", "their") and tok.lower_ in _COUNSEL_NOUNS) \
                    or tok.dep_ in _PREDICATES \
                    or any(first <= pos <= tok.i for pos, _ in self.history) or any(c.dep_ == "appos" for c in tok.rights):
                continue
            before = [(pos, sp) for pos, sp in self.history if pos < tok.i and sp.kind == PERSON and sp.name]
            if any(self.paragraph_of[pos] == para and pos in self.subjects and pos not in self.introduced for pos, _ in before):
                continue  # (the lede's own subject may be it: "Mads Vinther said … the Danish minister joked")
            nations = frozenset(n for t in tok.lefts if t.dep_ in ("amod", "compound") and (n := nationality(t.text)))
            office = self.office_words(first, tok.i)
            fits = {name for _, name in self._people_after(tok.i) if len(name.split()) >= 2
                    and self._fits(tok.lower_, name, self.roles.get(name), nations, office)}
            if self.tokens[first].lower_ in ("his", "her", "their"):  # "his solicitor told magistrates": the one
                fits = {name for name in fits if "defence" in self.described.get(name, ())}  # "Defending, X said"
                if not fits:
                    continue
            prior = {full for _, sp in before if self._fits(tok.lower_, full := self.full_name(sp.name, sp.gender)[0],
                                                             sp.role, nations, office)}
            if len(fits) > 1:  # several fit: the one the lede or the paragraph after it names first as a subject
                pos, name = next(((pos, name) for pos, name in self._people_after(tok.i) if pos in self.subjects), (0, ""))
                near = self.paragraph_of[pos] in (para, self._next_paragraph(para))
                sentence = self.doc[pos].sent
                alone = not any(other != name and other in fits for at, other in self._people_after(tok.i)
                                if sentence.start <= at < sentence.end)  # (not "Sheriff X and Sheriff Y heard …")
                fits = {name} if near and alone and name in fits else fits  # ("A Greens senator has accused … ¶
                # Tasmanian senator Bridget Cahill tabled figures …", other senators later)
            if len(fits) > 1 or prior and prior != fits:
                continue  # (but a headline's "Senator grills …", already found to be her, is no other one)
            if fits:
                name = fits.pop()
            elif (found := self._identified_next(tok, first)) is not None:
                name = found.name
            elif _in_the_dock(tok) and (tried := next((name for pos, name in self._people_after(tok.i)
                                                        if self.described.get(name, set()).intersection(DEFENDANT_NOUNS)
                                                        and self.paragraph_of[pos] == self._next_paragraph(para)),
                                                       None)) is not None:
                name = tried  # "… has remanded a 34-year-old trader … ¶ X, who was charged with …, pleaded not
                # guilty": the one the paragraph after tries
            else:
                continue
            for t in self.doc[first:tok.i + 1]:
                self.introduced[t.i] = name
            self.described.setdefault(name, set()).update(t.lower_ for t in self.doc[first:tok.i + 1]
                                                          if t.is_alpha and t.lower_ not in ARTICLES)
            if age := age_in(self.columns.span_text(first, tok.i + 1)):
                self.described[name].add(age)  # ("the 34-year-old replied")
            self._meet(tok.i, name, subject=tok.dep_ in ("nsubj", "nsubjpass"))

    def _lede_teller(self, tok) -> bool:
        """Whether the description at `tok` opens the lede as its subject, telling rather than asking ("A Trangie
        farmhand who stole 140 ewes has told a court he …" ¶ "Corey Lennox, 34, pleaded guilty …", "A Dubbo man … told
        police he had “…”, Dubbo Local Court has heard"; not "…, a witness has told a court"): a delayed lede, whose
        person the next paragraph opens by naming."""
        return (self.paragraph_of[tok.i] == self._lede_paragraph() or self._under_heading(tok.i)) \
            and self._opens_paragraph(tok.left_edge.i) \
            and (tok.head.dep_ == "ROOT" or tok.head.dep_ == "ccomp" and tok.head.head.lower_ in _HEARING_VERBS
                 and tok.lower_ not in _WITNESS_NOUNS) \
            and tok.head.lemma_ != "ask" and (tok.lower_ not in _OFFICES or any(c.lower_ == "former" for c in tok.lefts))
        # (no office, whose holder _collect_lede_roles finds, but "A former Assistant Superintendent of Customs")

    def _under_heading(self, at: int) -> bool:
        """Whether token `at`'s paragraph opens an item under a heading of its own written in capitals, as a court
        round-up heads each case ("SPEEDING ON SCHOOL ROAD" ¶ "A man who … told officers …"; not a crosshead such as
        "What patients say")."""
        known = self._headed
        para = self.paragraph_of[at]
        if para not in known:
            before = self._previous_paragraph(para)
            start, end = bisect.bisect_left(self.paragraph_of, before), bisect.bisect_left(self.paragraph_of, before + 1)
            line = self.columns.span_text(start, end).strip() if before >= 0 else ""
            known[para] = bool(line) and heading_line(line) and line.isupper() and line[-1] not in "?!:"
        return known[para]

    def _lede_paragraph(self) -> int:
        """The number of the story's first paragraph: the first with words below the headline, deck and byline."""
        self._previous_paragraph(0)  # (fills _with_words)
        for p in self._with_words:
            start = bisect.bisect_left(self.paragraph_of, p)  # (paragraph numbers rise with the tokens)
            if start < len(self.tokens) and self.paragraph_of[start] == p and not self._in_top_lines(start):
                return p
        return -1

    def _collect_headline_roles(self) -> None:
        """The office a headline or deck gives its subject ("PM accused of ‘…’", "Prime minister says ‘…’") is held
        by the person the lead below it names first as a subject, in the first six paragraphs with words (a byline and
        a dateline may come first: "Eleanor Whitcombe was accused of “…”", "Eleanor Whitcombe has refused to …"), when
        the heading's own line does not name them ("Keane ‘…’, judge says"), the article gives them no role and no one
        else that office: its words then describe them ("the prime minister"), initials spelled out
        (data/office_initials.tsv)."""
        self._previous_paragraph(0)  # (fills _with_words)
        paras = self._with_words[:6]
        people = [(pos, sp) for pos, sp in self.history if sp.kind == PERSON and sp.name and pos in self.subjects
                  and self.paragraph_of[pos] in paras[1:] and not self._in_top_lines(pos)]  # (not a deck's "Holyrood clash")
        for tok in self.tokens:
            if not people or self.paragraph_of[tok.i] >= self.paragraph_of[people[0][0]]:
                break
            low = tok.lower_
            if _verb_of_subject(tok) is None or not (low in OFFICE_INITIALS or low in PERSONAL_TITLES or low in ROLE_WORDS) \
                    or not self._in_top_lines(tok.i) or any(tok.left_edge.i <= pos < tok.i for pos, _ in self.history):
                continue  # (not a lead's "his solicitor told", nor "Minister Ruth Hale's aide says")
            line = {self.full_name(sp.name, sp.gender, pos)[0] for pos, sp in self.history
                    if self.paragraph_of[pos] == self.paragraph_of[tok.i]}  # ("Keane ‘…’, judge says": not Keane)
            holder = next((sp for pos, sp in people if pos > tok.i
                           and self.full_name(sp.name, sp.gender, pos)[0] not in line), None)
            if holder is None:
                continue
            full = self.full_name(holder.name, holder.gender)[0]
            office = " ".join(t.lower_.rstrip(".") for t in self.doc[tok.left_edge.i:tok.i + 1] if t.text.rstrip(".").isalpha())
            words = OFFICE_INITIALS.get(office, office).split()  # ("Capt." of a headline's "Brgy. Capt. faces …")
            if not words:
                continue
            named = {self.full_name(sp.name, sp.gender, pos)[0] for pos, sp in self.history if sp.kind == PERSON and sp.name}
            if not self.roles.get(full) and not any(self._fits(words[-1], name, self.roles.get(name)) for name in named):
                self.described.setdefault(full, set()).update(words)  # (not where the story names a judge itself)
                self._phrase_heads(full, words)
            return

    def _opens_next_paragraph(self, i: int, j: int) -> bool:
        """Whether the name at token j opens the paragraph after token i's, the next one with words (blank lines
        between paragraphs hold none), or stands beside the noun for the accused or the dead that opens it: "Kieran
        Lusk, 36, was …", "The accused, W.K. Chaminda Ratnayake (52), is …", not "Mayor Alan Brightwell praised …" nor
        "The victim, Gary Lowe,"."""
        head = name_head(self.tokens[j])
        return self.paragraph_of[i] == self._previous_paragraph(self.paragraph_of[j]) and (
            self._opens_paragraph(j) or head.dep_ == "appos" and head.head.lower_ in _LEDE_SUBJECT_NOUNS
            and self._opens_paragraph(head.head.left_edge.i))

    def _opens_paragraph(self, i: int) -> bool:
        """Whether token i is the first word of its paragraph, after a dateline ("KUALA LUMPUR –") if any
        (the parser may join a headline to it, so that it is no subject in the parse)."""
        para, j = self.paragraph_of[i], i - 1
        while j >= 0 and self.paragraph_of[j] == para and (self.doc[j].is_punct or self.doc[j].is_space
                                                             or self.doc[j].text.isupper()):
            j -= 1
        return j < 0 or self.paragraph_of[j] != para

    def _collect_ages(self) -> None:
        """"The 24-year-old" for someone whose age the article has not given yet: of those of no other age, the person last
        named in its sentence ("Coach X praised striker Y after the 22-year-old scored"), not as a preposition's
        object ("Asked whether the players were behind Rennie, the 29-year-old said"), else the one its paragraph says
        a reporter spoke to ("She spoke to farmer Angus Telford, who …"), else the one last named as a subject in
        that paragraph or the two before ("Marlins forward Kieran Boyd has signed … ¶ The 24-year-old, nicknamed …")."""
        doc = self.doc
        people = sorted(((pos, sp) for pos, sp in self.history if sp.kind == PERSON and sp.name), key=lambda h: h[0])
        for m in AGE.finditer(self.text):
            age = f"{m.group(1)}-year-old"
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the" or not self.outside(span.start) \
                    or any(age in words for words in self.described.values()):
                continue
            para, sentence = self.paragraph_of[span.start], doc[span.start].sent.start
            # (one whose age the article gave is of no other age: "Tolley, 29," is not "the 24-year-old")
            ageless = [(pos, sp) for pos, sp in people if not any(AGE.fullmatch(w) for w in self._words_of(sp))]
            before = [(pos, sp) for pos, sp in ageless if sentence <= pos < span.start and not in_opening_question(doc[pos])
                      and name_head(doc[pos]).dep_ != "pobj"] or \
                [(pos, sp) for pos, sp in ageless if pos < span.start and para == self.paragraph_of[pos]
                 and _interviewed(name_head(doc[pos]))] or \
                self._subject_or_one_named(ageless, span.start, para)
            if before:
                self._words_of(before[-1][1]).add(age)

    def _subject_or_one_named(self, people: list, at: int, para: int) -> list:
        """Of `people` named before the sentence of token `at`, in paragraph `para` or the two before it, the nearest
        paragraph first: those named there as subjects, else the one person named there in a sentence with no other
        subject ("Km. Aarti Nishad, a Class XII student who topped …, received the medal" before "“…,” said the
        17-year-old", the parser making her no subject); [] where no paragraph gives one."""
        for back in range(3):
            there = [(pos, sp) for pos, sp in people if pos < self.doc[at].sent.start and self.paragraph_of[pos] == para - back]
            # (not one the age's own sentence names otherwise: "Asked whether … behind Moffat, the 29-year-old said")
            subjects = [(pos, sp) for pos, sp in there if pos in self.subjects]
            if subjects:
                return subjects
            if len({self.full_name(sp.name, sp.gender)[0] for _, sp in there}) == 1 \
                    and not self._other_subject(there[0][0]):
                return there
        return []

    def _other_subject(self, pos: int) -> bool:
        """Whether someone else than the one named at token `pos` is a subject in its sentence, outside quotations: a
        noun for a person or "he", "she" ("The Rovers boss singled out Bramble", "She was rescued by lifeguard Tom
        Harris"), whom the sentence is about (not "the home side were transformed by the introduction of Okonkwo")."""
        head = name_head(self.doc[pos])
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.i != head.i and self.outside(t.i)
                   and (t.lower_ in HE_SHE or t.pos_ == "NOUN" and self._names_a_person(t, False))
                   for t in self.doc[pos].sent)

    def _words_of(self, sp: Speaker) -> set[str]:
        """The words the article describes a person by (see _collect_descriptions), kept under the full name."""
        return self.described.setdefault(self.full_name(sp.name, sp.gender)[0], set())

    def _described_person(self, word: str, lo: int) -> Speaker:
        """The latest person the article described as `word` ("coach", "66-year-old"), else the one person the
        nearest paragraph with people named in it is about (_person_in_focus: "PORTDUNNAN boss Declan Rooke … ¶
        “…,” said Rooke. ¶ The Hoops boss admitted … ¶ “…,” the 46-year-old added"), the subjects that describe someone
        counting as whom they mean ("The general … visited …" of Lt-Gen Prasert); else `word`, unresolved."""
        self._follow_pronouns(lo)
        for _, sp in self._recent(lo):
            if sp.kind == PERSON and sp.name and word in self.described.get(sp.name, ()):
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        definite = self.doc[lo].lower_ == "the" or lo > 0 and self.doc[lo - 1].lower_ == "the"  # (not "a 23-year-old")
        found = self._person_in_focus(lo) if definite else None
        if found is not None and found.resolved == "nominal":
            return found
        return Speaker(word, PERSON, None, None, "unresolved")

    def _of_age(self, word: str, lo: int) -> Speaker | None:
        """The latest person before token `lo` whose stated age the noun for an age band `word` fits ("the teenager"
        of "His son Imran, who is 19,"; AGE_BANDS), or None."""
        for _, sp in self._recent(lo):
            if sp.kind == PERSON and sp.name and of_age_band(word, self.described.get(sp.name, ())):
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        return None

    def _fits(self, noun: str, name: str, role: str | None, nationalities: frozenset[str] = frozenset(),
              office: frozenset[str] = frozenset()) -> bool:
        """Whether "the <noun>" may be the person `name`: their role or a word the article describes
        them by is the noun or a synonym of it ("boss" for a manager); "the Danish minister" (`nationalities`
        {"danish"}) only for someone the article makes Danish ("Denmark's trade minister"); an office of several
        words (`office`: "first" of "the First Minister", see office_words) only for its holder, and not for one
        a grade below it ("the Prime Minister" is not the Deputy Prime Minister); never the noun's deputy, nor the
        opposition's, a shadow or a former holder, as the article writes them ("the president of NFU Cymru" a lede gives
        is not a deputy president named later, "the leader" not the "Opposition leader"; but "A coroner has said" may
        be an assistant coroner, and "the defendant" a former guard)."""
        words = self.described.get(name, set())
        grades = {g for g in (words & _QUALIFIERS) - office if not self._styled_by(g, name)}
        # (a grade alone before the name is a style: "Deputy Bernadette Kissane", a TD, is "the Ceann Comhairle")
        if not nationalities <= words or not office <= words or office and grades & UNDER_GRADES \
                or self.holds_it_beside(noun, name, grades):
            return False
        if role and noun in role.lower() or noun in words:
            return True
        if role and noun in OFFICE_INITIALS and OFFICE_INITIALS[noun] in role.lower():
            return True  # "the CFO" of "chief financial officer Martin Oyelaran" (data/office_initials.tsv)
        return any(other in words or role and other in role.lower().split() for other in ROLE_SYNONYMS.get(noun, ()))

    def _styled_by(self, grade: str, name: str) -> bool:
        """Whether the article writes the word `grade` (in any case) right before the name, as a style ("Deputy
        Bernadette Kissane"); kept per grade and name (asked for each noun that may be theirs)."""
        known = self._styles
        if (grade, name) not in known:
            known[grade, name] = regex.search(rf"\b{regex.escape(grade)}\s+{regex.escape(name)}\b", self.text,
                                              regex.I) is not None
        return known[grade, name]

    def holds_it_beside(self, noun: str, name: str, qualifiers) -> bool:
        """Whether the article writes one of `qualifiers` before the noun next to `name`, the office it gives them
        ("Deputy mayor Cllr Tony Luscombe", "The Deputy Mayor, Tom Hill,", "Tom Hill, the former mayor,", "Tom Hill,
        Springfield's deputy mayor,", "Opposition leader Roger Tippett", "Vice-President X"): their deputy's, shadow's,
        former or opposition leader's office, not "the mayor" nor "the leader" (but an opposition councillor is "the
        councillor"; "Mayor Jane Cobb, a former nurse," is the mayor); not where the article calls someone by the
        office after "the" too ("the Opposition Leader told …")."""
        found = tuple(sorted(g for g in qualifiers if g in _NOT_THE_HOLDER or _NOT_THE_HOLDER_OF.get(g) == noun))
        if not found or not name:
            return False
        known = self._beside_answers
        if (noun, name, found) not in known:
            known[noun, name, found] = self._held_beside(noun, name, found)
        return known[noun, name, found]

    def _held_beside(self, noun: str, name: str, found: tuple[str, ...]) -> bool:
        held, who = "|".join(found), regex.escape(name)
        office = rf"(?i:\b(?:{held})[\s-]+{regex.escape(noun)}\b)"  # (the office in any case; a name's capital after it)
        if regex.search(office, self.text) is None:
            return False  # (the office written nowhere: most articles, and the slower searches below not needed)
        beside = rf"{office},?\s+(?:\p{{Lu}}[\w.]*\s+){{0,2}}{who}\b|\b{who},\s+(?:[\w\u2019']+\s+){{0,3}}?{office}"
        calls = (m for m in regex.finditer(rf"\b(?i:the)\s+{office}(?!,?\s+\p{{Lu}})", self.text)
                 if not self.text[max(0, m.start() - len(name) - 4):m.start()].rstrip().endswith(f"{name},"))
        # (not "Tom Hill, the former mayor,")
        return regex.search(beside, self.text) is not None and next(calls, None) is None


#: Words before an office for one who is not its holder, never called by its title alone: a deputy ("the mayor" is
#: not "Deputy mayor Tony Luscombe"), a shadow or a former holder; and the opposition's leader ("the leader" is not
#: "Opposition leader Roger Tippett").
_NOT_THE_HOLDER = frozenset(("deputy", "vice", "shadow", "former"))
_NOT_THE_HOLDER_OF = {"opposition": "leader"}
#: All those words.
BESIDE_AN_OFFICE = _NOT_THE_HOLDER | frozenset(_NOT_THE_HOLDER_OF)
_QUALIFIERS = UNDER_GRADES | BESIDE_AN_OFFICE


def of_age_band(word: str, words) -> bool:
    """Whether a noun for an age band ("teenager", "octogenarian") fits someone of a stated age among `words`
    ("19-year-old")."""
    band = AGE_BANDS.get(word)
    return band is not None and any((m := AGE.fullmatch(w)) and band[0] <= int(m.group(1)) <= band[1] for w in words)


#: Nouns for the years of one's age -> the ages they fit.
AGE_BANDS = {"teenager": (13, 19), "teen": (13, 19), "septuagenarian": (70, 79), "octogenarian": (80, 89),
             "nonagenarian": (90, 99), "centenarian": (100, 115)}


def _chairs(tok) -> bool:
    """Whether the name headed by `tok` is of the one who chairs a meeting: the agent of "chaired by", the subject of
    "chairs" or "chaired", or whom a "who chairs" clause describes ("a hearing chaired by Labor MP Trevor Hollis",
    "Hollis chaired the hearing", "Hollis, who chairs the committee,")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return tok.head.head.lower_ == "chaired"
    if tok.dep_ == "nsubj" and tok.head.lower_ in _CHAIRING:
        return True
    return any(c.dep_ == "relcl" and c.lower_ in _CHAIRING for c in tok.children)


#: Forms of the verb "chair" whose subject chairs the meeting.
_CHAIRING = frozenset(("chairs", "chaired"))


def _in_the_dock(tok) -> bool:
    """Whether the name headed by `tok` is of one a court tries: the subject of a plea or of being charged, tried or
    sentenced ("X, 31, pleaded guilty", "X denies", "X was fined", "X is accused of", "X faces 27 counts of …"), the
    object of sentencing ("The court sentenced X"), the subject of appearing in a court ("X appeared at Ennis District
    Court"), or the name set beside "the accused"."""
    verb = tok.head
    if tok.dep_ == "appos" and verb.lower_ in DEFENDANT_NOUNS:
        return True  # "The accused, W.K. Chaminda Ratnayake (52),"
    if tok.dep_ == "nsubjpass" or tok.dep_ == "dobj" and verb.lower_ != "accused":  # (also "… sentenced Dragan Vukić")
        return verb.lower_ in _TRIED
    if tok.dep_ != "nsubj":
        return False
    if verb.lower_ in _PLEADING:
        return True
    if verb.lower_ in _FACING and any(c.dep_ == "dobj" and c.lower_ in _CHARGES for c in verb.children):
        return True  # "X, 38, the director of …, faces 27 counts of obtaining money by false pretences"
    return verb.lower_ in ("appeared", "appears", "appearing") and any(
        p.dep_ == "prep" and any(w.lower_ in _COURT_WORDS for w in p.subtree) for p in verb.children)


def _testifies(tok) -> bool:
    """Whether the name headed by `tok` is of a witness: the subject of testifying ("X testified", "X gave evidence"),
    or of a verb that a participle of testifying opens the sentence before ("Testifying for the Crown, X said")."""
    sent = tok.sent
    if sent[0].lower_ == "testifying" and tok.i < sent.root.i:
        return True  # (however the parser hung the name on the clause: "Testifying for the Crown, 26-year-old X said")
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    return verb.lower_ in _TESTIFYING or verb.lower_ in ("gave", "giving") and any(
        c.dep_ == "dobj" and c.lower_ == "evidence" for c in verb.children)


#: The participle opening a court report's sentence before an advocate's name ("Defending, Owain Price said") -> the
#: nouns that advocate is called by ("his solicitor", "the prosecutor").
_ADVOCATE_NOUNS = {"defending": ("solicitor", "lawyer", "barrister", "counsel", "advocate", "attorney", "defence"),
                   "prosecuting": ("prosecutor", "barrister", "counsel", "advocate")}
#: Nouns for someone's advocate in court, whom a lede may give as "his solicitor" before the story names them.
_COUNSEL_NOUNS = frozenset(w for nouns in _ADVOCATE_NOUNS.values() for w in nouns)
#: Verbs of testifying (no lemmas: the pipeline runs no lemmatizer).
_TESTIFYING = frozenset(("testified", "testifies", "testify"))
#: The noun a story calls one who testified by.
_WITNESS = "witness"


#: Verbs whose subject pleads to a charge (no lemmas: the pipeline runs no lemmatizer).
_PLEADING = frozenset(("pleaded", "pled", "pleads", "denied", "denies", "admitted", "admits"))
#: Participles whose passive subject is charged, tried or sentenced.
_TRIED = frozenset(("charged", "convicted", "sentenced", "fined", "jailed", "acquitted", "accused", "remanded",
                    "indicted", "arraigned", "prosecuted", "imprisoned"))
#: Verbs of giving a name ("who gave his name only as …"; no lemmas: the pipeline runs no lemmatizer).
_GIVING = frozenset(("gave", "give", "gives", "giving"))
#: Verbs whose subject faces charges, and the charges they face (no lemmas: the pipeline runs no lemmatizer).
_FACING = frozenset(("faces", "faced", "face", "facing"))
_CHARGES = frozenset(("charge", "charges", "count", "counts"))
#: Words for where someone appears to be tried.
_COURT_WORDS = frozenset(("court", "dock", "magistrates", "magistrate", "tribunal"))


def _interviewed(tok) -> bool:
    """Whether the name headed by `tok` is of someone a reporter spoke to ("She spoke to farmer Angus Telford",
    "talked with", "interviewed"): the one whose words follow."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with"):
        return tok.head.head.lower_ in _INTERVIEW_VERBS
    return tok.dep_ == "dobj" and tok.head.lower_ in ("interviewed", "interviewing")


#: Verbs of a reporter's talk with someone, whose "to" or "with" names who is quoted next (no lemmas: the pipeline
#: runs no lemmatizer).
_INTERVIEW_VERBS = frozenset(("spoke", "speaking", "speaks", "talked", "talking", "talks", "chatted", "chatting"))


def _name_end(doc, pos: int, name: str) -> int:
    """The token after the name `name` written from token `pos` ("Ingrid Solberg-Haugen" is four tokens), or after
    the words of it written there ("Imran" of Imran Rasool)."""
    span = doc.char_span(doc[pos].idx, doc[pos].idx + len(name), alignment_mode="expand")
    if span is not None and span.text == name:
        return span.end
    words = name.split()
    start = next((i for i in range(pos, min(len(doc), pos + 3)) if doc[i].text == words[0]), pos)  # (after a style
    # the mention opens with: "Datuk Wee Chong Beng")
    end = start  # written shorter: a relative's given name alone ("His son Imran, who is 19,")
    while end < len(doc) and end - start < len(words) and doc[end].text in words:
        end += 1
    return end if end > start else pos + len(words)


def _verb_of_subject(tok):
    """The verb a headline's word is the subject of, also where the parser cut the line after it ("PM | accused of
    ‘…’", two roots); None if it is no subject."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head if tok.head.pos_ == "VERB" else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after if tok.dep_ == "ROOT" and after is not None and after.dep_ == "ROOT" and after.pos_ == "VERB" else None


def member_word_in(word: str, words: set[str]) -> bool:
    """Whether a party's or people's member word ("Democrat", "Tobagonian") is among the words describing
    someone: itself, its adjective ("democratic"), or the nationality it names."""
    low = word.lower()
    return low in words or f"{low}ic" in words or nationality(word) in words


def _role_initials(doc, end: int) -> set[str]:
    """The initials of the capitalised words written right before token `end` (a name), with and without the
    personal titles after them ("Energy Cabinet Secretary" -> "cs", "District Health Officer Dr" -> "dho"; see
    role_abbreviations)."""
    words, k = [], end - 1
    while k >= 0 and "\n" not in doc[k].whitespace_ and (
            doc[k].text[:1].isupper() and (doc[k].is_alpha or doc[k].lower_ in PERSONAL_TITLES)
            or _joins_role_words(doc, k)):
        if doc[k].text != "-":
            words.insert(0, doc[k])
        k -= 1
    found = role_abbreviations(words)  # "Cabinet Secretary X": "the CS", the title a part of the role
    while words and words[-1].lower_ in NOT_ROLE:
        words.pop()  # "Health Cabinet Secretary Dr X": "the CS" still
    found |= role_abbreviations(words)
    while words and words[-1].lower_ in PERSONAL_TITLES and not _joins_role_words(doc, words[-1].i - 1):
        words.pop()  # (not the "General" of "Director-General")
    return found | role_abbreviations(words)


def _joins_role_words(doc, k: int) -> bool:
    """Whether token k is the hyphen of a capitalised role of two words ("Director-General": "the DG")."""
    return doc[k].text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
        and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()


#: Marks an office written before a name may hold ("Minister of Lands, Housing and …", "(Primary Health Care)").
_OFFICE_MARKS = frozenset((",", "(", ")"))

#: Lower-case words a role's initials pass over ("Chairman and Managing Director": "CMD").
_INITIALS_LINKS = frozenset(("and", "of", "for", "&"))


def role_abbreviations(words) -> set[str]:
    """The lower-case initials (body_mentions.initials) a role written in capitalised words (tokens) goes by, of it
    whole and of its ends ("Energy Cabinet Secretary": "ecs", "cs"; "Chairman and Managing Director": "cmd", "md");
    none for one word."""
    capitals = initials(" ".join(t.text for t in words if t.lower_ not in _INITIALS_LINKS)).lower()
    return {capitals[k:] for k in range(len(capitals) - 1)}


def one_named(toks, i: int) -> bool:
    """Whether the one-word name at token `i` is a person's by what stands beside it: set alone between commas
    beside a role ("The striker, Neymar,"), with a role for a person as its appositive ("Ngugi, the veteran
    goalkeeper,"), with an age after it ("Rodrigo, 34,"; but a number in brackets after a place or body the tagger
    typed so is a score or a count: "Kenya (12)", "Labour (41)"), or after a role joined to it ("goalkeeper Ngugi")."""
    tok = toks[i]
    if tok.dep_ == "appos" and role_noun(tok.head) and i > 0 and toks[i - 1].text == "," and tok.left_edge.i == i:
        return True
    before = toks[i - 1] if i > 0 else None
    if before is not None and (before.lower_ in TITLES or before.pos_ == "PROPN" and not role_noun(before)):
        return False  # a surname after a title or a given name ("Ms August, a former bank manager,")
    if i + 1 < len(toks) and toks[i + 1].text == "," and any(c.dep_ == "appos" and c.tag_ == "NN" and role_noun(c)
                                                                for c in tok.rights):
        return True
    bracket_score = i + 1 < len(toks) and toks[i + 1].text == "(" and tok.ent_type_ in ("GPE", "LOC", "NORP", "ORG")
    return age_after(toks, i + 1) is not None and not bracket_score \
        or before is not None and before.dep_ == "compound" and before.head.i == i and role_noun(before)


def age_after(doc, end: int) -> str | None:
    """The age written right after a name ending before token `end`: "X, 46,", "X, 46.", "X (46)", "X, aged 46,",
    "X, now 46,", "X, who is 46,"; else None."""
    k = end + 1
    if k + 1 < len(doc) and doc[end].text == "," and doc[k].lower_ == "who" and doc[k + 1].lower_ in ("is", "was"):
        k += 2
    if k < len(doc) and doc[end].text == "," and doc[k].lower_ in ("aged", "now"):
        k += 1
    if end >= len(doc) or doc[end].text not in (",", "(") or k + 1 >= len(doc) or not doc[k].text.isdigit() \
            or not 0 < int(doc[k].text) < 120:
        return None
    closing = ")" if doc[end].text == "(" else (",", ".", ";")
    return doc[k].text if doc[k + 1].text in closing and not (doc[k + 1].text == "." and k + 2 < len(doc)
                                                           and doc[k + 2].like_num) else None


def _office_before_comma(doc, start: int) -> list:
    """The office written between "the" (or the start of a sentence) and a comma right before a name starting at
    token `start`: a capitalised title and its field after "of" or "for", in capitalised words joined by commas, "and"
    or "&", a part in brackets or not ("the Minister of Lands, Housing and Urban Development, Harriet X", "Senior
    Coroner for Midshire, Jonathan X,", "The Minister of State for Health (Primary Health Care), Dr X,"), or a title of up to four
    capitalised words that ends in a role ("the Speaker, Rt. Hon. X,", "the Majority Leader, Hon. X,"); [] if none."""
    k, title = start - 2, None
    if k < 0 or doc[start - 1].text != ",":
        return []
    first = k
    while first > 0 and k - first < 3 and doc[first - 1].is_alpha and doc[first - 1].text.istitle():
        first -= 1
    if first > 0 and doc[first - 1].lower_ == "the" and _role_word(doc[k]) \
            and all(t.is_alpha and t.text.istitle() for t in doc[first:k + 1]):
        return list(doc[first:k + 1])  # "the Speaker, Rt. Hon. X,", "the Majority Leader, Hon. X,", which the parser
        # may not set in apposition
    while k >= 0 and start - k <= 16 and (doc[k].is_alpha and doc[k].text[:1].isupper()
                                          or doc[k].lower_ in _INITIALS_LINKS or doc[k].text in _OFFICE_MARKS
                                          or doc[k].text == "the" and k > 0 and doc[k - 1].lower_ == "and"):
        # ("the Minister for Agriculture, Food and the Marine, Charlie X,")
        if doc[k].text[:1].isupper() and (doc[k].lower_ in PERSONAL_TITLES or _role_word(doc[k])) \
                and doc[k + 1].lower_ in ("of", "for"):  # ("The Member of Parliament for …, X,", "Custos of …, X,")
            title = k
        if title is not None and (doc[k].is_sent_start or k > 0 and doc[k - 1].lower_ == "the"):
            return list(doc[k:start - 1])
        k -= 1
    return []


def _aside_after(tok) -> bool:
    """Whether the token after a name opens an aside, a verb whose few words a comma closes ("said,", "told reporters,",
    "told the court yesterday,"), not the name's own clause ("Grace Owusu said pupils were safe.")."""
    return tok.pos_ == "VERB" and any(t.text == "," for t in tok.doc[tok.i + 1:tok.i + 5])


def _description_before_comma(doc, start: int) -> list[str]:
    """The words of a noun phrase opened by "the" or "a" that stands alone before a comma right before a name starting
    at token `start`, its head and the words before it, not its field ("the Magazia" of "The Magazia of the Central
    Market, Hajia X,", "a 29-year-old mechanic, Isaac X,", "the chief, Kpanvo Naa X,"): what the parser may not set in
    apposition; [] if none (not "At the hearing, X", "The man who found the body, X"; the caller sees that the name
    opens no aside: not "The landlord, tenant X said, had …", "The suspect, Inspector X told reporters, fled")."""
    if start < 3 or doc[start - 1].text != ",":
        return []
    first = start - 2
    while first > 0 and start - first <= 9 and not doc[first].is_sent_start:
        before = doc[first - 1]
        if before.is_punct and before.text not in _WORD_JOINS or before.pos_ in _NO_PART_OF_A_NOUN_PHRASE:
            break
        first -= 1
    opened = doc[first].is_sent_start or doc[first - 1].text in (",", ":", ";") or doc[first - 1].pos_ == "CCONJ"
    if not opened or doc[first].lower_ not in ("the", "a", "an"):
        return []
    end = next((k for k in range(first + 1, start - 1) if doc[k].pos_ == "ADP"), start - 1)
    head = doc[end - 1]
    if end - 1 <= first or head.ent_type_ == "PERSON" or not (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_title):
        return []
    return [t.lower_ for t in doc[first + 1:end] if t.is_alpha]


#: Marks inside a noun phrase's words ("29-year-old", "pulenu'u").
_WORD_JOINS = frozenset(("-", "'", "\u2019"))
#: Parts of speech that end a noun phrase read leftwards: a verb ("The man who found the body"), a conjunction, a
#: pronoun.
_NO_PART_OF_A_NOUN_PHRASE = frozenset(("VERB", "AUX", "CCONJ", "SCONJ", "PRON"))


def _title_after(doc, end: int) -> list:
    """The capitalised role written between commas right after a name (token `end` its comma): "…, Chairman
    and Managing Director," (which the parser may join to the name as a conjunct); [] if none."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    title, k = [], end + 1
    while k < len(doc) and k - end <= 7 and (doc[k].is_alpha and doc[k].text[:1].isupper() or doc[k].lower_ in _INITIALS_LINKS):
        title.append(doc[k])
        k += 1
    fits = k < len(doc) and doc[k].text == "," and len(title) >= 2 and title[-1].lower_ not in _INITIALS_LINKS \
        and any(t.lower_ in ROLE_WORDS or t.lower_ in OCCUPATIONS for t in title)
    return title if fits else []


#: The party letter of an American legislator's tag ("R-Texas", "(D-MA)") and the words it stands for.
_PARTY_LETTERS = {"R": ("republican",), "D": ("democrat", "democratic"), "I": ("independent",)}


def _party_and_state(doc, end: int) -> tuple[str, ...]:
    """The party and state words a tag after a name gives ("Sen. Lindqvist, R-Texas," -> republican, texas; "R-Neb."
    -> republican, nebraska), or ()."""
    i = end + (end < len(doc) and doc[end].text in (",", "("))
    if i + 2 < len(doc) and doc[i].text in _PARTY_LETTERS and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper():
        state = US_STATES.get(doc[i + 2].text, doc[i + 2].text.rstrip("."))
        return (*_PARTY_LETTERS[doc[i].text], *state.lower().split())
    return ()


def _party_seat(doc, end: int) -> set[str]:
    """The seat in a party's initials and a seat in brackets after a name ("Wee Chong Beng (BN-Tanjung Sepat)",
    Malaysia's way of naming a legislator by party and constituency; data/seat_parties.tsv, not "(UN-Habitat)"), in
    lower case; an empty set if none."""
    if end + 4 >= len(doc) or doc[end].text != "(" or doc[end + 1].text not in SEAT_PARTIES \
            or doc[end + 2].text not in ("-", "\u2013"):
        return set()
    close = next((i for i in range(end + 3, min(len(doc), end + 8)) if doc[i].text == ")"), None)
    seat = doc[end + 3:close] if close is not None else []
    if not seat or not all(t.is_alpha and t.text.istitle() and len(t.text) > 1 for t in seat):  # (not "(MQM-P)")
        return set()
    return {t.lower_ for t in seat}


def _seat_after(head, nouns: list, legislator: bool) -> set[str]:
    """The words of the place a person holds a seat for, written after the name that ends at `head` (of a
    `legislator` only: "Senator Maria Olsen of Ohio", not "Jane Roe of Leeds") or after a role in apposition to it
    (`nouns`): "Peter Mwangi, MCA for Kiamaina", "…, the member for Cwm Tawel,"; lower case (an empty set if none)."""
    seated = [noun for noun in nouns if noun.lower_ in CONSTITUENCY_ROLES or noun.lower_ in ROLE_SYNONYMS["legislator"]]
    for word, link in [(head, "of")] * legislator + [(noun, "for") for noun in seated]:
        place = next((c for p in word.rights if p.dep_ == "prep" and p.lower_ == link for c in p.children
                      if c.dep_ == "pobj" and c.text[:1].isupper()), None)
        if place is not None and (link == "for" or place.ent_type_ in ("GPE", "LOC")):
            return {t.lower_ for t in place.subtree if t.is_alpha and t.text[:1].isupper()}
    return set()


def _describes(noun, name) -> bool:
    """Whether a noun describes the person whose name heads at token `name`: in what the name heads ("…,
    who worked as a watchman") or as what its subject is ("The victim, one Sani Abdullahi, was a watchman")."""
    subject = name.head if name.dep_ == "appos" else name
    return name.left_edge.i <= noun.i <= name.right_edge.i or noun.dep_ == "attr" and noun.head == subject.head \
        and subject.dep_ in ("nsubj", "nsubjpass")


#: The words that end a word for a relative, written whole or after hyphens ("law" of "daughter-in-law").
_KIN_ENDINGS = frozenset(word.rsplit("-", 1)[-1] for word in KINSHIP)


def _joined_by_and(owner):
    """The name a possessive's noun is joined to by "and" before it ("Michael Gibbons and his parents"), or None."""
    noun = owner.head
    name = noun.head
    return name if noun.dep_ == "conj" and name.i < owner.i and name.ent_type_ == "PERSON" and name.pos_ == "PROPN" \
        and any(c.dep_ == "cc" and c.lower_ == "and" and c.i == owner.i - 1 for c in name.children) else None


def _kin_word(doc, tok) -> tuple[str | None, int]:
    """The word for a relative that token `tok` ends ("wife", "daughter-in-law" over its hyphens), or None, and
    the token it starts at."""
    start = tok.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    word = doc[start:tok.i + 1].text.lower()
    return (word if word in KINSHIP else None), start


#: Words for a partner outside marriage, of another family than the one whose partner they are.
_PARTNERS = frozenset(("boyfriend", "girlfriend", "partner", "fiancé", "fiancée", "fiance", "fiancee"))


def _name_described_as_kin(kin):
    """The given name a word for someone's relative stands in apposition to, written before it ("Tyrese" of "Tyrese,
    Keisha's 16-year-old son,"), or None."""
    name = kin.head
    if kin.dep_ != "appos" or name.i >= kin.i or not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in kin.lefts) \
            or kin.lower_ in _PARTNERS:
        return None  # (a boyfriend or a fiancée is of another family: "Marcus, Keisha's boyfriend,")
    alone = not any(c.dep_ in ("compound", "flat") for c in name.lefts) and not kin.doc[name.i - 1].pos_ == "PROPN"
    return name if alone and name.pos_ == "PROPN" and kin.doc[name.i + 1].text == "," else None  # (not "Flora
    # Bighetty, Jesse's mother,": named in full)


def _bare(doc, kin, first: int) -> bool:
    """Whether the word for a relative at token `kin` (starting at token `first`) stands with no word before it that
    makes it someone's or anyone's ("after wife Carla moved out", not "a wife" or "his wife")."""
    return first > 0 and not any(c.i < kin.i and c.dep_ in ("det", "poss", "nmod", "amod", "compound") for c in kin.lefts) \
        and doc[first - 1].is_lower and doc[first - 1].is_alpha and doc[first - 1].lower_ not in ARTICLES


def _owner_before(doc, at: int):
    """The word written with "’s", or ending in "s" with the apostrophe alone, right before a word for a relative
    starting at token `at`, which the parser did not make its owner ("The deceased’s" + "wife, Hauwa,", "Mrs
    Hargreaves’" + "husband, Craig,": the curly mark it takes for punctuation), over words in small letters that say
    which relative ("The convict’s" + "younger brother, Ebube,"), else None."""
    while at >= 3 and at > doc[at].sent.start + 2 and doc[at - 1].pos_ == "ADJ" and doc[at - 1].text.islower():
        at -= 1
    mark = doc[at - 1] if at >= 2 else None
    if mark is None or mark.text not in POSSESSIVE_TOKENS or not doc[at - 2].is_alpha or doc[at - 2].whitespace_ \
            or mark.text in APOSTROPHES and not doc[at - 2].lower_.endswith("s"):
        return None
    return doc[at - 2]


def _name_in_commas(doc, kin):
    """A given name standing alone between commas (or a comma and an aside between dashes) right after a word for a
    relative, which the parser did not set in apposition ("and daughter-in-law, Eleri, run …"), after what the
    relative does or plays, in small letters, or not ("her younger sister, wing attack Georgia, fed her"), tagged a
    person's where the parser took it for an adjective ("The accused’s wife, Vasanthy,"), or with
    the second comma left out before the name's verb ("His son, Oisín is less gloomy"); else None."""
    if kin.i + 3 >= len(doc) or doc[kin.i + 1].text != ",":
        return None
    at = kin.i + 2
    while at < min(kin.i + 5, len(doc) - 2) and doc[at].text.islower() and doc[at].pos_ in ("NOUN", "ADJ"):
        at += 1
    name, after = doc[at], doc[at + 1]
    return name if (name.pos_ == "PROPN" or name.ent_type_ == "PERSON") and name.is_alpha and name.text.istitle() \
        and (after.text in (",", ".") or _dash_aside(doc, name.i)
             or name.dep_ == "nsubj" and name.head.i == after.i and after.pos_ in ("VERB", "AUX")) else None


def _haver(noun):
    """The person who "has" the relatives a plural noun names ("She has two sons", "Nora Keane had three
    daughters"): the subject of "have", a pronoun or a name, else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lower_ not in ("has", "have", "had", "having"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and (c.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
                                                                     or c.pos_ == "PROPN")), None)


#: Particles that open a father's name after a given name ("binti" of "Norlela binti Ahmad", "s/o", the Welsh "ap" of
#: "Llyr ap Gwynedd"): the name holds no family's name for a relative to take.
_FATHERS_NAME_PARTICLES = FILIAL_PARTICLES | {"binte", "bt", "bte", "ap", "ab", "ferch", "verch"}


def _ends_in_fathers_name(name: str) -> bool:
    """Whether a name ends in a particle and a father's name, no family's ("Norlela binti Ahmad", "Rajiv a/l Suppiah";
    not "Ahmed bin Salim Al Rawahi", whose family name ends it)."""
    words = name.split()
    at = next((k for k, w in enumerate(words[1:-1], 1) if w.lower() in _FATHERS_NAME_PARTICLES), None)
    return at is not None and not any(w.lower().split("-")[0] in ("al", "el") for w in words[at + 1:])  # ("bin Abdul
    # Rahman", two words of the father's name)


def _syllables_before(doc, given, owners: list | None, noun: str | None, family_first: bool) -> int:
    """The first token of a relative's given name ending at token `given`: "Mei" of "Mei Xin", two romanised syllables,
    where the relative's family writes its name family name first (`family_first`: "his daughter Mei Xin" of Wong Kah
    Leong), a child's and no spouse's (a wife keeps her own family name: "His wife Siew Lian"), the first syllable
    no listed family name ("His daughter Lim Mei" is named in full); two listed given names ("Mary Catherine"); else
    the first of its hyphenated parts ("Jon" of "Jon-Erik")."""
    if given is None:
        return 0
    before = doc[given.i - 1] if given.i >= 1 else None
    if before is None or before.dep_ != "compound" or before.head.i != given.i or before.whitespace_ != " " \
            or given.i + 1 < len(doc) and joins_words(doc[given.i + 1]):  # (not "Kang Min" of "Kang Min-jae")
        return hyphenated_start(doc, given.i)
    if family_first and KIN_RELATIONS.get(noun or "") != "partner" and given_syllable(given.text) \
            and given_syllable(before.text) and before.text not in FAMILY_FIRST_NAMES:
        return given.i - 1  # "his daughter Mei Xin"
    if before.text in GIVEN_NAME_GENDER and given.text in GIVEN_NAME_GENDER and given.text not in FAMILY_NAMES_TOO \
            and not (owners and owners[0] and given.text in owners[0].split()):
        return given.i - 1  # "His daughter, Mary Catherine,": two given names (not "His wife, Helen Kostas," named in full)
    return hyphenated_start(doc, given.i)


def _given_names_after(doc, noun) -> list:
    """The given names listed right after a plural word for relatives ("children, Declan and Moira,", "sons Ama,
    Kojo and Yaw"): two or more capitalised words standing alone, joined by commas and "and", the list ended by
    punctuation or a lower-case word; none where anything else stands between them."""
    names, i = [], noun.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_alpha and doc[i].text.istitle() \
            and doc[i].lower_ not in TITLES and "\n" not in doc[i - 1].whitespace_:
        names.append(doc[i])
        i += 1
        if i < len(doc) and doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and":
            i += 1
        if i < len(doc) and doc[i].lower_ in (",", "and") and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            i += 1
        elif i < len(doc) and (doc[i].is_punct or doc[i].text.islower()):
            return names if len(names) >= 2 and doc[names[-2].i + 1].lower_ in ("and", ",") else []
        else:
            return []
    return []


def _name_after(doc, tok):
    """A given name written right after a word for a relative and standing alone ("Kayleigh’s mum Tracey
    said"), which the parser did not set in apposition; else None."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "PROPN" or not tok.whitespace_ or "\n" in tok.whitespace_:
        return None
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt if after is None or not after.text[:1].isupper() else None


def _dash_aside(doc, i: int) -> range:
    """The tokens of an aside between dashes right after token `i` ("Margaret – “Peggy” to the whole village – has
    raised …"), which say no more of who the name is; empty when none."""
    if i + 1 >= len(doc) or doc[i + 1].text not in _DASHES:
        return range(0)
    end = next((k for k in range(i + 2, min(len(doc), i + 16)) if doc[k].text in _DASHES), None)
    return range(i + 1, end + 1) if end is not None else range(0)


_DASHES = frozenset(("\u2013", "\u2014", "--"))
