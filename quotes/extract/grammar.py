"""The words around a quotation: reporting cues, their speakers, and what kind of quotation it is.

Plain functions of a Layout (the parsed article and where its quotations are) and tokens, among them
the grammar of a speaker's mention: whether it is a subject, the name in apposition to it, its extent.
"""
from __future__ import annotations

import regex

from ..words import APOSTROPHE_S, CLOCK
from .body_mentions import clause_object, name_head
from .layout import Layout
from .lexicon import (
    ARTICLES,
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FAMILY_NAMES_TOO,
    GIVEN_NAME_GENDER,
    HONORIFICS,
    KINSHIP,
    MEDIA_LABELS,
    NAME_PARTICLES,
    NOUN_GENDERS,
    OCCUPATIONS,
    OFFICE_INITIALS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    POSTNOMINALS,
    REPORTING_FORMS,
    ROLE_WORDS,
    SCARE_CUES,
    SPOKESPERSON_NOUNS,
    TARGET_VERBS,
    TITLES,
    WORK_NOUNS,
)
from .name_suffixes import suffix_end
from .person_mentions import NOT_ROLE, PERSONAL_TITLES, holder_after_seat, in_party_tag, is_name_token, opening_participle

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct", "advmod", "npadvmod"}
_RIGHT_DEPS = {"compound", "flat", "case"}
_NOT_SPEAKER_ENTS = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
_SPEAKER_NOUNS = PERSON_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS | frozenset(KINSHIP)  # (kin: "my granddaughter")
#: Reporting verbs the tagger sometimes calls nouns ("says") and that are never nouns in a cue's place.
_MISTAGGED = {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks", "tweeted", "read"}
#: Title Case words in quotation marks up to this many may be a title (a book's, with its subtitle, runs long).
MAX_TITLE_WORDS = 14
#: A title's subtitle: Title Case words, a colon, and more of them (“Those Guys Have All the Fun: Inside …”).
_SUBTITLE = regex.compile(r"^\S.*\w[!?]?: \S+ \S")
#: People a work is by or a show is hosted by, before "of" and its title ("the co-author of “…”").
MAKER_NOUNS = frozenset("author co-author editor co-editor host co-host creator founder co-founder".split())
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "with", "at", "by", "from", "or", "is"}
#: Prepositions that open a place phrase at the front of a sentence ("Outside Dublin Castle, X said").
_PLACE_PREPOSITIONS = {"outside", "inside", "near", "beside", "behind", "at", "in", "on", "from"}
#: Prepositions whose object is where or whither, never who: "notice to Pune school", "a nurse from Leeds".
_WHERE_PREPOSITIONS = _PLACE_PREPOSITIONS | {"to", "into", "across", "towards", "toward"}


def is_root(tok) -> bool:
    """Whether the token heads its sentence (or stands unparsed): its head is itself.  Compared by index: spaCy makes
    a new Token object on each access, so `tok.head is tok` never holds."""
    return tok.head.i == tok.i


def is_age_noun(tok) -> bool:
    """The "old" of "the 24-year-old": an age standing for a person (the tagger calls it an adjective)."""
    doc = tok.doc
    return tok.lower_ == "old" and tok.i >= 4 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("year", "years") \
        and doc[tok.i - 3].text == "-" and doc[tok.i - 4].like_num \
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"))  # not "the 24-year-old man"


def in_the_words_of(doc, i: int) -> bool:
    """Whether token i is the "words" of "in the words of" and a name or a noun for someone ("in the words of the man
    on the pier, “…”", "in the words of harbour master X"), which names the speaker as "according to" does; not a
    song's, a proverb's or a report's words."""
    if not (doc[i].lower_ == "words" and 2 <= i < len(doc) - 1 and doc[i - 2].lower_ == "in"
            and doc[i - 1].lower_ == "the" and doc[i + 1].lower_ == "of"):
        return False
    whose = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    return whose is not None and (whose.pos_ == "PROPN" or whose.ent_type_ == "PERSON" or role_noun(whose)
                                  or whose.lower_ in PERSON_NOUNS)


def is_cue(lay: Layout, tok) -> bool:
    low = tok.lower_
    if low == "according":
        return tok.i + 1 < len(lay.doc) and lay.doc[tok.i + 1].lower_ == "to"
    if in_the_words_of(lay.doc, tok.i):
        return True
    if REPORTING_FORMS.get(low) == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return False  # "as she put it", but not "until the government puts “a written commitment” on the table"
    return low in REPORTING_FORMS and (tok.pos_ == "VERB" or tok.pos_ in ("AUX", "NOUN") and low in _MISTAGGED) \
        and not _reports_a_state(lay, tok) and not i_quote(tok)


def i_quote(verb) -> bool:
    """Whether a verb is the writer's "and I quote" joined to another's reporting verb ("He said, and I quote: “…”"),
    which only says the words are exact: the other verb is the cue."""
    return verb.lower_ == "quote" and verb.dep_ == "conj" and REPORTING_FORMS.get(verb.head.lower_) is not None \
        and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)


def _reports_a_state(lay: Layout, verb) -> bool:
    """Whether a reporting verb tells a state, not words: an adjective after it outside quotation marks, and no
    object, clause or agent ("pilots reported sick", "was found guilty", "was declared dead"); unlike "what the
    Guild called a protest" or "a plan critics called “reckless”", whose words are someone's."""
    return any(c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and lay.outside(c.i) for c in verb.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "agent") for c in verb.children)


def plausible(lay: Layout, tok) -> bool:
    """Whether a token can name a speaker: a name, a personal pronoun or a person/body noun."""
    if dateline_place(lay, tok) or in_place_phrase(lay, tok) or medium(tok) or in_party_tag(tok) \
            or postal_state(tok):
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start) \
            or given_name_alone(tok):
        return tok.ent_type_ not in _NOT_SPEAKER_ENTS or _after_personal_title(tok)
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSONAL_PRONOUNS or _relative_subject(lay, tok)
    if is_age_noun(tok):
        return True
    return tok.lower_ in _SPEAKER_NOUNS or appositive_name(tok) is not None


def _relative_subject(lay: Layout, tok) -> bool:
    """"which" or "that" as the subject of a relative clause on a name that may speak ("the Environment Agency, which
    said"), a body's: the name's stand-in, resolved through it (not "a scan that showed …", nor "the
    1994 Crime Bill, which prompted …")."""
    return tok.lower_ in ("which", "that") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" \
        and tok.head.head.pos_ == "PROPN" and tok.head.head.ent_type_ == "ORG" and plausible(lay, tok.head.head)


def role_noun(tok) -> bool:
    """Whether a word names someone by what they do, however it is written ("the coach", "the striker", "Solicitor
    for the accused, Siobhán Kerrigan,", which the tagger may take for a name): a role, an occupation or a noun for a
    person (data/role_synonyms.tsv, data/occupations.tsv), an office by its initials ("the PM, Anthony Albanese,";
    data/office_initials.tsv), no body's noun but a spokesperson's."""
    low = tok.lower_
    return tok.ent_type_ != "PERSON" and (low not in BODY_NOUNS or low in SPOKESPERSON_NOUNS) \
        and (low in OCCUPATIONS or low in ROLE_WORDS or low in PERSON_NOUNS or low in OFFICE_INITIALS)


def title_alone(tok) -> bool:
    """A capitalised title or role heading a mention, however tagged, and no name's last word ("Special Assistant
    to the Prime Minister … Ms Nadia Khattak", "Councillor for the … Division, Desmond Forbes,"): the name in
    apposition to it or set beside it is the speaker's."""
    low = tok.lower_
    return (low in TITLES or low in ROLE_WORDS) and low not in NOT_ROLE and tok.text[:1].isupper() \
        and not (tok.ent_iob_ == "I" and tok.i > 0 and is_name_token(tok.doc[tok.i - 1]))


def _after_personal_title(tok) -> bool:
    """Whether a personal title stands before the word at `tok` ("Mr Faraday", "Dr Corban"): a person's name
    however the tagger labelled it (a date, a number)."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in PERSONAL_TITLES and tok.doc[tok.i - 1].text[:1].isupper()


def postal_state(tok) -> bool:
    """Whether the token is a state's two-letter postal code after its town and a comma ("in Berea, OH, after
    winning …"): part of the place, never a speaker."""
    doc = tok.doc
    return len(tok.text) == 2 and tok.text.isupper() and tok.text.isalpha() and tok.i >= 2 \
        and doc[tok.i - 1].text == "," and doc[tok.i - 2].text[:1].isupper() and doc[tok.i - 2].ent_type_ == "GPE"


def medium(tok) -> bool:
    """Whether the token names where words were posted or broadcast, never who said them: the object of "on"
    or "via" ("posted on Snapchat", "on X", "via its website")."""
    tok = name_head(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via")


#: Entity types the tagger gives a given name standing alone.
GIVEN_NAME_ENTS = ("", "PERSON", "NORP", "CARDINAL")


def plural_subject(tok) -> bool:
    """Whether a word alone is the subject of a present-tense verb in the plural, with no other subject joined to
    it ("Politicos dub the plan …", "Insiders have said"): people of a kind, not one person's name."""
    verb = tok.head
    return tok.dep_ == "nsubj" and not any(c.dep_ == "conj" for c in tok.children) and verb.i != tok.i \
        and (verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children))


