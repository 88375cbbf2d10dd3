"""The bodies one article names, for SpeakerBook (speaker_book.py): their canonical names, acronyms
the article spells out or whose initials a body's name spells, "the company" or "the airline" as the
business the story is about, who issued "the statement", who wrote "a report by …", and spokespeople
and officials speaking for a body ("a Department for Transport spokesperson").

A mixin: it reads and fills the book's `doc` (and its `tokens` and `columns`), `history`, `subjects`, `body_at`, `acronyms`
and `named_bodies`.
"""
from __future__ import annotations

import functools

import regex

from .. import data
from ..words import APOSTROPHE_S, POSSESSIVE_TOKENS
from .bodies import canonical_body, name_head_word, places
from .body_mentions import (
    LINKS,
    after_business_noun,
    after_person_of,
    apposed_noun,
    body_end_words,
    business,
    initials,
    is_acronym,
    is_mixed_acronym,
    is_place_or_people,
    joins_words,
    name_start,
    names_body,
    portfolio_end,
    possessor_of_place,
    spelled_out,
    which_clause,
)
from .book_references import STUDY_AUTHORS, is_kind
from .gaelic_bodies import GAELIC_ARTICLES
from .grammar import (
    agent_of,
    appositive_name,
    is_main_subject,
    is_subject,
    name_head,
    preps_after,
    read_out_authors,
    reporting_subject,
    role_noun,
)
from .layout import heading_line
from .lexicon import (
    ARTICLES,
    BODY_KIND_NOUNS,
    BODY_NOMINALS,
    BODY_NOUNS,
    BODY_SHORT_FORMS,
    BROADCASTER_WORDS,
    COMPANY_SUFFIXES,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GENERIC_BODY_NOUNS,
    GIVEN_NAME_GENDER,
    GOVERNING_NOUNS,
    GROUP_NOUNS,
    ISSUING_VERBS,
    KIND_INITIALS,
    NUMBER_WORDS,
    OCCUPATIONS,
    OFFICE_INITIALS,
    ONE_WORD_BODIES,
    PERSON_NOUNS,
    PREMISES_NOUNS,
    REPORTING_FORMS,
    ROLE_WORDS,
    SPOKESPERSON_NOUNS,
    TITLES,
    pronoun_gender,
    singular,
)
from .person_mentions import COMPASS_WORDS, PERSONAL_TITLES
from .speaker import ORG, PERSON, Speaker

#: Nouns in lower case for a kind of body, before its spokesperson too ("a club spokesperson", "a council spokesman"), or
#: after "an official at" ("the municipality", "the grid operator Ukrenergo").
KIND_OF_BODY = BODY_NOUNS | GENERIC_BODY_NOUNS
#: Last words of a public service's name, after the service's noun ("Police Force", "Fire Service", "Police Office").
_UNIT_WORDS = frozenset(("force", "service", "office", "department", "headquarters", "division", "command", "bureau"))
#: The tagger's types for places, whose names a "which" clause may follow ("Kharkiv, which lies …").
_PLACE_ENTS = frozenset(("GPE", "LOC", "FAC", "NORP"))
#: An ordinal written in figures ("4th", "101st"), which opens a numbered unit's name.
_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)")
#: The links a body's name holds between its capitalised words, and "the" ("Ministry of the Interior").
_RUN_LINKS = LINKS | {"the"}
#: A run of capitalised words on one line, with those links between them.
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}’'-]*(?:[ ]+(?:(?:" + "|".join(map(regex.escape, sorted(_RUN_LINKS)))
                                 + r")[ ]+)*\p{Lu}[\p{L}’'-]*)+")
#: Nouns in lower case that can make a document ("a statement from the council", "a statement from his family").
_MAKER_NOUNS = KIND_OF_BODY | {"family"}
#: The noun of a body's unnamed official ("a senior BBMP official").
OFFICIAL = "official"
#: Nouns for a body's staff named after it, kept in the speaker's name ("a Senate aide", "a ministry official").
STAFF_NOUNS = frozenset((OFFICIAL, "aide"))
_DATELINE_ENDS = {"-", "\u2013", "\u2014", ":", "(", ","}


@functools.cache
def city_states() -> frozenset[str]:
    """States and territories that a dateline names by their one city (data/city_states.tsv)."""
    return frozenset(row[0] for row in data.rows("city_states.tsv"))


def names_office(doc, lo: int) -> bool:
    """Whether capitalised words from token `lo` name an office a person holds, a title and its field ("Minister
    for Lands and Natural Resources", "Secretary of State for Health"), after a word or two that say which
    ("Union Minister of State for …", "Federal Minister for …"), not a body ("Directorate General of …")."""
    for k in range(lo, min(lo + 3, len(doc) - 1)):
        if doc[k].lower_ in PERSONAL_TITLES and doc[k + 1].lower_ in ("of", "for"):
            return True
        if not doc[k].text[:1].isupper() or doc[k].lower_ not in TITLES and doc[k].lower_ not in _OFFICE_QUALIFIERS:
            return False
    return False


def _office_before_holder(toks, lo: int, hi: int) -> bool:
    """Whether capitalised words lo..hi are an office written before its holder's name, a title and "of" or "for"
    opening them ("Commissioner of Police" + "Anthony Bethel"): the person's office, no body."""
    return hi - lo >= 3 and toks[lo].lower_ in TITLES and toks[lo + 1].lower_ in ("of", "for") and hi < len(toks) \
        and toks[hi].ent_type_ == "PERSON" and toks[hi].ent_iob_ == "B"


#: Words before a title that say which government's or what rank of office it is ("Union Minister", "Federal
#: Minister", "Junior Minister"), besides the words of lexicon.TITLES ("State", "Deputy", "Senior").
_OFFICE_QUALIFIERS = frozenset(("union", "federal", "provincial", "junior", "cabinet"))


def _behalf(verb):
    """The "behalf" of "on behalf of …" or "on her behalf" after `verb`, or None."""
    return next((o for p in verb.children if p.lower_ == "on" for o in p.children if o.lower_ == "behalf"), None)


