"""Speaker resolution within one article: from a mention as written to a canonical speaker.

Names lose their titles and roles ("Japanese Prime Minister Shigeru Ishiba" ->
"Shigeru Ishiba", role kept), surnames and "Mr X" join the full name seen in the
article, pronouns join the last fitting speaker or person, "it" and "the
statement" the last organisation or document that spoke, and bodies get their
canonical name (see bodies.py).

SpeakerBook reads the article once for its people and bodies, then resolves mentions. Its parts:
book_people.py (people's names), book_descriptions.py (what each person is called besides the
name), book_bodies.py (bodies, documents, spokespeople), book_described.py (people brought in by description),
book_references.py (pronouns and nominals);
person_mentions.py and body_mentions.py are the plain functions of tokens they share.
"""
from __future__ import annotations

import bisect

import regex

from ..boilerplate import BYLINE_OPENING, credits, furniture_lines, is_byline
from ..words import APOSTROPHE_S
from .bodies import canonical_body, places
from .body_mentions import (
    AREA_WORDS,
    body_end_words,
    body_extent,
    describes_by_hyphen,
    entities,
    initials,
    is_acronym,
    is_mixed_acronym,
    linked_place_end,
    names_team,
    portfolio_end,
    written_out,
)
from .book_bodies import (
    KIND_NOUNS,
    KIND_OF_BODY,
    OFFICIAL,
    STAFF_NOUNS,
    BodyNames,
    names_office,
    registered,
)
from .book_described import DescribedPeople
from .book_descriptions import (
    AGE_BANDS,
    BESIDE_AN_OFFICE,
    PersonDescriptions,
    age_after,
    is_nationality_word,
    member_word_in,
    nationality,
    one_named,
)
from .book_families import Families
from .book_people import PeopleNames
from .book_questions import AddressedQuestions
from .book_references import BackReferences, bare_noun, speaking_description, unnamed_legislator
from .grammar import (
    appositive_name,
    given_name_alone,
    is_clock,
    is_root,
    is_subject,
    joined_title,
    lead_word_in_capitals,
    name_after_office,
    name_head,
    named_after_topic,
    named_in_apposition,
    person_beside,
    personal_words,
    plural_subject,
    preps_after,
    reporting_subject,
    role_noun,
    run_start,
    title_alone,
    title_reporting,
    trimmed_mention,
)
from .lexicon import (
    ARTICLES,
    BODY_KIND_NOUNS,
    BODY_NOUNS,
    COMPANY_SUFFIXES,
    CONSTITUENCY_ROLES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    GENERIC_BODY_NOUNS,
    GIVEN_NAME_GENDER,
    GOVERNING_NOUNS,
    HE_SHE,
    HONORIFICS,
    INFORMANT_NOUNS,
    INTERVIEW_CUES,
    KIND_INITIALS,
    KINSHIP,
    MALE_PRONOUNS,
    MONASTIC_TITLES,
    NEWSROOM_NOUNS,
    OCCUPATIONS,
    OFFICE_INITIALS,
    ORGANISER_NOUNS,
    PARTY_WORDS,
    PASSING_ROLES,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    POSTNOMINALS,
    REPORTING_FORMS,
    REPRESENTATIVE_NOUNS,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    SPOKESPERSON_NOUNS,
    THING_PRONOUNS,
    TITLES,
    UNDER_GRADES,
    UNNAMED_LABELS,
    singular,
)
from .marks import named_in_part_label
from .person_mentions import (
    BODY_WORDS,
    HYPHENATED_GIVEN,
    INITIALS,
    NOT_ROLE,
    PERSONAL_TITLES,
    VESSEL_PREFIXES,
    abbreviated_given,
    after_indefinite,
    after_postnominals,
    age_in,
    describes_noun,
    holder_after_long_office,
    holder_after_seat,
    honorific_length,
    hyphenated_end,
    in_vessel_name,
    is_name_token,
    joined_person_entities,
    joins_words,
    name_in,
    name_range,
    name_start,
    names_seat,
    nickname_end,
    office_alone,
    office_holder,
    only_styles,
    opens_sentence,
    qualifies_role,
    regnal,
    role_before,
    surname_end,
    title_gender,
    where_someone_is_from,
    without_postnominals,
)
from .speaker import DOCUMENT, NO_NAME, ORG, PERSON, UNKNOWN, Speaker
from .token_columns import TokenColumns

_ORG_ENTS = {"ORG", "NORP", "GPE", "FAC"}
#: Posts abbreviated before a name, written in full when the post names an office ("Gov. X's office").
_POST_IN_FULL = {"gov.": "Governor", "gov": "Governor", "sen.": "Senator", "rep.": "Representative"}
#: "the Munster man", "the Galway woman", "the Thomastown native": a person of that gender (or either), described
#: by the words before.
_PEOPLE_WORDS = {"man": "m", "woman": "f", "native": None}
#: Words before a role that make its holder another than the one who held it at another time ("the new Member").
_OTHER_HOLDER = frozenset(("new", "former", "outgoing", "incoming", "previous", "next"))
_THIRD_PERSON = MALE_PRONOUNS | FEMALE_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS

#: Entity types the tagger gives bodies' names by mistake ("Halvorsen Foods" a person, a hospital a building).
_MISTAKEN_BODIES = {"PERSON", "FAC", "PRODUCT", "WORK_OF_ART"}
#: The tagger's types for places, which it gives bodies' names too ("Eastvale District Municipality").
_PLACE_LABELS = frozenset(("GPE", "LOC"))
#: Entity types of made things, which the tagger gives a person's name of two or three words opening with a listed
#: given name ("Declan Munro", a product's).
_WORKS = frozenset(("PRODUCT", "WORK_OF_ART"))
#: Nouns for a judge or magistrate (data/role_synonyms.tsv), a court's address for them after "his", "her" or "your"
#: ("her Honour", "His Lordship", "Her Worship").
_COURT_ADDRESS = frozenset(noun for noun, roles in ROLE_SYNONYMS.items() if {"judge", "magistrate"} & set(roles))
#: Entity types a team's plural name may be given ("the Marlins" a person, "The Omaha Stormriders" a work of art).
_TEAM_LABELS = {"PERSON", "WORK_OF_ART", "ORG"}


#: A body's people who speak as its staff, written after its name ("A CNC3 reporter", "the WHO representative").
_BODY_STAFF = NEWSROOM_NOUNS | REPRESENTATIVE_NOUNS | {"executive", "analyst"}
#: Nouns for a session of questions that someone answers: "X's news conference" is where X answers.
_SESSION_NOUNS = frozenset(("conference", "interview", "briefing", "presser", "q&a", "session"))
#: Words by which a source stays unnamed ("asking not to be named", "on condition of anonymity").
_ANONYMITY_WORDS = frozenset(("named", "anonymity", "identified"))
#: The press whom a news conference's questions come from ("told reporters", "with the media").
_PRESS_WORDS = frozenset(("reporters", "journalists", "media", "press"))


#: Small words inside an office's name that its initials leave out ("Deputy Commissioner of Police": "DCP").
_OFFICE_LINKS = frozenset(("of", "for", "and", "the"))


