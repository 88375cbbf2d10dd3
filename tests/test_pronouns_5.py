"""Whom a he, she, it or they means, on sentences written for the test: the subject written with letters after
the name ("Orla Pryce MP, who represents Ashcombe North, said …"), never the person a question opening the
sentence asks about ("Asked whether Hatcher was known to deputies, he said"), a group that spoke just
before ("The scheme's trustees said …. “…,” they said"), a body that speaks though the tagger calls its name
a place ("Lake Superior Northern Railway said …. It said …"), and someone just introduced by a given name the
tagger takes for a number ("Aileen in Staffin emailed …. “…,” she writes")."""
from __future__ import annotations

import pytest

from quotes.extract.grammar import is_subject

CASES = [
    ("'she' is the subject written with letters after the name, not the seat a relative clause names",
     "Opening the debate, the shadow minister, Orla Denning-Pryce MP, who represents Ashcombe North, said starts "
     "were down.\n\n\u201cA young person in Wigan or Widnes does not get a career from a score,\u201d she told MPs.",
     "Orla Denning-Pryce", "person"),
    ("'he' is never the person the question opening the sentence asks about",
     "Sheriff Dale Ketterman spoke to reporters.\n\n\u201cThis is what we train for,\u201d Ketterman said.\n\n"
     "The sheriff said Brody Lee Hatcher walked out with his hands up. Asked whether Hatcher was known to "
     "deputies, he said: \u201cI won\u2019t get into his history tonight.\u201d",
     "Dale Ketterman", "person"),
    ("'he' is never the one asked about by reporters either",
     "Coach Mick Tarrant said his side had trained well.\n\n"
     "Fullback Liam Keane has missed four games. Asked by reporters whether Keane would play, he said: "
     "\u201cWe\u2019ll see how he pulls up on Friday.\u201d",
     "Mick Tarrant", "person"),
    ("'he' is the prosecutor named after 'Prosecuting,', which the parser took for the subject, not the accused",
     "Lewis Hartigan, 31, of Tarrow Road, was jailed for four years at Chester Crown Court.\n\n"
     "Prosecuting, Ian Pellow said Hartigan had \u201cample time\u201d to see the pedestrian, who was wearing a bright "
     "coat. \u201cHis eyes were on his phone and not on the road,\u201d he told the court.",
     "Ian Pellow", "person"),
    ("'they' is the group that spoke just before, not the body named earlier",
     "The Pensions Authority has opened an inquiry into the scheme.\n\n"
     "The scheme\u2019s trustees said the shortfall was small. \u201cPensions will be paid in full,\u201d they said.",
     "trustees", "person"),
    ("'they' is a group whose noun no word list holds",
     "The county government approved a quarry near the village.\n\n"
     "The village elders said the quarry would ruin their water. \u201cWe will go to court if we must,\u201d they said.",
     "village elders", "person"),
    ("'it' is a body that speaks though the tagger calls its name a place",
     "Residents were allowed home, the Public Safety Office said. The office said it had tested the air.\n\n"
     "Lake Superior Northern Railway said the train came off the rails at about 5:15 a.m. It said the cause was "
     "not yet known and that it was \"working closely\" with the safety board.",
     "Lake Superior Northern Railway", "organization"),
    ("'she' is someone just introduced by a given name the tagger takes for a number",
     "Forecaster Dr Ewan Lockhart said gusts had touched 80mph at Kyleakin. \"The ferries will not sail today,\" "
     "he said.\n\n14:05 GMT\nYour photos\n\nAileen in Staffin emailed a video from her kitchen window. \"The boats "
     "were bouncing like corks. Never in my life have I seen the like,\" she writes.",
     "Aileen", "person"),
]


