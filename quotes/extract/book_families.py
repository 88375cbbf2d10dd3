"""Who is whose relative in one article, for SpeakerBook (speaker_book.py): two people named with one surname
("Cai and Bethan Llewellyn"), relatives introduced through another ("their son, Dafydd", "Cai's father,
Idris"; book_descriptions._collect_relatives), and so the person "her husband", "his mother" or "the elder
Mr Llewellyn" means; a family that speaks as one ("the Holloway family").

A mixin: it reads the book's `doc`, `columns`, `history` and `gender`, fills `relatives`, `couples` and `kin_at`,
and makes a birth name's mention in `history` the person's ("Born Elspeth Voss, she …").
"""
from __future__ import annotations

import bisect
from dataclasses import replace

import regex

from ..words import POSSESSIVE, is_title_case_line
from .bodies import places
from .body_mentions import described_as_person
from .grammar import is_subject, name_head, reporting_subject
from .lexicon import (
    BIRTH_WORDS,
    DEFENDANT_NOUNS,
    FAMILY_FIRST_NAMES,
    FEMALE_PRONOUNS,
    GIVEN_NAME_GENDER,
    KIN_RELATIONS,
    KINSHIP,
    MALE_PRONOUNS,
    NAME_PARTICLES,
    TITLES,
    relatives_word,
)
from .name_suffixes import SUFFIXES
from .person_mentions import (
    AGE,
    BODY_WORDS,
    HYPHENATED_GIVEN,
    PERSONAL_TITLES,
    SAINT,
    capitalised,
    given_syllable,
    is_name_token,
    one_syllable_word,
)
from .speaker import ORG, PERSON, Speaker

#: What a person is to their relative, for each relation the relative is to them.
_INVERSE = {"partner": "partner", "parent": "child", "child": "parent", "sibling": "sibling",
            "grandparent": "grandchild", "grandchild": "grandparent"}
#: Words for a relative of an older and of a younger generation than the one they are a relative of: parents and
#: grandparents, children and grandchildren (data/kinship.tsv), and the generations the file relates to no one.
_OLDER_KIN = frozenset(w for w, rel in KIN_RELATIONS.items() if rel in ("parent", "grandparent")) | {"uncle", "aunt"}
_YOUNGER_KIN = frozenset(w for w, rel in KIN_RELATIONS.items() if rel in ("child", "grandchild")) | {"nephew", "niece"}
#: Words before a titled surname that pick the older or the younger of a family ("the elder Mr Llewellyn").
_GENERATION_WORDS = {"elder": "parent", "older": "parent", "senior": "parent", "younger": "child", "junior": "child"}
_POSSESSIVES = MALE_PRONOUNS | FEMALE_PRONOUNS | {"their"}
#: Nouns a family is spoken for or to in ("on behalf of the Lowe family", "a statement from the Lowe family",
#: "condolences to the Kilmurray family").
_SPOKEN_FOR = frozenset(("behalf", "statement", "statements", "tribute", "tributes", "condolences", "sympathy",
                         "sympathies"))
#: Comparisons of age before "man" or "woman": True for the older one ("the older man"), False for the younger.
_AGE_COMPARISONS = {"older": True, "elder": True, "younger": False}
#: Nouns for a man or a woman that a comparison of age picks one of ("the younger woman").
_SEX_NOUNS = {"man": "m", "woman": "f"}
#: Verbs whose subject the article says has died ("Harold Calloway died in 2009", "who passed away").
_DYING_VERBS = {"died", "passed"}
#: Verbs that give a death as news ("has died", "dies at 88").
_DEATH_NEWS = frozenset(("died", "dies", "passed"))


#: Entity types of a capitalised word before "family" that is no surname ("the Galway family", "the Toyota family").
_NO_FAMILY_ENTITIES = frozenset(("GPE", "LOC", "NORP", "ORG", "FAC", "PRODUCT", "DATE"))


#: Courtesy titles a person is styled by before the family name alone ("Mr Tay", "Madam Koh").
_STYLED_BY_FAMILY_NAME = "Mr|Mrs|Ms|Miss|Mdm|Madam"


def family_name(name: str) -> str:
    """The family name of a full name: its last word with the particles before it ("Llewellyn", "van der
    Merwe", "Nic Dhonnchadha", "St Rose"), or the word before a given name written after it (family_first: "Lam" of "Cecilia
    Lam Wai-sze", "Wong" of "Wong Kah Leong")."""
    words = name.split()
    while len(words) >= 3 and words[-1] in SUFFIXES:
        words = [*words[:-2], words[-2].rstrip(",")]  # "McCann" of "Gerry McCann Jr.", not the suffix
    name = " ".join(words)
    if len(words) >= 2 and HYPHENATED_GIVEN.fullmatch(words[-1]):
        return words[-2]  # "Lam" of "Cecilia Lam Wai-sze": the family name before a hyphenated given name
    if family_first(name):
        return words[-3]  # "Wong" of "Wong Kah Leong", "Goh" of "Ivan Goh Chee Meng"
    start = len(words) - 1
    while start > 1 and (words[start - 1].lower() in NAME_PARTICLES or words[start - 1] in SAINT):
        start -= 1
    return " ".join(words[start:])