class SpeakerBook(PeopleNames, PersonDescriptions, Families, AddressedQuestions, BodyNames, DescribedPeople,
                  BackReferences):
    """What one article says about its people and bodies, for resolving mentions."""

    def __init__(self, doc, text: str, outside_quotes, paragraph_of: list[int], tokens=None, columns=None):
        self.doc = doc
        # the article's text, as the Doc holds it but for the spaces that break long runs of punctuation
        # (core._tokenizable); Doc.text is rebuilt on every access
        self.text = text
        # the Doc's tokens made once (or as the caller made them): every collector walks them, and indexing
        # them is faster than indexing the Doc, which makes a new Token each time
        self.tokens = list(doc if tokens is None else tokens)
        self.columns = TokenColumns(doc) if columns is None else columns  # the Doc's columns read by array once
        self.outside = outside_quotes  # token index -> True when not inside a quotation
        self.paragraph_of = paragraph_of  # token index -> paragraph number
        # surname -> full names, in the order the article first gives them (dicts keep order; sets would
        # make ties depend on the process's hash seed)
        self.full_names: dict[str, dict[str, None]] = {}
        self._names_by_word: dict[str, list[tuple[str, list[str]]]] | None = None  # see names_with_word
        self.gender: dict[str, str] = {}  # canonical name -> "m" / "f", from titles and pronouns
        self.roles: dict[str, str] = {}  # full name -> role seen before it ("Japanese Prime Minister")
        # full name -> lower-case words the article describes the person by ("judge", "coach", "66-year-old")
        self.described: dict[str, set[str]] = {}
        self.seats: dict[str, set[str]] = {}  # full name -> words of the place they sit for ("Senator X of Ohio")
        # full name -> words heading a phrase that describes them, and words modifying the word after ("chief executive")
        self.heads: dict[str, set[str]] = {}
        self.modifiers: dict[str, set[str]] = {}
        self.introduced: dict[int, str] = {}  # token of a description that comes before the name -> the name
        self.history: list[tuple[int, Speaker]] = []  # (token index, speaker) in text order
        self.subjects: set[int] = set()  # history positions that are grammatical subjects
        self.relatives: dict[tuple[str, str], dict[str, None]] = {}  # (full name, "parent") -> their parents
        self.kin_names: dict[str, set[str]] = {}  # full name -> the relatives' names in self.relatives
        self._styled_names: dict[str, bool] = {}  # full name -> written whole after a title (see _styled_whole)
        self._terms: frozenset[str] | None = None  # initials of terms spelled out in lower case (BodyNames.term_initials)
        self._offices_after_the: frozenset[str] | None = None  # words written alone after "the" (after_offices)
        self._title_initials: dict[str, frozenset[str]] | None = None  # titles written out (PeopleNames.title_initials)
        self._styled_words: frozenset[str] | None = None  # words written alone after "Mr", "Ms" (Families.styled_words)
        self.named_kin: dict[tuple[str, str], dict[str, None]] = {}  # the same, of relatives named in full (generations)
        self.couples: list[tuple[int, tuple[str, str]]] = []  # (token, the two) of people named with one surname
        self.kin_at: dict[int, str] = {}  # token of "husband" in "her husband" (no name given) -> the person meant
        self.questions: list[tuple[int, int, str | None, str | None, int | None]] = []  # questions put (book_questions.py)
        self.askers: list[tuple[int, int, int]] = []  # (close, paragraph, asker's token) of questions put to no one named
        self.held_titles: dict[str, str] = {}  # a chiefly title held for a place -> its holder ("Tui Falealupo")
        self.named_with_one: list[tuple[int, str]] = []  # (token, name) of people introduced "one Musa Ibrahim"
        self._followed = 0  # subject pronouns before this token have been resolved
        self._followed_bodies = 0  # bodies speaking as "it" or "the company" before this token have been resolved
        self._pronouns_to_follow: list[int] | None = None  # tokens "he" and "she" (see _follow_pronouns)
        self._subjects_to_follow: list[int] | None = None  # tokens that are subjects (see _follow_bodies)
        self._capitalised_untagged: list[bool] = []  # token -> alphabetic, capitalised, in no entity (_untagged_word)
        self._nominals: dict[tuple, Speaker] = {}  # resolved nominal mentions (see _nominal)
        self._nameless: list[int] | None = None  # tokens of people brought in unnamed (_unnamed_people)
        self._places: set[str] | None = None  # names taken for people that stand only as places (see _placelike)
        self._unproven_names: set[str] | None = None  # names taken for people that nothing shows to be one
        self._not_people: set[str] | None = None  # words the tagger types a body, place or product (book_people)
        self._with_words: list[int] | None = None  # numbers of the paragraphs that hold words, in order
        self._described_bodies: dict[str, set[str]] | None = None  # body -> nouns it is called by (_body_nouns)
        self.bodies_by_description: set[str] = set()  # one-word names shown to be bodies' (_bodies_by_description)
        self.groups: set[int] = set()  # history positions of plural nominals that speak ("the trustees said")
        self._headlines: dict[int, bool] | None = None  # paragraph -> written in title case
        self.one_named: set[str] = set()  # one-word names set beside a role ("The striker, Neymar,"): people
        self._inside: frozenset[str] | None = None  # capitalised words inside sentences (_capitalised_inside)
        self.body_at: dict[int, tuple[int, int]] = {}  # token index -> token range of the body name it is in
        self.acronyms: dict[str, str] = {}  # acronym the article spells out -> the body's name
        self.read_out_by: dict[int, str] = {}  # head of one reading out another's statement -> the reader's name
        self.named_bodies: set[str] = set()  # names the article shows to be bodies' ("Halvorsen Foods")
        self.teams: set[str] = set()  # bodies' names that are teams' ("the Omaha Stormriders"): "the team" means one
        self._common: frozenset[str] | None = None  # the words the article writes in lower case (common_words)
        self._by_words: dict[tuple[int, int], bool] = {}  # token range -> names a body by its own words (names_body)
        self._names_in: dict[tuple[int, int], str | None] = {}  # token range -> the personal name in it (_name_in)
        self._deaths: dict[int, bool] = {}  # token -> said there to have died (died_at)
        self._lede_death: bool | None = None  # the lede tells of an unnamed one's death (_death_in_lede)
        self._families: dict[int, Speaker | None] = {}  # "family" token -> the family it names (family_body)
        self._turns: dict[tuple[int, bool], Speaker] = {}  # (first token of a run of "Q:"/"A:" turns, asking) -> who
        self.credited: list[tuple[int, int]] = []  # character ranges of pictures' credits (_collect_names)
        self._headed: dict[int, bool] = {}  # paragraph -> an item under a heading in capitals (_under_heading)
        self._styles: dict[tuple[str, str], bool] = {}  # (grade, name) -> written as a style before it (_styled_by)
        # (noun, name, qualifiers) -> the office held beside the name (holds_it_beside: asked for each mention of the noun)
        self._beside_answers: dict[tuple[str, str, tuple[str, ...]], bool] = {}
        self._collect_names()

    def _collect_names(self) -> None:
        doc, toks = self.doc, self.tokens
        storms = _storms_in(self.text)  # ("Hurricane Odessa", then "Odessa is expected to …")
        bodies = self._collect_spelled_out()
        # (the names in a picture's credit took it, those on a page's furniture ("Sentinel | Local News") label it:
        # no one the story speaks of; a byline's writer is kept, for _in_byline)
        self.credited = credits(self.text)
        credited = self.credited + [(lo, hi) for lo, hi in furniture_lines(self.text) if not is_byline(self.text[lo:hi])]
        ents = [e for e in joined_person_entities(self.tokens, entities(doc))
                if not any(lo <= toks[e[0]].idx < hi for lo, hi in credited)
                and not _over_a_mark(toks[e[0]:e[1]])]
        self.named_bodies = {canonical_body(self.columns.span_text(start, end)) for start, end, _ in ents
                             if self._body_by_words(start, end)}
        person_starts = {start for start, _, label in ents if label == "PERSON"}
        aged = {self.columns.span_text(start, end) for start, end, label in ents  # "Bride Power, 88,", typed a body
                if label != "PERSON" and 2 <= end - start <= 3 and age_after(toks, end) is not None
                and all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() for t in toks[start:end])
                and not self._names_body(start, end)}
        # "The striker, Neymar,", "Ngugi, the veteran goalkeeper,": a person known by one name (one_named)
        self.one_named = {toks[start].text for start, end, _ in ents if end - start == 1 and one_named(toks, start)}
        for start, end, label in ents:
            if self._dateline_agency(start, end):
                continue  # "TOKYO (Reuters) -": the agency that sent the story, whom no "it" means
            if self.columns.span_text(start, end) in storms:
                continue  # a storm, which the tagger may call a person or a place
            nicknamed = _nicknamed_name(toks, start, end)
            if end - start == 1 and toks[start].text in self.one_named:
                label = "PERSON"  # (wherever the article writes it, whatever the tagger says)
            elif label == "PERSON" and end - start >= 2 and _initials_of_body(toks[end - 1]):
                label = "ORG"  # "Limerick GAA said", "Ballykeeran GAA": a place and a body's initials
            elif label != "PERSON" and end - start == 2 and self.rank_initials_of(toks[start].text, toks[start + 1].text):
                label = "PERSON"  # "AC Rosli" after "Assistant Commissioner of Police Rosli …": a rank's initials
            elif label == "PERSON" and end - start >= 2 and len(suffix := toks[end - 1].lower_.rstrip(".")) >= 3 \
                    and suffix in COMPANY_SUFFIXES and toks[end - 1].text[:1].isupper():
                label = "ORG"  # "Sinar Perdana Holdings Bhd": a company's legal form ends no one's name
            elif label != "PERSON" and 2 <= end - start <= 4 and not self._names_body(start, end) \
                    and _AGED_BEFORE.search(self.text, max(0, toks[start].idx - 40), toks[start].idx):
                label = "PERSON"  # "converted by 19-year-old Abdul-Fatawu Seidu", typed a body: an age shows a person
            elif label != "PERSON" and self.columns.span_text(start, end) in aged:
                label = "PERSON"  # the name written with an age after it once, wherever the article writes it
            elif label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "LOC") and 2 <= end - start <= 4 and start > 0 \
                    and toks[start - 1].text.islower() and toks[start - 1].lower_ in OCCUPATIONS \
                    and all(t.is_alpha and t.text.istitle() for t in toks[start:end]) and not self._names_body(start, end):
                label = "PERSON"  # "National shuttler Aidil Haikal Rosli", typed a building's: an occupation's holder
                while end < len(doc) and toks[end - 1].head.i == end and toks[end - 1].dep_ == "compound" \
                        and toks[end].pos_ == "PROPN" and toks[end].is_alpha and toks[end].text.istitle() \
                        and not toks[end].ent_type_ and toks[end].lower_ not in BODY_WORDS:
                    end += 1  # "lawyer Asma Bibi" + "Jadoon": the word the tagger's last one is a compound of
            elif label != "PERSON" and 2 <= end - start <= 4 and start > 0 and toks[start - 1].text.islower() \
                    and any(toks[start - 1].lower_ in words for words in (OCCUPATIONS, ROLE_WORDS, TITLES)) \
                    and all(INITIALS.fullmatch(t.text) for t in toks[start:end - 1]) \
                    and toks[end - 1].text in GIVEN_NAME_GENDER and toks[end - 1].text.istitle():
                label = "PERSON"  # "Association president K.R. Prasad", typed a body's: initials and a name after a role
            elif label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and 3 <= end - start <= 5 \
                    and abbreviated_given(toks[start].text) and toks[start].text[:1].isupper() \
                    and all(t.is_alpha and t.text.istitle() for t in toks[start + 1:end]) and not self._names_body(start, end):
                label = "PERSON"  # "Md Khairul Anam Shimul", typed a body's: a name opening with an abbreviated given name
            elif label != "PERSON" and nicknamed:
                label = "PERSON"  # "Dougie “Wee Dod” MacRae", typed a building's
            elif label in ("ORG", "FAC", "GPE") and _double_surname_after_role(toks, start, end):
                label, start = "PERSON", start - 1  # "Gauteng Health MEC Kedibone" + "Diale-Tlabela", typed a body's
            elif label in ("ORG", "FAC") and _honoured_name(toks, start, end) and not self._names_body(start, end):
                label = "PERSON"  # "Nana Osei Boakye-Dankwa II", "Nana Kwaku Agyei-Frimpong", typed a body's
            elif label in ("ORG", "FAC") and (titled := _courtesy_name_inside(toks, start, end)) is not None:
                label, start = "PERSON", titled  # "Harare Magistrate" + "Mrs Rumbidzai Makoni-Dube", read as one body
            elif label in _WORKS and 2 <= end - start <= 3 and toks[start].text in GIVEN_NAME_GENDER \
                    and all(t.is_alpha and t.text.istitle() for t in toks[start:end]) and not self._names_body(start, end):
                label = "PERSON"  # "admitted assaulting Declan Munro", typed a product's
            if label == "PERSON" and end - start == 1 and _office_in_apposition(toks, start):
                continue  # "The Rev Thomas Arlow, Dean of Christ Church Cathedral,": his office, though a given name
            if toks[start].text in VESSEL_PREFIXES and end - start >= 2 or in_vessel_name(toks, start):
                continue  # "the MV Beaumont Hamel", "HMS Dauntless", the tagger's "Rosalind" of "MV Lady Rosalind": a ship
            if toks[end - 1].text in KIND_INITIALS and end - start == 1 + (toks[start].lower_ in ARTICLES):
                continue  # "the NGO": a noun for the body the article called so, no name of one
            if end - start == 1 and toks[start].text in self.term_initials():
                continue  # "CPO" of "crude palm oil (CPO)": a term, no body
            is_body = label == "ORG" and toks[start].lower_ not in PERSONAL_TITLES and not self._dateline(start, end) \
                and not _occupation_before_name(toks, start, end) \
                and not _time_zone(doc, start, end) \
                and not (toks[start].lower_ in ARTICLES and names_office(toks, start + 1)) \
                and not (toks[end - 1].lower_ in OFFICE_INITIALS and end - start == 1 + (toks[start].lower_ in ARTICLES)) \
                and _capitalised(doc[start:end]) and not self._alone_on_line(start, end) \
                and not self._common_noun(start, end) \
                or label in _MISTAKEN_BODIES and self._names_body(start, end) \
                or label == "LOC" and reporting_subject(doc[start:end].root) and self._names_body(start, end) \
                or label in _PLACE_LABELS and self._body_typed_place(end)  # "Halvorsen Foods"; "Eastvale District Municipality"
            # (a place's type on a name that speaks and names a body: "Pacific Northern Railway said …")
            team = label in _TEAM_LABELS and names_team(toks, start, end)
            if is_body and self.outside(start) and self.body_at.get(start, (start,))[0] < start:
                continue  # the tail of a body's name already read whole ("… Leather and" + "Non-Metallic … Workers")
            if is_body and self.outside(start):
                lo, hi = body_extent(doc, start, end, self.common_words())
                if (run := run_start(toks, lo)) < lo and joined_title(toks[run:hi]):
                    lo = run  # "Workplace Health and" + "Safety Queensland", the tagger's body
                for i in range(start, max(end, hi)):
                    self.body_at.setdefault(i, (lo, hi))
                if lo < start:  # words before it that the tagger took for a name of their own ("Clyde" and …)
                    bodies = [(pos, sp) for pos, sp in bodies if not lo <= pos < start]
                    self.history = [(pos, sp) for pos, sp in self.history if not lo <= pos < start]
                    self.body_at.update(dict.fromkeys(range(lo, start), (lo, hi)))
                bodies.append((start, Speaker(self.body_name(lo, hi, bodies), ORG)))
                if is_subject(doc[start:end].root):
                    self.subjects.add(start)
            elif team and self.outside(start):
                bodies.append((start, Speaker(canonical_body(doc[start:end].text), ORG)))
            if team and self.outside(start):
                self.teams.add(bodies[-1][1].name)
            if label != "PERSON" or is_body or team or joined_title(toks[run_start(toks, start):end]):
                continue  # (nor the tail of a body's name the tagger made a person: "Workplace Health and" + "Safety Queensland")
            ent = doc[start:end]
            if start in self.body_at or end - start >= 2 and self._of_a_team(doc[start:end].text):
                continue  # a word of a body's name read whole ("… Rubber, Plastic and …"), a team's ("Harpy Eagles captain X";
                # not a surname alone that a team's plural took once: "the Sanders campaign")
            abbreviated = ent.start > 0 and abbreviated_given(toks[ent.start - 1].text) \
                and "\n" not in toks[ent.start - 1].whitespace_  # ("Ch" + "Tariq Mehmood", "Ma." + "Cristina Reyes")
            name = self._name_in(ent.start - abbreviated, ent.end) or (
                f"{toks[start].text} {toks[end - 1].text}" if nicknamed else None)
            if not name or qualifies_role(self.tokens, start, end, person_starts) or only_styles(name) \
                    or names_seat(doc, start, end) \
                    or self._office_written_after_the(name):
                continue  # "Sinn Féin TD for Mayo North Gráinne Nic Dhonnchadha": a party; a headline's "Ceann
                # Comhairle calls order" where the story writes "the Ceann Comhairle": an office
            self._know_full_name(name)
            if describes_noun(self.tokens, start, end) or after_indefinite(self.tokens, start, end) \
                    or where_someone_is_from(self.tokens, start, end):
                continue  # "a Hillary Clinton supporter", "the Plaid Cymru member", "a blue Morris Oxford": no one
            title = toks[ent.start - 1].lower_ if ent.start > 0 else ""
            gender = title_gender(title) or title_gender(toks[ent.start].lower_)
            lo = ent.start
            while lo > ent.root.left_edge.i and not toks[lo - 1].is_punct and not toks[lo - 1].is_space:
                lo -= 1
            inside = next((t.i for t in ent if t.text == name.split()[0]), ent.start)
            if lo < ent.start and self.outside(ent.start):
                role = role_before(toks, lo, ent.start)
                if role:
                    self.roles.setdefault(name, role)
            elif inside > ent.start and self.outside(ent.start) \
                    and all(role_noun(t) and t.is_alpha for t in toks[ent.start:inside]):
                self.roles.setdefault(name, doc[ent.start:inside].text)  # "Coroner" of "Coroner Mark Ellery", all tagged
            if self.outside(ent.start):
                self.history.append((ent.start, Speaker(name, PERSON, gender=gender)))  # full names: below
                if is_subject(ent.root):
                    self.subjects.add(ent.start)
        bodies += self._collect_untagged_bodies()
        bodies += self.short_names_of_bodies(bodies)  # ("Nordkyst rejected that", after "Nordkyst Energi")
        self._collect_titled_names()
        self._collect_seat_titles()
        self._collect_nicknamed_names()
        self._collect_particle_names()
        self._collect_gaelic_names()
        self._collect_joined_and_filial_names()
        self._collect_speaking_names()
        self._collect_described_names()
        self._collect_lone_given_names()
        self._collect_one_names()
        self._collect_names_known_as()
        surnames = [(pos, sp) for pos, sp in bodies if not self._registered_at(pos)
                    and self._surname_of_someone(pos, sp.name)  # "Nakatani"
                    and not self._before_kind_noun(pos)]  # (not "the Save Ashcombe Meadow group")
        for pos, sp in surnames:  # (no body's name reaches over the surname: "Banks said" of Trevor Banks;
            if len(sp.name.split()) > 2:  # a longer one is no surname's: "Gold Star Mom Corners Obama", a headline)
                continue
            for i in range(*self.body_at.pop(pos, (pos, pos))):
                self.body_at.pop(i, None)
        bodies = [b for b in bodies if b not in surnames]
        self._collect_name_runs(bodies)
        self._collect_double_barrelled_names()
        self._collect_surname_mentions()
        self._collect_birth_names()
        self._collect_couples()
        self._collect_descriptions()
        self._learn_kin_genders()
        self._collect_kin_mentions()
        titled = sorted(dict.fromkeys((sp.name, sp.gender) for _, sp in self.history if sp.gender),
                        key=lambda t: -len(t[0].split()))  # full names first
        for name, gender in titled:  # "Mr Pengelly" of Harold and Carol Pengelly is Harold
            self.gender.setdefault(self.full_name(name, gender)[0], gender)
        self.history.sort(key=lambda h: h[0])
        for k, (pos, sp) in enumerate(self.history):  # in text order: a shared surname is whoever was just named
            self.history[k] = (pos, Speaker(self.full_name(sp.name, sp.gender, pos)[0], PERSON))
        self.history = [(pos, sp) for pos, sp in self.history if not is_nationality_word(sp.name)
                        and sp.name not in storms and not any(c.isdigit() for c in sp.name)]
        # ("The Spaniard, who …" is no one's name; "Cuban" of Mark Cuban is his), nor a body's ("the Dutchman said");
        # nor a storm's, which a listed given name may be ("Hurricane Marisol"), nor a sum the tagger took for a
        # person ("GH¢25,000")
        self.history = sorted(self.history + [b for b in bodies if not is_nationality_word(b[1].name) and not _storm(b[1].name)],
                              key=lambda h: h[0])
        self._collect_questions()

    def _holder_of_written_office(self, word: str, at: int) -> Speaker | None:
        """The person named last before token `at` whose role, cut from before their name, ends in `word`, or whom a
        phrase headed by it describes, a word the article writes alone after "the" as an office (offices_after_the: "the
        Cornet" of Braxholm Cornet Jamie Scott, "the Magazia" of "The Magazia of the Central Market, Hajia X,"; not "the
        Kremlin" of "Kremlin spokesman Dmitry Peskov")."""
        if word not in self.offices_after_the():
            return None
        for _, sp in self._recent(at):
            full = self.full_name(sp.name, sp.gender)[0] if sp.kind == PERSON and sp.name else None
            if full and ((self.roles.get(sp.name) or "").split()[-1:] == [word] or word.lower() in self.heads.get(full, ())) \
                    and not self.holds_it_beside(word.lower(), full, BESIDE_AN_OFFICE):
                return Speaker(sp.name, PERSON, self.roles.get(sp.name), self.gender_of_name(sp.name), "nominal")
        return None

    def _name_in(self, lo: int, hi: int) -> str | None:
        """person_mentions.name_in of tokens lo..hi, worked out once per range, from after the last word that the
        article writes alone after "the" as an office (after_offices); the words cut off become the person's role, when
        none is known ("Braxholm Cornet")."""
        if (lo, hi) not in self._names_in:
            whole = name_in(self.tokens, lo, hi)
            if whole and (marked := max(whole.rfind(mark) for mark in _DOUBLE_MARKS)) >= 0:
                whole = whole[marked + 1:].strip() or None  # "Ho” Mitchell" of Horace “Brother Ho” Mitchell: the surname
            self._names_in[lo, hi] = name = self.after_offices(whole)
            if name != whole:
                self.roles.setdefault(name, whole[:-len(name)].strip())  # ("Braxholm Cornet": whom "the Cornet" is)
        return self._names_in[lo, hi]

    def _before_kind_noun(self, pos: int) -> bool:
        """Whether the body's name at token `pos` stands right before a lower-case noun for its kind ("the Save Ashcombe
        Meadow group", "the TWU union"): a body's, even where the article calls its last words a person."""
        hi = self.body_at.get(pos, (pos, pos + 1))[1]
        return hi < len(self.tokens) and self.tokens[hi].text.islower() and self.tokens[hi].lower_ in KIND_NOUNS

    def _body_typed_place(self, hi: int) -> bool:
        """Whether a name the tagger typed a place's, ending before token `hi`, is a body's by its last word, one only
        bodies' names end in and no word for an area ("Eastvale District Municipality", not "Harlow District")."""
        last = self.tokens[hi - 1]
        return last.text[:1].isupper() and last.lower_ in body_end_words() and last.lower_ not in AREA_WORDS

    def _alone_on_line(self, lo: int, hi: int) -> bool:
        """Whether the name doc[lo:hi] fills its line: a live page's place line ("Port Ardlach") or a label,
        no body that speaks."""
        para = self.paragraph_of[lo]
        before = lo == 0 or self.paragraph_of[lo - 1] != para or self.tokens[lo - 1].is_space
        after = hi == len(self.tokens) or self.paragraph_of[hi] != para or self.tokens[hi].is_space
        return before and after

    def resolve(self, lo: int, hi: int, head: int) -> Speaker:
        """Resolve the mention in tokens lo..hi whose head token is `head`; a plural common noun opening its
        sentence is named in small letters ("Residents said …": `residents`); a mention of blank space alone, which the
        tagger may put in a name after a headline, is no one."""
        if all(t.is_space for t in self.tokens[lo:hi]) or self.tokens[head].is_space:
            return Speaker(None, UNKNOWN, None, None, "unresolved")
        found = self._resolve(lo, hi, head)
        tok = self.tokens[head]
        if found.kind != PERSON and (named := self._person_after_noun(tok)) is not None:
            return named  # "Kingswear resident Martin Foale … said", the parser's subject "Kingswear"
        if found.kind == PERSON and found.name and only_styles(found.name) \
                and (named := next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)) is not None:
            return self.resolve(named.left_edge.i, named.i + 1, named.i)  # "Her Royal Highness" + "Chieftainess X"
        if hi - lo == 2 and self.tokens[lo].lower_ == "the" and is_acronym(tok.text) and tok.text not in self.acronyms \
                and found.kind != PERSON and (found.name == tok.text or initials(found.name or "") == tok.text
                                              and found.name.split()[0].lower() in TITLES | ROLE_WORDS) \
                and (holder := self._holder_of_spelled_office(tok)) is not None:
            return holder  # "the DCP" of "Deputy Commissioner of Police … Shilpa Nagaraj", found no one else (but
            # "the HSE" of the Health and Safety Executive is the body)
        if found.kind == PERSON and (owner := self.statement_read_by(tok, found)) is not None:
            self.read_out_by[head] = found.name  # "“…,” Pamba read.": the words of the one he reads them for
            return Speaker(owner.name, owner.kind, owner.role, owner.gender, "nominal")
        if hi - lo == 1 and found.kind == ORG and found.name == tok.text and (below := self._body_below_label(tok)):
            return below
        if found.name == tok.text and tok.tag_ == "NNS" and tok.is_sent_start and tok.is_title and not tok.ent_type_:
            if tok.lower_ in BODY_NOUNS and (only := self._only_body_of_kind(tok.lower_)) is not None \
                    and _body_of_that_kind(only.name, tok.lower_):
                return only  # "Police said …" where the story names one police force, after it too: that force
            return Speaker(tok.lower_, found.kind, found.role, found.gender, found.resolved)
        if found.kind == PERSON and found.name and found.name.islower() and (named := self._named_after_noun(tok, found.name)):
            return named  # "The oldest man in Nakorovou, Semi Cakau, 81, says", the parser's name hung on the place
        if found.kind == ORG and found.name and (spelled := self._spelled_in_brackets(lo, hi, found.name)) is not None:
            return Speaker(spelled, ORG, found.role, None, found.resolved)  # "the National Grid Corporation of the
            # Philippines (NGCP)": the name its initials spell, place and all
        return found

    def _person_after_noun(self, tok) -> Speaker | None:
        """The person named right after the lower-case nouns after `tok`, a name the parser hung on it ("Kingswear" of
        "Kingswear resident Martin Foale"), or None."""
        toks, j = self.tokens, tok.i + 1
        while j < len(toks) and toks[j].pos_ == "NOUN" and toks[j].text.islower():
            j += 1
        if j == tok.i + 1 or j >= len(toks) or toks[j].ent_iob_ != "B" or toks[j].ent_type_ != "PERSON":
            return None
        end = j + 1
        while end < len(toks) and toks[end].ent_iob_ == "I":
            end += 1
        if end - j < 2 or toks[end - 1].head.i != tok.i:
            return None
        found = self.resolve(j, end, end - 1)
        return found if found.kind == PERSON and found.name else None

    def _named_after_noun(self, tok, noun: str) -> Speaker | None:
        """The person named after a comma between the subject `tok` and its verb, whom the article describes by the
        `noun` the subject was found to be ("a 29-year-old mechanic, Isaac Ekow Aidoo, said"), or None."""
        verb = tok.head
        if not tok.dep_.startswith("nsubj") or verb.i <= tok.i:
            return None
        for pos, sp in self.history:
            if tok.i < pos < verb.i and sp.kind == PERSON and sp.name and self.tokens[pos - 1].text == "," \
                    and noun in self.described.get(full := self.full_name(sp.name, sp.gender)[0], ()):
                return Speaker(full, PERSON, sp.role, self._gender(sp), "nominal")
        return None

    def _spelled_in_brackets(self, lo: int, hi: int, name: str) -> str | None:
        """The longer name the initials in brackets inside a mention spell out, when it begins with the body's name
        as found (whose place after it the name leaves out); else None."""
        for tok in self.tokens[lo:hi]:
            full = self._fuller_body(tok.text, hi) if tok.i > 0 and self.tokens[tok.i - 1].text == "(" \
                and is_acronym(tok.text) else None
            if full and full.startswith(name + " "):
                return full
        return None

    def _body_below_label(self, tok) -> Speaker | None:
        """The body a live page's heading labels by the noun for its kind ("Council: ‘…’", "Observatory: ‘…’"): the
        first body of that kind named in the paragraph below the heading ("Shropshire Council said …"); else None."""
        if tok.i + 1 >= len(self.tokens) or self.tokens[tok.i + 1].text != ":" or tok.lower_ not in body_end_words() \
                or tok.idx > 0 and self.text[tok.idx - 1] != "\n":
            return None
        following = self._next_paragraph(self.paragraph_of[tok.i])
        return None if following is None else self.first_body_of_kind(following, {tok.lower_})

    def _person_of_name(self, name: str) -> Speaker:
        """The person a name the tagger typed otherwise stands for: the article's full name for it, linked or not."""
        full, linked = self.full_name(name)
        return Speaker(full, PERSON, None, self.gender_of_name(full), "surname" if linked else "name")

    def _person_named(self, lo: int, named: tuple[int, int]) -> Speaker | None:
        """The person whose name spans `named`, after a role in the mention starting at `lo` (their role, if the
        article gives none), or None where the name is no person's."""
        found = self.resolve(*named, named[1] - 1)
        if found.kind != PERSON or not found.name:
            return None
        found.role = found.role or role_before(self.tokens, lo, named[0])
        return found

    def _resolve(self, lo: int, hi: int, head: int) -> Speaker:
        doc, toks = self.doc, self.tokens
        lo, hi = trimmed_mention(toks, lo, hi, head)
        clause = next((i for i in range(lo + 1, head) if toks[i].text == "," and toks[i + 1].lower_ in ("which", "who")), None)
        if clause is not None:  # a head the parser found inside a relative clause ("the Latin Archdiocese of X, which
            hi = clause  # has led the fishers' agitation"): the noun before it
            head = doc[lo:hi].root.i
        if hi - head > 2 and toks[head].pos_ == "PROPN" and toks[hi - 1].ent_type_ == "PERSON":
            for i in range(head + 1, hi - 1):  # "Dock Workers Union of Kenya chairman Simon Mwanzia", which the parser
                if role_noun(toks[i]) and (named := _person_right_after(toks, i)) is not None and named[1] == hi:
                    if (found := self._person_named(lo, named)) is not None:  # heads by the body: the person in that role
                        return found
                    break
        if hi == head + 1 and head > lo and toks[head].lower_ in CONSTITUENCY_ROLES | TITLES \
                and (seat := holder_after_seat(toks, head + 1)) is not None:
            found = self.resolve(seat[0], seat[1], seat[1] - 1)  # "Sinn Féin MLA" + "for Foyle Siobhán Ní Cheallaigh"
            if found.kind != PERSON or not (found.name or "").startswith(toks[seat[0]].text):
                # the holder's name the tagger ran into the seat as one name or body ("Clwyd West Gareth …")
                found = self._person_of_name(self._name_in(*seat) or doc[seat[0]:seat[1]].text)
            return found
        if hi == head + 1 and (role_noun(toks[head]) or honorific_length(toks, lo, hi) == hi - lo) \
                and (named := _person_right_after(toks, head)) is not None:  # (or a rank: "Det Con" + "Mark Ellison")
            if (found := self._person_named(lo, named)) is not None:  # "Ireland coach" + "Niall Fennelly", which the
                return found  # parser left out
        if hi == head + 1 and title_alone(toks[head]) and toks[head].lower_ not in CONSTITUENCY_ROLES \
                and (named := self._named_after_portfolio(toks[head])) is not None:
            return named  # "Secretary for Housing Winnie Ho Mei-ling", whom the parser hangs on the title's "for"
        if (named := self._holder_ending(lo, hi)) is not None:
            return named  # "Replying, Minister within the Ministry of Housing and Water Shanta Mangru", the parser's body
        if (named := self._holder_before_letters(lo, hi)) is not None:
            return named  # "Chair of the bench Eleri Vaughan JP", "Local Member of the Senedd Elin Prydderch MS"
        while head + 2 < hi and joins_words(toks[head + 1]) and toks[head + 2].is_alpha:
            head += 2  # "Santos" of "Santos-Villareal", which the parser may make the head
        if after_postnominals(toks, lo, head + 1) < head + 1 and named_in_apposition(toks[head]) is None \
                and person_beside(toks[head]) is None and not names_seat(doc, head - 1, head):
            head, hi = head - 1, head  # "Fergus McCandless MSP": the name, not the letters after it
            # (but "Kelsham's Labour MP, Joanna Pryce,": the role of the person named beside it)
        if head > lo and toks[head].text in ("senior", "junior") and is_name_token(toks[head - 1]):
            head, hi = head - 1, head  # "Mr Brown senior": the surname, "senior" picking the family's elder
        tok = toks[head]
        low = tok.lower_
        if hi - lo == 2 and toks[lo].lower_ == "the" and (holder := self._holder_of_written_office(tok.text, lo)):
            return holder  # "the Cornet said" after "Braxholm Cornet Jamie Scott"
        if low in ("who", "that", "which") and tok.head.dep_ == "relcl" and not is_root(tok.head):
            target = tok.head.head  # "Mr. Scott, who said …": resolve through the noun
            if not self.outside(target.i):
                return Speaker(None, UNKNOWN, None, None, "unresolved")  # "a “positive step” that recognized …"
            return self.resolve(min(target.left_edge.i, target.i), target.i + 1, target.i)
        if (one := self.one_of_group_before(tok)) is not None:
            return one  # "Vesey's allies insist … One said": "ally"
        if tok.pos_ == "PRON" and tok.ent_type_ != "PERSON" or low in _THIRD_PERSON:
            return self._pronoun(low, lo)  # (not a name the tagger took for a pronoun: "Ina said")
        if (family := self.family_body(tok)) is not None:
            return family  # "Ms Holloway's family": "Holloway family"
        if hi - lo == 1 and title_alone(tok) and self._on_heading_line(head) \
                and (holder := self._nominal(tok, lo, hi)).kind == PERSON and holder.resolved == "nominal":
            return holder  # a heading's "Premier promises ‘…’": the premier the article names
        if hi - lo == 2 and toks[lo].lower_ == "the" and is_acronym(tok.text) and low not in CONSTITUENCY_ROLES \
                and low not in ROLE_WORDS and (holder := self._holder_of_initials(tok)):
            return holder  # "Officer-in-Charge (OC) of Ashulia Police Station Md Kamrul Hasan said …": "the OC said"
        if low == "office" and (office := self._office_of_holder(tok)) is not None:
            return office  # "The office of Senate Majority Leader X": "Senate Majority Leader's office"
        if (member := self._member_for(tok, lo)) is not None:
            return member
        if (role_noun(tok) or low in KINSHIP) and (hi - lo == 1 or self._in_top_lines(lo, headings_only=True)) \
                and (below := self._named_below_headline(low, lo) or self.lead_speaker(tok)):
            return below  # a headline's "… as CEO warns", "Red Willow Chief Walks Away": the one the story names
        if hi - lo >= 2 and toks[lo].lower_ == "the" and head == hi - 1 \
                and ((style := self.columns.span_text(lo + 1, hi)).lower() in HONORIFICS
                     or hi - lo == 2 and low in MONASTIC_TITLES) \
                and (styled := self._styled(style, toks[lo].idx)) is not None:
            return styled  # "the Kgosi said" after "Kgosi Tshekedi Modisaotsile", "the Diyawadana Nilame", "the Thero"
            # after "… Sumanasiri Thero"
        if (role_noun(tok) or title_alone(tok)) and (named := self._named_below_label(low, lo, hi)) is not None:
            return named  # a live post's "Mayor: ‘…’" over "Mayor Julie Tran said …": the one the post names
        if (role_noun(tok) or title_alone(tok)) and toks[lo].lower_ == "the" and (named := name_after_office(tok)) is not None \
                and (found := self.resolve(min(named.left_edge.i, named.i), named.i + 1, named.i)).kind == PERSON:
            found.role = found.role or role_before(toks, lo, hi)
            return found  # "The Commissioner of Police, CP Yusuf Kangiwa, who …": the one the office is given to
        if low in _COURT_ADDRESS and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "your") for c in tok.lefts) \
                and (judge := self._latest_in_role(low, lo)) is not None:
            return judge  # "her Honour said", "His Lordship said": the judge the article named
        if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "at", "of") and tok.head.head.lower_ in SPOKESPERSON_NOUNS:
            noun = tok.head.head  # "a spokesperson for North Wales Police", the body taken for the speaker
            return self._spokesperson(noun, noun.i, noun.i + 1)
        if tok.tag_ in ("NNS", "NNPS") and (body := self._group_body(tok)) is not None:
            return body  # "Analysts at Banco del Norte said …", capitalised or not: the bank
        if (aged := self.older_or_younger(tok, lo)) is not None:
            return aged  # "The older man is wary …": the older of the men just named with their ages
        if (role := self._role_phrase(tok, lo, hi)) is not None:
            return role  # "the Texas Republican", "the Leinster lock", "the DHO", which the tagger may call bodies
        if office_alone(toks, lo, hi, head) and named_in_apposition(tok) is None and person_beside(tok) is None \
                and _honoured_name_at_end(tok) is None:
            return self._office_holder(lo, hi)  # "The First Minister": the holder named before, else the office
        if unnamed_legislator(tok, toks[lo]) and named_in_apposition(tok) is None and person_beside(tok) is None:
            return Speaker(bare_noun(tok), PERSON, None, None, "unresolved")  # "a Labour MP", tagged a body
        if (hi - lo == 1 or head in self.body_at and hi - lo == 2) and title_alone(tok) and named_in_apposition(tok) is None \
                and (held := self._role_reference(tok, lo)) is not None:
            return held  # "the Premier" the tagger took for a body, a live post's "Premier:": "Premier Dana Whitlock"
        if hi - lo == 2 and toks[lo].lower_ == "the" and tok.text.istitle() and low in BODY_NOUNS and tok.n_rights == 0 \
                and (nominal := self._nominal(tok, lo, hi)).name and nominal.name.lower() != low:
            return nominal  # "the Bench said", "the Ministry said": the court, the ministry the article named
        if head in self.body_at and not (toks[lo].lower_ == "the" and (named := named_in_apposition(tok)) is not None
                                         and (role_noun(tok) or personal_words(named)
                                              and toks[named.left_edge.i].text in GIVEN_NAME_GENDER)) \
                and (found := self._named_body(tok, *self.body_at[head])) is not None:
            return found  # (not an office the tagger typed a body's, named beside: "the Chief Medical Officer, Prof. X,",
            # "The Ceann Comhairle, Fergal Tuohy,")
        if tok.text in KIND_INITIALS and hi - lo == 2 and toks[lo].lower_ == "the":
            return self._nominal(tok, lo, hi)  # "the NGO": the body the article called one
        if is_acronym(tok.text) and (full := self._fuller_body(tok.text, lo)) is not None:
            return Speaker(full, ORG, None, None, "name")  # "the ACCC", the tagger's person or no one
        named_later = low in STAFF_NOUNS and head in self.introduced and self.paragraph_of[head] == self._lede_paragraph() \
            and not any(t.lower_ in _ANONYMITY_WORDS for t in tok.sent)  # the lede's "A top Federal Aviation Administration
        # official acknowledged …" ¶ "Gregory Sandoval, the FAA's acting deputy administrator, told …": him (below); not
        # "a senior KCAA official said, declining to be named"
        if low in STAFF_NOUNS and not named_later and named_in_apposition(tok) is None and (any(
                t.text[:1].isupper() and t.lower_ not in NOT_ROLE and t.pos_ not in ("DET", "NUM", "PRON")
                or t.dep_ == "compound" and t.lower_ in BODY_NOUNS for t in self.tokens[lo:head])
                or _of_a_body(tok, self.body_at)):
            return self._spokesperson(tok, lo, hi, low)  # "a senior BBMP official", "a ministry official", "a Senate aide"
        if low == OFFICIAL and hi - lo == 2 and toks[lo].lower_ in ("a", "an", "one", "the") \
                and not any(c.dep_ in ("prep", "appos") for c in tok.rights) \
                and (official := self.official_of_officials(tok, lo)) is not None:
            return official  # "Metro Transit officials said …. “…,” an official said"
        if low == "officer" and tok.text == low and named_in_apposition(tok) is None \
                and any(t.i in self.body_at or is_acronym(t.text) and self._fuller_body(t.text, lo) for t in doc[lo:head]):
            return self._spokesperson(tok, lo, hi, low)  # "a DNPW officer": of the body the article named
        if head in self.introduced or head in self.kin_at:  # "An 84-year-old man who …" before "Harold
            name = self.introduced.get(head) or self.kin_at[head]  # Pengelly, from …"; "her husband"
            return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal")
        if tok.pos_ == "NOUN" and tok.text.islower() and (named := self._named_in_clause(tok)) is not None:
            return Speaker(named, PERSON, None, self.gender_of_name(named), "name")  # "A resident, who gave his name only as X,"
        words = self.tokens[lo:hi]
        titled = role_noun(tok) or title_alone(tok)
        named = named_in_apposition(tok) or (person_beside(tok) if titled else None) \
            or (_honoured_name_at_end(tok) if title_alone(tok) else None)
        if named is not None and _office_in_apposition(toks, named.i):
            named = None  # "The Rev Thomas Arlow, Dean of …,": his office, no other name of his
        if named is not None and (not self._is_person(tok, lo, hi) or titled or toks[lo].lower_ == "the"
                                  and toks[lo].head.i == head and (named.ent_type_ == "PERSON" or personal_words(named))):
            # ("The Ceann Comhairle, Fergal Tuohy,": an office the tagger took for a name, which "the" stands before)
            # "the report's author, Nadia Petrov,": the appositive names the speaker
            found = self.resolve(min(named.left_edge.i, named.i), named.i + 1, named.i)
            if found.name and low in SPOKESPERSON_NOUNS and (found.kind == ORG or _names_one_spoken_for(tok, named)):
                return Speaker(f"{found.name} spokesperson", PERSON, None, None, "name")  # "A spokesperson for the
                # hub's manufacturer, Telvane Systems,": the body's spokesperson, whom the parser set beside the body
            if found.kind != PERSON and titled and personal_words(named):  # a name the tagger typed a body's
                found = self._person_of_name(self._name_in(named.left_edge.i, named.i + 1) or named.text)
            found.role = found.role or role_before(toks, lo, hi)
            return found
        if (topical := named_after_topic(tok)) is not None and role_noun(tok):
            found = self.resolve(topical.left_edge.i, topical.i + 1, topical.i)  # "spokesperson on water X"
            if found.kind == PERSON:
                return found
        if low in SPOKESPERSON_NOUNS or low in REPRESENTATIVE_NOUNS and toks[lo].lower_ in ("a", "an") \
                and any(p.lower_ == "for" for p in preps_after(tok)):
            return self._spokesperson(tok, lo, hi)  # "A representative for the singer": the singer's spokesperson
        if low in _FIRM_STAFF and (firm := _firm_at(tok)) is not None:
            return Speaker(firm, ORG, None, None, "name")  # "Analysts at Harcourt Lyle said": the firm's note
        if low in NEWSROOM_NOUNS and any(c.lower_ in ("from", "for", "at", "with") and any(
                o.dep_ == "pobj" and o.text[:1].isupper() for o in c.children) for c in preps_after(tok)):
            return self._spokesperson(tok, lo, hi, low)  # "a reporter from the Examiner": "Examiner reporter"
        if low in DOCUMENT_NOUNS and (author := self._author(tok)) is not None:
            return author
        if lead_word_in_capitals(tok) or tok.text.islower() and lead_word_in_capitals(toks[lo]) and toks[lo].head.i == head:
            return self._nominal(tok, lo, hi)  # "FARMERS across the Vale say": "farmers"; "DAIRY farmers"
        age = age_in(self.columns.span_text(lo, hi))
        if age and not any(is_name_token(t) for t in self.tokens[lo:hi]):
            found = self._described_person(age, lo)
            if found.resolved == "unresolved" and tok.pos_ == "NOUN" and not age.endswith(tok.lower_):
                found.name = bare_noun(tok)  # "the bespectacled, 71-year-old diplomat" no one named: "diplomat"
            elif found.resolved == "unresolved" and self.columns.span_text(lo, hi).lower() == f"the {age}" \
                    and (focus := self._person_in_focus(lo)) is not None and focus.resolved == "nominal":
                return focus  # "“…,” the 52-year-old said." of an age the article gave no one: the one it is about
            return found
        if low in AGE_BANDS and toks[lo].lower_ == "the" and (aged := self._of_age(low, lo)) is not None:
            return aged  # "the teenager" of "His son Imran, who is 19,"
        holder = office_holder(toks, head, max(hi, _office_end(toks, head))) if low in TITLES else None
        if holder is None and (held := self._role_reference(tok, lo)) is not None:
            return held  # (but "Minister for Trade and Industry Gan Kim Yong" is the one it names, not the minister before)
        person = self._is_person(tok, lo, hi)
        if person and hi - lo == 1 and tok.text.endswith("s") and plural_subject(tok) and self.outside(tok.head.i) \
                and tok.text not in GIVEN_NAME_GENDER and not self.full_name(tok.text)[1]:
            return Speaker(tok.lower_, PERSON, None, None, "unresolved")  # "Politicos dub the plan …": people unnamed
        if person and tok.text.islower() and toks[lo].lower_ == "the":
            nominal = self._nominal(tok, lo, hi)  # "the Labour councillor": the councillor the article named
            if nominal.resolved == "nominal":
                return nominal
        if person:
            office = office_holder(toks, head, max(hi, _office_end(toks, head))) or _office_before_given_name(toks, lo, hi)
            # "Minister of Sport Olivia Grant-Bailey"; the parser may head the mention by the name: "Minister of Culture,
            # Gender, Entertainment and Sport Olivia Grange-Hutchinson"
            name_start, _ = office or name_range(toks, lo, head + 1)
            role = role_before(toks, lo, name_start)
            end = surname_end(toks, hyphenated_end(toks, lo, head + 1))  # ("Ms. Tremblay" + "-Osei", an appositive)
            name = (self._name_in(*office) if office else self._name_in(lo, end)) or tok.text
            titled = next((g for t in self.tokens[lo:name_start] if (g := title_gender(t.lower_))), None) \
                or (_gender_after_cue(tok) if " " not in name else None)  # "Hollings said, his voice breaking"
            full, linked = self.full_name(name, titled, lo)
            if not linked and name == tok.text and title_alone(tok) and toks[lo].lower_ == "the" \
                    and (end := _office_end(toks, head)) > head + 2 and toks[head + 1].lower_ in ("of", "for"):
                return Speaker(self.columns.span_text(head, end), PERSON, None, None, "unresolved")
                # "The Minister of Transport said" whom the article names nowhere: the office, not "Minister"
            if hi - lo == 1 and not linked and titled is None and tok.text not in GIVEN_NAME_GENDER \
                    and (body := self._fuller_body(tok.text, lo)) is not None:
                return Speaker(body, ORG, None, None, "name")  # "Kessler said it was" after "the Kessler Foods plant"
            if hi - lo == 1 and self._ordinary_opening(tok, full):
                return Speaker(None, UNKNOWN, None, None, NO_NAME)  # "Brutal as it sounds, …": no one's name
            gender = titled or self.gender_of_name(full)
            return Speaker(full, PERSON, role or self.roles.get(full), gender, "surname" if linked else "name")
        if (run := self._body_run_by(tok)) is not None:
            return run  # "the food pantry's board": the Lakeside Food Pantry
        if tok.lower_ in PERSON_NOUNS or tok.lower_ in ORGANISER_NOUNS or tok.text[:1].islower() and (
                tok.lower_ in DOCUMENT_NOUNS or tok.lower_ in BODY_NOUNS or tok.pos_ in ("NOUN", "PROPN")
                or tok.pos_ == "ADJ" and title_reporting(tok)  # "the fiscal added": the procurator fiscal
                or tok.tag_ == "VBN" and hi - lo == 2 and toks[lo].lower_ == "the"):  # "the accused said"
            nominal = self._nominal(tok, lo, hi)
            if nominal.resolved == "unresolved" and (worker := self._body_worker(tok, lo, hi, _BODY_STAFF)) is not None:
                return worker  # "A CNC3 reporter", "one former Tessaro executive": of the body before the noun
            if nominal.resolved == "nominal" or not any(w.pos_ == "PROPN" and not _bloc_prefix(w, tok)
                                                        and not describes_by_hyphen(toks, w.i) for w in words if w.i != head) \
                    or nominal.kind == PERSON and (self._describes_someone(tok) or tok.lower_ in ("man", "woman")):
                return nominal  # "A senior EU diplomat": "diplomat", of no body; "the former Wales international";
                # "Kilkenny man tells court": a man from there, no body
        if (named := self._named_after_occupation(lo, hi, head)) is not None:
            return named  # "Marine Workers' Guild organiser Tama Rewiti", the name tagged a place
        if (worker := self._body_worker(tok, lo, hi)) is not None:
            return worker  # "A Skylink pilot": a person of the airline, no body
        kind = DOCUMENT if tok.lower_ in DOCUMENT_NOUNS else ORG
        owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.text.islower() and c.pos_ == "NOUN"), None)
        if kind == ORG and owner is not None and lo <= owner.i < owner.right_edge.i + 1 < head:
            lo = owner.right_edge.i + 1  # "the city's Public Works department": the department, not the city's
        first = self._first_capitalised(lo, head)
        if kind == ORG and head == hi - 1 and tok.text.islower() and first is not None:
            lo = first  # "The centre-right EPP group": "EPP group", no describing word
            if tok.lower_ in BODY_KIND_NOUNS and (is_acronym(doc[lo:head].text) or self._names_body(lo, head)
                                                  or lo in self.body_at):
                hi = head  # "The GMB union": the union is the GMB
        if kind == ORG and tok.text[:1].isupper() and (head == hi - 1 or toks[head + 1].lower_ == "for"):
            # "the far-right Alternative for Lower Lusatia" (its "for …" in the mention or not)
            while lo < head and (toks[lo].lower_ in ARTICLES
                                 or not toks[lo].text[:1].isupper() and toks[lo].dep_ in ("amod", "advmod", "punct")):
                lo += 1
            hi = linked_place_end(toks, hi) if head == hi - 1 else hi
        return Speaker(self.body_name(lo, hi), kind, None, None, "name")

    def _ordinary_opening(self, tok, full: str) -> bool:
        """Whether a word alone is an ordinary word opening its sentence, no one's name: no given name nor title,
        never capitalised inside a sentence outside the title-case lines, and either untagged, linked to no full
        name and in no headline nor label ("Brutal as it sounds, … Moyes warned"), or the first word of a "full
        name" written only in those lines ("Harsh" of a headline's "Harsh Verdict For …"; not "Forde" of a
        signature's "Colin Forde")."""
        if not (tok.is_alpha and tok.text.istitle() and opens_sentence(self.tokens, tok.i)) \
                or tok.text in GIVEN_NAME_GENDER or tok.lower_ in TITLES or role_noun(tok) \
                or tok.text in self._capitalised_inside():
            return False
        if full == tok.text:  # (not a headline's or a label's "Lindqvist: …")
            return tok.ent_type_ != "PERSON" and not self._in_headline(tok.i) \
                and (tok.i + 1 == len(self.tokens) or self.tokens[tok.i + 1].text != ":")
        return full.split()[0] == tok.text and not self._outside_headlines(full)

    def _capitalised_inside(self) -> frozenset[str]:
        """The capitalised words written inside a sentence, outside the title-case lines (see _in_headline)."""
        if self._inside is None:
            self._inside = frozenset(t.text for t in self.tokens if t.is_alpha and t.text[:1].isupper()
                                     and not opens_sentence(self.tokens, t.i) and not self._in_headline(t.i))
        return self._inside

    def _office_holder(self, lo: int, hi: int) -> Speaker:
        """Who holds the office written without its holder in tokens lo..hi ("The First Minister"): the person named
        before in that whole office ("First Minister Iona Drummond"), else the office itself as the name."""
        office = " ".join(t.text for t in self.doc[lo:hi] if t.lower_ not in ARTICLES)
        met = self._latest_person(lo, lambda sp, role: sp.resolved != "unresolved" and _holds_office(office, role or ""))
        if met is not None:
            return Speaker(met.name, PERSON, met.role or self.roles.get(met.name) or "", self._gender(met), "nominal")
        if (named := self._named_after_portfolio(self.doc[hi - 1])) is not None:
            return named
        found = self._nominal(self.doc[hi - 1], lo, hi)  # the holder the article describes otherwise
        if found.kind == PERSON and found.resolved == "nominal" and not _other_office(office, found.role or ""):
            return found
        return Speaker(office, PERSON, None, None, "unresolved")

    def _named_after_portfolio(self, office) -> Speaker | None:
        """The person named right after an office's portfolio, with no comma, whom the parser made the object of
        "for" or "in" ("Federal Minister for Energy Khurram Rana", the tagger's body "Energy Khurram Rana"; "Special
        Agent in Charge Marisol Vega", "Secretary for Housing Winnie Ho Mei-ling"); else None."""
        for prep in (c for c in office.rights if c.dep_ == "prep" and c.lower_ in ("for", "in")):
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # ("… for Transport and Logistics X")
            for obj in (o for o in objects if o.pos_ == "PROPN"):
                lo = obj.left_edge.i
                if self.tokens[lo].lower_ == "the":
                    continue  # a seat, whose name the words run into ("Councillor for the Olympic Gardens Division X")
                if not any(t.is_punct and not joins_words(t) for t in self.doc[prep.i:obj.i]) \
                        and not self._names_body(lo, obj.i + 1) and (name := self._name_in(lo, obj.i + 1)) and " " in name \
                        and (self._is_person(obj, lo, obj.i + 1) or _cantonese_name(name)):
                    return Speaker(name, PERSON, None, self.gender_of_name(name), "name")
        return self._long_office_holder(office.i)  # "Minister within the Ministry of …"

    def _holder_ending(self, lo: int, hi: int) -> Speaker | None:
        """The person whose name ends a long office written after a capitalised title inside tokens lo..hi or before
        them on their line (the parser's mention "Persaud-Singh"), the name ending the mention; else None."""
        return next((found for i in range(max(0, lo - 12), hi - 3)
                     if self.tokens[i].text[:1].isupper() and (found := self._long_office_holder(i, hi)) is not None), None)

    def _holder_before_letters(self, lo: int, hi: int) -> Speaker | None:
        """The person named at the end of a mention that opens with a title and "of" and ends in letters after a name
        ("Chair of the bench Eleri Vaughan JP", "Member of the Senedd Elin Prydderch MS"): two or three words before the
        letters, the first a given name or one of them tagged a person's; else None."""
        toks = self.tokens
        hi = next((i for i in range(lo, hi) if toks[i].text == ","), hi)  # (not the clause after: ", who …")
        title = next((i for i in range(lo, min(hi - 4, lo + 3)) if toks[i].lower_ in TITLES | ROLE_WORDS
                      and toks[i + 1].lower_ == "of"), None)
        end = after_postnominals(toks, lo, hi)
        if title is None or end == hi:
            return None
        for start in (end - 3, end - 2):
            if start > title + 2 and all(is_name_token(t) and t.text.istitle() for t in toks[start:end]) \
                    and (toks[start].text in GIVEN_NAME_GENDER or any(t.ent_type_ == "PERSON" for t in toks[start:hi])):
                return self._person_named(lo, (start, end))
        return None

    def _long_office_holder(self, title: int, end: int | None = None) -> Speaker | None:
        """The person whose name ends a long office written after the title at token `title`
        (person_mentions.holder_after_long_office), the name ending before token `end` (or a comma before it) when one
        is given; else None."""
        span = holder_after_long_office(self.tokens, title)
        if span is None or end is not None and span[1] != end and not (span[1] < end and self.tokens[span[1]].text == ",") \
                or self._names_body(*span):
            return None  # (the name may end before a comma and a description: "…, spokesperson for the office")
        name = self._name_in(*span)
        return Speaker(name, PERSON, None, self.gender_of_name(name), "name") if name and " " in name else None

    def _describes_someone(self, tok) -> bool:
        """Whether a lower-case singular noun after "the" heading a mention with capitalised words is a person's,
        so that the words describe someone and name no body ("the former Wales international said"; not "the GMB
        union", "the Trump campaign")."""
        return tok.text.islower() and tok.tag_ == "NN" and self.doc[tok.left_edge.i].lower_ == "the" \
            and tok.lower_ not in BODY_NOUNS and tok.lower_ not in BODY_KIND_NOUNS \
            and tok.lower_ not in GOVERNING_NOUNS and (self._names_a_person(tok) or speaking_description(tok))

    def _body_worker(self, tok, lo: int, hi: int, nouns: frozenset[str] = OCCUPATIONS | _BODY_STAFF) -> Speaker | None:
        """An unnamed person of a body named before their trade or staff noun (one of `nouns`: "A Skylink pilot", "a
        Harland & Wolff welder", "A CNC3 reporter", "one former Tessaro executive"): the body's name as the article
        gives it and the noun ("Skylink pilot", "Tessaro Aerospace executive"), a person; None where the mention ends in
        no such lower-case noun after capitalised words, the noun is one for where someone happens to be ("resident"),
        the capitalised words are a place, a people or a party, or they end in a possessive ("The Guardian's economics
        correspondent", whose beat is no body's name)."""
        low = tok.lower_
        if tok.i != hi - 1 or not tok.text.islower() or tok.pos_ != "NOUN" or low in BODY_NOUNS or low in PASSING_ROLES \
                or low not in nouns:
            return None
        first = self._first_capitalised(lo, tok.i, describing=False)
        if first is None or self._place_or_side(first, tok.i) \
                or any(t.text in APOSTROPHE_S or t.dep_ == "case" for t in self.tokens[first:tok.i]):
            return None
        return Speaker(f"{self.body_name(first, tok.i)} {low}", PERSON, None, None, "name")

    def _place_or_side(self, lo: int, hi: int) -> bool:
        """Whether the capitalised words doc[lo:hi] before a person's noun are a place, a people or a party ("a Nairobi
        reporter", "a Labour member"), which says where or whose side someone is, not whose staff: a listed place, or
        words the article writes after "in" or "near" where the tagger takes them for no body ("roads in Tarrow"; not
        "shares in Halvorsen")."""
        words = self.tokens[lo:hi]
        text = self.columns.span_text(lo, hi)
        if text in places() or any(t.lower_ in PARTY_WORDS or is_nationality_word(t.text) for t in words):
            return True
        if is_acronym(text):
            return False
        for found in regex.finditer(rf"\b(?:in|near) ({regex.escape(text)})\b(?! \p{{Lu}})", self.text):
            span = self.doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
            if span is not None and not any(t.ent_type_ == "ORG" for t in span):
                return True
        return False

    def _first_capitalised(self, lo: int, hi: int, describing: bool = True) -> int | None:
        """The index of the first capitalised word of tokens lo..hi that is no article ("Skylink" of "A Skylink
        pilot"), nor, without `describing`, a number, a pronoun or an adjective ("One former Tessaro executive",
        "Former Tessaro executive"; but initials the tagger took for one are a name: "A CKLQ reporter"); or None."""
        return next((t.i for t in self.tokens[lo:hi] if t.text[:1].isupper() and t.lower_ not in ARTICLES
                     and (describing or t.pos_ not in ("DET", "NUM", "PRON", "ADJ") and not t.like_num
                          or t.pos_ == "ADJ" and t.text.isupper())), None)

    def _body_run_by(self, tok) -> Speaker | None:
        """The body named earlier whose board, trustees or management speak ("the food pantry's board" after "the
        Lakeside Food Pantry"): the body the owner's lower-case noun stands for, or None."""
        owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.text.islower()), None)
        if tok.lower_ not in GOVERNING_NOUNS or not tok.text.islower() or owner is None \
                or any(t.text[:1].isupper() for t in self.tokens[owner.i + 1:tok.i]):
            return None
        body = self._nominal(owner, owner.left_edge.i, owner.i + 1)
        return body if body.resolved == "nominal" and body.kind == ORG else None

    def _body_governed(self, noun: str, at: int) -> Speaker | None:
        """The body "the board" (a governing noun) at token `at` means: the one body whose board the article named
        before by a lower-case noun for it ("the club's board" after "Kilnsea Sailing Club"); None for none or two."""
        found = {sp.name: sp for i in self.columns.tokens_with("lower", (noun,)) if i < at and self.outside(i)
                 and (sp := self._body_run_by(self.tokens[i])) is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_after_occupation(self, lo: int, hi: int, head: int) -> Speaker | None:
        """The person whose two or three capitalised words end a mention after a lower-case occupation ("Guild
        organiser Tama Rewiti", "Ferries deckhand Sione Latu"), however the tagger read the name, or None."""
        doc = self.doc
        start = name_start(doc, lo, hi)
        if not (head == hi - 1 and lo < start and doc[start - 1].lower_ in OCCUPATIONS and doc[start - 1].text.islower()
                and 2 <= hi - start <= 3 and all(t.is_alpha and t.text.istitle() and t.lower_ not in BODY_WORDS
                                                 for t in doc[start:hi])):
            return None
        full, linked = self.full_name(doc[start:hi].text, None, lo)
        role = role_before(doc, lo, start)
        return Speaker(full, PERSON, role or self.roles.get(full), self.gender_of_name(full), "surname" if linked else "name")

    def _member_for(self, tok, lo: int) -> Speaker | None:
        """"the member for Ashby North", "the TD for Galway West", "the lawmaker representing Kano North": the person
        named after the seat or the noun ("…, Karen Whitlow"), else the one named beside that place earlier ("Labour MP
        for Ashby North, Karen Whitlow,"), else the latest person named in a role that fits, else the one person the
        paragraph before is about (named as "Conservative group leader"); None if no one."""
        low, doc = tok.lower_, self.doc
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "for":
            prep = doc[tok.i + 1]  # (which the parser may hang on the verb: "asked the member for Stourfield")
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if place is None:
            place = _seat_represented(tok)  # "the lawmaker representing Kano North"
        if doc[lo].lower_ != "the" or not (low in CONSTITUENCY_ROLES or low in ROLE_SYNONYMS["legislator"]) \
                or place is None:
            return None
        named = appositive_name(place) or appositive_name(tok)
        if named is not None and named.ent_type_ in _PLACE_LABELS:  # "for Conception Bay East–Bell Island, David
            named = next((c for c in (*named.children, *place.children) if c.dep_ == "appos" and c.pos_ == "PROPN"
                          and c.ent_type_ not in _PLACE_LABELS), None)  # Brazil": a place is the seat's last part
        if named is not None:  # "the member for Stourfield, Giles Purdue": the name after the seat (or the noun)
            found = self.resolve(named.left_edge.i, named.i + 1, named.i)
            if found.kind == PERSON and found.name:
                return found
        words = [t.text for t in doc[place.left_edge.i:place.i + 1]]
        seat = {w.lower() for w in words}
        return self._beside_place(words, lo) or self._latest_in_role(low, lo, seat) or self._seat_named_later(words, tok) \
            or self._person_in_focus(lo) or self._seated_in_paragraph(lo, seat)

    def _seat_named_later(self, words: list[str], tok) -> Speaker | None:
        """The person a later member for the seat `words` is named as in apposition ("the Member for Warrego, Lachlan
        Purcell,"), for a lede's "the Member for Warrego" written before; else None."""
        toks, n = self.tokens, len(words)
        for t in toks[tok.i + 1:]:
            if t.lower_ not in CONSTITUENCY_ROLES or t.i + 2 + n > len(toks) or toks[t.i + 1].lower_ != "for" \
                    or [w.text for w in toks[t.i + 2:t.i + 2 + n]] != words or any(c.lower_ in _OTHER_HOLDER for c in t.lefts):
                continue  # (not "The new Member for Warrego, Ann Leahy,", who followed the one who spoke)
            named = appositive_name(toks[t.i + 1 + n]) or appositive_name(t)
            if named is not None and (found := self.resolve(named.left_edge.i, named.i + 1, named.i)).kind == PERSON \
                    and found.name:
                return Speaker(found.name, PERSON, found.role, found.gender, "nominal")
        return None

    def _seated_in_paragraph(self, lo: int, seat: set[str]) -> Speaker | None:
        """The latest person named before token `lo` in its paragraph who sits for `seat`, or for no place the article
        gives and holds no role but a legislator's ("Then it was Giles Purdue's turn. “…,” the member for Stourfield
        asked"; not "Clare Amos, the Speaker," who called him), or None."""
        for pos, sp in self._recent(lo):
            if self.paragraph_of[pos] != self.paragraph_of[lo]:
                return None
            if sp.kind == PERSON and sp.name and sp.resolved != "unresolved" and self._may_sit(sp, seat):
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        return None

    def _may_sit(self, sp: Speaker, seat: set[str]) -> bool:
        """Whether the person `sp` may sit for `seat`: the seat the article gives them, else no role at all or a
        legislator's."""
        full, role = self.full_name(sp.name)[0], sp.role or self.roles.get(sp.name)
        if full in self.seats:
            return seat <= self.seats[full]
        return not (role or self.described.get(full)) or self._fits("legislator", sp.name, role)

    def _beside_place(self, words: list[str], lo: int, after_for: bool = False) -> Speaker | None:
        """The person named nearest the place `words` where it was written before token `lo` ("Labour MP for
        Ashby North, Karen Whitlow,"), there after "for" if `after_for`; or None.  A seat has one holder: never a
        plural noun ("Darlene Comeau, the member for Cumberland North, said her constituents …")."""
        people = [(pos, sp) for pos, sp in self._recent(lo) if sp.kind == PERSON and sp.name
                  and name_head(self.doc[pos]).tag_ not in ("NNS", "NNPS")]
        for i in range(lo - len(words), -1, -1):
            if self.tokens[i].text == words[0] and [t.text for t in self.tokens[i:i + len(words)]] == words \
                    and not (after_for and self.tokens[i - 1].lower_ != "for"):
                beside = [(abs(pos - i), sp) for pos, sp in people if abs(pos - i) <= 8 and sp.name != " ".join(words)
                          and not i <= pos < i + len(words)]  # (never the seat's own words taken for a name)
                if beside:
                    sp = min(beside, key=lambda b: b[0])[1]
                    return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        return None

    def _role_phrase(self, tok, lo: int, hi: int) -> Speaker | None:
        """"the Texas Republican", "the Democrat", "the Welshman", "the Leinster lock", "the North East Fife MSP",
        "the DHO", "the Munster man", "the Presiding Officer": a role, a party's or people's member, or a role's
        initials, after "the" and after capitalised words that the tagger often takes for a body's name.  The
        latest person described by the role and by every capitalised word before it (or named beside that
        constituency); a member or a trade no one was called by ("the Leinster lock"), or "the Munster man", the
        person the paragraph is about; an office or member written in capitals that no one holds stays an unnamed
        person ("Presiding Officer", "Democrat": never a body).  None where the mention is no such phrase or a
        lower-case role finds no one so described (the later rules look for it)."""
        doc, toks, low = self.doc, self.tokens, tok.lower_.rstrip(".")
        before = list(doc[lo + 1:tok.i])
        if toks[lo].lower_ != "the" or hi != tok.i + 1 or len(before) > 4 or not all(t.is_alpha for t in before) \
                or not (tok.text[:1].isupper() or any(t.text[:1].isupper() for t in before)) \
                or any(t.text.isupper() and len(t.text) > 1 for t in before) \
                or low in SPOKESPERSON_NOUNS or low in NEWSROOM_NOUNS or low == OFFICIAL or low in BODY_NOUNS \
                or named_in_apposition(tok) is not None:
            return None  # ("the RNC member", "the DA caucus spokesperson": a body's; "the Kano State Governor,
            # Alhaji X,": the name in apposition; both found later)
        member = tok.tag_ == "NNP" and (tok.ent_type_ == "NORP" and before or not before and self._member_taken_for_name(tok)) \
            or tok.text in DEMONYMS or not before and (_person_of_nation(tok.text)
                                                       or tok.lower_ in PARTY_WORDS and not tok.text.isupper())
        # ("the Spaniard", "the Uruguayan", "the Conservative"; "the NDP" is the party)
        acronym = tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 5
        if acronym and (full := self._fuller_body(tok.text, lo)) is not None \
                and full.split()[-1].lower() not in ROLE_WORDS | OCCUPATIONS:
            return None  # "the DNC": a body spelled out before, not a role's initials
        if not (low in ROLE_WORDS or low in OCCUPATIONS or low in _PEOPLE_WORDS or member or acronym):
            return None
        marks, office = {t.lower_ for t in before if t.text[:1].isupper()}, self.office_words(lo, tok.i)
        fitting = []
        for _, sp in self._recent(lo):
            if sp.kind != PERSON or not sp.name or sp.resolved == "unresolved" or sp.name in self._placelike():
                continue
            role = sp.role or self.roles.get(sp.name)
            words = self.described.get(sp.name, set()) | set((role or "").lower().split())
            if low in _PEOPLE_WORDS:
                fits = _PEOPLE_WORDS[low] in (None, self._gender(sp))  # ("the Thomastown native": either)
            elif member:
                fits = member_word_in(tok.text, words)
            else:
                fits = self._fits(low, sp.name, role, office=office) and not self.initials_of_role_body(tok, sp.name)
            if fits and marks <= words:
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
            if fits and sp.name not in fitting:
                fitting.append(sp.name)
        if low in CONSTITUENCY_ROLES and before and (near := self._beside_place([t.text for t in before], lo, True)):
            return near
        if (low in _PEOPLE_WORDS or not fitting and (member or low in OCCUPATIONS and low not in ROLE_WORDS)) \
                and (focus := self._person_in_focus(lo, noun=low)) is not None \
                and not (_people_or_side(tok.text) and not self._spoke_just_before(focus.name, lo)):
            return focus  # "the Leinster lock", "the Texas Republican" no one was called: whom the paragraph is about
            # ("the Portuguese" only as the one just quoted: "Coach Nuno Cardoso said …" ¶ "“…,” the Portuguese said")
        if _people_or_side(tok.text) and not fitting:
            return None  # ("the Chinese said" of a side: as a name, found later)
        if not tok.text[:1].isupper():
            return None
        if member and len(fitting) == 1 or low in CONSTITUENCY_ROLES and fitting:  # "the Clare TD": the latest TD
            return Speaker(fitting[0], PERSON, self.roles.get(fitting[0]), self.gender_of_name(fitting[0]), "nominal")
        if (named := self.introduced.get(tok.i)) is not None:  # "The Prime Minister has refused … ¶ Margaret Delany said"
            return Speaker(named, PERSON, self.roles.get(named), self.gender_of_name(named), "nominal")
        if acronym and not before and low not in ROLE_WORDS and low not in OFFICE_INITIALS:
            return None  # "the RSPCA", "the NDP" that no one holds as an office: a body's initials (found later)
        return Speaker(doc[lo + 1:hi].text, PERSON, None, None, "unresolved")

    def _spoke_just_before(self, name: str, lo: int) -> bool:
        """Whether the person `name` is the subject of a verb of saying in the paragraph of token `lo` or the two
        before it (those _person_in_focus looks in)."""
        before = self._previous_paragraph(self.paragraph_of[lo])
        paras = (self.paragraph_of[lo], before, self._previous_paragraph(before))
        return any(self.paragraph_of[pos] in paras and sp.kind == PERSON and sp.name
                   and self.full_name(sp.name, sp.gender, pos)[0] == name and reporting_subject(name_head(self.tokens[pos]))
                   for pos, sp in self._recent(lo))

    def _member_taken_for_name(self, tok) -> bool:
        """"the Democrat", "the Welshman": a people's or party's member word alone, that the tagger calls a group or
        a person, though it is no part of anyone's name nor a body's the article names ("the Gazette")."""
        return tok.ent_type_ in ("NORP", "PERSON") and tok.text.istitle() and tok.i not in self.body_at \
            and not self.names_with_word(tok.text)

    def _latest_in_role(self, noun: str, lo: int, seat: set[str] = frozenset()) -> Speaker | None:
        """The latest person named before token `lo` whose role or description fits `noun`, or None; with the words
        of a `seat`, never one who sits for another place ("the member for Stourfield" is not "X, the member for
        Cwm Tawel")."""
        met = self._latest_person(lo, lambda sp, role: self._fits(noun, sp.name, role)
                                  and seat <= self.seats.get(self.full_name(sp.name)[0], seat))
        return Speaker(met.name, PERSON, met.role, self._gender(met), "nominal") if met is not None else None

    def _latest_person(self, lo: int, fits) -> Speaker | None:
        """The latest person with a name met before token `lo` whom `fits(speaker, role)` accepts (the role as met,
        else as the article gives it), as met; or None."""
        return next((sp for _, sp in self._recent(lo)
                     if sp.kind == PERSON and sp.name and fits(sp, sp.role or self.roles.get(sp.name))), None)

    def _styled(self, style: str, at: int) -> Speaker | None:
        """The one person the article named, before character `at`, with the honorific `style` ("Kgosi Tshekedi
        Modisaotsile", then "the Kgosi"; "the Diyawadana Nilame"), or the monk's title written after the name ("Ven.
        Udagama Sumanasiri Thero", then "the Thero"): None where it named no one so, or more than one."""
        before = self.text[:at]
        named = {full for names in self.full_names.values() for full in names
                 if f"{style} {full}" in before or style.lower() in MONASTIC_TITLES and f"{full} {style}" in before}
        if len(named) != 1:
            return None
        name = named.pop()
        return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal")

    def _named_below_label(self, noun: str, lo: int, hi: int) -> Speaker | None:
        """The person the paragraph after a role written as a label opening its line ("Mayor: ‘…’", "Fire chief:
        “…”") names in that role ("Mayor Julie Tran said …"), else the one person it names, if any."""
        toks = self.tokens
        if hi >= len(toks) or toks[hi].text != ":" or (lo > 0 and "\n" not in toks[lo - 1].text + toks[lo - 1].whitespace_):
            return None
        para = self.paragraph_of[lo]
        names = list(dict.fromkeys(name for pos, name in self._people_after(hi) if para < self.paragraph_of[pos] <= para + 2))
        fitting = [name for name in names if self._fits(noun, name, self.roles.get(name))]
        name = fitting[0] if fitting else names[0] if len(names) == 1 else None
        return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal") if name else None

    def _office_of_holder(self, tok, earlier: bool = True) -> Speaker | None:
        """The office of a person named with their post ("House Speaker Dana Whitfield's office", "the office of
        Manitoba Premier Carla Benoit"): a body named by the post, "<post>'s office"; "the office" alone is the last
        such office named before it; a holder named without a post keeps the words ("Okafor's office")."""
        toks = self.tokens
        holder = next((c for c in tok.lefts if c.dep_ == "poss"), None) or next(
            (o for p in tok.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        if holder is None:
            if not earlier or [c.lower_ for c in tok.lefts] != ["the"]:
                return None
            return next((found for i in reversed(self.columns.tokens_with("lower", ("office",))) if i < tok.i
                         and (found := self._office_of_holder(toks[i], earlier=False)) is not None), None)
        if holder.pos_ != "PROPN":
            return None
        lo = holder.left_edge.i
        start, _ = name_range(toks, lo, holder.i + 1)
        post = " ".join(_POST_IN_FULL.get(t.lower_, t.text) for t in toks[lo:start] if not t.is_punct and t.lower_ != "the")
        if holder.i > tok.i and all(t.lower_.rstrip(".") in TITLES for t in toks[start:holder.i + 1]) \
                or self.resolve(lo, holder.i + 1, holder.i).kind != PERSON:
            return None  # (no one's name after the post: "the Office of the City Mayor" is a body's name)
        if post and all(w[:1].isupper() for w in post.split()):  # ("Gov." written "Governor")
            return Speaker(f"{post}'s office", ORG, None, None, "name")
        if holder.i < tok.i:  # "Okafor's office": its own, never another office named before
            return Speaker(self.columns.span_text(lo, tok.i + 1), ORG, None, None, "name")
        return None

    def resolve_label(self, lo: int, hi: int) -> Speaker:
        """A transcript's speaker label ("WALLACE", "GOV. PENCE"): a person, named as the article names them; a body's
        initials the article spelled out, that body ("PIA")."""
        bracket = next((t.i for t in self.doc[lo:hi] if t.text == "("), None)
        if bracket is not None:
            return self._bracketed_label(lo, bracket, hi)
        label = [t.text for t in self.doc[lo:hi] if t.is_alpha]
        if label in (["Q"], ["A"]):  # every turn of one run of turns is the same asker's or answerer's
            key = (self._turns_start(lo), label == ["Q"])
            if key not in self._turns:
                earlier = [sp for (start, asking), sp in sorted(self._turns.items())
                           if asking == key[1] and start < key[0] and sp.name and sp.resolved != "unresolved"]
                # (a later run of the same interview, after a passage of prose that names others: the same people,
                # unless the paragraph before it leads in another interview: "X later spoke to Y")
                lead_in = self._previous_paragraph(self.paragraph_of[key[0]])
                new_interview = any(t.lower_ in INTERVIEW_CUES for t in self.doc[max(0, key[0] - 80):key[0]]
                                    if self.paragraph_of[t.i] == lead_in)
                self._turns[key] = earlier[0] if earlier and not new_interview else self._interview_turn(*key)
            return self._turns[key]
        written = {key.lower(): key for key in self.full_names}
        words = [written.get(w.lower(), w.title()) for w in regex.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*",
                                                                           self.doc[lo:hi].text)
                 if w.lower() not in TITLES]  # "OKONJO-BELL" is Okonjo-Bell, "MACKINNON" MacKinnon
        while len(words) >= 2 and words[0].lower() in UNNAMED_LABELS:
            words = words[1:]  # "HOST ANDREA SPRINGER": the part, then the name
        if not words:  # "SPEAKER:", "THE CHAIR:": the one the article names in that role
            roles = [w.lower() for w in label if w.lower() not in ARTICLES]
            held = self._latest_in_role(roles[-1], lo) if roles else None
            if held is None and roles and roles[-1] in UNNAMED_LABELS:
                return Speaker(roles[-1], PERSON, None, None, "unresolved")  # "REPORTER:" of a news conference
            return held or Speaker(None, UNKNOWN, None, None, "unresolved")
        if len(label) == 1 and label[0].isupper() and (body := self.acronyms.get(label[0])) is not None:
            return Speaker(body, ORG, None, None, "name")  # "PIA:" after "The Philippine Information Agency (PIA)"
        if len(label) == 1 and label[0].isupper() and (words_of := written_out(label[0], self.text)) is not None:
            return Speaker(canonical_body(words_of), ORG, None, None, "name")  # "NRW:" over "Natural Resources Wales has …"
        full, linked = self.full_name(" ".join(words))
        if not linked and len(words) > 1 and (titled := self._named_after_words(words)) is not None:
            full, linked = titled, True  # "FIRE MARSHAL KUSAIN" of "City Fire Marshal Supt. Aida Kusain"
        if not linked and len(words) == 1 and (written := self._written_with_given_name(words[0])):
            full, linked = written, True
        if not linked and len(words) == 1 and (labelled := named_in_part_label(words[0], self.text)):
            full, linked = labelled, True
        if not linked and len(label) == 1 and label[0].isupper() and (initialled := self._person_of_initials(label[0])):
            full, linked = initialled, True  # "DM:" of "head coach Declan Moriarty"
        if not linked and len(words) == 1 and words[0].lower() in UNNAMED_LABELS:  # "OPERATOR:" of an earnings call
            return self._latest_in_role(words[0].lower(), lo) or Speaker(words[0].lower(), PERSON, None, None, "unresolved")
        return Speaker(full, PERSON, None, self.gender_of_name(full), "surname" if linked else "name")

    def _bracketed_label(self, lo: int, bracket: int, hi: int) -> Speaker:
        """A label with a part in brackets after an unnamed part's noun: a name there, or before a comma and the place
        one calls from ("CALLER (PAULINE, SPANISH TOWN)": Pauline; "HOST (DEREK BLAKE)": Derek Blake), a press noun's
        outlet ("REPORTER (Star-Bulletin)": the paper's reporter), or else only the noun ("ANCHOR (voice-over)",
        "REPORTER (LIVE)"); after anyone else's name, a party or a seat (the name before the brackets)."""
        role = [t.lower_ for t in self.doc[lo:bracket] if t.is_alpha]
        close = next((t.i for t in self.doc[bracket:hi] if t.text.startswith(")")), hi)  # (also the tokenizer's "):")
        comma = next((t.i for t in self.doc[bracket + 1:close] if t.text == ","), close)
        if not role or role[-1] not in UNNAMED_LABELS or close <= bracket + 1:
            return self.resolve_label(lo, bracket)
        inside = self.doc[bracket + 1:comma]
        words = [t.text.title() if t.text.isupper() else t.text for t in inside if not t.is_punct]
        titled = len(words) >= 2 and words[0].lower().rstrip(".") in PERSONAL_TITLES  # "CALLER (MR BYNOE)": Bynoe
        words = words[1:] if titled else words
        if words and (words[0] in GIVEN_NAME_GENDER or titled) or comma < close and words:
            full, linked = self.full_name(" ".join(words))
            return Speaker(full, PERSON, None, self.gender_of_name(full), "surname" if linked else "name")
        stage = len(inside) == 1 and inside[0].text.isupper() and (not inside[0].ent_type_ or len(inside[0].text) > 5)
        if role[-1] in _PRESS_LABELS and not stage:  # (an outlet, not "LIVE", "VOICEOVER")
            outlet = self.resolve(inside.start, inside.end, inside.end - 1)
            body = outlet.name if outlet.kind == ORG and outlet.name and not inside.text.endswith(" " + outlet.name) \
                else inside.text  # (the outlet's full name, never a part of it: "Santos Star-Bulletin")
            return Speaker(f"{body} {role[-1]}", PERSON, None, None, "nominal")
        return self.resolve_label(lo, bracket)  # "ANCHOR (voice-over)", "CALLER (UNIDENTIFIED)": the noun alone

    def _named_after_words(self, words: list[str]) -> str | None:
        """The full name a label's last words link to when its first words are the office the article wrote before
        that name ("FIRE MARSHAL KUSAIN" after "City Fire Marshal Supt. Aida Kusain"): every word left out stands
        within the six words before the name somewhere in the article; None otherwise."""
        for n in range(1, len(words)):
            full, linked = self.full_name(" ".join(words[n:]))
            if not linked:
                continue
            written = regex.compile(r"\b(?:[\w.'’-]+\s+){0,6}" + regex.escape(full) + r"\b")
            before = {w.lower().rstrip(".") for m in written.finditer(self.text) for w in m.group().split()}
            return full if all(w.lower() in before for w in words[:n]) else None
        return None

    def _holder_of_initials(self, tok) -> Speaker | None:
        """The person an office's initials after "the" at token `tok` mean: the one the article named holding the office
        when it spelled it out with the initials in brackets ("Officer-in-Charge (OC) of Ashulia Police Station Md Kamrul
        Hasan", "Jane Roe, the member of the mayoral committee (MMC),") or wrote them before their name with a portfolio
        ("MMC for finance Cllr Nomvula Dithebe") or after their name ("Cllr Thandeka Mbatha, the water MMC,"); None if
        none is found that way."""
        for i in self.columns.tokens_with("orth", (tok.text,)):
            if i >= tok.i or not self.outside(i):
                break
            sent = self.tokens[i].sent
            if 0 < i < len(self.tokens) - 1 and self.tokens[i - 1].text == "(" and self.tokens[i + 1].text == ")":
                phrase = [t for t in self.tokens[max(sent.start, i - 8):i - 1] if t.is_alpha]
                if not any(t.lower_ in ROLE_WORDS or t.lower_ in CONSTITUENCY_ROLES for t in (*phrase[:2], *phrase[-3:])):
                    continue  # ("the British Broadcasting Corporation (BBC)": no office; but "X, the Regional Medical
                    # Officer (RMO),", an office ending before the brackets)
            elif not (i + 2 < len(self.tokens) and self.tokens[i + 1].lower_ == "for" and self.tokens[i + 2].is_lower
                      and self.tokens[i + 2].lower_ not in ARTICLES) and not self._initials_after_name(i):
                continue
            cut = sent.end == i + 2  # (the parser ends the sentence at the bracket: "District Commissioner (DC)" + "Ms X")
            people = [(pos, sp) for pos, sp in self.history if sp.kind == PERSON and sp.name and sp.resolved != "unresolved"
                      and abs(pos - i) <= 12 and (sent.start <= pos < sent.end
                                                  or cut and pos > i and self.paragraph_of[pos] == self.paragraph_of[i])]
            after = [(pos, sp) for pos, sp in people if pos > i]
            pos, sp = (after or people[::-1] or [(None, None)])[0]
            if sp is not None:
                name = self.full_name(sp.name, sp.gender, pos)[0]
                return Speaker(name, PERSON, sp.role, self.gender_of_name(name), "nominal")
        return None

    def _holder_of_spelled_office(self, tok) -> Speaker | None:
        """The person an office's initials after "the" at token `tok` mean where the article wrote the office out in
        words whose initials they are (one of them a role's), with the holder's name within ten words after them in
        the sentence ("Deputy Commissioner of Police (CEN, East) Shilpa Nagaraj" for "the DCP", "the district
        magistrate of Nadia, Arnab Chatterjee," for "the DM"): the newest such holder; None if none."""
        letters, toks = tok.text.lower(), self.tokens
        for j in range(tok.i - 1, -1, -1):
            if not toks[j].is_alpha or toks[j].lower_[0] != letters[0] or not self.outside(j):
                continue
            k, end = 0, j
            while end < tok.i and k < len(letters):
                word = toks[end]
                if word.is_alpha and word.lower_[0] == letters[k]:
                    k, end = k + 1, end + 1
                elif word.lower_ in _OFFICE_LINKS and k:
                    end += 1
                else:
                    break
            if k < len(letters) or not any(t.lower_ in ROLE_WORDS or t.lower_ in OCCUPATIONS or t.lower_ in TITLES
                                           for t in toks[j:end]):
                continue  # (an office holds a role's noun: "Commissioner", "magistrate")
            if self.doc[j:end].root.dep_ == "pobj":
                continue  # (a body someone is from: "An inspector from the Health and Safety Executive, Priya …")
            sent = toks[j].sent
            near = [(pos, sp) for pos, sp in self.history if sent.start <= pos < sent.end and sp.kind == PERSON
                    and sp.name and sp.resolved != "unresolved" and end <= pos <= end + 10 and sp.name not in self._placelike()
                    and toks[pos - 1].lower_ not in ("of", "for") and not _bracketed(toks, end, pos)]  # (not the place
            # the office is of: "district magistrate of Kharda, Anirban Ghoshal", "(Junnar division)")
            if near:
                pos, sp = near[0]
                name = self.full_name(sp.name, sp.gender, pos)[0]
                return Speaker(name, PERSON, sp.role, self.gender_of_name(name), "nominal")
        return None

    def _initials_after_name(self, i: int) -> bool:
        """Whether the initials at token i end a phrase set off after a person's name ("Cllr Thandeka Mbatha, the
        water MMC,"): "the", at most two words in lower case, the initials."""
        j = i - 1
        while j > i - 3 and self.tokens[j].is_lower and self.tokens[j].is_alpha and self.tokens[j].lower_ != "the":
            j -= 1
        return j >= 2 and self.tokens[j].lower_ == "the" and self.tokens[j - 1].text == "," \
            and is_name_token(self.tokens[j - 2])

    def _person_of_initials(self, letters: str) -> str | None:
        """The one person named in full whose words' initials a label of two or three capitals spells ("DM" of Declan
        Moriarty), or None."""
        if not 2 <= len(letters) <= 3:
            return None
        found = {name for names in self.full_names.values() for name in names
                 if len(name.split()) == len(letters) and "".join(w[0] for w in name.split()) == letters}
        return found.pop() if len(found) == 1 else None

    def _written_with_given_name(self, surname: str) -> str | None:
        """The one full name the article writes outside quotations for a surname the tagger found in no person's name
        ("presenter Johanna Shikongo", tagged a building, for the label "SHIKONGO"): a name word before it."""
        found = {f"{self.tokens[i - 1].text} {surname}" for i in self.columns.tokens_with("orth", (surname,))
                 if i > 0 and self.outside(i) and is_name_token(self.tokens[i - 1])
                 and self.tokens[i - 1].lower_ not in PERSONAL_TITLES and self.tokens[i - 1].is_alpha}
        return found.pop() if len(found) == 1 else None

    def _asks_someone(self, pos: int) -> bool:
        """Whether the person named at token `pos` is the subject of asking, interviewing or speaking to
        someone ("Our correspondent Ritu Saikia asked him", "Presenter Anna Kerr spoke to the minister"), or of
        putting questions to them ("Dan Pryce put questions to …"); not one who spoke to a paper ("Mayor Linda
        Okafor spoke to the Courier": she answers)."""
        tok = name_head(self.doc[pos], ("compound", "flat", "appos"))
        verb = tok.head
        if tok.dep_ != "nsubj":
            return False
        if verb.lower_ in _PUTTING_VERBS and any(c.dep_ == "dobj" and c.lower_ in ("question", "questions")
                                                 for c in verb.children):
            return True
        return verb.lower_ in INTERVIEW_CUES and any(
            c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN") or c.dep_ == "prep" and c.lower_ in ("to", "with")
            and any(o.dep_ == "pobj" and (o.pos_ == "PRON" or o.lower_ in PERSON_NOUNS or o.lower_ in ROLE_WORDS
                                          or o.ent_type_ == "PERSON" and not any(d.dep_ == "det" for d in o.children))
                    and not (o.tag_ == "NNS" and singular(o.lower_) in NEWSROOM_NOUNS)
                    for o in c.children)  # (not "the Ledger", a paper the tagger may call a person; not "spoke to
            # reporters": they ask)
            for c in verb.children)

    def _object_of_interview(self, pos: int) -> bool:
        """Whether the name at token `pos` is whom a verb of interviewing has its subject speak to or be questioned
        by, named in apposition or not ("spoke to the Gazette's environment correspondent, Owen Thackeray,")."""
        tok = name_head(self.doc[pos], ("compound", "flat"))
        if tok.dep_ == "appos":
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with", "by", "from"):
            tok = tok.head
        return tok.head.lower_ in INTERVIEW_CUES and tok.dep_ in ("prep", "dobj", "agent")

    def _byline_writer(self) -> str | None:
        """The one writer a byline in the article's first lines names ("By Anjali Rao", "By Anjali Rao, Kolkata");
        None for none or several, or a desk's byline ("By Newsroom Staff", "By Court Reporter")."""
        for line in self.text.split("\n")[:8]:
            if is_byline(line):
                names = regex.split(r"\s+and\s+|\s*,\s*", BYLINE_OPENING.sub("", line.strip()))
                one = names[0] if len(names) == 1 or "," in line and " and " not in line else None
                return None if one is None or one.split()[-1].lower() in _DESK_WORDS else one
        return None

    def _turns_start(self, at: int) -> int:
        """The first token of the run of paragraphs opening with "Q:" or "A:" that token `at` is in, an answer's
        further paragraphs, which open with a quotation mark, inside the run."""
        para = self.paragraph_of[at]
        before = self._previous_paragraph(para)
        while before >= 0:
            if self._opens_turn(before):
                para = before
            elif not self._opens_quotation(before):
                break
            before = self._previous_paragraph(before)
        return self._first_word(para)

    def _opens_quotation(self, para: int) -> bool:
        """Whether paragraph `para` opens with a quotation (an answer's paragraph after its first)."""
        first = self._first_word(para)
        return first < len(self.tokens) and self.tokens[first].is_punct and not self.outside(first)

    def _opens_turn(self, para: int) -> bool:
        """Whether paragraph `para` opens with a transcript's "Q:" or "A:"."""
        toks, first = self.tokens, self._first_word(para)
        return first + 1 < len(toks) and toks[first].text in ("Q", "A") and toks[first + 1].text == ":"

    def _first_word(self, para: int) -> int:
        """The first token of paragraph `para` that is no space (len(tokens) past the last)."""
        toks = self.tokens
        return next((i for i in range(bisect.bisect_left(self.paragraph_of, para), len(toks)) if not toks[i].is_space),
                    len(toks))

    def _interview_turn(self, at: int, asking: bool) -> Speaker:
        """Who asks ("Q:") or answers ("A:") in an interview transcript whose turns begin at token `at`, as its lead-in
        tells: the asker is the person it names after "spoke to", "questioning from", "interviewed by" …, else a
        reporter; the one who answers, the latest other person it names, a sentence's subject first, never the asker
        nor the byline's writer who put the questions."""
        doc = self.doc

        def after_cue(pos: int) -> bool:  # "spoke to X", "questioning from X", "spoke to the Gazette's editor, X,"
            window = doc[max(doc[pos].sent.start, pos - 8):pos]
            return pos not in self.subjects and (any(t.lower_ in INTERVIEW_CUES for t in window)
                                                 or self._object_of_interview(pos))

        recent = self._recent(at)
        people = [(pos, sp) for pos, sp in recent if sp.kind == PERSON and sp.name]
        asked = self._asked_in_passive(at, people)
        if asked is not None:  # "Brennan was asked whether …": he answers; the unnamed asker is a reporter
            asked_pos, answerer = asked
            question = {t.i for t in doc[asked_pos].head.subtree}
            recent = [(pos, sp) for pos, sp in recent if pos not in question and sp.name != answerer.name]
            people = [(pos, sp) for pos, sp in people if pos not in question and sp.name != answerer.name]
        asker = self._paper_that_spoke_to(recent) \
            or next((without_postnominals(sp.name) for pos, sp in people if self._interviews(sp.name)), None) \
            or next((without_postnominals(sp.name) for pos, sp in people if after_cue(pos)), None) \
            or next((without_postnominals(sp.name) for pos, sp in people if asked is None and self._asks_someone(pos)), None) \
            or next(((self._byline_writer() or f"{sp.name} {INTERVIEWER}") if sp.kind == ORG
                     and without_postnominals(sp.name) == sp.name
                     else without_postnominals(sp.name) for pos, sp in recent if sp.name and after_cue(pos)), None)
        # (a paper spoken to: the byline's writer, else its unnamed reporter, "Courier reporter"; not counsel the
        # tagger typed a body, "Fionnuala Breen SC": letters after a name are a person's)
        if asked is not None:
            if not asking or asker is not None:
                found = answerer.name if not asking else asker
                return Speaker(found, PERSON, self.roles.get(found), self.gender_of_name(found), "nominal")
            return Speaker(INTERVIEWER, PERSON, None, None, "unresolved")
        if asking:
            asker = asker or (None if self._before_the_press(at) else self._byline_writer())
            # ("By Anjali Rao": the one who wrote the interview up; but not the turns of a news conference)
            if asker is None:  # "took questions from reporters": the unnamed asker is a reporter
                return Speaker(INTERVIEWER, PERSON, None, None, "unresolved")
            found = asker
        else:  # "She spoke to …", "… he said he had passed": the subject of the lead-in
            para = self.paragraph_of[at]
            questioner = asker or self._byline_writer()
            lead = [t for t in reversed(doc[:at]) if para - self.paragraph_of[t.i] <= 2]
            found = next((sp.name for t in lead if t.lower_ in HE_SHE and t.dep_ in ("nsubj", "nsubjpass")
                          and self.outside(t.i) and (sp := self._pronoun(t.lower_, t.i)).name != questioner
                          and sp.name and sp.name[:1].isupper()), None)  # (not "critic" of "one critic called it")
            found = found or self._most_named_before(at, {questioner, self._byline_writer(), INTERVIEWER})
        if found is None:
            return Speaker(None, UNKNOWN, None, None, "unresolved")
        return Speaker(found, PERSON, self.roles.get(found), self.gender_of_name(found), "nominal")

    def _paper_that_spoke_to(self, recent: list[tuple[int, Speaker]]) -> str | None:
        """The byline's writer where the lead-in says the paper did the interview ("The Astana Gazette spoke to X"):
        the asker, before anyone the lead-in describes by a newsroom word ("Her producer, X,"); else None."""
        writer = self._byline_writer()
        return writer if writer is not None and any(
            sp.kind == ORG and (head := name_head(self.doc[pos], ("compound", "flat"))).dep_ == "nsubj"
            and head.head.lower_ in INTERVIEW_CUES for pos, sp in recent) else None

    def _most_named_before(self, at: int, skipped: set) -> str | None:
        """The person named by name in the most paragraphs of the lead-in before token `at` (since the turns before, if
        any), the last named of equals (an interview's subject, whom its headline and lead-in name: the novelist, not
        "Her publisher, X, calls the book …") by a name of two words or more, not in a byline nor in `skipped`; None if
        no one is named."""
        paragraphs: dict[str, set[int]] = {}
        para = self._previous_paragraph(self.paragraph_of[at])
        while para >= 0 and not self._opens_turn(para):
            para = self._previous_paragraph(para)  # (the lead-in since the turns before, if any: "Presenter X later
            # spoke to Y")
        for pos, sp in self.history:
            if pos >= at:
                break
            if self.paragraph_of[pos] <= para:
                continue
            if sp.kind == PERSON and sp.name and sp.name[:1].isupper() and " " in sp.name and sp.name not in skipped \
                    and not self._in_byline(pos):
                paragraphs.setdefault(sp.name, set()).add(self.paragraph_of[pos])
        return max(reversed(paragraphs), key=lambda name: len(paragraphs[name]), default=None)  # (the newest of equals)

    def _interviews(self, name: str) -> bool:
        """Whether the article describes a person as one whose trade is asking ("presenter Anna Kerr", "Dan
        Pryce, the Courier's reporter"): in an interview's lead-in, the one who puts the questions."""
        words = self.described.get(name, set()) | set((self.roles.get(name) or "").lower().split())
        return not words.isdisjoint(INTERVIEWER_NOUNS)

    def _asked_in_passive(self, at: int, people: list[tuple[int, Speaker]]) -> tuple[int, Speaker] | None:
        """The person a transcript's lead-in says was asked or questioned ("Brennan was asked whether …", "the Reds
        coach was asked": the coach named before; "Asked whether …, Ampofo was blunt") or whose news conference or
        interview it is ("Part of Hollins' postgame news conference:"), within the three paragraphs before token `at`
        (the first turn's), with where they are named; or None."""
        since = self.paragraph_of[at]
        for _ in range(3):
            since = self._previous_paragraph(since)
        for pos, sp in people:
            if self.paragraph_of[pos] < since:
                break
            tok = name_head(self.doc[pos], ("compound", "flat"))
            if tok.pos_ == "NOUN" and tok.i != pos and tok.ent_type_ != "PERSON":
                continue  # ("Reds" of "the Reds coach": the coach's team, found below; not "hoon" of "Lim Sang-hoon")
            if tok.dep_ == "nsubjpass" and tok.head.lower_ in INTERVIEW_CUES or self._holds_session(tok) \
                    or tok.dep_ == "nsubj" and any(c.dep_ == "advcl" and c.tag_ == "VBN" and c.lower_ in INTERVIEW_CUES
                                                   and c.i < tok.i for c in tok.head.children):
                return pos, sp  # ("Asked whether his players tired, Ampofo was blunt.")
        for i in range(at - 1, -1, -1):
            tok = self.tokens[i]
            if self.paragraph_of[i] < since:
                break
            if tok.dep_ == "nsubjpass" and tok.pos_ == "NOUN" and tok.head.lower_ in INTERVIEW_CUES and self.outside(i):
                held = self.resolve(tok.left_edge.i, tok.i + 1, tok.i)
                if held.kind == PERSON and held.name and held.resolved != "unresolved":
                    return i, held
        return None

    def _before_the_press(self, at: int) -> bool:
        """Whether the lead-in of the turns at token `at`, the three paragraphs before them that are no turn nor
        quotation ("Q:", "Vik:", an answer's second paragraph), puts the questions to the press ("was short with
        reporters after the game", "told reporters", "From the press conference:"): their asker is then a reporter,
        not the byline's writer."""
        toks, para, lead = self.tokens, self.paragraph_of[at], 0
        while lead < 3 and (para := self._previous_paragraph(para)) >= 0:
            first = self._first_word(para)
            if self._opens_quotation(para) or any(t.text == ":" for t in toks[first + 1:first + 4]):
                continue
            lead += 1
            words = toks[first:bisect.bisect_right(self.paragraph_of, para)]
            if any(t.lower_ in _PRESS_WORDS or t.lower_ in _SESSION_NOUNS and t.lower_ != "interview" for t in words):
                return True
        return False

    def _holds_session(self, tok) -> bool:
        """Whether a name's head owns a news conference or interview named within the next six words ("Hollins'
        postgame news conference", "Lim Sang-hoon’s post-match news conference", however the parser hung the "’s")."""
        if not (tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children)):
            return False
        for t in self.tokens[tok.i + 1:tok.i + 8]:
            if t.lower_ in _SESSION_NOUNS:
                return True
            if t.is_punct and t.text not in ("-", "’s", "'s", "'", "’"):
                return False
        return False

    def _registered_at(self, pos: int) -> bool:
        """Whether the body's name read at token `pos` is written with a company suffix ("Hoshino Denki Co."): a
        business's for certain, no person's surname, whatever a headline's "Hoshino Denki cuts …" was typed."""
        lo, hi = self.body_at.get(pos, (pos, pos + 1))
        return hi - lo >= 2 and registered(self.columns.span_text(lo, hi))

    def _is_person(self, tok, lo: int, hi: int) -> bool:
        """A personal name: tagged PERSON, titled (Mr, Gen.), or a surname the article names in full;
        a title with no name ("the judge") is a description, not a name."""
        if tok.lower_ in BODY_NOUNS or tok.lower_ in DOCUMENT_NOUNS or joined_title(self.tokens[lo:hi]) \
                or hi - lo >= 2 and tok.lower_.rstrip(".") in COMPANY_SUFFIXES \
                and not (tok.i + 1 < len(tok.doc) and joins_words(tok.doc[tok.i + 1])):  # (not "Co" of "Co-operative")
            return False  # (nor "Keystone Water Co.", a company by its legal form)
        name = self._name_in(lo, tok.i + 1) or tok.text
        if tok.ent_type_ != "PERSON" and " " in name and self._named_with_its_kind(name, lo):
            return False  # "Prairie Federal" after "Prairie Federal Bank": the bank
        if tok.ent_type_ == "PERSON" or name.split()[-1] in self.full_names or self.full_name(name)[1] \
                or name == tok.text and given_name_alone(tok) or name in self.one_named:
            return True  # tagged, a surname the article names in full, a first name of one full name, "Iain",
            # one known by one name ("The striker, Neymar,")
        owner = {t.i for c in tok.lefts if c.dep_ == "poss" for t in c.subtree}  # "Mr Lim's neighbour"
        words = [t for t in self.tokens[lo:hi] if t.i not in owner]
        titles = [t.i for t in words if t.lower_ in PERSONAL_TITLES]
        if titles:  # "Minister Ana Ruiz", not "the Danish minister" nor "a Queensland coroner" (a title last, in small letters)
            return any(is_name_token(t) and not nationality(t.text) for t in words) \
                and not (tok.i == titles[-1] and tok.text.islower())
        if (tok.text.isupper() or is_mixed_acronym(tok.text)) \
                and (tok.i > lo and self.tokens[tok.i - 1].lower_ == "the" or hi - lo == 1 and tok.is_alpha):
            return False  # "the RSPCA", "– PSNI", "TfL": initials, untagged and alone, are a body's, never a person's name
        return tok.pos_ == "PROPN" and tok.ent_type_ not in _ORG_ENTS and tok.text[:1].isupper() \
            and not self._body_by_words(lo, tok.i + 1)  # not "evacuee", nor "uMngeni Municipality" the tagger left untyped


def _cantonese_name(name: str) -> bool:
    """Whether a name is written in the Hong Kong way, an English given name, the surname and a hyphenated given name
    ("Winnie Ho Mei-ling"; the first word a listed given name): a person's, whatever the tagger made of it."""
    words = name.split()
    return len(words) == 3 and words[0] in GIVEN_NAME_GENDER and words[1][:1].isupper() \
        and HYPHENATED_GIVEN.fullmatch(words[-1]) is not None


#: Words that may follow a body's noun in the name of a body of that kind ("Chicago Police Department", "WA Police
#: Force"), before an "of" and its place ("Police Service of Northern Ireland").
_KIND_NAME_ENDINGS = frozenset(("force", "service", "department", "office", "station", "headquarters", "command"))


def _body_of_that_kind(name: str, noun: str) -> bool:
    """Whether the body `name`, which holds `noun`, is a body of that kind: no other kind's word after the noun
    ("Sindh Police", "Chicago Police Department"; not the "National Police Service Commission")."""
    words = name.lower().split()
    after = words[words.index(noun) + 1:]
    after = after[:after.index("of")] if "of" in after else after
    return all(w in _KIND_NAME_ENDINGS for w in after)


def _nicknamed_name(toks, start: int, end: int) -> bool:
    """Whether tokens start..end are a given name, a quoted nickname and a surname ("Dougie “Wee Dod” MacRae"), none
    a word of bodies' names: a person's name, whatever the tagger typed it."""
    return end - start >= 5 and nickname_end(toks, start + 1) == end - 2 \
        and not any(t.lower_ in BODY_WORDS for t in (toks[start], toks[end - 1]))


def _double_surname_after_role(toks, start: int, end: int) -> bool:
    """Whether tokens start..end are a double-barrelled surname alone ("Diale-Tlabela"), after a capitalised given
    name the tagger left out and a role or title before that ("MEC Kedibone"): a person's name, whatever its type."""
    if not (end - start == 3 and start >= 2 and joins_words(toks[start + 1])):
        return False
    given, role = toks[start - 1], toks[start - 2]
    return all(t.is_alpha and t.text.istitle() and t.lower_ not in BODY_WORDS and t.lower_ not in ROLE_WORDS
               for t in (given, toks[start], toks[end - 1])) \
        and not given.ent_type_ and given.pos_ == "PROPN" and "\n" not in role.whitespace_ + given.whitespace_ \
        and (role.lower_ in ROLE_WORDS or role.lower_ in TITLES) and role.text[:1].isupper()


#: Courtesy titles that open a person's name and never a word of a body's.
_COURTESY = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "madam", "mdm"))


