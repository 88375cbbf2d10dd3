"""The people one article names, for SpeakerBook (speaker_book.py): names the tagger missed (after a
title, speaking, in a run of capitalised words, a surname alone), the full name a surname or first name
stands for, and the gender titles and pronouns tell.

A mixin: it reads and fills the book's `doc` (and its `tokens` and `columns`), `history`, `subjects`, `full_names` and `gender`.
"""
from __future__ import annotations

import itertools

import numpy as np
import regex

from ..words import POSSESSIVE_TOKENS, doubled_letter_slip, undoubled
from .bodies import canonical_body
from .body_mentions import body_end_words, initials, names_team
from .book_bodies import described_with_which
from .book_descriptions import age_after, is_nationality_word, nationality, one_named
from .book_families import family_first, family_name, may_be_family_first
from .gaelic_bodies import GAELIC_ARTICLES
from .grammar import (
    GIVEN_NAME_ENTS,
    given_name_alone,
    is_main_subject,
    is_subject,
    joined_title,
    name_head,
    reporting_subject,
    role_noun,
    run_start,
)
from .joined_initials import JOINED_NAME, given_part
from .lexicon import (
    ARTICLES,
    FAMILY_NAMES_TOO,
    GIVEN_NAME_GENDER,
    HONORIFICS,
    KINSHIP,
    NAME_PARTICLES,
    OCCUPATIONS,
    PERSON_NOUNS,
    REPORTING_FORMS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    SEAT_HONORIFICS,
    SECOND_GIVEN_GENDER,
    TITLES,
)
from .person_mentions import (
    BODY_WORDS,
    COMPASS_WORDS,
    FILIAL_NAME,
    FILIAL_PARTICLES,
    HYPHENATED_GIVEN,
    OFFICE_LINKS,
    OFFICE_TOPICS,
    OPENING_CONJUNCTIONS,
    PERSONAL_TITLES,
    QUOTE_MARKS,
    abbreviated_given,
    after_indefinite,
    after_seat,
    after_surname,
    capitalised,
    describes_noun,
    given_name_mistagged,
    given_or_listed,
    hyphenated_end,
    hyphenated_part,
    hyphenated_start,
    in_party_tag,
    in_vessel_name,
    is_name_token,
    is_particle,
    joins_words,
    name_in,
    name_range,
    name_start,
    name_variants,
    named_after_someone,
    nickname_end,
    office_holder,
    office_title_before,
    one_syllable_word,
    only_styles,
    opening_description,
    plural_title,
    qualifies_role,
    royal_given_name,
    seat_title_at,
    surname_end,
    title_gender,
    written_rank,
)
from .speaker import ORG, PERSON, Speaker

#: Titles and roles written before a full name, which show its first word a given name ("Governor Moses …").
_STYLING_WORDS = TITLES | ROLE_WORDS
#: Words for what someone does, which end no one's name after a word that is no given name ("District Collector").
_TRADE_WORDS = OCCUPATIONS | ROLE_WORDS

#: Titles that tell one holder of a surname from another who is not styled so ("Dr Borg", "Prof. Ng").
_DISTINGUISHING_TITLES = frozenset(("dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady", "judge",
                                    "justice", "rev", "rev.", "fr", "fr.", "mgr", "mgr.", "msgr", "msgr.", "monsignor",
                                    "canon", "archdeacon"))
#: The same as written before a name, for a pattern.
_STYLES = "(?:" + "|".join(sorted({t.rstrip(".").capitalize() for t in _DISTINGUISHING_TITLES})) + ")"
#: Titles of courtesy, which a person styled by one of those is not given ("Mr Borg" is not Dr Borg).
_COURTESY_TITLES = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx"))
_NAME_RUN_ENTS = {"", "PERSON", "ORG"}  # entity types a run of capitalised names may carry and still be a person
#: Particles of a patronymic that may end a name, the father's given name before them ("Aibek Nurlan uulu", "Gulzat
#: Asan kyzy"): the two words are the name the story later calls them by.
_CLOSING_PATRONYMICS = frozenset(("uulu", "kyzy", "ugli", "qizi", "oglu", "ogly", "gizi", "kizi"))
#: The capitalised particles an Irish or Scottish surname opens with ("Ní Bhriain", "Mac Giolla Phádraig").
_GAELIC_PARTICLES = ("Mac", "Mhic", "Nic", "Ní", "Ó", "Ua", "Uí")


#: Title words written out before a capitalised name ("Detective Sergeant" + "Rhian", "Assistant Commissioner of Police"
#: + "Rozaini"), for their initials.
_WRITTEN_TITLE = regex.compile(r"\b(?:\p{Lu}\p{Ll}+[ ]){1,4}(?:of[ ](?:the[ ])?\p{Lu}\p{Ll}+[ ])?"
                                r"\p{Lu}[\p{L}’'-]+(?:[ ]\p{Lu}[\p{L}’'-]+){0,3}")


#: Ordinal words that name a position before a name ("Third Bernice Kavanagh", a curling rink's third).
_ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth"))