def family_first(name: str) -> bool:
    """Whether a name surely ends in a family name and a given name written after it: a hyphenated given name ("Lam
    Wai-sze"), or, where no listed family name ends it, a listed family name and two syllables of a given name ("Khoo
    Teng Hock") or three romanised syllables ("Ng Boon Kiat"; not "Wei Ming Tan")."""
    words = name.split()
    if len(words) >= 2 and HYPHENATED_GIVEN.fullmatch(words[-1]) is not None:
        return True
    if len(words) < 3 or words[-1] in FAMILY_FIRST_NAMES:
        return False  # (not "Wei Ming Tan"; "Wong Kah Leong" only may be: may_be_family_first)
    return words[-3] in FAMILY_FIRST_NAMES and all(given_syllable(w) for w in words[-2:]) \
        or all(one_syllable_word(w) for w in words[-3:])


def may_be_family_first(name: str) -> bool:
    """Whether a name opens and ends in a listed family name, two syllables of a given name after the first ("Wong Kah
    Leong", "Hui Ling Tan"): written family name first or not, as the article writes its other names
    (Families.family_name_first)."""
    words = name.split()
    return len(words) >= 3 and words[-3] in FAMILY_FIRST_NAMES and words[-1] in FAMILY_FIRST_NAMES \
        and all(given_syllable(w) for w in words[-2:])


def possessive(tok) -> bool:
    """Whether token `tok` owns the noun it hangs on: "his", "Frank's", or the parser's "nmod" with its "’s"
    ("the guard’s wife"), or its "amod" ("the forward’s father", the noun taken for an adjective)."""
    return tok.dep_ == "poss" or tok.dep_ in ("nmod", "amod") and any(c.dep_ == "case" for c in tok.children) \
        or plural_family(tok) is not None


def plural_family(tok) -> list[str] | None:
    """The surnames a family written before an apostrophe after "the" may have, as written first ("Williams" of "The
    Williams’ son"), then without the plural's ending ("Scott" of "The Scotts’ grandson", "Jones" of "the Joneses’");
    else None."""
    if tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc) or tok.nbor().text not in ("'", "\u2019") \
            or not tok.text.endswith("s") or tok.i == 0 or tok.nbor(-1).lower_ != "the":
        return None
    return [tok.text, tok.text[:-2] if tok.text.endswith("ses") else tok.text[:-1]]


def _dying(verb) -> bool:
    """Whether the verb whose subject a mention is says they died before the story: "died" itself, or a "died"
    the parser hung on it without a subject of its own ("…, who ran the dye works for 30 years, died in 2004");
    not the news of an obituary ("has died", whose subject the story may quote from earlier days)."""
    return _died(verb) or any(c.dep_ in ("advcl", "conj") and _died(c) and not any(w.dep_.startswith("nsubj")
                                                                                for w in c.children)
                              for c in verb.children)


def _died(verb) -> bool:
    return verb.lower_ in _DYING_VERBS and not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


#: Words for a family that speaks as one ("the Penhallow family", "the Toataua whānau").
_FAMILY_WORDS = frozenset(("family", "wh\u0101nau", "whanau"))