def _courtesy_name_inside(toks, start: int, end: int) -> int | None:
    """The token where a courtesy title opens a person's name ending a body's name as the tagger read it ("Harare
    Magistrate" + "Mrs Rumbidzai Makoni-Dube"): a title after the entity's first word and two or more capitalised
    words (with a double name's hyphens) to its end; None elsewhere."""
    k = next((i for i in range(start + 1, end - 2) if toks[i].lower_ in _COURTESY and toks[i].text[:1].isupper()
              and not toks[i].text.isupper()), None)  # (not a Member of the Senedd's "MS")
    if k is None:
        return None
    words = [t for t in toks[k + 1:end] if t.text not in ("-", "\u2011")]
    return k if 2 <= len(words) <= 4 and toks[start].lower_ not in ARTICLES \
        and all(t.is_alpha and t.text.istitle() and t.lower_ not in BODY_WORDS for t in words) else None
    # (not "the Dr Sun Yat-Sen Classical Chinese Garden")


def _honoured_name(toks, start: int, end: int) -> bool:
    """Whether tokens start..end are a one-word honorific ("Nana", "Alhaji") and two or more words of a name:
    capitalised words, the hyphens of a double name, a regnal number last."""
    words = [t for t in toks[start + 1:end] if t.text not in ("-", "\u2011")]
    return toks[start].lower_ in HONORIFICS and len(words) >= 2 \
        and all(t.is_alpha and t.text.istitle() or t.i == end - 1 and regnal(t.text) for t in words)