class PeopleNames:
    """Collecting the people an article names, and linking partial names to full ones."""

    def _know_full_name(self, name: str) -> None:
        """Let the surname of a name of two words or more find it later: its last word, or the word before a
        hyphenated given name of a Chinese or Korean name ("Yeung" of "Dominic Yeung Ka-lok", "Han" of
        "Han Jae-won"), the family name written first (Families.family_of) or the word before a regnal number
        ("Ababio" of "Kwame Ampofo Ababio II"); the given name of a Mongolian name with a joined initial ("Enkhjin"
        of "B.Enkhjin")."""
        parts = name.split()
        if len(parts) == 1 and (given := given_part(name)) is not None:
            self._file_full_name(given, name)  # "Enkhjin" of "B.Enkhjin"
        if len(parts) >= 2:
            self._file_full_name(parts[-1], name)
            if HYPHENATED_GIVEN.fullmatch(parts[-1]) or len(parts) >= 3 and after_surname(parts[-1]):
                self._file_full_name(parts[-2].rstrip(","), name)  # (also "Ababio" of "Kwame Ampofo Ababio II",
                # "Villanueva" of "Eduardo M. Villanueva, Jr.")
            elif len(parts) >= 3 and (all(one_syllable_word(p) for p in parts[-3:]) or family_first(name)
                                      or may_be_family_first(name)):
                self._file_full_name(parts[-3], name)  # "Ng" of "Ng Boon Kiat", "Goh" of "Ivan Goh Chee Meng"
            elif (family := self.family_of(name)) != parts[-1]:
                self._file_full_name(family, name)  # "Tay" of "Tay Ah Kow", whom the article styles "Mr Tay"

    def offices_after_the(self) -> frozenset[str]:
        """Capitalised words the article writes alone after "the" as the subject of a verb, found once: offices ("the
        Cornet said"), not given names, bodies' words ("the Observatory warned") nor a word of a name ("the Leota matai
        title")."""
        if self._offices_after_the is None:
            after_the = (self.tokens[i + 1] for i in self.columns.tokens_with("lower", ("the",)) if i + 1 < len(self.doc))
            self._offices_after_the = frozenset(
                tok.text for tok in after_the if tok.is_alpha and tok.text.istitle() and tok.text not in GIVEN_NAME_GENDER
                and tok.lower_ not in body_end_words() and self.outside(tok.i)
                and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"))
        return self._offices_after_the

    def after_offices(self, name: str | None) -> str | None:
        """A name from after the last of its words, but two, that the article writes alone after "the" as the subject of
        a verb, an office ("Braxholm Cornet Jamie Scott" where "the Cornet said": Jamie Scott; given names never count),
        or after an ordinal before a given name ("Third Bernice Kavanagh")."""
        words = (name or "").split()
        if len(words) < 3:
            return name
        cut = max((k + 1 for k, w in enumerate(words[:-2]) if w in self.offices_after_the()), default=0)
        if cut == 0 and words[0] not in GIVEN_NAME_GENDER and words[1] in GIVEN_NAME_GENDER \
                and words[0].lower() in _ORDINALS:
            cut = 1  # "Third Bernice Kavanagh": a position (not "Guy" of "Guy Edward Bartkus", a given name the list lacks)
        return " ".join(words[cut:])

    def _office_written_after_the(self, name: str) -> bool:
        """Whether the article writes the words of `name` (two or more) straight after "the" outside quotations, as
        it writes an office ("the Ceann Comhairle") and never a person's name (but "the Declan Brennan Cup", "the
        Bernie Sanders presidential campaign" and "the Declan Brennan's" are named after the person)."""
        if " " not in name or f"he {name}" not in self.text and f"he\n{name}" not in self.text:
            return False  # (a quick look first: most names never follow "the")
        return any((span := self.doc.char_span(m.start(), m.end(), alignment_mode="expand")) is not None
                   and self.outside(span.start) and not _modifies_a_noun(span[-1])
                   for m in regex.finditer(rf"\b[Tt]he[ \n]{regex.escape(name)}\b(?![\s-]*\p{{Lu}}|['\u2019]s)", self.text))

    def _file_full_name(self, key: str, name: str) -> None:
        """Let the word `key` of a full name find it (full_names is written only here); not an office the article
        writes after "the" ("Ceann Comhairle", which a headline may open with)."""
        if self._office_written_after_the(name):
            return
        name = self.after_offices(name)
        self.full_names.setdefault(key, {}).setdefault(name, None)
        self._names_by_word = None

    def names_with_word(self, word: str) -> list[tuple[str, list[str]]]:
        """The full names the article gives that have `word` among their words, with their words: each once,
        in the order of full_names (by word, then by name)."""
        if self._names_by_word is None:
            self._names_by_word = {}
            for name in dict.fromkeys(o for names in self.full_names.values() for o in names):
                words = name.split()
                for w in dict.fromkeys(words):
                    self._names_by_word.setdefault(w, []).append((name, words))
        return self._names_by_word.get(word, [])

    def _meet(self, pos: int, name: str, subject: bool, gender: str | None = None) -> None:
        """A person named at token `pos`: their full name known, the mention met, and whether it is a subject; no one
        where the name is an office the article writes after "the", nor in a picture's credit ("(Photo: Victoria Standard /
        Ken Lo)", whom "Mr Lo" never means)."""
        if self._office_written_after_the(name) or any(lo <= self.tokens[pos].idx < hi for lo, hi in self.credited):
            return
        name = self.after_offices(name)
        self._know_full_name(name)
        self.history.append((pos, Speaker(name, PERSON, gender=gender)))
        if subject:
            self.subjects.add(pos)

    def _collect_titled_names(self) -> None:
        """People the tagger missed: a personal title followed by capitalised names (Ms Ines Varga)."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        chiefs = [i for i in self.columns.tokens_with("orth", ("Chief",)) if self._chief_before_name(i)]
        for i in sorted([*self.columns.tokens_with("lower", PERSONAL_TITLES), *chiefs]):
            tok, low = self.tokens[i], self.tokens[i].lower_
            if not tok.text[:1].isupper() or i > 0 and self.tokens[i - 1].text in FILIAL_PARTICLES \
                    or royal_given_name(doc, i) or in_vessel_name(doc, i):
                continue  # ("binti" + "Haji Md Salleh": her father's honorific and name, inside hers; "Prince" of
                # "Prince Y. Kollie", his given name; "Lady" of the ship "MV Lady Rosalind")
            end = tok.i + 1
            while end < len(doc) and is_name_token(doc[end]):
                end += 1
            end = surname_end(doc, hyphenated_end(doc, tok.i + 1, end)) if end > tok.i + 1 else end
            # ("Dr Cian Mac" + "an Bhaird", "Superintendent Chan Tai" + "-man")
            start = max(tok.i + 1, name_start(doc, tok.i, end))  # past the rest of "Puan Sri"
            if start >= end or start in known or not self.outside(start) or tok.i in self.body_at \
                    or self._names_body(tok.i, end):
                continue  # (a body's name is no title and name: "Caldmoor General Hospital")
            name = " ".join(doc[start:end].text.split())
            if only_styles(name):
                continue  # "Health Minister Datuk Seri" + "Dr Hamdan Yusoff": the name comes after the styles
            self._meet(start, name, is_subject(doc[end - 1]), title_gender(low))

    def _chief_before_name(self, i: int) -> bool:
        """Whether "Chief" at token i is a traditional leader's title before the name the tagger missed ("Chief
        Mukobela keeps a book"): a name word after it, and no word of the capitalised run it opens an office's, rank's
        or body's ("Chief Executive", "Chief Inspector", "Chief Fire Officer Dawn Whittaker") nor a place's or body's
        the tagger found."""
        end = i + 1
        while end < len(self.tokens) and self.tokens[end].is_alpha and self.tokens[end].text[:1].isupper():
            end += 1
        run = self.tokens[i + 1:end]
        return bool(run) and is_name_token(run[0]) and not any(
            t.ent_type_ in ("ORG", "GPE", "LOC", "NORP", "FAC") or t.lower_ in TITLES or t.lower_ in ROLE_WORDS
            or t.lower_ in OCCUPATIONS or t.lower_ in BODY_WORDS or written_rank(t) for t in run)

    def _collect_seat_titles(self) -> None:
        """Chiefly titles held for a place before a person's name ("Tui Falealupo Seiuli Taamilo"): the title
        alone later ("Tui Falealupo said") is that person (held_titles)."""
        doc, named = self.doc, dict(self.history)
        for i in self.columns.tokens_with("lower", SEAT_HONORIFICS):
            if (title := seat_title_at(doc, i, len(doc))) is None:
                continue
            start = i + len(title.split())
            person = next((named[p] for p in range(i, start + 1) if p in named and named[p].kind == PERSON), None)
            name = person.name if person is not None and title not in person.name else self._name_in(i, start + 2)
            if name and title not in name:
                self.held_titles.setdefault(title, name)

    def _collect_nicknamed_names(self) -> None:
        """Full names with a quoted nickname inside (Clive “Smokey” Barrett), however the tagger read them:
        the name without the nickname, which the surname alone later finds, or the nickname and surname where the
        article also writes them so ("Bea Trask" in the headline of Beatrice “Bea” Trask)."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for i in self.columns.tokens_with("orth", QUOTE_MARKS):  # (a nickname opens with a quotation mark)
            tok = self.tokens[i]
            closing = nickname_end(doc, tok.i) if tok.i > 0 and self.outside(tok.i - 1) else None
            if closing is None:
                continue
            end = closing + 2  # (the surname nickname_end found after it, which the tagger may take for a noun)
            while end < len(doc) and is_name_token(doc[end]):
                end += 1
            end = hyphenated_end(doc, closing + 1, end)  # ("Jamal “Smokey” Alleyne-Forde")
            lo = doc[tok.i - 1].sent.start  # (the parser may open a sentence at the mark)
            start, _ = name_range(doc, lo, end)
            if start >= tok.i:
                start, _ = name_range(doc, lo, tok.i)  # the given names before the mark, the surname a noun to the tagger
            while start < tok.i and doc[start].lower_ in OCCUPATIONS:  # "Quarterback Marcus “Smooth” Whitley"
                start += 1
            given, surname = name_in(doc, start, tok.i), self.columns.span_text(closing + 1, end)
            name = name_in(doc, start, end) or given and f"{given} {surname}"
            if name and any(mark in name for mark in QUOTE_MARKS) and given:
                name = f"{given} {surname}"  # (not "Ho” Mitchell" of Horace “Brother Ho” Mitchell)
            # (a surname the tagger took for a noun: "Fergal ‘Fergie’ Donnelly could barely speak")
            known_as = f"{self.columns.span_text(tok.i + 1, closing)} {surname}"
            if name and known_as in self.text:
                name = known_as  # the name the article also writes: "Bea Trask" of Beatrice “Bea” Trask
            if name and len(name.split()) >= 2 and start in known and self._met_as_first_word(start, name):
                self.history = [(pos, sp) for pos, sp in self.history if pos != start]  # "Mr Trevor", then “Chalky”
                known.discard(start)
            if name and len(name.split()) >= 2 and start not in known:
                self._meet(start, name, is_subject(doc[end - 1]))

    def _met_as_first_word(self, pos: int, name: str) -> bool:
        """Whether the person met at token `pos` is named only by the first word of `name` ("Trevor" of "Mr Trevor
        ‘Chalky’ Moseley", the nickname cutting the name short)."""
        met = [sp.name for p, sp in self.history if p == pos]
        return bool(met) and all(n == name.split()[0] for n in met)

    def _collect_names_known_as(self) -> None:
        """A name someone goes by, given after "known (to …) as" ("Mahmoud Al Adwan, a tomato farmer known to his
        neighbours as Abu Khaled,"): the person named last before it in its sentence, wherever the article writes
        that name alone later (held_titles)."""
        doc = self.doc
        for i in self.columns.tokens_with("lower", ("known",)):
            tok = self.tokens[i]
            as_ = next((t for t in doc[i + 1:min(len(doc), i + 7)] if t.lower_ == "as" or t.is_punct), None)
            if as_ is None or as_.lower_ != "as" or not self.outside(i):
                continue  # ("known to his neighbours as", not "known, as …")
            end = as_.i + 1
            while end < min(len(doc), as_.i + 4) and doc[end].is_alpha and doc[end].text[:1].isupper() and self.outside(end):
                end += 1
            words = doc[as_.i + 1:end]
            if not len(words) or end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text in POSSESSIVE_TOKENS):
                continue  # (a name in marks is a nickname's; more than three words or "…'s" are no name it goes by)
            named = [sp.name for pos, sp in self.history if tok.sent.start <= pos < tok.i and sp.kind == PERSON and sp.name]
            if named and (name := self.full_name(named[-1])[0]) != words.text:
                self.held_titles.setdefault(words.text, name)

    def _collect_particle_names(self) -> None:
        """Names with lower-case particles between the given name and the surname ("Johannes du Plessis",
        "Llyr ap Gwynedd", "Khalid al-Rashidi"), however the tagger read them: people, whom the surname
        with its particles later finds."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("orth", NAME_PARTICLES)):  # (lower-case, as is_particle)
            if not (tok.i > 0 and is_particle(tok) and not is_particle(doc[tok.i - 1]) and self.outside(tok.i)):
                continue
            end = tok.i
            closing = tok.lower_ in _CLOSING_PATRONYMICS and not (end + 1 < len(doc) and capitalised(doc[end + 1].text))
            if not closing:  # ("Aibek Nurlan uulu": the father's name and "son of" close the name)
                while end + 1 < len(doc) and (is_particle(doc[end]) or joins_words(doc[end])) \
                        and "\n" not in doc[end].whitespace_:
                    end += 1
                if not (doc[end].is_alpha and capitalised(doc[end].text)):
                    continue
            end += 1
            while end + 1 < len(doc) and (joins_words(doc[end]) or doc[end].lower_ in NAME_PARTICLES
                                          and doc[end - 1].whitespace_ == " ") and capitalised(doc[end + 1].text) \
                    and doc[end + 1].is_alpha:
                end += 2  # "ap Rhys-Jones"; "bint Hamdan" + "Al Qasimi"
            start = tok.i
            while start > max(tok.sent.start, tok.i - 3) and (_given_word(doc[start - 1]) or start - 2 > tok.sent.start
                                                              and joins_words(doc[start - 1]) and _given_word(doc[start - 2])):
                start -= 1  # ("Carl-Philipp von Ahlefeldt": a hyphenated given name)
            start = name_start(doc, start, end) if start < tok.i else tok.i
            if start < tok.i and (start not in known or doc[end - 1].lower_ in _CLOSING_PATRONYMICS) \
                    and not self._names_body(start, end):  # (the tagger's "Aibek Nurlan" ends before "uulu")
                self._meet(start, doc[start:end].text, any(is_subject(t) for t in doc[start:end]))

    def _collect_gaelic_names(self) -> None:
        """Irish and Scottish names whose surname opens with a capitalised particle ("Siobhán Ní Cheallaigh",
        "Máiread Nic Giolla Bhríde", "Eoin Mac Diarmada"), however the tagger read them (a place or party before
        them often taken into one body): a given name, the particle and one or two name words, whom the surname
        with its particle later finds ("Ms Ní Cheallaigh")."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("orth", _GAELIC_PARTICLES)):
            start, end = tok.i - 1, tok.i + 1
            if start < 0 or not (_given_word(doc[start]) and doc[start].lower_ not in NAME_PARTICLES
                                 and doc[start].whitespace_ == " " and self.outside(tok.i)):
                continue
            while end < min(len(doc), tok.i + 3) and is_name_token(doc[end]) and doc[end].is_alpha \
                    and doc[end - 1].whitespace_ == " ":
                end += 1
            if end > tok.i + 1 and start not in known and not self._names_body(start, end) \
                    and not named_after_someone(doc, start, end):  # (not "Ruairí Ó Briain Park", a ground)
                self._meet(start, doc[start:end].text, any(is_subject(t) for t in doc[start:end]))

    def _collect_one_names(self) -> None:
        """A full name after "one", as Nigerian papers introduce someone ("a night watchman, one Sani
        Abdullahi,", "arrested one Chidi Okafor"), whatever type the tagger gave it: a person, kept in
        `named_with_one` for the relatives named later ("the suspect's brother, Ifeanyi")."""
        doc, known = self.doc, {pos for pos, _ in self.history}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("orth", ("one",))):
            end = tok.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text.istitle() \
                    and doc[end].lower_ not in TITLES and doc[end].lower_ not in BODY_WORDS:
                end += 1
            end = hyphenated_end(doc, tok.i + 1, end)
            after = doc[end] if end < len(doc) else None
            words = sum(1 for t in doc[tok.i + 1:end] if t.is_alpha and not joins_words(doc[t.i - 1]))
            if not (2 <= words <= 3 and tok.i > 0 and doc[tok.i - 1].pos_ not in ("DET", "PRON")
                    and doc[tok.i - 1].lower_ not in ("no", "any", "every", "each")
                    and (after is None or after.pos_ not in ("NOUN", "PROPN", "NUM")) and self.outside(tok.i)
                    and not self._names_body(tok.i + 1, end)):
                continue
            name = " ".join(doc[tok.i + 1:end].text.split())
            if known.isdisjoint(range(tok.i + 1, end)):
                self._meet(tok.i + 1, name, is_subject(doc[end - 1]))
            self.named_with_one.append((tok.i + 1, name))

    def _collect_joined_and_filial_names(self) -> None:
        """Mongolian names with a joined initial ("B.Enkhjin, coordinator of …", "department head Ch.Ganbold points")
        and names with "s/o" or "a/l" ("Palaniappan s/o Ramasamy, 52, pleaded …") the tagger missed, outside quotations:
        people, so that the given name alone later finds them."""
        known = {pos for pos, _ in self.history}
        for found in itertools.chain(JOINED_NAME.finditer(self.text), FILIAL_NAME.finditer(self.text)):
            span = self.doc.char_span(*found.span())
            if span is not None and span.start not in known and self.outside(span.start) \
                    and (found.start() == 0 or not self.text[found.start() - 1].isalnum()):
                self._meet(span.start, span.text, is_subject(span.root))

    def _in_other_body(self, pos: int, word: str) -> bool:
        """Whether `word` is a word of a name the tagger typed a body, other than the one at token `pos`."""
        return any(word in ent.text.split() and not ent.start <= pos < ent.end
                   for ent in self.doc.ents if ent.label_ == "ORG")

    def _surname_of_someone(self, pos: int, name: str) -> bool:
        """Whether a name taken for a body at token `pos` ends with the surname of a person the article
        names ("Nakatani"); a given name and that surname ("Thabo Dlamini" beside "Sipho Dlamini") is a
        relative of theirs, met here."""
        words = name.split()
        if words[-1] not in self.full_names:
            surname = next((v for v in name_variants(name) if v.split()[-1] in self.full_names), None)
            if surname is None:
                return False
            self._meet(pos, surname, pos in self.subjects)  # "Al-Rashidi" of Khalid al-Rashidi
        elif 2 <= len(words) <= 3 and name not in self.full_names[words[-1]] and self.doc[pos].text == words[0] \
                and all(capitalised(w) and w.lower() not in BODY_WORDS for w in words) \
                and (words[0] in GIVEN_NAME_GENDER or not self._in_other_body(pos, words[0])):
            # (not "Newfoundland Power" beside Gerard Power, "Newfoundland" a word of "Royal Newfoundland Constabulary")
            self._meet(pos, name, pos in self.subjects)
        return True

    def _learn_kin_genders(self) -> None:
        """The gender a word for a relative beside a full name tells ("her son, Michael Tane", "Thabo Dlamini,
        his younger brother", "granddaughter Chloe Hughes"), so that "Mrs Tane" finds his mother."""
        doc, toks = self.doc, self.tokens
        for pos, sp in self.history:
            if sp.kind != PERSON or not sp.name or len(sp.name.split()) < 2 or sp.name in self.gender:
                continue
            span = doc.char_span(toks[pos].idx, toks[pos].idx + len(sp.name), alignment_mode="expand")
            if span is None or span.text != sp.name:
                continue
            root = span.root
            kin = [root.head] if root.dep_ == "appos" else []
            kin += [c for c in root.children if c.dep_ in ("appos", "compound", "nmod") and c.i < span.start
                    or c.dep_ == "appos"]
            gender = next((KINSHIP[k.lower_] for k in kin if k.lower_ in KINSHIP and k.i not in range(span.start, span.end)
                           and not any(c.lower_ == "whose" for c in k.children)), None)  # ("X, whose husband, …")
            if gender:
                self.gender.setdefault(sp.name, gender)

    def _collect_speaking_names(self) -> None:
        """Two-word names the tagger missed that speak ("Marek Sobczak … said"; not a body it found that opens with no
        given name: "Southern Piedmont Power, which …, said", "An Comunn Gàidhealach, which …, said", its article
        before them), or took for a place though they start with a given name and are a subject ("Declan Forde
        admitted"; a given name that is a place too with an age after the name: "Shannon Pickering, 24, was"):
        people."""
        doc, toks, known = self.doc, self.tokens, {pos for pos, _ in self.history}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("pos", ("PROPN",))):
            if not (is_subject(tok) and self.outside(tok.i)):
                continue
            lo, hi = name_range(doc, tok.left_edge.i, tok.i + 1)
            lo = hyphenated_start(toks, lo)  # "Marc-" + "André Pelletier", whose first part the parser hung elsewhere
            given = hi - lo == 2 and toks[lo].text in GIVEN_NAME_GENDER and (
                toks[lo].text not in FAMILY_NAMES_TOO or hi + 2 < len(doc) and toks[hi].text == "," and toks[hi + 1].like_num)
            if not (given if tok.ent_type_ in ("GPE", "LOC", "NORP", "FAC") else REPORTING_FORMS.get(tok.head.lower_)):
                continue
            if described_with_which(toks, lo, hi):
                continue  # "Taw Sands Leisure, which runs …, said": a body, no one
            if hi - lo >= 2 and lo not in known and not self._names_body(lo, hi) and not self._in_longer_body(lo, hi) \
                    and not (tok.ent_type_ == "ORG" and self.body_at.get(lo, (0, 0))[1] == hi
                             and (self.body_at[lo][0] == lo or toks[lo - 1].text == "An" or toks[lo - 1].text in GAELIC_ARTICLES)
                             and toks[lo].text not in GIVEN_NAME_GENDER) \
                    and not qualifies_role(doc, lo, tok.i + 1, known) and not _body_that_says_it(toks[lo:hi]) \
                    and all(t.text.istitle() and t.lower_ not in BODY_WORDS for t in doc[lo:hi]) \
                    and not (hi < len(doc) and toks[hi].lower_ in OFFICE_LINKS and toks[hi - 1].lower_ in ROLE_WORDS) \
                    and not after_the(toks, lo):
                self._meet(lo, " ".join(t.text for t in doc[lo:hi]), subject=True)  # (not "Local Member" + "of the …")

    def _collect_described_names(self) -> None:
        """Names of two to four words the tagger typed a place, a building or a people, with a word for what someone
        does in apposition ("Thanakorn Rattanapong, head of research at …, said", "Le Quang Vinh, a 43-year-old
        ride-hailing driver,"): people."""
        known = {pos for pos, _ in self.history}
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") or not 2 <= len(ent) <= 4 or ent.start in known \
                    or not self.outside(ent.start):
                continue
            if all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() and t.lower_ not in BODY_WORDS for t in ent) \
                    and (any(c.dep_ == "appos" and c.i >= ent.end and role_noun(c) for c in ent.root.children)
                         or _named_after_where_from(ent)) \
                    and not self._names_body(ent.start, ent.end):
                self._meet(ent.start, ent.text, is_subject(ent.root))

    def _collect_lone_given_names(self) -> None:
        """A person named by the given name alone, which the tagger missed ("Mikayla, who has lived …",
        "Iain from Lochcarron sent …"): a word standing alone that is a subject or has a "who" clause, and
        is a given name of data/given_names.tsv or, with "who", any capitalised word the tagger calls no place; or
        a proper noun set beside a role or an age (book_descriptions.one_named)."""
        doc, toks, known = self.doc, self.tokens, {pos for pos, _ in self.history}
        for tok in (self.tokens[i] for i in self.columns.tokens_with("pos", ("PROPN", "NOUN", "NUM"))):
            if tok.i in known or not self.outside(tok.i) or not capitalised(tok.text) or tok.text.isupper() \
                    or tok.ent_type_ not in GIVEN_NAME_ENTS or tok.lower_ in TITLES or tok.lower_ in PERSON_NOUNS:
                continue
            if tok.i > 0 and (toks[tok.i - 1].pos_ == "PROPN" or joins_words(toks[tok.i - 1])) \
                    or tok.ent_iob_ == "I" or tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "PROPN":
                continue  # a word of a longer name ("Khumalo-Daniels, who …")
            who = any(c.dep_ == "relcl" and any(w.lower_ == "who" and not person_between(tok, w) for w in c.children)
                      for c in tok.rights)
            lone = given_name_alone(tok)
            if (who or lone and is_subject(tok)) and (tok.pos_ == "PROPN" or lone) \
                    or tok.pos_ == "PROPN" and one_named(toks, tok.i):  # "Ngugi, the veteran goalkeeper,"
                gender = GIVEN_NAME_GENDER.get(tok.text)
                gender = None if gender and self._surname_before(tok) else gender
                self._meet(tok.i, tok.text, is_subject(tok), gender)

    def _surname_before(self, tok) -> bool:
        """Whether a word that is also a given name ends the full name of someone met before it ("Baptiste" after
        "Nalini Baptiste"): the surname, which tells no gender."""
        return any(pos < tok.i and sp.kind == PERSON and sp.name and sp.name.rpartition(" ")[2] == tok.text
                   and " " in sp.name for pos, sp in self.history)

    def _collect_name_runs(self, bodies: list[tuple[int, Speaker]]) -> None:
        """Full names the tagger missed or took for a body ("Angus MacRae"): runs of two or three
        capitalised proper nouns outside quotations and headlines, for surnames the article gives no
        other full name for, so that the surname alone later finds them; a run that names a body
        ("Kaweka Timber Processors") is added to `bodies` instead."""
        doc, tokens, known, run = self.doc, self.tokens, dict(self.full_names), []  # (the tokens: faster to index)
        proper = set(self.columns.tokens_with("pos", ("PROPN",)))
        speaking = proper.intersection(self.columns.tokens_with("dep", ("nsubj",)))
        alone = {tokens[i].text for i in speaking.union(self.columns.tokens_with("ent_type", ("PERSON",)))
                 if _person_alone(tokens, i)}  # "Tregaskis told MPs" (only these tokens can be)

        def fits(tok) -> bool:
            return ((is_name_token(tok) and tok.pos_ == "PROPN" or not run and given_name_mistagged(tok))  # ("Ifor")
                    and not tok.text.isupper()
                    and (tok.ent_type_ in _NAME_RUN_ENTS or not run and _given_name_taken_for_people(tokens, tok.i)
                         or _given_name_taken_for_place(tokens, run[0].i if run else tok.i, alone)
                         or _name_after_place_possessive(tokens, run[0].i if run else tok.i))
                    and tok.lower_ not in BODY_WORDS and self.outside(tok.i)
                    and (tok.lower_ not in PERSON_NOUNS or not tok.whitespace_ and tok.i + 1 < len(tokens)
                         and tokens[tok.i + 1].text == "-")  # "Man-lok" (the last word has none after it)
                    and not self._in_headline(tok.i) and not (run and given_part(tok.text))  # ("Ulaanbaatar" +
                    # "Kh.Temuulen": a name with a joined initial is whole)
                    and not in_party_tag(tok)  # (no seat of "(PAP-Jurong East-Bukit Batok)")
                    and not (not run and tok.lower_ in OFFICE_TOPICS and tok.i > 0
                             and tokens[tok.i - 1].lower_ in ("and", "&", "of", "for")))  # ("Minister of Culture, …
        # and Sport" + "Olivia Grange-Hutchinson": the office's last topic)

        def joins(tok) -> bool:  # the hyphen of "Marie-Claude", "Tsz-kin" and the lower-case part after it,
            # the particles of "Séamus Mac an tSaoir"
            if bool(run) and run[-1].text == "-":
                return hyphenated_part(tokens, tok.i, run[0].i)
            if run and is_particle(tok) and tok.i + 1 < len(tokens):
                return fits(tokens[tok.i + 1]) or is_particle(tokens[tok.i + 1])
            return tok.text == "-" and bool(run) and not run[-1].whitespace_ and not tok.whitespace_ \
                and tok.i + 1 < len(tokens) and (fits(tokens[tok.i + 1]) or hyphenated_part(tokens, tok.i + 1, run[0].i))

        for tok in [*self.tokens, None]:
            if not run and tok is not None and tok.i not in proper and not given_name_mistagged(tok):
                continue  # (no run starts at a word that is no proper noun, but a given name the tagger misread)
            fit = tok is not None and fits(tok)
            if tok is not None and (fit or joins(tok)) \
                    and (not run or run[-1].i == tok.i - 1 and "\n" not in run[-1].whitespace_):
                run.append(tok)
                continue
            if len(run) < 2:  # (one word is no full name nor a body's name)
                run = [tok] if fit else []
                continue
            if run[0].i >= 2 and joins_words(tokens[run[0].i - 1]) and given_or_listed(tokens[run[0].i - 2]):
                run = [tokens[run[0].i - 2], tokens[run[0].i - 1], *run]  # "Per-" + "Olof Nyström" (read "per"),
                # "Jukka-" + "Pekka Virtanen" (typed a place)
            # no honorific, occupation nor office is a word of the name ("Dato' Sri Rahim Osman",
            # "Opener Hamza Qureshi", "Minister of Sport …")
            head = office_title_before(tokens, run[0].i)  # (the title of "Minister of Water and" + "Sanitation …")
            office = office_holder(tokens, head, run[-1].i + 1) if head is not None else None
            first = office[0] if office else after_seat(tokens, name_start(tokens, run[0].i, run[-1].i + 1), run[-1].i + 1)
            run = [t for t in run if t.i >= first]
            while len(run) > 2 and plural_title(run[0].lower_):
                run = run[1:]  # "… Cabinet of Ministers" + "Bakyt Osmonov"
            if len(run) >= 2 and opening_description(tokens, run[0].i):
                run = run[1:]  # "Teenager Ilhan" of a headline's "SPL: Teenager Ilhan strikes late"
            if len(run) >= 3 and is_nationality_word(run[0].text):
                run = run[1:]  # "Eritrean Tesfay Ghebremedhin won": a description before the name
            # words of name: "Marie-Claude Tremblay" two, "Séamus Mac an tSaoir" three
            words = len(run) - 2 * sum(t.text == "-" for t in run) - sum(map(is_particle, run))
            text = doc[run[0].i:run[-1].i + 1].text if run else ""
            if 2 <= words <= 3 and all(t.i not in self.body_at for t in run) \
                    and (self._names_body(run[0].i, run[-1].i + 1) or described_with_which(tokens, run[0].i, run[-1].i + 1)):
                # (a body the tagger found keeps its own extent: not "Brokerage" + "Kotwal Securities")
                bodies.append((run[0].i, Speaker(self.registered_name(text) or canonical_body(text), ORG)))
                if any(is_subject(t) for t in run):  # "Kaweka Timber Processors has been fined"
                    self.subjects.add(run[0].i)
            elif 2 <= words <= 3 and (team := _team_around(tokens, run[0].i, run[-1].i + 1)) is not None:
                self.teams.add(team)  # "the Guyana Harpy Eagles", whose place the tagger left out of the run
            elif 2 <= words <= 3 and _adds_to(text, known.get(text.split()[-1], ())) \
                    and not self._names_body(run[0].i, run[-1].i + 1) \
                    and not self._in_longer_body(run[0].i, run[-1].i + 1) \
                    and not self._place_ending_body(run[0].i, run[-1].i + 1) \
                    and not describes_noun(tokens, run[0].i, run[-1].i + 1) \
                    and not after_indefinite(tokens, run[0].i, run[-1].i + 1) \
                    and not _body_that_says_it(run) and not self._family_business(run) \
                    and not joined_title(tokens[run_start(tokens, run[0].i):run[-1].i + 1]) \
                    and not self._of_a_team(text) and not named_after_someone(tokens, run[0].i, run[-1].i + 1) \
                    and not in_vessel_name(tokens, run[0].i) \
                    and not after_the(tokens, run[0].i) \
                    and not (run[-1].lower_ in _TRADE_WORDS and run[0].text not in GIVEN_NAME_GENDER
                             and run[-1].i + 1 < len(tokens) and is_name_token(tokens[run[-1].i + 1])) \
                    and run[-1].lower_ not in COMPASS_WORDS:  # ("Senator Hadiza Bello-Kaura (Sokoto South)": a seat;
                # a team's name, or its last words, is no one's: "the Barbados Pride Strikers"; nor an office before its
                # holder's initials: "District Collector" + "J. Arunraj", not "Paul Farmer")
                self._file_full_name(run[-1].text, text)
                if run[0].text in GIVEN_NAME_GENDER and len(run) == 2 and age_after(tokens, run[-1].i + 1) is not None \
                        and is_subject(run[-1]) and not any(run[0].i <= pos <= run[-1].i for pos, _ in self.history):
                    self._meet(run[0].i, text, True)  # "Angus MacIsaac, 88, died …", untagged: a person of a listed
                    # given name, whom "his" may then mean
            elif 2 <= words <= 3 and self._relative_missed(run, text, known):
                self._meet(run[0].i, text, any(is_subject(t) for t in run))
            run = [tok] if fit else []

    def _collect_double_barrelled_names(self) -> None:
        """A double-barrelled surname the article also writes alone ("Cartwright-Moss said") after one given name
        ("Kirkland Cartwright-Moss, for the defence,") whatever the tagger typed the pair (a building, a work): that
        person, whom the surname alone then finds; none where the surname has two given names or a full name."""
        toks, met = self.tokens, {pos for pos, _ in self.history}
        given: dict[str, set[int]] = {}
        alone: set[str] = set()
        for i in self.columns.tokens_with("orth", ("-",)):
            if not (2 <= i < len(toks) - 1 and _surname_half(toks[i - 1]) and _surname_half(toks[i + 1])
                    and not toks[i - 1].whitespace_ and not toks[i].whitespace_ and self.outside(i)):
                continue
            surname, before = f"{toks[i - 1].text}-{toks[i + 1].text}", toks[i - 2]
            if not (before.is_alpha and before.text[:1].isupper()) or before.lower_ in TITLES:
                alone.add(surname)  # ("Mr Tudor-Jones", "… Cartwright-Moss said")
            elif _given_before_surname(toks, i - 2) and not self._in_headline(i - 2):
                given.setdefault(surname, set()).add(i - 2)
        for surname, starts in given.items():
            names = {toks[i].text for i in starts}
            if surname in alone and len(names) == 1 and surname not in self.full_names:
                for i in sorted(starts):
                    if met.isdisjoint(range(i, i + 4)):
                        self._meet(i, f"{toks[i].text} {surname}", is_subject(toks[i + 3]))

    def _of_a_team(self, text: str) -> bool:
        """Whether the words `text` are a team's name met so far, or its last words ("Harpy Eagles" of "the Guyana
        Harpy Eagles"); never a person's name that a plural-looking surname made a team's once ("the Bernie Sanders
        campaign": a listed given name first)."""
        return any((team == text or team.endswith(" " + text)) and team.split()[0] not in GIVEN_NAME_GENDER
                   for team in self.teams)

    def _family_business(self, run: list) -> bool:
        """Whether a run of names the tagger took for a body opens with the surname of a person the article names
        ("Ana Pereira … runs Pereira Hill Wines"): the family's business, no person."""
        first = run[0].text
        return all(t.ent_type_ == "ORG" for t in run) \
            and any(len(full.split()) >= 2 for full in self.full_names.get(first, ()))

    def _relative_missed(self, run: list, text: str, known: set[str]) -> bool:
        """Whether a run of capitalised words the tagger missed ("Naomi Okafor-Reid", after a byline it ran into
        the name) is a person of a family the article names another of ("her brother Marcus Okafor-Reid"): a
        listed given name and a known surname, a full name not yet met, no body's: a person of their own, whom
        the surname alone finds until the other is named."""
        surname, before = text.split()[-1], self.tokens[run[0].i - 1] if run[0].i else None
        if before is not None and (is_name_token(before) or joins_words(before)):
            return False  # (no run begun inside a name: "Philippe Gendron" of "MNA Louis-Philippe Gendron")
        return run[0].text in GIVEN_NAME_GENDER and surname in known and text not in self.full_names[surname] \
            and not self._names_body(run[0].i, run[-1].i + 1) and all(t.i not in self.body_at for t in run) \
            and not describes_noun(self.tokens, run[0].i, run[-1].i + 1)

    def _collect_surname_mentions(self) -> None:
        """A surname alone that the tagger left untagged or took for a body ("Duffy rejected that.",
        "Khumalo-Daniels said"), or for a common word opening a sentence ("Mutasa laughs at …", a noun): a mention of
        that person, for the pronouns after it."""
        doc, toks, known = self.doc, self.tokens, {pos for pos, _ in self.history}
        proper = self.columns.tokens_with("pos", ("PROPN",))
        named = self.columns.tokens_with("orth", tuple(self.full_names))
        opening = [i for i in named if toks[i].is_sent_start
                   and toks[i].pos_ in ("NOUN", "VERB", "ADJ") and not toks[i].is_stop and toks[i].is_title]
        elided = [i for i in named if toks[i].pos_ != "PROPN" and not toks[i].text[:1].isupper()
                  and capitalised(toks[i].text)]  # "d’Entremont", which the tagger takes for a noun
        inside = [i for i in named if toks[i].tag_ == "NNS" and toks[i].is_title and not toks[i].is_sent_start]
        # ("Asked about the race, Dalumpines only smiled": a surname in "-es" the tagger takes for a plural noun)
        for tok in (self.tokens[i] for i in sorted(set(proper + opening + elided + inside))):
            if tok.i >= 2 and toks[tok.i - 1].text == "-" and not toks[tok.i - 2].whitespace_ \
                    and not toks[tok.i - 1].whitespace_ and (word := doc[tok.i - 2:tok.i + 1].text) in self.full_names:
                if known.isdisjoint(range(tok.i - 2, tok.i + 1)) and tok.ent_type_ != "PERSON" and self.outside(tok.i):
                    self._meet(tok.i - 2, word, is_subject(tok))  # "Khumalo-Daniels said", the tagger's body
                continue
            if (tok.ent_type_ != "PERSON" or tok.lower_ in TITLES) and tok.i not in known \
                    and (tok.text in self.full_names or self._first_name_of_one(tok)) \
                    and self.outside(tok.i) and not (tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "PROPN"):
                self._meet(tok.i, tok.text, is_subject(tok))

    def _first_name_of_one(self, tok) -> bool:
        """A given name alone ("Thabo said") that begins one full name the article gives, and no other name."""
        return tok.is_alpha and capitalised(tok.text) and tok.lower_ not in TITLES and not tok.is_sent_end \
            and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") \
            and (tok.i == 0 or not is_name_token(self.tokens[tok.i - 1])) and self.full_name(tok.text)[1]

    def _in_headline(self, i: int) -> bool:
        """Whether token i stands in a line written in title case (a headline, a caption's name list)."""
        if self._headlines is None:
            long, capitalised = self.columns.capitalised_long_words()
            paras = np.asarray(self.paragraph_of, dtype=np.intp)[long]
            n, upper = np.bincount(paras), np.bincount(paras, weights=capitalised)  # per paragraph: long words, capitalised
            held = np.flatnonzero(n)
            self._headlines = dict(zip(held.tolist(), ((n[held] >= 3) & (upper[held] >= 0.7 * n[held])).tolist()))
            last = {}  # each paragraph's last word or mark
            for tok in self.tokens:
                if not tok.is_space:
                    last[self.paragraph_of[tok.i]] = tok.text
            for para, word in last.items():
                if word == "." and self._headlines.get(para) and n[para] <= 6:
                    self._headlines[para] = False  # a short sentence full of names ("Angus MacIsaac, 88, died on Friday.")
        return self._headlines.get(self.paragraph_of[i], False)

    def full_name(self, name: str, gender: str | None = None, at: int | None = None) -> tuple[str, bool]:
        """The article's full name for a surname or partial name, and whether it was linked; `gender`
        (from a title: "Mr Pengelly") leaves out the full names of the other gender, and a surname two
        people share is the one named last before token `at`. A mention that opens with a capitalised
        particle or a given-name honorific ("Van der Walt", "Nana Boateng") finds the name without it, never the
        mention itself ("Adi Mere" is Mere Tuilagi, not a person whose surname is "Mere").  On a letters page, only a
        full name the mention's own letter writes counts (named_in_letter)."""
        found = self._linked_name(name, gender, at)
        if found[1] and at is not None and not self.named_in_letter(found[0], at):
            return name, False
        return found

    def title_initials(self) -> dict[str, frozenset[str]]:
        """The initials of the titles the article writes out before a name, with the words of the names they stand
        before, found once: "DS" of "Detective Sergeant Rhian Pritchard" (Rhian, Pritchard), "AC" and "ACP" of
        "Assistant Commissioner of Police Rozaini …" (two words or more, a leading "The" left out)."""
        if self._title_initials is None:
            found: dict[str, set[str]] = {}
            for m in _WRITTEN_TITLE.finditer(self.text, overlapped=True):
                run = m.group().split()
                while run and run[0].lower() in ARTICLES:
                    run = run[1:]  # ("The Chief Constable Jo Farrell")
                i = 0
                while i < len(run) and run[i].lower() in TITLES and run[i].lower() not in ARTICLES:
                    i += 1  # (every word a title's: not "General Motors" + "Korea")
                if 0 < i < len(run) - 2 and run[i] == "of":
                    i += 3 if run[i + 1] == "the" else 2  # "Assistant Commissioner of Police" + "Rozaini …"
                title = [w for w in run[:i] if w[:1].isupper()]
                for k in range(2, len(title) + 1):
                    found.setdefault(initials(" ".join(title[:k])), set()).update(run[i:])
            self._title_initials = {key: frozenset(names) for key, names in found.items()}
        return self._title_initials

    def rank_initials_of(self, rank: str, word: str) -> bool:
        """Whether `rank` ("DS") is the initials of a title the article wrote out before a name holding `word`
        ("Pritchard" of Detective Sergeant Rhian Pritchard; not "DP World" after "Deputy Prime Minister Angela Rayner")."""
        return word in self.title_initials().get(rank, ())

    def _linked_name(self, name: str, gender: str | None, at: int | None) -> tuple[str, bool]:
        """full_name, on any page; a rank's initials before a surname are those of a rank the article writes out
        before a name ("DS Pritchard" of Detective Sergeant Rhian Pritchard)."""
        found = self._full_name(name, gender, at)
        if not found[1] and " " in name and self.rank_initials_of(name.split()[0], name.split()[1]):
            if (other := self._linked_name(name.partition(" ")[2], gender, at))[1]:
                return other
        if not found[1]:
            for variant in name_variants(name):
                if (other := self._full_name(variant, gender, at, besides=name))[1]:
                    return other
        elif found[0] != name and len(found[0].split()) > len(name.split()) \
                and any(o.startswith(found[0] + " ") for o, _ in self.names_with_word(found[0].split()[0])) \
                and (fuller := self._full_name(found[0], gender, at))[1] and fuller[0].startswith(found[0] + " ") \
                and not any(w.isupper() for w in fuller[0][len(found[0]):].split()):
            return fuller  # "Hafiz" of "Mohd Hafiz", itself the start of "Mohd Hafiz Zulkarnain" (not of "… BL")
        elif found[0] != name and (fuller := self._full_name(found[0], gender, at))[1] and fuller[0].endswith(" " + found[0]) \
                and all(w in GIVEN_NAME_GENDER for w in fuller[0][:-len(found[0])].split()):
            return fuller  # "Ibarra" of "Ibarra Cienfuegos", a double surname written alone, of Rogelio Ibarra Cienfuegos
            # (given names before it, not a word the tagger ran into the name: "Transport Eimear Costigan")
        return found

    def _full_name(self, name: str, gender: str | None, at: int | None, besides: str | None = None) -> tuple[str, bool]:
        if name in self.held_titles:
            name = self.held_titles[name]  # "Tui Falealupo": the chief who holds the title
        if (elder := self._by_generation(name, gender, at)) is not None:
            return elder, True  # "the elder Mr Llewellyn": the father of the family
        parts = name.split()
        if not parts:
            return name, False  # (no word to find anyone by: "a spokesperson for the Minister", its title cut away)
        if len(parts) == 1 and len(joined := [o for o in self.full_names.get(name, ()) if given_part(o) == name]) == 1:
            return joined[0], True  # "Enkhjin" of B.Enkhjin
        if len(parts) == 1 and gender is None and (named_for := self._named_after_parent(name)) is not None:
            return named_for, True  # (a title before a surname writes it as one: "Ms Jordan" is Amy Jordan, not her
            # father Jordan Lewis)
        options, children = self.full_names.get(parts[-1], {}), set()
        if gender:  # "Mrs Pritchard" may be a relative named by the given name alone ("his wife, Siân"); not a child
            # of one the surname finds ("Mr Tay" is Tay Ah Kow, not his son Kelvin), unless its paragraph, or the line
            # right before it with no blank line between, names the child before ("Gareth said …. “…,” Mr Lloyd said")
            children = {c for (parent, relation), named in self.relatives.items() if relation in ("child", "grandchild")
                        and parts[-1] in parent.split() for c in named} if at is not None else set()
            if children:  # (the mentions near it only where the family has a child named)
                here = {sp.name for pos, sp in self.history if pos < at and self.paragraph_of[at] - self.paragraph_of[pos] <= 1}
                children = {c for c in children if c not in here and c.split()[0] not in here}  # ("Gareth", not yet linked)
            options = {**options, **dict.fromkeys(o for o, words in self.names_with_word(parts[-1])
                                                  if words[-1] == parts[-1] and o not in children)}
        if len(parts) == 1 and len(options) > 1 and (plain := self._not_of_a_generation(name, options, gender)):
            return plain, True  # "Mr Hsieh" of the son, when the article calls his father "the elder Mr Hsieh"
        western = len(parts) == 1 and any(o.endswith(" " + name) for o in options)  # ("Jason Chan" beside "Raymond
        # Chan Tai-man": both hold the surname)
        longer = self._of_gender([o for o in options if len(o.split()) > len(parts) and o != besides and not self.related(name, o)
                                  and (o.endswith(name) or _before_suffix(o).endswith(name)
                                       or western and family_name(o) == name)],
                                 gender)  # ("Ababio" of "Kwame Ampofo Ababio II"; not "Yusuf Al Mannai", the son of
        # "Ebrahim Yusuf Al Mannai")
        if not longer and len(parts) == 2:  # "Chaudhry Khan" of Chaudhry Amir Khan: the words between left out
            longer = self._of_gender([o for o in options if len(o.split()) > 2 and o.split()[0] == parts[0]], gender)
        if len(longer) == 1:
            return longer[0], True
        if longer:
            # words put in front of a full name ("Crooked Hillary Clinton", a headline's "Rip Donald Trump")
            # are no part of it
            core = [o for o in longer if not any(o.endswith(" " + other) and other.split()[0].lower() not in NAME_PARTICLES
                                                 and o[:-len(other) - 1] not in GIVEN_NAME_GENDER
                                                 and not self._styled_whole(o)
                                                 and not any(w in _CLOSING_PATRONYMICS for w in other.split()[1:])
                                                 for other in longer)]  # ("Ó Duibhir" is a surname alone; "Mariana"
            # of "Mariana Gómez Ruiz" is her given name before a double surname; "Ilham oglu Guliyev" and "Nurlan uulu"
            # are a father's name and "son of", after the given names "Rauf" and "Aibek")
            fullest = max(core, key=lambda o: len(o.split()))  # the first of the longest, in text order
            if all(set(o.split()) <= set(fullest.split()) for o in core):
                return fullest, True  # "Hillary Clinton" and "Hillary Rodham Clinton": one person
            if (titled := self._written_with_title(core, at)) is not None:
                return titled, True  # "Dr Borg" of Dr Clayton Borg, not of Adam Borg named since
            if western and (held := self._surname_holder(name, core, at, styled=True)) is not None:
                return held, True  # "Mr Chan" of Raymond Chan Tai-man, "Mr Chan" before his son Jason Chan was named
            latest = self._named_last(core, at)  # "Mr Hughes" of Geoffrey and Patricia Hughes: the one just named
            return (latest, True) if latest else (name, False)  # (no position: ambiguous)
        shorter = [o for o in options if 2 <= len(o.split()) < len(parts) and name.endswith(" " + o)
                   and o.split()[0].lower() not in NAME_PARTICLES  # ("Mac an tSaoir" is a surname alone)
                   and not any(w in NAME_PARTICLES for w in o.split()[1:-1])  # ("Sáenz de Ugarte" of Íñigo …)
                   and not all(w in GIVEN_NAME_GENDER or abbreviated_given(w) for w in parts[:len(parts) - len(o.split())])
                   and not self.family_name_first(name)]  # (not "Zhi Hao", the given names of "Lim Zhi Hao")
        if shorter:  # "Rip Donald Trump" in a headline, "Donald Trump" in the story
            return min(shorter, key=lambda o: len(o.split())), False
        if len(parts) == 1:  # a first name alone: "Hillary" -> "Hillary Clinton" when only one fits
            firsts = [o for o, words in self.names_with_word(name) if words[0] == name and o not in children]
            # (the family name first: "Mr Tam" is Tam Kwok-wah, not his grandson Tam Ka-chun)
            firsts = self._of_gender(firsts, gender)  # "Mr Tan" of "Mr Tan Ah Huat" and "Madam Tan Lee Choo"
            if len(firsts) == 1:
                return firsts[0], True
            family = all(len(words := o.split()) == 2 and "-" in words[1] for o in firsts)  # ("Kim" of "Kim Ji-eun" and
            # "Kim Jong-un": a family name before hyphenated given names, whose holder a sentence's subject is first)
            if firsts and (latest := self._named_last(firsts, at, subjects_first=family)):
                return latest, True  # "Declan" of two Declans: the one named last, of the family the story is on
        inside = self._of_gender([o for o, words in self.names_with_word(parts[0])
                                  if _within(parts, words) and o != besides and not self.related(name, o)], gender)
        if len(inside) == 1 and (len(parts) == 1 or self._outside_headlines(inside[0])):
            return inside[0], True  # "Lau" of "Kevin Lau Ka-ho", "Ahmad Faizal" of "Ahmad Faizal Hamzah"
        if len(parts) == 1 and len(inside) > 1 and (held := self._surname_holder(name, inside, at)) is not None:
            return held, True  # "Mr Wong" of Peter Wong Kai-ming, "Wong" before his son was named
        if len(parts) == 1 and not inside and name[:1].isupper() \
                and len(joined := {o for key, names in self.full_names.items() if key.endswith("-" + name) for o in names}) == 1:
            return joined.pop(), True  # "Beltrán" of Anthony Ruiz-Beltrán, whose "Ruiz-" the tagger left out of the mention
        if len(parts) == 1 and len(name) >= 6 and not inside and not self._typed_not_a_person(name):
            misspelt = [o for surname, names in self.full_names.items()
                        if undoubled(surname) == undoubled(name) and doubled_letter_slip(surname, name)
                        for o in names if len(o.split()) >= 2]
            if len(misspelt) == 1:
                return misspelt[0], True  # "McLenney" after "Tyresha McClenney": the article's typing slip
        return name, False

    def _not_of_a_generation(self, name: str, options, gender: str | None) -> str | None:
        """Of the full names holding the surname `name`, the one person the article never picks as "the elder" or "the
        younger" when it so picks the others: the surname alone is theirs ("Mr Hoshino" of the president, whose father
        is "the elder Mr Hoshino"); None otherwise."""
        if not (picked := self.picked_by_generation(name)):
            return None
        plain = [o for o in options if len(o.split()) > 1 and (o.endswith(" " + name) or family_name(o) == name)
                 and not any(set(o.split()) <= set(p.split()) for p in picked)]
        fit = self._of_gender(plain, gender)
        return fit[0] if len(fit) == 1 else None

    def _surname_holder(self, name: str, names: list[str], at: int | None, styled: bool = False) -> str | None:
        """Of several full names holding the word `name`, the one the article first called by that word alone, before
        token `at`, when no other of them had been named yet ("Peter Wong Kai-ming … Wong, 70, told reporters" before
        "His son, Felix Wong Siu-lun,"): the surname stays his; if `styled`, only where the two are styled alike
        ("Mrs Danby" is not the "Danby" of the dock)."""
        if at is None:
            return None
        first = {o: self.text.find(o) for o in names}
        written = [(m.start(), m.end()) for o in names for m in regex.finditer(regex.escape(o), self.text)]
        for i in self.columns.tokens_with("orth", (name,)):
            start = self.tokens[i].idx
            if i >= at:
                return None
            if self.outside(i) and not any(lo <= start < hi for lo, hi in written):
                known = [o for o in names if 0 <= first[o] < start]  # (not a word of a full name, nor quoted)
                if styled and self._style_before(i) != self._style_before(at + (self.tokens[at].lower_ in PERSONAL_TITLES)):
                    return None
                return known[0] if len(known) == 1 else None
        return None

    def _style_before(self, i: int) -> str:
        """The title or capitalised word written before the name word at token `i` ("mrs" of "Mrs Danby", "cllr"), or ""."""
        before = self.tokens[i - 1] if i else None
        return before.lower_.rstrip(".") if before is not None and before.text[:1].isupper() and before.is_alpha \
            or before is not None and before.lower_.rstrip(".") in PERSONAL_TITLES else ""

    def _typed_not_a_person(self, word: str) -> bool:
        """Whether the tagger types the word a body, place or product somewhere in the article ("Philips, the Dutch
        electronics firm")."""
        if self._not_people is None:
            self._not_people = {t.text for t in self.tokens if t.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP")}
        return word in self._not_people

    def _styled_whole(self, name: str) -> bool:
        """Whether the article writes the full name `name` right after a title, honorific or role ("Governor Moses
        Lemayian Ole Sankale", "Ndugu Elibariki Sabas Kimaro"): its first word is a given name, not an epithet put
        before a name ("Crooked Hillary Clinton", "manager Big Ron Atkinson": a word the article writes in lower case)
        nor an honorific ("Begum Nasreen Akhter")."""
        if name not in self._styled_names:
            first = name.split()[0].lower()
            self._styled_names[name] = first not in HONORIFICS and first not in self.common_words() and any(
                w.lower() in HONORIFICS or w.lower().rstrip(".") in _STYLING_WORDS
                for w in regex.findall(rf"(\w[\w.]*)\s+{regex.escape(name)}\b", self.text))
        return self._styled_names[name]

    def _written_with_title(self, names: list[str], at: int | None) -> str | None:
        """Of full names sharing a surname, the one the article wrote with the title written before the mention at
        token `at` ("Dr Borg" of "Dr Clayton Borg" beside "Opposition Leader Adam Borg"), for "Mr", "Ms" and the
        like the one it never styled so, or for a role the one it describes by it ("Coach Yap"), when just one fits;
        None otherwise."""
        if at is None:
            return None
        tok = self.tokens[at] if self.tokens[at].lower_ in PERSONAL_TITLES or written_rank(self.tokens[at]) or at == 0 \
            else self.tokens[at - 1]
        title = tok.lower_  # (the mention from its title on, or its name after it)
        if title in _DISTINGUISHING_TITLES:
            written = [n for n in names if f"{tok.text} {n}" in self.text]
        elif title in _COURTESY_TITLES:  # "Mr Borg": the one never styled "Dr"
            written = [n for n in names if not regex.search(rf"\b{_STYLES}\.? {regex.escape(n)}\b", self.text)]
        elif title.rstrip(".") in ROLE_WORDS and tok.text[:1].isupper():  # "Coach Yap": the one described as the coach,
            # or the one the article wrote with that title, or the word it abbreviates ("Insp Ncube" of "Inspector
            # Abednico Ncube", not of Mrs Sarah Ncube)
            word = title.rstrip(".")
            forms = {word} | {noun for noun, short in ROLE_SYNONYMS.items() if word in short}
            written = [n for n in names if word in self.described.get(n, ())
                       or regex.search(rf"\b(?i:{'|'.join(map(regex.escape, forms))})\.? {regex.escape(n)}\b", self.text)]
        else:
            return None
        return written[0] if len(written) == 1 else None

    def _named_last(self, names: list[str], at: int | None, subjects_first: bool = True) -> str | None:
        """Of `names`, the one the article named last before token `at` as the subject of a sentence's main verb
        (else at all: "her husband, Frank Fiorina" and "whose husband, Mark Ashby, died" are none; at all only,
        unless `subjects_first`); the first it names after when none was (a headline's). One the article says
        died before it, in the one paragraph that names them, is none while another is left ("Mr Calloway said" of
        a widow's late husband and her son; not an obituary's subject, quoted from earlier days), unless the
        mention at `at` says so itself."""
        if at is None:
            return None
        words = {w for n in names for w in n.split()}
        named = [(subjects_first and self._main_subject_at(pos), pos, full)
                 for pos, sp in self.history if sp.kind == PERSON and sp.name and words.issuperset(sp.name.split())
                 and (full := sp.name if sp.name in names else self._full_name(sp.name, sp.gender, None)[0]) in names]
        # (a mention not yet linked to its full name, "Gareth" of Gareth Pritchard, counts for that name)
        dead = {full for _, pos, full in named if self.died_at(pos)
                and len({self.paragraph_of[p] for _, p, other in named if other == full}) == 1}
        if dead and not self.died_at(at) and {n[2] for n in named} - dead:
            named = [n for n in named if n[2] not in dead]
        before = [n for n in named if n[1] < at]
        subjects = [n for n in before if n[0]] or before
        return max(subjects)[2] if subjects else min(named, key=lambda n: n[1])[2] if named else names[0]

    def _main_subject_at(self, pos: int) -> bool:
        """Whether the name at token `pos` is the subject of a sentence's main verb, or set in apposition to it
        ("Lin's father, Lin Chin-fa, watched …")."""
        head = name_head(self.tokens[pos])
        return pos in self.subjects and is_main_subject(self.tokens[pos]) \
            or head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and is_main_subject(head.head)

    def _outside_headlines(self, name: str) -> bool:
        """Whether the article writes `name` outside its title-case lines ("Glenn Beck Blasts Drudge" is
        a headline's words, no longer name for "Glenn Beck")."""
        text, at = self.text, 0
        while (at := text.find(name, at)) != -1:
            span = self.doc.char_span(at, at + len(name), alignment_mode="expand")
            if span is not None and not self._in_headline(span.start):
                return True
            at += len(name)
        return False

    def _named_after_parent(self, name: str) -> str | None:
        """The one parent whose given name `name` is and whose child bears it as a surname ("Fadzil" of "His father,
        Fadzil Abu Bakar," beside his son Haziq Fadzil; not a family name written first, "Mr Tay" of Tay Ah Kow and
        his son Kelvin Tay), or None."""
        begun = [o for o, words in self.names_with_word(name) if words[0] == name and len(words) >= 2]
        if not begun or not any(words[-1] == name for _, words in self.names_with_word(name)):
            return None  # (most names: no one's first word, or no one's last)
        children = self._every_relative()
        parents = {o for o in begun if self.family_of(o) != name
                   and any(child.endswith(" " + name) for child in children.get((o, "child"), ()))}
        return parents.pop() if len(parents) == 1 else None

    def _of_gender(self, names: list[str], gender: str | None) -> list[str]:
        """The names whose person may be of `gender` (all of them when none is; "Mrs Tindall" is none of
        Geoffrey Tindall): those known to be of it if any are, else those of no known gender too ("Mrs
        Pritchard" is Siân, not Rhodri, whose name tells nothing)."""
        if gender is None:
            return names
        known = [n for n in names if self.gender_of_name(n) == gender]
        return known or [n for n in names if self.gender_of_name(n) is None]

    def gender_of_name(self, name: str) -> str | None:
        """A person's gender, from a title or pronoun the article gave them ("Mr Pengelly" of Harold, not
        of Carol Pengelly), else from its given name ("Rachel Dunmore", "Trevor" but not "Thomas"; "Mary-Ann", both
        of whose parts are a woman's), else from the
        second given name of a name of three words or more ("Bhagwati Kumari Chaudhary", "Dil Prasad Gharti Magar")."""
        if name in self.gender:
            return self.gender[name]
        first, _, rest = name.partition(" ")
        gender = GIVEN_NAME_GENDER.get(first) if rest or first not in FAMILY_NAMES_TOO else None
        if gender is None and rest and "-" in first:  # "Mary-Ann", "Jean-Luc": both parts of one gender
            genders = {GIVEN_NAME_GENDER.get(part) for part in first.split("-")}
            gender = genders.pop() if len(genders) == 1 else None
        words = rest.split()
        return gender or (SECOND_GIVEN_GENDER.get(words[0]) if len(words) >= 2 else None)


def _team_around(tokens, lo: int, hi: int) -> str | None:
    """The name of the team a run of capitalised words tokens[lo:hi] ends, with a place or two before it after "the"
    ("Harpy Eagles" of "the Guyana Harpy Eagles": body_mentions.names_team), or None."""
    start = lo
    while start > lo - 2 and start > 0 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].text[:1].isupper():
        start -= 1
    return canonical_body(" ".join(t.text for t in tokens[start:hi])) if names_team(tokens, start, hi) else None