class Families:
    """Relations between the people of one article, and the mentions they resolve."""

    def family_name_first(self, name: str) -> bool:
        """Whether the article writes the full name `name` family name first: surely so (family_first), or maybe so
        (may_be_family_first: "Wong Kah Leong") where it styles someone by the first word alone ("Mr Wong") or writes
        another name surely so ("Leong Hui Min"), not where it writes none ("Dr Hui Ling Tan")."""
        if family_first(name):
            return True
        if not may_be_family_first(name):
            return False
        return name.split()[-3] in self.styled_words() or any(
            family_first(other) for names in self.full_names.values() for other in names if other != name)

    def family_of(self, name: str) -> str:
        """The family name of the full name `name` (family_name; the first of three where the article writes it family
        name first: family_name_first), or its first word where the article styles someone by it alone and no full name
        but a relative's ends in it ("Mr Tay" of "Tay Ah Kow": a name written family name first; not "Mr Peter Ochieng
        Ouma", nor "Mr Grant" of Peter Grant beside Grant Robert Davies)."""
        if may_be_family_first(name) and self.family_name_first(name):
            return name.split()[-3]  # "Wong" of "Wong Kah Leong" beside "Leong Hui Min"
        first = name.split()[0]
        if len(name.split()) >= 3 and first in self.styled_words() \
                and not any(words[-1] == first and not self.related(name, other)
                            for other, words in self.names_with_word(first)):
            return first
        return family_name(name)

    def styled_words(self) -> frozenset[str]:
        """The words the article writes alone after a courtesy title ("Tay" of "Mr Tay said"; not "Mr Peter Ochieng
        Ouma"), found once."""
        if self._styled_words is None:
            self._styled_words = frozenset(regex.findall(
                rf"\b(?:{_STYLED_BY_FAMILY_NAME})\.? (\p{{Lu}}[\w'’-]*)\b(?!\s+\p{{Lu}})", self.text))
        return self._styled_words

    def _relate(self, person: str, relation: str, relative: str, into: dict | None = None) -> None:
        """`relative` is `person`'s `relation` ("parent"), and so `person` the relative's inverse one ("child"), in
        `into` (by default self.relatives)."""
        kin = into is None
        into = self.relatives if kin else into
        if person != relative:
            into.setdefault((person, relation), {})[relative] = None
            into.setdefault((relative, _INVERSE[relation]), {})[person] = None
            if kin:  # (by name too: see related)
                self.kin_names.setdefault(person, set()).add(relative)
                self.kin_names.setdefault(relative, set()).add(person)

    def related(self, name: str, other: str) -> bool:
        """Whether the article makes `other` a relative of `name` ("Yusuf Al Mannai", the son of "Ebrahim Yusuf Al
        Mannai"): two people, however alike their names; not for a surname alone, which may be filed for either."""
        return " " in name and other in self.kin_names.get(name, ())

    def _every_relative(self) -> dict[tuple[str, str], dict[str, None]]:
        """The relations of self.relatives with those of relatives named in full (named_kin) beside them."""
        return {**self.named_kin, **self.relatives}

    def _collect_couples(self) -> None:
        """Two people named with one surname ("Cai and Bethan Llewellyn run the farm"): the given name alone
        before "and" takes the surname, and the two are partners unless they are known to be of one gender."""
        doc, text = self.doc, self.text
        known = [name for names in self.full_names.values() for name in names if len(name.split()) >= 2]
        for i in self.columns.tokens_with("lower", ("and", "&")):
            if i < 1 or i + 2 >= len(doc):
                continue
            given, after = doc[i - 1], doc[i + 1]
            if not (given.pos_ == "PROPN" and given.is_alpha and capitalised(given.text) and self.outside(given.i)
                    and (given.ent_type_ in ("", "PERSON", "ORG") or given.is_sent_start  # ("Rhodri" a place)
                         or given.text in GIVEN_NAME_GENDER and given.text not in places())  # ("Shona", however typed)
                    and given.lower_ not in TITLES
                    and given.lower_ not in BODY_WORDS and given.text not in self.full_names
                    and (given.i == 0 or not is_name_token(doc[given.i - 1]) and doc[given.i - 1].lower_ not in TITLES
                         or relatives_word(doc[given.i - 1].lower_))):
                continue  # (not "Labour and Jane Smith", "Smith and Jane Brown", "Mary Ann and …", "Mr. Obama and …";
                # "Brothers Hamish and Angus McLeay" are two)
            named = next((n for n in known if text.startswith(n, after.idx)
                          and not text[after.idx + len(n):after.idx + len(n) + 1].isalpha()), None) \
                or self._second_of_couple(given, after)
            if named is None or self._name_runs_on(after.idx + len(named)):
                continue  # (not "Roodepoort and Districts Taxi Owners' Association", a body)
            partner = f"{given.text} {family_name(named)}"
            self._know_full_name(partner)
            self._mention_relative(given.i, partner, is_subject(given) or is_subject(doc[i + len(named.split())]))
            self.couples.append((given.i, (partner, named)))
            genders = {self.gender_of_name(partner), self.gender_of_name(named)}
            if len(genders) > 1 or None in genders:
                self._relate(partner, "partner", named)

    def _name_runs_on(self, end: int) -> bool:
        """Whether a capitalised word follows the character `end` of a name, after a space, that is no day or month
        ("Kate and Gerry McCann Friday marked …") nor a generational suffix, outside a headline in title case: more
        words of a body's name."""
        word = regex.match(r"[ ](\p{Lu}\p{Ll}+)", self.text[end:])
        if word is None or word.group(1) in SUFFIXES:
            return False
        line_start, line_end = self.text.rfind("\n", 0, end) + 1, self.text.find("\n", end)
        if is_title_case_line(self.text[line_start:line_end if line_end >= 0 else len(self.text)]):
            return False  # a headline's "Mary and John Smith Celebrate 60 Years"
        span = self.doc.char_span(end + 1, end + 1 + len(word.group(1)))
        return span is None or span[0].ent_type_ not in ("DATE", "TIME")

    def _second_of_couple(self, given, after) -> str | None:
        """The second name of a couple whose first the article writes in full elsewhere ("owners Bertie and Ina Tulloch",
        "Bertie Tulloch, 61, said"), whatever the tagger typed it (a place): a given name and the surname after "and",
        registered as a person's; else None."""
        doc, k = self.doc, after.i + 1
        if k >= len(doc) or k + 1 < len(doc) and is_name_token(doc[k + 1]) or "\n" in after.whitespace_:
            return None
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() and t.lower_ not in TITLES
                   and t.lower_ not in BODY_WORDS and self.outside(t.i) for t in (after, doc[k])):
            return None
        if f"{given.text} {doc[k].text}" not in self.full_names.get(doc[k].text, ()):
            return None
        named = f"{after.text} {doc[k].text}"
        self._know_full_name(named)
        self._mention_relative(after.i, named, is_subject(after) or is_subject(doc[k]))
        return named

    def _collect_birth_names(self) -> None:
        """A name written as someone's birth name ("Born Elspeth Voss in Sedbergh, she …", "who was born Elspeth
        Voss", "Mrs Carmody (née Voss)") is a mention of the person named before with that given name, else of the
        one it stands beside: the name she goes by stays her family's ("Her daughter, Moira," is a Carmody)."""
        toks = self.tokens
        for k, (pos, sp) in enumerate(self.history):
            head, words = name_head(toks[pos]), (sp.name or "").split()
            if sp.kind != PERSON or not words or not (head.head.lower_ == "born" and head.head.i < pos
                                                      or pos > 0 and toks[pos - 1].lower_ in BIRTH_WORDS
                                                      or words[0].lower() in BIRTH_WORDS):
                continue  # (the tagger may run "Born" at a sentence's start into the name)
            given = words[words[0].lower() in BIRTH_WORDS:][:1]
            earlier = sorted((p, other.name) for p, other in self.history if p < pos and other.kind == PERSON
                             and other.name and other.name != sp.name)
            same = [name for _, name in earlier if len(words) >= 2 and name.split()[:1] == given]
            beside = [name for p, name in earlier if head.dep_ == "appos" and name_head(toks[p]).i == head.head.i]
            if same or beside:
                self.history[k] = (pos, Speaker((same or beside)[-1], PERSON, gender=sp.gender))

    def _owners(self, owner) -> list[str]:
        """The people a possessive at token `owner` means: "their" or "the couple's" a couple (_possessors), any
        other one person."""
        return self._possessors(owner) if owner.lower_ in ("their", "couple") else [self._possessor(owner)]

    def _possessors(self, owner) -> list[str]:
        """The people "their" at token `owner` means: the couple named last before it in its paragraph or the
        two before it ("Cai and Bethan Llewellyn"), else the person named last there with their partner
        ("Kwabena Owusu-Boateng … His wife, Abena, …") or, with none, their one brother or sister ("His older
        brother, Joe, … Their mother, Agnes,"), else, when those paragraphs name no one, the couple named last before
        them, else the two of one family named last in its sentence, else the one of a couple the paragraphs are about
        ("Mrs Grace Adamu … as her husband arrived" before "Their son, Daniel,")."""
        since = self._previous_paragraph(self._previous_paragraph(self.paragraph_of[owner.i]))
        couples = [pair for pos, pair in self.couples if pos < owner.i and self.paragraph_of[pos] >= since]
        if couples:
            return list(couples[-1])
        newest_first = [(pos, sp) for pos, sp in sorted(self.history, key=lambda h: -h[0])
                        if pos < owner.i and sp.kind == PERSON and sp.name]
        for pos, sp in newest_first:
            if self.paragraph_of[pos] >= since and len(pair := self._with_partner(pos, sp, "sibling")) == 2:
                return pair
        if not any(self.paragraph_of[pos] >= since for pos, _ in newest_first):
            # no one named in those paragraphs (quotations only): the couple named last before them ("His widow,
            # Margaret, …", her words over two paragraphs, then "Their son, Tom,")
            pair = next((pair for pos, sp in newest_first if len(pair := self._with_partner(pos, sp)) == 2), None)
            if pair is not None:
                return pair
        # "His son, Rhodri, and daughter-in-law, Siân, run it with their son Gareth": the two named last in the
        # sentence, of one family
        sentence = self.doc[owner.i].sent.start
        in_order = sorted(self.history, key=lambda h: h[0])  # (two names may be met at one token: by position alone)
        named = list(dict.fromkeys(self.full_name(sp.name, sp.gender, pos)[0] for pos, sp in in_order
                                   if sentence <= pos < owner.i and sp.kind == PERSON and sp.name))[-2:]
        if len(named) == 2 and all(len(n.split()) >= 2 for n in named) \
                and family_name(named[0]) == family_name(named[1]):
            return named
        # one of a couple named, the other not ("Mrs Grace Adamu … as her husband arrived", then "Their son,
        # Daniel,"): the one the last sentence naming someone in those paragraphs is about, who holds no role (not
        # "Inspector Tom Walsh said the boys were cold")
        pos, sp = next(((pos, sp) for pos, sp in newest_first if self.paragraph_of[pos] >= since and self._in_focus(pos)),
                       (None, None))
        if sp is None:
            return []
        focus = self.full_name(sp.name, sp.gender, pos)[0]
        return [focus] if len(focus.split()) >= 2 and not (sp.role or self.roles.get(focus)) else []

    def _with_partner(self, pos: int, sp: Speaker, or_relation: str | None = None) -> list[str]:
        """The person named at `pos` and their one partner (or, with none, their one relative of `or_relation`);
        the person alone when there is no one such."""
        name = self.full_name(sp.name, sp.gender, pos)[0]
        others = list(self.relatives.get((name, "partner"), ())) \
            or (list(self.relatives.get((name, or_relation), ())) if or_relation else [])
        return [name, others[0]] if len(others) == 1 else [name]

    def family_body(self, tok) -> Speaker | None:
        """"Ms Holloway's family", "the Penhallow family", "his family": the family as one body, named by its
        surname ("Holloway family"), when the article gives one; "the family" alone is the family of the one the
        story is about, else "family"; else None. "Whānau", the Māori word, is a family too ("the Toataua whānau")."""
        if tok.lower_ not in _FAMILY_WORDS:
            return None
        if tok.i not in self._families:  # (once a token: "the family" looks back at every "family" before it)
            self._families[tok.i] = self._family_body(tok)
        return replace(self._families[tok.i]) if self._families[tok.i] is not None else None

    def _family_body(self, tok) -> Speaker | None:
        owner = next((c for c in tok.lefts if possessive(c)), None)
        surname = None
        if owner is not None:
            name = self._possessor(owner)
            surname = self.family_of(name) if name and len(name.split()) >= 2 else None
            if surname is None and owner.pos_ == "PROPN" and owner.text[:1].isupper():
                surname = POSSESSIVE.sub("", owner.text)  # "Ms Holloway's": the surname alone
            if surname is None and owner.pos_ == "NOUN" and owner.text.islower() and not name:
                return Speaker("family", ORG, None, None, "unresolved")  # "the boy's family", the boy never named
        else:
            surname = self._surname_of_family(tok)
            if surname is None and any(c.lower_ == "the" for c in tok.lefts) and tok.text.islower():
                return self._family_in_focus(tok)
        return Speaker(f"{surname} family", ORG, None, None, "name") if surname else None

    def _family_in_focus(self, tok) -> Speaker:
        """"the family said", no one named beside it: the family named last before it outside quotations ("The Pryce
        family has …"), else that of the person the story is about (the deceased of "Tomas Reilly, 19, died … the
        family said"), else the family a quotation named last, else the family no one named.  The one the story is
        about holds no role the article gives and speaks nowhere before (not the inspector quoted three times in a crash
        story whose victim is unnamed)."""
        quoted = None
        for before in reversed(self.tokens[:tok.i]):
            if before.lower_ == "family" and (named := self.family_body(before)) is not None and named.resolved == "name":
                if self.outside(before.i):
                    return named
                quoted = quoted or named  # a quotation's "his family": the speaker's "his" may be read as the speaker
        people = [(pos, sp) for pos, sp in self._people_before(tok.i) if sp.name[:1].isupper()
                  and sp.resolved != "unresolved"]  # ("a coroner", a headline's "Family pay tribute": no one)
        speaking = {sp.name for pos, sp in people if sp.role or self.roles.get(sp.name)
                    or reporting_subject(name_head(self.tokens[pos]))}
        name = self._story_subject([(pos, sp) for pos, sp in people if sp.name not in speaking]) \
            or self._described_in_lede(tok)
        if name and len(name.split()) >= 2:
            return Speaker(f"{self.family_of(name)} family", ORG, None, None, "nominal")
        return quoted or self._family_named_after(tok) or Speaker("family", ORG, None, None, "unresolved")

    def _surname_of_family(self, tok) -> str | None:
        """The surname a family at token `tok` ("family") is named by: "the Penhallow family" (also "the Dineen family",
        untyped, and "the Arsenault family" or "the Toataua whānau", typed a body or a place, of a person so named; "the
        Le Page family" with its particles), "the family of Leanne Moss"; else None."""
        named = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text.istitle()
                 and (c.ent_type_ not in _NO_FAMILY_ENTITIES or self._surname_typed_a_body(c)
                      or c.text in self.full_names)]  # ("the Arsenault family" of Gerald …, "the Toataua whānau" of Tane)
        if not named:
            return self._family_of(tok)
        start = named[-1].i
        while start > 0 and (self.doc[start - 1].lower_ in NAME_PARTICLES or self.doc[start - 1].text in SAINT) \
                and self.doc[start - 1].head.i in (start, tok.i):
            start -= 1  # "the Le Page family", "the de Gruchy family", "the Al Busaidi family": the particles too
        return self.doc[start:named[-1].i + 1].text

    def _surname_typed_a_body(self, tok) -> bool:
        """Whether a word before "family" that the tagger typed a body's name alone ("the Talty family") is a surname:
        a body's name the article gives nowhere else."""
        alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(self.doc) or self.doc[tok.i + 1].ent_iob_ != "I")
        return tok.ent_type_ == "ORG" and alone and len(self.columns.tokens_with("orth", (tok.text,))) == 1

    def _family_named_after(self, tok) -> Speaker | None:
        """The one family the article names after token `tok` outside quotations as speaking, spoken for or to ("The
        family of a fisherman … described him as …", then "a statement on behalf of the Lowe family"; not "trainers
        employed by the Magnier family"), else None."""
        named = {surname for after in self.tokens[tok.i + 1:] if after.lower_ == "family" and after.text.islower()
                 and self.outside(after.i) and (reporting_subject(after) or any(t.lower_ in _SPOKEN_FOR for t in after.sent))
                 and (surname := self._surname_of_family(after))}
        return Speaker(f"{named.pop()} family", ORG, None, None, "nominal") if len(named) == 1 else None

    def _described_in_lede(self, tok) -> str | None:
        """The full name of the one "the family of" a description in the lede means, no one named yet ("The family of
        a cyclist who died … have described him as …" ¶ "Gethin Rees, 34, from Aberdare, was riding …"): the first person
        the next paragraph with words names as a subject, when they hold no role, do not speak and are not in the dock;
        None where the family is of no description or no one is so named."""
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        described = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        lede = self._lede_paragraph()
        if described is None or described.pos_ != "NOUN" or not described.text.islower() or self.paragraph_of[tok.i] != lede:
            return None
        following = self._next_paragraph(lede)
        pos, name = next(((pos, name) for pos, name in self._people_after(tok.i) if self.paragraph_of[pos] == following
                          and pos in self.subjects), (0, None))
        if name is None or self.roles.get(name) or reporting_subject(name_head(self.tokens[pos])) \
                or set(DEFENDANT_NOUNS) & self.described.get(name, set()):
            return None  # (not "Callum Reid, 27, has been charged …", nor "Group Commander Alan Ferrie said …")
        return name

    def _family_of(self, tok) -> str | None:
        """The surname of the one "the family of …" at token `tok` names ("the family of Leanne Moss", "the family
        of Tom and Ngaire Rewiti": the last of a couple carries it; "the family of Ms Dunbar"), when the article gives their
        full name."""
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        while person is not None and (conj := next((c for c in person.rights if c.dep_ == "conj"), None)) is not None:
            person = conj
        if person is None or person.pos_ != "PROPN":
            return None
        words = [t for t in person.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [person]
        if person.ent_type_ != "PERSON" and words[0].lower_ not in PERSONAL_TITLES \
                and (not described_as_person(self.doc, person.i + 1) or self._names_body(words[0].i, person.i + 1)):
            return None  # ("Ms Dunbar" tagged a body; "Dawa Chhiring Sherpa, the 38-year-old mountain guide,", a work;
            # not "Dunnes Stores, the 80-year-old retailer,")
        name = self.full_name(" ".join(t.text for t in words))[0]
        return self.family_of(name) if len(name.split()) >= 2 else None

    def _collect_kin_mentions(self) -> None:
        """A relative named by relation alone ("Her husband admitted she was right", "His mother said"): the
        person the article made the possessor's relative, a mention of them for the pronouns after."""
        doc = self.doc
        for tok in (self.tokens[i] for i in self.columns.tokens_with("lower", KIN_RELATIONS)):
            owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
            if owner is None or tok.pos_ != "NOUN" or not self.outside(tok.i) \
                    or any(c.dep_ == "appos" for c in tok.rights) or tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                continue  # ("her son, Declan," and "her son Declan" name the relative)
            owners = self._owners(owner)
            gender = KINSHIP[tok.lower_]
            known = self._every_relative() if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" \
                and owner.i == tok.sent.start else self.relatives  # (one named in full, when the sentence opens with
            # them: "His son, who …, said"; not "…, his brother added", whose "his" may be either brother)
            found = [r for o in owners if o for r in known.get((o, KIN_RELATIONS[tok.lower_]), ()) if r not in owners]
            fitting = self._of_gender(list(dict.fromkeys(found)), gender)  # (known to be of it if any are)
            if len(fitting) == 1:
                self.kin_at[tok.i] = fitting[0]
                if gender:
                    self.gender.setdefault(fitting[0], gender)
                self._mention_relative(tok.i, fitting[0], is_subject(tok))

    def obituary_subject(self, people: list) -> str | None:
        """The one of `people` ((token index, speaker) pairs) whose death is the story's news ("Tributes have been paid
        to … Patrick Quinn, who has died at his home", "X dies at 88"): whom an obituary's "His son, Ciarán," is the son
        of, however many others it quotes; None if not exactly one."""
        dead = {self.full_name(sp.name, sp.gender, pos)[0] for pos, sp in people if self._news_of_death(pos)}
        dead = {name for name in dead if not any(name != other and set(name.split()) < set(other.split())
                                                 and name_ends(name) == name_ends(other) for other in dead)}
        dead = {name for name in dead if " " in name} or dead
        # (a headline's "Haji Ebrahim Al Mannai dies at 91" is the "Ebrahim Yusuf Al Mannai" who "died at home", not
        # "John Smith" the "Michael John Smith" who died too; its "former Cuttack Mayor", a place the tagger took for a
        # person, is no one who died)
        return dead.pop() if len(dead) == 1 else None

    def _news_of_death(self, pos: int) -> bool:
        """Whether the name at token `pos` is the subject of "died", "has died" or "dies", or the noun of a clause
        that says so ("…, who has died at his home"), or the subject opening the paragraph after a lede that tells of the
        death of someone it describes ("Tributes have been paid to a former headteacher …, who has died" ¶ "Idris Ellis
        was head of …")."""
        tok = name_head(self.tokens[pos])
        if is_subject(tok) and not reporting_subject(tok) and self._opens_paragraph(pos) and self._death_in_lede() \
                and self.paragraph_of[pos] == self._next_paragraph(self._lede_paragraph()):
            return True  # (not one who speaks of it: "Harbourmaster Peter Hosking said the port was “in shock”")
        while tok.dep_ == "nmod" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            tok = tok.head  # ("Patrick" of "Patrick “Packie” Quinn")
        for noun in ([tok, tok.head] if tok.dep_ in ("appos", "conj") else [tok]):  # (the clause the parser hung on
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lower_ in _DEATH_NEWS \
                    or any(c.dep_ == "relcl" and c.lower_ in _DEATH_NEWS and c.i > tok.i for c in noun.rights):
                return True  # the role before the name: "footballer and schoolteacher Patrick Quinn, who has died")
        return False

    def _death_in_lede(self) -> bool:
        """Whether the lede tells of the death of someone it describes without a name ("Tributes have been paid to a
        former headteacher known as “…”, who has died at the age of 91": a "who" clause after the noun, hung on it or
        on a word after it)."""
        if self._lede_death is None:
            lede = self._lede_paragraph()
            self._lede_death = any(
                any(t.dep_ == "relcl" and t.lower_ in _DEATH_NEWS for t in noun.subtree if t.i > noun.i)
                for noun in self.tokens if self.paragraph_of[noun.i] == lede and noun.pos_ == "NOUN"
                and any(c.lower_ in ("a", "an") for c in noun.lefts))
        return self._lede_death

    def died_at(self, pos: int) -> bool:
        """Whether the person mentioned at token `pos` is said there to have died: the subject of "died" or
        "passed away", the name or the noun it stands beside ("Her husband, Harold Calloway, who ran the mill,
        died in 2009", "…, who died in 2009"), or "the late" one ("her late husband, Harold")."""
        if pos not in self._deaths:
            self._deaths[pos] = self._said_to_have_died(pos)
        return self._deaths[pos]

    def _said_to_have_died(self, pos: int) -> bool:
        tok = name_head(self.tokens[pos])
        nouns = [tok, tok.head] if tok.dep_ == "appos" else [tok]
        for noun in nouns:
            if any(c.lower_ == "late" for c in noun.lefts) \
                    or noun.dep_ in ("nsubj", "nsubjpass") and _dying(noun.head) \
                    or any(c.dep_ == "relcl" and _died(c)
                           and any(w.lower_ in ("who", "that") for w in c.lefts) for c in noun.rights):
                return True
        return False

    def _by_age(self, name: str, oldest: bool, at: int, family: list[str] = ()) -> str | None:
        """The oldest (youngest) of the full names holding the surname `name` (or of the `family` the article relates)
        by the ages the article gives ("Peter Wong Kai-ming … Wong, 70," and "Felix Wong Siu-lun, 41": "the elder
        Wong" is Peter; an age given to the surname alone is its holder's), when two or more have one and they differ."""
        names = self._bearers(name, family)
        holder = self._surname_holder(name, names, at)
        aged = {full: age for full in names
                if (age := _one_age(self._described_in_family(full, name, holder))) is not None}
        return _eldest(aged, oldest)

    def older_or_younger(self, tok, lo: int) -> Speaker | None:
        """"The older man", "the younger woman" (token `tok` the noun, `lo` its "the"): of the people of that sex the
        article named with an age in its paragraph or the two before ("Ifan Morgans … says the 71-year-old" ¶ "His
        son, Emyr Morgans, 44, …" ¶ "The older man is wary …"), the oldest (youngest), where two or more have
        differing ages; None otherwise."""
        word = next((c.lower_ for c in tok.lefts if c.dep_ == "amod" and c.lower_ in _AGE_COMPARISONS), None)
        gender = _SEX_NOUNS.get(tok.lower_)
        if word is None or gender is None or self.doc[lo].lower_ != "the":
            return None
        first = self._previous_paragraph(self._previous_paragraph(self.paragraph_of[lo]))
        aged: dict[str, int] = {}
        for pos, sp in self._recent(lo):
            if self.paragraph_of[pos] < first:
                break
            if sp.kind != PERSON or not sp.name or self._gender(sp) not in (None, gender):
                continue
            full = self.full_name(sp.name, sp.gender, pos)[0]
            if (age := _one_age(self.described.get(full, ()))) is not None:
                aged[full] = age
        start = min(bisect.bisect_left(self.paragraph_of, first), lo)  # (paragraph numbers rise with the tokens)
        for found in AGE.finditer(self.text, self.tokens[start].idx, self.tokens[lo].idx):
            span = self.doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if span is None or span.start == 0 or self.doc[span.start - 1].lower_ != "the":
                continue  # ("says the 71-year-old": whom the article so describes)
            sp = self.resolve(span.start - 1, span.end, span.end - 1)
            if sp.kind == PERSON and sp.name and sp.resolved != "unresolved" and self._gender(sp) in (None, gender):
                aged.setdefault(sp.name, int(found.group(1)))
        name = _eldest(aged, _AGE_COMPARISONS[word])
        return Speaker(name, PERSON, self.roles.get(name), gender, "nominal") if name else None

    def _by_generation(self, name: str, gender: str | None, at: int | None) -> str | None:
        """The person "the elder" or "the younger" before token `at` (or "senior", "junior" after the surname: "Mr Brown
        senior") picks of the family the surname `name` names: the one of the oldest (youngest) generation the article
        relates, no one's child (parent) there, of the title's gender."""
        if at is None:
            return None
        word = next((t.lower_ for t in self.tokens[max(0, at - 2):at + 2] if t.lower_ in _GENERATION_WORDS), None) \
            or next((t.lower_ for t in self.tokens[at + 1:at + 3] if _generation_after_name(t)), None)
        if word is None:
            return None
        relatives = self._every_relative()  # (a relative named in full too: "with his son, Chen Yi-chieh")
        elder = _GENERATION_WORDS[word] == "parent"
        if not relatives:
            bearers = self._family_met_before(at, self._bearers(name))  # (of those named by then, as below)
            bearers = bearers if len(bearers) >= 2 else []
            return self._by_age(name, elder, at, bearers) or self._by_kin_noun(name, elder, at, bearers)
        family = list(dict.fromkeys(p for p, _ in relatives if name in p.split()))  # ("Wong Kai-ming", whose
        # surname comes first, too)
        if len(met := self._family_met_before(at, family)) >= 2:
            family = met  # of those named by then: "His father, Dean X, …" ¶ "the elder X says" ¶ "His mother, June"
        above = _INVERSE[_GENERATION_WORDS[word]]  # elder: no one's child; younger: no one's parent
        picked = [n for n in family if not any(n in relatives.get((o, above), ()) for o in family)
                  and (gender is None or self.gender_of_name(n) in (gender, None))]
        # brothers or sisters are of one generation: their ages say who is the elder ("Conor Loftus, 29, … his brother
        # Eoin, 22": "the younger Loftus" is Eoin)
        return picked[0] if len(picked) == 1 else self._by_age(name, elder, at, family) \
            or self._by_kin_noun(name, elder, at, family)

    def _family_met_before(self, at: int, names: list[str]) -> list[str]:
        """Those of the full `names` a person's mention before token `at` names: in full, or by words of theirs other
        than the surname alone ("June" of "June Redfeather"; "Redfeather" could be any of them); by the words as met,
        not by full_name, which this serves (through picked_by_generation)."""
        mentions = {sp.name for pos, sp in self.history if pos < at and sp.kind == PERSON and sp.name}
        return [n for n in names if any(m == n or set(m.split()) <= set(n.split()) and m != family_name(n)
                                        for m in mentions)]

    def picked_by_generation(self, name: str) -> set[str]:
        """The people whom a mention of the surname `name` anywhere in the article picks as "the elder" or "the
        younger" of a family ("The elder Mr Hsieh, 81, took the stage"): the article tells them from one it
        calls by the surname alone."""
        near = {j for g in self.columns.tokens_with("lower", tuple(_GENERATION_WORDS)) for j in range(g - 2, g + 3)}
        return {p for i in self.columns.tokens_with("orth", (name,)) if i in near and self.outside(i)
                and (p := self._by_generation(name, None, i)) is not None}

    def _by_kin_noun(self, name: str, elder: bool, at: int, family: list[str] = ()) -> str | None:
        """The elder (younger) of the full names holding the surname `name` by the word for a relative the article
        describes one of them by ("Paolo Yap, the coach's nephew": "the younger Yap"): the one so described of an older
        (younger) generation, or of two the one the other's word makes the elder (younger); None otherwise."""
        names = self._bearers(name, family)
        holder = self._surname_holder(name, names, at)
        older = [n for n in names if self._described_in_family(n, name, holder) & _OLDER_KIN]
        younger = [n for n in names if self._described_in_family(n, name, holder) & _YOUNGER_KIN]
        wanted, others = (older, younger) if elder else (younger, older)
        if len(wanted) == 1 and wanted[0] not in others:
            return wanted[0]
        rest = [n for n in names if n not in others]
        return rest[0] if not wanted and len(names) == 2 and len(others) == 1 and len(rest) == 1 else None

    def _bearers(self, name: str, family: list[str] = ()) -> list[str]:
        """The `family` the article relates, else the full names holding the surname `name`."""
        return list(family) or list(self.full_names.get(name, ())) \
            or [o for o, words in self.names_with_word(name) if len(words) > 1]

    def _described_in_family(self, full: str, name: str, holder: str | None) -> set[str]:
        """The words the article describes the person `full` by, and those it gives the surname `name` alone where
        `full` is the one who holds it there."""
        return self.described.get(full, set()) | (self.described.get(name, set()) if full == holder else set())


def _one_age(words) -> int | None:
    """The one age the words describing someone give ("44-year-old"), or None where they give none or several."""
    ages = {int(m.group(1)) for w in words if (m := AGE.fullmatch(w))}
    return ages.pop() if len(ages) == 1 else None


def _eldest(aged: dict[str, int], oldest: bool) -> str | None:
    """Of people and their ages, the oldest (youngest), where two or more have ages that differ; None otherwise."""
    if len(aged) < 2 or len(set(aged.values())) < len(aged):
        return None
    return (max if oldest else min)(aged, key=aged.get)


def _generation_after_name(tok) -> bool:
    """Whether a lower-case "senior" or "junior" right after a surname picks a generation ("Mr Brown senior said"),
    not a grade of the noun after it ("Brown, senior lecturer")."""
    return tok.text in ("senior", "junior") and tok.i > 0 and tok.doc[tok.i - 1].text.istitle() \
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("NOUN", "PROPN"))


def name_ends(name: str) -> set[str]:
    """The first and last words of a full name, one of which is the family name, whichever order it is written in."""
    words = name.split()
    return {words[0], words[-1]}