def _over_a_mark(tokens) -> bool:
    """Whether an entity's tokens run over a quotation's opening or closing mark, not both of a pair ("captain’s
    ‘Sorry" is no one's name; "Rodolfo “Rudy” Villacorta" with his nickname in marks is)."""
    marks = [t.text for t in tokens if t.text in _PAIRED_MARKS]
    return any(marks.count(o) != marks.count(c) for o, c in (("\u201c", "\u201d"), ("\u00ab", "\u00bb"))) \
        or marks.count("\u2018") > marks.count("\u2019") or marks.count('"') % 2 == 1  # (a lone "’" may end "Hollins’")


#: Double quotation marks, which no name holds (single ones may be apostrophes: "O’Keefe").
_DOUBLE_MARKS = "\u201c\u201d\u00ab\u00bb\""
#: Quotation marks as tokens of their own ("’" only then: "Hollins’" is one token and an apostrophe).
_PAIRED_MARKS = frozenset("\u201c\u201d\u2018\u2019\u00ab\u00bb\"")


def _capitalised(ent) -> bool:
    """Whether an entity holds a capitalised word after its article: a name, not "the health board"."""
    return any(t.text[:1].isupper() for t in ent if t.lower_ not in ARTICLES)


#: An age written right before a name with no article or possessive before it, in figures or words ("by 19-year-old",
#: "Sixteen-year-old Tess McAvoy"; not "the 92-year-old" of a shop, nor "Aidan O'Brien's three-year-old City Of Troy").
_AGED_BEFORE = regex.compile(r"(?<!(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['\u2019]s)\s+)"
                             r"(?<![\p{L}\d-])(?:\d{1,3}|\p{L}+(?:-\p{L}+)?)-year-old\s+$")


