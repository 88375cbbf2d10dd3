"""Headline and deck quotations: who speaks in "X does Y, says Z ‘…’" and "…, judge says"; on articles written for
the test."""
from __future__ import annotations

import pytest

STORY = ("\n\nThe Red Willow Cree Nation has suspended land talks with the federal government, its chief said.\n\n"
         "Chief Marlene Sinclair said Ottawa had changed its offer three times. \"We cannot go on,\" she said.")
COURT = ("\n\nMUMBAI: The Bombay High Court on Friday quashed a demolition notice issued to a school in Pune.\n\n"
         "The Pune Municipal Corporation had issued the notice on August 3.")

CASES = [
    ("the headline's first subject speaks, not the one named after 'says'",
     "Chief walks away from treaty land talks, says Ottawa ‘moving the goalposts’" + STORY, "Marlene Sinclair"),
    ("a longer subject, and a role word the story names",
     "Red Willow Cree Nation chief walks away from talks, says Ottawa ‘moving the goalposts’" + STORY,
     "Marlene Sinclair"),
    ("HC is the High Court the story names",
     "HC quashes demolition notice to Pune school, says civic body acted ‘in undue haste’" + COURT,
     "Bombay High Court"),
    ("a deck's role word is the person the story names in it",
     "Driver who killed cyclist jailed\n\nKeane ‘made a selfish choice’, judge says\n\n"
     "A driver who killed a cyclist has been jailed for six years.\n\n"
     "Darren Keane, 34, admitted causing death by dangerous driving.\n\n"
     "Judge Miriam Okafor said Keane had looked at his phone for eleven seconds. "
     "“Nobody forced you to pick up that phone,” she told him.", "Miriam Okafor"),
    ("the words of a headline's 'minister accused of ‘…’' are the accuser's, whom the story names",
     "Housing levy row: minister accused of ‘marking his own homework’\n\n"
     "Housing minister Owen Trask defended his department's figures in the Commons on Tuesday as new council homes "
     "fell for a second year.\n\nOpening the debate, Priya Lockhart, the Labour member for Dunmere, accused the "
     "Government of “marking its own homework” by relying on its own surveys.", "Priya Lockhart"),
    ("'…, inquiry told' ending the headline: the inquiry heard the words, which the story gives their speaker",
     "Surveyor ‘never saw’ damning survey before pier collapse, inquiry told\n\n"
     "A surveyor who signed off Harlow Pier has told a public inquiry he never saw a report warning of rot in its "
     "piles.\n\nGiving evidence on Tuesday, Owen Brackley said the report had gone to his deputy.\n\n"
     "“I never saw that survey until the pier was in the water,” Mr Brackley said.", "Owen Brackley"),
    ("a heading's noun for a kind of body is the one who says the words in the story",
     "Port budget passes; Opposition calls it ‘a harbour for cronies’\n\nBy Staff Reporter\n\nThe Assembly "
     "passed the port budget on Friday.\n\nOpposition MLA Ravi Kumaran called the plan “a harbour for cronies, built "
     "with public money”.", "Ravi Kumaran"),
    ("a live post's heading written with the office alone is the office's holder the post names",
     "Bushfire live: towns told to leave\n\n3.40pm\n\nPremier promises ‘every resource we have’\n\nPremier Michael "
     "Brereton has told a press conference that interstate crews are on the way. “We will throw every resource we have "
     "at this,” he said.", "Michael Brereton"),
]


@pytest.mark.parametrize("why,text,name", CASES, ids=[c[0] for c in CASES])
def test_headline_speaker(speakers, why, text, name):
    assert speakers(text)[:1] == [name], why


def test_a_headline_quote_after_its_speaker_is_unchanged(speakers):
    text = "Talks collapse, says Ottawa: ‘We have nothing more to offer’\n\nFederal officials left the table on Monday."
    assert speakers(text)[0] != "Talks"


def test_a_present_participle_describing_a_noun_gives_the_noun_no_words(speakers):
    text = ("The developer has battled with Mayor Ines Calloway over the pier for years, at one point calling the "
            "mayor a “liar” who was not “honorable.”")
    assert "point" not in speakers(text, saying="liar")


def test_a_place_a_headline_verb_follows_is_not_its_speaker(nlp):
    """A headline's "says" with no subject the parser found: the nearest name before it is no speaker where it is
    where something went ("notice to Pune school"), not even a candidate for the model to weigh."""
    from quotes.extract import core

    text = "HC quashes demolition notice to Pune school, says civic body acted ‘in undue haste’" + COURT
    weighed = []
    core.quotes_in(nlp(text), text, choose=core.rules_choice,
                   observe=lambda k, quote, cands, feats, best: weighed.extend(c.name for c in cands))
    assert "Bombay High Court" in weighed and not any("Pune" in (name or "") for name in weighed)


def test_the_blank_line_the_tagger_puts_in_a_name_after_a_headline_is_no_one(speakers):
    """A headline's quotation before "thousands line the seafront for Ramsey Regatta": the tagger ran the name over
    the blank line after it, and the blank space once crashed the whole batch when taken for a speaker."""
    text = ("\u2018It felt like the whole town was out\u2019: thousands line the seafront for Ramsey Regatta\n\n"
            "Thousands of people lined the harbour on Saturday for the return of the summer regatta.\n\n"
            "Council leader Ruth Kelly said the turnout had been \u201cbeyond anything we hoped for\u201d.\n")
    assert speakers(text) == [None, "Ruth Kelly"]


@pytest.mark.parametrize("headline", [
    "‘The river is eating our fields’ – farmers on Severn Valley floods",
    "“We Will Not Back Down” – Teachers’ Leader On Pay Dispute",
    "‘A disgrace’ – residents on Kingsway bypass plan",
])
def test_what_words_after_a_dash_are_about_is_no_speaker(speakers, headline):
    """"‘…’ – farmers on Severn Valley floods": the name after "on" is the subject of the words, never a person."""
    text = headline + "\n\nFarmers along the river have lost a third of their winter wheat to flooding this month."
    topic = headline.rsplit(" on ", 1)[-1].rsplit(" On ", 1)[-1]
    assert not any(name and name in topic for name in speakers(text))


def test_the_one_named_before_on_after_a_dash_still_speaks(speakers):
    text = ("‘We will win this’ – Hartley on the Harbour Bridge vote\n\n"
            "Council leader Ruth Hartley said she was confident of a majority.")
    assert speakers(text)[:1] == ["Ruth Hartley"]


def test_a_man_from_a_place_in_a_headline_is_a_person_not_a_body(nlp):
    """"‘…,’ Kilkenny man tells court": a man from Kilkenny, never a body named "Kilkenny man"."""
    from quotes.extract import extract_quotes

    text = ("\u2018I was not thinking,\u2019 Kilkenny man tells court after crash\n\n"
            "A Kilkenny fisherman who crashed a borrowed boat has been sentenced.\n\nMichael Ryan, 34, pleaded guilty.\n")
    quote = extract_quotes(text, nlp=nlp)[0]
    assert (quote.speaker.text, quote.speaker_kind) == ("Kilkenny man", "person")