def given_name_alone(tok) -> bool:
    """A given name standing alone as a word of its own, which the tagger may take for a common noun or a
    people ("Iain from Lochcarron sent …", "Shona in Dingwall emailed"): one that names a man or a woman and
    is no common family name (data/given_names.tsv), not tagged a place or a body (a number it may be: "Aileen
    from Helensburgh sent …" is tagged a cardinal)."""
    return tok.text in GIVEN_NAME_GENDER and tok.text not in FAMILY_NAMES_TOO and tok.ent_type_ in GIVEN_NAME_ENTS \
        and tok.dep_ != "compound" and not tok.nbor(1 if tok.i + 1 < len(tok.doc) else 0).text[:1].isupper()


def in_place_phrase(lay: Layout, tok) -> bool:
    """Whether the token is in a place phrase opening its sentence, up to its comma ("Outside Dublin
    Castle, …", "Outside court, …"): the tagger often takes "Outside" for an adjective or a name; or is
    a participle standing alone before the comma ("Sentencing, the Recorder of Leeds, …"), which it
    takes for a name, or the object of one ("Sentencing McAllister, the sheriff told him")."""
    lo = lay.sentence_start(tok.i)
    doc, toks = lay.doc, lay.tokens
    if tok.i == lo and tok.lower_.endswith("ing") and lo + 1 < len(doc) and toks[lo + 1].text == ",":
        return True
    if lo < tok.i and opening_participle(doc, lo):  # "Sentencing McAllister, the sheriff said": its object
        return any(toks[i].text == "," for i in range(tok.i + 1, min(len(doc), tok.i + 12))) \
            and not any(toks[i].text == "," for i in range(lo, tok.i))
    if toks[lo].lower_ not in _PLACE_PREPOSITIONS or lo + 1 >= len(doc) or toks[lo + 1].lower_ in ("least", "most"):
        return False
    return any(toks[i].text == "," for i in range(tok.i + 1, min(len(doc), tok.i + 12))) \
        and not any(toks[i].text == "," for i in range(lo, tok.i))


#: Prepositions before someone who speaks for another ("The governor, through his press secretary, X, said"): the
#: name after them is the go-between's, never the role's before them.
_GO_BETWEENS = frozenset(("through", "via"))


def apposed_noun(tok):
    """The noun a name stands beside, at the head of the appositives the parser chains before it ("mother" of "Goh's
    mother, Madam Lee Siew Hoon,", "court" of "Outside court, Goh's mother, …"), the name's head itself where it stands
    in no apposition."""
    head = name_head(tok)
    while head.dep_ == "appos" and head.head.i < head.i:
        head = head.head
    return head


def appositive_name(tok):
    """The proper noun set in apposition right after a noun ("the club's chairman, Liam Doyle"), or None; never
    a title the parser set apart from the name after it ("the company's lawyer, Atty. Joaquin Reyes,"), the
    second part of a hyphenated name ("Osei" of "Ms. Tremblay-Osei"), nor a go-between's name after "through"
    ("The governor, through his press secretary, Mr X,"), nor a day or date ("Another woman at the scene Sunday")."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.lower_ not in TITLES
                 and not (c.ent_type_ in ("DATE", "TIME") and not any(d.dep_ in ("compound", "flat") for d in c.children)
                          and tok.doc[c.i - 1].text != ",")  # ("His widow, June, said": her name)
                 and not _hyphen_joined(tok, c) and not _after_go_between(tok, c)), None) or _name_opening_appositive(tok)


def _name_opening_appositive(tok):
    """The last word of a person's name opening a common noun's phrase in apposition right after `tok` and a comma,
    which the parser made the phrase's head ("the complainant, Nura Abdullahi of Gwammaja quarters,": "quarters"), or
    None."""
    doc = tok.doc
    phrase = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if phrase is None or phrase.left_edge.i != tok.i + 2 or doc[tok.i + 1].text != "," \
            or doc[phrase.left_edge.i].ent_iob_ != "B" or doc[phrase.left_edge.i].ent_type_ != "PERSON":
        return None
    end = phrase.left_edge.i
    while end + 1 < phrase.i and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end] if doc[end].pos_ == "PROPN" else None


def _after_go_between(tok, part) -> bool:
    """Whether `part`, hung on the noun `tok`, comes after a "through" phrase of it: the go-between's."""
    return any(p.dep_ == "prep" and p.lower_ in _GO_BETWEENS and p.i < part.i for p in tok.rights)


def _hyphen_joined(tok, part) -> bool:
    """Whether `part` is joined to `tok` by a hyphen written without spaces ("Tremblay-Osei")."""
    return part.i == tok.i + 2 and not tok.whitespace_ and tok.nbor().text == "-" and not tok.nbor().whitespace_


def preps_after(tok) -> list:
    """The prepositions that qualify a noun: its own, and one right after it that the parser hung on the
    verb ("asked a reporter | from the Examiner")."""
    own = [c for c in tok.rights if c.dep_ == "prep"]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.i and nxt.i not in {c.i for c in own}:
        own.append(nxt)
    return own


def named_after_topic(tok):
    """The name that ends a role's topic ("spokesperson on water Marlize Oosthuizen", "spokesman for health
    Tom Reyes"): the head of the name when a lower-case topic word stands right before it; else None."""
    for prep in tok.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" \
            and prep.lower_ in ("on", "for") else None
        if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
            continue
        words = list(obj.doc[prep.i + 1:obj.i + 1])
        topic = max((k for k, t in enumerate(words) if t.text.islower() and t.is_alpha), default=None)
        if topic is not None and len(words) - topic - 1 >= 2 and all(t.text[:1].isupper() for t in words[topic + 1:]):
            return obj
    return None


def person_beside(tok):
    """A person's name set off by commas after a role ("Counsel for the family, Deborah Mwangi, said"), however
    the parser hung it: on the role, or on the object of the role's preposition (not "through": a go-between's);
    else None."""
    beside = [(c, None) for c in tok.rights if c.dep_ in ("appos", "npadvmod", "dep") and not _after_go_between(tok, c)]
    beside += [(c, p.lower_) for p in tok.rights if p.dep_ == "prep" and p.lower_ not in _GO_BETWEENS
               for o in p.children if o.dep_ == "pobj" for c in o.rights if c.dep_ == "appos"]
    # a name typed a body's is a person's beside a role, but a spokesperson's is the body spoken for ("A spokesperson
    # for the retailer, Harbour Foods,"), unless set after the topic spoken on ("spokesperson on health, Jaco Steyn,")
    typed_body = tok.lower_ not in SPOKESPERSON_NOUNS
    return next((c for c, prep in beside if c.pos_ == "PROPN" and c.left_edge.i > 0
                 and c.doc[c.left_edge.i - 1].text == ","
                 and (c.ent_type_ == "PERSON" or c.left_edge.ent_type_ == "PERSON"  # ("Desmond 'Tallman' Forbes" a body)
                      or not c.ent_type_ and _untagged_name(c)
                      or c.ent_type_ == "ORG" and (typed_body or prep == "on") and personal_words(c))), None)


def personal_words(tok) -> bool:
    """Whether the words up to `tok` are two to four capitalised name words, a surname's particles or a quoted
    nickname between them and no body's word ("Jaco Steyn", "Neville ‘Shorty’ Campbell"), however the tagger typed
    them: beside a role for a person, a person's name."""
    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if not (t.is_punct and t.text in "'\"\u2018\u2019\u201c\u201d")]

    def name_word(t) -> bool:
        return t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and t.lower_ not in BODY_NOUNS \
            and t.lower_ not in TITLES

    return 2 <= len(words) <= 4 and name_word(words[0]) and name_word(words[-1]) \
        and all(name_word(t) or t.text.islower() and t.lower_ in NAME_PARTICLES for t in words)  # ("Riaan du Toit")


def _untagged_name(tok) -> bool:
    """A name of two words or more in no entity ("Alain Kabongo-Mutombo", which the tagger left out)."""
    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.is_alpha]
    return len(words) >= 2 and all(t.text[:1].isupper() and not t.ent_type_ for t in words)


def named_in_apposition(tok):
    """The name in apposition to a noun, directly or through another noun ("Mr Lim's former neighbour,
    retired teacher Chong Mei Fong", "director of retail, Marcus Adeyemi"), or through the plural object of a clause
    describing it, whose name it cannot be ("The union representing ferry crews, Nautilus Channel,"); or None."""
    named = appositive_name(tok)
    if named is not None:
        return named
    described = next((o for c in tok.children if c.dep_ == "acl" for o in c.children if clause_object(o)), None)
    if described is not None and (named := appositive_name(described)) is not None:
        return named
    noun = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if noun is None:  # "Ofgem's director of retail, Marcus Adeyemi": the name the parser hung on the role's field
        noun = next((o for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("of", "for")
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.text.islower()
                     and not any(c.dep_ in ("det", "poss") for c in o.children)), None)
    return appositive_name(noun) if noun is not None else _name_hung_on_place(tok)