@pytest.mark.parametrize("text,name,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_speaker(speakers, text, name, kind):
    assert speakers(text, kinds=True)[-1:] == [(name, kind)]


def test_a_name_with_letters_after_it_is_the_subject_it_stands_in_apposition_to(nlp):
    doc = nlp("The shadow minister, Orla Pryce MP, said starts were down.")
    assert is_subject(next(t for t in doc if t.text == "Pryce"))
    doc = nlp("Plaid Cymru voters said the plan was fair.")
    assert not is_subject(next(t for t in doc if t.text == "Cymru"))


def test_a_name_after_an_opening_participle_taken_for_the_subject_is_the_subject(nlp):
    doc = nlp("Prosecuting, Ian Pellow said Hartigan had \u201cample time\u201d to see the pedestrian, who was wearing a bright coat.")
    assert is_subject(next(t for t in doc if t.text == "Pellow"))


def test_a_name_hung_on_the_place_opening_the_sentence_is_the_subject(nlp):
    # "In Marsh End, one of the streets, Dionne Carter, 41, said …": the parser hangs the name, and the street's
    # description, on the place the sentence opens with, and leaves "said" with no subject
    words = "In Marsh End , one of the streets , Dionne Carter , 41 , said the water rose .".split()
    heads = [14, 2, 0, 2, 2, 4, 7, 5, 2, 10, 2, 10, 10, 10, 14, 16, 17, 14, 14]
    deps = ["prep", "compound", "pobj", "punct", "appos", "prep", "det", "pobj", "punct", "compound", "appos",
            "punct", "appos", "punct", "ROOT", "det", "nsubj", "ccomp", "punct"]
    tags = ["IN", "NNP", "NNP", ",", "CD", "IN", "DT", "NNS", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "DT", "NN",
            "VBD", "."]
    assert is_subject(_parsed(nlp, words, heads, deps, tags)[10])
    heads[16] = 14  # the same name where the verb after it has a subject of its own is no subject
    assert not is_subject(_parsed(nlp, words, heads, deps, tags)[10])


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A Doc with the parse given (the parser's mistakes written out, so the test does not hang on a model's)."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_name_hung_on_the_opening_clause_before_its_verb_is_the_subject(nlp):
    # "Preaching at Ashcombe Minster, the Rt Rev Ann Telford said …": the parser hangs the name on "Minster"
    words = "Preaching at Ashcombe Minster , the Rt Rev Ann Telford said the city must act .".split()
    heads = [10, 0, 3, 1, 3, 9, 7, 9, 9, 3, 10, 12, 14, 14, 10, 10]
    deps = ["advcl", "prep", "compound", "pobj", "punct", "det", "compound", "compound", "compound", "appos",
            "ROOT", "det", "nsubj", "aux", "ccomp", "punct"]
    tags = ["VBG", "IN", "NNP", "NNP", ",", "DT", "NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "MD", "VB", "."]
    assert is_subject(_parsed(nlp, words, heads, deps, tags)[9])
    # the same name where the verb after it has a subject of its own is no subject
    heads[12] = 10  # ("… Ann Telford said the city": parsed with "city" the verb's subject)
    assert not is_subject(_parsed(nlp, words, heads, deps, tags)[9])


def test_a_noun_hung_on_the_place_opening_the_sentence_is_the_subject_and_no_description_of_it(speakers):
    # the parser hangs "the Schull-based councillor" on "Clonakilty" and leaves "said" with no subject; "people", the
    # subject of the reported clause, is not who speaks, and the place is no councillor
    text = ("Roads cut\n\nCllr Donncha Murphy (Ind) has accused council management of neglect.\n\n"
            "At Monday\u2019s meeting of the Western Division in Clonakilty, the Schull-based councillor said people "
            "living on the peninsulas were \u201cfed up being told to wait\u201d.\n")
    assert speakers(text) == ["Donncha Murphy"]


def test_an_opening_participles_phrase_with_a_time_after_it_is_no_subject(speakers):
    # "Speaking on X's programme with Tom Loftus on Monday, the Independent councillor said": the parser makes
    # "programme" a subject; "Independent" is a party's word, no side that sets the councillor apart from Gerry Mulroy
    text = ("Flood scheme\n\nMayo County Councillor Gerry Mulroy has described the delay as \u201ca broken promise\u201d."
            "\n\nSpeaking on Atlantic FM\u2019s \u201cMayo Today\u201d programme with Tom Loftus on Monday, the Independent "
            "councillor said residents were \u201cliving with sandbags at the back door\u201d nine years after the storm.\n")
    assert speakers(text) == ["Gerry Mulroy", "Gerry Mulroy"]


def test_a_noun_telling_only_sex_finds_no_one_named_after_it(speakers):
    # "the old man" is the farmer the paragraph is about, not the next man the article names
    text = ("Farm\n\nJohn Baptiste, 71, farms rice with his son.\n\nBaptiste laughs at this. \u201cShe right,\u201d the old "
            "man admits.\n\nRegional Chairman David Armogan-Persaud says a rehabilitation plan is coming.\n")
    assert speakers(text) == ["John Baptiste"]


def test_reminding_reports_the_words_after_it(speakers):
    # "reminded jurors that they were “…”": the judge's words, not those of "they" who "had read about the case"
    text = ("Trial\n\nThe trial is before Justice Roxanne Ally-Hercules.\n\nEarlier, Detective Sergeant Orin Blair told "
            "the court that the accused said: \u201cSarge, me ain\u2019t do nothing.\u201d\n\nJustice Ally-Hercules reminded "
            "jurors that they were \u201cthe sole judges of the facts\u201d and told them to put out of their minds "
            "anything they had read about the case.\n")
    assert speakers(text, saying="sole judges") == ["Roxanne Ally-Hercules"]


def test_accepting_under_cross_examination_reports_the_words(speakers):
    text = ("Driver banned\n\nDarren Keady (34), of Ballina, pleaded guilty to dangerous driving.\n\nGarda Niamh Costello "
            "said she stopped the car at 2am.\n\nUnder cross-examination by defence solicitor Ciar\u00e1n Fahy, Garda "
            "Costello accepted that the accused had made \u201cfull admissions\u201d in interview.\n")
    assert speakers(text, saying="full admissions") == ["Niamh Costello"]


def test_one_of_a_group_described_by_a_clause_giving_a_name_is_that_name(speakers):
    text = ("Drains\n\nResidents gathered outside the offices.\n\nOne of them, a pensioner who gave his name only as "
            "Baldeo, said: \u201cEvery year is talk. Talk don\u2019t clean drain.\u201d\n")
    assert speakers(text) == ["Baldeo"]


@pytest.mark.parametrize("text,body", [
    ("The company contacted the Environment Agency, which said: \u201cWe are investigating the spill.\u201d",
     "Environment Agency"),
    ("Letters\n\nI wrote to the Harris Tweed Authority, which told me in reply: \u201cThe Orb mark can only be applied "
     "to cloth handwoven by islanders.\u201d", "Harris Tweed Authority"),
])
def test_which_after_a_body_that_tells_is_the_body(speakers, text, body):
    assert speakers(text) == [body]


@pytest.mark.parametrize("clause,name", [
    ("a nurse who called Health Minister Jan Reilly \u201ca disgrace\u201d", "nurse"),
    ("a driver who was introduced to President Mary Lyons last year", "driver"),
    ("a woman who asked that only her first name, Hadiza, be used", "Hadiza"),
])
def test_a_clause_gives_a_name_only_as_the_persons_own(speakers, clause, name):
    text = f"Protest\n\nHundreds gathered in the square.\n\nOne of them, {clause}, said: \u201cWe have had enough.\u201d\n"
    assert speakers(text, saying="enough") == [name]