def _given_name_taken_for_people(tokens, i: int) -> bool:
    """Whether token i is a given name the tagger took for a people's ("Tyrese", "Therese" of "Junior guard Therese
    Whitcombe"): a word of no nationality tagged so, opening a name whose untagged surname follows, after a
    lower-case word."""
    tok = tokens[i]
    return tok.ent_type_ == "NORP" and 0 < i and i + 1 < len(tokens) and tokens[i - 1].is_lower \
        and tokens[i + 1].pos_ == "PROPN" and tokens[i + 1].ent_type_ in ("", "PERSON") \
        and nationality(tok.text) is None and not tok.text.endswith(("ish", "ian", "an", "i"))


def _given_name_taken_for_place(tokens, i: int, alone: set[str]) -> bool:
    """Whether token i opens a person's name of two words whose given name the tagger took for a place or building
    ("Marcus Tregaskis", "Magnus Lund"): a listed given name so tagged, then a capitalised word of the same entity or
    of none, that the article elsewhere gives a person alone (`alone`: "Tregaskis told the Commons")."""
    tok = tokens[i]
    if not (tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.ent_iob_ == "B" and tok.text in GIVEN_NAME_GENDER
            and i + 1 < len(tokens) and tokens[i + 1].text in alone):
        return False
    after = tokens[i + 1]
    return after.ent_iob_ == "I" and (i + 2 == len(tokens) or tokens[i + 2].ent_iob_ != "I") or after.ent_type_ == ""