def name_after_office(tok):
    """The last token of a person's name set off by commas right after an office and the words of its field ("The
    Commissioner of Police, CP Yusuf Kangiwa, who …", "The Resident Electoral Commissioner in the state, Mr Garba
    Attahiru, told …"), which the parser may hang on the field or make a second subject; None if there is none."""
    doc = tok.doc
    end = tok.i
    for prep in tok.rights:  # (each field's phrase after the one before: "of Police" + "in the state")
        if prep.dep_ == "prep" and prep.i == end + 1:
            end = prep.right_edge.i
    if end > tok.i and doc[end].ent_type_ == "PERSON":  # the name the parser took for the field's last words ("the
        first = end  # Chief Press Secretary to the Speaker, Tunde Olaniyi, said")
        while doc[first].ent_iob_ == "I" or first - 1 > tok.i and doc[first - 1].pos_ == "PROPN" \
                and doc[first - 1].text.istitle() and end - first < 3:
            first -= 1  # (and a given name the tagger left out)
        if first - 2 > tok.i and doc[first - 1].text == ",":
            end = first - 2
    start = end + 2
    if end == tok.i or start >= len(doc) or doc[end + 1].text != ",":  # (no field: an appositive, named_in_apposition)
        return None
    while start < min(len(doc), end + 5) and doc[start].ent_type_ != "PERSON" and doc[start].pos_ == "PROPN":
        start += 1  # (a title or rank the tagger left out: "Mr", "CP")
    if start >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "PERSON":
        return None
    last = start
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return doc[last] if last + 1 < len(doc) and doc[last + 1].text == "," else None