def _gender_after_cue(tok) -> str | None:
    """The sex a possessive right after the reporting verb of the subject `tok` tells ("Hollings said, his voice
    breaking": "m"; "…, her eyes filling"), else None."""
    verb, doc = tok.head, tok.doc
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "," \
            or doc[verb.i + 2].lower_ not in ("his", "her") or REPORTING_FORMS.get(verb.lower_) is None:
        return None
    return "m" if doc[verb.i + 2].lower_ == "his" else "f"


def _storm(name: str | None) -> bool:
    """Whether a body's name is a storm's ("Storm Ffion", "Typhoon Kristine", "Tropical Storm Ana"), which says nothing
    (not "the Storm Prediction Center")."""
    words = (name or "").lower().split()
    return len(words) >= 2 and (words[0] in _STORM_WORDS or words[:2] == ["tropical", "storm"]) \
        and not any(w in BODY_WORDS for w in words[1:])


#: Words before a storm's name.
_STORM_WORDS = frozenset(("storm", "hurricane", "typhoon", "cyclone"))
#: A storm's name after its word ("Hurricane Odessa", "Tropical Storm Ana", "Cyclone Gita").
_STORM_NAME = regex.compile(r"\b((?:Tropical )?(?:%s)\s+(\p{Lu}\p{Ll}+))\b"
                            % "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in sorted(_STORM_WORDS)))


def _office_in_apposition(toks, i: int) -> bool:
    """Whether the one word at token i, set off by a comma after a person's name and followed by "of", is an office
    ("Thomas Arlow, Dean of Christ Church Cathedral,", "…, Warden of the college,"), not a second person."""
    tok = toks[i]
    return tok.dep_ == "appos" and i >= 2 and i + 1 < len(toks) and toks[i - 1].text == "," \
        and toks[i + 1].lower_ == "of" and tok.head.i < i and tok.head.ent_type_ == "PERSON"


def _storms_in(text: str) -> frozenset[str]:
    """The storms an article names, written whole and by their own names ("Hurricane Odessa", "Odessa"); "Storm X" only
    where X is a listed given name ("Storm Kathleen") or the article writes "storm" in small letters too (not the
    actress "Storm Reid")."""
    lower = regex.search(r"\bstorms?\b", text) is not None
    return frozenset(name for whole, own in _STORM_NAME.findall(text)
                     if lower or not whole.startswith("Storm") or own in GIVEN_NAME_GENDER for name in (whole, own))


#: Who asks a transcript's questions when the lead-in names no one ("X was asked whether …").
INTERVIEWER = "reporter"
#: Verbs of putting questions to someone ("put questions to", "sent questions to"; not "took questions").
_PUTTING_VERBS = frozenset("put puts putting posed poses posing sent sends fired directed submitted".split())
#: Nouns for those whose trade is to put the questions of an interview (not "host": "Rovers host Queensgate").
INTERVIEWER_NOUNS = NEWSROOM_NOUNS | {"anchor", "interviewer", "editor", "broadcaster", "columnist"}


def _time_zone(doc, start: int, end: int) -> bool:
    """Whether a name is a time zone stamped after a time of day ("13:40 GMT", "9.15 BST"): never a body."""
    return start > 0 and is_clock(doc[start - 1]) and doc[start].text.isupper() \
        and all(t.is_space for t in doc[start + 1:end])  # (the tagger may run it into the line break after it)


def _of_a_body(tok, body_at: dict) -> bool:
    """Whether a body follows the noun at `tok` after "at", "for", "from" or "of": a body's noun ("an official at the
    presidential office", "an official from the foreign ministry", "an official at the municipality", "at the grid
    operator Ukrenergo") or a body's name (`body_at`: the bodies' names by their tokens)."""
    return any(p.lower_ in ("at", "for", "from", "of") and any(
        o.dep_ == "pobj" and (o.lower_ in KIND_OF_BODY or o.i in body_at
                              or any(c.dep_ == "compound" and c.lower_ in KIND_OF_BODY for c in o.lefts))
        for o in p.children) for p in preps_after(tok))


def _holds_office(office: str, role: str) -> bool:
    """Whether a role is the office, written whole ("First Minister" in "Scottish First Minister"), never a grade
    below it ("Deputy First Minister" holds no "First Minister"; data/role_adjectives.tsv)."""
    words, held = office.lower().split(), role.lower().split()
    return any(held[i:i + len(words)] == words and (i == 0 or held[i - 1] not in UNDER_GRADES)
               for i in range(len(held) - len(words) + 1))


def _other_office(office: str, role: str) -> bool:
    """Whether a role is another office of the same title ("Health Minister" beside "First Minister")."""
    words, held = office.lower().split(), role.lower().split()
    return words[-1] in held and held.index(words[-1]) > 0 and held[held.index(words[-1]) - 1] != words[-2]


def _initials_of_body(tok) -> bool:
    """Whether the last word of a name the tagger took for a person's is a body's initials ("GAA" of "Limerick GAA"):
    three to five capitals, no Roman numeral ("Joseph R. Murray III"), no letters after a name ("QC", "OBE") nor
    title."""
    text = tok.text
    return is_acronym(text) and 3 <= len(text) <= 5 and regex.fullmatch(r"[IVXLC]+", text) is None \
        and text not in POSTNOMINALS and tok.lower_ not in TITLES


def _person_right_after(doc, head: int) -> tuple[int, int] | None:
    """The token range of a person's name written straight after the role at token `head` on its line ("Ireland
    coach" + "Niall Fennelly admitted"): a tagged person's up to any "of" or "from", or two or three capitalised
    words from a listed given name however tagged; or None."""
    start = end = head + 1
    if start >= len(doc) or doc[head].whitespace_ != " ":
        return None
    if doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B":
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and (end == start or doc[end].ent_iob_ == "I") \
                and doc[end].lower_ not in ("of", "from"):  # (not the place after it: "X of Anchorage")
            end += 1
        return start, end
    if doc[start].text not in GIVEN_NAME_GENDER:
        return None
    while end < min(len(doc), start + 3) and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text.istitle() \
            and doc[end].ent_type_ not in ("GPE", "LOC") and (end == start or doc[end - 1].whitespace_ == " "):
        end += 1
    return (start, end) if end - start >= 2 else None


def _seat_represented(tok):
    """The seat a member's noun names with "representing" ("the lawmaker representing Kano North": North), or None."""
    verb = next((c for c in tok.rights if c.dep_ == "acl" and c.lower_ == "representing"), None)
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None) if verb is not None else None