def _name_after_place_possessive(tokens, i: int) -> bool:
    """Whether token i opens a person's name of two words that the tagger took for a place, after a place's
    possessive ("Spain's Marta Ruiz, who chairs the panel,", "said Chile's Ana Soto"): the second word is the head of
    the first and speaks or has a "who" clause (a place's place, "Spain's Costa Brava", does neither)."""
    if not (1 < i and i + 1 < len(tokens) and tokens[i - 1].lower_ in ("'s", "’s")
            and tokens[i - 2].ent_type_ in ("GPE", "LOC", "NORP")):
        return False
    first, last = tokens[i], tokens[i + 1]
    return first.ent_type_ in ("GPE", "LOC", "FAC") and first.head.i == last.i and last.pos_ == "PROPN" \
        and (i + 2 == len(tokens) or tokens[i + 2].ent_iob_ != "I") \
        and (reporting_subject(last) or any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                                            for c in last.rights))


def _body_that_says_it(run: list) -> bool:
    """Whether a run of names the tagger took for a body speaks of itself as "it" ("Ridgeway Haulage said it had
    cooperated", "The licence holder, Pinecrest Lumber, said it …"): a body, unless it opens with a given name
    ("Angus MacRae said it was a disgrace")."""
    head = run[-1]
    subject = head.head if head.dep_ == "appos" else head
    verb = subject.head
    return all(t.ent_type_ == "ORG" for t in run) and run[0].text not in GIVEN_NAME_GENDER \
        and subject.dep_ == "nsubj" and bool(REPORTING_FORMS.get(verb.lower_)) \
        and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "it"