def _name_hung_on_place(tok):
    """A person's name the parser set in apposition to the body or place after a noun, not to the noun ("A
    volcanologist at the Bandung Institute, Ratna Sari,"), or None."""
    objects = [o for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("at", "of", "for", "with", "from")
               for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ != "PERSON"]
    while objects:
        obj = objects.pop()
        name = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                     and c.lower_ not in TITLES), None)
        if name is not None:
            return name
        objects += [o for p in obj.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return None


def passive_target(lay: Layout, subj, verb) -> bool:
    """Whether a verb's subject is whom it is about, not who speaks: the subject of a passive
    "accused", "told", "urged", also in a headline's short passive, which the parser reads as active
    ("Taoiseach accused of ‘walking away’", "Council criticised for ‘…’": on the first line, the verb with no
    auxiliary and no object), and the noun such a participle describes ("Levy row: minister accused of ‘…’", "a
    man described by his family as “…”")."""
    if REPORTING_FORMS.get(verb.lower_) not in TARGET_VERBS:
        return False
    if subj.dep_ == "nsubjpass" or verb.dep_ == "acl" and verb.tag_ == "VBN" and subj.i == verb.head.i:
        return True
    return subj.dep_ == "nsubj" and verb.tag_ in ("VBN", "VBD") and lay.para_of[verb.i] == lay.para_of[0] \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") for c in verb.children)


def agent_of(verb):
    """Who does what a passive verb says ("accused by the opposition of …"), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def is_subject(tok) -> bool:
    """A grammatical subject; the name in apposition to one ("The mediator, Judge Aalto, met …", "The ruler of
    Okpala, Eze Okoye, said"), letters after the name or not ("the shadow minister, Orla Pryce MP, said"); or a
    name the parser joined to the -ing word opening its sentence ("Prosecuting, Ian Pellow said …")."""
    while tok.dep_ == "compound" and tok.head.text in POSTNOMINALS and tok.head.i > tok.i:
        tok = tok.head
    if _behind_participle(tok) or subject_hung_on_opening(tok):
        return True
    if tok.dep_ != "appos":
        return tok.dep_ in ("nsubj", "nsubjpass")
    noun = tok.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "The leader of the group, Huw Davies, said": the parser hangs the name on "group"
    return noun.dep_ in ("nsubj", "nsubjpass")


#: Participles that give another name a person goes by ("known to pupils as Mrs H", "nicknamed Bunny").
_ALIAS_VERBS = frozenset(("known", "called", "nicknamed", "dubbed"))


def is_alias(tok) -> bool:
    """Whether the name `tok` is a word of is another name of the person a participle set off after their name
    describes ("Mrs Hollis, known to pupils simply as Mrs H,", "Frank, nicknamed Bunny,"): that person again, no one
    else; not the only name of someone brought in by a noun ("a retired fisherman called Brian Hale").  Read from
    the words, as the parser may take the name for the next verb's subject."""
    doc, i = tok.doc, tok.i
    while i > 0 and doc[i - 1].pos_ == "PROPN":
        i -= 1
    if i == 0:
        return False
    if doc[i - 1].lower_ != "as":
        return _alias_participle(doc, i - 1)
    for k in range(i - 2, max(-1, i - 10), -1):  # back to the participle, over no punctuation
        if doc[k].is_punct:
            return False
        if _alias_participle(doc, k):
            return True
    return False


def _alias_participle(doc, k: int) -> bool:
    """Whether doc[k] is a participle giving another name ("known", "nicknamed") set off by a comma before it."""
    return doc[k].lower_ in _ALIAS_VERBS and doc[k].tag_ == "VBN" and k > 0 and doc[k - 1].text == ","


def is_main_subject(tok) -> bool:
    """Whether a mention is the subject of its sentence's main verb, not of a clause inside it
    ("His lawyer, X, asked …, saying Mr Lim had repaid …": X, not Lim); a body's mention may open with its "The"."""
    tok = name_head(tok.head if tok.dep_ == "det" else tok)
    if tok.dep_ == "appos" or _behind_participle(tok):
        tok = tok.head
    verb = tok.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


_CONTRASTING = frozenset(("while", "whereas"))


def parallel_reporter(tok) -> bool:
    """Whether a mention is the subject of a reporting verb set beside the sentence's main one, the newer of two
    speakers ("Smith said the cost was high, while Jones said it was low"; "…, whereas Ruane argued …"; "…, and
    Cruz replied …"), however the parser hung it (often from the first speaker's reported clause)."""
    tok = name_head(tok)
    verb = tok.head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if not reporting_subject(tok) or verb.dep_ not in ("advcl", "conj") \
            or (not marks & _CONTRASTING if verb.dep_ == "advcl" else "that" in marks):
        return False  # (not a second reported clause: "… said the hall had … and that a survey by X had found …")
    head = verb.head
    while head.dep_ in ("ccomp", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT" and head.i != verb.i and bool(REPORTING_FORMS.get(head.lower_)) \
        and any(c.dep_ == "nsubj" for c in head.children)


def reporting_subject(tok, passive: bool = False) -> bool:
    """Whether token `tok` is the subject of a reporting verb ("Halvard Energy said", "he told the court"); with
    `passive`, also of one in the passive ("she was asked")."""
    return (tok.dep_ == "nsubj" or passive and tok.dep_ == "nsubjpass") and bool(REPORTING_FORMS.get(tok.head.lower_))


def title_reporting(tok, title=()) -> bool:
    """Whether a word with "the" alone before it, besides the other words of its title (`title`: "The First Minister
    said"), is a reporting verb's subject ("The Iyaloja said", "the fiscal added"): a title standing for whoever
    holds it, however the tagger took it."""
    return reporting_subject(tok, passive=True) and [c.lower_ for c in tok.lefts if c not in title] == ["the"]


def _behind_participle(tok) -> bool:
    """Whether a name is the subject that the parser joined to the -ing word opening its sentence, which it took for
    the subject instead ("Prosecuting, Ian Pellow said …": "Pellow" a conjunct of "Prosecuting")."""
    head = tok.head
    return tok.dep_ == "conj" and head.dep_ in ("nsubj", "nsubjpass") and head.tag_ == "VBG" \
        and head.i == head.sent.start and tok.i > head.i + 1 and tok.doc[head.i + 1].text == ","


def subject_hung_on_opening(tok) -> bool:
    """Whether a name or noun is the subject of the verb right after it (and its asides: ", 39,") that the parser hung, as
    an apposition, on the last noun of the -ing clause or the phrase opening its sentence ("Preaching at Harrowden
    Cathedral, the Rt Rev X said …", "In Pinewood Gardens, one of the worst-hit areas, X, 39, said …": "X" an
    apposition of "Cathedral", of "Gardens"), the verb having no subject of its own."""
    if tok.dep_ != "appos":
        return False
    clause = next((up for up in tok.head.ancestors if up.left_edge.i == up.sent.start
                   and (up.dep_ == "advcl" and up.tag_ == "VBG" or up.dep_ == "prep" and up.head.tag_.startswith("VB"))), None)
    verb = clause.head if clause is not None else None
    after = tok.right_edge.i + 1
    while after < len(tok.doc) and tok.doc[after].is_punct:
        after += 1
    return verb is not None and verb.i in (tok.i + 1, after) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


#: Participles that open a sentence with the question put to its speaker ("Asked by Senator X whether …, he said").
ASKING = frozenset(("asked", "pressed", "questioned", "quizzed", "challenged"))


def in_opening_question(tok) -> bool:
    """Whether a mention stands in the question that opens its sentence ("Asked by Senator X whether …,",
    "Asked whether the squad was behind Moffat,"): the asker or the subject of the question, never whom the
    sentence's "he" or "the 29-year-old" means."""
    for up in tok.ancestors:
        if up.lower_ in ASKING and up.tag_ == "VBN" and up.dep_ == "advcl" and up.i == up.sent.start:
            return True
    return False


def asked_in_clause(tok) -> bool:
    """Whether the person at token `tok` is the subject of a clause that says they were asked something ("Saldana
    shook his head when asked about that", "Ms Quinn was asked whether …"), so that the words after are their answer."""
    verb = tok.head
    return any(t.lower_ in ASKING and t.tag_ == "VBN" for t in (verb, *(c for c in verb.children if c.dep_ == "advcl")))


def trimmed_mention(doc, lo: int, hi: int, head: int) -> tuple[int, int]:
    """The mention in tokens lo..hi (head token `head`) without leading punctuation, without what
    stands in another paragraph and without a dateline's date and agency before it ("Mar 3 (PTI)")."""
    for i in range(lo, head):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_ or doc[i].text == ")":
            lo = i + 1
    for i in range(head, hi - 1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            hi = i + 1
            break
    while lo < head and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return lo, max(hi, lo + 1)


def dateline_place(lay: Layout, tok) -> bool:
    """The place of a dateline opening a paragraph: "HALDEN, March 5 —", never a lead's first word set in
    capitals ("FARMERS across the Vale say")."""
    return tok.text.isupper() and len(tok.text) > 2 and tok.i <= lay.para_start[lay.para_of[tok.i]] + 3 \
        and not _capitals_run_on(lay.doc, tok.i)


def lead_word_in_capitals(tok) -> bool:
    """Whether `tok` is a common noun opening a paragraph in capitals, as some papers set a lead's first word
    ("FARMERS across the Vale say", "MOTORISTS in Castleford say", which the tagger may call a name but no entity,
    and "DAIRY" of "DAIRY farmers say"): a noun written in lower case, no name."""
    doc = tok.doc
    if not (tok.is_alpha and len(tok.text) > 1 and tok.text.isupper() and (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws)
            and _capitals_run_on(doc, tok.i)):
        return False
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.ent_type_ == "" and (
        len(tok.text) > 4 and tok.text.endswith("S") or tok.dep_ == "compound" and tok.head.i == tok.i + 1)  # "DAIRY farmers"


def _capitals_run_on(doc, i: int) -> bool:
    """Whether the words in capitals from token i run on into a sentence in lower case ("FARMERS across"), as a
    dateline's place never does (a comma, a dash or a date follows it)."""
    while i < len(doc) and doc[i].text.isupper() and doc[i].is_alpha:
        i += 1
    return i < len(doc) and doc[i].is_alpha and doc[i].text.islower()


def is_dateline(lay: Layout, lo: int, hi: int) -> bool:
    """HALDEN, March 5 (Coastline Wire) —: a place and date opening an article, not a speaker."""
    if lo != lay.para_start[lay.para_of[lo]]:
        return False
    words = [t for t in lay.tokens[lo:hi] if t.is_alpha]
    place = bool(words) and words[0].text.isupper() and len(words[0]) > 2 and not _capitals_run_on(lay.doc, words[0].i)
    return place or any(t.ent_type_ == "DATE" for t in lay.tokens[lo:min(hi, lo + 4)])


def _named_after_second_role(subj):
    """The name joined by "and" to a bare singular noun for a role, both describing one person ("Former Labor
    colleague and one-time deputy premier Helen Garside said"): a noun with no article or possessive stands before a
    name; None if there is no such name."""
    if subj.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in subj.children):
        return None
    return next((c for c in subj.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and not any(d.dep_ in ("det", "poss") for d in c.children)), None)


def _named_after_reader(subj):
    """The name the parser set beside a subject that is itself the name of a role before it ("read out by his
    lawyer, Mr Darren Lim, Dr Chua said": Dr Chua speaks, Mr Lim is the lawyer); None otherwise."""
    doc, left = subj.doc, subj.left_edge.i
    if subj.pos_ != "PROPN" or left < 2 or doc[left - 1].text != "," or doc[left - 2].pos_ != "NOUN" \
            or doc[left - 2].dep_ != "pobj" or doc[left - 2].head.lower_ != "by" \
            or REPORTING_FORMS.get(doc[left - 2].head.head.lower_) != "read":
        return None
    return next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i > subj.i + 1
                 and doc[c.left_edge.i - 1].text == "," and not c.text.isupper()), None)  # (not "…, SAN,")


def subject_of(lay: Layout, verb, lo: int, hi: int):
    """The speaker token of a reporting verb; lo..hi is the gap the verb stands in."""
    if verb.lower_ == "according" or in_the_words_of(lay.doc, verb.i):
        for child in lay.doc[verb.i + 1].children:
            if child.dep_ == "pobj":
                return child
        nxt = verb.i + 2
        return lay.doc[nxt] if nxt < len(lay.doc) and lay.outside(nxt) else None
    if (quoted := quoted_person(verb)) is not None:
        return quoted
    if verb.pos_ == "NOUN" and (first := next((c for c in verb.lefts if c.dep_ == "compound"), None)) is not None \
            and first.pos_ in ("NOUN", "PROPN") and lay.outside(first.i):
        return first  # "“…,” the submission read.": the verb the parser took for the noun of one phrase with its subject
    if (document := _document_of_subordinate_verb(verb)) is not None:
        return document
    if (relayed := _object_heard_saying(lay, verb)) is not None:
        return relayed
    if (doer := _doer_before_participle(lay, verb)) is not None:
        return doer
    first, node = None, verb
    for depth in range(6):
        subj = _subject_child(lay, node)
        if subj is None and depth == 0 and node.dep_ == "acl" and node.tag_ == "VBN" \
                and REPORTING_FORMS.get(node.lower_) in TARGET_VERBS:
            subj = node.head  # the noun a passive participle describes: "row: minister accused of ‘…’"
        if subj is not None and passive_target(lay, subj, node):
            if depth == 0:  # "X was accused by Y of ‘…’": Y speaks, else nobody this sentence names
                return agent_of(node)
            break
        if subj is not None and lay.para_of[subj.i] != lay.para_of[verb.i]:
            # a headline without a full stop parsed into the sentence after it: "… again ¶ Residents say"
            subj = next((c for c in subj.conjuncts if lay.para_of[c.i] == lay.para_of[verb.i]), subj)
        if subj is not None and dateline_place(lay, subj):
            subj = _named_after_dateline(lay, subj) or subj
        if subj is None and node.dep_ == "acl" and node.tag_ == "VBG" and dateline_place(lay, node.head) \
                and (named := _named_after_dateline(lay, node.head)) is not None:
            return named  # "GUWAHATI, Jul 14 (PTI) Minister X on Sunday directed …, saying “…”", hung on the place
        if subj is None and node.dep_ == "acl" and node.tag_ == "VBG" and plausible(lay, node.head):
            return node.head  # "footage of Trump saying “…”": the noun the participle describes
        if subj is not None and depth > 0 and (outer := _outer_reporter(lay, verb, node, subj)) is not None:
            return outer
        if subj is not None:
            subj = _named_after_second_role(subj) or _named_after_reader(subj) or subj
            if plausible(lay, subj) or (depth == 0 and subj.pos_ in ("NOUN", "PROPN") and not dateline_place(lay, subj)
                                        and not postal_state(subj) and subj.ent_type_ not in _NOT_SPEAKER_ENTS):
                return subj
            first = first or subj
        if subj is None and node.dep_ == "conj" and node.head.dep_ == "ccomp" \
                and REPORTING_FORMS.get(node.head.head.lower_) and _subject_child(lay, node.head.head) is not None:
            shared = _subject_child(lay, node.head)
            if shared is not None and (plausible(lay, shared) or shared.lower_ in OCCUPATIONS or shared.lower_ in ROLE_WORDS
                                       or _noun_for_someone(shared)):
                return shared  # "Clinton held a meeting and pledged “…”, the Sentinel reported": Clinton's; "When I
                # asked why, the driver turned round and said: “…”": the driver's; "X said the boy had arrived out of
                # breath and shouting: “…”": the boy's
            node = node.head.head  # "X said the rise was “…”, and blamed …": the parser hung "blamed" on "was"
            continue
        if is_root(node) or node.dep_ in ("ccomp", "parataxis"):
            break
        if node.dep_ == "conj" and not lay.outside(node.head.i) and _subject_child(lay, node.head) is not None:
            node = node.head  # "he would not “play …” but conceded …": a verb joined to a quoted one shares its subject
            continue
        if not lay.outside(node.head.i):
            # a participle the parser hung inside an earlier quotation ("X said the rise “will hurt,”
            # calling it “…”"): it goes on the clause that reports that quotation
            node = next(iter(ancestors_outside(lay, lay.quote_of[node.head.i])), None) \
                if node.tag_ in ("VBG", "VBN") else None
            if node is None:
                break
            continue
        node = node.head
    return nearby_speaker(lay, verb, lo, hi) or first


#: Verbs whose object is someone the subject remembers or heard speak ("recalled a nurse saying").
_HEARING_VERBS = frozenset("recall recalls recalled recalling remember remembers remembered remembering hear hears "
                           "heard hearing overheard recount recounts recounted".split())


def _object_heard_saying(lay: Layout, verb):
    """The one a verb's subject recalls or heard saying the words, which the parser hung on that verb ("She
    recalled one stallholder telling her: “…”"): the object described by a reporting participle, when the verb is
    one of remembering or hearing (not "called a report suggesting … “…”"); else None."""
    if verb.lower_ not in _HEARING_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and lay.outside(obj.i) and (plausible(lay, obj) or role_noun(obj)) and any(
                c.dep_ == "acl" and c.tag_ == "VBG" and REPORTING_FORMS.get(c.lower_) for c in obj.children):
            return obj
    return None


def _doer_before_participle(lay: Layout, verb):
    """The one who speaks in a participle the parser hung on a clause whose subject cannot ("The vote was delayed when
    Grech interrupted the Prime Minister, shouting “…”"): the subject of the nearest verb before it in its sentence,
    when that one can speak; else None."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i > verb.i:
        return None
    own = _subject_child(lay, head)
    if own is None or plausible(lay, own):
        return None
    for tok in reversed(lay.doc[head.i + 1:verb.i]):
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG" and (subj := _subject_child(lay, tok)) is not None:
            return subj if plausible(lay, subj) and subj.dep_ == "nsubj" else None
    return None


def _document_of_subordinate_verb(verb):
    """The document a misparse left with no verb, whose reporting verb the parser hung on the participle that
    describes it ("A joint statement released after the talks said …" read as "released after the talks said"):
    the document, when it heads a sentence with no verb of its own; else None."""
    participle = verb.head
    if verb.dep_ != "advcl" or participle.dep_ != "acl" or not any(c.dep_ == "mark" for c in verb.children):
        return None
    document = participle.head
    return document if document.dep_ == "ROOT" and document.lower_ in DOCUMENT_NOUNS else None


def _named_after_dateline(lay: Layout, place):
    """The one who can speak that the parser set beside a dateline's place it took for the subject or the head of
    the sentence, as its conjunct or appositive ("NEW DELHI, May 2 (PTI) Minister X on Monday said"); else None."""
    return next((c for c in (*place.conjuncts, *place.rights) if (c.dep_ == "appos" or c in place.conjuncts)
                 and plausible(lay, c)), None)


def _noun_for_someone(tok) -> bool:
    """Whether a common noun stands for a person by itself ("the girl", "his nephew", "the trapper")."""
    return tok.pos_ == "NOUN" and (role_noun(tok) or tok.lower_ in NOUN_GENDERS or tok.lower_ in KINSHIP)


def _outer_reporter(lay: Layout, verb, node, subj):
    """The person whose statement holds a clause about a place or a country's side, when the participle
    `verb` the parser hung on that clause speaks ("Kate Ellory has insisted Scotland will not change …,
    saying …": Ellory, not Scotland), and whoever made a statement that "adding" goes on, whatever its
    clause is about ("Mr Dar said the government would …, adding that …": Dar); None otherwise."""
    if verb.tag_ != "VBG" or node.dep_ != "ccomp" or not REPORTING_FORMS.get(node.head.lower_):
        return None
    adds = REPORTING_FORMS.get(verb.lower_) == "add"
    if not adds and subj.ent_type_ not in ("GPE", "NORP", "LOC"):
        return None
    outer = _subject_child(lay, node.head)
    person = outer is not None and (outer.ent_type_ == "PERSON" or adds and outer.pos_ in ("PROPN", "PRON"))
    return outer if person and plausible(lay, outer) else None


def quoted_person(verb):
    """Whom a relay quotes ("The agency quoted a refugee, Halima, as saying: …", "cited the mayor as
    saying", "The statement quoted the mission chief as saying"): the object of "quoted" or "cited" when `verb` is
    the "saying" after its "as"; else None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    relay = prep.head
    if REPORTING_FORMS.get(relay.lower_) not in ("quote", "cite"):
        return None
    quoted = next((c for c in relay.children if c.dep_ == "dobj" and c.i < verb.i), None)
    named = None
    if quoted is not None and quoted.pos_ == "NOUN":  # "quoted its director of operations, Brig Gen X, as saying": X
        named = appositive_name(quoted) or next((c for c in relay.children if quoted.i < c.i < verb.i and c.pos_ == "PROPN"
                                                 and c.dep_ in ("appos", "npadvmod") and c.doc[c.left_edge.i - 1].text == ","),
                                                None)  # (the name the parser hung on the verb)
    return named or quoted


def _names_a_person(tok) -> bool:
    """Whether a subject is a person's name or has one in apposition ("The chief executive …, Dr Ruth Kellaway,")."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _subject_before_aside(lay: Layout, verb):
    """The subject of a verb with none of its own that the parser left on the telling set between commas before it
    ("One of them, she told the meeting, had asked her: “…”": "One", hung on "told"); else None."""
    teller = verb.head
    if verb.dep_ != "ccomp" or teller.i > verb.i or not REPORTING_FORMS.get(teller.lower_):
        return None
    told_by = next((c for c in teller.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if told_by is None:
        return None
    return next((c for c in teller.lefts if c.dep_ in ("dep", "npadvmod") and c.i < told_by.i and lay.outside(c.i)
                 and c.right_edge.i + 1 < told_by.i and lay.doc[c.right_edge.i + 1].text == ","
                 and c.pos_ in ("NOUN", "PROPN", "NUM")), None)


def _hung_on_opening_phrase(lay: Layout, verb):
    """The subject right before a verb with none that the parser hung, as an apposition, on the phrase opening the
    sentence ("At Monday's meeting in Clonakilty, the Schull-based councillor said …": "councillor" of "Clonakilty");
    else None."""
    before = verb.i - 1
    while before > verb.sent.start and lay.doc[before].is_punct:
        before -= 1
    if before < verb.sent.start:
        return None  # (a verb opening its sentence)
    tok = lay.doc[before]
    while tok.dep_ != "appos" and tok.i < tok.head.i < verb.i:
        tok = tok.head
    return tok if lay.outside(tok.i) and tok.pos_ in ("NOUN", "PROPN") and tok.head.dep_ == "pobj" \
        and subject_hung_on_opening(tok) else None  # (hung on the phrase's own noun: not the last of a chain of asides,
    # "…, the witness, X, a shopkeeper,")


def _subject_child(lay: Layout, node):
    """The subject among a verb's children: of two subjects in a row ("Jury chair | Margot Lefèvre
    described", a name split off its role) the one next to the verb; the person named in apposition
    to a place phrase taken for the subject ("Outside Dublin Castle, Tom Geraghty, …, said"; "Outside court,
    one victim, Grace Ho, said"), else the person it describes ("Outside court, one victim said"); the
    subject after an inverted verb over one before its comma ("…, said Maria Lind"); the person in
    apposition to an opening participle the parser took for the subject ("Sentencing, the Recorder of
    Leeds, Judge Alan Hirst, said"); else an age
    standing for a person that the parser hung on the verb ("… ,” the 24-year-old said), or a surname it read as an
    adverb ("…,” Kiely said.")."""
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and lay.outside(c.i) and not c.is_punct]
    if not subjects and (aside := _subject_before_aside(lay, node)) is not None:
        return aside
    if not subjects and (hung := _hung_on_opening_phrase(lay, node)) is not None:
        return hung
    if not subjects:
        return next((c for c in node.lefts if (is_age_noun(c) or _surname_read_as_adverb(c)) and lay.outside(c.i)), None)
    subj = subjects[0]
    for later in subjects[1:]:
        if (later.i < node.i or subj.i > node.i and later.ent_type_ == "PERSON") and _in_a_row(lay.doc, subj, later):
            subj = later  # (after an inverted verb too: "said Acme co-founder Jill Hart", "co" split off)
        elif later.i < node.i and _name_set_off(lay.doc, subj, later):
            subj = later  # "Sinn Féin’s spokesperson on rural development, Pearse Ó Dúill, held up …"
        elif later.i < node.i and _participle_object(subj):
            subj = later  # "Briefing journalists at …, the Police Public Relations Officer, SP X, said": the
            # object of the participle opening the sentence, which the parser took for a second subject
        elif later.i > node.i > subj.i and node.i > 0 and lay.doc[node.i - 1].text == "," \
                and REPORTING_FORMS.get(node.lower_) and not _names_a_person(subj):
            subj = later  # "… and residents get nervous, said Maria Lind": the subject after the verb (not "The
            # chief executive of X, Dr Ruth Kellaway, who …, said the findings …": a person named before the comma)
    if in_place_phrase(lay, subj):
        after = [c for c in subjects if c.i > subj.i and not in_place_phrase(lay, c)] \
            + [c for c in subj.subtree if c.i > subj.i and c.dep_ in ("appos", "conj") and c.pos_ in ("PROPN", "NOUN")]
        return next((c for c in after if c.ent_type_ == "PERSON"), next((c for c in after if c.pos_ == "PROPN"),
                                                                        after[0] if after else subj))
    if subj.pos_ == "NOUN" and not plausible(lay, subj):
        clause = next((c for c in subj.rights if c.dep_ == "appos" and c.i < node.i and plausible(lay, c)
                       and not any(t.is_punct for t in lay.tokens[subj.i + 1:c.left_edge.i + 1])), None)
        if clause is not None:
            return clause  # "a claim the city's Public Works department has called “…”": a relative clause's subject
    return named_after_roles(subj) or named_after_body(subj) or subj


def _participle_object(tok) -> bool:
    """Whether a subject the parser found is the object of the -ing word opening its sentence (opening_participle),
    which it hung on it ("Briefing journalists", "Addressing residents", "Speaking on X's programme"), a comma closing
    the phrase."""
    doc = tok.doc
    first = doc[tok.left_edge.i]
    after = tok.right_edge.i + 1
    while after < len(doc) and after - tok.right_edge.i <= 4 and doc[after].pos_ in ("ADP", "PROPN", "NOUN", "DET", "NUM"):
        after += 1  # (a time or place the parser hung on the verb: "… with Tom Loftus" + "on Monday,")
    return first.i < tok.i and first.head.i == tok.i and opening_participle(doc, first.i) \
        and after < len(doc) and doc[after].text == ","


def _surname_read_as_adverb(tok) -> bool:
    """Whether a capitalised word ending in "-ly" right before its verb, after a quotation's closing mark or a comma,
    is a surname the parser read as an adverb ("…,” Kiely said." after "Cork manager Ronan Kiely"): the tagger found
    the word in a person's name elsewhere in the article (not "…,” Only added another.")."""
    return tok.dep_ == "advmod" and tok.i == tok.head.i - 1 and tok.text.istitle() and tok.lower_.endswith("ly") \
        and tok.i > 0 and tok.doc[tok.i - 1].text in (",", "”", "'", '"', "’") \
        and any(t.text == tok.text and t.ent_type_ == "PERSON" for t in tok.doc)


def _name_set_off(doc, subj, later) -> bool:
    """Whether the subject `later` is a name set off by commas right after the subject `subj`, a role, which the parser
    took for a second subject instead of the role's apposition ("Sinn Féin’s spokesperson on rural development, |
    Pearse Ó Dúill, | held up …")."""
    between = doc[subj.right_edge.i + 1:later.left_edge.i]
    after = later.i + 1
    return role_noun(subj) and later.pos_ == "PROPN" and [t.text for t in between] == [","] \
        and after < len(doc) and doc[after].text == "," and all(t.pos_ == "PROPN" for t in doc[later.left_edge.i:after])


def _in_a_row(doc, subj, later) -> bool:
    """Whether the subject `later` follows the subject `subj` with no verb, comma nor preposition but "as" between
    them: the pieces of a hyphenated word the parser split ("Her co-star | Priya Dhanoa commented"), "as" of "X,
    who owed …, as a diplomat put it"; not "A statement released after | the talks said", whose second subject is
    the object of "after"."""
    return all(not (t.pos_ in ("VERB", "AUX") or t.pos_ in ("ADP", "SCONJ") and t.lower_ != "as" or t.text in ",;:")
               for t in doc[subj.right_edge.i + 1:later.left_edge.i])


def named_after_body(tok):
    """The person named after a body's name and their role in it, which the parser set in apposition to the body
    ("Citizens Progressive Alliance (CPA) spokesperson Brian Sichone said", the body the subject): the name right
    after a spokesperson's or other person's noun, with no comma between it and the body; else None."""
    if tok.pos_ != "PROPN":
        return None
    for name in (c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"):
        role = tok.doc[name.left_edge.i - 1] if name.left_edge.i > tok.i + 1 else None
        if role is not None and role.pos_ == "NOUN" and role.text.islower() \
                and (role.lower_ in SPOKESPERSON_NOUNS or role.lower_ in PERSON_NOUNS) \
                and not any(t.text == "," for t in tok.doc[tok.i + 1:name.i]):
            return name
    return None


def named_after_roles(tok):
    """The name that ends two roles joined by "and" ("Brantley President and CEO Nadia Fenn", "chairman and
    founder Walter Pruitt") or an office whose field holds "and" ("Minister of Culture and the Arts Tomas Eriksen"),
    which the parser makes a conjunct of the first role: the conjunct when `tok` is a title with no article of its
    own, and "and" opens the words between (or the office's field, in title case, holds it before a person's name),
    with no punctuation among them; else None."""
    if tok.lower_ not in TITLES or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    conjuncts = [c for c in tok.rights if c.dep_ == "conj" and c.pos_ == "PROPN"]
    # the person's name, where the parser made the second role a conjunct too ("President and CEO" + "Marcus Ellery-Tan")
    conj = next((c for c in conjuncts if c.ent_type_ == "PERSON"), conjuncts[0] if conjuncts else None)
    if conj is None or conj.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    between = tok.doc[tok.i + 1:conj.left_edge.i]
    if not between or any(t.is_punct for t in between):
        return None
    if between[0].lower_ in ("and", "&") or _office_field(tok.doc[tok.i + 1:conj.i]):
        return conj
    return None


def _office_field(words) -> bool:
    """Whether `words` after a title open with "of", "for" or "in" and run on in title case with an "and" among
    them ("of Culture and the Arts Tomas"): an office's field before a name."""
    return words[0].lower_ in ("of", "for", "in") and any(t.lower_ in ("and", "&") for t in words) \
        and all(t.text[:1].isupper() or t.lower_ in ("and", "&", "the", "of") for t in words[1:])


def nearby_speaker(lay: Layout, verb, lo: int, hi: int):
    """For an inverted or misparsed cue: the nearest name or pronoun in the gap."""
    after_quote = lo > 0 and not lay.outside(lo - 1) and lo <= verb.i
    if after_quote:  # “…,” Nate Silver, the pollster, tweeted — or — “…,” said Smith
        order = [*range(lo, verb.i), *range(verb.i + 1, hi)]
    else:
        order = range(verb.i - 1, lo - 1, -1)
    for i in order:
        t = lay.doc[i]
        if not lay.outside(i):
            break
        if plausible(lay, t) and (t.pos_ != "NOUN" or after_quote) and t.dep_ != "poss" and not is_where(np_head(t)):
            if t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.i > t.i and plausible(lay, t.head):
                return np_head(t.head)  # "…?” asked one reporter": the reporter, whom the parser made the object
            return np_head(t)
    return None


def is_where(tok) -> bool:
    """Whether a noun is where or whither, not who: the object of a preposition of place or direction
    ("HC quashes notice to Pune school, says …": not the school)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPOSITIONS


def has_own_content(lay: Layout, verb) -> bool:
    """Whether a reporting verb after a quotation reports something else ("Reid said both …")."""
    for child in verb.rights:
        if not lay.outside(child.i):
            continue
        if child.dep_ in ("ccomp", "xcomp"):
            return True
        if child.dep_ == "dobj" and not plausible(lay, child):
            return True  # "said it", not "asked me"
    return False


def subject_starts_gap(lay: Layout, verb, lo: int, hi: int) -> bool:
    """“…?” Miller, a retired worker, said: the verb's subject opens the gap."""
    subject = subject_of(lay, verb, lo, hi)
    return subject is not None and subject.left_edge.i <= lo + 1


def np_head(tok):
    """The noun heading the phrase `tok` is a word of: up the parse through compounds, adjectives and determiners."""
    return name_head(tok, ("compound", "flat", "amod", "det"))


def mention_range(lay: Layout, head) -> tuple[int, int]:
    """Token range of the noun phrase that names the speaker, without appositives or clauses."""
    lo = hi = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS and lay.outside(child.i):
            lo = min(lo, child.left_edge.i)
    if head.dep_ == "compound" and head.head.pos_ == "NOUN" and REPORTING_FORMS.get(head.head.lower_):
        lo = min([lo, *(c.i for c in head.head.lefts if c.dep_ == "det")])  # "the" of "the submission read", one noun
        # phrase to the parser
    for child in head.rights:
        if child.dep_ in _RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of" and head.text[:1].isupper()
                                         and not lead_word_in_capitals(head) and not _group_opening(head, child)) \
                or role_of_kind(child) or _named_for(head, child):
            if all(lay.outside(i) for i in range(child.i, child.right_edge.i + 1)):
                hi = max(hi, child.right_edge.i)
    while lo < hi and (lay.tokens[lo].is_punct or lay.tokens[lo].dep_ == "advmod" or is_clock(lay.tokens[lo])):
        lo += 1
    while hi > lo and lay.tokens[hi].is_punct:
        hi -= 1
    doc, toks = lay.doc, lay.tokens  # the parts of a hyphenated name the parser hung elsewhere ("Santos" + "-Villareal said",
    # "Ms. Tremblay-" + "Osei")
    while hi + 2 < len(doc) and _hyphen_joined(toks[hi], toks[hi + 2]) and toks[hi + 2].text.istitle() \
            and lay.outside(hi + 2):
        hi += 2
    while lo >= 2 and _hyphen_joined(toks[lo - 2], toks[lo]) and toks[lo - 2].text.istitle() and lay.outside(lo - 2):
        lo -= 2
    if toks[hi].ent_type_ == "PERSON" and (stop := suffix_end(doc, hi + 1)) and toks[stop - 1].ent_iob_ == "I":
        hi = stop - 1  # the suffix of "Sergio P. Lagdameo, Jr.", which the parser made a subject of its own
    if lo > 0 and (seat := holder_after_seat(lay.doc, lo - 1)) is not None and seat[1] == head.i + 1:
        lo = seat[0]  # "MLA for" + "Foyle" + "Siobhán Ní Cheallaigh": the name, not the seat
    return lo, hi + 1


#: Verbs whose passive subject is whom words were said to ("X has been told …", "X was warned …").
_ADDRESSING = frozenset(("tell", "warn", "inform"))
#: Finite verbs and modals that open the clause a headline's "X told" reports ("… told force is ‘…’").
_CLAUSE_VERBS = frozenset("is are was were has have had will would must can could should may".split())


def is_addressee(lay: Layout, tok) -> bool:
    """Whether a subject is whom the words were said to or are about, never their speaker: a passive_target
    ("The First Minister has been told the delays are “…”", "Taoiseach accused of ‘…’"), or the subject of a
    headline's "told" with a clause or "to" after it, or ending it, which reads as a passive ("Chief Constable told
    force is ‘…’", "Council told to pay …", "Engineer ‘did not read’ report, inquiry told"; not "Minister told MPs …")."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or REPORTING_FORMS.get(verb.lower_) not in _ADDRESSING:
        return False
    if passive_target(lay, tok, verb):
        return True
    doc = lay.doc
    if verb.lower_ != "told" or lay.para_of[verb.i] != lay.para_of[0]:
        return False
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].is_space and "\n" in doc[verb.i + 1].text:
        return True  # "…, court told", "…, inquiry told" ending the headline: the court heard the words
    after = doc[verb.i + 1]
    if after.lower_ == "to":
        return True
    if after.pos_ == "PRON" or after.text[:1].isupper() or after.lower_ in PERSON_NOUNS:
        return False
    end = next((t.i for t in doc[verb.i + 1:verb.i + 6] if t.lower_ in _CLAUSE_VERBS or t.tag_ in ("VBZ", "VBP", "MD")), None)
    return end is not None and end > verb.i + 1 and all(t.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") for t in doc[verb.i + 1:end])


def _named_for(head, prep) -> bool:
    """Whether "for" and the names after it belong to a body's name written in capitals ("Transport for NSW",
    "Transport for London", "Minister for Trade and Industry Gan Kim Yong"): a capitalised head, "for", then capitalised
    words only, no "the"; a title's portfolio and holder may run to six words."""
    words = list(prep.subtree)[1:]
    return prep.dep_ == "prep" and prep.lower_ == "for" and head.text[:1].isupper() and not lead_word_in_capitals(head) \
        and 0 < len(words) <= (6 if head.lower_ in TITLES else 3) and words[-1].pos_ == "PROPN" \
        and all(w.text[:1].isupper() and w.pos_ == "PROPN" or w.lower_ in ("and", "&") and 0 < k < len(words) - 1
                for k, w in enumerate(words))


def _group_opening(head, prep) -> bool:
    """A plural common noun capitalised only because it opens its sentence, "of" a place no name gives
    ("Residents of a Yorkshire village say"): the people, not a name that runs on with "of" (as "Residents of
    Wetherholme" does)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return head.tag_ == "NNS" and head.is_sent_start and not head.ent_type_ and obj is not None and obj.pos_ == "NOUN"


def role_of_kind(prep) -> bool:
    """An "of" and one bare singular noun that make a role with the plural before them ("secretaries of state",
    "members of parliament", "chiefs of staff")."""
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.tag_ != "NNS":
        return False
    obj = [c for c in prep.children]
    return len(obj) == 1 and obj[0].dep_ == "pobj" and obj[0].tag_ == "NN" and obj[0].text.islower() \
        and not list(obj[0].children)


def is_clock(tok) -> bool:
    """A time of day as a live blog stamps its posts: "12:40", "9.15", "3.30pm"."""
    return bool(CLOCK.fullmatch(tok.text))


def cue_range(lay: Layout, verb) -> tuple[int, int]:
    """The cue as written: the verb, with its particle or short object ("told parliament")."""
    hi = verb.i + 1
    if verb.lower_ == "according":
        return verb.i, min(verb.i + 2, len(lay.doc))
    if in_the_words_of(lay.doc, verb.i):
        return verb.i - 2, verb.i + 2
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == hi:
            hi += 1
        elif child.dep_ in ("dobj", "dative") and child.i == hi and lay.outside(child.i) \
                and child.right_edge.i - verb.i <= 3 and REPORTING_FORMS.get(verb.lower_) == "tell":
            hi = child.right_edge.i + 1
    return verb.i, hi


def clause_subject(lay: Layout, lo: int, hi: int):
    """The subject of the clause in tokens lo..hi, the main clause's before a subordinate one's ("When X said
    …, the Chief Justice asked:": the Chief Justice), else its first name; never a word of a place
    phrase opening the clause ("Outside Dublin Castle, Tom Geraghty said:"), nor of a media label
    ("Video:", "Readers' pictures:")."""
    subjects = [t for t in lay.doc[lo:hi] if t.dep_ in SUBJECT_DEPS and lay.outside(t.i) and plausible(lay, t)
                and not media_label(t)]
    if subjects:
        return next((t for t in subjects if t.head.dep_ != "advcl"), subjects[0])
    for i in range(lo, hi):
        t = lay.doc[i]
        # (never a day that says when: "On Sunday my granddaughter came …", "Every Sunday morning the children …")
        if t.pos_ == "PROPN" and lay.outside(i) and not in_place_phrase(lay, t) and not media_label(t) \
                and not (t.ent_type_ in ("DATE", "TIME") and t.dep_ in ("pobj", "npadvmod")):
            return np_head(t)
    return None


def media_label(tok) -> bool:
    """A word labelling a live post or a media item ("Video", "Latest"), or the owner of one
    ("Readers' pictures", "BBC video")."""
    return tok.lower_ in MEDIA_LABELS or (tok.dep_ in ("poss", "compound") and tok.head.lower_ in MEDIA_LABELS)


def ancestors_outside(lay: Layout, k: int) -> list:
    """Tokens outside quotation k that its words hang from, nearest first: steps up the parse
    from the places where the quotation attaches to the sentence around it."""
    a, b = lay.tok_range[k]
    heads = lay.heads
    found: dict[int, int] = {}
    for i in range(a, b):
        if not lay.outside(heads[i]):
            continue
        head, steps = heads[i], 1
        while steps <= 8 and head != i:
            if lay.outside(head) and steps < found.get(head, 99):
                found[head] = steps
            if heads[head] == head:
                break
            head, steps = heads[head], steps + 1
    return [lay.tokens[i] for i, _ in sorted(found.items(), key=lambda item: (item[1], abs(item[0] - a)))]


def governing_cues(lay: Layout, k: int) -> list:
    """Reporting verbs outside the quotation that its words depend on, innermost first; a verb the
    quotation is the subject of only when no other verb governs it (She said a “joint team” would
    report to her: "report" tells what the team will do, the words are hers)."""
    a, b = lay.tok_range[k]
    cues = [tok for tok in ancestors_outside(lay, k) if is_cue(lay, tok)]
    reporting = [tok for tok in cues if not any(ch.dep_ in SUBJECT_DEPS and a <= ch.i < b for ch in tok.children)]
    # a verb joined to the cue that is the quotation's own ("X said the ministry had promised a plan and had
    # delivered “nothing but renderings”": the words are X's, no promise)
    own = [tok for tok in reporting if not _in_joined_verb(lay, tok, a, b)]
    return (own if own != reporting and own else reporting) or cues


def _in_joined_verb(lay: Layout, cue, a: int, b: int) -> bool:
    """Whether tokens a..b stand in a verb joined to `cue` by "and" that reports nothing itself."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not is_cue(lay, c)
               and c.left_edge.i <= a and b <= c.right_edge.i + 1 for c in cue.children)


def cues_in(lay: Layout, lo: int, hi: int) -> list:
    return [lay.tokens[i] for i in range(lo, hi) if lay.outside(i) and is_cue(lay, lay.tokens[i])]


# ------------------------------------------------------------------ what kind of quotation

def is_partial(lay: Layout, b_lo, b_hi) -> bool:
    """A quotation embedded in the reporter's own sentence rather than standing alone."""
    words_before = [t for t in lay.tokens[b_lo:b_hi] if not t.is_punct and not t.is_space]
    if not words_before:
        return False
    last = lay.doc[b_hi - 1]
    if last.text == ":" or (last.text == "," and len(words_before) <= 4):
        return False
    return True


def stands_alone(lay: Layout, before, after) -> bool:
    """“Savage,” she said: a quotation that is its own sentence, attributed right after."""
    (b_lo, b_hi), (a_lo, a_hi) = before, after
    if any(not t.is_punct and not t.is_space for t in lay.tokens[b_lo:b_hi]):
        return False
    return any(is_cue(lay, t) for t in lay.tokens[a_lo:min(a_hi, a_lo + 4)])


def listed_after(lay: Layout, k, b_lo, b_hi) -> bool:
    """“No water, no vote” and “Fix the pipes”: quotation k follows quotation k - 1 in a list, with
    commas or "and", "or" between them, and the one before does not end a sentence."""
    gap = lay.tokens[b_lo:b_hi]
    return k > 0 and b_lo == lay.tok_range[k - 1][1] and not lay.ends_sentence(k - 1) \
        and any(t.text == "," or t.lower_ in ("and", "or", "nor") for t in gap) \
        and all(t.is_punct or t.is_space or t.lower_ in ("and", "or", "nor") for t in gap)


def looks_like_name(lay: Layout, k, b_lo, b_hi) -> bool:
    """Scare quotes, titles, nicknames and slogans: flagged phrases or short Title Case."""
    s = lay.spans[k]
    words = lay.text[s.start:s.end].strip().rstrip(".,;:!?").split()
    before = [t for t in lay.tokens[b_lo:b_hi] if not t.is_punct and t.lower_ not in ("a", "an", "the")]
    prev = before[-1].lower_ if before else ""
    if reported_object(lay, k):
        return False
    if prev in SCARE_CUES or lay.text[max(0, s.open_at - 10):s.open_at].lower().rstrip().endswith(
            ("so-called", "so called")):
        return True
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    capitals = [w.startswith("@") or _initial(w).isupper() for w in words]  # (a handle, @BenCole, is a name)
    title_case = any(capitals) and all(cap or w.lower() in _SMALL_WORDS or not _initial(w)
                                       for w, cap in zip(words, capitals))
    if not title_case or _predicate_word(lay, k):
        return False
    if len(words) <= 7 and lay.whole_paragraph(k):
        return True  # a section heading in quotation marks: 'All Bets Are Off.'
    if lay.headline_case(k):
        return False
    work = prev in WORK_NOUNS or (prev == "of" and len(before) > 1 and before[-2].lower_ in WORK_NOUNS | MAKER_NOUNS)
    if work or _SUBTITLE.search(" ".join(words)):
        return True  # "his book “…”", "the co-author of “…”", “Chick Lit: The New Woman’s Fiction”
    if len(words) > 7:
        return False
    if _uttered(lay, k, b_lo, b_hi):
        return False
    return len(words) <= 4 or bool(before and before[-1].text.endswith(APOSTROPHE_S))


#: Reporting verbs whose object is the very words said or the name given ("said “CNN”", "called Rubio “…”"), not
#: a thing talked about ("welcomed “Operation Lifeline”", "announced “Project Dawn”") or a listener ("told NBC’s “…”").
_UTTERING_VERBS = frozenset("say call dub brand label chant shout yell scream repeat exclaim whisper mutter".split())
#: Dependencies by which a quotation is what a verb says: its object, object complement or clause.
_SAID_DEPS = ("dobj", "oprd", "xcomp", "ccomp", "appos", "attr")


def reported_object(lay: Layout, k) -> bool:
    """Whether quotation k is the object or object complement of a reporting verb before it whose subject is one
    particular speaker, with nothing but the verb's own object between (he dubbed Rubio “Little Marco”, what Reagan
    called the “Evil Empire”, Cruz said “CNN” five times): that speaker's words, however much they read as a name.
    Not the programme a cue tells its words to or through ("told NBC’s “Today”", "said on ABC’s “This Week”": a
    preposition between, or an owner's ’s right before it), nor a name no one in particular gives: a participle's
    ("a blog called “The Feed”"), a passive's ("he has been dubbed “the Wall”") or a crowd's ("what locals call")."""
    a, b = lay.tok_range[k]
    word = next((t for t in lay.tokens[a:b] if not t.is_punct and lay.outside(lay.heads[t.i])), None)
    if word is None or word.dep_ not in _SAID_DEPS or a == 0 or lay.tokens[a - 1].tag_ == "POS":
        return False
    verb = word.head
    if word.dep_ == "appos" and verb.dep_ == "dobj":
        verb = verb.head  # "He called the union’s demand “Wishful Thinking”": the complement hung on the object
    if verb.i >= a or not is_cue(lay, verb) or REPORTING_FORMS.get(verb.lower_) not in _UTTERING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and lay.outside(c.i)), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "Dean Kowalczyk, who has branded the proposal “Harbour Last”"
    if subject is None or not _one_speaker(subject):
        return False
    return all(lay.outside(t.i) and t.pos_ != "ADP" for t in lay.tokens[verb.i + 1:a])


def _one_speaker(tok) -> bool:
    """Whether a subject is one particular speaker: a name, he, she or I, or a singular noun for a person ("one
    Latino conservative"); not a crowd, a class of people or a passive's nobody ("what locals call “…”", "fans
    have dubbed him “…”": a nickname)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "i")
    return tok.pos_ in ("PROPN", "NOUN") and tok.tag_ not in ("NNS", "NNPS")


def _initial(word: str) -> str:
    """The word's first letter (‘Unpredictable → U, 1960s → s), or "" when it has none (12, 15%)."""
    return next((ch for ch in word if ch.isalpha()), "")


#: How a lone word is what its clause says of someone or something: a copula's complement (he is “Mexican”, parsed
#: acomp or attr) or a verb's object complement (rated it “True”).
_PREDICATE_DEPS = ("acomp", "oprd", "attr")


def _predicate_word(lay: Layout, k) -> bool:
    """“Mexican,” in "because he is “Mexican,”", “True” in "rated both claims “True”": one adjective or people's word
    (the tagger calls "Nigerian" either), what the clause says someone or something is: a word someone used,
    capitalised as a people's name or a rating is, never a title or a name (a verb of naming before it, "titled
    “Dangerous”", is read before this)."""
    a, b = lay.tok_range[k]
    words = [t for t in lay.tokens[a:b] if not t.is_punct]
    return len(words) == 1 and (words[0].pos_ == "ADJ" or words[0].ent_type_ == "NORP") \
        and words[0].dep_ in _PREDICATE_DEPS and not a <= words[0].head.i < b


def _uttered(lay: Layout, k, b_lo, b_hi) -> bool:
    """Short Title Case words that someone said: after a reporting verb and its comma or colon
    (she said, “No.”; he shouted: “Cruz!”), or ending in an exclamation or question mark (“Thank You!”)."""
    gap = lay.tokens[b_lo:b_hi]
    if len(gap) >= 2 and gap[-1].text in (",", ":") and is_cue(lay, gap[-2]):
        return True
    return lay.text[lay.spans[k].start:lay.spans[k].end].rstrip()[-1:] in ("!", "?")


#: Small words inside a body's name written in capitals ("Transport for NSW", "Workplace Health and Safety Queensland").
NAME_JOINS = frozenset(("and", "for", "&"))


def run_start(doc, start: int) -> int:
    """Where the run of capitalised words and the small words joining them ("and", "for", "&") that ends at token
    `start` begins, on its line."""
    lo = start
    while lo > 0 and "\n" not in doc[lo - 1].whitespace_ and (doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha
                                                            or doc[lo - 1].lower_ in NAME_JOINS):
        lo -= 1
    while lo < start and doc[lo].lower_ in NAME_JOINS:
        lo += 1
    return lo


def joined_title(words) -> bool:
    """Whether capitalised words joined inside by "and", "for" or "&", none of them a given name nor a person's title
    and the first no title at all, make one name: a body's ("Workplace Health and Safety Queensland", "Transport for
    NSW"), never two people's ("Mr and Mrs Ellis", "Tom and Jerry Hale") nor a headline in capitals ("Trump Makes
    Campaign Announcement For Speech …") nor "As for Trump": nouns only, and no "and" between two names the tagger
    found apart ("Wald and Reuters", "Goodlatte and Benghazi Committee")."""
    words = [w for w in words if w.lower_ not in ARTICLES]
    inner = words[1:-1]
    return any(w.lower_ in NAME_JOINS for w in inner) and words[0].lower_ not in TITLES and len(words) <= 7 \
        and all(w.pos_ in ("PROPN", "NOUN") for w in words if w.lower_ not in NAME_JOINS) \
        and not any(w.lower_ == "and" and _joins_two_entities(w) for w in inner) \
        and all(w.lower_ in NAME_JOINS or w.text[:1].isupper() and w.text not in GIVEN_NAME_GENDER and not role_noun(w)
                and w.lower_ not in PERSONAL_TITLES and w.lower_ not in HONORIFICS for w in words)


def _joins_two_entities(conj) -> bool:
    """Whether "and" stands between the end of one tagged name and the start of another ("Wald" and "Reuters"), or
    before a person's name the tagger found ("Navy SEALs Tyrone Woods and" + "Glen Doherty")."""
    doc = conj.doc
    if not 0 < conj.i < len(doc) - 1 or doc[conj.i + 1].ent_iob_ != "B":
        return False
    return doc[conj.i - 1].ent_iob_ in ("B", "I") or doc[conj.i + 1].ent_type_ == "PERSON"


#: Verbs saying who sent or wrote a message read out ("a text message Ratliff sent a friend").
_SENDING_VERBS = frozenset(("sent", "send", "sends", "wrote", "written", "posted", "texted", "emailed"))


def read_out_authors(verb, document) -> list:
    """The ones whose document `verb` reads out, by the parse: the objects of "from" or "by" after the document or
    the verb, or of "on behalf of" after either ("The chair read out a statement from Ashcroft", "Dr Gumbo read a
    statement from the minister, Dr Chari,", which the parser hangs on the verb), or of "of" after the document ("Atty.
    Noel Bansuan read the statement of Marissa Dalumpines"), or the subject of a clause saying who sent or wrote the
    document ("Fenn read from a text message Ratliff sent a friend"); none unless `verb` is a verb of reading."""
    if REPORTING_FORMS.get(verb.lower_) != "read":
        return []
    found = [subject for clause in document.children if clause.dep_ == "relcl" and clause.lower_ in _SENDING_VERBS
             for subject in clause.children if subject.dep_ == "nsubj" and subject.pos_ in ("PROPN", "NOUN")]
    for prep in (*document.children, *verb.children):
        if prep.dep_ != "prep":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.i != document.i), None)
        if obj is not None and prep.lower_ == "on" and obj.lower_ == "behalf":
            obj = next((c for of in obj.children if of.lower_ == "of" for c in of.children if c.dep_ == "pobj"), None)
        elif not (prep.lower_ in ("from", "by") or prep.lower_ == "of" and prep.head.i == document.i):
            continue
        if obj is not None:
            found.append(obj)
    return found