def _honoured_name_at_end(tok):
    """The last word of a name after an honorific that ends the phrase a title heads, however the parser hung it
    ("Special Assistant to the Chief Minister on Health Ms Rubina Shah"), else None; not a name the title's
    preposition leads to ("Assistant to Mr Okoro": someone else)."""
    doc, end = tok.doc, tok.right_edge.i + 1
    for k in range(end - 2, max(tok.i + 1, end - 5), -1):
        if doc[k].lower_ in NOT_ROLE and doc[k].lower_ not in ARTICLES and doc[k].text[:1].isupper():
            named = all(is_name_token(t) for t in doc[k + 1:end]) and doc[k - 1].pos_ not in ("ADP", "DET", "CCONJ")
            return doc[end - 1] if named else None
    return None


#: Unnamed parts of a transcript whose label's brackets may name an outlet ("REPORTER (DXTF Radyo Tuna):").
_PRESS_LABELS = frozenset(("reporter", "correspondent"))


def _office_before_given_name(toks, lo: int, hi: int) -> tuple[int, int] | None:
    """The holder's name after the office that opens a mention at token `lo`, when it opens with a listed given name
    (office_holder's range; the name's words are all that is sure of a long office's end); else None."""
    office = office_holder(toks, lo, hi)
    return office if office is not None and toks[office[0]].text in GIVEN_NAME_GENDER else None