def _modifies_a_noun(tok) -> bool:
    """Whether the last word of a name hangs on a noun after it ("the Bernie Sanders presidential campaign")."""
    return tok.dep_ in ("compound", "nmod", "amod", "poss") and tok.head.i > tok.i


def after_the(tokens, i: int) -> bool:
    """Whether the capitalised words at i follow "the" straight away, as an office's do and no one's name does ("the
    Ceann Comhairle said", "the Mentri Besar")."""
    return i > 0 and tokens[i - 1].lower_ == "the"


def _person_alone(tokens, i: int) -> bool:
    """Whether token i is a person's name of one word, however the tagger typed it: tagged a person alone, or a
    proper noun that speaks ("Trevail said", "Kernick told the Commons")."""
    tok = tokens[i]
    alone = tok.ent_iob_ != "I" and (i + 1 == len(tokens) or tokens[i + 1].ent_iob_ != "I")
    return alone and (tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and reporting_subject(tok))


def _adds_to(name: str, known) -> bool:
    """Whether a run of capitalised words is a full name the article gives no other for its surname: the surname is
    new, or known only as a surname that opens with a particle, which the run ends with ("Te Wharau" of a headline,
    "Kaleb Te Wharau" below; not "Imran Bakshi" of "Ustad Imran Bakshi")."""
    return all(other.split()[0].lower() in NAME_PARTICLES and name.endswith(" " + other) for other in known)


