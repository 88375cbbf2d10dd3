"""Word lists and tables the extractor and the store read (TSV files, '#' starts a comment line).

places.tsv            places and the adjectives canonical names use (bodies.py; store/speaker_names.py)
spelling.tsv          British spellings and the American ones canonical names use (bodies.py)
body_words.tsv        words that end organisations' names, not people's (body_mentions.py)
occupations.tsv       what people do, written before a name and no part of it (extract/lexicon.py)
role_synonyms.tsv     nouns a story calls someone by instead of their role ("the legislator" for an MP)
kinship.tsv           nouns for relatives, their gender and relation ("His wife, June,", "her husband") (extract/lexicon.py)
gendered_nouns.tsv    other nouns for a person that tell the gender ("a woman …", "the landlady") (extract/lexicon.py)
informant_nouns.tsv   nouns for unnamed informants, never someone named ("the insider") (extract/lexicon.py)
owned_nouns.tsv       a person's bodies and posts, "Clinton's campaign" = "Clinton campaign" (store/speaker_names.py)
city_states.tsv       city-states, whose "government spokesperson" takes the state's name (book_bodies.py)
broadcaster_words.tsv words ending broadcasters' names ("Thistle TV"), never "the club" or "the company" (extract/lexicon.py)
body_nominals.tsv     nouns a story calls a named body by ("the bench" for a court), and which speak alone (extract/lexicon.py)
label_nouns.tsv       nouns of signs and grades whose quoted words are no one's (labels.py)
trait_nominals.tsv    nouns for a person by a trait ("the left-hander"), for the one person in focus (book_references.py)
rank_roles.tsv        ranks that lead a team or people ("captain", "chief"), no contradiction of a position (book_references.py)
role_adjectives.tsv   adjectives and gerunds that are part of an unnamed role ("chief executive", "sparring partner"), and
                      grades below an office ("deputy") (book_references.py, book_descriptions.py, speaker_book.py)
standing_roles.tsv    standings in a race or cause ("candidate", "donor"), no contradiction of a calling (book_references.py)
honorifics.tsv        honorifics of several countries before a name ("Tan Sri", "Alhaji") (extract/lexicon.py)
title_abbreviations.tsv  titles with a full stop ("Coun.", "Atty.") kept in their sentence (extract/title_abbreviations.py)
name_particles.tsv    lower-case words inside family names ("de", "van", "bin") (extract/person_mentions.py)
postnominals.tsv      letters after a name and no part of it ("SC", "MS", "OBE") (extract/lexicon.py)
given_names.tsv       given names that tell a man or a woman, for "he" and "she" (book_people.py)
place_words.tsv       words before a name that make it a place's ("Mount", "St", "Lough") (extract/lexicon.py)
premises_nouns.tsv    a business's premises: a name after "in"/"at" one is a place ("branch in Ashwell") (extract/lexicon.py)
street_words.tsv      words ending a street's name, never a person's ("Aberteifi Road") (person_mentions.py)
confidence.tsv        how sure an attribution is, by method and resolution (confidence.py)
speaker_model.json    the trained ranker over candidate speakers (speaker_model.py)
name_model.json       how sure a speaker's canonical name is (extract/name_confidence.py)
speaker_aliases.tsv   ways of writing a speaker and the canonical name and kind (store/identity.py)
short_names.tsv       short given names and the full ones they stand for (store/identity.py)
describing_words.tsv  words that describe someone without naming them (store/speaker_names.py, extract/lexicon.py)
page_furniture.tsv    a web page's buttons and link-list headings standing alone on a line (boilerplate.py)
credit_labels.tsv     labels opening a photo's credit ("Picture:", "Photo credit:") (boilerplate.py)
head_roles.tsv        roles that head a body, for "the DOH chief" (extract/book_references.py)
company_suffixes.tsv  words that end a registered company's name, "Ltd", "Inc" (book_bodies.py, extract/lexicon.py)
share_indices.tsv     first words of share indices' names, never what "it said" means (book_references.py)
own_voice_groups.tsv  people who speak for themselves, not the body they are at ("Nurses at X") (book_references.py)
body_kind_nouns.tsv   nouns after a body's name saying what kind it is ("the GMB union"), no word of its name (extract/lexicon.py)
governing_nouns.tsv   nouns for those who run a body ("the food pantry's board"), speaking for it (extract/lexicon.py)
monastic_titles.tsv   words of a monk's title written after the name ("Nayaka Thera") (extract/lexicon.py)
clause_participles.tsv  -ing verbs opening a clause before the subject ("Sentencing Reid, the sheriff said") (extract/lexicon.py)
demonyms.tsv          nouns for a person of a nation ("the Spaniard") and the nationality they stand for (extract/lexicon.py)
one_word_bodies.tsv   bodies known by one word the tagger may miss ("Ofwat") (extract/lexicon.py)
speaking_things.tsv   nouns for what may "say" yet is no person ("the district said", "the hosts said") (extract/lexicon.py)
office_initials.tsv   offices a headline writes by initials ("PM") and the words they stand for (extract/lexicon.py)
office_topics.tsv     words that end a portfolio ("Foreign Affairs"), before the holder's name (extract/person_mentions.py)
speech_nouns.tsv      nouns for someone's words ("his call for “…”"): their owner said the quotation (extract/attribution.py)
question_words.tsv    verbs of asking, putting and replying, and words opening a reported question (extract/book_questions.py)
birth_words.tsv       words before a birth name ("née Voss", "born Elspeth Voss") (extract/book_families.py)
party_words.tsv       parties' words before a member's name ("Tory Doug Whelan"), no part of it (extract/lexicon.py)
"""
from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of data file `name`, comments and blank lines left out."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [[field.strip() for field in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