def _bloc_prefix(word, noun) -> bool:
    """Whether `word` is a place's or bloc's name written before a person's noun, no body it speaks for ("a senior
    EU diplomat", "a French source"), or any name before an unnamed informant's ("a Treasury source")."""
    if noun.lower_ in INFORMANT_NOUNS and noun.text.islower():
        return word.dep_ in ("compound", "amod") and any(up.i == noun.i for up in word.ancestors)
    last = word  # (the last word of a place's name of several: "Mount" of "a Mount Salem resident")
    while last.dep_ == "compound" and last.head.i < noun.i and last.head.ent_type_ == word.ent_type_ != "":
        last = last.head
    return noun.lower_ in PERSON_NOUNS and noun.text.islower() and last.head.i == noun.i \
        and last.dep_ in ("compound", "amod") and (word.ent_type_ in ("GPE", "NORP", "LOC") or is_acronym(word.text))


def _bracketed(doc, lo: int, pos: int) -> bool:
    """Whether token `pos` stands inside brackets opened after token `lo` ("Deputy Conservator of Forests (Junnar
    division) Snehal Kadam": "Junnar")."""
    opened = [t.i for t in doc[lo:pos] if t.text == "("]
    return bool(opened) and not any(t.text == ")" for t in doc[opened[-1]:pos])