def _before_suffix(name: str) -> str:
    """A name without the regnal number or generational suffix that ends it ("Eduardo M. Villanueva, Jr." ->
    "Eduardo M. Villanueva"); "" when it has none."""
    rest, _, last = name.rpartition(" ")
    return rest.rstrip(",") if after_surname(last) else ""


def _surname_half(tok) -> bool:
    """One capitalised half of a double-barrelled surname ("Cartwright", "Moss"): no word for a body."""
    return tok.is_alpha and tok.text.istitle() and tok.lower_ not in BODY_WORDS and tok.lower_ not in TITLES


def _given_before_surname(tokens, i: int) -> bool:
    """Whether the word at `i`, before a double-barrelled surname, is a given name: listed, or a capitalised proper
    noun that opens a name (no capitalised word before it) and is typed no place or date."""
    tok = tokens[i]
    if not (tok.is_alpha and tok.text.istitle() and "\n" not in tok.whitespace_) or tok.lower_ in TITLES \
            or tok.lower_ in BODY_WORDS or tok.lower_ in OCCUPATIONS:
        return False
    if tok.text in GIVEN_NAME_GENDER:
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "DATE") \
        and not (i and tokens[i - 1].is_alpha and tokens[i - 1].text[:1].isupper() and "\n" not in tokens[i - 1].whitespace_)


