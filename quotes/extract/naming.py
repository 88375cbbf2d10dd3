"""Speaker resolution within one article: from a mention as written to a canonical speaker.

Names lose their titles and roles ("Japanese Prime Minister Shigeru Ishiba" ->
"Shigeru Ishiba", role kept), surnames and "Mr X" join the full name seen in the
article, pronouns join the last fitting speaker or person, "it" and "the
statement" the last organisation or document that spoke, and bodies get their
canonical name (see bodies.py).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from .bodies import canonical_body
from .body_mentions import body_extent, business, entities, initials, is_acronym, names_body, spelled_out
from .grammar import appositive_name
from .lexicon import (
    ARTICLES,
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    FEMALE_TITLES,
    FIRST_PERSON,
    GENERIC_BODY_NOUNS,
    INTERVIEW_CUES,
    MALE_PRONOUNS,
    MALE_TITLES,
    NUMBER_WORDS,
    OCCUPATIONS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLURAL_PRONOUNS,
    POSTNOMINALS,
    REPORTING_FORMS,
    ROLE_SYNONYMS,
    SPOKESPERSON_NOUNS,
    THING_PRONOUNS,
    TITLES,
)

PERSON, ORG, DOCUMENT, UNKNOWN = "person", "organization", "document", "unknown"
#: How many of the latest people and bodies a pronoun or "the ministry" may refer back to.
RECENT = 150
_ORG_ENTS = {"ORG", "NORP", "GPE", "FAC"}
_POSSESSIVE_TOKENS = {"'s", "\u2019s", "'", "\u2019"}
_BODY_WORDS = BODY_NOUNS | DOCUMENT_NOUNS | {"party", "union", "association", "times", "post", "news"}
_PERSON_TITLES = MALE_TITLES | FEMALE_TITLES | PERSON_TITLES
_THIRD_PERSON = MALE_PRONOUNS | FEMALE_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
_HE_SHE = MALE_PRONOUNS | FEMALE_PRONOUNS
_NOT_ROLE = ARTICLES | MALE_TITLES | FEMALE_TITLES | {"dr", "dr.", "mx", "mx."}
_OFFICIAL = "official"
_DATELINE_ENDS = {"-", "\u2013", "\u2014", ":", "(", ","}
_AGE = regex.compile(r"\b(\d{1,3})-year-old\b")
#: Entity types the tagger gives bodies' names by mistake ("Halvorsen Foods" a person, a hospital a building).
_MISTAKEN_BODIES = {"PERSON", "FAC", "PRODUCT", "WORK_OF_ART"}
_NAME_RUN_ENTS = {"", "PERSON", "ORG"}  # entity types a run of capitalised names may carry and still be a person


def _named_in_apposition(tok):
    """The name in apposition to a noun, directly or through another noun ("Mr Lim's former neighbour,
    retired teacher Chong Mei Fong"), or None."""
    named = appositive_name(tok)
    if named is not None:
        return named
    noun = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    return appositive_name(noun) if noun is not None else None


def _team(doc, ent) -> bool:
    """A plural name after "the" that the tagger took for a person: a team ("the Marlins")."""
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.text.endswith("s") \
        and ent[0].pos_ == "PROPN"


def _title_gender(word: str) -> str | None:
    """The gender an honorific tells ("mrs" -> "f"), if any."""
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None


def _without_postnominals(name: str) -> str:
    """A name without the letters after it ("Fionnuala Breen SC" -> "Fionnuala Breen")."""
    parts = name.split()
    while len(parts) > 2 and parts[-1] in POSTNOMINALS:
        parts.pop()
    return " ".join(parts)


@dataclass
class Speaker:
    """A resolved speaker: canonical name, kind, role, and gender when known."""

    name: str | None
    kind: str = UNKNOWN
    role: str | None = None
    gender: str | None = None
    resolved: str = "name"  # how: name / surname / pronoun / nominal / unresolved


def _is_subject(tok) -> bool:
    """A grammatical subject, or the name in apposition to one ("The mediator, Judge Aalto, met …")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"))


def _is_name_token(tok) -> bool:
    return (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON") and tok.text[:1].isupper() \
        and tok.lower_ not in TITLES and tok.text not in _POSSESSIVE_TOKENS


class SpeakerBook:
    """What one article says about its people and bodies, for resolving mentions."""

    def __init__(self, doc, outside_quotes, paragraph_of: list[int]):
        self.doc = doc
        self.outside = outside_quotes  # token index -> True when not inside a quotation
        self.paragraph_of = paragraph_of  # token index -> paragraph number
        # surname -> full names, in the order the article first gives them (dicts keep order; sets would
        # make ties depend on the process's hash seed)
        self.full_names: dict[str, dict[str, None]] = {}
        self.gender: dict[str, str] = {}  # canonical name -> "m" / "f", from titles and pronouns
        self.roles: dict[str, str] = {}  # full name -> role seen before it ("Japanese Prime Minister")
        # full name -> lower-case words the article describes the person by ("judge", "coach", "66-year-old")
        self.described: dict[str, set[str]] = {}
        self.introduced: dict[int, str] = {}  # token of a description that comes before the name -> the name
        self.history: list[tuple[int, Speaker]] = []  # (token index, speaker) in text order
        self.subjects: set[int] = set()  # history positions that are grammatical subjects
        self._followed = 0  # subject pronouns before this token have been resolved
        self._followed_bodies = 0  # bodies speaking as "it" or "the company" before this token have been resolved
        self._nominals: dict[tuple, Speaker] = {}  # resolved nominal mentions (see _nominal)
        self._headlines: dict[int, bool] | None = None  # paragraph -> written in title case
        self.body_at: dict[int, tuple[int, int]] = {}  # token index -> token range of the body name it is in
        self.acronyms: dict[str, str] = {}  # acronym the article spells out -> the body's name
        self.named_bodies: set[str] = set()  # names the article shows to be bodies' ("Halvorsen Foods")
        self._collect_names()

    # ------------------------------------------------------------------ names
    def _collect_names(self) -> None:
        doc = self.doc
        bodies = self._collect_spelled_out()
        ents = entities(doc)
        self.named_bodies = {canonical_body(doc[start:end].text) for start, end, _ in ents if names_body(doc, start, end)}
        for start, end, label in ents:
            is_body = label == "ORG" and doc[start].lower_ not in _PERSON_TITLES and not self._dateline(start, end) \
                or label in _MISTAKEN_BODIES and self._names_body(start, end)  # "Halvorsen Foods"
            if is_body and self.outside(start):
                lo, hi = body_extent(doc, start, end)
                for i in range(start, end):
                    self.body_at.setdefault(i, (lo, hi))
                bodies.append((start, Speaker(self.body_name(lo, hi, bodies), ORG)))
                if _is_subject(doc[start:end].root):
                    self.subjects.add(start)
            if label != "PERSON" or is_body:
                continue
            ent = doc[start:end]
            if _team(doc, ent):
                if self.outside(ent.start):
                    bodies.append((ent.start, Speaker(canonical_body(ent.text), ORG)))
                continue
            name = self.name_in(ent.start, ent.end)
            if not name:
                continue
            parts = name.split()
            if len(parts) >= 2:
                self.full_names.setdefault(parts[-1], {})[name] = None
            title = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            gender = _title_gender(title) or _title_gender(doc[ent.start].lower_)
            lo = ent.start
            while lo > ent.root.left_edge.i and not doc[lo - 1].is_punct and not doc[lo - 1].is_space:
                lo -= 1
            if lo < ent.start and self.outside(ent.start):
                role = self._role(lo, ent.start)
                if role:
                    self.roles.setdefault(name, role)
            if self.outside(ent.start):
                self.history.append((ent.start, Speaker(name, PERSON, gender=gender)))  # full names: below
                if _is_subject(ent.root):
                    self.subjects.add(ent.start)
        self._collect_titled_names()
        self._collect_speaking_names()
        bodies = [(pos, sp) for pos, sp in bodies if sp.name.split()[-1] not in self.full_names]  # "Nakatani"
        self._collect_name_runs(bodies)
        self._collect_surname_mentions()
        self._collect_descriptions()
        titled = sorted(dict.fromkeys((sp.name, sp.gender) for _, sp in self.history if sp.gender),
                        key=lambda t: -len(t[0].split()))  # full names first
        for name, gender in titled:  # "Mr Pengelly" of Harold and Carol Pengelly is Harold
            self.gender.setdefault(self.full_name(name, gender)[0], gender)
        people = [(pos, Speaker(self.full_name(sp.name, sp.gender)[0], PERSON)) for pos, sp in self.history]
        self.history = sorted(people + bodies, key=lambda h: h[0])

    def _collect_spelled_out(self) -> list[tuple[int, Speaker]]:
        """Bodies the article spells out before their acronym ("the Bruhat Bengaluru Mahanagara Palike
        (BBMP)"), tagged or not: the acronym stands for them from then on."""
        doc, bodies = self.doc, []
        for tok in doc:
            found = spelled_out(doc, tok.i) if self.outside(tok.i) else None
            if found is None:
                continue
            lo, hi = found
            name = canonical_body(doc[lo:hi].text)
            self.acronyms.setdefault(tok.text, name)
            for i in range(lo, hi):
                self.body_at[i] = (lo, hi)
            bodies.append((lo, Speaker(name, ORG)))
            if _is_subject(doc[lo:hi].root):
                self.subjects.add(lo)
        return bodies

    def body_name(self, lo: int, hi: int, earlier: list[tuple[int, Speaker]] = ()) -> str:
        """The canonical name of the body named by doc[lo:hi]; an acronym joins the name the article spells
        out for it, or else the body met earlier whose initials it spells ("the ACCC"); the first word of
        a body's name met earlier joins that name ("Halvorsen" after "Halvorsen Foods")."""
        short = canonical_body(self.doc[lo:hi].text)
        cut = hi < len(self.doc) and self.doc[hi].text[:1].isupper()  # "Republican" of "Republican Jewish Coalition"
        if " " in short or cut and not is_acronym(short):
            return short
        return self._fuller_body(short, lo, earlier) or short

    def _fuller_body(self, short: str, at: int, earlier: list[tuple[int, Speaker]] = ()) -> str | None:
        """The full name of a body named by one word: the name an acronym is spelled out as, or stands
        for by its initials; the name of a body met earlier that the word begins, where the article shows
        that name to be a body's ("Halvorsen" after "food maker Halvorsen Foods", not "Trump" after
        "Trump Victory"); after "the", the one body met earlier whose name it ends ("the Times")."""
        if short in self.acronyms:
            return self.acronyms[short]
        acronym = is_acronym(short)
        met = [sp.name for _, sp in [*reversed(earlier), *self._recent(at)] if sp.kind == ORG and sp.name and " " in sp.name]
        for name in met:
            if initials(name) == short if acronym else (name.startswith(short + " ") and name in self.named_bodies):
                return name
        ending = set() if acronym or at == 0 or self.doc[at - 1].lower_ != "the" else \
            {name for name in met if name.endswith(" " + short)}
        return ending.pop() if len(ending) == 1 else None  # "the Times" after "The New York Times", if one

    def _collect_name_runs(self, bodies: list[tuple[int, Speaker]]) -> None:
        """Full names the tagger missed or took for a body ("Angus MacRae"): runs of two or three
        capitalised proper nouns outside quotations and headlines, for surnames the article gives no
        other full name for, so that the surname alone later finds them; a run that names a body
        ("Kaweka Timber Processors") is added to `bodies` instead."""
        doc, known, run = self.doc, set(self.full_names), []

        def fits(tok) -> bool:
            return (_is_name_token(tok) and tok.pos_ == "PROPN" and not tok.text.isupper() and tok.ent_type_ in _NAME_RUN_ENTS
                    and tok.lower_ not in _BODY_WORDS and tok.lower_ not in PERSON_NOUNS and self.outside(tok.i)
                    and not self._in_headline(tok.i))

        def joins(tok) -> bool:  # the hyphen of "Marie-Claude"
            return tok.text == "-" and bool(run) and not run[-1].whitespace_ and not tok.whitespace_ \
                and tok.i + 1 < len(doc) and fits(doc[tok.i + 1])

        for tok in [*doc, None]:
            if tok is not None and (fits(tok) or joins(tok)) \
                    and (not run or run[-1].i == tok.i - 1 and "\n" not in run[-1].whitespace_):
                run.append(tok)
                continue
            words = len(run) - 2 * sum(t.text == "-" for t in run)  # "Marie-Claude Tremblay": two words
            text = doc[run[0].i:run[-1].i + 1].text if run else ""
            if 2 <= words <= 3 and self._names_body(run[0].i, run[-1].i + 1) and run[0].i not in self.body_at:
                bodies.append((run[0].i, Speaker(canonical_body(text), ORG)))
                if any(_is_subject(t) for t in run):  # "Kaweka Timber Processors has been fined"
                    self.subjects.add(run[0].i)
            elif 2 <= words <= 3 and run[-1].text not in known and not self._names_body(run[0].i, run[-1].i + 1) \
                    and not self._in_longer_body(run[0].i, run[-1].i + 1):
                self.full_names.setdefault(run[-1].text, {}).setdefault(text, None)
            run = [tok] if tok is not None and fits(tok) else []

    def _collect_surname_mentions(self) -> None:
        """A surname alone that the tagger left untagged or took for a body ("Duffy rejected that."):
        a mention of that person, for the pronouns after it."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for tok in doc:
            if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.text in self.full_names and tok.i not in known \
                    and self.outside(tok.i) and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                self.history.append((tok.i, Speaker(tok.text, PERSON)))
                if _is_subject(tok):
                    self.subjects.add(tok.i)

    def _names_body(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] names a body: by its own words, or as a body the article names elsewhere
        with words that show it ("food maker Arnesen Seafoods")."""
        return names_body(self.doc, lo, hi) or canonical_body(self.doc[lo:hi].text) in self.named_bodies

    def _dateline(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] is a dateline's place in capitals ("NAPIER –", "BENGALURU:"), not a body."""
        doc = self.doc
        starts = lo == 0 or self.paragraph_of[lo - 1] != self.paragraph_of[lo]
        return starts and doc[lo:hi].text.isupper() and hi < len(doc) and doc[hi].text in _DATELINE_ENDS

    def _in_longer_body(self, lo: int, hi: int) -> bool:
        """Whether doc[lo:hi] is only the start of a body's name, cut before "of" or "for" ("Royal College" of
        "Royal College of Nursing", "Press Wire" of "the Press Wire of India")."""
        extent = self.body_at.get(lo)
        return extent is not None and extent[0] <= lo and hi < extent[1] and self.doc[hi].lower_ in ("of", "for")

    def _in_headline(self, i: int) -> bool:
        """Whether token i stands in a line written in title case (a headline, a caption's name list)."""
        if self._headlines is None:
            counts: dict[int, list[int]] = {}  # paragraph -> [long words, capitalised long words]
            for tok in self.doc:
                if tok.is_alpha and len(tok) > 3:
                    seen = counts.setdefault(self.paragraph_of[tok.i], [0, 0])
                    seen[0] += 1
                    seen[1] += tok.text[:1].isupper()
            self._headlines = {para: n >= 3 and upper >= 0.7 * n for para, (n, upper) in counts.items()}
        return self._headlines.get(self.paragraph_of[i], False)

    def _collect_descriptions(self) -> None:
        """What the article calls each person besides the name: the title or role before it, an
        appositive after it ("Martin Ives, the Wanderers coach,"), an age ("Boudreau, 66," or "the
        66-year-old Boudreau"), for later "the coach", "the 66-year-old"; then the descriptions
        that come before the name (see _collect_introductions, _collect_ages)."""
        doc = self.doc
        for pos, sp in self.history:
            if sp.kind != PERSON or not sp.name:
                continue
            words = self.described.setdefault(self.full_name(sp.name, sp.gender)[0], set())
            words.update(w.lower() for w in (self.roles.get(sp.name) or "").split())
            start = pos
            while start > 0 and doc[start - 1].lower_ in TITLES and doc[start - 1].is_alpha:
                start -= 1
                words.add(doc[start].lower_)
            before = doc[max(0, start - 6):start].text
            if m := _AGE.search(before):
                words.add(f"{m.group(1)}-year-old")
            end = pos + len(sp.name.split())
            if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
                words.add(f"{doc[end + 1].text}-year-old")
            head = doc[end - 1] if end - 1 < len(doc) else None
            for child in (head.children if head is not None else ()):
                if child.dep_ == "appos" and child.pos_ == "NOUN":  # the noun and its modifiers, not "the city's"
                    owner = {t.i for c in child.lefts if c.dep_ == "poss" for t in c.subtree}
                    words.update(t.lower_ for t in self.doc[child.left_edge.i:child.i + 1]
                                 if t.is_alpha and t.i not in owner and t.dep_ != "det")
        self._collect_introductions()
        self._collect_ages()

    def _people_after(self, i: int) -> list[tuple[int, str]]:
        """(token index, full name) of the people named after token i, in text order."""
        return sorted((pos, self.full_name(sp.name, sp.gender)[0]) for pos, sp in self.history
                      if pos > i and sp.kind == PERSON and sp.name)

    def _collect_introductions(self) -> None:
        """A person described before they are named ("An 84-year-old man who broke his wrist …
        ¶ Harold Pengelly, from Lanrean, …"; "A former senior civil servant has told the inquiry
        that he …"): an indefinite description, the subject of its sentence or the opening of its
        paragraph, that the next person named as a subject, in the same or next paragraph, is.  The description
        then names them, and its words describe them ("the 84-year-old")."""
        doc = self.doc
        for tok in doc:
            det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
            if not (tok.pos_ == "NOUN" and det is not None and self.outside(tok.i) and tok.lower_ not in _BODY_WORDS
                    and (tok.dep_ in ("nsubj", "nsubjpass") or self._opens_paragraph(det.i)) and self._personal(tok)):
                continue
            pos, name = next(((pos, name) for pos, name in self._people_after(tok.i) if pos in self.subjects), (0, ""))
            if len(name.split()) < 2 or self.paragraph_of[pos] - self.paragraph_of[tok.i] not in (0, 1):
                continue
            phrase = doc[det.i:tok.i + 1]  # not a dateline before it
            for t in phrase:
                self.introduced[t.i] = name
            words = self.described.setdefault(name, set())
            words.update(t.lower_ for t in phrase if t.is_alpha and t.lower_ not in ("a", "an"))
            if m := _AGE.search(phrase.text):
                words.add(f"{m.group(1)}-year-old")
            self.history.append((tok.i, Speaker(name, PERSON)))
            self.subjects.add(tok.i)

    def _opens_paragraph(self, i: int) -> bool:
        """Whether token i is the first word of its paragraph, after a dateline ("KUALA LUMPUR –") if any
        (the parser may join a headline to it, so that it is no subject in the parse)."""
        para, j = self.paragraph_of[i], i - 1
        while j >= 0 and self.paragraph_of[j] == para and (self.doc[j].is_punct or self.doc[j].is_space
                                                             or self.doc[j].text.isupper()):
            j -= 1
        return j < 0 or self.paragraph_of[j] != para

    def _personal(self, noun) -> bool:
        """Whether a description names a person: a person noun, an age ("a 23-year-old"), a clause
        with "who", or "he" / "she" later in its sentence."""
        if noun.lower_ in PERSON_NOUNS or _AGE.search(self.doc[noun.left_edge.i:noun.i].text):
            return True
        if any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.rights):
            return True
        return any(t.lower_ in ("he", "she") for t in noun.sent if t.i > noun.i)

    def _collect_ages(self) -> None:
        """"The 24-year-old" for someone whose age the article has not given yet: the person last
        named in its sentence ("Coach X praised striker Y after the 22-year-old scored"), else the one
        last named as a subject in that paragraph or the two before ("Marlins forward Kieran Boyd
        has signed … ¶ The 24-year-old, nicknamed …")."""
        doc = self.doc
        people = sorted(((pos, sp) for pos, sp in self.history if sp.kind == PERSON and sp.name), key=lambda h: h[0])
        for m in _AGE.finditer(doc.text):
            age = f"{m.group(1)}-year-old"
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the" or not self.outside(span.start) \
                    or any(age in words for words in self.described.values()):
                continue
            para, sentence = self.paragraph_of[span.start], doc[span.start].sent.start
            before = [(pos, sp) for pos, sp in people if sentence <= pos < span.start] or \
                [(pos, sp) for pos, sp in people if pos < span.start and para - self.paragraph_of[pos] <= 2
                 and pos in self.subjects]
            if before:
                sp = before[-1][1]
                self.described.setdefault(self.full_name(sp.name, sp.gender)[0], set()).add(age)

    def _collect_speaking_names(self) -> None:
        """Two-word names the tagger missed that speak ("Marek Sobczak … said"): people."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for tok in doc:
            if not (_is_subject(tok) and tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "NORP")
                    and REPORTING_FORMS.get(tok.head.lower_) and self.outside(tok.i)):
                continue
            lo, hi = self.name_range(tok.left_edge.i, tok.i + 1)
            if hi - lo >= 2 and lo not in known and not self._names_body(lo, hi) and not self._in_longer_body(lo, hi) \
                    and all(t.text.istitle() and t.lower_ not in _BODY_WORDS for t in doc[lo:hi]):
                name = " ".join(t.text for t in doc[lo:hi])
                self.full_names.setdefault(doc[hi - 1].text, {})[name] = None
                self.history.append((lo, Speaker(name, PERSON)))
                self.subjects.add(lo)

    def _collect_titled_names(self) -> None:
        """People the tagger missed: a personal title followed by capitalised names (Ms Ines Varga)."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for tok in doc:
            low = tok.lower_
            if low not in _PERSON_TITLES or not tok.text[:1].isupper():
                continue
            end = tok.i + 1
            while end < len(doc) and _is_name_token(doc[end]):
                end += 1
            if end == tok.i + 1 or tok.i + 1 in known or not self.outside(tok.i + 1) or tok.i in self.body_at \
                    or self._names_body(tok.i, end):
                continue  # (a body's name is no title and name: "Caldmoor General Hospital")
            name = " ".join(t.text for t in doc[tok.i + 1:end])
            parts = name.split()
            if len(parts) >= 2:
                self.full_names.setdefault(parts[-1], {})[name] = None
            self.history.append((tok.i + 1, Speaker(name, PERSON, gender=_title_gender(low))))
            if _is_subject(doc[end - 1]):
                self.subjects.add(tok.i + 1)

    def name_in(self, lo: int, hi: int) -> str | None:
        """The personal name at the end of tokens lo..hi, without titles or roles."""
        start, end = self.name_range(lo, hi)
        return " ".join(self.doc[start:end].text.split()) if end > start else None

    def name_range(self, lo: int, hi: int) -> tuple[int, int]:
        """Token range of the personal name at the end of tokens lo..hi."""
        doc = self.doc
        end = hi
        while end > lo and (doc[end - 1].is_punct or doc[end - 1].text in _POSSESSIVE_TOKENS
                            or REPORTING_FORMS.get(doc[end - 1].lower_)):  # "Obama Says" in a headline
            end -= 1
        start = end
        while start > lo and _is_name_token(doc[start - 1]):
            start -= 1
            if start - 2 >= lo and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and _is_name_token(doc[start - 2]):
                start -= 1  # "Morgan-Evans": one surname
        last = doc[end - 1] if end > lo else None
        if last is not None and last.ent_type_ == "PERSON" and last.ent_iob_ != "B":
            ent_start = last.i
            while ent_start > lo and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            start = max(start, ent_start)  # "Harbour Master Ilse Brandt": the tagged name only
            while start < end and doc[start].lower_ in TITLES:
                start += 1
        jobs = [i for i in range(start, end - 2) if doc[i].lower_ in OCCUPATIONS]
        if jobs:  # "Guild organiser Tama Rewiti": the name after the last word of what she does
            start = jobs[-1] + 1
        return start, end

    def full_name(self, name: str, gender: str | None = None) -> tuple[str, bool]:
        """The article's full name for a surname or partial name, and whether it was linked; `gender`
        (from a title: "Mr Pengelly") leaves out the full names of the other gender."""
        parts = name.split()
        options = self.full_names.get(parts[-1], {})
        longer = self._of_gender([o for o in options if len(o.split()) > len(parts) and o.endswith(name)], gender)
        if len(longer) == 1:
            return longer[0], True
        if longer:
            # words put in front of a full name ("Crooked Hillary Clinton", a headline's "Rip Donald Trump")
            # are no part of it
            core = [o for o in longer if not any(o.endswith(" " + other) for other in longer)]
            fullest = max(core, key=lambda o: len(o.split()))  # the first of the longest, in text order
            if all(set(o.split()) <= set(fullest.split()) for o in core):
                return fullest, True  # "Hillary Clinton" and "Hillary Rodham Clinton": one person
            return name, False  # "Clinton" with Bill and Hillary in the article: ambiguous
        shorter = [o for o in options if 2 <= len(o.split()) < len(parts) and name.endswith(" " + o)]
        if shorter:  # "Rip Donald Trump" in a headline, "Donald Trump" in the story
            return min(shorter, key=lambda o: len(o.split())), False
        if len(parts) == 1:  # a first name alone: "Hillary" -> "Hillary Clinton" when only one fits
            firsts = list(dict.fromkeys(o for names in self.full_names.values() for o in names if o.split()[0] == name))
            firsts = self._of_gender(firsts, gender)  # "Mr Tan" of "Mr Tan Ah Huat" and "Madam Tan Lee Choo"
            if len(firsts) == 1:
                return firsts[0], True
        return name, False

    def _of_gender(self, names: list[str], gender: str | None) -> list[str]:
        """The names whose person may be of `gender` (all of them when none is)."""
        if gender is None or len(names) < 2:
            return names
        fitting = [n for n in names if self.gender_of_name(n) in (gender, None)]
        return fitting or names

    # ------------------------------------------------------------------ resolution
    def resolve(self, lo: int, hi: int, head: int) -> Speaker:
        """Resolve the mention in tokens lo..hi whose head token is `head`."""
        doc = self.doc
        lo, hi = self.trimmed(lo, hi, head)
        tok = doc[head]
        low = tok.lower_
        if low in ("who", "that", "which") and tok.head.dep_ == "relcl" and tok.head.head is not tok.head:
            target = tok.head.head  # "Mr. Scott, who said …": resolve through the noun
            return self.resolve(min(target.left_edge.i, target.i), target.i + 1, target.i)
        if tok.pos_ == "PRON" or low in _THIRD_PERSON:
            return self._pronoun(low, lo)
        if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "at", "of") and tok.head.head.lower_ in SPOKESPERSON_NOUNS:
            noun = tok.head.head  # "a spokesperson for North Wales Police", the body taken for the speaker
            return self._spokesperson(noun, noun.i, noun.i + 1)
        if head in self.body_at and (found := self._named_body(tok, *self.body_at[head])) is not None:
            return found
        if is_acronym(tok.text) and (full := self._fuller_body(tok.text, lo)) is not None:
            return Speaker(full, ORG, None, None, "name")  # "the ACCC", the tagger's person or no one
        if head in self.introduced:  # "An 84-year-old man who …" before "Harold Pengelly, from …"
            name = self.introduced[head]
            return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal")
        words = [t for t in doc[lo:hi]]
        named = _named_in_apposition(tok)
        if named is not None and not self._is_person(tok, lo, hi):
            # "the report's author, Nadia Petrov,": the appositive names the speaker
            found = self.resolve(min(named.left_edge.i, named.i), named.i + 1, named.i)
            found.role = found.role or self._role(lo, hi)
            return found
        if low in SPOKESPERSON_NOUNS:
            return self._spokesperson(tok, lo, hi)
        if low == _OFFICIAL and any(t.text[:1].isupper() and t.lower_ not in _NOT_ROLE for t in doc[lo:head]):
            return self._spokesperson(tok, lo, hi, _OFFICIAL)  # "a senior BBMP official"
        if low in DOCUMENT_NOUNS and (author := self._author(tok)) is not None:
            return author
        age = _AGE.search(doc[lo:hi].text)
        if age and not any(_is_name_token(t) for t in doc[lo:hi]):
            return self._described_person(f"{age.group(1)}-year-old", lo, doc[lo:hi].text)
        if self._is_person(tok, lo, hi):
            name_start, _ = self.name_range(lo, head + 1)
            role = self._role(lo, name_start)
            name = self.name_in(lo, head + 1) or tok.text
            titled = next((g for t in doc[lo:name_start] if (g := _title_gender(t.lower_))), None)
            full, linked = self.full_name(name, titled)
            gender = titled or self.gender_of_name(full)
            return Speaker(full, PERSON, role or self.roles.get(full), gender, "surname" if linked else "name")
        if tok.lower_ in PERSON_NOUNS or tok.text[:1].islower() and (
                tok.lower_ in DOCUMENT_NOUNS or tok.lower_ in BODY_NOUNS or tok.pos_ == "NOUN"):
            nominal = self._nominal(tok, lo, hi)
            if nominal.resolved == "nominal" or not any(w.pos_ == "PROPN" for w in words if w.i != head):
                return nominal
        kind = DOCUMENT if tok.lower_ in DOCUMENT_NOUNS else ORG
        return Speaker(self.body_name(lo, hi), kind, None, None, "name")

    def resolve_label(self, lo: int, hi: int) -> Speaker:
        """A transcript's speaker label ("WALLACE", "GOV. PENCE"): a person, named as the article names them."""
        label = [t.text for t in self.doc[lo:hi] if t.is_alpha]
        if label in (["Q"], ["A"]):
            return self._interview_turn(lo, asking=label == ["Q"])
        words = [t.text.title() for t in self.doc[lo:hi] if t.is_alpha and t.lower_ not in TITLES]
        if not words:
            return Speaker(None, UNKNOWN, None, None, "unresolved")
        full, linked = self.full_name(" ".join(words))
        return Speaker(full, PERSON, None, self.gender_of_name(full), "surname" if linked else "name")

    def _interview_turn(self, at: int, asking: bool) -> Speaker:
        """Who asks ("Q:") or answers ("A:") in an interview transcript, as its lead-in tells: the asker
        is the person it names after "spoke to", "questioning from", "interviewed by" …; the one who
        answers, the latest other person it names, a sentence's subject first."""
        doc = self.doc
        asker = next((_without_postnominals(sp.name) for pos, sp in self._recent(at) if sp.name and pos not in self.subjects
                      and any(t.lower_ in INTERVIEW_CUES for t in doc[max(doc[pos].sent.start, pos - 8):pos])), None)
        if asking:
            found = asker
        else:  # "She spoke to …", "… he said he had passed": the subject of the lead-in
            para = self.paragraph_of[at]
            lead = [t for t in reversed(doc[:at]) if para - self.paragraph_of[t.i] <= 2]
            found = next((sp.name for t in lead if t.lower_ in _HE_SHE and t.dep_ in ("nsubj", "nsubjpass")
                          and self.outside(t.i) and (sp := self._pronoun(t.lower_, t.i)).name != asker), None)
            found = found or next((sp.name for pos, sp in self._recent(at)
                                   if sp.kind == PERSON and sp.name and sp.name != asker and pos in self.subjects), None)
        if found is None:
            return Speaker(None, UNKNOWN, None, None, "unresolved")
        return Speaker(found, PERSON, self.roles.get(found), self.gender_of_name(found), "nominal")

    def _is_person(self, tok, lo: int, hi: int) -> bool:
        """A personal name: tagged PERSON, titled (Mr, Gen.), or a surname the article names in full;
        a title with no name ("the judge") is a description, not a name."""
        if tok.lower_ in BODY_NOUNS or tok.lower_ in DOCUMENT_NOUNS:
            return False
        name = self.name_in(lo, tok.i + 1) or tok.text
        if tok.ent_type_ == "PERSON" or name.split()[-1] in self.full_names or self.full_name(name)[1]:
            return True  # tagged, a surname the article names in full, or a first name of one full name
        owner = {t.i for c in tok.lefts if c.dep_ == "poss" for t in c.subtree}  # "Mr Lim's neighbour"
        words = [t for t in self.doc[lo:hi] if t.i not in owner]
        if any(t.lower_ in _PERSON_TITLES for t in words):
            return any(_is_name_token(t) for t in words)
        return tok.pos_ == "PROPN" and tok.ent_type_ not in _ORG_ENTS

    def trimmed(self, lo: int, hi: int, head: int) -> tuple[int, int]:
        """The mention without leading punctuation and without what stands in another paragraph."""
        doc = self.doc
        for i in range(lo, head):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                lo = i + 1
        for i in range(head, hi - 1):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                hi = i + 1
                break
        while lo < head and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        return lo, max(hi, lo + 1)

    def _author(self, tok) -> Speaker | None:
        """Who a report or study is "by" ("a June 2019 report by the Lunchbox Alliance"): it speaks for them."""
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.text[:1].isupper() or obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        return self.resolve(obj.left_edge.i, obj.i + 1, obj.i)
        return None

    def _described_person(self, word: str, lo: int, text: str) -> Speaker:
        """The latest person the article described as `word` ("coach", "66-year-old")."""
        for _, sp in self._recent(lo):
            if sp.kind == PERSON and sp.name and word in self.described.get(sp.name, ()):
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        return Speaker(text, PERSON, None, None, "unresolved")

    def _named_body(self, tok, lo: int, hi: int) -> Speaker | None:
        """A mention whose head stands in the body name doc[lo:hi]: the body by its whole name, or its
        spokesperson or official ("A Department for Business and Trade spokesperson"); None when the
        name is a person's after all (a surname the tagger took for a body)."""
        doc = self.doc
        after = doc[hi].lower_ if hi < len(doc) else ""
        if after in SPOKESPERSON_NOUNS or after == _OFFICIAL:
            noun = _OFFICIAL if after == _OFFICIAL else "spokesperson"
            return Speaker(f"{canonical_body(doc[lo:hi].text)} {noun}", PERSON, None, None, "name")
        if self._names_body(lo, hi) or not self._is_person(tok, lo, hi):
            return Speaker(self.body_name(lo, hi), ORG, None, None, "name")
        return None

    def _spokesperson(self, tok, lo: int, hi: int, noun: str = "spokesperson") -> Speaker:
        """"A Department for Transport spokesperson", "a spokesperson for the hospital", "the
        spokesperson": the role with its body as the name ("Department for Transport spokesperson");
        the same for a body's unnamed official ("BBMP official")."""
        doc = self.doc
        named = [t for t in doc[lo:tok.i] if t.text[:1].isupper() and t.lower_ not in ARTICLES
                 and t.lower_ not in NUMBER_WORDS]  # "One Democratic official"
        if named:
            body = canonical_body(doc[named[0].i:tok.i].text)
            return Speaker(f"{body} {noun}", PERSON, None, None, "name")
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "of") and prep.children:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is None:
                    continue
                if obj.text[:1].isupper():
                    return Speaker(f"{canonical_body(doc[obj.left_edge.i:obj.i + 1].text)} {noun}", PERSON, None, None,
                                   "name")
                body = self._nominal(obj, obj.left_edge.i, obj.i + 1)
                if body.resolved == "nominal" and body.kind == ORG:
                    return Speaker(f"{body.name} {noun}", PERSON, None, None, "nominal")
        for _, sp in self._recent(lo):
            if sp.kind == ORG and sp.name:
                return Speaker(f"{sp.name} {noun}", PERSON, None, None, "nominal")
        return Speaker(doc[lo:hi].text, PERSON, None, None, "unresolved")

    def _role(self, lo: int, hi: int) -> str | None:
        """The words of a mention before the name: "Japanese Prime Minister"."""
        doc = self.doc
        words = [t for t in doc[lo:hi] if t.lower_ not in _NOT_ROLE and not t.is_space
                 and t.text not in _POSSESSIVE_TOKENS and not t.is_punct and t.ent_type_ not in ("DATE", "TIME")]
        if not any(w.is_alpha and w.lower_ not in ("of", "and", "for") for w in words):
            return None
        return " ".join(t.text for t in words) or None

    def gender_of_name(self, name: str) -> str | None:
        """A person's gender, from a title or pronoun the article gave them ("Mr Pengelly" of Harold, not
        of Carol Pengelly)."""
        return self.gender.get(name)

    def _follow_pronouns(self, until: int) -> None:
        """Resolve the subject pronouns ("She told the Herald …") before token `until`, in order,
        so that a later pronoun finds the person the text is about."""
        doc = self.doc
        while self._followed < until:
            tok = doc[self._followed]
            self._followed += 1
            if tok.lower_ in _HE_SHE and tok.dep_ in ("nsubj", "nsubjpass") \
                    and self.outside(tok.i):
                found = self._pronoun(tok.lower_, tok.i)
                if found.name:
                    self.remember(tok.i, found)

    def _follow_bodies(self, until: int) -> None:
        """Remember the bodies that speak as "it" or "the department" before token `until` ("The department
        said in a statement it had hired 40 staff."), so that a later "it said" finds them."""
        doc = self.doc
        while self._followed_bodies < until:
            tok = doc[self._followed_bodies]
            self._followed_bodies += 1
            if not (tok.dep_ in ("nsubj", "nsubjpass") and REPORTING_FORMS.get(tok.head.lower_) and self.outside(tok.i)):
                continue
            if tok.lower_ in THING_PRONOUNS:
                found = self._pronoun(tok.lower_, tok.i)
            elif tok.text.islower() and (tok.lower_ in GENERIC_BODY_NOUNS or tok.lower_ in BODY_NOUNS) \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                found = self._nominal(tok, tok.i - 1, tok.i + 1)
            else:
                continue
            if found.kind == ORG and found.resolved in ("nominal", "pronoun"):
                self.remember(tok.i, found)

    def _pronoun(self, low: str, at: int) -> Speaker:
        self._follow_pronouns(at)
        self._follow_bodies(at)
        if low in FIRST_PERSON:
            return Speaker(None, UNKNOWN, None, None, "unresolved")
        if low in THING_PRONOUNS:
            wanted = (ORG, DOCUMENT)
        elif low in PLURAL_PRONOUNS:
            wanted = (ORG, PERSON)
        else:
            wanted = (PERSON,)
        gender = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None
        # newest first: a main clause's subject in the same paragraph, else a subject there ("X said Y had
        # …"), else anyone fitting there, else a subject of the paragraph before, else the newest fitting
        # speaker (the scan stops as soon as the answer is known)
        para = self.paragraph_of[at]
        same = embedded = other = previous = newest = None
        for pos, sp in self._recent(at):
            if not (sp.kind in wanted and sp.name
                    and not (gender and self._gender(sp) and self._gender(sp) != gender)
                    and not (low in PLURAL_PRONOUNS and sp.kind == PERSON)):
                continue
            where = self.paragraph_of[pos]
            if newest is None:
                newest = sp
            if where == para:
                if pos in self.subjects and self._main_subject(pos):
                    same = sp
                    break
                if pos in self.subjects:
                    embedded = embedded or sp
                else:
                    other = other or sp
                continue
            same = embedded or other
            if same is not None:
                break
            if where == para - 1 and pos in self.subjects:
                previous = sp
                break
            if where < para - 1:
                break
        found = same or embedded or other or previous or newest
        if found is not None:
            return Speaker(found.name, found.kind, found.role, self._gender(found) or gender, "pronoun")
        return Speaker(None, UNKNOWN, None, gender, "unresolved")

    def _main_subject(self, pos: int) -> bool:
        """Whether the mention at token pos is the subject of its sentence's main verb, not of a clause
        inside it ("His lawyer, X, asked …, saying Mr Lim had repaid …": X, not Lim)."""
        tok = self.doc[pos]
        while tok.dep_ in ("compound", "flat") and tok.head is not tok:
            tok = tok.head
        if tok.dep_ == "appos":
            tok = tok.head
        verb = tok.head
        return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"

    def _recent(self, at: int) -> list[tuple[int, Speaker]]:
        """The people and bodies met before token `at`, newest first: at most RECENT of them, so that
        resolving every mention of a long article stays linear."""
        end = bisect.bisect_left(self.history, at, key=lambda h: h[0])
        return self.history[max(0, end - RECENT):end][::-1]

    def _gender(self, sp: Speaker) -> str | None:
        return sp.gender or (self.gender_of_name(sp.name) if sp.kind == PERSON and sp.name else None)

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
        definite = self.doc[lo].lower_ in ("the", "its", "their")  # "the company", not "a company"
        is_doc = low in DOCUMENT_NOUNS
        if is_doc and definite and (issuer := self._issuer(low, lo)) is not None:
            return issuer
        if not is_doc and definite and low in GENERIC_BODY_NOUNS and (body := self._story_body(low, lo)) is not None:
            return body
        for pos, sp in self._recent(lo):
            if not sp.name:
                continue
            if is_doc and sp.kind in (ORG, DOCUMENT):
                if not (words - ARTICLES - {low, "its", "their"}) or \
                        any(w in sp.name.lower() for w in words - {low, "the"}):
                    return Speaker(sp.name, sp.kind, sp.role, None, "nominal")
            if not is_doc and sp.kind == ORG and (low in sp.name.lower() or low in GENERIC_BODY_NOUNS and definite):
                return Speaker(sp.name, sp.kind, sp.role, None, "nominal")
            if not is_doc and sp.kind == PERSON and self._fits(low, sp.name, sp.role):
                return Speaker(sp.name, sp.kind, sp.role, sp.gender, "nominal")
        if not is_doc and self._in_headline_block(lo):  # a headline's "Rovers boss", named in the story below
            for name in dict.fromkeys(name for _, name in self._people_after(lo)):
                if self._fits(low, name, self.roles.get(name)):
                    return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal")
        # "A June 2017 study": the date is not part of anyone's name
        text = " ".join(t.text for t in self.doc[lo:hi] if t.ent_type_ not in ("DATE", "TIME", "CARDINAL"))
        kind = DOCUMENT if is_doc else ORG if low in BODY_NOUNS else PERSON
        return Speaker(text, kind, None, None, "unresolved")

    def _issuer(self, noun: str, at: int) -> Speaker | None:
        """Who issued "the statement": the subject of the last sentence, in this paragraph or the one before,
        that spoke "in a statement" or "issued a statement" ("Mr Holloway said in a statement …")."""
        doc, para = self.doc, self.paragraph_of[at]
        for i in range(at - 1, -1, -1):
            if self.paragraph_of[i] < para - 1:
                break
            tok = doc[i]
            if tok.lower_ != noun or not self.outside(i):
                continue
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and (named := appositive_name(subject)) is not None:
                subject = named  # "The club's chairman, Liam Doyle, said in a statement"
            if subject is not None and subject.pos_ != "PRON" and subject.lower_ not in DOCUMENT_NOUNS:
                found = self.resolve(subject.left_edge.i, subject.i + 1, subject.i)
                if found.name and found.resolved != "unresolved":
                    return Speaker(found.name, found.kind, found.role, found.gender, "nominal")
            return None
        return None

    def _story_body(self, noun: str, at: int) -> Speaker | None:
        """The body "the company" or "the airline" means: the newest whose name says so ("the club"), else
        the business the story names most often, most of all as a subject (the newest of equals), never a
        public body, club or union that the noun does not name, nor a speaker described in lower case."""
        bodies = [sp for _, sp in self._recent(at) if sp.kind == ORG and sp.name]  # newest first
        named = next((sp for sp in bodies if noun in sp.name.lower().split()), None)
        if named is not None:
            return Speaker(named.name, ORG, named.role, None, "nominal")
        counts: dict[str, int] = {}
        for pos, sp in self._recent(at):  # newest first; a mention as a subject counts twice
            if sp.kind == ORG and sp.name and business(sp.name) and all(w[:1].isupper() or w in ("of", "and", "for")
                                                                        for w in sp.name.split()):
                counts[sp.name] = counts.get(sp.name, 0) + 1 + (pos in self.subjects)
        if not counts:
            return None
        top = max(counts.values())
        return Speaker(next(name for name, n in counts.items() if n == top), ORG, None, None, "nominal")

    def _fits(self, noun: str, name: str, role: str | None) -> bool:
        """Whether "the <noun>" may be the person `name`: their role or a word the article describes
        them by is the noun or a synonym of it ("boss" for a manager)."""
        words = self.described.get(name, set())
        if role and noun in role.lower() or noun in words:
            return True
        return any(other in words or role and other in role.lower().split() for other in ROLE_SYNONYMS.get(noun, ()))

    def _in_headline_block(self, i: int) -> bool:
        """Whether token i stands in the article's first line (its headline), before anyone is named."""
        return self.paragraph_of[i] == 0 and not any(pos < i for pos, sp in self.history if sp.kind == PERSON)

    def remember(self, at: int, speaker: Speaker) -> None:
        """Record a speaker met at token `at`, for later pronouns and nominals."""
        if speaker.name:
            bisect.insort(self.history, (at, speaker), key=lambda h: h[0])
            self.subjects.add(at)
            if speaker.kind == PERSON and speaker.gender:
                self.gender.setdefault(speaker.name, speaker.gender)