def _read_on_behalf_of(verb, reader):
    """Whom a statement is read for ("X read a statement on behalf of the club", "the family's solicitor, X, read a
    statement on their behalf"): the object of "on behalf of", else, for "on their behalf", the reader's owner; None
    when the verb reads for no one."""
    behalf = _behalf(verb)
    if behalf is None:
        return None
    of = next((o for p in behalf.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    if of is not None:
        return of
    if reader is not None and any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in behalf.children):
        return next((c for c in reader.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _people_or_body(noun: str) -> bool:
    """Whether a noun names people or a body ("spokesman", "staff", "board"), not a thing."""
    one = singular(noun)
    return any(w in PERSON_NOUNS or w in SPOKESPERSON_NOUNS or w in OCCUPATIONS or w in ROLE_WORDS or w in GROUP_NOUNS
               or w in BODY_NOUNS for w in (noun, one))


#: Words before a make of things written before the noun for them ("a CrispAir fryer", "its CrispAir fryers").
_BEFORE_A_MAKE = frozenset(("a", "an", "its", "their", "'s", "\u2019s"))
#: Lower-case nouns written after a body's name that say its kind: "the TWU union", "the Save Ashcombe Meadow group".
KIND_NOUNS = BODY_KIND_NOUNS | {"group"}
#: Initials in brackets after a space, which _TERM_SPELLED ends in (a fast first look: most articles have none).
_TERM_INITIALS = regex.compile(r" \(\p{Lu}{2,6}s?\)")
#: Lower-case words and the initials in brackets after them ("crude palm oil (CPO)").
_TERM_SPELLED = regex.compile(r"\b((?:\p{Ll}[\p{Ll}-]* ){1,5}\p{Ll}[\p{Ll}-]*) \((\p{Lu}{2,6}s?)\)")
#: Nouns for a body that a group may be called by too ("the charity"), unlike "the company" or "the firm".
_NOUNS_FOR_GROUPS = frozenset(("club", "charity"))


#: Verbs by which a body puts out a document it then speaks through, as written ("The authority has upgraded the
#: warning").
_ISSUING_VERBS = frozenset("""issued issues released releases published publishes upgraded upgrades updated updates
extended extends posted posts sent sends downgraded reissued""".split())


#: Initials with a digit, as broadcasters and networks are named ("TG4", "S4C", "E4"): one word of a body's name.
_INITIALS_AND_DIGITS = regex.compile(r"(?=.*\d)\p{Lu}[\p{Lu}\d]{1,4}")


class BodyNames:
    """Naming the bodies an article mentions, and the bodies behind documents and spokespeople."""

    def _collect_spelled_out(self) -> list[tuple[int, Speaker]]:
        """Bodies the article spells out before their acronym ("the Bruhat Bengaluru Mahanagara Palike
        (BBMP)"), tagged or not: the acronym stands for them from then on."""
        doc, bodies = self.doc, []
        for tok in (self.tokens[i + 1] for i in self.columns.tokens_with("orth", ("(",)) if i + 1 < len(doc)):  # "(BBMP)"
            found = spelled_out(doc, tok.i) if self.outside(tok.i) else None
            if found is None:
                continue
            lo, hi = found
            name = canonical_body(doc[lo:hi].text)
            self.acronyms.setdefault(tok.text, name)
            for i in range(lo, hi):
                self.body_at[i] = (lo, hi)
            bodies.append((lo, Speaker(name, ORG)))
            if is_subject(doc[lo:hi].root):
                self.subjects.add(lo)
        return bodies

    def term_initials(self) -> frozenset[str]:
        """Initials the article spells out in lower-case words before them in brackets ("crude palm oil (CPO)",
        "non-performing loans (NPLs)"): a term's, never a body's, found once."""
        if self._terms is None:
            found = set()
            for m in _TERM_SPELLED.finditer(self.text) if _TERM_INITIALS.search(self.text) else ():
                words = [w for w in m.group(1).replace("-", " ").split() if w not in ("of", "and", "the")]
                if any("".join(w[0] for w in words[k:]).upper() == m.group(2).rstrip("s") for k in range(len(words))):
                    found.add(m.group(2))
            self._terms = frozenset(found)
        return self._terms

    def _collect_untagged_bodies(self) -> list[tuple[int, Speaker]]:
        """Bodies the tagger put in no entity ("The Environment Agency has issued warnings"): two or more
        capitalised words outside quotations and title-case lines, joined by "of", "for" or "and" at
        most, that name a body by their own words (body_mentions.names_body)."""
        doc, toks, bodies, after = self.doc, self.tokens, [], 0
        self._capitalised_untagged = self.columns.capitalised_untagged()
        for i in (k for k, maybe in enumerate(self._capitalised_untagged) if maybe):
            if i < after or not self._untagged_word(i) or i in self.body_at:
                continue
            lo = hi = i
            while hi < len(doc) and (self._untagged_word(hi) or (toks[hi].lower_ in LINKS and toks[hi].text.islower()
                                                                 or toks[hi].text in APOSTROPHE_S and hi > lo
                                                                 or hi > lo and joins_words(toks[hi]))
                                     and hi + 1 < len(doc) and self._untagged_word(hi + 1)):
                hi += 1  # (a hyphen between its words: "Kuwait Anti-Corruption Authority")
                if hi + 3 < len(doc) and joins_words(toks[hi]) and toks[hi + 1].is_lower and toks[hi + 1].is_alpha \
                        and joins_words(toks[hi + 2]) and self._untagged_word(hi + 3):
                    hi += 3  # "Cash" + "-in-" + "Transit Association"
            if hi < len(doc) and toks[hi].text[:1].isupper() and toks[hi].lower_.rstrip(".") in COMPANY_SUFFIXES \
                    and not toks[hi].ent_type_ and self.outside(hi):
                hi += 1  # "Northern Prairie Potash" + "Corp.", its full stop no letter
            after = hi
            while lo < hi and toks[lo].lower_ in ARTICLES:
                lo += 1
            lo = after_person_of(toks, lo, hi)  # "Rochelle Vandermolen of" + "Sioux Center"
            if lo > 0 and _ORDINAL.fullmatch(toks[lo - 1].text) and "\n" not in toks[lo - 1].whitespace_:
                lo -= 1  # "4th" + "Armored Brigade": a numbered unit keeps its number
            lo = after_business_noun(doc, lo, hi, self.common_words())  # "Brokerage" + "Mehta Iyer Securities"
            lo -= possessor_of_place(toks, lo)  # "Hawke's" + "Bay Regional Council"
            if hi - lo < 2 or not (self._body_by_words(lo, hi) or described_with_which(toks, lo, hi)) or self._in_headline(lo) \
                    or any(k in self.body_at for k in range(lo, hi)) or names_office(doc, lo) \
                    or _office_before_holder(toks, lo, hi):
                continue
            start = name_start(doc, lo, hi, self.common_words())
            while start < lo and start > 0 and toks[start].ent_iob_ == "I" and toks[start].ent_type_ in ("NORP", "GPE"):
                start -= 1  # "South" of "South African" + "Weather Service": the people's or place's name whole
            if start == lo > 0 and toks[lo - 1].lower_ in COMPASS_WORDS and toks[lo - 1].text[:1].isupper() \
                    and toks[lo - 1].ent_type_ == "ORG" and toks[lo - 1].ent_iob_ == "I" \
                    and is_place_or_people(toks[lo].text):
                start -= 1  # "South" + "African Weather Service", the tagger's entity ending on the compass word
            if start < lo:  # "St Kenna" of "St Kenna Parish Council": no person
                self.history = [(pos, sp) for pos, sp in self.history if not start <= pos < lo]
                lo = start
            for k in range(lo, hi):
                self.body_at[k] = (lo, hi)
            self.named_bodies.add(canonical_body(self.columns.span_text(lo, hi)))  # (its words show it: "Kafubu" of it later)
            bodies.append((lo, Speaker(self.body_name(lo, hi), ORG)))
            if is_subject(doc[lo:hi].root):
                self.subjects.add(lo)
        return bodies + self._named_by_kind() + self._one_word_bodies() + self._bodies_by_description() \
            + self._spelled_out_again()

    def _spelled_out_again(self) -> list[tuple[int, Speaker]]:
        """An acronym the article spelled out in brackets, used again where the tagger made nothing of it ("LoWSB
        said"): the body it stands for."""
        doc = self.doc
        return [self._body_of_one_word(i, self.acronyms[doc[i].text])
                for i in self.columns.tokens_with("orth", tuple(self.acronyms))
                if i not in self.body_at and self.outside(i) and doc[i - 1].text != "("]

    def _body_of_one_word(self, i: int, name: str) -> tuple[int, Speaker]:
        """The body `name` that the word at token `i` names, in place of whatever the tagger made of the word."""
        self.history = [(pos, sp) for pos, sp in self.history if pos != i]
        self.body_at[i] = (i, i + 1)
        if is_subject(self.doc[i]):
            self.subjects.add(i)
        return i, Speaker(name, ORG)

    def short_names_of_bodies(self, bodies: list[tuple[int, Speaker]]) -> list[tuple[int, Speaker]]:
        """A body named again by the first word of its name alone as a subject, which the tagger put in no entity
        ("Nordkyst Energi has shut …" ¶ "Nordkyst rejected that. “…,” it said"): that body, where one body met before
        starts so and the article writes the word in lower case nowhere."""
        doc, found = self.doc, []
        firsts: dict[str, set[str]] = {}
        first_met: dict[str, int] = {}
        for pos, sp in sorted(bodies, key=lambda b: b[0]):
            first_met.setdefault(sp.name, pos)
            if sp.name and len(sp.name.split()) >= 2:
                firsts.setdefault(sp.name.split()[0], set()).add(sp.name)
        for i in self.columns.tokens_with("orth", tuple(firsts)):
            tok = doc[i]
            names = firsts[tok.text]
            if len(names) != 1 or i in self.body_at or tok.ent_type_ and not self._lone_word_taken_for_person_or_place(tok) \
                    or not self.outside(i) or not tok.is_alpha \
                    or tok.lower_ in self.common_words() or tok.dep_ not in ("nsubj", "nsubjpass") \
                    or i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                continue  # (not a word of a longer name: "Nordkyst Offshore")
            name = next(iter(names))
            if first_met[name] >= i:
                continue
            self.body_at[i] = (i, i + 1)
            found.append((i, Speaker(name, ORG)))
            self.subjects.add(i)
        return found

    def _lone_word_taken_for_person_or_place(self, tok) -> bool:
        """Whether the tagger took a word alone for a person that begins no person's name of two words or more
        ("Clonkeen thanked …" after "Clonkeen Emmets"), or for a place no list knows ("Portdunnan later confirmed …"
        after "Portdunnan Celtic")."""
        alone = tok.ent_iob_ == "B" and not (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].ent_iob_ == "I")
        if not alone:
            return False
        if tok.ent_type_ == "PERSON":
            return not any(len(name.split()) >= 2 for name, _ in self.names_with_word(tok.text))
        return tok.ent_type_ == "GPE" and tok.text not in places()

    def _one_word_bodies(self) -> list[tuple[int, Speaker]]:
        """Bodies known by one capitalised word of data/one_word_bodies.tsv ("Ofwat said it had opened an
        investigation") or by initials written in mixed case ("TfL said"), whatever the tagger made of it."""
        doc = self.doc
        mixed = [i for i in self.columns.tokens_with("pos", ("PROPN", "NOUN")) if is_mixed_acronym(doc[i].text)]
        return [self._body_of_one_word(i, doc[i].text)
                for i in sorted(set(self.columns.tokens_with("lower", ONE_WORD_BODIES)) | set(mixed))
                if i not in self.body_at and doc[i].text[:1].isupper() and self.outside(i)]

    def _bodies_by_description(self) -> list[tuple[int, Speaker]]:
        """Names of one word that the article shows to be a body's, whatever the tagger made of them: set beside a
        noun for a business ("Ukrenergo, the national grid operator, said", "hydrocarbons company Sonatrach"), or,
        where the tagger typed no person, beside any body's noun or followed by "which" ("Moldovagaz, which operates
        the network, said"); every mention of the word outside quotations is then that body."""
        doc, described = self.doc, set()
        for i in self.columns.tokens_with("pos", ("PROPN",)):
            tok = doc[i]
            if not self.outside(i) or not (tok.is_alpha or _INITIALS_AND_DIGITS.fullmatch(tok.text)) \
                    or not tok.text[:1].isupper() \
                    or tok.ent_type_ in _PLACE_ENTS or tok.ent_iob_ == "I" or i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
                continue
            kind = any(c.dep_ == "appos" and c.text.islower() and doc[c.left_edge.i - 1].text == ","
                       and (c.lower_ in GENERIC_BODY_NOUNS or c.lower_ in KIND_OF_BODY and tok.ent_type_ != "PERSON")
                       and any(d.dep_ in ("det", "poss") for d in c.lefts) for c in tok.rights)  # (a business's noun
            # outweighs the tagger's person; not a dateline's "(Reuters) - New Zealand's second-largest dairy exporter, …")
            if tok.ent_type_ == "PERSON" and not kind and not _INITIALS_AND_DIGITS.fullmatch(tok.text):
                continue  # (no one's name holds a digit: "TG4", which the tagger may call a person)
            which = which_clause(tok) and not (i > 0 and doc[i - 1].head.i == i and doc[i - 1].text[:1].isupper())
            # (not "Wool" of "British Wool, which …": the last word of a longer name)
            after_kind = tok.dep_ in ("appos", "compound") and tok.head.i == i - 1 and tok.head.lower_ in GENERIC_BODY_NOUNS \
                and tok.head.text.islower()  # "National hydrocarbons company Sonatrach on Tuesday signed …"
            if kind or which or after_kind:
                described.add(tok.text)
        self.bodies_by_description = described
        return [self._body_of_one_word(i, doc[i].text) for i in self.columns.tokens_with("orth", tuple(described))
                if i not in self.body_at and self.outside(i) and doc[i].ent_iob_ != "I"]

    def _named_by_kind(self) -> list[tuple[int, Speaker]]:
        """Bodies the tagger put in no body's entity, named just before a lower-case noun that says their kind: an
        acronym ("The TWU union called …") or two or more capitalised words after "the" ("the Keep Harlow Green
        group"): the words name the body, and "the union" or "the group" later means it (see _body_nouns)."""
        doc, bodies = self.doc, []
        for i in self.columns.tokens_with("lower", tuple(KIND_NOUNS)):
            lo = self._name_before_kind(i) if doc[i].text.islower() else None
            if lo is None:
                continue
            self.history = [(pos, sp) for pos, sp in self.history if not lo <= pos < i]
            for k in range(lo, i):
                self.body_at[k] = (lo, i)
            bodies.append((lo, Speaker(self.body_name(lo, i), ORG)))
            if is_subject(doc[i]):
                self.subjects.add(lo)
        return bodies

    def _name_before_kind(self, i: int) -> int | None:
        """Where the name of a body the tagger did not find starts before its kind noun at token `i`: an acronym
        in no entity ("TWU"), or capitalised words after "the", one at least in no entity and none a person's or a
        title ("Keep Harlow Green"; not "the New York group", "the Tory group"); None where there is none."""
        toks, k = self.tokens, i - 1
        if k < 0 or k in self.body_at or not self.outside(k):
            return None
        if is_acronym(toks[k].text):
            return k if toks[k].ent_type_ == "" else None
        lo = k
        while lo > 0 and toks[lo - 1].is_alpha and toks[lo - 1].text[:1].isupper() and lo - 1 not in self.body_at:
            lo -= 1
        words = toks[lo:i]
        if lo == 0 or toks[lo - 1].lower_ != "the" or len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper()
                                                                           for t in words):
            return None
        if all(t.ent_type_ for t in words) or any(t.ent_type_ == "PERSON" or t.lower_ in TITLES for t in words):
            return None
        return lo

    def common_words(self) -> frozenset[str]:
        """The words the article writes in lower case (outside names): no capitalised one of them starts a body's name."""
        if self._common is None:
            self._common = self.columns.lower_case_words()
        return self._common

    def _untagged_word(self, i: int) -> bool:
        return self._capitalised_untagged[i] and self.outside(i)

    def body_name(self, lo: int, hi: int, earlier: list[tuple[int, Speaker]] = ()) -> str:
        """The canonical name of the body named by doc[lo:hi]; an acronym joins the name the article spells
        out for it, or else the body met earlier whose initials it spells ("the ACCC"); the first word(s) of
        a body's name met earlier join that name ("Halvorsen" after "Halvorsen Foods", "Prairie Federal" after
        "Prairie Federal Bank")."""
        short = canonical_body(self.columns.span_text(lo, hi))
        if short.isupper() and " " in short and not is_acronym(short.replace(" ", "")):
            short = self._written_in_case(short)  # a kicker's "PORTLEVAN THISTLE": "Portlevan Thistle"
        cut = hi < len(self.doc) and self.tokens[hi].text[:1].isupper()  # "Republican" of "Republican Jewish Coalition"
        if " " in short and not cut:
            after_the = self.tokens[lo].lower_ == "the" or lo > 0 and self.tokens[lo - 1].lower_ == "the"
            return self._named_with_its_kind(short, lo, earlier) \
                or (self._body_it_ends(short, lo, earlier) if after_the else None) or self._body_it_begins(short, lo) or short
            # ("the Chamber of Mines" after "The Ghana Chamber of Mines": its name without the place)
        if " " in short or cut and not is_acronym(short):
            return short
        return self._fuller_body(short, lo, earlier) or short

    def _named_with_its_kind(self, short: str, at: int, earlier: list[tuple[int, Speaker]] = ()) -> str | None:
        """The one body met before token `at` whose name is `short` of several words and the word that ends bodies'
        names after it ("Midland Plains" after "Midland Plains Bank": the bank by its whole name), or None."""
        fuller = {name for name in self._bodies_it_begins(short, at, earlier)
                  if (rest := name[len(short) + 1:]).istitle() and (rest.lower() in body_end_words()
                                                                    or rest.lower().rstrip(".") in COMPANY_SUFFIXES
                                                                    and short.split()[0] not in GIVEN_NAME_GENDER)}
        return fuller.pop() if len(fuller) == 1 else None

    def _bodies_met(self, at: int, earlier: list[tuple[int, Speaker]] = ()) -> list[str]:
        """The names of the bodies met before token `at` (and in `earlier`, met since), newest first."""
        return [sp.name for _, sp in [*reversed(earlier), *self._recent(at)] if sp.kind == ORG and sp.name]

    def _bodies_it_begins(self, short: str, at: int, earlier: list[tuple[int, Speaker]] = (),
                          by_ending: bool = False) -> list[str]:
        """The names of bodies met before token `at`, newest first, that begin with the word(s) `short` and that the
        article shows to be bodies' ("Halvorsen Foods" for "Halvorsen"), or (`by_ending`) whose words after `short`
        end as bodies' names do (_ends_as_a_body)."""
        return [name for name in self._bodies_met(at, earlier) if name.startswith(short + " ")
                and (_ends_as_a_body(name[len(short):].split()) if by_ending else name in self.named_bodies)]

    def _body_begun(self, short: str, at: int) -> str | None:
        """The one body met before token `at` whose name begins with the word(s) `short` and goes on in capitalised
        words to a word that ends bodies' names ("Betsi Cadwaladr University Health Board" of "Betsi Cadwaladr",
        "Sentosa Palm Holdings Bhd" of "Sentosa Palm", "MTR Corporation" of "MTR"; not "Garda Community Alert", a
        scheme, of "Garda"), or None."""
        return _the_one(set(self._bodies_it_begins(short, at, by_ending=True)))

    def _written_in_case(self, name: str) -> str:
        """A body's name written in capitals as the article writes it elsewhere in mixed case, if it does."""
        pattern = regex.compile(r"\b" + r"\s+".join(map(regex.escape, name.split())) + r"\b", regex.IGNORECASE)
        return next((m.group() for m in pattern.finditer(self.text) if not m.group().isupper()), name)

    def _fuller_body(self, short: str, at: int, earlier: list[tuple[int, Speaker]] = ()) -> str | None:
        """The full name of a body named by one word: the name an acronym is spelled out as, or stands
        for by its initials (met earlier, else the one body the article names anywhere with those initials);
        the name of a body met earlier that the word begins, where the article shows that name to be a
        body's ("Halvorsen" after "food maker Halvorsen Foods", not "Trump" after "Trump Victory"); initials after
        "the" that end the name of the one body met earlier ("the OPP" after "Northumberland OPP"); after
        "the", or a body's noun capitalised only as it opens the sentence, the one body met earlier whose name it ends
        ("the Times"; "Council leader X" after "Glenmorran Council")."""
        if short in self.acronyms:
            return self.acronyms[short]
        if is_mixed_acronym(short):  # "TfL" of "Transport for London"
            return self._words_of_initials(short)
        acronym = is_acronym(short)
        found = [name for name in self._bodies_met(at, earlier) if " " in name and initials(name) == short] if acronym \
            else self._bodies_it_begins(short, at, earlier)
        if found:
            return found[0]
        if acronym and "the" in (self.doc[at].lower_, self.doc[at - 1].lower_ if at > 0 else "") \
                and (ending := self._body_it_ends(short, at, earlier)):
            return ending  # "the OPP said" after "Northumberland OPP said": the detachment the story named
        if acronym:  # a headline's "IOM warns …" before "The International Organization for Migration warned",
            # else "HC quashes …" before "The Bombay High Court": the name whose last words it spells
            named = {sp.name: sp.kind for _, sp in self.history if sp.name and " " in sp.name}
            role = short.lower() in ROLE_WORDS or short.lower() in OFFICE_INITIALS  # "MP", "CFO": a role's, no one's
            options = ({n for n, kind in named.items() if initials(n) == short and not (role and kind == PERSON)},
                       # (a transcript's "DM:" of Declan Moriarty, but not "the MP said" of Marlon Pusey, named after)
                       {n for n, kind in named.items() if kind == ORG and initials(n).endswith(short)})
            for later in options:
                if len(later) == 1:
                    return later.pop()
            if not any(options) and not any(initials(n).endswith(short) for n in self._bodies_met(at, earlier)) \
                    and len(runs := self._runs_spelling(short)) == 1:
                return runs.pop()  # (a name the tagger took for a place's: "New Zealand Rugby")
        if not acronym and self._on_heading_line(at):  # a live post's "Bureau warns of …" over "The Bureau of
            begun = {sp.name for _, sp in self.history if sp.kind == ORG and sp.name and sp.name.startswith(short + " ")}
            if len(begun) == 1:  # Meteorology says …": the one body the article names so
                return begun.pop()
        opening_noun = self.doc[at].is_sent_start and short.lower() in BODY_NOUNS  # "Council leader X" after "Glenmorran Council"
        if acronym or at == 0 or self.doc[at - 1].lower_ != "the" and not opening_noun:
            return None
        return self._body_it_ends(short, at, earlier) or (self._body_holding(short, at, earlier) if opening_noun else None) \
            or (self._body_it_begins(short, at) if short.lower() in BODY_NOUNS else None) \
            or self._body_headed_by_word(short, at, earlier)
        # ("the Times" after "The New York Times", if one; "Police said" after "the Kathmandu Valley Police Office"; "the
        # Department" after "the Department of Agriculture, Food and the Marine")

    def _released_by_a_body(self, tok) -> bool:
        """Whether the release "the release" at token `tok` means is a body's that said so: the release the article
        named last is in a sentence whose subject, a body, reports ("In a news release, the RCMP said …"); not one
        someone else put out ("The victim's family issued a news release")."""
        earlier = [i for i in self.columns.tokens_with("lower", (tok.lower_,)) if i < tok.i and self.outside(i)]
        return bool(earlier) and _said_by_a_body(self.tokens[earlier[-1]].sent, self.body_at)

    def _body_headed_by_word(self, word: str, at: int, earlier: list[tuple[int, Speaker]] = ()) -> str | None:
        """The one body met before token `at` whose name's head before "of" is the capitalised `word` ("the Chamber"
        after "The Gibraltar Chamber of Commerce"), or None."""
        return _the_one({name for name in self._bodies_met(at, earlier)
                         if " of " in name and name.split(" of ")[0].split()[-1] == word})

    def _body_holding(self, noun: str, at: int, earlier: list[tuple[int, Speaker]] = ()) -> str | None:
        """The one body met before token `at` with the body's noun `noun` among the words of its name, which ends
        (before any "of") in a word for a service's unit ("WA Police Force", "Kathmandu Valley Police Office", "Police
        Service of Northern Ireland" for "Police"; not the "National Police Service Commission"), or None."""
        return _the_one({name for name in self._bodies_met(at, earlier) if noun.lower() in name.lower().split()[:-1]
                         and name.split(" of ")[0].split()[-1].lower() in _UNIT_WORDS})

    def _runs_spelling(self, short: str) -> set[str]:
        """The runs of capitalised words the article writes whose initials spell the acronym `short` of three letters
        or more, word for word ("New Zealand Rugby" for "NZR", which the tagger took for a place), links between
        them ("of", "and") aside; the names are the runs' words."""
        if len(short) < 3:
            return set()
        found = set()
        for run in _CAPITALISED_RUN.finditer(self.text):
            words = run.group().split()
            for i in range(len(words)):
                if words[i].lower() in _RUN_LINKS or words[i][0] != short[0]:
                    continue
                ends = [j for j in range(i, len(words)) if words[j].lower() not in _RUN_LINKS][:len(short)]
                last = words[ends[-1]].lower()
                if "".join(words[j][0] for j in ends) == short and last not in ROLE_WORDS | TITLES | OCCUPATIONS:
                    found.add(regex.sub(r"[’']s$", "", " ".join(words[i:ends[-1] + 1])))  # (not its "’s": "the Ghana
                    # Football Association’s Referees Committee" for "a GFA spokesperson")
        return found

    def _on_heading_line(self, at: int) -> bool:
        """Whether token `at` stands in a line that reads as a heading (layout.heading_line)."""
        para, lo, hi = self.paragraph_of[at], at, at
        while lo > 0 and self.paragraph_of[lo - 1] == para:
            lo -= 1
        while hi < len(self.tokens) and self.paragraph_of[hi] == para:
            hi += 1
        return heading_line(self.columns.span_text(lo, hi))

    def _body_it_ends(self, short: str, at: int, earlier: list[tuple[int, Speaker]] = ()) -> str | None:
        """The one body met before token `at` whose name of several words ends with the word(s) `short` ("the
        Times" after "The New York Times", "A Commission spokesperson" after "The European Commission"), or None."""
        return _the_one({name for name in self._bodies_met(at, earlier) if name.endswith(" " + short)})

    def _body_it_begins(self, short: str, at: int) -> str | None:
        """The one body named before token `at` (or anywhere, for a headline) whose name is `short` (two words or more)
        and the place or field "of" which it is ("the Central Bank" after "the Central Bank of Azerbaijan", a headline's
        "National Bank" of "the National Bank of Kazakhstan"), or None."""
        headline = self.paragraph_of[at] == 0
        return _the_one({sp.name for pos, sp in self.history if sp.kind == ORG and sp.name
                         and sp.name.startswith(short + " of ") and (pos < at or headline)})

    def _names_body(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] names a body: by its own words, as a body the article names elsewhere
        with words that show it ("food maker Arnesen Seafoods") or, below the headline, with its company suffix, or as an
        acronym it spelled out in brackets."""
        written = self.columns.span_text(lo, hi)
        return self._body_by_words(lo, hi) or canonical_body(written) in self.named_bodies or written in self.acronyms \
            or is_mixed_acronym(written) and self._words_of_initials(written) is not None \
            or self.paragraph_of[lo] > 0 and self.registered_name(written) is not None  # (a headline's words run on)

    def registered_name(self, written: str) -> str | None:
        """The one name of a body the article writes as `written` (two words or more) and a company suffix ("Atlantic
        Salmon West Ltd" of "Atlantic Salmon West"; not a person's name: "Mark Pascoe" of "Mark Pascoe Ltd"), or None."""
        if " " not in written or written.split()[0] in GIVEN_NAME_GENDER:
            return None  # (Mark Pascoe, not his firm "Mark Pascoe Ltd")
        return _the_one({name for name in self.named_bodies if name.startswith(written + " ")
                         and name[len(written) + 1:].lower().rstrip(".") in COMPANY_SUFFIXES})

    def _words_of_initials(self, acronym: str) -> str | None:
        """The one name the article writes whose words' first letters are a mixed-case acronym ("Transport for London"
        of "TfL", "Department for Education" of "DfE"), capitals for capitalised words; None if none or several."""
        pattern = regex.compile(r"\b" + r"\s+".join(rf"{c}\p{{Ll}}+" if c.isupper() else rf"{c}\p{{Ll}}*"
                                                     for c in acronym) + r"\b")
        found = {m.group() for m in pattern.finditer(self.text)}
        return found.pop() if len(found) == 1 else None

    def _body_by_words(self, lo: int, hi: int) -> bool:
        """body_mentions.names_body of doc[lo:hi], worked out once per range (the collectors ask again)."""
        if (lo, hi) not in self._by_words:
            self._by_words[lo, hi] = names_body(self.tokens, lo, hi)
        return self._by_words[lo, hi]

    def _dateline(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] is a dateline's place in capitals ("NAPIER –", "BENGALURU:"), not a body, or holds one
        with the words after its dash that the tagger took in ("FORT CARSON - The")."""
        doc = self.doc
        starts = lo == 0 or self.paragraph_of[lo - 1] != self.paragraph_of[lo]
        place = lo
        while place < hi and doc[place].is_alpha and doc[place].text.isupper():
            place += 1
        return starts and (self.columns.span_text(lo, hi).isupper() and hi < len(doc) and doc[hi].text in _DATELINE_ENDS
                           or lo < place < hi and doc[place].text in _DATELINE_ENDS - {"(", ","})

    def _dateline_agency(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] is the agency in brackets of a dateline opening a paragraph ("TOKYO (Reuters) -",
        "LAGOS, Nigeria, May 2 (Pacific Wire) —"): a place in capitals first, a dash after the closing bracket."""
        doc = self.doc
        if not (0 < lo and doc[lo - 1].text == "(" and hi + 1 < len(doc) and doc[hi].text == ")"):
            return False
        para_start = next((i for i in range(lo, -1, -1) if i == 0 or self.paragraph_of[i - 1] != self.paragraph_of[i]), lo)
        while para_start < lo and doc[para_start].is_space:
            para_start += 1
        first = doc[para_start]
        return 0 < lo - para_start <= 10 and doc[hi + 1].text in ("-", "\u2013", "\u2014", "--") and first.text.isupper() \
            and first.is_alpha and len(first.text) > 2

    def _common_noun(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi], which the tagger took for a body, is a common noun: ending in a lower-case word
        ("Non-league club folds …"), or one word opening a sentence that the article writes in lower case
        elsewhere ("Striker collapses at …" beside "the striker"), unless a body's own word ("Police said")."""
        doc, last = self.doc, self.doc[hi - 1]
        if last.is_alpha and last.text.islower() and last.lower_ not in LINKS and last.lower_ not in COMPANY_SUFFIXES:
            return True  # (not "Scottish Ferries and", whose name runs on: body_extent; nor "Sliema Hotels Group plc")
        return hi - lo == 1 and doc[lo].is_sent_start and doc[lo].lower_ in self.common_words() \
            and doc[lo].lower_ not in body_end_words() and doc[lo].lower_ not in BODY_NOUNS

    def _in_longer_body(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] is only the start of a body's name, cut before "of", "for", "and" or "’s" ("Royal
        College" of "Royal College of Nursing", "Queensland Nurses" of "Queensland Nurses and Midwives' Union",
        "Press Wire" of "the Press Wire of India", "St Ninian" of "St Ninian’s Hospice": a saint or founder the body
        is named after, no one in the story; not a plural's "Traders'")."""
        extent = self.body_at.get(lo)
        return extent is not None and extent[0] <= lo and hi < extent[1] \
            and (self.doc[hi].lower_ in ("of", "for", "and") or self.doc[hi].text in APOSTROPHE_S)

    def _place_ending_body(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] is a place that ends a body's longer name ("South Africa" of "Minerals Council South
        Africa", "New Zealand" of "Fire and Emergency New Zealand"): the body's words, no one's name."""
        extent = self.body_at.get(lo)
        return extent is not None and extent[0] < lo and hi == extent[1] \
            and self.columns.span_text(lo, hi) in places()

    def _named_body(self, tok, lo: int, hi: int) -> Speaker | None:
        """A mention whose head stands in the body name doc[lo:hi]: the body by its whole name, or its
        spokesperson or official ("A Department for Business and Trade spokesperson"); None when the
        name is a person's after all (a surname the tagger took for a body)."""
        doc = self.doc
        after = doc[hi].lower_ if hi < len(doc) else ""
        if after in SPOKESPERSON_NOUNS or after in STAFF_NOUNS:
            noun = after if after in STAFF_NOUNS else "spokesperson"
            return Speaker(f"{self.body_name(lo, hi)} {noun}", PERSON, None, None, "name")
        if self._names_body(lo, hi) or not self._is_person(tok, lo, hi):
            return Speaker(self.body_name(lo, hi), ORG, None, None, "name")
        return None

    def _spokesperson(self, tok, lo: int, hi: int, noun: str = "spokesperson") -> Speaker:
        """"A Department for Transport spokesperson", "a spokesperson for the hospital", "the
        spokesperson": the role with its body as the name ("Department for Transport spokesperson");
        the same for a body's unnamed official ("BBMP official")."""
        doc = self.doc
        named = [t for t in doc[lo:tok.i] if t.text[:1].isupper() and t.lower_ not in ARTICLES
                 and t.lower_ not in NUMBER_WORDS and t.pos_ not in ("PRON", "DET")]  # not "His", "Another"
        title = next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in TITLES), None)
        if named and title is not None and (found := self.resolve(title.left_edge.i, title.i + 1, title.i)).kind == PERSON \
                and found.name and found.resolved != "unresolved":
            return Speaker(f"{found.name} {noun}", PERSON, None, None, "nominal")  # "the Prime Minister's official
            # spokesman": the spokesperson of the prime minister the article named
        if named:
            body = self.body_name(named[0].i, tok.i)  # "an FSA spokesperson": the body the acronym stands for
            if " " not in body and body in self.acronyms:  # "A Defra spokesperson" after "Department for
                body = self.acronyms[body]  # Environment, Food and Rural Affairs (Defra)": the name it spells out
            elif body in BODY_SHORT_FORMS:
                body = BODY_SHORT_FORMS[body]  # "A Garda spokesperson": An Garda Síochána's
            else:
                body = self._whole_body(body, lo)
            return Speaker(f"{body} {noun}", PERSON, None, None, "name")
        for prep in preps_after(tok):
            if prep.lower_ in ("for", "at", "of", "from", "with") and prep.children:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is None:
                    continue
                if obj.text[:1].isupper():
                    end = obj.i + 1  # "the Office for Product Safety and Standards": the links and words after it
                    while end + 1 < len(doc) and doc[end].text in GAELIC_ARTICLES and doc[end + 1].ent_iob_ == "I":
                        end += 2  # "Údarás" + "na Gaeltachta", which the recognizer found as one body's name
                    while end + 1 <= obj.right_edge.i and doc[end].lower_ in LINKS:
                        word = end + 1 + (doc[end].lower_ == "of" and doc[end + 1].lower_ == "the"
                                          and end + 2 <= obj.right_edge.i)  # "the Office of the Rent Commissioner"
                        if not doc[word].text[:1].isupper():
                            break
                        end = word + 1
                        while end <= obj.right_edge.i and doc[end].text[:1].isupper():
                            end += 1
                    end = portfolio_end(doc, obj.left_edge.i, end)  # "…, Communities and Local Government"
                    if obj.ent_type_ == "PERSON" and (held := self._name_in(obj.left_edge.i, end)):
                        return Speaker(f"{self.full_name(held)[0]} {noun}", PERSON, None, None, "name")
                        # "for Agriculture Minister Tom Ravell": his spokesperson by his name, the office left out
                    body = self.body_name(obj.left_edge.i, end)
                    if " " in body or is_acronym(body):
                        body = self._body_begun(body, lo) or body  # "for Indus Crescent": Indus Crescent Cement Ltd's;
                        # "for the MTR": the MTR Corporation's
                    else:
                        body = self._whole_body(body, lo)  # "for Jessa", "for the Commission"
                    title, _, surname = body.partition(" ")
                    if title.lower() in PERSONAL_TITLES and " " not in surname:  # "for Ms Carmody": Danielle Carmody's
                        body = self._person_by_part(surname, lo) or body  # (a name the tagger took for a body's)
                    return Speaker(f"{body} {noun}", PERSON, None, None, "name")
                if (named := self._body_beside(obj)) is not None:  # "for one of the retailers, Marlow & Finch,"
                    return Speaker(f"{named} {noun}", PERSON, None, None, "name")
                body = self._nominal(obj, obj.left_edge.i, obj.i + 1)
                if body.resolved == "nominal" and (body.kind == ORG or body.kind == PERSON and obj.lower_ != noun):
                    # (a person's too: "a spokesperson for the singer" speaks for the singer the article named)
                    return Speaker(f"{body.name} {noun}", PERSON, None, None, "nominal")
                if obj.lower_ in BODY_NOUNS and obj.lower_ not in SPOKESPERSON_NOUNS:  # "An official at the presidential
                    # office": a body the article never named keeps its words ("presidential office official")
                    return Speaker(f"{self.body_name(obj.left_edge.i, obj.i + 1)} {noun}", PERSON, None, None, "nominal")
        owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.text.islower() and c.pos_ == "NOUN"), None)
        if owner is not None and (found := self.resolve(owner.left_edge.i, owner.i + 1, owner.i)).name \
                and found.resolved != "unresolved":
            return Speaker(f"{found.name} {noun}", PERSON, None, None, "nominal")  # "the prime minister's spokesperson"
        if (found := self.named_owner(tok)) is not None:
            return Speaker(f"{found.name} {noun}", PERSON, None, None, "nominal")  # "her official spokesperson"
        kind = next((c for c in tok.lefts if c.dep_ == "compound" and c.text.islower() and c.lower_ in KIND_OF_BODY), None)
        if kind is not None:  # "a government spokesman", "a club spokesperson": the one the article names, else the noun's own
            body = self._body_of_kind(kind.lower_, lo)
            if body == kind.lower_:  # none named: the noun with its own lower-case words ("a finance ministry official")
                body = " ".join(t.text for t in doc[kind.left_edge.i:kind.i + 1] if t.text.islower() and t.is_alpha
                                and t.lower_ not in ARTICLES)
            return Speaker(f"{body} {noun}", PERSON, None, None, "nominal")
        if doc[lo].lower_ == "the" and noun != OFFICIAL and (earlier := self._earlier_spokesperson(lo)) is not None:
            return earlier
        if (spoke := self._body_acting_in_paragraph(lo) or self._body_that_just_spoke(lo)) is not None:
            # ("Transport for Wales suspended services … “…,” a spokesperson said.": the body its paragraph is about;
            # "A Department of … spokesperson said an Australian Defence Force plane had landed": the department)
            return Speaker(f"{spoke.name} {noun}", PERSON, None, None, "nominal")
        if (kind := self._kind_that_just_spoke(lo)) is not None:
            return Speaker(f"{self._body_of_kind(kind, lo)} {noun}", PERSON, None, None, "nominal")
        for _, sp in self._recent(lo):
            if sp.kind == ORG and sp.name:
                return Speaker(f"{sp.name} {noun}", PERSON, None, None, "nominal")
        return Speaker(doc[lo:hi].text, PERSON, None, None, "unresolved")

    def _whole_body(self, body: str, at: int) -> str:
        """The body a spokesperson's words name before token `at`, by its whole name: "Jessa" of "Jessa's
        spokesperson" Jessa Morrow's (a person by one part of the name); "the Commission" the European Commission and
        "Halvorsen" Halvorsen Foods Ltd (a body the article names in full); "Waka Kotahi" the NZ Transport Agency Waka
        Kotahi; a place as written ("for Wales", not Transport for Wales); else as written."""
        if " " not in body and (person := self._person_by_part(body, at)) is not None:
            return person
        if is_place_or_people(body) or body in places():
            return body  # ("a spokesman for Ukraine" is no spokesman of the National Bank of Ukraine)
        return self._body_it_ends(body, at) or self._body_begun(body, at) or body

    def _body_acting_in_paragraph(self, at: int) -> Speaker | None:
        """The body named last before token `at` in its paragraph as the subject of a sentence's main verb
        ("Transport for Wales suspended services …"; not of a clause it reports: "… said the Scottish Government had
        invested"), when that verb's object names no other body ("Ofwat fined Thames Water …": either may speak);
        else None."""
        for pos, sp in self._recent(at):
            if self.paragraph_of[pos] != self.paragraph_of[at]:
                return None
            root = self.body_root(pos)
            if sp.kind == ORG and sp.name and sp.resolved == "name" and root.dep_ in ("nsubj", "nsubjpass") \
                    and is_main_subject(root):
                objects = [c.i for c in root.head.children if c.dep_ in ("dobj", "dative")]
                if any(other.kind == ORG and any(lo <= i < hi for i in objects)
                       for p, other in self._recent(at) for lo, hi in [self.body_at.get(p, (p, p + 1))]):
                    return None
                return Speaker(sp.name, ORG, sp.role, None, "nominal")
        return None

    def _kind_that_just_spoke(self, at: int) -> str | None:
        """The noun for a kind of body that is the subject of a reporting verb in the sentence of token `at` or the one
        before it, in its paragraph ("Police said the driver was helping. “…,” a spokesperson added."), in lower case;
        None if there is none."""
        sentence = self.doc[at].sent.start
        start = self.doc[sentence - 1].sent.start if sentence > 0 else sentence
        for tok in reversed(self.doc[start:at]):
            if tok.dep_ == "nsubj" and tok.lower_ in KIND_OF_BODY and tok.i not in self.body_at and tok.is_alpha \
                    and REPORTING_FORMS.get(tok.head.lower_) and self.paragraph_of[tok.i] == self.paragraph_of[at] \
                    and self.outside(tok.i):
                return tok.lower_
        return None

    def _person_by_part(self, word: str, at: int) -> str | None:
        """The full name of the person the article named before token `at` whose given name or surname is
        `word` alone ("Jessa" of "a representative for Jessa", after "Jessa Morrow"); None for no one."""
        full, linked = self.full_name(word, at=at)
        return full if linked and full != word else None

    def _body_beside(self, obj) -> str | None:
        """The body named in apposition to a noun a spokesperson speaks for ("the broadcaster, Solent TV,",
        "one of the supermarkets, Fairway Stores,"): the name just after the noun (or after the noun its "of"
        leads to) and a comma."""
        noun = obj
        while (of := next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None \
                and (inner := next((c for c in of.children if c.dep_ == "pobj"), None)) is not None:
            noun = inner
        at = noun.i + 2
        if at < len(self.doc) and self.doc[noun.i + 1].text == "," and self.body_at.get(at, (None,))[0] == at:
            return self.body_name(*self.body_at[at])
        return None

    def _body_of_kind(self, noun: str, at: int) -> str:
        """The body a kind of body stands for before token `at` ("government" in "a government spokesman"):
        the latest named body whose name holds the noun, one plainly of that kind first ("Glenmorran Council",
        not "Kilbarchan Community Council"), else the place written before the noun nearest before token `at`,
        else after it ("the Macau government", "Macau's government"), else the city-state of the dateline
        ("HONG KONG -"), else the business the story is about ("company"), else the noun itself."""
        if (headed := self._body_headed_by(noun, at)) is not None:  # "a university spokesperson": the University of
            return headed  # Northbridge, not the University and College Union
        if (plain := self.plain_body_of_kind(noun, at)) is not None:  # not "Kilbarchan Community Council"
            return plain
        for _, sp in self._recent(at):  # (or one the noun stands for: "a force spokesperson" of Dorset Police)
            if sp.kind == ORG and sp.name and {noun, *BODY_NOMINALS.get(noun, ())} & set(sp.name.lower().split()):
                return sp.name
        for i in [*range(at - 1, 0, -1), *range(at, len(self.tokens))]:  # nearest before, else after
            tok = self.tokens[i]
            if tok.lower_ == noun and tok.text.islower() and self.outside(i):
                hi = i - 1 if self.tokens[i - 1].tag_ == "POS" else i  # "Hong Kong's government"
                lo = hi
                while lo > 0 and self.tokens[lo - 1].ent_type_ in ("GPE", "NORP") and self.tokens[lo - 1].text[:1].isupper():
                    lo -= 1
                if lo < hi:  # (a country by its adjective: "Kenya's government" is the Kenyan government; a city's
                    # is its own: "Taipei's government")
                    return f"{_country_adjective(self.doc[lo:hi].text)} {noun}"
        if noun == "government" and (state := self._dateline_state()) is not None:
            return f"{state} Government" if state in city_states() else f"{state} government"
            # "a government spokesman" in a story from "HONG KONG -"; from "LAGOS, Nigeria (AP) -": the Nigerian one
        if noun in GENERIC_BODY_NOUNS and (story := self._story_body(noun, at)) is not None:
            return story.name
        return noun

    def _body_headed_by(self, noun: str, at: int) -> str | None:
        """The latest body met before token `at` that is one of the kind `noun` by the head of its name: its last word
        before any "of", "for", "at", "in" or "on" (name_head_word: "University of Northbridge", "Northbridge University";
        never of "University and College Union"), and no lesser body of that kind (is_kind); None if none."""
        for _, sp in self._recent(at):
            if sp.kind == ORG and sp.name and name_head_word(sp.name) == noun and is_kind(noun, sp.name):
                return sp.name
        return None

    def _dateline_state(self) -> str | None:
        """The state a story's dateline names, when the state is its own city (data/city_states.tsv):
        "SINGAPORE —", "HONG KONG (Meridian) -" in the first paragraphs that hold words: the first words in
        capitals opening one of them that _dateline takes for a dateline's place; or the country written after
        its city, by its adjective ("NAIROBI, Kenya (AP) -": "Kenyan")."""
        tokens, starts = self.tokens, [0]
        starts += [i for i in range(1, min(len(tokens), 200)) if self.paragraph_of[i] != self.paragraph_of[i - 1]]
        for start in starts[:4]:
            end = start
            while end < len(tokens) and tokens[end].is_alpha and tokens[end].text.isupper():
                end += 1
            if start < end and self._dateline(start, end):
                place = " ".join(t.text.capitalize() if t.lower_ != "of" else "of" for t in tokens[start:end])
                if place in city_states():
                    return place
                country = tokens[end + 1] if end + 1 < len(tokens) and tokens[end].text == "," else None
                return places()[country.text] if country is not None and country.ent_type_ == "GPE" \
                    and country.text in places() and country.text != places()[country.text] else None
        return None

    def official_of_officials(self, tok, lo: int) -> Speaker | None:
        """"an official" (or "the official") after "Metro Transit officials said …" in its sentence or the one
        before it, in its paragraph: an official of that body ("Metro Transit official"); else None."""
        sentence = tok.sent.start
        start = self.doc[sentence - 1].sent.start if sentence > 0 else sentence
        for plural in reversed(self.doc[start:lo]):
            if plural.lower_ == OFFICIAL + "s" and self.paragraph_of[plural.i] == self.paragraph_of[lo] \
                    and self.outside(plural.i) and any(t.text[:1].isupper() and t.pos_ == "PROPN" for t in plural.lefts):
                found = self._spokesperson(plural, plural.left_edge.i, plural.i + 1, OFFICIAL)
                return found if found.resolved != "unresolved" else None
        return None

    def _earlier_spokesperson(self, at: int) -> Speaker | None:
        """Whom "the spokesperson" means: the latest spokesperson met before token `at`, named ("The spokesperson
        for the High Commissioner, Ingrid Solberg-Haugen,") or speaking for a body ("a government spokesman")."""
        self._follow_pronouns(at)  # ("A council spokesperson said …. “…,” the spokesperson said": that one)
        for _, sp in self._recent(at):
            if sp.kind != PERSON or not sp.name:
                continue
            if sp.name.endswith(" spokesperson"):
                return Speaker(sp.name, PERSON, None, None, "nominal")
            if self.described.get(sp.name, set()) & SPOKESPERSON_NOUNS:
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        return None

    def _story_body(self, noun: str, at: int) -> Speaker | None:
        """The body "the company" or "the airline" means: the newest whose name says so ("the club", "Vietnam
        Airlines"), else the business the story names most often, most of all as a subject (the newest of equals),
        never a word of a person's name read there, nor a public body, club or union that the noun does not name, nor
        a speaker described in lower case, nor a name met only as a place ("Gary Holt, from Swindon,"), nor a
        broadcaster the noun does not mean ("Thistle TV" is no "club"); its first or last word alone ("Brightmoor", a
        club's "Thistle") counts for its full name ("Brightmoor Heating", "Dunmore Thistle")."""
        bodies = {sp.name for _, sp in self.history if sp.kind == ORG}
        named_at = {(pos, word) for pos, sp in self.history if sp.kind == PERSON and sp.name and " " in sp.name
                    and sp.name not in bodies for word in sp.name.split()}  # ("Shapla's mother": of Mst Shapla Khatun)
        common = self.common_words()
        recent = [(pos, sp) for pos, sp in self._recent(at) if sp.kind == ORG and sp.name and (pos, sp.name) not in named_at
                  and not (" " not in sp.name and sp.name.lower() in common)]  # (not a headline's "Cashier …", a word
        # the article writes in lower case: "A cashier")
        not_place = {sp.name for pos, sp in recent if not self._home_of_someone(pos)}
        kind = {noun, noun + "s", *BODY_NOMINALS.get(noun, ())}
        told = {sp.name for pos, sp in recent if _told_to(self.doc[pos]) and not kind & set(sp.name.lower().split())}
        not_place -= told - {sp.name for pos, sp in recent if not _told_to(self.doc[pos])}  # (the paper someone
        # talked to, "told the Herald", is no business the story is about; but "the bank" may be a bank told to act)
        spoke = {sp.name for pos, sp in recent if reporting_subject(name_head(self.doc[pos]))}
        makes = {sp.name for pos, sp in recent if sp.name not in spoke and self._make_at(pos, sp.name)}
        groups = {sp.name for pos, sp in recent if noun not in _NOUNS_FOR_GROUPS and self._group_at(pos)}
        if any(sp.name not in makes for _, sp in recent):  # (a make is no business, unless no other is named)
            recent = [(pos, sp) for pos, sp in recent if sp.name not in makes]
        recent = [(pos, sp) for pos, sp in recent if sp.name in not_place and sp.name not in groups
                  and not _other_than_broadcaster(noun, sp.name) and not self._called_a_kind(sp.name)]
        bodies = [sp for _, sp in recent]
        words = {noun, noun + "s", *BODY_NOMINALS.get(noun, ())}
        named = next((sp for sp in bodies if words & set(sp.name.lower().split())), None)  # ("Airlines", "Air Niugini")
        if named is not None:
            return Speaker(named.name, ORG, named.role, None, "nominal")
        spoke = self._body_that_just_spoke(at, own_paragraph=True)
        if spoke is not None and business(spoke.name) and any(sp.name == spoke.name for sp in bodies):
            # "Northern Prairie Potash Corp. said the mine would open. “…,” the company said": not the business named
            # more often before; "Rheinfracht said" of Rheinfracht Logistik
            fuller = [sp.name for sp in bodies if sp.name.startswith(spoke.name + " ")]
            return Speaker(max(fuller, key=len) if fuller else spoke.name, ORG, spoke.role, None, "nominal")
        counts = self._mention_counts(((pos, sp) for pos, sp in recent if business(sp.name)
                                       and all(w[:1].isupper() or w in ("of", "and", "for", "&")
                                               or w.rstrip(".") in COMPANY_SUFFIXES for w in sp.name.split())),
                                      doubled=registered)  # "Vardhan Wires Ltd", not the exchange its shares trade on
        top = {sp.name: all(self._in_top_lines(p) for p, o in recent if o.name == sp.name) for _, sp in recent}
        for short in list(counts):  # "Brightmoor" of "Brightmoor Heating", a headline's "Harbour Holdings" of "Grand
            # Harbour Holdings plc": one business (not the story's "Halvorsen Foods" of a headline's "Striking …")
            longer = [name for name in counts if name.startswith(short + " ")
                      or name.endswith(" " + short) and short.lower() in body_end_words()] if " " not in short \
                else [name for name in counts if name != short and f" {short} " in f" {name} " and top.get(short)
                      and not top.get(name)]
            if len(longer) == 1:
                counts[longer[0]] += counts.pop(short)
        named = {name for name in counts if not self._nickname(name, recent)}
        return _most_counted({name: n for name, n in counts.items() if name in named} or counts)  # the club's, not "the Hoops"

    def _story_team(self, at: int) -> Speaker | None:
        """The team "the team" means before token `at`: the one the story names most often, a subject counting
        twice (the newest of equals)."""
        return _most_counted(self._mention_counts((pos, sp) for pos, sp in self._recent(at)
                                                  if sp.kind == ORG and sp.name in self.teams))

    def _mention_counts(self, mentions, doubled=lambda name: False) -> dict[str, int]:
        """Name -> how often `mentions` ((token, Speaker), newest first) name it, a mention as a subject (or of a
        name `doubled` says so of) counting twice."""
        counts: dict[str, int] = {}
        for pos, sp in mentions:
            counts[sp.name] = counts.get(sp.name, 0) + 1 + (pos in self.subjects or doubled(sp.name))
        return counts

    def _nickname(self, name: str, met: list[tuple[int, Speaker]]) -> bool:
        """Whether the body `name` is a team's nickname: one plural word, always written after "the" ("the Hoops",
        "the Jags"), never the club's name."""
        at = [pos for pos, sp in met if sp.name == name]
        return " " not in name and name.endswith("s") and not is_acronym(name) \
            and all(pos > 0 and self.doc[pos - 1].lower_ == "the" for pos in at)

    def _make_at(self, pos: int, name: str) -> bool:
        """Whether the name at token `pos` is written there as the make of things, after a number, "a" or an owner
        and before the lower-case noun for them that it describes ("40,000 CrispAir Duo air fryers", "its AirCrisp
        Twin air fryers", "a Tornado mower"): a product, not the business "the firm" means (not "a Halvard Energy
        spokesman", "the Halvard Energy plant")."""
        lo, hi = self.body_at.get(pos, (pos, pos + len(name.split())))
        before, last = self.doc[lo - 1] if lo > 0 else None, self.doc[hi - 1]
        thing = last.head if last.dep_ == "compound" and last.head.i >= hi else None
        return before is not None and (before.like_num or before.lower_ in _BEFORE_A_MAKE) and thing is not None \
            and thing.pos_ == "NOUN" and thing.text.islower() and not _people_or_body(thing.lower_)

    def _group_at(self, pos: int) -> bool:
        """Whether the name at token `pos` is brought in as a group's ("the climate group Tide Rising", "campaign
        group Tide Rising"): a campaign or movement, never the business "the company" means."""
        tok = name_head(self.doc[pos])
        before = self.doc[pos - 1] if pos > 0 else None
        return tok.dep_ == "appos" and tok.head.lower_ in GROUP_NOUNS \
            or before is not None and before.lower_ in GROUP_NOUNS and before.text.islower()

    def _home_of_someone(self, pos: int) -> bool:
        """Whether the name at token `pos` is where a person is from or a business's premises stand ("Gary Holt,
        from Swindon,", "a man in Leeds", "the branch in Ashwell"): a place, not the business a story's "the firm"
        means ("a stake in Hallwerk AG" may be)."""
        tok = name_head(self.doc[pos])
        prep = tok.head
        return tok.dep_ == "pobj" and (prep.lower_ in ("from", "in", "of")
                                       and (prep.head.ent_type_ == "PERSON" or prep.head.lower_ in PERSON_NOUNS)
                                       or prep.lower_ in ("in", "at") and prep.head.lower_ in PREMISES_NOUNS)

    def _issuer(self, noun: str, at: int) -> Speaker | None:
        """Who issued "the statement": the subject of the sentence that introduced it, the nearest before
        that spoke "in a statement", "in its statement" or "issued a statement" ("The company said in a
        statement …", "In a letter to patients, she wrote …"); a mention of "the statement" on the way
        ("X said in the statement") refers back further, and answers only when nothing introduced it."""
        doc, fallback = self.doc, None
        for i in range(at - 1, -1, -1):
            tok = doc[i]
            if tok.lower_ != noun or not self.outside(i):
                continue
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.dep_ == "pobj" and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
                verb = verb.head  # "X confirmed his decision in a statement", the parser's "decision in a statement"
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            subject = subjects[-1] if subjects else _beside_the_reader(tok)  # "The Chief Press Secretary, Mr X, in a
            # statement, said"
            maker = made_by(tok) or next((o for o in read_out_authors(verb, tok) if self.outside(o.i)), None) \
                or (_named_before(tok) if subject is None else None)  # (also "X read a statement from the minister")
            subject = maker or subject  # "a notice that the corporation had served", "… issued by X", "a TTPS release"
            read_for = _read_on_behalf_of(verb, subject)
            subject = read_for or subject  # "the family's solicitor read a statement on their behalf": the family's
            if subject is not None and (named := appositive_name(subject)) is not None:
                subject = named  # "The club's chairman, Liam Doyle, said in a statement"
            found = None
            signers = (noun == "letter" or maker is not None and subject is not None and subject.i == maker.i) \
                and subject is not None and counted_people(subject)
            if subject is not None and subject.lower_ not in DOCUMENT_NOUNS and subject.lower_ not in FIRST_PERSON:
                found = self.resolve(subject.left_edge.i, subject.i + 1, subject.i)
                found = Speaker(found.name, found.kind, found.role, found.gender, "nominal") \
                    if found.name and (found.resolved != "unresolved" or signers and found.kind == PERSON
                                       or any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in subject.lefts)) \
                    else None  # (also "In a letter to the Chronicle, 50 hydrologists urge …": the hydrologists'; not
                # the declaration "the 27 leaders" adopted, which is their council's; but "the boy's family" is one)
            if found is None and subject is not None and subject.i == tok.i \
                    and any(c.dep_ == "poss" for c in tok.children):
                found = self._author(tok)  # "her statement was read by her granddaughter": hers
            if read_for is None and found is not None:
                found = self._read_for_one(verb, found) or found  # "Kingsley read a statement on her behalf": hers
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                    or found is not None and (tok.dep_ == "dobj" and verb.lower_ in _ISSUING_VERBS or maker is not None):
                return found or fallback  # "a statement", "its statement", "X has upgraded the warning", "the statement
                # X made to investigators": where it came in
            fallback = fallback or found
        return fallback

    def _read_for_one(self, verb, reader: Speaker) -> Speaker | None:
        """Whom "his" or "her" of "on her behalf" means after `verb` (a statement read out by `reader`, who is never
        the one it is read for: "Her neighbour, Paula Kingsley, read a short statement on her behalf"); None without
        such words or a person of that gender named before."""
        behalf = _behalf(verb)
        if behalf is None or REPORTING_FORMS.get(verb.lower_) != "read" \
                or not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
            return None  # (one who reads it, not "X, in a statement read on his behalf by Y, said": X's own)
        owner = next((c for c in behalf.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("his", "her") or not reader.name:
            return None
        low = _OWNER_PRONOUNS[owner.lower_]
        found, newest = self._scan(owner.i, low, (PERSON,), pronoun_gender(low), {reader.name})
        found = found or (newest[1] if newest else None)
        return Speaker(found.name, PERSON, found.role, found.gender, "nominal") if found is not None else None

    def statement_read_by(self, tok, reader: Speaker) -> Speaker | None:
        """Whose statement `reader`, the subject at `tok` of a bare "read" or "wrote", or the pronoun of "added" ("“…,”
        Pamba read.", "“…,” she wrote.", "“…,” she added." after it), reads out: the one the article said in the two
        sentences before the quotation that they read it for or from ("His spokesperson, Sizwe Pamba, read a statement
        on his behalf.", "A statement from Mr Darnley was read to the court by his daughter, Erin Darnley."); None
        where they read none there, or their own ("“…,” Pamba added": his own words after the reading)."""
        verb = tok.head
        saying = REPORTING_FORMS.get(verb.lower_)
        if tok.dep_ != "nsubj" or not (saying in ("read", "write") or saying == "add" and tok.pos_ == "PRON") \
                or not reader.name \
                or any(c.dep_ in ("dobj", "ccomp") and self.outside(c.i) for c in verb.children):
            return None
        for i in range(tok.i - 1, self._sentence_before(self._sentence_before(self._quotation_before(tok.i))) - 1, -1):
            document = self.tokens[i]
            if document.lower_ not in DOCUMENT_NOUNS or not self.outside(i):
                continue
            reading = _reading_of(document)  # "In a victim impact statement read to the court by his wife, Leanne, Mr X
            # said"
            if reading is None and (document.dep_ not in ("dobj", "nsubjpass")
                                    or REPORTING_FORMS.get(document.head.lower_) != "read"):
                continue
            subject = agent_of(reading) if reading is not None else next(
                (c for c in document.head.children if c.dep_ == "nsubj"), None) if document.dep_ == "dobj" \
                else agent_of(document.head)
            subject = appositive_name(subject) or subject if subject is not None else None
            if subject is None or self.resolve(subject.left_edge.i, subject.i + 1, subject.i).name != reader.name:
                return None
            owner = self._issuer(document.lower_, i + 1)
            return owner if owner is not None and owner.name and owner.name != reader.name else None
        return None

    def _issued_by(self, noun: str, at: int, definite: bool) -> Speaker | None:
        """Who the article says issued the statement at token `at`, before or after quoting it ("The statement
        was issued by the Verdelago Basin Commission", "a statement from the club"): the one body or person named
        so anywhere for "the statement", in its own paragraph or the next for "a statement" (one newly met)."""
        found, para = set(), self.paragraph_of[at]
        for i in self.columns.tokens_with("lower", (noun,)):
            tok = self.tokens[i]
            if not self.outside(i) or not definite and not (i >= at and self.paragraph_of[i] - para <= 1):
                continue
            if (obj := made_by(tok)) is not None:
                sp = self.resolve(obj.left_edge.i, obj.i + 1, obj.i)
                if sp.name and (sp.resolved != "unresolved" or counted_people(obj) and sp.kind == PERSON):
                    found.add((sp.name, sp.kind))  # (also "a statement signed by 12 vets": the vets')
        if len(found) != 1:
            return None
        name, kind = found.pop()
        return Speaker(name, kind, None, None, "nominal")

    def _body_nouns(self) -> dict[str, set[str]]:
        """Body name -> the nouns the article calls it by, written before or after its name ("the
        metalworkers' union FMB", "Ofgem, the energy regulator,", a sentence's "Brokerage Kotwal Securities" where the
        article writes "brokerage" in lower case too): "the union" later means it."""
        if self._described_bodies is None:
            self._described_bodies = {}
            for pos, sp in self.history:
                if sp.kind != ORG or not sp.name:
                    continue
                nouns = self._described_bodies.setdefault(sp.name, set())
                lo, hi = self.body_at.get(pos, (pos, pos + 1))
                before = self.doc[lo - 1] if lo else None
                if before is not None and before.pos_ in ("NOUN", "PROPN") and before.is_alpha and (
                        before.text.islower() or before.is_sent_start and before.lower_ in self.common_words()
                        or before.text in KIND_INITIALS):
                    nouns.add(before.lower_)  # (also "Brokerage Kotwal Securities cut …", then "the brokerage"; "NGO
                    # Ħarsien Għawdex", then "the NGO")
                root = self.doc[lo:hi].root
                nouns.update(c.lower_ for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
                described = apposed_noun(root)  # ("The union representing ferry crews, X,")
                if root.dep_ == "appos" and described.pos_ == "NOUN" and described.text.islower() and described.i < lo:
                    nouns.add(described.lower_)  # "The group's agency, Starlight Entertainment, said"
                if (after := self._kind_noun_after(hi)) is not None:
                    nouns.add(after)  # "the GMB union", "the Dunmore Rovers board", "Dunmore Rovers' board"
        return self._described_bodies

    def _called_a_kind(self, name: str) -> bool:
        """Whether the article called the body `name` by initials that say its kind ("environmental NGO Blue Cove
        Trust"): no business, whatever noun of one a later mention uses ("the developer")."""
        return any(noun.upper() in KIND_INITIALS for noun in self._body_nouns().get(name, ()))

    def _kind_noun_after(self, hi: int) -> str | None:
        """The lower-case noun written right after a body's name ending before token `hi`, or after its "'s", that
        says its kind or who runs it (a kind noun, a group's noun or a governing noun: "the GMB union", "the Keep
        Harlow Green group", "the Dunmore Rovers board", "Ovington Rugby Club's board"), or None."""
        doc = self.doc
        if hi < len(doc) and doc[hi].text in POSSESSIVE_TOKENS:
            after = doc[hi + 1] if hi + 1 < len(doc) else None
            nouns = GOVERNING_NOUNS  # (the body's "board" or "trustees"; not "its union")
        else:
            after = doc[hi] if hi < len(doc) else None
            nouns = BODY_KIND_NOUNS | GROUP_NOUNS | GOVERNING_NOUNS
        if after is None or not after.text.islower() or after.lower_ not in nouns or after.dep_ == "compound":
            return None  # (not "the Citizens United campaign finance case")
        return after.lower_

    def _author(self, tok) -> Speaker | None:
        """Who a report, study or statement says made it (made_by: "a June 2019 report by the Lunchbox Alliance", "a
        court filing lodged by …", "the union issued a statement saying …"), or whose it is ("her first report", "his
        family's statement", "a Derbyshire Constabulary statement"): it speaks for them."""
        owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in _OWNER_PRONOUNS:  # "Her first report, published last week, warned …": hers
            found = self._pronoun(_OWNER_PRONOUNS[owner.lower_], owner.i)
            if found.name:
                return found
        elif owner is not None and owner.pos_ == "NOUN":  # "His family's statement read": the family's
            found = self.resolve(owner.left_edge.i, owner.i + 1, owner.i)
            if found.name and found.name[:1].isupper() and found.resolved != "unresolved":
                return found  # (a name, not "general" of "an inspector general's report")
            if found.name == owner.lower_ and owner.tag_ == "NNS" and not any(c.dep_ == "compound" for c in owner.children) \
                    and owner.i + 1 < len(self.doc) and self.doc[owner.i + 1].text in ("'", "\u2019"):
                return found  # "The adjudicators' report said": the adjudicators, unnamed (not "the children's report")
        named = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if owner is None and named and (found := self.resolve(named[0].left_edge.i, tok.i, named[-1].i)).kind == ORG \
                and found.name and found.resolved != "unresolved":
            return found  # "A Derbyshire Constabulary statement said": the force's
        maker = made_by(tok)
        if maker is None and owner is None and tok.lower_ in _RELEASE_NOUNS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts) and self._released_by_a_body(tok):
            return self._body_that_just_spoke(tok.i)  # "In a news release, the RCMP said …. “…,” the release said"
        if maker is None:
            return None
        end = maker.i + 1  # "Black Lives Matter", whose last word the parser hangs on the verb
        while maker.dep_ == "nsubj" and end < maker.head.i and self.doc[end].text[:1].isupper():
            end += 1
        found = self.resolve(maker.left_edge.i, end, maker.i)
        if maker.dep_ == "pobj" and maker.text.islower() and found.resolved == "unresolved":
            return None  # "a statement from the family" no one named: the statement, not a "family"
        return found


#: Nouns for what a body puts out, whose "the release said" is the body that just spoke ("the statement" may be
#: anyone's: a family's, read by a spokesperson).
_RELEASE_NOUNS = frozenset(("release",))


def _told_to(tok) -> bool:
    """Whether the name at `tok` is whom someone talked to ("told the Herald", "speaking to the Gazette"; not whom a
    body told to act: "told Equity Bank to stop charging")."""
    head = name_head(tok.head if tok.dep_ == "det" else tok)  # (a body's mention may open at its "the")
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
    return head.dep_ in ("dobj", "dative", "pobj") and verb.lower_ in _TALKED_TO \
        and not any(c.dep_ == "xcomp" for c in verb.children)


#: Verbs of talking that take the one talked to as object or after "to": the forms of "tell" the lexicon spells out,
#: and speaking's and talking's.
_TALKED_TO = frozenset(form for form, verb in REPORTING_FORMS.items() if verb == "tell") \
    | frozenset(("speaking", "spoke", "speaks", "talking", "talked", "said"))


def _said_by_a_body(sentence, body_at) -> bool:
    """Whether a body's name (a token of `body_at`) is the subject of a reporting verb in `sentence`."""
    return any(t.i in body_at and reporting_subject(t) for t in sentence)


def _country_adjective(place: str) -> str:
    """A country's adjective for its name, written as names of its bodies are ("Kenya" -> "Kenyan"), where the
    adjective is plainly the country's (data/places.tsv; "Taipei", a capital, stays itself)."""
    adjective = places().get(place, place)
    return adjective if adjective[:4] == place[:4] else place


def _other_than_broadcaster(noun: str, name: str) -> bool:
    """Whether `name` is a broadcaster's ("Thistle TV", "Corrib FM") that `noun` cannot mean ("the club", "the
    utility"; data/broadcaster_words.tsv)."""
    last = name.rsplit(" ", 1)[-1].lower()
    return " " in name and last in BROADCASTER_WORDS and noun not in BROADCASTER_WORDS[last]


def registered(name: str) -> bool:
    """Whether a business's name ends in a company suffix ("Vardhan Wires Ltd"; data/company_suffixes.tsv)."""
    return name.split()[-1].lower().rstrip(".") in COMPANY_SUFFIXES


def _most_counted(counts: dict[str, int]) -> Speaker | None:
    """The body counted most often (the first of equals, the newest where counted newest first), or None."""
    if not counts:
        return None
    top = max(counts.values())
    return Speaker(next(name for name, n in counts.items() if n == top), ORG, None, None, "nominal")


#: Possessive pronouns before a document -> the pronoun for its owner ("her report" is hers).
_OWNER_PRONOUNS = {"her": "she", "his": "he", "its": "it", "their": "they"}

#: What a verb's own object or complement hangs by: a clause with one has no gap for the noun it follows.
_CLAUSE_OBJECTS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"))


def _team_body(authors):
    """The body named after "a team", "researchers" and the like ("from the Water Laboratory", "at Corrigan
    University"): the head of its name, where the tagger types it a body or its last word ends only bodies' names."""
    for prep in authors.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "of", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.text[:1].isupper() \
                        and (obj.ent_type_ == "ORG" or obj.lower_ in body_end_words()):
                    return obj
    return None


#: Participles of signing: a document "signed by" a counted group is theirs (one "signed by" an official speaks for
#: the official's body, and "X signed a letter" may be one another wrote).
_SIGNED = frozenset(("signed", "co-signed", "countersigned"))
#: Participles that say who wrote a document ("a victim impact statement prepared by his mother").
_WRITTEN = frozenset(("written", "prepared", "drafted", "penned", "composed"))


def counted_people(tok) -> bool:
    """Whether a plural noun in small letters (or initials: "GPs") with a number before it names a counted group of
    people ("50 hydrologists", "12 vets"; not "41 projects"), who may sign or write as one though no one names them."""
    one = singular(tok.lower_)
    return tok.tag_ in ("NNS", "NNPS") and (tok.text.islower() or tok.text[:-1].isupper()) \
        and any(c.dep_ == "nummod" for c in tok.children) \
        and (one in PERSON_NOUNS or one in OCCUPATIONS or one.endswith("ist"))


def made_by(doc_noun):
    """Who a document's own words say made it, as the token heading their name: the object of its "by" or "from"
    ("a report by the Lunchbox Alliance", "a statement from the club", "a report to council from Westmount …"), the
    agent of the verb of issuing it is the subject of or hangs on ("The statement was issued by …", "a notice
    issued by the council"), the subject of its relative clause ("a notice that the Pune Municipal Corporation had
    served on …"), or of the verb of issuing whose object it is ("the union issued a statement"); not whoever the
    sentence around it is about ("The court quashed a notice …"); else None."""
    addressee = [o for p in doc_noun.rights if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    from_author = [p for o in addressee for p in o.rights if p.dep_ == "prep" and p.lower_ == "from"]
    for prep in [*doc_noun.rights, *from_author]:  # "a report by X"; "a report to council from X"
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (named := appositive_name(obj) or _name_ending_role(obj)
                                           or _named_after_comma(doc_noun, obj)) is not None \
                        and obj.text.islower():
                    return named  # "a statement from the victim, Lindiwe Dube,": hers
                if obj.dep_ == "pobj" and obj.lower_ in STUDY_AUTHORS and (body := _team_body(obj)) is not None:
                    return body  # "a study by a team from the Water Laboratory (NWL), Ahmedabad": the laboratory's
                if obj.dep_ == "pobj" and (obj.text[:1].isupper() or obj.pos_ == "PROPN" or obj.lower_ in _MAKER_NOUNS
                                           or _the_one_meant(obj)):
                    return obj
    verb = doc_noun.head
    if doc_noun.dep_ == "nsubjpass" and verb.lower_ in ISSUING_VERBS and (found := agent_of(verb)) is not None:
        return found  # "The statement was issued by X"
    if doc_noun.dep_ == "dobj" and verb.lower_ in ISSUING_VERBS:
        for subject in verb.children:
            if subject.dep_ == "nsubj" and (subject.text[:1].isupper() or subject.lower_ in BODY_NOUNS):
                return subject
    for clause in doc_noun.children:
        if clause.dep_ in ("relcl", "acl") and not any(c.dep_ in _CLAUSE_OBJECTS and c.lower_ != "to"
                                                       for c in clause.children):
            # (the parser hangs "that X had served" either way; with an object of its own, "a statement that the
            # laboratory had confirmed two cases", the clause says what the document says, not who made it; "to" of
            # "the statement X made to investigators" is no object)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
        if clause.dep_ == "acl" and clause.lower_ in ISSUING_VERBS | _WRITTEN and (found := agent_of(clause)) is not None:
            return found  # "issued by", "prepared by", not "confirmed by" the laboratory
        if clause.dep_ == "acl" and clause.lower_ in _SIGNED and (found := agent_of(clause)) is not None \
                and counted_people(found):
            return found  # "a statement signed by 12 vets" (but one "signed by" a body's spokesman is the body's)
    return None


def _the_one_meant(obj) -> bool:
    """Whether a document's maker is a person's noun after "the" alone, which means one the story named ("a message
    from the defendant"; not "his client", nor "city treasurer" the parser cut from "Linda Makkinga")."""
    doc = obj.doc
    return obj.pos_ == "NOUN" and obj.text.islower() and [c.lower_ for c in obj.lefts] == ["the"] \
        and not (obj.i + 1 < len(doc) and doc[obj.i + 1].pos_ == "PROPN")


def _named_after_comma(doc_noun, obj):
    """The name the parser set beside a document noun that stands right after its author's noun and a comma ("A
    statement from the cyclist's partner, Tom Easterbrook, was read": "Easterbrook", hung on "statement"), or None."""
    named = appositive_name(doc_noun)
    return named if named is not None and named.left_edge.i == obj.i + 2 and obj.nbor().text == "," else None


def _reading_of(doc_noun):
    """The participle "read" describing a document noun ("a statement read out by the DPP"), or None."""
    return next((c for c in doc_noun.children if c.dep_ == "acl" and REPORTING_FORMS.get(c.lower_) == "read"), None)


def _beside_the_reader(doc_noun):
    """The one the parser set beside the reader of a document, with no verb of their own ("In a statement read out by
    the DPP, the victim's daughter, Ms Lee, said …": the daughter, whose statement it is); None otherwise."""
    reading = _reading_of(doc_noun)
    reader = agent_of(reading) if reading is not None else None
    beside = _set_beside(reader) if reader is not None else []
    own = next((c for c in beside if c.pos_ == "PROPN"), None)
    if reader is not None and reader.pos_ == "NOUN" and own is not None \
            and (further := _set_beside(own, ("appos", "conj"))):
        beside = further + [c for f in further for c in _set_beside(f)]  # "read by the family's solicitor, Anwen
        # Jarvis, Mr Humphreys' wife, Menna, described …": the reader's own name, then the wife's (which the parser
        # may join to it as a conjunct)
    return next((c for c in beside if c.pos_ == "PROPN"), beside[0] if beside else None)  # ("the victim's son, Mr
    # Tan," both set beside the reader: the name)


def _set_beside(tok, deps: tuple[str, ...] = ("appos",)) -> list:
    """The nouns and names the parser set in apposition to token `tok` (or hung on it by the other `deps`)."""
    return [c for c in tok.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")]


def _name_ending_role(role):
    """The person's name a role's "of" phrase ends with, which the parser took for the field's last word or set beside
    it ("from director of public works Karen Mott"), as the token heading it; else None."""
    if not role_noun(role):
        return None
    field = next((o for p in role.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    if field is not None and field.ent_type_ != "PERSON":  # ("director of mine safety Rodrigo Vial": set beside the
        field = next((c for c in field.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)  # field)
    if field is None:
        return None
    first = field.i
    while field.doc[first].ent_iob_ == "I":
        first -= 1
    return field if first > role.i + 2 and field.doc[first - 1].text.islower() else None


def _named_before(doc_noun):
    """The proper name written before a document's noun, heading it ("a TTPS release", "a Trinidad and Tobago Police
    Service (TTPS) release": the service's; not "a June study"), else None."""
    return next((c for c in doc_noun.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper()
                 and c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "NORP")), None)


def _ends_as_a_body(words: list[str]) -> bool:
    """Whether capitalised words that go on from a body's short name end as bodies' names do ("University Health
    Board", "Holdings Bhd", a company's legal form alone: "Corporation" of "MTR Corporation", which the canonical name
    keeps)."""
    return all(w[:1].isupper() for w in words) \
        and (words[-1].lower().rstrip(".") in COMPANY_SUFFIXES or words[-1].lower() in body_end_words())


def described_with_which(toks, start: int, end: int) -> bool:
    """Whether the name of two words or more in tokens start..end, its first word no listed given name, is followed by
    a comma and a clause opened by "which" that describes it ("Taw Sands Leisure, which runs …"; a person's is opened
    by "who")."""
    return end - start >= 2 and end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].lower_ == "which" \
        and toks[start].text not in GIVEN_NAME_GENDER and which_clause(toks[end - 1]) \
        and not (start > 0 and (toks[start - 1].text == "An" or toks[start - 1].text in GAELIC_ARTICLES))
    # (a Gaelic body's article before it: gaelic_bodies.py reads "An Comunn Gàidhealach" whole)


def _the_one(names: set[str]) -> str | None:
    """The one name of `names`, or None where there are none or several."""
    return names.pop() if len(names) == 1 else None