def _given_word(tok) -> bool:
    """A word that may be a given name before a surname's particles, whatever its tag ("Johannes" a noun; not "But"
    of "But Ó Ceallaigh")."""
    return tok.is_alpha and capitalised(tok.text) and tok.lower_ not in TITLES and tok.lower_ not in BODY_WORDS \
        and tok.lower_ not in OPENING_CONJUNCTIONS \
        and "\n" not in tok.whitespace_ and tok.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")


def _within(parts: list[str], words: list[str]) -> bool:
    """Whether `parts` are some consecutive words of the longer name `words`."""
    n = len(parts)
    return len(words) > n and any(words[i:i + n] == parts for i in range(len(words) - n + 1))


def person_between(tok, who) -> bool:
    """Whether the tagger names a person between a word and the "who" the parser hung on it, whom the clause is
    about ("the funeral Mass of Nora Kiely, who died …": no "Mass" who died)."""
    return any(t.ent_type_ == "PERSON" for t in tok.doc[tok.i + 1:who.i])


def _named_after_where_from(ent) -> bool:
    """Whether a name stands in apposition to the place someone is from or in, the parser having hung it there ("a
    mother from Vaitele, Faafetai Lemalu, said", "a resident of Apia, …"): the person's name, after a comma; not the
    place's country or region ("a nurse from Galle, Sri Lanka,"), so a name typed a place's opens with a given name."""
    root = ent.root
    place, prep = root.head, root.head.head
    return root.dep_ == "appos" and place.ent_type_ in ("GPE", "LOC") and place.dep_ == "pobj" \
        and prep.lower_ in ("from", "of", "in") and (role_noun(prep.head) or prep.head.lower_ in PERSON_NOUNS) \
        and root.doc[ent.start - 1].text == "," \
        and (ent.label_ not in ("GPE", "LOC") or ent[0].text in GIVEN_NAME_GENDER)