def _office_end(doc, head: int) -> int:
    """Where the capitalised words of an office and a name written after a title at token `head` end, over
    "of", "for", "and", initials and the hyphen of a given name, on one line without punctuation between ("Minister" +
    "for Kannada and Culture Shri H.S. Gowdar", which the parser may not hang on the title; "… Guidance Ali-Reza X")."""
    end = head + 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
        if doc[end].lower_ in ("of", "for", "and", "&") or joins_words(doc[end]) or doc[end].text[:1].isupper() \
                and (doc[end].is_alpha or doc[end].text.rstrip(".").replace(".", "").isalpha()):
            end += 1
        elif doc[end].text == "," and (listed := portfolio_end(doc[head].doc, head, end)) > end:
            end = listed  # "Minister of Culture" + ", Gender, Entertainment and Sport"
        else:
            break
    return end



def _person_of_nation(word: str) -> bool:
    """Whether a nation's adjective is also a noun for one of its people ("the Uruguayan", "the Pakistani", "the
    Portuguese" of a sports page's coach), unlike "the French", "the Swiss" (a side, or a people); an "-ese" word
    may be either (_people_or_side)."""
    return is_nationality_word(word) and word.endswith(("an", "i", "ese"))


def _people_or_side(word: str) -> bool:
    """Whether a nation's word names a people or a side as often as one of them ("the Chinese said", "the
    Portuguese said"), not listed as a person's noun in data/demonyms.tsv ("the Maltese")."""
    return word.endswith("ese") and word not in DEMONYMS


#: Last words of a byline that names a desk, not a writer ("By Newsroom Staff", "By Court Reporter", "By Our Correspondent").
_DESK_WORDS = frozenset(("staff", "reporter", "reporters", "correspondent", "desk", "team", "writer", "writers"))


def _occupation_before_name(toks, start: int, end: int) -> bool:
    """Whether a lower-case occupation stands before a listed given name and a surname the tagger typed a body
    ("paramedic Rochelle Vandermolen of Sioux Center"): a person's name, whatever follows it."""
    return end - start == 2 and start > 0 and toks[start - 1].text.islower() and toks[start - 1].lower_ in OCCUPATIONS \
        and toks[start].text in GIVEN_NAME_GENDER


def _names_one_spoken_for(tok, named) -> bool:
    """Whether the appositive `named` after "a spokesperson for the <noun>," names the one spoken for: a body ("A
    spokesperson for the hub's manufacturer, Brightwave,"), whatever type the tagger gave it, where the noun is a
    body's or a business's and the name opens with no given name; or an office's holder ("A spokesperson for the
    Economy Minister, Pádraig Ó Ceallaigh,"); the name follows the noun and a comma."""
    obj = next((o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"),
               None)
    if obj is None or obj.i + 2 != named.left_edge.i or tok.doc[obj.i + 1].text != ",":
        return False
    if obj.lower_ in ROLE_WORDS and any(c.lower_ == "the" for c in obj.lefts):
        return True  # (written in capitals or not: "for the economy minister, X,")
    return obj.text.islower() and (obj.lower_ in GENERIC_BODY_NOUNS or obj.lower_ in BODY_NOUNS) \
        and tok.doc[named.left_edge.i].text not in GIVEN_NAME_GENDER


#: Plural nouns for a firm's researchers, whose words are their firm's ("Analysts at Harcourt Lyle said").
_FIRM_STAFF = frozenset(("analysts", "economists", "strategists"))


def _firm_at(tok) -> str | None:
    """The firm named after "at" a noun for its researchers ("the broker Pellman Hurst", "Pemberton & Co"): the body's
    name body_extent reads up to the object of "at", whatever the tagger typed it; None when no capitalised object
    follows."""
    for prep in preps_after(tok):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep.lower_ == "at" else None
        if obj is not None and obj.text[:1].isupper():
            lo, hi = body_extent(tok.doc, prep.i + 1, obj.i + 1)
            return canonical_body(tok.doc[lo:hi].text)
    return None

