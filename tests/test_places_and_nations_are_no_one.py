"""A place or a language the tagger takes for a person's name is no one a pronoun finds, and the authors of a
study by a body speak for it: each case on sentences written for the test."""
from __future__ import annotations

import pytest

NAMES = [
    ("a study 'by' a university, with no team named, speaks through its authors",
     "Hedgehogs in towns live longer than those on farms, according to a study by Kestrel Bay University.\n\n"
     "Volunteers counted the animals at 60 sites. The authors wrote that garden hedgehogs were “far better fed "
     "than we had assumed”.",
     "far better fed", "Kestrel Bay University"),
    ("a city state ending a body's name is no one's surname for a later 'he'",
     "Tunnel toll rise ‘unfair’, lawmakers say\n\n"
     "Lawmakers on Wednesday urged the government to rethink a plan to raise tolls at the Western Harbour "
     "Crossing.\n\n"
     "Secretary for Transport Alan Fung Wai-ming told the Legislative Council’s transport panel the rise was "
     "needed to “spread traffic”.\n\n"
     "“We have studied the figures for two years,” Fung said.\n\n"
     "But Chan Kwok-wai, of the Democratic Alliance for the Betterment and Progress of Hong Kong, said the "
     "panel had been given “no proper breakdown”.\n\n"
     "“Why should drivers pay HK$40 more a week to get to work on Hong Kong Island?” the lawmaker said.\n\n"
     "Asked by Chan whether the bureau had modelled the effect on minibus fares, he said a study had found “a "
     "marginal impact”.\n\n"
     "Business and Professionals Alliance for Hong Kong lawmaker Gary Leung Tsz-hin said hauliers would pass "
     "the cost on. “Every truck will pay more,” Leung said.",
     "a marginal impact", "Alan Fung Wai-ming"),
]


@pytest.mark.parametrize("why,text,saying,name", NAMES, ids=[case[0] for case in NAMES])
def test_speaker_names(speakers, why, text, saying, name):
    assert speakers(text, saying=saying) == [name], why


def test_a_language_the_tagger_calls_a_person_is_no_speaker(speakers):
    text = (
        "Ceredigion to raise second homes premium\n\n"
        "Owners of second homes in Ceredigion will pay up to 150 per cent extra council tax from April after "
        "councillors voted for the rise at a meeting in Aberaeron on Tuesday.\n\n"
        "Cabinet member for housing Cllr Gwion ap Dafydd told the meeting the rise would keep young families in "
        "towns where Welsh is the everyday language.\n\n"
        "“In some streets in Aberporth, half the houses are empty all winter. You cannot run a school on that,” "
        "he said.")
    assert "Welsh" not in speakers(text, saying="In some streets")
